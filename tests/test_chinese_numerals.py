"""The Chinese-numeral parser against cn2an, the library it replaced (cn2an is a test dependency only)."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from draftcheck.numbers.chinese_numerals import chinese_to_decimal, integer_value, split_magnitude

cn2an = pytest.importorskip("cn2an")


def test_every_integer_up_to_a_hundred_thousand_reads_as_cn2an_writes_it():
    wrong = [n for n in range(100_001) if integer_value(cn2an.an2cn(n)) != n]
    assert wrong == []


def test_large_integers_up_to_ten_to_the_thirteen():
    rng = random.Random(7)
    numbers = [rng.randrange(10**5, 10**13) for _ in range(5000)]
    wrong = [n for n in numbers if integer_value(cn2an.an2cn(n)) != n]
    assert wrong == []


@pytest.mark.parametrize(
    "numeral",
    ["一万二", "两千五", "三百六", "二零二四", "一二三", "一十二", "一百零", "三千零", "一万二千三", "二十四点零", "四十五点",
     "一百二十三点四五", "零点五", "一千零五", "三亿五千万", "一亿零五百万"],
)
def test_colloquial_and_decimal_forms_agree_with_cn2an(numeral):
    expected = Decimal(str(cn2an.cn2an(numeral.replace("两", "二"), "normal")))
    assert chinese_to_decimal(numeral) == expected


def test_decimals_keep_their_written_precision():
    assert str(chinese_to_decimal("一点五零")) == "1.50"
    assert str(chinese_to_decimal("二十四点零")) == "24.0"


@pytest.mark.parametrize("numeral", ["", "点五", "万", "亿", "千", "百", "一万二三", "十百", "一万万", "一亿二亿", "二十十", "五加三"])
def test_malformed_numerals_have_no_value(numeral):
    assert chinese_to_decimal(numeral) is None


def test_stacked_and_split_magnitudes():
    assert integer_value("三万亿") == 3 * 10**12
    assert split_magnitude("一百二十三点四五亿") == ("一百二十三点四五", Decimal(10) ** 8)
    assert split_magnitude("一万二") == ("一万二", Decimal(1))
