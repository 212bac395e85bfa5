"""Confirm a candidate copy on the original text and say what changed: figures, blanks, wording.

Both passages are cut into tokens — a number with its decimals (``12.6``, ``95%``), a blank
(``××``, ``□``, ``__``), or one letter or Han character; punctuation and whitespace are not tokens
— and aligned with difflib's SequenceMatcher. An edit whose tokens on both sides are numbers or
blanks is a figure change (``12.6亿元 → 14.1亿元``, ``12.6亿元 → 空缺`` for a template copy);
anything else is a change of wording.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from draftcheck.text.width import fold_width

_TOKEN = re.compile(r"(?P<number>\d+(?:[.,]\d+)*%?)|(?P<blank>x{2,}|[×□○＿_]+)|(?P<char>[^\W\d_])")
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


@dataclass(frozen=True)
class _Token:
    key: str
    kind: str
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    folded = fold_width(text).lower()
    return [_Token(m.group(), m.lastgroup or "char", m.start(), m.end()) for m in _TOKEN.finditer(folded)]


def _with_unit(text: str, tokens: list[_Token]) -> str:
    if not tokens:
        return BLANK_SHOWN
    start, end = tokens[0].start, tokens[-1].end
    if tokens[-1].kind == "number":
        unit = _UNIT.match(text, end)
        end = unit.end() if unit else end
    return re.sub(r"\s+", "", text[start:end])


def compare(later: str, earlier: str) -> Comparison:
    """How ``later`` (the report under check) differs from ``earlier`` (the archive's passage)."""
    a, b = _tokens(later), _tokens(earlier)
    matcher = SequenceMatcher(None, [t.key for t in a], [t.key for t in b], autojunk=False)
    same = 0
    changes: list[FigureChange] = []
    wording = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same += sum(len(t.key) for t in a[i1:i2])
            continue
        ours, theirs = a[i1:i2], b[j1:j2]
        if all(t.kind != "char" for t in ours + theirs):
            if len(ours) == len(theirs):
                pairs = [([o], [t]) for o, t in zip(ours, theirs)]
            else:
                pairs = [(ours, theirs)]
            for o, t in pairs:
                blank = not o or not t or any(x.kind == "blank" for x in o + t)
                change = FigureChange(_with_unit(earlier, t), _with_unit(later, o), blank)
                if change.before != change.after and change not in changes:
                    changes.append(change)
        else:
            wording = True
    longer = max(sum(len(t.key) for t in a), sum(len(t.key) for t in b), 1)
    return Comparison(same / longer, tuple(changes), wording)
