"""Rounding-aware interval arithmetic: a number as written stands for the interval it rounds from.

``2.71`` stands for [2.705, 2.715]; a relation holds when the interval computed from the operands
overlaps the interval of the stated result (statcheck's rule). Never a fixed percentage tolerance:

- a plain number is widened by half a unit of its last written digit, except an integer count of
  things counted one by one (12家, 46个), which is exact, and a whole Chinese numeral, which rounds at
  its last non-zero digit (两千亩 -> [1500, 2500]);
- a range (2160到2496万元) covers both ends, each widened the same way;
- 约/左右 widen both ways by half a step of the last non-zero digit (约3000 -> [2500, 3500]) and at
  least ``APPROXIMATE_SLACK`` of the value;
- 余/多 mean "the written value and up to one step more" (30余 -> [30, 40], 2500多 -> [2500, 2600]);
- 近/将近 mean "up to the value, from one step below" (近3000 -> [2000, 3000], 近2.5 -> [2.4, 2.5]);
- 以上/超过/逾 are open above (Infinity) and 不足/以内/以下 open below (down to zero).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from draftcheck.numbers.quantity import Quantity

# How far an approximate number may stray from what is written, as a fraction of its value.
APPROXIMATE_SLACK = Decimal("0.05")
INFINITY = Decimal("Infinity")


@dataclass(frozen=True)
class Interval:
    low: Decimal
    high: Decimal

    @classmethod
    def exact(cls, value: Decimal) -> "Interval":
        return cls(value, value)

    @classmethod
    def written(cls, value: Decimal, decimals: int, approximate: bool = False) -> "Interval":
        """The interval a number written with ``decimals`` places stands for."""
        half = Decimal(5) * Decimal(10) ** (-(decimals + 1))
        if approximate:
            half = max(half * 2, abs(value) * APPROXIMATE_SLACK)
        return cls(value - half, value + half)

    @classmethod
    def of(cls, quantity: Quantity, *, scaled: bool = True) -> "Interval":
        """The interval of a quantity, in base units (``scaled``) or as written.

        Takes the qualifier (约, 余, 近, 以上 ...) and ranges into account; see the module docstring.
        """
        interval = cls.as_written(quantity)
        if scaled and quantity.magnitude != 1:
            return interval.scale(quantity.magnitude)
        return interval

    @classmethod
    def as_written(cls, quantity: Quantity) -> "Interval":
        value, decimals = quantity.value, quantity.decimals
        if quantity.is_exact_count:
            low = cls.exact(value)
        elif quantity.script == "chinese" and decimals == 0 and quantity.high is None:
            half = last_step(value, 0) / 2  # 两千亩, 五亿二千万元: whole Chinese numerals round at their last digit
            low = cls(value - half, value + half)
        else:
            low = cls.written(value, decimals)
        if quantity.high is not None:
            high = cls.exact(quantity.high) if quantity.is_exact_count else cls.written(quantity.high, quantity.high_decimals)
            low = cls(low.low, high.high)
        if not quantity.qualifier:
            return low
        step = last_step(value, decimals)
        top = quantity.high if quantity.high is not None else value
        bound = quantity.bound
        if quantity.open_ended:
            if bound == "lower":
                return cls(min(low.low, value), INFINITY)
            return cls(min(Decimal(0), low.low), max(low.high, top))
        if bound == "lower":  # 余, 多
            return cls(min(low.low, value), max(low.high, top + step))
        if bound == "upper":  # 近, 将近, 接近
            return cls(min(low.low, value - step), max(low.high, top))
        slack = max(step / 2, abs(value) * APPROXIMATE_SLACK)  # 约, 左右, 上下
        return cls(min(low.low, value - slack), max(low.high, top + slack))

    @property
    def mid(self) -> Decimal:
        return (self.low + self.high) / 2

    @property
    def width(self) -> Decimal:
        return self.high - self.low

    @property
    def bounded(self) -> bool:
        return self.low.is_finite() and self.high.is_finite()

    def scale(self, factor: Decimal) -> "Interval":
        """Multiply by an exact non-negative factor (a magnitude); infinite ends stay infinite."""
        return Interval(self.low * factor, self.high * factor)

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: "Interval") -> "Interval":
        if not (self.bounded and other.bounded):
            raise ArithmeticError("interval product with an open end")
        products = (self.low * other.low, self.low * other.high, self.high * other.low, self.high * other.high)
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError("interval divisor contains zero")
        if not (self.bounded and other.bounded):
            raise ArithmeticError("interval quotient with an open end")
        quotients = (self.low / other.low, self.low / other.high, self.high / other.low, self.high / other.high)
        return Interval(min(quotients), max(quotients))

    def overlaps(self, other: "Interval") -> bool:
        return self.low <= other.high and other.low <= self.high

    def contains(self, value: Decimal) -> bool:
        return self.low <= value <= self.high

    def distance(self, other: "Interval") -> Decimal:
        """How far apart two intervals are (0 when they overlap)."""
        if self.overlaps(other):
            return Decimal(0)
        return other.low - self.high if self.high < other.low else self.low - other.high


def last_step(value: Decimal, decimals: int) -> Decimal:
    """The place value of the last non-zero written digit: 3000 -> 1000, 2500 -> 100, 2.71 -> 0.01."""
    step = Decimal(10) ** (-decimals)
    if value == 0:
        return step
    magnitude = abs(value)
    # integers written with trailing zeros: 3000 -> 1000
    while decimals == 0 and step < magnitude and (magnitude / (step * 10)) == (magnitude / (step * 10)).to_integral_value():
        step *= 10
    return step


def interval_sum(intervals) -> Interval:
    total = Interval.exact(Decimal(0))
    for interval in intervals:
        total = total + interval
    return total
