"""bench/repair_stats.py against the fake OpenAI-compatible server: the statistics it reports are the run's."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from fake_openai_server import RecordedRequest, Reply

from draftcheck.draft.backend import SectionRequest
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.sections import plan_sections

REPO = Path(__file__).resolve().parent.parent
FACTS = REPO / "fixtures" / "facts-gongyeyuan-2024-q3.yaml"


@pytest.fixture(scope="module")
def repair_stats():
    spec = importlib.util.spec_from_file_location("repair_stats", REPO / "bench" / "repair_stats.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def echo_or_template(request: RecordedRequest) -> Reply:
    """Problems: the fact lines copied (as the small model does); every other paragraph: the template's,
    except the investment paragraph, which goes on with an invented sentence after it."""
    facts, _ = load_facts(FACTS)
    pipeline = DraftPipeline(OfflineBackend(), Prompts())
    for plan in plan_sections(facts, derive(facts)):
        for unit in pipeline.units(plan):
            lines = [line for g in unit for line in g.lines]
            if "\n".join(lines) in request.user_text:
                if plan.id == "problems":
                    return Reply(text="".join(lines))
                text = OfflineBackend().complete(SectionRequest(plan.id, plan.title, [], {**plan.data, "groups": [g.ref for g in unit]})).text
                return Reply(text=text + ("同比增速：+2.7%。" if plan.id == "investment" else ""))
    return Reply(text="无关的回复。")


def test_repair_stats_counts_rounds_trimming_and_copying(repair_stats, fake_llm, tmp_path, monkeypatch, capsys):
    fake_llm.responder = echo_or_template
    out, dump = tmp_path / "stats.json", tmp_path / "rounds.md"
    argv = ["repair_stats.py", str(FACTS), "--base-url", fake_llm.base_url, "--model", "fake", "--json", str(out), "--dump", str(dump)]
    monkeypatch.setattr(sys, "argv", argv)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    assert repair_stats.main() == 0
    stats = json.loads(out.read_text(encoding="utf-8"))
    n = stats["paragraphs"]
    assert n > 5 and stats["paragraphs_clean_after_round"] == {"0": n, "1": n, "2": n}
    assert stats["paragraphs_fell_back"] == 0 and stats["dc601_604_in_final_drafts"] == {}
    assert stats["paragraphs_clean_by_trimming"] == 1  # the investment paragraph, its invented sentence deleted
    assert stats["first_draft_findings"] == {"DC601": 1}
    assert stats["per_file"][FACTS.name]["paragraphs_clean_after_round"] == stats["paragraphs_clean_after_round"]
    # the problems paragraph copied its fact lines: counted as near-verbatim, not hidden
    assert stats["model_paragraphs_likeness_to_fact_lines"]["near_verbatim"] >= 1
    text = dump.read_text(encoding="utf-8")
    assert "一是园区产业层次不高" in text and "trimmed" in text and "2.7%" in text
    assert f"written by the model and clean after round 0: {n}/{n}" in capsys.readouterr().out
