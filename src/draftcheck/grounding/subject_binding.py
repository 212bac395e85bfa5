"""Which subject a figure in a draft is written about: a small, exact binder for DC603.

The facts name their subjects exactly (an indicator 固定资产投资, a project, a part of a total), so a
figure is bound to the subject name written closest before it within the same sentence of the shared
sentence model the report rules use (``text.segmentation``: up to 。；！？ or a line break, terminators
inside brackets not counted): in "固定资产投资45.6亿元，增长48.0%" both figures belong to 固定资产投资.
A name right after 占 (占地区生产总值的) is the denominator, not the subject, and is skipped. Longer names
win over names they contain (工业投资增速 over 工业投资).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from draftcheck.grounding.values import FactText, GroundValue, ground_values, unit_kind
from draftcheck.numbers.quantity import Quantity
from draftcheck.text.segmentation import Segmentation, segment

_DENOMINATOR = ("占", "占全", "相当于")
_FALLING = ("下降", "减少", "降低", "回落", "下滑", "负增长")
_RISING = ("增长", "增加", "提高", "提升", "上升", "增幅")


class SubjectFacts(BaseModel):
    """A subject named in the facts and the figures that belong to it (each a fact text: 下降6.5%)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    values: list[FactText] = Field(default_factory=list)


@dataclass(frozen=True)
class OwnedValue:
    value: GroundValue
    falling: bool  # the fact is a decline: 下降6.5%


@dataclass(frozen=True)
class Binding:
    quantity: Quantity
    subject: str  # the subject name the figure is written about
    start: int  # where that name is written


def direction_before(text: str, start: int, window: int = 4) -> bool | None:
    """True for a decline word just before ``start`` (下降6.5%), False for a rise word, None for neither."""
    before = text[max(0, start - window) : start]
    falls = max((before.rfind(w) for w in _FALLING), default=-1)
    rises = max((before.rfind(w) for w in _RISING), default=-1)
    if falls < 0 and rises < 0:
        return None
    return falls > rises


class SubjectBinder:
    def __init__(self, subjects: Iterable[SubjectFacts]) -> None:
        self.owned: dict[str, list[OwnedValue]] = {}
        for subject in subjects:
            owned = self.owned.setdefault(subject.name, [])
            for fact in subject.values:
                for value in ground_values(fact.label or subject.name, fact.text):
                    at = fact.text.find(value.written)
                    owned.append(OwnedValue(value, bool(direction_before(fact.text, max(at, 0)))))
        names = sorted((n for n in self.owned if n), key=lambda name: (-len(name), name))
        self._names = re.compile("|".join(re.escape(n) for n in names)) if names else None

    def values_of(self, subject: str) -> list[OwnedValue]:
        return self.owned.get(subject, [])

    def owners(self, quantity: Quantity) -> list[tuple[str, OwnedValue]]:
        """Every subject with a value equal to ``quantity`` (after unit normalisation and rounding)."""
        return [(name, v) for name, values in self.owned.items() for v in values if v.value.matches(quantity)]

    def bind(self, text: str, quantities: Iterable[Quantity], sentences: Segmentation | None = None) -> list[Binding]:
        """Each figure with the subject it is written about. ``sentences`` is the text's segmentation when
        the caller has it already (a rule's ``ctx.segmentation``); otherwise the text is segmented here."""
        if self._names is None:
            return []
        mentions = []
        for m in self._names.finditer(text):
            if not text[max(0, m.start() - 2) : m.start()].endswith(_DENOMINATOR):
                mentions.append((m.start(), m.end(), m.group(0)))
        bindings = []
        if sentences is None:
            sentences = segment(text)
        for q in quantities:
            sentence = sentences.sentence_at(q.start)
            if sentence is None:  # a figure outside every sentence (none in practice): no subject
                continue
            segment_start = sentence.start
            before = [mention for mention in mentions if segment_start <= mention[0] and mention[1] <= q.start]
            if before:
                start, _, name = before[-1]
                bindings.append(Binding(q, name, start))
        return bindings

    def same_kind(self, subject: str, quantity: Quantity) -> list[OwnedValue]:
        kind = unit_kind(quantity.unit)
        return [v for v in self.values_of(subject) if not quantity.unit or v.value.kind == kind]
