"""What a table's headers and rows mean: column roles, units, total and 其中 rows, and cell values.

``TableLayout(table)`` reads one ``draftcheck.document.tables.Table`` by its attributes (numbers/ and
document/ are sibling layers that do not import each other, see pyproject's import-linter contracts):

- each column's leaf header (the lowest header cell over it) and group (the header cells above it,
  e.g. ``1—6月`` over ``绝对值 | 同比增长(%)``), its role from ``lexicon/table_headers.toml`` (label,
  unit, value, base, change, growth, target, completion, share, other), its unit from the header
  (``（亿元）``, ``(%)``, ``单位：万元``) and the year it names; two year columns become value and base;
- each body row's label (a vertically merged label applies to every row it spans), its kind (total,
  subtotal, sub-item — labelled 其中/# or indented deeper than its siblings — heading, part) and its
  unit from a 单位 column;
- each cell's value as a ``Quantity`` positioned in the document text, with the unit that applies to
  it (the cell's own, else the row's 单位, else the column header's, else the ``单位：万元`` line
  above the table), ``EMPTY`` for a blank or dash, None for text that is not one figure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any
from decimal import Decimal
from functools import lru_cache

from draftcheck.lexicon import table_header_roles, unit_dimension
from draftcheck.numbers.quantity import BASE_UNITS, MAGNITUDES, Kind, Quantity, extract_quantities
from draftcheck.text.outline import OUTLINE_LABEL
from draftcheck.text.width import fold_width

_ONE = Decimal(1)
EMPTY = "empty"  # a blank or dash cell: no figure given
_EMPTY_MARKS = frozenset({"", "-", "--", "—", "——", "–", "/", "／", "…", "……", "x", "×", "*", "0/", "无", "/ ", "空"})
_MAG = "万亿|千亿|百亿|千万|百万|十万|亿|万|千"
_UNIT = "|".join(re.escape(u) for u in sorted(BASE_UNITS, key=len, reverse=True))
_HEADER_UNIT = re.compile(rf"[（(]\s*(?:单位[:：]\s*)?(?P<mag>{_MAG})?(?P<unit>{_UNIT})\s*[)）]")
_UNIT_LINE = re.compile(rf"单位[:：]\s*(?P<mag>{_MAG})?(?P<unit>{_UNIT})")
_UNIT_CELL = re.compile(rf"^(?P<mag>{_MAG})?(?P<unit>{_UNIT})$")
_YEAR = re.compile(r"^((?:19|20)\d{2})年?")
# What may stand in a figure's cell beside the figure: a direction word, 约, a footnote mark.
_CELL_PREFIX = re.compile(r"^(?:同比)?(?P<dir>增长|增加|提高|上升|下降|减少|降低)?(?:约)?$")
_DOWN = ("下降", "减少", "降低")
_SPACES = re.compile(r"[\s\u3000]+")
_SPACE_GROUPED = re.compile(r"[ \t]*[1-9]\d{0,2}(?: \d{3})+[ \t]*")
# (a change column writes its sign: +583, -0.15, ＋12)
_PLAIN_FIGURE = re.compile(r"[ \t]*(?P<n>[-−+＋]?(?:0|[1-9]\d{0,14})(?:\.\d{1,8})?)(?P<pct>%)?[ \t]*")
# A caption's unit in brackets at its end, alone or among other notes: 在校生变化情况（人）, 主要经济指标（现价，亿元）
_CAPTION_BRACKET = re.compile(r"[（(](?P<inside>[^（）()]{1,24})[)）][\s\u3000]*$")
_NOTE_SEPARATOR = re.compile(r"[，,、；;\s\u3000]+")
# Leading outline numbers of a label: 1. / （一） / 一、 / 1、
_BRACKETED = re.compile(r"[（(][^（）()]{0,20}[)）]")


@lru_cache(maxsize=1)
def _roles() -> tuple:
    data = table_header_roles()
    roles = tuple(
        (entry["role"], re.compile("|".join(entry["patterns"])), re.compile("|".join(entry["exclude"])) if entry.get("exclude") else None)
        for entry in data["roles"]
    )
    rows = {kind: re.compile("|".join(patterns)) for kind, patterns in data["rows"].items()}
    return roles, rows


def header_key(text: str) -> str:
    """Header or label text as matched: full-width folded, spaces removed."""
    return _SPACES.sub("", fold_width(text))


def role_of(header: str) -> str | None:
    key = header_key(header)
    if not key:
        return None
    roles, _ = _roles()
    for role, pattern, exclude in roles:
        if pattern.search(key):
            return None if exclude is not None and exclude.search(key) else role
    return None


def indicator_name(label: str) -> str:
    """A row label as an indicator name: no spaces, outline number, 其中/#, or bracketed unit."""
    key = header_key(label)
    key = re.sub(r"^(?:其中[:：]?|[#＃]+|内[:：])", "", key)
    if numbered := OUTLINE_LABEL.match(key):
        key = key[numbered.end() :]
    return _BRACKETED.sub("", key).strip(":：")


def _unit_in(text: str, pattern: re.Pattern) -> tuple[Decimal, str] | None:
    m = pattern.search(fold_width(text))
    if not m:
        return None
    return MAGNITUDES.get(m.group("mag") or "", Decimal(1)), m.group("unit")


def _log_ratio(a: Decimal, b: Decimal) -> float:
    return math.log(float(a) / float(b))


def _caption_unit(text: str) -> tuple[Decimal, str] | None:
    """The unit a caption names in brackets at its end (（人）, （现价，亿元）), else None."""
    bracket = _CAPTION_BRACKET.search(fold_width(text).rstrip())
    if bracket is None:
        return None
    for note in _NOTE_SEPARATOR.split(bracket.group("inside")):
        if (unit := _UNIT_CELL.match(note)) and unit_dimension(unit.group("unit")) is not None:
            return MAGNITUDES.get(unit.group("mag") or "", _ONE), unit.group("unit")
    return None


@dataclass
class Column:
    index: int
    header: str  # the leaf header as written
    group: str  # header cells above the leaf, joined with " "
    role: str | None
    unit: tuple[Decimal, str] | None  # (magnitude, base unit) stated in the header
    percent: bool
    year: int | None
    group_role: str | None = None  # the role of the heading above: a growth under 上年同期 is last year's

    @property
    def title(self) -> str:
        """How a message names the column: ``1—6月 同比增长(%)``."""
        leaf = _SPACES.sub("", self.header)
        return f"{_SPACES.sub('', self.group)} {leaf}".strip() if self.group else leaf


@dataclass
class Row:
    index: int
    label: str  # the most specific label as written (trimmed)
    name: str  # the indicator name (indicator_name of the label)
    label_cell: Any  # a draftcheck.document.tables.TableCell, or None
    kind: str  # total, subtotal, sub, heading, blank, part
    unit: tuple[Decimal, str] | None
    ambiguous: bool = False  # an unindented row after a 其中 row: maybe one of its members


class TableLayout:
    """One table read for checking: columns with roles and units, rows with kinds, cell values."""

    def __init__(self, table: Any) -> None:
        self.table = table
        self.default_unit = self._default_unit()
        self.columns = [self._column(c) for c in range(table.n_cols)]
        self.label_cols = self._label_columns()
        self.unit_col = next((c.index for c in self.columns if c.role == "unit"), None)
        self._resolve_years()
        self._resolve_change_or_growth()
        self._resolve_done_column()
        self.rows = self._rows()
        self._values: dict[tuple[int, int], object] = {}
        self._decide_by_figures()

    # --- columns ---------------------------------------------------------------------------------

    def _default_unit(self) -> tuple[Decimal, str] | None:
        texts = [self.table.before] + [c.text for r in range(self.table.title_rows) for c in self.table.grid[r] if c]
        texts += [c.text for r in range(self.table.title_rows, self.table.body_start) if (c := self.table.at(r, 0))]
        for text in texts:
            unit = _unit_in(text, _UNIT_LINE)
            if unit:
                return unit
        for text in texts:
            if unit := _caption_unit(text):
                return unit
        return None

    def _header_cells(self, col: int) -> list:
        seen: list = []
        first = self.table.title_rows
        header = self.table.grid[first : self.table.body_start]
        if self.table.source == "markdown" and len({len(row) for row in header}) > 1:
            first = self.table.body_start - 1  # ragged Markdown headers: which cell groups which is unknown
        for r in range(first, self.table.body_start):
            cell = self.table.at(r, col)
            if cell is not None and all(cell is not s for s in seen):
                seen.append(cell)
        return seen

    def _column(self, col: int) -> Column:
        cells = self._header_cells(col)
        leaf = cells[-1].text.strip() if cells else ""
        group = " ".join(c.text.strip() for c in cells[:-1] if c.text.strip())
        group_role = role_of(group) if group else None
        role = role_of(leaf)
        if group_role in ("base", "target") and role in (None, "value"):
            role = group_role  # 上年同期 over 绝对值: last year's figure
        elif role is None and group_role not in ("label", "unit"):
            role = group_role
        folded = fold_width(leaf + " " + group)
        year = _YEAR.match(header_key(leaf))
        unit = _unit_in(leaf, _HEADER_UNIT) or _unit_in(leaf, _UNIT_LINE) or _unit_in(group, _HEADER_UNIT)
        percent = "%" in folded or (unit is not None and unit[1] == "%")
        if unit is not None and unit[1] in ("%", "‰"):
            unit = None
        return Column(col, leaf, group, role, unit, percent, int(year.group(1)) if year else None, group_role)

    def _body_texts(self, col: int) -> list[str]:
        return [cell.text for cell in self._body_cells(col)]

    def _body_cells(self, col: int) -> list:
        return [cell for r in range(self.table.body_start, self.table.n_rows)
                if (cell := self.table.at(r, col)) is not None and cell.text.strip()]

    def _label_columns(self) -> list[int]:
        """The label column (role label, else the first) and the text columns right after it."""
        labels = [c.index for c in self.columns if c.role == "label"]
        first = labels[0] if labels else 0
        if not labels:
            # (序号 | 片区 | 完成投资: a serial-number column before the names is no label)
            while first + 1 < len(self.columns) and self.columns[first].role == "other" \
                    and self.columns[first].title and any(cell.is_figure for cell in self._body_cells(first)):
                first += 1
        if not self.columns or (not labels and any(cell.is_figure for cell in self._body_cells(first))):
            return []
        cols = [first]
        if not self._groups_rows(first):
            return cols  # a text column beside a plain label is an attribute (建设性质), not a sub-label
        for col in self.columns[first + 1 :]:
            cells = self._body_cells(col.index)
            if col.role in (None, "label") and cells and not any(cell.is_figure for cell in cells):
                cols.append(col.index)
            else:
                break
        return cols

    def _groups_rows(self, col: int) -> bool:
        """Whether a label column groups rows: a cell merged over several rows, or a label repeated."""
        cells = [self.table.at(r, col) for r in range(self.table.body_start, self.table.n_rows)]
        if any(cell is not None and cell.row_span > 1 for cell in cells):
            return True
        _, kinds = _roles()
        texts = [key for cell in cells if cell is not None and (key := header_key(cell.text))
                 and not kinds["total"].search(key) and not kinds["subtotal"].search(key)]
        return len(set(texts)) < len(texts)

    def _resolve_years(self) -> None:
        """Year columns (2023年 | 2024年): in each group the latest is the value, the one before the base."""
        groups: dict[str, list[Column]] = {}
        for col in self.columns:
            if col.year is not None and col.role in (None, "value") and col.index not in self.label_cols:
                groups.setdefault(col.group, []).append(col)
        for cols in groups.values():
            if len(cols) < 2:
                continue
            cols.sort(key=lambda c: c.year)
            for col in cols:
                col.role = "other"
            cols[-1].role = "value"
            if cols[-2].year != cols[-1].year:
                cols[-2].role = "base"

    def _resolve_change_or_growth(self) -> None:
        for col in self.columns:
            if col.role != "change-or-growth":
                continue
            if col.percent or any("%" in fold_width(t) for t in self._body_texts(col.index)):
                col.role = "growth"
            elif col.unit is not None:
                col.role = "change"
            # else: decided by its figures once the rows are read (_decide_by_figures)

    def _resolve_done_column(self) -> None:
        """In a group with a target and a completion column but no value column, the one figure column left
        without a role is what has been done (任务数 | 签约数 | 完成率, 目标 | 开工数 | 完成进度)."""
        for group in {c.group for c in self.columns}:
            if self.column_for("target", group) is None or self.column_for("completion", group) is None:
                continue
            members = [c for c in self.columns if c.group == group and c.index not in self.label_cols and c.index != self.unit_col]
            if any(c.role == "value" for c in members):
                continue
            unnamed = [c for c in members if c.role is None and c.year is None and not c.percent]
            if len(unnamed) == 1:
                unnamed[0].role = "value"

    def _decide_by_figures(self) -> None:
        """A 增减 column that names no unit and writes no %: an amount of change when its figures lie nearer
        value − base than the growth rate of their rows (2901 -> 3394, +583: 493 against 17.0%), a growth rate
        when nearer that; undecided (no role) on a tie or without both operand columns."""
        for col in self.columns:
            if col.role != "change-or-growth":
                continue
            col.role = None
            value_col, base_col = self.column_for("value", col.group), self.column_for("base", col.group)
            if value_col is None or base_col is None:
                continue
            col.role = "change"  # read the cells in the unit of their row, as a change column
            votes = {"change": 0, "growth": 0}
            for row in self.rows:
                if row.kind not in ("part", "sub", "total", "subtotal"):
                    continue
                stated, value, base = self.value(row, col), self.value(row, value_col), self.value(row, base_col)
                if not all(isinstance(q, Quantity) for q in (stated, value, base)) or "%" in (value.unit, base.unit):
                    continue
                if value.dimension != base.dimension or base.value == 0 or stated.value == 0:
                    continue
                difference = value.scaled - base.scaled
                rate = (value.scaled / base.scaled - 1) * 100
                if difference == 0 or rate == 0:
                    continue
                written = abs(stated.value * stated.magnitude) if stated.unit else abs(stated.value) * value.magnitude
                nearer_difference = abs(_log_ratio(written, abs(difference))) <= abs(_log_ratio(abs(stated.value), abs(rate)))
                votes["change" if nearer_difference else "growth"] += 1
            self._values = {key: v for key, v in self._values.items() if key[1] != col.index}
            col.role = None if votes["change"] == votes["growth"] else max(votes, key=votes.get)

    def column_for(self, role: str, group: str) -> Column | None:
        """The one column of ``role`` in ``group``, else the one in the whole table, else None."""
        same = [c for c in self.columns if c.role == role and c.group == group]
        if len(same) == 1:
            return same[0]
        if same:
            return None
        anywhere = [c for c in self.columns if c.role == role]
        return anywhere[0] if len(anywhere) == 1 else None

    def figure_columns(self) -> list[Column]:
        return [c for c in self.columns if c.index not in self.label_cols and c.index != self.unit_col]

    # --- rows ------------------------------------------------------------------------------------

    def _rows(self) -> list[Row]:
        _, kinds = _roles()
        rows: list[Row] = []
        figure_cols = [c.index for c in self.figure_columns()]
        for r in range(self.table.body_start, self.table.n_rows):
            label_cells = []
            for col in self.label_cols:
                cell = self.table.at(r, col)
                if cell is not None and cell.text.strip() and all(cell is not c for c in label_cells):
                    label_cells.append(cell)
            label_cell = label_cells[-1] if label_cells else None
            label = label_cell.text.strip() if label_cell else ""
            key = header_key(label)
            unit = None
            if self.unit_col is not None:
                unit_cell = self.table.at(r, self.unit_col)
                if unit_cell is not None:
                    unit = _unit_in(header_key(unit_cell.text), _UNIT_CELL)
                    if unit is not None and unit[1] not in ("%", "‰") and unit_dimension(unit[1]) is None:
                        unit = None  # 号, 岁: not a measure
                    if unit is None and header_key(unit_cell.text):
                        unit = (Decimal(0), header_key(unit_cell.text))  # a unit we cannot convert
            if unit is None and label:
                unit = _unit_in(label, _HEADER_UNIT)  # 地区生产总值（亿元）
            figures = [self.table.at(r, c) for c in figure_cols]
            if figures and label_cell is not None and all(cell is label_cell for cell in figures):
                figures = []  # a section heading merged across the whole row: 一、工业项目
            has_text = any(cell is not None and cell.row == r and cell.text.strip() not in _EMPTY_MARKS for cell in figures)
            if kinds["sub_item"].search(key):
                kind = "sub"
            elif kinds["total"].search(key):
                kind = "total"
            elif kinds["subtotal"].search(key):
                kind = "subtotal"
            elif not has_text and not any(cell is not None and cell.row == r and header_key(cell.text) for cell in figures):
                kind = "heading" if label else "blank"  # no figure cell written at all
            else:
                kind = "part"
            rows.append(Row(r, label, indicator_name(label), label_cell, kind, unit))
        self._mark_indented(rows)
        return rows

    @staticmethod
    def _mark_indented(rows: list[Row]) -> None:
        """Rows indented deeper than the table's top level are sub-items; an unindented row after a
        其中 row may be one of its members (``ambiguous``) when the table shows no indentation."""
        indents = [row.label_cell.indent for row in rows if row.label_cell is not None and row.kind in ("part", "total")]
        if not indents:
            return
        top = min(indents)
        inside_sub = False
        sub_indent = top
        for row in rows:
            indent = row.label_cell.indent if row.label_cell is not None else top
            if row.kind == "sub":
                inside_sub, sub_indent = True, indent
                continue
            if row.kind in ("total", "subtotal", "heading"):
                inside_sub = False
                continue
            if row.kind == "part" and indent > top:
                row.kind = "sub"
            elif row.kind == "part" and inside_sub and sub_indent <= top:
                row.ambiguous = True

    # --- cells -----------------------------------------------------------------------------------

    def value(self, row: Row, col: Column):
        """The figure of a cell (a Quantity in document positions), ``EMPTY``, or None (not a figure)."""
        key = (row.index, col.index)
        if key not in self._values:
            self._values[key] = self._parse(row, col)
        return self._values[key]

    def _parse(self, row: Row, col: Column):
        cell = self.table.at(row.index, col.index)
        if cell is None:
            return EMPTY
        if cell.nested or cell.col_span > 1 or cell.row != row.index or cell.row_span > 1:
            return None  # a nested table or a figure merged over several rows or columns
        text = cell.text
        folded = header_key(text)
        if folded in _EMPTY_MARKS:
            return EMPTY
        if len(text) > 40:
            return None
        if _SPACE_GROUPED.fullmatch(text):  # 1 460 / 2 565: thousands grouped by a space, one figure
            magnitude, unit = self._unit_for(row, col, "")
            if magnitude == 0:
                return None
            lead = len(text) - len(text.lstrip(" \t"))
            grouped = text.strip(" \t")
            start, end = cell.start + lead, cell.start + lead + len(grouped)
            return Quantity(start, end, start, end, Decimal(grouped.replace(" ", "")), 0, magnitude, unit, kind=Kind.AMOUNT)
        plain_figure = _PLAIN_FIGURE.fullmatch(text)
        if plain_figure:  # the common cell, 1234.5 or -3.2 or 8.2%: no need for the full extractor
            number = plain_figure.group("n")
            percent = bool(plain_figure.group("pct"))
            magnitude, unit = self._unit_for(row, col, "%" if percent else "")
            if magnitude == 0:
                return None
            offset = cell.start
            return Quantity(
                plain_figure.start("n") + offset, plain_figure.end("pct" if percent else "n") + offset,
                plain_figure.start("n") + offset, plain_figure.end("n") + offset,
                Decimal(number.replace("−", "-").replace("＋", "+")), len(number.partition(".")[2]), magnitude, unit,
                kind=Kind.PERCENT if unit == "%" else Kind.AMOUNT,
            )
        quantities = extract_quantities(text)
        if len(quantities) != 1:
            return None
        q = quantities[0]
        if q.kind not in Kind.VALUES and q.kind != Kind.AMOUNT:
            return None
        prefix = _CELL_PREFIX.match(header_key(text[: q.start]))
        if prefix is None or header_key(text[q.end :]):
            return None
        if q.high is not None or q.kind in (Kind.MULTIPLE, Kind.FRACTION, Kind.POINTS):
            return None
        if prefix.group("dir") in _DOWN:
            if q.value < 0:
                return None
            q = replace(q, value=-q.value)
        q = replace(q, start=q.start + cell.start, end=q.end + cell.start,
                    number_start=q.number_start + cell.start, number_end=q.number_end + cell.start)
        if q.unit or q.magnitude != 1:
            return q
        magnitude, unit = self._unit_for(row, col, "")
        if magnitude == 0:
            return None
        if (magnitude, unit) == (1, ""):
            return q
        return replace(q, magnitude=magnitude, unit=unit, kind=Kind.PERCENT if unit == "%" else q.kind)

    def _unit_for(self, row: Row, col: Column, own: str) -> tuple[Decimal, str]:
        """The (magnitude, unit) of a figure written without one: the cell's own %, a percent column,
        the row's 单位, the column header's, the line above the table; (0, unit) for one we cannot read."""
        if own:
            return _ONE, own
        if col.role in ("growth", "completion", "share") or col.percent:
            return _ONE, "%"
        unit = row.unit or col.unit or self.default_unit
        if unit is None:
            return _ONE, ""
        return (_ONE, "%") if unit[1] == "%" else unit

    def cell(self, row: Row, col: Column) -> Any:
        return self.table.at(row.index, col.index)


def table_layouts(ctx) -> list[TableLayout]:
    """The layouts of the document's tables, read once per document (``ctx.shared``)."""
    return ctx.shared("table_layouts", lambda c: [TableLayout(t) for t in c.tables if t.n_cols >= 2 and t.n_rows >= 2])
