"""A figure written about an indicator, project or item it does not belong to.

## What it does
Drafts only (``draftcheck draft``). Each figure is bound to the subject named just before it in the
same sentence segment (an indicator, a project, a part of a total: the names the facts file gives). It
is flagged when that subject has figures of the same kind (amounts, rates, counts) and the figure is
none of them but belongs to another subject, or when it is the subject's own rate with the direction
reversed (增长 for a decline). DC601 asks whether a number exists anywhere in the facts; this rule asks
whether it is in its place.

## Why is this bad?
A small model copies the right digits into the wrong sentence: 48.0% is a fact (another indicator's
completion rate), so no check on existence sees it, yet the report now says investment grew by half
when it fell.

## Example
```text
# facts: 固定资产投资 45.6亿元，下降6.5%；规模以上工业增加值 完成年度目标的48.0%
固定资产投资45.6亿元，增长48.0%。
```
Flagged: ``48.0%`` (固定资产投资's rate is 下降6.5%; 48.0% belongs to 规模以上工业增加值).

## Use instead
```text
固定资产投资45.6亿元，下降6.5%。
```
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.options import RuleOptions


@dataclass(frozen=True)
class MisattributedFigureOptions(RuleOptions):
    subjects: list[SubjectFacts] = field(
        default_factory=list,
        metadata={"description": "the subjects named in the facts and their figures; empty = rule off"},
    )

    @classmethod
    def annotation_types(cls) -> dict[str, Any]:
        from draftcheck.grounding.subject_binding import SubjectFacts

        return {"SubjectFacts": SubjectFacts}


class MisattributedFigure(Rule):
    code = "DC603"
    slug = "misattributed-figure"
    family = "draft"
    default_severity = Severity.ERROR
    drafts_only = True
    options_type = MisattributedFigureOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.options.subjects:
            return
        # The grounding models are pydantic models: imported when drafting, never by a plain lint.
        from draftcheck.grounding.subject_binding import SubjectBinder, direction_before
        from draftcheck.grounding.values import draft_figures

        binder = SubjectBinder(self.options.subjects)
        text = ctx.text
        for binding in binder.bind(text, draft_figures(ctx), ctx.segmentation):
            q, subject = binding.quantity, binding.subject
            own = binder.same_kind(subject, q)
            if not own:
                continue  # the subject has no figure of this kind: nothing to compare with
            written = text[q.start : q.end]
            matching = [v for v in own if v.value.matches(q)]
            if matching:
                said_falling = direction_before(text, q.start)
                if said_falling is None or any(v.falling == said_falling for v in matching):
                    continue
                truth = "下降" if matching[0].falling else "增长"
                yield self.finding(
                    ctx, q.start, q.end,
                    f"“{subject}”的“{written}”方向写反了：事实为{truth}{matching[0].value.written}；请改为“{truth}{written}”",
                    suggestion=f"{truth}{written}",
                )
                continue
            elsewhere = [(name, v) for name, v in binder.owners(q) if name != subject]
            if not elsewhere:
                continue  # not a fact of any subject: DC601's business
            # Every owner, not the first found: 13亿元 may be one indicator's target and another's difference.
            labels: dict[str, str] = {}
            for name, v in elsewhere:
                if labels.get(name, name) == name:
                    labels[name] = v.value.label
            owners = "、".join(f"“{name}”" + (f"（{label}）" if label != name else "") for name, label in labels.items())
            right = "、".join(dict.fromkeys(("下降" if v.falling else "") + v.value.written for v in own))
            yield self.finding(
                ctx, q.start, q.end,
                f"“{written}”写在“{subject}”之后，但它是{owners}的数；"
                f"事实中“{subject}”的数为 {right}；请改用“{subject}”自己的数",
                suggestion=right,
            )
