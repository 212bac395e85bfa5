"""Growth rates and differences tied to a current and a base value (DC301, DC302; 增幅/降幅 DC303).

Phrasings that tie a rate or an amount of change to its operands inside one sentence:

- a transition: ``由A增加到B，增长X%`` / ``从2020年的A增加到2024年的B，年均增长X%`` / ``由A%提高到B%，
  提高D个百分点`` / ``由A增加到B，增长N倍`` / ``翻了一番`` (the two ends marked by the clause model, see
  ``_transitions``);
- a stated base, its operands taken from the typed clauses (``ctx.clause_model``, see
  ``_based_comparisons``): a quantity in the role ``base`` (``A，与去年同期累计值B相比增加D`` /
  ``A，去年同期B`` / ``A，较上年一季度的B`` / ``A，同比增长X%（2023年为B）`` / ``上年完成B，今年完成A`` /
  ``今年引进项目A，上年引进B``) paired with the nearest value of its dimension, or two values dated by
  years (``2020年…B，2024年…A`` in either order, ``A（2024年）``); a base in the next sentence of the
  statement (``…；上年全年引进人才为B``);
- an amount of change beside the current value: ``A，比上年增加D，增长X%`` (base = A − D), read on the typed
  clauses: a value and, next to it, a figure typed ``change``/``rate`` with a sign, joined only by a couple of
  label characters, a mark and a comparison (``_values_then_change``);
- three lists after 分别 paired item by item (``_respective_lists``);
- a total and its parts, each with its rate (``_sums_of_parts``, on the typed clauses of a statement).

Amounts of change are read after 增加/减少/净增/多出/少 and also 新增 (only beside both operands, never to
derive a base, and not beside exits: 新增14家、退出3家) and 比上年多引进/少开工D. Operands written in
Chinese numerals are read too (由二百家增加到二百六十家). PDF spaces around numbers
(``同比增长 19.6%``) are absorbed by the masked sentence.

Everything after the operands (``增加D``, ``增长X%``, ``年均增长X%``, ``增长N倍``, ``翻一番``, ``降幅X%``)
is read as a chain of "tail items" clause by clause (``_TAIL_ITEM``: the one part of this finder that still reads
with a pattern of its own, behind the cheap gates ``_NAMES_A_BASE``/``_DATED_VALUE``/``_STATES_A_CHANGE`` that decide
which sentences are typed); an item stated right before a transition (``下降3.2%，由A下降到B``) is found from the typed
figure ending at the comma before it (``_leading_item_at``) and read by the same grammar.
Rates tied to no operands are counted as not checkable from the typed clauses (every percentage typed ``rate``
with a sign, ``_untied_rates``), only when ``--statistics`` asks for the counts (``ctx.keeps_statistics``): without
them, a sentence is typed only where a phrasing read on the typed clauses may stand (``_reads_typed_clauses``).
Each stated rate becomes one ``Relation``: consistent, inconsistent, or not checkable (no tied operands,
comparable-price growth, 年均 without the years, 分别 lists). A rate within the rounding of coarse figures is still flagged when it is, to its last digit, the
change over the current value instead of the base (``_over_the_current``). Real growth at comparable prices (GDP, 增加值, 实际增长, 按可比价格计算) is never
recomputed from nominal values.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.formatting import format_number, format_percent, message_places
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.clause_model import PREFIX_REACH, TYPED_KINDS, Role
from draftcheck.numbers.masked_sentence import (
    FILL,
    LABEL_CHARS,
    OTHER_MARK,
    QUANTITY_MARK,
    YEAR_MARK,
    Q,
    YEAR,
    MaskedSentence,
    gap,
    mask_sentence,
    number_text,
    quantity_text,
    same_dimension,
)
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import (
    compound_growth,
    implied_base,
    growth,
    mismatch_severity,
    positive,
    signed,
    derived_figure_tolerance,
    difference_agrees,
)
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import growth_sentences, quantities_in, statements

GROWTH = "DC301"
DIFFERENCE = "DC302"
RATIO = "DC303"

UP_VERBS = words("change", "up")
DOWN_VERBS = words("change", "down")
_OPPOSITE = {
    "增收": "减收", "减收": "增收", "净增": "净减", "净减": "净增", "净增加": "净减少", "净减少": "净增加",
    "增长": "下降", "下降": "增长", "增加": "减少", "减少": "增加", "提高": "降低", "降低": "提高",
    "上升": "下降", "增产": "减产", "减产": "增产", "扩大": "缩小", "缩小": "扩大", "多": "少", "少": "多",
    "增幅": "降幅", "降幅": "增幅", "上涨": "下跌", "下跌": "上涨", "多出": "少", "新增": "减少",
}
# Verbs that state an amount of change only beside both operands: 新增 counts new entries, which
# need not equal the net change, so a rate is never derived from it (企业达45家，新增11家，增长32%).
_DIFFERENCE_ONLY_VERBS = frozenset({"新增", "多出"})
_GROSS_EXITS = re.compile(r"[、，,；;]?\s*(?:同时|另有|其中)?(?:退出|注销|淘汰|关闭|关停|迁出|减少|清退|吊销|撤销|出清|转出|流失|外迁|摘牌|到期)")
_TENTHS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_FAN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_AMOUNT_NOUNS_UP = frozenset(words("change", "amount_nouns_up"))
_RATE_NOUN_SIGN = {"增长率": 1, "增长幅度": 1, "下降幅度": -1, "增幅": 1, "涨幅": 1, "增速": 1, "降幅": -1, "跌幅": -1, "降速": -1}

_VERB = "|".join(sorted(UP_VERBS + DOWN_VERBS, key=len, reverse=True))
_COMPARED_WITH = (
    "同比|环比|比上年同期|比上年末|比上年|较上年同期|较上年末|较上年|比去年同期|比去年|较去年同期|较去年|"
    "比年初|较年初|比同期|较同期|与上年相比|与去年相比|与上年同期相比|与去年同期相比"
)

# What 多/少 may govern in 比上年多引进13个 / 多兑现 / 多增 / 少供 (nothing: 比上年少150亩)
_MORE_OR_LESS_OBJECT = rf"[引招签落开新竣建完实培认争接吸办投储入帮减培兑增发供收征售出用]{LABEL_CHARS}{{0,5}}?"

# One item of the chain that follows the operands, matched at a position with ``.match``.
_TAIL_ITEM = re.compile(
    rf"[)）]?(?:[，,、（(]\s*)?(?:相比|相较|比较)?[，,]?\s*(?:(?:{_COMPARED_WITH})(?:预计数|同期|水平)?\s?)?(?P<both>分别)?"
    # a span of years may stand before the item: 四年提高了5.5个百分点 / 五年实现翻一番
    rf"(?:(?P<span>{Q})(?:来|以来|间|内|时间)?(?:累计|共)?"
    # or a five-year plan: “十四五”期间年均增长X% (2021—2025)
    rf"|[“\"]?十(?P<plan>[一二三四五六])五[”\"]?(?:期间|时期|以来|来)?)?(?:"
    # a rate written with its sign right after the comparison: 同比-8.6%
    rf"(?<=同比|环比)(?P<s_val>{Q})|"
    rf"(?P<c_pre>年均|年平均|平均每年|每年平均)(?P<c_real>实际|名义)?(?P<c_verb>增长|增加|提高|递增|下降|减少|降低|递减)"
    rf"(?:了)?(?:约|近)?(?P<c_val>{Q})"
    rf"|(?:实现了?|规模)?(?P<f_near>近|接近|将近)?(?:(?P<f_verb>翻)了?(?P<f_n>一|两|二|三|四|1|2|3|4)番(?P<f_half>半)?|(?P<f_q>{Q}))(?P<f_more>多|以上)?"
    rf"|(?P<n_noun>增长率|增长幅度|下降幅度|增幅|降幅|增速|涨幅|跌幅|降速)(?:为|是|达到?|高达|约|近)?(?P<n_val>{Q})"
    # an amount of change named by its noun: 增加额为D / 增量D / 减少额D
    rf"|(?P<d_noun>{alternation(('change', 'amount_nouns_up'), ('change', 'amount_nouns_down'))})(?:为|是|达到?|约|近)?(?P<d_val>{Q})"
    rf"|(?P<r_verb>是|为|相当于|达到?|增长到|增加到|提高到|扩大到|增至|扩大至|的)了?"
    rf"(?:{YEAR}|上年同期|去年同期|上年|去年|同期|原来|过去)?的?"
    rf"(?P<r_val>{Q})"
    # an aggregating adverb may stand before the verb: 累计提高0.5个百分点 / 共增加D
    rf"|(?:{alternation(('completeness', 'totals'))})?(?P<v_real>实际|名义)?(?P<v_neg>负)?(?P<v_verb>{_VERB})了?(?:约|近|达到?|高达)?(?P<v_val>{Q})"

    # a rate in tenths: 增长五成 / 多出一成以上 / 下降近两成
    rf"|(?P<k_verb>{_VERB})了?(?P<k_near>约|近|接近|将近|超过|逾)?(?P<k_val>[一二三四五六七八九两])成(?P<k_half>半)?(?P<k_more>多|以上|有余|左右)?(?![\u4e00-\u9fff]{{0,1}}[本员品果就立效交功为])"
    rf"|(?<=[比较上年去期同{FILL}{QUANTITY_MARK}])(?P<m_verb>多|少)(?P<m_obj>{_MORE_OR_LESS_OBJECT})?了?(?P<m_val>{Q})"
    rf")"
)

# the base's own noun names no measure: 上年同期基数为B, 上年基期值B
_BASE_NOUN = re.compile(rf"(?:{alternation(('base', 'nouns'))})(?=(?:为|是|[:：])?$)")
_CURRENT_PERIOD = re.compile(r"^\s*(?:而|但)?(?:今年|本年|当年|本期)?(?:同期|全年|上半年|前三季度|一季度)?(?:累计)?")
_LIGHT_WORDS = re.compile(r"^(?:的|为|是|共|累计|实现|完成|达到|达)+|(?:的|为|是|达到|达|了)+$")

# Words that make a rate real (comparable prices) or otherwise not recomputable from the values.
_REAL_GROWTH = re.compile(alternation(("real_growth", "markers")))
_REAL_SUBJECT = re.compile(alternation(("real_growth", "subjects")))
_NOMINAL_GROWTH = re.compile(alternation(("real_growth", "nominal")))
_REAL_COMPOUND_SUBJECT = re.compile(alternation(("real_growth", "compound_subjects")))
# Intensities per unit of output (单位增加值能耗, 万元GDP能耗) are not growth at comparable prices.
_INTENSITY = re.compile(r"能耗|单位|每万元|万元GDP|万元生产总值|排放")
_TRAILING_DIGIT = re.compile(r"[\d一二三四五六七八九十百千万亿零〇两]")


@dataclass
class Comparison:
    current: Quantity
    base: Quantity | None  # None when derived from the current value and a stated difference
    start: int  # sentence-relative
    tail_start: int
    base_year: int | None = None
    current_year: int | None = None
    lead_item_at: int | None = None  # 下降3.2%，由A下降到B: where the item stated before a transition starts
    period: bool = False  # years from a named period (2020—2024年，…由A增加到B): the base may be the year before
    between_start: int | None = None  # A，比上年增加D（上年为B），增长X%: items between the current value and its base
    lead_start: int | None = None  # 税收同比增长X%，达到A，上年同期为B: the rate stated before the values
    span_years: int | None = None  # 三年来，…由A增加到B: the years a span heading the sentence names


_MULTIPLES = ("multiple-growth", "multiple", "doubling")


@dataclass
class TailItem:
    kind: str  # rate, pp, compound, multiple-growth, multiple, doubling, difference, compound-difference
    sign: int
    start: int  # sentence-relative span of verb + value
    end: int
    verb: str
    quantity: Quantity | None = None
    multiple: Interval | None = None
    noun: bool = False  # 增幅/降幅: DC303
    real: bool = False
    both: bool = False  # 分别: values pair up with a list, not with these operands
    span_years: int | None = None  # 三年年均增长 / 五年来翻一番: the years the item itself names
    plan: tuple[int, int] | None = None  # “十四五”期间年均增长: the first and last year of the plan the item names


# Every character that can open what a sentence without a percentage states: a verb of change (its
# words), 多/少, a multiple (倍), a doubling (翻, 番)
_NON_PERCENT_ITEM = re.compile("[" + re.escape("".join(sorted(set("".join(UP_VERBS + DOWN_VERBS)) | set("翻番倍多少")))) + "]")


def find(ctx) -> list:
    """Growth relations of every sentence of the shared segmentation (``statement_spans.growth_sentences``)."""
    spans = growth_sentences(ctx)
    model = ctx.clause_model
    relations: list[Relation] = []
    for n, ((start, end), inside) in enumerate(zip(spans, quantities_in(document_quantities(ctx), spans))):
        if not inside:
            continue
        # every relation needs two values (a current value and a base, a difference or a multiple) or a
        # stated percentage (a rate, even one left not checkable): most sentences have neither
        if not any(q.unit == "%" for q in inside):
            if sum(1 for q in inside if q.is_value) < 2:
                continue
            # without a percentage, a relation states a change, a multiple or a doubling: its words
            if not _NON_PERCENT_ITEM.search(ctx.folded, start, end):
                continue
        later = _later_bases(ctx, model, spans, n) if end < len(ctx.text) and ctx.text[end - 1] in "；;" else ()
        if not later and n and (ctx.text[spans[n - 1][1] - 1 : spans[n - 1][1]] in ("；", ";") or _base_sentence_before(ctx, spans, n)):
            later = _earlier_bases(ctx, model, spans, n)
        if not later and not ctx.keeps_statistics and sum(1 for q in inside if q.kind in TYPED_KINDS) < 2:
            # every phrasing ties two figures of the sentence (the typed ones are among these), or one and a base
            # beside the sentence (``later``): one figure alone is a rate tied to no operands, counted only for
            # --statistics (one sentence in seven that reaches here)
            continue
        masked = mask_sentence(ctx.folded, start, end, inside)
        # the typed clauses give the operands of every comparison with a base (a base-period word or
        # a dated value); only sentences that name one are typed
        typed = model.between(start, end) if QUANTITY_MARK in masked.masked and _may_have_base(masked.masked) else ()
        if later and not typed:
            typed = model.between(start, end)
        relations.extend(_sentence_relations(masked, ctx.text, typed, later, lambda s=start, e=end: model.clauses_between(s, e),
                                             untied=ctx.keeps_statistics))
    sums = _sums_of_parts(ctx, model, relations)
    if sums:  # a rate the parts now check is no longer counted as not checkable
        checked = {(r.code, r.start) for r in sums}
        relations = [r for r in relations if r.outcome is not Outcome.NOT_CHECKABLE or (r.code, r.start) not in checked]
        relations.extend(sums)
    return relations


def _sums_of_parts(ctx, model, found: list[Relation]) -> list[Relation]:
    """The growth of a total against the growth of its parts, every one with its current value and rate
    (进出口总额A，增长X%，其中出口B1，增长Y1%；进口B2，下降Y2%): when the parts add up to the total, the
    total's base is the sum of the parts' bases Bi / (1 + Yi), so X = A / Σ Bi / (1 + Yi) − 1.

    Read on the typed clauses of statements holding 其中 and at least three percentages; a total whose
    rate another phrasing already ties to operands is left to it. Growth at comparable prices (增加值 and
    its parts) is weighted by prices the text does not give and is not checked.
    """
    out: list[Relation] = []
    related = {r.start for r in found if r.outcome is not Outcome.NOT_CHECKABLE}
    folded = ctx.folded
    for start, end, opener in _statements_with_parts(ctx):
        typed = model.between(start, end)
        # a value and its signed rate right after it (出口31.7亿元，增长35.2% / 总额42.6亿元，同比增长8.1%): typed figures
        # next to each other, a short joint between them (the unit, a comma, a comparison and the verb)
        pairs = [
            (t, r) for t, r in zip(typed, typed[1:])
            if t.role in (Role.VALUE, Role.COUNT, Role.PART) and t.quantity.kind == Kind.AMOUNT and t.quantity.unit != "%"
            and r.role is Role.RATE and r.sign and not r.compound and r.quantity.unit == "%"
            and not t.quantity.open_ended and not r.quantity.open_ended
            and r.quantity.start - t.quantity.end <= _PAIR_REACH
            and not any(mark in folded[t.quantity.end : r.quantity.start] for mark in "。；;")
        ]
        # a total with its rate before 其中 and two parts with theirs after it, else nothing to check
        if not any(t.quantity.start < opener for t, _ in pairs) or sum(1 for t, _ in pairs if t.quantity.start > opener) < 2:
            continue
        for i, (total, rate) in enumerate(pairs):
            if total.role is Role.PART or rate.quantity.start in related:
                continue
            parts = []
            for t, r in pairs[i + 1 :]:
                if not same_dimension(t.quantity, total.quantity):
                    break
                if not parts and t.role is not Role.PART:
                    break  # the parts open with 其中
                parts.append((t, r))
            if len(parts) < 2:
                continue
            relation = _total_against_parts(ctx, total, rate, parts)
            if relation is not None:
                out.append(relation)
                related.add(rate.quantity.start)
    return out


_PAIR_REACH = 16  # characters between a value and its rate (出口31.7亿元，比上年同期增长35.2%)


def _statements_with_parts(ctx):
    """(start, end, offset of 其中) of the statements with 其中 and three percentages or more, which may hold a total
    and its parts with their rates (``_sums_of_parts`` reads them on the typed clauses). Found from the occurrences
    of 其中, not by visiting every statement."""
    folded = ctx.folded
    opener = folded.find("其中")
    if opener < 0:
        return
    spans = statements(ctx)
    starts = [span[0] for span in spans]
    last = -1
    while opener >= 0:
        k = bisect.bisect_right(starts, opener) - 1
        start, end = spans[k][0], spans[k][1]
        opener_at = opener
        opener = folded.find("其中", max(end, opener + 2))
        if k == last or k < 0 or opener_at >= end:
            continue
        last = k
        if folded.count("%", start, end) >= 3:
            yield start, end, opener_at


def _total_against_parts(ctx, total, rate, parts) -> Relation | None:
    text, folded = ctx.text, ctx.folded
    subject = folded[max(0, total.quantity.start - 40) : total.quantity.end]
    sentence = folded[total.quantity.start : parts[-1][1].quantity.end]
    if _REAL_GROWTH.search(sentence) or (_REAL_SUBJECT.search(subject) and not _NOMINAL_GROWTH.search(sentence)):
        return None
    current = Interval.of(total.quantity)
    values = [Interval.of(t.quantity) for t, _ in parts]
    if not interval_sum(values).overlaps(current):
        return None  # the parts do not make up the total (其中 lists may leave items out)
    try:
        base = interval_sum(implied_base(v, _stated_fraction(r)) for v, (_, r) in zip(values, parts))
        point_base = sum(
            t.quantity.scaled / (1 + Decimal(r.sign) * r.quantity.value / 100) for t, r in parts
        )
    except (ArithmeticError, ZeroDivisionError):
        return None
    if not positive(base) or point_base <= 0:
        return None
    computed = growth(base, current)
    point = total.quantity.scaled / point_base - 1
    q = rate.quantity
    stated = _stated_fraction(rate)
    start = q.start - len(rate.cue) if text[q.start - len(rate.cue) : q.start] == rate.cue else q.start
    if computed.overlaps(stated):
        return Relation(kind="growth", code=GROWTH, outcome=Outcome.CONSISTENT, start=start, end=q.end)
    flipped = _flipped(rate.sign, computed)
    verb = _corrected_verb(rate.cue, flipped)
    shown = format_percent(abs(point), message_places(q.decimals))
    formula = " + ".join(
        f"{number_text(t.quantity, text)} / (1 {'+' if r.sign > 0 else '−'} {number_text(r.quantity, text)}%)" for t, r in parts
    )
    return Relation(
        kind="growth", code=GROWTH, outcome=Outcome.INCONSISTENT, start=start, end=q.end,
        message=(
            f"{text[start:q.end]}：各分项上年值之和 {formula} = {format_number(point_base / total.quantity.magnitude, 2)}{text[total.quantity.number_end : total.quantity.end].strip()}，"
            f"按 {number_text(total.quantity, text)} 与之比较计算应为 {_direction(verb, flipped)}{shown}%" + _FLIP_NOTE * flipped
        ),
        related=[("合计", total.quantity.start, total.quantity.end)] + [("分项", t.quantity.start, t.quantity.end) for t, _ in parts],
        severity=mismatch_severity(computed, stated, q.half_unit / 100, flipped=flipped),
        suggestion=f"{verb}{format_percent(abs(point), q.decimals)}%",
        operands=(total, *[x for pair in parts for x in pair], rate), computed=computed, stated=stated,
    )


def _stated_fraction(rate) -> Interval:
    q = rate.quantity
    interval = signed(derived_figure_tolerance(Interval.of(q), q), rate.sign)
    return Interval(interval.low / 100, interval.high / 100)


# the next sentence of the statement opens with the base period: 全年引进人才365人，同比增长27.6%；上年全年引进人才为268人
_OPENS_WITH_BASE = re.compile(rf"\s*(?:而|但)?(?:{alternation(('base', 'periods'))})")


def _later_bases(ctx, model, spans, n: int) -> list[tuple]:
    """(typed base, its clause before it) of the next sentence of the same statement when that sentence
    opens with the base period and states only the base (a figure in the role ``base``)."""
    if n + 1 >= len(spans):
        return []
    start, end = spans[n + 1]
    if not _OPENS_WITH_BASE.match(ctx.folded, start, end):
        return []
    sentence = ctx.segmentation.sentence_at(start)
    if sentence is None:
        return []
    return [
        (t, ctx.text[clause.clause.start : t.quantity.start])
        for clause in model.sentence(sentence) for t in clause.quantities
        if t.role is Role.BASE and clause.clause.start == sentence.start
    ][:1]


_OPENING_YEAR = re.compile(r"\s*((?:19|20)\d{2})年(?![度末初底])")
_PERIOD_WORD = re.compile(r"^(?:上年|去年|今年|本年|当年|全年|年)")
_OPENING_CURRENT = re.compile(r"\s*(?:而|但)?(?:今年|本年|当年)(?![度末初底])")


_SUB_PERIOD_OPENING = re.compile(r"[^，,。；;]{0,12}?(?:季度|月|半年)")


def _base_sentence_before(ctx, spans, n: int) -> bool:
    """The sentence before, closed by 。 in the same paragraph, may state the base year's value as one before a
    semicolon does (``2023年全区引进项目46个。2024年引进项目58个，增长X%``): both open with a year, and neither
    names a sub-period near its opening (``2024年一季度…`` against a whole year)."""
    (previous_start, previous_end), (start, end) = spans[n - 1], spans[n]
    folded = ctx.folded
    if folded[previous_end - 1 : previous_end] != "。" or "\n" in folded[previous_end:start]:
        return False
    if not (_OPENING_YEAR.match(folded, start, end) and _OPENING_YEAR.match(folded, previous_start, start)):
        return False
    return not (_SUB_PERIOD_OPENING.match(folded, start, end) or _SUB_PERIOD_OPENING.match(folded, previous_start, start))


def _earlier_bases(ctx, model, spans, n: int) -> list[tuple]:
    """(typed value, its clause before it) of the previous sentence of the same statement when the two open with
    years, that one the year before (or with 上年/去年 and 今年/本年), and it states one value in its first clause
    (``2023年全区引进项目46个；2024年引进项目58个，比上年多引进13个``): read like a base stated after."""
    start, end = spans[n]
    previous_start, _ = spans[n - 1]
    current_year = _OPENING_YEAR.match(ctx.folded, start, end)
    base_year = _OPENING_YEAR.match(ctx.folded, previous_start, start)
    by_words = _OPENING_CURRENT.match(ctx.folded, start, end) and _OPENS_WITH_BASE.match(ctx.folded, previous_start, start)
    if not by_words and (current_year is None or base_year is None or int(base_year.group(1)) != int(current_year.group(1)) - 1):
        return []  # (the year before: 比上年 and 同比 of 2024 are 2023, not 2022; or 上年…；今年…)
    sentence = ctx.segmentation.sentence_at(previous_start)
    if sentence is None:
        return []
    clauses = model.sentence(sentence)
    if not clauses:
        return []
    first = clauses[0]
    values = [t for t in first.quantities if (t.role in _CURRENT_ROLES or t.role is Role.BASE) and _current_kind(t)]
    if len(values) != 1 or first.clause.start != sentence.start:
        return []
    base_name = _NAME_BEFORE_VALUE.search(ctx.folded, first.clause.start, values[0].quantity.start)
    current = next((t for t in model.between(start, end) if t.role in _CURRENT_ROLES), None)
    if base_name is None or current is None:
        return []
    current_name = _NAME_BEFORE_VALUE.search(ctx.folded, max(start, current.quantity.start - 30), current.quantity.start)
    names = [_PERIOD_WORD.sub("", m.group("name")) for m in (base_name, current_name) if m is not None]
    if len(names) != 2 or not names[0] or not names[1] or not (names[0].endswith(names[1]) or names[1].endswith(names[0])):
        return []  # one name repeats the other whole: not 2023年引进项目…；2024年新开工项目, not 新建公路…；改造公路
    return [(values[0], "")]  # (the names are compared here: no clause left for _label_recurs to judge)


def _sentence_relations(ms: MaskedSentence, text: str, typed=(), later=(), typed_clauses=None, untied: bool = True) -> list[Relation]:
    """The growth relations of one sentence; ``typed_clauses`` gives its typed clauses (typing is asked for only when
    something reads them); ``untied``: also the rates tied to no operands (counted for ``--statistics`` only)."""
    relations: list[Relation] = []
    claimed: set[int] = set()  # sentence-relative starts of rate values already tied to operands
    # 按现价计算 / 名义增长: the rates are nominal, whatever the subject
    nominal = ("价" in ms.text or "名义" in ms.text) and bool(_NOMINAL_GROWTH.search(ms.text))
    real = bool(_REAL_GROWTH.search(ms.text)) and not nominal
    has_percent = any(q.unit == "%" for q in ms.by_offset.values())
    # (typing is most of this finder's cost: without the untied rates, only a sentence where a phrasing read on the
    # typed clauses may stand is typed, about four in ten of those reaching here)
    clauses = (typed_clauses() if typed_clauses is not None and ((untied and has_percent) or _reads_typed_clauses(ms))
               else None)
    if clauses and ms.text.count("分别") >= 2:
        for relation, key in _respective_lists(ms, text, clauses, real, nominal):
            relations.append(relation)
            claimed.add(key)
    for comparison in _comparisons(ms, typed, later, clauses):
        items = _tail(ms, comparison)
        if comparison.base is None and not any(i.kind == "difference" for i in items):
            continue
        subject = ms.text[max(0, comparison.start - 40) : comparison.start + 1]
        real_subject = real or bool(not nominal and _REAL_SUBJECT.search(subject) and not _INTENSITY.search(subject))
        if comparison.base is None and "余额" in subject:
            real_subject = True  # balances: the rate is on an adjusted year-on-year basis, not on A − D
        for item in items:
            key = item.quantity.start if item.quantity is not None else item.start
            if key in claimed:
                continue  # already tied to operands by an earlier (more explicit) phrasing
            real_item = real_subject or (
                item.kind in ("compound", "compound-difference") and not nominal and bool(_REAL_COMPOUND_SUBJECT.search(subject))
                and _REAL_INCOME
            )
            relation = _check(ms, text, comparison, item, items, real_item)
            if relation is not None:
                relations.append(relation)
                claimed.add(key)
    if untied and typed_clauses is not None and has_percent:
        relations.extend(_untied_rates(text, clauses, claimed))
    return relations


# The end of what joins a value to the change stated right after it (``_CHANGE_JOINT``: its verb, what the verb
# governs, 了, a space), before the change's figure; the longest it can be
_JOINT_END = re.compile(rf"(?:{_VERB})[\u4e00-\u9fff]{{0,4}}?了?\s?$")
_JOINT_END_REACH = max(map(len, UP_VERBS + DOWN_VERBS)) + 4 + 1 + 1


def _reads_typed_clauses(ms: MaskedSentence) -> bool:
    """Whether a phrasing read on the typed clauses may stand in the sentence: a list after 分别 (``_respective_lists``),
    a transition (由/从, ``_transitions``), consecutive periods (环比), or a figure after a verb of change that
    follows another figure (``_values_then_change``: A，比上年增加D). A necessary condition of each, tested without
    typing the sentence."""
    masked = ms.masked
    if "由" in masked or "从" in masked or "环比" in masked or ms.text.count("分别") >= 2:
        return True
    text = ms.text
    values = [offset for offset, q in ms.by_offset.items() if q.kind in Kind.VALUES]
    # (a token may have taken up to two spaces before its figure: the search ends at the figure itself)
    return len(values) >= 2 and any(
        _JOINT_END.search(text, max(0, at - _JOINT_END_REACH), at)
        for at in (ms.by_offset[offset].start - ms.start for offset in sorted(values)[1:])
    )


_RATE_CHANGE_NOUNS = frozenset(("增幅", "降幅", "涨幅", "跌幅"))  # rate nouns that name a ratio of change (DC303)


def _untied_rates(text: str, clauses, claimed: set[int]) -> list[Relation]:
    """Every stated rate of change no operands were tied to (the not-checkable count): the percentages the clause
    model types as a rate or change with a sign (after a verb of change, 比…多/少, 年均, a rate noun such as 增幅 or
    增速)."""
    out: list[Relation] = []
    for t in (t for clause in clauses for t in clause.quantities):
        q = t.quantity
        # (a percentage after 比…多/少 is typed a change: 比原计划减少了16.1% is a rate all the same)
        if t.role not in (Role.RATE, Role.CHANGE) or not t.sign or q.unit != "%" or q.start in claimed:
            continue
        at = text.rfind(t.cue, max(0, q.start - PREFIX_REACH), q.start) if t.cue else -1
        code = RATIO if t.cue in _RATE_CHANGE_NOUNS else GROWTH
        out.append(Relation(kind="growth", code=code, outcome=Outcome.NOT_CHECKABLE, start=at if at >= 0 else q.start, end=q.end))
    return out


# 分别达到A1、A2（上年分别为B1、B2），分别增长X1%、X2%: lists paired item by item, read on the typed clauses
_LIST_JOINTS = frozenset(w for w in (*words("list", "separators"), *words("list", "final_joiners")) if w not in ("；", ";", "\n"))
_RESPECTIVE_HEAD = re.compile(r"分别(?:为|是|达到?|实现|完成|有)?\s?$")
_BASE_PERIOD_WORDS = tuple(words("base", "periods"))
RESPECTIVE_REACH = 12  # how far before 分别 its base-period word may stand (上年分别为, 去年同期分别是)


def _typed_lists(text: str, clauses) -> list[list]:
    """Runs of two or more typed figures joined only by list separators (A、B和C), in order."""
    runs: list[list] = []
    run: list = []
    for t in (t for clause in clauses for t in clause.quantities):
        if run and text[run[-1].quantity.end : t.quantity.start].strip() in _LIST_JOINTS:
            run.append(t)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = [t]
    if len(run) >= 2:
        runs.append(run)
    return runs


def _respective_lists(ms: MaskedSentence, text: str, clauses, real: bool, nominal: bool) -> list[tuple[Relation, int]]:
    """Current values, their bases and their rates written as three lists after 分别, item by item.

    The lists are runs of typed figures (``ctx.clause_model``) joined by list separators and opened by 分别: the one
    whose head is a rate of change (分别增长) holds the rates; the one after a base-period word (上年分别为,
    去年同期分别是) or typed a base the bases; the other the current values. Checked only when there is exactly
    one of each, of the same length, the values of one dimension and the rates percentages.
    """
    currents, bases, rates = [], [], []
    for run in _typed_lists(text, clauses):
        head = run[0]
        q = head.quantity
        floor = max(ms.start, q.start - RESPECTIVE_REACH - 8)
        if head.role in (Role.RATE, Role.CHANGE) and head.sign and head.cue:
            at = text.rfind(head.cue, floor, q.start)
            if at >= 2 and text[at - 2 : at] == "分别":
                rates.append((at - 2, at, head.cue, head.sign, [t.quantity for t in run]))
            continue
        m = _RESPECTIVE_HEAD.search(text, floor, q.start)
        if m is None:
            continue
        before = text[max(ms.start, m.start() - RESPECTIVE_REACH) : m.start()]
        if head.role is Role.BASE or any(w in before for w in _BASE_PERIOD_WORDS):
            bases.append((m.start(), [t.quantity for t in run]))
        else:
            currents.append((m.start(), [t.quantity for t in run]))
    if len(currents) != 1 or len(bases) != 1 or len(rates) != 1:
        return []
    (c_at, cur), (b_at, base), (r_at, verb_at, verb, sign, rate) = currents[0], bases[0], rates[0]
    if not len(cur) == len(base) == len(rate) or not c_at < r_at or not b_at < r_at:
        return []
    if any(q.unit != "%" for q in rate) or not all(same_dimension(a, b) for a, b in zip(cur, base)):
        return []
    c_rel, r_rel = c_at - ms.start, r_at - ms.start
    subject = ms.text[max(0, c_rel - 40) : c_rel + 1]
    real_subject = real or bool(not nominal and _REAL_SUBJECT.search(subject) and not _INTENSITY.search(subject))
    out: list[tuple[Relation, int]] = []
    for k, (c, b, r) in enumerate(zip(cur, base, rate)):
        start = r.start - ms.start if k else verb_at - ms.start  # sentence-relative; the first with its verb
        item = TailItem("rate", sign, start, r.end - ms.start, verb, quantity=r)
        relation = _check(ms, text, Comparison(current=c, base=b, start=c_rel, tail_start=r_rel), item, [item], real_subject)
        if relation is not None:
            if k and relation.suggestion and relation.suggestion.startswith(verb):
                relation.suggestion = relation.suggestion[len(verb):]  # 分别增长4.6%、8.1%: the verb is written once
            out.append((relation, r.start))
    return out


def _comparisons(ms: MaskedSentence, typed=(), later=(), clauses=None) -> list[Comparison]:
    found: list[Comparison] = []
    taken: set[int] = set()

    def usable(base: Quantity | None, current: Quantity, cur_end: int) -> bool:
        if current.start in taken or current.unit == "倍":
            return False
        following = ms.text[cur_end : cur_end + 1]
        if ms.masked[cur_end : cur_end + 1] == QUANTITY_MARK or _TRAILING_DIGIT.match(following or " "):
            return False  # 1亿3千多万: a number we cannot read whole
        return base is None or _comparable(base, current)

    def pair(m: re.Match, *, base_may_be_taken: bool = False) -> tuple[Quantity, Quantity] | None:
        """The base and current values a match names, when both are read and comparable."""
        base, current = ms.quantity_at(m.start("base")), ms.quantity_at(m.start("cur"))
        if base is None or current is None or (base.start in taken and not base_may_be_taken):
            return None
        return (base, current) if usable(base, current, m.end("cur")) else None

    def take(comparison: Comparison) -> None:
        if comparison.base is not None:
            taken.add(comparison.base.start)
        taken.add(comparison.current.start)
        found.append(comparison)

    masked = ms.masked
    if clauses and ("由" in masked or "从" in masked):
        for comparison in _transitions(ms, clauses, usable):
            take(comparison)
    if typed:
        for comparison in _based_comparisons(ms, typed, taken, usable):
            take(comparison)
        if later:
            for comparison in _comparisons_with_later_base(ms, typed, later, taken, usable):
                take(comparison)
    if clauses and "环比" in masked:
        for comparison in _consecutive_periods(ms, clauses, taken, usable):
            take(comparison)
    if clauses:
        for current, tail_start in _values_then_change(ms, clauses):
            if usable(None, current, current.end - ms.start):
                take(Comparison(current=current, base=None, start=current.start - ms.start, tail_start=tail_start))
    return found


def _comparable(a: Quantity, b: Quantity) -> bool:
    """Two figures of one measure: the same dimension, or one unit written short (吨标准煤 / 吨)."""
    return same_dimension(a, b) or _shortened_unit(a, b)


def _shortened_unit(a: Quantity, b: Quantity) -> bool:
    """One figure repeats the other's unit without its qualifier (0.62吨标准煤，比上年的0.68吨): the same measure,
    not a frequency (人次 against 人, 架次 against 架)."""
    if a.kind != b.kind or not a.unit or not b.unit or a.unit == b.unit:
        return False
    short, full = sorted((a.unit, b.unit), key=len)
    return full.startswith(short) and not full.endswith("次")


# What may join a value to the change stated right after it (A，比上年增加D / A（同比增长X%）): a couple of label
# characters, a mark, a comparison (同比, 比上年, 与上年同期相比 ...)
_CHANGE_JOINT = re.compile(
    rf"(?P<label>{LABEL_CHARS}{{0,2}}?)[，,（(]?\s*(?:(?:{alternation(('base', 'compared_with'))})(?:预计数|同期|水平)?)?\s?"
    rf"(?P<verb>(?:{_VERB})[\u4e00-\u9fff]{{0,4}}?)了?\s?"  # (多接待, 少引进: 多/少 with what they govern)
)
_CHANGE_VERBS = frozenset(UP_VERBS + DOWN_VERBS)


def _values_then_change(ms: MaskedSentence, clauses) -> list[tuple[Quantity, int]]:
    """(A, sentence-relative start of its tail) for a value followed at once by a change or a rate of change the
    clause model types with a sign (A，比上年增加D, A，同比增长X%，增加D, A，比上年多接待D): the current value of a
    statement whose base follows from the change (base = A − D)."""
    text = ms.text
    figures = [t for clause in clauses for t in clause.quantities
               if ms.start <= t.quantity.start and t.quantity.end <= ms.start + len(text)]
    out: list[tuple[Quantity, int]] = []
    for before, after in zip(figures, figures[1:]):
        a = before.quantity
        if (before.role is Role.THRESHOLD or a.unit in ("%", "个百分点") or after.role not in (Role.CHANGE, Role.RATE)
                or not after.sign or before.compound or after.compound):
            continue
        a_end = a.end - ms.start
        joint = _CHANGE_JOINT.fullmatch(text, a_end, after.quantity.start - ms.start)
        if joint is not None and (joint.group("verb") in _CHANGE_VERBS or joint.group("verb") == after.cue):
            out.append((a, a_end + len(joint.group("label"))))
    return out


# --- transitions (由A增加到B), read from the typed clauses ----------------------------------------

_TRANSITION_JOINT = re.compile(rf"(?:[（(]{YEAR}[)）])?[^，,。；;：:！？!?\d{QUANTITY_MARK}{YEAR_MARK}{OTHER_MARK}{FILL}]{{0,3}}")


def _transitions(ms: MaskedSentence, clauses, usable) -> list[Comparison]:
    """由A增加到B / 从2020年的A降为2024年的B: a figure the clause model marks the start of a transition (after
    由/从) and the next figure, marked its end (after 到/至/降为), with at most a bracketed year and three characters
    of label between A and the words leading to B. Years: those the model dates each figure by when they stand
    inside the transition (由2020年的A, A（2020年）, 到2024年的B), else a period heading the sentence (2020—2024年，
    …由A增加到B) names both, else a year heading the sentence dates B."""
    offsets = _masked_offsets(ms)
    typed = [t for clause in clauses for t in clause.quantities]
    found: list[Comparison] = []
    for a, b in zip(typed, typed[1:]):
        if a.transition != "from" or b.transition != "to" or b.transition_at < a.quantity.end:
            continue
        base, current = a.quantity, b.quantity
        if base.start not in offsets or current.start not in offsets:
            continue
        off_a = offsets[base.start]
        joint = ms.masked[off_a + _token_length(ms, off_a) : b.transition_at - ms.start]  # (a token may absorb a space)
        if _TRANSITION_JOINT.fullmatch(joint) is None:
            continue
        off_c = offsets[current.start]
        tail_start = _after_value(ms, off_c)
        if not usable(base, current, off_c + _token_length(ms, off_c)):
            continue
        from_rel = a.transition_at - ms.start
        if "分别" in ms.text[max(0, from_rel - 4) : off_c]:
            continue
        base_year = a.year if a.year is not None and _dated_inside(ms, a, from_rel, off_c) else None
        current_year = b.year if b.year is not None and _dated_inside(ms, b, b.transition_at - ms.start, tail_start) else None
        period = _named_period(ms, from_rel) if base_year is None and current_year is None else None
        span = _opening_span(ms, from_rel) if base_year is None and current_year is None and period is None else None
        found.append(
            Comparison(
                current=current,
                base=base,
                start=from_rel,
                tail_start=tail_start,
                base_year=base_year if base_year is not None else period[0] if period else None,
                current_year=(
                    current_year if current_year is not None else period[1] if period else _year_before(ms, from_rel)
                ),
                lead_item_at=_leading_item_at(ms, typed, from_rel),
                period=period is not None or span is not None,
                span_years=span,
            )
        )
    return found


_LEAD_REACH = 16  # characters between the words that open an item and its figure (为2020年同期的2.3倍)


def _leading_item_at(ms: MaskedSentence, typed, from_rel: int) -> int | None:
    """Where an item stated right before a transition starts, for ``_TAIL_ITEM`` to read: the typed figure that ends
    at the comma before 由/从 — a rate of change with its sign (``下降3.2%，由A下降到B``, ``年均增长X%，从…``), a
    multiple (``为2020年的2.3倍，由…``) or a 翻番 figure (``翻两番，由…``) — or ``翻了一番``, which is no figure of the
    quantity reader. None when nothing but a comma and spaces does not part such an item from the transition."""
    comma = from_rel
    while comma and ms.text[comma - 1].isspace():
        comma -= 1
    if not comma or ms.text[comma - 1] not in "，,":
        return None
    comma -= 1
    t = next((t for t in reversed(typed) if t.quantity.end - ms.start <= comma), None)
    if t is not None and t.quantity.end - ms.start == comma:
        at = t.quantity.start - ms.start
        if t.quantity.unit == "番":
            tries = [at]
        elif t.quantity.unit in ("倍", "%") and not t.sign:  # 为2020年的2.3倍 / 是上年的92.3%
            tries = [ms.text.rfind(w, max(0, at - _LEAD_REACH), at) for w in ("相当于", "是", "为")]
        elif t.role is Role.RATE and t.sign and t.quantity.unit == "%" and t.cue:
            cue_at = ms.text.rfind(t.cue, max(0, at - len(t.cue) - 4), at)
            # (年均/平均每年 before the verb belong to the item: the earliest start that reads it whole)
            tries = [cue_at - 4, cue_at - 3, cue_at - 2, cue_at] if cue_at >= 0 else []
        else:
            tries = []
    else:  # 翻了一番，由A增加到B / 翻了一番半，由…
        fan = ms.text.rfind("翻", max(0, comma - 5), comma)
        tries = [fan]
    for at in tries:
        if at < 0:
            continue
        m = _TAIL_ITEM.match(ms.masked, at)
        if m is not None and m.end() == comma:
            return at
    return None


# 三年来 / 近五年 / 过去五年间 / 五年内, heading the sentence
_SPAN_WORDS = re.compile(rf"^(?:近|过去|这|最近)?(?P<span>{Q})(?:来|以来|间|内|中)?[，,]?")


def _opening_span(ms: MaskedSentence, index: int) -> int | None:
    """The years of a span heading the sentence (``三年来，税收由A增加到B，年均增长X%``), for a 年均 without years;
    read leniently like a named period (the base may be the year before the span's first)."""
    m = _SPAN_WORDS.match(ms.masked[:index].lstrip())
    if m is None:
        return None
    years = ms.quantity_at(len(ms.masked[:index]) - len(ms.masked[:index].lstrip()) + m.start("span"))
    if years is None or years.unit != "年" or years.decimals or years.magnitude != 1 or years.kind == Kind.YEAR:
        return None
    return int(years.value) if 1 < years.value <= 30 else None


def _dated_inside(ms: MaskedSentence, t, start: int, end: int) -> bool:
    """The year dating a figure of a transition is written inside the transition (由2020年的A, 到2024年的B, A（2020年）)."""
    return str(t.year) in ms.text[start:end]


# --- comparisons of consecutive periods (环比) ----------------------------------------------------

# A sub-period of the year leading a value's clause: 三季度 / 第4季度 / 11月 / 十月份 / 上半年
_SUB_PERIOD = re.compile(r"(?:第)?(?P<q>[一二三四1-4])季度|(?P<m>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月份?(?![\d日])|(?P<h>上|下)半年")
_NUMERAL = {c: n for n, c in enumerate("一二三四五六七八九", 1)} | {"十": 10, "十一": 11, "十二": 12}


def _period_of(m: re.Match) -> tuple[str, int]:
    if m.group("q"):
        q = m.group("q")
        return "quarter", int(q) if q.isdigit() else _NUMERAL[q]
    if m.group("m"):
        month = m.group("m")
        return "month", int(month) if month.isdigit() else _NUMERAL[month]
    return "half", 1 if m.group("h") == "上" else 2


def _consecutive_periods(ms: MaskedSentence, clauses, taken: set[int], usable) -> list[Comparison]:
    """Values of two consecutive sub-periods, each named in its clause, then a rate 环比 after the later one
    (``三季度完成工业投资79.5亿元，四季度完成94.3亿元，环比增长20.9%``): the earlier period is the base.
    The values and their clauses are the typed clauses' (``ctx.clause_model``)."""
    offsets = _masked_offsets(ms)
    dated = []
    for clause in clauses:
        for t in clause.quantities:
            q = t.quantity
            if q.kind != Kind.AMOUNT or q.start in taken or q.start not in offsets or t.role not in _CURRENT_ROLES:
                continue
            periods = list(_SUB_PERIOD.finditer(ms.text, max(0, clause.clause.start - ms.start), q.start - ms.start))
            if periods:
                dated.append((offsets[q.start], q, _period_of(periods[-1])))
    found = []
    for (off_b, base, (kind_b, n_b)), (off_c, current, (kind_c, n_c)) in zip(dated, dated[1:]):
        if kind_b != kind_c or n_c != n_b + 1 or off_c - off_b > _BASE_REACH * 2:
            continue
        tail = _after_value(ms, off_c)
        if "环比" not in ms.masked[tail : tail + 4] or not _has_tail(ms, tail):
            continue
        if usable(base, current, off_c + _token_length(ms, off_c)):
            found.append(Comparison(current=current, base=base, start=off_b, tail_start=tail))
    return found


def _masked_offsets(ms: MaskedSentence) -> dict[int, int]:
    """Masked-sentence offset of each value's token, by the value's document start."""
    return {q.start: off for off, q in ms.by_offset.items() if ms.masked[off] == QUANTITY_MARK}


# --- comparisons with a base, read from the typed clauses -----------------------------------------

# What may stand for the current value of a comparison: a value, a count, a part, a share or a named
# rate (达标率62.5%, 上年为58.1%), a per-head value (人均可支配收入42618元); never a change, a rate of
# change, a target or a class boundary.
_BASE_CLOSER = re.compile(rf"[)）]?{gap(3)}(?:相比|相较|比较)")
_CURRENT_ROLES = frozenset({Role.VALUE, Role.COUNT, Role.PART, Role.SHARE, Role.RATE})
_BASE_REACH = 40  # characters between a current value and its base (either order)
# a base-period word or a year shortly before a value: the only sentences whose values may have a base
# (a base word before a value, or two values dated by years: 2020年…B，2024年…A)
# (a sub-period may be masked as a date: 上年一季度, 上年1-9月)
_PERIOD = rf"(?:{alternation(('base', 'periods'))})(?:{alternation(('base', 'sub_periods'))}|{OTHER_MARK}{FILL}*)?"
_NAMES_A_BASE = re.compile(
    # (the lookahead names the characters a match can start with: the engine skips the others fast)
    rf"(?=[上去年同本比较与是为于（(，,；;：:]|^)(?:{_PERIOD}|(?:[比较与同是为于（(，,；;]|^){YEAR_MARK}{FILL}*年?(?:{alternation(('base', 'sub_periods'))})?)"
    rf"(?:的|为|是|实现|完成|累计值|累计|[:：])?(?:约|近)?\s?[（(]?\s?{QUANTITY_MARK}"
    rf"|(?:^|[，,；;：:（(])\s*(?:而|但|其中)?{_PERIOD}(?:新增|新登记|[^，,。；;：:增降减提比较多少升涨跌来后起%（(\d{QUANTITY_MARK}{YEAR_MARK}]){{1,10}}?"
    rf"(?:为|是|达到|达|完成|实现|共有|共|有|累计)*(?:约|近)?\s?{QUANTITY_MARK}"
)
_DATED_VALUE = re.compile(rf"{YEAR_MARK}[^，,。；;{QUANTITY_MARK}]{{0,24}}{QUANTITY_MARK}|{QUANTITY_MARK}{FILL}*[（(]{YEAR_MARK}")
# ... and a word of change or a rate noun for the comparison to state something about
_STATES_A_CHANGE = re.compile(
    rf"[增降减提升多少涨跌扩缩落滑幅速][^，,。；;{QUANTITY_MARK}]{{0,6}}(?:{QUANTITY_MARK}|[一二三四五六七八九两]成)|翻|{QUANTITY_MARK}{FILL}*[)）]?的{QUANTITY_MARK}"
    # a multiple of the base: 是上年的1.32倍 / 为2020年的2.3倍
    rf"|(?:是|为|相当于)[^，,。；;{QUANTITY_MARK}]{{0,8}}的{QUANTITY_MARK}"
    # a rate written with its sign: 同比-8.6%
    rf"|[同环]比{QUANTITY_MARK}"
)


def _may_have_base(masked: str) -> bool:
    if not (YEAR_MARK in masked or "上年" in masked or "去年" in masked or "上一年" in masked or "同期" in masked or "年初" in masked):
        return False
    if masked.count(QUANTITY_MARK) < 2:
        return False
    if not _STATES_A_CHANGE.search(masked):
        return False
    if _NAMES_A_BASE.search(masked):
        return True
    dated = _DATED_VALUE.search(masked)
    return dated is not None and _DATED_VALUE.search(masked, dated.end()) is not None



def _based_comparisons(ms: MaskedSentence, typed, taken: set[int], usable) -> list[Comparison]:
    """Comparisons of a current value with its base, the operands taken from the typed clauses.

    A quantity in the role ``base`` (after 上年/去年同期/上年一季度的/2023年的, or in a clause that
    opens with the base period: 上年全年引进人才为268人) is compared with:

    - the value of the same dimension dated by another year, when both are dated (``2020年…B，2024年…A``,
      ``2024年A，2023年B``, ``A（2024年）… B（2021年）``): the later year is the current value, the
      years are kept for 年均;
    - else the nearest value of the same dimension before it (``A，去年同期B`` / ``A，较上年的B`` /
      ``A，同比增长X%（上年为B）``), or after it (``上年完成B，今年完成A``).

    The two must not name different indicators, and a base in a clause of its own must repeat a word of
    the current value's name (实现税收A，上年完成投资B is no comparison). The stated items are read
    after the later of the two, or right after the current value when the rate stands between them.
    """
    if not typed:
        return []
    offsets = _masked_offsets(ms)
    entries = [(offsets[t.quantity.start], t) for t in typed if t.quantity.start in offsets]
    found: list[Comparison] = []
    for off_b, b in entries:
        # a base by its words, or a dated value (2020年…B, 2024年…A: which one is the base is decided
        # by the years)
        dated_only = b.role is not Role.BASE
        if dated_only and (b.year is None or b.role not in _CURRENT_ROLES or not _current_kind(b)):
            continue
        if b.quantity.start in taken:
            continue
        base_q = b.quantity
        if not _usable_base_end(ms, off_b + _token_length(ms, off_b)):
            continue
        year_b = b.year
        partner = None
        years: tuple[int | None, int | None] = (None, None)
        if year_b is not None:
            dated = [
                (o, t) for o, t in entries
                if t is not b and (t.role in _CURRENT_ROLES or t.role is Role.BASE) and _current_kind(t)
                and _comparable(t.quantity, base_q) and abs(o - off_b) <= _BASE_REACH * 2
                and t.year is not None and t.year != year_b
            ]
            if len(dated) == 1:
                o, t = dated[0]
                year = t.year
                if year < year_b:  # 2024年A，2023年B: the earlier year is the base
                    o, t, off_b, b, year, year_b = off_b, b, o, t, year_b, year
                partner, years = (o, t), (year_b, year)
        if partner is None and not dated_only:
            same = [
                (o, t) for o, t in entries
                if t is not b and t.role in _CURRENT_ROLES and _current_kind(t)
                and _comparable(t.quantity, base_q) and t.quantity.start not in taken
            ]
            before = [(o, t) for o, t in same if o < off_b and off_b - o <= _BASE_REACH]
            after = [(o, t) for o, t in same if o > off_b and o - off_b <= _BASE_REACH]
            partner = before[-1] if before else after[0] if after else None
        if partner is None:
            continue
        off_c, c = partner
        base_q, current = b.quantity, c.quantity
        if base_q.start in taken or not usable(base_q, current, off_c + _token_length(ms, off_c)):
            continue
        if not _same_measure(ms, b, c, off_b, off_c):
            continue
        tail_start = _after_value(ms, max(off_b, off_c))
        if off_b > off_c and (closing := _BASE_CLOSER.match(ms.masked, tail_start)):
            tail_start = closing.end()  # 与去年同期B相比 / 比去年同期（B）
        if not _has_tail(ms, tail_start) and (restated := _restated_subject(ms, tail_start, off_c)):
            tail_start = restated  # A，上年为B，全县工业用水量下降D: the change's clause names its indicator again
        between = None
        if off_c < off_b and not _has_tail(ms, tail_start):
            tail_start = _after_value(ms, off_c)  # A，同比增长X%（上年为B）
        elif off_c < off_b and _has_tail(ms, after_current := _after_value(ms, off_c)):
            between = after_current  # A，比上年增加D（上年为B），增长X%: items on both sides of the base
        if years == (None, None) and b.year is not None and c.year is None:
            # 2024年，园区实现税收A，比2020年的B: a year opening the sentence dates the current value
            years = (b.year, _year_before(ms, off_c))
        lead = _leading_rate(ms, entries, off_c) if between is None and not _has_tail(ms, tail_start) else None
        found.append(Comparison(current=current, base=base_q, start=min(off_b, off_c), tail_start=tail_start,
                                base_year=years[0], current_year=years[1], between_start=between, lead_start=lead))
        taken.add(base_q.start)
        taken.add(current.start)
    return found


# what may stand between a rate stated first and the value it is the rate of: 增长12.5%，达到A / 增长12.5%，总额为A
_LEAD_JOINT = re.compile(r"[，,]\s*(?:总额|总量|规模|金额|总数)?(?:达到|达|为|是|实现|完成|共计|累计|共)+\s?(?:约|近)?\s?")


def _leading_rate(ms: MaskedSentence, entries, off_c: int) -> int | None:
    """Where a rate stated before its current value starts (``园区税收同比增长12.5%，达到A，上年同期为B``): the typed
    figure right before the value is a rate of change, nothing but a verb of being stands between them."""
    k = bisect.bisect_left(entries, off_c, key=lambda entry: entry[0])  # (entries are in order of offset)
    if not k:
        return None
    off_r, r = entries[k - 1]
    if r.role is not Role.RATE or not r.sign or r.compound or r.quantity.unit != "%" or not r.cue:
        return None
    end_r = off_r + _token_length(ms, off_r)
    if _LEAD_JOINT.fullmatch(ms.masked, end_r, off_c) is None:
        return None
    cue_at = ms.masked.rfind(r.cue, max(0, off_r - len(r.cue) - 4), off_r)
    for at in (cue_at - 2, cue_at):
        if at < 0:
            continue
        m = _TAIL_ITEM.match(ms.masked, at)
        if m is not None and m.end() == end_r and (m.group("v_verb") or m.group("n_noun")):
            return at
    return None


def _comparisons_with_later_base(ms: MaskedSentence, typed, later, taken: set[int], usable) -> list[Comparison]:
    """A current value and its rate, the base stated in the next sentence of the statement
    (全年引进人才365人，同比增长27.6%；上年全年引进人才为268人): the last value of the base's dimension
    in the sentence, when the base's clause names its measure."""
    found: list[Comparison] = []
    if not later or not typed:
        return found
    offsets = _masked_offsets(ms)
    for b, base_clause in later:
        same = [
            (offsets[t.quantity.start], t) for t in typed
            if t.quantity.start in offsets and t.role in _CURRENT_ROLES and _current_kind(t)
            and same_dimension(t.quantity, b.quantity) and t.quantity.start not in taken
        ]
        # the last value followed by what it states (58个，比上年多引进13个: not 13个, the change itself)
        tailed = [(o, t) for o, t in same if _has_tail(ms, o + _token_length(ms, o))]
        if not tailed:
            continue
        off_c, c = tailed[-1]
        end_c = off_c + _token_length(ms, off_c)
        if not usable(b.quantity, c.quantity, end_c):
            continue
        ib, ic = b.indicator, c.indicator
        if ib is not None and ic is not None and ib.key and ic.key and ib.key != ic.key:
            continue
        if not _label_recurs(base_clause, b.cue, ms.text[_clause_start(ms, off_c) : off_c]):
            continue
        found.append(Comparison(current=c.quantity, base=b.quantity, start=off_c, tail_start=end_c))
    return found


def _current_kind(t) -> bool:
    """A figure that may be compared with a base (not a rate of change, not a compound figure)."""
    return t.sign == 0 and not t.compound and t.quantity.unit not in ("倍", "番", "个百分点")


def _token_length(ms: MaskedSentence, offset: int) -> int:
    end = offset + 1
    while end < len(ms.masked) and ms.masked[end] == FILL:
        end += 1
    return end - offset


_BRACKETED_YEAR = re.compile(rf"[（(]{YEAR}[)）]")


def _after_value(ms: MaskedSentence, offset: int) -> int:
    """Where the words after a value start: past its token and a year in brackets (6.84亿元（2024年）)."""
    end = offset + _token_length(ms, offset)
    m = _BRACKETED_YEAR.match(ms.masked, end)
    return m.end() if m else end


# A clause after the values that opens by naming the indicator again before its change verb:
# ``，全县工业用水量下降D`` / ``，每万元地区生产总值能耗同比下降D``.
_RESTATED = re.compile(
    rf"[，,]\s*(?!其中|其|而|但|分别|均|各)(?P<run>[\u4e00-\u9fff]{{2,16}}?)"
    rf"(?=(?:{_COMPARED_WITH})?(?:{_VERB})了?(?:约|近)?{QUANTITY_MARK})"
)


def _restated_subject(ms: MaskedSentence, pos: int, off_current: int) -> int | None:
    """Where the change verb starts when the clause at ``pos`` restates the indicator of the current value, else
    None. Restated: the two names end alike, over the whole of one of them (能耗 / 全县能耗) or over four
    characters or more (全县单位地区生产总值能耗 / 每万元地区生产总值能耗); 税收收入 does not restate 一般公共预算收入."""
    m = _RESTATED.match(ms.masked, pos)
    if m is None:
        return None
    run = m.group("run")
    name = _NAME_BEFORE_VALUE.search(ms.masked, _clause_start(ms, off_current), off_current)
    if name is None:
        return None
    if not _names_alike(run, name.group("name")):
        return None
    return m.end("run") if _has_tail(ms, m.end("run")) else None


def _names_alike(a: str, b: str) -> bool:
    """Two names of one indicator: they end alike over the whole of one (能耗 / 全县能耗) or over four characters
    or more (全县单位地区生产总值能耗 / 每万元地区生产总值能耗); not 税收收入 / 一般公共预算收入, 引进项目 / 新开工项目."""
    common = 0
    while common < min(len(a), len(b)) and a[-1 - common] == b[-1 - common]:
        common += 1
    return common >= 2 and (common >= 4 or common in (len(a), len(b)))


# The name of the indicator before a value in its clause: 全县工业用水量(为), 能耗(达到)
_NAME_BEFORE_VALUE = re.compile(r"(?!年)(?P<name>[\u4e00-\u9fff]{2,24}?)(?:为|是|达到|达|实现|完成|累计|共|约|近)*$")


def _has_tail(ms: MaskedSentence, pos: int) -> bool:
    m = _TAIL_ITEM.match(ms.masked, pos)
    return m is not None and m.end() > pos


def _same_measure(ms: MaskedSentence, b, c, off_b: int, off_c: int) -> bool:
    """The base and the current value are about the same thing: no two different lexicon indicators,
    and a base in a clause of its own repeats a word of the current value's name."""
    ib, ic = b.indicator, c.indicator
    if ib is not None and ic is not None and ib.key and ic.key and ib.key != ic.key:
        return False
    if b.role is not Role.BASE and ib is not None and ic is not None and not (ib.key and ic.key):
        # two dated values (2020年…B，2024年…A) named by phrases outside the lexicon: the names share a word
        if not any(ib.name[i : i + 2] in ic.name for i in range(len(ib.name) - 1)):
            return False
    first, second = sorted((off_b, off_c))
    if "，" not in ms.masked[first:second] and "," not in ms.masked[first:second]:
        return True  # A较上年的B / 上年B，今年A in one clause
    # a stated change between them ties the two (A，比上年少D，上年供地B): the label's words may be cut
    # shorter (供地 for 新供工业用地)
    tied = off_c < off_b and _CHANGE_BETWEEN.search(ms.masked, off_c, off_b) is not None
    return _label_recurs(ms.text[_clause_start(ms, off_b) : off_b], b.cue, ms.text[_clause_start(ms, off_c) : off_c], tied)


_CHANGE_BETWEEN = re.compile(rf"(?:{_VERB})了?(?:约|近|达到?)?{Q}")


def _label_recurs(base_clause: str, cue: str, current_label: str, tied: bool = False) -> bool:
    """A base in a clause of its own (上年全年引进人才为268人) names the current value's measure."""
    base_clause = base_clause.lstrip("而但其中 ")
    if not cue or not base_clause.startswith(cue):
        return True  # A，较上年的B: the base word names the comparison, not a measure
    label = _LIGHT_WORDS.sub("", _BASE_NOUN.sub("", base_clause[len(cue):].strip()))
    if len(label) < 2:
        return True  # 上年为B / 上年同期基数为B
    if len(_LIGHT_WORDS.sub("", _CURRENT_PERIOD.sub("", current_label.strip()))) < 2:
        return True  # 上年同期…资金为B，今年同期为A: the current value's clause names only its period
    # 上年新签约31个 / 今年新签约项目38个, 上年全年引进人才为268人 / 全年引进各类人才365人: the
    # measure's first and last words recur (上年竣工项目31个 is not 今年引进项目38个)
    if tied:
        return label[0] in current_label and label[-1] in current_label
    return label[:2] in current_label and label[-2:] in current_label


def _clause_start(ms: MaskedSentence, index: int) -> int:
    """Sentence-relative start of the clause holding ``index``."""
    return max(ms.masked.rfind(mark, 0, index) for mark in "，,；;：:") + 1


def _year_before(ms: MaskedSentence, index: int) -> int | None:
    """A year that opens the sentence (``2024年，税收由2020年的A增加到B``) dates the current value."""
    head = ms.masked[:index]
    position = head.find(YEAR_MARK)
    if position < 0 or position > 4 or head.count(YEAR_MARK) != 1:
        return None
    return ms.year_at(position)


_PLAN_OPENING = re.compile(rf"\s*[“\"]?十(?P<plan>[一二三四五六])五[”\"]?(?:规划)?(?:{alternation(('base', 'plan_spans'))})")


def plan_years(ordinal: str) -> tuple[int, int]:
    """The first and last year of a five-year plan by its ordinal (十一五: 2006—2010, 十四五: 2021—2025)."""
    first = 2006 + 5 * "一二三四五六".index(ordinal)
    return first, first + 4


def _named_period(ms: MaskedSentence, index: int) -> tuple[int, int] | None:
    """A period that opens the sentence (``2020—2024年，税收由A增加到B``): its first and last year; a five-year plan
    named as a whole (``“十四五”期间，税收由A增加到B``) runs from its base year (2020) to its last (2025)."""
    head = ms.masked[:index]
    if "五" in head[:8] and (plan := _PLAN_OPENING.match(head)) is not None:
        first, last = plan_years(plan.group("plan"))
        return first - 1, last
    position = head.find(YEAR_MARK)
    if position < 0 or position > 4 or head.count(YEAR_MARK) != 1:
        return None
    quantity = ms.quantity_at(position)
    if quantity is None or quantity.high is None or not 0 < quantity.high - quantity.value <= 30:
        return None
    return int(quantity.value), int(quantity.high)


def _usable_base_end(ms: MaskedSentence, end: int) -> bool:
    following = ms.text[end : end + 1]
    return not (ms.masked[end : end + 1] == QUANTITY_MARK or _TRAILING_DIGIT.match(following or " "))


def _tail(ms: MaskedSentence, comparison: Comparison) -> list[TailItem]:
    items: list[TailItem] = []
    if comparison.lead_item_at is not None:
        m = _TAIL_ITEM.match(ms.masked, comparison.lead_item_at)
        item = _tail_item(ms, m, comparison) if m is not None else None
        if item is not None and item.kind in ("rate", "compound", "doubling", "multiple"):
            items.append(item)
    for pos in (comparison.tail_start, comparison.between_start):
        # between the current value and its base: only items that end before the base (较上年的B is the base
        # itself, not a multiple 为上年的X%)
        limit = comparison.base.start - ms.start if pos is comparison.between_start and comparison.base is not None else None
        read = 0
        while pos is not None and read < 5:
            m = _TAIL_ITEM.match(ms.masked, pos)
            if m is None or m.end() == pos or (limit is not None and m.end() > limit):
                break
            item = _tail_item(ms, m, comparison)
            if item is None:
                break
            items.append(item)
            read += 1
            pos = m.end()
    if not items and comparison.lead_start is not None:
        m = _TAIL_ITEM.match(ms.masked, comparison.lead_start)
        item = _tail_item(ms, m, comparison) if m is not None else None
        if item is not None and item.kind == "rate":
            items.append(item)
    return items


def _tail_item(ms: MaskedSentence, m: re.Match, comparison: Comparison) -> TailItem | None:
    both = bool(m.group("both"))
    item = _tail_item_of(ms, m, comparison, both)
    if item is not None and m.group("span"):  # 四年提高了…: only a whole number of years may stand before the item
        years = ms.quantity_at(m.start("span"))
        if years is None or years.unit != "年" or years.decimals or years.magnitude != 1 or years.kind == Kind.YEAR:
            return None
        item.span_years = int(years.value)
    if item is not None and m.group("plan"):
        item.plan, item.span_years = plan_years(m.group("plan")), 5
    return item


def _tail_item_of(ms: MaskedSentence, m: re.Match, comparison: Comparison, both: bool) -> TailItem | None:
    if m.group("c_pre"):
        quantity = ms.quantity_at(m.start("c_val"))
        if quantity is None:
            return None
        sign = 1 if m.group("c_verb") in UP_VERBS else -1
        if quantity.unit == "%":
            kind = "compound"
        elif _comparable(quantity, comparison.current):
            kind = "compound-difference"
        else:
            return None
        return TailItem(kind, sign, m.start("c_pre"), m.end("c_val"), m.group("c_pre") + m.group("c_verb"),
                        quantity=quantity, real=m.group("c_real") == "实际", both=both)
    if m.group("f_verb") or m.group("f_q"):
        if m.group("f_q"):
            quantity = ms.quantity_at(m.start("f_q"))
            if quantity is None or quantity.unit != "番":
                return None
            times = Decimal(2) ** int(quantity.value)
        else:
            times = Decimal(2) ** _FAN[m.group("f_n")]
        if m.group("f_half"):
            # 翻一番半: half a doubling more, 2^1.5 = 2.83 times, also read loosely as 2.5 or 3 times (2.4 to 3.4 passes;
            # 两番半 4.8 to 6.8)
            times = times * Decimal(2).sqrt()
            multiple = Interval(times * Decimal("0.85"), times * Decimal("1.2"))
        elif m.group("f_more"):
            # 翻一番多 / 翻一番以上 claims at least the doubling: 1.88 times falls short of it (judged on the figures
            # as written, a hair below for the rounding of the operands)
            multiple = Interval(times * Decimal("0.98"), times * 2)
        else:
            # 翻一番 is a doubling: 1.9 to 2.5 times passes (written loosely upwards, 翻一番多), 1.68 times does not
            # (that is 近七成 or 增长68%); 近翻一番 (f_near) widens it downwards below.
            multiple = Interval(times - Decimal("0.1"), times + Decimal("0.5")) if times == 2 else Interval(times * Decimal("0.8"), times * Decimal("1.2"))
        if m.group("f_near"):
            multiple = Interval(times * Decimal("0.75"), times + Decimal("0.1"))
        start = next(m.start(g) for g in ("f_near", "f_verb", "f_q") if m.group(g))
        return TailItem("doubling", 1, start, m.end(), ms.text[start : m.end()], multiple=multiple, both=both)
    if m.group("n_noun"):
        quantity = ms.quantity_at(m.start("n_val"))
        if quantity is None or quantity.unit not in ("%", "个百分点"):
            return None
        kind = "rate" if quantity.unit == "%" else "pp"
        return TailItem(kind, _RATE_NOUN_SIGN[m.group("n_noun")], m.start("n_noun"), m.end("n_val"), m.group("n_noun"),
                        quantity=quantity, noun=m.group("n_noun") in ("增幅", "降幅", "涨幅", "跌幅"), both=both)
    if m.group("d_noun"):
        quantity = ms.quantity_at(m.start("d_val"))
        if quantity is None or not _comparable(quantity, comparison.current):
            return None
        noun = m.group("d_noun")
        return TailItem("difference", 1 if noun in _AMOUNT_NOUNS_UP else -1, m.start("d_noun"), m.end("d_val"), noun,
                        quantity=quantity, both=both)
    if m.group("r_verb"):
        multiple = _multiple(ms, m, "r_val")
        if multiple is None:
            return None
        quantity = ms.quantity_at(m.start("r_val"))
        return TailItem("multiple", 1, m.start("r_verb"), m.end(), m.group("r_verb"), quantity=quantity, multiple=multiple, both=both)
    if m.group("k_verb"):  # 增长五成: a rate in tenths, read as loosely as it is written
        verb = m.group("k_verb")
        tenths = Decimal(_TENTHS[m.group("k_val")]) / 10 + (Decimal("0.05") if m.group("k_half") else 0)
        step = Decimal("0.1")
        if m.group("k_more") in ("多", "以上", "有余") or m.group("k_near") in ("超过", "逾"):
            band = Interval(tenths, tenths + step)
        elif m.group("k_near") in ("近", "接近", "将近"):
            band = Interval(tenths - step, tenths)
        else:
            band = Interval(tenths - step / 2, tenths + step / 2)
        return TailItem("tenths", 1 if verb in UP_VERBS else -1, m.start("k_verb"), m.end(), verb, multiple=band, both=both)
    if m.group("m_verb"):  # 比上年多引进项目12个: an amount of change only
        quantity = ms.quantity_at(m.start("m_val"))
        if quantity is None or quantity.unit in ("%", "个百分点", "倍") or not _comparable(quantity, comparison.current):
            return None
        verb = m.group("m_verb")
        return TailItem("difference", 1 if verb == "多" else -1, m.start("m_verb"), m.end("m_val"), verb + m.group("m_obj"),
                        quantity=quantity, both=both)
    if m.group("s_val"):  # 同比-8.6%: a decline written as a negative rate
        quantity = ms.quantity_at(m.start("s_val"))
        if quantity is None or quantity.unit != "%" or quantity.value >= 0:
            return None
        start = m.start("s_val") - 2
        return TailItem("rate", -1, start, m.end("s_val"), ms.text[start : m.start("s_val")] + "下降",
                        quantity=replace(quantity, value=-quantity.value), both=both)
    verb = m.group("v_verb")
    sign = 1 if verb in UP_VERBS else -1
    if m.group("v_neg"):  # 负增长8.6%: a decline
        if verb not in UP_VERBS:
            return None
        sign, verb = -1, "负" + verb
    real = m.group("v_real") == "实际"
    if ms.quantity_at(m.start("v_val")).unit == "倍":
        multiple = _multiple(ms, m, "v_val")
        if multiple is None or sign < 0:
            return None
        return TailItem("multiple-growth", 1, m.start("v_verb"), m.end(), verb, quantity=ms.quantity_at(m.start("v_val")), multiple=multiple, real=real, both=both)
    quantity = ms.quantity_at(m.start("v_val"))
    if quantity is None:
        return None
    if verb == "新增" and _GROSS_EXITS.match(ms.text, m.end("v_val")):
        return None  # 新增11家、注销3家: gross entries beside exits, not the net change
    if quantity.unit == "%" and quantity.value < 0:
        # 增长-8.6%: a decline written as growth with a negative rate (and 下降-2.1%, growth)
        quantity, sign, verb = replace(quantity, value=-quantity.value), -sign, _corrected_verb(verb, True)
    if quantity.unit == "%":
        kind = "rate"
    elif quantity.unit == "个百分点":
        kind = "pp"
    elif _comparable(quantity, comparison.current):
        kind = "difference"
    elif (per_unit := _in_numerator_unit(quantity, comparison.current)) is not None:
        kind, quantity = "difference", per_unit  # 能耗0.482吨标准煤/万元…下降0.045吨标准煤: per 万元 left unsaid
    else:
        return None
    start = m.start("v_neg") if m.group("v_neg") else m.start("v_verb")
    if kind in ("rate", "pp") and ms.text[max(0, start - 2) : start] in ("同比", "环比"):
        start -= 2  # 同比增长12.50%: the reviewer highlights the whole phrase
        verb = ms.text[start : start + 2] + verb
    return TailItem(kind, sign, start, m.end("v_val"), verb, quantity=quantity, real=real, both=both)


def _in_numerator_unit(change: Quantity, value: Quantity) -> Quantity | None:
    """A change of a per-unit figure written in the unit of its numerator alone (0.482吨标准煤/万元 down by
    0.045吨标准煤), as a figure of the per-unit; None when the change is in any other unit."""
    numerator, slash, _ = value.unit.partition("/")
    if not slash or change.unit != numerator or change.kind != value.kind or change.magnitude != value.magnitude:
        return None
    return replace(change, unit=value.unit)


def _multiple(ms: MaskedSentence, m: re.Match, group: str) -> Interval | None:
    """A multiple as a factor: 2.6倍 -> 2.6, and for 为上年的92.3%, 0.923."""
    quantity = ms.quantity_at(m.start(group))
    if quantity is None or quantity.unit not in ("倍", "%"):
        return None
    interval = ms.interval(quantity)
    if quantity.unit == "%":
        return Interval(interval.low / 100, interval.high / 100)
    return interval


# --- checking one tail item against its operands ---------------------------------------------------


def _exact(quantity: Quantity) -> Interval:
    return Interval.exact(quantity.scaled)


def _check(ms, text, comparison, item, items, real_subject) -> Relation | None:
    kind = "difference" if item.kind in ("difference", "compound-difference") else "growth"
    code = DIFFERENCE if kind == "difference" else (RATIO if item.noun else GROWTH)
    start, end = ms.doc(item.start), ms.doc(item.end)
    unchecked = Relation(kind=kind, code=code, outcome=Outcome.NOT_CHECKABLE, start=start, end=end)
    if item.both:
        return unchecked
    try:
        return _checked(ms, text, comparison, item, items, real_subject, code) or unchecked
    except (ArithmeticError, ZeroDivisionError):
        return unchecked  # an open-ended operand (以上, 超过) or a zero base


def _checked(ms, text, comparison, item, items, real_subject, code) -> Relation | None:
    current = comparison.current
    if comparison.base is None:
        difference = next((i for i in items if i.kind == "difference" and i.verb not in _DIFFERENCE_ONLY_VERBS), None)
        if item.kind != "rate" or difference is None or real_subject or item.real:
            return None
        diff_q = difference.quantity

        def derived(cur: Interval, change: Interval) -> Interval:
            change = signed(change, difference.sign)
            base = cur - change
            if not positive(base):
                raise ArithmeticError("derived base not positive")
            return change / base

        computed = derived(ms.interval(current), ms.interval(diff_q))
        point = derived(_exact(current), _exact(diff_q)).mid
        cur_text, diff_text = _operand(current, text, current.magnitude == diff_q.magnitude), _operand(diff_q, text, current.magnitude == diff_q.magnitude)
        if difference.sign > 0:
            formula = f"{diff_text} / ({cur_text} − {diff_text})"
        else:
            formula = f"−{diff_text} / ({cur_text} + {diff_text})"
        related = [("本期值", current.start, current.end), ("增减额", diff_q.start, diff_q.end)]
        return _rate_relation(ms, text, item, code, computed, point, formula, related)

    base_q = comparison.base
    dated = _years(comparison)
    if item.span_years and dated and abs(item.span_years - dated) > 1:
        return None  # 由2023年的A提高到2024年的B，五年累计提高D: the item covers another period than the operands
    if item.plan and (not dated or comparison.current_year != item.plan[1] or comparison.base_year not in (item.plan[0] - 1, item.plan[0])):
        return None  # “十四五”期间年均增长X% over operands of other years (or of none): another period than the plan's
    cur, base = ms.paired_intervals(current, base_q)
    related = [("本期值", current.start, current.end), ("基期值", base_q.start, base_q.end)]
    same_scale = current.magnitude == base_q.magnitude
    cur_text, base_text = _operand(current, text, same_scale), _operand(base_q, text, same_scale)

    if item.kind == "difference":
        stated_scale = item.quantity.magnitude
        places = max([item.quantity.decimals, *(q.decimals for q in (current, base_q) if q.magnitude == stated_scale)])
        computed, point = cur - base, current.scaled - base_q.scaled
        # Operands in another magnitude than the stated amount (亿元 against 万元) keep their units.
        same_as_stated = same_scale and current.magnitude == stated_scale
        formula = f"{_operand(current, text, same_as_stated)} − {_operand(base_q, text, same_as_stated)}"
        return _amount_relation(ms, text, item, computed, point, formula, related, places)
    if item.kind == "compound-difference":
        years = _years(comparison) or item.span_years or comparison.span_years
        if years is None:
            return None
        span = cur - base
        computed = Interval(span.low / years, span.high / years)
        point = (current.scaled - base_q.scaled) / years
        formula = f"({cur_text} − {base_text}) / {years}"
        return _amount_relation(ms, text, item, computed, point, formula, related, item.quantity.decimals)
    if item.kind == "pp":
        if current.unit != "%" or base_q.unit != "%":
            return None
        computed, point = cur - base, current.scaled - base_q.scaled
        stated = signed(derived_figure_tolerance(ms.interval(item.quantity), item.quantity), item.sign)
        written = signed(ms.interval(item.quantity), item.sign)
        return _points_relation(ms, text, item, code, computed, point, stated, f"{cur_text} − {base_text}", related, written)

    # Rates: growth at comparable prices cannot be recomputed from nominal values. A doubling still can
    # be refuted one way: prices rarely fall, so a nominal multiple already short of 翻一番 is short of it
    # at comparable prices too (增加值由18.6亿元增加到31.2亿元，实现翻一番).
    # The same holds for any multiple (由2.9亿元增长到8.0亿元，增长2.7倍: 2.76 times is 1.76 times more).
    if (real_subject or item.real) and item.kind in _MULTIPLES and positive(base):
        minus = Interval.exact(Decimal(1)) if item.kind == "multiple-growth" else Interval.exact(Decimal(0))
        if (cur / base - minus).high >= item.multiple.low:
            return None
    elif real_subject and item.kind == "compound" and not item.real and positive(base):
        return _real_income_compound(ms, text, comparison, item, code, base, cur, related,
                                     simple_average_only=real_subject is not _REAL_INCOME)
    elif real_subject or item.real or not positive(base):
        return None
    if item.kind == "tenths":
        computed, point = growth(base, cur), growth(_exact(base_q), _exact(current)).mid
        start, end = ms.doc(item.start), ms.doc(item.end)
        if computed.overlaps(signed(item.multiple, item.sign)):
            return Relation(kind="growth", code=GROWTH, outcome=Outcome.CONSISTENT, start=start, end=end)
        flipped = _flipped(item.sign, computed)
        verb = _corrected_verb(item.verb, flipped)
        shown = format_percent(abs(point), 1)
        return Relation(
            kind="growth", code=GROWTH, outcome=Outcome.INCONSISTENT, start=start, end=end, related=related,
            message=f"{text[start:end]}：按 ({cur_text} − {base_text}) / {base_text} 计算应为 {_direction(verb, flipped)}{shown}%"
            + _FLIP_NOTE * flipped,
            severity=Severity.ERROR if flipped or computed.distance(signed(item.multiple, item.sign)) > Decimal("0.05") else Severity.WARNING,
            suggestion=f"{verb}{shown}%",
        )
    if item.kind == "rate":
        if current.unit == "%" and base_q.unit == "%":
            # 由45.2%提高到47.5%，提高2.3%: percentage points written as %; accept either reading.
            # (as for 个百分点, a slip of two units in the last digit is no rounding: difference_agrees)
            points = cur - base
            written = signed(ms.interval(item.quantity), item.sign)
            if difference_agrees(Interval(points.low / 100, points.high / 100), Interval(written.low / 100, written.high / 100),
                                 _stated_rate(ms, item)):
                return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=ms.doc(item.start), end=ms.doc(item.end))
        computed, point = growth(base, cur), growth(_exact(base_q), _exact(current)).mid
        formula = f"({cur_text} − {base_text}) / {base_text}"
        relation = _rate_relation(ms, text, item, code, computed, point, formula, related)
        if relation.outcome is Outcome.CONSISTENT and current.unit != "%":
            return _over_the_current(ms, text, item, code, base_q, current, point, formula, related) or relation
        return relation
    if item.kind == "compound":
        years = _years(comparison) or item.span_years or comparison.span_years
        if years is None:
            return None
        computed = compound_growth(base, cur, years)
        point = compound_growth(_exact(base_q), _exact(current), years).mid
        formula = f"({cur_text} / {base_text})^(1/{years}) − 1"
        relation = _rate_relation(ms, text, item, code, computed, point, formula, related)
        if relation.outcome is Outcome.INCONSISTENT and comparison.period:
            # 2021—2025年 may count from the 2020 base: either reading of the period is accepted
            # (a span of years, 五年来, may also count its first year as the base: one year fewer)
            readings = (years + 1, years - 1) if comparison.span_years and years > 2 else (years + 1,)
            if any(compound_growth(base, cur, n).overlaps(_stated_rate(ms, item)) for n in readings):
                return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=relation.start, end=relation.end)
        if relation.outcome is Outcome.INCONSISTENT:
            relation.message += f"（{_span_text(comparison, years)}，按复合增长计算）"
        return relation
    if item.kind in ("multiple-growth", "multiple", "doubling"):
        minus = Interval.exact(Decimal(1)) if item.kind == "multiple-growth" else Interval.exact(Decimal(0))
        computed = cur / base - minus
        point = (_exact(current) / _exact(base_q) - minus).mid
        start, end = ms.doc(item.start), ms.doc(item.end)
        # 翻一番 is judged on the figures as written: its band (1.9 to 2.5 times) already allows for
        # rounding, so 1.6 to 2.9 (1.81 times) is no doubling even if rounding could stretch it to 1.9
        judged = Interval.exact(point) if item.kind == "doubling" else computed
        if judged.overlaps(item.multiple):
            return Relation(kind="growth", code=GROWTH, outcome=Outcome.CONSISTENT, start=start, end=end)
        formula = f"{cur_text} / {base_text}" + (" − 1" if item.kind == "multiple-growth" else "")
        if item.quantity is not None and item.quantity.unit == "%":  # 为上年的92.3%
            shown = f"{format_percent(point, message_places(item.quantity.decimals))}%"
            wording = text[start : item.quantity.start] + f"{format_percent(point, item.quantity.decimals)}%"
        else:
            shown = f"{format_number(point, 2)} 倍"
            wording = f"{text[start:item.quantity.start]}{format_number(point, 1)}倍" if item.quantity is not None else None
        return Relation(
            kind="growth", code=GROWTH, outcome=Outcome.INCONSISTENT, start=start, end=end, related=related,
            message=f"{text[start:end]}：按 {formula} 计算为 {shown}", severity=Severity.WARNING, suggestion=wording,
        )
    return None


# The yearly average of income per head over a plan period is stated in real terms; it is refuted one way only.
_REAL_INCOME = "income"


def _real_income_compound(ms, text, comparison, item, code, base, cur, related, *,
                          simple_average_only: bool = False) -> Relation | None:
    """年均增长X% of income per head (read in real terms) against the nominal compound rate of its two values:
    consumer prices rise over a plan period, so a real yearly average above the nominal one
    (由32150元增加到41030元，年均增长5.5%: nominal 5.0%) cannot be right; anything at or below it may be.

    Other real subjects (地区生产总值, 增加值: their deflator may fall in a year) are refuted only by the usual
    slip: a rate above the nominal compound one that is the simple average of the whole growth over the years
    (由2020年的186.2亿元增加到2025年的268.5亿元，年均增长8.8%: 44.2% / 5, compound 7.6%)."""
    years = _years(comparison) or item.span_years or comparison.span_years
    if years is None:
        return None
    computed = compound_growth(base, cur, years)
    stated = _stated_rate(ms, item)
    if stated.low <= computed.high:
        return None  # at or below the nominal rate: a real rate may be anything there (not checkable)
    if simple_average_only:
        whole = growth(base, cur)
        if not Interval(whole.low / years, whole.high / years).overlaps(stated):
            return None
    point = compound_growth(_exact(comparison.base), _exact(comparison.current), years).mid
    start, end = ms.doc(item.start), ms.doc(item.end)
    cur_text = _operand(comparison.current, text, comparison.current.magnitude == comparison.base.magnitude)
    base_text = _operand(comparison.base, text, comparison.current.magnitude == comparison.base.magnitude)
    shown = format_percent(abs(point), message_places(item.quantity.decimals))
    if simple_average_only:
        whole = format_percent(growth(_exact(comparison.base), _exact(comparison.current)).mid, 1)
        why = f"所写增速是累计增长 {whole}% 除以 {years} 的简单平均，年均增速应按复合增长计算"
    else:
        why = "扣除价格因素的实际增速不会更高"
    return Relation(
        kind="growth", code=code, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=(f"{text[start:end]}：按 ({cur_text} / {base_text})^(1/{years}) − 1 计算，名义年均增速仅为 {shown}%"
                 f"（{_span_text(comparison, years)}，按复合增长计算），" + why),
        related=related, severity=mismatch_severity(computed, stated, item.quantity.half_unit / 100),
        suggestion=None,
    )


def _span_text(comparison: Comparison, years: int) -> str:
    if comparison.base_year is None or comparison.current_year is None:
        return f"共{years}年"
    return f"{comparison.base_year}年至{comparison.current_year}年共{years}年"


def _years(comparison: Comparison) -> int | None:
    if comparison.base_year is None or comparison.current_year is None:
        return None
    years = comparison.current_year - comparison.base_year
    return years if 0 < years <= 100 else None


def _operand(quantity: Quantity, text: str, same_scale: bool = True) -> str:
    if quantity.unit == "%":
        return number_text(quantity, text) + "%"
    return number_text(quantity, text) if same_scale else quantity_text(quantity, text)


def _corrected_verb(verb: str, flipped: bool) -> str:
    if not flipped:
        return verb
    if len(verb) > 1 and verb[0] in "多少" and verb not in _OPPOSITE:  # 多引进项目 -> 少引进项目
        return _OPPOSITE[verb[0]] + verb[1:]
    for prefix in ("年均", "年平均", "平均每年", "每年平均", "同比", "环比"):
        if verb.startswith(prefix):
            rest = verb[len(prefix):]
            return prefix + _OPPOSITE.get(rest, "下降" if rest in UP_VERBS else "增长")
    return _OPPOSITE.get(verb, "下降" if verb in UP_VERBS else "增长")


_FLIP_NOTE = "（增减方向与所写相反）"


def _direction(corrected_verb: str, flipped: bool) -> str:
    """The corrected direction shown in a message when the stated one is the wrong way round."""
    if not flipped:
        return ""
    core = corrected_verb[2:] if corrected_verb.startswith(("同比", "环比")) else corrected_verb
    return core


def _stated_rate(ms: MaskedSentence, item: TailItem) -> Interval:
    interval = signed(derived_figure_tolerance(ms.interval(item.quantity), item.quantity), item.sign)
    return Interval(interval.low / 100, interval.high / 100)


def _flipped(sign: int, computed: Interval) -> bool:
    return (sign > 0 and computed.high < 0) or (sign < 0 and computed.low > 0)


def _rate_relation(ms, text, item: TailItem, code, computed: Interval, point: Decimal, formula, related) -> Relation:
    start, end = ms.doc(item.start), ms.doc(item.end)
    quantity = item.quantity
    if computed.overlaps(_stated_rate(ms, item)):
        return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=start, end=end)
    flipped = _flipped(item.sign, computed)
    verb = _corrected_verb(item.verb, flipped)
    shown = format_percent(abs(point), message_places(quantity.decimals))
    direction = _direction(verb, flipped)
    return Relation(
        kind="growth",
        code=code,
        outcome=Outcome.INCONSISTENT,
        start=start,
        end=end,
        message=f"{text[start:end]}：按 {formula} 计算应为 {direction}{shown}%" + _FLIP_NOTE * flipped,
        related=related,
        severity=mismatch_severity(computed, _stated_rate(ms, item), quantity.half_unit / 100, flipped=flipped),
        suggestion=f"{verb}{format_percent(abs(point), quantity.decimals)}%",
    )


def _over_the_current(ms, text, item: TailItem, code, base_q: Quantity, current: Quantity, point: Decimal, formula,
                      related) -> Relation | None:
    """A rate the rounding of coarse figures allows that is, to its last digit, the change over the CURRENT value
    (由上年的38降至33，降幅为15.2%: 5 / 33; the change over the base is 5 / 38 = 13.2%): the slip of the wrong base,
    not a rounding, so it is flagged (a warning: the figures as written could still round to it). Only when the
    figures as written give another rate than the one stated."""
    quantity = item.quantity
    half = quantity.half_unit / 100
    stated = Decimal(item.sign) * quantity.value / 100
    over_current = (current.scaled - base_q.scaled) / current.scaled
    if abs(stated - over_current) > half or abs(stated - point) <= half:
        return None
    start, end = ms.doc(item.start), ms.doc(item.end)
    shown = format_percent(abs(point), message_places(quantity.decimals))
    return Relation(
        kind="growth", code=code, outcome=Outcome.INCONSISTENT, start=start, end=end, related=related,
        message=f"{text[start:end]}：按 {formula} 计算应为 {_direction(item.verb, False)}{shown}%"
        f"（所写 {format_number(quantity.value, quantity.decimals)}% 是以本期值 {_operand(current, text)} 为基数算出的）",
        severity=Severity.WARNING, suggestion=f"{item.verb}{format_percent(abs(point), quantity.decimals)}%",
    )


def _points_relation(ms, text, item, code, computed, point, stated, formula, related, written) -> Relation:
    start, end = ms.doc(item.start), ms.doc(item.end)
    if difference_agrees(computed, written, stated):
        return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=start, end=end)
    flipped = _flipped(item.sign, computed)
    verb = _corrected_verb(item.verb, flipped)
    places = item.quantity.decimals
    direction = _direction(verb, flipped)
    return Relation(
        kind="growth",
        code=code,
        outcome=Outcome.INCONSISTENT,
        start=start,
        end=end,
        message=f"{text[start:end]}：按 {formula} 计算应为 {direction}{format_number(abs(point), max(places, 1))}个百分点"
        + _FLIP_NOTE * flipped,
        related=related,
        severity=mismatch_severity(computed, stated, item.quantity.half_unit, flipped=flipped),
        suggestion=f"{verb}{format_number(abs(point), places)}个百分点",
    )


def _amount_relation(ms, text, item, computed: Interval, point: Decimal, formula, related, places) -> Relation:
    start, end = ms.doc(item.start), ms.doc(item.end)
    stated_q = item.quantity
    if computed.overlaps(signed(ms.interval(stated_q), item.sign)):
        return Relation(kind="difference", code=DIFFERENCE, outcome=Outcome.CONSISTENT, start=start, end=end)
    flipped = _flipped(item.sign, computed)
    verb = _corrected_verb(item.verb, flipped)
    unit_text = text[stated_q.number_end : stated_q.end].strip()
    figure = f"{format_number(abs(point) / stated_q.magnitude, places)}{unit_text}"
    direction = _direction(verb, flipped)
    return Relation(
        kind="difference",
        code=DIFFERENCE,
        outcome=Outcome.INCONSISTENT,
        start=start,
        end=end,
        message=f"{text[start:end]}：按 {formula} 计算应为 {direction}{figure}" + _FLIP_NOTE * flipped,
        related=related,
        severity=mismatch_severity(computed, signed(ms.interval(stated_q), item.sign), stated_q.half_unit, flipped=flipped),
        suggestion=f"{verb}{figure}",
    )
