"""Indicator families (indicators.toml): the names an indicator is written with, its dimension, and
the groups of names that split it completely (内资 + 外资, 规上 + 规下, 第一/二/三产业).

``indicator_at_end(text)`` finds the indicator named last in a stretch of text (the nearest one
before a quantity); ``complete_split(names)`` tells whether a set of part names covers a whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from draftcheck.lexicon import load_toml


@dataclass(frozen=True)
class IndicatorFamily:
    key: str  # stable family key (gdp, tax, firms ...)
    dimension: str  # a dimension of units.toml
    names: tuple[str, ...]
    parts: tuple[tuple[str, ...], ...]  # groups of names that together make up the whole


@dataclass(frozen=True)
class IndicatorMention:
    family: IndicatorFamily | None  # None: a generic noun phrase, not a lexicon name
    name: str
    start: int  # offset in the text searched
    end: int


@lru_cache(maxsize=1)
def indicator_families() -> dict[str, IndicatorFamily]:
    families: dict[str, IndicatorFamily] = {}
    for key, entry in load_toml("indicators.toml")["families"].items():
        families[key] = IndicatorFamily(
            key=key,
            dimension=entry["dimension"],
            names=tuple(entry["names"]),
            parts=tuple(tuple(group) for group in entry.get("parts", ())),
        )
    return families


@lru_cache(maxsize=1)
def _name_table() -> tuple[re.Pattern, dict[str, IndicatorFamily]]:
    owner: dict[str, IndicatorFamily] = {}
    for family in indicator_families().values():
        for name in family.names:
            owner.setdefault(name, family)
    pattern = re.compile("|".join(re.escape(n) for n in sorted(owner, key=lambda name: (-len(name), name))))
    return pattern, owner


def indicator_mentions(text: str) -> list[IndicatorMention]:
    """Every lexicon indicator name in ``text``, longest match at each position, left to right."""
    pattern, owner = _name_table()
    return [IndicatorMention(owner[m.group()], m.group(), m.start(), m.end()) for m in pattern.finditer(text)]


class MentionIndex:
    """Every lexicon indicator name of a document (or of text[start:end]), found in one pass,
    searchable by position."""

    def __init__(self, text: str, start: int = 0, end: int | None = None) -> None:
        pattern, self._owner = _name_table()
        stop = len(text) if end is None else end
        self._spans = [(m.start(), m.end(), m.group()) for m in pattern.finditer(text, start, stop)]
        self._ends = [end for _, end, _ in self._spans]

    def last_between(self, start: int, end: int) -> IndicatorMention | None:
        """The name that ends last at or before ``end`` and starts at or after ``start``."""
        import bisect

        i = bisect.bisect_right(self._ends, end) - 1
        if i < 0:
            return None
        s, e, name = self._spans[i]
        if s < start:
            return None
        return IndicatorMention(self._owner[name], name, s, e)


def indicator_at_end(text: str) -> IndicatorMention | None:
    """The indicator named last in ``text`` (the nearest before whatever follows it), or None."""
    mentions = indicator_mentions(text)
    return mentions[-1] if mentions else None


def complete_split(part_names: list[str]) -> tuple[str, ...] | None:
    """The group of indicators.toml whose names the parts cover one to one, if any.

    Each part name must contain exactly one name of the group (内资企业 contains 内资), every name
    of the group must be covered once, and what is left of each part name once its member is taken
    out must be the same (企业 / 企业): 内资企业 + 外资企业 is complete; 内资 alone, 内资 + 港资, and
    城镇新增就业 + 农村劳动力转移就业 (two different measures) are not.
    """
    if len(part_names) < 2:
        return None
    for family in indicator_families().values():
        for group in family.parts:
            if len(group) != len(part_names):
                continue
            covered: list[str] = []
            remainders: set[str] = set()
            for part in part_names:
                hits = [name for name in group if name in part and name not in covered]
                # a part naming two members (规上规下) covers neither unambiguously
                if len(hits) != 1 or sum(1 for name in group if name in part) != 1:
                    break
                covered.append(hits[0])
                remainders.add(part.replace(hits[0], "", 1))
            else:
                if len(covered) == len(group) and len(remainders) == 1:
                    return group
    return None


@dataclass(frozen=True)
class IndicatorOrder:
    """Indicators whose figures are always larger (``larger``) than those of others (``smaller``)."""

    larger: tuple[str, ...]
    smaller: tuple[str, ...]


@lru_cache(maxsize=1)
def indicator_orders() -> tuple[IndicatorOrder, ...]:
    """The ``[[orders]]`` of indicators.toml."""
    return tuple(IndicatorOrder(tuple(o["larger"]), tuple(o["smaller"])) for o in load_toml("indicators.toml").get("orders", ()))


@dataclass(frozen=True)
class PlaceFloor:
    """The least figure (in 元) of the indicators ``names`` for a place named by one of ``places``."""

    names: tuple[str, ...]
    places: tuple[str, ...]
    least: float


@lru_cache(maxsize=1)
def place_floor() -> PlaceFloor:
    entry = load_toml("indicators.toml")["floors"]
    return PlaceFloor(tuple(entry["names"]), tuple(entry["places"]), float(entry["least"]))


@lru_cache(maxsize=1)
def per_unit_denominators() -> dict[str, tuple[str, ...]]:
    """The word naming what a figure is per (亩均, 人均, 单位GDP) -> the units allowed after the slash of its unit, the
    usual one first."""
    return {word: tuple(units) for word, units in load_toml("indicators.toml")["per_unit"].items()}


@dataclass(frozen=True)
class UnitKind:
    """The kind of quantity an indicator's head noun names (indicators.toml ``[[unit_kinds]]``): the endings that name
    it, the unit dimensions a figure after it may have, whether a count of people or firms is wrong after it, and the
    unit a message asks for."""

    heads: tuple[str, ...]
    allowed: frozenset[str]
    counts: bool
    expected: str
    highest: float | None = None  # the largest figure the kind can have anywhere, in base units (平方米), if any


@lru_cache(maxsize=1)
def unit_kinds() -> tuple[UnitKind, ...]:
    return tuple(
        UnitKind(
            tuple(entry["heads"]),
            frozenset(entry["allowed"]),
            bool(entry.get("counts", True)),
            entry["expected"],
            float(entry["highest"]) if "highest" in entry else None,
        )
        for entry in load_toml("indicators.toml").get("unit_kinds", ())
    )
