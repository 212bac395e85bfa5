"""Scans the regex engine runs faster than ``pattern.finditer(text)``, with the same matches.

``finditer_located``: a pattern led by a lookaround or by a group of branches opening with classes is tried at
every position of the text (CPython's engine skips ahead only to a leading literal or class); a locator led by
a literal or a class, matching wherever the pattern can start, finds the positions worth trying.

``finditer_in_windows``: ``pattern.finditer(text)`` run only on the windows of ``text`` where its matches can
lie.

CPython's regex engine skips ahead only to a pattern's leading literal or class; a pattern led by a run of Han
characters (``[\\u4e00-\\u9fff]{1,6}率…``) is tried at nearly every position of a Chinese text. When every match
of the pattern contains a literal anchor (百分点) and lies within a known reach of it, the caller finds the
anchors with ``str.find`` and gives their windows here; the matches are the same as a scan of the whole text:

- each match of the whole-text scan starts and ends inside the window of its anchor, and overlapping windows
  are merged, so no match straddles two merged windows and the scan of one window starts fresh, as the
  whole-text scan does there (no earlier match reaches into it);
- the engine tries the same paths at each position of a window; cutting the text at the window's end only
  removes paths that run past it, which cannot be the first success, provided the pattern holds no assertion
  about what follows its end (``$``, ``\\b``, a lookahead at its tail): callers use it for such patterns only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def finditer_in_windows(pattern: re.Pattern[str], text: str, windows: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` that lie in ``windows`` ((start, end) pairs in ascending order of
    start), each window merged with those it overlaps or touches."""
    merged_start = merged_end = None
    for start, end in windows:
        start, end = max(0, start), min(len(text), end)
        if merged_end is not None and start <= merged_end:
            merged_end = max(merged_end, end)
            continue
        if merged_end is not None:
            yield from pattern.finditer(text, merged_start, merged_end)
        merged_start, merged_end = start, end
    if merged_end is not None:
        yield from pattern.finditer(text, merged_start, merged_end)


def anchor_positions(text: str, anchor: str) -> Iterator[int]:
    """Every offset of ``anchor`` in ``text`` (overlapping occurrences too), in order."""
    position = text.find(anchor)
    while position >= 0:
        yield position
        position = text.find(anchor, position + 1)


def finditer_located(
    pattern: re.Pattern[str], locator: re.Pattern[str], text: str, start: int = 0, end: int | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)`` for a pattern the regex engine cannot skip through (led by a
    lookaround, or by a group whose branches open with classes), given a ``locator`` it can skip through that
    matches at every position where ``pattern`` can match (more positions do no harm). ``pattern`` is tried
    only where the locator matches, from the leftmost such position on, as a scan of the whole text tries it
    at every position: the same matches. ``pattern`` never matches the empty string."""
    end = len(text) if end is None else end
    position = start
    search, match = locator.search, pattern.match
    while True:
        found = search(text, position, end)
        if found is None:
            return
        at = found.start()
        m = match(text, at, end)
        if m is None:
            position = at + 1
            continue
        yield m
        position = m.end()


def finditer_at_line_starts(
    pattern: re.Pattern[str], text: str, sign: re.Pattern[str] | None = None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a MULTILINE pattern led by ``^`` (every match starts at a line start): the engine
    tries such a pattern at every position of the text, while only the text's start and the positions after a line
    break can match. Tried there in order, from the end of the last match on: the same matches. ``pattern`` never
    matches the empty string.

    ``sign``: a pattern found (by a scan the engine skips through, led by a literal or a class) in the line of every
    match of ``pattern``, for a ``pattern`` whose matches never hold a line break; then only the lines holding the sign
    are tried (a match ends in its own line, so the next line start is tried next, as above)."""
    if sign is not None:
        yield from _at_line_starts_with_sign(pattern, text, sign)
        return
    position = 0
    match = pattern.match
    while True:
        m = match(text, position)
        if m is not None:
            yield m
            end = m.end()
            if text[end - 1] == "\n":
                position = end  # the match ends with a line break: the next line starts where it ends
                continue
            line_break = text.find("\n", end)
        else:
            line_break = text.find("\n", position)
        if line_break < 0:
            return
        position = line_break + 1


def _at_line_starts_with_sign(pattern: re.Pattern[str], text: str, sign: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``finditer_at_line_starts`` on the lines where ``sign`` is found (a sign skipped by its scan overlaps one found
    before it in the same line: a sign match holds no line break either, or it would not lie in one line)."""
    tried = -1
    match = pattern.match
    for found in sign.finditer(text):
        line_start = text.rfind("\n", 0, found.start()) + 1
        if line_start == tried:
            continue
        tried = line_start
        m = match(text, line_start)
        if m is not None:
            yield m
