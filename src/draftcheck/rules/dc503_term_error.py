"""A fixed official formulation written wrongly: 科学进展观, 平安生产, 十七会议, 防腐拒变.

## What it does
Flags wrong forms of fixed official formulations (固定提法) from a curated table
(``draftcheck.rules.term_table``): 科学进展观 (科学发展观), 平安生产 (安全生产), 平安第一 (安全第一),
十七会议 (十七大), 入党乐观分子 (入党积极分子), 防腐拒变 (拒腐防变), 中国特点社会主义, 供应侧改革,
“五位一体”战略布局 (总体布局), and the political slogans with a garbled word: 两学一作 (两学一做),
两个维持 (两个维护), “两个确定” (两个确立), “四个认识” (四个意识), 三实三严, 三会一科, 不忘初衷、牢记使命,
管放服, “六稳”“六包”, 中央八条规定, 供给侧结构改革 … The suggestion carries the right form.

Only wrong forms that are never right are listed: 平安建设, 平安中国, 平安单位, 平安县 are correct and
never flagged; general synonyms (进展思路, 根底设施) are not official formulations and are left alone.

Fix: every entry has one right form, so the replacement is safe (``lint --fix``), except where a
quotation mark is part of the wrong or right form (it may pair with one outside the span): unsafe.

## Why is this bad?
Fixed formulations are checked word for word by every reviewer of an official document; a wrong
one reads as carelessness or, worse, as a political error. Such forms typically come from text that
was copied from a template site and run through a synonym replacer.

## Example
```text
坚持科学进展观，把平安生产列入重要议事日程，以十七会议精神为指导。
```
Flagged: ``科学进展观``, ``平安生产``, ``十七会议``.

## Use instead
```text
坚持科学发展观，把安全生产列入重要议事日程，以十七大精神为指导。
```
"""

from __future__ import annotations

from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.term_table import find_term_errors

# A wrong form or right form with quotation marks may pair with marks outside the span: never replaced blindly.
_QUOTES = set("“”‘’\"'「」『』")


class TermError(Rule):
    code = "DC503"
    slug = "term-error"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        seen: set[tuple[int, int]] = set()
        for start, end, right, why in sorted(find_term_errors(ctx.folded)):
            if any(s <= start < e for s, e in seen):
                continue  # a shorter entry inside a longer one already flagged
            seen.add((start, end))
            wrong = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"固定提法有误：“{wrong}”应为“{right}”（{why}）",
                suggestion=right,
                fix=self.replacement(start, end, right, "unsafe" if _QUOTES.intersection(wrong + right) else "safe"),
            )
