"""Suppression as a pure post-filter over findings: nothing here changes what rules see or find.

Two sources, both keyed by text rather than by line numbers, so they survive edits:

- inline directives (meant for Markdown, honoured in any text):
  ``<!-- draftcheck: ignore[DC201] -->`` on its own line silences the next paragraph,
  at the end of a line it silences that line; ``<!-- draftcheck: ignore -->`` silences every rule;
  ``<!-- draftcheck: ignore-file[DC102] -->`` (or without brackets) silences the whole document;
- quote suppressions from the configuration (``ignore-quotes``): a finding whose span lies inside an
  occurrence of the configured text is dropped, for every rule or only the rules listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from draftcheck.finding import Finding
from draftcheck.rules import selectors as rule_selectors

_DIRECTIVE = re.compile(r"<!--\s*draftcheck:\s*(?P<kind>ignore-file|ignore)\s*(?:\[(?P<rules>[^\]]*)\])?\s*-->")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000\r]*\n")


@dataclass(frozen=True)
class QuoteSuppression:
    """Drop findings inside any occurrence of ``quote``; ``codes`` None means every rule."""

    quote: str
    codes: frozenset[str] | None = None


@dataclass(frozen=True)
class SuppressedRegion:
    start: int
    end: int
    selectors: tuple[str, ...]  # empty: every rule

    def covers(self, finding: Finding) -> bool:
        if not self.start <= finding.span.start < self.end:
            return False
        return not self.selectors or rule_selectors.matches(self.selectors, finding.code, finding.rule)


def inline_regions(text: str) -> list[SuppressedRegion]:
    """The stretches of ``text`` that inline ``draftcheck:`` directives silence."""
    regions: list[SuppressedRegion] = []
    if "draftcheck:" not in text:
        return regions
    for match in _DIRECTIVE.finditer(text):
        selectors = tuple(rule_selectors.split_selectors([match.group("rules") or ""]))
        if match.group("kind") == "ignore-file":
            regions.append(SuppressedRegion(0, len(text), selectors))
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start : match.start()].strip():
            # A trailing directive silences its own line.
            regions.append(SuppressedRegion(line_start, line_end, selectors))
            continue
        body_start = match.end()
        while body_start < len(text) and text[body_start].isspace():
            body_start += 1
        brk = _PARAGRAPH_BREAK.search(text, body_start)
        regions.append(SuppressedRegion(match.end(), brk.start() if brk else len(text), selectors))
    return regions


def _occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    found, index = [], text.find(quote)
    while index >= 0:
        found.append((index, index + len(quote)))
        index = text.find(quote, index + 1)
    return found


def apply_suppressions(
    text: str,
    findings: Sequence[Finding],
    quote_suppressions: Iterable[QuoteSuppression] = (),
) -> tuple[list[Finding], list[Finding]]:
    """Split ``findings`` into (kept, suppressed). Pure: same input, same output."""
    regions = inline_regions(text)
    quoted = [(s, _occurrences(text, s.quote)) for s in quote_suppressions]
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for finding in findings:
        start, end = finding.span.start, finding.span.end
        silenced = any(region.covers(finding) for region in regions) or any(
            (s.codes is None or finding.code in s.codes) and any(a <= start and end <= b for a, b in spans)
            for s, spans in quoted
        )
        (suppressed if silenced else kept).append(finding)
    return kept, suppressed
