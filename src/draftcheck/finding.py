"""The one Finding type that every rule produces and every output format renders.

Spans are 0-based code-point offsets into the document text as loaded (BOM excluded, nothing else
normalised away). Line and column are computed only when rendering (see ``draftcheck.text.positions``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Literal



class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 2, "warning": 1, "info": 0}[self.value]


# Plain dataclasses, not pydantic models: findings are made by the thousand inside the checking core,
# never parsed from user input, and building pydantic models cost every lint process ~0.1 s of start-up.
@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span {self.start}-{self.end}")

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True, slots=True)
class RelatedSpan:
    """Another place in the document that explains a finding (a part of a total, the first copy...)."""

    label: str
    span: Span
    quote: str


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[span.start:span.end]`` with ``content`` (empty content deletes)."""

    span: Span
    content: str


@dataclass(slots=True)
class Fix:
    """A structured correction, as in ruff: ``safe`` fixes may be applied without a person (``lint --fix``,
    ``f`` in review); ``unsafe`` ones (every arithmetic correction) only ever by a person."""

    applicability: Literal["safe", "unsafe"]
    edits: list[Edit]

    def replacement_text(self) -> str:
        text = "".join(edit.content for edit in self.edits)
        return text if text else "（删除）"


@dataclass(slots=True)
class Finding:
    code: str
    rule: str
    severity: Severity
    message: str
    span: Span
    quote: str
    related: list[RelatedSpan] = field(default_factory=list)
    suggestion: str | None = None
    fingerprint: str = ""
    fix: Fix | None = None

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.code)


def issue_dict(finding: Finding, position: Callable[[int], tuple[int, int]]) -> dict:
    """A finding in the shape of ``lint --format json``; ``position`` maps an offset to its 1-based
    (line, column) in code points (``LineIndex.line_col``), so this layer needs no text utilities."""
    line, column = position(finding.span.start)
    end_line, end_column = position(finding.span.end)
    return {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "span": {"start": finding.span.start, "end": finding.span.end},
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "quote": finding.quote,
        "related": [
            {
                "label": r.label,
                "span": {"start": r.span.start, "end": r.span.end},
                "line": position(r.span.start)[0],
                "column": position(r.span.start)[1],
                "quote": r.quote,
            }
            for r in finding.related
        ],
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    } | ({"fix": fix_dict(finding.fix, position)} if finding.fix is not None else {})


def fix_dict(fix: Fix, position: Callable[[int], tuple[int, int]]) -> dict:
    """``{"applicability": "safe"|"unsafe", "edits": [{"span", "line", "column", "end_line", "end_column", "content"}]}``."""
    edits = []
    for edit in fix.edits:
        line, column = position(edit.span.start)
        end_line, end_column = position(edit.span.end)
        edits.append({
            "span": {"start": edit.span.start, "end": edit.span.end},
            "line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "content": edit.content,
        })
    return {"applicability": fix.applicability, "edits": edits}


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
