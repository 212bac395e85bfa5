"""Growth rates and differences tied to a current and a base value (DC301, DC302; 增幅/降幅 DC303).

Three phrasings tie a rate or an amount of change to its operands inside one sentence:

- a transition: ``由A增加到B，增长X%`` / ``从2020年的A增加到2024年的B，年均增长X%`` / ``由A%提高到B%，
  提高D个百分点`` / ``由A增加到B，增长N倍`` / ``翻了一番``;
- an explicit base: ``A，与去年同期累计值B相比增加D，同比增长X%`` / ``A，去年同期B，同比增长X%`` /
  ``A，较上年的B增长X%`` / ``A，比2020年的B增长X%``;
- an amount of change beside the current value: ``A，比上年增加D，增长X%`` (base = A − D);
- the base after the change, in brackets or its own clause: ``A，比上年增加D（上年为B）`` /
  ``A，同比增长X%（2023年为B）`` / ``今年引进项目A，上年引进B，比上年多引进项目D`` (the base's clause
  repeats what the current value's clause names).

Amounts of change are read after 增加/减少/净增/多出/少 and also 新增 (only beside both operands, never to
derive a base, and not beside exits: 新增14家、退出3家) and 比上年多引进/少开工D. Operands written in
Chinese numerals are read too (由二百家增加到二百六十家). PDF spaces around numbers
(``同比增长 19.6%``) are absorbed by the masked sentence.

Everything after the operands (``增加D``, ``增长X%``, ``年均增长X%``, ``增长N倍``, ``翻一番``, ``降幅X%``)
is read as a chain of "tail items" clause by clause. Each stated rate becomes one ``Relation``:
consistent, inconsistent, or not checkable (no tied operands, comparable-price growth, 年均 without the
years, 分别 lists). Real growth at comparable prices (GDP, 增加值, 实际增长, 按可比价格计算) is never
recomputed from nominal values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.formatting import format_number, format_percent, message_places
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import (
    LABEL_CHARS,
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
    growth,
    mismatch_severity,
    positive,
    signed,
    derived_figure_tolerance,
)
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import growth_sentences, quantities_in

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
_FAN = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
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
    rf"(?:(?P<span>{Q})(?:来|以来|间|内|时间)?(?:累计|共)?)?(?:"
    rf"(?P<c_pre>年均|年平均|平均每年|每年平均)(?P<c_real>实际|名义)?(?P<c_verb>增长|增加|提高|递增|下降|减少|降低|递减)"
    rf"(?:了)?(?:约|近)?(?P<c_val>{Q})"
    rf"|(?:实现了?|规模)?(?P<f_near>近|接近|将近)?(?:(?P<f_verb>翻)了?(?P<f_n>一|两|二|三|四|1|2|3|4)番|(?P<f_q>{Q}))(?P<f_more>多|以上)?"
    rf"|(?P<n_noun>增长率|增长幅度|下降幅度|增幅|降幅|增速|涨幅|跌幅|降速)(?:为|是|达到?|高达|约|近)?(?P<n_val>{Q})"
    rf"|(?P<r_verb>是|为|相当于|达到?|增长到|增加到|提高到|扩大到|增至|扩大至|的)了?"
    rf"(?:{YEAR}|上年同期|去年同期|上年|去年|同期|原来|过去)?的?"
    rf"(?P<r_val>{Q})"
    rf"|(?P<v_real>实际|名义)?(?P<v_verb>{_VERB})了?(?:约|近|达到?|高达)?(?P<v_val>{Q})"
    rf"|(?<=[比较上年去期同])(?P<m_verb>多|少)(?P<m_obj>{_MORE_OR_LESS_OBJECT})?了?(?P<m_val>{Q})"
    rf")"
)

_MOVE = "增加|增长|提高|提升|上升|扩大|下降|减少|降低|缩小|回落|压减|压缩|跃升|攀升|上涨|下调|上调|降|增|升|减"
# 由A增加到B / 从2020年的A增加到2024年的B
_TRANSITION = re.compile(
    rf"(?:由|从)(?P<by>{YEAR})?的?{gap(8)}(?P<base>{Q}){gap(3)}(?:(?:{_MOVE})?(?:到|至)|(?:{_MOVE})为)(?P<cy>{YEAR})?的?{gap(6)}(?P<cur>{Q})"
)
# A，与去年同期累计值B相比 / A，去年同期B / A，较上年的B / A，比2020年的B (a bare year is not a base)
_EXPLICIT_BASE = re.compile(
    rf"(?P<cur>{Q}){gap(2)}[，,]?\s*(?:(?:而|与|和|同|比|较|较之|是|为|相当于)?"
    rf"(?P<mk>上年同期|去年同期|上年度|上一年度|上一年|上年末|上年|去年|年初)"
    rf"|(?:与|和|同|比|较|较之|是|为|相当于)(?P<by>{YEAR})(?:末|底|同期)?)"
    rf"(?:的|为|是|实现|完成|累计值|累计|同期){{0,3}}[（(]?(?P<base>{Q})[)）]?(?:{gap(3)}(?:相比|相较|比较))?"
)
# The amount of change itself (比上年增加6.9亿元 / 净增 / 多出), never a current value; 新增1200人 may be one.
_CHANGE_AMOUNT_BEFORE = re.compile(rf"(?:(?<!新)(?:{_VERB})|多出|少了)了?(?:约|近|达到?)?\s?$")
# A，同比增长X%（去年同期B） / A，同比增长X%，去年同期为B
_BASE_AFTER_RATE = re.compile(
    rf"(?P<cur>{Q}){gap(2)}[，,]\s*(?:{_COMPARED_WITH})?(?:{_VERB}|(?<=[比较上年去期同])(?:多|少)(?:{_MORE_OR_LESS_OBJECT})?)了?(?:约|近|达到?)?{Q}"
    rf"(?:[（(]|[，,]\s*)(?:上年同期|去年同期|上年度|上年末|上年|去年|(?P<by>{YEAR})(?:同期|末|底)?)"
    rf"(?:为|是|累计值?|[:：]|新增|[^，,。；;：:增降减提比较多少升\ue000-\ue003]{{1,4}}?)?(?P<base>{Q})(?=[)），,。；;]|$)"
)
# 今年引进项目A，上年引进B (the base's own clause repeats the current's verb or noun)
_BASE_CLAUSE_AFTER = re.compile(
    rf"(?P<cur>{Q}){gap(2)}[，,]\s*(?:而)?(?:上年同期|去年同期|上年|去年|上一年)"
    rf"(?P<label>(?:新增|[^，,。；;：:增降减提比较多少升\ue000-\ue003]){{1,8}}?)(?P<base>{Q})(?=[，,；;。)）]|$)"
)
_LIGHT_WORDS = re.compile(r"^(?:的|为|是|共|累计|实现|完成|达到|达)+|(?:的|为|是|达到|达|了)+$")
# 上年完成B，今年完成A，增长X%
_BASE_FIRST = re.compile(
    rf"(?<![比较])(?:上年同期|去年同期|上年|去年)[^，,。；;：:增降减提比\ue000-\ue003]{{0,10}}(?P<base>{Q})[，,]\s*(?:今年|本年|当年)"
    rf"{gap(8)}(?P<cur>{Q})"
)
# 2020年实现税收B，2024年达到A，年均增长X% (the later year is the current value)
_TWO_YEARS = re.compile(rf"(?P<by>{YEAR}){gap(16)}(?P<base>{Q})[，,、]\s*(?:到|至|而)?(?P<cy>{YEAR}){gap(16)}(?P<cur>{Q})")
# A，比上年增加D (the tail then carries the rate)
_CURRENT_THEN_CHANGE = re.compile(
    rf"(?P<cur>{Q}){gap(2)}(?=[，,（(]?\s*(?:(?:{_COMPARED_WITH})(?:预计数|同期|水平)?)?(?:{_VERB})了?{Q})"
)
# A rate right before a transition: 下降3.2%，由0.62吨下降到0.60吨 (searched in a short window, anchored at $).
_LEADING_RATE = re.compile(
    rf"(?:(?:年均|平均每年)?(?:{_VERB})了?(?:约|近)?(?P<val>{Q})|(?P<fan>翻了?[一两二三四1234]番|(?P<fanq>{Q})))[，,]\s*$"
)
# Any stated rate, tied or not, for the not-checkable count.
_RATE_VERB = "|".join(v for v in UP_VERBS + DOWN_VERBS if len(v) == 2)
# (A leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_ANY_RATE_OPENERS = {"年", "平", "增", "降", "涨", "跌"} | {verb[0] for verb in _RATE_VERB.split("|")}
_ANY_RATE = re.compile(
    "(?=[" + "".join(sorted(_ANY_RATE_OPENERS)) + "])"
    rf"(?:(?:年均|平均每年)?(?P<verb>{_RATE_VERB})了?|(?P<noun>增幅|降幅|增速|涨幅|跌幅)(?:为|是|达到?)?)(?:约|近)?(?P<val>{Q})"
)


# Words that make a rate real (comparable prices) or otherwise not recomputable from the values.
_REAL_GROWTH = re.compile(alternation(("real_growth", "markers")))
_REAL_SUBJECT = re.compile(alternation(("real_growth", "subjects")))
# Intensities per unit of output (单位增加值能耗, 万元GDP能耗) are not growth at comparable prices.
_INTENSITY = re.compile(r"能耗|单位|每万元|万元GDP|万元生产总值|排放")
_MEASURE = re.compile(r"产值|收入|投资|税收|销售|出口|进口|营收|利润|面积|用地|贷款|存款|支出|企业|项目|人数|人口|游客|就业")
_TRAILING_DIGIT = re.compile(r"[\d一二三四五六七八九十百千万亿零〇两]")


@dataclass
class Comparison:
    current: Quantity
    base: Quantity | None  # None when derived from the current value and a stated difference
    start: int  # sentence-relative
    tail_start: int
    base_year: int | None = None
    current_year: int | None = None
    rate_may_lead: bool = False  # 下降3.2%，由A下降到B: a transition may follow its rate
    period: bool = False  # years from a named period (2020—2024年，…由A增加到B): the base may be the year before


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


def find(ctx) -> list:
    """Growth relations of every sentence of the shared segmentation (``statement_spans.growth_sentences``)."""
    spans = growth_sentences(ctx)
    relations: list[Relation] = []
    for (start, end), inside in zip(spans, quantities_in(document_quantities(ctx), spans)):
        if not inside:
            continue
        # every relation needs two values (a current value and a base, a difference or a multiple) or a
        # stated percentage (a rate, even one left not checkable): most sentences have neither
        if not any(q.unit == "%" for q in inside) and sum(1 for q in inside if q.is_value) < 2:
            continue
        masked = mask_sentence(ctx.folded, start, end, inside)
        relations.extend(_sentence_relations(masked, ctx.text))
    return relations


def _sentence_relations(ms: MaskedSentence, text: str) -> list[Relation]:
    relations: list[Relation] = []
    claimed: set[int] = set()  # sentence-relative starts of rate values already tied to operands
    real = bool(_REAL_GROWTH.search(ms.text))
    for comparison in _comparisons(ms):
        items = _tail(ms, comparison)
        if comparison.base is None and not any(i.kind == "difference" for i in items):
            continue
        subject = ms.text[max(0, comparison.start - 40) : comparison.start + 1]
        real_subject = real or bool(_REAL_SUBJECT.search(subject) and not _INTENSITY.search(subject))
        if comparison.base is None and "余额" in subject:
            real_subject = True  # balances: the rate is on an adjusted year-on-year basis, not on A − D
        for item in items:
            key = item.quantity.start if item.quantity is not None else item.start
            if key in claimed:
                continue  # already tied to operands by an earlier (more explicit) phrasing
            relation = _check(ms, text, comparison, item, items, real_subject)
            if relation is not None:
                relations.append(relation)
                claimed.add(key)
    rates = _ANY_RATE.finditer(ms.masked) if any(q.unit == "%" for q in ms.by_offset.values()) else ()
    for m in rates:
        quantity = ms.quantity_at(m.start("val"))
        if quantity is None or quantity.unit != "%":
            continue
        if quantity.start in claimed:
            continue
        start = m.start("verb") if m.group("verb") else m.start("noun")
        code = RATIO if m.group("noun") in ("增幅", "降幅", "涨幅", "跌幅") else GROWTH
        relations.append(Relation(kind="growth", code=code, outcome=Outcome.NOT_CHECKABLE, start=ms.doc(start), end=quantity.end))
    return relations


def _comparisons(ms: MaskedSentence) -> list[Comparison]:
    found: list[Comparison] = []
    taken: set[int] = set()

    def usable(base: Quantity | None, current: Quantity, cur_end: int) -> bool:
        if current.start in taken or current.unit == "倍":
            return False
        following = ms.text[cur_end : cur_end + 1]
        if ms.masked[cur_end : cur_end + 1] == QUANTITY_MARK or _TRAILING_DIGIT.match(following or " "):
            return False  # 1亿3千多万: a number we cannot read whole
        return base is None or same_dimension(base, current)

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
    has_base_word = "上年" in masked or "去年" in masked or "上一年" in masked
    for m in (_TRANSITION.finditer(masked) if "由" in masked or "从" in masked else ()):
        # 由A增加到B，由B增加到C: a value already compared may be the next transition's base
        values = pair(m, base_may_be_taken=True)
        if values is None or "分别" in ms.text[max(0, m.start() - 4) : m.start("cur")]:
            continue
        base, current = values
        period = _named_period(ms, m.start()) if not (m.group("by") or m.group("cy")) else None
        take(
            Comparison(
                current=current,
                base=base,
                start=m.start(),
                tail_start=m.end(),
                base_year=ms.year_at(m.start("by")) if m.group("by") else period[0] if period else None,
                current_year=(
                    ms.year_at(m.start("cy")) if m.group("cy") else period[1] if period else _year_before(ms, m.start())
                ),
                rate_may_lead=True,
                period=period is not None,
            )
        )
    for m in (_EXPLICIT_BASE.finditer(masked) if has_base_word or "年初" in masked or YEAR_MARK in masked else ()):
        values = pair(m)
        if values is None or not _is_base_not_change(ms, m):
            continue
        base, current = values
        take(
            Comparison(
                current=current,
                base=base,
                start=m.start(),
                tail_start=m.end(),
                base_year=ms.year_at(m.start("by")) if m.group("by") else None,
                current_year=_year_before(ms, m.start()) if m.group("by") else None,
            )
        )
    for m in (_BASE_CLAUSE_AFTER.finditer(masked) if has_base_word else ()):
        values = pair(m)
        if values is None:
            continue
        base, current = values
        label = _LIGHT_WORDS.sub("", m.group("label").strip())
        current_label = ms.text[_clause_start(ms, m.start("cur")) : m.start("cur")]
        if len(label) < 2 or label not in current_label:
            continue  # 实现税收A，上年完成投资B / 引进项目A，上年竣工项目B: another measure
        if not _is_base_not_change(ms, m):
            continue
        take(Comparison(current=current, base=base, start=m.start(), tail_start=m.end()))
    for m in (_TWO_YEARS.finditer(masked) if masked.count(YEAR_MARK) >= 2 else ()):
        base_year, current_year = ms.year_at(m.start("by")), ms.year_at(m.start("cy"))
        if base_year is None or current_year is None or current_year <= base_year:
            continue
        values = pair(m)
        if values is None:
            continue
        base, current = values
        first = set(_MEASURE.findall(ms.text[m.end("by") : m.start("base")]))
        second = set(_MEASURE.findall(ms.text[m.end("cy") : m.start("cur")]))
        if second and not first & second:
            continue  # 2020年投资B，2024年税收A: two different measures
        take(Comparison(current=current, base=base, start=m.start(), tail_start=m.end(),
                        base_year=base_year, current_year=current_year))
    for m in (_BASE_FIRST.finditer(masked) if has_base_word else ()):
        values = pair(m)
        if values is not None:
            take(Comparison(current=values[1], base=values[0], start=m.start(), tail_start=m.end()))
    for m in (_BASE_AFTER_RATE.finditer(masked) if has_base_word or YEAR_MARK in masked else ()):
        values = pair(m)
        if values is not None:
            take(Comparison(current=values[1], base=values[0], start=m.start(), tail_start=m.end("cur")))
    for m in _CURRENT_THEN_CHANGE.finditer(ms.masked):
        current = ms.quantity_at(m.start("cur"))
        if current is None or current.unit in ("%", "个百分点") or not usable(None, current, m.end("cur")):
            continue
        take(Comparison(current=current, base=None, start=m.start(), tail_start=m.end()))
    return found


def _is_base_not_change(ms: MaskedSentence, m: re.Match) -> bool:
    """The matched base ends where a base may end, and the current value is not itself a change amount."""
    if not _usable_base_end(ms, m.end("base")):
        return False
    return not _CHANGE_AMOUNT_BEFORE.search(ms.masked, max(0, m.start("cur") - 8), m.start("cur"))


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


def _named_period(ms: MaskedSentence, index: int) -> tuple[int, int] | None:
    """A period that opens the sentence (``2020—2024年，税收由A增加到B``): its first and last year."""
    head = ms.masked[:index]
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
    if comparison.rate_may_lead:
        lead = _LEADING_RATE.search(ms.masked, max(0, comparison.start - 24), comparison.start)
        if lead is not None and lead.group("fanq"):
            doubling = ms.quantity_at(lead.start("fanq"))
            if doubling is None or doubling.unit != "番":
                lead = None  # a leading figure is a rate only when it is a 翻番 (翻一番，由A增加到B)
        if lead is not None:
            value_end = lead.end("val") if lead.group("val") else lead.end("fan")
            m = _TAIL_ITEM.match(ms.masked, lead.start() if lead.group("val") else lead.start("fan"))
            m = m if m is not None and m.end() == value_end else None
            item = _tail_item(ms, m, comparison) if m is not None else None
            if item is not None and item.kind in ("rate", "compound", "doubling"):
                items.append(item)
    pos = comparison.tail_start
    while len(items) < 5:
        m = _TAIL_ITEM.match(ms.masked, pos)
        if m is None or m.end() == pos:
            break
        item = _tail_item(ms, m, comparison)
        if item is None:
            break
        items.append(item)
        pos = m.end()
    return items


def _tail_item(ms: MaskedSentence, m: re.Match, comparison: Comparison) -> TailItem | None:
    both = bool(m.group("both"))
    if m.group("span"):  # 四年提高了…: only a whole number of years may stand before the item
        years = ms.quantity_at(m.start("span"))
        if years is None or years.unit != "年" or years.decimals or years.magnitude != 1 or years.kind == Kind.YEAR:
            return None
    if m.group("c_pre"):
        quantity = ms.quantity_at(m.start("c_val"))
        if quantity is None:
            return None
        sign = 1 if m.group("c_verb") in UP_VERBS else -1
        if quantity.unit == "%":
            kind = "compound"
        elif same_dimension(quantity, comparison.current):
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
        if m.group("f_more"):
            multiple = Interval(times - Decimal("0.5"), times * 2)
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
    if m.group("r_verb"):
        multiple = _multiple(ms, m, "r_val")
        if multiple is None:
            return None
        quantity = ms.quantity_at(m.start("r_val"))
        return TailItem("multiple", 1, m.start("r_verb"), m.end(), m.group("r_verb"), quantity=quantity, multiple=multiple, both=both)
    if m.group("m_verb"):  # 比上年多引进项目12个: an amount of change only
        quantity = ms.quantity_at(m.start("m_val"))
        if quantity is None or quantity.unit in ("%", "个百分点", "倍") or not same_dimension(quantity, comparison.current):
            return None
        verb = m.group("m_verb")
        return TailItem("difference", 1 if verb == "多" else -1, m.start("m_verb"), m.end("m_val"), verb + m.group("m_obj"),
                        quantity=quantity, both=both)
    verb = m.group("v_verb")
    sign = 1 if verb in UP_VERBS else -1
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
    if quantity.unit == "%":
        kind = "rate"
    elif quantity.unit == "个百分点":
        kind = "pp"
    elif same_dimension(quantity, comparison.current):
        kind = "difference"
    else:
        return None
    start = m.start("v_verb")
    if kind in ("rate", "pp") and ms.text[max(0, start - 2) : start] in ("同比", "环比"):
        start -= 2  # 同比增长12.50%: the reviewer highlights the whole phrase
        verb = ms.text[start : m.start("v_verb")] + verb
    return TailItem(kind, sign, start, m.end("v_val"), verb, quantity=quantity, real=real, both=both)


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
        years = _years(comparison)
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
        return _points_relation(ms, text, item, code, computed, point, stated, f"{cur_text} − {base_text}", related)

    # Rates: growth at comparable prices cannot be recomputed from nominal values. A doubling still can
    # be refuted one way: prices rarely fall, so a nominal multiple already short of 翻一番 is short of it
    # at comparable prices too (增加值由18.6亿元增加到31.2亿元，实现翻一番).
    if (real_subject or item.real) and item.kind == "doubling" and positive(base):
        if (cur / base).high >= item.multiple.low:
            return None
    elif real_subject or item.real or not positive(base):
        return None
    if item.kind == "rate":
        if current.unit == "%" and base_q.unit == "%":
            # 由45.2%提高到47.5%，提高2.3%: percentage points written as %; accept either reading.
            points = cur - base
            if Interval(points.low / 100, points.high / 100).overlaps(_stated_rate(ms, item)):
                return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=ms.doc(item.start), end=ms.doc(item.end))
        computed, point = growth(base, cur), growth(_exact(base_q), _exact(current)).mid
        return _rate_relation(ms, text, item, code, computed, point, f"({cur_text} − {base_text}) / {base_text}", related)
    if item.kind == "compound":
        years = _years(comparison)
        if years is None:
            return None
        computed = compound_growth(base, cur, years)
        point = compound_growth(_exact(base_q), _exact(current), years).mid
        formula = f"({cur_text} / {base_text})^(1/{years}) − 1"
        relation = _rate_relation(ms, text, item, code, computed, point, formula, related)
        if relation.outcome is Outcome.INCONSISTENT and comparison.period:
            # 2021—2025年 may count from the 2020 base: either reading of the period is accepted
            longer = compound_growth(base, cur, years + 1)
            if longer.overlaps(_stated_rate(ms, item)):
                return Relation(kind="growth", code=code, outcome=Outcome.CONSISTENT, start=relation.start, end=relation.end)
        if relation.outcome is Outcome.INCONSISTENT:
            relation.message += f"（{comparison.base_year}年至{comparison.current_year}年共{years}年，按复合增长计算）"
        return relation
    if item.kind in ("multiple-growth", "multiple", "doubling"):
        minus = Interval.exact(Decimal(1)) if item.kind == "multiple-growth" else Interval.exact(Decimal(0))
        computed = cur / base - minus
        point = (_exact(current) / _exact(base_q) - minus).mid
        start, end = ms.doc(item.start), ms.doc(item.end)
        if computed.overlaps(item.multiple):
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


def _points_relation(ms, text, item, code, computed, point, stated, formula, related) -> Relation:
    start, end = ms.doc(item.start), ms.doc(item.end)
    if computed.overlaps(stated):
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
