"""Figures derived from the facts in code, never by the model: growth, differences, completion
rates, shares, counts and sums, each with the formula that produced it and explicit rounding.

``derive(facts)`` returns every figure a draft may state, keyed by a path into the facts
(``indicators[0].growth``, ``projects.count.在建``): the facts themselves (kind ``fact``) and the
derived values. The prompts hand them to the model to copy; the grounding rules accept exactly
these numbers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import ROUND_HALF_UP, Decimal

from draftcheck.draft.facts import PROJECT_STATUSES, Facts, parse_unit
from draftcheck.numbers.rate_arithmetic import growth_percent, ratio_percent

RATE_DECIMALS = 1  # growth, completion and share are stated to one decimal place (13.0%)


@dataclass(frozen=True)
class Figure:
    key: str  # path into the facts: indicators[0].growth
    label: str  # Chinese description: 规模以上工业总产值同比增速
    value: Decimal  # signed, rounded exactly as it is to be written
    unit: str  # as written after the number: 亿元, %, 个百分点, 个
    kind: str  # fact | growth | difference | completion | share | count | sum
    formula: str = ""  # how a derived value was computed; empty for facts

    @property
    def text(self) -> str:
        """The figure as the draft writes it, without sign: 13.0%, 44.4亿元."""
        return f"{format_decimal(abs(self.value))}{self.unit}"

    def as_dict(self) -> dict:
        data = asdict(self)
        data["value"] = format_decimal(self.value)
        data["text"] = self.text
        data["phrase"] = self.phrase
        return data

    @property
    def phrase(self) -> str:
        """How the draft words it: 增长13.0% / 下降2.5% / 增加44.4亿元 / 减少0.26亿元; facts as written."""
        if self.kind == "growth" or (self.kind == "fact" and self.unit == "%" and self.key.endswith(".growth")):
            return ("下降" if self.value < 0 else "增长") + self.text
        if self.kind == "difference":
            if self.unit == "个百分点":
                return ("下降" if self.value < 0 else "提高") + self.text
            return ("减少" if self.value < 0 else "增加") + self.text
        return self.text


def format_decimal(value: Decimal) -> str:
    """Plain notation, never exponent: Decimal('1E+1') -> '10'."""
    text = format(value, "f")
    return "0" if text in ("-0", "-0.0") else text


def decimals_of(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def round_to(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _n(value: Decimal) -> str:
    return format_decimal(value)


def growth_rate(value: Decimal, base: Decimal) -> tuple[Decimal, str]:
    exact = growth_percent(base, value)  # the lint path's arithmetic (DC301)
    rounded = round_to(exact, RATE_DECIMALS)
    return rounded, f"({_n(value)} − {_n(base)}) ÷ {_n(base)} × 100% = {_n(round_to(exact, 4))}% ≈ {_n(rounded)}%"


def ratio(part: Decimal, whole: Decimal) -> tuple[Decimal, str]:
    exact = ratio_percent(part, whole)  # the lint path's arithmetic (DC303)
    rounded = round_to(exact, RATE_DECIMALS)
    return rounded, f"{_n(part)} ÷ {_n(whole)} × 100% = {_n(round_to(exact, 4))}% ≈ {_n(rounded)}%"


def difference(value: Decimal, base: Decimal) -> tuple[Decimal, str]:
    places = max(decimals_of(value), decimals_of(base))
    result = round_to(value - base, places)
    return result, f"{_n(value)} − {_n(base)} = {_n(result)}"


def total(values: Iterable[Decimal]) -> tuple[Decimal, str]:
    values = list(values)
    places = max((decimals_of(v) for v in values), default=0)
    result = round_to(sum(values, Decimal(0)), places)
    return result, f"{' + '.join(_n(v) for v in values)} = {_n(result)}"


def convert(value: Decimal, unit: str, to_unit: str) -> Decimal:
    """16.5 亿元 -> 165000 万元 (same base unit required)."""
    src, dst = parse_unit(unit), parse_unit(to_unit)
    if src.unit != dst.unit:
        raise ValueError(f"单位 {unit} 与 {to_unit} 不能换算")
    return (value * src.magnitude / dst.magnitude).normalize() if src.magnitude != dst.magnitude else value


class FigureSet(dict):
    """key -> Figure, in insertion order."""

    def add(self, key: str, label: str, value: Decimal | int | None, unit: str, kind: str = "fact", formula: str = "") -> None:
        if value is None:
            return
        self[key] = Figure(key, label, Decimal(value), unit, kind, formula)


def derive(facts: Facts) -> FigureSet:
    figures = FigureSet()
    _indicators(facts, figures)
    _totals(facts, figures)
    _projects(facts, figures)
    _investment(facts, figures)
    for i, plan in enumerate(facts.plans):
        if plan.target is not None:
            figures.add(f"plans[{i}].target", f"{plan.target_name}目标", plan.target, plan.unit or "")
    return figures


def _indicators(facts: Facts, figures: FigureSet) -> None:
    for i, ind in enumerate(facts.indicators):
        key = f"indicators[{i}]"
        figures.add(f"{key}.value", ind.name, ind.value, ind.unit)
        figures.add(f"{key}.base", f"{ind.name}上年同期", ind.base, ind.unit)
        figures.add(f"{key}.target", f"{ind.name}年度目标", ind.target, ind.unit)
        if ind.base is not None:
            value, formula = difference(ind.value, ind.base)
            unit = "个百分点" if ind.unit == "%" else ind.unit  # the change of a rate is in percentage points
            figures.add(f"{key}.difference", f"{ind.name}比上年同期增减", value, unit, "difference", formula)
        if ind.growth is not None:
            figures.add(f"{key}.growth", f"{ind.name}增速（给定）", ind.growth, "%")
        elif ind.base is not None and ind.base != 0 and ind.unit != "%":
            value, formula = growth_rate(ind.value, ind.base)
            figures.add(f"{key}.growth", f"{ind.name}同比增速", value, "%", "growth", formula)
        if ind.target is not None and ind.target != 0:
            value, formula = ratio(ind.value, ind.target)
            figures.add(f"{key}.completion", f"{ind.name}完成年度目标的比例", value, "%", "completion", formula)


def _totals(facts: Facts, figures: FigureSet) -> None:
    for i, tot in enumerate(facts.totals):
        key = f"totals[{i}]"
        figures.add(f"{key}.value", tot.name, tot.value, tot.unit)
        in_total_unit = []
        for j, part in enumerate(tot.parts):
            unit = part.unit or tot.unit
            figures.add(f"{key}.parts[{j}].value", part.name, part.value, unit)
            converted = convert(part.value, unit, tot.unit)
            in_total_unit.append(converted)
            if tot.value != 0:
                value, formula = ratio(converted, tot.value)
                figures.add(f"{key}.parts[{j}].share", f"{part.name}占{tot.name}的比重", value, "%", "share", formula)
        if len(tot.parts) > 1:
            value, formula = total(in_total_unit)
            figures.add(f"{key}.parts_sum", f"{tot.name}所列分项合计", value, tot.unit, "sum", formula)


def _projects(facts: Facts, figures: FigureSet) -> None:
    projects = facts.projects
    if not projects:
        return
    unit = projects[0].unit
    for i, project in enumerate(projects):
        figures.add(f"projects[{i}].investment", f"{project.name}总投资", project.investment, project.unit)
        figures.add(f"projects[{i}].invested", f"{project.name}本期完成投资", project.invested, project.unit)
    figures.add("projects.count", "重点项目个数", len(projects), "个", "count", f"列出的项目 {len(projects)} 个")
    _investment_sum(figures, "projects.investment_sum", "重点项目总投资合计", projects, unit)
    invested = [p for p in projects if p.invested is not None]
    if invested:
        value, formula = total(convert(p.invested, p.unit, unit) for p in invested)
        figures.add("projects.invested_sum", "重点项目本期完成投资合计", value, unit, "sum", formula)
    for status in PROJECT_STATUSES:
        group = [p for p in projects if p.status == status]
        if group:
            figures.add(f"projects.count.{status}", f"{status}项目个数", len(group), "个", "count", f"状态为{status}的项目 {len(group)} 个")
            _investment_sum(figures, f"projects.investment_sum.{status}", f"{status}项目总投资合计", group, unit)


def _investment_sum(figures: FigureSet, key: str, label: str, projects, unit: str) -> None:
    amounts = [convert(p.investment, p.unit, unit) for p in projects if p.investment is not None]
    if len(amounts) > 1:
        value, formula = total(amounts)
        figures.add(key, label, value, unit, "sum", formula)


def _investment(facts: Facts, figures: FigureSet) -> None:
    inv = facts.investment
    if inv is None:
        return
    figures.add("investment.signed_projects", "新签约项目个数", inv.signed_projects, "个")
    figures.add("investment.signed_amount", "签约总金额", inv.signed_amount, inv.unit)
    figures.add("investment.major_projects", "其中亿元以上项目个数", inv.major_projects, "个")
    figures.add("investment.funds_in_place", "到位资金", inv.funds_in_place, inv.unit)
    figures.add("investment.target", "到位资金年度目标", inv.target, inv.unit)
    if inv.funds_in_place is not None and inv.target:
        value, formula = ratio(inv.funds_in_place, inv.target)
        figures.add("investment.completion", "到位资金完成年度目标的比例", value, "%", "completion", formula)
