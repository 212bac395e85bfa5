"""Rates whose operands are named by a formula or by a scope, not by the rate's own stem (DC303).

count_rates.py reads a rate whose stem names its numerator (办结1218件 … 办结率). Two more kinds of writing
state both operands without that echo:

- a rate with a fixed formula (lexicon ``rate.formulas``): 产销率/产销比 = what was sold / what was produced
  (``食用菌总产量1.84万吨，销售1.79万吨，产销率达99.3%``), 资产负债率 = liabilities / assets, also on the
  short lines of a key-figure list (``资产总额 283.33亿元`` / ``负债总额 151.04亿元`` / ``资产负债率 48.3%``); ratios
  named without 率 (lexicon ``rate.ratio_nouns``, typed as rates by the clause model): 研发投入强度 = 研发 / 营业收入
  or 生产总值, 亏损面 = 亏损企业 / 企业. The operands are the one figure of each label before the rate (no change,
  base or target), after the last full stop (or, when that leaves one out, the full stop before it in the same
  paragraph) and within 200 characters, of one dimension;
- a whole written as a scope, then one count of its unit and a bare share or rate (lexicon
  ``rate.scope_nouns``): ``全镇23个行政村中已有19个村建成养老服务站，覆盖率达91.3%``,
  ``全区250家规上工业企业中，已实施数字化改造的企业103家，占比58.8%``. The rate must open its clause
  (``研发投入占比`` names another measure), exactly one count of the whole's unit stands between the scope
  and the rate, and it is no larger than the whole.

Not read: a rate with two candidate operands of one label, operands in earlier sentences, a scope
whose 中 begins a word (中心, 中小企业). A figure another finder relates is left to it (``FALLBACK``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from draftcheck.finding import Severity
from draftcheck.lexicon.words import words
from draftcheck.numbers.clause_model import Role, TypedQuantity
from draftcheck.numbers.formatting import format_percent, message_places
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import quantity_text
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance, mismatch_severity, ratio
from draftcheck.numbers.relation import Outcome, Relation

CODE = "DC303"
FALLBACK = True
_NOT_OPERANDS = frozenset({Role.BASE, Role.CHANGE, Role.TARGET})

_REACH = 200  # how far before a formula rate its operands may stand
_SCOPE_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,14}?中(?=[，,]|已|有|共|均)")
_LABEL_CUT = re.compile(r"[，,。；;：:\n、（(）)]")


@lru_cache(maxsize=1)
def _formulas() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """产销 -> ((销售, 销量), (产量, 生产, …)) from ``rate.formulas``."""
    table = {}
    for entry in words("rate", "formulas"):
        stem, operands = entry.split(":")
        numerator, denominator = operands.split("/")
        table[stem] = (tuple(numerator.split(",")), tuple(denominator.split(",")))
    return table


def find(ctx) -> list[Relation]:
    relations: list[Relation] = []
    formulas = _formulas()
    scope_nouns = frozenset(words("rate", "scope_nouns"))
    model = None
    for sentence in ctx.segmentation.sentences:
        text = sentence.text
        if not ("%" in text or "％" in text or "∶" in text or ":" in text or "成" in text or "倍" in text):
            continue
        has_formula = ("率" in text or "比" in text or "强度" in text or "面" in text) and any(stem in text for stem in formulas)
        has_scope = "中" in text and any(noun in text for noun in scope_nouns)
        respective = ("分别" in text or "依次" in text) and _RESPECTIVE.search(text)
        if ("∶" in text or ":" in text) and "比" in text:
            for m in _PAIR_RATIO.finditer(ctx.folded, sentence.start, sentence.end):
                if _aimed(ctx.text, m.start(), sentence.start):
                    continue  # 力争到2027年医护比达到1∶1.5: an aim, not a ratio of the figures stated
                relation = _pair_ratio(ctx, m, sentence.start)
                if relation is not None:
                    relations.append(relation)
        named = ("的" in text) and ("%" in text or "倍" in text or "成" in text)
        if not (has_formula or has_scope or respective or named):
            continue
        if model is None:
            model = ctx.clause_model
        typed = [t for clause in model.sentence(sentence) for t in clause.quantities]
        if respective:
            starts = [t.quantity.start for t in typed]
            for m in _RESPECTIVE.finditer(text):
                at = bisect.bisect_left(starts, sentence.start + m.start())
                near = typed[max(0, at - 12) : at + 12]  # bounded: sentences of thousands of figures
                relations.extend(_respective_shares(ctx.text, sentence.start + m.start(), sentence.start + m.end(), near))
        if named:
            relations.extend(_named_whole_ratios(ctx, sentence, _with_word_shares(ctx, sentence, typed)))
        for i, rate in enumerate(typed):
            if rate.role not in (Role.RATE, Role.SHARE) or not rate.quantity.is_percent:
                continue
            if rate.role is Role.SHARE and rate.quantity.value > 100:
                relation = _share_above_whole(ctx.text, rate)
                if relation is not None:
                    relations.append(relation)
                    continue
            relation = None
            if _aimed(ctx.text, rate.quantity.start, sentence.start):
                continue  # 力争2027年城镇化率达到65%: an aim, not the rate of the figures stated
            if has_formula and rate.cue:
                stem = next((s for s in _stems_longest_first() if rate.cue.endswith((s + "率", s + "比", s))), None)
                lead = ctx.text[max(sentence.start, rate.quantity.start - 12) : rate.quantity.start]
                if stem is not None and "户籍" not in lead:  # 户籍人口城镇化率 has another denominator
                    relation = _formula_rate(ctx, rate, *formulas[stem])
            if relation is None and has_scope and rate.cue in scope_nouns:
                relation = _scoped_rate(ctx.text, rate, typed[max(0, i - 12) : i])
            if relation is not None:
                relations.append(relation)
    return relations


# the shares of the parts just listed, in their order: 分别占床位总数的69.0%和31.0% / 各等次占比依次为…
_RESPECTIVE = re.compile(r"分别占(?:比)?|依次占|(?:占比|比重|比例)(?:分别|依次)为")
_LIST_JOINT = re.compile(r"^[、，,和及与\s]*$")
_OTHER_SCOPE = re.compile(r"全国|全省|全市|全区|全县|全州|全盟")


def _respective_shares(text: str, start: int, end: int, typed: list[TypedQuantity]) -> list[Relation]:
    """Parts c1…cn of one unit listed after their whole W, then 分别占…的 p1…pn: each p is c / W."""
    shares: list[TypedQuantity] = []
    for t in typed:
        q = t.quantity
        if q.start < end:
            continue
        gap = text[(shares[-1].quantity.end if shares else end) : q.start]
        if not q.is_percent or (shares and not _LIST_JOINT.match(gap)) or (not shares and len(gap) > 12):
            break
        shares.append(t)
    if len(shares) < 2:
        return []
    whole_words = text[end : shares[0].quantity.start]
    before = [t for t in typed if t.quantity.end <= start and t.quantity.kind == Kind.AMOUNT and t.quantity.high is None]
    n = len(shares)
    if len(before) < n + 1:
        return []
    parts, whole = before[-n:], before[-n - 1]
    unit = whole.quantity.unit
    if not unit or any(p.quantity.unit != unit or p.role is Role.CHANGE for p in parts) or whole.role is Role.CHANGE:
        return []
    if any(_LIST_JOINT.match(text[a.quantity.end : b.quantity.start]) is None and len(text[a.quantity.end : b.quantity.start]) > 14
           for a, b in zip(parts, parts[1:])):
        return []  # the parts are no one list
    if sum(p.quantity.scaled for p in parts) > whole.quantity.scaled:
        return []  # W is no whole of these parts
    scope = _OTHER_SCOPE.search(whole_words)
    if scope and scope.group() not in _label(text, whole.quantity):
        return []  # 分别占全市的…: a whole the text does not give
    out = []
    for part, share in zip(parts, shares):
        relation = _relation(text, share, part.quantity, whole.quantity, ("部分", "总数"), cue="所占比重")
        if relation is not None:
            out.append(relation)
    return out


# 生师比为1∶13.0 / 车桩比2.3∶1 / 医护比1∶1.2: the two characters before 比 name the two counts
_PAIR_RATIO = re.compile(
    r"(?P<x>[\u4e00-\u9fff])(?P<y>[\u4e00-\u9fff])比(?:例)?(?:为|是|达到?|降至|降到|升至|提高到|约|了)*"
    r"(?P<a>\d{1,4}(?:\.\d{1,3})?)[∶:](?P<b>\d{1,4}(?:\.\d{1,3})?)(?![\d∶:.])"
)


def _pair_ratio(ctx, m: re.Match, floor: int) -> Relation | None:
    """XY比 a∶b against the one count labelled with X and the one labelled with Y before it (one side is 1)."""
    from decimal import Decimal

    a, b = m.group("a"), m.group("b")
    if (a == "1") == (b == "1"):
        return None  # 8.3∶41.4∶50.3 and 2∶3 are no per-one ratios
    written = b if a == "1" else a
    x, y = m.group("x"), m.group("y")
    text = ctx.text
    # (a change, a base or a target of the sentence is no side of the ratio: 男性60人，比上年增加12人)
    model = ctx.clause_model
    counts = [t.quantity for t in model.between(max(floor, m.start() - _REACH), m.start())
              if t.quantity.kind == Kind.AMOUNT and t.quantity.unit and t.quantity.high is None and t.role not in _NOT_OPERANDS]
    xs = [q for q in counts if x in _label(text, q) and y not in _label(text, q)]
    ys = [q for q in counts if y in _label(text, q) and x not in _label(text, q)]
    if len(xs) != 1 or len(ys) != 1 or xs[0].scaled <= 0 or ys[0].scaled <= 0:
        return None
    # X∶Y in the order written: 1∶b is Y / X, a∶1 is X / Y (男女比例为1∶1.06 with more men than women is wrong);
    # a ratio far from one may name the larger count per one either way (生师比1∶13 for 13 pupils a teacher), never
    # a sex ratio (男女比例为1∶2 for 124 men and 62 women is written the wrong way round)
    big, small = (ys[0], xs[0]) if a == "1" else (xs[0], ys[0])
    either_way = {x, y} != {"男", "女"}
    decimals = len(written.split(".")[1]) if "." in written else 0
    stated = Interval.written(Decimal(written), decimals, False)
    start, end = m.start("a"), m.end("b")
    related = [("数量一", xs[0].start, xs[0].end), ("数量二", ys[0].start, ys[0].end)]
    computed = Interval.of(big) / Interval.of(small)
    if not computed.overlaps(stated) and big.scaled < small.scaled and either_way:
        swapped = Interval.of(small) / Interval.of(big)
        if swapped.overlaps(stated) and small.scaled >= 2 * big.scaled:
            computed = swapped
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=CODE, outcome=Outcome.CONSISTENT, start=start, end=end, related=related)
    point = big.scaled / small.scaled
    figure = f"{point:.{max(decimals, 1)}f}"
    corrected = f"1∶{figure}" if a == "1" else f"{figure}∶1"
    if point < 1:
        # the other count is the larger: the order is reversed (男女比例1∶1.06 for 26.8万 men and 25.2万 women)
        figure = f"{1 / point:.{max(decimals, 1)}f}"
        corrected = f"{figure}∶1" if a == "1" else f"1∶{figure}"
        big, small = small, big
    return Relation(
        kind="ratio", code=CODE, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=(f"{text[m.start('x') : m.start('a')].rstrip('为是达到约了')}{text[start:end]}：按 {quantity_text(big, text)} / "
                 f"{quantity_text(small, text)} 计算应为 {corrected}"),
        related=related, severity=mismatch_severity(computed, stated, stated.width / 2), suggestion=corrected,
    )


# A，为/占/是/相当于 W 的 P (比重为P, N倍): W names a figure the paragraph states (应配套资金 ← 县级应配套830万元)
_NAMED_WHOLE = re.compile(
    r"(?P<verb>占|为|是|相当于)(?P<whole>[^，,；;。：:、]{1,16}?)的(?:比重|比例)?(?:为|是|达到?|约|近|仅)*$"
)
_NAMED_REACH = 300  # how far before the ratio its named whole may stand
_SCOPE_WORDS = re.compile(r"^(?:全国|全省|全市|全区|全县|全镇|全园区?|全年|本市|本区|本县|同期|当年|年度)+")
_GENERIC_TAIL = re.compile(r"(?:总额|总量|资金|金额|规模|数量|总数|人数|数)$")
_BASE_WHOLE = re.compile(r"^(?:上年|去年|上年同期|去年同期|同期|(?:19|20)\d{2}年(?:同期)?)$")
_SUBJECT_LIGHT = re.compile(r"^(?:仅|已|均|其中|这一|此|约|共|总共)+|(?:仅|已|约|均)+$")


def _with_word_shares(ctx, sentence, typed: list[TypedQuantity]) -> list[TypedQuantity]:
    from draftcheck.numbers.share_notation import tenths_quantities

    if "成" not in sentence.text:
        return typed
    added = [TypedQuantity(q, Role.SHARE, None) for q in tenths_quantities(ctx.folded, sentence.start, sentence.end)]
    return sorted(typed + added, key=lambda t: t.quantity.start) if added else typed


def _named_whole_ratios(ctx, sentence, typed: list[TypedQuantity]) -> list[Relation]:
    text = ctx.text
    out = []
    paragraph = ctx.segmentation.paragraph_at(sentence.start)
    paragraph_start = paragraph.start if paragraph is not None else sentence.start
    for i, rate in enumerate(typed):
        q = rate.quantity
        if not (q.is_percent or q.kind == Kind.MULTIPLE) or q.open_ended:
            continue
        clause_start = max(text.rfind(ch, sentence.start, q.start) for ch in "，,；;：:") + 1
        clause_start = max(clause_start, sentence.start)
        m = _NAMED_WHOLE.search(text, clause_start, q.start)
        if m is None or m.end() != q.start:
            continue
        whole_name = _SCOPE_WORDS.sub("", m.group("whole"))
        floor = max(paragraph_start, q.start - _NAMED_REACH)  # bounded: paragraphs of thousands of figures
        bases = {t.quantity.start for t in typed[max(0, i - 12) : i] if t.role in (Role.BASE, Role.CHANGE, Role.TARGET)}
        figures = [f for f in document_quantities(ctx).between(floor, q.start)
                   if f.kind == Kind.AMOUNT and f.unit and f.high is None]
        inline = [f for f in figures if f.start >= m.start("whole")]
        before_verb = [f for f in figures if f.end <= m.start()]
        # the part: a figure in the clause before the verb, else the figure the subject names, else the
        # figure of the clause before (全年争取资金4.6亿元，是上年的2.5倍)
        subject = _SUBJECT_LIGHT.sub("", text[clause_start : m.start()].strip())
        in_clause = [f for f in before_verb if f.start >= clause_start and f not in inline]
        if in_clause:
            part = in_clause[-1]
        elif subject:
            named = [f for f in before_verb if f not in inline and _names(text, f, subject)]
            if len(named) != 1:
                continue
            part = named[0]
        else:
            previous = [f for f in before_verb if f not in inline and f.start >= sentence.start and f.start not in bases]
            if not previous:
                continue
            part = previous[-1]
        if len(inline) == 1:
            whole = inline[0]
        elif inline:
            continue
        elif _BASE_WHOLE.match(m.group("whole")):
            typed_bases = [t.quantity for t in typed[max(0, i - 12) : i] if t.role is Role.BASE and t.quantity.dimension == part.dimension
                           and t.quantity is not part]
            if len(typed_bases) != 1:
                continue
            whole = typed_bases[0]
        else:
            if len(whole_name) < 2:
                continue  # 占全市的12%: a whole the text does not give
            named = [f for f in figures if f is not part and _names(text, f, whole_name)]
            if len(named) != 1:
                continue
            whole = named[0]
        if whole is part or whole.unit != part.unit or whole.dimension != part.dimension or whole.scaled <= 0:
            continue
        if m.group("verb") == "占" and part.scaled > whole.scaled:
            continue
        if q.kind == Kind.MULTIPLE:
            relation = _multiple_relation(text, rate, part, whole)
        else:
            relation = _relation(text, rate, part, whole, ("部分", "整体"), cue=m.group(0)[:24])
        if relation is not None:
            out.append(relation)
    return out


def _names(text: str, figure: Quantity, name: str) -> bool:
    """Whether the words before ``figure`` name ``name`` (县级应配套 names 应配套资金; 年度计划为 names 计划)."""
    label = re.sub(r"(?:为|是|达到?|共|约|了|的|实现|完成)+$", "", _label(text, figure))
    key = _GENERIC_TAIL.sub("", name)
    if len(key) < 3:
        key = name  # 销售总额 stays whole: 销售 alone would name every 销售额
    if len(key) < 2 or not label:
        return False
    return key in label  # (never the reverse: 到位资金 does not name 总到位资金)


def _multiple_relation(text: str, rate: TypedQuantity, part: Quantity, whole: Quantity) -> Relation | None:
    q = rate.quantity
    computed = Interval.of(part) / Interval.of(whole)
    stated = derived_figure_tolerance(Interval.of(q), q)
    related = [("数值", part.start, part.end), ("基数", whole.start, whole.end)]
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=CODE, outcome=Outcome.CONSISTENT, start=q.start, end=q.end, related=related)
    point = part.scaled / whole.scaled
    figure = f"{point:.{max(q.decimals, 1)}f}倍"
    return Relation(
        kind="ratio", code=CODE, outcome=Outcome.INCONSISTENT, start=q.start, end=q.end,
        message=f"{text[q.start:q.end]}：按 {quantity_text(part, text)} / {quantity_text(whole, text)} 计算应为 {figure}",
        related=related, severity=mismatch_severity(computed, stated, q.half_unit), suggestion=figure,
    )


# a share of a target, a plan or an earlier period may exceed 100%: 占年度计划的105%
_MAY_EXCEED = re.compile(r"计划|任务|目标|预算|上年|去年|同期|基期|标准|定额|承诺|年度|年初")


def _share_above_whole(text: str, rate: TypedQuantity) -> Relation | None:
    """占全省规上工业的305%: a part cannot be more than its whole (the share's own words say it is a share)."""
    q = rate.quantity
    cue = rate.cue
    if not (cue.startswith("占") or cue.endswith(("占比", "比重"))) or _MAY_EXCEED.search(cue) or q.high is not None:
        return None
    if q.open_ended or q.value - q.half_unit <= 100:
        return None
    return Relation(
        kind="ratio", code=CODE, outcome=Outcome.INCONSISTENT, start=q.start, end=q.end,
        message=f"{cue}{text[q.start:q.end]}：部分占整体的比重不可能超过100%，请核对数字（可能多打或错位了一位）",
        severity=Severity.ERROR,
    )


_AIMS = tuple(words("target", "aims"))


def _aimed(text: str, at: int, floor: int) -> bool:
    """Whether the clause before ``at`` states an aim (lexicon ``target.aims``: 力争, 确保, 预计 …)."""
    clause = text[max(floor, at - 30) : at]
    clause = clause[max(clause.rfind(mark) for mark in "，,；;：:。") + 1 :]
    return any(aim in clause for aim in _AIMS)


def _label(text: str, q: Quantity) -> str:
    window = text[max(0, q.start - 14) : q.start]
    cuts = [m.end() for m in _LABEL_CUT.finditer(window)]
    return window[cuts[-1] :] if cuts else window


@lru_cache(maxsize=1)
def _stems_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_formulas(), key=len, reverse=True))


def _formula_rate(ctx, rate: TypedQuantity, numerator_words, denominator_words) -> Relation | None:
    text = ctx.text
    q = rate.quantity
    reach = max(0, q.start - _REACH)
    full_stop = max(reach, text.rfind("。", reach, q.start) + 1)
    # the sentence before, when it stands in the same paragraph (实现工业总产值45.8亿元。实现工业销售产值44.0亿元，
    # 产销率96.1%): read only when the rate's own sentence leaves an operand out
    earlier = max(reach, text.rfind("。", reach, max(reach, full_stop - 1)) + 1) if full_stop > reach else full_stop
    if "\n" in text[earlier:q.start]:  # (a heading or another paragraph between: 二、项目建设)
        earlier = full_stop
    model = ctx.clause_model
    # the operands in the rate's own item of a ；-list, else anywhere in its sentence (总产值A，增长X%；销售产值B，
    # 增长Y%；产品销售率Z%: each figure in an item of its own), else from the sentence before
    for floor in dict.fromkeys((max(full_stop, text.rfind("；", reach, q.start) + 1), full_stop, earlier)):
        figures = [f for f in document_quantities(ctx).between(floor, q.start) if f.kind == Kind.AMOUNT and f.unit and f.high is None]
        numerators, denominators = [], []
        for f in figures:
            typed = model.typed(f)
            if typed is not None and typed.role in _NOT_OPERANDS:
                continue  # 比上年增加3.2亿元 / 上年同期B: a change or a base is no operand
            label = _label(text, f)
            if "每" in label or "均" in label:
                continue  # 每百元营业收入中的成本为85.16元 / 人均: a figure per unit is no total of a formula
            if any(w in label for w in numerator_words):
                numerators.append(f)
            elif any(w in label for w in denominator_words):
                denominators.append(f)
        if len(numerators) == 1 and len(denominators) == 1:
            break
    else:
        return None
    n, d = numerators[0], denominators[0]
    if n.dimension != d.dimension:
        return None
    return _relation(text, rate, n, d, ("分子", "分母"))


def _scoped_rate(text: str, rate: TypedQuantity, before: list[TypedQuantity]) -> Relation | None:
    q = rate.quantity
    clause_start = max(text.rfind(ch, 0, q.start) for ch in "，,；;：:。")
    if text[clause_start + 1 : q.start].find(rate.cue) != 0:
        return None  # 研发投入占比: the share of another measure
    wholes = [t for t in before if t.quantity.kind == Kind.AMOUNT and t.quantity.is_exact_count
              and _SCOPE_AFTER.match(text, t.quantity.end)]
    if len(wholes) != 1:
        return None
    whole = wholes[0]
    parts = [t for t in before if t.quantity.start > whole.quantity.end and t.quantity.unit == whole.quantity.unit
             and t.role is not Role.CHANGE]
    if len(parts) != 1 or parts[0].quantity.scaled > whole.quantity.scaled:
        return None
    return _relation(text, rate, parts[0].quantity, whole.quantity, ("部分", "总数"))


def _relation(text: str, rate: TypedQuantity, n: Quantity, d: Quantity, names: tuple[str, str], cue: str | None = None) -> Relation | None:
    q = rate.quantity
    if n.open_ended or d.open_ended or d.scaled <= 0 or n.scaled <= 0:
        return None
    computed = ratio(Interval.of(n), Interval.of(d))
    written = derived_figure_tolerance(Interval.of(q), q)
    stated = Interval(written.low / 100, written.high / 100)
    related = [(names[0], n.start, n.end), (names[1], d.start, d.end)]
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=CODE, outcome=Outcome.CONSISTENT, start=q.start, end=q.end,
                        related=related, computed=computed, stated=stated)
    point = n.scaled / d.scaled
    return Relation(
        kind="ratio", code=CODE, outcome=Outcome.INCONSISTENT, start=q.start, end=q.end,
        message=(
            f"{rate.cue if cue is None else cue}{text[q.start:q.end]}：按 {quantity_text(n, text)} / {quantity_text(d, text)} "
            f"计算应为 {format_percent(point, message_places(q.decimals))}%"
        ),
        related=related,
        severity=mismatch_severity(computed, stated, q.half_unit / 100),
        suggestion=f"{format_percent(point, q.decimals)}%",
        computed=computed, stated=stated,
    )
