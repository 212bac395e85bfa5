"""Applying findings' structured fixes to a text: safe ones only unless asked, never two that overlap,
never one whose span no longer holds the text it was made for."""

from __future__ import annotations

import difflib
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.finding import Finding


@dataclass
class FixOutcome:
    text: str
    applied: list[Finding] = field(default_factory=list)
    skipped: list[tuple[Finding, str]] = field(default_factory=list)  # (finding, why, in Chinese)


def apply_fixes(text: str, findings: list[Finding], *, unsafe: bool = False) -> FixOutcome:
    """``text`` with the fixes of ``findings`` applied (``unsafe`` too when asked), edits taken in document order.

    A fix is skipped, with the reason, when the text at its finding's span is no longer the quote (the file
    changed under it) or when one of its edits overlaps an edit already taken.
    """
    taken: list[tuple[int, int, str]] = []
    outcome = FixOutcome(text)
    candidates = [f for f in findings if f.fix is not None and (unsafe or f.fix.applicability == "safe")]
    for finding in sorted(candidates, key=Finding.sort_key):
        if text[finding.span.start : finding.span.end] != finding.quote:
            outcome.skipped.append((finding, f"原文“{finding.quote}”已不在原位置（文件已改动），未修正"))
            continue
        edits = sorted((e.span.start, e.span.end, e.content) for e in finding.fix.edits)
        if any(start < end2 and start2 < end or start == start2 for start, end, _ in edits for start2, end2, _ in taken):
            outcome.skipped.append((finding, f"“{finding.quote}”的修正与另一处修正重叠，未修正"))
            continue
        taken += edits
        outcome.applied.append(finding)
    pieces, cursor = [], 0
    for start, end, content in sorted(taken):
        pieces += [text[cursor:start], content]
        cursor = end
    pieces.append(text[cursor:])
    outcome.text = "".join(pieces)
    return outcome


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's text before and after fixing (empty when nothing changed)."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{path}", tofile=f"b/{path}"
    )
    return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


def write_text_file(path: str | os.PathLike, text: str, encoding: str | None) -> None:
    """Write ``text`` back in the file's own encoding (its BOM kept), atomically."""
    target = Path(path)
    data = text.encode(encoding or "utf-8")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, target.stat().st_mode & 0o7777 if target.exists() else 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def describe(finding: Finding) -> str:
    """``“7044.76万元元” → “7044.76万元”`` for messages."""
    return f"“{finding.quote}” → “{finding.fix.replacement_text()}”" if finding.fix is not None else f"“{finding.quote}”"
