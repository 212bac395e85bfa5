"""A unit or percent sign whose number is missing: 投资亿元, 同比增长%, 个在建重点项目, 引进人才名.

## What it does
Flags a unit (亿元, 万元, 万美元, %, 个, 名, 米 ...) that stands where the sentence needs a number but
has none before it: ``实现工业销售收入亿元``, ``占年任务%``, ``同比增长%``, ``目前，个在建重点项目``.
Idioms that carry no number by design are not flagged: 亿元以上项目, 超亿元项目, 百亿元级产业集群,
千万元级, 每万元.

## Why is this bad?
The figure was deleted or never filled in; the sentence now states an amount without the amount.

## Example
```text
实现工业销售收入亿元，占年任务%，同比增长%。
```
Flagged: ``收入亿元``, ``任务%``, ``增长%``.

## Use instead
```text
实现工业销售收入32.5亿元，占年任务81.3%，同比增长12.4%。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

# Words after which a figure must follow (verbs of achieving and measure nouns).
_SLOT = (
    r"(?:增长|下降|增加|减少|提高|降低|回落|占(?:年|全年)?(?:度)?(?:任务|目标|计划|比重|比)?|完成|实现|达到?|投资|收入|"
    r"资金|内资|外资|出口额?|进口额?|产值|税收|利润|销售额?|营业额|总额|共计|合计|累计|总计|到位|已完成|可完成|"
    r"拟投资|总投资|全长|面积|引进人才|招录员工|生产|共有|有)"
)
_MONEY = r"(?:万亿|亿|万|千)?(?:元|美元)|%|％"
_BLANK = re.compile(rf"(?P<slot>{_SLOT})(?P<unit>{_MONEY})(?!以上|以下|级|左右)")


class BlankAmount(Rule):
    code = "DC101"
    slug = "blank-amount"
    family = "blanks"
    default_severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for m in _BLANK.finditer(ctx.folded):
            start = m.start("slot")
            yield self.finding(
                ctx,
                start,
                m.end("unit"),
                f"“{ctx.text[start:m.end('unit')]}”缺少数字：“{m.group('unit')}”前应有具体数值；请补上数字",
            )
