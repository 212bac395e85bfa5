"""Structure and wording rules (DC401-DC404, DC501, DC502): helpers, speed, and gold / corpus measurements."""

from __future__ import annotations

import json

import pytest

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule
from draftcheck.text.outline import find_markers, han_number, page_marker_positions
from draftcheck.text.report_period import report_period
from draftcheck.text.repeats import content_of, repeats_from, repeats_within
from draftcheck.text.width import fold_width

CODES = ("DC401", "DC402", "DC403", "DC404", "DC501", "DC502")


def _rules():
    return [find_rule(code)() for code in CODES]


# --- helpers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("numeral", "value"),
    [("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("九十九", 99), ("十十", None), ("", None)],
)
def test_han_number(numeral, value):
    assert han_number(numeral) == value


def test_content_keeps_offsets_into_the_original_text():
    content = content_of("回顾、分析，并 做出 12.5%")
    assert content.chars == "回顾分析并做出125%"
    start, end = content.span(2, 5)
    assert "回顾、分析，并 做出 12.5%"[start:end] == "分析，并"


def test_content_drops_underscores_and_punctuation_and_keeps_per_cent_and_per_mille_signs():
    text = "填写__万元，增长５.２％、下降3‰；Ａ_b＿c！"
    content = content_of(text)
    assert content.chars == "填写万元增长52%下降3‰abc"
    assert [text[content.offsets[i]] for i in range(len(content.chars))] == list("填写万元增长５２％下降3‰Ａbc")


def test_content_offsets_hold_after_a_letter_that_lowers_to_two_characters():
    # "İ".lower() is two characters: lowering the whole text would shift every offset after it.
    text = "İzmir项目İ，完成投资3.2亿元"
    content = content_of(text)
    kept = [c for c in text if c not in "，."]
    assert len(content.chars) == len(kept)
    assert [text[content.offsets[i]] for i in range(len(content.chars))] == kept
    assert text[slice(*content.span(len(content.chars) - 2, len(content.chars)))] == "亿元"


def test_repeats_within_finds_a_near_duplicate_and_its_first_copy():
    text = "园区坚持把招商引资作为第一要务全年引进亿元以上项目十二个" + "其他内容不同" + "园区坚持把招商引资作为第一要务全年共引进亿元以上项目十二个"
    (repeat,) = repeats_within(text)
    assert repeat.earlier == 0
    assert text[repeat.later : repeat.later + repeat.length].startswith("园区坚持")
    assert 0.9 <= repeat.similarity < 1


def test_repeats_from_reports_offsets_into_the_reference():
    reference = "去年园区紧紧围绕年初确定的目标任务全力推进各项工作"
    (repeat,) = repeats_from("今年园区紧紧围绕年初确定的目标任务全力推进各项工作", reference)
    assert reference[repeat.earlier :].startswith("年园区紧紧围绕")  # 去年 / 今年 share their 年
    assert repeat.matched == repeat.length


def test_page_numbers_in_scraped_text_are_not_outline_markers():
    text = (
        "1、2007年工业园区工作总结今年以来，工业园区管委会以科学发展观为指导，深化园区规划，狠抓基础设施建设\n"
        "2、和项目策划。一、园区建设情况（一）园区规划不断深化。\n"
    )
    assert page_marker_positions(text) == {0, text.index("2、")}
    kinds = [(m.kind, m.value) for m in find_markers(fold_width(text), text)]
    assert kinds == [("han-dun", 1), ("han-paren", 1)]


@pytest.mark.parametrize(
    ("text", "year", "half"),
    [
        ("2024年工业园区管委会工作总结\n今年以来……", 2024, False),
        ("1、2023年开发区管委年度总结 一年来，开发区依据……", 2023, False),
        ("政府工作报告\n\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n各位代表：", 2024, False),
        ("工业园区管委会上半年工作总结(五篇)\n(篇一)\n上半年以来……", None, True),
        ("2023年、2024年工作总结对比\n……", None, False),
        ("各位代表：\n现在，我代表国务院向大会作政府工作报告。", None, False),
    ],
)
def test_report_period_reads_the_title(text, year, half):
    period = report_period(text)
    assert (period.year, period.half_year) == (year, half)


# --- speed -----------------------------------------------------------------------------------


def test_duplicate_detection_finds_the_copy_in_a_long_document():
    # linear time: bench/adversarial.py measures the growth exponent of DC401 on this document shape
    paragraph = "园区全年新开工项目{n}个，完成固定资产投资{n}.5亿元，同比增长{n}.3%，其中工业投资{n}亿元。\n"
    text = "".join(paragraph.format(n=n) for n in range(1200))[:50_000]
    text += "园区全年新开工项目7个，完成固定资产投资7.5亿元，同比增长7.3%，其中工业投资7亿元。\n"
    rules = _rules()
    result = lint_text(text, rules)
    assert [f.code for f in result.findings if f.code == "DC401"] == ["DC401"]


# --- gold labels and the proofread corpus ----------------------------------------------------


def _slugs():
    return {find_rule(code).slug for code in CODES}


def test_gold_labels_of_these_rules_are_found_without_false_flags(shared_dir):
    slugs = _slugs()
    missed, false_flags = [], []
    for gold_path in sorted((shared_dir / "gold").glob("*.jsonl")):
        doc = shared_dir / "seeds" / f"{gold_path.stem}.txt"
        text = doc.read_text(encoding="utf-8")
        labels = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        spans = []
        for label in labels:
            if label["rule"] not in slugs:
                continue
            pos = -1
            for _ in range(label.get("occurrence", 1)):
                pos = text.find(label["quote"], pos + 1)
            spans.append((label, pos, pos + len(label["quote"])))
        findings = lint_text(text, _rules()).findings
        hit = set()
        for f in findings:
            near = [i for i, (g, s, e) in enumerate(spans) if g["rule"] == f.rule and f.span.start <= e + 40 and f.span.end >= s - 40]
            hit.update(near)
            if not near:
                false_flags.append((gold_path.stem, f.code, f.quote))
        missed += [(g["rule"], g["quote"]) for i, (g, _, _) in enumerate(spans) if i not in hit and "arguable" not in g["note"]]
    assert not false_flags
    assert not missed


def test_few_flags_on_proofread_reports(shared_dir):
    """National and provincial government work reports are proofread: what is flagged there must stay rare.

    The few findings left are real defects of those copies (a paragraph pasted twice, a heading lost).
    """
    count = 0
    chars = 0
    for folder in ("national-gwr-wikisource", "provincial-gwr-2025"):
        for path in sorted((shared_dir / "corpus" / folder).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            chars += len(text)
            count += len(lint_text(text, _rules()).findings)
    assert chars > 500_000
    assert count <= 20, f"{count} findings on proofread reports"


# --- paragraphs cut mid-clause (DC404) --------------------------------------------------------

_REPORT_PARAGRAPHS = [
    "一、主要经济指标完成情况",
    "全年园区规上工业企业实现营业收入128.6亿元，比上年增长9.2%，其中高技术制造业营业收入46.3亿元，比上年增长",
    "全年新增规上工业企业18家，其中产值超亿元企业6家、超十亿元企业2家，园区产业集群效应进一步显现。",
    "二、重点项目建设情况",
    "全年实施重点项目42个，完成投资56.8亿元，完成年度计划的108.2%，新开工项目21个，竣工投产项目15个。",
]


def _truncated(text):
    return [f.quote for f in lint_text(text, [find_rule("DC404")()]).findings]


def test_a_paragraph_cut_after_its_rate_word_is_flagged_when_each_paragraph_is_a_line():
    assert _truncated("\n".join(_REPORT_PARAGRAPHS)) == ["其中高技术制造业营业收入46.3亿元，比上年增长"]


def test_text_wrapped_at_a_fixed_width_is_not_cut_at_its_line_ends():
    """PDF text breaks every line at the same width, mid-word: a line end there is no paragraph end."""
    body = "".join(_REPORT_PARAGRAPHS[1:3]).replace("比上年增长其中", "比上年增长12.6%。其中")
    width = 24
    wrapped = "\n".join(body[i : i + width] for i in range(0, len(body), width))
    assert any(line.endswith(("比上年增长", "其中", "、")) or line[-1] not in "。，" for line in wrapped.splitlines())
    assert _truncated(wrapped) == []


def test_a_link_on_its_own_line_in_a_scraped_page_does_not_cut_the_sentence():
    text = (
        "根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，在\n中国大陆\n，也可能在其他管辖区，属于\n公有领域\n。\n"
        "全年新开工重大水利工程21项，新增\n第四代移动通信\n用户3.4亿，光缆线路550万公里。\n"
    )
    assert _truncated(text) == []
