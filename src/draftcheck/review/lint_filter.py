"""The hook through which ``lint`` honours review decisions and a baseline, one file at a time.

Kept apart from the command so that whatever loops over files (today ``commands/lint_command.py``) only calls
``LintFilters.apply`` for each file's result.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.baseline import Baseline
from draftcheck.finding import Finding
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
