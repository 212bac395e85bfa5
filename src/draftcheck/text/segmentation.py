"""One segmentation of a document: paragraph -> sentence -> clause, as spans, bracket-aware.

- A paragraph is a line (``\\n``, ``\\r\\n`` or ``\\r`` ends it); blank lines are skipped.
- A sentence ends at 。！？!? and at ；; (a semicolon closes a statement in reports as often as a
  full stop does), never inside a bracket or quote pair that closes in the same paragraph:
  ``（详见附件。）`` and ``“……。”`` stay inside their sentence.
- A clause ends at ，,：: outside brackets; 、 separates the items of one list and stays inside.

Brackets are paired per paragraph with a stack; an opener whose closer never comes (or comes more than
``MAX_BRACKET_SPAN`` characters later) protects nothing, so unbalanced text segments as if it had no
brackets. Every step is a linear scan over the marks found by one precompiled regex without
unbounded backtracking, so a 200k-character paragraph or a 10,000-item list stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from draftcheck.text.sentences import Segment

MAX_BRACKET_SPAN = 400  # a longer "bracket" is an unbalanced one, not an aside
_OPENERS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_LINE = re.compile(r"[^\r\n]+")
_BRACKET = re.compile(r"[（(【\[〔“《「『‘）)】\]〕”》」』’]")
_TERMINATOR_RUN = re.compile(r"[。！？!?；;][。！？!?；;]*")  # (X X*, not X+: led by a class, the engine skips to it)
# (a comma or colon between two digits groups thousands or tells the time: 4,318户, 10:30)
_CLAUSE_MARK = re.compile(r"[，：]|(?<!\d)[,:]|[,:](?!\d)")


@dataclass(frozen=True)
class Clause(Segment):
    pass


@dataclass(frozen=True)
class Sentence(Segment):
    # paired bracket spans (opener offset, closer offset) of its paragraph, sorted, for its clauses
    # (left out of equality and hashing: it is shared by every sentence of a paragraph)
    protected: tuple[tuple[int, int], ...] = field(default=(), compare=False)

    @cached_property
    def clauses(self) -> tuple[Clause, ...]:
        """Clauses, split at ，,：: outside brackets (computed on first use)."""
        out: list[Clause] = []
        text, offset = self.text, self.start
        begin = 0  # (offsets into the sentence's text; a clause spans offset + begin .. offset + its end)
        spans = self.protected
        k = bisect.bisect_left(spans, (offset, -1)) if spans else 0
        new = object.__new__  # (as _new does, inlined: clauses are made for every sentence the rules read)
        for m in _CLAUSE_MARK.finditer(text):
            stop = m.start() + 1
            if spans:
                position = offset + stop - 1
                while k < len(spans) and spans[k][1] <= position:
                    k += 1
                if k < len(spans) and spans[k][0] < position:
                    continue
            piece = text[begin:stop]
            if piece.strip():
                clause = new(Clause)
                clause.__dict__.update(start=offset + begin, end=offset + stop, text=piece)
                out.append(clause)
            begin = stop
        piece = text[begin:]
        if piece.strip():
            out.append(_new(Clause, start=offset + begin, end=self.end, text=piece))
        return tuple(out)


@dataclass(frozen=True)
class Paragraph(Segment):
    sentences: tuple[Sentence, ...] = ()


class Segmentation:
    """The paragraphs of a document, with lookups from an offset to its sentence or paragraph."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.paragraphs = paragraphs
        self.sentences = [s for p in paragraphs for s in p.sentences]
        self._paragraph_starts = [p.start for p in paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]
        self._statements: list[tuple[int, int]] | None = None

    def statements(self) -> list[tuple[int, int]]:
        """Spans of full statements: runs of sentences up to a full stop (。！？!?) or the end of the
        paragraph, so sentences closed by ；; are joined to the ones after them (a list of shares or
        parts written ``A占34.2%；B占27.5%；其他占12.9%。`` is one statement). Computed once."""
        if self._statements is None:
            spans: list[tuple[int, int]] = []
            for paragraph in self.paragraphs:
                start = None
                for sentence in paragraph.sentences:
                    if start is None:
                        start = sentence.start
                    last = sentence.text[-1]
                    if last.isspace():
                        last = sentence.text.rstrip()[-1:]
                    if last != "；" and last != ";":
                        spans.append((start, sentence.end))
                        start = None
                if start is not None:
                    spans.append((start, paragraph.sentences[-1].end))
            self._statements = spans
        return self._statements

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if i >= 0 and offset < self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return self.sentences[i]
        return None


def segment(text: str) -> Segmentation:
    """Paragraphs, sentences and clauses of ``text`` (spans into it; nothing copied or normalised)."""
    # The brackets of the whole text are found in one scan and handed to each paragraph (its share of them).
    marks = [(m.start(), m.group()) for m in _BRACKET.finditer(text)]
    positions = [position for position, _ in marks]
    # the last mark of every run of terminators, also found in one scan (a run never crosses a line)
    terminators = [m.end() - 1 for m in _TERMINATOR_RUN.finditer(text)]
    paragraphs: list[Paragraph] = []
    first = first_terminator = 0
    bisect_left = bisect.bisect_left
    for m in _LINE.finditer(text):
        start, end = m.span()
        if text[start:end].isspace():
            continue
        first = bisect_left(positions, start, first)
        last = bisect_left(positions, end, first)
        first_terminator = bisect_left(terminators, start, first_terminator)
        last_terminator = bisect_left(terminators, end, first_terminator)
        paragraphs.append(_paragraph(text, start, end, marks[first:last], terminators[first_terminator:last_terminator]))
        first, first_terminator = last, last_terminator
    return Segmentation(paragraphs)


def _paragraph(text: str, start: int, end: int, marks: list[tuple[int, str]], terminators: list[int]) -> Paragraph:
    # A run of terminators (。。, ？！) ends one sentence, at its last mark. A run holds no bracket, so
    # it lies wholly inside or wholly outside a protected span. ``marks``: the paragraph's brackets;
    # ``terminators``: the offset of the last mark of each of its runs of terminators.
    protected = _bracketed(marks) if marks else ()
    sentences: list[Sentence] = []
    sentence_start = start
    k = 0
    new = object.__new__  # (as _new does, inlined: a document has tens of thousands of sentences)
    for position in terminators:
        if protected:
            # skip terminators inside a protected (paired) bracket span; spans are sorted and disjoint
            while k < len(protected) and protected[k][1] <= position:
                k += 1
            if k < len(protected) and protected[k][0] < position:
                continue
        piece = text[sentence_start : position + 1]
        if not piece.isspace():
            sentence = new(Sentence)
            sentence.__dict__.update(start=sentence_start, end=position + 1, text=piece, protected=protected)
            sentences.append(sentence)
        sentence_start = position + 1
    if sentence_start < end:
        piece = text[sentence_start:end]
        if not piece.isspace():
            sentences.append(_new(Sentence, start=sentence_start, end=end, text=piece, protected=protected))
    return _new(Paragraph, start=start, end=end, text=text[start:end], sentences=tuple(sentences))


def _new(cls, **fields):
    """``cls(**fields)`` for a frozen dataclass, given every field, without its per-field
    ``object.__setattr__`` (a document has tens of thousands of sentences): the same fields, equality
    and hash. Used only on instances no one has seen yet."""
    instance = object.__new__(cls)
    instance.__dict__.update(fields)
    return instance


def _bracketed(marks: list[tuple[int, str]]) -> tuple[tuple[int, int], ...]:
    """Outermost paired bracket spans (opener offset, closer offset) of one paragraph, in order."""
    stack: list[tuple[int, str]] = []
    spans: list[tuple[int, int]] = []
    for position, mark in marks:
        if mark in _OPENERS:
            if len(stack) < 32:
                stack.append((position, mark))
        elif mark in _CLOSERS:
            opener = _CLOSERS[mark]
            # unwind to the matching opener, dropping openers that never closed
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][1] == opener:
                    open_at = stack[depth][0]
                    del stack[depth:]
                    if position - open_at <= MAX_BRACKET_SPAN:
                        spans.append((open_at, position))
                    break
    # keep the outermost spans only (an inner span closes first, its outer one later)
    spans.sort()
    outer: list[tuple[int, int]] = []
    for span in spans:
        if outer and span[0] < outer[-1][1]:
            continue
        outer.append(span)
    return tuple(outer)

