"""A figure stated in the prose for an indicator that a table also gives (DC205, kind ``table-text``).

Binding is conservative, precision first. A prose figure is tied to a table row only when:

- the row's indicator name (its label without outline number, 其中, or bracketed unit; 规模以上 and
  规上 read alike) is written immediately before the figure, joined by nothing but a verb: growth
  (``规上工业增加值增长8.2%``, ``同比下降``, ``比上年增长``) or a level (``固定资产投资完成56.0亿元``,
  ``税收收入23.5亿元``);
- the name starts its clause (after punctuation), or follows only a scope word of the whole report
  (全区, 全年, 上半年, 1-6月 …), so ``高新区固定资产投资`` is not the table's row;
- the clause names no other period (上年, 去年, 同期, 目标, 计划, or a year the table does not show);
- the table gives one value column and one growth column for the indicator, and no other row or
  table gives the same indicator;
- the kinds match: a growth figure against the growth column, an amount against the value column
  after unit conversion (亿元 with 万元; never 亩 with 万元).

Then the two figures, each standing for the interval it was rounded from, must overlap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from draftcheck.lexicon import unit_dimension
from draftcheck.numbers.formatting import format_number, plain, unit_text
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import mismatch_severity
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.table_layout import Column, Row, TableLayout, header_key, indicator_name, table_layouts

KIND, CODE = "table-text", "DC205"
_MIN_NAME = 3
_GROWTH_JOIN = re.compile(
    r"(?:同比|比上年同期|比去年同期|较上年同期|较去年同期|比上年|比去年|较上年|较去年)?"
    r"(?P<verb>增长|增加|提高|上升|下降|减少|降低|回落)了?[ \t]?"
)
_VALUE_JOIN = re.compile(r"(?:累计)?(?:完成|实现|达到|达|为)?了?(?:约)?[ \t]?")
_DOWN = ("下降", "减少", "降低", "回落")
_SCOPE = re.compile(
    r"(?:全[区市县省镇园]|全年|今年|本年|当年|上半年|前三季度|[一二三四]季度|1[-—–~至]\d{1,2}月|[一1]至[一二三四五六七八九十\d]{1,2}月|累计|园区|开发区|我区|我市)$"
)
_OTHER_PERIOD = re.compile(r"上年|去年|同期|目标|计划|任务|预计|力争|预期|年均|环比")
_BOUNDARY = "，,。；;：:、！？!?（(“\"'\n\t 　|"
_YEAR = re.compile(r"((?:19|20)\d{2})年")
_PERIOD = re.compile(r"(\d{1,2})\s?[-—–~～至]\s?(\d{1,2})\s?月|上半年|下半年|前三季度|[一二三四1-4]季度|全年")


@dataclass
class _Entry:
    layout: TableLayout
    row: Row
    value_col: Column | None
    growth_col: Column | None
    years: frozenset[int]
    periods: frozenset[str] = frozenset()
    measure: str = ""  # the value column's own name (完成投资) that may stand between the row's name and its figure


def _name_pattern(name: str) -> str:
    escaped = re.escape(name)
    return escaped.replace(re.escape("规模以上"), "(?:规模以上|规上)").replace(re.escape("规上"), "(?:规模以上|规上)")


def _entries(layouts: list[TableLayout]) -> dict[str, _Entry | None]:
    """Indicator name -> its row, or None when two rows (of any table) give the same name."""
    entries: dict[str, _Entry | None] = {}
    for layout in layouts:
        value_cols = [c for c in layout.columns if c.role == "value"]
        growth_cols = [c for c in layout.columns if c.role == "growth"]
        value_col = value_cols[0] if len(value_cols) == 1 else None
        growth_col = growth_cols[0] if len(growth_cols) == 1 else None
        if value_col is None and growth_col is None:
            continue
        # the period of the figures compared: the caption's and the value and growth columns' (not 全年目标's)
        titles = [c.title for c in (value_col, growth_col) if c is not None]
        header_text = " ".join([layout.table.before, *(cell.text for r in range(layout.table.title_rows) for cell in layout.table.grid[r] if cell), *titles])
        years = frozenset(int(y) for y in _YEAR.findall(header_text))
        for row in layout.rows:
            if row.kind not in ("part", "sub", "total") or len(row.name) < _MIN_NAME:
                continue
            key = row.name.replace("规模以上", "规上")
            measure = indicator_name(value_col.header) if value_col is not None else ""
            measure = "" if _YEAR.search(measure) or measure in ("本年", "本期", "绝对值", "数值") else measure
            entries[key] = None if key in entries else _Entry(layout, row, value_col, growth_col, years, _periods(header_text), measure)
    return entries


def _periods(text: str) -> frozenset[str]:
    """The periods a text names, normalised: 1-6月 and 1—6月 alike; 一季度 as 1季度."""
    found = set()
    for m in _PERIOD.finditer(text):
        found.add(f"{int(m.group(1))}-{int(m.group(2))}月" if m.group(1) else _NAMED_PERIODS.get(m.group(), m.group()))
    return frozenset(found)


_NAMED_PERIODS = {"上半年": "1-6月", "前三季度": "1-9月", "全年": "1-12月", "一季度": "1-3月", "1季度": "1-3月",
                  "下半年": "7-12月", "二季度": "4-6月", "2季度": "4-6月", "三季度": "7-9月", "3季度": "7-9月",
                  "四季度": "10-12月", "4季度": "10-12月"}


def find(ctx) -> list[Relation]:
    layouts = table_layouts(ctx)
    if not layouts:
        return []
    entries = {name: entry for name, entry in _entries(layouts).items() if entry is not None}
    if not entries:
        return []
    names = sorted(entries, key=lambda name: (-len(name), name))
    pattern = re.compile("|".join(_name_pattern(name) for name in names))
    spans = sorted((layout.table.start, layout.table.end) for layout in layouts)
    text = ctx.text
    quantities = document_quantities(ctx)
    relations = []
    for m in pattern.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        entry = entries.get(header_key(m.group()).replace("规模以上", "规上"))
        if entry is None or not _starts_clause(text, m.start(), entry.row.kind == "sub"):
            continue
        relation = _relation(text, quantities, m, entry)
        if relation is not None:
            relations.append(relation)
    return relations


def _clause_start(text: str, index: int) -> int:
    lo = max(0, index - 80)
    return max(text.rfind(ch, lo, index) for ch in "，,。；;！？!?\n") + 1


_LEADING_VERB = re.compile(r"(?:累计|共)?(?:实现|完成)了?$")


def _starts_clause(text: str, start: int, sub_item: bool = False) -> bool:
    """Whether the name starts its clause, after at most a scope word (全区, 上半年) and a verb (实现);
    其中 may lead to a row that is itself a 其中 row of the table."""
    clause = text[_clause_start(text, start) : start].strip(" \t　“\"")
    clause = _LEADING_VERB.sub("", clause).rstrip(" \t　")
    if sub_item and clause.endswith("其中"):
        clause = clause[: -len("其中")].rstrip("，,：: ")
    if not clause:
        return True
    return bool(_SCOPE.search(clause)) and len(clause) <= 8 and (
        _SCOPE.search(clause).start() == 0 or clause[_SCOPE.search(clause).start() - 1] in _BOUNDARY
    )


def _figure_at(quantities, position: int) -> Quantity | None:
    for q in quantities.between(position, position + 30):
        return q if q.start == position else None
    return None


def _relation(text: str, quantities, m: re.Match, entry: _Entry) -> Relation | None:
    sentence_start = _clause_start(text, m.start())
    sentence = text[max(text.rfind(ch, 0, m.start()) for ch in "。！？!?\n") + 1 : m.start()]
    if _OTHER_PERIOD.search(text[sentence_start : m.start()]):
        return None
    years = {int(y) for y in _YEAR.findall(sentence)}
    if years and (not entry.years or not years <= entry.years):
        return None
    periods = _periods(sentence)
    if periods and entry.periods and not periods <= entry.periods:
        return None  # the text speaks of 1-9月, the table of 1-6月
    after = m.end()
    grow = _GROWTH_JOIN.match(text, after)
    if grow and entry.growth_col is not None:
        figure = _figure_at(quantities, grow.end())
        if figure is None or figure.kind != Kind.PERCENT or figure.qualifier:
            return None
        sign = -1 if grow.group("verb") in _DOWN else 1
        return _compare(text, m, entry, entry.growth_col, figure, sign, growth=True)
    if entry.measure and text.startswith(entry.measure, after):
        after += len(entry.measure)
    join = _VALUE_JOIN.match(text, after)
    if join and entry.value_col is not None:
        figure = _figure_at(quantities, join.end())
        if figure is None or figure.kind != Kind.AMOUNT or not figure.unit or figure.is_range:
            return None
        return _compare(text, m, entry, entry.value_col, figure, 1, growth=False)
    return None


def _compare(text: str, m: re.Match, entry: _Entry, col: Column, figure: Quantity, sign: int, growth: bool) -> Relation:
    base = dict(kind=KIND, code=CODE, start=figure.start, end=figure.end)
    cell_value = entry.layout.value(entry.row, col)
    if not isinstance(cell_value, Quantity) or cell_value.qualifier:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if growth:
        if cell_value.unit != "%":
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    elif cell_value.dimension != figure.dimension or unit_dimension(figure.unit) is None or cell_value.unit == "%":
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    stated = Interval.of(figure)
    if sign < 0:
        stated = Interval(-stated.high, -stated.low)
    table_iv = Interval.of(cell_value)
    if not (stated.bounded and table_iv.bounded):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if stated.overlaps(table_iv):
        return Relation(outcome=Outcome.CONSISTENT, **base)
    cell_text = text[cell_value.start : cell_value.end]
    if growth:
        difference = abs(sign * figure.value - cell_value.value)
        places = max(figure.decimals, cell_value.decimals)
        table_figure = f"{format_number(cell_value.value, cell_value.decimals)}%"
        gap = f"{format_number(difference, places)}个百分点"
    else:
        difference = abs(figure.scaled - cell_value.scaled)
        # magnitudes are powers of ten: the table's figure converts exactly (31200万元 = 3.12亿元)
        table_figure = plain(cell_value.scaled / figure.magnitude) + unit_text(figure)
        gap = plain(difference / figure.magnitude) + unit_text(figure)
    phrase = text[m.start() : figure.end]
    message = (
        f"正文“{phrase}”与表格中{entry.row.label.strip()}的“{col.title}” {cell_text} 不一致"
        f"（表格为 {table_figure}，相差 {gap}）；请核对正文与表格，改为同一数值"
    )
    severity = mismatch_severity(stated, table_iv, figure.half_unit + cell_value.half_unit)
    return Relation(
        outcome=Outcome.INCONSISTENT, message=message, severity=severity,
        related=[(f"表格：{entry.row.label.strip()}", cell_value.start, cell_value.end)],
        suggestion=text[figure.start : figure.number_start] + table_figure if growth else table_figure, **base,
    )
