"""Find every number in a text with its value, unit, magnitude, kind and span.

``extract_quantities(text)`` is the single entry point. Values are Decimals; ``decimals`` keeps
the precision as written (2.71 -> 2), which the relation checks turn into rounding tolerance.

What is recognised:

- Arabic digits with decimals, thousands separators (``1,234.5``; a Chinese comma ``，`` never is
  one) and full-width digits (``１２．５``); one space from PDF extraction between the number and its
  magnitude or unit (``2850 万元``); a leading minus (``增长-3.2%``).
- Chinese numerals followed by a unit (十二个, 两千亩, 一百二十三点四五亿元), 百分之十二点三,
  三分之一, 翻一番, 增长一倍: the numeral span alone goes through chinese_numerals, never the sentence.
- Magnitudes 千/万/亿/万亿 (also 百万, 千万) and the units of lexicon/units.toml (万元, 亿元, 万美元, 万吨,
  平方公里, 万平方米, ㎡, 亩, 个, 家, 项, 户, 人, 人次, 件次, 场次, 份, 例 ... and per-units such as 万元/亩).
- %, ％, ‰ are percents; 个百分点 are percentage points (``kind == "points"``), not percents.
- Approximations: 约, 近, 超过, 逾, 不足 before; 余, 多 inside; 以上, 左右, 以内 after. ``qualifier``
  keeps the word, ``approximate`` says whether there is one, ``bound`` how it widens the value.
- Ranges: ``2160到2496万元``, ``2-5亿元``, ``30%—40%`` are ONE quantity with ``value`` (low) and
  ``high``.
- Numbers that are not amounts get a ``kind`` so relation finders can skip them: years (2024年),
  dates (3月15日, 1-6月), ordinals (第3), list markers (1、 (2)), document numbers (〔2024〕5号),
  labels (5号楼), model names (5G, G20, PM2.5, 14nm) and thresholds (5000万元以上项目).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import MISSING, dataclass, fields, replace
from decimal import Decimal, InvalidOperation
from operator import attrgetter
from typing import Iterator

from draftcheck.numbers.chinese_numerals import (
    chinese_to_decimal,
    decimals_of,
    fraction_value,
    split_magnitude,
)
from draftcheck.lexicon import counting_units, extraction_units, unit_synonyms
from draftcheck.lexicon.words import alternation, words
from draftcheck.text.width import _FULL_TO_HALF, replace_each
from draftcheck.text.windowed_scan import finditer_located

MAGNITUDES = {
    "千": Decimal(1000),
    "万": Decimal(10000),
    "十万": Decimal(10**5),
    "百万": Decimal(10**6),
    "千万": Decimal(10**7),
    "亿": Decimal(10**8),
    "百亿": Decimal(10**10),
    "千亿": Decimal(10**11),
    "万亿": Decimal(10**12),
}

# Units after the magnitude, from lexicon/units.toml (the hand-written dimensions, the measure words mined
# by scripts/build_units.py and the units without a dimension): one list is the truth. The regexes try them
# longest first, so 万美元 wins over 万, 人次 over 人, 件次 over 件.
BASE_UNITS = extraction_units()
# Measure words of things counted one by one: an integer count of them is exact, not rounded.
COUNT_UNITS = counting_units()
# Units that measure the same thing under another name.
_SAME_DIMENSION = unit_synonyms()
# Units spelled in Latin letters; any other letters glued to a number make it a model name (5G, 14nm).
LATIN_UNITS = frozenset({"km", "kg", "kw", "kwh", "mw", "mwh", "gw", "gwh", "kv", "kva", "t", "m", "mm", "cm", "ha"})


class Kind:
    """What a number is. Only AMOUNT, PERCENT, POINTS, MULTIPLE and FRACTION are values to relate."""

    AMOUNT = "amount"  # 68787万元, 12个, 144.5亩, 3年 (a duration), 7359万
    PERCENT = "percent"  # 12.5%, 百分之十二点三
    POINTS = "points"  # 2.3个百分点
    MULTIPLE = "multiple"  # 1.5倍, 增长一倍, 翻一番 (unit 番)
    FRACTION = "fraction"  # 三分之一
    YEAR = "year"  # 2024年, 〔2024〕, 2021-2025年
    DATE = "date"  # 3月, 15日, 1-6月, 一季度
    ORDINAL = "ordinal"  # 第3, 第三批
    LIST_MARKER = "list-marker"  # 1、 (2) （3） 4. at the start of an item
    DOC_NUMBER = "doc-number"  # 〔2024〕5号
    LABEL = "label"  # 5号楼, 3号线
    MODEL = "model"  # 5G, G20, PM2.5, 14nm, 4A级
    THRESHOLD = "threshold"  # 5000万元以上项目, 超1000万元的项目: a class boundary, not an amount

    VALUES = frozenset({AMOUNT, PERCENT, POINTS, MULTIPLE, FRACTION})


# Qualifier words and how they move the true value away from the written one.
_ABOUT = ("约", "大约", "左右", "上下")
_LOWER = ("余", "多", "超过", "超", "逾", "过", "以上", "及以上")  # true value >= written
_UPPER = ("近", "将近", "接近", "不足", "不到", "不超过", "以内", "以下", "及以下")  # true value <= written
_OPEN_ENDED = frozenset({"超过", "超", "逾", "过", "以上", "及以上", "不足", "不到", "不超过", "以内", "以下", "及以下"})


@dataclass(frozen=True)
class Quantity:
    start: int  # span of the whole quantity (number + magnitude + unit) in the document
    end: int
    number_start: int  # span of the digits alone (of the low end, for a range)
    number_end: int
    value: Decimal  # the number as written, before magnitude (2.71 for 2.71亿元); the low end of a range
    decimals: int  # digits after the decimal point as written
    magnitude: Decimal  # 1, 1000, 10000, 1e8, 1e12
    unit: str  # base unit without magnitude: 元, 美元, %, 个百分点, 个, 亩 ...
    approximate: bool = False  # 约, 近, 余, 多, 以上, 左右 ...
    kind: str = Kind.AMOUNT  # see Kind: relation finders only relate Kind.VALUES
    high: Decimal | None = None  # the high end of a range (2160到2496万元 -> 2496), same magnitude
    high_decimals: int = 0
    qualifier: str = ""  # the approximation word as written: 约, 近, 余, 多, 以上, 左右, 超过 ...
    script: str = "arabic"  # "arabic" or "chinese"

    @property
    def scaled(self) -> Decimal:
        """Value in base units (2.25亿元 -> 225000000 元)."""
        return self.value * self.magnitude

    @property
    def half_unit(self) -> Decimal:
        """Half of the last written digit, in base units: the rounding slack of this number."""
        return Decimal(5) * Decimal(10) ** (-(self.decimals + 1)) * self.magnitude

    @property
    def is_percent(self) -> bool:
        return self.unit == "%"

    @property
    def is_exact_count(self) -> bool:
        """12家, 46个: an integer number of things counted one by one has no rounding slack."""
        return self.unit in COUNT_UNITS and self.magnitude == 1 and self.decimals == 0

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def is_value(self) -> bool:
        """A value a relation may use (an amount, percent, points, multiple or fraction)."""
        return self.kind in Kind.VALUES

    @property
    def dimension(self) -> str:
        """What can be added to what: 万元 and 亿元 share 元, 名 and 人 share 人; 亩 and 元 never meet."""
        return _SAME_DIMENSION.get(self.unit, self.unit)

    @property
    def bound(self) -> str:
        """How the qualifier widens the value: "about", "lower" (value is a floor), "upper" (a ceiling) or ""."""
        if not self.qualifier:
            return ""
        if self.qualifier in _LOWER:
            return "lower"
        if self.qualifier in _UPPER:
            return "upper"
        return "about"

    @property
    def open_ended(self) -> bool:
        """以上, 超过, 不足 ...: the written value bounds the true one on one side only."""
        return self.qualifier in _OPEN_ENDED


_QUANTITY_DEFAULTS = {f.name: f.default for f in fields(Quantity) if f.default is not MISSING}


# ---------------------------------------------------------------------------------------------
# Patterns (precompiled once; every repetition is bounded, so adversarial input stays linear)

# Fold full-width ASCII like draftcheck.text.width, except the Chinese comma: ``1，234`` is two numbers.
_FOLD = dict(_FULL_TO_HALF)
del _FOLD[0xFF0C]
# The characters _FOLD maps, replaced one distinct character at a time (see text/width.py).
_FOLD_CHARACTER = re.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000]")
_FOLD_OF = {chr(code): chr(half) for code, half in _FOLD.items()}

_MAG = "万亿|千亿|百亿|千万|百万|十万|亿|万|千(?!伏|瓦|米|克|卡|帕|赫|兆)"
_UNIT = "|".join(re.escape(u) for u in sorted(BASE_UNITS, key=len, reverse=True))
_PRE = alternation(("approximation", "before"))
_POST = alternation(("approximation", "after"))

# 约 ending a word (签约12个项目, 节约3万元, 合约) is not "about".
_PRE_LAST = frozenset(word[-1] for word in words("approximation", "before"))  # cheap test before _PRE_BEFORE
_ONE = Decimal(1)
_PRE_BEFORE = re.compile(rf"(?:{_PRE})(?<![签节合制预公条契践履邀特简]约)$")
# (Led by a digit class, not a lookaround, so that the regex engine skips to the digits; the lookbehind
# after the first digit is the old ``(?<![\d.,])`` before it, and \d\d{0,2} / \d\d{0,29} are \d{1,3} / \d{1,30}.)
# Thousands may also be grouped by spaces, as typeset reports write them (45 830元, 2 180元): only before a
# decimal point, a magnitude or a unit, so that two numbers side by side are never joined (nor a label's: 表1 200家).
_ARABIC = re.compile(
    r"(?P<int>\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3}){1,10}(?![\d,])"
    rf"|(?<![表图第条款项附]\d)\d{{0,2}}(?:[ \u2009\u202f\u00a0]\d{{3}}){{1,6}}(?![\d,])(?=\.\d|[ \t]?(?:{_MAG}|{_UNIT}))"
    r"|\d{0,29}))(?:\.(?P<frac>\d{1,12}))?(?!\d)(?!\.[\d.])"
    rf"[ \t]?(?P<q1>余|多)?(?P<mag>{_MAG})?(?P<q2>余|多)?[ \t]?(?P<unit>{_UNIT})?"
    rf"(?P<per>/(?:(?:{_MAG})?(?:{_UNIT})))?(?P<post>{_POST})?"
)

_GROUP_MARKS = str.maketrans("", "", ", \u2009\u202f\u00a0")  # what may group the thousands of an integer

_CN_DIGIT = "零〇一二三四五六七八九两"
_CN_RUN = rf"[{_CN_DIGIT}十][{_CN_DIGIT}十百千万亿]{{0,15}}(?:点[零〇一二三四五六七八九]{{1,8}})?(?:万亿|亿|万)?"
# Units that may follow a Chinese numeral: the measure words, money and the common measures.
_CHINESE = re.compile(
    rf"(?=[{_CN_DIGIT}十百翻])(?<![{_CN_DIGIT}十百千万亿点])"
    rf"(?:百分之(?P<pct>[{_CN_DIGIT}十百]{{1,6}}(?:点[零〇一二三四五六七八九]{{1,8}})?)"
    rf"|(?P<den>[{_CN_DIGIT}十][{_CN_DIGIT}十百千万]{{0,5}})分之(?P<numr>[{_CN_DIGIT}十百]{{1,6}}(?:点[零〇一二三四五六七八九]{{1,8}})?)"
    rf"|翻(?P<fan>[一两二三四五六])?番"
    rf"|(?P<cn>{_CN_RUN})(?P<q>余|多)?(?P<mag>(?<=[余多])(?:万亿|亿|万))?(?P<unit>{_UNIT}))"
    rf"(?P<post>{_POST})?"
)

# Where a _CHINESE match may start (see text/windowed_scan.finditer_located): its first character and
# lookbehind, then what any branch holds before its end (百分之 / 三分之一 / 翻两番 / 一百二十三点四五亿余 …,
# at most 30 characters of numerals, 点, 余 and 多) and a unit, 分之 or 番.
_CHINESE_START = re.compile(
    rf"[{_CN_DIGIT}十百翻](?<![{_CN_DIGIT}十百千万亿点][{_CN_DIGIT}十百翻])"
    rf"[{_CN_DIGIT}十百千万亿点余多]{{0,30}}(?:{_UNIT}|分之|番)"
)

_POST_WORD = re.compile(_POST)
_LETTERS = re.compile(r"[A-Za-z]{1,8}")
# 2024-03-15, 2024/3/15, 2024.3.15 and 9:30, 09:30:00, each not preceded by a digit (led by a digit class so
# that the engine skips to the digits: the first digit is 1 of 18xx/19xx or 2 of 20xx, or the hour's first).
# A figure with a decimal point on either side of the colon is a term of a ratio, no time (1.9:35.4:62.7).
_ISO_DATE = re.compile(
    r"\d(?<!\d\d)(?:(?:(?<=1)[89]|(?<=2)0)\d{2}([-/.])\d{1,2}\1\d{1,2}(?!\d)|(?<!\.\d)\d?:\d{2}(?::\d{2})?(?!\d)(?!\.\d))"
)
_CHANGE_FROM = re.compile(r"[从由][^，,。；;]{0,12}$")
_RANGE_GAP = re.compile(r"[ \t]?(?:-|—{1,2}|–|~|〜|至|到)[ \t]?")
_NEGATIVE_BEFORE = frozenset("长降为是比:,，(（ \t\n")  # (同比-8.6%: a rate written with its sign)
_ITEM_START = frozenset("\n\r。；;：:\t ")
_LIST_CLOSERS = (")", "）")
_DOC_BRACKETS = "〔〕[]【】"
_CJK_PUNCT = frozenset("，,。；;：:、！？!?（）()“”\"'《》 \t\n\r")


def fold_for_numbers(text: str) -> str:
    """Full-width digits, letters, ％ and ．folded to ASCII (same length); the Chinese comma kept."""
    return replace_each(text, _FOLD_CHARACTER, _FOLD_OF)


def extract_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, in order of position, ranges merged into one quantity."""
    folded = fold_for_numbers(text)
    masked = _masked_spans(folded)
    found = [q for q in _arabic_quantities(folded) if not masked or not _inside(q.start, masked)]
    found.extend(_chinese_quantities(folded))
    found.sort(key=_POSITION)
    found = _merge_ranges(folded, found)
    return [_classify(folded, q) for q in found]


_POSITION = attrgetter("start", "end")  # (the sort key (q.start, q.end), computed in C)


def _masked_spans(folded: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _ISO_DATE.finditer(folded)]


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (position, len(spans) and 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= position < spans[i][1]


def _arabic_quantities(folded: str):
    # (hot loop: one groups() call per match instead of a group() call per field; the Quantity is built as
    # _new_quantity builds it, inlined; the value of a number written before comes from _DECIMALS)
    new = object.__new__
    decimals_of_text = _DECIMALS
    for m in _ARABIC.finditer(folded):
        integer, fraction, q1, mag, q2, unit, per, post = m.group("int", "frac", "q1", "mag", "q2", "unit", "per", "post")
        fraction = fraction or ""
        written = integer + "." + fraction if fraction else integer
        value = decimals_of_text.get(written)
        if value is None:
            try:
                value = Decimal(integer.translate(_GROUP_MARKS) + ("." + fraction if fraction else "")) if fraction or not integer.isdigit() else Decimal(integer)
            except InvalidOperation:  # pragma: no cover - the pattern only admits digits
                continue
            if len(decimals_of_text) < _DECIMALS_KEPT:
                decimals_of_text[written] = value
        number_start = m.start("int")
        if number_start >= 1 and folded[number_start - 1] in "-−" and (
            number_start == 1 or folded[number_start - 2] in _NEGATIVE_BEFORE
        ):
            value = -value
            number_start -= 1
        number_end = m.end("frac") if fraction else m.end("int")
        mag = mag or ""
        unit = unit or ""
        if per:
            unit = unit + per
        if mag or unit:
            # the match ends at the last of magnitude, 余/多, unit and per-unit; a trailing approximation
            # word after them (左右, 以上) is not part of the span
            end = m.end("post") - len(post) if post else m.end()
            if end > number_end and folded[end - 1] in " \t":
                end -= 1
        else:
            end = number_end  # a bare number: do not swallow the trailing space
        qualifier = (_prefix(folded, number_start) if number_start and folded[number_start - 1] in _PRE_LAST else "") or q1 or q2 or post or ""
        q = new(Quantity)
        state = q.__dict__
        state.update(_QUANTITY_DEFAULTS)
        # (item by item: cheaper than update() with keywords)
        state["start"] = number_start
        state["end"] = end
        state["number_start"] = number_start
        state["number_end"] = number_end
        state["value"] = value
        state["decimals"] = len(fraction)
        state["magnitude"] = MAGNITUDES.get(mag, _ONE)
        state["unit"] = unit
        state["approximate"] = bool(qualifier)
        state["qualifier"] = qualifier
        yield q


# The value of each number as written (``1,234.5`` -> Decimal("1234.5")): Decimals are immutable, and a
# document writes the same few thousand numbers again and again. (Bounded: a text of distinct numbers stops
# adding to it.)
_DECIMALS: dict[str, Decimal] = {}
_DECIMALS_KEPT = 50_000


def _new_quantity(**values) -> Quantity:
    """A Quantity built without the frozen dataclass's per-field ``object.__setattr__`` (the extraction
    loop makes tens of thousands of them per report). Same fields, defaults and equality as
    ``Quantity(**values)``; used only on instances no one else has seen yet."""
    q = object.__new__(Quantity)
    state = q.__dict__
    state.update(_QUANTITY_DEFAULTS)
    state.update(values)
    return q


def _quantity(start, end, number_start, number_end, value, decimals, magnitude, unit, approximate, **rest) -> Quantity:
    """``Quantity(...)`` with the same arguments, built as _new_quantity builds it."""
    return _new_quantity(start=start, end=end, number_start=number_start, number_end=number_end, value=value,
                         decimals=decimals, magnitude=magnitude, unit=unit, approximate=approximate, **rest)


def _with_kind(q: Quantity, kind: str) -> Quantity:
    """``replace(q, kind=kind)`` at a fraction of its cost (see _new_quantity)."""
    copy = object.__new__(Quantity)
    copy.__dict__.update(q.__dict__)
    copy.__dict__["kind"] = kind
    return copy


def _prefix(folded: str, start: int) -> str:
    """The approximation word written just before a number (约, 近, 超过 ...), or ""."""
    m = _PRE_BEFORE.search(folded, max(0, start - 3), start)
    return m.group(0) if m else ""


def _chinese_quantities(folded: str):
    for m in finditer_located(_CHINESE, _CHINESE_START, folded):
        start = m.start()
        # (_prefix only where the character before could end an approximation word, as for Arabic numbers)
        qualifier = (_prefix(folded, start) if start and folded[start - 1] in _PRE_LAST else "") or m.group("post") or ""
        if m.group("pct") is not None:
            numeral = m.group("pct")
            value = chinese_to_decimal(numeral)
            if value is None:
                continue
            yield _quantity(m.start(), m.end("pct"), m.start("pct"), m.end("pct"), value, decimals_of(numeral),
                           Decimal(1), "%", bool(qualifier), kind=Kind.PERCENT, qualifier=qualifier, script="chinese")
        elif m.group("numr") is not None:
            value = fraction_value(m.group("den"), m.group("numr"))
            if value is None:
                continue
            yield _quantity(m.start("den"), m.end("numr"), m.start("den"), m.end("numr"), value, 4, Decimal(1), "",
                           bool(qualifier), kind=Kind.FRACTION, qualifier=qualifier, script="chinese")
        elif m.group("cn") is None:  # 翻一番 / 翻两番 / 翻番
            word = m.group("fan") or "一"
            times = chinese_to_decimal(word) or Decimal(1)
            end = m.end() - len(m.group("post") or "")
            yield _quantity(m.start(), end, m.start(), end, times, 0, Decimal(1), "番", bool(qualifier),
                           kind=Kind.MULTIPLE, qualifier=qualifier, script="chinese")
        else:
            numeral, magnitude = split_magnitude(m.group("cn"))
            value = chinese_to_decimal(numeral)
            if value is None:
                continue
            if m.group("mag"):  # 一百多万元, 两千余万元
                magnitude *= MAGNITUDES[m.group("mag")]
            qualifier = qualifier or m.group("q") or ""
            yield _quantity(m.start("cn"), m.end("unit"), m.start("cn"), m.end("cn"), value, decimals_of(numeral),
                           magnitude, m.group("unit"), bool(qualifier), qualifier=qualifier, script="chinese")


def _merge_ranges(folded: str, found: list[Quantity]) -> list[Quantity]:
    """2160到2496万元, 2-5亿元, 30%—40%: two numbers joined by a range sign are one quantity."""
    merged: list[Quantity] = []
    i = 0
    while i < len(found):
        low = found[i]
        if i + 1 < len(found):
            high = found[i + 1]
            # (a range sign with its spaces is 1 to 4 characters: no need to try the pattern elsewhere)
            gap = 0 < high.start - low.end <= 4 and _RANGE_GAP.fullmatch(folded, low.end, high.start)
            if (
                gap
                and low.script == high.script == "arabic"
                and low.unit in ("", high.unit)
                and (low.magnitude == 1 and not low.unit or low.magnitude == high.magnitude)
                and low.value >= 0
                and high.value >= low.value
                and not low.qualifier.endswith(("以上", "以下", "左右"))
                and not _is_change_from(folded, low.start, folded[gap.start():gap.end()].strip())
            ):
                merged.append(
                    replace(
                        high,
                        start=low.start,
                        number_start=low.number_start,
                        number_end=low.number_end,
                        value=low.value,
                        decimals=low.decimals,
                        high=high.value,
                        high_decimals=high.decimals,
                        approximate=low.approximate or high.approximate,
                        qualifier=low.qualifier or high.qualifier,
                    )
                )
                i += 2
                continue
        merged.append(low)
        i += 1
    return merged


def _is_change_from(folded: str, start: int, sign: str) -> bool:
    """从120到150 / 由88到317 describe a change, not a range."""
    return sign in ("到", "至") and bool(_CHANGE_FROM.search(folded, max(0, start - 12), start))


def _classify(folded: str, q: Quantity) -> Quantity:
    kind = _kind_of(folded, q)
    return q if kind == q.kind else _with_kind(q, kind)


def _kind_of(folded: str, q: Quantity) -> str:
    # "\0" at the ends of the text, so that ``in "..."`` tests never match an empty string
    before = folded[q.start - 1] if q.start > 0 else "\0"
    after = folded[q.end] if q.end < len(folded) else "\0"
    unit = q.unit
    if q.kind != Kind.AMOUNT:
        return q.kind
    if before == "第" or folded[max(0, q.start - 2) : q.start] in ("第 ", "第\t"):
        return Kind.ORDINAL
    if q.script == "arabic" and (before.isascii() and before.isalpha() or before in "-_" and _ascii_alpha_before(folded, q.start - 1)):
        return Kind.MODEL
    if q.script == "arabic" and not unit and after.isascii() and after.isalpha():
        letters = _LETTERS.match(folded, q.end).group(0)
        if letters.lower() not in LATIN_UNITS:
            return Kind.MODEL
    if before == "/":
        return Kind.LABEL  # 14.3/10万: the denominator of a rate
    if unit == "年" and after == "代":
        return Kind.DATE  # 四十年代
    if unit in ("%", "‰"):
        return Kind.PERCENT if not _threshold(folded, q) else Kind.THRESHOLD
    if unit in ("个百分点", "百分点"):
        return Kind.POINTS
    if unit in ("倍", "番"):
        return Kind.MULTIPLE
    integral = q.decimals == 0 and q.magnitude == 1
    if unit == "年" and integral and q.script == "arabic" and 1000 <= q.value <= 2999 and q.number_end - q.number_start == 4:
        return Kind.YEAR
    if unit == "年" and q.script == "chinese" and q.value >= 1000 and "十" not in folded[q.number_start : q.number_end]:
        return Kind.YEAR
    if unit in ("月", "季度") and integral and 1 <= q.value <= 12 and not folded[max(0, q.start - 1) : q.start] == "个":
        return Kind.DATE
    if unit == "日" and integral and 1 <= q.value <= 31:
        return Kind.DATE
    if unit == "次" and after == "性":
        return Kind.LABEL  # 一次性补贴: an adjective, not a count
    if unit in ("期", "届") and after in "工项厂建用园区":
        return Kind.LABEL  # 一期工程, 二期项目: a phase's name, not a count
    if unit == "号":
        if before in _DOC_BRACKETS:
            return Kind.DOC_NUMBER
        if folded[max(0, q.start - 1) : q.start] == "月":
            return Kind.DATE
        return Kind.LABEL
    if not unit and q.magnitude == 1 and q.script == "arabic":
        if before in "〔[【" and after in "〕]】":
            return Kind.YEAR if q.number_end - q.number_start == 4 else Kind.DOC_NUMBER
        if after == "、" and _starts_item(folded, q.start) and not folded[q.end + 1 : q.end + 2].isdigit():
            return Kind.LIST_MARKER
        if before in "(（" and after in _LIST_CLOSERS:
            return Kind.LIST_MARKER
        if after in _LIST_CLOSERS and _starts_item(folded, q.start):
            return Kind.LIST_MARKER
        if after == "." and _starts_item(folded, q.start) and q.decimals == 0:
            return Kind.LIST_MARKER
        if after == "年" or folded[q.end : q.end + 2] in (" 年",):
            return Kind.YEAR  # 2021-2025年 already merged; a lone year before 年度 etc.
    if _threshold(folded, q):
        return Kind.THRESHOLD
    return Kind.AMOUNT


def _ascii_alpha_before(folded: str, index: int) -> bool:
    return index > 0 and folded[index - 1].isascii() and folded[index - 1].isalpha()


def _starts_item(folded: str, start: int) -> bool:
    """Nothing but an item boundary (line start, 。；：) before ``start``."""
    return start == 0 or folded[start - 1] in _ITEM_START


def _threshold(folded: str, q: Quantity) -> bool:
    """5000万元以上项目 / 超1000万元的项目 / 10%以上的企业: a class boundary naming a group."""
    if not q.qualifier:
        return False
    tail_start = q.end
    post = _POST_WORD.match(folded, q.end)
    if post:
        tail_start = q.end + len(post.group(0))
        if post.group(0) in ("左右", "上下"):
            return False
    elif q.qualifier not in ("超过", "超", "逾", "不足", "不到", "不超过"):
        return False
    following = folded[tail_start : tail_start + 1]
    if not following or following in _CJK_PUNCT:
        return False
    if following == "的":
        return True
    # 以上项目 / 以上企业 / 以下的: a noun directly after the bound; not 以上，or 以上。
    return bool(post) and "\u4e00" <= following <= "\u9fff" and following not in "和与及或至到"


# ---------------------------------------------------------------------------------------------


class QuantityIndex:
    """The quantities of one document, searchable by position (shared by every relation finder)."""

    def __init__(self, quantities: list[Quantity]) -> None:
        self.quantities = quantities
        self.starts = [q.start for q in quantities]  # sorted (quantities come in order of position)
        # statement_spans.quantities_in: id(spans) -> (spans, the quantities of each span), one computation
        # for every finder reading the same shared spans
        self.within_spans: dict[int, tuple[object, list[list[Quantity]]]] = {}

    def between(self, start: int, end: int) -> list[Quantity]:
        """Quantities that start at or after ``start`` and end at or before ``end``."""
        return list(self.iter_between(start, end))

    def iter_between(self, start: int, end: int) -> Iterator[Quantity]:
        """:meth:`between`, lazily: a reader that stops at its first non-part reads only that far."""
        i = bisect.bisect_left(self.starts, start)
        while i < len(self.quantities) and self.quantities[i].start < end:
            if self.quantities[i].end <= end:
                yield self.quantities[i]
            i += 1


def document_quantities(ctx) -> QuantityIndex:
    """The quantities of ``ctx.text``, extracted once per document and shared through ``ctx.shared``."""
    return ctx.shared("quantities", lambda c: QuantityIndex(extract_quantities(c.text)))
