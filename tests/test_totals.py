"""Totals and shares (DC201, DC202, DC204): outcomes, messages, related spans, severities, speed,
and the measured behaviour on ../shared (the gold label is found; the proofread corpus stays clean)."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.finding import Severity
from draftcheck.numbers.relation import Outcome
from draftcheck.numbers.relations import find_relations, shares, totals
from draftcheck.numbers.relations.totals import is_partition
from draftcheck.rules import find_rule
from draftcheck.rules.base import CheckContext

TOTALS_RULES = ("DC201", "DC202", "DC204")


def lint(text: str):
    return lint_text(text, [find_rule(code)() for code in TOTALS_RULES])


def relations(text: str, module=totals):
    return module.find(CheckContext(text))


def test_message_carries_the_arithmetic_and_the_operands():
    text = "园区新增就业岗位：制造业1200个、服务业850个，合计2150个。"
    (finding,) = lint(text).findings
    assert finding.code == "DC201" and finding.quote == "2150个"
    assert finding.message == "合计 2150个 与分项之和 2050个（1200 + 850）不符，相差 100个"
    assert [(r.label, r.quote) for r in finding.related] == [("合计", "2150个"), ("分项1", "1200个"), ("分项2", "850个")]
    assert finding.severity is Severity.ERROR
    assert "2050个" in finding.suggestion


def test_mixed_magnitudes_are_written_as_in_the_text():
    text = "园区基础设施项目共计投入1.36亿元，分别为道路工程8600万元、管网工程3200万元、绿化工程1300万元。"
    (finding,) = lint(text).findings
    assert "1.31亿元（8600万元 + 3200万元 + 1300万元）" in finding.message
    assert "相差 0.05亿元" in finding.message


def test_the_gold_example_explains_the_growth_arithmetic():
    text = (
        "1-6月，区内完成固定资产投入68787万元，同比增长30.17%。其中：基础设施建设投入15270万元，同比增长74.32%，"
        "完成年度计划的69.41%。主要为市政配套工程等；制造业投入(各企业技改、续建、新建等)项目30个，累计完成投入53315万元，"
        "同比增长20.66%，完成年度计划50.75%。"
    )
    (finding,) = lint(text).findings
    assert finding.quote == "68787万元"
    assert finding.message.startswith("总数 68787万元 与分项之和 68585万元（15270 + 53315）不符，相差 202万元")
    assert "52946万元（15270/1.7432 + 53315/1.2066）" in finding.message
    assert "68787/1.3017" in finding.message


def test_rounding_slip_is_a_warning_and_a_wrong_figure_an_error():
    slip = lint("全年实现营业收入：一季度3.21亿元、二季度3.56亿元、三季度3.47亿元、四季度3.88亿元，合计14.15亿元。")
    wrong = lint("全年实现营业收入：一季度3.21亿元、二季度3.56亿元、三季度3.47亿元、四季度3.88亿元，合计15.12亿元。")
    assert [f.severity for f in slip.findings] == [Severity.WARNING]
    assert [f.severity for f in wrong.findings] == [Severity.ERROR]


def test_part_exceeds_total_is_an_error_with_the_excess_in_the_finer_unit():
    (finding,) = lint("项目总投资0.75亿元，其中一期工程8000万元。").findings
    assert finding.code == "DC202" and finding.severity is Severity.ERROR
    assert "超出 500万元" in finding.message
    assert [r.quote for r in finding.related] == ["0.75亿元", "8000万元"]


def test_every_relation_ends_in_one_of_three_outcomes_and_is_counted():
    text = (
        "园区新增就业岗位：制造业1200个、服务业850个，合计2050个。"  # consistent
        "全年完成固定资产投资6.8亿元，其中工业投资3.5亿元，基础设施投资2.1亿元。"  # incomplete: not checkable
        "园区现有规上工业企业120家，其中高新技术企业80家，亿元以上企业60家。"  # may overlap: not checkable
        "全年签约项目22个，其中亿元以上项目25个。"  # inconsistent
    )
    result = lint(text)
    assert result.statistics["sum"] == {"consistent": 1, "not-checkable": 2}
    assert result.statistics["part-exceeds"] == {"consistent": 2, "inconsistent": 1}
    assert [f.quote for f in result.findings] == ["25个"]


def test_share_relations_are_counted():
    result = lint("三次产业结构调整为8.3∶41.4∶50.3。测评中，满意86.5%，基本满意11.2%，不满意3.1%。按1∶2∶3配套。")
    assert result.statistics["share-sum"] == {"consistent": 1, "inconsistent": 1}
    (finding,) = result.findings
    assert finding.message == "各部分占比之和为 100.8%（86.5 + 11.2 + 3.1），与整体 100% 不符，多出 0.8个百分点"


def test_find_relations_collects_every_finder():
    kinds = {r.kind for r in find_relations(CheckContext("满意86.5%，基本满意11.2%，不满意3.1%。共有企业9家：甲5家、乙3家。"))}
    assert {"share-sum", "sum"} <= kinds


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        (["出口", "进口"], True),
        (["一期工程", "二期工程", "三期工程"], True),
        (["2023年完成", "2024年完成"], True),
        (["一季度", "二季度"], True),
        (["中央资金", "省级资金", "市级资金"], True),
        (["基础设施建设投入", "制造业投入项目30个,累计完成投入"], True),
        (["高新技术企业", "亿元以上企业"], False),
        (["因私出境", "赴港澳台出境"], False),
        (["工业投资", "制造业投资"], False),  # 制造业 is part of 工业
        (["1-6月", "6月"], False),
        (["出口", ""], False),
    ],
)
def test_partition_families(labels, expected):
    assert is_partition(labels) is expected


def test_outcomes_of_not_checkable_lists_stay_silent():
    for relation in relations("完成固定资产投资68787万元，其中基础设施建设投入15270万元，制造业投入33315万元。"):
        assert relation.outcome is not Outcome.INCONSISTENT


@pytest.mark.parametrize(
    "text",
    [
        "其中A 12万元、B 3万元，合计15万元；" * 2000,
        "合计" * 5000 + "12万元",
        "其中" * 5000,
        "（" * 3000 + "其中12万元" + "）" * 3000,
        "\t".join(["合计", "1.2万元", "3.4万元", "其中", "56万元", "共", "7家"] * 1500),
        "满意1%，" * 3000,
        "产业结构为" + "1:" * 3000 + "1",
    ],
)
def test_adversarial_paragraphs_do_not_crash(text):
    # speed on such input: bench/adversarial.py (time per character against an ordinary report)
    assert all(f.span.end <= len(text) for f in lint(text).findings)


# --- measured on ../shared ------------------------------------------------------------------------


def test_gold_label_for_totals_is_found(shared_dir):
    text = (shared_dir / "seeds" / "002_4e751cab31a796b5.txt").read_text(encoding="utf-8")
    findings = lint(text).findings
    assert [f.code for f in findings] == ["DC201"]
    gold = text.find("完成固定资产投入68787万元")
    assert gold <= findings[0].span.start <= gold + 40


@pytest.mark.parametrize("folder", ["national-gwr-wikisource", "provincial-gwr-2025"])
def test_proofread_corpus_gives_no_totals_findings(shared_dir, folder):
    """Target ≤ 1 finding per 50,000 characters; every finding there would be a false flag, and
    today there are none (bench/numeric_corpus.py prints the full table)."""
    findings = []
    for path in sorted((shared_dir / "corpus" / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        findings += [(path.name, f.quote, f.message) for f in lint(text).findings]
    assert findings == []


_TOTALS_NOISE = st.lists(
    st.sampled_from(["其中", "合计", "共计", "，共", "分别为", "由", "组成", "：", "；", "。", "，", "、", "\n", "（", "）",
                     "12万元", "3.5亿元", "8000万元", "22个", "25个", "约", "以上", "同比增长", "12.3%", "满意", "不满意",
                     "一期", "二期", "出口", "进口", "8.3∶41.4∶50.3", "1、", "工业投资", "比上年增加"]),
    max_size=60,
)


@settings(max_examples=300, deadline=None)
@given(_TOTALS_NOISE)
def test_random_report_fragments_never_crash(tokens):
    text = "".join(tokens)
    for relation in relations(text) + relations(text, shares):
        assert 0 <= relation.start <= relation.end <= len(text)
        if relation.outcome is Outcome.INCONSISTENT:
            assert relation.message


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode_never_crashes(text):
    relations(text)
    relations(text, shares)


def test_counts_that_add_up_make_a_qizhong_list_complete():
    text = "全年新签约项目24个、总投资73亿元，其中工业项目15个、投资48亿元，服务业项目9个、投资21亿元。"
    (finding,) = lint(text).findings
    assert finding.code == "DC201" and finding.quote == "73亿元"
    assert "69亿元（48 + 21）" in finding.message and "15 + 9 = 24个" in finding.message
    # one project more than the two items count: the list may be incomplete
    assert not lint(text.replace("24个", "25个")).findings


def test_every_quarter_named_makes_a_qizhong_list_complete():
    text = "全年完成工业投资共计15.2亿元，其中一季度3.1亿元、二季度3.8亿元、三季度3.9亿元、四季度4.0亿元。"
    (finding,) = lint(text).findings
    assert "14.8亿元" in finding.message and "覆盖全年" in finding.message
    assert not lint(text.replace("、四季度4.0亿元", "")).findings


def test_parallel_items_exceeding_the_whole_carry_the_arithmetic():
    text = "全年新登记市场主体2980户，其中企业1120户、个体工商户1790户、农民专业合作社96户。"
    (finding,) = lint(text).findings
    # 企业 + 个体工商户 + 农民专业合作社 are every kind of 市场主体 (indicators.toml), so the list is complete
    assert "2980户 与分项之和 3006户（1120 + 1790 + 96）不符，相差 26户" in finding.message


def test_parallel_items_guard_against_nested_and_overlapping_labels():
    assert totals._parallel_items("企业120户、个体工商户90户", _q("总数200户"), _qs("企业120户、个体工商户90户"),
                                  ["企业", "个体工商户"])
    assert not totals._parallel_items("企业120户、工业企业90户", _q("总数200户"), _qs("企业120户、工业企业90户"),
                                      ["企业", "工业企业"])
    assert not totals._parallel_items("高新技术企业120家、专精特新企业90家", _q("企业200家"),
                                      _qs("高新技术企业120家、专精特新企业90家"), ["高新技术企业", "专精特新企业"])


def _qs(text):
    from draftcheck.numbers.quantity import extract_quantities

    return extract_quantities(text)


def _q(text):
    return _qs(text)[0]


def test_labelled_share_split_needs_evidence_of_one_whole():
    flagged = "按用工性质分，劳务派遣的占22.5%，合同制的占61.8%，临时用工的占18.4%。"
    (finding,) = lint(flagged).findings
    assert finding.code == "DC204" and "102.7%" in finding.message
    # the same figures without a structure heading or disjoint labels: shares of what, unknown
    assert not lint("劳务派遣的占22.5%，合同制的占61.8%，临时用工的占18.4%。").findings


def test_a_list_longer_than_any_breakdown_is_not_checked():
    # parts of 100万元 each after 其中 under a whole of 1000万元: twelve of them exceed it and are flagged;
    # 120 are more than any breakdown in prose lists, so the relation is not checkable (the bound keeps
    # degenerate text such as "3个：" a thousand times from quadratic work)
    names = [a + b for a in "甲乙丙丁戊己庚辛壬癸" for b in "子丑寅卯辰巳午未申酉戌亥"]

    def text(n):
        items = "、".join(f"{name}项目100万元" for name in names[:n])
        return f"全县共投资1000万元，其中{items}。"

    assert [f.code for f in lint(text(12)).findings] == ["DC201"]
    long_sums = [r for r in relations(text(120)) if r.kind == "sum"]
    assert long_sums and all(r.outcome is Outcome.NOT_CHECKABLE for r in long_sums)
    assert not lint(text(120)).findings
