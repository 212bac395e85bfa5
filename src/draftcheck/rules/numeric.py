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
                    fix=self._correction(relation, ctx.text[relation.start : relation.end]),
                )

    def _correction(self, relation, quote: str):
        """The corrected phrase of a rate (DC3xx) as an unsafe fix: the checker knows that the figures disagree,
        not which one is wrong, so a person decides. Totals (DC2xx) suggest what to check, not a phrase."""
        suggestion = relation.suggestion
        if not self.code.startswith("DC3") or not suggestion or any(word in suggestion for word in ("核对", "或", "，")):
            return None
        if suggestion == quote or suggestion[:1] != quote[:1]:
            return None
        return self.replacement(relation.start, relation.end, suggestion, "unsafe")
