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

from dataclasses import dataclass

from draftcheck.text.width import fold_width

SHINGLE = 8
# Two runs are one near-duplicate passage when the gap between them (in both copies) is this small.
_MAX_GAP = 6
_MAX_GAP_SKEW = 3


@dataclass(frozen=True)
class Content:
    """The content characters of a text and, for each, its offset in the original text."""

    chars: str
    offsets: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of content characters ``start .. end`` (exclusive)."""
        return self.offsets[start], self.offsets[end - 1] + 1


def content_of(text: str) -> Content:
    folded = fold_width(text).lower()
    keep = [(c, i) for i, c in enumerate(folded) if c.isalnum() or c in "%‰"]
    return Content("".join(c for c, _ in keep), [i for _, i in keep])


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
    i = 0
    while i + SHINGLE <= n:
        key = target[i : i + SHINGLE]
        j = index.get(key)
        if same:
            if j is None:
                index[key] = i
        if j is None or (same and j + SHINGLE > i):
            i += 1
            continue
        length = SHINGLE
        limit = (i - j) if same else len(other) - j
        while i + length < n and length < limit and target[i + length] == other[j + length]:
            length += 1
        runs.append((i, j, length))
        if same:
            for p in range(i + 1, i + length - SHINGLE + 1):
                index.setdefault(target[p : p + SHINGLE], p)
        i += max(1, length - SHINGLE + 1)
    return runs


def _merge(runs: list[tuple[int, int, int]]) -> list[Repeat]:
    repeats: list[Repeat] = []
    for i, j, length in runs:
        if repeats:
            last = repeats[-1]
            gap_later = i - (last.later + last.length)
            gap_earlier = j - (last.earlier + last.earlier_length)
            if 0 <= gap_later <= _MAX_GAP and -1 <= gap_earlier <= _MAX_GAP and abs(gap_later - gap_earlier) <= _MAX_GAP_SKEW:
                repeats[-1] = Repeat(
                    earlier=last.earlier,
                    earlier_length=j + length - last.earlier,
                    later=last.later,
                    length=i + length - last.later,
                    matched=last.matched + length,
                )
                continue
        repeats.append(Repeat(earlier=j, earlier_length=length, later=i, length=length, matched=length))
    return repeats


def repeats_within(content: str) -> list[Repeat]:
    """Passages of ``content`` that repeat an earlier passage of the same content."""
    return _merge(_runs(content, None, {}))


def shingle_index(content: str) -> dict[str, int]:
    """First position of every shingle of ``content``, for comparing other texts against it."""
    index: dict[str, int] = {}
    for p in range(len(content) - SHINGLE + 1):
        index.setdefault(content[p : p + SHINGLE], p)
    return index


def repeats_from(content: str, source: str, index: dict[str, int] | None = None) -> list[Repeat]:
    """Passages of ``content`` copied from ``source`` (``earlier`` offsets are into ``source``)."""
    return _merge(_runs(content, source, index if index is not None else shingle_index(source)))
