"""Prompt templates: strict rendering, versions and hashes, user overrides."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts
from draftcheck.draft.prompts import BUILTIN_DIR, PromptError, Prompts
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline
from draftcheck.draft.sections import SECTIONS, plan_sections

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "facts-jiajuqu-2024.yaml"


@pytest.fixture(scope="module")
def plans():
    facts, _ = load_facts(FIXTURE)
    return plan_sections(facts, derive(facts))


def test_one_template_per_section_plus_system_and_repair():
    names = {p.name for p in BUILTIN_DIR.glob("*.j2")}
    assert {spec.template for spec in SECTIONS} | {"system.j2", "repair.j2"} <= names


def test_every_builtin_template_is_versioned():
    prompts = Prompts()
    for path in BUILTIN_DIR.glob("*.j2"):
        info = prompts.info(path.name)
        assert info.id == path.stem and info.version >= 1
        assert info.sha256 == hashlib.sha256(path.read_text(encoding="utf-8").encode("utf-8")).hexdigest()


def paragraph_messages(plan, prompts=None, n=None):
    pipeline = DraftPipeline(OfflineBackend(), prompts or Prompts())
    units = pipeline.units(plan)
    return [pipeline.paragraph_messages(plan, unit) for unit in (units if n is None else units[:n])]


LABEL_LINE = re.compile(r"^[^，。；\n]{2,16}[:：]", re.M)


def test_paragraph_requests_carry_sentence_shaped_facts_not_label_lines_json_or_formulas(plans):
    # A small model copies its input: facts given as 标签：值 lines came back as 标签：值 lines (DC604 in
    # 9 of 12 first drafts with Qwen2.5-Coder-0.5B); facts given as plain clauses come back as prose.
    prompts = Prompts()
    investment = next(p for p in plans if p.id == "investment")
    (messages,) = paragraph_messages(investment, prompts)
    system, user = messages
    assert system["role"] == "system" and "不计算" in system["content"]
    assert user["role"] == "user"
    content = user["content"]
    assert "```" not in content and "{" not in content  # no JSON
    assert "÷" not in content and "=" not in content and "〔" not in content  # no formulas
    assert "到位资金47.3亿元，完成年度目标50亿元的94.6%。" in content
    assert "重点签约项目有绿源生物可降解材料项目、盛达新型建材产业园项目。" in content
    for plan in plans:
        for _, message in paragraph_messages(plan):
            facts_part = message["content"].split("\n", 1)[1]  # after the instruction line
            assert not LABEL_LINE.search(facts_part), facts_part
    assert set(prompts.used()) == {"system.j2", "investment.j2"}


def test_every_section_renders_and_every_request_is_short(plans):
    from draftcheck.draft.token_budget import message_tokens

    for plan in plans:
        for messages in paragraph_messages(plan):
            assert plan.title in messages[0]["content"]
            assert message_tokens(messages) < 700  # one short request per group or small set of groups


def test_dates_in_requests_are_written_as_words(plans):
    projects = next(p for p in plans if p.id == "projects")
    content = "\n".join(m[1]["content"] for m in paragraph_messages(projects))
    assert "2024年3月开工" in content and "计划2025年10月建成投产" in content
    assert not re.search(r"\d{4}-\d{2}", content)


def test_a_missing_field_is_an_error_naming_file_line_and_field(tmp_path, plans):
    (tmp_path / "projects.j2").write_text(
        "{# draftcheck-prompt projects v2 — 自定义 #}\n项目：\n{{ facts.projects[0].nickname }}\n", encoding="utf-8"
    )
    prompts = Prompts(tmp_path)
    projects = next(p for p in plans if p.id == "projects")
    with pytest.raises(PromptError) as info:
        prompts.section_messages(projects.data, projects.spec.template)
    assert str(info.value) == f"{tmp_path / 'projects.j2'}:3: 模板引用了不存在的字段 “nickname”"


def test_a_missing_top_level_name_is_an_error_too(tmp_path, plans):
    (tmp_path / "system.j2").write_text("{# draftcheck-prompt system v1 — x #}\n{{ orgnisation }}\n", encoding="utf-8")
    with pytest.raises(PromptError, match=r"system\.j2:2: 模板引用了不存在的字段 “orgnisation”"):
        Prompts(tmp_path).section_messages(plans[0].data, plans[0].spec.template)


def test_override_dir_replaces_only_the_templates_it_has(tmp_path, plans):
    (tmp_path / "indicators.j2").write_text("{# draftcheck-prompt indicators v7 — 我的 #}\n写{{ title }}", encoding="utf-8")
    prompts = Prompts(tmp_path)
    indicators = plans[0]
    system, user = prompts.section_messages(indicators.data, indicators.spec.template)
    assert user["content"] == "写主要指标完成情况"
    assert prompts.used()["indicators.j2"].version == 7
    assert prompts.used()["indicators.j2"].path == str(tmp_path / "indicators.j2")
    assert prompts.used()["system.j2"].path == str(BUILTIN_DIR / "system.j2")


def test_template_without_version_header_is_refused(tmp_path, plans):
    (tmp_path / "indicators.j2").write_text("写{{ title }}", encoding="utf-8")
    with pytest.raises(PromptError, match="缺少版本注释"):
        Prompts(tmp_path).section_messages(plans[0].data, plans[0].spec.template)


def test_syntax_error_names_the_line(tmp_path, plans):
    (tmp_path / "indicators.j2").write_text("{# draftcheck-prompt indicators v1 — x #}\n\n{% if %}", encoding="utf-8")
    with pytest.raises(PromptError, match=r"indicators\.j2:3: 模板语法错误"):
        Prompts(tmp_path).section_messages(plans[0].data, plans[0].spec.template)


def test_missing_override_dir(tmp_path):
    with pytest.raises(PromptError, match="目录不存在"):
        Prompts(tmp_path / "nope")


def test_repair_prompt_lists_found_message_and_expected(plans):
    prompts = Prompts()
    plan = plans[2]
    pipeline = DraftPipeline(OfflineBackend(), prompts)
    context = pipeline.context(plan, pipeline.units(plan)[0])
    finding = {"code": "DC601", "line": 1, "context": "到位资金占签约总额的54.7%。", "found": "54.7%",
               "message": "“54.7%”既不是事实文件中的数", "expected": "47.3亿元"}
    messages = prompts.repair_messages({**context, "findings": [finding], "round": 1, "max_rounds": 2, "draft": "草稿一段"})
    assert [m["role"] for m in messages] == ["system", "user"]
    repair = messages[-1]["content"]
    for fragment in ("第1轮修改，最多2轮", "草稿有1处要改", "“54.7%”既不是事实文件中的数", "应为：47.3亿元", "草稿一段", "到位资金47.3亿元"):
        assert fragment in repair


def test_prompts_word_declines_as_declines_and_state_each_fact_once(plans):
    indicators = plans[0]
    user = "\n".join(m[1]["content"] for m in paragraph_messages(indicators))
    assert "税收收入10.35亿元，比上年下降2.5%。" in user
    assert user.count("固定资产投资152.4亿元") == 2  # the indicator's paragraph and its structure's
    assert "比上年" in user and "同比" not in user  # an annual report
