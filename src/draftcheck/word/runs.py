"""Find the runs that hold a stretch of a paragraph's text, splitting runs at its ends without changing the
text or its formatting (the split parts keep the run's ``w:rPr``).

Offsets are those of ``draftcheck.document.word.paragraph_text``: the walk below counts exactly what it
counts (``w:t``, ``w:tab``, text-wrapping ``w:br``, ``w:cr``, ``w:noBreakHyphen``; deleted revisions, text
boxes and fallbacks left out), so offset N here is character N of the loaded paragraph.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from draftcheck.document.word import _SKIPPED_IN_PARAGRAPH, _W

R, T, RPR = f"{_W}r", f"{_W}t", f"{_W}rPr"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def child_length(child) -> int:
    """How many characters one child of a run contributes to the paragraph text."""
    tag = child.tag
    if tag == T:
        return len(child.text or "")
    if tag in (f"{_W}tab", f"{_W}cr", f"{_W}noBreakHyphen"):
        return 1
    if tag == f"{_W}br":
        return 1 if child.get(f"{_W}type") in (None, "textWrapping") else 0
    return 0


def run_length(run) -> int:
    return sum(child_length(child) for child in run)


@dataclass
class PlacedRun:
    element: object
    start: int
    end: int


def placed_runs(paragraph) -> list[PlacedRun]:
    """Every ``w:r`` of the paragraph's visible text in order, with its offsets."""
    placed: list[PlacedRun] = []
    offset = 0

    def walk(element) -> None:
        nonlocal offset
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_IN_PARAGRAPH:
                continue
            if tag == R:
                length = run_length(child)
                placed.append(PlacedRun(child, offset, offset + length))
                offset += length
            else:
                walk(child)

    walk(paragraph)
    return placed


def _preserve(t) -> None:
    t.set(XML_SPACE, "preserve")


def split_run(run, at: int):
    """Split ``run`` so that its first ``at`` characters move into a new run placed just before it, with the
    same formatting (``w:rPr`` copied); returns the new run. A ``w:t`` cut in two keeps its spaces."""
    before = copy.deepcopy(run)
    for child in list(before):
        if child.tag != RPR:
            before.remove(child)
    position = 0
    for child in [c for c in run if c.tag != RPR]:
        length = child_length(child)
        if position + length <= at and not (length == 0 and position == at):
            run.remove(child)
            before.append(child)
        elif position < at:  # only a w:t can straddle the cut
            head = copy.deepcopy(child)
            head.text = child.text[: at - position]
            child.text = child.text[at - position :]
            _preserve(head)
            _preserve(child)
            before.append(head)
        else:
            break
        position += length
    run.addprevious(before)
    return before


def isolate(paragraph, start: int, end: int) -> list:
    """The runs holding exactly ``text[start:end]`` of the paragraph (runs split at both ends as needed), in
    order; empty when the range is empty."""
    for cut in (start, end):
        for placed in placed_runs(paragraph):
            if placed.start < cut < placed.end:
                split_run(placed.element, cut - placed.start)
                break
    return [p.element for p in placed_runs(paragraph) if start <= p.start and p.end <= end and p.end > p.start]


def runs_text(runs) -> str:
    """The visible text of some runs, as ``paragraph_text`` would count it."""
    from draftcheck.document.word import paragraph_text

    return "".join(paragraph_text(run) for run in runs)
