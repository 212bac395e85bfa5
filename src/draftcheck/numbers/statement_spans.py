"""The spans the numeric relation finders read, all cut from the one shared segmentation.

``ctx.segmentation`` (draftcheck.text.segmentation) splits each paragraph into sentences closed by
。！？；, bracket-aware. The finders group those sentences in two ways, each built once per document
and shared through ``CheckContext.shared``:

- ``growth_sentences``: the segmentation's sentences; a paragraph whose last sentence stops on ，or
  、 continues on the next line (a report pasted with hard line breaks), so it is joined to the
  first sentence of the next paragraph when only one line break stands between them;
- ``statements``: runs of sentences up to a full stop (。！？) or the end of a paragraph
  (``Segmentation.statements``), continued across a single line break after ；，、 like the
  sentences above, and a statement opening with 其中 joined to the one before it (W。其中，A占X%).
  Each span says whether the next statement is in the same paragraph.

``quantities_in(index, spans)`` gives the quantities of every span, computed once per list of spans.
"""

from __future__ import annotations

import bisect

import re

from draftcheck.numbers.quantity import Quantity, QuantityIndex

_OPENS_WITH_QIZHONG = re.compile(r"[\s\u3000]{0,4}其中")
_LINE_BREAKS = ("\n", "\r\n", "\r")
_NONBLANK = re.compile(r"\S")


def growth_sentences(ctx) -> list[tuple[int, int]]:
    return ctx.shared("growth_sentences", _growth_sentences)


def statements(ctx) -> list[tuple[int, int, bool]]:
    """(start, end, next_in_same_paragraph) of every statement."""
    return ctx.shared("numeric_statements", _statements)


def quantities_in(index: QuantityIndex, spans) -> list[list[Quantity]]:
    """The quantities lying wholly inside each span (spans sorted and disjoint). Computed once for a list of
    spans (the shared ``statements`` and ``growth_sentences``, read by several finders): the lists returned
    are shared, so a caller never changes them."""
    known = index.within_spans.get(id(spans))
    if known is not None and known[0] is spans:
        return known[1]
    out = _quantities_in(index, spans)
    index.within_spans[id(spans)] = (spans, out)  # (``spans`` kept alive: its id is not reused)
    return out


def _quantities_in(index: QuantityIndex, spans) -> list[list[Quantity]]:
    # each quantity is put in the span it starts in (one binary search a quantity: a document has several
    # times more spans than quantities), if it ends there too
    out: list[list[Quantity]] = [[] for _ in spans]
    if not index.quantities or not spans:
        return out
    span_starts = [span[0] for span in spans]
    bisect_right = bisect.bisect_right
    for quantity in index.quantities:
        k = bisect_right(span_starts, quantity.start) - 1
        if k >= 0:
            end = spans[k][1]
            if quantity.start < end and quantity.end <= end:
                out[k].append(quantity)
    return out


def spans_holding(text: str, spans, words: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the spans (sorted and disjoint, ``(start, end, ...)``) of ``text`` that hold one
    of ``words`` wholly inside them: what ``any(w in text[start:end] for w in words)`` says of each span, found
    from the words' occurrences (``str.find``) instead of a slice and a test per span. A finder that needs one of
    a few words in a statement loops over these only."""
    if not spans:
        return []
    starts = [span[0] for span in spans]
    holding: set[int] = set()
    bisect_right = bisect.bisect_right
    for word in words:
        size = len(word)
        position = text.find(word)
        while position >= 0:
            k = bisect_right(starts, position) - 1
            if k >= 0 and position + size <= spans[k][1]:
                holding.add(k)
            position = text.find(word, position + 1)
    return sorted(holding)


def _continues(text: str, paragraph, following, marks: str) -> bool:
    """The paragraph stops on one of ``marks`` and the next one follows after a single line break."""
    return paragraph.text[-1:] in marks and text[paragraph.end : following.start] in _LINE_BREAKS


def _growth_sentences(ctx) -> list[tuple[int, int]]:
    paragraphs = ctx.segmentation.paragraphs
    count = len(paragraphs)
    spans: list[tuple[int, int]] = []
    carry: int | None = None  # start of a sentence continued from the paragraph before
    for n, paragraph in enumerate(paragraphs):
        first = len(spans)
        spans.extend([(sentence.start, sentence.end) for sentence in paragraph.sentences])
        if carry is not None:
            spans[first] = (carry, spans[first][1])
            carry = None
        if n + 1 < count and _continues(ctx.text, paragraph, paragraphs[n + 1], "，,、"):
            carry = spans.pop()[0]  # the last sentence goes on in the next paragraph
    if carry is not None:  # pragma: no cover - the last paragraph never continues
        spans.append((carry, paragraphs[-1].end))
    return spans


def _statements(ctx) -> list[tuple[int, int, bool]]:
    segmentation = ctx.segmentation
    text = ctx.text
    paragraphs = segmentation.paragraphs
    spans: list[list] = []  # [start, end, number of the paragraph it ends in]
    carry: int | None = None
    bounds = segmentation.statements()
    p = 0
    for start, end in bounds:
        while p < len(paragraphs) and paragraphs[p].end < end:
            p += 1
        if carry is not None:
            start, carry = carry, None
        paragraph = paragraphs[p]
        if end == paragraph.end and p + 1 < len(paragraphs) and _continues(text, paragraph, paragraphs[p + 1], "；;，,、"):
            carry = start
            continue
        # (其中 within the first six characters, or the pattern cannot match: most statements)
        if spans and text.find("其中", start, start + 6) >= 0 and _OPENS_WITH_QIZHONG.match(text, start):
            spans[-1][1] = end
            spans[-1][2] = p
        else:
            spans.append([start, end, p])
    # the next statement is in the same paragraph when more than blanks follow this one on its line
    # (a search for a non-blank, not a slice to the paragraph's end: a paragraph of many statements would be copied
    # once per statement; \S is what str.strip keeps)
    nonblank = _NONBLANK.search
    return [(start, end, nonblank(text, end, paragraphs[p].end) is not None) for start, end, p in spans]

