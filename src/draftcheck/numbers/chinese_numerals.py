"""Chinese numerals (十二, 两千, 一百二十三点四五亿, 三分之一, 百分之十二点三) to Decimals.

Only ever called on the short spans that ``draftcheck.numbers.quantity`` has already cut out of a
sentence, never on whole sentences: cn2an does the positional arithmetic, this module splits off
what cn2an does not accept (a trailing magnitude after a decimal, fractions, 百分之).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from functools import lru_cache

import cn2an

DIGITS = "零〇一二三四五六七八九两"
NUMERAL_CHARS = DIGITS + "十百千万亿点"
TRAILING_MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))
_MAX_LENGTH = 24


@lru_cache(maxsize=4096)
def chinese_to_decimal(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral such as 一百二十三点四五 or 两千, or None when it is not one.

    A trailing magnitude is not split off here (``一百二十三点四五亿`` is handled by
    :func:`split_magnitude`); colloquial forms cn2an accepts (一万二 = 12000) are accepted.
    """
    if not numeral or len(numeral) > _MAX_LENGTH or any(ch not in NUMERAL_CHARS for ch in numeral):
        return None
    text = numeral.replace("两", "二")
    if text.count("点") > 1:
        return None
    try:
        value = cn2an.cn2an(text, "strict")
    except (ValueError, KeyError, IndexError, TypeError):
        try:
            value = cn2an.cn2an(text, "normal")
        except (ValueError, KeyError, IndexError, TypeError):
            return None
    try:
        if "点" in text:
            # keep the decimals as written (一点五零 -> 1.50), which cn2an's float would lose
            fraction = text.split("点", 1)[1]
            return Decimal(str(value)).quantize(Decimal(1).scaleb(-len(fraction)))
        return Decimal(int(value))
    except (InvalidOperation, ValueError, OverflowError):
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
