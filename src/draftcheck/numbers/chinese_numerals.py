"""Chinese numerals (十二, 两千, 一百二十三点四五亿, 三分之一, 百分之十二点三) to Decimals.

Only ever called on the short spans that ``draftcheck.numbers.quantity`` has already cut out of a
sentence, never on whole sentences. The positional arithmetic is done here (it used to be cn2an's,
whose import alone cost 0.3 s of every run; tests/test_chinese_numerals.py checks this module against
cn2an over every integer up to 10⁵ and samples beyond): standard numerals (一千零五, 三亿五千万),
colloquial ones (一万二 = 12000, 两千五 = 2500), digit strings (二零二四 = 2024) and decimals (一百二十三点四五).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

DIGITS = "零〇一二三四五六七八九两"
NUMERAL_CHARS = DIGITS + "十百千万亿点"
TRAILING_MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))
_MAX_LENGTH = 24
_DIGIT_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_SECTION_UNITS = {"万": 10**4, "亿": 10**8}


def integer_value(numeral: str) -> int | None:
    """The value of an integer numeral without 点: 一千零五, 三亿五千万, 一万二 (12000), 二零二四; else None."""
    if not numeral:
        return None
    if all(ch in _DIGIT_VALUES for ch in numeral):
        # a single digit, or a string of digits read one by one (二零二四 = 2024), as cn2an does
        return int("".join(str(_DIGIT_VALUES[ch]) for ch in numeral))
    total = 0  # everything closed by 亿
    below_yi = 0  # the part closed by 万 within the current 亿 section
    section = 0  # the current group below 万
    digit: int | None = None  # a digit waiting for its unit
    last_unit = 10**13  # units must descend within a group
    last_section_unit = 0  # the last 万 or 亿 seen
    previous = ""  # the character before: a digit straight after a unit is colloquial (一万二)
    for ch in numeral:
        if ch in _DIGIT_VALUES:
            if previous in _DIGIT_VALUES and _DIGIT_VALUES[previous]:
                return None  # 一万二三: two digits with no unit between them
            if _DIGIT_VALUES[ch]:
                digit = _DIGIT_VALUES[ch]
        elif ch in _SMALL_UNITS:
            unit = _SMALL_UNITS[ch]
            if unit >= last_unit:
                return None  # 十百, 二十十
            if digit is None:
                if ch != "十":
                    return None  # 百 or 千 with no digit before it
                digit = 1  # 十二 = 12; 一千零十 = 1010; 三千五百十三 = 3513
            section += digit * unit
            digit, last_unit = None, unit
        elif ch in _SECTION_UNITS:
            unit = _SECTION_UNITS[ch]
            group = section + (digit or 0)
            if unit == 10**8:
                # one 亿 per number, over everything before it (三万亿, 一万一千亿 are 10¹² and more)
                if total or below_yi + group == 0:
                    return None
                total = (below_yi + group) * unit
                below_yi = 0
            else:
                if last_section_unit == unit or group == 0:
                    return None  # 万 twice, or 万 with nothing before it
                below_yi += group * unit
            section, digit, last_unit, last_section_unit = 0, None, 10**13, unit
        else:
            return None
        previous = ch
    if last_section_unit == 10**8 and (section or digit) and "零" not in numeral[numeral.rindex("亿"):]:
        # 五亿二千 and 一亿二 are ambiguous (五亿零二千? 五亿二千万?): no value, as cn2an says
        return None
    if digit is not None:
        if previous in _DIGIT_VALUES and len(numeral) > 1:
            before = numeral[-2]
            if before in _SMALL_UNITS:
                digit *= _SMALL_UNITS[before] // 10  # 两千五 = 2500, 三百六 = 360
            elif before in _SECTION_UNITS:
                digit *= _SECTION_UNITS[before] // 10  # 一万二 = 12000
        section += digit
    return total + below_yi + section


@lru_cache(maxsize=4096)
def chinese_to_decimal(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral such as 一百二十三点四五 or 两千, or None when it is not one.

    A trailing magnitude is not split off here (``一百二十三点四五亿`` is handled by
    :func:`split_magnitude`); colloquial forms cn2an accepts (一万二 = 12000) are accepted.
    """
    if not numeral or len(numeral) > _MAX_LENGTH or any(ch not in NUMERAL_CHARS for ch in numeral):
        return None
    if numeral.count("点") > 1:
        return None
    whole, _, fraction = numeral.partition("点")
    value = integer_value(whole)
    if value is None or any(ch not in _DIGIT_VALUES for ch in fraction):
        return None
    if not fraction:
        return Decimal(value)
    # the decimals as written (一点五零 -> 1.50)
    try:
        return Decimal(f"{value}.{''.join(str(_DIGIT_VALUES[ch]) for ch in fraction)}")
    except InvalidOperation:  # pragma: no cover - digits only
        return None


def split_magnitude(numeral: str) -> tuple[str, Decimal]:
    """``一百二十三点四五亿`` -> (``一百二十三点四五``, 1e8); ``三千万`` -> (``三千``, 1e4); else (numeral, 1)."""
    for suffix, magnitude in TRAILING_MAGNITUDES:
        if numeral.endswith(suffix) and len(numeral) > len(suffix):
            head = numeral[: -len(suffix)]
            # 一万二 is 12000, not 一 × 万 followed by 二: only split a magnitude that ends the numeral
            if head[-1] in NUMERAL_CHARS and chinese_to_decimal(head) is not None:
                return head, magnitude
    return numeral, Decimal(1)


def decimals_of(numeral: str) -> int:
    """Digits written after 点 (一百二十三点四五 -> 2)."""
    return len(numeral.split("点", 1)[1]) if "点" in numeral else 0


def fraction_value(denominator: str, numerator: str) -> Decimal | None:
    """三分之一 -> 1/3 (denominator written first, as Chinese does)."""
    den, num = chinese_to_decimal(denominator), chinese_to_decimal(numerator)
    if den is None or num is None or den == 0:
        return None
    return num / den


# A year written digit by digit in Chinese numerals: 二〇二五年, 一九九八年 (19xx and 20xx only).
_HAN_YEAR = None


def fold_han_years(text: str) -> str:
    """``text`` with each year written in Chinese digits (二〇二五年) replaced by ASCII digits (2025年), one
    character for one, so offsets stay valid; a text without 〇 or 零 is returned as it is."""
    if "〇" not in text and "二零" not in text and "一九" not in text:
        return text
    global _HAN_YEAR
    if _HAN_YEAR is None:
        import re

        _HAN_YEAR = re.compile(r"(?:一九|二[〇零])(?<![零〇一二三四五六七八九十百千万].[九〇零])[零〇一二三四五六七八九]{2}(?=年)")
    return _HAN_YEAR.sub(lambda m: "".join(str(_DIGIT_VALUES[ch]) for ch in m.group()), text)
