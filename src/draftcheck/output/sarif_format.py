"""``--format sarif``: SARIF 2.1.0 for code-scanning services (GitHub, GitLab, reviewdog).

Columns are Unicode code points (``columnKind: unicodeCodePoints``), lines and columns 1-based, ``endColumn``
exclusive; every region carries line/column (reviewdog ignores offsets) and ``charOffset``/``charLength``.
"""

from __future__ import annotations

import json
from pathlib import Path, PurePath

from draftcheck import __version__
from draftcheck.finding import Finding, Severity
from draftcheck.output.model import FileReport, LintRun

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "draftcheck/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative path stays a relative URI reference (posix slashes); an absolute one becomes file://."""
    pure = PurePath(path)
    if pure.is_absolute():
        return Path(path).as_uri()
    return pure.as_posix()


def _region(report: FileReport, start: int, end: int, snippet: str | None = None) -> dict:
    line, column = report.position(start)
    end_line, end_column = report.position(end)
    region = {
        "startLine": line,
        "startColumn": column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
    }
    if snippet is not None:
        region["snippet"] = {"text": snippet}
    return region


def _location(report: FileReport, start: int, end: int, snippet: str, **extra) -> dict:
    return {
        **extra,
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(report.path)},
            "region": _region(report, start, end, snippet),
        },
    }


def _result(report: FileReport, finding: Finding, rule_index: dict[str, int]) -> dict:
    result = {
        "ruleId": finding.code,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(report, finding.span.start, finding.span.end, finding.quote)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {"rule": finding.rule},
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if finding.related:
        result["relatedLocations"] = [
            _location(report, r.span.start, r.span.end, r.quote, id=i, message={"text": r.label})
            for i, r in enumerate(finding.related, start=1)
        ]
    if finding.suggestion:
        result["properties"]["suggestion"] = finding.suggestion
    if finding.fix is not None:
        result["fixes"] = [_fix(report, finding)]
    return result


def _fix(report: FileReport, finding: Finding) -> dict:
    """A SARIF ``fix``: one artifact change with a replacement per edit; ruff's applicability in properties."""
    fix = finding.fix
    what = "安全修正" if fix.applicability == "safe" else "需人工确认的修正"
    return {
        "description": {"text": f"{what}：“{finding.quote}” → “{fix.replacement_text()}”"},
        "artifactChanges": [
            {
                "artifactLocation": {"uri": artifact_uri(report.path)},
                "replacements": [
                    {"deletedRegion": _region(report, e.span.start, e.span.end), "insertedContent": {"text": e.content}}
                    for e in fix.edits
                ],
            }
        ],
        "properties": {"applicability": fix.applicability},
    }


def _rule_descriptor(cls) -> dict:
    return {
        "id": cls.code,
        "name": cls.slug,
        # Code-scanning pages show these to the report's authors: the Chinese documentation
        # (rules/docs/<CODE>.md), the English docstring only where a rule has none.
        "shortDescription": {"text": cls.summary_zh()},
        "help": {"text": cls.doc_zh() or cls.doc(), "markdown": cls.doc_zh() or cls.doc()},
        "defaultConfiguration": {"level": LEVELS[cls.default_severity]},
        "properties": {"family": cls.family},
    }


def render(run: LintRun, **_: object) -> str:
    rule_classes = {cls.code: cls for cls in run.rules}
    for finding in run.findings:  # a finding from a rule not passed in still gets its metadata
        if finding.code not in rule_classes:
            from draftcheck.rules import find_rule

            found = find_rule(finding.code)
            if found is not None:
                rule_classes[found.code] = found
    ordered = [rule_classes[code] for code in sorted(rule_classes)]
    rule_index = {cls.code: i for i, cls in enumerate(ordered)}
    results = [_result(report, f, rule_index) for report in run.checked for f in report.findings]
    notifications = [
        {
            "level": "error",
            "message": {"text": report.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(report.path)}}}],
        }
        for report in run.failed
    ]
    sarif = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "draftcheck",
                        "version": __version__,
                        "rules": [_rule_descriptor(cls) for cls in ordered],
                    }
                },
                "invocations": [
                    {"executionSuccessful": not run.failed, "toolExecutionNotifications": notifications}
                ],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
