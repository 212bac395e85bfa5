"""Numeric checks over the facts themselves (``draftcheck facts check``), before anything is drafted.

A draft can only be as right as its facts: parts that exceed their total, a stated growth rate
that disagrees with the value and base beside it, more 亿元以上 projects than projects signed, a
project that spent more than it costs. Free-text fields (work items, problems, plans, progress)
are linted with the report rules as well. Each problem names the field and its line.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from draftcheck.draft.derive import convert, decimals_of, format_decimal, round_to
from draftcheck.draft.facts import Facts, compose_yaml, date_parts, field_path, line_of
from draftcheck.engine import lint_text
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.rate_arithmetic import growth, growth_percent, stated_derived_rate


@dataclass(frozen=True)
class FactProblem:
    loc: tuple
    line: int
    severity: str  # error | warning
    message: str
    code: str = ""  # the report rule when a free-text field was linted

    def render(self, name: str) -> str:
        code = f" {self.code}" if self.code else ""
        return f"{name}:{self.line}: {field_path(self.loc)}:{code} {self.message}"


def written(value: Decimal) -> Interval:
    return Interval.written(value, decimals_of(value))


def check_facts(facts: Facts, text: str) -> list[FactProblem]:
    root = compose_yaml(text)
    problems: list[tuple[tuple, str, str, str]] = []

    def report(loc: tuple, message: str, severity: str = "error", code: str = "") -> None:
        problems.append((loc, severity, message, code))

    for i, total in enumerate(facts.totals):
        in_unit = [(j, part, convert(part.value, part.unit or total.unit, total.unit)) for j, part in enumerate(total.parts)]
        for j, part, value in in_unit:
            if written(value).low > written(total.value).high:
                report(("totals", i, "parts", j, "value"), f"分项“{part.name}” {format_decimal(value)}{total.unit} 大于合计“{total.name}” {format_decimal(total.value)}{total.unit}")
        parts_sum = sum((value for _, _, value in in_unit), Decimal(0))
        interval = interval_sum(written(value) for _, _, value in in_unit)
        addends = " + ".join(format_decimal(v) for _, _, v in in_unit)
        if len(in_unit) > 1 and interval.low > written(total.value).high:
            report(("totals", i, "parts"), f"各分项之和 {format_decimal(parts_sum)}{total.unit}（{addends}）大于合计 {format_decimal(total.value)}{total.unit}")
        elif total.complete and not interval.overlaps(written(total.value)):
            report(("totals", i, "parts"), f"complete 为 true，但各分项之和 {format_decimal(parts_sum)}{total.unit}（{addends}）与合计 {format_decimal(total.value)}{total.unit} 不符，相差 {format_decimal(total.value - parts_sum)}{total.unit}")

    for i, ind in enumerate(facts.indicators):
        if ind.growth is not None and ind.base is not None and ind.base != 0 and not ind.comparable_prices and ind.unit != "%":
            # the lint path's arithmetic (DC301): current / base − 1 against the rate as a derived figure
            computed = growth(written(ind.base), written(ind.value))
            if not computed.overlaps(stated_derived_rate(ind.growth, decimals_of(ind.growth))):
                exact = round_to(growth_percent(ind.base, ind.value), max(1, decimals_of(ind.growth)))
                report(("indicators", i, "growth"), f"给定增速 {format_decimal(ind.growth)}% 与本期值、基数不符：按 ({format_decimal(ind.value)} − {format_decimal(ind.base)}) ÷ {format_decimal(ind.base)} 计算应为 {format_decimal(exact)}%；如为可比价增速，请加 comparable_prices: true")
        if ind.comparable_prices and ind.growth is None:
            report(("indicators", i, "growth"), "comparable_prices 为 true 时须填写按可比价格计算的 growth")

    inv = facts.investment
    if inv is not None and inv.major_projects is not None and inv.signed_projects is not None and inv.major_projects > inv.signed_projects:
        report(("investment", "major_projects"), f"亿元以上项目 {inv.major_projects} 个多于新签约项目 {inv.signed_projects} 个")

    seen: dict[str, int] = {}
    for i, project in enumerate(facts.projects):
        if project.name in seen:
            report(("projects", i, "name"), f"项目“{project.name}”与 projects[{seen[project.name]}] 重名，可能重复统计", "warning")
        seen.setdefault(project.name, i)
        if project.investment is not None and project.invested is not None and written(project.invested).low > written(project.investment).high:
            report(("projects", i, "invested"), f"本期完成投资 {format_decimal(project.invested)}{project.unit} 大于总投资 {format_decimal(project.investment)}{project.unit}")
        start, finish = _as_date(project.start), _as_date(project.finish)
        if start and finish and finish < start:
            report(("projects", i, "finish"), f"建成日期 {project.finish} 早于开工日期 {project.start}")

    names: dict[str, int] = {}
    for i, ind in enumerate(facts.indicators):
        if ind.name in names:
            report(("indicators", i, "name"), f"指标“{ind.name}”与 indicators[{names[ind.name]}] 重复", "warning")
        names.setdefault(ind.name, i)

    for loc, value in _free_texts(facts):
        for finding in lint_text(value).findings:
            report(loc, f"“{finding.quote}”：{finding.message}", finding.severity.value, finding.code)

    return [FactProblem(loc, line_of(root, loc), severity, message, code) for loc, severity, message, code in problems]


def _as_date(value) -> dt.date | None:
    parts = date_parts(value)
    if parts is None:
        return None
    year, month, day = parts
    try:
        return dt.date(year, month, day or 1)
    except ValueError:
        return None


def _free_texts(facts: Facts):
    if facts.overview:
        yield ("overview",), facts.overview
    for i, project in enumerate(facts.projects):
        if project.progress:
            yield ("projects", i, "progress"), project.progress
    for i, item in enumerate(facts.work_items):
        yield ("work_items", i, "content"), item.content
    for i, problem in enumerate(facts.problems):
        yield ("problems", i), problem
    for i, plan in enumerate(facts.plans):
        yield ("plans", i, "content"), plan.content
