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
