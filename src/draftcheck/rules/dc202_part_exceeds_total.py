"""A part is larger than the whole it belongs to: 项目22个，其中亿元以上项目25个.

## What it does
Flags a part listed under a total (其中…, 分别为…, a list before 合计, a breakdown opened by 分行业看/按…分,
a part named again and broken down: ``其中企业12436户；在企业中，私营企业13285户``, a 其中 row of a table,
also of a table pasted as text with tabs or spaces) whose value exceeds the total,
after converting units (8000万元 against 0.75亿元) and allowing for the rounding of both figures as
written. Thresholds that name a class (``其中亿元以上项目``, ``5000万元以上项目``) are not parts; only
the figure of the class is (``25个``). Parts of a different dimension (亩 under 万元) are ignored.

Also (issue 7, numeric7): 占用 is a verb, not a share (``批准建设用地1947亩，其中占用耕地2668亩``); a whole
named again with its 总额/总量 (``其中出口120.18亿元。出口总额中，机电产品…出口148.96亿元`` takes the 出口
figure, not 进出口总额); a line opening with 其中 continues the line above (``农户总数　1735户⏎其中：脱贫户
1894户``). Also (numeric9): a part in brackets right after its whole (``共计860万元（A 920万元、…）``) and parts named
before 分别 in the clause after the whole, when that clause's head noun is the whole's
(``争取资金9787万元，中央、省、市三级资金分别为…``; not ``新建11家重点实验室，国家级、省级创新平台分别达到22家、182家``).
Also (totalsmodel): a 其中 opening the next sentence belongs to the figure of the sentence before whose name
the part repeats (``在校学生4.12万人，专任教师3268人。其中，义务教育阶段在校学生4.31万人``: the students, not the
nearer teachers); a part written as the aggregate of a narrower name (``进出口总额186.5亿元，其中出口总额196.3亿元``);
classes of nested 以上 thresholds on both sides of a ；(``60岁及以上人口19.7万人…；65岁及以上人口21.3万人``).
A 其中 list of items joined by 、 ends at the next ；(``其中小麦…、玉米…；油料…，蔬菜…``: siblings, not parts).
Also (totalspath2): an item after ；named like the list's first item rather than like the whole is still a
part (``一般公共预算支出18.27亿元，其中：科技支出…；城乡社区支出21.06亿元``); a part in a larger unit than its
whole whose number would fit under it is a slip in the unit, however far larger (``财政总收入8640万元，其中税收
收入7.25亿元``); a 其中 column of a table (``总数 | 其中：达标``), row by row.
Not checked: a part of another period or measure under a whole (累计 / 当年, 岗位 / 人); a part several times
its whole in the same unit (another referent).

Also (lead, seventh session): of several parts over their whole, the first after 其中 is reported,
not the largest (later figures may name another referent: ``造林绿化1.25万亩，其中人工造林1.52万亩，…森林抚育2.6万亩``).

## Why is this bad?
No part can be larger than its whole: one of the two figures is wrong (often a stale total, or a
part copied from another year or another indicator).

## Example
```text
全年签约项目22个，其中亿元以上项目25个。
总投资0.75亿元，其中一期工程8000万元。
```
Flagged: ``25个`` and ``8000万元``.

## Use instead
```text
全年签约项目28个，其中亿元以上项目25个。
总投资1.75亿元，其中一期工程8000万元。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class PartExceedsTotal(NumericRule):
    code = "DC202"
    slug = "part-exceeds-total"
    family = "totals"
    default_severity = Severity.ERROR
