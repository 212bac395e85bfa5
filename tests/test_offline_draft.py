"""The offline backend drafts every section of every example facts file, cleanly and deterministically."""

from __future__ import annotations

from pathlib import Path

import pytest

from draftcheck.draft.backend import SectionRequest
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts, parse_facts
from draftcheck.draft.facts_example import EXAMPLE_FACTS
from draftcheck.draft.offline_backend import OfflineBackend, ordinal
from draftcheck.draft.pipeline import DraftPipeline
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.sections import SECTION_IDS, plan_sections
from draftcheck.engine import lint_text

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures").glob("facts-*.yaml"))


def example_facts():
    for path in FIXTURES:
        yield pytest.param(load_facts(path)[0], id=path.stem)
    yield pytest.param(parse_facts(EXAMPLE_FACTS), id="facts-init-example")


def draft_all(facts):
    plans = plan_sections(facts, derive(facts))
    backend = OfflineBackend()
    return plans, {p.id: backend.complete(SectionRequest(p.id, p.title, [], p.data)).text for p in plans}


@pytest.mark.parametrize("facts", list(example_facts()))
def test_every_section_is_drafted_and_clean(facts):
    plans, texts = draft_all(facts)
    assert [p.id for p in plans] == list(SECTION_IDS)
    pipeline = DraftPipeline(OfflineBackend(), Prompts())
    for plan in plans:
        findings = lint_text(texts[plan.id], pipeline.rules_for(plan)).findings
        assert findings == [], (plan.id, [(f.code, f.quote, f.message) for f in findings])


@pytest.mark.parametrize("facts", list(example_facts()))
def test_offline_drafts_are_deterministic(facts):
    assert draft_all(facts)[1] == draft_all(facts)[1]


def test_offline_prose_reads_like_a_report():
    facts, _ = load_facts(FIXTURES[[p.stem for p in FIXTURES].index("facts-jiajuqu-2024")])
    _, texts = draft_all(facts)
    indicators = texts["indicators"]
    assert "规模以上工业总产值预计完成386.5亿元，比上年增长13.0%，完成年度目标420亿元的92.0%。" in indicators
    assert "实现税收收入10.35亿元，比上年下降2.5%。" in indicators
    assert "规模以上工业增加值96.3亿元，按可比价格计算比上年增长8.6%" in indicators
    assert "同比" not in indicators and "比上年同期" not in indicators  # an annual report compares with last year
    # grouped by theme: scale, investment, revenue ... each paragraph opens with its theme
    assert [p[:4] for p in indicators.split("\n\n")][:3] == ["经济运行", "投资拉动", "财税质量"]
    # the total was stated with its indicator: its structure follows without the figure again
    assert indicators.count("152.4亿元") == 1 and "从结构看，固定资产投资中，工业投资108.7亿元" in indicators
    assert texts["projects"].startswith("2024年，集聚区共推进重点项目5个，总投资76.5亿元，其中在建项目2个")
    assert "年产20万吨新能源电池材料项目总投资35亿元，2024年3月开工，全年完成投资12.6亿元" in texts["projects"]
    assert texts["projects"].count("投产") == 3  # 投产项目1个, 计划于…建成投产, 已投产: never twice for one project
    assert "新签约项目23个，其中亿元以上项目14个，签约总金额86.4亿元；实现到位资金47.3亿元，完成年度目标（50亿元）的94.6%" in texts["investment"]
    assert "一是主导产业链条不长" in texts["problems"] and "三是高层次人才" in texts["problems"]
    assert texts["plans"].startswith("2025年，集聚区将重点抓好以下几方面工作：")
    assert "力争规模以上工业总产值达到430亿元。" in texts["plans"]


def test_half_year_wording():
    facts = parse_facts(EXAMPLE_FACTS)
    _, texts = draft_all(facts)
    assert "同比增长8.7%，完成全年目标450亿元的47.9%" in texts["indicators"]
    assert "研发经费投入强度为3.2%，同比提高0.3个百分点" in texts["indicators"]
    assert "比上年" not in texts["indicators"]  # a half-year compares with the same period: 同比
    assert texts["plans"].startswith("下半年，开发区")


def test_the_grounding_check_is_not_vacuous():
    """Tamper with one figure of a clean offline draft: DC601 flags it, DC602 misses the fact."""
    facts = parse_facts(EXAMPLE_FACTS)
    plans, texts = draft_all(facts)
    plan = next(p for p in plans if p.id == "investment")
    tampered = texts["investment"].replace("21.3亿元", "23.1亿元")
    findings = lint_text(tampered, DraftPipeline(OfflineBackend(), Prompts()).rules_for(plan)).findings
    assert ("DC601", "23.1亿元") in [(f.code, f.quote) for f in findings]
    assert "DC602" in [f.code for f in findings]


def test_sections_without_material_are_left_out():
    facts = parse_facts("organisation: 某园区管委会\nperiod: {year: 2024, kind: 年度}\nproblems: [要素保障不足。]\n")
    plans, texts = draft_all(facts)
    assert [p.id for p in plans] == ["problems"]
    assert texts["problems"].endswith("一是要素保障不足。")
    assert "其中" not in texts["problems"]


def test_ordinals():
    assert [ordinal(n) for n in (1, 9, 10, 11, 20, 23)] == ["一", "九", "十", "十一", "二十", "二十三"]


# --------------------------------------------------------------------------- any facts, grounded drafts

from decimal import Decimal  # noqa: E402

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from draftcheck.draft.facts import Facts  # noqa: E402
from draftcheck.rules.dc601_ungrounded_number import UngroundedNumber  # noqa: E402
from draftcheck.rules.dc602_missing_fact import MissingFact  # noqa: E402

amounts = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99999"), places=2).map(lambda d: d.normalize())
maybe = lambda strategy: st.none() | strategy  # noqa: E731
names = st.sampled_from(["规模以上工业总产值", "固定资产投资", "税收收入", "实际利用外资", "高新技术企业", "研发投入强度"])
indicator = st.fixed_dictionaries(
    {"name": names, "value": amounts, "unit": st.sampled_from(["亿元", "万元", "万美元", "%", "家", "亩"])},
    optional={"base": amounts, "target": amounts, "estimated": st.booleans()},
)
project = st.fixed_dictionaries(
    {"name": st.sampled_from(["甲项目", "乙产业园", "丙技改项目"]), "status": st.sampled_from(["签约", "前期", "在建", "投产"])},
    optional={"investment": amounts, "unit": st.sampled_from(["亿元", "万元"]), "start": st.just("2024-03"),
              "progress": st.just("主体完工")},
)
investment = st.fixed_dictionaries(
    {},
    optional={"signed_projects": st.integers(0, 99), "signed_amount": amounts, "major_projects": st.integers(0, 99),
              "funds_in_place": amounts, "target": amounts, "highlights": st.just(["丁项目"])},
)
facts_data = st.fixed_dictionaries(
    {
        "organisation": st.just("某某工业园区管委会"),
        "period": st.sampled_from([{"year": 2024, "kind": "年度"}, {"year": 2025, "kind": "上半年"},
                                   {"year": 2024, "kind": "1-N月", "months": 9}]),
        "indicators": st.lists(indicator, max_size=4),
        "projects": st.lists(project, max_size=3),
        "investment": maybe(investment),
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_data)
def test_offline_drafts_of_any_facts_are_grounded_and_complete(data):
    facts = Facts.model_validate(data)
    plans, texts = draft_all(facts)
    for plan in plans:
        rules = [UngroundedNumber(UngroundedNumber.Options(grounded=plan.grounded)),
                 MissingFact(MissingFact.Options(required=plan.required))]
        findings = lint_text(texts[plan.id], rules).findings
        assert findings == [], (plan.id, texts[plan.id], [(f.code, f.quote, f.message) for f in findings])


def test_events_close_the_other_work_section():
    facts, _ = load_facts(FIXTURES[[p.stem for p in FIXTURES].index("facts-jiajuqu-2024")])
    _, texts = draft_all(facts)
    last = texts["other_work"].splitlines()[-1]
    assert last == ("（四）重要活动。2024年4月18日，集聚区新能源材料产业链对接会在临川举办，现场签约项目6个；"
                    "2024年9月，集聚区被认定为省级新型工业化产业示范基地。")


def test_amounts_in_wan_yuan_are_shown_in_yi_yuan_beside_yi_yuan_figures():
    facts = parse_facts(
        "organisation: 某某开发区管委会\nperiod: {year: 2024, kind: 年度}\n"
        "indicators:\n  - {name: 固定资产投资, value: 45.6, unit: 亿元, base: 48.8}\n"
        "totals:\n  - {name: 重点领域投资, value: 30.1, unit: 亿元, complete: false, parts: "
        "[{name: 基础设施投资, value: 128000, unit: 万元}, {name: 工业投资, value: 15.2}]}\n"
    )
    plans, texts = draft_all(facts)
    assert "基础设施投资12.8亿元" in texts["indicators"] and "128000万元" not in texts["indicators"]
    assert "下降6.6%" in texts["indicators"]
    pipeline = DraftPipeline(OfflineBackend(), Prompts())
    assert lint_text(texts["indicators"], pipeline.rules_for(plans[0])).findings == []
