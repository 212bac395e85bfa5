"""Relations inside a table: column totals, growth, difference, completion and share columns.

For every table of the document (``ctx.tables``, read by ``draftcheck.numbers.table_layout``):

- a 合计/总计/共计 row (at the bottom, or at the top of the rows it sums) and every 小计 row against
  the sum of its parts in each column of amounts (其中/# rows and rows indented under another are
  not parts; a blank part adds nothing) -> DC201, kind ``table-sum``;
- a 其中 row larger than the row it belongs to (the nearest row above that is not a 其中 row), column
  by column -> DC202, kind ``table-part-exceeds``; likewise a 其中 column (``总数 | 其中：达标``) larger
  than the column it belongs to (the nearest one before it that is not a 其中 column), row by row;
- a growth column against the value and base columns of its group, row by row -> DC301
  (``table-growth``); a change column against value − base -> DC302 (``table-difference``);
- a completion column against value / target -> DC303 (``table-completion``);
- a share column over the parts of a total row against the total's share (or 100%) -> DC204
  (``table-share-sum``).
- each row's share against its value / the total row's value -> DC303 (``table-share``); in a table without a
  total row, a share column naming its whole (``占规上工业比重（%）``) against the row's value / the one figure of
  that name in the line above the table (``全市规上工业总产值124.6亿元，…具体情况如下：``).

Tolerance is the rounding of every figure as written, as in the prose relations. A relation that a
reading of the table cannot settle (an unindented row after a 其中 row may be one of its members; a
blank cell may be a zero or a missing figure) is consistent when some reading holds and otherwise not
checkable, never a finding. Growth of 增加值/生产总值 and other real growth is not recomputed from
nominal values; rows measured in % are not checked for growth (their change is often in points).
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.numbers.formatting import format_number, format_percent, in_units_of, message_places, plain
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.quantity import Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance, growth, mismatch_severity, positive, ratio
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.relations.growth import _REAL_GROWTH, _REAL_SUBJECT  # the prose rules' real-growth words
from draftcheck.numbers.table_layout import EMPTY, Column, Row, TableLayout, header_key, table_layouts
from draftcheck.text.outline import OUTLINE_LABEL

SUM, GROWTH, DIFFERENCE, COMPLETION, SHARE = "table-sum", "table-growth", "table-difference", "table-completion", "table-share-sum"
SHARE_OF_TOTAL = "table-share"
PART_EXCEEDS = "table-part-exceeds"
_SHARE_TABLE = re.compile(r"[%％‰]|比例|比重|占比|构成|结构")
_SUB_MARK = re.compile(r"^[\s\u3000]*(?:其中|#)[:：]?\s*")
_ADDITIVE_ROLES = (None, "value", "base", "target", "change")
_RATE_LABEL = re.compile(r"(?:率|比重|占比|比例|指数|人均|平均|均价|单价)$")
_CURRENT_PRICES = re.compile(r"现价|当年价|名义增长")
_NOTE = re.compile(r"^[\s\u3000]*(?:注|说明|备注)[0-9一二三]?[:：]")
_ZERO = Decimal(0)
_HUNDRED = Interval.exact(Decimal(100))


def find(ctx) -> list[Relation]:
    relations: list[Relation] = []
    for layout in table_layouts(ctx):
        relations.extend(_sums(ctx.text, layout))
        relations.extend(_row_totals(ctx.text, layout))
        relations.extend(_subs_over_parent(ctx.text, layout))
        relations.extend(_sub_columns_over_parent(ctx.text, layout))
        relations.extend(_shares(layout))
        relations.extend(_shares_of_total(ctx.text, layout))
        relations.extend(_shares_of_a_whole_above(ctx, layout))
        relations.extend(_row_relations(ctx.text, layout))
    return relations


# --- totals ------------------------------------------------------------------------------------------


def _total_groups(layout: TableLayout) -> list[tuple[Row, list[Row], bool]]:
    """Each total or subtotal row with the rows it sums, and whether they are all of it.

    A total row directly followed by a 其中 row (``合计 | 其中：工业 | 服务业``) heads a 其中 list, which
    need not be complete (RULES.md): its rows are parts, but only a sum above the total is wrong.
    """
    rows = [r for r in layout.rows if r.kind != "blank"]
    groups = []
    for i, row in enumerate(rows):
        if row.kind == "subtotal":
            members = []
            for other in reversed(rows[:i]):
                if other.kind in ("subtotal", "total", "heading"):
                    break
                members.append(other)
            groups.append((row, [r for r in reversed(members) if r.kind in ("part", "subtotal")], True))
        elif row.kind == "total":
            before = [r for r in rows[:i] if r.kind != "total"]
            after = []
            for other in rows[i + 1 :]:
                if other.kind == "total":
                    break
                after.append(other)
            if any(r.kind in ("part", "subtotal") for r in before):
                members = before
            elif after and after[0].kind == "sub" and after[0].label_cell is not None:
                level = after[0].label_cell.indent
                listed = [r for r in after if r.kind in ("part", "sub") and (r.label_cell is None or r.label_cell.indent <= level)]
                groups.append((row, listed, False))
                continue
            else:
                members = after
            if any(r.kind == "subtotal" for r in members):
                members = _subtotals_for_their_rows(members)
            groups.append((row, [r for r in members if r.kind in ("part", "subtotal")], True))
    return groups


def _subs_over_parent(text: str, layout: TableLayout) -> list[Relation]:
    """其中 rows against the row they belong to: ``新建商品住房 3286 / 其中：保障性住房 3412``."""
    relations = []
    if _SHARE_TABLE.search(layout.table.before):
        return relations  # 各年代出厂的设备比例（％）: each row is a breakdown of 100%, not an amount
    parent = None
    for row in layout.rows:
        if row.kind == "blank":
            continue
        if row.kind != "sub":
            if not row.ambiguous:  # (加工贸易 after 其中：一般贸易 may be a member, not a new whole)
                parent = row if row.kind in ("part", "total", "subtotal") else None
            continue
        if parent is None or row.ambiguous:
            continue
        for col in layout.figure_columns():
            if col.role not in _ADDITIVE_ROLES or col.percent:
                continue
            whole, part = layout.value(parent, col), layout.value(row, col)
            if not (isinstance(whole, Quantity) and isinstance(part, Quantity)) or part.dimension != whole.dimension:
                continue
            if whole.unit == "%" or _RATE_LABEL.search(parent.name) or _RATE_LABEL.search(row.name) or (
                _SHARE_TABLE.search(col.title)
            ):
                continue
            if (row.unit and parent.unit and row.unit != parent.unit) or whole.value < 0 or part.value < 0:
                continue
            relations.append(_part_against_whole(
                part, whole, f"“{col.title}”列{_SUB_MARK.sub('', row.label)} {_written(text, part)} 大于其所属的"
                f"{parent.label} {_written(text, whole)}", "“其中”行", parent.label, row.label))
    return relations


def _part_against_whole(part: Quantity, whole: Quantity, says: str, kind_of_part: str, whole_label: str,
                        part_label: str) -> Relation:
    """A 其中 row or column's figure against its whole's: consistent, or a DC202 finding whose message opens
    with ``says`` (which figure is larger than which) and adds the excess."""
    base = dict(kind=PART_EXCEEDS, code="DC202", start=part.start, end=part.end)
    if Interval.of(part).low <= Interval.of(whole).high:
        return Relation(outcome=Outcome.CONSISTENT, **base)
    finer = part if part.magnitude <= whole.magnitude else whole
    excess = in_units_of(part.scaled - whole.scaled, finer, max(part.decimals, whole.decimals))
    return Relation(
        outcome=Outcome.INCONSISTENT, severity=Severity.ERROR,
        message=f"{says}，超出 {excess}：{kind_of_part}不可能大于整体",
        related=[(whole_label or "总数", whole.start, whole.end), (part_label or "分项", part.start, part.end)],
        **base,
    )


def _sub_columns_over_parent(text: str, layout: TableLayout) -> list[Relation]:
    """其中 columns against the column they belong to (the nearest one before that is not a 其中 column), row
    by row: ``类别 | 总数 | 其中：达标`` / ``桥梁（座） | 126 | 131``."""
    relations = []
    if _SHARE_TABLE.search(layout.table.before):
        return relations
    parent = None
    for col in layout.figure_columns():
        if not _SUB_MARK.match(col.title):
            parent = col if col.role in _ADDITIVE_ROLES and not col.percent else None
            continue
        if parent is None or col.percent or col.role not in _ADDITIVE_ROLES or _SHARE_TABLE.search(col.title):
            continue
        for row in layout.rows:
            if row.kind == "blank" or _RATE_LABEL.search(row.name):
                continue
            whole, part = layout.value(row, parent), layout.value(row, col)
            if not (isinstance(whole, Quantity) and isinstance(part, Quantity)) or part.dimension != whole.dimension:
                continue
            if whole.unit == "%" or whole.value < 0 or part.value < 0:
                continue
            relations.append(_part_against_whole(
                part, whole, f"{row.label}的“{_SUB_MARK.sub('', col.title)}” {_written(text, part)} 大于其所属的"
                f"“{parent.title}” {_written(text, whole)}", "“其中”列", parent.title, col.title))
    return relations


def _subtotals_for_their_rows(members: list[Row]) -> list[Row]:
    """The members with every row that a later 小计 closes replaced by that 小计 (a heading ends a group)."""
    kept: list[Row] = []
    pending: list[Row] = []
    for row in members:
        if row.kind == "subtotal":
            pending = []
            kept.append(row)
        elif row.kind == "heading":
            kept.extend(pending)
            pending = []
        else:
            pending.append(row)
    return kept + pending


def _column(col: Column) -> str:
    """How a message opens on a column: “同比增长(%)”列, or 表中 for a column without a header."""
    return f"“{col.title}”列" if col.title else "表中"




def _outline_labels(layout: TableLayout) -> bool:
    """Some body rows numbered (一、东部片区) and others not (城南): an outline of groups over their members,
    whose nesting a table pasted as text no longer shows."""
    numbered = [bool(OUTLINE_LABEL.match(r.label)) for r in layout.rows if r.kind not in ("total", "subtotal")]
    return any(numbered) and not all(numbered)


def _sums(text: str, layout: TableLayout) -> list[Relation]:
    relations = []
    if layout.table.source == "text" and (
        any(r.kind in ("heading", "sub") or r.ambiguous for r in layout.rows) or _outline_labels(layout)
    ):
        return relations  # a table pasted as text has lost its indents: only a flat one is summed
    for total_row, parts, complete in _total_groups(layout):
        if len(parts) < 2:
            continue
        for col in layout.figure_columns():
            if col.role not in _ADDITIVE_ROLES or col.percent:
                continue
            relation = _sum(text, layout, col, total_row, parts, complete)
            if relation is not None:
                relations.append(relation)
    return relations


def _sum(text: str, layout: TableLayout, col: Column, total_row: Row, parts: list[Row], complete: bool) -> Relation | None:
    total = layout.value(total_row, col)
    if not isinstance(total, Quantity):
        return None  # no total figure in this column: nothing stated
    if total.unit == "%" or _RATE_LABEL.search(total_row.name):
        return None
    base = dict(kind=SUM, code="DC201", start=total.start, end=total.end)
    figures: list[Quantity] = []
    lenient = False
    for row in parts:
        value = layout.value(row, col)
        if value == EMPTY:
            lenient = True
            continue
        if not isinstance(value, Quantity) or value.dimension != total.dimension or (row.unit and total_row.unit and row.unit != total_row.unit):
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
        figures.append(value)
    if len(figures) < 2:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    total_iv = Interval.of(total)
    sum_iv = interval_sum(Interval.of(q) for q in figures)
    if not (sum_iv.bounded and total_iv.bounded):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if sum_iv.overlaps(total_iv) or _any_reading_holds(layout, col, total_iv, parts):
        return Relation(outcome=Outcome.CONSISTENT, **base)
    if lenient:  # a dash may stand for a figure left out, not for zero
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if not complete and sum_iv.high < total_iv.low:  # a 其中 list may leave items out
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    sum_value = sum((q.scaled for q in figures), _ZERO)
    same_scale = all(q.magnitude == total.magnitude for q in figures)
    extra = max(0, max(q.decimals for q in figures) - total.decimals) if same_scale else 2
    terms = " + ".join(plain(q.value) if same_scale else text[q.start : q.end] for q in figures)
    label = total_row.label.replace(" ", "").replace("\u3000", "") or "合计"
    message = (
        f"{_column(col)}{label} {_written(text, total)} 与分项之和 {in_units_of(sum_value, total, extra)}（{terms}）不符，"
        f"相差 {in_units_of(abs(total.scaled - sum_value), total, extra)}"
    )
    slack = total.half_unit + sum((q.half_unit for q in figures), _ZERO)
    related = [(row.label or f"分项{n}", q.start, q.end) for n, (row, q) in enumerate(_pairs(layout, col, parts), 1)]
    return Relation(
        outcome=Outcome.INCONSISTENT, message=message, related=related,
        severity=mismatch_severity(sum_iv, total_iv, slack),
        suggestion=f"核对各分项，或将{label}改为 {in_units_of(sum_value, total, extra)}", **base,
    )


# (the span it sums may head it: 上半年合计 / 全年合计 / 1-3月合计)
_TOTAL_COLUMN = re.compile(r"^(?:全年|上半年|下半年|前三季度|第?[一二三四1-4]季度|[一二三四1-4]-[一二三四1-4]季度|\d{1,2}-\d{1,2}月|本年|年度)?(?:合计|总计)$")
# period columns that hold one another (本月 is inside 累计, 本年 inside 全年): never added across
_PERIOD_HEADER = re.compile(r"第?[一二三四1-4]季度|(?:1[0-2]|[1-9]|[一二三四五六七八九十]|十[一二])月份?|[上下]半年")
_OVERLAPPING_PERIOD = re.compile(r"累计|本月|当月|本年|全年|上年|去年|同期|年初|年末|余额|增减|计划|目标|任务")


def _row_totals(text: str, layout: TableLayout) -> list[Relation]:
    """A 合计/总计 column closing a row of amounts (``指标 | A | B | C | 合计``): in every row, the figure
    under it against the sum of the figures before it. Only when the total column is the last figure
    column, under the same heading as the others, and every column before it is a plain amount (no
    rate, share, change or 其中 column, which would not add up)."""
    columns = layout.figure_columns()
    if len(columns) < 3 or not _TOTAL_COLUMN.match(header_key(columns[-1].header)):
        return []
    total_col, part_cols = columns[-1], columns[:-1]
    # (columns of disjoint periods, 一季度 | 二季度 | 合计 or 1月 | 2月 | 3月 | 合计, are values that add up too)
    periods = all(c.role == "value" and _PERIOD_HEADER.fullmatch(header_key(c.header)) for c in part_cols)
    if any((c.role is not None and not periods) or c.percent or c.group != total_col.group or header_key(c.header).startswith("其中")
           or _OVERLAPPING_PERIOD.search(header_key(c.header))
           or _TOTAL_COLUMN.match(header_key(c.header)) or not header_key(c.header) for c in part_cols):
        return []
    relations = []
    for row in layout.rows:
        if row.kind == "blank" or _RATE_LABEL.search(row.name):
            continue
        total = layout.value(row, total_col)
        if not isinstance(total, Quantity) or total.unit == "%":
            continue
        figures = [layout.value(row, c) for c in part_cols]
        base = dict(kind=SUM, code="DC201", start=total.start, end=total.end)
        if any(f == EMPTY for f in figures) or not all(
            isinstance(f, Quantity) and f.dimension == total.dimension for f in figures
        ):
            relations.append(Relation(outcome=Outcome.NOT_CHECKABLE, **base))
            continue
        total_iv = Interval.of(total)
        sum_iv = interval_sum(Interval.of(q) for q in figures)
        if sum_iv.overlaps(total_iv):
            relations.append(Relation(outcome=Outcome.CONSISTENT, **base))
            continue
        sum_value = sum((q.scaled for q in figures), _ZERO)
        same_scale = all(q.magnitude == total.magnitude for q in figures)
        extra = max(0, max(q.decimals for q in figures) - total.decimals) if same_scale else 2
        terms = " + ".join(plain(q.value) if same_scale else text[q.start : q.end] for q in figures)
        label = header_key(row.label) or "本行"
        slack = total.half_unit + sum((q.half_unit for q in figures), _ZERO)
        relations.append(Relation(
            outcome=Outcome.INCONSISTENT,
            message=(f"{label}一行“{header_key(total_col.header)}”列 {_written(text, total)} 与本行各列之和 "
                     f"{in_units_of(sum_value, total, extra)}（{terms}）不符，"
                     f"相差 {in_units_of(abs(total.scaled - sum_value), total, extra)}"),
            related=[(f"{header_key(c.header)}", q.start, q.end) for c, q in zip(part_cols, figures)],
            severity=mismatch_severity(sum_iv, total_iv, slack),
            suggestion=f"核对本行各列，或将合计改为 {in_units_of(sum_value, total, extra)}",
            **base,
        ))
    return relations


def _any_reading_holds(layout: TableLayout, col: Column, total_iv: Interval, parts: list[Row]) -> bool:
    """Ambiguous rows (after an unindented 其中 row) read as its members instead of parts."""
    if not any(r.ambiguous for r in parts):
        return False
    kept = [layout.value(r, col) for r in parts if not r.ambiguous]
    figures = [q for q in kept if isinstance(q, Quantity)]
    return bool(figures) and interval_sum(Interval.of(q) for q in figures).overlaps(total_iv)


def _pairs(layout: TableLayout, col: Column, rows: list[Row]):
    for row in rows:
        value = layout.value(row, col)
        if isinstance(value, Quantity):
            yield row, value


def _written(text: str, q: Quantity) -> str:
    """A cell figure as written, with the unit that applies to it."""
    own = text[q.start : q.end].strip()
    if q.unit and not own.endswith(q.unit):
        return in_units_of(q.scaled, q)
    return own


# --- shares ------------------------------------------------------------------------------------------


def _shares(layout: TableLayout) -> list[Relation]:
    relations = []
    share_cols = [c for c in layout.figure_columns() if c.role == "share"]
    # a column of percentages without a share header whose 合计 row reads 100 is a split of one whole too
    # (出口市场结构（单位：%） / 欧盟  28.6 / … / 合计  100.0)
    plain_percent_cols = [c for c in layout.figure_columns() if c.role is None]
    for total_row, parts, complete in _total_groups(layout):
        if len(parts) < 2 or total_row.kind != "total" or not complete:
            continue
        hundred_cols = [
            c for c in plain_percent_cols
            if isinstance(whole := layout.value(total_row, c), Quantity) and whole.unit == "%" and whole.value == 100
        ]
        for col in share_cols + hundred_cols:
            whole = layout.value(total_row, col)
            figures = [layout.value(r, col) for r in parts]
            cell = layout.cell(total_row, col) if isinstance(whole, Quantity) else total_row.label_cell
            if cell is None:
                continue
            start, end = (whole.start, whole.end) if isinstance(whole, Quantity) else (cell.start, cell.end)
            base = dict(kind=SHARE, code="DC204", start=start, end=end)
            if any(r.ambiguous for r in parts) or not all(isinstance(q, Quantity) and q.unit == "%" for q in figures):
                relations.append(Relation(outcome=Outcome.NOT_CHECKABLE, **base))
                continue
            whole_iv = Interval.of(whole) if isinstance(whole, Quantity) else _HUNDRED
            ivs = [Interval.of(q) for q in figures]
            total_iv = interval_sum(ivs)
            if total_iv.overlaps(whole_iv):
                relations.append(Relation(outcome=Outcome.CONSISTENT, **base))
                continue
            places = max(q.decimals for q in figures)
            total = sum((q.value for q in figures), _ZERO)
            whole_value = whole.value if isinstance(whole, Quantity) else Decimal(100)
            difference = total - whole_value
            slack = sum((iv.width / 2 for iv in ivs), _ZERO) + whole_iv.width / 2
            message = (
                f"{_column(col)}各部分占比之和为 {plain(total, places)}%（{' + '.join(plain(q.value) for q in figures)}），"
                f"与{total_row.label or '合计'} {plain(whole_value)}% 不符，{'多出' if difference > 0 else '相差'} "
                f"{plain(abs(difference), places)}个百分点"
            )
            related = [(r.label or f"分项{n}", q.start, q.end) for n, (r, q) in enumerate(zip(parts, figures), 1)]
            # the error may sit in any cell of the column: the finding spans it, from its first part to the total
            base["start"] = min(base["start"], *(q.start for q in figures))
            relations.append(Relation(outcome=Outcome.INCONSISTENT, message=message, related=related,
                                      severity=mismatch_severity(total_iv, whole_iv, slack), **base))
    return relations


def _share_column_values(layout: TableLayout, share: Column) -> Column | None:
    """The amounts a share column is a share of: the group's value column, else the one plain amount column."""
    value = layout.column_for("value", share.group)
    if value is not None:
        return value
    plain_amounts = [c for c in layout.figure_columns() if c.role is None and not c.percent]
    if len(plain_amounts) != 1:
        return None
    # 产值占比（%） beside 规上企业数（家）: a share of the measure it names, not of the one amount column of another
    measure = _SHARE_MEASURE.match(share.header.strip())
    if measure is not None and measure.group(1) not in plain_amounts[0].header:
        return None
    return plain_amounts[0]


# the measure a share header names before its share word (产值占比, 营业收入比重, 产值占全市比重), not the whole after
# 占 (占规上工业比重)
_SHARE_MEASURE = re.compile(r"(?!占)([\u4e00-\u9fff]{2,8}?)(?:占比|比重|构成|占)")


def _shares_of_total(text: str, layout: TableLayout) -> list[Relation]:
    """Each row's share against its value / the total row's value (DC303)."""
    relations = []
    for total_row, parts, complete in _total_groups(layout):
        if total_row.kind != "total":
            continue
        for col in (c for c in layout.figure_columns() if c.role == "share"):
            value_col = _share_column_values(layout, col)
            if value_col is None:
                continue
            listed = {id(r) for r in parts}
            for row in parts + [r for r in layout.rows if r.kind == "sub" and id(r) not in listed]:
                relation = _share_of_total(text, layout, row, col, value_col, total_row)
                if relation is not None:
                    relations.append(relation)
    return relations


# 占规上工业比重（%） / 占全区比重(%): the whole a share column names after 占
_NAMED_WHOLE_HEADER = re.compile(r"^占(?P<named>[\u4e00-\u9fff]{2,12}?)(?:的)?(?:比重|比例|份额)")
_WHOLE_LABEL_END = re.compile(r"[，,。；;：:！？!?\n]")


def _shares_of_a_whole_above(ctx, layout: TableLayout) -> list[Relation]:
    """Each row's share in a table without a total row, against its value / the one figure of the line above the table
    whose label names the whole the share column names (``占规上工业比重（%）`` under ``全市规上工业总产值124.6亿元``)."""
    if any(row.kind in ("total", "subtotal") for row in layout.rows) or not layout.table.before:
        return []
    text = ctx.text
    before_at = text.rfind(layout.table.before, 0, layout.table.start)
    if before_at < 0:
        return []
    relations = []
    for col in (c for c in layout.figure_columns() if c.role == "share"):
        named = _NAMED_WHOLE_HEADER.match(col.header.strip())
        value_col = _share_column_values(layout, col) if named else None
        if value_col is None:
            continue
        wholes = []
        for q in document_quantities(ctx).between(before_at, before_at + len(layout.table.before)):
            head = text[max(before_at, q.start - 24) : q.start]
            label = head[max((m.end() for m in _WHOLE_LABEL_END.finditer(head)), default=0) :]
            if q.unit != "%" and q.high is None and named.group("named") in label:
                wholes.append(q)
        if len(wholes) != 1:
            continue
        whole = wholes[0]
        for row in layout.rows:
            stated_q, part = layout.value(row, col), layout.value(row, value_col)
            if row.kind != "part" or not isinstance(stated_q, Quantity) or stated_q.unit != "%" or not isinstance(part, Quantity):
                continue
            if part.dimension != whole.dimension or part.unit == "%" or part.scaled > whole.scaled:
                continue
            label = row.label.strip() or "分项"
            relations.append(_ratio(text, row, col, stated_q, part, whole, (label, "总体"), SHARE_OF_TOTAL))
    return relations


def _share_of_total(text, layout, row, col, value_col, total_row) -> Relation | None:
    stated_q = layout.value(row, col)
    if not isinstance(stated_q, Quantity) or stated_q.unit != "%":
        return None
    part, whole = layout.value(row, value_col), layout.value(total_row, value_col)
    if not (isinstance(part, Quantity) and isinstance(whole, Quantity)) or part.dimension != whole.dimension or part.unit == "%":
        part = whole = None
    labels = (row.label.strip() or "分项", total_row.label.strip() or "合计")
    return _ratio(text, row, col, stated_q, part, whole, labels, SHARE_OF_TOTAL)


# --- row relations: growth, difference, completion -----------------------------------------------------


def _row_relations(text: str, layout: TableLayout) -> list[Relation]:
    """Each growth, change and completion column against its two operand columns, row by row."""
    relations = []
    headings = " ".join([layout.table.before, *(c.title for c in layout.columns)])
    # a price basis declared by the caption or the note under the table (（现价，亿元）, 注：增速按现价计算):
    # at current prices every growth rate is nominal, 生产总值's too, and is recomputed from the values
    nominal = bool(_CURRENT_PRICES.search(headings + _note_after(text, layout.table.end)))
    real_table = not nominal and bool(_REAL_GROWTH.search(headings))
    checks = {
        "growth": ("base", lambda *args: _growth(*args, real_table, nominal)),
        "change": ("base", _difference),
        "completion": ("target", _completion),
    }
    for col in layout.figure_columns():
        if col.role not in checks or col.group_role in ("base", "target"):
            continue  # a growth under 上年同期 or 全年目标 compares other periods
        other_role, check = checks[col.role]
        value, other = layout.column_for("value", col.group), layout.column_for(other_role, col.group)
        if value is None and other is not None and col.role == "completion":
            # 任务数 | 已签约 | 完成率: the one plain amount column beside the target is what was done
            plain_amounts = [c for c in layout.figure_columns()
                             if c.role is None and not c.percent and c.group == col.group and c is not other]
            value = plain_amounts[0] if len(plain_amounts) == 1 else None
        if value is None or other is None:
            continue
        for row in _checked_rows(layout):
            relation = check(text, layout, row, col, value, other)
            if relation is not None:
                relations.append(relation)
    return relations


def _checked_rows(layout: TableLayout) -> list[Row]:
    return [r for r in layout.rows if r.kind in ("part", "sub", "total", "subtotal")]


def _operands(layout: TableLayout, row: Row, stated_col: Column, a_col: Column, b_col: Column):
    """The stated cell and its two operands, or None when a cell is blank or not a figure."""
    stated, a, b = layout.value(row, stated_col), layout.value(row, a_col), layout.value(row, b_col)
    if not all(isinstance(q, Quantity) for q in (stated, a, b)):
        return None
    if a.dimension != b.dimension or a.unit == "%" or (a.unit == "" and a.magnitude != b.magnitude):
        return None
    return stated, a, b


def _operand_texts(text: str, a: Quantity, b: Quantity) -> tuple[str, str]:
    if a.magnitude == b.magnitude:
        return _number(text, a), _number(text, b)
    return in_units_of(a.scaled, a), in_units_of(b.scaled, b)


def _number(text: str, q: Quantity) -> str:
    return text[q.number_start : q.number_end].replace(",", "")


def _where(row: Row, col: Column) -> str:
    return f"{row.label.strip() or '该行'}“{col.title}”"


def _note_after(text: str, end: int) -> str:
    """The line right under a table when it is a note on it (注：增速按现价计算。), else ""."""
    start = end + 1 if text[end : end + 1] == "\n" else end
    line = text[start : text.find("\n", start) if "\n" in text[start : start + 200] else start + 200]
    return line if _NOTE.match(line) else ""


def _growth(text, layout, row, col, value_col, base_col, real_table, nominal=False) -> Relation | None:
    cell = layout.cell(row, col)
    if cell is None:
        return None
    operands = _operands(layout, row, col, value_col, base_col)
    stated_q = layout.value(row, col)
    if not isinstance(stated_q, Quantity) or stated_q.unit != "%":
        return None
    base = dict(kind=GROWTH, code="DC301", start=stated_q.start, end=stated_q.end)
    if operands is None or real_table or (_REAL_SUBJECT.search(row.name) and not nominal) or _RATE_LABEL.search(row.name):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    _, current, previous = operands
    settled, computed, stated = _percent_outcome(stated_q, current, previous, lambda cur, prev: growth(prev, cur), base)
    if settled is not None:
        return settled
    point = current.scaled / previous.scaled - 1
    cur_text, prev_text = _operand_texts(text, current, previous)
    return _change_mismatch(
        text, row, col, stated_q, (current, previous), computed, stated, f"({cur_text} − {prev_text}) / {prev_text}",
        f"{format_percent(point, message_places(stated_q.decimals))}%", format_percent(point, stated_q.decimals), base,
    )


def _difference(text, layout, row, col, value_col, base_col) -> Relation | None:
    stated_q = layout.value(row, col)
    if not isinstance(stated_q, Quantity) or stated_q.unit == "%":
        return None
    base = dict(kind=DIFFERENCE, code="DC302", start=stated_q.start, end=stated_q.end)
    operands = _operands(layout, row, col, value_col, base_col)
    if operands is None or stated_q.dimension != operands[1].dimension:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    _, current, previous = operands
    computed = Interval.of(current) - Interval.of(previous)
    stated = Interval.of(stated_q)
    if not (computed.bounded and stated.bounded):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if computed.overlaps(stated):
        return Relation(outcome=Outcome.CONSISTENT, **base)
    point = current.scaled - previous.scaled
    places = max(stated_q.decimals, current.decimals if current.magnitude == stated_q.magnitude else 0)
    figure = format_number(point / stated_q.magnitude, places)
    cur_text, prev_text = _operand_texts(text, current, previous)
    return _change_mismatch(text, row, col, stated_q, (current, previous), computed, stated,
                            f"{cur_text} − {prev_text}", figure, figure, base)


def _change_mismatch(text, row, col, stated_q, operands, computed, stated, formula, shown, corrected, base) -> Relation:
    """A growth or change cell that its value and base contradict: the arithmetic, and an error when
    the direction is the wrong way round (growth written for a decline)."""
    current, previous = operands
    flipped = (stated_q.value > 0 and computed.high < 0) or (stated_q.value < 0 and computed.low > 0)
    message = f"{_where(row, col)} {text[stated_q.start:stated_q.end]}：按 {formula} 计算应为 {shown}"
    if flipped:
        message += "（增减方向与所写相反）"
    half_step = stated_q.half_unit / 100 if stated_q.unit == "%" else stated_q.half_unit
    return Relation(
        outcome=Outcome.INCONSISTENT, message=message,
        related=[("本期值", current.start, current.end), ("基期值", previous.start, previous.end)],
        severity=mismatch_severity(computed, stated, half_step, flipped=flipped),
        suggestion=_corrected_cell(text, stated_q, corrected), **base,
    )


def _completion(text, layout, row, col, value_col, target_col) -> Relation | None:
    stated_q = layout.value(row, col)
    if not isinstance(stated_q, Quantity) or stated_q.unit != "%":
        return None
    operands = _operands(layout, row, col, value_col, target_col)
    done, target = (None, None) if operands is None or _RATE_LABEL.search(row.name) else operands[1:]
    return _ratio(text, row, col, stated_q, done, target, ("完成值", "目标值"), COMPLETION)


def _ratio(text, row, col, stated_q, part, whole, labels, kind) -> Relation:
    """A percentage cell against part / whole (a completion rate or a share); for completion, a
    correction that turns 完成 into 未完成 (or back) is an error."""
    base = dict(kind=kind, code="DC303", start=stated_q.start, end=stated_q.end)
    if part is None or whole is None or stated_q.value < 0 or part.value < 0:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    settled, computed, stated = _percent_outcome(stated_q, part, whole, ratio, base)
    if settled is not None:
        return settled
    point = part.scaled / whole.scaled
    part_text, whole_text = _operand_texts(text, part, whole)
    message = (f"{_where(row, col)} {text[stated_q.start:stated_q.end]}：按 {part_text} / {whole_text} 计算应为 "
               f"{format_percent(point, message_places(stated_q.decimals))}%")
    severity = mismatch_severity(computed, stated, stated_q.half_unit / 100)
    if kind == COMPLETION and (stated_q.value >= 100) != (point >= 1):
        severity = Severity.ERROR
        message += "（完成与未完成的结论相反）"
    return Relation(
        outcome=Outcome.INCONSISTENT, message=message,
        related=[(labels[0], part.start, part.end), (labels[1], whole.start, whole.end)],
        severity=severity, suggestion=_corrected_cell(text, stated_q, format_percent(point, stated_q.decimals)), **base,
    )


def _percent_outcome(stated_q, top: Quantity, bottom: Quantity, compute, base):
    """A stated percentage against ``compute(top, bottom)`` (the bottom must be positive): a settled
    relation (not checkable or consistent), or None with the computed and stated intervals."""
    top_iv, bottom_iv = Interval.of(top), Interval.of(bottom)
    if not (positive(bottom_iv) and top_iv.bounded and bottom_iv.bounded):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base), None, None
    computed = compute(top_iv, bottom_iv)
    stated = _fraction(derived_figure_tolerance(Interval.of(stated_q), stated_q))
    if computed.overlaps(stated):
        return Relation(outcome=Outcome.CONSISTENT, **base), computed, stated
    return None, computed, stated


def _fraction(interval: Interval) -> Interval:
    return Interval(interval.low / 100, interval.high / 100)


def _corrected_cell(text: str, stated_q: Quantity, figure: str) -> str:
    """The cell's figure replaced by the corrected one, keeping its % or unit as written."""
    return text[stated_q.start : stated_q.number_start].lstrip("-−") + figure + text[stated_q.number_end : stated_q.end]
