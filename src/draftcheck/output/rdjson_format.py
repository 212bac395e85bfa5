"""``--format rdjson``: the Reviewdog Diagnostic Format (a ``DiagnosticResult`` JSON document).

Positions are 1-based; columns count UTF-8 bytes (a Han character is 3), ends are exclusive. The format
has no related locations, so related spans are appended to the message.
"""

from __future__ import annotations

import json

from draftcheck.finding import Severity
from draftcheck.output.github_format import message_with_related
from draftcheck.output.model import FileReport, LintRun

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def byte_position(report: FileReport, offset: int) -> dict[str, int]:
    """1-based line and 1-based UTF-8 byte column of a code-point ``offset``."""
    line, column = report.position(offset)
    line_start = report.lines.starts[line - 1]
    prefix = report.text[line_start : line_start + column - 1]
    return {"line": line, "column": len(prefix.encode("utf-8", errors="surrogatepass")) + 1}


def render(run: LintRun, **_: object) -> str:
    diagnostics = []
    for report in run.checked:
        for finding in report.findings:
            diagnostics.append(
                {
                    "message": message_with_related(report, finding),
                    "location": {
                        "path": report.path,
                        "range": {
                            "start": byte_position(report, finding.span.start),
                            "end": byte_position(report, finding.span.end),
                        },
                    },
                    "severity": SEVERITIES[finding.severity],
                    "code": {"value": finding.code},
                }
            )
    for report in run.failed:
        diagnostics.append({"message": report.error, "location": {"path": report.path}, "severity": "ERROR"})
    result = {"source": {"name": "draftcheck"}, "diagnostics": diagnostics}
    return json.dumps(result, ensure_ascii=False, indent=2) + "\n"
