"""A share, completion rate or ratio disagrees with the two values it is computed from.

## What it does
Recomputes a percentage when the same statement names both of its operands and ties them to it:

- completion of a target: ``完成年度任务(95亿元)的32%``, ``完成全年任务的(95亿元)32%``,
  ``占年计划50亿元的64%``, ``全年目标任务50亿元……完成32亿元，完成年度任务的64%``,
  ``年度计划投资50亿元，完成投资48亿元，完成率96%``, ``超年度计划（45亿元）30.2%`` (done / target − 1);
  a budget is a target too (``完成26.8亿元，为年度预算的103.5%，年度预算为25.4亿元``);
- a share of a whole: ``W，其中A，占比X%`` (the whole is the figure the 其中 list belongs to),
  ``A，占进出口总额100亿元的60%``; a whole named elsewhere (``占全国的1.5%``) is not checked;
- 产销比/产销率 = 工业销售产值 / 工业总产值, both stated;
- 增幅/降幅 against a base and a current value (``由A降至B，降幅X%``);
- 人均 = a total / a head count (``职工1000人，工资总额6000万元，人均工资6万元``);
- a named rate of two counts in the sentence (read from the typed clauses): ``受理860件，办结812件，
  办结率98.6%`` (812 / 860), likewise 合格率, 开工率, 回复率, 整改率 ...: the numerator is the count
  whose words carry the rate's stem (办结), the denominator the one other count of that unit before it
  (or, when none stands before it, the one between it and the rate: ``参保人数（含…）46.82万人，户籍人口48.95万人，
  参保率97.6%``; an aside in brackets between the stem and its count is skipped);
- shares written in tenths or as fractions are percentages too (``税收占比近六成`` stands for 50%–60%,
  ``六成`` for 55%–65%; ``比重超过三分之一`` for more than 33.33%), and 占比 may be followed by 超过/不足/接近;
  a gap (缺口, 结余, 顺差 …) is never the completed value of a completion rate; ``按期办结率`` takes the
  count of 按期办结 over the count of 办结 (a longer stem names a subset of the shorter);
- averages per household, per mu or per item against the one total of their measure and the one count of
  their unit before them (``全村1356户，发放补贴资金1627.8万元，户均1.02万元``; ``用地145亩，总投资5.8亿元，每亩…``;
  ``项目42个，协议总投资386亿元，平均每个项目投资额…``; 人均 only with its basis stated, ``按户籍人口计算人均…``);
  a noun after the per-word must share a character with the total's label, and an average of a change
  (户均增收) is not checked (``numbers/relations/named_averages.py``, run after the other finders);
- a bare 占比 whose whole is the one earlier figure of the statement, in the clause before the part's,
  measuring the same thing and larger (``全年一般公共预算支出41.6亿元，用于民生领域的支出33.8亿元，占比85.1%``);
- 每千人口/每万人 figures against a total and the head count the statement gives as their basis
  (``执业（助理）医师1268人，按常住人口38.7万人计算，每千人口执业（助理）医师3.6人``); 人均生产总值 when the
  head count is so stated (``以常住人口41.2万人计算，人均地区生产总值…``). Without 按…计算 both are checked against
  a stated 常住人口 only, beyond a 3% margin (official figures divide by the average population); a 户籍人口 is
  never taken as an unstated basis;
- per-land figures: ``亩均税收``/``每亩``/``每平方公里产出``/``每公顷`` = the one total of what they name / the one
  area in that unit (``占地1,560亩，全年实现税收4.68亿元，亩均税收30万元``);
- a part as a percentage of a whole written out: ``产值286.4亿元，为全县规上工业产值462.8亿元的61.9%``;
- targets after their label (``财政收入任务为3.2亿元``) and budgets (``预算安排28.5亿元``) with 完成率/预算执行率;
  a target in whole Chinese numerals (年度计划一百二十亿元) is set, not rounded;
- 占比 whose subject shares the head word but not the qualifier of the part's label is another subject's
  (``基础设施投资15.6亿元，民间投资占比57.3%``: not checked);
- 城乡居民收入比 a∶1 against the 城镇 and 农村 figures of the statement;
- the yearly average of a cumulative total over a span of years the statement names (``五年来累计新增城镇
  就业3.6万人，年均新增7800人``: 36000 / 5; ``2021—2024年…累计引进项目186个，年均引进52个``: 186 / 4); 年均增长X%
  is a growth rate (DC301), never such an average.
- a named rate whose numerator is a 其中 part right after its stem (``抽检803批次，其中合格790批次，合格率…``)
  or whose source stands in brackets after it (``参保率97.6%（应参保人数41270人）``);
- rates of a fixed formula (lexicon ``rate.formulas``): 产销率 = sold / produced of one unit
  (``总产量1.84万吨，销售1.79万吨，产销率…``), 资产负债率 = 负债 / 资产, also on the short lines of a
  key-figure list (``numbers/relations/rate_operands.py``);
- a bare share or rate opening its clause over a whole written as a scope and the one count of its unit
  after it (``23个行政村中已有19个村建成…，覆盖率达…``, ``250家规上工业企业中，…企业103家，占比…``);
- averages per village, school, firm (村均/校均/企均 …) over the one count whose noun holds that character;
- a named rate whose counts follow it (``办结率96.7%（受理1260件，办结1218件）``), a rate in tenths
  (``整改率达九成``), a rate over a capacity named before its stem (``床位入住率`` = 入住人数 / 床位), 城镇化率
  (城镇人口 / 常住人口; never 户籍人口城镇化率);
- the respective shares of listed parts (``其中公办学校81所、民办学校15所，分别占学校总数的84.4%和15.6%``,
  ``占比依次为…``): each share against its part over the whole stated before the parts;
- a ratio to a whole named by its label anywhere earlier in the paragraph (``县级应配套830万元。……到位415万元，
  仅为应配套资金的三成``; ``高新技术企业产值占规上工业总产值的比重为…``; ``相当于计划的90%``; ``是上年的2.5倍`` with
  the one base of the sentence); a label names a whole only when it holds the whole's name (总到位资金 is not
  named by 到位资金), and scope words (占全市的) name nothing;
- per-one ratios of two counts named by the two characters before 比 (``生师比1∶13.0``, ``医护比1∶1.4``);
- a share above its whole (``占全省规上工业的305%``) unless it is a share of a plan, target or earlier period;
- a per-head figure whose total stands in brackets after it (``人均地区生产总值…元（地区生产总值765.1亿元）``).

Never operands: an excess over a target (``超出年度目标2.6亿元``), a target as the whole of a 其中 list
(``完成年度目标48亿元的109.8%，其中出口36.4亿元，占进出口总额的69.1%`` is read against 52.7亿元), the last
item of a 、 list when the subject before 占比 names another item (``规上工业产值198.3亿元、规下工业产值17.3亿元，
规上工业产值占比92.0%``). Operands are sought within 400 characters of the figure.

More forms (numeric10): the stem qualified by 应/需/计划 names the source, not the part (``应参保人数234797人，
…参保222822人，参保率…``, in either order); a longer 完成率 names its counts (``整改完成率`` = 已整改 / 发现问题);
a bare 完成 opening its clause after a task count (``改造任务753户，已竣工505户，完成百分之七十七``; 完成八成 is a
share); ``A，在W中占比X%``; when two counts of the unit could be the source, the one named by the numerator's own
noun (``承办建议120件、提案45件，建议已办结96件``); a share in tenths or in round Chinese tens is not widened twice
(九成 = 85%–95%, so 80% is flagged); a set budget whose whole is a whole number (``项目总投资3亿元…占总投资的``) is
exact; a table's completion column beside a 任务数 column and one plain column of what was done (已签约).

More forms (sharesmodel): ``超额完成年度预算（1.5亿元）12%`` is the excess over the target (1.68 / 1.5 − 1), while
``超额完成…的112%`` stays the completion; a bare ``比重为X%`` (or ``所占比重``) after a part reads like ``占比``;
formula rates from the lexicon (``rate.formulas``): ``产品销售率`` = 销售产值 / 工业总产值, ``老龄化率`` = the
60/65岁以上 count / 户籍 or 常住人口 (two candidate numerators leave it unchecked), their operands sought up to
the last full stop (a ； does not end the search); ``每千常住人口注册护士数为…`` whose total is written
``注册护士达到4350人`` (a verb after the name).
A rate over the two figures of one unit before it whose second names the first's noun with a qualifier sharing a
character with the rate's stem (``全县共有行政村186个，已通5G的行政村162个，通达率…``, ``企业职工12.6万人，参加工伤保险的
职工10.9万人，参保率…``); not when the qualifier says nothing of the stem (新建学校 / 入学率) or a third figure stands.
Never an operand: the last part before a share whose subject adds parts up (``其中A、B，两大产业合计占比64.4%``,
二者共占, 以上三项).

More forms (ratiospath): the whole in brackets after its name (``占全区地区生产总值（486.7亿元）的比重为…``); a whole
stated first as a base (``以全县基本农田52.4万亩为基数，…39.3万亩，占比…``); a whole named with a scope word
(``占全部规上企业的比例`` for the 规上工业企业 before the 其中); completion rates named 达成率, 目标实现率 … (lexicon
``target.completion_rates``) and a 完成率 against a target set in the statement before when both name the same
indicator (``年初下达…改造目标120公里。…完成改造96公里，完成率…``); a bare ``占X%`` after two exact counts the first
of which is named as a total (``全乡共有行政村32个，…的村24个，占…``); ``人均社会消费品零售额`` against
``社会消费品零售总额``; a 其中 part ending in the rate's stem over the figure it follows (``回收问卷1150份，其中表示
满意1081份，满意率…``). The per-head, per-population, per-land and yearly averages are read on the typed clauses
(``numbers/relations/named_averages.py``). Never read: an aim (lexicon ``target.aims``: ``力争全年完成率达到95%以上``,
``确保完成年度任务的100%``); a 其中 sub-part after a rate (``办结率98.6%（其中当场办结842条）``); a completion
rate whose earlier target names another indicator; a bare 占 after counts with no total word (``新建32个，改造24个，占…``).

More forms (pathR): one finder for every per-unit average (``numbers/relations/named_averages.py``, per_unit.py folded
in) with one stated basis (按/以/按照 … 计算/测算/核算/计); ``每户平均3200元`` reads like 户均; a 每千人口 figure takes its
total and head count from the sentence before in the paragraph (``…注册护士1320人。按常住人口41.5万人计算，每千人口
注册护士…``); 产销率/产销比, 研发投入强度 and 亏损面 are formula rates on the clause model (lexicon ``rate.formulas``,
``rate.ratio_nouns``), their operands never a change, base or target (``研发经费投入3.1亿元，比上年增加0.4亿元``).

Deliberately not checked: a rate whose denominator is implicit (优良率 of the days of a year, 失业率 (even
beside counts of 失业人员再就业),
覆盖率 without counts), a rate after three or more counts of one unit (检查1200家、发现隐患300家、整改
280家: which is the source is in doubt), open bounds (以上), a numerator larger than its source;
人均可支配收入, 人均消费 and other survey figures (their population is not one the report gives); a per-head
figure whose total names another measure (游客人均消费 beside 旅游总收入); a share in Chinese numerals over a
whole written as ``十八个行政村中``.

Tolerance comes from the precision of the figures as written. A correction that turns 完成 into
未完成 (or the reverse) is an error, a rounding slip a warning.

Tables: a completion column (完成进度(%), 完成率) against value / target, row by row (kind
``table-completion``); a share column (占比) against the row's value / the 合计 row's (``table-share``).

Also (lead, seventh session): a completion rate followed by brackets holding its completed value and
its target takes those as operands (``84.8%（完成6.54亿元，预算7.4亿元）``). Not flagged: a stated percentage that two
other figures of its sentence give, neither an operand the finder used (not checkable: the pairing is in doubt;
``numbers/other_operands.py``); a target in the brackets after an earlier rate (it is that rate's); what is left to do
(``计划下半年再培育入库2家``) as a target.

More forms (ratioW): a completion rate ahead of or behind the time elapsed (``1-9月…为年度目标的78.7%，超时序进度3.7个
百分点``: 78.7% − 9/12; 上半年, 前三季度, 1—10月, 截至9月底; the period from the sentence or its paragraph;
``numbers/relations/time_progress.py``); the target alone in brackets after a completion rate (``完成目标任务的116.4%
（目标任务11亿元）``, read on the typed clauses); a count set as a plan in a period (``年初确定的48个重点项目中，已开工41个，
开工率…``: 年初 before 确定/下达/谋划 is no base); a rate's stem written as its verb and the head noun of the object
(``其中参加城乡居民基本养老保险1.84万人，参保率…``: 参保 = 参加…保险); a share whose subject restates a long part label
(``高新技术产业产值占规上工业总产值的比重为…``) with the whole in its long or short spelling (规上 = 规模以上, lexicon
``names.short_forms``) or stated after the share in the statement (``…占规上工业总产值的比重为54.2%；规上工业总产值为
286.5亿元``); a pair's ratio written as one figure (``城乡居民收入比缩小至1.67``, ``城乡收入倍差``: 城镇 / 农村); a named
ratio explained in brackets (``研发经费投入强度（占地区生产总值的比重）为2.46%``); a per-one ratio in the order written
(``男女比例为1∶1.06`` with 26.8万 men and 25.2万 women; from 2∶1 on either order passes, ``生师比1∶18``, except a
sex ratio: ``男女比例为1∶2`` for 124 men and 62 women is flagged).
Not read: two complementary parts of one indicator (lexicon ``parts``: ``续建项目27个全部复工，新开工项目15个，开工率…``)
as a rate's numerator and source; a whole of another place scope stated after the share (``占全市…的`` after ``全区…``);
a later figure that is a base (``上年固定资产投资为…``); a transition of the pair ratio (``城乡居民收入比由2.25缩小至2.07``).

More forms (ratioQ): a pair's ratio in any spelling of ``城乡(居民)(人均)(可支配)收入比`` with its 城镇 and 农村 figures
in the statement before when its own names neither (``…农村居民人均可支配收入21,850元。城乡居民人均收入比为1.84``);
``存贷比`` = 贷款 / 存款 (lexicon ``rate.formulas``); a whole written right after a sibling figure shares its label
(``农村低保对象1126户1873人，其中…，占低保总人数的…``); a whole in 电量/产量 named after 占 (``占全社会用电量的比例``);
a share opening its clause that names its subject and its whole (``出口占进出口总额的比重为…``) after their figures in
earlier statements of the paragraph (one figure labelled with the whole, one with the subject, within 300 characters);
``人均地区生产总值`` after a basis named without a figure (``按常住人口计算，人均…``) over the population the basis
names in the statement before; ``场均``/``每场`` over the one count of events (场); in a table without a total row, a
share column naming its whole (``占规上工业比重（%）``) over the one figure of that name in the line above the table; ``时间过半、任务过半``/``双过半`` against
the one completion rate before it in its sentence (below 50% no half; a hedged or negated claim is not read: 基本实现,
未能实现); a bare ``超额完成X%`` against the statement's one target (done / target − 1); a per-one ratio's sides and the
statement's targets read on the typed clauses (a change such as ``比上年计划增加8亿元`` is neither a side nor a target);
``营业收入利润率``/``营收利润率`` = 利润 / 营业收入 (lexicon ``rate.formulas``; a figure per unit such as ``每百元营业收入中的
成本`` is no operand of a formula); a 占比 whose subject names a member of the 其中 list before it rather than the figure
right before it (``其中出口52亿元、进口34亿元，贸易顺差18亿元，出口占比…``: 52 over the list's whole); a gap (顺差, 缺口)
is the part of no share. Never read (traps): a rate of another period's target (``全年计划投资50亿元，…完成上半年目标的
88%``); a share of another place whose name ends a longer word of the label (``占全市出口总额的`` after ``全区进出口
总额``); an aim (``力争2027年城镇化率达到65%``, ``力争到2027年医护比达到1∶1.5``, ``力争三季度实现时间过半、任务过半``,
``计划全年超额完成12%``). Never read: a target written inside an earlier rate as a later rate's target (``完成全年任务4.2亿元的五成以上；
…完成全年任务的51.4%``: the second target is not stated); a pair's ratio whose numbers give it when one figure carries
a 万 the other lacks (the unit's slip, DC501: ``城镇居民人均可支配收入48620万元``); a total another average of the
statement divides as the total of a second average of another measure (``亩均税收…；亩均营业收入…`` after one 税收
figure); a table's share column naming a measure (``产值占比``) over the one amount column of another (``企业数``).
Kept as designed (development-set misses that are look-alikes of rounding): a target with decimals keeps its rounding
(``占市下达任务2.5万亩的96.4%`` passes for 2.36万亩); a share in round Chinese tens is rounded (``百分之九十``).

## Why is this bad?
Completion rates and shares are the figures a report's readers compare across units; a ratio that
does not follow from its own operands is either a typo or a figure carried over from an old draft.

## Example
```text
累计完成工业总产值67.59亿元；实现工业销售总值63.89亿元，产销比94.67%。
```
Flagged: ``产销比94.67%`` (63.89 / 67.59 = 94.53%).

## Use instead
```text
累计完成工业总产值67.59亿元；实现工业销售总值63.89亿元，产销比94.53%。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class RatioMismatch(NumericRule):
    code = "DC303"
    slug = "ratio-mismatch"
    family = "rates"
    default_severity = Severity.WARNING
