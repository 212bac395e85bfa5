"""Percentages that split one whole must add up to 100% (or to the stated whole): DC204 share-sum.

Phrasings recognised, each inside one sentence:

- rating categories of one poll: ``满意85.2%，基本满意12.1%，不满意2.7%`` (满意/基本满意/不满意,
  优秀/良好/合格/不合格, 称职/基本称职/不称职, 好/较好/一般/差, 深/较深/一般/浅 ...). Three or more
  different categories are needed; a sum above 100% is always wrong, a sum below 100% only when the
  list reaches the bottom category (不满意, 不合格 ...), so that nothing can be missing. ``满意度`` is a
  score, not a share; ``满意率`` lists are checked only when they reach ``不满意率`` (满意率 alone may
  include 基本满意);
- a structure written as a ratio: ``三次产业结构调整为8.3∶41.4∶50.3`` (also 比例, 比重, 占比, 构成),
  checked when the terms add up to roughly a hundred (1∶2∶3 is a plain ratio);
- shares with a stated whole: ``分别占全区的38.2%、27.5%和16.1%，合计占81.8%``.

Tolerance: half a unit of the last written digit of every term (and of the stated whole), widened
for approximate terms (约, 左右 ...).
"""

from __future__ import annotations

import re
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.numbers.formatting import plain
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.quantity import Kind, document_quantities
from draftcheck.numbers.relation import Outcome, Relation

KIND = "share-sum"
CODE = "DC204"
HUNDRED = Decimal(100)

_SENTENCE = re.compile(r"[^。！？!?\n\r]+")
_TOP_AND_MIDDLE = (
    "非常满意", "很满意", "比较满意", "较满意", "基本满意", "满意", "优秀", "良好", "基本合格", "合格",
    "基本称职", "称职", "较好", "好", "较深", "深", "了解", "一般", "较浅", "不太满意",
)
_BOTTOM = ("很不满意", "非常不满意", "不满意", "不合格", "不称职", "较差", "差", "浅", "不了解", "不清楚")
_CATEGORY = re.compile(
    "(?P<cat>" + "|".join(sorted(_TOP_AND_MIDDLE + _BOTTOM, key=len, reverse=True)) + ")"
    r"(?P<rate>率)?(?!度|意|格|职)(?:的|票|比例|占比|人数)?(?:为|占|达到?|是|的占)?[^\d,，。；;、%]{0,4}?"
    r"(?:\d{1,6}[ \t]?(?:票|人|份|张|个|家|名)[,，]?[^\d,，。；;、%]{0,4}?)?"  # 满意票128票，占85.3%
    r"(?P<num>\d{1,3}(?:\.\d{1,4})?)[ \t]?%"
)
_STRUCTURE = re.compile(
    r"(?:结构|比例|比重|占比|构成)[^。；;\d]{0,16}?"
    r"(?P<ratio>\d{1,3}(?:\.\d{1,3})?(?:[ \t]?[:∶][ \t]?\d{1,3}(?:\.\d{1,3})?){2,5})(?![\d.:∶])"
)
_RATIO_TERM = re.compile(r"\d{1,3}(?:\.\d{1,3})?")
_SPLIT = re.compile(r"分别占(?:比)?|(?:占比|比重|份额)分别为|分别占到")
_STATED_WHOLE = re.compile(r"(?:合计|共计|总计|共|三者合计|两者合计)(?:占(?:比)?|为|达到?)?(?:比重)?[^\d,，。；;]{0,6}?$")


def find(ctx) -> list[Relation]:
    relations: list[Relation] = []
    folded = ctx.folded
    index = None
    for sentence in _SENTENCE.finditer(folded):
        text = sentence.group(0)
        if "%" in text and any(word in text for word in ("满意", "合格", "称职", "良好", "一般", "较深", "较好")):
            relations.extend(_categories(ctx.text, folded, sentence.start(), sentence.end()))
        if ":" in text or "∶" in text:
            relations.extend(_structures(ctx.text, folded, sentence.start(), sentence.end()))
        if "分别" in text or "占比" in text or "比重" in text:
            if index is None:
                index = document_quantities(ctx)
            relations.extend(_stated_whole(ctx.text, folded, sentence.start(), sentence.end(), index))
    return relations


def _categories(text: str, folded: str, start: int, end: int) -> list[Relation]:
    groups: list[list[re.Match]] = []
    for m in _CATEGORY.finditer(folded, start, end):
        if groups and m.start() - groups[-1][-1].end() <= 12:
            groups[-1].append(m)
        else:
            groups.append([m])
    relations = []
    for group in groups:
        names = [m.group("cat") for m in group]
        if len(set(names)) < 3 or len(set(names)) != len(names):
            continue
        terms = [(Decimal(m.group("num")), _decimals(m.group("num")), m.start("num"), m.end() ) for m in group]
        complete = any(name in _BOTTOM for name in names)
        if not complete and any(m.group("rate") for m in group):
            continue  # 满意率 may include 基本满意: only a list reaching 不满意率 splits one whole
        span = (group[0].start(), group[-1].end())
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", span, complete, labels=names))
    return relations


def _structures(text: str, folded: str, start: int, end: int) -> list[Relation]:
    relations = []
    for m in _STRUCTURE.finditer(folded, start, end):
        values = [(Decimal(t.group(0)), _decimals(t.group(0)), m.start("ratio") + t.start(), m.start("ratio") + t.end())
                  for t in _RATIO_TERM.finditer(m.group("ratio"))]
        total = sum(v for v, *_ in values)
        span = (m.start("ratio"), m.end("ratio"))
        if not Decimal(90) <= total <= Decimal(110):
            relations.append(Relation(kind=KIND, code=CODE, outcome=Outcome.NOT_CHECKABLE, start=span[0], end=span[1]))
            continue
        relations.append(_judge(text, values, Interval.exact(HUNDRED), "100%", span, complete=True, labels=None))
    return relations


def _stated_whole(text, folded, start, end, index) -> list[Relation]:
    relations = []
    for m in _SPLIT.finditer(folded, start, end):
        percents = [q for q in index.between(m.end(), end) if q.kind == Kind.PERCENT]
        parts, whole = [], None
        for q in percents:
            between = folded[(parts[-1].end if parts else m.end()) : q.start]
            if parts and _STATED_WHOLE.search(between):
                whole = q
                break
            if parts and (len(between) > 12 or re.search(r"[。；;]|增长|下降|提高|降低", between)):
                break
            parts.append(q)
        if whole is None or len(parts) < 2:
            continue
        terms = [(q.value, q.decimals, q.start, q.end) for q in parts]
        whole_iv = Interval.of(whole, scaled=False)
        relations.append(_judge(text, terms, whole_iv, text[whole.start : whole.end], (whole.start, whole.end),
                                complete=True, labels=None, approximate=any(q.approximate for q in parts)))
    return relations


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def _judge(text, terms, whole: Interval, whole_text: str, span, complete: bool, labels, approximate: bool = False):
    ivs = [Interval.written(value, decimals, approximate) for value, decimals, _, _ in terms]
    total_iv = interval_sum(ivs)
    related = [(labels[n] if labels else f"分项{n + 1}", s, e) for n, (_, _, s, e) in enumerate(terms)]
    base = dict(kind=KIND, code=CODE, start=span[0], end=span[1], related=related)
    if total_iv.overlaps(whole):
        return Relation(outcome=Outcome.CONSISTENT, **base)
    if total_iv.high < whole.low and not complete:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    total = sum((value for value, *_ in terms), Decimal(0))
    places = max(decimals for _, decimals, _, _ in terms)
    whole_value = whole.mid
    difference = total - whole_value
    expression = " + ".join(plain(value) for value, *_ in terms)
    slack = sum((iv.width / 2 for iv in ivs), Decimal(0)) + whole.width / 2
    severity = Severity.WARNING if total_iv.distance(whole) <= slack else Severity.ERROR
    message = (
        f"各部分占比之和为 {plain(total, places)}%（{expression}），与整体 {whole_text} 不符，"
        f"{'多出' if difference > 0 else '相差'} {plain(abs(difference), places)}个百分点"
    )
    return Relation(outcome=Outcome.INCONSISTENT, message=message, severity=severity, **base)
