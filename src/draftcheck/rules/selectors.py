"""Rule selectors as used by ``select``/``ignore`` and inline suppressions: ALL, a code, a code prefix, a slug.

Specificity decides conflicts the way ruff does: an exact code or slug beats a prefix, and a longer prefix
beats a shorter one (``select = ["DC2"]`` with ``ignore = ["DC20"]`` keeps DC21x, drops DC20x).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_PREFIX = re.compile(r"^DC\d{0,3}$")
EXACT = 100


def specificity(selector: str, code: str, slug: str) -> int | None:
    """How specifically ``selector`` names the rule ``code``/``slug``; None when it does not name it."""
    key = selector.strip()
    upper = key.upper()
    if upper == "ALL":
        return 0
    if upper == code or key.lower() == slug:
        return EXACT
    if _PREFIX.match(upper) and code.startswith(upper):
        return len(upper)
    return None


def matches(selectors: Iterable[str], code: str, slug: str) -> bool:
    return any(specificity(s, code, slug) is not None for s in selectors)


def best(selectors: Iterable[str], code: str, slug: str) -> int | None:
    """The highest specificity among ``selectors`` naming the rule, or None."""
    found = [s for s in (specificity(sel, code, slug) for sel in selectors) if s is not None]
    return max(found) if found else None


def split_selectors(values: Iterable[str]) -> list[str]:
    """``["DC101,DC102", "DC2"]`` -> ``["DC101", "DC102", "DC2"]`` (comma-separated CLI values)."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]
