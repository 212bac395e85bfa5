"""The one segmentation (paragraph -> sentence -> clause) and the typed clauses built on it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.rules.base import CheckContext
from draftcheck.text.segmentation import segment


def _sentences(text):
    return [s.text for s in segment(text).sentences]


def test_paragraphs_sentences_and_clauses_are_spans_of_the_text():
    text = "全年实现税收3.2亿元，增长5%。其中国税1.5亿元；地税1.2亿元！\n\n下一步，继续努力"
    seg = segment(text)
    assert [p.text for p in seg.paragraphs] == ["全年实现税收3.2亿元，增长5%。其中国税1.5亿元；地税1.2亿元！", "下一步，继续努力"]
    assert _sentences(text) == ["全年实现税收3.2亿元，增长5%。", "其中国税1.5亿元；", "地税1.2亿元！", "下一步，继续努力"]
    first = seg.sentences[0]
    assert [c.text for c in first.clauses] == ["全年实现税收3.2亿元，", "增长5%。"]
    for sentence in seg.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        for clause in sentence.clauses:
            assert sentence.start <= clause.start < clause.end <= sentence.end
            assert text[clause.start : clause.end] == clause.text


def test_terminators_inside_a_closed_bracket_or_quote_do_not_split():
    text = "完成投资8亿元（详见附件。含续建项目），同比增长6%。他强调“要稳中求进。”会议结束。"
    assert _sentences(text) == ["完成投资8亿元（详见附件。含续建项目），同比增长6%。", "他强调“要稳中求进。”会议结束。"]
    clauses = segment(text).sentences[0].clauses
    assert [c.text for c in clauses] == ["完成投资8亿元（详见附件。含续建项目），", "同比增长6%。"]


def test_an_unbalanced_bracket_protects_nothing():
    text = "实现税收3.2亿元（其中国税1.5亿元。地税1.2亿元。增长5%。"
    assert len(_sentences(text)) == 3
    text = "一是加快项目建设）。二是优化营商环境。"
    assert _sentences(text) == ["一是加快项目建设）。", "二是优化营商环境。"]


def test_runs_of_terminators_end_one_sentence():
    assert _sentences("成绩来之不易！！下一步继续。") == ["成绩来之不易！！", "下一步继续。"]


def test_lookups_by_offset():
    text = "第一句。第二句，有逗号。\n第二段。"
    seg = segment(text)
    assert seg.sentence_at(text.index("逗号")).text == "第二句，有逗号。"
    assert seg.paragraph_at(text.index("第二段")).text == "第二段。"
    assert seg.paragraph_at(len(text)) is None


def test_context_computes_the_segmentation_once():
    ctx = CheckContext("实现税收3.2亿元，增长5%。")
    assert ctx.segmentation is ctx.segmentation
    assert ctx.clauses is ctx.clauses


ADVERSARIAL = [
    "（" * 5000 + "实现税收3亿元。",
    "）" * 5000,
    "“" * 5000 + "。" * 5000 + "”" * 5000,
    "、".join(f"项目{i}" for i in range(10000)) + "等10000个项目。",
    "；\n".join(f"{i}、企业{i}，投资{i}万元" for i in range(10000)),
    "字" * 200_000,
    "实现税收3亿元" * 20_000,
    "Revenue 增长12.5% доход 收入3.2亿元 ١٢٣ 🚀（mixed）" * 2000,
    "(" * 100 + "）" * 100 + "[" * 100 + "】" * 100,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_odd_text_segments_completely_and_lints(text):
    seg = segment(text)
    covered = sum(len(s.text) for s in seg.sentences)
    assert covered <= len(text)
    assert all(text[s.start : s.end] == s.text for s in seg.sentences)
    if text.strip("（）()“”。[]】 \n"):
        assert seg.sentences  # something was kept
    lint_text(text)  # the typed clauses and every rule run over it without raising


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet="（）()“”【】。；，、：\n字1２.%万元亿家其中合计增长上年", max_size=120))
def test_random_bracket_soup_keeps_spans_nested_and_ordered(text):
    previous_end = 0
    for sentence in segment(text).sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
        clause_end = sentence.start
        for clause in sentence.clauses:
            assert clause_end <= clause.start < clause.end <= sentence.end
            clause_end = clause.end


def test_segments_built_without_dataclass_init_equal_ordinary_ones():
    from draftcheck.text.segmentation import Paragraph, Sentence

    text = "完成投资8亿元（详见附件。含续建项目），增长6%。下一步继续"
    paragraph = segment(text).paragraphs[0]
    sentences = tuple(Sentence(s.start, s.end, s.text, s.protected) for s in paragraph.sentences)
    assert paragraph == Paragraph(0, len(text), text, sentences)
    assert hash(paragraph.sentences[0]) == hash(sentences[0]) and paragraph.sentences == sentences
    assert [c.text for c in paragraph.sentences[0].clauses] == [c.text for c in sentences[0].clauses]


def test_a_comma_between_digits_does_not_split_a_clause():
    text = "全年新登记市场主体4,318户，比上年多增526户。会议10:30开始,持续两小时。"
    clauses = [c.text for s in segment(text).sentences for c in s.clauses]
    assert clauses == ["全年新登记市场主体4,318户，", "比上年多增526户。", "会议10:30开始,", "持续两小时。"]


# --- the item level (countspath) ---------------------------------------------------------------------


def test_items_split_at_top_level_separators_of_either_width():
    text = "以下项目：甲、乙（丙、丁）和“戊、己”；庚,辛，壬。"
    seg = segment(text)
    start = text.index("：") + 1
    parts = seg.items(start, text.index("；"))
    assert [text[s:e] for s, e in parts] == ["甲", "乙（丙、丁）和“戊、己”"]
    comma = seg.items(text.index("；") + 1, len(text) - 1, ",")
    assert [text[s:e] for s, e in comma] == ["庚", "辛", "壬"]  # (， is the twin of ,)


def test_items_refuse_a_span_whose_brackets_do_not_balance():
    text = "甲、乙（丙、丁"
    assert segment(text).items(0, len(text)) is None
    text = "甲）、乙"
    assert segment(text).items(0, len(text)) is None


def test_items_of_a_ten_thousand_item_list_and_of_unbalanced_brackets_stay_linear():
    text = "、".join(f"类{i}" for i in range(10_000)) + "（" * 5000
    seg = segment(text)
    assert len(seg.items(0, text.index("（"))) == 10_000
    assert seg.items(0, len(text)) is None


def test_outline_markers_with_their_values_and_the_first_marker_at_a_position():
    text = "做好三项工作：\n（一）招商\n（二）项目\n1．甲；2.乙；①丙；一是丁，二是戊\n三、下一章"
    seg = segment(text)
    assert [m.value for m in seg.outline_markers("paren_cn")] == [1, 2]
    assert [m.value for m in seg.outline_markers("arabic")] == [1, 2]  # (full-width ．as well)
    assert [m.value for m in seg.outline_markers("circled")] == [1]
    assert [m.value for m in seg.outline_markers("shi")] == [1, 2]
    first = seg.first_marker(text.index("：") + 1)
    assert first.style == "paren_cn" and text[first.start : first.end] == "（一）"
    assert seg.chapter_opens(text.index("三、")) and not seg.chapter_opens(text.index("（一）"))
    assert seg.first_marker(text.index("（二）")) is None  # marker 2 opens no series


def test_quotations_are_the_pairs_of_one_kind_of_quote():
    text = "构建“一廊三区”格局，“三区”为A区、B区；未闭合的“引号，以及《规划》和“两带”。"
    layout = segment(text)
    quoted = [text[o + 1 : c] for o, c in layout.quotations("“")]
    # an opener never closed gives way to the next opener of its kind
    assert quoted == ["一廊三区", "三区", "两带"]
    assert [text[o + 1 : c] for o, c in layout.quotations("《")] == ["规划"]
    assert segment("没有引号").quotations("“") == []
