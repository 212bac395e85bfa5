"""Rounding-aware intervals: precision as written, qualifiers, ranges, arithmetic."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftcheck.numbers.interval import INFINITY, Interval, interval_sum, last_step
from draftcheck.numbers.quantity import extract_quantities

D = Decimal


def of(text: str, scaled: bool = False) -> Interval:
    found = [q for q in extract_quantities(text) if q.is_value]
    assert len(found) == 1
    return Interval.of(found[0], scaled=scaled)


def test_written_number_stands_for_its_rounding_interval():
    assert of("2.71%") == Interval(D("2.705"), D("2.715"))
    assert of("68787万元") == Interval(D("68786.5"), D("68787.5"))


def test_scaled_interval_is_in_base_units():
    assert of("2.25亿元", scaled=True) == Interval(D("224500000"), D("225500000"))


def test_statcheck_example_both_roundings_are_consistent():
    ratio = Interval.exact(D("191.26")) / Interval.exact(D("7044.76")) * Interval.exact(D(100))
    assert ratio.overlaps(of("2.71%")) or ratio.overlaps(of("2.72%"))
    assert not ratio.overlaps(of("2.80%"))


def test_integer_counts_are_exact():
    assert of("22个") == Interval.exact(D(22))
    assert of("12万人") != Interval.exact(D(12))


def test_sum_of_rounded_parts_tolerates_half_a_unit_each():
    parts = interval_sum([of("3.21亿元"), of("3.56亿元"), of("3.47亿元"), of("3.88亿元")])
    assert parts.overlaps(of("14.13亿元"))
    assert parts.overlaps(of("14.14亿元"))
    assert not parts.overlaps(of("14.15亿元"))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("约3000人", "2500", "3500"),  # half a step of the last non-zero digit (1000)
        ("300亿元左右", "285", "315"),  # at least 5% of the value
        ("30余家", "30", "40"),  # up to one step more
        ("2500多万元", "2500", "2600"),
        ("近3000人", "2000", "3000"),  # up to the value, from one step below
        ("近2.5亿元", "2.4", "2.5"),
    ],
)
def test_qualifiers_widen_the_interval(text, low, high):
    interval = of(text)
    assert interval.low <= D(low) and interval.high >= D(high)
    assert interval.contains(D(low)) and interval.contains(D(high))


def test_open_ended_qualifiers():
    above = of("超过120万人次。")
    assert D(119) < above.low <= D(120) and above.high == INFINITY and not above.bounded
    below = of("不足50人。")
    assert below.low <= 0 and below.high == D(50)


def test_range_covers_both_ends():
    assert of("2160到2496万元") == Interval(D("2159.5"), D("2496.5"))


def test_arithmetic():
    a, b = Interval(D(1), D(2)), Interval(D(3), D(5))
    assert a + b == Interval(D(4), D(7))
    assert b - a == Interval(D(1), D(4))
    assert a * b == Interval(D(3), D(10))
    assert b / a == Interval(D("1.5"), D(5))
    assert a.distance(b) == D(1) and b.distance(a) == D(1)
    assert a.distance(Interval(D("1.5"), D(3))) == 0


def test_division_by_an_interval_containing_zero_is_refused():
    with pytest.raises(ZeroDivisionError):
        Interval(D(1), D(2)) / Interval(D(-1), D(1))


def test_open_intervals_refuse_products():
    with pytest.raises(ArithmeticError):
        Interval(D(1), INFINITY) * Interval(D(1), D(2))


@pytest.mark.parametrize(("value", "decimals", "step"), [("3000", 0, "1000"), ("2500", 0, "100"), ("30", 0, "10"),
                                                          ("2.71", 2, "0.01"), ("7", 0, "1"), ("0", 0, "1")])
def test_last_step(value, decimals, step):
    assert last_step(D(value), decimals) == D(step)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_a_written_number_lies_inside_its_interval(value):
    interval = Interval.written(value, 2)
    assert interval.contains(value) and interval.width == D("0.01")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.decimals(min_value=0, max_value=10**5, places=1, allow_nan=False, allow_infinity=False),
                min_size=1, max_size=8))
def test_exact_sum_always_lies_in_the_sum_of_intervals(values):
    total = interval_sum(Interval.written(v, 1) for v in values)
    assert total.contains(sum(values, D(0)))


def test_whole_chinese_numerals_round_at_their_last_digit():
    assert of("流转土地两千亩") == Interval(D(1500), D(2500))
    assert of("五亿二千万元") == Interval(D(515000000), D(525000000))
    assert of("新建六条道路") == Interval.exact(D(6))
