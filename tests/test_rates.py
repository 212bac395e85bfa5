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
    # 176.23 / 1442.87 = 12.2139%: 12.20% is 1.39 units of its last digit off (more than the one unit
    # a derived figure may stray), but by no more than half a unit beyond that: a rounding slip
    finding = only("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.20%。", "DC301")
    assert finding.severity is Severity.WARNING
    assert finding.suggestion == "同比增长12.21%"


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # 176.23 / 1442.87 = 12.2139%: 12.22% is within one unit of the last digit, 12.23% is not
        ("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.22%。", False),
        ("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.23%。", True),
        # 46.35 / 182.6 = 25.383%: 25.4% and 25.3% within one unit; 25.5% is not
        ("全区规上工业总产值182.6亿元，其中战略性新兴产业产值46.35亿元，占比25.3%。", False),
        ("全区规上工业总产值182.6亿元，其中战略性新兴产业产值46.35亿元，占比25.5%。", True),
    ],
)
def test_derived_figures_may_stray_one_unit_of_their_last_digit(text, flagged):
    assert bool(lint(text).findings) is flagged


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
    # (a formula rate of rate_operands.py: the figure is quoted, the operands carry their units)
    assert finding.quote == "94.67%"
    assert finding.message == "产销比94.67%：按 63.89亿元 / 67.59亿元 计算应为 94.53%"
    assert finding.suggestion == "94.53%"
    assert [r.label for r in finding.related] == ["分子", "分母"]


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
    # 41.363 / 86.420 = 47.8627% (47.8618% to 47.8635% as written): 47.85% strays more than the one
    # unit of its last digit a derived figure may, but by less than another half unit
    finding = only("园区实现工业总产值86.420亿元，其中高新技术产业产值41.363亿元，占比47.85%。", "DC303")
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
        "这一时期，工业总产值从45.6亿元增加到98.3亿元，年均增长23.1%。",  # (五年来 names its years: DC301.yml)
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


def test_masked_sentence_takes_pdf_spaces_into_the_token():
    text = "同比增长 19.6% ，占营业收入 32.4 亿元的 3.2%。"
    masked = mask_sentence(text, 0, len(text), extract_quantities(text))
    assert len(masked.masked) == len(text)
    assert "增长" + QUANTITY_MARK in masked.masked  # the space before 19.6% belongs to its token
    assert "收入" + QUANTITY_MARK in masked.masked and "的" + QUANTITY_MARK in masked.masked
    token = masked.masked.index(QUANTITY_MARK)
    quantity = masked.quantity_at(token)
    assert text[quantity.start : quantity.end] == "19.6%"  # the quantity's own span is unchanged
    assert masked.masked[token + 7] == "，"  # " 19.6% " is one token: the space after it too


def test_pdf_spaced_growth_is_checked_and_quoted_as_written():
    finding = only("全年出口交货值 3860 万美元，去年同期为 3420 万美元，同比增长 15.8%。", "DC301")
    assert finding.quote == "同比增长 15.8%"
    assert "(3860 − 3420) / 3420" in finding.message and finding.message.endswith("12.87%")


def test_chinese_numeral_operands_are_shown_in_digits():
    finding = only("省级以上研发平台由十八家增加到二十七家，增长了百分之四十。", "DC301")
    assert "(27 − 18) / 18" in finding.message
    assert finding.message.endswith("50.00%")


def test_base_in_brackets_after_the_difference():
    finding = only("实现税收收入5.62亿元，比上年增加0.95亿元（上年为4.87亿元）。", "DC302")
    assert "5.62 − 4.87" in finding.message and finding.message.endswith("0.75亿元")
    assert [r.quote for r in finding.related] == ["5.62亿元", "4.87亿元"]


def test_difference_in_another_magnitude_than_its_operands():
    finding = only("完成工业投资3.15亿元，比上年的28600万元多出5200万元。", "DC302")
    assert "3.15亿元 − 28600万元" in finding.message and finding.message.endswith("2900万元")
    assert finding.suggestion == "多出2900万元"


def test_more_with_an_object_keeps_its_wording_in_the_suggestion():
    finding = only("今年签约项目31个，去年签约38个，比去年多签约7个。", "DC302")
    assert finding.severity is Severity.ERROR
    assert finding.suggestion == "少签约7个"  # 31 − 38 = −7: the direction is the wrong way round


def test_named_ratio_takes_its_standard_definition():
    finding = only("全县规上工业企业142家，其中亏损企业23家，亏损面达18.6%。", "DC303")
    assert "23家 / 142家" in finding.message and finding.message.endswith("16.20%")
    assert [r.label for r in finding.related] == ["分子", "分母"]


def test_colon_ratio_message_and_suggestion():
    finding = only("全年出口额3.46亿美元，进口额1.27亿美元，进出口比为1:3.1。", "DC303")
    assert finding.quote == "进出口比为1:3.1"
    assert "3.46 / 1.27" in finding.message and "2.72" in finding.message
    assert finding.suggestion == "1:2.7"
    assert [r.label for r in finding.related] == ["进口", "出口"]


def test_whole_introduced_with_zai_in_the_message():
    finding = only("在全区固定资产投资86.3亿元中，工业投资为41.2亿元，占比达到52.6%。", "DC303")
    assert "41.2 / 86.3" in finding.message


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
    "在" * 3000 + "1亿元中，" * 500 + "占比12%",
    "进出口比为1:" * 2000 + "2.3",
    "与" * 4000 + "之比为1:2",
    ("上年引进46个，" * 800) + "比上年多引进12个。",
    " " * 5000 + "12%" + " \t" * 3000 + "增长 5%",
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
    assert [(f.code, f.quote) for f in findings] == [("DC303", "94.67%")]  # (a formula rate quotes its figure)


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
