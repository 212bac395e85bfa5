"""text/figure_spaces.py: the spaces around figures are taken out and every offset maps back to the user's text."""

from __future__ import annotations

from draftcheck.text.figure_spaces import has_figure_spaces, squeeze_figure_spaces


def test_spaces_between_figures_and_han_text_are_taken_out():
    text = "播种面积 86.4 万亩，其中玉米 38.5\u3000万公顷；完成任务的 92，增长 1.6 %。"
    squeezed = squeeze_figure_spaces(text)
    assert squeezed.text == "播种面积86.4万亩，其中玉米38.5万公顷；完成任务的92，增长1.6%。"
    assert has_figure_spaces(text) and not has_figure_spaces(squeezed.text)


def test_every_offset_maps_back_to_the_same_character():
    text = "占地面积 4.2 万元，入驻企业 12 家。"
    squeezed = squeeze_figure_spaces(text)
    for i, char in enumerate(squeezed.text):
        assert text[squeezed.original(i)] == char
    start = squeezed.text.index("4.2")
    end = squeezed.text.index("万元") + 2
    assert text[squeezed.original(start) : squeezed.original(end - 1) + 1] == "4.2 万元"


def test_spaces_elsewhere_stay():
    text = "Annual report 2025 年度 总结\n一、 主要工作"
    squeezed = squeeze_figure_spaces(text)
    assert squeezed.text == "Annual report 2025年度 总结\n一、 主要工作"  # only the space between 2025 and 年 goes
    assert squeeze_figure_spaces("没有数字的文字").text == "没有数字的文字"


def test_a_long_text_of_spaced_figures_is_read_in_one_pass():
    text = "产值 3 亿元，" * 20_000
    squeezed = squeeze_figure_spaces(text)
    assert squeezed.text == "产值3亿元，" * 20_000
    assert squeezed.original(len(squeezed.text) - 1) == len(text) - 1


def test_the_space_led_pattern_finds_what_the_lookbehind_led_one_found():
    """(unitX) The pattern is led by the space so that the regex engine skips to it; the pattern it replaced, led by the
    lookbehind, is kept here to compare with on random text."""
    import random
    import re

    from draftcheck.text import figure_spaces

    plain = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000\u00a0]{1,3}(?=\d)|(?<=\d)[ \u3000\u00a0]{1,3}(?=[\u4e00-\u9fff%％])")
    pieces = ["汉", " ", "\u3000", "\u00a0", "3", "%", "％", "a", "万", "  ", "   ", "    ", "。"]
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 60)))
        assert [m.span() for m in figure_spaces._FIGURE_SPACE.finditer(text)] == [m.span() for m in plain.finditer(text)]
