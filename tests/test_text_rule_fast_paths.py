"""The faster forms of the structure and residue rules' scans (DC401, DC402, DC404, DC504) give what the plain forms
gave: each is compared with the plain form on random strings built from the pieces that matter to it."""

from __future__ import annotations

import random
import re

import pytest

from draftcheck.text.width import fold_width


def _random_texts(pieces: list[str], count: int, seed: int, longest: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, longest))) for _ in range(count)]


def test_gate_words_are_the_words_the_text_holds():
    """DC504 looks its gate words up with one scan: the same words as one ``in`` a word, also where words overlap
    (阅读数: / 次数: / 数 :) or one starts inside another (打印本页 / 打印)."""
    from draftcheck.rules.dc504_web_residue import _GATE_WORDS, _gate_words_in

    pieces = [*_GATE_WORDS, "阅", "读", "数", "次", " ", ":", "时", "间", "日", "期", "版", "权", "a", "g", "e", "文", "本"]
    held = 0
    for text in _random_texts(pieces, 20_000, seed=1, longest=8):
        expected = {word for word in _GATE_WORDS if word in text}
        assert _gate_words_in(text) == expected, text
        held += len(expected)
    assert held > 20_000


def test_site_name_led_by_literals_matches_the_grouped_pattern():
    from draftcheck.rules.dc504_web_residue import _SITE_NAME

    grouped = re.compile(
        r"(?:(?:范文|文秘|写作|公文)(?:网|库|站|大全|之家|吧|宝)(?![\u4e00-\u9fff]{0,2}(?:建设|管理|系统|平台))"
        r"|(?:百度|道客|豆丁|原创|范文)文库)"
    )
    pieces = ["范文", "文秘", "写作", "公文", "网", "库", "站", "大全", "之家", "吧", "宝", "建设", "管理", "系统", "平台",
              "百度", "道客", "豆丁", "原创", "文库", "文", "的", "a"]
    found = 0
    for text in _random_texts(pieces, 20_000, seed=3, longest=7):
        expected = [m.span() for m in grouped.finditer(text)]
        assert [m.span() for m in _SITE_NAME.finditer(text)] == expected, text
        found += len(expected)
    assert found > 2_000


def test_expander_tried_where_its_locator_matches():
    """DC504's preview expander (展开全文 ∨, led by an optional run of dots) is tried only where its locator matches:
    the same matches as a scan of the whole text."""
    from draftcheck.rules.dc504_web_residue import _EXPANDER, _LOCATORS
    from draftcheck.text.windowed_scan import finditer_located

    pieces = ["…", "..", "...", "展开", "阅读", "全文", "查看", "继续", "点击", "剩余", "12", "%", " ", "∨", ">", "\n", "。", "好"]
    found = 0
    for text in _random_texts(pieces, 20_000, seed=2, longest=9):
        expected = [m.span() for m in _EXPANDER.finditer(text)]
        assert [m.span() for m in finditer_located(_EXPANDER, _LOCATORS[_EXPANDER], text)] == expected, text
        found += len(expected)
    assert found > 300


_OUTLINE_PIECES = ["一、", "二、", "（一）", "(2)", "（3）", "1.", "2、", "3)", "①", "一是", "第一，", "第二部分", "第一章", "第三节",
                   "\n", "　", "  ", "\t", "。", "；", "：", "，", "、", "12", "3.5", "加强", "1.5%", "十、", "其一，", "一要",
                   "二要", "项目", "款"]


def test_outline_patterns_tried_only_where_they_can_start():
    """DC402's outline patterns led by an item start, and its （1） pattern, are tried only at the places found for
    them (item starts followed by a number behind spaces; brackets before a digit): the same matches as finditer."""
    from draftcheck.text.outline import _PATTERNS, _finditer

    found = 0
    for text in map(fold_width, _random_texts(_OUTLINE_PIECES, 10_000, seed=4, longest=12)):
        starts: dict[str, list[int]] = {}
        for _, pattern in _PATTERNS:
            expected = [(m.span(), m.span("n")) for m in pattern.finditer(text)]
            assert [(m.span(), m.span("n")) for m in _finditer(pattern, text, starts)] == expected, (pattern.pattern, text)
            found += len(expected)
    assert found > 10_000


def test_outline_heading_gates_hold_wherever_their_patterns_match():
    """A text without a gated pattern's words is not scanned for it (第N部分 / 第N章 / 第N节): every match holds one."""
    from draftcheck.text.outline import _NEEDS

    matched = 0
    for text in map(fold_width, _random_texts(_OUTLINE_PIECES + ["第二", "部分", "章", "节", "第"], 20_000, seed=6)):
        for pattern, words in _NEEDS.items():
            for m in pattern.finditer(text):
                matched += 1
                assert any(word in m.group() for word in words), (pattern.pattern, text)
    assert matched > 500


@pytest.mark.parametrize("seed", [7, 8])
def test_table_rows_read_once_a_line(seed):
    from draftcheck.text.outline import _in_table_row

    pieces = ["一、食品", "\t", "1.4", " ", "2.7", "\n", "加强", "3", "%", "  12  "]
    for text in _random_texts(pieces, 3_000, seed=seed, longest=12):
        rows: dict[int, bool] = {}
        for at in range(len(text)):
            if text[at] != "\n":
                assert _in_table_row(text, at, rows) == _in_table_row(text, at), (text, at)


def test_units_with_an_anagram_nearby_as_grouped_by_length_and_classes():
    """DC401 groups the units by length before it tells them apart by their characters' classes: the units kept are
    those of grouping all units by both at once."""
    from draftcheck.rules.dc401_duplicate_passage import _MAX_NEAR_DISTANCE, _classes, _with_an_anagram_nearby
    from draftcheck.text.sentence_units import Unit

    def plain(units):
        texts = [unit.normalised for unit in units]
        sizes = list(map(len, texts))
        groups: dict = {}
        for k, key in enumerate(zip(sizes, _classes(texts, sizes))):
            groups.setdefault(key, []).append(k)
        kept = []
        for members in groups.values():
            if len(members) > 1 and any(units[b].start - units[a].end <= _MAX_NEAR_DISTANCE for a, b in zip(members, members[1:])):
                kept.extend(members)
        return [units[k] for k in sorted(kept)]

    rng = random.Random(9)
    kept = 0
    for _ in range(2_000):
        units, position = [], 0
        for _ in range(rng.randint(0, 12)):
            normalised = "".join(rng.choice("甲乙丙Ā") for _ in range(rng.randint(3, 4)))
            position += rng.choice([5, 200, 700, 900])
            units.append(Unit(1, position, position + len(normalised), normalised))
            position += len(normalised)
        expected = plain(units)
        assert _with_an_anagram_nearby(units) == expected
        kept += len(expected)
    assert kept > 1_000
