"""Whole CLI runs (exit code, stdout, stderr) compared with files under ``tests/snapshots/cli/``.

Regenerate after an intended change with ``DRAFTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_cli_snapshots.py``
and review the diff. Inputs stay on DC101/DC102 (``--select``) so other rules' progress does not churn them.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app

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
}
STDIN = {"stdin": "工业用电量亿千瓦时，同比增长%。\n"}


def _transcript(args: str, result) -> str:
    return (
        f"$ draftcheck {args}\n"
        f"exit code: {result.exit_code}\n"
        f"----- stdout -----\n{result.stdout}"
        f"----- stderr -----\n{result.stderr}"
    )


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


@pytest.mark.parametrize("name", sorted(CASES))
def test_cli_snapshot(name, monkeypatch):
    monkeypatch.chdir(INPUTS)
    args = CASES[name]
    result = CliRunner().invoke(app, shlex.split(args), input=STDIN.get(name))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert_snapshot(name, _transcript(args, result))


def test_no_stale_snapshots():
    stored = {p.stem for p in (SNAPSHOTS / "cli").glob("*.txt")}
    assert stored <= set(CASES), f"snapshots without a case: {sorted(stored - set(CASES))}"
