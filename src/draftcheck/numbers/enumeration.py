"""Enumerations in report prose: how many items a passage names, and where each one is.

Three shapes are recognised, all on width-folded text (``，`` → ``,``, ``（`` → ``(``; offsets unchanged):

- a 、-list: ``甲公司、乙公司和丙公司`` (a conjunction 和/及/以及/与 in the last item joins one more);
- a ；-list: ``A项目；B项目；C项目等`` (only after an introducing colon, see ``semicolon_list``);
- an outline series: ``一是…二是…三是``, ``(一)…(二)``, ``(1)…(2)``, ``1、…2、``, ``①…②``, ``第一,…第二,``,
  ``其一是…其二是…``.

Only separators at the top level count: a 、 inside brackets or quotes (``县(市、区)``, ``“登高、升规”``)
belongs to its item. The items of a list and the outline markers come from the item level of the shared
segmentation (``Segmentation.items``, ``Segmentation.outline_markers``: ``text/segmentation.py``), which
the document's text carries (``LaidOutText``); this module reads list shapes on it and owns no bracket or
marker scanner of its own. Every scan is a bounded loop or a linear regex; nothing backtracks over a list.
"""

from __future__ import annotations

import re
import bisect
from dataclasses import dataclass
from functools import lru_cache

from draftcheck.lexicon.words import words
from draftcheck.numbers.chinese_numerals import integer_value
from draftcheck.text.segmentation import OutlineMarker, Segmentation, segment

# Brackets and quotes, as they appear after width folding (（→( ［→[) and, for unfolded callers, before it.
PAIRS = {"(": ")", "[": "]", "{": "}", "（": "）", "［": "］", "【": "】", "〔": "〕", "“": "”", "‘": "’", "《": "》", "「": "」", "『": "』", "〈": "〉"}
OPENERS = frozenset(PAIRS)
CLOSERS = frozenset(PAIRS.values())
# Where a clause ends, at the top level.
CLAUSE_BOUNDARIES = frozenset(",.。;:!?\n\r，；：！？")
# A conjunction inside the last item that joins one more item (甲、乙和丙), but not inside words
# such as 涉及, 普及, 及时, 和谐, 参与, 与会, 及其 (“A及其配套设施” is one item; 和会展中心 is a conjunction).
_CONJUNCTION = re.compile(r"(?<![涉普危波惠提顾参给赋触企])(?:以及|及|和|与)(?![谐平时格其睦美])(?!(?<=与)会)")
_NAME_KIND_ENDINGS = tuple(tuple(row) for row in words("counts", "name_kind_endings"))
# What a conjunction may join to a thing as its parts, inside one item (新能源汽车及零部件, 道路及配套设施).
_ITEM_COMPANIONS = frozenset(words("counts", "item_companions"))
_OPEN_ENDED_TAIL = re.compile(r"(?:等等|等|…+|\.{3,})\s*$")

class LaidOutText(str):
    """A document's (width-folded) text carrying the segmentation of that document, whose item level the
    readers below use. Offsets into both are the same (folding keeps every offset)."""

    layout: Segmentation

    def __new__(cls, text: str, layout: Segmentation) -> "LaidOutText":
        laid_out = super().__new__(cls, text)
        laid_out.layout = layout
        return laid_out


_LAST_LAYOUT: list = [None, None]  # (text, its segmentation): plain text handed in by a test or a caller


def layout_of(text: str) -> Segmentation:
    """The segmentation of ``text``: the one it carries, else one made once for it (the last kept)."""
    if isinstance(text, LaidOutText):
        return text.layout
    if _LAST_LAYOUT[0] is not text:
        _LAST_LAYOUT[:] = [text, segment(text)]
    return _LAST_LAYOUT[1]


@lru_cache(maxsize=512)
def chinese_number(span: str) -> int | None:
    """Value of a small, well-formed Chinese numeral (一 … 九十九, 一百 …); None otherwise.

    The count finder matches numerals with a strict pattern; this spells out the value of the span
    alone (a digit string such as 三四 would otherwise read as 34, so the shape is validated first).
    """
    if not span or not _STRICT_CN.fullmatch(span):
        return None
    return integer_value(span)


CN_NUMBER_PATTERN = (
    r"(?:[一二两三四五六七八九]百(?:零[一二三四五六七八九]|[一二三四五六七八九]十[一二三四五六七八九]?)?"
    r"|[一二三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九])"
)
_STRICT_CN = re.compile(CN_NUMBER_PATTERN)


@dataclass(frozen=True)
class ItemList:
    """Items of an enumeration as document spans, and the item counts the wording allows.

    ``counts`` has one value unless a conjunction may or may not separate two items (then both).
    ``open_ended`` is set when the list closes with 等/等等/…… (a sample, not all of them).
    """

    items: tuple[tuple[int, int], ...]
    counts: frozenset[int]
    open_ended: bool = False

    @property
    def fewest(self) -> int:
        return min(self.counts)

    @property
    def most(self) -> int:
        return max(self.counts)


def clause_start(text: str, end: int, window: int = 400) -> int | None:
    """Start of the clause that ends at ``end``: the last top-level boundary or unmatched opener.

    Returns None when no boundary lies within ``window`` characters (the clause is too long to trust).
    """
    depth = 0
    floor = max(0, end - window)
    i = end - 1
    while i >= floor:
        ch = text[i]
        if ch in CLOSERS:
            depth += 1
        elif ch in OPENERS:
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and ch in CLAUSE_BOUNDARIES:
            return i + 1
        i -= 1
    return 0 if floor == 0 else None


def clause_end(text: str, start: int, window: int = 600, boundaries: frozenset[str] = CLAUSE_BOUNDARIES) -> int | None:
    """End of the clause starting at ``start``: the first top-level boundary or unmatched closer."""
    stack: list[str] = []
    ceiling = min(len(text), start + window)
    for i in range(start, ceiling):
        ch = text[i]
        if ch in OPENERS:
            stack.append(PAIRS[ch])
        elif stack and ch == stack[-1]:
            stack.pop()
        elif ch in CLOSERS:
            if not stack:
                return i
            return None  # crossed brackets: do not guess
        elif not stack and ch in boundaries:
            return i
        if len(stack) > 8:
            return None
    return ceiling if ceiling == len(text) else None


def split_top_level(text: str, start: int, end: int, separators: str = "、") -> list[tuple[int, int]] | None:
    """Split ``text[start:end]`` at top-level separators; None when its brackets do not balance (the
    segmentation's item level: ``Segmentation.items``)."""
    return layout_of(text).items(start, end, separators)


_CLAUSE_SEPARATORS = "".join(sorted(CLAUSE_BOUNDARIES))


def _has_top_level(text: str, start: int, end: int, chars: str) -> bool:
    parts = layout_of(text).items(start, end, chars)
    return parts is not None and len(parts) > 1


def _top_level_conjunction(text: str, start: int, end: int) -> re.Match | None:
    """The first conjunction in ``text[start:end]`` outside brackets, with words on both sides (not one
    that joins a thing and its parts: 汽车及零部件)."""
    parts = layout_of(text).items(start, end, "以及和与")
    for _, at in (parts or ())[:-1]:
        m = _CONJUNCTION.match(text, at, end)
        if m and m.start() > start and m.end() < end and text[m.end() : end].rstrip() not in _ITEM_COMPANIONS:
            return m
    return None


def dun_list(text: str, start: int, end: int) -> ItemList | None:
    """The 、-list in ``text[start:end]`` (at least two top-level items), or None.

    A conjunction in the last item adds one item (甲、乙和丙 → 3). When the other items hold the same
    kind of conjunction too (研发和生产、销售和服务), or the first item does (its start is uncertain),
    both readings stay possible. A conjunction joining a thing and its parts (新能源汽车及零部件, 道路及配套
    设施: lexicon ``[counts] item_companions``) is inside one item.
    """
    parts = split_top_level(text, start, end)
    if parts is None or len(parts) < 2:
        return None
    parts = [_strip(text, s, e) for s, e in parts]
    if any(s >= e for s, e in parts):
        return None
    if any(_has_top_level(text, s, e, _CLAUSE_SEPARATORS) for s, e in parts):
        return None  # a comma inside an item: clauses, not list items
    items = list(parts)
    n = len(items)
    counts = {n}
    last_s, last_e = items[-1]
    conj = _top_level_conjunction(text, last_s, last_e)
    if conj:
        items[-1:] = [(last_s, conj.start()), (conj.end(), last_e)]
        # 甲公司、乙公司和丙公司 is three names; 城市更新和安全韧性提升 may be one item. Only names of one
        # kind (the same last character, the middle items free of conjunctions) make the split certain.
        middle_has = any(_top_level_conjunction(text, s, e) for s, e in parts[1:-1])
        same_suffix = len({text[e - 1] for s, e in items}) == 1
        # names of one shape (华兴科技、恒达新材和瑞丰电子) only when every item has it (the first one
        # may carry its clause's lead-in: 引进了华兴科技)
        shape = items[-1][1] - items[-1][0]
        same_shape = (
            all(e - s == shape for s, e in items[1:])
            and items[0][1] - items[0][0] >= shape
            and parallel_names(text, items[-2], items[-1], conj.group())
        )
        # names of one kind with different endings (东风村、新华村、红旗村和太平社区: 村 and 社区)
        same_kind = any(all(text.endswith(row, s, e) for s, e in items) for row in _NAME_KIND_ENDINGS)
        parallel = same_suffix or same_shape or same_kind
        counts = {n + 1} if parallel and not middle_has else {n, n + 1}
    if _top_level_conjunction(text, *parts[0]):
        counts |= {c + 1 for c in counts}
    tail = _OPEN_ENDED_TAIL.search(text, items[-1][0], items[-1][1])
    open_ended = bool(tail) and tail.start() > items[-1][0]
    if open_ended:
        items[-1] = (items[-1][0], tail.start())
    return ItemList(tuple(items), frozenset(counts), open_ended)


# What only one side of a conjunction joining two names may hold: a verb or a 的 phrase means the
# conjunction joins clauses or modifiers, not names.
_NOT_A_NAME = re.compile(r"的|[了着过]|[,，;；:：。]")


def parallel_names(text: str, left: tuple[int, int], right: tuple[int, int], conjunction: str = "和") -> bool:
    """Whether the two sides of a conjunction are two names of one shape, so 和 separates items.

    ``甲项目和乙项目``, ``滨江园与临港园`` (the same last character) and ``明阳机电和东科材料`` (two
    names of the same length, four or five characters, joined by 和/及/以及) are two items;
    ``研发和生产基地`` (a shared head), ``生物医药和新材料`` (different shapes) and ``航空航天与低空经济``
    (与 often names one combined field) stay uncertain.
    """
    (ls, le), (rs, re_) = left, right
    if le - ls < 2 or re_ - rs < 2 or le - ls > 24 or re_ - rs > 24:
        return False
    if _NOT_A_NAME.search(text, ls, le) or _NOT_A_NAME.search(text, rs, re_):
        return False
    if text[le - 1] == text[re_ - 1]:
        return True
    return conjunction != "与" and 4 <= le - ls == re_ - rs <= 5


def conjunction_pair(text: str, start: int, end: int) -> ItemList | None:
    """Two parallel names joined by one conjunction and nothing else: ``A项目和B项目``."""
    start, end = _strip(text, start, end)
    if _has_top_level(text, start, end, _CLAUSE_SEPARATORS + "、"):
        return None
    conj = _top_level_conjunction(text, start, end)
    if conj is None or _top_level_conjunction(text, conj.end(), end):
        return None
    right = (conj.end(), end)
    tail = _OPEN_ENDED_TAIL.search(text, *right)
    open_ended = bool(tail) and tail.start() > right[0]
    if open_ended:
        right = _strip(text, right[0], tail.start())
    left = _strip(text, start, conj.start())
    if not parallel_names(text, left, right, conj.group()):
        return None
    return ItemList((left, right), frozenset({2}), open_ended)


def semicolon_list(text: str, start: int, limit: int = 1500) -> ItemList | None:
    """A ；-list starting at ``start`` and running to the end of the sentence (。 or a line break).

    The last item stops at its first top-level comma (what follows it comments on the list).
    """
    end = clause_end(text, start, window=limit, boundaries=frozenset("。\n\r!?！？"))
    if end is None:
        return None
    parts = split_top_level(text, start, end, separators=";；")
    if parts is None or len(parts) < 2:
        return None
    last_s, last_e = parts[-1]
    comma = clause_end(text, last_s, window=last_e - last_s + 1, boundaries=frozenset(",，"))
    if comma is not None and comma < last_e:
        parts[-1] = (last_s, comma)
    items = [_strip(text, s, e) for s, e in parts]
    if any(s >= e for s, e in items):
        return None
    tail = _OPEN_ENDED_TAIL.search(text, items[-1][0], items[-1][1])
    open_ended = bool(tail) and tail.start() > items[-1][0]
    if open_ended:
        items[-1] = (items[-1][0], tail.start())
    return ItemList(tuple(items), frozenset({len(items)}), open_ended)


def title_run(text: str, start: int, end: int) -> ItemList | None:
    """Book titles written back to back, filling ``text[start:end]``: 《A办法》《B条例》《C规定》
    (a 、 or a last 和/及 between them is allowed); at least two. The titles are the segmentation's
    quotations (``Segmentation.quotations``)."""
    start, end = _strip(text, start, end)
    titles = layout_of(text).quotations("《")
    k = bisect.bisect_left(titles, (start, -1))
    items: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        if items and text[pos] in "、和及与":
            pos += 1
        if k >= len(titles) or titles[k][0] != pos or titles[k][1] >= end:
            return None
        items.append((pos, titles[k][1] + 1))
        pos = titles[k][1] + 1
        k += 1
    if len(items) < 2:
        return None
    return ItemList(tuple(items), frozenset({len(items)}))


def quoted_run(text: str, end: int, floor: int) -> ItemList | None:
    """Quotations or book titles written back to back and ending at ``end``: “安全生产月”“质量月”“环保宣传周”,
    《促进民营经济发展若干措施》《支持企业上市十条》 (one kind of mark throughout; the segmentation's
    quotations)."""
    closer = text[end - 1] if end > 0 else ""
    if closer not in ("”", "》"):
        return None
    quotations = layout_of(text).quotations("“" if closer == "”" else "《")
    k = bisect.bisect_left(quotations, end - 1, key=_closer_offset)  # the quotation closing at end - 1
    items: list[tuple[int, int]] = []
    pos = end
    while pos > floor and text[pos - 1] == closer:
        if not 0 <= k < len(quotations) or quotations[k][1] != pos - 1 or quotations[k][0] < floor:
            return None  # a closing mark without its opening one (or before the floor)
        pos = quotations[k][0]
        items.append((pos, quotations[k][1] + 1))
        k -= 1
    if len(items) < 2:
        return None
    items.reverse()
    return ItemList(tuple(items), frozenset({len(items)}))


def _closer_offset(quotation: tuple[int, int]) -> int:
    return quotation[1]


def comma_list(text: str, start: int, limit: int = 600) -> ItemList | None:
    """Names separated by commas up to the end of the sentence, all of one kind: A公司，B公司，C公司。

    Commas usually separate clauses, so the items must be short and share their last two characters
    (公司, 项目, 产业园); anything else is not a list.
    """
    end = clause_end(text, start, window=limit, boundaries=frozenset("。;\n\r!?；！？"))
    if end is None:
        return None
    parts = split_top_level(text, start, end, separators=",，")
    if parts is None or len(parts) < 2:
        return None
    items = [_strip(text, s, e) for s, e in parts]
    if any(e - s < 3 or e - s > 20 for s, e in items):
        return None
    if len({text[e - 2 : e] for s, e in items}) != 1:
        return None
    tail = _OPEN_ENDED_TAIL.search(text, items[-1][0], items[-1][1])
    open_ended = bool(tail) and tail.start() > items[-1][0]
    return ItemList(tuple(items), frozenset({len(items)}), open_ended)


# a clause that reports one item with its figure: 新增义务教育学位2642个 / 改造农村危房149户
_FIGURE_CLAUSE = re.compile(r"[\u4e00-\u9fff][^\d,;:、()“”]{2,24}?\d[\d.]*(?:万|亿)?[\u4e00-\u9fff]{1,2}")


def figure_clauses(text: str, start: int, limit: int = 600) -> ItemList | None:
    """Clauses that each report one item and close on its figure, separated by commas up to the end
    of the sentence: ``新增学位2642个，改造危房149户，加装电梯88部。`` (at least three, none holding a
    second figure, a 、-list or brackets: a sentence of such clauses is a list of what was done)."""
    end = clause_end(text, start, window=limit, boundaries=frozenset("。;\n\r!?；！？"))
    if end is None or end >= len(text) or text[end] not in "。;；":
        return None
    parts = split_top_level(text, start, end, separators=",，")
    if parts is None or len(parts) < 3:
        return None
    items = [_strip(text, s, e) for s, e in parts]
    if any(_FIGURE_CLAUSE.fullmatch(text, s, e) is None for s, e in items):
        return None
    return ItemList(tuple(items), frozenset({len(items)}), False)


def line_list(text: str, start: int, *, max_item: int = 30, min_items: int = 3) -> ItemList | None:
    """Short lines after a colon that ends its line, one item per line: 以下5个项目：⏎A项目⏎B项目…

    The list ends at a blank-free long line (the prose that follows), a line ending with a colon, a
    line opening with an outline marker or the end of the text; a short line at the end of the text
    is accepted. Lines longer than ``max_item`` cannot be items, so a paragraph is never a list.
    """
    i = start
    while i < len(text) and text[i] in " \t\u3000":
        i += 1
    if i >= len(text) or text[i] not in "\r\n":
        return None
    items: list[tuple[int, int]] = []
    pos = i
    while pos < len(text):
        nl = text.find("\n", pos)
        line_end = len(text) if nl < 0 else nl
        s, e = _strip(text, pos, line_end)
        pos = line_end + 1
        if s >= e:
            continue
        line = text[s:e]
        if e - s > max_item or line.endswith((":", "：")) or first_marker(text, s) or layout_of(text).chapter_opens(s):
            break
        if "。" in line[:-1]:
            break
        items.append((s, e - 1 if line.endswith(("。", ";", "；", ",", "，", "、")) else e))
        if len(items) > 500:
            return None
    if len(items) < min_items:
        return None
    return ItemList(tuple(items), frozenset({len(items)}))


# a table header line: its first cell names the row-number column (序号, 编号, No.)
_ROW_NUMBER_HEADER = re.compile(r"[ \t|\u3000]*(?:序号|编号|No\.?|NO\.?)(?=[ \t|\u3000])")
# a table row opening with its number in a cell of its own: 3⇥宏达精工⇥… / | 3 | 宏达精工 | / 3  宏达精工
_NUMBERED_ROW = re.compile(r"[ \t|\u3000]*(?P<n>\d{1,3})(?:\t|[ \u3000]{2,}|[ \u3000]*\|)[ \t|\u3000]*(?P<cell>[^\t|\n]*?)(?=\t|[ \u3000]{2,}|[ \u3000]*\||\r?$)", re.M)


def numbered_rows(text: str, start: int, *, max_rows: int = 500) -> ItemList | None:
    """The rows of a table on the lines after ``start`` (the end of the line announcing it), counted
    by their row numbers 1, 2, … n (an optional 序号 header first); each item is the row's first cell
    after its number. None unless two or more rows number on from 1 without a gap."""
    nl = text.find("\n", start)
    if nl < 0 or text[start:nl].strip():
        return None
    pos = nl + 1
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    if _ROW_NUMBER_HEADER.match(text, pos, line_end):
        pos = line_end + 1
    elif _header_cells(text, pos, line_end):
        return _unnumbered_rows(text, line_end + 1, max_rows)
    items: list[tuple[int, int]] = []
    while pos < len(text) and len(items) < max_rows:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        row = _NUMBERED_ROW.match(text, pos, line_end)
        if row is None or int(row.group("n")) != len(items) + 1 or not row.group("cell").strip():
            break
        items.append(_strip(text, row.start("cell"), row.end("cell")))
        pos = line_end + 1
    if len(items) < 2:
        return None
    return ItemList(tuple(items), frozenset({len(items)}))


_CELL_GAP = re.compile(r"\t|[ \u3000]{2,}|\|")
_RULE_LINE = re.compile(r"[\s|:\-]+")
_TOTAL_ROW = re.compile(r"[ \t|\u3000]*(?:合计|总计|小计|共计)")


def _header_cells(text: str, start: int, end: int) -> bool:
    """A table header: two or more cells, no figure (项目名称⇥总投资（亿元）)."""
    line = text[start:end].strip(" \t|\u3000")
    return len(_CELL_GAP.split(line)) >= 2 and not any(ch.isdigit() for ch in line) and len(line) <= 80


def _unnumbered_rows(text: str, pos: int, max_rows: int) -> ItemList | None:
    """Rows below a header, each with two or more cells, up to the first line that is not a row; a
    closing 合计 row is not an item. Each item is the row's first cell."""
    items: list[tuple[int, int]] = []
    while pos < len(text) and len(items) < max_rows:
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        s, e = _strip(text, pos, line_end)
        if _RULE_LINE.fullmatch(text, s, e) and s < e:
            pos = line_end + 1  # |---|---| under a Markdown header
            continue
        while s < e and text[s] == "|":
            s += 1
        gap = _CELL_GAP.search(text, s, e)
        if s >= e or gap is None or gap.start() == s or _TOTAL_ROW.match(text, s, e):
            break
        items.append((s, gap.start()))
        pos = line_end + 1
    if len(items) < 2:
        return None
    return ItemList(tuple(items), frozenset({len(items)}))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ---------------------------------------------------------------------------------------------
# Outline series: 一是…二是…, (一)…(二)…, (1)…(2)…, 1、…2、…, ①…②…, 第一,…第二,…

# The markers themselves (their styles and values) are the segmentation's item level:
# ``Segmentation.outline_markers`` (``text/segmentation.py``, ``OUTLINE_STYLES``).
_SERIES_REACH = {"paren_cn": 60000, "cn_dun": 60000}
_DEFAULT_REACH = 12000


@dataclass(frozen=True)
class OutlineSeries:
    style: str
    markers: tuple[tuple[int, int], ...]  # spans of the markers 1, 2, ... n in order
    broken: bool = False  # the numbering skipped or repeated: the count is not trustworthy


def first_marker(text: str, pos: int) -> OutlineMarker | None:
    """The outline marker numbered 1 that opens the text at ``pos`` (after blanks), if any."""
    return layout_of(text).first_marker(pos)


def markers_between(text: str, style: str, start: int, end: int) -> list[OutlineMarker]:
    """The outline markers of ``style`` starting in [start, end), in order."""
    return layout_of(text).markers_between(style, start, end)


def _line_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] in "\n\r"


def outline_series(text: str, first: OutlineMarker) -> OutlineSeries:
    """Follow the series opened by ``first`` (a marker 1) and return its markers.

    Markers must appear in order. The series ends at a marker 1 (a new or nested series), at a
    chapter heading opening a line, or, for a series whose first marker sits inside a paragraph,
    at a paragraph that does not open with the next marker. A skipped or repeated number marks the
    series broken (numbering is DC402's concern; the count is then not checkable).
    """
    style = first.style
    headings = _line_start(text, first.start)
    reach = min(len(text), first.end + _SERIES_REACH.get(style, _DEFAULT_REACH))
    markers = [(first.start, first.end)]
    expected = 2
    pos = first.end
    # An inline series lives in its paragraph; it may continue in paragraphs that open with the next marker.
    paragraph_end = _paragraph_end(text, pos, reach) if not headings else reach
    for m in markers_between(text, style, pos, reach):
        if m.start < pos:
            continue
        if not headings and m.start >= paragraph_end:
            nxt = _paragraph_start(text, paragraph_end, reach)
            if nxt is None or m.start != nxt:
                break
            paragraph_end = _paragraph_end(text, m.end, reach)
        if headings and not _line_start(text, m.start):
            if len(markers) == 1 and "\n" not in text[first.end : m.start]:
                # marker 1 opened a line but the series runs on inside its paragraph: an inline series
                headings = False
                paragraph_end = _paragraph_end(text, m.end, reach)
            else:
                pos = m.end
                continue
        if headings and style != "cn_dun" and _chapter_between(text, markers[-1][1], m.start):
            break
        if m.value == expected:
            markers.append((m.start, m.end))
            expected += 1
        elif m.value == 1:
            break
        else:
            return OutlineSeries(style, tuple(markers), broken=True)
        pos = m.end
    return OutlineSeries(style, tuple(markers))


def _paragraph_end(text: str, pos: int, reach: int) -> int:
    nl = text.find("\n", pos, reach)
    return reach if nl < 0 else nl


def _paragraph_start(text: str, pos: int, reach: int) -> int | None:
    """Where the next non-blank paragraph's first character is, after the line break at ``pos``."""
    i = pos
    while i < reach and text[i].isspace():
        i += 1
    return i if i < reach else None


def _chapter_between(text: str, start: int, end: int) -> bool:
    nl = text.find("\n", start, end)
    layout = layout_of(text)
    while nl >= 0:
        if layout.chapter_opens(nl + 1, end):
            return True
        nl = text.find("\n", nl + 1, end)
    return False
