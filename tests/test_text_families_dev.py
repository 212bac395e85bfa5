"""The text-family rules on a small development set of real reposted pages
(bench/data/text_families_dev.jsonl).

Each entry holds a short excerpt of a stored web page, its address, the rule it exercises, the
quotes a proofreader would mark (each must overlap a finding of that rule) and report text next
to them (none may overlap one).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

DEV_SET = Path(__file__).resolve().parents[1] / "bench" / "data" / "text_families_dev.jsonl"


def _entries():
    for line in DEV_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            yield pytest.param(entry, id=f"{entry['code']}:{entry['url'][:50]}")


def _overlaps(spans, text, quote):
    at = text.find(quote)
    assert at >= 0, quote
    return any(start < at + len(quote) and at < end for start, end in spans)


@pytest.mark.parametrize("entry", list(_entries()))
def test_defects_found_and_report_text_left_alone(entry):
    text = entry["text"]
    findings = lint_text(text, [find_rule(entry["code"])()]).findings
    spans = [(f.span.start, f.span.end) for f in findings]
    assert [q for q in entry["flagged"] if not _overlaps(spans, text, q)] == []
    assert [q for q in entry["clean"] if _overlaps(spans, text, q)] == []
