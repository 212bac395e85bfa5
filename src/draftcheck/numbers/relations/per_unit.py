"""Averages per household, per mu or per item tied to the one total and the one count they divide (DC303).

ratios.py checks per-head and per-land figures whose total is named like the average (人均工资 ← 工资总额,
亩均税收 ← 税收 of the named area). Reports also write an average against the only total and the only count
of its kind in the statement (or the statement before, in the same paragraph), without naming them alike:

- ``全村1356户，发放补贴资金1627.8万元，户均1.02万元`` (户均/每户 over a count of 户);
- ``用地2300亩，实缴税金3.685亿元，亩均税收达到18.6万元`` / ``总投资5.8亿元，用地145亩，投资强度达到每亩480万元``
  (亩均/每亩 over an area in 亩);
- ``新签约项目42个，协议总投资386亿元，平均每个项目投资额达到12.6亿元`` (平均每个/每家 over a count of 个/家/项);
- ``户籍人口3.862万人。…收入总额1865.42万元，按户籍人口计算人均348元`` (人均 only with its basis stated:
  a bare 人均 beside a population and a GDP is another total's average, read by ratios.py when named alike).

A noun after the per-word (亩均税收, 平均每个项目投资额) must share a character with the total's label
(税收 with 实缴税金, 投资额 with 协议总投资; not 税收 with 固定资产投资). The average is checked only when exactly one total of its measure (money, or the unit before its slash) and
exactly one count of the unit it is taken over stand before it; figures that another finder already relates
are left to it (``FALLBACK``).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from draftcheck.numbers.clause_model import Role, TypedQuantity
from draftcheck.numbers.formatting import format_number
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import quantity_text
from draftcheck.numbers.quantity import Kind
from draftcheck.numbers.rate_arithmetic import mismatch_severity
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import statements

CODE = "DC303"
FALLBACK = True
_REACH = 200  # how far before its per-word a total or a count may stand

# per-word -> the units of the count it divides by
_PER_UNITS = {
    "户均": ("户", "家"), "每户": ("户", "家"),  # (户均营业收入 of firms counted in 家)
    "亩均": ("亩",), "每亩": ("亩",),
    "平均每个": ("个", "项", "家"), "每个项目": ("个",), "平均每家": ("家", "户"), "每家企业": ("家", "户"),
    "人均": ("人",),
    "生均": ("人", "名"),  # 按在校生23200人计算，生均800元: over the one count of pupils
}
_PER = re.compile(
    r"(?P<per>户均|每户|亩均|每亩|平均每个|每个项目|平均每家|每家企业|(?<=计算)人均|(?<=计)人均|生均|(?<![\u4e00-\u9fff])[村校企园站社]均"
    # 地均 over an area; 每 + the measure word of the count divided by (每公里, 每张床位, 每所学校); 每 + the
    # noun counted (平均每馆, 每校)
    r"|地均|(?:平均)?每(?P<mw>平方公里|公里|千米|公顷|平方米|吨|张|台|辆|座|所|处|个|家|项)"
    r"|(?:平均)?每(?P<nc>[馆校村园站院厂店镇乡])(?=[\u4e00-\u9fff]))"
)
# 地均: the count divided by is an area (or the unit after the slash of the average's own unit)
_LAND_UNITS = ("平方公里", "亩", "公顷")
# 村均/校均/企均 …: the count it divides by is one whose noun right after its unit holds that character
_NOUN_PER_UNITS = ("个", "所", "家", "座", "处", "户")
_BASIS = re.compile(r"按[^，,。；;]{1,12}(?:计算|计)$")
_NOUN_TRIM = re.compile(r"(?:达到|达|为|是|约|近|超过|在|的|了)")
_LIGHT = frozenset("额总全年量值数项目个家户亩")
_OPERAND_ROLES = frozenset({Role.VALUE, Role.COUNT, Role.PART})


def find(ctx) -> list[Relation]:
    """Averages read on the typed clauses (``ctx.clause_model``) of the statements holding a per-word."""
    folded = ctx.folded
    spans = statements(ctx)
    model = ctx.clause_model
    relations: list[Relation] = []
    previous: list[TypedQuantity] = []
    previous_span: tuple[int, int] | None = None
    for start, end, same_paragraph in spans:
        typed: list[TypedQuantity] | None = None
        if ("均" in folded[start:end] or "每" in folded[start:end]) and _PER.search(folded, start, end):
            typed = model.between(start, end)
            if previous_span is not None and not previous:
                previous = model.between(*previous_span)
            near = previous + typed
            starts = [t.quantity.start for t in near]
            for m in _PER.finditer(folded, start, end):
                # the figures of a window around the per-word (bounded: statements of thousands of figures)
                window = near[bisect.bisect_left(starts, m.start() - _REACH) : bisect.bisect_right(starts, m.end() + 10)]
                relation = _average(ctx.text, folded, m, window, start)
                if relation is not None:
                    relations.append(relation)
        # the statement before is typed only when the next one needs it
        previous = typed if (same_paragraph and typed is not None) else []
        previous_span = (start, end) if same_paragraph else None
    return relations


def _average(text: str, folded: str, m: re.Match, typed: list[TypedQuantity], floor: int) -> Relation | None:
    per = m.group("per")
    if per == "人均" and not _BASIS.search(folded[max(0, m.start() - 16) : m.start()]):
        return None
    value = next((t.quantity for t in typed if t.quantity.start >= m.end() and t.quantity.start - m.end() <= 10), None)
    if value is None or value.kind != Kind.AMOUNT or value.unit == "" or value.qualifier in ("以上", "超过"):
        return None
    clause = folded[m.end() : value.start]
    if re.search(r"[，,。；;]", clause):
        return None
    # what is divided and what it is divided by: figures before the average in the role of a value (a
    # change, a base, a target or a rate of the statement is never the total: 增加1200万元, 上年为B)
    before = [t.quantity for t in typed if t.quantity.end <= m.start() and t.quantity.kind == Kind.AMOUNT
              and t.quantity.high is None and t.role in _OPERAND_ROLES]
    measure = value.unit.split("/")[0]
    totals = [q for q in before if q.unit == measure and "/" not in q.unit]
    if per in _PER_UNITS:
        counts = [q for q in before if q.unit in _PER_UNITS[per]]
    elif per == "地均":
        slash = value.unit.partition("/")[2]
        counts = [q for q in before if q.unit == slash or (not slash and q.unit in _LAND_UNITS)]
    elif m.group("mw"):  # 每公里投资D: the one length before; 每张床位…D: the one count in 张
        counts = [q for q in before if q.unit == m.group("mw")]
    elif m.group("nc"):  # 图书馆12个…平均每馆: a count whose noun, before or after it, holds 馆
        counts = [q for q in before if q.unit in _NOUN_PER_UNITS and q.is_exact_count
                  and (m.group("nc") in folded[q.end : q.end + 4] or m.group("nc") in folded[max(0, q.start - 6) : q.start])]
    else:  # 93个行政村…村均: a count whose noun holds 村
        counts = [q for q in before if q.unit in _NOUN_PER_UNITS and q.is_exact_count and per[0] in folded[q.end : q.end + 4]]
    totals = [q for q in totals if not any(q is c for c in counts)]
    if len(totals) != 1 or len(counts) != 1:
        return None
    total, count = totals[0], counts[0]
    if count.scaled <= 0 or total.scaled <= 0:
        return None
    if re.search(r"增收|增加|增长|减少|下降|提高|节约|减收|新增", clause):
        return None  # 户均增收3.2万元: the average of a change, not of the total before it
    noun = set(_NOUN_TRIM.sub("", clause)) - _LIGHT - set(" \u3000\u00a0")  # (生均 900元: a PDF space is no noun)
    label = folded[max(floor, total.start - 12) : total.start]
    label = label[max(label.rfind(ch) for ch in "，,。；;：:") + 1 :]
    if noun and not noun & set(label):
        return None  # 亩均税收 after 固定资产投资48亿元: the average of another measure
    computed = Interval.of(total) / Interval.of(count)
    stated = Interval.of(value)
    if value.is_exact_count:  # 每校平均拥有教职工79人: an average is rounded, never an exact count
        stated = Interval.written(value.value, value.decimals).scale(value.magnitude)
    start, end = value.start, value.end
    related = [("总量", total.start, total.end), ("数量", count.start, count.end)]
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=CODE, outcome=Outcome.CONSISTENT, start=start, end=end, related=related)
    point = total.scaled / count.scaled
    figure = f"{format_number(point / value.magnitude, max(value.decimals, 2))}{text[value.number_end : value.end].strip()}"
    return Relation(
        kind="ratio", code=CODE, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=f"{per}{quantity_text(value, text)}：按 {quantity_text(total, text)} / {quantity_text(count, text)} 计算应为 {figure}",
        related=related,
        severity=mismatch_severity(computed, stated, value.half_unit),
        suggestion=figure,
    )


