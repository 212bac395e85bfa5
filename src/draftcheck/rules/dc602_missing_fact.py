"""A fact the drafted section was asked to cover does not appear in it.

## What it does
Drafts only (``draftcheck draft``). Each paragraph is asked to state certain facts (every indicator's
value and rate, every project's name and investment, the titles of the work items, every problem and
plan ...). Each one missing is one finding: a figure that is not in the draft (after unit normalisation
and rounding), a name that is not written, or a text fact (a problem, a plan, a work item's content)
whose key phrases are mostly absent — stated in substance, not verbatim, is enough. The finding points
where the fact's subject (``anchor``, e.g. the indicator's name) is mentioned, or else at the first
sentence.

## Why is this bad?
A section that drops a figure it was given silently loses information: the reader cannot tell
that 到位资金 was reported at all.

## Example
```text
# required: 规模以上工业总产值 386.5亿元; problem: 高新技术企业数量偏少，创新投入不足
规模以上工业总产值同比增长13.0%。工作中还存在一些困难和问题。
```
Flagged twice: ``规模以上工业总产值`` (386.5亿元 is missing) and the first sentence (the problem is
not stated: none of 高新技术企业、创新投入 appears).

## Use instead
```text
规模以上工业总产值386.5亿元，同比增长13.0%。
```
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.options import RuleOptions

__all__ = ["MissingFact"]


@dataclass(frozen=True)
class MissingFactOptions(RuleOptions):
    required: list[RequiredFact] = field(default_factory=list)

    @classmethod
    def annotation_types(cls) -> dict[str, Any]:
        from draftcheck.grounding.required import RequiredFact

        return {"RequiredFact": RequiredFact}


class MissingFact(Rule):
    code = "DC602"
    slug = "missing-fact"
    family = "draft"
    default_severity = Severity.ERROR
    drafts_only = True
    options_type = MissingFactOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.options.required:
            return
        # The grounding models are pydantic models: imported when drafting, never by a plain lint.
        from draftcheck.grounding.required import gist_coverage, states_gist, states_text
        from draftcheck.grounding.values import draft_figures, ground_values

        figures = draft_figures(ctx)
        for fact in self.options.required:  # each missing fact is its own finding
            if fact.value is not None:
                wanted = ground_values(fact.label, fact.value)
                if not wanted or any(wanted[0].matches(q) for q in figures):
                    continue
                message = f"本段应写明“{fact.label} {fact.value}”，但正文中没有；请按事实原样写入"
            elif fact.text is not None:
                if states_text(fact.text, ctx.folded):
                    continue
                message = f"本段应写明“{fact.text}”（{fact.label}），但正文中没有；请写入"
            else:
                coverage = gist_coverage(fact.gist, ctx.folded)
                if states_gist(fact.gist, ctx.folded):
                    continue
                message = (
                    f"本段应写到{fact.label}“{fact.gist}”，但正文只含其要点的 {coverage:.0%}"
                    "（至少一半）；请写入这一条的实质内容"
                )
            start, end = self._anchor(ctx, fact.anchor or fact.label)
            yield self.finding(ctx, start, end, message, suggestion=fact.shown)

    @staticmethod
    def _anchor(ctx: CheckContext, label: str) -> tuple[int, int]:
        at = ctx.text.find(label) if label else -1
        if at >= 0:
            return at, at + len(label)
        sentences = ctx.sentences
        if sentences:
            first = sentences[0]
            stripped = first.text.rstrip("。！？；;\n\r ")
            return first.start, first.start + max(1, len(stripped))
        return 0, len(ctx.text)
