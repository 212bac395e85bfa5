"""``draftcheck draft --backend llm`` end to end against the fake OpenAI-compatible server.

The real client path (ChatOpenAI → openai SDK → HTTP on 127.0.0.1) drafts every section of a fixture;
the fake model answers with the offline backend's clean text for each section, except where a test makes
it wrong: a first reply with a wrong growth rate and an invented figure (repaired in round 1), a model that
never fixes it (stops at the round limit with the findings reported), a refused key, endless rate limits,
a hang mid-run (interrupted, finished sections kept).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_openai_server import FakeOpenAIServer, RecordedRequest, Reply
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.draft.backend import SectionRequest
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.sections import plan_sections

REPO = Path(__file__).resolve().parent.parent
FACTS = REPO / "fixtures" / "facts-jiajuqu-2024.yaml"
SECRET = "sk-e2e-NEVER-SHOWN-77d1c0"

RIGHT_GROWTH = "同比增长13.0%"
WRONG_GROWTH = "同比增长15.2%"  # the model "computed" 386.5 / 342.1 itself, wrongly
INVENTED = "，占全县规模以上工业总产值的78.9%"  # nobody gave it this


@pytest.fixture(scope="module")
def clean_texts() -> dict[str, str]:
    """Section title → the offline backend's clean text: what a good model would write."""
    facts, _ = load_facts(FACTS)
    backend = OfflineBackend()
    return {
        plan.title: backend.complete(SectionRequest(plan.id, plan.title, [], plan.data)).text
        for plan in plan_sections(facts, derive(facts))
    }


def section_of(request: RecordedRequest, titles) -> str:
    first_user = next(m["content"] for m in request.messages if m["role"] == "user")
    return next(title for title in titles if f"“{title}”" in first_user)


def is_repair(request: RecordedRequest) -> bool:
    return len(request.messages) > 2 and request.messages[-1]["role"] == "user"


def wrong(text: str, invented: str = INVENTED) -> str:
    assert RIGHT_GROWTH in text
    first_clause_end = text.index("；")
    text = text[:first_clause_end] + invented + text[first_clause_end:]
    return text.replace(RIGHT_GROWTH, WRONG_GROWTH, 1)


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no draftcheck.toml from the checkout
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path / "cache"))  # never the user's cache
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    return tmp_path


def draft(server: FakeOpenAIServer, *extra: str, output: str = "out.md"):
    args = ["draft", str(FACTS), "--backend", "llm", "--base-url", server.base_url, "--model", "fake", "-o", output]
    return CliRunner().invoke(app, [*args, *extra])


def manifest_of(workdir: Path, output: str = "out.md") -> dict:
    return json.loads((workdir / output).with_name(Path(output).stem + ".run.json").read_text(encoding="utf-8"))


def sections_by_id(manifest: dict) -> dict[str, dict]:
    return {section["id"]: section for section in manifest["sections"]}


def test_clean_model_drafts_every_section_in_round_0(fake_llm, workdir, clean_texts):
    fake_llm.responder = lambda request: Reply(text=clean_texts[section_of(request, clean_texts)])
    result = draft(fake_llm)
    assert result.exit_code == 0, result.output
    manifest = manifest_of(workdir)
    assert manifest["status"] == "complete"
    assert manifest["backend"]["name"] == "llm"
    assert manifest["backend"]["base_url_host"] == f"127.0.0.1:{fake_llm.port}"
    assert manifest["repair"]["sections_clean_after_round"]["0"] == len(clean_texts)
    assert manifest["calls"] == len(clean_texts) == len(fake_llm.chat_requests())
    assert manifest["usage"]["total_tokens"] > 0
    assert all(request.headers["authorization"] == f"Bearer {SECRET}" for request in fake_llm.chat_requests())
    text = (workdir / "out.md").read_text(encoding="utf-8")
    assert clean_texts["招商引资"] in text
    assert SECRET not in result.output
    assert SECRET not in (workdir / "out.run.json").read_text(encoding="utf-8")


def test_wrong_growth_and_invented_figure_are_repaired_in_round_1(fake_llm, workdir, clean_texts):
    def model(request: RecordedRequest) -> Reply:
        title = section_of(request, clean_texts)
        if title == "主要指标完成情况" and not is_repair(request):
            return Reply(text=wrong(clean_texts[title]))
        return Reply(text=clean_texts[title])

    fake_llm.responder = model
    result = draft(fake_llm)
    assert result.exit_code == 0, result.output

    indicators = sections_by_id(manifest_of(workdir))["indicators"]
    first, repair = indicators["rounds"]
    quotes = " ".join(f["quote"] for f in first["findings"])
    assert "15.2%" in quotes and "78.9%" in quotes
    assert {f["code"] for f in first["findings"]} >= {"DC601"}
    assert repair["findings"] == []
    assert indicators["best_round"] == 1 and indicators["clean"]

    # The repair request told the model where, what was found, and showed it its own draft.
    (repair_request,) = [r for r in fake_llm.chat_requests() if is_repair(r)]
    assert repair_request.messages[2]["role"] == "assistant"
    assert "15.2%" in repair_request.messages[2]["content"]
    assert "15.2%" in repair_request.messages[-1]["content"] and "78.9%" in repair_request.messages[-1]["content"]

    text = (workdir / "out.md").read_text(encoding="utf-8")
    assert RIGHT_GROWTH in text and "15.2%" not in text and "78.9%" not in text
    manifest = manifest_of(workdir)
    assert manifest["repair"]["sections_clean_after_round"] == {"0": 5, "1": 1, "2": 0}
    assert manifest["calls"] == len(clean_texts) + 1


def test_model_that_never_fixes_stops_at_the_round_limit_with_findings_reported(fake_llm, workdir, clean_texts):
    inventions = iter(["，占全县的78.9%", "，占全市的12.3%", "，居全省第7位，占比45.6%", "，另增3.3亿元"])

    def stubborn(request: RecordedRequest) -> Reply:
        title = section_of(request, clean_texts)
        if title == "主要指标完成情况":
            return Reply(text=wrong(clean_texts[title], next(inventions)))  # different every time, never right
        return Reply(text=clean_texts[title])

    fake_llm.responder = stubborn
    result = draft(fake_llm, "--max-rounds", "2")
    assert result.exit_code == 1, result.output  # residual findings
    indicators = sections_by_id(manifest_of(workdir))["indicators"]
    assert [r["round"] for r in indicators["rounds"]] == [0, 1, 2]
    assert all(r["findings"] for r in indicators["rounds"])
    assert not indicators["clean"]
    assert indicators["residual_findings"], "residual findings must be recorded, never hidden"
    assert any("15.2%" in f["quote"] for f in indicators["residual_findings"])
    assert manifest_of(workdir)["repair"]["sections_not_clean"] == 1
    assert "DC601" in result.output and "15.2%" in result.output  # and shown to the user
    # the draft is still written, with the least bad version
    assert "15.2%" in (workdir / "out.md").read_text(encoding="utf-8")


def test_sections_are_drafted_concurrently(fake_llm, workdir, clean_texts):
    # Each reply waits until every section's request has arrived: sent one after another, the first
    # request would wait for ever (the timeout only bounds a failing run) and the barrier would break.
    rendezvous = threading.Barrier(len(clean_texts), timeout=60)

    def responder(request):
        rendezvous.wait()
        return Reply(text=clean_texts[section_of(request, clean_texts)])

    fake_llm.responder = responder
    result = draft(fake_llm, "--concurrency", str(len(clean_texts)), "--no-cache")
    assert result.exit_code == 0, result.output
    assert not rendezvous.broken
    assert len(fake_llm.chat_requests()) == len(clean_texts)


def test_rerun_is_answered_from_the_cache(fake_llm, workdir, clean_texts):
    fake_llm.responder = lambda request: Reply(text=clean_texts[section_of(request, clean_texts)])
    assert draft(fake_llm).exit_code == 0
    calls = len(fake_llm.chat_requests())
    result = draft(fake_llm, output="again.md")
    assert result.exit_code == 0, result.output
    assert len(fake_llm.chat_requests()) == calls  # no request at all
    manifest = manifest_of(workdir, "again.md")
    assert manifest["cache_hits"] == len(clean_texts)
    assert manifest["calls"] == 0
    assert manifest["usage"]["total_tokens"] == 0
    assert (workdir / "again.md").read_text(encoding="utf-8") == (workdir / "out.md").read_text(encoding="utf-8")

    result = draft(fake_llm, "--no-cache", output="fresh.md")
    assert result.exit_code == 0
    assert len(fake_llm.chat_requests()) == 2 * calls


def test_refused_key_is_one_clear_line_without_the_key(fake_llm, workdir):
    fake_llm.default_reply = Reply.unauthorized()  # the fake quotes the whole key back
    result = draft(fake_llm, "--concurrency", "1")
    assert result.exit_code == 2
    assert "401" in result.output and "OPENAI_API_KEY" in result.output
    assert SECRET not in result.output
    manifest_text = (workdir / "out.run.json").read_text(encoding="utf-8")
    assert SECRET not in manifest_text
    assert json.loads(manifest_text)["status"] == "failed"


def test_rate_limited_forever_gives_up_with_the_cause(fake_llm, workdir):
    fake_llm.default_reply = Reply.rate_limited(retry_after=0)
    result = draft(fake_llm, "--concurrency", "1")
    assert result.exit_code == 2
    assert "429" in result.output and "重试 3 次" in result.output
    assert len(fake_llm.chat_requests()) == 4  # one section tried 1 + 3 times; the others were not started


def test_failure_mid_run_keeps_the_finished_sections(fake_llm, workdir, clean_texts):
    def model(request: RecordedRequest) -> Reply:
        title = section_of(request, clean_texts)
        return Reply.empty() if title == "招商引资" else Reply(text=clean_texts[title])

    fake_llm.responder = model
    result = draft(fake_llm, "--concurrency", "1")
    assert result.exit_code == 2
    assert "空内容" in result.output
    text = (workdir / "out.md").read_text(encoding="utf-8")
    assert clean_texts["主要指标完成情况"] in text and clean_texts["重点项目建设"] in text
    statuses = {s["id"]: s["status"] for s in manifest_of(workdir)["sections"]}
    assert statuses["indicators"] == statuses["projects"] == "done"
    assert statuses["investment"] == "failed"


def test_interrupted_run_keeps_finished_sections(fake_llm, tmp_path, clean_texts):
    """A real process, a real Ctrl-C (SIGINT) while the third section hangs."""

    def model(request: RecordedRequest) -> Reply:
        title = section_of(request, clean_texts)
        return Reply.hanging() if title == "招商引资" else Reply(text=clean_texts[title])

    fake_llm.responder = model
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTCHECK_", "LANGSMITH_", "LANGCHAIN_"))}
    env.update({"DRAFTCHECK_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"})
    command = [
        sys.executable, "-m", "draftcheck", "draft", str(FACTS), "--backend", "llm", "--base-url", fake_llm.base_url,
        "--model", "fake", "--concurrency", "1", "--timeout", "1.5", "-o", "out.md",
    ]  # fmt: skip
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(section_of(r, clean_texts) == "招商引资" for r in fake_llm.chat_requests()):
                break
            time.sleep(0.05)
        else:
            pytest.fail("the third section was never requested")
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 130, stderr
    assert "中断" in stderr
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert clean_texts["主要指标完成情况"] in text and clean_texts["重点项目建设"] in text
    manifest = manifest_of(tmp_path)
    assert manifest["status"] == "interrupted"
    assert [s["status"] for s in manifest["sections"]][:2] == ["done", "done"]


def test_config_profile_selects_the_llm_backend(fake_llm, workdir, clean_texts):
    (workdir / "draftcheck.toml").write_text(
        f'[draft]\nprofile = "office"\n\n[draft.profiles.office]\nbase-url = "{fake_llm.base_url}"\n'
        'model = "office-model"\ntimeout = 30\nmax-retries = 1\n',
        encoding="utf-8",
    )
    fake_llm.responder = lambda request: Reply(text=clean_texts[section_of(request, clean_texts)])
    result = CliRunner().invoke(app, ["draft", str(FACTS), "-o", "out.md"])  # no --backend: the config decides
    assert result.exit_code == 0, result.output
    backend = manifest_of(workdir)["backend"]
    assert (backend["name"], backend["profile"], backend["model"]) == ("llm", "office", "office-model")
    assert backend["timeout_s"] == 30 and backend["max_retries"] == 1
    assert {r.body["model"] for r in fake_llm.chat_requests()} == {"office-model"}


def test_unknown_profile_key_in_config_is_a_usage_error(fake_llm, workdir):
    (workdir / "draftcheck.toml").write_text('[draft.profiles.office]\nmodle = "typo"\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["draft", str(FACTS), "--profile", "office", "-o", "out.md"])
    assert result.exit_code == 2
    assert "modle" in result.output
    assert fake_llm.chat_requests() == []
