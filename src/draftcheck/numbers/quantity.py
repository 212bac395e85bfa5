"""Find every number in a text with its value, unit, magnitude and span.

``extract_quantities(text)`` is the single entry point. Values are Decimals; ``decimals`` keeps
the precision as written (2.71 -> 2), which the relation checks turn into rounding tolerance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from draftcheck.text.width import fold_width

MAGNITUDES = {"千": Decimal(1000), "万": Decimal(10000), "亿": Decimal(10**8), "万亿": Decimal(10**12)}

# Units after the magnitude; longest first so 万美元 wins over 万.
BASE_UNITS = (
    "个百分点", "平方公里", "平方米", "立方米", "美元", "欧元", "元", "吨", "公里", "千米", "米", "㎡", "亩", "千瓦时", "千瓦",
    "人次", "个", "家", "项", "户", "人", "名", "台", "套", "座", "条", "所", "件", "辆", "间", "栋", "处", "批",
    "倍", "%", "‰",
)


@dataclass(frozen=True)
class Quantity:
    start: int  # span of the whole quantity (number + magnitude + unit) in the document
    end: int
    number_start: int  # span of the digits alone
    number_end: int
    value: Decimal  # the number as written, before magnitude (2.71 for 2.71亿元)
    decimals: int  # digits after the decimal point as written
    magnitude: Decimal  # 1, 1000, 10000, 1e8, 1e12
    unit: str  # base unit without magnitude: 元, 美元, %, 个百分点, 个, 亩 ...
    approximate: bool = False  # 约, 近, 余, 多, 以上, 左右 ...

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


_MAG = "万亿|千|万|亿"
_UNIT = "|".join(re.escape(u) for u in BASE_UNITS)
_NUMBER = r"(?<![\d.])(?P<int>\d{1,3}(?:,\d{3})+|\d{1,30})(?:\.(?P<frac>\d{1,12}))?(?![\d.])"
_QUANTITY = re.compile(
    rf"(?P<pre>约|近|超过|超|逾|达到?)?{_NUMBER}\s?(?P<mag>{_MAG})?(?P<post>多|余)?\s?(?P<unit>{_UNIT})?(?P<approx>以上|左右|多)?"
)


def extract_quantities(text: str) -> list[Quantity]:
    """Every Arabic-digit quantity in ``text`` (full-width digits folded), in order."""
    folded = fold_width(text)
    found: list[Quantity] = []
    for m in _QUANTITY.finditer(folded):
        integer, fraction = m.group("int"), m.group("frac") or ""
        try:
            value = Decimal(integer.replace(",", "") + ("." + fraction if fraction else ""))
        except InvalidOperation:
            continue
        mag = m.group("mag")
        unit = m.group("unit") or ""
        start = m.start("int")
        end = m.end("unit") if unit else (m.end("mag") if mag else m.end("frac") if fraction else m.end("int"))
        found.append(
            Quantity(
                start=start,
                end=end,
                number_start=m.start("int"),
                number_end=m.end("frac") if fraction else m.end("int"),
                value=value,
                decimals=len(fraction),
                magnitude=MAGNITUDES.get(mag or "", Decimal(1)),
                unit=unit,
                approximate=bool(m.group("pre") in ("约", "近", "超过", "超", "逾") or m.group("post") or m.group("approx")),
            )
        )
    return found
