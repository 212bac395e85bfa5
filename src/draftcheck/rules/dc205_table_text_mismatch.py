"""A figure in the prose disagrees with the table's figure for the same indicator and period.

## What it does
Ties a figure in the text to a row of a table in the same document (a .docx table or a Markdown
pipe table) when the row's indicator name stands immediately before the figure, and compares them:

- a growth rate with the table's growth column: ``规上工业增加值增长8.2%`` in the text, 7.9 in the
  ``同比增长(%)`` column;
- an amount with the table's value column after unit conversion: ``固定资产投资完成5.6亿元`` in the
  text, 56000 in a ``（万元）`` column.

Binding is conservative: the name must start its clause (or follow only a scope word such as 全区,
上半年, 1-6月), the clause must not name another period (上年, 目标, a year the table does not show),
and the table must give exactly one value and one growth column and one row for the indicator.
Figures agree when the intervals they were rounded from overlap (7.86 in the table, 7.9% in the text).
Every tie ends consistent, inconsistent or not checkable (``--statistics``, kind ``table-text``).

## Why is this bad?
Tables are updated from spreadsheets and the prose by hand, or the other way round; a report that
gives two figures for one indicator is wrong in one place, and readers cannot tell which.

## Example
```text
| 指标 | 1-6月 | 同比增长(%) |
| --- | --- | --- |
| 规上工业增加值（亿元） | 120.5 | 7.9 |

上半年，规上工业增加值增长8.2%。
```
Flagged: ``8.2%`` (the table gives 7.9%).

## Use instead
```text
| 指标 | 1-6月 | 同比增长(%) |
| --- | --- | --- |
| 规上工业增加值（亿元） | 120.5 | 7.9 |

上半年，规上工业增加值增长7.9%。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class TableTextMismatch(NumericRule):
    code = "DC205"
    slug = "table-text-mismatch"
    family = "totals"
    default_severity = Severity.ERROR
