"""Template or masked placeholders left in the text: xx.xx亿元, **00万元, 党的XX大, ○○.

## What it does
Flags runs of placeholder characters that stand for a number, date or name: Latin ``x``/``X`` runs
next to digits, units or date words (``xx.xx亿元``, ``20XX年``, ``党的XX大``), asterisk runs (``**00万元``,
``**县``), and runs of ``×``/``○``/``□``/``某某``-style masks (``××乳业``).

## Why is this bad?
A placeholder means a figure or a name was never filled in. Submitted as is, the report tells the
reader that nobody finished it.

## Example
```text
完成固定资产投资xx.xx亿元，同比增长xx%。
```
Flagged: ``xx.xx亿元`` and ``xx%``.

## Use instead
```text
完成固定资产投资12.36亿元，同比增长8.5%。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

_UNIT_OR_DATE = r"(?:万亿|亿|万|千)?(?:元|美元|%|％|年|月|日|号|个|家|项|人|名|亩|吨|大|届|次|期|届|县|市|区|省|镇|乡|村)"
_PATTERNS = (
    # x-runs standing for digits: xx.xx亿元, 20XX年, XX%, 党的XX大
    re.compile(rf"(?<![A-Za-z])(?:\d*[xX]{{1,6}}(?:[.．][xX\d]{{1,4}})?\d*)(?={_UNIT_OR_DATE})"),
    # asterisk masks: **00万元, **县, 杜**, 【**】
    re.compile(r"[*＊]{2,}(?:\d+)?"),
    # typographic masks: ××乳业, ○○公司, □□
    re.compile(r"[×✕○〇□■△]{2,}"),
)


class Placeholder(Rule):
    code = "DC102"
    slug = "placeholder"
    family = "blanks"
    default_severity = Severity.ERROR

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.folded
        for pattern in _PATTERNS:
            for m in pattern.finditer(text):
                if m.group(0) in ("〇〇",) and _is_year_digit(text, m.start()):
                    continue
                yield self.finding(
                    ctx,
                    m.start(),
                    m.end(),
                    f"占位符“{ctx.text[m.start():m.end()]}”未替换为实际内容；请填写真实的数字、日期或名称",
                )


def _is_year_digit(text: str, start: int) -> bool:
    """二〇〇八年: 〇 used as the digit zero in a year, not a mask."""
    return start > 0 and text[start - 1] in "一二三四五六七八九〇零"
