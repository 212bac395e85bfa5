"""Counts against enumerated items (DC203): the list splitter, outline series, outcomes, messages, speed."""

from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftcheck.engine import lint_text
from draftcheck.numbers.enumeration import (
    chinese_number,
    comma_list,
    conjunction_pair,
    dun_list,
    first_marker,
    line_list,
    outline_series,
    quoted_run,
    semicolon_list,
)
from draftcheck.numbers.relation import Outcome
from draftcheck.numbers.relations import counts
from draftcheck.rules.base import CheckContext
from draftcheck.rules.dc203_count_mismatch import CountMismatch
from draftcheck.text.width import fold_width


def relations(text: str):
    return counts.find(CheckContext(text))


def flags(text: str):
    return lint_text(text, [CountMismatch()]).findings


# --- the list splitter --------------------------------------------------------------------------


def test_dun_list_counts_top_level_items_and_the_trailing_conjunction():
    text = "甲公司、乙公司和丙公司"
    items = dun_list(text, 0, len(text))
    assert items.counts == {3}
    assert [text[s:e] for s, e in items.items] == ["甲公司", "乙公司", "丙公司"]


def test_dun_list_keeps_both_readings_when_the_conjunction_may_join_one_item():
    text = "县城城镇化水平提升、都市圈培育、城市更新和安全韧性提升"
    assert dun_list(text, 0, len(text)).counts == {3, 4}


def test_dun_list_ignores_separators_inside_brackets_and_quotes():
    text = fold_width("省、州（市）、县（市、区）、“乡、镇”")
    items = dun_list(text, 0, len(text))
    assert items.counts == {4}
    assert text[items.items[2][0] : items.items[2][1]] == "县(市、区)"


def test_dun_list_rejects_unbalanced_brackets_and_single_items():
    assert dun_list("甲（乙、丙", 0, 5) is None
    assert dun_list("甲公司", 0, 3) is None


def test_dun_list_marks_a_closing_deng_as_open_ended():
    text = "检验检测中心、人才公寓、职工食堂等"
    items = dun_list(text, 0, len(text))
    assert items.open_ended and items.counts == {3}
    assert text[items.items[-1][0] : items.items[-1][1]] == "职工食堂"


def test_conjunction_inside_words_does_not_split():
    text = "社会事业、和谐社区、普及教育"
    assert dun_list(text, 0, len(text)).counts == {3}


def test_semicolon_list_stops_the_last_item_at_its_comma():
    text = fold_width("年产10万吨饲料项目；精密铸造项目；智能仓储项目等，签约总额9.6亿元。")
    items = semicolon_list(text, 0)
    assert items.counts == {3} and items.open_ended


def test_quoted_run_takes_back_to_back_quotations():
    text = "开展了“安全生产月”“质量月”“环保宣传周”"
    items = quoted_run(text, len(text), 0)
    assert items.counts == {3}
    assert quoted_run("“质量月”", 5, 0) is None  # one quotation is not a list


def test_comma_list_needs_short_names_of_one_kind():
    text = fold_width("恒通科技有限公司，瑞达材料有限公司，鼎盛电子有限公司。")
    assert comma_list(text, 0).counts == {3}
    text = fold_width("狠抓项目建设，优化营商环境，强化要素保障。")
    assert comma_list(text, 0) is None


def test_line_list_counts_short_lines_until_the_prose_resumes():
    text = "：\n甲项目\n乙项目\n丙项目\n\n以上项目总投资86亿元，目前各项前期工作正在有序推进，力争上半年全部开工建设。"
    assert line_list(text, 1).counts == {3}
    assert line_list("：\n甲项目\n乙项目", 1) is None  # fewer than three lines is not a list
    assert line_list("：甲项目\n乙项目\n丙项目", 1) is None  # the colon must end its line


def test_chinese_numbers_are_read_only_when_well_formed():
    assert chinese_number("六") == 6
    assert chinese_number("两") == 2
    assert chinese_number("十二") == 12
    assert chinese_number("二十") == 20
    assert chinese_number("一百二十") == 120
    assert chinese_number("三四") is None  # cn2an alone would say 34
    assert chinese_number("") is None


# --- outline series -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "n"),
    [
        ("一是稳投资；二是促消费；三是强产业。", "shi", 3),
        ("(一)抓项目\n(二)抓招商\n(三)抓环境\n(四)抓队伍\n二、措施", "paren_cn", 4),
        ("(1)甲；(2)乙；(3)丙", "paren_ar", 3),
        ("1.甲项目；2.乙项目；3.丙项目；4.丁项目", "arabic", 4),
        ("①甲；②乙", "circled", 2),
        ("1）甲；2）乙；3）丙", "half_paren", 3),
        ("第一,稳增长。第二,促改革。第三,惠民生。", "di", 3),
    ],
)
def test_outline_series_styles(text, style, n):
    text = fold_width(text)  # the finder works on width-folded text
    found = first_marker(text, 0)
    assert found is not None and found.style == style
    series = outline_series(text, found)
    assert len(series.markers) == n and not series.broken


def test_heading_series_stops_at_the_next_chapter_and_at_a_reset():
    text = "(一)甲\n内容\n(二)乙\n三、下一章\n(三)别的系列"
    assert len(outline_series(text, first_marker(text, 0)).markers) == 2
    text = "(一)甲\n(二)乙\n1.子项\n(一)新系列\n(三)"
    assert len(outline_series(text, first_marker(text, 0)).markers) == 2


def test_inline_series_ends_with_its_paragraph_unless_the_next_opens_with_the_next_marker():
    text = "抓好三件事：一是甲。二是乙。\n三是丙。\n另一段。四是无关。"
    series = outline_series(text, first_marker(text, text.index("一是")))
    assert len(series.markers) == 3


def test_skipped_marker_marks_the_series_broken():
    text = "一是甲；二是乙；四是丁。"
    assert outline_series(text, first_marker(text, 0)).broken


def test_arabic_markers_do_not_take_decimals_or_dates():
    text = "1.甲；1.5亿元；2.乙；2024年3月"
    series = outline_series(text, first_marker(text, 0))
    assert len(series.markers) == 2


# --- outcomes and messages ------------------------------------------------------------------------


def test_three_outcomes_are_recorded_for_statistics():
    text = (
        "引进甲公司、乙公司和丙公司3家企业。"  # consistent
        "引进甲公司、乙公司、丙公司、丁公司等3家企业。"  # inconsistent
        "“四级三类”：建立覆盖省、州、县、乡的规划体系。"  # named (quoted): not checkable
    )
    result = lint_text(text, [CountMismatch()])
    assert result.statistics["count"] == {"consistent": 1, "inconsistent": 1, "not-checkable": 1}
    assert [f.quote for f in result.findings] == ["3家企业"]


def test_message_carries_the_arithmetic_and_the_items():
    text = "今年计划实施以下20个项目：" + "、".join(f"第{i}号项目" for i in range(1, 20)) + "。"
    (finding,) = flags(text)
    assert finding.quote == "以下20个项目"
    assert finding.severity.value == "error"
    assert "称“以下20个项目”，但其后列出了19项" in finding.message
    assert "少1项" in finding.message and "20 ≠ 19" in finding.message
    assert "第1号项目" in finding.message and "第19号项目" in finding.message
    # related spans: the first three items and the last
    assert [r.quote for r in finding.related] == ["第1号项目", "第2号项目", "第3号项目", "第19号项目"]
    assert finding.suggestion == "核对所列项目，或将“20”改为“19”"


def test_deng_message_explains_that_a_sample_cannot_exceed_the_count():
    (finding,) = flags("推动恒通物流、金桥电商、宏远冷链、新港仓储、顺达快运等4家企业入驻物流园。")
    assert "“等”之前已列出5项" in finding.message and "4 < 5" in finding.message and "多1项" in finding.message


def test_outline_message_names_the_markers_with_the_start_of_their_items():
    (finding,) = flags("抓好五个方面工作：一是抓项目；二是抓招商；三是抓环境；四是抓队伍。")
    assert "其后列出了4项：一是抓项目、二是抓招商、三是抓环境、四是抓队伍" in finding.message
    assert "5 ≠ 4" in finding.message


def test_ji_list_closed_with_deng_is_a_warning_not_an_error():
    (finding,) = flags("另外还有3个亿元以上项目成功签约，即：甲工程；乙项目等，这几个项目占比较大。")
    assert finding.severity.value == "warning"
    assert "3 − 2 = 1" in finding.message


def test_full_width_text_keeps_offsets():
    text = "新建Ａ路、Ｂ路、Ｃ路、Ｄ路、Ｅ路六条道路。"
    (finding,) = flags(text)
    assert text[finding.span.start : finding.span.end] == "六条道路"


def test_a_count_smaller_than_half_the_names_is_left_alone():
    # the count likely belongs to the last item alone (…与残疾人两项补贴)
    assert flags("提高低保、特困人员、孤儿基本生活、残疾人两项补贴。") == []


def test_every_relation_carries_kind_and_code():
    for relation in relations("华兴科技、恒达新材等3家企业；以下3个园区：东区、西区、南区。"):
        assert relation.kind == "count" and relation.code == "DC203"
        assert relation.outcome is Outcome.CONSISTENT


# --- adversarial inputs: no catastrophic backtracking, no crash -------------------------------


def _timed(text: str):
    """The count finder alone (other finders have their own adversarial tests). Its speed on such input
    is measured by bench/adversarial.py, never timed here."""
    return relations(text)


def test_five_thousand_item_list_is_fast():
    items = "、".join(f"企业{i}" for i in range(5000))
    _timed(f"引进{items}等3家企业。以下5000个项目：{items}。")


def test_long_runs_of_counts_and_separators_are_fast():
    _timed("3家、" * 5000 + "三个方面：" * 2000 + "、" * 20000 + "等" * 5000 + "4家企业")


def test_deeply_nested_brackets_are_fast_and_silent():
    result = _timed("以下3个项目：" + "（" * 3000 + "甲、乙" + "）" * 3000 + "、丙。" + "“" * 5000 + "2个")
    assert all(r.outcome is not Outcome.INCONSISTENT for r in result)


def test_long_outline_series_is_fast():
    body = "".join(f"({i})项目；" for i in range(1, 100)) * 50
    _timed("以下99个项目：" + body)
    markers = "\n".join(f"（{chinese}）标题" for chinese in ["一", "二", "三"] * 3000)
    _timed("做好以下三个方面工作：\n" + markers)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("、，。；：（）“”等个家项条三两五1234甲乙丙公司是一二\n")), max_size=300))
def test_random_report_like_text_never_crashes(text):
    for relation in relations(text):
        assert 0 <= relation.start <= relation.end <= len(text)
        for _, s, e in relation.related:
            assert 0 <= s <= e <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_random_unicode_never_crashes(text):
    relations(text)


# --- the shared corpus: proofread reports, so every finding is a false flag ----------------------


@pytest.mark.parametrize("folder", ["national-gwr-wikisource", "provincial-gwr-2025"])
def test_corpus_false_flag_rate(shared_dir, folder):
    chars = found = 0
    for path in sorted((shared_dir / "corpus" / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        found += sum(r.outcome is Outcome.INCONSISTENT for r in relations(text))
    assert chars > 0
    assert found * 100_000 / chars <= 1.0


# --- a last item joined by 和/及/与; members after 为/是; 上述 pointing back ---------------------------


def test_dun_list_splits_the_conjunction_between_names_of_one_shape():
    text = "引进了海纳光电、中恒精工和嘉禾新材"
    items = dun_list(text, 0, len(text))
    assert items.counts == {3}
    assert [text[s:e] for s, e in items.items][-2:] == ["中恒精工", "嘉禾新材"]


def test_dun_list_keeps_both_readings_for_yu_and_for_different_shapes():
    text = "人工智能、生物医药、航空航天与低空经济"
    assert dun_list(text, 0, len(text)).counts == {3, 4}
    text = "新能源装备、生物医药和新材料"
    assert dun_list(text, 0, len(text)).counts == {2, 3}


def test_conjunction_pair_needs_two_parallel_names():
    text = "东区污水处理厂和西区污水处理厂"
    pair = conjunction_pair(text, 0, len(text))
    assert [text[s:e] for s, e in pair.items] == ["东区污水处理厂", "西区污水处理厂"]
    assert pair.counts == {2}
    for one_item in ("研发和生产基地", "科技与金融", "甲公司、乙公司和丙公司", "城市更新和安全韧性提升"):
        assert conjunction_pair(one_item, 0, len(one_item)) is None


def test_members_after_wei_carry_the_arithmetic_in_the_message():
    (finding,) = flags("新评定的两家市级工业设计中心为华瑞设计、鼎新工业、同创智造。")
    assert finding.quote == "两家市级工业设计中心"
    assert "其后列出了3项：华瑞设计、鼎新工业、同创智造" in finding.message
    assert "2 ≠ 3" in finding.message


def test_quoted_count_opened_by_a_colon_previews_each_marked_item():
    (finding,) = flags("全年开展“两大行动”：一是企业服务行动，二是项目攻坚行动，三是作风提升行动。")
    assert finding.quote == "两大行动"
    assert "一是企业服务行动、二是项目攻坚行动、三是作风提升行动" in finding.message


def test_back_reference_spans_the_pointer_and_counts_the_sentence_before():
    text = "全年建成东坪村、柳湾村、石桥村。上述4个示范村共投入资金860万元。"
    found = flags(text)
    assert [f.quote for f in found] == ["上述4个示范村"]
    assert "前面列出了3项" in found[0].message
    assert "4 ≠ 3" in found[0].message
    # a sentence before that states its own count is tied to that count, not to 上述
    counted = "全年建成东坪村、柳湾村、石桥村3个示范村。上述4个示范村共投入资金860万元。"
    assert [r.outcome for r in relations(counted)] == [Outcome.CONSISTENT]


def test_verb_intro_outcomes():
    assert [r.outcome for r in relations("2个园区有高新园、滨江园、临港园。")] == [Outcome.INCONSISTENT]
    assert [r.outcome for r in relations("5个园区有高新园、滨江园、临港园。")] == [Outcome.CONSISTENT]
    assert relations("这6家企业为园区发展、稳岗就业作出了贡献。") == []
