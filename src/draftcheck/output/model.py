"""What the formatters receive: per-file findings plus the text they point into."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import Rule
from draftcheck.text.positions import LineIndex


@dataclass
class FileReport:
    path: str
    text: str
    findings: list[Finding] = field(default_factory=list)
    statistics: dict[str, dict[str, int]] = field(default_factory=dict)
    error: str | None = None  # one-line reason the file could not be read or checked
    suppressed: int = 0  # findings silenced by inline directives or ignore-quotes
    dismissed: int = 0  # findings dismissed in a review (the decisions file beside the report)
    baselined: int = 0  # findings recorded in the baseline (--baseline)
    # decisions whose finding no longer exists: (fingerprint, decision); counted, listed by --statistics
    stale_decisions: list = field(default_factory=list)
    # .docx only: offsets of the findings and their related spans -> where a Word user finds them
    # (第12段, 表2 第3行第4列); text files are located by line and column.
    locations: dict[int, str] = field(default_factory=dict)

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) in code points."""
        return self.lines.line_col(offset)

    def place(self, offset: int) -> str:
        """Where ``offset`` is for a person: 第12段 / 表2 第3行第4列 in a .docx, else ``line:column``."""
        if offset in self.locations:
            return self.locations[offset]
        line, column = self.position(offset)
        return f"{line}:{column}"


@dataclass
class LintRun:
    files: list[FileReport]
    # The rules that ran (classes, in code order): SARIF lists their metadata, --statistics their counts.
    rules: list[type[Rule]] = field(default_factory=list)
    # One-line problems met on the way (unreadable files, rules that raised), in file order, for stderr.
    messages: list[str] = field(default_factory=list)
    # Whether any file could not be read or fully checked (exit code 2).
    input_error: bool = False

    @property
    def findings(self) -> list[Finding]:
        return [f for report in self.files for f in report.findings]

    @property
    def checked(self) -> list[FileReport]:
        return [report for report in self.files if report.error is None]

    @property
    def failed(self) -> list[FileReport]:
        return [report for report in self.files if report.error is not None]

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)
