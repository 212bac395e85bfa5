"""The rates family (DC301 growth, DC302 difference, DC303 ratio): arithmetic, outcomes, precision.

Phrasing-by-phrasing cases live in tests/rule_cases/DC301.yml, DC302.yml, DC303.yml; this file
checks what those tables cannot: messages, severities, suggestions, related spans, statistics,
adversarial input, and the false-flag target on the proofread corpus.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.finding import Severity
from draftcheck.numbers.masked_sentence import QUANTITY_MARK, YEAR_MARK, mask_sentence
from draftcheck.numbers.quantity import extract_quantities
from draftcheck.rules import find_rule

RATE_CODES = ("DC301", "DC302", "DC303")


def lint(text: str, *codes: str):
    return lint_text(text, [find_rule(code)() for code in (codes or RATE_CODES)])


def only(text: str, code: str):
    findings = lint(text, code).findings
    assert len(findings) == 1, [f.message for f in findings]
    return findings[0]


# --- messages carry the arithmetic, operands are related spans, the suggestion is the fix ---------


def test_growth_message_carries_the_arithmetic_and_operands():
    text = "实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.50%。"
    finding = only(text, "DC301")
    assert finding.quote == "同比增长12.50%"
    assert finding.message == "同比增长12.50%：按 (1619.10 − 1442.87) / 1442.87 计算应为 12.21%"
    assert finding.suggestion == "同比增长12.21%"
    assert finding.severity is Severity.ERROR  # 0.29 points off: a wrong figure, not a rounding slip
    assert [(r.label, r.quote) for r in finding.related] == [("本期值", "1619.10万元"), ("基期值", "1442.87万元")]


def test_a_pure_rounding_slip_is_a_warning():
    # 176.23 / 1442.87 = 12.2139%: 12.22% misses it by less than half a step of its last digit
    finding = only("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.22%。", "DC301")
    assert finding.severity is Severity.WARNING
    assert finding.suggestion == "同比增长12.21%"


def test_rate_derived_from_current_and_increase():
    finding = only("全年实现外贸进出口总额12.6亿美元，比上年增加1.8亿美元，增长14.3%。", "DC301")
    assert "1.8 / (12.6 − 1.8)" in finding.message
    assert finding.message.endswith("16.67%")
    assert finding.suggestion == "增长16.7%"


def test_growth_that_is_really_a_decline_is_an_error():
    text = "完成主营业务收入6853.5万元，与去年同期累计值6744.76万元相比减少108.74万元，同比下降1.61%。"
    findings = {f.code: f for f in lint(text).findings}
    assert set(findings) == {"DC301", "DC302"}
    assert findings["DC301"].severity is Severity.ERROR
    assert findings["DC301"].suggestion == "同比增长1.61%"
    assert findings["DC302"].severity is Severity.ERROR
    assert findings["DC302"].suggestion == "增加108.74万元"
    assert "6853.5 − 6744.76" in findings["DC302"].message


def test_compound_growth_names_the_years():
    finding = only("园区工业总产值从2019年的45.6亿元增加到2024年的98.3亿元，年均增长23.1%。", "DC301")
    assert "(98.3 / 45.6)^(1/5) − 1" in finding.message
    assert "16.61%" in finding.message
    assert "2019年至2024年共5年" in finding.message


def test_units_are_converted_and_shown_when_they_differ():
    finding = only("实际到位资金2.15亿元，去年同期18600万元，增加3900万元。", "DC302")
    assert finding.message == "增加3900万元：按 2.15亿元 − 18600万元 计算应为 2900万元"
    assert finding.suggestion == "增加2900万元"


def test_percentage_points_between_two_rates():
    finding = only("亩均税收达标率由62.5%提高到71.8%，提高8.3个百分点。", "DC301")
    assert finding.message == "提高8.3个百分点：按 71.8% − 62.5% 计算应为 9.3个百分点"


def test_output_sales_ratio_across_a_semicolon_line_break():
    text = "累计完成工业总产值67.59亿元，同比增长24.77%；\n各企业累计实现工业销售总值63.89亿元，产销比94.67%。"
    finding = only(text, "DC303")
    assert finding.quote == "产销比94.67%"
    assert finding.message == "产销比94.67%：按 63.89 / 67.59 计算应为 94.53%"
    assert finding.suggestion == "产销比94.53%"
    assert [r.label for r in finding.related] == ["销售产值", "总产值"]


def test_completion_verdict_flip_is_an_error():
    finding = only("年度计划投资20亿元，实际完成投资18.6亿元，完成率103%。", "DC303")
    assert finding.severity is Severity.ERROR
    assert "18.6 / 20" in finding.message and "93.00%" in finding.message


def test_a_wrong_completion_rate_with_the_same_verdict_is_still_an_error():
    # 14.8 / 32 = 46.25%: 51% is a wrong figure, not a rounding slip, though both say 未完成
    finding = only("完成固定资产投资14.8亿元，完成全年任务的（32亿元）51%。", "DC303")
    assert finding.severity is Severity.ERROR
    assert finding.suggestion == "46%"


def test_a_rounding_slip_in_a_share_is_a_warning():
    # 41.370 / 86.420 = 47.870% (47.8699% to 47.8718% as written): 47.88% misses it by less than
    # half a step of its last digit
    finding = only("园区实现工业总产值86.420亿元，其中高新技术产业产值41.370亿元，占比47.88%。", "DC303")
    assert finding.severity is Severity.WARNING


# --- tolerance comes from the precision as written --------------------------------------------------


@pytest.mark.parametrize(
    ("stated", "flagged"),
    [("2.71%", False), ("2.72%", False), ("2.7%", False), ("2.73%", True), ("2.6%", True), ("3%", False)],
)
def test_tolerance_follows_the_written_precision(stated, flagged):
    # 191.26 / 7044.76 = 2.7149%: any rounding of it is fine, nothing else is.
    text = f"完成主营业务收入6853.5万元，与去年同期累计值7044.76万元相比减少191.26万元，同比下降{stated}。"
    assert bool(lint(text, "DC301").findings) is flagged


def test_approximate_values_widen_the_tolerance():
    exact = "接待游客120万人次，去年同期95万人次，同比增长30%。"
    approximate = "接待游客约120万人次，去年同期约95万人次，同比增长约30%。"
    assert lint(exact, "DC301").findings
    assert not lint(approximate, "DC301").findings


# --- never recompute what cannot be recomputed -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "全区实现地区生产总值286.5亿元，比上年增加21.3亿元，增长6.2%。",
        "国内生产总值从2019年的54万亿元增加到2024年的82.7万亿元，年均增长7.1%。",
        "规上工业增加值由2020年的45.2亿元增加到2024年的63.8亿元，按可比价格计算年均增长7.5%。",
        "社会消费品零售总额从2019年的2.73亿元增加到2024年的4.1亿元，平均每年实际增长10.5%。",
        "农村居民人均纯收入由2090元增加到2476元，平均每年增长9.8%。",
        "金融机构贷款余额286.4亿元，比年初增加31.2亿元，增长13.5%。",
        "工业和技改投资分别由12亿元、5亿元增加到15亿元、7亿元，分别增长25%和40%。",
        "五年来，工业总产值从45.6亿元增加到98.3亿元，年均增长23.1%。",
        "园区工业总产值156亿元，其中高新技术产业产值68亿元，占全省的3.5%。",
        "新签约项目投资额超过50亿元，去年同期32亿元，同比增长56%。",
    ],
)
def test_not_checkable_stays_silent(text):
    assert lint(text).findings == []


def test_statistics_count_all_three_outcomes():
    text = (
        "实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.50%。"
        "完成税收3.62亿元，去年同期2.95亿元，同比增长22.7%。"
        "实现规上工业总产值86.45亿元，同比增长17.6%。"
    )
    growth = lint(text).statistics["growth"]
    assert growth == {"inconsistent": 1, "consistent": 1, "not-checkable": 1}


def test_masked_sentence_keeps_offsets():
    text = "前言。由2020年的3.2亿元增加到2024年的5.6亿元。"
    start = text.index("由")
    masked = mask_sentence(text, start, len(text), extract_quantities(text))
    assert len(masked.masked) == len(text) - start
    assert masked.masked[masked.masked.index(YEAR_MARK)] == YEAR_MARK
    token = masked.masked.index(QUANTITY_MARK)
    quantity = masked.quantity_at(token)
    assert text[quantity.start : quantity.end] == "3.2亿元"
    assert masked.doc(token) == quantity.start


# --- bad input: no crash, no hang --------------------------------------------------------------------


ADVERSARIAL = [
    "9" * 400 + "万元，去年同期" + "8" * 400 + "万元，同比增长12%。",
    "由" * 5000 + "1亿元增加到" * 2000,
    "，同比增长" * 5000 + "12%",
    "1..5亿元，去年同期3.4.5亿元，同比增长1..2%。" * 300,
    "占比" * 3000 + "其中" * 3000 + "12%",
    "完成年度任务(" * 2000 + "95亿元)的32%",
    "工业总产值 45.6 52.3 61.8 增长 12.5% 14.7% 18.2% " * 500,
    "产销比" + "１２３４５６７８９０" * 300 + "％",
    "人均" * 4000 + "6万元",
    ("全年实现营业收入12亿元，比上年增加1亿元，增长9%，" * 400) + "。",
    "由" + "5" * 29 + ".123456789亿元增加到" + "7" * 30 + "亿元，增加3亿元，由2020年的0.000001亿元增加到2024年的"
    + "9" * 30 + "万亿元，年均增长5%。",
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input_is_fast(text):
    started = time.process_time()
    result = lint(text)
    assert time.process_time() - started < 3.0
    for finding in result.findings:
        assert 0 <= finding.span.start < finding.span.end <= len(text)


_ALPHABET = st.sampled_from(
    list("0123456789.,%％万亿元个家人由从到至增加长下降减少提高比上年去同期相其中占完成任务年度的（）()，。；\n翻一番倍均")
    + ["同比增长", "去年同期", "个百分点", "产销比", "完成率", "人均", "年均增长", "2020年", "2024年"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_random_rate_text_never_crashes(text):
    result = lint(text)
    for finding in result.findings:
        assert text[finding.span.start : finding.span.end] == finding.quote
        assert finding.message


# --- the proofread corpus and the gold labels ---------------------------------------------------------


def test_proofread_reports_stay_quiet(shared_dir):
    chars = 0
    findings = []
    for folder in ("national-gwr-wikisource", "provincial-gwr-2025"):
        for path in sorted((shared_dir / "corpus" / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            chars += len(text)
            findings += [(path.name, f.quote, f.message) for f in lint(text).findings]
    assert len(findings) <= chars / 50_000, findings
    assert findings == []  # currently none; any new one is a real inconsistency to pin or a false flag


def test_real_inconsistency_in_a_statistical_bulletin(shared_dir):
    """南京 2023 bulletin: 轿车152.43万辆，增长1.7%，增加2.20万辆 — 2.20 / 150.23 is 1.46%, not 1.7%."""
    path = shared_dir / "corpus" / "stat-communiques-a23" / "南京市2021~2024年国民经济和社会发展统计公报汇总.txt"
    if not path.exists():
        pytest.skip("bulletin not in this copy of the corpus")
    findings = lint(path.read_text(encoding="utf-8")).findings
    assert [(f.code, f.quote) for f in findings] == [("DC301", "增长1.7%")]
    assert "2.20 / (152.43 − 2.20)" in findings[0].message and "1.46%" in findings[0].message


def test_gold_output_sales_ratio_is_found(shared_dir):
    path = shared_dir / "seeds" / "002_4e751cab31a796b5.txt"
    if not path.exists():
        pytest.skip("seed not present")
    findings = lint(path.read_text(encoding="utf-8")).findings
    assert [(f.code, f.quote) for f in findings] == [("DC303", "产销比94.67%")]


# --- a whole report: correct figures stay silent, injected slips are all found --------------------------

_REPORT = """XX经济开发区2024年上半年工作总结
一、主要经济指标完成情况
1-6月，开发区实现规上工业总产值{output}亿元，去年同期72.38亿元，同比增长{output_growth}，完成年度任务(180亿元)的{output_share}；实现工业销售产值84.12亿元，产销率{sales_ratio}。
完成固定资产投资28.6亿元，其中工业投资19.4亿元，占比67.8%，同比增长11.2%。
实现一般公共预算收入4.38亿元，与去年同期累计值3.97亿元相比增加{revenue_diff}亿元，同比增长10.3%。
实际利用外资1.35亿美元，去年同期9860万美元，同比增长36.9%。
入园企业由2020年的126家增加到2024年的188家，年均增长{firm_cagr}。
年末在册企业3215户，比上年末增加286户，增长9.8%。
全区实现地区生产总值126.5亿元，比上年增加9.3亿元，增长5.6%。
亩均税收达标率由62.5%提高到71.8%，提高9.3个百分点。
二、存在的问题
部分企业订单不足，产值负增长企业达到22家，占规上企业总数的18.6%。
"""

_CORRECT = {
    "output": "86.45",
    "output_growth": "19.4%",
    "output_share": "48.0%",
    "sales_ratio": "97.3%",
    "revenue_diff": "0.41",
    "firm_cagr": "10.5%",
}
_SLIPS = {
    "output_growth": ("17.6%", "DC301"),
    "output_share": ("52.6%", "DC303"),
    "sales_ratio": ("94.7%", "DC303"),
    "revenue_diff": ("0.51", "DC302"),
    "firm_cagr": ("12.3%", "DC301"),
}


def test_correct_report_is_silent():
    text = _REPORT.format(**_CORRECT)
    assert [(f.code, f.quote, f.message) for f in lint(text).findings] == []


@pytest.mark.parametrize("slot", sorted(_SLIPS))
def test_each_injected_slip_is_found_and_nothing_else(slot):
    wrong, code = _SLIPS[slot]
    text = _REPORT.format(**{**_CORRECT, slot: wrong})
    findings = lint(text).findings
    assert [f.code for f in findings] == [code], [f.message for f in findings]
    assert wrong in findings[0].quote


def test_a_truncated_rate_is_not_a_slip():
    # (1619.17 − 1442.87) / 1442.87 = 12.2187%: written cut (12.21%) or rounded (12.22%), both fine.
    for stated in ("12.21%", "12.22%"):
        text = f"实现营业收入1619.17万元，去年同期1442.87万元，同比增长{stated}。"
        assert lint(text, "DC301").findings == []
    assert lint("实现营业收入1619.17万元，去年同期1442.87万元，同比增长12.20%。", "DC301").findings


def test_a_difference_in_another_magnitude_than_its_operands_keeps_their_units():
    # Used to crash (max() of an empty sequence) when no operand shared the stated magnitude.
    finding = only("全年税收收入2.36亿元，比上年的1.98亿元增加4200万元。", "DC302")
    assert finding.message == "增加4200万元：按 2.36亿元 − 1.98亿元 计算应为 3800万元"
    assert not [f for f in lint("全年税收收入2.36亿元，比上年的1.98亿元增加3800万元。").findings if f.code == "DC302"]
