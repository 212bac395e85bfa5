"""The spans the numeric finders read from the shared segmentation (draftcheck.numbers.statement_spans),
and odd input on the paths added with them (share lists, per-population figures, doubling, year lists)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.numbers.quantity import document_quantities
from draftcheck.numbers.statement_spans import growth_sentences, quantities_in, statements
from draftcheck.rules import CheckContext


def spans_text(text: str, spans) -> list[str]:
    return [text[span[0] : span[1]] for span in spans]


def test_growth_sentences_continue_after_a_comma_at_a_line_break():
    text = "全年完成投资12亿元，\n比上年增长8%。上年为11亿元。\n\n新增企业8家，\n\n其中外资2家。"
    got = spans_text(text, growth_sentences(CheckContext(text)))
    assert got[0] == "全年完成投资12亿元，\n比上年增长8%。"
    assert got[1] == "上年为11亿元。"
    # a blank line ends the sentence even after a comma
    assert "新增企业8家，" in got and "其中外资2家。" in got


def test_statements_join_semicolons_line_continuations_and_qizhong():
    text = "进出口总额52亿元；其中出口36亿元，占69.2%。\n完成投资10亿元。其中，工业投资6亿元，占比60%。\n税收5亿元；\n非税2亿元。"
    got = statements(CheckContext(text))
    assert spans_text(text, got) == [
        "进出口总额52亿元；其中出口36亿元，占69.2%。",
        "完成投资10亿元。其中，工业投资6亿元，占比60%。",
        "税收5亿元；\n非税2亿元。",
    ]
    assert [same for _, _, same in got] == [False, False, False]
    text = "完成投资10亿元。税收5亿元。"
    assert [same for _, _, same in statements(CheckContext(text))] == [True, False]


def test_quantities_in_matches_a_search_per_span():
    text = "投资12亿元，增长8%。\n税收3亿元；非税1亿元。\n无数字。\n1、2、3。"
    ctx = CheckContext(text)
    index = document_quantities(ctx)
    spans = growth_sentences(ctx)
    assert quantities_in(index, spans) == [index.between(s, e) for s, e in spans]


ODD = [
    "其余为社会资本，占1%，" * 5000,
    "A占全市外贸总额的1%，其中" * 5000,
    "3个，分别为2个、" * 4000,
    "3个，分别为2%、" * 4000 + "3个，分别为百分之二、" * 2000 + "3个，分别为二成、" * 2000,
    "0—14岁人口占1%，" * 5000 + "60岁及以上人口占1%。",
    "分为" + "、".join(f"类{i}" for i in range(10_000)) + "三类，占比分别为" + "1%、" * 10_000 + "1%。",
    "按常住人口38.7万人计算，每千人口" * 5000 + "医师3.6人。",
    "由18.6亿元增加到31.2亿元，四年实现翻一番，" * 3000,
    "累计完成投资384.9亿元，逐年分别为" + "1亿元、" * 10_000 + "1亿元。",
    "城乡居民收入比缩小到1.86∶1，" * 5000,
    "超出年度目标2.6亿元，完成年度目标50亿元的105.2%，" * 3000,
    "五年来累计新增就业3.6万人，年均新增7800人，" * 3000 + "累计" * 20_000,
    "，\n" * 50_000 + "增长3%。",
    "；\n" * 50_000,
    "增长3%比上年由从去年" * 20_000,  # 200k characters without a sentence end
    "（" * 5000 + "其中A占W的38.1%，B占W的26.5%" + "）" * 10,
    # growthmodel's paths: named comparisons, 多/少 after 比, per-word averages, joined pipe rows, base clauses
    "低于全市1个百分点，全市平均水平为2%，" * 3000,
    "多1" * 20_000 + "比上年多1个" * 3000,
    "每公里1元每张1人平均每馆1册地均1亿元/平方公里" * 2000,
    "指标｜1｜2｜3 ；" * 5000,
    "上年同期基数为1亿元，今年同期为2亿元，增加额为1亿元，超额完成1个，还差1个，" * 2000,
    "人口年龄结构：" + "１２．５％、" * 5000 + "Revenue 增长12.5% доход ١٢٣ 🚀（mixed）" * 500,
]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_text_on_the_new_numeric_paths_lints_without_raising(text):
    # speed on such input is measured in bench/adversarial.py, never asserted here
    result = lint_text(text)
    assert all(0 <= f.span.start <= f.span.end <= len(text) for f in result.findings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="，、；。\n 其中占比分别为其余三类翻一番由到每千人口按计算1２.%∶:万元亿人的", max_size=160))
def test_random_share_and_ratio_soup_never_crashes(text):
    ctx = CheckContext(text)
    previous = 0
    for start, end, _ in statements(ctx):
        assert previous <= start < end <= len(text)
        previous = end
    lint_text(text)


def test_blanks_after_a_full_stop_do_not_keep_the_next_line_in_the_paragraph():
    text = "完成投资10亿元。  \n税收5亿元。"
    assert [same for _, _, same in statements(CheckContext(text))] == [False, False]
