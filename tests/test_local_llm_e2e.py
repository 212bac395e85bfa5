"""Opt-in: draft a fixture through a real small model served by ``scripts/local-llm.sh`` (llamacpp preset).

    scripts/local-llm.sh            # in one terminal (install, verify, serve on 127.0.0.1:8080)
    DRAFTCHECK_LOCAL_LLM=1 .venv/bin/python -m pytest tests/test_local_llm_e2e.py

Skipped unless ``DRAFTCHECK_LOCAL_LLM=1``; CI does not run it. ``DRAFTCHECK_LOCAL_LLM_FACTS`` picks another
facts file. A 0.5B model invents figures freely: the test does not ask for a clean draft, it asks that every
ungrounded figure left in the final draft is reported (in the manifest and on the terminal), never hidden.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.draft.providers import PRESETS

REPO = Path(__file__).resolve().parent.parent
ENABLED = os.environ.get("DRAFTCHECK_LOCAL_LLM") == "1"
FACTS = Path(os.environ.get("DRAFTCHECK_LOCAL_LLM_FACTS") or REPO / "fixtures" / "facts-jiajuqu-2024.yaml")

pytestmark = pytest.mark.skipif(not ENABLED, reason="set DRAFTCHECK_LOCAL_LLM=1 and run scripts/local-llm.sh")


@pytest.fixture
def local_server() -> str:
    base_url = PRESETS["llamacpp"].base_url
    try:
        with urllib.request.urlopen(f"{base_url}/models", timeout=5) as response:
            json.load(response)
    except (urllib.error.URLError, OSError, ValueError) as error:
        pytest.fail(f"no llama.cpp server at {base_url} ({error}); start it with scripts/local-llm.sh")
    return base_url


def test_local_model_draft_has_no_unreported_ungrounded_figure(local_server, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    result = CliRunner().invoke(
        app,
        [
            "draft", str(FACTS), "--backend", "llm", "--preset", "llamacpp", "--concurrency", "1",
            "--timeout", "600", "--max-rounds", "2", "--no-cache", "-o", "draft.md",
        ],  # fmt: skip
    )
    manifest_path = tmp_path / "draft.run.json"
    assert manifest_path.exists(), result.output
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    print(json.dumps(manifest["repair"], ensure_ascii=False), manifest["usage"])  # visible with -s
    assert manifest["backend"]["preset"] == "llamacpp"
    assert manifest["status"] == "complete", result.output
    assert result.exit_code in (0, 1), result.output

    # Verified or replaced: no DC601-DC604 finding in the final draft, and the model's share is recorded.
    draft_rules = [
        (section["title"], finding["code"], finding["quote"])
        for section in manifest["sections"]
        for finding in section["residual_findings"]
        if finding["code"] in ("DC601", "DC602", "DC603", "DC604")
    ]
    assert draft_rules == []
    repair = manifest["repair"]
    assert repair["paragraphs_written_by_model"] + repair["paragraphs_fell_back"] == repair["paragraphs"]
    draft_text = (tmp_path / "draft.md").read_text(encoding="utf-8")
    assert all(section["title"] in draft_text for section in manifest["sections"])
