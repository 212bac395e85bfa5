"""A number in a drafted section that is neither a fact nor a figure derived from the facts.

## What it does
Drafts only (``draftcheck draft``). Every figure written with Arabic digits in a drafted section
must be one of the facts handed to the section or a figure derived from them in code (growth,
difference, completion rate, share, count, sum), after unit normalisation (16.5亿元 = 165000万元)
and rounding to the precision written (386.5亿元 may be written 387亿元). Years, months, days,
period ranges (1-6月), ordinals and list numbering are not figures.

## Why is this bad?
Language models add plausible figures nobody gave them ("占总投资的78.9%"). A report that states
an invented number is wrong in a way no reader can see.

## Example
```text
# facts: 签约总金额 86.4亿元，到位资金 47.3亿元
新签约项目总金额86.4亿元，到位资金47.3亿元，占签约总额的78.9%。
```
Flagged: ``78.9%`` (not a fact and not derived).

## Use instead
```text
新签约项目总金额86.4亿元，到位资金47.3亿元。
```
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.options import RuleOptions


@dataclass(frozen=True)
class UngroundedNumberOptions(RuleOptions):
    grounded: list[FactText] = field(
        default_factory=list,
        metadata={"description": "the facts and derived figures whose numbers may appear; empty = rule off"},
    )

    @classmethod
    def annotation_types(cls) -> dict[str, Any]:
        from draftcheck.grounding.values import FactText

        return {"FactText": FactText}


class UngroundedNumber(Rule):
    code = "DC601"
    slug = "ungrounded-number"
    family = "draft"
    default_severity = Severity.ERROR
    drafts_only = True
    options_type = UngroundedNumberOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.options.grounded:
            return
        # The grounding models are pydantic models: imported when drafting, never by a plain lint.
        from draftcheck.grounding.values import Grounding, draft_figures

        grounding = Grounding(self.options.grounded)
        for quantity in draft_figures(ctx):
            ends = [quantity]
            if quantity.high is not None:  # a range: both ends must be grounded
                ends.append(replace(quantity, value=quantity.high, decimals=quantity.high_decimals))
            if all(grounding.find(end) is not None for end in ends):
                continue
            written = ctx.text[quantity.start : quantity.end]
            nearest = grounding.nearest(quantity)
            hint = f"；最接近的已知数据是“{nearest.label} {nearest.written}”" if nearest else ""
            yield self.finding(
                ctx,
                quantity.start,
                quantity.end,
                f"“{written}”既不是事实文件中的数，也不是由事实推算出的数{hint}；请删去，或改用事实与推算数据中的数",
                suggestion=nearest.written if nearest else None,
            )
