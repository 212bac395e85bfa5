"""A stated rate that two other figures of its sentence explain (statcheck's caution: an ambiguous relation is not
checkable).

A ratio finder pairs a stated percentage with the operands it reads from the words around it. When the sentence holds
another pair of figures of one dimension whose quotient is the stated percentage within its rounding, the writer most
likely computed it from those (``一般公共预算收入完成全年预算的91.3%（完成9.68亿元，预算10.6亿元）`` after
``重点项目完成投资7.04亿元，占年度计划10亿元的七成`` in the same sentence): the pairing is in doubt, so the relation
is not checkable rather than inconsistent.
"""

from __future__ import annotations

import bisect
from decimal import Decimal, InvalidOperation

from draftcheck.numbers.interval import Interval
from draftcheck.numbers.quantity import document_quantities
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance
from draftcheck.numbers.statement_spans import statements
# A sentence with more figures than this is a table or a list of indicators: pairs there explain anything.
_MAX_FIGURES = 12
_HUNDRED = Decimal(100)


def explained_by_other_operands(ctx, start: int, end: int, operands: set[tuple[int, int]]) -> bool:
    """Whether the percentage ending at ``end`` is the quotient of two figures of its statement (the shared
    segmentation's, ``statement_spans.statements``), neither of them one of the ``operands`` (spans) the finder used."""
    index = document_quantities(ctx)
    stated = next((q for q in index.between(start, end) if q.end == end and q.is_percent), None)
    if stated is None or stated.qualifier or stated.is_range:
        return False
    spans = statements(ctx)
    k = bisect.bisect_right(spans, (start, len(ctx.folded) + 1)) - 1
    if k < 0 or spans[k][1] < end:
        return False
    sentence_start, sentence_end = spans[k][0], spans[k][1]
    figures = [
        q for q in index.between(sentence_start, sentence_end)
        if q.is_value and not q.is_percent and q.unit not in ("个百分点", "倍") and q.scaled > 0 and not q.is_range
    ]
    if len(figures) > _MAX_FIGURES:
        return False
    interval = derived_figure_tolerance(Interval.of(stated, scaled=False), stated)
    # (and, a guard against pairs that meet only at the edge of that tolerance, within one unit of its last digit)
    step = Decimal(10) ** (-max(stated.decimals, 0))
    for part in figures:
        for whole in figures:
            if part is whole or part.dimension != whole.dimension or (part.unit != whole.unit and part.unit and whole.unit):
                continue
            if (part.start, part.end) in operands or (whole.start, whole.end) in operands:
                continue  # (a pair sharing a figure with the finder's differs in its base only: the finder knows the rate)
            try:
                quotient = part.scaled / whole.scaled * _HUNDRED
            except (ArithmeticError, InvalidOperation):
                continue
            if interval.low <= quotient <= interval.high and abs(quotient - stated.value) <= step:
                return True
    return False
