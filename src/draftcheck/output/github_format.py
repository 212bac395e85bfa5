"""``--format github``: GitHub Actions workflow commands, one annotation line per finding.

``::error file=a.txt,line=3,col=5,endLine=3,endColumn=9,title=DC101 blank-amount::message``.
Data is escaped for ``%``, CR and LF; property values additionally for ``:`` and ``,``. Columns are code
points and ``endColumn`` is exclusive, as in the other formats.
"""

from __future__ import annotations

from draftcheck.finding import Finding, Severity
from draftcheck.output.model import FileReport, LintRun

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def message_with_related(report: FileReport, finding: Finding) -> str:
    """The message, followed by the related spans (formats without related locations show them inline)."""
    parts = [finding.message]
    for related in finding.related:
        line, column = report.position(related.span.start)
        parts.append(f"{related.label}：“{related.quote}”（{line}:{column}）")
    return "；".join(parts)


def annotation(report: FileReport, finding: Finding) -> str:
    line, column = report.position(finding.span.start)
    end_line, end_column = report.position(finding.span.end)
    properties = {
        "file": report.path,
        "line": line,
        "col": column,
        "endLine": end_line,
        "endColumn": end_column,
        "title": f"{finding.code} {finding.rule}",
    }
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{COMMANDS[finding.severity]} {props}::{escape_data(message_with_related(report, finding))}"


def render(run: LintRun, **_: object) -> str:
    lines = [annotation(report, f) for report in run.checked for f in report.findings]
    lines += [f"::error file={escape_property(r.path)},title=draftcheck::{escape_data(r.error or '')}" for r in run.failed]
    return "".join(line + "\n" for line in lines)
