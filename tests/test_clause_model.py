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


@pytest.mark.parametrize(
    ("text", "quote", "role"),
    [
        # a part of the base period after its word
        ("营业收入3.86亿元，较上年一季度的3.12亿元增长23.7%。", "3.12亿元", Role.BASE),
        ("财政收入2.64亿元，比去年同期（2.21亿元）增长19.5%。", "2.21亿元", Role.BASE),
        # a clause opening with the base period that names its measure
        ("全年引进人才365人；上年全年引进人才为268人。", "268人", Role.BASE),
        ("上年完成工业投资6.2亿元，今年完成工业投资7.8亿元。", "6.2亿元", Role.BASE),
        ("全年新增市场主体2865户，上年新增2510户。", "2510户", Role.BASE),
        # ... but not a change or a span since then
        ("上年以来累计完成投资12亿元。", "12亿元", Role.VALUE),
        ("上年新增12家，今年新增15家。", "15家", Role.CHANGE),
        # an aside in brackets opening with the base period, like a clause of its own
        ("存款余额486.25亿元，比年初增加52.38亿元（年初余额为443.87亿元）。", "443.87亿元", Role.BASE),
        ("完成投资15.1亿元，比上年多完成2.5亿元（上年同期完成投资12.6亿元）。", "12.6亿元", Role.BASE),
        # ... but not an aside stating the base's own change, nor an aside closed before the figure
        ("投资增长12.5%（上年同期增长8.2%）。", "8.2%", Role.RATE),
        ("全年新增企业（上年同期为负）36家。", "36家", Role.COUNT),
        # ... nor a target set at the start of the year, nor the base period's own rate
        ("完成投资12亿元，完成率为109%（年初计划为11亿元）。", "11亿元", Role.TARGET),
        ("办结率98.5%（上年同期办结率为92.5%）。", "92.5%", Role.RATE),
        ("人均可支配收入4.2万元（同期全县常住人口38.2万人）。", "38.2万人", Role.VALUE),
        # the base's own rate, and a ratio to the base
        ("达标率62.5%，上年为58.1%。", "58.1%", Role.BASE),
        ("药费占比36.8%，比上年（36.9%）下降0.1个百分点。", "36.9%", Role.BASE),
        ("进口设备占47.1%，比1985年的18.2%上升28.9个百分点。", "18.2%", Role.BASE),
        ("外贸进出口为上年的120%。", "120%", Role.RATE),
        # a year in Chinese numerals
        ("工业总产值比一九五二年的二百七十亿元增长百分之一百四十。", "二百七十亿元", Role.BASE),
    ],
)
def test_base_roles(text, quote, role):
    assert _typed(text)[quote].role is role


@pytest.mark.parametrize(
    ("text", "quote", "year"),
    [
        ("2020年全区产值为286亿元，到2024年达到452亿元。", "286亿元", 2020),
        ("2020年全区产值为286亿元，到2024年达到452亿元。", "452亿元", 2024),
        ("产值从5.12亿元（2021年）提升至6.84亿元（2024年）。", "6.84亿元", 2024),
        ("税收比2020年的3.2亿元增长75%。", "3.2亿元", 2020),
        ("2024年完成投资12亿元，税收3亿元。", "3亿元", None),  # another value stands between
        ("全年实现税收3.2亿元。", "3.2亿元", None),
    ],
)
def test_the_year_that_dates_a_value(text, quote, year):
    assert _typed(text)[quote].year == year


def test_the_generic_name_after_a_year_leaves_the_year_out():
    assert _typed("2020年全区招商引资到位资金12亿元。")["12亿元"].indicator.name == "全区招商引资到位资金"


def test_a_figure_with_thousands_separators_is_typed_whole():
    typed = _typed("全年新登记市场主体4,318户，上年新登记3,892户。")
    assert typed["4,318户"].role is Role.COUNT
    assert typed["3,892户"].role is Role.BASE


def test_typed_quantities_of_a_span_across_sentences():
    text = "全年引进人才365人，同比增长27.6%；上年全年引进人才为268人。下一句10亿元。"
    ctx = CheckContext(text)
    span_end = text.index("下一句")
    quotes = [text[t.quantity.start : t.quantity.end] for t in ctx.clause_model.between(0, span_end)]
    assert quotes == ["365人", "27.6%", "268人"]


def test_indicators_are_found_on_first_use_only():
    ctx = CheckContext("全年实现地区生产总值128.6亿元。")
    typed = ctx.clauses[0].quantities[0]
    assert "indicator" not in typed.__dict__
    assert typed.indicator.key == "gdp"
    assert typed.indicator is typed.indicator


def test_a_bare_opener_clause_makes_the_next_clause_a_part():
    typed = _typed("货物进出口总额41.8万亿元，增长0.2%。其中，出口23.8万亿元，增长0.6%；进口18.0万亿元。")
    assert typed["23.8万亿元"].role is Role.PART
    assert typed["41.8万亿元"].role is Role.VALUE


def test_a_count_of_things_is_counted_whatever_its_role():
    from draftcheck.numbers.clause_model import Role

    text = "全年规上企业新增3家，其中工业企业2家。园区现有企业12家，年产值超过5家以上企业的水平。"
    ctx = CheckContext(text)
    model = ctx.clause_model
    counted = {text[q.start : q.end]: model.typed(q) for q in model.counts()}
    assert counted["3家"].role is Role.CHANGE and counted["3家"].counted  # 新增3家: a change that counts firms
    assert counted["2家"].role is Role.PART and counted["2家"].counted
    assert counted["12家"].role is Role.COUNT
    assert not any(key.startswith("5家") for key in counted)  # a class boundary counts nothing


@pytest.mark.parametrize(
    ("text", "quote", "transition"),
    [
        ("道路总里程从4771公里增加到5200公里。", "4771公里", "from"),
        ("道路总里程从4771公里增加到5200公里。", "5200公里", "to"),
        ("税收由2020年的3.2亿元提高到5.6亿元。", "3.2亿元", "from"),
        # words that open with 从/由 and open no transition: a verb, a cause, a consequence
        ("从事批发零售的4.12万户个体工商户增加到5.3万户。", "4.12万户", ""),
        ("由于原材料涨价的6.2亿元成本上升至7.1亿元。", "6.2亿元", ""),
        ("由此带动的投资5.6亿元增加到6.1亿元。", "5.6亿元", ""),
    ],
)
def test_the_first_figure_of_a_transition(text, quote, transition):
    assert _typed(text)[quote].transition == transition
