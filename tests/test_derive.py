"""Derived figures: computed in code with explicit half-up rounding, each with its formula."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from draftcheck.draft.derive import convert, derive, growth_rate, ratio, round_to, total
from draftcheck.draft.facts import parse_facts

FACTS = """\
organisation: 南湖工业园区管委会
period: {year: 2024, kind: 年度}
indicators:
  - {name: 规模以上工业总产值, value: 386.5, unit: 亿元, base: 342.1, target: 420}
  - {name: 税收收入, value: 10.35, unit: 亿元, base: 10.61}
  - {name: 规模以上工业增加值, value: 96.3, unit: 亿元, growth: 8.6, comparable_prices: true}
  - {name: 研发经费投入强度, value: 3.2, unit: "%", base: 2.9}
  - {name: 固定资产投资, value: 152.4, unit: 亿元, target: 160}
totals:
  - name: 固定资产投资
    value: 152.4
    unit: 亿元
    parts:
      - {name: 工业投资, value: 108.7}
      - {name: 基础设施投资, value: 265000, unit: 万元}
projects:
  - {name: A, status: 在建, investment: 35, invested: 12.6}
  - {name: B, status: 在建, investment: 185000, unit: 万元}
  - {name: C, status: 投产, investment: 6.8}
investment: {signed_projects: 23, funds_in_place: 47.3, target: 50}
"""


def figures():
    return derive(parse_facts(FACTS))


def test_growth_difference_and_completion_with_formulas():
    f = figures()
    assert f["indicators[0].growth"].text == "13.0%"
    assert f["indicators[0].growth"].formula == "(386.5 − 342.1) ÷ 342.1 × 100% = 12.9787% ≈ 13.0%"
    assert f["indicators[0].difference"].text == "44.4亿元"
    assert f["indicators[0].difference"].formula == "386.5 − 342.1 = 44.4"
    assert f["indicators[0].completion"].text == "92.0%"
    assert f["indicators[0].completion"].kind == "completion"


def test_declines_keep_their_sign_and_are_worded_as_declines():
    f = figures()
    growth, difference = f["indicators[1].growth"], f["indicators[1].difference"]
    assert growth.value == Decimal("-2.5") and growth.text == "2.5%" and growth.phrase == "下降2.5%"
    assert difference.value == Decimal("-0.26") and difference.phrase == "减少0.26亿元"
    assert f["indicators[0].growth"].phrase == "增长13.0%"


def test_half_up_rounding_not_bankers():
    f = figures()
    # 152.4 / 160 = 95.25% exactly: half-up gives 95.3 (banker's rounding would give 95.2)
    assert f["indicators[4].completion"].text == "95.3%"
    assert round_to(Decimal("2.45"), 1) == Decimal("2.5")
    assert round_to(Decimal("-2.45"), 1) == Decimal("-2.5")


def test_comparable_price_growth_is_given_not_computed():
    f = figures()
    assert f["indicators[2].growth"].kind == "fact"
    assert f["indicators[2].growth"].text == "8.6%"
    assert "indicators[2].difference" not in f


def test_rate_indicators_change_in_percentage_points():
    f = figures()
    assert "indicators[3].growth" not in f
    assert f["indicators[3].difference"].text == "0.3个百分点"
    assert f["indicators[3].difference"].phrase == "提高0.3个百分点"


def test_shares_and_sums_convert_units_first():
    f = figures()
    assert f["totals[0].parts[1].value"].text == "265000万元"
    assert f["totals[0].parts[1].share"].text == "17.4%"  # 26.5 / 152.4
    assert f["totals[0].parts_sum"].text == "135.2亿元"
    assert f["totals[0].parts_sum"].formula == "108.7 + 26.5 = 135.2"


def test_project_counts_and_sums_by_status():
    f = figures()
    assert f["projects.count"].text == "3个"
    assert f["projects.count.在建"].text == "2个"
    assert f["projects.investment_sum"].text == "60.3亿元"  # 35 + 18.5 + 6.8
    assert f["projects.investment_sum.在建"].text == "53.5亿元"
    assert "projects.investment_sum.投产" not in f  # a single project is not a sum
    assert f["investment.completion"].text == "94.6%"


def test_every_derived_figure_has_a_formula_and_facts_have_none():
    for figure in figures().values():
        assert bool(figure.formula) == (figure.kind != "fact"), figure


def test_convert():
    assert convert(Decimal("16.5"), "亿元", "万元") == Decimal("165000")
    assert convert(Decimal("265000"), "万元", "亿元") == Decimal("26.5")


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2),
)
def test_rounded_rates_are_within_half_a_unit_of_the_exact_value(value, base):
    rate, _ = growth_rate(value, base)
    exact = (value - base) / base * 100
    assert abs(rate - exact) <= Decimal("0.05")
    share, _ = ratio(value, base)
    assert abs(share - value / base * 100) <= Decimal("0.05")
    summed, _ = total([value, base])
    assert summed == value + base


# One arithmetic (issue 7): a growth rate the drafter derives is one that DC301 accepts when the same
# figures are written in a sentence, and one that ``facts check`` accepts as given; a rate one unit off in
# its last digit beyond the rounding is refused by both.
_PAIRS = [("386.5", "342.1"), ("10.35", "10.61"), ("1619.10", "1442.87"), ("52.16", "46.32"), ("7.12", "6.38"),
          ("100.05", "100.00"), ("21.53", "18.62")]


def _lint_growth(value: str, base: str, rate: Decimal) -> list:
    from draftcheck.engine import lint_text
    from draftcheck.rules import find_rule

    verb = "增长" if rate >= 0 else "下降"
    text = f"全年完成工业投资{value}亿元，上年同期{base}亿元，同比{verb}{abs(rate)}%。"
    rule = find_rule("DC301")
    return lint_text(text, [rule(rule.Options())]).findings


def _facts_growth(value: str, base: str, rate: Decimal) -> list:
    from draftcheck.draft.fact_checks import check_facts

    text = (
        "organisation: 南湖工业园区管委会\nperiod: {year: 2024, kind: 年度}\nindicators:\n"
        f"  - {{name: 工业投资, value: {value}, unit: 亿元, base: {base}, growth: {rate}}}\n"
    )
    return [p for p in check_facts(parse_facts(text), text) if "growth" in str(p.loc)]


def test_derived_growth_is_accepted_by_the_lint_rule_and_by_facts_check():
    for value, base in _PAIRS:
        rate, _ = growth_rate(Decimal(value), Decimal(base))
        assert _lint_growth(value, base, rate) == [], (value, base, rate)
        assert _facts_growth(value, base, rate) == [], (value, base, rate)
        wrong = rate + Decimal("0.3")
        assert _lint_growth(value, base, wrong), (value, base, wrong)
        assert _facts_growth(value, base, wrong), (value, base, wrong)
