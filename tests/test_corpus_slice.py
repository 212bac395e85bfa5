"""The refactoring safety net in CI: every finding and relation statistic on a pinned slice of the corpus
(tests/data/corpus-slice, sources in its SOURCES.md) equals the snapshot in findings.json.

A change fails with a line diff per file (one line per finding: code, severity, span, quote, message,
suggestion, related spans). Regenerate after an intended change with
``DRAFTCHECK_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_corpus_slice.py`` and give the reason in the
commit message (bench/findings_snapshot.py does the same for the whole of ../shared).
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path

import pytest

from draftcheck.engine import default_rules, lint_text

SLICE = Path(__file__).parent / "data" / "corpus-slice"
SNAPSHOT = SLICE / "findings.json"
UPDATE = os.environ.get("DRAFTCHECK_UPDATE_SNAPSHOTS") == "1"  # read at import: conftest clears DRAFTCHECK_*


def finding_line(text: str, finding) -> str:
    related = "".join(f" [{r.label} {r.span.start}-{r.span.end}]" for r in finding.related)
    suggestion = f" → {finding.suggestion}" if finding.suggestion else ""
    quote = text[finding.span.start : finding.span.end].replace("\n", "⏎")
    return (
        f"{finding.code} {finding.severity.value} {finding.span.start}-{finding.span.end} “{quote}” "
        f"{finding.message}{suggestion}{related}"
    ).replace("\n", "⏎")


def snapshot_of(text: str) -> dict:
    result = lint_text(text, default_rules())  # the report rules: drafts-only rules never see a report
    return {
        "findings": [finding_line(text, f) for f in result.findings],
        "suppressed": [finding_line(text, f) for f in result.suppressed],
        "statistics": result.statistics,
    }


def current() -> dict[str, dict]:
    return {path.name: snapshot_of(path.read_text(encoding="utf-8")) for path in sorted(SLICE.glob("*.txt"))}


def as_lines(entry: dict) -> list[str]:
    lines = [f"finding: {line}" for line in entry["findings"]]
    lines += [f"suppressed: {line}" for line in entry["suppressed"]]
    lines += [f"statistics: {json.dumps(entry['statistics'], ensure_ascii=False, sort_keys=True)}"]
    return lines


def test_slice_holds_several_reports_with_findings_of_several_rules():
    texts = sorted(SLICE.glob("*.txt"))
    assert 3 <= len(texts) <= 5
    sources = (SLICE / "SOURCES.md").read_text(encoding="utf-8")
    assert all(path.name in sources for path in texts)


def test_findings_on_the_corpus_slice_are_unchanged():
    actual = current()
    if UPDATE:
        SNAPSHOT.write_text(json.dumps(actual, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        pytest.skip("corpus slice snapshot regenerated")
    if not SNAPSHOT.exists():
        pytest.fail("no tests/data/corpus-slice/findings.json; run with DRAFTCHECK_UPDATE_SNAPSHOTS=1 to create it")
    expected = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    diffs = []
    for name in sorted(set(expected) | set(actual)):
        before = as_lines(expected[name]) if name in expected else []
        after = as_lines(actual[name]) if name in actual else []
        diffs += difflib.unified_diff(before, after, f"snapshot/{name}", f"now/{name}", n=0, lineterm="")
    assert not diffs, "findings changed on the corpus slice (DRAFTCHECK_UPDATE_SNAPSHOTS=1 if intended):\n" + "\n".join(diffs)
    codes = {line.split()[0] for entry in expected.values() for line in entry["findings"]}
    assert len(codes) >= 4, codes
