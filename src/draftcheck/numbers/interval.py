"""Rounding-aware interval arithmetic: a number as written stands for the interval it rounds from.

``2.71`` stands for [2.705, 2.715]; a relation holds when the interval computed from the operands
overlaps the interval of the stated result (statcheck's rule). Approximate numbers (约, 近, 余, 多,
以上, 左右) are widened. Never a fixed percentage tolerance.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from draftcheck.numbers.quantity import Quantity

# How far an approximate number may stray from what is written, as a fraction of its value.
APPROXIMATE_SLACK = Decimal("0.05")


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
        """The interval of a quantity, in base units (``scaled``) or as written."""
        interval = cls.written(quantity.value, quantity.decimals, quantity.approximate)
        if scaled:
            return interval * Interval.exact(quantity.magnitude)
        return interval

    @property
    def mid(self) -> Decimal:
        return (self.low + self.high) / 2

    def __add__(self, other: "Interval") -> "Interval":
        return Interval(self.low + other.low, self.high + other.high)

    def __sub__(self, other: "Interval") -> "Interval":
        return Interval(self.low - other.high, self.high - other.low)

    def __mul__(self, other: "Interval") -> "Interval":
        products = (self.low * other.low, self.low * other.high, self.high * other.low, self.high * other.high)
        return Interval(min(products), max(products))

    def __truediv__(self, other: "Interval") -> "Interval":
        if other.low <= 0 <= other.high:
            raise ZeroDivisionError("interval divisor contains zero")
        quotients = (self.low / other.low, self.low / other.high, self.high / other.low, self.high / other.high)
        return Interval(min(quotients), max(quotients))

    def overlaps(self, other: "Interval") -> bool:
        return self.low <= other.high and other.low <= self.high

    def contains(self, value: Decimal) -> bool:
        return self.low <= value <= self.high


def interval_sum(intervals) -> Interval:
    total = Interval.exact(Decimal(0))
    for interval in intervals:
        total = total + interval
    return total
