"""Sets of categories and the words that add parts up (categories.toml).

- ``complete_sets()``: sets whose members, every one listed, make up the whole (第一/二/三产业, 内资/外资);
- ``disjoint_families()``: families whose members never overlap (出口/进口, 国有/集体/民营 …);
- ``named_members(label)``: the members of each family (disjoint, then complete) that a label names;
- ``together(key)``: the words of a subject that adds several parts up: ``sums`` (合计, 共占), ``back_references``
  (以上, 上述), ``pairs`` (两者, 二者), ``counted_groups`` (两大, 三项 after a numeral);
  ``together_alternation(*keys)`` the regex alternation of some of those lists, longest first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftcheck.lexicon import load_toml


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_toml("categories.toml")


def complete_sets() -> tuple[tuple[str, ...], ...]:
    """The complete sets of categories.toml, in file order."""
    return tuple(tuple(entry["members"]) for entry in _table()["complete"])


def disjoint_families() -> tuple[tuple[str, ...], ...]:
    """The families of disjoint categories of categories.toml, in file order."""
    return tuple(tuple(entry["members"]) for entry in _table()["disjoint"])


@lru_cache(maxsize=1)
def _families() -> tuple[tuple[str, ...], ...]:
    return disjoint_families() + complete_sets()


def named_members(label: str, families: tuple[tuple[str, ...], ...] | None = None) -> list[frozenset[str]]:
    """The members of each family that ``label`` names, one set per family in the order given (an empty set for a
    family it does not touch); by default the [[disjoint]] families, then the [[complete]] sets."""
    return [frozenset(member for member in family if member in label) for family in (families or _families())]


def together(key: str) -> tuple[str, ...]:
    """One word list of the [together] section (KeyError names a missing key)."""
    return tuple(_table()["together"][key])


@lru_cache(maxsize=16)
def together_alternation(*keys: str) -> str:
    """A regex alternation (no group) of the [together] lists named, longest first."""
    found: list[str] = []
    for key in keys:
        found.extend(w for w in together(key) if w not in found)
    return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
