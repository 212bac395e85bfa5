"""A fact the drafted section was asked to cover does not appear in it.

## What it does
Drafts only (``draftcheck draft``). Each section is asked to state certain facts (every indicator's
value and rate, every project's name and investment, the titles of the work items ...). When one of
them is not in the draft, neither as the figure (after unit normalisation and rounding) nor as
the name, it is flagged where the fact's subject (``anchor``, e.g. the indicator's name) is
mentioned, or else at the first sentence.

## Why is this bad?
A section that drops a figure it was given silently loses information: the reader cannot tell
that 到位资金 was reported at all.

## Example
```text
# required: 规模以上工业总产值 386.5亿元
规模以上工业总产值同比增长13.0%。
```
Flagged: ``规模以上工业总产值`` (386.5亿元 is missing).

## Use instead
```text
规模以上工业总产值386.5亿元，同比增长13.0%。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, Field, model_validator

from draftcheck.draft.grounding import draft_figures, ground_values
from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

_SPACE = re.compile(r"\s+")


class RequiredFact(BaseModel):
    """A fact the section must state: a figure (``value: 386.5亿元``) or a phrase (``text: 项目名``)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    value: str | None = None
    text: str | None = None
    anchor: str | None = None  # where to point when missing (the indicator's name); default: the label

    @model_validator(mode="after")
    def _one_of(self) -> "RequiredFact":
        if (self.value is None) == (self.text is None):
            raise ValueError("a required fact has exactly one of value or text")
        return self


class MissingFactOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    required: list[RequiredFact] = Field(default_factory=list)


class MissingFact(Rule):
    code = "DC602"
    slug = "missing-fact"
    family = "draft"
    default_severity = Severity.ERROR
    drafts_only = True
    Options = MissingFactOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        if not self.options.required:
            return
        figures = draft_figures(ctx.text)
        compact = _SPACE.sub("", ctx.folded)
        # Missing facts that point at the same place become one finding listing them all.
        missing: dict[tuple[int, int], list[RequiredFact]] = {}
        for fact in self.options.required:
            if fact.value is not None:
                wanted = ground_values(fact.label, fact.value)
                if not wanted or any(wanted[0].matches(q) for q in figures):
                    continue
            elif _SPACE.sub("", fact.text) in compact:
                continue
            missing.setdefault(self._anchor(ctx, fact.anchor or fact.label), []).append(fact)
        for (start, end), facts in missing.items():
            listed = "".join(f"“{f.label} {f.value}”" if f.value is not None else f"“{f.text}”" for f in facts)
            yield self.finding(
                ctx,
                start,
                end,
                f"本节应写明{listed}，但正文中没有；请按事实原样写入",
                suggestion="；".join(f.value or f.text for f in facts),
            )

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
