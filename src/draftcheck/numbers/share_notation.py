"""Shares written in words, read as the percentages they stand for.

Reports write a share of a whole in three notations besides ``38.5%``:

- tenths (成): ``省外游客占三成`` (30%), ``占比近六成`` (up to 60%), ``三成五`` (35%), ``超过八成`` (80% or more),
  ``七成左右``. A share in tenths is rounded to the tenth: ``六成`` stands for [55%, 65%];
- 百分之 with a Chinese numeral: ``百分之九十`` (90%), ``百分之十二点五`` (12.5%); the quantity parser reads
  these already (``Kind.PERCENT``), but patterns written over ``\\d+%`` do not see them;
- full-width digits (``３８．５％``), which the width-folded text already shows as ASCII;
- fractions (``超过三分之一``), which the ratio finder reads as percentages (``fraction_as_percent``).

``tenths_quantities(folded, start, end)`` gives every share in tenths of a span as a ``Quantity``
(``Kind.PERCENT``, unit ``%``, value in percent, ``decimals=-1`` for whole tenths so its rounding is five
points): the ratio finder (DC303) relates them like any percentage, and the share-sum finder (DC204) adds them
to the clause model's percentages of a statement, so that a known relation written in another notation is
found without a second set of patterns.

A tenth is read as a share only after a share word in its clause (占, 占比, 比重, 比例, 份额) or with
an approximation word around it (近/约/超过 … 成, 成以上/左右): ``一成不变``, ``建成``, ``完成`` and
``九成新`` stay words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.lexicon.words import words
from draftcheck.numbers.quantity import Kind, Quantity

_TEN = Decimal(10)
_TENTH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# 三成 / 三成五 / 三成半 / 近六成 / 超过八成 / 七成以上 / 六成左右 (a digit or 十 before it would be a larger numeral)
_TENTH = re.compile(
    r"(?<![零〇一二三四五六七八九两十百千万亿\d.])(?P<pre>将近|接近|大约|超过|不足|不到|约|近|超|逾|达到?)?"
    r"(?P<n>[一二两三四五六七八九]|[1-9])成(?P<tail>半|[一二三四五六七八九](?![成十百千万亿]))?"
    r"(?!不变|立|员|本|果|效|熟|长|交|功|就|绩|品|都|型|套|片|批|年|人|新|色|份|分|事|才|语|活|全|群|材|像|因|器|家)"
    r"(?P<post>以上|以下|左右|上下|多)?"
)
_SHARE_WORD = re.compile(r"占|比重|比例|份额|占比|[\u4e00-\u9fff]率")
# the rest of a split named by its share (其余三成为园地 / 剩下的两成用于): the complement words of the lexicon
_REST_WORDS = words("completeness", "rest")
_CLAUSE_MARKS = "，,。；;：:！？!?\n"


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
    # (a tenth opening its clause is a share too: 受访群众中，七成表示满意 / 参训人员中，四成为村干部)
    rest = before.rstrip("的").endswith(_REST_WORDS) or (not before.strip() and not pre and m.start() > floor)
    if folded.startswith("为", m.end()) and not rest:
        return None  # 三成为 reads 成为 (become) unless a rest word or a clause start opens it: 其余三成为园地
    # (完成八成: the share of a task done)
    if not (rest or _SHARE_WORD.search(before) or before.endswith(("的", "完成", "完成了")) or (pre and pre not in ("达", "达到")) or post):
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


def fraction_as_percent(q: Quantity) -> Quantity:
    """三分之一 as the percentage it stands for (33.33%, two decimals: the fraction itself is exact)."""
    value = (q.value * 100).quantize(Decimal("0.01"))
    return Quantity(q.start, q.end, q.number_start, q.number_end, value, 2, Decimal(1), "%", q.approximate,
                    kind=Kind.PERCENT, qualifier=q.qualifier, script="chinese")
