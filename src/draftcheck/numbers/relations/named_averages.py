"""Averages named after what they average, tied to their total and what it is divided by (DC303).

Read on the typed clauses (``ctx.clause_model`` on ``ctx.segmentation``) of every statement holding a
per-word: each figure with its role, its clause and the words of that clause before it (its label). A base, a
change or a target of the statement (上年为B, 增加1.2亿元, 目标任务B) is never a total, a head count or an area.

- 人均 (the model's per-head rate: ``人均工资``): a total whose label names what 人均 names (工资总额, 社会消费品
  零售总额 for 人均社会消费品零售额) over the one head count of the statement (从业人员, 常住人口 ...). Official
  per-head figures (人均生产总值) divide by an average population: checked against a stated 常住人口 or a head
  count given as the basis (按常住人口38.7万人计算), with a 3% margin when the basis is not stated; surveyed ones
  (人均可支配收入, 人均居民消费支出, 人均住房面积) are never checked.
- 每千人口 / 每万人 (``每千人口执业（助理）医师3.6人``): the one total of the thing counted over the one
  resident population, times the scale.
- 亩均 / 每亩 / 每平方公里 / 每公顷 (``亩均税收26.8万元``): the one total named like the average over the one
  area in the unit it is per.
- 年均 / 平均每年 after a cumulative total over a named span (``五年来累计新增城镇就业3.6万人，年均新增7200人``,
  ``2021—2025年…累计完成投资1260亿元，年均完成252亿元``): total / years.

Not read (deliberately): an average whose total or divisor is missing or ambiguous (two head counts, two areas),
a per-head figure of a new or trained group (新增就业人员人均), averages of a change (户均增收: per_unit.py reads
averages over counts of 户/个/家).
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon.words import words
from draftcheck.numbers.clause_model import Role, TypedQuantity
from draftcheck.numbers.formatting import format_number
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import quantity_text, same_dimension, written_interval
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance, mismatch_severity
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import spans_holding, statements

RATIO = "DC303"
_REACH = 400  # how far (characters) around an average its operands are sought (lists of thousands of figures)
_HINTS = ("人均", "每", "年均", "平均每年", "亩均")
_LABEL_REACH = 48  # how many characters of its clause before a figure name it
_NOT_OPERANDS = frozenset({Role.BASE, Role.CHANGE, Role.TARGET, Role.THRESHOLD})

# the cues right before an average, read on its clause's words before it
_PER_POPULATION = re.compile(
    r"每(?P<k>千|万|十万|百|百万)(?:人口|常住人口|人|户籍人口)(?:拥有)?(?P<noun>[^，,。；;：:！？!?\n\d]{1,12}?)(?:数)?(?:为|是|达到?|有)?\s?$"
)
_PER_POPULATION_SCALE = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000}
_PER_LAND = re.compile(r"(?P<per>亩均|每亩|每平方公里|每公顷)(?P<noun>[^，,。；;：:！？!?\n\d]{1,8}?)(?:为|是|达到?|达)?\s?$")
_LAND_UNIT = {"亩均": "亩", "每亩": "亩", "每平方公里": "平方公里", "每公顷": "公顷"}
_YEARLY = re.compile(r"(?:年均|平均每年|每年平均)")
_SPAN_REACH = 30  # the span of years a cumulative total covers (五年来 / 2021—2025年) stands this close before 累计
_CUMULATIVE_REACH = 14  # 累计 and the total: up to this many characters of label between

_HEAD_COUNT = re.compile(r"从业人员|职工|员工|在岗|用工|人口|就业人员|从业人数|人员")
_NEW_HEADS = re.compile(r"新增|新招|引进|招聘|培训|人均")
_OFFICIAL = ("生产总值", "GDP", "可支配", "纯收入", "居民", "消费", "住房", "面积", "寿命", "受教育")
_SURVEYED = ("可支配", "纯收入", "居民", "消费", "住房", "寿命", "受教育")
_TOTAL_WORD = re.compile(r"总([额量])")  # 社会消费品零售总额 names the total of 人均社会消费品零售额
_STATED_BASIS_BEFORE = re.compile(r"(?:按|以|按照)[^，,；;。]{0,8}$")
_STATED_BASIS_AFTER = re.compile(r"\s?(?:计算|测算|计|核算)")
# An official per-head figure divides by the year's average resident population (常住人口), not the year-end
# head count a report states beside it: without 按…计算 it is checked against a stated 常住人口 only, and only
# beyond this relative margin (a 户籍人口 may differ from the resident one by a fifth: never used unstated).
_UNSTATED_BASIS_MARGIN = Decimal("0.03")


class _Figure:
    """A typed figure of the statement with the words of its clause before it."""

    __slots__ = ("typed", "quantity", "label")

    def __init__(self, typed: TypedQuantity, label: str) -> None:
        self.typed, self.quantity, self.label = typed, typed.quantity, label


def find(ctx) -> list[Relation]:
    spans = statements(ctx)
    folded = ctx.folded
    relations: list[Relation] = []
    sentences = ctx.segmentation.sentences
    starts = [s.start for s in sentences]
    model = None
    for k in spans_holding(folded, spans, _HINTS):
        start, end, _ = spans[k]
        if model is None:
            model = ctx.clause_model
        figures: list[_Figure] = []
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < len(sentences) and sentences[i].start < end:
            if sentences[i].end > start:
                for clause in model.sentence(sentences[i]):
                    for t in clause.quantities:
                        q = t.quantity
                        if start <= q.start and q.end <= end and q.kind in Kind.VALUES and q.high is None and t.role is not Role.THRESHOLD:
                            # (the label is the clause's last words before the figure: bounded, for clauses of
                            # thousands of figures without a comma)
                            figures.append(_Figure(t, folded[max(clause.clause.start, q.start - _LABEL_REACH) : q.start]))
            i += 1
        relations.extend(_statement_averages(ctx.text, folded, document_quantities(ctx), figures))
    return relations


def _statement_averages(text: str, folded: str, index, figures: list[_Figure]) -> list[Relation]:
    relations: list[Relation] = []
    positions = [f.quantity.start for f in figures]
    for n, figure in enumerate(figures):
        value, label = figure.quantity, figure.label
        if value.unit in ("%", "") or not ("均" in label or "每" in label):
            continue
        # the figures within reach of the average (bounded: statements of thousands of figures)
        low = bisect.bisect_left(positions, value.start - _REACH)
        relation = None
        if figure.typed.role is Role.RATE and figure.typed.cue.startswith("人均"):
            near = figures[low : bisect.bisect_left(positions, value.start + _REACH)]
            relation = _per_head(text, folded, figure, figure.typed.cue[2:], near)
        elif "每" in label and (m := _PER_POPULATION.search(label)):
            relation = _per_population(text, folded, figure, m, figures[low:n])
        elif m := _PER_LAND.search(label):
            relation = _per_land(text, figure, m, figures[low:n])
        elif "均" in label and (m := _YEARLY.search(label)):
            relation = _yearly_average(text, folded, index, figure, figures[max(0, n - 12) : n])
        if relation is not None:
            relations.append(relation)
    return relations


def _operand(figure: _Figure) -> bool:
    return figure.typed.role not in _NOT_OPERANDS


def _unchecked(value: Quantity, start: int | None = None) -> Relation:
    return Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=value.start if start is None else start, end=value.end)


def _stated_basis(folded: str, figure: _Figure) -> bool:
    """按常住人口38.7万人计算: the head count is given as the basis of the per-head figures."""
    return bool(_STATED_BASIS_BEFORE.search(figure.label)) and bool(_STATED_BASIS_AFTER.match(folded, figure.quantity.end))


def _unstated_basis_slack(computed: Interval) -> Interval:
    return Interval(computed.low * (1 - _UNSTATED_BASIS_MARGIN), computed.high * (1 + _UNSTATED_BASIS_MARGIN))


def _per_head(text: str, folded: str, figure: _Figure, noun: str, near: list[_Figure]) -> Relation | None:
    value = figure.quantity
    # 人均生产总值 ...: official figures divide by an average or surveyed population, not a head count the
    # report gives; checked only when the statement says which head count it used (以常住人口41.2万人计算)
    official = any(word in noun for word in _OFFICIAL)
    if official and any(word in noun.replace("社会消费品", "") for word in _SURVEYED):
        return _unchecked(value)
    heads, totals = [], []
    for other in near:
        if other is figure or not _operand(other):
            continue
        # a total in brackets after the average (人均地区生产总值…元（地区生产总值765.1亿元）) is labelled inside them
        label = other.label[max(other.label.rfind("（"), other.label.rfind("(")) + 1 :]
        label = label[max(label.rfind(ch) for ch in "；;") + 1 :]
        q = other.quantity
        if q.unit in ("人", "名") and _HEAD_COUNT.search(label) and not _NEW_HEADS.search(label):
            if not official or _stated_basis(folded, other) or "常住人口" in label:
                heads.append(other)
        elif same_dimension(q, value) and (noun in label or noun in _TOTAL_WORD.sub(r"\1", label)) and "人均" not in label:
            totals.append(other)
    if len(heads) != 1 or len(totals) != 1:
        return _unchecked(value)
    head, total = heads[0].quantity, totals[0].quantity
    try:
        computed = written_interval(total) / written_interval(head)
    except (ArithmeticError, ZeroDivisionError):
        return _unchecked(value)
    if official and not _stated_basis(folded, heads[0]):
        computed = _unstated_basis_slack(computed)
    if computed.overlaps(written_interval(value)):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=value.start, end=value.end)
    point = total.scaled / head.scaled / value.magnitude
    unit_text = text[value.number_end : value.end]
    figure_text = f"{format_number(point, max(value.decimals, 2))}{unit_text}"
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=value.start, end=value.end,
        message=f"人均{noun}{text[value.start:value.end]}：按 {quantity_text(total, text)} / {quantity_text(head, text)} 计算应为 {figure_text}",
        related=[("总量", total.start, total.end), ("人数", head.start, head.end)], severity=Severity.WARNING,
        suggestion=f"{format_number(point, value.decimals)}{unit_text}",
    )


def _core(label: str) -> str:
    """执业医师 for 全县共有执业（助理）医师: the label without brackets and light words."""
    label = re.sub(r"[（(][^）)]{0,10}[）)]", "", label)
    label = re.sub(r"(?:为|达到?|是|共计|累计|总计)$", "", label.strip())  # 执业医师达到: the verb closes the label
    label = re.sub(r"(?:拥有量|保有量|数量)$", "", label.strip())
    label = re.sub(r"^.*?(?:共有|拥有|现有|有|共|达到?)", "", label)
    return re.sub(r"(?:数|总数|人数)?(?:为|达到?|是)?$", "", label.strip())


def _per_population(text: str, folded: str, figure: _Figure, m: re.Match, before: list[_Figure]) -> Relation | None:
    """每千人口执业（助理）医师3.6人 = 执业（助理）医师1268人 / 常住人口38.7万人 × 1000, when the statement
    gives the head count as its basis (按常住人口…计算) or names it 常住人口, and exactly one total of the same thing."""
    value, noun = figure.quantity, m.group("noun")
    if value.unit in ("%", ""):
        return None
    heads, totals = [], []
    for other in before:
        if not _operand(other):
            continue
        q, label = other.quantity, other.label
        if q.unit in ("人", "名") and "人口" in label and (_stated_basis(folded, other) or "常住人口" in label):
            heads.append(other)
        elif same_dimension(q, value) and _core(noun) and _core(noun) in _core(label) and "每" not in label:
            totals.append(other)
    if len(heads) != 1 or len(totals) != 1:
        return _unchecked(value)
    head, total = heads[0].quantity, totals[0].quantity
    scale = Decimal(_PER_POPULATION_SCALE[m.group("k")])
    try:
        computed = written_interval(total) / written_interval(head) * Interval.exact(scale)
    except (ArithmeticError, ZeroDivisionError):
        return _unchecked(value)
    if not _stated_basis(folded, heads[0]):
        computed = _unstated_basis_slack(computed)
    stated = derived_figure_tolerance(written_interval(value), value)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=value.start, end=value.end)
    point = total.scaled / head.scaled * scale / value.magnitude
    unit_text = text[value.number_end : value.end]
    figure_text = f"{format_number(point, max(value.decimals, 2))}{unit_text}"
    named = text[value.start - len(figure.label) + m.start() : value.start - len(figure.label) + m.end("noun")]
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=value.start, end=value.end,
        message=f"{named}{text[value.start:value.end]}：按 {quantity_text(total, text)} / {quantity_text(head, text)} × {scale} 计算应为 {figure_text}",
        related=[("总数", total.start, total.end), ("人口", head.start, head.end)],
        severity=mismatch_severity(computed, stated, value.half_unit),
        suggestion=f"{format_number(point, value.decimals)}{unit_text}",
    )


def _names_the_same(noun: str, label: str) -> bool:
    """亩均税收 and 全年实现税收; 每平方公里产出 and 工业总产值 (产出 is what 产值 measures)."""
    noun = re.sub(r"^(?:实现|完成|创造)", "", noun)
    if any(noun[i : i + 2] in label for i in range(len(noun) - 1)):
        return True
    return noun in ("产出", "产值", "产出效益") and ("产值" in label or "产出" in label)


def _per_land(text: str, figure: _Figure, m: re.Match, before: list[_Figure]) -> Relation | None:
    """亩均税收26.8万元 = 税收4.68亿元 / 占地1,560亩, when the statement gives exactly one area in the unit
    the figure is per (亩, 平方公里, 公顷) and exactly one total of what it names, both before it."""
    value = figure.quantity
    noun, unit = m.group("noun"), _LAND_UNIT[m.group("per")]
    areas, totals = [], []
    for other in before:
        q, label = other.quantity, other.label
        if not _operand(other) or "均" in label or "每" in label:
            continue
        if q.unit == unit:
            areas.append(q)
        elif same_dimension(q, value) and _names_the_same(noun, label):
            totals.append(q)
    if len(areas) != 1 or len(totals) != 1 or areas[0].qualifier or totals[0].qualifier:
        return _unchecked(value)
    area, total = areas[0], totals[0]
    try:
        computed = written_interval(total) / written_interval(area)
    except (ArithmeticError, ZeroDivisionError):
        return _unchecked(value)
    stated = derived_figure_tolerance(written_interval(value), value)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=value.start, end=value.end)
    point = total.scaled / area.scaled / value.magnitude
    unit_text = text[value.number_end : value.end]
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=value.start, end=value.end,
        message=f"{m.group('per')}{noun}{text[value.start:value.end]}："
        f"按 {quantity_text(total, text)} / {quantity_text(area, text)} 计算应为 "
        f"{format_number(point, max(value.decimals, 2))}{unit_text}",
        related=[("总量", total.start, total.end), ("面积", area.start, area.end)],
        severity=mismatch_severity(computed, stated, value.half_unit),
        suggestion=f"{format_number(point, value.decimals)}{unit_text}",
    )


def _year_span(index, folded: str, cumulative_at: int) -> int | None:
    """The years a cumulative total covers, named up to 30 characters before its 累计 with no 。；between: 五年来
    (a count of 年) or 2021—2025年 (a range of years); None when no span is named there."""
    for q in index.iter_between(max(0, cumulative_at - _SPAN_REACH - 12), cumulative_at):
        if cumulative_at - q.end > _SPAN_REACH or re.search(r"[。；;！？\n]", folded[q.end : cumulative_at]):
            continue
        if q.kind == Kind.YEAR:
            return int(q.high - q.value) + 1 if q.high is not None else None
        if q.kind not in Kind.VALUES or q.high is not None:
            continue
        if q.unit != "年" or q.decimals or q.magnitude != 1 or q.qualifier:
            return None
        return int(q.value)
    return None


def _yearly_average(text: str, folded: str, index, figure: _Figure, earlier: list[_Figure]) -> Relation | None:
    """The yearly average of a cumulative total: total / years (五年 = 5; 2021—2025年 = 5 years)."""
    average = figure.quantity
    if average.unit == "%" or not earlier:
        return None
    total_figure = earlier[-1]
    total = total_figure.quantity
    # the total closes the clause right before the average's, after 累计 in its own words
    if not same_dimension(total, average) or not _AVERAGE_AFTER_TOTAL.fullmatch(folded, total.end, average.start):
        return None
    cumulative = total_figure.label.rfind("累计")
    if cumulative < 0 or len(total_figure.label) - cumulative - 2 > _CUMULATIVE_REACH:
        return None
    years = _year_span(index, folded, total.start - len(total_figure.label) + cumulative)
    if years is None:
        return None
    start, end = average.start, average.end
    if not 2 <= years <= 20 or total.open_ended or average.open_ended:
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=start, end=end)
    computed = written_interval(total) / Interval.exact(Decimal(years))
    stated = derived_figure_tolerance(written_interval(average), average)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=start, end=end)
    point = total.scaled / years / average.magnitude
    unit_text = text[average.number_end : average.end]
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=f"年均{text[start:end]}：按 {quantity_text(total, text)} / {years}年 计算应为 "
        f"{format_number(point, _places_to_show(point, average.decimals))}{unit_text}",
        related=[("累计", total.start, total.end)],
        severity=mismatch_severity(computed, stated, average.half_unit),
        suggestion=f"{format_number(point, average.decimals)}{unit_text}",
    )


_AVERAGE_AFTER_TOTAL = re.compile(
    r"\s?[，,]\s*(?:年均|平均每年|每年平均)(?:新增|增加|完成|实现|引进|建成|培训|转移|减少|下降|发放|投入|接待|办理)?(?:约|近|达到?)?\s?"
)


def _places_to_show(value: Decimal, written: int) -> int:
    """Enough decimals to show ``value`` (up to two more than the stated figure has): 7200, 0.96, 46.5."""
    for places in range(written, written + 2):
        if value == value.quantize(Decimal(1).scaleb(-places)):
            return places
    return written + 2
