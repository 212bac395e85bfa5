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
- 万元GDP能耗 / 每万元工业增加值用水量 (``_per_output``): the one total of the resource (能耗, 用水, 用电) over the one
  amount of the output named (工业增加值, GDP as 地区生产总值) per 10,000 yuan, an industrial output over an
  industrial total only.
- 年均 / 平均每年 after a cumulative total over a named span (``五年来累计新增城镇就业3.6万人，年均新增7200人``,
  ``2021—2025年…累计完成投资1260亿元，年均完成252亿元``): total / years.

- averages over a count or an amount of their own unit (``_counted_average``), when the named readers above leave
  the figure unchecked: the one total of the average's measure and the one count of the unit it is taken over
  before it, in the statement or the one before in the paragraph, without naming them alike:
  ``全村1356户，发放补贴资金1627.8万元，户均1.02万元`` (户均/每户 over 户), ``用地2300亩，实缴税金3.685亿元，亩均税收
  达到18.6万元`` (亩均/每亩/地均 over an area), ``新签约项目42个，协议总投资386亿元，平均每个项目投资额达到12.6亿元``
  (平均每个/每家 over 个/家/项), 每公里/每张床位 (over the measure word), 村均/校均/每馆 (over the count whose noun holds
  that character), 生均; 人均 only with its basis stated (``按户籍人口计算人均348元``). A noun after the per-word must
  share a character with the total's label (税收 with 实缴税金, not with 固定资产投资).

One stated basis for every reader (``_BASIS``: 按/以/按照 … 计算/测算/核算/计): a head count inside it is the
basis of the per-head figures (按常住人口38.7万人计算), a bare 人均 right after it is checked over the count it names.

Not read (deliberately): an average whose total or divisor is missing or ambiguous (two head counts, two areas),
a per-head figure of a new or trained group (新增就业人员人均), averages of a change (户均增收), an average with an
open bound (以上, 超过).

This module is a fallback finder (``FALLBACK``): a figure another finder already relates keeps that relation only.
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
FALLBACK = True
_REACH = 400  # how far (characters) around an average its operands are sought (lists of thousands of figures)
# 人均, 每千人口, 亩均, 年均, 平均每年, 户均, 每户, 平均每个; 万元GDP能耗, 万元工业增加值用水量 … (by the resource word:
# 万元 alone is in most statements)
_HINTS = ("均", "每", "能耗", "耗能", "用水", "耗水", "水耗", "用电", "耗电", "电耗")
_LABEL_REACH = 48  # how many characters of its clause before a figure name it
_NOT_OPERANDS = frozenset({Role.BASE, Role.CHANGE, Role.TARGET, Role.THRESHOLD})

# the cues right before an average, read on its clause's words before it
_PER_POPULATION = re.compile(
    r"每(?P<k>千|万|十万|百|百万)(?:人口|常住人口|人|户籍人口"
    # 每千名老年人拥有养老床位 / 每万名职工配备: per head of a named group, counted by that group's head count
    r"|名(?P<group>[\u4e00-\u9fff]{2,6}?)(?=拥有|配备|配有))"
    r"(?:拥有|配备|配有)?(?P<noun>[^，,。；;：:！？!?\n\d]{1,12}?)(?:数)?(?:为|是|达到?|有)?\s?$"
)
_PER_POPULATION_HINT = re.compile(r"每(?:千|万|十万|百)")
_PER_POPULATION_SCALE = {"百": 100, "千": 1000, "万": 10_000, "十万": 100_000, "百万": 1_000_000}
_PER_LAND = re.compile(r"(?P<per>亩均|每亩|每平方公里|每公顷)(?P<noun>[^，,。；;：:！？!?\n\d]{1,8}?)(?:为|是|达到?|达)?\s?$")
_LAND_UNIT = {"亩均": "亩", "每亩": "亩", "每平方公里": "平方公里", "每公顷": "公顷"}
# 万元GDP能耗0.42吨标准煤 / 每万元工业增加值用水量18立方米: a resource used per 10,000 yuan of an output
_PER_OUTPUT = re.compile(
    r"(?:每|单位)?万元(?P<output>[^，,。；;：:！？!?\n\d万]{2,10}?)"
    r"(?P<noun>综合能耗|能耗|耗能|用水量|耗水量|水耗|用电量|耗电量|电耗)(?:为|是|达到?|降至|降到|仅为)?\s?$"
)
_PER_OUTPUT_HINT = re.compile(r"万元[^，,。；;：:！？!?\n\d]{2,10}?(?:能耗|耗能|用水|耗水|水耗|用电|耗电|电耗)")
# what names the total of each resource in its own label
_RESOURCE_WORDS = {"能": ("能耗", "能源消费", "耗能", "用能"), "水": ("用水", "取水", "耗水"), "电": ("用电", "电量", "耗电")}
_GDP_WORDS = ("地区生产总值", "生产总值", "GDP")
_YEARLY = re.compile(r"(?:年均|平均每年|每年平均)")
_SPAN_REACH = 30  # the span of years a cumulative total covers (五年来 / 2021—2025年) stands this close before 累计
_CUMULATIVE_REACH = 14  # 累计 and the total: up to this many characters of label between

_HEAD_COUNT = re.compile(r"从业人员|职工|员工|在岗|用工|人口|就业人员|从业人数|人员")
_NEW_HEADS = re.compile(r"新增|新招|引进|招聘|培训|人均")
_OFFICIAL = ("生产总值", "GDP", "可支配", "纯收入", "居民", "消费", "住房", "面积", "寿命", "受教育")
_SURVEYED = ("可支配", "纯收入", "居民", "消费", "住房", "寿命", "受教育")
_TOTAL_WORD = re.compile(r"总([额量])")  # 社会消费品零售总额 names the total of 人均社会消费品零售额
# the stated basis of per-head figures: 按常住人口38.7万人计算 / 按户籍人口计算人均…
_BASIS = re.compile(r"(?:按照|按|以)[^，,；;。按以]{0,20}?(?:计算|测算|核算|计)")
_BASIS_REACH = 24
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
    """Averages of every statement holding a per-word, read on its typed clauses (``ctx.clause_model``)."""
    spans = statements(ctx)
    folded = ctx.folded
    relations: list[Relation] = []
    model = None
    for k in spans_holding(folded, spans, _HINTS):
        start, end, _ = spans[k]
        statement = folded[start:end]
        named_cue = "每" in statement or "人均" in statement or "年均" in statement or "亩均" in statement or (
            "万元" in statement and _PER_OUTPUT_HINT.search(statement) is not None
        )
        counted = _PER.search(folded, start, end) is not None
        if not (named_cue or counted):
            continue  # 均衡, 平均: no average this module reads
        if model is None:
            model = ctx.clause_model
        named: list[Relation] = []
        if named_cue:
            figures = _figures(model, folded, start, end)
            # the figures of the statement before in the paragraph come first: a per-population figure's total and
            # head count may be listed there (…执业（助理）医师1836人。按常住人口52.6万人计算，每千人口执业（助理）医师3.49人)
            # (and a per-head figure's head count, when the statement names its basis without a figure: 年末全县常住人口
            # 52.4万人。…按常住人口计算，人均地区生产总值6.8万元)
            earlier = (_figures(model, folded, spans[k - 1][0], spans[k - 1][1])
                       if k and spans[k - 1][2] and (_PER_POPULATION_HINT.search(statement) or _FIGURELESS_BASIS.search(statement))
                       else [])
            named = _statement_averages(ctx.text, folded, document_quantities(ctx), earlier + figures, len(earlier))
            relations.extend(named)
        if counted:
            checked = {r.start for r in named if r.outcome is not Outcome.NOT_CHECKABLE}
            # the totals those averages divide (亩均税收15.6万元 over 税收4.68亿元): no total of another average too
            divided = {at for r in named if r.outcome is not Outcome.NOT_CHECKABLE for name, at, _ in r.related if name == "总量"}
            # the figures of the statement and of the one before it in the paragraph
            typed = model.between(start, end)
            near = (model.between(spans[k - 1][0], spans[k - 1][1]) if k and spans[k - 1][2] else []) + typed
            starts = [t.quantity.start for t in near]
            for m in _PER.finditer(folded, start, end):
                # the figures of a window around the per-word (bounded: statements of thousands of figures)
                window = near[bisect.bisect_left(starts, m.start() - _COUNTED_REACH) : bisect.bisect_right(starts, m.end() + 10)]
                relation = _counted_average(ctx.text, folded, m, window, start, divided)
                if relation is not None and relation.start not in checked:
                    relations.append(relation)
    return relations


def _figures(model, folded: str, start: int, end: int) -> list[_Figure]:
    """The typed values of a statement with their labels."""
    figures: list[_Figure] = []
    for clause in model.clauses_between(start, end):
        for t in clause.quantities:
            q = t.quantity
            if start <= q.start and q.end <= end and q.kind in Kind.VALUES and q.high is None and t.role is not Role.THRESHOLD:
                # (the label is the clause's last words before the figure: bounded, for clauses of
                # thousands of figures without a comma)
                figures.append(_Figure(t, folded[max(clause.clause.start, q.start - _LABEL_REACH) : q.start]))
    return figures


def _statement_averages(text: str, folded: str, index, figures: list[_Figure], first: int = 0) -> list[Relation]:
    """The averages among ``figures[first:]`` (those before ``first`` are the statement before's: operands only)."""
    relations: list[Relation] = []
    positions = [f.quantity.start for f in figures]
    for n, figure in enumerate(figures):
        if n < first:
            continue
        value, label = figure.quantity, figure.label
        if value.unit in ("%", "") or not ("均" in label or "每" in label or "万元" in label):
            continue
        # the figures within reach of the average (bounded: statements of thousands of figures)
        low = bisect.bisect_left(positions, value.start - _REACH)
        relation = None
        own = max(low, first)  # (only a per-population figure, whose basis is stated, reads the statement before)
        if figure.typed.role is Role.RATE and figure.typed.cue.startswith("人均"):
            near = figures[own : bisect.bisect_left(positions, value.start + _REACH)]
            # the head count of a basis named without a figure (按常住人口计算，人均…) from the statement before
            heads = figures[low:first] if first and _basis_before(folded, figure) else []
            relation = _per_head(text, folded, figure, figure.typed.cue[2:], near, heads)
        elif "每" in label and (m := _PER_POPULATION.search(label)):
            relation = _per_population(text, folded, figure, m, figures[low:n])
        elif m := _PER_LAND.search(label):
            relation = _per_land(text, figure, m, figures[own:n])
        elif "均" in label and (m := _YEARLY.search(label)):
            relation = _yearly_average(text, folded, index, figure, figures[max(first, n - 12) : n])
        elif "万元" in label and (m := _PER_OUTPUT.search(label)):
            relation = _per_output(text, figure, m, figures[own:n])
        if relation is not None:
            relations.append(relation)
    return relations


def _operand(figure: _Figure) -> bool:
    return figure.typed.role not in _NOT_OPERANDS


def _unchecked(value: Quantity, start: int | None = None) -> Relation:
    return Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=value.start if start is None else start, end=value.end)


def _basis_holds(folded: str, start: int, end: int) -> bool:
    """Whether a stated basis (``_BASIS``) holds [start, end): 按常住人口38.7万人计算 holds its head count; with
    ``start == end`` (a per-word's position), whether one ends right there (按户籍人口计算人均)."""
    for m in _BASIS.finditer(folded, max(0, start - _BASIS_REACH), min(len(folded), end + 4)):
        if m.start() <= start and end <= m.end() and (start < end or m.end() == end):
            return True
    return False


def _stated_basis(folded: str, figure: _Figure) -> bool:
    """按常住人口38.7万人计算: the head count is given as the basis of the per-head figures."""
    return _basis_holds(folded, figure.quantity.start, figure.quantity.end)


def _unstated_basis_slack(computed: Interval) -> Interval:
    return Interval(computed.low * (1 - _UNSTATED_BASIS_MARGIN), computed.high * (1 + _UNSTATED_BASIS_MARGIN))


def _basis_before(folded: str, figure: _Figure) -> str | None:
    """The population a basis named without a figure right before a per-head figure's clause gives (按常住人口计算，
    人均…: 常住人口), else None."""
    opens = figure.quantity.start - len(figure.label)  # where the per-head figure's clause (its label) opens
    m = _FIGURELESS_BASIS.search(folded, max(0, opens - 20), opens + 4)
    return m.group("population") if m else None


# 按常住人口计算，人均… / 按户籍人口计: a basis naming a population and no figure, closing the clause before the per-head one
_FIGURELESS_BASIS = re.compile(r"(?:按照|按|以)(?P<population>常住人口|户籍人口|年平均常住人口|年均常住人口)(?:计算|测算|核算|计)[，,]?\s*(?=人均)")


def _per_head(text: str, folded: str, figure: _Figure, noun: str, near: list[_Figure],
              earlier_heads: list[_Figure] = ()) -> Relation | None:
    value = figure.quantity
    # 人均生产总值 ...: official figures divide by an average or surveyed population, not a head count the
    # report gives; checked only when the statement says which head count it used (以常住人口41.2万人计算)
    official = any(word in noun for word in _OFFICIAL)
    if official and any(word in noun.replace("社会消费品", "") for word in _SURVEYED):
        return _unchecked(value)
    heads, totals = [], []
    population = _basis_before(folded, figure) if earlier_heads else None
    for other in earlier_heads:
        # (only the population the basis names: 常住人口52.4万人 for 按常住人口计算)
        if _operand(other) and other.quantity.unit in ("人", "名") and population in other.label and not _NEW_HEADS.search(other.label):
            heads.append(other)
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
    # a named group (每千名老年人): its own head count, exact, and a total in the average's measure word whose label
    # ends in the noun's head (养老床位 and 养老机构床位 in 张)
    group = (m.group("group") or "").removesuffix("人") or None
    heads, totals = [], []
    for other in before:
        if not _operand(other):
            continue
        q, label = other.quantity, other.label
        if group is not None and q.unit in ("人", "名") and group in label and "每" not in label:
            heads.append(other)
        elif group is None and q.unit in ("人", "名") and "人口" in label and (_stated_basis(folded, other) or "常住人口" in label):
            heads.append(other)
        elif same_dimension(q, value) and "每" not in label and (
            _core(noun) and _core(noun) in _core(label)
            or group is not None and q.unit == value.unit and len(noun) >= 2 and _core(label).endswith(noun[-2:])
        ):
            totals.append(other)
    if group is not None and not heads:
        return None  # 每千名户籍老人 with no count of that group: no ratio of figures the text gives
    if len(heads) != 1 or len(totals) != 1:
        return _unchecked(value)
    head, total = heads[0].quantity, totals[0].quantity
    scale = Decimal(_PER_POPULATION_SCALE[m.group("k")])
    try:
        computed = written_interval(total) / written_interval(head) * Interval.exact(scale)
    except (ArithmeticError, ZeroDivisionError):
        return _unchecked(value)
    if group is None and not _stated_basis(folded, heads[0]):
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
    return _quotient_relation(text, value, f"{m.group('per')}{noun}", totals[0], (areas[0], "面积"))


def _quotient_relation(text: str, value: Quantity, named: str, total: Quantity, divisor: tuple[Quantity, str],
                       scale: int = 1) -> Relation:
    """``value`` against ``total / divisor × scale`` (亩均税收 over an area, 万元GDP能耗 over an output per 10,000 yuan)."""
    by, by_label = divisor
    try:
        computed = written_interval(total) / written_interval(by) * Interval.exact(Decimal(scale))
    except (ArithmeticError, ZeroDivisionError):
        return _unchecked(value)
    stated = derived_figure_tolerance(written_interval(value), value)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=value.start, end=value.end,
                        related=[("总量", total.start, total.end), (by_label, by.start, by.end)])
    point = total.scaled / by.scaled * scale / value.magnitude
    unit_text = text[value.number_end : value.end]
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=value.start, end=value.end,
        message=f"{named}{text[value.start:value.end]}："
        f"按 {quantity_text(total, text)} / {quantity_text(by, text)}{f' × {scale}' if scale != 1 else ''} 计算应为 "
        f"{format_number(point, max(value.decimals, 2))}{unit_text}",
        related=[("总量", total.start, total.end), (by_label, by.start, by.end)],
        severity=mismatch_severity(computed, stated, value.half_unit),
        suggestion=f"{format_number(point, value.decimals)}{unit_text}",
    )


def _per_output(text: str, figure: _Figure, m: re.Match, before: list[_Figure]) -> Relation | None:
    """万元工业增加值能耗0.42吨标准煤 = 综合能耗32.6万吨标准煤 / (工业增加值86.5亿元 / 1万元), when the statement gives
    before it exactly one total of the resource (labelled 能耗/能源消费, 用水, 用电; in the figure's dimension) and
    exactly one amount of the output it names (工业增加值, GDP as 地区生产总值), the two of one scope: an industrial
    output over an industrial total only (规上工业能耗 is no total of 万元GDP能耗)."""
    value = figure.quantity
    output, noun = m.group("output"), m.group("noun")
    resource = next(key for key in _RESOURCE_WORDS if key in noun)
    gdp = any(word in output for word in _GDP_WORDS)
    industrial = "工业" in output
    totals, outputs = [], []
    for other in before:
        q, label = other.quantity, other.label
        if not _operand(other) or "均" in label or "每" in label or "万元" in label:
            continue
        if q.dimension == value.dimension and any(word in label for word in _RESOURCE_WORDS[resource]):
            if ("工业" in label) == industrial:
                totals.append(q)
        elif q.unit == "元" and (output in label or gdp and any(word in label for word in _GDP_WORDS)):
            outputs.append(q)
    if not totals or not outputs:
        return None  # 万元GDP用水量46立方米 alone: no ratio of figures the text gives
    if len(totals) != 1 or len(outputs) != 1 or totals[0].qualifier or outputs[0].qualifier:
        return _unchecked(value)
    return _quotient_relation(text, value, f"万元{output}{noun}", totals[0], (outputs[0], "产出"), scale=10_000)


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


# ---------------------------------------------------------------------------------------------
# Averages over a count of their own unit (户均, 每亩, 平均每个 …): the one total and the one count before them.

_COUNTED_REACH = 200  # how far before its per-word a total or a count may stand
# per-word -> the units of the count it divides by
_PER_UNITS = {
    "户均": ("户", "家"), "每户": ("户", "家"),  # (户均营业收入 of firms counted in 家)
    "亩均": ("亩",), "每亩": ("亩",),
    "平均每个": ("个", "项", "家"), "每个项目": ("个",), "平均每家": ("家", "户"), "每家企业": ("家", "户"),
    "人均": ("人",),
    "生均": ("人", "名"),  # 按在校生23200人计算，生均800元: over the one count of pupils
    "场均": ("场",), "每场": ("场",),  # 举办招聘会36场…场均提供岗位350个: over the one count of events
}
_PER = re.compile(
    r"(?P<per>户均|每户|亩均|每亩|平均每个|每个项目|平均每家|每家企业|场均|每场|(?<=计算)人均|(?<=计)人均|生均|(?<![\u4e00-\u9fff])[村校企园站社]均"
    # 地均 over an area; 每 + the measure word of the count divided by (每公里, 每张床位, 每所学校); 每 + the
    # noun counted (平均每馆, 每校)
    r"|地均|(?:平均)?每(?P<mw>平方公里|公里|千米|公顷|平方米|吨|张|台|辆|座|所|处|个|家|项)"
    r"|(?:平均)?每(?P<nc>[馆校村园站院厂店镇乡])(?=[\u4e00-\u9fff]))"
)
# 地均: the count divided by is an area (or the unit after the slash of the average's own unit)
_LAND_UNITS = ("平方公里", "亩", "公顷")
# 村均/校均/企均 …: the count it divides by is one whose noun right after its unit holds that character
_NOUN_PER_UNITS = ("个", "所", "家", "座", "处", "户")
_NOUN_TRIM = re.compile(r"(?:平均|达到|达|为|是|约|近|超过|在|的|了)")  # (每户平均3200元)
_LIGHT = frozenset("额总全年量值数项目个家户亩")
_COUNTED_OPERANDS = frozenset({Role.VALUE, Role.COUNT, Role.PART})


def _counted_average(text: str, folded: str, m: re.Match, typed: list[TypedQuantity], floor: int,
                     divided: frozenset[int] | set[int] = frozenset()) -> Relation | None:
    per = m.group("per")
    if per == "人均" and not _basis_holds(folded, m.start(), m.start()):
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
              and t.quantity.high is None and t.role in _COUNTED_OPERANDS]
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
    # (a total another average of the statement divides is that average's: 亩均税收15.6万元；亩均营业收入386万元 after
    # one 税收 figure has no total of its own)
    totals = [q for q in totals if not any(q is c for c in counts) and q.start not in divided]
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
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=start, end=end, related=related)
    point = total.scaled / count.scaled
    figure = f"{format_number(point / value.magnitude, max(value.decimals, 2))}{text[value.number_end : value.end].strip()}"
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=f"{per}{quantity_text(value, text)}：按 {quantity_text(total, text)} / {quantity_text(count, text)} 计算应为 {figure}",
        related=related,
        severity=mismatch_severity(computed, stated, value.half_unit),
        suggestion=figure,
    )


