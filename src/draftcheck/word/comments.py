"""One Word comment (批注) per finding, anchored on exactly the flagged characters (runs split as needed)."""

from __future__ import annotations

from docx.text.run import Run

from draftcheck.document.model import Document
from draftcheck.finding import Finding
from draftcheck.word.runs import isolate


def comment_text(finding: Finding) -> str:
    text = f"{finding.code} {finding.rule}：{finding.message}"
    if finding.suggestion:
        text += f"　建议：{finding.suggestion}"
    return " ".join(text.split())


def flagged_runs(paragraphs: list, doc: Document, start: int, end: int) -> list:
    """The runs holding ``doc.text[start:end]``, across paragraphs if the span crosses them (split as needed)."""
    runs: list = []
    for block in doc.blocks:
        if block.end < start or block.start >= end:
            continue
        low, high = max(start, block.start) - block.start, min(end, block.end) - block.start
        if high > low:
            runs += isolate(paragraphs[block.paragraph_index], low, high)
    return runs


def add_comment(word, paragraphs: list, doc: Document, finding: Finding, author: str, initials: str) -> bool:
    """Anchor a comment on the finding's characters; False when they are held by no run (nothing to anchor on)."""
    runs = flagged_runs(paragraphs, doc, finding.span.start, finding.span.end)
    if not runs:
        return False
    word.add_comment([Run(runs[0], None), Run(runs[-1], None)], text=comment_text(finding), author=author, initials=initials)
    return True
