"""The check-and-repair loop, concurrency and interrupted runs, with scripted in-process backends."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from rich.console import Console

from draftcheck.draft.backend import BackendError, Completion, RequestTooLargeError, SectionRequest
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import parse_facts
from draftcheck.draft.facts_example import EXAMPLE_FACTS
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline, clean_reply
from draftcheck.draft.prompts import Prompts
from draftcheck.commands.draft_command import run_draft
from draftcheck.service.draft import BackendChoice, DraftOptions
from draftcheck.draft.sections import plan_sections

ONE_INDICATOR = """\
organisation: 南湖工业园区管委会
area: 园区
period: {year: 2024, kind: 年度}
indicators:
  - {name: 规模以上工业总产值, value: 386.5, unit: 亿元, base: 342.1}
"""
WRONG = "2024年，园区规模以上工业总产值完成386.5亿元，同比增长12.4%，比上年同期增加44.4亿元，占全市工业总产值的31.5%。"
RIGHT = "2024年，园区规模以上工业总产值完成386.5亿元，同比增长13.0%，比上年同期增加44.4亿元。"
USAGE = {"prompt_tokens": 100, "completion_tokens": 40, "total_tokens": 140}


class ScriptedBackend:
    """Replies from a script: ``replies[section]`` is a list indexed by round (the last one repeats)."""

    name = "scripted"

    def __init__(self, replies=None, *, latency=0.0, fallback=None, fail=None, rendezvous=None):
        self.replies = replies or {}
        self.latency = latency
        # A threading.Barrier every call waits at: the calls pass only when that many are in flight together.
        self.rendezvous = rendezvous
        self.fallback = fallback
        self.fail = fail or {}
        self.requests: list[SectionRequest] = []
        self._lock = threading.Lock()

    def complete(self, request: SectionRequest) -> Completion:
        with self._lock:
            self.requests.append(request)
        if request.section in self.fail:
            raise self.fail[request.section]
        if self.rendezvous is not None:
            self.rendezvous.wait()
        time.sleep(self.latency)
        if request.section in self.replies:
            script = self.replies[request.section]
            text = script[min(request.round, len(script) - 1)]
            if isinstance(text, BaseException):
                raise text
        else:
            text = self.fallback.complete(request).text
        return Completion(text=text, usage=dict(USAGE), latency_s=self.latency, model="scripted-1")


def one_indicator_plan():
    facts = parse_facts(ONE_INDICATOR)
    return plan_sections(facts, derive(facts))[0]


def test_wrong_growth_and_invented_figure_are_repaired_in_round_one():
    backend = ScriptedBackend({"indicators": [WRONG, RIGHT]})
    result = DraftPipeline(backend, Prompts(), max_rounds=2).draft_section(one_indicator_plan())
    assert result.status == "done"
    (paragraph,) = result.paragraphs
    assert len(paragraph.rounds) == 2 and paragraph.best_round == 1 and paragraph.source == "model"
    assert result.text == RIGHT and result.findings == []
    first = [(f.code, f.quote) for f in paragraph.rounds[0].findings]
    assert ("DC601", "12.4%") in first and ("DC601", "31.5%") in first
    assert ("DC602", "规模以上工业总产值") in first  # the 13.0% it was asked for is missing
    # the repair request is short and standalone: the facts, the draft, each finding with its expected value
    repair = backend.requests[1]
    assert repair.round == 1
    assert [m["role"] for m in repair.messages] == ["system", "user"]
    prompt = repair.messages[1]["content"]
    assert WRONG in prompt and "规模以上工业总产值386.5亿元，比上年增长13.0%。" in prompt
    assert "“12.4%”" in prompt and "“31.5%”" in prompt and "应为：13.0%" in prompt


def test_a_sentence_invented_after_the_facts_is_deleted_not_sent_back():
    # Seen with Qwen2.5-Coder-0.5B: the facts written right, then a sentence of invented figures.
    rambling = RIGHT + "同比增速：+2.7%，增长了0.7个百分点。"
    backend = ScriptedBackend({"indicators": [rambling, "never asked"]})
    result = DraftPipeline(backend, Prompts(), max_rounds=2).draft_section(one_indicator_plan())
    assert len(backend.requests) == 1  # no repair request: deleting the faulty sentence was enough
    (paragraph,) = result.paragraphs
    first, trimmed = paragraph.rounds
    assert {f.code for f in first.findings} == {"DC601"} and not first.trimmed
    assert trimmed.trimmed and trimmed.round == 0 and trimmed.text == RIGHT and trimmed.findings == []
    assert paragraph.source == "model" and paragraph.best_round == 1 and result.text == RIGHT
    assert paragraph.kept == "0" and result.kept_label == "0×1"  # the round kept, not the record's index
    assert result.as_dict()["paragraphs"][0]["rounds"][1]["trimmed"] is True


def test_a_sentence_holding_a_required_fact_is_never_deleted():
    # The wrong growth sits in the only sentence that states 386.5亿元: deleting it would drop a fact
    # (DC602), so the model is asked to repair instead.
    backend = ScriptedBackend({"indicators": [WRONG, RIGHT]})
    result = DraftPipeline(backend, Prompts(), max_rounds=2).draft_section(one_indicator_plan())
    assert len(backend.requests) == 2 and not any(r.trimmed for r in result.paragraphs[0].rounds)
    # and a reply that is nothing but faulty sentences is not trimmed to nothing
    backend = ScriptedBackend({"indicators": ["同比增速：+2.7%。"]})
    result = DraftPipeline(backend, Prompts(), max_rounds=0).draft_section(one_indicator_plan())
    assert not any(r.trimmed for r in result.paragraphs[0].rounds) and result.paragraphs[0].source == "fallback"


def test_a_paragraph_never_fixed_falls_back_to_the_template():
    replies = [WRONG, WRONG.replace("31.5%", "32.5%"), WRONG.replace("31.5%", "33.5%"), RIGHT]
    backend = ScriptedBackend({"indicators": replies})
    result = DraftPipeline(backend, Prompts(), max_rounds=2).draft_section(one_indicator_plan())
    assert len(backend.requests) == 3  # round 0 plus 2 repair rounds, never the 4th reply
    (paragraph,) = result.paragraphs
    assert [r.round for r in paragraph.rounds] == [0, 1, 2]
    assert paragraph.best_round == 0  # all equally bad: the first is kept, not the last
    assert paragraph.source == "fallback" and "3轮后仍有" in paragraph.note
    assert result.text == OfflineBackend().complete(
        SectionRequest("indicators", "主要指标完成情况", [], {**one_indicator_plan().data, "groups": [{"kind": "indicator", "index": 0}]})
    ).text
    assert result.status == "done" and result.findings == [] and (result.written, result.fallbacks) == (0, 1)
    record = result.as_dict()
    assert record["clean"] is True and record["paragraphs_fell_back"] == 1
    before = record["paragraphs"][0]["findings_before_fallback"]
    assert {f["code"] for f in before} >= {"DC601", "DC602"}  # nothing hidden: what the model got wrong is kept


def test_fallback_keep_keeps_the_models_text_and_reports_it():
    backend = ScriptedBackend({"indicators": [WRONG]})
    result = DraftPipeline(backend, Prompts(), max_rounds=1, fallback="keep").draft_section(one_indicator_plan())
    assert result.text == WRONG and result.paragraphs[0].source == "kept"
    assert {f.code for f in result.findings} >= {"DC601", "DC602"}


def test_the_best_round_is_the_one_with_fewest_findings_counted_one_by_one():
    better = "2024年，园区规模以上工业总产值完成386.5亿元，同比增长13.0%，占全市工业总产值的31.5%。"
    backend = ScriptedBackend({"indicators": [WRONG, better, WRONG]})
    result = DraftPipeline(backend, Prompts(), max_rounds=2, fallback="keep").draft_section(one_indicator_plan())
    assert result.paragraphs[0].best_round == 1 and result.text == better
    assert [f.quote for f in result.findings] == ["31.5%"]


def test_a_backend_repeating_itself_is_not_asked_again():
    backend = ScriptedBackend({"indicators": [WRONG]})
    result = DraftPipeline(backend, Prompts(), max_rounds=5, fallback="keep").draft_section(one_indicator_plan())
    assert len(backend.requests) == 2 and result.findings


def test_zero_rounds_means_no_repair():
    backend = ScriptedBackend({"indicators": [WRONG, RIGHT]})
    result = DraftPipeline(backend, Prompts(), max_rounds=0, fallback="keep").draft_section(one_indicator_plan())
    assert len(backend.requests) == 1 and result.findings


def test_a_failed_repair_round_keeps_the_draft_it_has():
    backend = ScriptedBackend({"indicators": [WRONG, BackendError("请求超时（60 秒）")]})
    result = DraftPipeline(backend, Prompts(), fallback="keep").draft_section(one_indicator_plan())
    assert result.status == "partial" and result.text == WRONG and result.findings
    assert result.error == "请求超时（60 秒）（保留已完成的1段）"


def test_a_request_too_large_for_the_model_is_retried_shorter_then_falls_back(tmp_path):
    overflow = RequestTooLargeError("提示词超出模型 fake 的上下文长度（HTTP 400）")
    backend = ScriptedBackend({"indicators": [overflow]}, fallback=OfflineBackend())
    code, output, manifest = run_with(tmp_path, backend)
    statuses = {s["id"]: s["status"] for s in manifest["sections"]}
    assert set(statuses.values()) == {"done"}  # never a failed run: the endpoint works
    indicators = manifest["sections"][0]
    assert indicators["paragraphs_fell_back"] == len(indicators["paragraphs"]) >= 1
    assert all(r["truncated"] and "上下文" in r["error"] for p in indicators["paragraphs"] for r in p["rounds"])
    assert manifest["status"] == "complete" and code == 0
    assert "下一步工作打算" in output.read_text(encoding="utf-8")


def test_an_endpoint_failure_in_a_repair_round_stops_the_other_sections(tmp_path):
    backend = ScriptedBackend({"indicators": [WRONG, BackendError("请求超时（60 秒）")]}, fallback=OfflineBackend())
    code, output, manifest = run_with(tmp_path, backend)
    assert manifest["sections"][0]["status"] == "partial"
    assert code == 2 and manifest["status"] == "failed"


def test_empty_reply_is_a_backend_error():
    backend = ScriptedBackend({"indicators": ["   "]})
    with pytest.raises(BackendError, match="空内容"):
        DraftPipeline(backend, Prompts()).draft_section(one_indicator_plan())


def test_clean_reply_drops_fences_and_a_repeated_heading():
    assert clean_reply("```text\n一、主要指标完成情况\n正文。\n```", "主要指标完成情况") == "正文。"
    assert clean_reply("## 主要指标完成情况\n\n正文。", "主要指标完成情况") == "正文。"
    assert clean_reply("主要指标完成情况良好，正文。", "主要指标完成情况") == "主要指标完成情况良好，正文。"


def test_clean_reply_drops_the_repair_request_copied_after_the_paragraph():
    # Seen with Qwen2.5-Coder-0.5B: the paragraph, then the repair request's findings list copied verbatim.
    echoed = "园区产业层次不高。程序检查发现1处问题（第1轮修改，最多2轮）：\n1. “园区产业层次不高”：本段应写到……"
    assert clean_reply(echoed, "存在问题") == "园区产业层次不高。"
    assert clean_reply("园区产业层次不高。\n\n草稿有2处要改（第1轮修改，最多2轮）：……", "存在问题") == "园区产业层次不高。"
    assert clean_reply("园区产业层次不高。\n事实：\n园区产业层次不高。", "存在问题") == "园区产业层次不高。"
    assert clean_reply("事实上，园区产业层次不高。", "存在问题") == "事实上，园区产业层次不高。"


def example_plans():
    facts = parse_facts(EXAMPLE_FACTS)
    return plan_sections(facts, derive(facts))


class OverlapBackend(ScriptedBackend):
    """Counts how many requests are in flight at once (no clock involved)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.in_flight = 0
        self.most = 0
        self.gate = threading.Barrier(3, timeout=10)
        self.gated = set()

    def complete(self, request):
        with self._lock:
            self.in_flight += 1
            self.most = max(self.most, self.in_flight)
            first = request.section not in self.gated
            self.gated.add(request.section)
        try:
            if first and request.section in ("indicators", "projects", "investment"):
                try:
                    self.gate.wait()  # three sections must be in flight together to pass
                except threading.BrokenBarrierError:
                    pass
            return super().complete(request)
        finally:
            with self._lock:
                self.in_flight -= 1


def test_sections_are_drafted_concurrently():
    plans = example_plans()
    backend = OverlapBackend(fallback=OfflineBackend())
    results = DraftPipeline(backend, Prompts(), concurrency=len(plans)).run(plans)
    assert len(plans) == 6
    assert all(r.status == "done" and not r.findings for r in results)
    assert backend.most >= 3 and not backend.gate.broken
    assert [r.id for r in results] == [p.id for p in plans]  # report order, not completion order


def test_usage_is_summed_per_section_and_in_total():
    plans = example_plans()[:2]
    results = DraftPipeline(ScriptedBackend(fallback=OfflineBackend()), Prompts()).run(plans)
    for r in results:  # one request per paragraph, each with USAGE
        assert r.usage == {k: v * len(r.paragraphs) for k, v in USAGE.items()}


def run_with(tmp_path: Path, backend, *, concurrency=1, max_rounds=2, name="out.md"):
    facts = tmp_path / "facts.yaml"
    facts.write_text(EXAMPLE_FACTS, encoding="utf-8")
    output = tmp_path / name
    options = DraftOptions(facts_path=facts, output=output, concurrency=concurrency, max_rounds=max_rounds)
    console = Console(stderr=True, force_terminal=False, width=120)
    code = run_draft(options, console, BackendChoice(backend, {"name": backend.name, "model": "scripted-1"}))
    manifest = json.loads((tmp_path / (output.stem + ".run.json")).read_text(encoding="utf-8"))
    return code, output, manifest


def test_an_interrupted_run_keeps_the_finished_sections(tmp_path):
    backend = ScriptedBackend(fallback=OfflineBackend(), fail={"plans": KeyboardInterrupt()})
    code, output, manifest = run_with(tmp_path, backend)
    assert code == 130
    text = output.read_text(encoding="utf-8")
    for heading in ("## 一、主要指标完成情况", "## 二、重点项目建设", "## 三、招商引资", "## 四、其他重点工作", "## 五、存在问题"):
        assert heading in text
    assert "下一步工作打算" not in text
    assert manifest["status"] == "interrupted"
    assert [s["status"] for s in manifest["sections"]] == ["done"] * 5 + ["pending"]


def test_a_backend_failure_keeps_finished_sections_and_skips_the_rest(tmp_path):
    backend = ScriptedBackend(fallback=OfflineBackend(), fail={"investment": BackendError("端点拒绝了 API 密钥（HTTP 401）")})
    code, output, manifest = run_with(tmp_path, backend)
    assert code == 2
    text = output.read_text(encoding="utf-8")
    assert "## 一、主要指标完成情况" in text and "## 二、重点项目建设" in text and "## 三、招商引资" not in text
    statuses = {s["id"]: s["status"] for s in manifest["sections"]}
    assert statuses == {"indicators": "done", "projects": "done", "investment": "failed",
                        "other_work": "skipped", "problems": "skipped", "plans": "skipped"}
    assert manifest["status"] == "failed"
    assert manifest["sections"][2]["error"] == "端点拒绝了 API 密钥（HTTP 401）"


def test_the_manifest_records_rounds_usage_and_templates(tmp_path):
    facts = parse_facts(EXAMPLE_FACTS)
    wrong = "上半年新签约项目12个，签约总金额48.6亿元，到位资金21.3亿元，占签约总额的43.8%。"
    backend = ScriptedBackend({"investment": [wrong]}, fallback=OfflineBackend())
    code, output, manifest = run_with(tmp_path, backend)
    assert manifest["status"] == "complete"
    assert len(manifest["facts"]["sha256"]) == 64
    assert set(manifest["templates"]) == {"system.j2", "repair.j2", "indicators.j2", "projects.j2", "investment.j2",
                                           "other_work.j2", "problems.j2", "plans.j2"}
    assert all(len(t["sha256"]) == 64 and t["version"] >= 1 for t in manifest["templates"].values())
    investment = next(s for s in manifest["sections"] if s["id"] == "investment")
    (paragraph,) = investment["paragraphs"]
    assert len(paragraph["rounds"]) == 2  # the repeat stops the loop
    codes = {f["code"] for f in paragraph["rounds"][0]["findings"]}
    assert {"DC601", "DC602"} <= codes
    assert paragraph["source"] == "fallback" and investment["residual_findings"] == []
    assert any(f["quote"] == "43.8%" for f in paragraph["findings_before_fallback"])
    paragraphs = sum(len(s["paragraphs"]) for s in manifest["sections"])
    assert manifest["usage"]["total_tokens"] == 140 * (paragraphs + 1)  # every paragraph + 1 repair
    assert manifest["calls"] == paragraphs + 1 and manifest["cache_hits"] == 0
    repair = manifest["repair"]
    assert repair["paragraphs_clean_after_round"] == {"0": paragraphs - 1, "1": 0, "2": 0}
    assert repair["paragraphs_fell_back"] == 1 and repair["paragraphs_written_by_model"] == paragraphs - 1
    assert repair["findings_before_fallback_by_rule"]["DC601"] >= 1
    assert code == 0 and repair["sections_not_clean"] == 0
    # the invented share never reaches the draft: the template's paragraph replaced it
    assert "43.8%" not in output.read_text(encoding="utf-8")
    assert facts.organisation in output.read_text(encoding="utf-8")


def test_the_projects_configuration_decides_the_report_rules(tmp_path, monkeypatch):
    """Rules switched off in draftcheck.toml stay off while drafting; DC601/DC602 always run."""
    monkeypatch.chdir(tmp_path)
    blank = "上半年实现工业销售收入亿元，新签约项目12个，其中亿元以上项目7个，签约总金额48.6亿元，到位资金21.3亿元，完成全年目标（45亿元）的47.3%。新材料中试基地项目成功签约。"
    backend = ScriptedBackend({"investment": [blank]}, fallback=OfflineBackend())
    _, _, manifest = run_with(tmp_path, backend, max_rounds=0)
    investment = next(s for s in manifest["sections"] if s["id"] == "investment")
    assert [f["code"] for f in investment["paragraphs"][0]["findings_before_fallback"]] == ["DC101"]

    (tmp_path / "draftcheck.toml").write_text('ignore = ["DC101"]\n', encoding="utf-8")
    _, _, manifest = run_with(tmp_path, backend, max_rounds=0, name="again.md")
    investment = next(s for s in manifest["sections"] if s["id"] == "investment")
    assert investment["residual_findings"] == [] and investment["clean"]
    assert investment["paragraphs"][0]["source"] == "model"


def test_an_unwritable_output_is_one_line_exit_2(tmp_path, monkeypatch):
    import io

    import draftcheck.draft.writer as writer

    def refuse(path, data):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(writer, "atomic_write", refuse)
    facts = tmp_path / "facts.yaml"
    facts.write_text(EXAMPLE_FACTS, encoding="utf-8")
    options = DraftOptions(facts_path=facts, output=tmp_path / "out.md")
    stderr = io.StringIO()
    code = run_draft(options, Console(file=stderr, width=200), BackendChoice(OfflineBackend(), {"name": "offline"}))
    assert code == 2
    assert f"错误：{tmp_path / 'out.md'}: 无法写入：Permission denied" in stderr.getvalue()


def test_the_progress_line_and_the_table_name_the_same_kept_round(tmp_path):
    import io

    right = "上半年新签约项目12个，其中亿元以上项目7个，签约总金额48.6亿元；实现到位资金21.3亿元，完成全年目标（45亿元）的47.3%。新材料中试基地项目等重点项目成功签约。"
    wrong = right.replace("47.3%。", "47.3%，占签约总额的43.8%。")
    backend = ScriptedBackend({"investment": [wrong, right]}, fallback=OfflineBackend())
    facts = tmp_path / "facts.yaml"
    facts.write_text(EXAMPLE_FACTS, encoding="utf-8")
    stderr = io.StringIO()
    options = DraftOptions(facts_path=facts, output=tmp_path / "out.md")
    code = run_draft(options, Console(file=stderr, width=200), BackendChoice(backend, {"name": "scripted"}))
    assert code == 0, stderr.getvalue()
    lines = stderr.getvalue().splitlines()
    progress = next(line for line in lines if line.startswith("招商引资："))
    row = next(line for line in lines if "招商引资" in line and "│" in line)
    assert "采用轮次 1×1 ·" in progress  # round 1 was kept
    assert [cell.strip() for cell in row.split("│")][3] == "1×1"  # and the table says the same
