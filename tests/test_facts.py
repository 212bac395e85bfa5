"""The facts file: validation with file/line/field errors, precision kept, checks over the facts."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from draftcheck.draft.fact_checks import check_facts
from draftcheck.draft.facts import FactsError, load_facts, load_facts_text, parse_facts
from draftcheck.draft.facts_example import EXAMPLE_FACTS
from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
FACTS_FILES = sorted(FIXTURES.glob("facts-*.yaml"))

MINIMAL = """\
organisation: 青山经济开发区管委会
period:
  year: 2025
  kind: 上半年
indicators:
  - name: 规模以上工业总产值
    value: 215.60
    unit: 亿元
    base: 198.3
"""


def errors_of(text: str) -> list[str]:
    with pytest.raises(FactsError) as info:
        parse_facts(text, "f.yaml")
    return info.value.lines


def test_there_are_example_facts_for_each_kind_of_park_and_period():
    assert len(FACTS_FILES) >= 3
    kinds = set()
    orgs = []
    for path in FACTS_FILES:
        facts, digest = load_facts(path)
        kinds.add(facts.period.kind)
        orgs.append(facts.organisation)
        assert len(digest) == 64
        assert facts.indicators and facts.projects and facts.investment and facts.problems and facts.plans
    assert {"年度", "上半年"} <= kinds
    assert any("集聚区" in o for o in orgs) and any("开发区" in o for o in orgs) and any("工业园区" in o for o in orgs)


def test_numbers_keep_the_precision_they_were_written_with():
    facts = parse_facts(MINIMAL)
    assert facts.indicators[0].value == Decimal("215.60")
    assert str(facts.indicators[0].value) == "215.60"
    assert facts.period.label == "2025年上半年"
    assert facts.display_title == "青山经济开发区管委会2025年上半年工作总结"


def test_period_labels():
    text = MINIMAL.replace("kind: 上半年", "kind: 1-N月\n  months: 10")
    assert parse_facts(text).period.label == "2025年1-10月"
    assert parse_facts(MINIMAL.replace("上半年", "年度")).period.label == "2025年"


def test_wrong_type_names_file_line_and_field():
    lines = errors_of(MINIMAL.replace("value: 215.60", "value: 二百多"))
    assert lines == ["f.yaml:7: indicators[0].value: 应为数字（当前为 “二百多”）"]


def test_missing_and_unknown_fields_are_named():
    text = MINIMAL.replace("    unit: 亿元\n", "    unti: 亿元\n")
    lines = errors_of(text)
    assert "f.yaml:6: indicators[0].unit: 缺少必填字段" in lines
    assert any(line.startswith("f.yaml:8: indicators[0].unti: 未知字段") for line in lines)


def test_unknown_unit_and_period_rules_are_reported():
    assert any("无法识别的单位" in line and "indicators[0].unit" in line for line in errors_of(MINIMAL.replace("unit: 亿元", "unit: 斤两")))
    lines = errors_of(MINIMAL.replace("kind: 上半年", "kind: 1-N月"))
    assert lines[0].startswith("f.yaml:2: period: ") and "months" in lines[0]
    assert "取值应为" in errors_of(MINIMAL.replace("kind: 上半年", "kind: 下半年"))[0]


def test_invalid_yaml_gives_the_line():
    lines = errors_of(MINIMAL.replace("value: 215.60", "value: 215.60: 亿元"))
    assert len(lines) == 1
    assert lines[0].startswith("f.yaml:7: YAML 格式错误，第 18 列：这里不能出现“:”")


def test_top_level_must_be_a_mapping():
    assert "键值映射" in errors_of("- a\n- b\n")[0]


def test_missing_file_suggests_init(tmp_path):
    with pytest.raises(FactsError) as info:
        load_facts(tmp_path / "nope.yaml")
    assert "facts init" in info.value.lines[0]


def test_the_init_example_is_valid_and_consistent():
    facts = parse_facts(EXAMPLE_FACTS)
    assert check_facts(facts, EXAMPLE_FACTS) == []


@pytest.mark.parametrize("path", FACTS_FILES, ids=lambda p: p.name)
def test_example_facts_pass_their_own_checks(path):
    facts, text, _ = load_facts_text(path)
    assert [p.render(path.name) for p in check_facts(facts, text)] == []


CHECKED = """\
organisation: 青山经济开发区管委会
period: {year: 2024, kind: 年度}
indicators:
  - name: 营业收入
    value: 120
    unit: 亿元
    base: 100
    growth: 25
totals:
  - name: 固定资产投资
    value: 68787
    unit: 万元
    complete: true
    parts:
      - name: 基础设施
        value: 15270
      - name: 制造业
        value: 53315
  - name: 工业投资
    value: 5
    unit: 亿元
    parts:
      - name: 技改投资
        value: 62000
        unit: 万元
projects:
  - name: A项目
    status: 在建
    investment: 3
    invested: 4.5
    start: 2024-05
    finish: 2024-03
investment:
  signed_projects: 10
  major_projects: 12
"""


def test_checks_over_the_facts_themselves():
    facts = parse_facts(CHECKED)
    problems = {p.render("f.yaml") for p in check_facts(facts, CHECKED)}
    expected_fragments = [
        "f.yaml:8: indicators[0].growth: 给定增速 25% 与本期值、基数不符：按 (120 − 100) ÷ 100 计算应为 20.0%",
        "f.yaml:14: totals[0].parts: complete 为 true，但各分项之和 68585万元（15270 + 53315）与合计 68787万元 不符，相差 202万元",
        "f.yaml:24: totals[1].parts[0].value: 分项“技改投资” 6.2亿元 大于合计“工业投资” 5亿元",
        "f.yaml:30: projects[0].invested: 本期完成投资 4.5亿元 大于总投资 3亿元",
        "f.yaml:32: projects[0].finish: 建成日期 2024-03 早于开工日期 2024-05",
        "f.yaml:35: investment.major_projects: 亿元以上项目 12 个多于新签约项目 10 个",
    ]
    for fragment in expected_fragments:
        assert any(p.startswith(fragment) for p in problems), (fragment, problems)


def test_comparable_price_growth_is_not_recomputed():
    text = CHECKED.replace("    growth: 25\n", "    growth: 25\n    comparable_prices: true\n")
    problems = check_facts(parse_facts(text), text)
    assert not any("indicators[0]" in p.render("f") for p in problems)


def test_free_text_fields_are_linted():
    text = MINIMAL + "problems:\n  - 实现工业销售收入亿元，同比增长%。\n"
    problems = check_facts(parse_facts(text), text)
    assert any(p.code == "DC101" and p.line == 11 and "problems[0]" in p.render("f") for p in problems)


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("kind: 1-9月", "2025年1-9月"),
        ("kind: 1—9月", "2025年1-9月"),
        ("kind: 1～9月", "2025年1-9月"),
        ("kind: 1至9月", "2025年1-9月"),
        ("kind: １－９月", "2025年1-9月"),
        ("kind: 前三季度", "2025年1-9月"),
        ("kind: 一季度", "2025年1-3月"),
        ("kind: 1-9月\n  months: 9", "2025年1-9月"),
        ("kind: 全年", "2025年"),
        ("kind: 1-12月", "2025年"),
        ("kind: 上半年", "2025年上半年"),
    ],
)
def test_period_spellings_users_try_are_accepted(written, label):
    assert parse_facts(MINIMAL.replace("kind: 上半年", written)).period.label == label


@pytest.mark.parametrize(("written", "label"), [("2024年1—9月", "2024年1-9月"), ("2024年前三季度", "2024年1-9月"), ("2024年", "2024年")])
def test_period_as_one_string(written, label):
    text = MINIMAL.replace("period:\n  year: 2025\n  kind: 上半年", f"period: {written}")
    assert parse_facts(text).period.label == label


def test_unknown_period_says_exactly_what_to_write():
    (line,) = errors_of(MINIMAL.replace("kind: 上半年", "kind: 下半年"))
    assert line.startswith("f.yaml:4: period.kind: 取值应为 年度、上半年 或 1-N月；")
    assert "1-9月" in line and "前三季度" in line and "“下半年”" in line
    (line,) = errors_of(MINIMAL.replace("kind: 上半年", "kind: 1-9月\n  months: 10"))
    assert "截至 9 月" in line and "months 却是 10" in line


@pytest.mark.parametrize(
    "text",
    [
        MINIMAL.replace("kind: 上半年", "kind: 下半年"),
        MINIMAL.replace("year: 2025", "year: 1900"),
        MINIMAL.replace("year: 2025", "year: 二〇二五"),
        MINIMAL.replace("value: 215.60", "value: [1, 2]"),
        MINIMAL.replace("    base: 198.3\n", "    base: 198.3\n    estimated: 也许\n"),
        "- a\n- b\n",
        "organisation: 青山经济开发区管委会\nperiod: null\n",
    ],
)
def test_messages_carry_no_python_or_pydantic_wording(text):
    for line in errors_of(text):
        for word in ("Input should", "NoneType", "list[", "str]", " or ", "Decimal", "greater than", "Value error"):
            assert word not in line, line


@pytest.mark.parametrize(
    ("value", "base", "growth", "flagged"),
    [
        ("1619.10", "1442.87", "12.21", False),  # (1619.10 − 1442.87) / 1442.87 = 12.214%
        ("1619.10", "1442.87", "12.22", False),  # one unit of the last digit off: a rate derived from rounded figures
        ("1619.10", "1442.87", "12.50", True),
        ("120", "100", "20.0", False),
    ],
)
def test_facts_growth_uses_the_lint_arithmetic(value, base, growth, flagged):
    """facts check and DC301 accept and reject the same rates for the same operands."""
    text = CHECKED.replace("    value: 120\n", f"    value: {value}\n", 1).replace("    base: 100\n", f"    base: {base}\n", 1)
    text = text.replace("    growth: 25\n", f"    growth: {growth}\n", 1)
    problems = check_facts(parse_facts(text), text)
    assert any("indicators[0].growth" in p.render("f") for p in problems) is flagged
    report = f"实现营业收入{value}亿元，去年同期{base}亿元，同比增长{growth}%。"
    assert bool(lint_text(report, [find_rule("DC301")()]).findings) is flagged


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("organisation: 某园区\n- 多余的列表项\n", "f.yaml:2: YAML 格式错误，第 1 列：缩进不一致"),
        ("organisation: 某园区: 管委会\n", "f.yaml:1: YAML 格式错误，第 18 列：这里不能出现“:”"),
        ("period: {year: 2024\n", "f.yaml:2: YAML 格式错误，第 1 列：花括号 { } 没有闭合"),
        ("organisation: '某园区\n", "YAML 格式错误，第 1 列：引号没有闭合"),
        ("period:\n\tyear: 2024\n", "f.yaml:2: YAML 格式错误，第 1 列：含有制表符（Tab）"),
        ("plans: [甲, - 乙]\n", "f.yaml:1: YAML 格式错误，第 12 列：这里应是一个值，却出现了“-”"),
        ("organisation: @园区\n", "值不能以“@”开头；请给这个值加引号"),
    ],
)
def test_yaml_syntax_errors_are_worded_in_chinese_with_line_and_column(text, expected):
    with pytest.raises(FactsError) as raised:
        parse_facts(text, "f.yaml")
    message = str(raised.value)
    assert expected in message, message
    assert not any(word in message for word in ("expected", "found", "mapping", "token", "stream"))
