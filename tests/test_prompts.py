"""Prompt templates: strict rendering, versions and hashes, user overrides."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts
from draftcheck.draft.prompts import BUILTIN_DIR, PromptError, Prompts
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


def test_section_messages_carry_the_facts_as_readable_json(plans):
    prompts = Prompts()
    investment = next(p for p in plans if p.id == "investment")
    system, user = prompts.section_messages(investment.data, investment.spec.template)
    assert system["role"] == "system" and "严禁自行计算" in system["content"]
    assert user["role"] == "user"
    block = user["content"].split("```json\n", 1)[1].split("\n```", 1)[0]
    assert json.loads(block) == investment.data["facts"]
    assert "\\u" not in block and "绿源生物可降解材料项目" in block
    # derived figures are handed over with how to word them and how they were computed
    assert "到位资金完成年度目标的比例 = 94.6%" in user["content"]
    assert "47.3 ÷ 50 × 100%" in user["content"]
    assert set(prompts.used()) == {"system.j2", "investment.j2"}


def test_every_section_renders(plans):
    prompts = Prompts()
    for plan in plans:
        messages = prompts.section_messages(plan.data, plan.spec.template)
        assert plan.title in messages[1]["content"]


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


def test_repair_prompt_lists_location_found_and_expected(plans):
    prompts = Prompts()
    plan = plans[2]
    first = prompts.section_messages(plan.data, plan.spec.template)
    finding = {"code": "DC601", "line": 1, "context": "到位资金占签约总额的54.7%。", "found": "54.7%",
               "message": "“54.7%”既不是事实文件中的数", "expected": "47.3亿元"}
    context = {**plan.data, "findings": [finding], "round": 1, "max_rounds": 2, "draft": "草稿"}
    messages = prompts.repair_messages(first, "草稿", context)
    assert [m["role"] for m in messages] == ["system", "user", "assistant", "user"]
    repair = messages[-1]["content"]
    for fragment in ("第1轮修改，最多2轮", "[DC601] 位置：第1行，“到位资金占签约总额的54.7%。”", "发现：“54.7%”", "应为：47.3亿元"):
        assert fragment in repair


def test_prompts_are_compact_and_word_declines_as_declines(plans):
    prompts = Prompts()
    indicators = plans[0]
    user = prompts.section_messages(indicators.data, indicators.spec.template)[1]["content"]
    block = user.split("```json\n", 1)[1].split("\n```", 1)[0]
    assert "null" not in block and "false" not in block  # empty fields cost context, say nothing
    assert "- 税收收入同比增速：下降2.5%" in user
    assert "税收收入比上年同期增减 = 减少0.26亿元" in user
    assert user.count("- 固定资产投资：152.4亿元") == 1  # the indicator and the total are one fact
    # facts are listed once, in the JSON; only derived figures are listed with their formulas
    assert "规模以上工业总产值 = 386.5亿元" not in user
