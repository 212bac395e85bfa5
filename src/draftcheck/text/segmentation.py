"""One segmentation of a document: paragraph -> sentence -> clause, as spans, bracket-aware.

- A paragraph is a line (``\\n``, ``\\r\\n`` or ``\\r`` ends it); blank lines are skipped.
- A sentence ends at 。！？!? and at ；; (a semicolon closes a statement in reports as often as a
  full stop does), never inside a bracket or quote pair that closes in the same paragraph:
  ``（详见附件。）`` and ``“……。”`` stay inside their sentence.
- A clause ends at ，,：: outside brackets; 、 separates the items of one list and stays inside.

The item level (read by the count finder, DC203, through ``numbers/enumeration.py``):

- ``Segmentation.items(start, end, separators)``: the items of a list in a span, split at 、 (or ，/；/any
  given marks) outside brackets and quotes; None when the span's brackets do not balance;
- ``Segmentation.outline_markers(style)``: every outline marker of one numbering style in the document
  (一是/二是, （一）, （1）, 1. / 1、, 1）, ①, 第一，, 一、, 其一, 一要), with its value, found by one scan per
  style on first use; ``first_marker(pos)`` the marker 1 opening the text at a position;
  ``chapter_opens(pos)`` a chapter heading (一、 / 第一部分) opening a line there;
- ``Segmentation.quotations(opener)``: the quotations (“…”, 《…》) as spans of their marks.

Both read the bracket marks the segmentation found in its one scan (no second scan of the text).

Brackets are paired per paragraph with a stack; an opener whose closer never comes (or comes more than
``MAX_BRACKET_SPAN`` characters later) protects nothing, so unbalanced text segments as if it had no
brackets. Every step is a linear scan over the marks found by one precompiled regex without
unbounded backtracking, so a 200k-character paragraph or a 10,000-item list stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from draftcheck.text.sentences import Segment

MAX_BRACKET_SPAN = 400  # a longer "bracket" is an unbalanced one, not an aside
_OPENERS = {"（": "）", "(": ")", "【": "】", "[": "]", "〔": "〕", "“": "”", "《": "》", "「": "」", "『": "』", "‘": "’"}
_CLOSERS = {closer: opener for opener, closer in _OPENERS.items()}
_LINE = re.compile(r"[^\r\n]+")
_BRACKET = re.compile(r"[（(【\[〔“《「『‘）)】\]〕”》」』’]")
_TERMINATOR_RUN = re.compile(r"[。！？!?；;][。！？!?；;]*")  # (X X*, not X+: led by a class, the engine skips to it)
# (a comma or colon between two digits groups thousands or tells the time: 4,318户, 10:30). Led by one class,
# so the engine skips to the marks; the same matches as [，：]|(?<!\d)[,:]|[,:](?!\d), which the engine tried
# at every position (tests/test_fast_paths.py)
_CLAUSE_MARK = re.compile(r"[，：,:](?:(?<=[，：])|(?<!\d.)|(?!\d))")


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
            if not piece.isspace():  # (never empty: it holds the mark; as piece.strip(), without a copy)
                clause = new(Clause)
                state = clause.__dict__  # (item by item: cheaper than update() with keywords)
                state["start"] = offset + begin
                state["end"] = offset + stop
                state["text"] = piece
                out.append(clause)
            begin = stop
        piece = text[begin:]
        if piece.strip():
            out.append(_new(Clause, start=offset + begin, end=self.end, text=piece))
        return tuple(out)


@dataclass(frozen=True)
class Paragraph(Segment):
    sentences: tuple[Sentence, ...] = ()


# ---------------------------------------------------------------------------------------------
# The item level: outline markers and the items of a list.

# A marker opens a line or follows a sentence/clause mark (never the middle of a word or number).
_AFTER_BREAK = r"(?<![^\s。;:,!?；：，！？])"
_CN_SMALL = r"[一二三四五六七八九十]{1,3}"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Outline numbering styles, on the text as written (full- or half-width brackets, digits and marks). The
# order matters: ``first_marker`` takes the first style whose marker 1 opens the text.
OUTLINE_STYLES: dict[str, re.Pattern[str]] = {
    "shi": re.compile(rf"(?=[一二三四五六七八九十]){_AFTER_BREAK}(?P<n>{_CN_SMALL})是(?=[^\s])"),
    "paren_cn": re.compile(rf"[（(](?P<n>{_CN_SMALL})[）)]"),
    "paren_ar": re.compile(r"(?<![\w)）])[（(](?P<n>\d{1,2})[）)]"),
    # (1、2月 is a date range, 1.5 a number; 1.年产5000吨…项目 is an item)
    "arabic": re.compile(rf"(?=\d){_AFTER_BREAK}(?P<n>\d{{1,2}})(?:、(?![\d年月日%％])|[.．](?![\d.．%％]))"),
    "half_paren": re.compile(rf"(?=\d){_AFTER_BREAK}(?P<n>\d{{1,2}})[)）]"),
    "circled": re.compile(rf"(?P<n>[{_CIRCLED}])"),
    "di": re.compile(rf"(?=第){_AFTER_BREAK}第(?P<n>{_CN_SMALL})[,、:，：](?=[^\s])"),
    "cn_dun": re.compile(rf"(?=[一二三四五六七八九十]){_AFTER_BREAK}(?P<n>{_CN_SMALL})、"),
    "qi": re.compile(rf"(?=其){_AFTER_BREAK}其(?P<n>{_CN_SMALL})(?:是|为|[,、:，：])(?=[^\s])"),
    # 一要稳增长，二要抓项目 (speeches and plans: 要 in place of 是)
    "yao": re.compile(rf"(?=[一二三四五六七八九十]){_AFTER_BREAK}(?P<n>{_CN_SMALL})要(?=[\u4e00-\u9fff])"),
}
# A chapter heading at the start of a line ends any series below it.
_CHAPTER = re.compile(rf"[ \t\u3000]*(?:{_CN_SMALL}、|第{_CN_SMALL}(?:部分|章|篇))")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _small_number(token: str) -> int | None:
    """一 … 九十九 (the numerals outline markers use); None for a malformed one (三四, 十十)."""
    if token in _CIRCLED:  # (before the digits: str.isdigit takes ① for one)
        return _CIRCLED.index(token) + 1
    if token.isdecimal():
        return int(token)
    if len(token) == 1:
        return 10 if token == "十" else _CN_DIGITS.get(token)
    tens, _, ones = token.partition("十")
    if "十" not in token or "十" in ones or (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
        return None
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


@dataclass(frozen=True)
class OutlineMarker:
    style: str  # a key of OUTLINE_STYLES
    value: int | None  # 1, 2, 3 … (None for a malformed numeral)
    start: int  # document offsets of the whole marker (（一）, 一是, 1.)
    end: int


class Segmentation:
    """The paragraphs of a document, with lookups from an offset to its sentence or paragraph, and the
    item level (outline markers, the items of a list)."""

    def __init__(self, paragraphs: list[Paragraph], text: str = "", brackets: list[tuple[int, str]] | None = None) -> None:
        self.paragraphs = paragraphs
        self.sentences = [s for p in paragraphs for s in p.sentences]
        self._paragraph_starts = [p.start for p in paragraphs]
        self._sentence_starts = [s.start for s in self.sentences]
        self._statements: list[tuple[int, int]] | None = None
        self.text = text
        self._brackets = brackets or []  # (offset, mark) of every bracket and quote mark, in order
        self._bracket_offsets = [position for position, _ in self._brackets]
        self._markers: dict[str, tuple[list[int], list[OutlineMarker]]] = {}
        self._quotations: dict[str, list[tuple[int, int]]] = {}

    # --- the item level ---------------------------------------------------------------------------

    def outline_markers(self, style: str) -> list[OutlineMarker]:
        """Every marker of one outline style in the document, in order (one scan on first use)."""
        return self._marker_index(style)[1]

    def _marker_index(self, style: str) -> tuple[list[int], list[OutlineMarker]]:
        index = self._markers.get(style)
        if index is None:
            found = [OutlineMarker(style, _small_number(m.group("n")), m.start(), m.end())
                     for m in OUTLINE_STYLES[style].finditer(self.text)]
            index = self._markers[style] = ([marker.start for marker in found], found)
        return index

    def markers_between(self, style: str, start: int, end: int) -> list[OutlineMarker]:
        """The markers of ``style`` starting in [start, end)."""
        starts, found = self._marker_index(style)
        return found[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]

    def marker_at(self, style: str, pos: int) -> OutlineMarker | None:
        """The marker of ``style`` starting exactly at ``pos`` (read there when the style's markers have
        not been listed yet: most documents never need the whole list)."""
        index = self._markers.get(style)
        if index is None:
            m = OUTLINE_STYLES[style].match(self.text, pos)
            return OutlineMarker(style, _small_number(m.group("n")), m.start(), m.end()) if m else None
        starts, found = index
        i = bisect.bisect_left(starts, pos)
        return found[i] if i < len(starts) and starts[i] == pos else None

    def first_marker(self, pos: int) -> OutlineMarker | None:
        """The outline marker numbered 1 that opens the text at ``pos`` (after blanks), if any."""
        text = self.text
        while pos < len(text) and text[pos].isspace():
            pos += 1
        for style in OUTLINE_STYLES:
            marker = self.marker_at(style, pos)
            if marker is not None and marker.value == 1:
                return marker
        return None

    def chapter_opens(self, pos: int, end: int | None = None) -> bool:
        """Whether a chapter heading (一、 / 第一部分 / 第二章) opens the text at ``pos``."""
        return _CHAPTER.match(self.text, pos, len(self.text) if end is None else end) is not None

    def quotations(self, opener: str = "“") -> list[tuple[int, int]]:
        """(opener offset, closer offset) of every quotation opened by ``opener`` and closed by its own mark
        before another of its openers, in order: read from the bracket marks of the segmentation's scan,
        listed once per opener on first use (the count finder's quoted shorthands: “三区”, “六路”)."""
        cached = self._quotations.get(opener)
        if cached is None:
            closer = _OPENERS[opener]
            cached = []
            open_at = -1
            for position, mark in self._brackets:
                if mark == opener:
                    open_at = position
                elif mark == closer and open_at >= 0:
                    cached.append((open_at, position))
                    open_at = -1
            self._quotations[opener] = cached
        return cached

    def items(self, start: int, end: int, separators: str = "、") -> list[tuple[int, int]] | None:
        """``text[start:end]`` split at the ``separators`` (either width: , or ，) that stand outside brackets
        and quotes (the pieces as spans, unstripped); None when the span's brackets do not balance. Reads the bracket
        marks of the segmentation's own scan: the work is the marks and separators in the span."""
        text = self.text
        offsets = self._bracket_offsets
        first, last = bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)
        protected: list[tuple[int, int]] = []  # outermost pairs inside the span
        stack: list[tuple[int, str]] = []
        for position, mark in self._brackets[first:last]:
            closer = _OPENERS.get(mark)
            if closer is not None:
                stack.append((position, closer))
            elif stack and mark == stack[-1][1]:
                opened = stack.pop()[0]
                if not stack:
                    protected.append((opened, position))
            elif mark in _CLOSERS:
                return None
        if stack:
            return None
        pieces: list[tuple[int, int]] = []
        piece = start
        k = 0
        for m in _separator_pattern(separators).finditer(text, start, end):
            position = m.start()
            while k < len(protected) and protected[k][1] < position:
                k += 1
            if k < len(protected) and protected[k][0] < position:
                continue
            pieces.append((piece, position))
            piece = position + 1
        pieces.append((piece, end))
        return pieces

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
    return Segmentation(paragraphs, text, marks)


_WIDTH_TWINS = dict(zip(",;:!?.，；：！？．", "，；：！？．,;:!?."))


@lru_cache(maxsize=16)
def _separator_pattern(separators: str) -> re.Pattern[str]:
    """The separators and their other-width twins (, and ，): the text is read as written."""
    marks = set(separators) | {_WIDTH_TWINS[ch] for ch in separators if ch in _WIDTH_TWINS}
    return re.compile(f"[{re.escape(''.join(sorted(marks)))}]")


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
            state = sentence.__dict__  # (item by item: cheaper than update() with keywords)
            state["start"] = sentence_start
            state["end"] = position + 1
            state["text"] = piece
            state["protected"] = protected
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

