"""Is a number in a draft grounded in the facts? Unit-normalised matching shared by DC601/DC602.

A draft number is grounded when some fact or derived figure, converted to the draft's magnitude
(16.5亿元 = 165000万元) and rounded to the draft's precision, equals it. Only numbers written
with Arabic digits are figures: Chinese numerals in 公文 prose (三大产业, 一是) are wording.
Years (2024年), dates (10月, 1-6月), ordinals (第3), list markers, labels (5号楼) and model names
(5G) are not figures either; the quantity parser tells them apart (``Quantity.kind``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from pydantic import BaseModel, ConfigDict, model_validator

from draftcheck.lexicon import counting_units
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities, extract_quantities

# Counted things are interchangeable: a fact of 23个 grounds 签约项目23家.
COUNT_UNITS = counting_units("interchangeable")
# Spellings of the same unit.
UNIT_SYNONYMS = {"百分点": "个百分点", "平米": "平方米", "千米": "公里", "平方千米": "平方公里", "吨标煤": "吨标准煤",
                 "标箱": "标准箱", "千克": "公斤"}

# Numbers the quantity parser knows are not amounts. Thresholds (5000万元以上项目) stay figures:
# an invented threshold is as wrong as an invented amount.
NOT_FIGURES = frozenset({Kind.YEAR, Kind.DATE, Kind.ORDINAL, Kind.LIST_MARKER, Kind.DOC_NUMBER, Kind.LABEL, Kind.MODEL})


class FactText(BaseModel):
    """A piece of the facts whose numbers count as grounded: ``{label: 签约总金额, text: 86.4亿元}``."""

    model_config = ConfigDict(extra="forbid")

    label: str = ""
    text: str

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value):
        return {"text": value} if isinstance(value, str) else value


@dataclass(frozen=True)
class GroundValue:
    label: str
    written: str  # as written in the facts: 86.4亿元
    scaled: Decimal  # absolute value in base units
    kind: str  # unit kind: 元, 美元, %, 个百分点, count, ''

    def matches(self, quantity: Quantity) -> bool:
        if quantity.unit and unit_kind(quantity.unit) != self.kind:
            return False
        in_draft_magnitude = self.scaled / quantity.magnitude
        if in_draft_magnitude == quantity.value:
            return True
        step = Decimal(1).scaleb(-quantity.decimals)
        return in_draft_magnitude.quantize(step, rounding="ROUND_HALF_UP") == quantity.value


def unit_kind(unit: str) -> str:
    unit = UNIT_SYNONYMS.get(unit, unit)
    return "count" if unit in COUNT_UNITS else unit


def ground_values(label: str, text: str) -> list[GroundValue]:
    """Every figure in a fact text, with its unit kind and value in base units."""
    return [
        GroundValue(label, text[q.start : q.end], abs(q.scaled), unit_kind(q.unit))
        for q in extract_quantities(text)
        if is_figure(q)
    ]


def is_figure(quantity: Quantity) -> bool:
    """A value written in Arabic digits; years, dates, ordinals, list markers, labels are not figures."""
    return quantity.script == "arabic" and quantity.kind not in NOT_FIGURES


class Grounding:
    """All grounded values of a section, searchable by draft quantity."""

    def __init__(self, facts: Iterable[FactText]) -> None:
        self.values: list[GroundValue] = [v for fact in facts for v in ground_values(fact.label, fact.text)]

    def find(self, quantity: Quantity) -> GroundValue | None:
        return next((v for v in self.values if v.matches(quantity)), None)

    def nearest(self, quantity: Quantity) -> GroundValue | None:
        """The grounded value of the same unit kind closest to ``quantity`` (a hint for repair)."""
        kind = unit_kind(quantity.unit)
        same = [v for v in self.values if not quantity.unit or v.kind == kind]
        if not same:
            return None
        scaled = abs(quantity.scaled)
        return min(same, key=lambda v: abs(v.scaled - scaled) / max(v.scaled, Decimal(1)))


# 2024-08, 2024-08-15, 2024/8: dates copied from a facts file, not the amounts 2024 and 08.
_ISO_DATE = re.compile(r"(?<![\d.])(?:19|20)\d{2}[-/](?:0?[1-9]|1[0-2])(?:[-/](?:0?[1-9]|[12]\d|3[01]))?(?![\d.%％])")


def draft_figures(ctx) -> list[Quantity]:
    """The quantities of a draft that must be grounded (ISO-style dates are not), from the document's
    shared quantities (``document_quantities``) and computed once for DC601, DC602 and DC603."""
    return ctx.shared("draft_figures", _draft_figures)


def _draft_figures(ctx) -> list[Quantity]:
    dates = [(m.start(), m.end()) for m in _ISO_DATE.finditer(ctx.text)]
    return [
        q for q in document_quantities(ctx).quantities
        if is_figure(q) and not (q.unit == "" and any(s <= q.start and q.end <= e for s, e in dates))
    ]
