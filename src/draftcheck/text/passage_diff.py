"""Confirm a candidate copy on the original text and say what changed: figures, blanks, wording.

Both passages are cut into tokens — a number with its decimals (``12.6``, ``95%``), a blank
(``××``, ``□``, ``__``), or one letter or Han character; punctuation and whitespace are not tokens
— and aligned with difflib's SequenceMatcher (each token one character of a string). An edit whose tokens on both sides are numbers or
blanks is a figure change (``12.6亿元 → 14.1亿元``, ``12.6亿元 → 空缺`` for a template copy);
anything else is a change of wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from draftcheck.text.width import fold_width

_FIGURE_OR_BLANK = re.compile(r"(?P<number>\d+(?:[.,]\d+)*%?)|(?P<blank>x{2,}|[×□○＿_]+)")
_NOT_LETTER = re.compile(r"[\W\d_]+")
# The unit written after a figure, shown with it (12.6亿元, 95%, 2024年).
_UNIT = re.compile(
    r"\s?(?:个百分点|(?:万亿|亿|千万|百万|万|千)?(?:美元|元|吨|千瓦时|千瓦|平方米|平方公里|公里|米|亩|人次|人|户|个|家|项|座|所|辆|件|台|套|条|倍|次)"
    r"|万亿|亿|万|年|月|日|天|‰)?"
)
BLANK_SHOWN = "空缺"


@dataclass(frozen=True)
class FigureChange:
    before: str  # in the earlier passage (the archived one); BLANK_SHOWN when it had no figure there
    after: str  # in the later passage (the report under check)
    blank: bool = False  # one side has no figure, or a blank (××, □) in its place


@dataclass(frozen=True)
class Comparison:
    similarity: float  # identical content characters / characters of the longer passage, figures included
    figure_changes: tuple[FigureChange, ...]
    wording_changed: bool


class _Figure(NamedTuple):
    key: str
    blank: bool
    start: int
    end: int


class _Encoded(NamedTuple):
    chars: str  # letters as they are, each figure or blank as one private-use character
    figures: dict[int, _Figure]  # position in ``chars`` -> the figure there


def _encode(text: str, codes: dict[str, str]) -> _Encoded:
    """Letters kept, punctuation and whitespace dropped, each figure or blank one character (a
    private-use code point per distinct token), so difflib compares plain strings."""
    folded = fold_width(text).lower()
    parts: list[str] = []
    figures: dict[int, _Figure] = {}
    length = position = 0
    for match in _FIGURE_OR_BLANK.finditer(folded):
        letters = _NOT_LETTER.sub("", folded[position : match.start()])
        parts.append(letters)
        length += len(letters)
        key = match.group()
        figures[length] = _Figure(key, match.lastgroup == "blank", match.start(), match.end())
        parts.append(codes.setdefault(key, chr(0xE000 + len(codes))))
        length += 1
        position = match.end()
    parts.append(_NOT_LETTER.sub("", folded[position:]))
    return _Encoded("".join(parts), figures)


def _with_unit(text: str, figures: list[_Figure]) -> str:
    if not figures:
        return BLANK_SHOWN
    start, end = figures[0].start, figures[-1].end
    if not figures[-1].blank:
        unit = _UNIT.match(text, end)
        end = unit.end() if unit else end
    return re.sub(r"\s+", "", text[start:end])


def _weight(encoded: _Encoded, start: int, end: int) -> int:
    """Characters of ``chars[start:end]`` counting each figure by its length."""
    return end - start + sum(len(f.key) - 1 for i, f in encoded.figures.items() if start <= i < end)


def compare(later: str, earlier: str) -> Comparison:
    """How ``later`` (the report under check) differs from ``earlier`` (the archive's passage)."""
    codes: dict[str, str] = {}
    a, b = _encode(later, codes), _encode(earlier, codes)
    matcher = SequenceMatcher(None, a.chars, b.chars, autojunk=False)
    same = 0
    changes: list[FigureChange] = []
    wording = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same += _weight(a, i1, i2)
            continue
        ours = [a.figures.get(i) for i in range(i1, i2)]
        theirs = [b.figures.get(j) for j in range(j1, j2)]
        if None in ours or None in theirs:
            wording = True
            continue
        pairs = [([o], [t]) for o, t in zip(ours, theirs)] if len(ours) == len(theirs) else [(ours, theirs)]
        for o, t in pairs:
            blank = not o or not t or any(f.blank for f in o + t)
            change = FigureChange(_with_unit(earlier, t), _with_unit(later, o), blank)
            if change.before != change.after and change not in changes:
                changes.append(change)
    longer = max(_weight(a, 0, len(a.chars)), _weight(b, 0, len(b.chars)), 1)
    return Comparison(same / longer, tuple(changes), wording)
