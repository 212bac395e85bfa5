"""The hook through which ``lint`` honours review decisions and a baseline, one file at a time.

Kept apart from the command so that whatever loops over files (today ``commands/lint_command.py``) only calls
``LintFilters.apply`` for each file's result.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from draftcheck.baseline import Baseline
from draftcheck.finding import Finding
from draftcheck.output.model import FileReport
from draftcheck.review.decisions import Decision, DecisionsError, apply_decisions, decisions_path_for, load_decisions


@dataclass
class FilteredFindings:
    kept: list[Finding]
    dismissed: int = 0  # dismissed in a review
    baselined: int = 0  # recorded in the baseline
    stale: list[tuple[str, Decision]] = field(default_factory=list)
    error: str | None = None  # an unusable decisions file (its decisions are then not applied)


@dataclass
class LintFilters:
    use_decisions: bool = True
    decisions_file: Path | None = None  # --decisions FILE; default: REPORT.draftcheck.json beside each report
    baseline: Baseline | None = None
    decisions_dir: Path | None = None  # the configuration's decisions-dir (resolved), and the folder it is relative to
    decisions_root: Path | None = None

    def apply(self, report_path: str, findings: list[Finding], suppressed: list[Finding] = ()) -> FilteredFindings:
        kept, error, dismissed, stale = list(findings), None, 0, []
        if self.use_decisions and (report_path != "-" or self.decisions_file is not None):
            path = self.decisions_file or decisions_path_for(report_path, self.decisions_dir, self.decisions_root)
            try:
                decisions = load_decisions(path, report_path)
            except DecisionsError as exc:
                decisions, error = None, str(exc)
            outcome = apply_decisions(kept, decisions, also_present=suppressed)
            kept, dismissed, stale = outcome.kept, len(outcome.dismissed), outcome.stale
        baselined = 0
        if self.baseline is not None:
            kept, known = self.baseline.split(report_path, kept)
            baselined = len(known)
        return FilteredFindings(kept, dismissed, baselined, stale, error)


@dataclass
class ReportChecker:
    """Checks one report's text again with the run's settings and references (after a fix, or laid out as .docx)
    and applies the decisions and baseline to a report the lint service produced."""

    settings: object
    references: dict[str, str]
    filters: LintFilters | None = None
    reference_index: str | None = None  # the archive index DC401 compares with (lint --reference*)

    def _archive(self, path: str = "-"):
        if self.reference_index is None:
            return None
        from draftcheck.archive.search import open_archive

        return open_archive(self.reference_index, path)

    def findings(self, text: str, path: str = "-") -> list[Finding]:
        """The findings of ``text``; ``path`` names the report, which is never its own source in the archive."""
        from draftcheck.engine import lint_text

        return lint_text(text, self.settings.rules, reference_texts=self.references, reference_archive=self._archive(path),
                         quote_suppressions=self.settings.quote_suppressions).findings

    def filtered(self, report: FileReport) -> tuple[FileReport, str | None]:
        """The report with dismissed and baselined findings left out and counted; the decisions file's problem."""
        if self.filters is None:
            return report, None
        kept = self.filters.apply(report.path, report.findings)
        return replace(report, findings=kept.kept, dismissed=kept.dismissed, baselined=kept.baselined,
                       stale_decisions=kept.stale), kept.error

    def recheck(self, report: FileReport, text: str) -> FileReport:
        """The report on ``text`` (the file after fixing), filtered as before."""
        from draftcheck.engine import lint_text

        result = lint_text(text, self.settings.rules, reference_texts=self.references,
                           reference_archive=self._archive(report.path),
                           quote_suppressions=self.settings.quote_suppressions)
        fresh = FileReport(report.path, text, result.findings, result.statistics, suppressed=len(result.suppressed))
        return self.filtered(fresh)[0]

    def findings_for(self, report: FileReport, doc):
        """What to annotate on the report laid out in Word: its findings, or those of the laid-out text."""

        def findings_for(laid_out) -> list[Finding]:
            if laid_out is doc or laid_out.text == report.text:
                return report.findings
            fresh = FileReport(report.path, laid_out.text, self.findings(laid_out.text, report.path))
            return self.filtered(fresh)[0].findings

        return findings_for
