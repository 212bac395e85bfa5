"""``--format json``: the stable machine-readable shape (schema_version 1)."""

from __future__ import annotations

import json

from draftcheck.finding import issue_dict
from draftcheck.output.model import LintRun

SCHEMA_VERSION = 1


def render(run: LintRun, **_: object) -> str:
    files = []
    for report in run.files:
        entry: dict = {"path": report.path, "issues": [issue_dict(f, report.position) for f in report.findings]}
        if report.error:
            entry["error"] = report.error
        files.append(entry)
    return json.dumps({"schema_version": SCHEMA_VERSION, "files": files}, ensure_ascii=False, indent=2) + "\n"
