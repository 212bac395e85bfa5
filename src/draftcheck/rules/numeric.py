"""Shared base for the numeric-consistency rules (DC2xx, DC3xx): report inconsistent relations.

The relations themselves are found once per document by ``draftcheck.numbers.relations``; each
rule only picks the inconsistent ones carrying its code.
"""

from __future__ import annotations

from collections.abc import Iterator

from draftcheck.finding import Finding
from draftcheck.numbers.relation import Outcome
from draftcheck.rules.base import CheckContext, Rule


def relations_of(ctx: CheckContext):
    from draftcheck.numbers.relations import find_relations

    return ctx.shared("relations", find_relations)


class NumericRule(Rule):
    code = ""  # abstract: concrete subclasses set code and slug

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        for relation in relations_of(ctx):
            if relation.code == self.code and relation.outcome is Outcome.INCONSISTENT:
                yield self.finding(
                    ctx,
                    relation.start,
                    relation.end,
                    relation.message,
                    related=relation.related,
                    suggestion=relation.suggestion,
                    severity=relation.severity,
                )
