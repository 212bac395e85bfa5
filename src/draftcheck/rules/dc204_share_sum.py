"""Percentages that split one whole do not add up to 100% (or to the stated whole).

## What it does
Adds up the percentages that divide one whole and compares them with 100% or with the whole the
sentence states:

- the categories of one poll or appraisal: ``满意85.2%，基本满意12.1%，不满意2.7%`` (also 优秀/良好/
  合格/不合格, 称职/基本称职/不称职, 好/较好/一般/差, 深/较深/一般/浅). Three or more categories are
  needed; a sum above 100% is always flagged, a sum below 100% only when the list reaches the bottom
  category (不满意, 不合格 ...), so that no category can be missing. 满意度 is a score, not a share;
  a list of 满意率 is checked only when it reaches 不满意率 (满意率 alone may include 基本满意);
- a structure written as a ratio: ``三次产业结构调整为8.3∶41.4∶50.3`` (比例, 比重, 占比, 构成), when
  its terms add up to roughly a hundred; also a second structure a few words after the first
  (``由上年的7.9∶42.6∶49.5调整为7.5∶41.2∶52.7``: both are checked), a year between them allowed;
- shares with a stated whole: ``分别占全区的38.2%、27.5%和16.1%，合计占81.8%``;
- labelled splits of one whole (``欧盟占34.2%、东盟占27.5%、其他市场占12.9%``) that are complete: closed by
  其他/其余 (also across a comma: ``其余为社会资本，占27.9%``), a complete set (三次产业, 大型/中型/小型/微型),
  brackets of one scale from bottom to top (``0—14岁…15—59岁…60岁及以上``, ``大专及以上…高中…初中及以下``;
  an item opening with 其中 after them is a sub-group, not a further bracket), or the bottom of a survey
  scale; a list introduced as a structure (结构/构成/来源/按…分/从…看) may not exceed 100%;
- names before 分别占/占比分别为 that make the list complete: 三次产业, a list closed by 其他 (a scope word such as
  全县 before it is ignored; names are split at 、 first, so 社会保障和就业 stays one name), or names announced
  with their number (``分为满意、基本满意、不满意三类，占比分别为…``);
- shares of a share: ``民营经济增加值占地区生产总值的62.3%，其中第二产业…占地区生产总值的38.1%，第三产业…占
  地区生产总值的26.5%``: the sub-shares of the same whole may not add up to more than their share.

- subtotals: an item closing with 合计/共占/两者/二者 adds up the items before it (``增值税占45.2%，企业所得税占18.6%，
  两大主体税种合计占63.8%``): checked against their sum, never added as a further part; when its label counts
  the parts (两大, 三项) a sum below it is flagged too;
- further complete sets: 一季度…四季度, 上半年/下半年, 重工业/轻工业, 煤炭/石油/天然气/非化石能源 (or 一次电力);
  a complete set may carry the whole's name before its first item (``全年接待游客量一季度占…``).

Once two or more shares reach 100% within their rounding, a further share belongs to another whole
(``男性占51.2%，女性占48.8%；60周岁及以上人口占22.4%``), across a comma or a semicolon, unless it opens with
其他/其余.

Statements come from the shared segmentation (``ctx.segmentation.statements()``: sentences joined up to
a full stop, bracket-aware); full-width digits and ％ are read like ASCII ones.

Shares may be written in any of the notations of ``numbers/share_notation.py``: ``38.5%``, ``３８．５％``,
``百分之三十八点五``, tenths (``市内游客占五成，省内占三成，省外占三成``: 110%); an item may be written
``占W比重为``, ``占比降至``, ``（占比46.2%）`` in brackets after its label, with the part's own figure
(``男性171人，占54.5%``), or as a closing ``其余20.1%投向…``; a closer may end a longer label (``水电、储能等
其他电源``); a change remark between items (``比上年下降3.1个百分点``) and a 其中 sub-item do not end a run.
Three or more shares after 其中 or after a heading ``…中，`` of any length may not exceed 100%. A
percentage column of an aligned text table (``欧盟  28.6`` lines) whose 合计 row reads 100 is a split too.
A scope before the first label (``全县低保对象中60岁以上的占…``, ``接待的游客中本地游客占…``) and a period word
(全年, 今年) before a 分别占 list are not the name of another whole; parts announced with their number
(``资金由三部分构成：中央资金占45%、省级资金占30%、县级配套占20%``) must add up to 100%; market shares of one
set (``新车上牌量中，新能源汽车份额…，燃油车份额…``) may not exceed it; as many shares after 其中 as a counted
parent names (``前五大行业合计占…的63.2%，其中`` five shares) make up that parent; the four sources of income
(工资性/经营净/财产净/转移净) are a complete set.

More forms of one split (numeric10): a scope before the first bracket of a range scale (``全镇常住人口中0—14岁
占…``); ``分别占`` after three or more distinct names with no whole or a named whole that is more than a scope
(``内资、外资、自筹资金分别占63.3%、7.7%和31.0%``: above 100% is wrong), quoted names (``“满意”“基本满意”
“不满意”分别占…``: complete when the scale reaches its bottom), a 合计 share stated just before its parts
(``三项…合计占…的84.9%，三项分别占…``); ``分别为/依次为`` only when the names are complete (ranges, sets) and no
rate or period words precede them; ``…之比为10.75∶42.39∶48.66`` for 三次产业 or terms with decimals; bare label
lists, read on the typed clause model (``ctx.clause_model``: each share a plain rate or Role.SHARE), after a
structure heading (``空气质量等级构成：优38.7%、良54.8%…``, ``从学历结构看，本科及以上为…``, ``按投向划分为四块：
先进制造业（46.5%）…和基础设施（16.9%）``; ``按年龄分，`` only with complete labels); fractions after a share
word (``约占三分之二…其余五分之一``); complementary pairs (税收收入/非税收入, 城镇/乡村, 内资/外资; not market
shares and not shares of a scope such as 全省); items of one head noun are not cut at 100% (``本地游客…周边游客…
省外游客``) unless a semicolon parts them; a 其中 item inside a complete set is set aside (``第二产业…，其中工业…；
第三产业…``); proportions one sum is divided in (``按省、市、县60%、30%、20%的比例分担``; not ``分别按…的比例缴纳``).
A table's share-column finding spans the column from its first part to the total, where the wrong cell is.

More forms (sharesmodel): a set named in the clause before the first item (``规划用地布局方面，园区核心区规划用地中，
工业用地占52%…``: above 100% is wrong, unless the labels are overlapping attributes such as 女性/60岁以上/党员);
a counted set as the scope (``四类诉求中咨询类占…`` with four items, ``5种出行方式中``: complete); complete sets in
any order (第二产业、第一产业、第三产业) and 内资/港澳台/外资; bare figures under a unit heading (``能源消费结构（%）：
煤炭 56.8；石油 14.2；…；合计 100.0``, ``（单位：%）``), against the 合计 written when it is about a hundred, else
against 100% when the labels are complete. The readers of poll categories, ``分别占/占比分别为`` and proportions
(``60%、30%、10%的比例分担``) take their shares from the typed clause model in any notation (38.5%, 百分之三十,
三成, 三分之一); there a share in tenths stands for its rounding (六成 = 55%–65%).

More forms (sharesmodel2 / sharespath2), every reader now on the clause model (ShareView is gone): a title line of its
own naming a structure (``县域医疗卫生机构门诊量构成情况``, ``用工结构（%）``) over a line of items parted by spaces
(``县级医院　42.7%　乡镇卫生院　33.5%…``, bare figures under a title with （%）); names counted right after their list
under a structure heading (``从资金来源看，中央、省、市县三级资金分别占46%、22%和27%``: complete, unless 其余/其他
follows the list); sub-shares whose names make up the name of the share before 其中 (``优良天数比例为89.3%，其中
优级天数占41.2%、良级天数占46.1%``: 优 + 良 = 优良; not when they add up to 100%, shares of the part itself); a
sentence of nothing but labelled shares of the same head noun going on with the split of the sentence before
(``城镇人口占58.2%。乡村人口占44.6%。``; not a part of the item before, 国有工业的合同制职工, nor a year in the
name); a set heading (``参保人员中，``) over overlapping attributes (女性, 60岁以上) is no split.

More forms (shareY): a structure written as bare shares after its keyword (``三次产业结构调整为6.8%、43.5%、51.7%``,
``一二三产业比重为…``, a second one after ``由上年的…调整为``; terms adding up to 90–110, no comma and no rate word such as
贡献率/增长 between the keyword and the list); ``分别占`` opening its clause, its names ending the clause before
(``资金全部来源于中央、省级和市县三级财政，分别占…``); an unlabelled ``分别占`` list ends at a clause naming its own
figure (``…和29.6%，资金到位率100%``), and the rest named after it closes it (``分别占45.2%、38.1%，其余为农业，占16.7%``:
complete; not after shares of a scope such as 全省); the share column of a table pasted as lines with single spaces
(``资金来源 占比（%）`` over ``中央补助 40.8`` …, or ``占国土总面积比重`` under a title with （单位：%）), against its 合计
row when it reads about a hundred, else against 100% (below it only with complete labels; 其中 rows set aside; a table
with a total row read by numbers/relations/tables.py is left to it); complete sets 内资/港澳台/外商 and the levels of
government (中央/省/市县, 中央/省级/市级/县级: a complete prefix short of 100% under a structure heading goes on with
one more source, 社会资本); a counted heading naming more parts than listed (由四部分构成，其中…) leaves the set open;
overlapping classes (高技术制造业, 战略性新兴产业, 数字经济) under a structure heading are no split; a sum divided by
use, each share before its use (``项目资金的45%用于基础设施，35%用于产业发展，其余20%用于民生保障``: above 100% is
wrong, below only when the rest closes the list; not across a second whole, ``全市的55%用于…``); ``占比分别是`` like
``占比分别为``.

Deliberately not checked: shares of a parent share broken down without 其中 (``第三产业占58.2%。分行业看，…``:
of GDP or of the sector?); lists below 100% of names that are not known to be complete (民间、国有、外商投资);
shares in tenths in labelled splits (A占三成、B占五成…) are read as the whole percentages (七成 = 70%); open lists without a closer, a complete set or a structure heading (全市水田、旱地、园地分别占…: other land may
be missing); shares of different wholes (占全市的…、占全省的…); brackets open at one end only; names whose
announced number differs from the shares listed; a share table written as lines without 占/% and without a unit
heading (构成如下：行业　46.2 …); two market shares with no set heading (新能源汽车销量占比…，燃油车销量占比…);
a sentence of shares going on with a remark after its item (乡村人口占41.8%，比上年提高…).

The tolerance is the rounding of the terms as written (half a unit of each last digit; with four or more
terms a sum above the whole is allowed the half units of all but the narrowest term, since every term would
have to sit exactly on a half and round up: 64% + 21% + 12% + 5% = 102% is flagged; below the whole the full
rounding stays, as writers also cut decimals); beyond it
by no more than that again the finding is a warning (a rounding slip), otherwise an error.

Tables: a share column (占比, 比重) over the rows of a 合计 row against that row's share or 100%;
kind ``table-share-sum``.

More forms (pathR): names listed before the whole they share (``一产、二产、三产增加值占地区生产总值的比重分别为…``,
``A、B、C占比分别为…``; a whole that is only a scope, ``占全市的比重``, keeps them apart); a structure heading whose
bracket names the whole (``出口市场结构（占园区出口额比重）：东盟 26.7%；…；其他市场 8.1%``); a survey scale reaching
退步/倒退; the parts after 其中 that are every class of the range the share is named by (``Ⅰ—Ⅲ类…占比87.5%，其中Ⅰ类…、
Ⅱ类…、Ⅲ类…``); counted parts linked by 为 alone (``三大主导产业合计占…，其中食品加工为24.6%、…``). Not read: a table
whose percent unit is in the title and whose share column is headed by another line; 其中 parts of a whole that is not
a share (``清运生活垃圾208吨，其中焚烧发电47.6%、…``: the list may leave treatments out).

Also (lead, seventh session): not flagged, shares whose labels belong to different classifications of
the whole (``民间投资`` by ownership, ``工业投资`` by sector, ``技改投资`` by kind of work: families of
``lexicon/categories.toml``) unless the list is closed or a complete set; the rest added up (``其他各类支出合计占…``) is
one more part, not a subtotal of the parts before it.

More forms (shareW, issue 7): shares that open their clauses, the part named after them, in any notation
(``受访群众中，62%表示满意，30%表示基本满意，10%表示不满意``, ``四成为村干部，五成为网格员，其余两成为志愿者``,
``园区内约六成企业…，三成企业…，其余一成企业…``), checked only when the last names the rest or the bottom of a scale
and no clause before the list holds a share (answers of several choices, ``65%认为融资难，48%认为用工贵``, are left
alone); the rest named by its share in tenths (``水田占四成，旱地占五成，其余三成为园地``); a label with a bracketed list
of its own (``其他各类主体（国有、集体、外资企业等）占1.9%``); names running over a scale before ``分别占``
(``0—14岁、15—59岁、60岁及以上人口``, ``优、良、轻度污染、中度及以上污染的天数``); a cost borne by counted parties
(``省、市、县、乡镇四级共担…分别承担45%、30%、15%和20%``; not ``分别承担道路、桥梁、管网投资的…``, one whole each);
a share column whose labels hold figures (``0—14岁  14.8`` … ``合计  100.0``; not a column of years, a series).

## Why is this bad?
Shares of one whole that do not add up mean a category was dropped, a figure mistyped, or a share
copied from another year; readers notice at once.

## Example
```text
群众满意度测评中，满意票占86.5%，基本满意票占11.2%，不满意票占3.1%。
全区三次产业结构调整为8.3∶41.4∶51.3。
```
Flagged: ``满意票占86.5%，基本满意票占11.2%，不满意票占3.1%`` (sums to 100.8%) and
``8.3∶41.4∶51.3`` (sums to 101.0).

## Use instead
```text
群众满意度测评中，满意票占85.7%，基本满意票占11.2%，不满意票占3.1%。
全区三次产业结构调整为8.3∶41.4∶50.3。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class ShareSum(NumericRule):
    code = "DC204"
    slug = "share-sum"
    family = "totals"
    default_severity = Severity.WARNING
