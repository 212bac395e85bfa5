"""A numeric relation found in the text and the outcome of recomputing it (statcheck's three outcomes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from draftcheck.finding import Severity
from draftcheck.numbers.interval import Interval


class Outcome(str, Enum):
    CONSISTENT = "consistent"
    INCONSISTENT = "inconsistent"
    NOT_CHECKABLE = "not-checkable"


@dataclass
class Relation:
    """One relation between quantities, e.g. a total and its parts, or a growth rate and two values.

    ``code`` names the rule that reports it when inconsistent (DC201 ...), ``kind`` the relation family
    shown in ``--statistics`` (sum, part-exceeds, count, share-sum, growth, difference, ratio).
    ``start``/``end`` span the stated value that a reviewer would correct; ``related`` holds the
    operands as (label, start, end). ``message`` is Chinese and carries the arithmetic.

    Relations found on the typed clauses (``draftcheck.numbers.clause_model``) also carry their
    typed operands (the quantities, stated figure last), the interval the operands imply
    (``computed``) and the interval the stated figure stands for (``stated``); finders that still
    scan sentences themselves leave these empty.
    """

    kind: str
    code: str
    outcome: Outcome
    start: int
    end: int
    message: str = ""
    related: list[tuple[str, int, int]] = field(default_factory=list)
    severity: Severity | None = None
    suggestion: str | None = None
    operands: tuple = ()  # typed operands (TypedQuantity), the stated figure last
    computed: Interval | None = None
    stated: Interval | None = None
