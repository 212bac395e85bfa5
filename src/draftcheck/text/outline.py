"""Outline numbering markers of a report: 一、 （一） 1. 1、 （1） 1） ① and 一是, found with their positions.

Chinese work reports number their outline in a conventional hierarchy: 一、 > （一） > 1. / 1、 >
（1） > ① , with 一是、二是 for enumerations inside a paragraph. ``find_markers`` finds the markers
that stand where an outline item starts (at a line start, after a sentence end, or — for the
unambiguous （一） and ① forms — after a heading run into the text), and leaves alone numbers in
body text (2、3月份, 一、二产业, 第（3）款) and page numbers left in scraped text (a ``N、`` at the start
of a line that continues an unfinished sentence).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from draftcheck.text.windowed_scan import anchor_positions, finditer_in_windows

HAN_DIGITS = "一二三四五六七八九十"
_HAN_VALUE = {c: i + 1 for i, c in enumerate(HAN_DIGITS)}

# Kind -> conventional depth (smaller is higher in the outline).
RANK = {
    "han-dun": 1,  # 一、
    "han-paren": 2,  # （一）
    "arabic-dun": 3,  # 1、
    "arabic-dot": 3,  # 1.
    "arabic-paren": 4,  # （1）
    "arabic-half": 5,  # 1）
    "circled": 6,  # ①
    # 第一部分 / 第一章 and 第一节 heading lines, above 一、 (issue 7, seventh round)
    "di-part": 0,
    "di-section": 0.5,
}
ENUMERATION = "han-shi"  # 一是 二是: an enumeration inside a paragraph, below every outline level
# Ordinal words that label the items of a list (第一项，… 第二项，…; 第一步, 第一条, 第一个方面 …): each word its own series.
ORDINAL_ITEM_WORDS = ("个方面", "方面", "阶段", "项", "条", "步", "点")
# Verbs a numeral leads in an enumeration inside a sentence (一要…二要…三要, 一抓…二抓, 一则…二则, 一来…二来): the
# series is the numerals before one and the same verb, in one paragraph.
ENUMERATION_VERBS = "要抓靠看查讲比学促保防强建求做树亮评访帮送改提则来者"
# Enumerations inside a paragraph, each its own series, below every outline level:
# 一是 二是 / 第一，第二， / 其一，其二， / 第一项，第二项， / 一要 二要
ENUMERATIONS = frozenset(
    {ENUMERATION, "han-di", "han-qi"}
    | {"han-di-" + word for word in ORDINAL_ITEM_WORDS}
    | {"han-v-" + verb for verb in ENUMERATION_VERBS}
)


@dataclass(frozen=True)
class Marker:
    """One outline marker. ``tentative`` when it may as well be a number in the text (``8.6个``):
    such a marker counts only where it continues its list exactly."""

    kind: str
    value: int
    start: int
    end: int
    tentative: bool = False

    def label(self, text: str) -> str:
        return text[self.start : self.end]


def han_number(numeral: str) -> int | None:
    """一 .. 九十九 written with 十 (十一, 二十, 二十三); None for anything else."""
    if not numeral or any(c not in _HAN_VALUE for c in numeral):
        return None
    if len(numeral) == 1:
        return _HAN_VALUE[numeral]
    if len(numeral) == 2 and numeral[0] == "十":
        return 10 + _HAN_VALUE[numeral[1]] if numeral[1] != "十" else None
    if len(numeral) == 2 and numeral[1] == "十":
        return _HAN_VALUE[numeral[0]] * 10 if numeral[0] != "十" else None
    if len(numeral) == 3 and numeral[1] == "十" and "十" not in (numeral[0], numeral[2]):
        return _HAN_VALUE[numeral[0]] * 10 + _HAN_VALUE[numeral[2]]
    return None


_HAN = f"[{HAN_DIGITS}]{{1,3}}"
# Where an outline item may start: the start of a line or right after a sentence end.
_ITEM_START = r"(?:(?<=\n)|(?<=^)|(?<=[。！？!?；;:：]))[ \t\u3000]*"
_DIGIT = r"\d"


def _item_start(first: str) -> str:
    """``_ITEM_START`` for an item that begins with one of the characters ``first`` (a regex class
    body), led by a lookahead for them: the regex engine then skips every other position quickly."""
    return rf"(?=[ \t\u3000{first}]){_ITEM_START}"


_PATTERNS = [
    ("han-dun", re.compile(rf"{_item_start(HAN_DIGITS)}(?P<n>{_HAN})[、.](?![{HAN_DIGITS}](?:、|和|产|季|等|类|级|档|线|期|批|号|星|次|轮|代|月))", re.MULTILINE)),
    # （一） stands out even after a heading run into the text: 一、园区建设情况（一）园区规划不断深化
    ("han-paren", re.compile(rf"\((?<![第款条项]\()(?P<n>{_HAN})\)(?!款|条|类|项(?!目))")),
    ("arabic-dun", re.compile(rf"{_item_start(_DIGIT)}(?P<n>\d{{1,2}})、(?![\d])", re.MULTILINE)),
    ("arabic-dot", re.compile(rf"{_item_start(_DIGIT)}(?P<n>\d{{1,2}})\.(?![\d])(?=\s*\S)", re.MULTILINE)),
    # 3．10种有色金属 / 8.6个重大科技专项 at a line start: a marker or a decimal; tentative (see Marker).
    ("arabic-dot", re.compile(r"(?=[ \t\u3000\d])(?:(?<=\n)|(?<=^))[ \t\u3000]*(?P<n>\d{1,2})(?=\.\d)", re.MULTILINE)),
    ("arabic-paren", re.compile(rf"(?=[ \t\u3000(])(?:{_ITEM_START}|(?<=[，,、]))\((?P<n>\d{{1,2}})\)(?![款条]|项(?!目))", re.MULTILINE)),
    ("arabic-half", re.compile(rf"{_item_start(_DIGIT)}(?<!\()(?P<n>\d{{1,2}})\)", re.MULTILINE)),
    ("circled", re.compile(r"(?P<n>[①-⑳])")),
    # (Lookbehinds follow the first character they guard, so the engine scans for that character.)
    # 一是 after punctuation, a line start, or a heading run into the text; not 统一是 / 唯一是 / 之一是.
    ("han-shi", re.compile(rf"(?P<n>[{HAN_DIGITS}](?<![统唯之第同万单划专齐归合逐这那每][{HAN_DIGITS}])[{HAN_DIGITS}]{{0,2}})是(?![否非])")),
    # 第一，… 第二，… and 其一，… 其二，… opening a clause (after a mark, a space or a line start);
    # not 居全省第一， (no clause mark before 第)
    # nor 第一、二季度 (a list of ordinals).
    ("han-di", re.compile(rf"第(?<![^，,。！？!?；;:：\s]第)(?P<n>{_HAN})(?!、[{HAN_DIGITS}])[，,、:：]")),
    ("han-qi", re.compile(rf"其(?<![^，,。！？!?；;:：\s]其)(?P<n>{_HAN})(?!、[{HAN_DIGITS}])[，,、:：]")),
    # 第一部分 / 第一章 and 第一节 opening a heading line
    ("di-part", re.compile(rf"(?m)^[ \t\u3000]*第(?P<n>{_HAN})(?:部分|章)(?=[ \t\u3000，,、:：]|[\u4e00-\u9fff])")),
    ("di-section", re.compile(rf"(?m)^[ \t\u3000]*第(?P<n>{_HAN})节(?=[ \t\u3000，,、:：])")),
]
# 第一项，… 第二项，… / 第一步： / 第一个方面， opening a clause or a line: a list labelled by ordinal words.
_ORDINAL_ITEM = re.compile(
    rf"第(?<![^，,。！？!?；;:：\s]第)(?P<n>{_HAN})(?P<w>{'|'.join(ORDINAL_ITEM_WORDS)})(?=[ \t\u3000，,、:：])"
)
# 一要 … 二要 … opening a clause: see ENUMERATION_VERBS.
_VERB_ITEM = re.compile(rf"(?P<n>[{HAN_DIGITS}])(?<![^，,。！？!?；;:：\s、][{HAN_DIGITS}])(?P<w>[{ENUMERATION_VERBS}])")
# The patterns led by ``_item_start(first)`` (or by the line-start-only form of it) match only right after a
# line break or one of _ITEM_START's marks, or at 0: the characters before those places are found with one
# scan led by a character class (which the regex engine skips through quickly), and the pattern is tried
# there alone, instead of letting finditer try it at every space and digit of the text (the same matches:
# a match holds no line break or mark, so none starts inside another). Every such pattern's number follows its
# start behind spaces at most: only the places where one of ``first`` does are kept (most line starts are an
# indentation before prose).
_LINE_START_ONLY = r"(?=[ \t\u3000\d])(?:(?<=\n)|(?<=^))"
_LED_BY = {
    pattern: first
    for _, pattern in _PATTERNS
    for first in (HAN_DIGITS, _DIGIT)
    if pattern.pattern.startswith(_item_start(first)) or (first == _DIGIT and pattern.pattern.startswith(_LINE_START_ONLY))
}
_BEFORE_ITEM = {first: re.compile(rf"[\n。！？!?；;:：](?=[ \t\u3000]*[{first}])") for first in (HAN_DIGITS, _DIGIT)}
_ITEM_FIRST = {first: re.compile(rf"[ \t\u3000]*[{first}]") for first in (HAN_DIGITS, _DIGIT)}


# Words every match of a pattern holds (its heading word): a text holding none of them is not scanned (a pattern led
# by a line start is tried by the regex engine at every position; ``in`` costs far less).
_NEEDS = {
    pattern: words
    for kind, pattern in _PATTERNS
    if (words := {"di-part": ("部分", "章"), "di-section": ("节",)}.get(kind)) is not None
}


def _item_starts(folded: str, first: str) -> list[int]:
    """Positions where an item led by ``_item_start(first)`` may begin, in text order."""
    starts = [0] if _ITEM_FIRST[first].match(folded) else []
    starts += [m.end() for m in _BEFORE_ITEM[first].finditer(folded)]
    return starts


# The （1） pattern is led by a lookahead on spaces and brackets, which the engine tries at every space and bracket: it
# is tried only at each bracket before a digit, or at the start of the spaces before it (where an item start is
# looked for), the only places a match can start: the same matches.
_ARABIC_PAREN = next(pattern for kind, pattern in _PATTERNS if kind == "arabic-paren")
_BRACKET_DIGIT = re.compile(r"\(\d")


def _bracket_starts(folded: str) -> list[int]:
    """Where a match of ``_ARABIC_PAREN`` may start: before each ``(`` and a digit, behind the spaces before it."""
    starts = []
    for m in _BRACKET_DIGIT.finditer(folded):
        start = m.start()
        while start > 0 and folded[start - 1] in " \t\u3000":
            start -= 1
        starts.append(start)
    return starts


def _finditer(pattern: re.Pattern[str], folded: str, starts: dict[str, list[int]]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(folded)``, trying a pattern of ``_LED_BY`` only where an item may begin (and
    ``_ARABIC_PAREN`` only before a bracket)."""
    first = _LED_BY.get(pattern)
    if first is None and pattern is _ARABIC_PAREN:
        first = "("
        if first not in starts:
            starts[first] = _bracket_starts(folded)
    if first is None:
        yield from pattern.finditer(folded)
        return
    if first not in starts:
        starts[first] = _item_starts(folded, first)
    for start in starts[first]:
        m = pattern.match(folded, start)
        if m is not None:
            yield m


# A page number left in scraped text: ``N、`` opening a line that continues an unfinished one.
# The outline number opening a label or a table row (一、 （一） （1） 1. 1、, not the 1. of 1.5): tables read it
# to tell an outline of numbered groups from a flat list, and to take an indicator's name from its row label.
OUTLINE_LABEL = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")

_UNFINISHED_LINE_END = re.compile(r"[^。！？!?；;:：\s]\s*$")
_PAGE_LINE = 40  # characters of the line before a page number: a page's worth of run-on text
_PAGE_MARKER_LINE = re.compile(r"(?m)^[ \t\u3000]*(?P<n>\d{1,3})、")
# Whitespace-separated figures: the cells of a table row.
_TABLE_FIGURES = re.compile(r"(?:(?<=\s)|^)-?\d+(?:\.\d+)?%?(?=\s|$)")
# Where a new article starts on a multi-article page (篇一, 【篇二】, (篇三)): numbering restarts.
ARTICLE_START = re.compile(
    r"[(（【\[]?篇[一二三四五六七八九十]{1,3}[)）】\]]|第[一二三四五六七八九十\d]{1,3}篇"
    # A title line of its own (not an outline heading): 2024年开发区工作总结
    r"|(?m:^[ \t\u3000]*(?![一二三四五六七八九十]{1,3}[、.]|[(（]|\d{1,2}[、.．)）])"
    r"[^\n。！？；，,:：]{0,30}(?:工作总结|工作报告|工作计划|工作汇报|述职报告)[^\n。！？；，,:：]{0,12}$)"
)

_ARTICLE_NUMBER = r"[(（【\[]篇[一二三四五六七八九十]{1,3}[)）】\]]|篇[一二三四五六七八九十]{1,3}[)）】\]]|第[一二三四五六七八九十\d]{1,3}篇"
# ARTICLE_START's branches, each led by a literal, searched in the text behind a line break: an article number, and a
# title line, found at the line break before it (unless an article number stands at its start, which ARTICLE_START
# tries first), so its match starts one character later than the line break.
_ARTICLE_NUMBER_LED = re.compile(_ARTICLE_NUMBER)
_TITLE_WORD = re.compile("工作总结|工作报告|工作计划|工作汇报|述职报告")
_TITLE_LINE_LED = re.compile(
    r"\n(?!" + _ARTICLE_NUMBER + r")(?P<line>(?m:[ \t\u3000]*(?![一二三四五六七八九十]{1,3}[、.]|[(（]|\d{1,2}[、.．)）])"
    r"[^\n。！？；，,:：]{0,30}(?:" + _TITLE_WORD.pattern + r")[^\n。！？；，,:：]{0,12}$))"
)


def article_starts(text: str) -> list[int]:
    """``[m.start() for m in ARTICLE_START.finditer(text)]``, scanning only where a match can start: the title line
    branch is tried only on the lines holding a title word (a scan of every line start tries the branch's run of up to
    30 characters at every line), the article numbers only in a text holding 篇, and an article number inside a title
    line is none (the line's match holds it). The numbers are read only around each 篇."""
    padded = "\n" + text
    titles: list[tuple[int, int]] = []  # (start, end) in ``padded`` of the title lines
    tried = -1
    for word in _TITLE_WORD.finditer(text):
        line_break = text.rfind("\n", 0, word.start()) + 1  # the line's start in text, its line break's in padded
        if line_break == tried:
            continue
        tried = line_break
        m = _TITLE_LINE_LED.match(padded, line_break)
        if m is not None:
            titles.append((m.start("line"), m.end()))
    starts = [start - 1 for start, _ in titles]
    if "篇" in text:
        inside = iter(titles)
        title = next(inside, None)
        # (each number holds one 篇, at most four characters into it and five from its end: 第十二篇, 【篇十二】)
        windows = ((at - 4, at + 5) for at in anchor_positions(padded, "篇"))
        for m in finditer_in_windows(_ARTICLE_NUMBER_LED, padded, windows):
            while title is not None and title[1] <= m.start():
                title = next(inside, None)
            if title is None or m.start() < title[0] - 1:
                starts.append(m.start() - 1)
        starts.sort()
    return starts


def page_marker_positions(text: str) -> set[int]:
    """Starts of ``N、`` page numbers left at line starts of a scraped document.

    A line that starts with ``N、`` right after a long line that stops mid-sentence is a page break,
    not an outline item. Once a document shows such page numbers, a line-start ``N、`` after a long
    line whose number fits the page series between them (a page that happened to break at a
    sentence end) is one too, and so is a ``1、`` opening the document.
    """
    certain: list[tuple[int, int]] = []
    candidates: list[tuple[int, int]] = []
    for m in _PAGE_MARKER_LINE.finditer(text):
        line_end = m.start() - 1
        if line_end <= 0:
            continue
        previous = text[text.rfind("\n", 0, line_end) + 1 : line_end].strip()
        if len(previous) < _PAGE_LINE:
            continue
        entry = (m.start("n"), int(m.group("n")))
        (certain if _UNFINISHED_LINE_END.search(previous) else candidates).append(entry)
    if not certain:
        return set()
    positions = {pos for pos, _ in certain}
    first = _PAGE_MARKER_LINE.match(text)
    if first and first.group("n") == "1":
        certain.insert(0, (first.start("n"), 1))
        positions.add(first.start("n"))
    for pos, value in candidates:
        before = [v for p, v in certain if p < pos]
        after = [v for p, v in certain if p > pos]
        low = before[-1] if before else 0
        high = after[0] if after else low + 2
        if low < value < high:
            positions.add(pos)
    return positions


def find_markers(folded: str, text: str | None = None) -> list[Marker]:
    """Outline markers of a width-folded text, in document order.

    ``text`` is the text as written (before width folding), needed to tell ``3．10种`` (a marker
    with a full-width point) from ``3.10`` (a decimal); without it the folded text stands in.
    """
    text = folded if text is None else text
    skip = page_marker_positions(folded)
    markers: list[Marker] = []
    taken: set[int] = set()
    starts: dict[str, list[int]] = {}
    rows: dict[int, bool] = {}
    for kind, pattern in _PATTERNS:
        needs = _NEEDS.get(pattern)
        if needs is not None and not any(word in folded for word in needs):
            continue
        for m in _finditer(pattern, folded, starts):
            number_at = m.start("n")
            if number_at in skip or number_at in taken:
                continue
            numeral = m.group("n")
            if kind == "circled":
                value = ord(numeral) - ord("①") + 1
            elif numeral.isdigit():
                value = int(numeral)
            else:
                value = han_number(numeral)
            if value is None or value == 0:
                continue
            if kind == "han-shi" and not _starts_enumeration(folded, number_at):
                continue
            if _in_table_row(folded, number_at, rows):
                continue
            start = number_at - 1 if kind in ("han-paren", "arabic-paren", "han-di", "han-qi", "di-part", "di-section") else number_at
            # no separator consumed: ``8.6个`` (a circled numeral needs none: ① is a marker by itself)
            tentative = kind != "circled" and m.end() == number_at + len(numeral)
            end = m.end() + 1 if tentative else m.end()
            markers.append(Marker(kind, value, start, end, tentative=tentative and text[m.end()] != "．"))
            taken.add(number_at)
    markers.extend(_word_series(folded, skip | taken))
    markers.sort(key=lambda marker: marker.start)
    return markers


def _word_series(folded: str, taken: set[int]) -> list[Marker]:
    """Items labelled by an ordinal word (第一项，第二项，) and the numerals of a verb series inside a paragraph
    (一要…二要…三要). A verb series counts only when its paragraph holds its 一 and its 二, or three items from 一
    (一要 alone, or 一抓到底, is no series)."""
    markers: list[Marker] = []
    if "第" in folded:
        for m in _ORDINAL_ITEM.finditer(folded):
            value = han_number(m.group("n"))
            if value and m.start("n") not in taken and not _in_table_row(folded, m.start("n")):
                markers.append(Marker("han-di-" + m.group("w"), value, m.start(), m.end()))
    series: dict[tuple[int, str], list[Marker]] = {}
    for m in _VERB_ITEM.finditer(folded):
        if m.start() in taken:
            continue
        paragraph = folded.count("\n", 0, m.start())  # (markers are few: counting to each is cheap)
        series.setdefault((paragraph, m.group("w")), []).append(
            Marker("han-v-" + m.group("w"), _HAN_VALUE[m.group("n")], m.start(), m.end())
        )
    for items in series.values():
        values = {item.value for item in items}
        if 1 in values and (2 in values or len(items) >= 3):
            markers.extend(items)
    return markers


def _in_table_row(folded: str, at: int, rows: dict[int, bool] | None = None) -> bool:
    """A row of a table flattened to text (一、食品烟酒⇥1.4⇥2.7): its label is not an outline item. ``rows`` keeps
    the answer of each line read (by its start), for the other markers of the line."""
    line_start = folded.rfind("\n", 0, at) + 1
    if rows is not None:
        known = rows.get(line_start)
        if known is None:
            known = rows[line_start] = _in_table_row(folded, line_start)
        return known
    line_end = folded.find("\n", at)
    line = folded[line_start : line_end if line_end >= 0 else len(folded)]
    return "\t" in line or len(_TABLE_FIGURES.findall(line)) >= 2


def _starts_enumeration(folded: str, at: int) -> bool:
    """一是 opens an enumeration item after punctuation, a line start or a heading run into the text."""
    before = folded[at - 1 : at]
    if not before or before in "\n \t\u3000。！？!?；;:：，,、)）":
        return True
    # 问题一是技术人员不足: a heading without its punctuation, followed by the item.
    return "\u4e00" <= before <= "\u9fff" and before not in HAN_DIGITS
