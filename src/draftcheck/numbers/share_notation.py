"""Shares written in words, read as the percentages they stand for.

Reports write a share of a whole in three notations besides ``38.5%``:

- tenths (成): ``省外游客占三成`` (30%), ``占比近六成`` (up to 60%), ``三成五`` (35%), ``超过八成`` (80% or more),
  ``七成左右``. A share in tenths is rounded to the tenth: ``六成`` stands for [55%, 65%];
- 百分之 with a Chinese numeral: ``百分之九十`` (90%), ``百分之十二点五`` (12.5%); the quantity parser reads
  these already (``Kind.PERCENT``), but patterns written over ``\\d+%`` do not see them;
- full-width digits (``３８．５％``), which the width-folded text already shows as ASCII;
- fractions (``超过三分之一``), which the ratio finder reads as percentages (``fraction_as_percent``).

Two views serve the relation finders, so that a known relation written in another notation is found
without a second set of patterns:

- ``tenths_quantities(folded, start, end)``: every share in tenths of a span as a ``Quantity``
  (``Kind.PERCENT``, unit ``%``, value in percent, ``decimals=-1`` for whole tenths so its rounding is
  five points); the ratio finder (DC303) relates them like any percentage;
- ``ShareView``: a statement rewritten with every share in words as ASCII (``占三成`` -> ``占30%``,
  ``百分之九十`` -> ``90%``) and a map from its offsets back to the document; the share-sum finder (DC204)
  runs its patterns over the view and maps what it finds back.

A tenth is read as a share only after a share word in its clause (占, 占比, 比重, 比例, 份额) or with
an approximation word around it (近/约/超过 … 成, 成以上/左右): ``一成不变``, ``建成``, ``完成`` and
``九成新`` stay words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.numbers.chinese_numerals import chinese_to_decimal, decimals_of
from draftcheck.numbers.quantity import Kind, Quantity

_TEN = Decimal(10)
_TENTH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 三成 / 三成五 / 三成半 / 近六成 / 超过八成 / 七成以上 / 六成左右 (a digit or 十 before it would be a larger numeral)
_TENTH = re.compile(
    r"(?<![零〇一二三四五六七八九两十百千万亿\d.])(?P<pre>将近|接近|大约|超过|不足|不到|约|近|超|逾|达到?)?"
    r"(?P<n>[一二两三四五六七八九]|[1-9])成(?P<tail>半|[一二三四五六七八九](?![成十百千万亿]))?"
    r"(?!不变|为|立|员|本|果|效|熟|长|交|功|就|绩|品|都|型|套|片|批|年|人|新|色|份|分|事|才|语|活|全|群|材|像|因|器|家)"
    r"(?P<post>以上|以下|左右|上下|多)?"
)
_SHARE_WORD = re.compile(r"占|比重|比例|份额|占比|[\u4e00-\u9fff]率")
_CLAUSE_MARKS = "，,。；;：:！？!?\n"
_PERCENT_WORDS = re.compile(r"百分之(?P<n>[零〇一二三四五六七八九两十百]{1,6}(?:点[零〇一二三四五六七八九]{1,8})?)")
# a fraction read as a share after a share word or 其余 (约占三分之二, 其余五分之一): 千分之 / 百分之 are not fractions here
_FRACTION_SHARE = re.compile(
    r"(?:占|占比|比重|其余|其他|剩余|余下)(?:为|达到?|约|近|是)*"
    r"(?P<d>(?<![百千万])[二两三四五六七八九十]{1,2})分之(?P<n>[一二两三四五六七八九十]{1,2})(?![十百千万])"
)


def tenths_quantities(folded: str, start: int, end: int) -> list[Quantity]:
    """Every share in tenths (成) of ``folded[start:end]`` as a percentage ``Quantity``."""
    if "成" not in folded[start:end]:
        return []
    out = []
    for m in _TENTH.finditer(folded, start, end):
        quantity = _tenth(folded, m, start)
        if quantity is not None:
            out.append(quantity)
    return out


def _tenth(folded: str, m: re.Match, floor: int) -> Quantity | None:
    pre, post = m.group("pre") or "", m.group("post") or ""
    clause_start = max((folded.rfind(ch, floor, m.start()) for ch in _CLAUSE_MARKS), default=-1) + 1
    clause_start = max(clause_start, floor)
    before = folded[max(clause_start, m.start() - 14) : m.start()]
    # (完成八成: the share of a task done)
    if not (_SHARE_WORD.search(before) or before.endswith(("的", "完成", "完成了")) or (pre and pre not in ("达", "达到")) or post):
        return None  # 三成 without a share word or an approximation around it: a word, not a share
    digit = m.group("n")
    value = Decimal(_TENTH_DIGITS.get(digit, 0) or int(digit)) * _TEN
    tail = m.group("tail") or ""
    decimals = -1
    if tail == "半":
        value += 5
        decimals = 0
    elif tail:
        value += _TENTH_DIGITS[tail]
        decimals = 0
    qualifier = pre if pre not in ("达", "达到") else ""
    qualifier = qualifier or ("多" if post == "多" else post)
    number_start = m.start("n")
    end = m.end("tail") if tail else m.end("n") + 1
    return Quantity(
        number_start, end, number_start, end, value, decimals, Decimal(1), "%", bool(qualifier),
        kind=Kind.PERCENT, qualifier=qualifier, script="chinese",
    )


class ShareView:
    """A statement with its shares in words written as ASCII percentages, and the way back to the document.

    ``text`` is the rewritten statement; ``doc(i)`` the document offset of view offset ``i`` (a position
    inside a rewritten share maps to the share's start, the position after it to the share's end)."""

    def __init__(self, folded: str, start: int, end: int) -> None:
        pieces: list[str] = []
        offsets: list[int] = []
        position = start
        for token_start, token_end, written in _word_shares(folded, start, end):
            pieces.append(folded[position:token_start])
            offsets.extend(range(position, token_start))
            pieces.append(written)
            offsets.extend([token_start] * len(written))
            position = token_end
        pieces.append(folded[position:end])
        offsets.extend(range(position, end))
        offsets.append(end)
        self.text = "".join(pieces)
        self._offsets = offsets
        self.changed = len(offsets) - 1 != end - start or self.text != folded[start:end]

    def doc(self, index: int) -> int:
        return self._offsets[max(0, min(index, len(self._offsets) - 1))]


def _word_shares(folded: str, start: int, end: int):
    """(start, end, ASCII form) of every share written in words, in order of position."""
    found = []
    for q in tenths_quantities(folded, start, end):
        found.append((q.start, q.end, _ascii(q.value, max(q.decimals, 0)) + "%"))
    if "百分之" in folded[start:end]:
        for m in _PERCENT_WORDS.finditer(folded, start, end):
            value = chinese_to_decimal(m.group("n"))
            if value is not None:
                found.append((m.start(), m.end(), _ascii(value, decimals_of(m.group("n"))) + "%"))
    if "分之" in folded[start:end]:
        for m in _FRACTION_SHARE.finditer(folded, start, end):
            d, n = chinese_to_decimal(m.group("d")), chinese_to_decimal(m.group("n"))
            if d and n is not None and 0 < n < d:
                found.append((m.start("d"), m.end("n"), _ascii((n * 100 / d).quantize(Decimal("0.01")), 2) + "%"))
    found.sort()
    kept, last_end = [], start
    for token in found:
        if token[0] >= last_end:
            kept.append(token)
            last_end = token[1]
    return kept


def _ascii(value: Decimal, decimals: int) -> str:
    return f"{value:.{decimals}f}"


def fraction_as_percent(q: Quantity) -> Quantity:
    """三分之一 as the percentage it stands for (33.33%, two decimals: the fraction itself is exact)."""
    value = (q.value * 100).quantize(Decimal("0.01"))
    return Quantity(q.start, q.end, q.number_start, q.number_end, value, 2, Decimal(1), "%", q.approximate,
                    kind=Kind.PERCENT, qualifier=q.qualifier, script="chinese")


def has_word_shares(folded: str, start: int, end: int) -> bool:
    """Whether a span may hold a share in words (cheap test before building a view)."""
    text = folded[start:end]
    return "百分之" in text or "分之" in text or ("成" in text and _TENTH.search(text) is not None)
