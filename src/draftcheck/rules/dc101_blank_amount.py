"""A unit or percent sign whose number is missing: 投资亿元, 同比增长%, 个在建重点项目, 引进人才名.

## What it does
Flags a unit that stands where the sentence needs a number but has none before it:

- money and rates after any word: ``实现工业销售收入亿元``, ``出口额万美元``, ``占年任务%``,
  ``同比增长%``, ``提高个百分点``;
- production and handling capacities: ``年产万吨锂电池材料``, ``日处理吨的污水处理厂``, ``年出栏万头``;
- lengths and areas: ``全长米的主管道``, ``供水项目公里输水管线``, ``面积方米``;
- counts in the places a count is due: at the start of a clause (``目前，个在建重点项目``,
  ``名先进青年被选定``), after 有/共/其余/引进 … (``重点项目有个，即``, ``其余个项目``,
  ``表彰的有人次``), after the people counted (``共引进人才名，招录员工名``);
- years and months: ``年，我们的工作思路是``, ``五、年工作思路``, ``自月份生产以来``, and a whole date
  standing alone (``政府工作报告 年月日在镇第十二届人民代表大会上``; not 出生年月日, a field's name);
- a form's blank, spaces where the number was after a word that promises it (``全长约 米``,
  ``进场共 批次``), unless every character of the text is set apart by spaces;
- a magnitude with 余/多 left without its number (``养殖面积发展到万余亩``; not 数万余, 上万余);
- a share whose figure is gone: 的 right before 以上/左右/以下 and a clause end (``已占到农业总产值的以上``;
  not ``道路的左右两侧``).

Idioms that carry no number by design are not flagged: 投资亿元以上项目, 超亿元项目, 百亿元级产业
集群, 千万元级, 万亿元规模, 每万元, 万元GDP能耗, 亿元项目; nor words that merely contain a unit
character: 个别, 个人, 名称, 名单, 年度, 年均, 每月份, 人次数, 知名企业, 很有名.

Also (issue 7, textfamilies): registrants counted in households without their count (``新登记各类市场主体户，``);
not flagged: units listed after their label (``单位：亿元、%``, ``计量单位：万元、%、人``) and reduplicated measure words
meaning "every" (``个个会应急``, ``家家知晓、户户参与``).

Also (lead, seventh session): 处 as a unit at a clause end after a verb that counts, beside a figure in 处
(``排查一般隐患处，已整改到位862处``; not ``不足之处``, ``判处``, ``办事处``). Not flagged: a unit standing alone between runs
of spaces, a table's unit column pasted as text (``税收收入          亿元    13.05``); the lower bound of a band
(``亿元至10亿元项目``); two verb-object pairs ending in a measure character (``包村联户``, ``进村入户``).

Also (lead, ninth session): a measure of times counted (场次, 件次, 批次, 户次 …) closing a clause right after a word, in a
clause that reports a count (``共开展检查场次，``, ``全年接待群众来访批次，``; not ``增加演出场次``, ``分批次``, ``总人次``); the
second figure of a pair in the same unit (``分别为28450元和元``); 天 after a verb that reports a count (``优良天数达到天``); a
measure that ends many words (人, 家, 名, 个, 件, 天, 套, 户, 项, 场) closing a clause after a run that ends no dictionary word
(``lexicon/measure_endings.tsv``, mined from jieba's dictionary by ``scripts/build_lexicons.py``) when its sentence holds a
figure in the same unit and its clause none (``全年出生人口人，…死亡人口4108人``; ``扶持创业人，带动就业4120人``). Not flagged:
a word ending in the measure (``企业负责人``, ``服务企业家``, ``帮扶农户``), a negation before it (``不死人、不伤人``), a clause
with a figure of its own (``覆盖90%政务服务办件``), ``达万人``/``达万吨`` (a round number). Not recognised: a blank whose
neighbours make a dictionary word (``调解结案件``: 案件).

Also (blankQ, round 2): a unit alone in a table's cell, read by its column: a figure lost when the column's other rows hold
figures with their units (``实际利用外资　　万美元　　6.8%`` under ``18.62亿美元``; ``12.6%　%`` under ``47.0%``), a unit column
when the column is headed 单位 or holds units alone, also with single spaces between cells (``地区生产总值 亿元 186.5``);
个 after a whole area (``全区个在建重点项目``; not ``全区个别``, ``全县个体``); 人次 closing a clause that reports a count
(``开展职业技能培训人次``; not ``旅游接待人次、旅游收入``); dwellings counted in 套 (``筹集保障性租赁住房套``); a measure that makes a
word with the character before it, after a verb that counts in a clause without a figure (``新增规上工业企业家``,
``排查整改隐患处``; not ``表彰优秀民营企业家``, ``设置在隐患处``); an output or total reached in a bare magnitude beside a figure
written to a decimal in 万 (``播种面积44.40万亩，总产量达到万吨``; not ``蔬菜总产量达万吨`` among round figures, ``产量达万吨以上``);
households or people reached without their count (``惠及居民户``, ``全年共为户困难群众发放``; not ``惠及农户``, ``为户籍人口``).
Not recognised yet: ``调解结案件`` (案件 is a word), a 万人次 after 达 that is a round milestone (``参观人数达万人次``, flagged).

## Why is this bad?
The figure was deleted or never filled in; the sentence now states an amount without the amount.

## Example
```text
实现工业销售收入亿元，占年任务%，同比增长%。目前，个在建重点项目进展顺利。
```
Flagged: ``实现工业销售收入亿元``, ``占年任务%``, ``同比增长%``, ``个在建重点项目``.

## Use instead
```text
实现工业销售收入32.5亿元，占年任务81.3%，同比增长12.4%。目前，12个在建重点项目进展顺利。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.windowed_scan import finditer_in_windows

# Characters that, right before a unit, are (the end of) a number: digits, Chinese numerals,
# and approximators that stand for a number themselves (数亿元, 几十万元, 100多万元).
_NUMERAL = set("0123456789.一二三四五六七八九十百千万亿零〇两几数多余半")
# Masks standing for a number (**万元, ××亿元): a placeholder (DC102), not a blank.
_MASK = set("*×○□")
# Words before a money unit that make it an idiom, not a blank: 超亿元, 上亿元, 近亿元, 每万元.
_IDIOM_BEFORE = ("超", "过", "上", "近", "逾", "破", "千家")
# Words before any unit that make it a rate, not an amount: 每平方米, 单位万元.
_PER_BEFORE = ("每", "单位")
# Table and header context: 单位：万元, 增长（%）, 比重/%.
_HEADER_BEFORE = set("(:/|[]【")
# Words after a magnitude-money unit that make it an idiom: 亿元以上项目, 百亿元级, 万元GDP能耗.
_IDIOM_AFTER = re.compile(
    r"以上|以下|以内|左右|级|规模|大关|台阶|俱乐部|GDP|生产总值|增加值|地区生产总值|国内生产总值|工业增加值|产值能耗|能耗|"
    r"项目|企业|楼宇|楼|村|镇|户|钱|"
    r"产业|集群|园区|工程|平台|大户|"
    # a money level naming a class of firms: 亿元税收企业, 千万元纳税大户, 亿元营收企业
    r"(?:税收|纳税|营收|销售|产值)(?:企业|大户|户|楼宇)|"
    # the lower bound of a band: 亿元至10亿元项目, 千万元到亿元 (one 亿元, the round magnitude)
    r"(?:至|到|[-~～—])\s*\d"
)
# Characters that end a clause (on the folded text: full-width punctuation is half-width there).
_CLAUSE_BREAK = set(",;:!?。、\n\r\t ()“”\"'《》【】[]|")
_MAX_LEAD = 16  # characters of the clause shown before the unit
_SHORT_LEAD = 8  # characters shown before the unit when the clause is longer

# A unit that always needs a number before it. Longer units first: 平方公里 before 公里.
_STRONG_UNIT = re.compile(
    r"(?P<unit>亿(?:美元|欧元|港元|日元|英镑|元|人次)|万(?:美元|欧元|港元|日元|英镑|元|人次)|个百分点|%|‰|平方公里|平方米|立方米|"
    r"方(?<![平立方]方)米|公(?<![平方吨人]公)里|千瓦时|千瓦|兆瓦|公顷)"
    # 吨 is left out: 万吨级, 亿吨大港, 吨钢, “吨半粮” are idioms; 已生产万吨；is caught below
)
# Bare 元/美元 after words that measure money: 人均可支配收入元, 发放补贴元.
_BARE_MONEY = re.compile(
    r"(?:收入|工资|补贴|补助|奖励|奖金|支出|投入|投资|增收|发放|兑现|拨付|下拨|筹集|到位|达到|实现|完成|"
    r"价格|单价|均价|标准)(?P<unit>美元|元)(?![素旦件器首宵气老帅宇化])"
)
# Length after its measure: 全长米, 宽米.
# (A leading lookahead names the characters a match can start with, and a lookbehind that guards
# a first character follows it: the regex engine then skips every other position quickly.)
_LENGTH = re.compile(r"(?=[全总长宽高深直跨埋])(?<!延)(?:全长|总长|长度|宽度|高度|深度|直径|跨度|埋深|长|宽|高|深)(?P<unit>米)(?![饭面粉线酒业糠粮兰油其])")
# 万/亿 + a count unit after a verb of producing, closing the clause: 已生产万件套；
_MAGNITUDE_COUNT = re.compile(
    r"(?:生产|产|完成|新增|建成|种植|造林|改造|接待|培训|实现|累计|共|销售|出口|吸纳|带动|转移)"
    r"(?P<unit>(?:万|亿)(?:件套|千瓦时|千瓦|件|台|套|辆|吨|亩|人次|人|户|头|只|株|标准箱|箱|册))(?=[,;。、的:\s]|$)"
)
# A production or handling capacity with its figure gone: 年产万吨锂电池材料, 日处理吨的污水处理厂,
# 年出栏万头. (万吨级 and 年产万吨以上 use 万 as a round number and are left alone.)
_CAPACITY = re.compile(
    r"(?:年均?(?:产能|生产|产|处理|加工|吞吐|发电|供水|屠宰|出栏|存栏|回收|利用|消纳|冶炼|组装|制造|装配)|"
    r"日均?(?:产能|生产|产|处理|加工|吞吐|发电|供水|屠宰|出栏|存栏|回收|利用|消纳|冶炼|组装|制造|装配)|"
    r"月均?(?:产能|生产|产|处理|加工|吞吐|发电|供水|屠宰|出栏|存栏|回收|利用|消纳|冶炼|组装|制造|装配)|产能)"
    r"(?P<unit>(?:万|亿)?(?:件套|台套|标准箱|标箱|千瓦时|千瓦|兆瓦|立方米|平方米|吨|件|台|套|辆|头|只|羽|箱|片|颗|块|张|双|瓶|盒|公斤|千克|升|度))"
    r"(?!级|以上|以下|左右|规模|钢|位|数|[\d一二三四五六七八九十])"
)
# Land after the words that measure it: 占地亩，流转土地亩 (not 亩均, 亩产).
_LAND = re.compile(r"(?:占地|流转|土地|耕地|面积|征地|用地|种植|造林|复垦|整理|改造|整治)(?P<unit>亩)(?![均产数])")
# A rank with its number gone: 位居全省第名，排名第位，排名第，
_RANK = re.compile(r"第(?<![次府门宅]第)(?P<unit>名|位)(?![置次于])|第(?<=排名第)(?P<bare>)(?=[,;。、])")
# Things counted, then the count word and the end of the clause: 项目个，设备台，道路条。
_THING_THEN_COUNT = re.compile(
    r"(?:项目|企业|单位|设备|机组|生产线|车辆|道路|桥梁|学校|医院|村|社区|园区|基地|平台|机构|住房|安置房|保障房|公寓)"
    r"(?P<unit>个|台|套|辆|条|座|所|处)(?=[,;。、:]|$)",
    re.M,
)
# Registrants counted in households, then the end of the clause: 新登记各类市场主体户，(个体工商户, 农户, 贫困户 are
# nouns, not after these). (Led by 户, which the regex engine skips to; the noun is matched back from there.)
_REGISTRANTS_THEN_HU = re.compile(r"(?P<unit>户)(?<=主体户|企业户)(?=[,;。、:]|$)", re.M)
# People placed in work, then 人 and the end of the clause: 新增城镇就业人，培训农民工人次。
_JOBS_THEN_REN = re.compile(r"(?:就业|培训|转移|安置|招聘|招录|吸纳)(?P<unit>人)(?=[,;。、]|$)", re.M)
# A count after the verbs that report one, closing the clause: 建成个“美丽街区”，承接成果不少于项。
_VERB_THEN_COUNT = re.compile(
    r"(?:新增|新建|建成|实施|完成|开工|落地|引进|培育|认定|创建|打造|达到|超过|不少于|不低于|累计|突破|改造|"
    r"举办|签约)(?P<unit>(?:个|家|项|名|人|户|座|所|条|处|套|台|辆|批|次|天))(?=[,;。、:“\"]|$)",
    re.M,
)
# A change from or to a missing figure: 从个增至4.8个，从万亿元增加到5.2万亿元，增至万户。
_FROM_OR_TO = re.compile(
    r"从(?P<unit>(?:万亿|亿|万)?(?:元|美元|个|家|户|人|项|名|%))(?=增|提高|下降|减少|扩大|上升|降至|到)|"
    r"(?:增至|增加到|提高到|降至|下降到|扩大到)(?P<to>(?:万|亿)?(?:个|家|户|人|项|名))(?=[,;。、]|$)",
    re.M,
)
# 万/亿 with a count unit after a noun, closing the clause: 规上企业约万家。新增学位万个、
# (超万户, 近万名, 突破万家, 达万人 use 万 as a round number; 千家万户 is an idiom).
_NOUN_THEN_MAGNITUDE_COUNT = re.compile(
    r"(?P<unit>(?:万|亿)(?<=[\u4e00-\u9fff][万亿])(?<![一二三四五六七八九十零〇两超过上近逾破数几每成千百万亿余多达到至家][万亿])(?:个|家|名|人|户|亩|辆|台|套|件|头|只|株|册|间|张|所|座|条|处))(?=[,;。、:)]|$)",
    re.M,
)
# 个 right after a noun, closing the clause: 建成农村客货邮示范县个。(not 这个, 每个, 整个 …)
_NOUN_THEN_GE = re.compile(
    r"(?P<unit>个(?<=[\u4e00-\u9fff]个)(?<![这那每各整某哪几单逐半真首上下一二三四五六七八九十零〇两百千万亿数多余]个))(?=[,;。、:“\"]|$)",
    re.M,
)
# (issue 7, lead) Measures that end many words (工人, 企业家, 农户, 今天, 配套): a count closing a clause after a run that
# ends no dictionary word (lexicon/measure_endings.tsv), beside a figure in the same unit in its sentence.
_WORD_ENDING_MEASURE = re.compile(r"(?P<unit>[人家名个件天套户项场])(?=[,;。、)]|$)", re.M)
# (issue 7, lead) A measure of times counted (场次, 件次, 批次 …) closing a clause right after a word, in a clause that
# reports a count (共, 全年, 开展, 受理, 接待 …): 共开展检查场次，全年接待群众来访批次。 Not after 总/各/每/分/按 (总人次, 分批次) nor
# after a verb that changes it (增加演出场次); 频次, 班次 are no counts of their own.
_TIMES_AT_CLAUSE_END = re.compile(r"(?P<unit>[场件批户车架台人]次)(?<![总各每分按逐的/][场件批户车架台人]次)(?=[,;。、:!?)]|$)", re.M)
_TIMES_END = re.compile(r"次(?=[,;。、:!?)]|$)", re.M)  # where a match of _TIMES_AT_CLAUSE_END ends (led by 次)
_REPORTS_A_COUNT = re.compile(r"共|累计|全年|上半年|前三季度|开展|组织|接待|受理|办理|出动|举办|调处|走访|查处|办结")
_CHANGES_A_COUNT = re.compile(r"增加|减少|提高|降低|压减|控制|优化|加密|提升")
# (issue 7, lead) The second of a pair whose first figure stands: 分别达到41260元和元，(the same unit after 和/与/及/、).
_SECOND_OF_PAIR = re.compile(
    r"\d\s*(?P<first>万元|亿元|元|人次|人|家|个|项|户|%|万吨|吨|亩|公里|套|件|名)(?:和|与|及|、)(?P<unit>(?P=first))(?=[,;。、]|$)",
    re.M,
)
# the joint and the second unit, led by the joint: where _SECOND_OF_PAIR is matched back from
_PAIR_JOINT = re.compile(r"[和与及、](?=(?:万元|亿元|元|人次|人|家|个|项|户|%|万吨|吨|亩|公里|套|件|名)(?:[,;。、]|$))", re.M)
_PAIR_REACH = 8  # characters before the joint that hold the first figure and its unit
# (blankQ) A count whose measure makes a word with the character before it (企业家 "entrepreneur", 患处 "wound"), read as a
# count when a verb that counts the thing stands in its clause and no figure does: 新增规上工业企业家，排查整改隐患处，
_MEASURE_IN_A_WORD = re.compile(r"[业患](?P<unit>[家处])(?<=企业家|隐患处)(?=[,;。、]|$)", re.M)
_COUNTS_FIRMS = re.compile(r"新增|新培育|新认定|新引进|净增|新登记")
# (blankQ) Households or people reached with their count gone: 惠及居民户，涉及群众人。(not 惠及农户: 农户 is a noun of its own,
# not after these nouns) and 共为户困难群众发放救助金 (not 为户籍人口, 为户主, 为户外).
# (Led by the noun's last character and by 为, which the regex engine skips to; the words before are read back from there.)
_REACHED_HOUSEHOLDS = re.compile(
    r"[民众工庭户](?P<unit>[户人])(?<=(?:惠及|涉及|覆盖|受益|带动|帮扶|服务)(?:居民|群众|村民|职工|家庭|住户)[户人])(?=[,;。、]|$)", re.M
)
_FOR_HOUSEHOLDS = re.compile(r"为(?<=[共计后年]为)(?P<unit>户|名)(?![籍主外口型内均优义单])(?=[\u4e00-\u9fff])")
# (blankQ) A total or output reached in a bare magnitude, closing its clause: 总产量达到万吨，(a round 达万吨 stands in a sentence of
# round figures; beside a figure written to a decimal in 万, 播种面积46.8万亩, the total was written exactly too and its number is
# gone). Only after a word of output or total (产量, 总量, 吞吐量 … 总额): 参观人数达万人 is a round milestone.
_REACHED_MAGNITUDE = re.compile(
    r"达(?<=量达|额达)到?(?P<unit>(?:万|亿)(?:吨|亩|人次|人|户|家|头|只|千瓦时|平方米|立方米|标准箱|辆|台|套|件))(?=[,;。、]|$)", re.M
)
_DECIMAL_MAGNITUDE = re.compile(r"\d\.\d+\s*[万亿]")
# People counted, then 人: 引进顶尖人才人，银龄技师人左右。
_PEOPLE_THEN_REN = re.compile(
    r"(?:人才|专家|技师|院士|教师|医师|医生|工程师|干部|党员|职工|员工|学生|毕业生|志愿者|农民工|博士|硕士|研究生)"
    r"(?P<unit>人)(?=[,;。、)]|左右|以上|$)",
    re.M,
)


def _at_clause_start(char: str) -> str:
    """``char`` at the start of a clause (line start, punctuation or a space before it). The lookbehind
    follows ``char``, so the regex engine scans for ``char`` instead of trying every position."""
    return rf"{char}(?:(?<=[\n,;:!?。、 \t(“—]{char})|(?<=^{char}))"


# 个 at clause start, not 个别/个人/个体/个性/个税/个案/个股/个数 …
_COUNT_AT_START = re.compile(r"(?P<unit>" + _at_clause_start("个") + r")(?![别人体性税案股数头子儿把位转])(?=[\u4e00-\u9fff])", re.M)
# Status words of people counted in party and personnel work: 名预备党员, 名先进青年.
_COUNTED_PEOPLE = r"(?:预备党员|正式党员|新党员|入党积极分子|积极分子|乐观分子|发展对象|先进青年|优秀青年)"
_NAME_BEFORE_PEOPLE = re.compile(r"(?P<unit>名)(?=" + _COUNTED_PEOPLE + ")")
# People counted, then 名 and the end of the clause: 引进人才名，招录员工名。
_PEOPLE_THEN_MING = re.compile(
    r"(?:人才|员工|职工|干部|党员|学生|人员|同志|教师|毕业生|志愿者|农民工|劳动力|工人|专家|博士|硕士|新生|"
    r"贫困人口|群众|村民|居民|青年|积极分子|预备党员|技术人员|大学生|医师|医生|工程师|技师|研究生|院士|护士|"
    r"民警|辅警|网格员|社工|律师)(?P<unit>名)(?=[,;。、:!?)\s]|$)"
)
# A count after the words that announce one: 其余个项目，共有家企业，表彰的有人次。
_COUNT_AFTER_SLOT = re.compile(
    r"(?:其余|其中有|另有|共有|现有|已有|尚有|还有|共计|合计|累计|新增|新引进|引进|招录|招聘|共|全[区县市镇乡])"
    r"(?P<unit>个(?![别人体性税案股数头子儿把位转])|家(?=企业|单位|公司|工厂|银行|医院|学校|机构|商户|门店|[,;。:])|"
    r"项(?=工程|任务|指标|措施|活动|举措|重点工作|民生实事|[,;。:])|人次(?=[,;。、:的]|$))",
    re.M,
)
# A bare 有 announces a count only when the clause ends right after it: 重点项目有个，即…
# (有个好收成, 有个大的发展 are colloquial and carry no blank).
_COUNT_AFTER_YOU = re.compile(r"(?:有|计)(?P<unit>个|家|项|人次)(?=[,;。:])")
# A year with its digits gone, at the start of a clause: 年，我们…；五、年工作思路；素养。年，开发区…
_YEAR_AT_START = re.compile(
    r"(?P<unit>" + _at_clause_start("年") + r")(?=[,;:。、]|工作(?:思路|计划|要点|总结|目标|打算|安排|任务|重点|情况|报告)|以来|上半年|下半年|"
    r"全年|我们|全[区县市镇乡省]|开发区|园区|管委会|是[我全本]|总体要求|主要预期目标|预期目标|主要目标|目标任务|"
    r"重点任务|重点工作|政府工作|经济社会发展|\d{1,2}月)",
    re.M,
)
# A date or month with its digits gone after 自/从/截至/于: 自月份生产以来；于年月召开。
_MONTH = re.compile(
    r"(?=[自从截于至到月])(?:(?:自|从|截至|截止|于|至|到)(?P<unit>年月日|年月|月日|月份|月(?=起|以来|开始|中旬|上旬|下旬))|"
    r"(?P<month>月(?<=\d年月)(?:日|份|底|初|中旬|上旬|下旬|(?=\d{1,2}日)|(?=[,;。、]))))"
)


# A whole date with its digits gone, standing alone: 政府工作报告 年月日在镇第十二届人民代表大会上
# (出生年月日 is a field's name: a word stands right before it).
_BARE_DATE = re.compile(r"(?=年\s?月\s?日)(?:^|(?<=[\s,;。:(]))(?P<unit>年\s?月\s?日)(?=在|召开|印发|发布|通过|[\s,;。)]|$)", re.M)
# A form's blank: spaces where the number was, between a word that announces it and its unit
# (全长约 米, 进场共 批次, 签订合同 份 is too loose: the word before must promise a figure).
_SPACED_BLANK = re.compile(
    r"(?=[ \t\u3000\xa0])(?<=[约共计达近逾有长宽高深至到增减超])[ \t\u3000\xa0]{1,6}"
    r"(?P<unit>(?:万|亿)?(?:美元|元|平方公里|平方米|公里|米|亩|吨|批次|人次|个|家|项|批|人|户|份|件|台|套|辆|座|所|条|处|名|%))"
    r"(?![\u4e00-\u9fff]{0,1}[ \t\u3000][\u4e00-\u9fff][ \t\u3000])"
)
# A magnitude with 余/多 whose number is gone: 养殖面积发展到万余亩, 投资亿多元.
_MAGNITUDE_APPROX = re.compile(
    r"(?=[万亿])(?P<unit>(?:万|亿)[余多](?:亩|元|美元|人次|人|户|家|吨|平方米|公里|个|项|名|头|只|株|件|套|辆|台))"
)
# A share whose figure is gone: 产值已占到农业总产值的以上。 (的 right before 以上/左右 and a clause end)
_SHARE_WITHOUT_FIGURE = re.compile(
    r"(?=[占达为])(?:占到?|达到?|为)[^,;。!?、\n]{1,20}?的(?P<unit>以上|左右|以下)(?=[,;。!?、\n]|$)"
)


# Patterns led by a lookahead are tried by the regex engine at every position. Each of these needs a piece
# of text that a search led by a literal or a class (scanned quickly) finds: a text without it skips the
# pattern (the same matches).
_NEEDED = {
    _LENGTH: re.compile(r"米(?<=[长度径深宽高]米)"),
    _SPACED_BLANK: re.compile(r"[ \t\u3000\xa0](?<=[约共计达近逾有长宽高深至到增减超][ \t\u3000\xa0])"),
    _BARE_DATE: re.compile(r"年\s?月\s?日"),
    _MAGNITUDE_APPROX: re.compile(r"[余多](?<=[万亿][余多])"),
    _SHARE_WITHOUT_FIGURE: re.compile(r"的(?=以上|左右|以下)"),
    # the patterns led by an alternation of words: the unit and what follows it, led by a character
    _PEOPLE_THEN_MING: re.compile(r"名(?=[,;。、:!?)\s]|$)"),
    _PEOPLE_THEN_REN: re.compile(r"人(?=[,;。、)]|左右|以上|$)", re.M),
    _JOBS_THEN_REN: re.compile(r"人(?=[,;。、]|$)", re.M),
    # (and after the last character of one of the pattern's nouns or verbs: 项目, 生产线 …; 新增, 不少于 …)
    _THING_THEN_COUNT: re.compile(r"[个台套辆条座所处](?<=[目业位备组线辆路梁校院村区地台构房寓].)(?=[,;。、:]|$)", re.M),
    _VERB_THEN_COUNT: re.compile(r"[个家项名人户座所条处套台辆批次天](?<=[增建成施工地进育定造到过于计破办约].)(?=[,;。、:“\"]|$)", re.M),
    # (every word before the unit ends in one of these characters: 其余, 共有, 累计, 新增, 引进, 招录, 全区 …)
    _COUNT_AFTER_SLOT: re.compile(r"[个家项人](?:(?<=[余有计增进录聘共].)|(?<=全[区县市镇乡].))"),
    _COUNT_AFTER_YOU: re.compile(r"[个家项人](?<=[有计][个家项人])"),
    # (增至, 增加到, 提高到, 降至, 下降到, 扩大到 all end in 至 or 到; led by one class for both branches, which the engine
    # skips to: a branch led by a class tried the gate at every position)
    _FROM_OR_TO: re.compile(r"[从至到](?:(?<=从)(?:万亿|亿|万)?[元美个家户人项名%]|(?<=[至到])(?:万|亿)?[个家户人项名](?=[,;。、]|$))", re.M),
    _MAGNITUDE_COUNT: re.compile(
        r"[万亿](?<=[产成增植林造待训现计共售口纳动移].)(?=(?:件套|千瓦时|千瓦|件|台|套|辆|吨|亩|人次|人|户|头|只|株|标准箱|箱|册)(?:[,;。、的:\s]|$))"
    ),
    _MONTH: re.compile(r"[年月](?<=[自从至止于到年][年月])"),
    _LAND: re.compile(r"亩(?![均产数])"),
}


# The gated patterns whose every match lies within _GATE_REACH characters of a match of their gate, on either side, and
# whose gate is rare enough that running the pattern only on the windows around the gate's matches beats one scan of the
# whole text (the gate of a count word closing a clause, 个， or 家。, is too common). The longest reach needed: a blank of
# _SPACED_BLANK ends 12 characters after its gate (six spaces and 平方公里) and looks 4 further; 占…的以上 starts 22
# characters before its gate 的. A gate match that the gate's own scan skips (it overlaps the previous one, at most
# 5 characters long) lies inside that one's window, within 4 characters of its end: hence the margin. A window runs on
# to the end of its line (the line break included): cut anywhere else, a window's end would read as the text's end to
# ``$`` and to the lookaheads of a unit standing there that no gate found (名份 read as 名 closing the text). None of
# these patterns matches or looks across a line break, and at one their tails read the same as on the whole text
# (``$`` under MULTILINE, or ``\s``/``\n`` in the class beside a plain ``$``). tests/test_pattern_leads.py compares
# the windowed scans with the plain ones.
_GATE_REACH = 24
_WINDOWED = frozenset(
    {
        _SPACED_BLANK,
        _MAGNITUDE_APPROX,
        _SHARE_WITHOUT_FIGURE,
        _PEOPLE_THEN_MING,
        _PEOPLE_THEN_REN,
        _JOBS_THEN_REN,
        _COUNT_AFTER_SLOT,
        _FROM_OR_TO,
        _THING_THEN_COUNT,
        _VERB_THEN_COUNT,
        _MAGNITUDE_COUNT,
        _MONTH,
        _LAND,
    }
)


def _finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, skipped where the text lacks what the pattern needs (``_NEEDED``), and run only
    around what it needs for the patterns of ``_WINDOWED`` (the same matches)."""
    needed = _NEEDED.get(pattern)
    if needed is None:
        return pattern.finditer(text)
    if pattern in _WINDOWED:
        return finditer_in_windows(pattern, text, _windows_to_line_end(needed, text))
    if needed.search(text) is None:
        return iter(())
    return pattern.finditer(text)


def _windows_to_line_end(gate: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """From _GATE_REACH characters before each match of ``gate`` to the end of the line _GATE_REACH characters after it
    (its line break included), or the text's end (see _WINDOWED)."""
    for g in gate.finditer(text):
        line_end = text.find("\n", g.end() + _GATE_REACH)
        yield g.start() - _GATE_REACH, len(text) if line_end < 0 else line_end + 1


def _spaced_out(text: str, at: int) -> bool:
    """The characters around ``at`` are set apart by spaces one by one (a letter-spaced title)."""
    window = text[max(0, at - 6) : at + 8]
    return len(re.findall(r"[\u4e00-\u9fff][ \t\u3000]", window)) >= 4


@dataclass(frozen=True)
class _Blank:
    start: int
    end: int
    unit: str
    what: str


class BlankAmount(Rule):
    code = "DC101"
    slug = "blank-amount"
    family = "blanks"
    default_severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.folded
        blanks: dict[int, _Blank] = {}
        for blank in _find_blanks(text):
            if _reduplicated(text, blank):
                continue  # 人人讲安全、个个会应急 / 家家户户: a doubled measure word means "every", no number is missing
            # one finding per unit position; the first pattern to claim it wins
            blanks.setdefault(blank.end, blank)
        for blank in sorted(blanks.values(), key=lambda b: b.start):
            quote = ctx.text[blank.start : blank.end]
            yield self.finding(
                ctx,
                blank.start,
                blank.end,
                f"“{quote}”缺少{blank.what}：“{blank.unit}”前没有数字，疑为数字被删除或未填写；请补上具体数值",
            )


def _reduplicated(text: str, blank: _Blank) -> bool:
    """A one-character unit doubled (个个, 家家, 户户, 项项): the reduplicated measure word of "every"."""
    at = text.find(blank.unit, blank.start, blank.end) if len(blank.unit) == 1 else -1
    if at < 0:
        return False
    return text[at + 1 : at + 2] == blank.unit or (at > 0 and text[at - 1] == blank.unit)


def _find_blanks(text: str) -> Iterator[_Blank]:
    for m in _STRONG_UNIT.finditer(text):
        unit = m.group("unit")
        unit_start = m.start()
        if unit[0] not in "万亿" and unit_start > 0 and text[unit_start - 1] in "万亿":
            # 厂房万平方米: a bare magnitude is part of the unit and needs a number of its own
            unit_start -= 1
            unit = text[unit_start] + unit
        before = _before_spaces(text, unit_start)
        if _has_number_before(text, before):
            continue
        column = _table_column(text, unit_start, m.end())
        if column == "figures":
            # 实际利用外资　　万美元　　6.8% under 外贸进出口总额　18.62亿美元: the cell lost its figure
            yield _Blank(max(text.rfind("\n", 0, unit_start) + 1, unit_start - _MAX_LEAD), m.end(), unit, _what(unit))
            continue
        if column == "units" or (unit_start > 0 and text[unit_start - 1] in "\t|") or _table_cell(text, unit_start, m.end()):
            continue  # a unit column of a table: 公路⇥万吨⇥24418.67, 工业增加值    亿元    45.62, 地区生产总值 亿元 186.5
        if _is_idiom_or_header(text, before, m.end(), unit):
            continue
        yield _Blank(_clause_lead(text, unit_start), m.end(), unit, _what(unit))
    for pattern in (_BARE_MONEY, _LENGTH, _MAGNITUDE_COUNT, _CAPACITY, _LAND):
        for m in _finditer(pattern, text):
            if _has_number_before(text, m.start("unit")):
                continue
            unit = m.group("unit")
            yield _Blank(_clause_lead(text, m.start("unit"), m.start()), m.end("unit"), unit, _what(unit))
    for pattern in (_COUNT_AT_START, _NAME_BEFORE_PEOPLE):
        for m in _finditer(pattern, text):
            unit_start = m.start("unit")
            if _has_number_before(text, _before_spaces(text, unit_start)) or _preceded_by_counter(text, unit_start):
                continue
            yield _Blank(_lead_with_word(text, m.start("unit")), _noun_after(text, m.end("unit")), m.group("unit"), "数量")
    for pattern in (
        _PEOPLE_THEN_MING,
        _COUNT_AFTER_SLOT,
        _COUNT_AFTER_YOU,
        _THING_THEN_COUNT,
        _JOBS_THEN_REN,
        _VERB_THEN_COUNT,
        _NOUN_THEN_MAGNITUDE_COUNT,
        _NOUN_THEN_GE,
        _PEOPLE_THEN_REN,
    ):
        for m in _finditer(pattern, text):
            lead = _clause_lead(text, m.start("unit"), m.start())
            yield _Blank(lead, _noun_after(text, m.end("unit")), m.group("unit"), "数量")
    for m in _REGISTRANTS_THEN_HU.finditer(text):
        if _has_number_in_clause(text, m.start()):
            continue  # (企业户数1.2万户，…主体户: the clause states its count)
        yield _Blank(_clause_lead(text, m.start(), m.start() - 2), m.end(), "户", "数量")
    for m in _finditer(_FROM_OR_TO, text):
        group = "unit" if m.group("unit") is not None else "to"
        unit = m.group(group)
        yield _Blank(_clause_lead(text, m.start(group), m.start()), m.end(group), unit, _what(unit))
    for m in _YEAR_AT_START.finditer(text):
        if _has_number_before(text, _before_spaces(text, m.start("unit"))):
            continue  # 2006 年，… with a space after the digits
        yield _Blank(m.start("unit"), _line_context_after(text, m.end("unit")), "年", "年份")
    for m in _finditer(_SPACED_BLANK, text):
        if _spaced_out(text, m.start()):
            continue  # 全 长 约 米 …: a text set with a space between every character
        yield _Blank(_clause_lead(text, m.start(), m.start()), m.end("unit"), m.group("unit"), _what(m.group("unit")))
    for m in _finditer(_BARE_DATE, text):
        yield _Blank(m.start("unit"), _line_context_after(text, m.end("unit")), "年月日", "日期")
    for m in _finditer(_MAGNITUDE_APPROX, text):
        if _has_number_before(text, _before_spaces(text, m.start("unit"))) or text[m.start() - 1 : m.start()] in ("上", "过", "超", "近", "逾"):
            continue
        yield _Blank(_clause_lead(text, m.start("unit")), m.end("unit"), m.group("unit"), "数量")
    for m in _finditer(_SHARE_WITHOUT_FIGURE, text):
        yield _Blank(_clause_lead(text, m.start("unit"), m.start()), m.end("unit"), m.group("unit"), "比例")
    for m in _finditer(_MONTH, text):
        group = "unit" if m.group("unit") is not None else "month"
        yield _Blank(_clause_lead(text, m.start(group), m.start()), m.end(group), m.group(group), "日期")
    for m in _RANK.finditer(text):
        group = "unit" if m.group("unit") is not None else "bare"
        yield _Blank(_clause_lead(text, m.start(), m.start()), m.end(group), "第" + m.group(group), "名次")
    for end_mark in _finditer(_TIMES_END, text):
        m = _TIMES_AT_CLAUSE_END.match(text, max(0, end_mark.start() - 1))
        if m is None:
            continue
        at = m.start("unit")
        lead = _clause_lead(text, at, max(0, at - _MAX_LEAD))
        if at == 0 or text[at - 1] in _NUMERAL or _has_number_before(text, _before_spaces(text, at)):
            continue
        if not _REPORTS_A_COUNT.search(text, lead, at) or _CHANGES_A_COUNT.search(text, lead, at):
            continue
        if m.group("unit") == "人次" and text[m.end() : m.end() + 1] == "、":
            continue  # 全年旅游接待人次、旅游收入均实现增长: 人次 names a statistic in a list, no count is due
        yield _Blank(lead, m.end("unit"), m.group("unit"), "数量")
    for joint in _PAIR_JOINT.finditer(text):
        window = _SECOND_OF_PAIR.finditer(text, max(0, joint.start() - _PAIR_REACH), joint.end() + 4)
        m = next((m for m in window if m.start("unit") == joint.end()), None)
        if m is not None:
            yield _Blank(m.start("unit") - 1, m.end("unit"), m.group("unit"), _what(m.group("unit")))
    for m in _MEASURE_IN_A_WORD.finditer(text):
        at = m.start("unit")
        lead = _clause_lead(text, at, max(0, at - _MAX_LEAD))
        counts = _COUNTS_FIRMS if m.group("unit") == "家" else _COUNTING_VERB
        if text[at - 3 : at - 2] in ("在", "于", "各", "此"):
            continue  # 警示标志设置在隐患处: the place, not a count
        if counts.search(text, lead, at) and not _has_number_in_clause(text, at):
            yield _Blank(_clause_lead(text, at, max(0, at - _SHORT_LEAD)), m.end("unit"), m.group("unit"), "数量")
    for pattern in (_REACHED_HOUSEHOLDS, _FOR_HOUSEHOLDS):
        for m in pattern.finditer(text):
            at = m.start("unit")
            if not _has_number_in_clause(text, at):
                end = m.end("unit") if pattern is _REACHED_HOUSEHOLDS else _noun_after(text, m.end("unit"))
                yield _Blank(_clause_lead(text, at, max(0, at - _SHORT_LEAD)), end, m.group("unit"), "数量")
    for m in _REACHED_MAGNITUDE.finditer(text):
        at = m.start("unit")
        if not _has_number_in_clause(text, at) and _DECIMAL_MAGNITUDE.search(_sentence_around(text, at)):
            yield _Blank(_clause_lead(text, at, m.start()), m.end("unit"), m.group("unit"), _what(m.group("unit")))
    yield from _units_after_unseen_pairs(text)
    yield from _counts_beside_their_siblings(text)


@lru_cache(maxsize=1)
def _unit_at_clause_end() -> re.Pattern:
    from draftcheck.lexicon.words import alternation

    # (led by the unit, which the regex engine skips to; the character before it is read back from there)
    return re.compile(rf"(?P<unit>{alternation(('blank_units', 'clause_end'))})(?=[,;。、:!?)]|$)", re.M)


_SIBLING_REACH = 80
# Measure words that end many words as well (不足之处, 判处, 办事处): read as units only after a verb that counts.
_NEEDS_COUNTING_VERB = frozenset("处")
# 处 meaning "place" or "point" after these: 不足之处, 到处, 各处, 此处, 何处, 别处, 相处, 判处, 惩处, 论处
_PLACE_WORD_BEFORE = frozenset("之到各此何别相判惩论")
_COUNTING_VERB = re.compile(
    r"排查|检查|发现|整治|整改|治理|清理|拆除|新建|建成|设立|设置|改造|修复|处置|消除|查处|查封|摸排|增设|布设|安装|建设"
)
# A four-character idiom of two verb-object pairs whose first object is a place or a body counted in the same
# breath (包村联户, 进村入户, 走村串户, 包片联户, 驻企帮户): the measure character closing it is a noun, not a unit.
_PAIRED_IDIOM = re.compile(r"[\u4e00-\u9fff][村镇乡企片组街社岗][\u4e00-\u9fff](?<![\d一二三四五六七八九十百千万亿])[户家人企]")


def _units_after_unseen_pairs(text: str) -> Iterator[_Blank]:
    """A measure word closing a clause right after a Han character the corpus never writes it after (灌溉亩， /
    床位张，) when a figure in the same unit stands near it (…860张): the number between them was lost (issue 7, trunc8).
    国家, 配套, 车辆, 场所 … are words the corpus writes; 之处, 出处 stand without a figure in their unit."""
    from draftcheck.lexicon import corpus_bigrams

    pairs = corpus_bigrams()
    for m in _unit_at_clause_end().finditer(text):
        at = m.start("unit")
        before = text[at - 1] if at > 0 else ""
        if not ("\u4e00" <= before <= "\u9fff") or before in _NUMERAL or before in _MASK or before == m.group("unit")[0]:
            continue
        if before + m.group("unit")[0] in pairs:
            continue
        if at >= 3 and _PAIRED_IDIOM.match(text, at - 3):
            continue  # 包村联户, 进村入户, 驻企联户: two verb-object pairs, the unit is the second object
        if m.group("unit") in _NEEDS_COUNTING_VERB and (
            before in _PLACE_WORD_BEFORE or not _COUNTING_VERB.search(text, _clause_lead(text, at, max(0, at - _MAX_LEAD)), at)
        ):
            continue  # 不足之处, 判处, 办事处: 处 ends words; it is a unit after a verb that counts (排查隐患处)
        unit = m.group("unit")
        window = text[max(0, at - _SIBLING_REACH) : at + _SIBLING_REACH]
        if not _figure_in_unit(window, unit):
            continue  # (only beside a figure in the same unit, 1.2万亩…节水灌溉亩, is the unit a measure, not a word: 出处, 站所)
        yield _Blank(_clause_lead(text, at, max(0, at - _SHORT_LEAD)), m.end("unit"), unit, _what(unit))


def _figure_in_unit(passage: str, unit: str) -> bool:
    """The passage holds a figure written in ``unit`` (860张, 1.2万亩, 3千余人), not one followed by a further
    number (3人1组 reads as a figure of 组): the sibling that shows a bare unit beside it lost its number."""
    return re.search(r"\d\s*(?:[万亿千百]|余|多)?" + re.escape(unit) + r"(?![\u4e00-\u9fff]{0,1}[\d])", passage) is not None


_SENTENCE_MARK = re.compile(r"[。!?\n]")
_FIGURE_IN_A_WORD_ENDING_MEASURE = re.compile(r"\d\s*[人家名个件天套户项场]")
_NEGATION_BEFORE = frozenset("不无没未")


def _sentence_around(text: str, at: int) -> str:
    """The sentence that holds ``at``, at most _SIBLING_REACH characters on either side."""
    start = max((s.end() for s in _SENTENCE_MARK.finditer(text, max(0, at - _SIBLING_REACH), at)), default=max(0, at - _SIBLING_REACH))
    end_mark = _SENTENCE_MARK.search(text, at, at + _SIBLING_REACH)
    return text[start : end_mark.start() if end_mark else at + _SIBLING_REACH]


def _counts_beside_their_siblings(text: str) -> Iterator[_Blank]:
    """A measure that ends many words closing a clause with no number before it (全年出生人口人，; 扶持创业人，带动就业
    4120人) where the run before it ends no dictionary word and its sentence holds a figure in the same unit, with no
    figure of its own clause before it (覆盖90%政务服务办件). Not after a negation (实现了“不死人、不伤人”)."""
    from draftcheck.lexicon import measure_ending_words

    if _FIGURE_IN_A_WORD_ENDING_MEASURE.search(text) is None:
        return  # (no figure in one of these measures: no sibling for any of them)
    words = None
    for m in _WORD_ENDING_MEASURE.finditer(text):
        at = m.start("unit")
        unit = m.group("unit")
        before = text[at - 1] if at > 0 else ""
        if not ("\u4e00" <= before <= "\u9fff") or before in _NUMERAL or before == unit or before in _NEGATION_BEFORE:
            continue
        if at >= 2 and text[at - 2] in _NEGATION_BEFORE:
            continue
        words = words if words is not None else measure_ending_words()
        if any(text[max(0, at - k) : at + 1] in words for k in (1, 2, 3)):
            continue  # 工人, 负责人, 企业家: the measure ends a word
        lead = _clause_lead(text, at, max(0, at - _MAX_LEAD))
        if _has_number_in_clause(text, at) or re.search(r"\d", text[lead:at]):
            continue
        if not _figure_in_unit(_sentence_around(text, at), unit):
            continue
        yield _Blank(_clause_lead(text, at, max(0, at - _SHORT_LEAD)), m.end("unit"), unit, _what(unit))


_CELL_GAP = re.compile(r"[ \t\u3000\xa0]{2,}|\t")
_CELL_END = re.compile(r"(?:[ \t\u3000\xa0]{2,}|\t)|[ \t\u3000\xa0]*(?:\n|$)")


def _table_cell(text: str, start: int, end: int) -> bool:
    """The unit stands alone between runs of spaces (or a tab) on a line that has such gaps before it: a unit
    column of a table pasted as text (``税收收入          亿元    13.05``). A form's blank is followed by its text or
    punctuation (``完成投资    亿元，``), not by another gap."""
    gap_start = start
    while gap_start > 0 and text[gap_start - 1] in " \t\u3000\xa0":
        gap_start -= 1
    if gap_start == start or not _CELL_GAP.fullmatch(text, gap_start, start):
        return False
    return _CELL_END.match(text, end) is not None and (end == len(text) or text[end] != "\n" or gap_start > 0)


_CELL_SPACE = " \t\u3000\xa0"
_CELL_SPLIT = re.compile(r"[ \t\u3000\xa0]+")
_ROW_REACH = 8  # rows read above and below the unit's row
# A cell that is a unit alone (a unit column: 亿元, 万美元, %) and one that is a figure with its unit (18.62亿美元, 14家, 47.0%).
_UNITS = r"(?:万|亿|千)?(?:亿千瓦时|千瓦时|千瓦|美元|元|人次|人|家|个|户|吨|亩|件|台|套|辆|项|平方米|平方公里|公里|米|标准箱|头|只)|%|‰|个百分点"
_UNIT_CELL = re.compile(_UNITS)
_FIGURE_CELL = re.compile(r"-?\d[\d.,]*(?:" + _UNITS + ")")


def _table_column(text: str, start: int, end: int) -> str | None:
    """A unit standing as a whole cell of a table's row (spaces or a tab on both sides): ``"units"`` when the same column
    of the rows around it is headed 单位 or holds units alone (a unit column: ``地区生产总值 亿元 186.5``), ``"figures"``
    when it holds figures written with their units (``18.62亿美元``, ``47.0%``: the cell lost its figure), else None.
    Rows are the lines around it up to a blank line or a line of prose (，or 。)."""
    line_start = text.rfind("\n", 0, start) + 1
    if start == line_start or text[start - 1] not in _CELL_SPACE or (end < len(text) and text[end] not in _CELL_SPACE + "\n\r"):
        return None
    column = len(_CELL_SPLIT.findall(text[line_start:start].lstrip(_CELL_SPACE)))
    if column == 0:
        return None
    figures = 0
    for step in (-1, 1):
        at = line_start
        for _ in range(_ROW_REACH):
            if step < 0:
                if at == 0:
                    break
                row_end = at - 1
                at = text.rfind("\n", 0, row_end) + 1
            else:
                row_end = text.find("\n", at)
                if row_end < 0:
                    break
                at = row_end + 1
                row_end = text.find("\n", at)
                row_end = len(text) if row_end < 0 else row_end
            row = text[at:row_end].strip(_CELL_SPACE + "\r")
            if not row or "," in row or "。" in row:
                break
            cells = _CELL_SPLIT.split(row)
            if column >= len(cells):
                continue
            if cells[column] == "单位" or _UNIT_CELL.fullmatch(cells[column]):
                return "units"
            figures += _FIGURE_CELL.fullmatch(cells[column]) is not None
    return "figures" if figures else None


def _has_number_in_clause(text: str, pos: int) -> bool:
    start = pos
    while start > 0 and pos - start < 30 and text[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    return any(char in _NUMERAL and char not in "多余数几半" for char in text[start:pos])


def _before_spaces(text: str, pos: int) -> int:
    """Index just after the last non-space character before ``pos`` (2850 万元 has a number).

    Line breaks count as spaces: text extracted from PDF breaks lines between a number and its unit.
    """
    while pos > 0 and text[pos - 1] in " \u3000\t\n\r":
        pos -= 1
    return pos


def _has_number_before(text: str, pos: int) -> bool:
    """A numeral, or an ASCII letter glued to one (25l亿元 is an OCR slip for 251, xx亿元 a placeholder)."""
    if pos == 0:
        return False
    before = text[pos - 1]
    return before in _NUMERAL or before in _MASK or (before.isascii() and before.isalnum())


def _preceded_by_counter(text: str, pos: int) -> bool:
    """每个、各个、这个、整个、一个: 个 that is part of a word, not a count with its number gone."""
    return pos > 0 and text[pos - 1] in "每各这那整哪某几半单逐"


def _is_idiom_or_header(text: str, before: int, after: int, unit: str) -> bool:
    if any(text.endswith(word, 0, before) for word in _PER_BEFORE):
        return True
    if unit[0] in "万亿" and any(text.endswith(word, 0, before) for word in _IDIOM_BEFORE):
        return True  # 超亿元, 上万平方米, 近万人次: a magnitude used as a round number
    if before > 0 and text[before - 1] in _HEADER_BEFORE:
        return True
    if _declared_in_brackets(text, before, after):
        return True  # 主要经济指标（现价，亿元）: the unit of a table or a caption, declared with its price basis
    if _declared_after_label(text, before):
        return True  # 单位：亿元、%: the units of a table, listed after their label
    if before == 0 or text[before - 1] in "\n\r":
        return True  # a unit opening a line is a table header or a label, not a blank
    if unit == "个百分点" and text[before - 1] in "%‰":
        return True  # 提高0.6%个百分点 has its number: the doubled unit is a unit-error (DC501)
    if unit in ("%", "‰"):
        # 增长(%) is a header; 6.1%% a doubled sign (unit-error), not a missing number
        return (after < len(text) and text[after] == ")") or text[before - 1] in "%‰"
    if unit[0] in "万亿":
        return bool(_IDIOM_AFTER.match(text, after))
    return False


# A unit declared in brackets after a short qualifier and a comma, closing the bracket: （现价，亿元）,
# （可比价，万元）, （单位：户，万元）. No digit stands between the bracket and the unit.
_DECLARATION_REACH = 10


def _declared_in_brackets(text: str, before: int, after: int) -> bool:
    if after >= len(text) or text[after] != ")" or before == 0 or text[before - 1] not in ",、":
        return False
    opening = text.rfind("(", max(0, before - _DECLARATION_REACH), before)
    return opening >= 0 and not any(char.isdigit() or char in ")。;" for char in text[opening + 1 : before])


# A list of units after the label that declares them (单位：亿元、%, 计量单位: 万吨，%): every unit of the list is declared,
# none stands for an amount. Only units, their separators and spaces stand between the label and the unit.
_UNIT_LABEL = re.compile(r"单位\s*:[^0-9\n。;!?()]{0,24}$")
_UNIT_LIST_CHARS = re.compile(r"[\s,、/]*(?:(?:万亿|亿|万|千|百)?[\u4e00-\u9fff]{1,4}|%|‰)(?:[\s,、/]+(?:(?:万亿|亿|万|千|百)?[\u4e00-\u9fff]{1,4}|%|‰))*[\s,、/]*")


def _declared_after_label(text: str, before: int) -> bool:
    label = _UNIT_LABEL.search(text, max(0, before - 30), before)
    return label is not None and _UNIT_LIST_CHARS.fullmatch(text, label.start() + text[label.start():].index(":") + 1, before) is not None


def _clause_lead(text: str, unit_start: int, fallback: int | None = None) -> int:
    """Start of the clause that holds the unit, if it is at most ``_MAX_LEAD`` characters back.

    A longer clause is quoted from ``fallback`` (the word that calls for the number), or from
    a few characters before the unit.
    """
    pos = unit_start
    limit = max(0, unit_start - _MAX_LEAD)
    while pos > limit and text[pos - 1] not in _CLAUSE_BREAK:
        pos -= 1
    if pos == limit and pos > 0 and text[pos - 1] not in _CLAUSE_BREAK:
        pos = fallback if fallback is not None else max(pos, unit_start - _SHORT_LEAD)
    return pos


def _lead_with_word(text: str, unit_start: int) -> int:
    """The unit itself, or the word it hides in (知名预备党员: the 有 became 知)."""
    if unit_start > 0 and text[unit_start - 1] not in _CLAUSE_BREAK:
        return unit_start - 1
    return unit_start


def _noun_after(text: str, pos: int, limit: int = 6) -> int:
    """Extend a count to the noun it counts (个在建重点项目), stopping at punctuation."""
    end = pos
    while end < len(text) and end - pos < limit and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in "的，":
        end += 1
    return end


def _line_context_after(text: str, pos: int, limit: int = 4) -> int:
    """A few characters after a bare 年 so the quote reads 年，我们 rather than a lone 年."""
    end = pos
    while end < len(text) and end - pos < limit and text[end] not in "\n\r":
        end += 1
    return end


def _what(unit: str) -> str:
    if unit in ("%", "‰", "个百分点"):
        return "百分比"
    if unit.endswith("元") or unit.endswith("英镑"):
        return "金额"
    if unit in ("米", "公里"):
        return "长度"
    if unit.endswith("米") or unit in ("公顷",):
        return "面积或体积"
    return "数量"
