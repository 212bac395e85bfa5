"""Paragraphs and sentence units of a report, and the normalised form units are compared on
(DC401 within a report, and the archive of past reports).

The normalised form keeps Han characters and letters only: full-width forms are folded
(``text/width.py``), punctuation and whitespace dropped, and digits and blanks (``××``, ``□``,
``__``) masked away, so that a copy with changed figures, or a template copy whose figures were
deleted, normalises to the same string as its original.

Paragraphs are the non-empty lines of the text, numbered from 1 (the title line included). A unit
is a sentence (up to 。！？；) of a paragraph with at least ``MIN_UNIT`` normalised characters;
shorter sentences (各项工作有序推进。) are not units: joined to a neighbour they would make its copies
look different wherever the neighbour is new.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftcheck.text.width import fold_width

MIN_UNIT = 10
SENTENCE_END = re.compile(r"[。！？!?；;][。！？!?；;]*[”’」』）)]*")  # (X X*, not X+: led by a class, skipped to)
# Everything but letters (Han included), then blanks (XX/××/□/○) and underscores.
_NOT_LETTER = re.compile(r"[\W\d_]+")
_BLANKS = re.compile(r"[xX]{2,}|[×□○〇＿_]+")
# Both in one pass (the blanks first: a run of x is a letter run to _NOT_LETTER): removes the same
# characters as _BLANKS then _NOT_LETTER.
_NOT_LETTER_OR_BLANK = re.compile(f"{_BLANKS.pattern}|{_NOT_LETTER.pattern}")
_NOT_LETTER_OR_BLANK_CHAR = re.compile(r"[\W\d_×□○〇＿]+")
_SENTENCE_END_SPLIT = re.compile(f"({SENTENCE_END.pattern})")


def normalise(text: str) -> str:
    """The comparison form of ``text``: Han characters and letters, no digits, blanks or punctuation."""
    return _normalise_folded(fold_width(text))


def _normalise_folded(folded: str) -> str:
    if "x" in folded or "X" in folded:
        return _NOT_LETTER_OR_BLANK.sub("", folded).lower()
    return _NOT_LETTER_OR_BLANK_CHAR.sub("", folded).lower()  # no XX blank: one class, scanned faster


@dataclass(frozen=True)
class Unit:
    """A sentence (or a few short ones) of paragraph ``paragraph`` at ``start .. end`` of the text."""

    paragraph: int
    start: int
    end: int
    normalised: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty line; the list index + 1 is the paragraph number."""
    spans: list[tuple[int, int]] = []
    position = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if body.strip():
            spans.append((position, position + len(body)))
        position += len(line)
    return spans


def split_units(text: str, folded: str | None = None) -> list[Unit]:
    """Every unit of ``text`` with at least ``MIN_UNIT`` normalised characters, in text order; pass
    ``folded`` (``fold_width(text)``, e.g. ``CheckContext.folded``) when it is at hand."""
    units: list[Unit] = []
    if folded is None:
        folded = fold_width(text)  # one character for one: offsets stay valid
    for number, (start, end) in enumerate(paragraphs(text), 1):
        # The folded paragraph falls into body, sentence end, body, ..., body (SENTENCE_END matches the
        # same places in the folded text: its classes hold both widths). A sentence is a body and its
        # end, and normalises as its body alone (a sentence end is punctuation only).
        parts = _SENTENCE_END_SPLIT.split(folded[start:end])
        position = start
        for body, stop in zip(parts[0::2], parts[1::2]):
            normalised = _normalise_folded(body)
            following = position + len(body) + len(stop)
            if len(normalised) >= MIN_UNIT:
                units.append(Unit(number, position, following, normalised))
            position = following
        if position < end:
            normalised = _normalise_folded(parts[-1])
            if len(normalised) >= MIN_UNIT:
                units.append(Unit(number, position, end, normalised))
    return units
