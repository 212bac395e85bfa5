"""A completion rate against the time elapsed in the year (DC303), read from the typed clauses.

``1-9月，完成工业投资23.6亿元，为年度目标任务30亿元的78.7%，超时序进度3.7个百分点``: the time progress (时序进度,
序时进度, 时间进度; lexicon ``target.time_progress``) of the months elapsed is months / 12 (1-9月 75%, 上半年 50%,
一季度 25%, 1-10月 83.3%), and the points by which a completion rate is ahead of it (超, 快于, 高于, 领先) or behind
it (落后, 慢于, 低于) are that rate less the time progress. The rate is the nearest percentage before the points in
the sentence whose role in ``ctx.clause_model`` is a rate, a share or a target (完成率, 为年度目标的…, 占年计划的…);
the months are the last period named before it in its paragraph (the sentence's own, else an earlier one).

Not checked: a period that is no run of months from January (7-9月, 三季度 alone), two periods named in the
sentence, a stated time progress of its own (时序进度为80%: then the points are read against that figure).

The claim of half the task done at half the year (``时间过半、任务过半``, ``双过半``) is read against the one completion
rate stated before it in its sentence (a percentage typed as a rate, share or target, no rate of change, in a clause
naming a target, plan or budget or after a completion-rate noun): below 50% it is no half (``完成年度计划的44%，实现
“时间过半、任务过半”``). Not read: a hedged or negated claim (基本实现, 接近, 力争, 确保, 未实现), a sentence with two
such rates, a claim without a rate in its sentence.
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.clause_model import Role
from draftcheck.numbers.formatting import format_percent
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.quantity import Kind
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance, mismatch_severity
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.statement_spans import spans_holding

RATIO = "DC303"

_PROGRESS = words("target", "time_progress")
# 超时序进度 / 快于序时进度 / 落后时间进度 (the direction word right before the progress noun)
_DIRECTION = re.compile(
    rf"(?P<sign>{alternation(('target', 'ahead_of_time'), ('target', 'behind_time'))})(?:{alternation(('target', 'time_progress'))})了?$"
)
_AHEAD = frozenset(words("target", "ahead_of_time"))
# the months elapsed: 1-9月 / 1—10月 / 一至九月 / 前三季度 / 上半年 / 一季度 / 截至9月底
_CHINESE_MONTH = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_PERIOD = re.compile(
    r"(?<![\d.])(?:1|一)\s*[-—–~～至到]\s*(?P<m>1[0-2]|[1-9]|十[一二]?|[二三四五六七八九])\s*月(?:份)?"
    r"|前(?P<q>[一二三两])(?:个)?季度|(?P<half>上半年)|(?<![二三四第前后])(?P<first>一季度)|第一季度(?P<first2>)"
    r"|截[至止](?:到)?(?:\d{4}年)?(?P<end>1[0-2]|[1-9])月(?:底|末|份)"
)
_PERIOD_REACH = 400  # how far before the points, in the paragraph, the period may be named
# 时间过半、任务过半 / 时序过半任务过半 / 双过半: the claim that half the year's task is done
_HALF_CLAIM = re.compile(r"(?:时间|时序)过半[、，,]?\s*任务过半|双过半")
# 基本实现 / 接近 / 力争 / 未实现 …: no claim that the half is reached
_HEDGED = re.compile(r"(?:基本|接近|力争|确保|争取|努力|有望|预计|未能|未|没有|尚未|难以|距离?)(?:能够?|可以)?(?:实现|完成|达到|达成)?了?[“”\"]?\s*$")
_TASK_WORDS = tuple(words("target", "words")) + tuple(words("target", "budgets")) + tuple(words("target", "completion_rates"))
_HALF = Decimal(50)
_AIMS = tuple(words("target", "aims"))


def find(ctx) -> list[Relation]:
    relations: list[Relation] = []
    text = ctx.text
    sentences = ctx.segmentation.sentences
    # (the sentences holding 进度, found from its occurrences rather than a slice of each sentence)
    if "进度" not in text and "过半" not in text:
        return relations  # (most documents: no sentence list built)
    spans = [(s.start, s.end) for s in sentences]
    for k in spans_holding(text, spans, ("进度",)):
        sentence = sentences[k]
        if "百分点" not in sentence.text:
            continue
        typed = [t for clause in ctx.clause_model.sentence(sentence) for t in clause.quantities]
        for i, points in enumerate(typed):
            q = points.quantity
            if q.kind != Kind.POINTS:
                continue
            direction = _DIRECTION.search(text, max(sentence.start, q.start - 12), q.start)
            if direction is None:
                continue
            rate = next(
                (t for t in reversed(typed[:i]) if t.quantity.is_percent and t.role in (Role.RATE, Role.SHARE, Role.TARGET)),
                None,
            )
            months = _months_before(ctx, sentence, q.start)
            relation = _relation(text, rate, points, months, direction.group("sign") in _AHEAD, direction.start())
            if relation is not None:
                relations.append(relation)
    relations.extend(_half_claims(ctx, spans))
    return relations


def _half_claims(ctx, spans: list[tuple[int, int]]) -> list[Relation]:
    """时间过半、任务过半 against the one completion rate before the claim in its sentence (``spans``: the sentences'
    spans)."""
    relations: list[Relation] = []
    text = ctx.text
    sentences = ctx.segmentation.sentences
    for k in spans_holding(text, spans, ("过半",)) if "过半" in text else ():
        sentence = sentences[k]
        for m in _HALF_CLAIM.finditer(text, sentence.start, sentence.end):
            clause = text[max(sentence.start, m.start() - 24) : m.start()]
            clause = clause[max(clause.rfind(mark) for mark in "，,；;：:") + 1 :]
            if _HEDGED.search(text, max(sentence.start, m.start() - 8), m.start()) or any(aim in clause for aim in _AIMS):
                continue  # 基本实现 / 未能实现 / 力争三季度实现: no claim that the half is reached
            rates = [t for clause in ctx.clause_model.sentence(sentence) for t in clause.quantities
                     if t.quantity.end <= m.start() and _completion_rate(text, clause.clause.start, t)]
            if len(rates) != 1:
                continue
            rate = rates[0].quantity
            stated = Interval.of(rate)
            if stated.high >= _HALF:
                relations.append(Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=m.start(), end=m.end()))
                continue
            claim = text[m.start() : m.end()]
            relations.append(Relation(
                kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=m.start(), end=m.end(),
                message=f"{claim}：完成进度 {text[rate.start:rate.end]} 不足 50%，任务未过半",
                related=[("完成进度", rate.start, rate.end)], severity=Severity.ERROR,
            ))
    return relations


def _completion_rate(text: str, clause_start: int, typed) -> bool:
    """A percentage completing a target: a rate, share or target of no change whose clause names a target, a plan, a
    budget or a completion rate before it (完成年度计划的80%, 占年度目标任务的52.1%, 完成率45%)."""
    q = typed.quantity
    if not q.is_percent or typed.role not in (Role.RATE, Role.SHARE, Role.TARGET) or typed.sign or typed.compound:
        return False
    return any(word in text[clause_start : q.start] for word in _TASK_WORDS)


def _months_before(ctx, sentence, end: int) -> int | None:
    """The months elapsed named last before ``end`` (the sentence's own period, else its paragraph's up to
    ``_PERIOD_REACH`` characters back); None when the sentence names two different ones or none is named."""
    own = [_months(m) for m in _PERIOD.finditer(ctx.text, sentence.start, end)]
    if own:
        return own[-1] if len(set(own)) == 1 else None
    paragraph = ctx.segmentation.paragraph_at(sentence.start)
    floor = max(paragraph.start if paragraph is not None else sentence.start, sentence.start - _PERIOD_REACH)
    earlier = [_months(m) for m in _PERIOD.finditer(ctx.text, floor, sentence.start)]
    return earlier[-1] if earlier else None


def _months(m: re.Match) -> int:
    if m.group("m"):
        word = m.group("m")
        return int(word) if word.isdigit() else _CHINESE_MONTH[word]
    if m.group("q"):
        return 3 * _CHINESE_MONTH[m.group("q")]
    if m.group("half"):
        return 6
    if m.group("end"):
        return int(m.group("end"))
    return 3


def _relation(text: str, rate, points, months: int | None, ahead: bool, span_start: int) -> Relation | None:
    q = points.quantity
    unchecked = Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=span_start, end=q.end)
    if rate is None or months is None or not 1 <= months <= 11:
        return unchecked
    r = rate.quantity
    if r.open_ended or q.open_ended:
        return unchecked
    progress = Decimal(months) * 100 / 12
    # a time progress that is no whole tenth (10/12 = 83.33…) is written rounded to one place
    slack = Decimal(0) if (progress * 10) % 1 == 0 else Decimal("0.05")
    elapsed = Interval(progress - slack, progress + slack)
    rate_iv = derived_figure_tolerance(Interval.of(r), r)
    computed = rate_iv - elapsed if ahead else elapsed - rate_iv
    stated = derived_figure_tolerance(Interval.of(q), q)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=span_start, end=q.end)
    point = (r.value - progress) if ahead else (progress - r.value)
    shown_progress = format_percent(progress / 100, 1)
    formula = f"{format_percent(r.value / 100, r.decimals)}% − {shown_progress}%" if ahead else f"{shown_progress}% − {format_percent(r.value / 100, r.decimals)}%"
    flipped = point < 0
    message = (
        f"{text[span_start:q.end]}：{months}个月的时序进度为 {shown_progress}%，按 {formula} 计算应为 "
        f"{format_percent(point / 100, max(q.decimals, 1))}个百分点"
        + ("（超前与落后的结论相反）" if flipped else "")
    )
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=span_start, end=q.end, message=message,
        related=[("完成进度", r.start, r.end)],
        severity=mismatch_severity(computed, stated, q.half_unit, flipped=flipped),
        suggestion=f"{format_percent(abs(point) / 100, q.decimals)}个百分点",
    )
