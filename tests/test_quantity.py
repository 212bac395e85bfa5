"""The quantity parser: values, units, magnitudes, kinds, ranges, Chinese numerals, bad input."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draftcheck.numbers.chinese_numerals import chinese_to_decimal, split_magnitude
from draftcheck.numbers.quantity import Kind, Quantity, extract_quantities


def only(text: str) -> Quantity:
    found = extract_quantities(text)
    assert len(found) == 1, [text[q.start : q.end] for q in found]
    return found[0]


def quotes(text: str, kind: str | None = None) -> list[str]:
    return [text[q.start : q.end] for q in extract_quantities(text) if kind is None or q.kind == kind]


@pytest.mark.parametrize(
    ("text", "value", "decimals", "magnitude", "unit"),
    [
        ("完成投资68787万元", "68787", 0, 10**4, "元"),
        ("总投资2.25亿元", "2.25", 2, 10**8, "元"),
        ("出口额3.6万美元", "3.6", 1, 10**4, "美元"),
        ("新增债务11.86万亿元", "11.86", 2, 10**12, "元"),
        ("合计1,234.5万元", "1234.5", 1, 10**4, "元"),
        ("完成投资2850 万元", "2850", 0, 10**4, "元"),
        ("供地144.5亩", "144.5", 1, 1, "亩"),
        ("新建厂房3.2万平方米", "3.2", 1, 10**4, "平方米"),
        ("产量100万吨", "100", 0, 10**4, "吨"),
        ("接待游客12.6万人次", "12.6", 1, 10**4, "人次"),
        ("参保人数增加7359万", "7359", 0, 10**4, ""),
        ("投资3千万元", "3", 0, 10**7, "元"),
        ("投资强度300万元/亩", "300", 0, 10**4, "元/亩"),
        ("占地5000㎡", "5000", 0, 1, "㎡"),
    ],
)
def test_arabic_amounts(text, value, decimals, magnitude, unit):
    q = only(text)
    assert (q.value, q.decimals, q.magnitude, q.unit, q.kind) == (Decimal(value), decimals, magnitude, unit, Kind.AMOUNT)
    assert text[q.start : q.end].endswith(unit or text[-1])


def test_scaled_value_converts_magnitudes():
    assert only("2.25亿元").scaled == only("22500万元").scaled == Decimal(225000000)


def test_half_unit_is_the_rounding_of_the_last_digit():
    assert only("2.71亿元").half_unit == Decimal("0.005") * 10**8


def test_percent_and_percentage_points_are_different():
    assert only("增长12.3%").kind == Kind.PERCENT
    full_width = only("同比增长１２．５％")
    assert (full_width.value, full_width.decimals, full_width.unit) == (Decimal("12.5"), 1, "%")
    points = only("提高2.3个百分点")
    assert (points.kind, points.unit, points.is_percent) == (Kind.POINTS, "个百分点", False)


@pytest.mark.parametrize(
    ("text", "value", "magnitude", "unit", "kind"),
    [
        ("引进项目十二个", "12", 1, "个", Kind.AMOUNT),
        ("流转土地两千亩", "2000", 1, "亩", Kind.AMOUNT),
        ("实现产值一百二十三点四五亿元", "123.45", 10**8, "元", Kind.AMOUNT),
        ("新建六条道路", "6", 1, "条", Kind.AMOUNT),
        ("投资三千万元", "3000", 10**4, "元", Kind.AMOUNT),
        ("提高百分之十二点三", "12.3", 1, "%", Kind.PERCENT),
        ("产值翻一番", "1", 1, "番", Kind.MULTIPLE),
        ("翻两番", "2", 1, "番", Kind.MULTIPLE),
        ("增长一倍", "1", 1, "倍", Kind.MULTIPLE),
        ("增长1倍", "1", 1, "倍", Kind.MULTIPLE),
    ],
)
def test_chinese_numerals_and_multiples(text, value, magnitude, unit, kind):
    q = only(text)
    assert (q.value, q.magnitude, q.unit, q.kind) == (Decimal(value), magnitude, unit, kind)


def test_chinese_decimals_keep_their_precision():
    q = only("一百二十三点四五亿元")
    assert q.decimals == 2 and q.script == "chinese"


def test_fraction():
    q = only("占三分之一")
    assert q.kind == Kind.FRACTION and abs(q.value - Decimal(1) / 3) < Decimal("1e-9")


def test_chinese_words_that_are_not_numbers_are_ignored():
    assert quotes("坚持一带一路，统筹推进四化同步，一是稳投资，千家万户受益") == []


def test_chinese_numerals_are_read_span_by_span():
    assert chinese_to_decimal("一万二") == Decimal(12000)
    assert split_magnitude("一百二十三点四五亿") == ("一百二十三点四五", Decimal(10**8))
    assert chinese_to_decimal("点点") is None
    assert chinese_to_decimal("一" * 40) is None


@pytest.mark.parametrize(
    ("text", "qualifier", "bound"),
    [
        ("约300亿元", "约", "about"),
        ("300亿元左右", "左右", "about"),
        ("近3000人", "近", "upper"),
        ("2000余万元", "余", "lower"),
        ("20多家", "多", "lower"),
        ("增长10%以上，", "以上", "lower"),
        ("超过120万人次。", "超过", "lower"),
        ("不足50人。", "不足", "upper"),
    ],
)
def test_approximations(text, qualifier, bound):
    q = only(text)
    assert q.approximate and q.qualifier == qualifier and q.bound == bound


def test_exact_number_has_no_qualifier():
    q = only("完成68787万元")
    assert not q.approximate and q.qualifier == "" and q.bound == ""


@pytest.mark.parametrize(
    ("text", "low", "high", "magnitude", "unit"),
    [
        ("投资2160到2496万元", "2160", "2496", 10**4, "元"),
        ("总投资2-5亿元", "2", "5", 10**8, "元"),
        ("增长30%—40%", "30", "40", 1, "%"),
        ("投资2亿元至5亿元", "2", "5", 10**8, "元"),
        ("需要3～5年", "3", "5", 1, "年"),
    ],
)
def test_a_range_is_one_quantity(text, low, high, magnitude, unit):
    q = only(text)
    assert (q.value, q.high, q.magnitude, q.unit, q.is_range) == (Decimal(low), Decimal(high), magnitude, unit, True)


def test_a_change_is_not_a_range():
    assert quotes("企业数量从120到150家") == ["120", "150家"]
    assert quotes("由88个增加到317个") == ["88个", "317个"]


@pytest.mark.parametrize(
    ("text", "quote", "kind"),
    [
        ("2024年园区", "2024年", Kind.YEAR),
        ("二〇二四年", "二〇二四年", Kind.YEAR),
        ("2021-2025年规划", "2021-2025年", Kind.YEAR),
        ("3月15日开工", "3月", Kind.DATE),
        ("3月15日开工", "15日", Kind.DATE),
        ("1-6月累计", "1-6月", Kind.DATE),
        ("从四十年代起", "四十年", Kind.DATE),
        ("排名第3名", "3名", Kind.ORDINAL),
        ("第三批", "三批", Kind.ORDINAL),
        ("1、工业产值", "1", Kind.LIST_MARKER),
        ("（2）招商引资", "2", Kind.LIST_MARKER),
        ("\n3.项目建设", "3", Kind.LIST_MARKER),
        ("国发〔2024〕5号文件", "2024", Kind.YEAR),
        ("国发〔2024〕5号文件", "5号", Kind.DOC_NUMBER),
        ("普发【2023】18号", "18号", Kind.DOC_NUMBER),
        ("5号楼", "5号", Kind.LABEL),
        ("一期工程", "一期", Kind.LABEL),
        ("建成5G基站", "5", Kind.MODEL),
        ("G20峰会", "20", Kind.MODEL),
        ("PM2.5浓度", "2.5", Kind.MODEL),
        ("14nm工艺", "14", Kind.MODEL),
        ("4A级景区", "4", Kind.MODEL),
        ("5000万元以上项目", "5000万元", Kind.THRESHOLD),
        ("超1000万元的项目", "1000万元", Kind.THRESHOLD),
        ("死亡率为14.3/10万", "10万", Kind.LABEL),
    ],
)
def test_numbers_that_are_not_amounts_get_their_kind(text, quote, kind):
    matching = [q for q in extract_quantities(text) if text[q.start : q.end] == quote]
    assert matching, quotes(text)
    assert matching[0].kind == kind
    assert not matching[0].is_value


def test_voltage_is_a_value_not_a_magnitude():
    q = only("建成110千伏变电站")
    assert (q.value, q.magnitude, q.unit, q.kind) == (Decimal(110), 1, "千伏", Kind.AMOUNT)


def test_counts_are_exact_and_amounts_are_not():
    assert only("企业12家").is_exact_count
    assert not only("投资12万元").is_exact_count
    assert not only("就业12.5万人").is_exact_count


def test_chinese_comma_is_not_a_thousands_separator():
    assert quotes("分别为12，345家") == ["12", "345家"]


def test_thousands_grouped_by_spaces_before_a_unit():
    # typeset reports group thousands by (thin) spaces: read whole before a unit, a magnitude or a decimal point
    assert [(q.value, q.unit) for q in extract_quantities("收入 45 830元，增加2\u2009180元，合计1 286.5万元")] == [
        (Decimal("45830"), "元"), (Decimal("2180"), "元"), (Decimal("1286.5"), "元")]
    # ... never two numbers side by side, nor a label's number before a figure
    assert quotes("2024年 3 个项目") == ["2024年", "3 个"]
    assert [q.value for q in extract_quantities("见表1 200家企业")][-1] == Decimal("200")
    assert [q.value for q in extract_quantities("编号12 345") if q.is_value] == [Decimal("12"), Decimal("345")]


def test_negative_number():
    q = only("增长-3.2%")
    assert q.value == Decimal("-3.2")
    assert only("同比-8.6%").value == Decimal("-8.6")  # a rate written with its sign after 同比


@pytest.mark.parametrize("text", ["1..5", "3.4.5", "版本3.4.5.6", "2024-03-15", "10:30开会"])
def test_malformed_or_non_quantities_are_skipped(text):
    assert [q for q in extract_quantities(text) if q.is_value] == []


def test_spans_point_into_the_original_text_with_full_width_digits():
    text = "完成投资１２３４万元，增长５．６％"
    assert quotes(text) == ["１２３４万元", "５．６％"]


def test_the_unit_parser_used_by_the_facts_file():
    for unit, magnitude, base in (("亿元", 10**8, "元"), ("万美元", 10**4, "美元"), ("%", 1, "%"), ("个", 1, "个")):
        q = only(f"1{unit}")
        assert (q.start, q.end, q.magnitude, q.unit) == (0, 1 + len(unit), magnitude, base)


# --- adversarial input: no crash, no hang ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "9" * 400,
        "1" * 400 + "万元",
        "1." * 300,
        "1,2,3,4,5," * 100 + "万元",
        "１２．５" * 500,
        "一" * 500 + "个",
        "十百千万亿" * 200 + "元",
        "百分之" * 300,
        "2-" * 500 + "5亿元",
        "\t".join(["2023年", "1.2", "3.4%", "56", "万元", "合计", "78.9"] * 300),  # half a table pasted as text
    ],
)
def test_adversarial_strings_do_not_crash(text):
    # speed on such input: bench/adversarial.py (time per character against an ordinary report)
    assert isinstance(extract_quantities(text), list)


def test_absurd_size_is_not_a_value():
    assert [q for q in extract_quantities("9" * 400 + "万元") if q.is_value] == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_random_unicode_never_crashes_and_spans_are_sane(text):
    previous_start = -1
    for q in extract_quantities(text):
        assert 0 <= q.start <= q.number_start < q.number_end <= q.end <= len(text) or q.kind == Kind.MULTIPLE
        assert q.start >= previous_start
        previous_start = q.start
        assert q.decimals >= 0 and q.magnitude >= 1


_NUMBERISH = st.text(alphabet="0123456789.,，-—~%％万亿千元个家约近余多以上左右到至一二三十百两点分之年月日第、（）() \n", max_size=80)


@settings(max_examples=300, deadline=None)
@given(_NUMBERISH)
def test_number_like_noise_never_crashes(text):
    for q in extract_quantities(text):
        assert q.value.is_finite()
        if q.high is not None:
            assert q.high >= q.value


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False),
       st.sampled_from(["万元", "亿元", "个", "%", "亩", "人次"]))
def test_a_written_decimal_round_trips(value, unit):
    text = f"完成{value}{unit}，"
    q = only(text)
    assert q.value == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # dates and times are masked, only where no digit stands right before them
        ("于2024-03-15召开，9:30开始，12:30:00结束", []),
        ("1899/1/2与2099.3.4", []),
        ("编号12024-03-15和123:45", [("12024", None), ("03-15", "15"), ("123", None), ("45", None)]),
        # a number starts where no digit, point or comma stands before it
        ("1,234.5万元和12,34元", [("1,234.5万元", None), ("12", None)]),
        ("增长.5%和3.2.1版", []),
        # ranges: the sign and its spaces stand between the two numbers
        ("2160到2496万元，30%—40%，2 - 5亿元", [("2160到2496万元", "2496"), ("30%—40%", "40"), ("2 - 5亿元", "5")]),
        ("从120到150", [("120", None), ("150", None)]),
    ],
)
def test_where_numbers_start_and_which_are_dates_or_ranges(text, expected):
    found = [(text[q.start : q.end], None if q.high is None else str(q.high)) for q in extract_quantities(text)]
    assert found == expected
