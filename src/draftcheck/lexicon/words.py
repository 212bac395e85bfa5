"""Function words of numeric sentences (words.toml): change, base, target, threshold, list and
completeness words, approximation qualifiers, comparable-price markers.

``words(section, key)`` returns one list as written in the file; ``alternation(...)`` the regex
alternation of one or more lists, longest first (so 净增加 wins over 净增 and 增).
"""

from __future__ import annotations

import re
from functools import lru_cache

from draftcheck.lexicon import load_toml


@lru_cache(maxsize=1)
def _table() -> dict:
    return load_toml("words.toml")


def words(section: str, key: str) -> tuple[str, ...]:
    """One word list of words.toml, in file order (KeyError names a missing section or key)."""
    return tuple(_table()[section][key])


@lru_cache(maxsize=64)
def alternation(*lists: tuple[str, str]) -> str:
    """A regex alternation (no group) of the words of ``lists`` ((section, key) pairs), longest first."""
    found: list[str] = []
    for section, key in lists:
        for word in words(section, key):
            if word not in found:
                found.append(word)
    return "|".join(re.escape(w) for w in sorted(found, key=len, reverse=True))
