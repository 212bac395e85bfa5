"""The cells of one line of a table pasted as text: the spans between its gaps (spaces, tabs, 　), as the table readers
(``document/tables.py``) and the share-column reader (``numbers/relations/shares.py``) part a line."""

from __future__ import annotations

import re


def cells_of_line(text: str, start: int, end: int, gaps: re.Pattern, *, keep_blank: bool = False,
                  keep_empty: bool = False) -> list[tuple[int, int]]:
    """The spans of ``text[start:end]`` between the matches of ``gaps`` (the cells of a line pasted from a table); spans
    of whitespace only (a ``\r`` the gaps do not cover) are dropped unless ``keep_blank``; ``keep_empty`` keeps every
    span between two gaps and after the last, empty ones too (a pipe row's ``||`` is an empty cell)."""
    spans, position = [], start
    for gap in gaps.finditer(text, start, end):
        if gap.start() > position or keep_empty:
            spans.append((position, gap.start()))
        position = gap.end()
    if position < end or keep_empty:
        spans.append((position, end))
    if keep_empty:
        return spans
    return spans if keep_blank else [(s, e) for s, e in spans if text[s:e].strip()]
