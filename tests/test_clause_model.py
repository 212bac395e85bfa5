"""Typed clauses: each quantity with its role and the indicator it is about."""

from __future__ import annotations

import pytest

from draftcheck.lexicon.indicators import complete_split, indicator_at_end, indicator_families
from draftcheck.lexicon.words import alternation, words
from draftcheck.lexicon import unit_dimensions
from draftcheck.numbers.clause_model import Role
from draftcheck.rules.base import CheckContext


def _typed(text):
    ctx = CheckContext(text)
    return {text[t.quantity.start : t.quantity.end]: t for clause in ctx.clauses for t in clause.quantities}


@pytest.mark.parametrize(
    ("text", "quote", "role", "sign"),
    [
        ("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.50%。", "1442.87万元", Role.BASE, 0),
        ("实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.50%。", "12.50%", Role.RATE, 1),
        ("税收比上年减少0.6亿元。", "0.6亿元", Role.CHANGE, -1),
        ("能耗下降3.2%。", "3.2%", Role.RATE, -1),
        ("全年目标任务95亿元。", "95亿元", Role.TARGET, 0),
        ("新开工5000万元以上项目12个。", "12个", Role.COUNT, 0),
        ("其中出口18.2亿元，占比71.6%。", "18.2亿元", Role.PART, 0),
        ("其中出口18.2亿元，占比71.6%。", "71.6%", Role.SHARE, 0),
        ("办结率98.5%。", "98.5%", Role.RATE, 0),
        ("人均营业收入65.2万元。", "65.2万元", Role.RATE, 0),
        ("外贸进出口为上年的120%。", "120%", Role.RATE, 0),
        ("2023年为45亿元。", "45亿元", Role.BASE, 0),
        ("实现税收3.2亿元。", "3.2亿元", Role.VALUE, 0),
    ],
)
def test_roles(text, quote, role, sign):
    typed = _typed(text)[quote]
    assert typed.role is role
    assert typed.sign == sign


def test_threshold_role_from_the_quantity_kind():
    typed = _typed("新开工5000万元以上项目12个。")
    assert typed["5000万元"].role is Role.THRESHOLD


def test_compound_rates_are_marked():
    assert _typed("年均增长15%。")["15%"].compound
    assert not _typed("同比增长15%。")["15%"].compound


@pytest.mark.parametrize(
    ("text", "quote", "name", "family"),
    [
        ("全年实现地区生产总值128.6亿元。", "128.6亿元", "地区生产总值", "gdp"),
        ("全年受理群众诉求1200件，办结1100件。", "1200件", "群众诉求", "cases"),
        ("全年受理群众诉求1200件，办结1100件。", "1100件", "办结", None),
        ("其中内资企业200家、外资企业100家。", "100家", "外资企业", "firms"),
        ("完成一般公共预算收入8.6亿元，其中税收6.1亿元。", "6.1亿元", "税收", "tax"),
        # no name in its own clause: the nearest lexicon name earlier in the sentence
        ("实际利用外资3.2亿美元，同比增长8%，达到3.2亿美元。", "8%", "实际利用外资", "foreign_investment"),
    ],
)
def test_indicators(text, quote, name, family):
    indicator = _typed(text)[quote].indicator
    assert indicator is not None
    assert indicator.name == name
    assert indicator.key == family
    assert text[indicator.start : indicator.end] == name


def test_every_indicator_family_has_a_known_dimension():
    dimensions = set(unit_dimensions().values())
    for family in indicator_families().values():
        assert family.dimension in dimensions, family.key
        assert family.names


def test_longest_indicator_name_wins():
    assert indicator_at_end("全年实现规模以上工业增加值").name == "规模以上工业增加值"
    assert indicator_at_end("没有指标") is None


@pytest.mark.parametrize(
    ("names", "complete"),
    [
        (["内资企业", "外资企业"], True),
        (["规上企业", "规下企业"], True),
        (["第一产业", "第二产业", "第三产业"], True),
        (["城镇", "农村"], True),
        (["出口", "进口"], True),
        (["内资企业", "港资企业"], False),
        (["第一产业", "第二产业"], False),
        (["内资企业"], False),
        (["工业投资", "基础设施投资"], False),
    ],
)
def test_complete_splits_by_name(names, complete):
    assert (complete_split(names) is not None) is complete


def test_word_lists_load_and_alternations_prefer_longer_words():
    assert "增长" in words("change", "up")
    assert alternation(("change", "up")).startswith("净增加")
    with pytest.raises(KeyError):
        words("change", "sideways")


def test_a_complete_split_needs_one_measure():
    assert complete_split(["城镇消费品零售额", "乡村消费品零售额"]) is not None
    assert complete_split(["城镇新增就业", "农村劳动力转移就业"]) is None
