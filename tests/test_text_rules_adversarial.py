"""Odd text through the text-family rules (DC101, DC102, DC404, DC502, DC504): no crash, no hang,
spans inside the text. Each input is built to defeat a careless regex (a long run a pattern can
start at every position of, unbalanced brackets, a list of 10,000 items, mixed scripts)."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

CODES = ("DC101", "DC102", "DC404", "DC502", "DC504")


def _rules():
    return [find_rule(code)() for code in CODES]


ODD_TEXTS = {
    "no_punctuation_200k": "园区完成投资增长同比" * 20_000,
    "spaces_200k": " " * 100_000 + "一是" + "\u3000" * 100_000,
    "ten_thousand_items": "、".join(f"项目{i}" for i in range(10_000)) + "。",
    "unbalanced_brackets": "（【《“" * 5_000 + "2024年9月至3月" + "）】》”" * 3_000,
    "asterisks_and_underscores": "*_" * 50_000 + "亿元",
    "ellipses": "…" * 50_000,
    "dates": "2024年2月30日（星期三）至2023年13月" * 3_000,
    "first_items": "：一是加快建设，" * 10_000,
    "mixed_scripts": ("Report αβγ 报告 ٣٤٥ 2024年 x*X __ 🙂 第3页/共5页 " * 4_000),
    "lines_without_marks": "\n".join("全年完成工业总产值86.2亿元，同比" for _ in range(10_000)),
    "site_words": "小编下载会员登录" * 20_000,
}


@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_text_finishes_and_spans_are_inside(name):
    text = ODD_TEXTS[name]
    started = time.process_time()
    result = lint_text(text, _rules())
    elapsed = time.process_time() - started
    # a hang guard, not a speed test (speed is measured in bench/): CPU time, which a loaded machine does not inflate as
    # it does the wall clock; generous: a quadratic pattern takes minutes of CPU on these sizes, a linear one a second
    assert elapsed < 20, f"{name}: {elapsed:.1f}s of CPU"
    for finding in result.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
        assert finding.quote == text[finding.span.start : finding.span.end]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("2024年9月至3月日号星期三周一是二：，。、\n*_xX…的和同比亿元%小编.docx（）【】 ")), max_size=120))
def test_random_report_like_text_never_crashes(text):
    for finding in lint_text(text, _rules()).findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)
