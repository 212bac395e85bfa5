"""Find passages that occur twice — in one text or across two — in linear time.

Texts are compared on their *content*: Han characters, letters and digits, with whitespace and
punctuation dropped and full-width forms folded (so ``回顾、分析,并`` matches ``回顾，分析，并``).
Each position of the content starts a k-character shingle; the first position of every shingle is
kept in a dict, and a later position whose shingle was seen starts a run that is extended
character by character. Runs separated by a small edit (a changed, added or dropped character)
are merged into one near-duplicate passage. No pair of sentences is ever compared, so a 50,000
character document takes a few milliseconds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from draftcheck.text.width import fold_width

SHINGLE = 8
# Two runs are one near-duplicate passage when the gap between them (in both copies) is this small.
_MAX_GAP = 6
_MAX_GAP_SKEW = 3
_MAX_BACKWARD = 64
# Content characters: letters (Han included) and digits, and the percent signs that belong to figures.
# (``_`` is a word character to the regex engine but no content: content_of turns it into a space first,
# so that one negated class, scanned quickly, splits off the rest.)
_NOT_CONTENT_SPLIT = re.compile(r"([^\w%‰][^\w%‰]*)")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Content:
    """The content characters of a text and, for each, its offset in the original text."""

    chars: str
    offsets: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of content characters ``start .. end`` (exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def content_of(text: str, folded: str | None = None) -> Content:
    """The content of ``text``; pass ``folded`` (``fold_width(text)``, e.g. ``CheckContext.folded``)
    when it is at hand, to fold the text only once."""
    folded = _lower_keeping_length(fold_width(text) if folded is None else folded)
    # Content characters are all but the runs _NOT_CONTENT_SPLIT finds: split on those runs, the text falls into
    # content, gap, content, ..., content, and part i spans bounds[i] .. bounds[i + 1]. Every step
    # iterates in C; the offsets of the content are kept per run (``RunOffsets``), not per character.
    parts = _NOT_CONTENT_SPLIT.split(folded.replace("_", " "))
    runs = parts[0::2]
    bounds = list(accumulate(map(len, parts), initial=0))
    content_starts = list(accumulate(map(len, runs), initial=0))
    return Content("".join(runs), RunOffsets(content_starts[:-1], bounds[0::2], content_starts[-1]))


def _lower_keeping_length(text: str) -> str:
    """``text.lower()`` with one character for each character: a few letters lower to two ("İ" to "i̇"),
    which would shift every offset after them, so those keep their case."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(low := char.lower()) != 1 else low for char in text)


class RunOffsets(Sequence[int]):
    """The original offset of every content character, kept per run of consecutive content characters
    (run r holds content ``content_starts[r] ..`` at ``original_starts[r] ..``): a few lookups per
    finding need it, so nothing is spent on the characters no finding touches."""

    __slots__ = ("_content_starts", "_original_starts", "_length")

    def __init__(self, content_starts: list[int], original_starts: list[int], length: int) -> None:
        self._content_starts = content_starts
        self._original_starts = original_starts
        self._length = length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("content offset out of range")
        run = bisect_right(self._content_starts, index) - 1
        return self._original_starts[run] + index - self._content_starts[run]


@dataclass(frozen=True)
class Repeat:
    """Content ``later .. later+length`` repeats content ``earlier .. earlier+earlier_length``.

    ``matched`` counts the characters that are identical in both copies (all of them for a
    verbatim repeat, fewer for a near-duplicate).
    """

    earlier: int
    earlier_length: int
    later: int
    length: int
    matched: int
    # Every difference between the copies is in figures (12个 / 13个): two statements, not a copy.
    figures_only: bool = False

    @property
    def similarity(self) -> float:
        return self.matched / max(self.length, self.earlier_length)


def _runs(target: str, source: str | None, index: dict[str, int]) -> list[tuple[int, int, int]]:
    """Verbatim runs (target_start, source_start, length) of at least ``SHINGLE`` characters.

    With ``source`` None the target is compared with itself, earlier copy first, never overlapping.
    """
    runs: list[tuple[int, int, int]] = []
    same = source is None
    other = target if same else source
    n = len(target)
    last = n - SHINGLE
    seen, known = index.setdefault, index.get
    i = 0
    while i <= last:
        # Skip to the next position whose shingle was seen before: one dict operation a position (in
        # a text compared with itself, setdefault records a new shingle's first position and returns
        # it, and every position recorded is below i, so j == i means new).
        if same:
            for i in range(i, last + 1):  # (a for over a range: fewer steps a position than a while)
                j = seen(target[i : i + SHINGLE], i)
                if j != i and j + SHINGLE <= i:
                    break
            else:
                break
        else:
            while i <= last:
                j = known(target[i : i + SHINGLE])
                if j is not None:
                    break
                i += 1
            else:
                break
        length = SHINGLE
        limit = (i - j) if same else len(other) - j
        while i + length < n and length < limit and target[i + length] == other[j + length]:
            length += 1
        # The dict holds only the first position of each shingle, so the run may have been found
        # late (its start matched another, earlier passage): extend it backwards, and drop or cut
        # the runs it now covers.
        back = 0
        while (
            back < _MAX_BACKWARD
            and i - back > 0
            and j - back > 0
            and target[i - back - 1] == other[j - back - 1]
            and (not same or j - back - 1 + length + back < i - back)
        ):
            back += 1
        if back:
            i, j, length = i - back, j - back, length + back
            while runs and runs[-1][0] >= i:
                runs.pop()
            if runs and runs[-1][0] + runs[-1][2] > i:
                start, source_start, _ = runs.pop()
                if i - start >= SHINGLE:
                    runs.append((start, source_start, i - start))
        runs.append((i, j, length))
        if same:
            for p in range(i + 1, i + length - SHINGLE + 1):
                index.setdefault(target[p : p + SHINGLE], p)
        i += length
    return runs


def _merge(runs: list[tuple[int, int, int]], target: str, source: str) -> list[Repeat]:
    repeats: list[Repeat] = []
    for i, j, length in runs:
        if repeats:
            last = repeats[-1]
            gap_later = i - (last.later + last.length)
            gap_earlier = j - (last.earlier + last.earlier_length)
            if 0 <= gap_later <= _MAX_GAP and -1 <= gap_earlier <= _MAX_GAP and abs(gap_later - gap_earlier) <= _MAX_GAP_SKEW:
                later_gap = target[last.later + last.length : i]
                earlier_end = last.earlier + last.earlier_length
                earlier_gap = source[earlier_end:j]
                overlap = source[j:earlier_end]  # the earlier copy is one character shorter here
                differs = later_gap != earlier_gap or bool(overlap)
                figure_difference = (
                    _DIGITS.sub("", later_gap) == _DIGITS.sub("", earlier_gap) and not _DIGITS.sub("", overlap)
                )
                repeats[-1] = Repeat(
                    earlier=last.earlier,
                    earlier_length=j + length - last.earlier,
                    later=last.later,
                    length=i + length - last.later,
                    matched=last.matched + length,
                    figures_only=(last.figures_only or last.matched == last.length)
                    and figure_difference
                    and (last.figures_only or differs),
                )
                continue
        repeats.append(Repeat(earlier=j, earlier_length=length, later=i, length=length, matched=length))
    return repeats


def repeats_within(content: str) -> list[Repeat]:
    """Passages of ``content`` that repeat an earlier passage of the same content."""
    return _merge(_runs(content, None, {}), content, content)


def shingle_index(content: str) -> dict[str, int]:
    """First position of every shingle of ``content``, for comparing other texts against it."""
    index: dict[str, int] = {}
    for p in range(len(content) - SHINGLE + 1):
        index.setdefault(content[p : p + SHINGLE], p)
    return index


def repeats_from(content: str, source: str, index: dict[str, int] | None = None) -> list[Repeat]:
    """Passages of ``content`` copied from ``source`` (``earlier`` offsets are into ``source``)."""
    return _merge(_runs(content, source, index if index is not None else shingle_index(source)), content, source)
