"""Dates the wording rules know (dates.toml): the years of the events whose anniversaries reports count,
and the words that found a place (建区, 建园 …, counted from the founding year the text itself names)."""

from __future__ import annotations

from functools import lru_cache

from draftcheck.lexicon import load_toml


@lru_cache(maxsize=1)
def anniversaries() -> dict[str, int]:
    """Event name → the year it took place (新中国成立 → 1949)."""
    return dict(load_toml("dates.toml")["anniversaries"])


def founding_words(key: str) -> tuple[str, ...]:
    """One list of [founding]: ``verbs`` (始建于), ``after_year`` (2006年建区), ``anniversary`` (建区N周年)."""
    return tuple(load_toml("dates.toml")["founding"][key])
