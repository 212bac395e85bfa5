"""Relation finders, one module per family; each exposes ``find(ctx) -> list[Relation]``.

``find_relations(ctx)`` runs them all once per document (rules share the result through
``CheckContext.shared``) and records every outcome for ``--statistics``.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from draftcheck.numbers.relation import Relation


@lru_cache(maxsize=1)
def _finders():
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "find"):
            modules.append(module)
    return tuple(modules)


def find_relations(ctx) -> list[Relation]:
    relations: list[Relation] = []
    for module in _finders():
        relations.extend(module.find(ctx))
    for relation in relations:
        ctx.count(relation.kind, relation.outcome.value)
    return relations
