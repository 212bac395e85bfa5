"""The breakdown recogniser (numbers/breakdown.py): where the parts stand and what makes them complete."""

from __future__ import annotations

import pytest

from draftcheck.numbers.breakdown import breakdowns, by_criterion, covers_every_range
from draftcheck.rules.base import CheckContext


def found(text: str):
    ctx = CheckContext(text)
    return [(b.stance, text[b.total.start : b.total.end], [text[p.start : p.end] for p in b.parts], bool(b.complete))
            for b in breakdowns(ctx)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("资金共计90万元（甲40万元、乙30万元、丙20万元）。", [("bracket", "90万元", ["40万元", "30万元", "20万元"], True)]),
        ("资金90万元（甲40万元、乙30万元）。", [("bracket", "90万元", ["40万元", "30万元"], False)]),
        ("资金共计90万元（其中甲40万元、乙30万元）。", [("bracket", "90万元", ["40万元", "30万元"], False)]),
        ("资金共计90万元（甲40万元、乙30万元等）。", [("bracket", "90万元", ["40万元", "30万元"], False)]),
        ("学校共45所（高中、初中、小学分别为3所、9所、30所）。", [("bracket", "45所", ["3所", "9所", "30所"], True)]),
        ("争取资金97万元，中央、省、市三级资金分别为41万元、34万元和22万元。",
         [("named", "97万元", ["41万元", "34万元", "22万元"], True)]),
        ("争取资金97万元，中央、省级资金分别为41万元、34万元。", [("named", "97万元", ["41万元", "34万元"], False)]),
        # the head noun of the names is not in the whole's clause: another thing
        ("新建11家实验室，国家级、省级平台分别达到22家、18家。", []),
        # the whole's bracket holds a note in another dimension, not parts
        ("建成住房1200套（面积8.6万平方米）。", []),
    ],
)
def test_stances_and_completeness(text, expected):
    assert found(text) == expected


def test_scope_and_nested_thresholds():
    assert found("四十五项民生实事中，已完成五十项。") == [("scope", "四十五项", ["五十项"], False)]
    assert found("60岁及以上老人8350人，80岁及以上老人9120人。") == [("threshold", "8350人", ["9120人"], False)]


def test_criterion_and_ranges():
    assert by_criterion("按工种分") == "按工种分"
    assert by_criterion("分行业看") == ""
    assert covers_every_range(["0—14岁人口", "15—59岁人口", "60岁及以上人口"]) == "岁"
    assert covers_every_range(["14岁以下", "15至64岁", "65岁以上"]) == "岁"
    assert covers_every_range(["0—14岁", "20—59岁", "60岁及以上"]) == ""  # a gap
    assert covers_every_range(["15—59岁", "60岁及以上"]) == ""  # not from the bottom
    assert covers_every_range(["0—14岁", "15—59岁"]) == ""  # no open top
