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
- shares with a stated whole: ``分别占全区的38.2%、27.5%和16.1%，合计占81.8%``.

The tolerance is the rounding of the terms as written (half a unit of each last digit); beyond it
by no more than that again the finding is a warning (a rounding slip), otherwise an error.

Tables: a share column (占比, 比重) over the rows of a 合计 row against that row's share or 100%;
kind ``table-share-sum``.

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
