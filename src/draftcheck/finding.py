"""The one Finding type that every rule produces and every output format renders.

Spans are 0-based code-point offsets into the document text as loaded (BOM excluded, nothing else
normalised away). Line and column are computed only when rendering (see ``draftcheck.text.positions``).
"""

from __future__ import annotations

import hashlib
import re
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class Span(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __len__(self) -> int:
        return self.end - self.start


class RelatedSpan(BaseModel):
    """Another place in the document that explains a finding (a part of a total, the first copy...)."""

    label: str
    span: Span
    quote: str


class Edit(BaseModel):
    """Replace ``text[span.start:span.end]`` with ``content`` (empty content deletes)."""

    model_config = ConfigDict(frozen=True)

    span: Span
    content: str


class Fix(BaseModel):
    """A structured correction, as in ruff: ``safe`` fixes may be applied without a person (``lint --fix``,
    ``f`` in review); ``unsafe`` ones (every arithmetic correction) only ever by a person."""

    applicability: Literal["safe", "unsafe"]
    edits: list[Edit]

    def replacement_text(self) -> str:
        text = "".join(edit.content for edit in self.edits)
        return text if text else "（删除）"


class Finding(BaseModel):
    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    quote: str
    related: list[RelatedSpan] = Field(default_factory=list)
    suggestion: str | None = None
    fingerprint: str = ""
    fix: Fix | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.code)


_SPACE = re.compile(r"\s+")
CONTEXT_CHARS = 8


def _normalise(fragment: str) -> str:
    return _SPACE.sub("", fragment)


def assign_fingerprints(text: str, findings: list[Finding]) -> None:
    """Give every finding a fingerprint that survives edits elsewhere in the document.

    The fingerprint hashes the rule code, the flagged quote and a few characters of context on
    each side (whitespace removed), never a line number or offset. Findings whose key collides
    (the same text flagged twice by the same rule) are told apart by their order of occurrence.
    """
    seen: dict[str, int] = {}
    for finding in sorted(findings, key=Finding.sort_key):
        start, end = finding.span.start, finding.span.end
        before = _normalise(text[max(0, start - CONTEXT_CHARS * 2) : start])[-CONTEXT_CHARS:]
        after = _normalise(text[end : end + CONTEXT_CHARS * 2])[:CONTEXT_CHARS]
        key = "\x1f".join((finding.code, before, _normalise(finding.quote), after))
        occurrence = seen.get(key, 0)
        seen[key] = occurrence + 1
        digest = hashlib.sha256(f"{key}\x1f{occurrence}".encode("utf-8")).hexdigest()
        finding.fingerprint = digest[:16]
