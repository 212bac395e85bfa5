"""Rounding-aware arithmetic for rates: growth, compound annual growth, multiples, ratios.

Every function takes ``Interval`` operands (the ranges the written numbers stand for) and returns the
interval the true result lies in; a stated rate is consistent when its own interval overlaps it.
Rates are fractions here (0.1221 for 12.21%); formatting turns them back into what a report writes.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from draftcheck.finding import Severity
from draftcheck.numbers.interval import Interval

ONE = Interval.exact(Decimal(1))
HUNDRED = Decimal(100)


def positive(interval: Interval) -> bool:
    return interval.low > 0


def ratio(part: Interval, whole: Interval) -> Interval:
    """``part / whole``; the caller ensures ``whole`` is positive."""
    return part / whole


def growth(base: Interval, current: Interval) -> Interval:
    """``current / base − 1`` (the base must be positive)."""
    return current / base - ONE


def implied_base(current: Interval, rate: Interval) -> Interval:
    """The base a current value grew from at ``rate``: ``current / (1 + rate)`` (the rate above −100%)."""
    return current / (ONE + rate)


def growth_percent(base: Decimal, current: Decimal) -> Decimal:
    """The exact growth of two figures taken as written, in percent (``growth`` on exact operands): the
    drafter's derived rates and ``facts check`` use this, so they agree with DC301 by construction."""
    return growth(Interval.exact(base), Interval.exact(current)).low * HUNDRED


def ratio_percent(part: Decimal, whole: Decimal) -> Decimal:
    """The exact ratio of two figures taken as written, in percent (completion rates, shares)."""
    return ratio(Interval.exact(part), Interval.exact(whole)).low * HUNDRED


def compound_growth(base: Interval, current: Interval, years: int) -> Interval:
    """Average annual growth over ``years``: ``(current / base) ** (1 / years) − 1``."""
    quotient = current / base
    exponent = Decimal(1) / Decimal(years)
    with localcontext() as ctx:
        ctx.prec = 28
        try:
            low = quotient.low ** exponent - 1 if quotient.low > 0 else Decimal(-1)
            high = quotient.high ** exponent - 1
        except InvalidOperation:
            return Interval(Decimal(-1), Decimal(10**6))
    return Interval(low, high)


def stated_percent(value: Decimal, decimals: int, approximate: bool, sign: int = 1) -> Interval:
    """The fraction a written percentage stands for (``12.21`` -> [0.12205, 0.12215]), signed."""
    interval = Interval.written(value, decimals, approximate)
    if sign < 0:
        interval = Interval(-interval.high, -interval.low)
    return Interval(interval.low / HUNDRED, interval.high / HUNDRED)


def stated_derived_rate(value: Decimal, decimals: int, *, approximate: bool = False) -> Interval:
    """A rate written as a percentage number, as the fraction it may stand for when it was derived
    from other rounded figures: one unit of its last digit either side (see
    ``derived_figure_tolerance``), the approximation's own slack when it carries 约/近."""
    interval = Interval.written(value, decimals, approximate)
    if not approximate:
        half = Decimal(5) * Decimal(10) ** (-(decimals + 1))
        interval = Interval(interval.low - half, interval.high + half)
    return Interval(interval.low / HUNDRED, interval.high / HUNDRED)


def derived_figure_tolerance(interval: Interval, quantity) -> Interval:
    """A derived figure (a rate, a share, percentage points) stands for more than its rounding interval.

    Reports compute rates from operands that were themselves rounded, round twice (2.7149 -> 2.715 ->
    2.72) or cut instead of rounding (12.219% written as 12.21%). RULES.md: 191.26 / 7044.76 = 2.7149%
    written as 2.71% or 2.72% are both fine. So a stated figure holds when it lies within one unit of
    its last written digit of the computed value: its rounding interval widened by another half unit
    on both sides (2.72 -> [2.71, 2.73]). Approximate or open-ended figures keep their own interval.
    """
    if quantity.qualifier or not interval.bounded:
        return interval
    if quantity.decimals < 0:
        # 九成, 百分之九十: a share written to the tenth is already rounded as coarsely as a writer rounds
        # (九成 stands for 85%–95%); widening it again would let 八成 pass for 九成
        return interval
    half = Decimal(5) * Decimal(10) ** (-(quantity.decimals + 1)) * quantity.magnitude
    return Interval(interval.low - half, interval.high + half)


def difference_agrees(computed: Interval, written: Interval, widened: Interval) -> bool:
    """Whether a stated difference of two figures (percentage points) agrees with the computed one.

    A difference of figures written to a grid (61.2% and 62.5%) has its computed ends on that grid
    ([1.2, 1.4]); the stated figure widened by ``derived_figure_tolerance`` ([1.4, 1.6] for 1.5) would
    touch them for every slip of two units in the last digit. The widened ends are never reached (1.5
    is no rounding of anything up to 1.4): they count only inside, the rounding interval as written
    (``written``) also at its ends.
    """
    return computed.overlaps(written) or (computed.low < widened.high and widened.low < computed.high)


def mismatch_severity(computed: Interval, stated: Interval, half_step: Decimal, *, flipped: bool = False) -> Severity:
    """RULES.md's outcomes: an error when the correction flips the verdict or the stated figure is
    plainly wrong; a warning when it misses the computed value by no more than half a step of its
    last written digit beyond the tolerance (a pure rounding slip)."""
    if flipped:
        return Severity.ERROR
    return Severity.WARNING if computed.distance(stated) <= half_step else Severity.ERROR


def signed(interval: Interval, sign: int) -> Interval:
    return interval if sign > 0 else Interval(-interval.high, -interval.low)
