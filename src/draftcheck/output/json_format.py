"""``--format json``: the stable machine-readable shape (schema_version 1)."""

from __future__ import annotations

import json

from draftcheck.output.model import FileReport, LintRun

SCHEMA_VERSION = 1


def issue_dict(report: FileReport, finding) -> dict:
    line, column = report.position(finding.span.start)
    end_line, end_column = report.position(finding.span.end)
    return {
        "code": finding.code,
        "rule": finding.rule,
        "severity": finding.severity.value,
        "message": finding.message,
        "span": {"start": finding.span.start, "end": finding.span.end},
        "line": line,
        "column": column,
        "end_line": end_line,
        "end_column": end_column,
        "quote": finding.quote,
        "related": [
            {
                "label": r.label,
                "span": {"start": r.span.start, "end": r.span.end},
                "line": report.position(r.span.start)[0],
                "column": report.position(r.span.start)[1],
                "quote": r.quote,
            }
            for r in finding.related
        ],
        "suggestion": finding.suggestion,
        "fingerprint": finding.fingerprint,
    } | ({"fix": fix_dict(report, finding.fix)} if finding.fix is not None else {})


def fix_dict(report: FileReport, fix) -> dict:
    """``{"applicability": "safe"|"unsafe", "edits": [{"span", "line", "column", "end_line", "end_column", "content"}]}``."""
    edits = []
    for edit in fix.edits:
        line, column = report.position(edit.span.start)
        end_line, end_column = report.position(edit.span.end)
        edits.append({
            "span": {"start": edit.span.start, "end": edit.span.end},
            "line": line, "column": column, "end_line": end_line, "end_column": end_column,
            "content": edit.content,
        })
    return {"applicability": fix.applicability, "edits": edits}


def render(run: LintRun, **_: object) -> str:
    files = []
    for report in run.files:
        entry: dict = {"path": report.path, "issues": [issue_dict(report, f) for f in report.findings]}
        if report.error:
            entry["error"] = report.error
        files.append(entry)
    return json.dumps({"schema_version": SCHEMA_VERSION, "files": files}, ensure_ascii=False, indent=2) + "\n"
