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
- 其中 lists opened by a breakdown heading instead (``全区共有规上工业企业156家。按行业分：…；其他行业25家``,
  ``，分行业看，``, ``从结构看，``) or by a heading that names a part just stated (``其中企业12436户；在企业中，…``,
  ``新开工项目81个；新开工项目中，…``);
- 其中 lists below their whole whose sum differs from it as a mistyped figure does (one digit, or two adjacent
  digits exchanged: 10.75 against 3.85 + 6.72 = 10.57; the whole with three non-zero digits and four digits,
  three with decimals; parts that are parallel categories, not activities such as 盘活存量土地): a warning;
- a cumulative total split year by year (``累计完成投资384.9亿元，逐年分别为…``, also 各年/每年/依次分别为).

Paragraphs come from the shared segmentation (``ctx.segmentation``).

Deliberately not checked: 其中 lists of categories that may overlap or leave items out (高校毕业生 /
返乡创业人员; 第二 + 第三产业 without the first; 城镇新增就业 + 农村劳动力转移就业, two measures; 城市 +
特困人员; a group of the lexicon that a larger group holds with more names, since a split is complete only
when every named part of the set is there: 企业 + 个体工商户 of 市场主体 may leave out 农民专业合作社, so
it is checked only when the parts exceed the whole; a declared make-up whose number differs from the parts listed); totals laid out as lines of a
table pasted into text without 合计 words (税收收入　41268 / 总　　计　54803).

Units are converted (2.25亿元 with 8000万元); different dimensions (亩, 万元, 个) are never added.
Tolerance is the rounding of the figures as written (half a unit of the last digit of each part),
widened for 约, 近, 余, 多, 左右; an open bound (以上, 超过) makes the list not checkable. A mismatch
within twice the rounding is a warning (a rounding slip), a larger one an error.

Tables (.docx, Markdown, and aligned text tables: lines of a label and figures separated by runs of spaces,
opened or closed by a 合计 row): a 合计/总计/共计 row and each 小计 row against the sum of the rows it
closes, column by column (其中/# rows and rows indented under another are not parts); kind ``table-sum``.

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
