"""The pure checking core: text in, findings out. No printing, no files, no output formats."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from draftcheck.finding import Finding, assign_fingerprints
from draftcheck.rules import CheckContext, Rule, all_rules
from draftcheck.suppression import QuoteSuppression, apply_suppressions


@dataclass
class LintResult:
    findings: list[Finding]
    # relation kind -> outcome (consistent / inconsistent / not-checkable) -> count
    statistics: dict[str, dict[str, int]] = field(default_factory=dict)
    # findings silenced by inline directives or quote suppressions (kept for counting, never shown)
    suppressed: list[Finding] = field(default_factory=list)
    # rules that raised instead of returning findings: (code, exception); the others still ran
    rule_errors: list[tuple[str, Exception]] = field(default_factory=list)


def default_rules() -> list[Rule]:
    """Every rule that applies to finished reports, with its default options."""
    return [cls() for cls in all_rules() if not cls.drafts_only]


def lint_text(
    text: str,
    rules: Sequence[Rule] | None = None,
    *,
    reference_texts: dict[str, str] | None = None,
    reference_archive: object | None = None,
    quote_suppressions: Sequence[QuoteSuppression] = (),
    raise_rule_errors: bool = False,
    tables: list | None = None,
    statistics: bool = True,
) -> LintResult:
    """Run ``rules`` (default: all report rules) over ``text`` and return sorted findings.

    Suppression (inline ``draftcheck: ignore`` directives, ``quote_suppressions``) is applied last, as a
    pure filter, after fingerprints are assigned, so silencing one finding never changes another's.
    ``reference_texts`` (name -> text) and ``reference_archive`` (an ``archive.search.Archive``) are
    the documents DC401 looks for carried-over passages in.
    A rule that raises is recorded in ``rule_errors`` (or re-raised with ``raise_rule_errors``) so
    that one defect never hides the other rules' findings. ``tables`` are the document's tables as
    the loader read them (``Document.tables``, .docx); None finds Markdown pipe tables in ``text``.
    ``statistics=False`` leaves ``LintResult.statistics`` empty and spares the work only the counts need
    (``lint`` without ``--statistics``); the findings are the same.
    """
    ctx = CheckContext(text, reference_texts=reference_texts, reference_archive=reference_archive, tables=tables,
                       statistics=statistics)
    active = list(rules) if rules is not None else default_rules()
    findings: list[Finding] = []
    rule_errors: list[tuple[str, Exception]] = []
    for rule in active:
        try:
            findings.extend(rule.check(ctx))
        except Exception as exc:
            if raise_rule_errors:
                raise
            rule_errors.append((rule.code, exc))
    findings = _deduplicate(findings)
    findings.sort(key=Finding.sort_key)
    assign_fingerprints(text, findings)
    kept, suppressed = apply_suppressions(text, findings, quote_suppressions)
    return LintResult(findings=kept, statistics=ctx.statistics, suppressed=suppressed, rule_errors=rule_errors)


def _deduplicate(findings: Iterable[Finding]) -> list[Finding]:
    seen: set[tuple[str, int, int, str]] = set()
    unique: list[Finding] = []
    for finding in findings:  # the same rule saying two different things at one place is two findings
        key = (finding.code, finding.span.start, finding.span.end, finding.message)
        if key not in seen:
            seen.add(key)
            unique.append(finding)
    return unique
