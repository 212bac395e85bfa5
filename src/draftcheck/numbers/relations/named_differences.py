"""Differences named by a word of the gap, not by a change verb after a base (DC302).

growth.py ties a difference to its operands when the sentence is built around a base
(``比上年增加D``, ``由A增加到B，增加D``). Reports also name the difference of two figures by what
the gap is, wherever the operands stand; this finder reads those kinds:

- a noun of the gap after two figures stated in parallel: ``总收入A，总支出B，收支相抵后结余D``,
  ``引进A人，流出B人，净流入D人``, ``出口A、进口B，顺差D``, ``年末A家，年初B家，净增D家``,
  ``城镇A元，农村B元，两者差距D元``, ``计划A人，完成B人，尚有D人的缺口``, ``预算A，支出B，节约D``;
- a comparison word followed by its other operand: ``A，高出全市平均水平（B）D个百分点``,
  ``A人，比参加职工养老保险的B人多D人``, ``A，超额完成年度目标（B）D``, ``A，低于全县B的平均水平，差距为D``;
- a change word after a transition that growth.py does not tie: ``由A延长至B，新增里程D``,
  ``由A压缩至B，缩短了D``, ``由A提高到B，人均增收D`` (the two ends as the clause model marks them);
- the operands in brackets after the gap: ``差距扩大到D个百分点（全区增长A%，全市增长B%）``;
- a change whose before and after are both stated in its sentence, in any order, read from the typed
  clauses (``ctx.clause_model``: one ``change``, one ``base``, and the value the change arrives at right
  next to it): ``较上年减少461吨，降至2935吨（上年为3576吨）``, ``增加了420人，达到3865人，上年同期为3545人``,
  ``由上年的1.98缩小到1.92，缩小0.06``; and a gap to a target named by its word
  (``下达任务52000亩，实际建成55427亩，比计划多完成3427亩``);
- a move in a ranking, its two places written as ordinals (``排名由第18位上升至第11位，前移7位``, 名 or 位, 位次 or
  名次 for the move): D against |A − B| (ordinals are no quantities of the clause model);
- what is left of a task after what has been done (``年度任务3200户，已开工3080户，竣工2780户，剩余520户``, words
  in ``lexicon/words.toml`` [difference] remainders opening D's clause): D against the task minus any figure done
  between them (a report may count the rest from 开工 or from 竣工).

Not read: a net flow (净迁入, 净流入) over two figures that are no flows (出生人口A，死亡人口B，净迁入人口D), a net
change after a subject of its own that the operands' labels do not share (…新增省级专精特新中小企业14家，高新技术企业
净增28家).

D is checked against |A − B| (percentage points for points, units converted). Only two operands of D's
dimension may stand where the phrasing puts them (the two nearest figures before a gap noun; the figure
after a comparison word and the one before it); anything else is not checkable. A stated figure that
another finder already relates is left to it (``relations.find_relations`` keeps the first relation of
a figure), so this finder only adds what the base-led phrasings miss.
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.clause_model import Role
from draftcheck.numbers.formatting import format_number
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import QUANTITY_MARK, MaskedSentence, mask_sentence, quantity_text
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import mismatch_severity
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import quantities_in, statements

CODE = "DC302"
FALLBACK = True  # relations of figures another finder already relates are dropped (see find_relations)

_GAP_NOUN = re.compile(rf"(?:{alternation(('difference', 'gap_nouns'))})[^，,。；;\d\ue000-\ue003]{{0,6}}?(?:为|是|达到?|缩小到|缩小至|扩大到|扩大至|了)?(?:约|近)?$")
_GAP_AFTER_FIGURE = words("difference", "after_figure")
_COMPARISON = re.compile(alternation(("difference", "comparisons")))
_AFTER_TRANSITION = re.compile(
    rf"(?:{alternation(('difference', 'after_transition'))})(?:了|约|近|达到?)?$"
)
_CLAUSE_REACH = 200
# the earlier figures of a measure that may be an operand: the last few (operands stand within 90 characters
# of the stated figure; bounded: statements of thousands of figures)
_KIN_REACH = 8
_HINT = re.compile(
    rf"{alternation(('difference', 'gap_nouns'))}|高出|高于|低于|超出|超额完成|多于|少于|领先|落后|由|从|比|较"
)


def find(ctx) -> list[Relation]:
    spans = statements(ctx)
    relations: list[Relation] = _changes_with_both_ends(ctx) + _remainders(ctx) + _rank_moves(ctx)
    folded = ctx.folded
    previous: tuple[int, list[Quantity]] | None = None  # the statement before, when in the same paragraph
    for (start, end, same_paragraph), inside in zip(spans, quantities_in(document_quantities(ctx), spans)):
        if previous is not None and inside and _GAP_LEAD.match(folded, start, min(end, start + _LEAD_REACH)):
            relation = _gap_of_statement_before(ctx, previous, start, end, inside)
            if relation is not None:
                relations.append(relation)
        previous = (start, inside) if same_paragraph and inside else None
        if len(inside) < 3:
            continue  # (fewer than three values, below: most statements)
        values = [q for q in inside if q.is_value and q.high is None]
        if len(values) < 3 or not _HINT.search(folded, start, end):
            continue
        ms = mask_sentence(folded, start, end, inside)
        typed_clauses = ctx.clause_model.clauses_between(start, end)
        typed = {t.quantity.start: t for clause in typed_clauses for t in clause.quantities}
        relations.extend(_statement_relations(ms, ctx.text, values, typed, _Clauses(typed_clauses)))
    return relations


# A statement that opens by naming the gap of two figures of the statement before (城镇居民收入A元，…；农村居民
# 收入B元…。城乡居民收入绝对差距为D元): the gap noun in its first clause, no comparison word before it (与全省
# 的差距 is a gap to a third figure)
_LEAD_REACH = 30
_GAP_LEAD = re.compile(
    rf"[^，,；;：:。与比较跟均年每{QUANTITY_MARK}\d]{{0,16}}?(?:{alternation(('difference', 'gap_nouns'))})"
    r"[^，,；;：:。\d]{0,6}?(?:为|是|达到?|缩小到|缩小至|扩大到|扩大至|了)?(?:约|近)?\s?(?=\d)"
)


def _gap_of_statement_before(ctx, previous: tuple[int, list[Quantity]], start: int, end: int,
                             inside: list[Quantity]) -> Relation | None:
    """D opening a statement as the gap of the two figures of its measure in the statement before, when that
    statement holds exactly two of them and neither is a change (A，增长X%；B，增长Y%。…差距为D)."""
    lead = _GAP_LEAD.match(ctx.folded, start, min(end, start + _LEAD_REACH))
    stated = next((q for q in inside if q.start == lead.end()), None)
    if stated is None or not stated.is_value or stated.high is not None:
        return None
    measure = _measure(stated, stated=True)
    if measure is None:
        return None
    previous_start, earlier = previous
    kin = [q for q in earlier if q.is_value and q.high is None and _measure(q, stated=False) == measure]
    if len(kin) != 2:
        return None
    ms = mask_sentence(ctx.folded, previous_start, end, [*earlier, *inside])
    typed = {t.quantity.start: t for t in ctx.clause_model.between(previous_start, start)}
    if _is_change(typed, kin[0]) or _is_change(typed, kin[1]):
        return None
    return _relation(ms, ctx.text, stated, kin[0], kin[1])


class _Clauses:
    """The clauses of a statement's typed figures (the shared segmentation's, via the clause model): where the clause
    of a figure opens, and which clause comes next."""

    __slots__ = ("_start_of", "_next")

    def __init__(self, typed_clauses) -> None:
        self._start_of = {t.quantity.start: c.clause.start for c in typed_clauses for t in c.quantities}
        opens = [c.clause.start for c in typed_clauses]
        ends = [c.clause.end for c in typed_clauses]
        # a clause and the one right after it in the sentence (no clause between them, typed or not)
        self._next = {s: n for s, e, n in zip(opens, ends, opens[1:]) if 0 <= n - e <= 1}

    def start(self, q: Quantity) -> int | None:
        """The document offset where the clause of a typed figure opens (None: a figure the model does not type)."""
        return self._start_of.get(q.start)

    def next_to(self, first: Quantity, second: Quantity) -> bool:
        """Whether ``second`` stands in the clause right after the clause of ``first``."""
        opened = self.start(first)
        return opened is not None and self._next.get(opened, -1) == self.start(second)


def _statement_relations(ms: MaskedSentence, text: str, values: list[Quantity], typed: dict,
                         clauses: _Clauses) -> list[Relation]:
    """The stated figures of a statement read against their operands, each in its clause of the shared
    segmentation (``clauses``)."""
    relations = []
    earlier_of: dict[object, list[Quantity]] = {}  # the values so far, by measure (see _measure)
    for n, stated in enumerate(values):
        if n:
            previous = values[n - 1]
            earlier_of.setdefault(_measure(previous, stated=False), []).append(previous)
        rel = stated.start - ms.start
        opened = clauses.start(stated)
        if opened is None:
            continue  # (a figure the clause model does not type: no value of a measure)
        # (read at most _CLAUSE_REACH characters back: a clause of 200k characters would otherwise be read from
        # its start for every figure)
        clause_start = max(opened - ms.start, rel - _CLAUSE_REACH, 0)
        before = ms.masked[max(clause_start, rel - 16) : rel]
        after = ms.masked[stated.end - ms.start : stated.end - ms.start + 4]
        # the earlier values of the stated figure's measure, in order (read, never changed, by the operand finders)
        measure = _measure(stated, stated=True)
        kin = earlier_of.get(measure, [])[-_KIN_REACH:] if measure is not None else []
        operands = None
        clause = ms.masked[clause_start:rel]
        if "分别" in clause or _NOT_A_GAP.search(clause):
            continue  # 分别比2007年增加A和D: a list of changes / 累计结余, 平均每年上升: no gap of two figures
        if (gap := _GAP_NOUN.search(before)) or after.removeprefix("的").startswith(_GAP_AFTER_FIGURE):
            operands = _gap_operands(ms, kin, stated, clause_start, typed)
            if operands is not None and gap is not None and not _gap_of(
                    ms, clauses, operands, gap.group(), ms.masked[clause_start : rel - len(before) + gap.start()]):
                operands = None
            if operands is None:
                operands = _bracketed_operands(ms, values[n + 1 :], stated)
        elif (found := _comparisons(ms.masked, clause_start, rel)):
            # the last comparison word before D, or the one before it when no figure follows the last
            # (比全市平均水平（B）高出D: 高出 is the verb of 比's comparison)
            operands = None
            for m in found[::-1][:2]:
                operands = _comparison_operands(ms, kin, stated, clause_start + m, typed)
                if operands is not None or (kin and kin[-1].start - ms.start >= clause_start + m):
                    break
            if operands is None:
                operands = _named_operands(ms, kin, stated, clause_start, clause_start + found[-1], typed, clauses)
            for m in found[::-1][:2] if operands is None else ():
                operands = _named_after_operands(ms, kin, stated, clause_start + m, values[n + 1 :], typed, clauses)
                if operands is not None:
                    break
            if operands is None:
                operands = _bracketed_named_operands(ms, values[n + 1 :], stated, clause_start)
        elif _AFTER_TRANSITION.search(before):
            operands = _transition_operands(ms, kin, typed, stated, ms.masked[clause_start:rel])
        if operands is not None:
            relations.append(_relation(ms, text, stated, *operands))
    return relations


def _measure(q: Quantity, *, stated: bool) -> object:
    """What a figure measures, as the key its operands share: a gap in percentage points (stated) is taken
    between percentages; an amount between amounts of its dimension written with a unit. None: no operands."""
    if stated:
        if q.kind == Kind.POINTS:
            return "percent"
        return ("amount", q.dimension) if q.kind == Kind.AMOUNT else None
    if q.kind == Kind.PERCENT:
        return "percent"
    return ("amount", q.dimension) if q.kind == Kind.AMOUNT and q.unit != "" else None


_NOT_A_GAP = re.compile(alternation(("difference", "not_a_gap")))  # (the lexicon's words, one scan)
# 比/较 as a word of comparison, not inside 比重/比例/占比/评比/对比/相比 …
_NOT_COMPARISON = re.compile(r"(?:占|评|对|相|类|排|攀|好)比|比(?:重|例|率|值|照|较|赛|武|拼|分)|不[低高少多]于")
# what may stand between the other operand and the gap: ）的平均水平 / 多 / 提前了 …
_BETWEEN = re.compile(
    r"^[)）]?(?:的)?(?:平均水平|水平|标准|目标)?[)）]?"
    r"(?:[\u4e00-\u9fff]{0,3}?(?P<verb>多出|多|少|高出|高|低|超收|超支|短收|超出|超|提前了?|增加了?|减少了?|缩短了?))?$"
)


def _comparisons(masked: str, clause_start: int, rel: int) -> list[int]:
    """The offsets (from the clause start) of the comparison words of the clause before the figure."""
    found = []
    for m in _COMPARISON.finditer(masked, clause_start, rel):
        if _NOT_COMPARISON.search(masked, max(0, m.start() - 1), min(rel, m.end() + 1)):
            continue
        found.append(m.start() - clause_start)
    return found


def _gap_operands(ms, kin, stated, clause_start, typed):
    """The two figures a gap noun sums up: the two nearest before it, in the clauses just before (or one
    in its own clause), with no other figure of the measure between them."""
    if len(kin) < 2:
        return None
    a, b = kin[-2], kin[-1]
    if stated.start - a.start > 90 or _is_change(typed, a) or _is_change(typed, b):
        return None
    return a, b


_NET_FLOWS = words("difference", "net_flows")
_FLOWS = words("difference", "flows")
_NET_CHANGES = words("difference", "net_changes")
# the scopes and openers before a subject (全年, 全县, 其中): no part of it
_SUBJECT_LIGHT = words("shares", "scopes") + ("其中", "同时")


def _gap_of(ms, clauses, operands, gap: str, subject: str) -> bool:
    """Whether the gap noun (and the subject before it in D's clause) may name the gap of the two operands, each read
    with its label (its clause up to it, 24 characters at most):
    - a net flow (净迁入, 净流入) is the gap of two flows: both labels name one (迁入/迁出, 引进/流出), never of
      出生人口A，死亡人口B (其中出生人口2860人，死亡人口2310人，净迁入人口4250人);
    - a net change after a subject of its own (高新技术企业净增28家) is the change of that subject: its qualifier (the
      subject without the head noun it ends in, 高新技术) shares a word with a label, or the operands are of another
      thing (累计达到11家；新增省级专精特新中小企业14家). (The subject of a gap noun names the gap itself: 贸易顺差,
      资金缺口, 外汇收支差额, 两者绝对差距.)"""
    labels = []
    for q in operands:
        opened = clauses.start(q)
        rel = q.start - ms.start
        start = max((opened if opened is not None else q.start) - ms.start, rel - 24, 0)
        labels.append(ms.masked[start:rel])
    if gap.startswith(_NET_FLOWS) and not all(any(w in label for w in _FLOWS) for label in labels):
        return False
    if not gap.startswith(_NET_CHANGES):
        return True
    subject = subject.strip()
    while (word := next((w for w in _SUBJECT_LIGHT if subject.startswith(w)), "")):
        subject = subject[len(word) :]
    qualifier = subject[:-2]
    if len(qualifier) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in subject):
        return True
    return any(qualifier[i : i + 2] in label for label in labels for i in range(len(qualifier) - 1))


def _bracketed_operands(ms, later, stated):
    """差距扩大到D个百分点（全区增长A%，全市增长B%）: two figures in the brackets right after D."""
    rel = stated.end - ms.start
    if ms.masked[rel : rel + 1] not in "（(":
        return None
    close = min((i for i in (ms.masked.find("）", rel), ms.masked.find(")", rel)) if i > 0), default=-1)
    if close < 0:
        return None
    measure = _measure(stated, stated=True)
    inside = [q for q in later if q.end - ms.start <= close and measure is not None and _measure(q, stated=False) == measure]
    return (inside[0], inside[1]) if len(inside) == 2 else None


def _comparison_operands(ms, kin, stated, word_at, typed):
    """A，高出W（B）D / A，比…B多D: B between the comparison word and D, A the figure before the word."""
    between = [q for q in kin if q.start - ms.start >= word_at]
    earlier = [q for q in kin if q.start - ms.start < word_at]
    if len(between) != 1 or not earlier:
        return None
    a, b = earlier[-1], between[0]
    if stated.start - a.start > 90 or _is_change(typed, a) or _is_change(typed, b):
        return None
    gap = _BETWEEN.match(ms.masked[b.end - ms.start : stated.start - ms.start])
    if gap is None:
        return None  # 提高到不低于1200元/月和1700元/月: D is no gap after B
    word = ms.masked[word_at : word_at + 1]
    if word in "比较" and not gap.group("verb"):
        return None  # 比…B多D needs its 多/少/高/低
    return a, b


# what may stand around the names of a comparison: 低于全市(的)(平均水平)D / 新建比改造多出D
_REFERENT = re.compile(r"^(?:的)?(?P<name>[\u4e00-\u9fff]{2,8}?)(?:的)?(?:平均水平|平均值|水平)?(?:多出|多|少|高出|高|低|超出|超)?(?:了|约|近)?$")
_SUBJECT = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6})$")
_LABEL_LIGHT = re.compile(r"(?:为|是|达到?|完成|实现|共|约|近|的)+$")


def _referent(ms, word_at, stated) -> str | None:
    """The name the comparison word at ``word_at`` gives its other operand (低于全市 -> 全市, 比计划 -> 计划), else None."""
    m = _COMPARISON.match(ms.masked, word_at)
    if m is None:
        return None
    referent = _REFERENT.match(ms.masked[m.end() : stated.start - ms.start])
    return None if referent is None else referent.group("name")


def _named_operands(ms, kin, stated, clause_start, word_at, typed, clauses):
    """A，…B，低于全市D / A，…B，新建比改造多出D: no figure after the comparison word, which names the
    other operand instead: exactly two figures of D's measure stand before it in the statement, the name
    after the word is in the label of one (B: 全市平均水平为B) and not of the other (A); a name before
    the word (新建比改造) must be in A's label."""
    if len(kin) != 2:
        return None
    name = _referent(ms, word_at, stated)
    if name is None:
        return None
    labels = []
    for q in kin:
        rel = q.start - ms.start
        opened = clauses.start(q)
        if opened is None:
            return None
        start = max(opened - ms.start, rel - 24, 0)  # (the label: the figure's clause up to it, 24 characters at most)
        labels.append(_LABEL_LIGHT.sub("", ms.masked[start:rel]))
    holders = [i for i, label in enumerate(labels) if name in label]
    if len(holders) != 1:
        return None
    b, a = kin[holders[0]], kin[1 - holders[0]]
    subject = _SUBJECT.search(ms.masked, clause_start, word_at)
    if subject is not None:
        words = subject.group("name")
        if not any(words[i : i + 2] in labels[1 - holders[0]] for i in range(len(words) - 1)):
            return None  # 丙村比乙村: the subject is none of the figures (新增就业 / 新增城镇就业岗位 is)
    if _is_change(typed, a) or _is_change(typed, b):
        return None
    return a, b


# the clause stating the other operand after D: 全市平均为B / 年度计划为B / 全市平均水平B (no verb of change)
_LATER_REACH = 40


def _named_after_operands(ms, kin, stated, word_at, later, typed, clauses):
    """A，比全市平均水平高出D，全市平均为B / A，比计划多出D，年度计划为B: the comparison names its other operand, whose
    figure follows D in the next clause, that clause naming it again (the first two characters of the name) and
    stating a figure of D's measure that is no change or rate; A is the last figure of the measure before the word."""
    if not kin:
        return None
    name = _referent(ms, word_at, stated)
    if name is None:
        return None
    a = kin[-1]
    if a.start - ms.start >= word_at or stated.start - a.start > 90 or _is_change(typed, a):
        return None
    measure = _measure(stated, stated=True)
    b = next((q for q in later if q.start - stated.end <= _LATER_REACH and _measure(q, stated=False) == measure), None)
    if b is None:
        return None
    between = ms.masked[stated.end - ms.start : b.start - ms.start]
    if not between.startswith(("，", ",")) or not clauses.next_to(stated, b):
        return None  # B stands in the very next clause
    t = typed.get(b.start)
    if t is None or t.role not in (Role.VALUE, Role.BASE, Role.TARGET, Role.COUNT) or _COMPARISON.search(between):
        return None
    if name[:2] not in between:
        return None  # the clause names the comparison's other operand (全市, 计划)
    return a, b


_BRACKET_LABEL = re.compile(r"([\u4e00-\u9fff]{2,})(?:为|是|达|共)?$")


def _bracketed_named_operands(ms, later, stated, clause_start):
    """出口额比进口额多出D（出口A，进口B）: the two figures in brackets right after D, each named by a word the
    comparison's clause holds (not 其中 parts of D)."""
    operands = _bracketed_operands(ms, later, stated)
    if operands is None:
        return None
    clause = ms.masked[clause_start : stated.start - ms.start]
    for q in operands:
        rel = q.start - ms.start
        label = _BRACKET_LABEL.search(ms.masked, max(0, rel - 8), rel)
        if label is None or label.group(1)[:2] not in clause:
            return None
    return operands


_PER_HEAD = tuple(words("rate", "per_head"))


def _transition_operands(ms, kin, typed, stated, clause):
    """由A…到B, then the change word: A and B are the last two figures, the ends of a transition as the clause model
    marks them (``transition``: from / to), in one sentence, with no other figure between B and D and no per-head
    word in D's clause unless the transition's figures are per head too (由A增至B，带动312户户均增收D: D is per
    household; 人均工资由A提高到B，人均增收D is not)."""
    if len(kin) < 2:
        return None
    a, b = kin[-2], kin[-1]
    lead = ms.text[max(0, a.start - ms.start - 24) : a.start - ms.start]
    if any(w in clause for w in _PER_HEAD) and not any(w in lead for w in _PER_HEAD):
        return None
    if QUANTITY_MARK in ms.masked[b.end - ms.start : stated.start - ms.start]:
        return None
    ta, tb = typed.get(a.start), typed.get(b.start)
    if ta is None or tb is None or ta.transition != "from" or tb.transition != "to" or tb.transition_at < a.end:
        return None
    if tb.transition_at - a.end > 16 or any(ch in "；;。" for ch in ms.text[a.end - ms.start : b.start - ms.start]):
        return None
    return a, b


def _is_change(typed: dict, q) -> bool:
    """An amount of change (增加D, 比上年多D), as the clause model types it: never an operand of a gap."""
    t = typed.get(q.start)
    return t is not None and t.role is Role.CHANGE and q.kind != Kind.PERCENT


def _relation(ms: MaskedSentence, text: str, stated: Quantity, a: Quantity, b: Quantity) -> Relation:
    ia, ib = ms.paired_intervals(a, b)
    gap = ia - ib if ia.mid >= ib.mid else ib - ia
    computed = Interval(max(gap.low, Decimal(0)), gap.high) if gap.low < 0 <= gap.high else gap
    if computed.low < 0:
        computed = Interval(-computed.high, -computed.low)
    stated_iv = ms.interval(stated)
    start, end = stated.start, stated.end
    related = [("数值一", a.start, a.end), ("数值二", b.start, b.end)]
    if computed.overlaps(stated_iv):
        return Relation(kind="difference", code=CODE, outcome=Outcome.CONSISTENT, start=start, end=end, related=related)
    point = abs(a.scaled - b.scaled)
    same_scale = a.magnitude == b.magnitude == stated.magnitude
    places = max(a.decimals, b.decimals, stated.decimals, 0) if same_scale else max(stated.decimals, 0)
    unit = text[stated.number_end : stated.end].strip()
    figure = f"{format_number(point / stated.magnitude, places)}{unit}"
    return Relation(
        kind="difference",
        code=CODE,
        outcome=Outcome.INCONSISTENT,
        start=start,
        end=end,
        message=f"{quantity_text(stated, text)}：按 {quantity_text(a, text)} 与 {quantity_text(b, text)} 之差计算应为 {figure}",
        related=related,
        severity=mismatch_severity(computed, stated_iv, stated.half_unit),
        suggestion=figure,
    )


# A word of what is left (or of what was done beyond the task) opening the clause of a figure: ，剩余520户 /
# ，尚有12个项目 / ，还差3.4亿元 / ，超额完成6个
# (what is left, D = A − B, or what was done beyond the task, D = B − A: both are |A − B|)
_REMAINDER = re.compile(
    rf"(?:^|[，,；;])\s*(?:{alternation(('difference', 'remainders'), ('difference', 'over_target'))})(?:了|的|约|近|为)?$"
)
_REMAINDER_HINT = re.compile(alternation(("difference", "remainders"), ("difference", "over_target")))


def _typed_sentences(ctx, hint: re.Pattern):
    """(sentence, its typed quantities) for every sentence the hint finds in and holding three figures or more
    (the clause model is built only when a sentence needs it)."""
    model = None
    for sentence in ctx.segmentation.sentences:
        if not hint.search(sentence.text):
            continue
        if model is None:
            model = ctx.clause_model
        typed_clauses = model.sentence(sentence)
        typed = [t for clause in typed_clauses for t in clause.quantities]
        if len(typed) >= 3:
            yield sentence, typed, _Clauses(typed_clauses)


_TASK_WORDS = words("target", "words")


def _names_a_task(text: str, clauses: _Clauses, q: Quantity) -> bool:
    """Whether the clause of a figure names it a task (年度计划新建5G基站420个: the clause model reads 新建's count),
    within 20 characters before it."""
    opened = clauses.start(q)
    if opened is None:
        return False
    window = text[max(opened, q.start - 20) : q.start]
    return any(word in window for word in _TASK_WORDS)


def _remainders(ctx) -> list[Relation]:
    """What is left of a task after what has been done, D = A − B (typed clauses): ``年度任务3200户，已开工3080户，
    竣工2780户，剩余520户``. A is the one target of D's unit before it; B any figure of that unit between them (a
    report may count the rest from any stage: 开工 or 竣工), so D is consistent when it matches A − B for one of them
    and the message uses the nearest."""
    relations: list[Relation] = []
    text = ctx.text
    for sentence, typed, clauses in _typed_sentences(ctx, _REMAINDER_HINT):
        for i, stated in enumerate(typed):
            q = stated.quantity
            if q.kind != Kind.AMOUNT or q.high is not None or not q.unit:
                continue
            if not _REMAINDER.search(text, max(sentence.start, q.start - 8), q.start):
                continue
            before = [t for t in typed[max(0, i - 6) : i] if t.quantity.kind == Kind.AMOUNT and t.quantity.high is None
                      and t.quantity.unit == q.unit]
            wholes = [n for n, t in enumerate(before) if t.role is Role.TARGET or _names_a_task(text, clauses, t.quantity)]
            if len(wholes) != 1:
                continue
            whole = before[wholes[0]].quantity
            done = [t.quantity for t in before[wholes[0] + 1 :] if t.role in (Role.VALUE, Role.COUNT, Role.PART)]
            if not done:
                continue
            lo = max(sentence.start, whole.start - 16)
            ms = mask_sentence(ctx.folded, lo, min(sentence.end, q.end + 16), [whole, *done, q])
            readings = [_relation(ms, text, q, whole, part) for part in done]
            consistent = next((r for r in readings if r.outcome is Outcome.CONSISTENT), None)
            relations.append(consistent or readings[-1])
    return relations


# the value a change arrives at: 达到B, 降至B, 缩小到B
_ARRIVAL = re.compile(r"(?:达到|达|到|至|为)(?:了)?$")
_OVER_TARGET = re.compile(r"(?:比|较)(?:年度|全年)?(?:计划|目标|任务)(?:多|少|超)(?:完成|建成|实现|落实)?了?$")
_ENDS_HINT = re.compile(r"上年|去年|同期|由|从|计划|目标|任务")


def _changes_with_both_ends(ctx) -> list[Relation]:
    """A change with its base and the value it arrives at in the same sentence (typed clauses)."""
    relations: list[Relation] = []
    for sentence, typed, _ in _typed_sentences(ctx, _ENDS_HINT):
        text = ctx.text
        for i, stated in enumerate(typed):
            q = stated.quantity
            if q.kind != Kind.AMOUNT or q.high is not None:
                continue
            prefix = text[max(sentence.start, q.start - 12) : q.start]
            # (比计划多完成D: typed a change after the comparison, or a target after 计划)
            over_target = stated.role in (Role.TARGET, Role.CHANGE) and _OVER_TARGET.search(prefix)
            if not over_target and (stated.role is not Role.CHANGE or stated.compound):
                continue
            near = typed[max(0, i - 6) : i + 6]  # bounded: sentences of thousands of figures
            same = [t for t in near if t is not stated and t.quantity.kind == Kind.AMOUNT and t.quantity.high is None
                    and t.quantity.unit == q.unit and t.quantity.dimension == q.dimension]
            if any(t.role is Role.CHANGE for t in same):
                continue  # two changes of one measure: which ends belong to which is in doubt
            if over_target:
                ends = [t for t in same if t.role is Role.TARGET]
                arrivals = [t for t in same if t.role in (Role.VALUE, Role.COUNT) and t.quantity.end <= q.start]
            else:
                ends = [t for t in same if t.role is Role.BASE]
                neighbours = {id(typed[j]) for j in (i - 1, i + 1) if 0 <= j < len(typed)}
                arrivals = [t for t in same if t.role in (Role.VALUE, Role.COUNT) and id(t) in neighbours
                            and _ARRIVAL.search(text[max(sentence.start, t.quantity.start - 4) : t.quantity.start])]
            if len(ends) != 1 or len(arrivals) != 1:
                continue
            lo = max(sentence.start, near[0].quantity.start - 16)
            hi = min(sentence.end, near[-1].quantity.end + 16)
            ms = mask_sentence(ctx.folded, lo, hi, [t.quantity for t in near])
            relations.append(_relation(ms, text, q, arrivals[0].quantity, ends[0].quantity))
    return relations


# 由第18位上升至第11位，前移7位 / 从第25名提升到第19名，上升6个名次: the move between two places of a ranking
_RANK_MOVE = re.compile(
    r"(?:由|从)第(?P<a>\d{1,4})(?P<unit>位|名)[^，,。；;\d]{0,6}?(?:至|到|为)第(?P<b>\d{1,4})(?P=unit)"
    r"[，,]?[^，,。；;\d]{0,6}?(?:了)?(?P<d>\d{1,4})(?:个)?(?:位次|名次|位|名)(?![\u4e00-\u9fff]{0,2}(?:以上|以内|之内))"
)


def _rank_moves(ctx) -> list[Relation]:
    """A move in a ranking (由第A位上升至第B位，前移D位): D against |A − B|, the places as written."""
    folded = ctx.folded
    if "由第" not in folded and "从第" not in folded:
        return []
    relations = []
    for m in _RANK_MOVE.finditer(folded):
        a, b, d = (int(m.group(k)) for k in ("a", "b", "d"))
        related = [("数值一", m.start("a") - 1, m.end("unit")), ("数值二", m.start("b") - 1, m.end("b") + 1)]
        start, end = m.start("d"), m.end()
        if abs(a - b) == d:
            relations.append(Relation(kind="difference", code=CODE, outcome=Outcome.CONSISTENT, start=start, end=end,
                                      related=related))
            continue
        unit = ctx.text[m.end("d") : end]
        relations.append(Relation(
            kind="difference", code=CODE, outcome=Outcome.INCONSISTENT, start=start, end=end, related=related,
            message=f"{ctx.text[start:end]}：按 第{a}{m.group('unit')} 与 第{b}{m.group('unit')} 之差计算应为 {abs(a - b)}{unit}",
            severity=mismatch_severity(Interval.exact(Decimal(abs(a - b))), Interval.exact(Decimal(d)), Decimal("0.5")),
            suggestion=f"{abs(a - b)}{unit}",
        ))
    return relations
