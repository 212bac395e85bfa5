"""``--format json``: the stable machine-readable shape (schema_version 1)."""

from __future__ import annotations

import json

from draftcheck.finding import issue_dict
from draftcheck.output.model import LintRun

SCHEMA_VERSION = 1


def render(run: LintRun, **_: object) -> str:
    files = []
    for report in run.files:
        issues = [issue_dict(f, report.position) for f in report.findings]
        for issue, finding in zip(issues, report.findings):
            if finding.span.start in report.locations:  # a .docx: 第12段 / 表2 第3行第4列 beside line/column
                issue["location"] = report.locations[finding.span.start]
        entry: dict = {"path": report.path, "issues": issues}
        if report.error:
            entry["error"] = report.error
        files.append(entry)
    return json.dumps({"schema_version": SCHEMA_VERSION, "files": files}, ensure_ascii=False, indent=2) + "\n"
