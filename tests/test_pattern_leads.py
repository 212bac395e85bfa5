"""Patterns rewritten to lead with a literal or a class (which the regex engine skips to) instead of a
lookaround or a repeat: the condition a leading lookbehind put on the character before a match now follows
the match's first character, and must still hold exactly there."""

from __future__ import annotations

import pytest

from draftcheck.numbers.quantity import _ARABIC, _ISO_DATE
from draftcheck.rules.dc101_blank_amount import _CAPACITY, _STRONG_UNIT
from draftcheck.rules.dc102_placeholder import _FILL_IN, _TYPOGRAPHIC
from draftcheck.rules.dc404_truncated import _CUT_MARK, _EMPTY_CLAUSE
from draftcheck.rules.dc501_unit_error import _GARBLED_SIBLING, _measured_figure
from draftcheck.rules.dc502_date_anomaly import _LAST_YEAR, _SAME_YEAR_RANGE
from draftcheck.rules.dc504_web_residue import _INLINE, _PAGE_MARKER


def _found(pattern, text):
    return [m.group() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (_ARABIC, "增长12.5%，a1,234元", ["12.5%", "1,234元"]),
        (_ARABIC, "1.2.3和,5", []),  # a number never starts after a digit, a point or a comma
        (_ISO_DATE, "2024-03-15，9:30", ["2024-03-15", "9:30"]),
        (_ISO_DATE, "12024-03-15，2124-03-15，123:45", []),  # never after a digit; years 18xx-20xx only
        (_PAGE_MARKER, "。12、加强", ["12、"]),
        (_PAGE_MARKER, "a12、和1.2、和1234、", []),  # not after a letter, digit or point; 1-3 digits
        (_EMPTY_CLAUSE, "加快推进，，下一步", ["，，"]),
        (_EMPTY_CLAUSE, "2，，3和\n，。", []),  # not after a digit or a line break
        (_CUT_MARK, "推进………和完成。。。", ["………", "。。。"]),
        (_CUT_MARK, "1………和a......和1。。。和……", []),  # a Han character must stand before the mark
        (_GARBLED_SIBLING, "12.5%和13.6个", ["和13.6个"]),
        (_STRONG_UNIT, "投资亿元，增长个百分点，万人次", ["亿元", "个百分点", "万人次"]),
        (_CAPACITY, "日处理吨，年均产能万吨，月产台", ["日处理吨", "年均产能万吨", "月产台"]),
        (_FILL_IN, "__和___和【 】", ["___", "【 】"]),
        (_TYPOGRAPHIC, "×和××和○○○", ["××", "○○○"]),
        (_LAST_YEAR, "2023年和12024年、2124年及1999 年", ["2023年", "1999 年"]),  # never after a digit
        (_SAME_YEAR_RANGE, "2024年至2024年；32023-2023年", ["2024年至2024年"]),
        (_measured_figure(), "面积3万元，a3万元，12.5亿元", ["3万元"]),  # a Han character right before the figure
        (_INLINE, "（精选文档）【全文完整)【优秀范文】[精选文档]", ["(精选文档)", "【全文完整)", "【优秀范文】"]),
    ],
)
def test_rewritten_patterns_match_where_they_did(pattern, text, expected):
    from draftcheck.text.width import fold_width

    assert _found(pattern, fold_width(text) if pattern in (_ARABIC, _ISO_DATE, _INLINE) else text) == expected


def test_dc404_gates_hold_in_every_text_its_patterns_match():
    from pathlib import Path

    import yaml

    from draftcheck.rules import dc404_truncated as dc404

    texts = ["一年来。工作有序推进", "，近年以来！", "由区城投公司投资建设的污水处理厂项目。", "，由园区出资的道路工程."]
    for path in (Path(__file__).parent / "rule_cases").glob("*.yml"):
        texts += [c["text"] for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values() if isinstance(c, dict) and isinstance(c.get("text"), str)]
    matched = 0
    for text in texts:
        for pattern, needs in ((dc404._ORPHAN_ADVERBIAL, dc404._ORPHAN_ADVERBIAL_NEEDS), (dc404._PREDICATE_LESS, dc404._PREDICATE_LESS_NEEDS)):
            if pattern.search(text):
                matched += 1
                assert needs.search(text), (pattern.pattern[:30], text)
    assert matched >= 4


def test_dc101_gates_hold_wherever_their_patterns_match():
    """Each DC101 pattern is skipped on a text its gate (``_NEEDED``) does not find: the gate must be found
    in every text the pattern matches (rule cases, hand-made blanks, and short random strings over the
    characters the patterns and gates name)."""
    import random
    from pathlib import Path

    import yaml

    from draftcheck.rules import dc101_blank_amount as dc101
    from draftcheck.text.width import fold_width

    texts = ["其余个项目，", "从万元增加到5万元", "增至万户。", "引进人才名，", "新建学校所；", "自月份以来", "2024年月底", "占地亩，"]
    for path in (Path(__file__).parent / "rule_cases").glob("*.yml"):
        texts += [c["text"] for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values() if isinstance(c, dict) and isinstance(c.get("text"), str)]
    alphabet = list("从增至加到提高降下扩大万亿元美个家户人项名%,;。、:\n 其余有计新引进录聘共台套辆条座所处批次自截止于年月日份起以来第米长全亩均产就业才员左右以上的\"“)!?")
    rng = random.Random(10)
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(2, 10))) for _ in range(30_000)]
    matched = set()
    for text in map(fold_width, texts):
        for pattern, needs in dc101._NEEDED.items():
            if pattern.search(text):
                matched.add(pattern)
                assert needs.search(text), (pattern.pattern[:30], text)
    assert len(matched) >= len(dc101._NEEDED) - 2  # nearly every gated pattern was exercised


def test_dc101_windowed_scans_find_what_whole_scans_find():
    """The DC101 patterns run only around their gate's matches (``_WINDOWED``) find the matches a scan of the whole
    text finds: random texts over the characters the patterns and gates name, long enough to hold several windows,
    merged or apart, and the rule cases."""
    import random
    from pathlib import Path

    import yaml

    from draftcheck.rules import dc101_blank_amount as dc101
    from draftcheck.text.width import fold_width

    texts = []
    for path in (Path(__file__).parent / "rule_cases").glob("*.yml"):
        texts += [c["text"] for c in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values() if isinstance(c, dict) and isinstance(c.get("text"), str)]
    pieces = list("从增至加到提高降下扩大万亿元美个家户人项名%,;。、:\n 其余有计新引进录聘共自截止于年月日份起以来米长全亩均产就业才员左右以上的占达为")
    pieces += [" ", "  ", "\u3000", "\t", "平方公里", "人次", "积极分子", "农民工", "流转土地", "截至", "以来", "中旬", "占到农业总产值", "20", "9", "项目", "生产线", "车辆", "社区", "新增", "不少于", "建成", "签约", "生产", "累计", "万件套", "标准箱", "千瓦时", "的"]
    rng = random.Random(11)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(2, 90))) for _ in range(20_000)]
    found = 0
    for text in map(fold_width, texts):
        for pattern in dc101._WINDOWED:
            expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in dc101._finditer(pattern, text)] == expected, (pattern.pattern[:30], text)
            found += len(expected)
    assert found > 1_000


def test_dc502_dated_event_sign_holds_wherever_a_dated_event_matches():
    """DC502 reads dated events (``_DATED_EVENT``) only in texts and spans where ``_DATED_EVENT_SIGN`` (月 and the event
    after it) is found: every match holds one, on random strings of the pieces the pattern names."""
    import random

    from draftcheck.rules import dc502_date_anomaly as dc502

    pieces = ["2024", "年", "同年", "当年", "3", "12", "月", "1", "日", " ", "份", "底", "一期", "工程", "正式", "开工", "建成",
              "启动", "结束", "竣工", "，", "。", "于", "开始建设", "通过验收", "中旬", "3月", "2024年5月", "6月1日", "同年10月"]
    rng = random.Random(7)
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for m in dc502._DATED_EVENT.finditer(text):
            matched += 1
            assert dc502._DATED_EVENT_SIGN.search(text, m.start(), m.end()), text
    assert matched > 1_000


def test_dc502_summary_and_plan_phase_signs_hold_wherever_their_patterns_match():
    """DC502's summary-and-plan titles and five-year-plan phases are read only in texts holding their sign
    (``_SUMMARY_AND_PLAN_SIGN``, ``_PLAN_PHASE_SIGN``): every match holds one, on random strings of their pieces."""
    import random

    from draftcheck.rules import dc502_date_anomaly as dc502

    fillers = ["", "", "工作", "全年", "。", "，", " ", "度", "\n", "和", "的", "“", "”"]
    rng = random.Random(9)

    def filler() -> str:
        return "".join(rng.choice(fillers) for _ in range(rng.randint(0, 3)))

    def summary() -> str:
        return (f"{rng.choice(['2024', '2025', '1999'])}{filler()}年{filler()}总结{filler()}{rng.choice(['和', '及', '暨', '、', '以及', '与'])}"
                f"{filler()}{rng.choice(['2025', '2026'])}年{filler()}{rng.choice(['计划', '思路', '要点', '安排'])}")

    opening, closing = ["", "“", '"'], ["", "”", '"']

    def phase() -> str:
        year = rng.choice(["2025", "2026", "2021"]) + "年" + rng.choice(["", "是", "为"]) + filler() + rng.choice(opening)
        plan = rng.choice(["十四", "十五", "十", "四", "六"]) + "五" + rng.choice(closing) + rng.choice(["", "规划", "时期"])
        return year + plan + rng.choice(["", "的"]) + rng.choice(["开局之年", "开局年", "收官年", "最后一年", "第一年", "起步之年"])

    matched = 0
    for _ in range(5_000):
        text = "".join(rng.choice((summary, phase, filler))() for _ in range(rng.randint(1, 4)))
        for pattern, sign in ((dc502._SUMMARY_AND_PLAN, dc502._SUMMARY_AND_PLAN_SIGN), (dc502._PLAN_PHASE_YEAR, dc502._PLAN_PHASE_SIGN)):
            for m in pattern.finditer(text):
                matched += 1
                assert sign.search(text, m.start(), m.end()), text
    assert matched > 500


def test_article_starts_are_those_of_article_start():
    """DC402's article starts are found with every branch led by a literal or a class (``article_starts``): the
    same positions as ``ARTICLE_START.finditer``, also where an article number opens a title line, on random
    strings of the pieces the pattern names."""
    import random

    from draftcheck.text.outline import ARTICLE_START, article_starts

    pieces = ["篇一", "【篇二】", "(篇三)", "第二篇", "第12篇", "\n", "\n2024年开发区工作总结", "\n  一、工作总结", "\n（一）工作报告",
              "工作总结", "。", "，", "述职报告", " ", "\u3000", "篇", "第", "[篇十]", "abc", "1、", "\n篇一 2023年工作总结\n"]
    rng = random.Random(5)
    found = 0
    for _ in range(5_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [m.start() for m in ARTICLE_START.finditer(text)]
        assert article_starts(text) == expected, text
        found += len(expected)
    assert found > 1_000


def test_doubled_clause_led_by_its_mark():
    """DC401's doubled clause pattern is led by the clause mark before the clause (the text is searched behind a
    line break): a clause doubled at the very start of the text or after any mark is still found, at its place."""
    from draftcheck.engine import lint_text
    from draftcheck.rules.dc401_duplicate_passage import DuplicatePassage

    clause = "聚焦企业和群众全生命周期重要阶段"
    for before in ("", "园区工作：", "一年来，", "\n"):
        text = f"{before}{clause}，{clause}，推出一批改革举措。"
        findings = [f for f in lint_text(text, [DuplicatePassage()]).findings if "紧接着重复" in f.message]
        again = len(before) + len(clause) + 1
        assert [(f.span.start, f.span.end) for f in findings] == [(again, again + len(clause))], before
