"""A total differs from the sum of its listed parts: 合计 68787万元 but 15270 + 53315 = 68585.

## What it does
Finds totals tied to their parts in one paragraph and recomputes the sum:

- exhaustive lists, whose parts are all of the total: ``A 1200万元、B 800万元，合计2100万元``,
  ``两项合计``, ``，共7家``, ``共有A级景区56家，分别为……``, ``共计12家：……``, ``由…组成``;
- 其中 lists, which may leave items out: they are flagged only when the parts add up to MORE than
  the whole, or when the parts' own growth rates show the rest would have been negative last year
  (``投入68787万元，同比增长30.17%。其中A 15270万元，同比增长74.32%；……B 53315万元，同比增长20.66%``:
  last year the two parts were 8760 + 44186 = 52946 > 68787 / 1.3017 = 52845);
- 其中 lists that are complete by their names and so are checked both ways: the last item is 其他/其余,
  the items cover the whole year, the total names its members, or the part names split the whole by a
  group of ``lexicon/indicators.toml`` with one measure (内资企业 + 外资企业, 规上 + 规下工业产值,
  城镇 + 乡村消费品零售额, 城市 + 农村低保金, 出口 + 进口, 第一/二/三产业增加值, 企业 + 个体工商户 + 农民专业合作社):
  ``新设企业三百二十家，其中内资企业二百家、外资企业一百家`` is flagged (300 ≠ 320). Totals and parts
  in Chinese numerals or full-width digits are read like Arabic ones;
- 其中 lists whose sentence declares the make-up and its number (``林地由生态公益林和商品林两部分组成，总面积
  为186.7万亩，其中…``): the number of names and of parts must both match it;
- a cumulative total split year by year (``累计完成投资384.9亿元，逐年分别为…``, also 各年/每年/依次分别为);
- parts closed by a numbered total (``四年累计新增…``, ``四类企业总数达到127家``), by a 合计 item of a
  ；-list (``A 612万元；B 478万元；合计1464万元``), by 全年/上半年/下半年/前三季度累计 after parts that cover
  that span (each named, or ``一至四季度分别…``), and increments summed by an increment
  (``A公司新增12.8万吨…三家企业合计新增产能39.9万吨``; a stock after increments is not their sum), and
  counted groups joined in one clause before 共 (``三个村及两个社区共4个点位``);
- breakdowns opened by ``分行业看，`` / ``按产业分：`` / ``从构成看，``, a sub-breakdown of a part named again
  (``其中企业12436户；在企业中，私营企业…``) and a colon right after a figure (``岗位4270个：制造业…``),
  all checked like 其中 lists;
- a 其中 list whose total is the exact sum with two adjacent digits swapped (``4483处`` for 4438), or with
  one inner digit changed when the parts name disjoint categories (or are parallel items and the total has
  four significant digits or more): an incomplete list rarely leaves such a remainder;
- tables pasted as text (cells split by tabs or two or more spaces) with a 合计 row, when the table is flat.

Kinds added for issue 7 (numeric7), by notation and grammar rather than by situation:

- a total after a scope word or a back reference (``全区共计95家``, ``……28个。以上合计40个项目`` reaching back
  into the sentence before), a breakdown phrase before 分别为 (``资金12.6亿元，按用途分别为…``), a whole
  split into named categories and then their figures (``32项民生实事分为教育、医疗…四类，分别为9项、…``),
  the number of parts declared between a whole and its colon list (``2.6万亩，分三批实施：第一批…``);
- a 分别为 list ends at the item its 和/及 joins (later figures of the sentence are other statements);
- each part's figure in brackets after its name (``由工业投资（21.5亿元）、基础设施投资（15.2亿元）…构成``);
- parts with no word tying them to the whole (``三个园区合计完成产值326亿元，城东园区148亿元、城西园区…``,
  ``技改项目62个，规上企业实施41个、规下企业实施25个``): checked only when their names complete the whole
  (a declared count, a complete split, every period, the members named in the whole's clause), and never
  when the whole is itself an item of a list;
- disjoint categories: the functional classes of budget expenditure (教育/社会保障和就业/卫生健康…支出),
  税收 + 非税, grades of one scale (B级/C级/D级, 一类/二类, Ⅲ类); members named by their full labels
  (``脱贫人口和监测对象共3,418人，其中脱贫人口…、监测对象…``); quarters or months named before 分别
  (``一季度、二季度分别…，上半年累计…``);
- a 合计 whole whose 其中 items miss it by 2% or less (``投资合计68787万元，其中基础设施投资15270万元、产业投资
  53315万元``): a list that leaves items out leaves more aside;
- sums written out as arithmetic (``12.6+8.4+5.1=27.1亿元``, full-width too; mixed units are left alone);
- tables: an aligned table whose 合计 row has a dash in another column (``合计　23474　—``), Markdown-like
  pipe tables pasted without the delimiter line, cells grouped by a space (``1 460``), and a 合计/总计
  column closing each row (``指标 | A | B | C | 合计``, also a two-row spaced table), kind ``table-sum``,
  when every column before it is a plain amount under the same heading.

Kinds added for issue 7 (numeric9), read by the breakdown recogniser ``numbers/breakdown.py`` on the typed
clause model (where the parts stand, what says they are all of the whole):

- parts in brackets right after the whole's figure (``共计1443.4万元（A 1177.5万元、B 317.9万元、C 48.0万元）``,
  ``共四十五所（高中三所、初中九所、小学三十所）``, ``累计…（2023年…、2024年…）``): complete after 共/共计/合计/总数
  in the whole's clause, 分别为/即 in the bracket, or its years; partial after 其中/含/包括/主要, before 等, or after
  累计 with parts that are not years;
- names and then their figures with 分别 (``争取上级资金9787万元，中央、省、市三级资金分别为…``; ``按内容分为A、B、C
  三类，分别培训…``; counted names opening the next sentence whose head noun is in the whole's clause): complete
  when the count declared matches the names; a head noun absent from the whole's clause is another thing;
- classes of one criterion (``按工种分，``) are disjoint: a sum over the whole is flagged whatever their names;
- ``四个乡镇（街道）总计完成…`` after the parts, ``全年共完成…`` after both halves; 中小学校 = 高中 + 初中 + 小学.

Kinds added for issue 7 (totalsmodel), on the typed clause model:

- names, their figures after 分别, then a closing total (``城东、城西、河口三个片区分别完成…十二万、八万、六万
  平方米，合计二十八万平方米``), also with the names declared by 由…组成/构成 in the clause before
  (``财政总收入由税收收入、非税收入两部分组成，分别为…，合计…``);
- a total word in the whole's clause, then names and their figures after 分别 (``发放贷款共计1436笔，个人贷款
  和小微企业贷款分别为…``), complete like a bracket after 共计; after 其中 still partial;
- a clause opened by 包括/含/主要有 after the whole, listing named figures and closed by their number
  (``…216万元，包括A 152万元、B 41万元和C 13万元三项``): complete when the number matches, partial otherwise
  (an item list closed by 等 is not read);
- a sum that meets its total only at the edge of their rounding (26 ± 1.5 against 28 ± 0.5: a figure
  rounded to its last digit lies in a half-open interval), a warning;
- a breakdown by one criterion (``按层次分：``) whose total is the sum with one inner digit changed (its classes
  are disjoint), and parts adding up to MORE than the whole when the whole is their sum with one inner
  digit changed (parallel items, even with tier words such as 省级).

Paragraphs come from the shared segmentation (``ctx.segmentation``).

Deliberately not checked: a bracket or named list adding up to less than its whole with no word of
completeness (``完成投资12.6亿元（工业项目7.2亿元、民生项目3.1亿元）``); classes of a criterion adding up to less
(``按行业分：批发业…；零售业…；住宿业…`` may leave 餐饮业 out); 分X看 / 从X看 breakdowns beyond 其中 lists (bulletins
use them for highlights and overlapping classes: 国有控股 / 股份制 / 私营企业); 其中 lists of categories that may overlap or leave items out (高校毕业生 /
返乡创业人员; 第二 + 第三产业 without the first; 城镇新增就业 + 农村劳动力转移就业, two measures; 城市 +
特困人员; a group of the lexicon that a larger group holds with more names, since a split is complete only
when every named part of the set is there: 企业 + 个体工商户 of 市场主体 may leave out 农民专业合作社, so
it is checked only when the parts exceed the whole; a declared make-up whose number differs from the parts listed); text tables whose rows nest (其中
rows, headings: the indents that said which rows a total sums are lost in pasted text); a changed
last digit or leading digit (an item may simply be left out); 贸易顺差/逆差 beside 出口/进口; a 其中 list
after a total written with 合计/共计/总计 that adds up to less by more than 2% (published reports use that
wording for lists that name only some items: 共计12319亿元，其中A 1777亿元、B 1755亿元); figures after a
whole with no word and no complete names tying them to it.

Kinds added for issue 7 (totalspath2), on the typed clause model:

- a whole split completely by its parts' names (a group of ``lexicon/indicators.toml``) found in the next
  clauses or sentences, growth rates between (``地区生产总值478.73亿元，增长5.8%。三次产业中，第一产业增加值…；
  第二产业增加值…；第三产业增加值…``, ``进出口总额…。出口…；进口…``), and named 分别 lists complete by such names
  (``市场主体2186户，企业、个体工商户、农民专业合作社分别为…``); not when the part names share a scope of their own
  (``高新区出口…，高新区进口…`` under 全市进出口总额) or a period (``12月份出口…``);
- ``由…构成`` after clauses holding only the whole's rates (``完成9.87亿元，同比增长6.4%，由…和…构成``);
- a distribution over named classes, figures in brackets (``共有企业31家，分布在A（12家）、…和D（4家）四个行业``):
  complete unless closed by 等;
- a 其中 list of ，-items closed by ；(what follows is another statement, not its items);
- tables: a 合计 column after columns of disjoint periods (``一季度 | 二季度 | 合计``).

Kinds added for issue 7 (pathT), on the typed clause model (numbers/breakdown.py):

- items, then a clause pointing back at them by their number with their total and measure (``…冷链仓储项目2.2亿元，
  三个项目总投资13.5亿元``, ``两级资金总额…``, ``四条公路总长…``): the number must equal the items (after the last
  分别/其中/colon; when more figures stand there, those whose clause names the measure); not a scope (``全区总投资``),
  not increments closed by a stock (``两镇共有…`` after ``新增…``);
- a named 分别 list with any verb (``分别到位``, ``分别贡献``; ``分别增长`` gives rates, which are no parts) after a whole
  whose clause holds 合计/共 and the same verb, whatever the names' head noun;
- a division by one criterion: ``按地理位置划分，A、B、C分别为…`` after the whole's clause (the classes share an ending
  with the whole: 城郊村/平原村/山区村 of 行政村), and ``共有…，按性质分为A a、B b、C c；`` (the classes with their
  figures, up to the ；): complete, unless closed by 等; such a complete reading replaces a partial one of the same
  whole;
- a 分别为 list whose last item is closed by 和 no longer counts a later figure (``，比上年多争取d``) as left out;
- ``夏粮`` + ``秋粮`` split a grain harvest completely (``complete_alone`` in lexicon/indicators.toml);
- text tables with a serial-number column (``序号 | 乡镇 | 投入资金``) whose 合计 row leaves that cell blank.

Deliberately not (pathT): a closing count over more figures of the measure than it names (``全县完成投资86亿元，
城东…，城西…，两个片区总投资…``: which two is not said); 共 + a verb closing items without a number
(``…，共新增就业3200人``).

Units are converted (2.25亿元 with 8000万元); different dimensions (亩, 万元, 个) are never added.
Tolerance is the rounding of the figures as written (half a unit of the last digit of each part),
widened for 约, 近, 余, 多, 左右; an open bound (以上, 超过) makes the list not checkable. A mismatch
within twice the rounding is a warning (a rounding slip), a larger one an error.

Tables (.docx, Markdown, and aligned text tables: lines of a label and figures separated by runs of spaces,
opened or closed by a 合计 row): a 合计/总计/共计 row and each 小计 row against the sum of the rows it
closes, column by column (其中/# rows and rows indented under another are not parts); kind ``table-sum``.

Also (lead, seventh session): a figure closing the items before it (``合计33个``) is checked even when it
also opens a division after it (``；按投资规模分：…``); a collective list of a complete split closed by its named
whole after it (``三次产业增加值分别为a、b和c，地区生产总值合计达到d``); the three sectors named without 增加值 after a GDP
figure (``地区生产总值…。三次产业增加值分别为：第一产业a，增长…；第二产业b…；第三产业c…``: lexicon indicators.toml). Not flagged: parts complete only by their names that fall short
of the total by no more than one unit of each rounded figure's last digit (``经营主体4.86万户`` against
``9862 + 3.75万 + 1128``); a 其中 list ends at a ``；`` before a sibling of its total (``服务业增加值`` after
``工业总产值…其中规上工业产值…``; a compound such as 进出口 covers its members).

## Why is this bad?
A total that does not match its parts means one of the figures is wrong, and readers who add up the
parts lose trust in every other number in the report.

## Example
```text
全年完成固定资产投资6.8亿元，其中工业投资4.5亿元，基础设施投资2.7亿元。
园区新增就业岗位：制造业1200个、服务业850个，合计2150个。
```
Flagged: ``6.8亿元`` (4.5 + 2.7 = 7.2亿元 exceeds the whole) and ``2150个`` (1200 + 850 = 2050个).

## Use instead
```text
全年完成固定资产投资7.2亿元，其中工业投资4.5亿元，基础设施投资2.7亿元。
园区新增就业岗位：制造业1200个、服务业850个，合计2050个。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class SumMismatch(NumericRule):
    code = "DC201"
    slug = "sum-mismatch"
    family = "totals"
    default_severity = Severity.ERROR
