"""Relation finders, one module per family; each exposes ``find(ctx) -> list[Relation]``.

``find_relations(ctx)`` runs them all once per document (rules share the result through
``CheckContext.shared``) and records every outcome for ``--statistics``. A module with ``FALLBACK = True``
runs after the others, and its relations of a figure another finder already relates under the same
code (consistent or not) are dropped.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache

from draftcheck.numbers.other_operands import explained_by_other_operands
from draftcheck.numbers.relation import Outcome, Relation


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
    fallbacks = []
    for module in _finders():
        if getattr(module, "FALLBACK", False):
            fallbacks.append(module)
        else:
            relations.extend(module.find(ctx))
    if fallbacks:
        # a fallback finder (named_differences) reads phrasings the others miss: a stated figure that
        # another finder already relates under the same code keeps that relation only
        checked = [r for r in relations if r.outcome is not Outcome.NOT_CHECKABLE]
        taken = {(r.code, r.start) for r in checked} | {(r.code, r.end) for r in checked}
        # (and a difference on a figure growth checked as a change: 由52.3%提高到58.1%，提高6.8个百分点 is DC301's
        # change in points, not a second, DC302 finding on the same 6.8)
        growth_ends = {r.end for r in checked if r.kind == "growth"}
        for module in fallbacks:
            relations.extend(
                r for r in module.find(ctx)
                if (r.code, r.start) not in taken and (r.code, r.end) not in taken
                and not (r.kind == "difference" and r.end in growth_ends)
            )
    for relation in relations:
        if relation.kind == "ratio" and relation.outcome is Outcome.INCONSISTENT and explained_by_other_operands(
            ctx, relation.start, relation.end, {(start, end) for _, start, end in relation.related}
        ):
            relation.outcome = Outcome.NOT_CHECKABLE  # two other figures of the sentence give the stated rate
        ctx.count(relation.kind, relation.outcome.value)
    return relations
