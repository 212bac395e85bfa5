"""A scan run only on the windows around an anchor finds exactly what the scan of the whole text finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from draftcheck.rules import dc501_unit_error as dc501
from draftcheck.text.width import fold_width
from draftcheck.text.windowed_scan import anchor_positions, finditer_at_line_starts, finditer_in_windows, finditer_located

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def spans(matches) -> list[tuple[int, int, tuple]]:
    return [(m.start(), m.end(), m.groups()) for m in matches]


def test_windows_merge_and_find_the_whole_text_matches():
    pattern = re.compile(r"[a-z]{1,3}X")
    text = "ab abX abcdX aX"
    windows = [(p - 3, p + 1) for p in anchor_positions(text, "X")]
    assert spans(finditer_in_windows(pattern, text, windows)) == spans(pattern.finditer(text))
    # a window that misses part of a match loses it: the windows are the caller's promise
    assert [m.group() for m in finditer_in_windows(pattern, text, [(4, 6)])] == ["bX"]


def test_anchor_positions_include_overlapping_occurrences():
    assert list(anchor_positions("aaaa", "aa")) == [0, 1, 2]
    assert list(anchor_positions("abc", "x")) == []


PIECES = ["覆盖率", "比重", "占比", "功率", "增长率", "森林", "达到", "达", "为", "保持在", "约为", "超过", "45", ".", "3",
          "0.5", "个", "百分点", "个百分点", "，", "。", " ", "率达", "１２", "\n", "提高"]


@pytest.mark.parametrize("seed", range(40))
def test_level_in_points_windows_match_the_whole_scan_on_random_text(seed):
    rng = random.Random(seed)
    text = fold_width("".join(rng.choice(PIECES) for _ in range(rng.randint(5, 400))))
    whole = spans(dc501._LEVEL_IN_POINTS.finditer(text))
    assert spans(finditer_in_windows(dc501._LEVEL_IN_POINTS, text, dc501._level_windows(text))) == whole


def test_level_in_points_windows_reach_a_long_head_and_figure():
    text = "全市森林覆盖率稳定在123456.789个百分点，其占比为2百分点"
    found = spans(finditer_in_windows(dc501._LEVEL_IN_POINTS, text, dc501._level_windows(text)))
    assert found == spans(dc501._LEVEL_IN_POINTS.finditer(text))
    assert len(found) == 2


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_level_in_points_windows_match_the_whole_scan_on_the_corpus():
    for path in sorted(CORPUS.glob("*/*.txt"))[:40]:
        # the corpus writes no level in points: plant some, to compare matches and not only their absence
        text = fold_width(path.read_text(encoding="utf-8")).replace("个百分点", "个百分点，覆盖率达到1.5个百分点")
        whole = spans(dc501._LEVEL_IN_POINTS.finditer(text))
        assert spans(finditer_in_windows(dc501._LEVEL_IN_POINTS, text, dc501._level_windows(text))) == whole


# (issue 7, textfamilies) the scans DC502 and DC404 now use, against the whole-text scans they replace
DATE_PIECES = ["2025年", "3月", "15日", "同年", "当年", "10月开工", "6月竣工", "\n", "\n\n", "  ", "一、", "（二）", "2026年工作打算",
               "工作计划：", "，", "。", "一年来。", "今年以来。", "近年来", "打算", "12", "月底", "年", "\u3000"]


@pytest.mark.parametrize("seed", range(40))
def test_date_scans_match_the_whole_text_scans(seed):
    from draftcheck.rules import dc404_truncated as dc404
    from draftcheck.rules import dc502_date_anomaly as dc502

    rng = random.Random(seed)
    text = fold_width("".join(rng.choice(DATE_PIECES) for _ in range(rng.randint(1, 300))))
    assert spans(finditer_located(dc502._MONTH_DAY, dc502._MONTH_DAY_START, text)) == spans(dc502._MONTH_DAY.finditer(text))
    assert spans(finditer_located(dc502._DATED_EVENT, dc502._DATED_EVENT_START, text)) == spans(dc502._DATED_EVENT.finditer(text))
    for pattern in (dc502._PLAN_HEADING, dc502._PLAN_SECTION_HEADING):
        assert spans(finditer_at_line_starts(pattern, text)) == spans(pattern.finditer(text))
    windows = [(m.start() - dc404._ORPHAN_REACH, m.end()) for m in dc404._ORPHAN_ADVERBIAL_NEEDS.finditer(text)]
    assert spans(finditer_in_windows(dc404._ORPHAN_ADVERBIAL, text, windows)) == spans(dc404._ORPHAN_ADVERBIAL.finditer(text))


def test_line_start_scan_tries_the_line_after_a_match_ending_on_a_line_break():
    pattern = re.compile(r"^\s*(?P<year>20\d{2})年计划\s*", re.MULTILINE)
    text = "2025年计划\n2026年计划\n正文2027年计划\n2028年计划"
    assert spans(finditer_at_line_starts(pattern, text)) == spans(pattern.finditer(text))
    assert len(spans(pattern.finditer(text))) == 3


# (unitX) DC501's doubled measure units and lists of power/energy or area/volume figures, scanned only around what every
# match holds (a doubled character; a unit, a joiner and a digit), against the whole-text scans
DOUBLED_PIECES = ["12", ",345", ".6", " ", "万", "平方", "米", "米", "吨", "亩", "公里", "里", "千瓦", "时", "，", "a", "人次", "次",
                  "个百分点", "点", "时时"]
LIST_PIECES = ["300", ".5", "万", "千瓦", "千瓦时", "kw", "kwh", "mw", "平方米", "立方米", "m2", "㎡", "、", "和", "及", "，", "分别为",
               "12345678901234567890"]


@pytest.mark.parametrize("seed", range(30))
def test_doubled_measure_and_figure_list_windows_match_the_whole_scans(seed):
    rng = random.Random(seed)
    for pieces, pattern, windows in (
        (DOUBLED_PIECES, dc501._DOUBLED_MEASURE, dc501._doubled_measure_windows),
        (LIST_PIECES, dc501._FIGURE_LIST, dc501._figure_list_windows),
    ):
        text = fold_width("".join(rng.choice(pieces) for _ in range(rng.randint(5, 400)))).lower()
        assert _kept(finditer_in_windows(pattern, text, windows(text))) == _kept(pattern.finditer(text))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not present")
def test_doubled_measure_and_figure_list_windows_match_the_whole_scans_on_the_corpus():
    for path in sorted(CORPUS.glob("*/*.txt"))[:30]:
        text = fold_width(path.read_text(encoding="utf-8")).replace("平方米", "平方米米、300千瓦、260千瓦、280kwh").lower()
        for pattern, windows in ((dc501._DOUBLED_MEASURE, dc501._doubled_measure_windows), (dc501._FIGURE_LIST, dc501._figure_list_windows)):
            assert _kept(finditer_in_windows(pattern, text, windows(text))) == _kept(pattern.finditer(text))


def _kept(matches) -> list[tuple[int, int, tuple]]:
    """The matches the rule acts on: a doubled measure only where its last character is doubled (米米, not 吨亩)."""
    return spans(m for m in matches if "again" not in m.re.groupindex or m.group("again") == m.group("measure")[-1])


DURATION_PIECES = ["比例", "达到", "88", ".6", "天", "小时", "个月", "以上", "以内", "工作", "的", "，", "率", "3"]
PER_UNIT_PIECES = ["亩均税收", "32", ".6", "万", "元", "/", "平方米", "亩", "人", "吨标准煤", "万元", "，", "单位GDP能耗", "0.45"]


@pytest.mark.parametrize("seed", range(30))
def test_duration_and_per_unit_windows_match_the_whole_scans(seed):
    rng = random.Random(seed)
    for pieces, pattern, windows in (
        (DURATION_PIECES, dc501._DURATION_FIGURE, dc501._duration_windows),
        (PER_UNIT_PIECES, dc501._PER_UNIT_FIGURE, dc501._per_unit_windows),
    ):
        text = fold_width("".join(rng.choice(pieces) for _ in range(rng.randint(5, 400))))
        assert spans(finditer_in_windows(pattern, text, windows(text))) == spans(pattern.finditer(text))


def test_line_starts_with_a_sign_are_those_of_every_line_start():
    """``finditer_at_line_starts`` with a sign (DC502's plan section headings and their endings) finds the headings
    found by trying every line start, on random texts of heading pieces and line breaks."""
    import random

    from draftcheck.rules.dc502_date_anomaly import _PLAN_SECTION_HEADING, _PLAN_SECTION_HEADING_SIGN
    from draftcheck.text.windowed_scan import finditer_at_line_starts

    pieces = ["\n", "\n", "三、", "（二）", " ", "\u3000", "2025年", "2024", "年", "度", "工作", "打算", "计划", "重点工作", "主要任务",
              "：", ":", "。", "，", "全面推进", "下一步"]
    rng = random.Random(4)
    found = 0
    for _ in range(40_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        expected = [m.span() for m in finditer_at_line_starts(_PLAN_SECTION_HEADING, text)]
        assert [m.span() for m in finditer_at_line_starts(_PLAN_SECTION_HEADING, text, _PLAN_SECTION_HEADING_SIGN)] == expected, text
        found += len(expected)
    assert found > 1_000
