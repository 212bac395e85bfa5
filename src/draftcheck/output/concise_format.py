"""``--format concise``: one line per finding, ``path:line:col: CODE message`` (a .docx: ``path:第12段: …``)."""

from __future__ import annotations

from draftcheck.output.line_breaks import show_line_breaks
from draftcheck.output.model import LintRun


def render(run: LintRun, **_: object) -> str:
    lines = []
    for report in run.files:
        for finding in report.findings:
            lines.append(f"{report.path}:{report.place(finding.span.start)}: {finding.code} {show_line_breaks(finding.message)}")
    return "".join(line + "\n" for line in lines)
