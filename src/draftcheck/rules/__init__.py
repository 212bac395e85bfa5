"""The rule registry: every module ``dcNNN_slug.py`` in this package defines one rule."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from draftcheck.rules.base import CheckContext, Rule, iter_subclasses

__all__ = ["CheckContext", "Rule", "all_rules", "find_rule"]


@lru_cache(maxsize=1)
def all_rules() -> tuple[type[Rule], ...]:
    """Every rule class, ordered by code."""
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("dc"):
            importlib.import_module(f"{__name__}.{module.name}")
    return tuple(sorted({cls.code: cls for cls in iter_subclasses()}.values(), key=lambda cls: cls.code))


def find_rule(name: str) -> type[Rule] | None:
    """A rule by code (DC101, case-insensitive) or slug (blank-amount)."""
    key = name.strip()
    for cls in all_rules():
        if cls.code.lower() == key.lower() or cls.slug == key.lower():
            return cls
    return None
