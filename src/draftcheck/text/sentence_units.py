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
_X_BLANK = re.compile(r"[xX][xX]")
_SENTENCE_END_SPLIT = re.compile(f"({SENTENCE_END.pattern})")


def normalise(text: str) -> str:
    """The comparison form of ``text``: Han characters and letters, no digits, blanks or punctuation."""
    return _normalise_folded(fold_width(text))


def _normalise_folded(folded: str) -> str:
    if ("x" in folded or "X" in folded) and _X_BLANK.search(folded):
        return _NOT_LETTER_OR_BLANK.sub("", folded).lower()
    # No XX blank: _NOT_LETTER_OR_BLANK's first branch never matches and the others remove the characters of one
    # class, scanned faster.
    return _NOT_LETTER_OR_BLANK_CHAR.sub("", folded).lower()


def normalises_by_characters(folded: str) -> bool:
    """Whether the normalised form of every sentence of ``folded`` depends only on which characters the sentence
    holds, not on their order: so with no ``XX`` blank (a run of x is a blank only when the x stand together) and no
    capital sigma (lowered by its neighbours). Then two sentences holding the same characters in another order
    normalise to strings of the same length and the same characters."""
    return "\u03a3" not in folded and not (("x" in folded or "X" in folded) and _X_BLANK.search(folded))


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
    if folded is None:
        folded = fold_width(text)  # one character for one: offsets stay valid
    sentences: list[tuple[int, int, int]] = []
    bodies: list[str] = []
    for number, (start, end) in enumerate(paragraphs(text), 1):
        # The folded paragraph falls into body, sentence end, body, ..., body (SENTENCE_END matches the
        # same places in the folded text: its classes hold both widths). A sentence is a body and its
        # end, and normalises as its body alone (a sentence end is punctuation only).
        parts = _SENTENCE_END_SPLIT.split(folded[start:end])
        position = start
        for body, stop in zip(parts[0::2], parts[1::2]):
            following = position + len(body) + len(stop)
            sentences.append((number, position, following))
            bodies.append(body)
            position = following
        if position < end:
            sentences.append((number, position, end))
            bodies.append(parts[-1])
    units = []
    new = object.__new__
    for (number, start, end), normalised in zip(sentences, _normalise_all(folded, bodies)):
        if len(normalised) >= MIN_UNIT:
            # (``Unit(number, start, end, normalised)`` without the frozen dataclass's object.__setattr__ per field,
            # item by item: cheaper than update())
            unit = new(Unit)
            state = unit.__dict__
            state["paragraph"] = number
            state["start"] = start
            state["end"] = end
            state["normalised"] = normalised
            units.append(unit)
    return units


# The bodies of all sentences are normalised in one pass over them joined by a letter that normalising keeps (so no
# run of removed characters or of blank x spans two bodies) and that a text almost never holds; a text holding it, or
# a character str.lower lowers by its neighbours (final sigma) or into two (İ), takes the body-by-body path.
_BODY_SEPARATOR = "\ua66e"  # ꙮ, an uncased letter
_PER_BODY = (_BODY_SEPARATOR, "\u03a3", "\u0130")


def _normalise_all(folded: str, bodies: list[str]) -> list[str]:
    """``[_normalise_folded(body) for body in bodies]``, the bodies being pieces of ``folded``."""
    if len(bodies) > 1 and not any(char in folded for char in _PER_BODY):
        normalised = _normalise_folded(_BODY_SEPARATOR.join(bodies)).split(_BODY_SEPARATOR)
        if len(normalised) == len(bodies):
            return normalised
    return [_normalise_folded(body) for body in bodies]
