"""Whole CLI runs (exit code, stdout, stderr) compared with files under ``tests/snapshots/cli/``.

Regenerate after an intended change with ``DRAFTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_cli_snapshots.py``
and review the diff. Inputs stay on DC101/DC102 (``--select``) so other rules' progress does not churn them.
"""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.rules import find_rule

SNAPSHOTS = Path(__file__).parent / "snapshots"
INPUTS = SNAPSHOTS / "inputs"
# Read at import: the autouse fixture in conftest.py clears DRAFTCHECK_* variables before each test.
UPDATE = os.environ.get("DRAFTCHECK_UPDATE_SNAPSHOTS") == "1"
SELECT = "--select DC101,DC102"

CASES = {
    "full": f"lint {SELECT} report.txt clean.md",
    "full-statistics": f"lint {SELECT} --statistics report.txt",
    "concise": f"lint {SELECT} --format concise report.txt gbk-report.txt utf16-report.txt",
    "json": f"lint {SELECT} --format json report.txt",
    "sarif": f"lint {SELECT} --format sarif report.txt",
    "github": f"lint {SELECT} --format github report.txt",
    "rdjson": f"lint {SELECT} --format rdjson report.txt",
    "json-statistics": f"lint {SELECT} --format json --statistics report.txt clean.md",
    "clean": f"lint {SELECT} clean.md",
    "bad-inputs": f"lint {SELECT} --format concise missing.txt binary.txt old.doc report.txt",
    "bad-config": f"lint --config bad-config.toml report.txt",
    "stdin": f"lint {SELECT} --format concise --stdin-filename piped.txt -",
    # findings with fixes (safe and unsafe): DC501 doubled unit and %, DC503 terms, DC504 a residue line, DC301
    "fixes-full": "lint --select DC501,DC503,DC504,DC301 fixable.txt",
    "fixes-json": "lint --select DC501,DC503,DC504,DC301 --format json fixable.txt",
    "fixes-sarif": "lint --select DC501,DC503,DC504,DC301 --format sarif fixable.txt",
    "fixes-diff": "lint --select DC501,DC503,DC504,DC301 --diff fixable.txt",
}
STDIN = {"stdin": "引进内资亿元，同比增长%。\n"}


def _transcript(args: str, exit_code: int, stdout: str, stderr: str) -> str:
    return f"$ draftcheck {args}\nexit code: {exit_code}\n----- stdout -----\n{stdout}----- stderr -----\n{stderr}"


def assert_snapshot(name: str, actual: str) -> None:
    path = SNAPSHOTS / "cli" / f"{name}.txt"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(actual.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"no snapshot {path.name}; run with DRAFTCHECK_UPDATE_SNAPSHOTS=1 to create it")
    expected = path.read_bytes().decode("utf-8")
    assert actual == expected, f"{path.name} differs; rerun with DRAFTCHECK_UPDATE_SNAPSHOTS=1 if intended"


def _without_rule_docs(sarif_text: str) -> str:
    """SARIF rule descriptors carry each rule's documentation, which the rules' authors keep improving: check it
    equals the rule's doc here, and leave a placeholder in the snapshot so doc edits do not churn it."""
    document = json.loads(sarif_text)
    for descriptor in document["runs"][0]["tool"]["driver"]["rules"]:
        cls = find_rule(descriptor["id"])
        assert descriptor["shortDescription"] == {"text": cls.summary_zh()}
        assert descriptor["help"] == {"text": cls.doc_zh(), "markdown": cls.doc_zh()}
        descriptor["shortDescription"] = {"text": f"<summary of {cls.code}>"}
        descriptor["help"] = {"text": f"<doc of {cls.code}>", "markdown": f"<doc of {cls.code}>"}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_snapshot(name, monkeypatch):
    monkeypatch.chdir(INPUTS)
    args = CASES[name]
    result = CliRunner().invoke(app, shlex.split(args), input=STDIN.get(name))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    stdout = _without_rule_docs(result.stdout) if "--format sarif" in args else result.stdout
    assert_snapshot(name, _transcript(args, result.exit_code, stdout, result.stderr))


def test_no_stale_snapshots():
    stored = {p.stem for p in (SNAPSHOTS / "cli").glob("*.txt")}
    assert stored <= set(CASES), f"snapshots without a case: {sorted(stored - set(CASES))}"
