"""Rates of two counts given in the same sentence (DC303), read from the typed clauses.

``全年受理群众诉求1260件，办结1218件，办结率96.7%``: a named rate (办结率, 合格率, 签约率, 开工率,
回复率 ...: a word ending in 率 whose stem is a verb) is the count of the items its stem names (办结
1218件) over the count they were drawn from (受理1260件), both before it in its sentence and of the
same unit. The numerator is the nearest figure whose own words carry the stem (an aside in brackets
between them skipped); the denominator is the only other figure of that unit before the numerator, or
when there is none, the only one between the numerator and the rate (a third one, as in 检查1200家、发现隐患300家、
整改280家, leaves the source in doubt). Rates that ``ratios`` already reads (完成率,
产销率) and rates with any doubt (two candidate denominators, a numerator larger than its source, an
open bound such as 以上) are left not checkable.

A stem may be written as its verb and the head noun of the object (参保 in ``其中参加城乡居民基本养老保险1.84万人``,
``_split_stem``); two complementary parts of one indicator (lexicon ``parts``: 续建项目 and 新开工项目) are never a
numerator and its source.

When no figure carries the stem, two figures of one unit may still be the rate's operands: the second names
the first's noun with a qualifier that shares a character with the stem (``全县共有行政村186个，已通5G的行政村
162个，通达率…``: 162 / 186; ``_qualified_part``).
"""

from __future__ import annotations

import re

from draftcheck.lexicon.words import words
from draftcheck.numbers.clause_model import Role, TypedQuantity
from draftcheck.numbers.formatting import format_percent, message_places
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import quantity_text
from draftcheck.numbers.rate_arithmetic import derived_figure_tolerance, mismatch_severity, ratio
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.share_notation import tenths_quantities
from draftcheck.numbers.statement_spans import spans_holding

RATIO = "DC303"
KIND = "ratio"

# read by ratios.py (completion of a target, output sold) or not a ratio of two counts
_OTHER_RATES = frozenset({"完成", "产销", "失业", "负债", "增长", "利润", "税", "汇", "概", "效", "频", "功", "比", "速", "税收"})
_COUNTED_STEMS = frozenset({"成功"})  # 调解成功率 is a rate of counts, 功率 is not
_OPERAND_REACH = 12  # figures before a rate that may be its operands
_STEM_REACH = 8  # how far before a count its stem may stand


def find(ctx) -> list[Relation]:
    relations: list[Relation] = []
    model = None
    sentences = ctx.segmentation.sentences
    # (the sentences holding 率, found from its occurrences: the test below reads only those)
    for k in spans_holding(ctx.text, [(s.start, s.end) for s in sentences], ("率",)):
        sentence = sentences[k]
        text = sentence.text
        # a named rate of counts needs 率 and a percentage (98.6%, ９８．６％, 百分之九十): only such
        # sentences are typed
        tenths = "率" in text and "成" in text
        if "率" not in text or not ("%" in text or "％" in text or "百分之" in text or tenths):
            continue
        if model is None:
            model = ctx.clause_model
        clauses = model.sentence(sentence)
        typed = [t for clause in clauses for t in clause.quantities]
        if tenths:
            typed = _with_tenths(ctx, sentence, typed)
        for i, rate in enumerate(typed):
            stem = _stem(rate)
            # the operands stand among the few figures before the rate (bounded: lists of thousands), or
            # the source in brackets right after it (参保率97.6%（应参保人数41270人）)
            relation = (
                _check(ctx.text, stem, rate, typed[max(0, i - _OPERAND_REACH) : i], _bracketed_after(ctx.text, rate, typed[i + 1 : i + 4]))
                if stem else None
            )
            if relation is None and stem:
                # the counts after the rate, in brackets or the clauses that follow it, up to the next
                # percentage (办结率96.7%（受理1260件，办结1218件）)
                later = []
                for t in typed[i + 1 : i + 5]:
                    if t.quantity.is_percent or "其中" in ctx.text[rate.quantity.end : t.quantity.start]:
                        break  # 办结率98.6%（其中当场办结842条）: a sub-part of the numerator, no operand
                    later.append(t)
                if later:
                    relation = _check(ctx.text, stem, rate, typed[max(0, i - _OPERAND_REACH) : i] + later)
            if relation is not None:
                relations.append(relation)
    return relations


_RATE_BEFORE_TENTH = re.compile(r"(?P<cue>[\u4e00-\u9fff]{1,4}率)(?:达到?|为|约|近|超过|已达)*$")


def _with_tenths(ctx, sentence, typed: list[TypedQuantity]) -> list[TypedQuantity]:
    """The typed figures with the rates written in tenths (签约率达九成) added in their place."""
    added = []
    for q in tenths_quantities(ctx.folded, sentence.start, sentence.end):
        m = _RATE_BEFORE_TENTH.search(ctx.text, max(sentence.start, q.start - 10), q.start)
        if m is not None:
            added.append(TypedQuantity(q, Role.RATE, None, cue=m.group("cue")))
    return sorted(typed + added, key=lambda t: t.quantity.start) if added else typed


def _stem(rate: TypedQuantity) -> str:
    """办结 for 办结率98.6%; empty when the figure is no named rate of counts."""
    if rate.role is not Role.RATE or not rate.quantity.is_percent or not rate.cue.endswith("率"):
        return ""
    stem = rate.cue[:-1]
    if stem.endswith("完成") and len(stem) >= 4:
        stem = stem[:-2]  # 整改完成率: the count of 整改 items (完成率 of a target alone is ratios.py's)
    stem = stem[-2:] if len(stem) >= 2 else ""
    if not stem or stem in _OTHER_RATES or (stem[-1] in _OTHER_RATES and stem not in _COUNTED_STEMS):
        return ""
    return stem


def _bracketed_after(text: str, rate: TypedQuantity, later: list[TypedQuantity]) -> list[TypedQuantity]:
    """The counts inside the bracket that opens right after the rate (参保率97.6%（应参保人数41270人）)."""
    end = rate.quantity.end
    if text[end : end + 1] not in "（(":
        return []
    close = min((i for i in (text.find("）", end, end + 40), text.find(")", end, end + 40)) if i > 0), default=-1)
    return [t for t in later if t.quantity.end <= close and t.quantity.kind == "amount"] if close > 0 else []


def _check(text: str, stem: str, rate: TypedQuantity, before: list[TypedQuantity], after: list[TypedQuantity] = ()) -> Relation | None:
    """The relation of a named rate to its counts; None when no count carries its stem (失业率,
    覆盖率 ... with no operands in the sentence are not rates of counts the text gives)."""
    q = rate.quantity
    unchecked = Relation(kind=KIND, code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=q.start, end=q.end)
    counts = [t for t in before if t.role in (Role.COUNT, Role.VALUE, Role.PART) and t.quantity.kind == "amount"]
    # 按期办结率: the count of 按期办结 over the count of 办结 (a longer stem names a subset of the shorter)
    long_stem = rate.cue[:-1][-4:]
    numerator = None
    if len(long_stem) > len(stem):
        numerator = next((t for t in reversed(counts) if long_stem in _words_before(text, t)), None)
        if numerator is not None:
            wider = [t for t in counts if t is not numerator and t.quantity.end <= numerator.quantity.start
                     and t.quantity.dimension == numerator.quantity.dimension
                     and stem in _words_before(text, t) and long_stem not in _words_before(text, t)]
            if len(wider) == 1:
                return _rate_relation(text, stem, rate, numerator, wider[0])
    if numerator is None:
        whole_counts = [t for t in counts if t.role is not Role.PART]
        # 抽检803批次，其中合格790批次，合格率…: the one 其中 part ending in the stem is the numerator (the stem
        # right before the count: 失业人员再就业2048人 is no count of 失业), before any figure whose words merely
        # hold the stem (发放满意度问卷1200份，…其中表示满意1081份，满意率…)
        stem_parts = [t for t in counts if t.role is Role.PART and _words_before(text, t).rstrip("了的为达").endswith(stem)]
        # (办结812件，其中当场办结420件，办结率…: a whole count ending in the stem is the numerator, its 其中 part a subset)
        if len(stem_parts) == 1 and not any(_words_before(text, t).rstrip("了的为达").endswith(stem) for t in whole_counts):
            numerator, counts = stem_parts[0], whole_counts + stem_parts
        else:
            numerator = next((t for t in reversed(whole_counts)
                              if stem in _words_before(text, t) and not _names_source(_words_before(text, t), stem)), None)
            counts = whole_counts
    if numerator is None:
        # 户籍人口2.36万人，其中参加城乡居民基本养老保险1.84万人，参保率…: the stem's verb and object written apart
        # (参保 = 参加…保险, 签约 = 签订…协议)
        every = [t for t in before if t.role in (Role.COUNT, Role.VALUE, Role.PART) and t.quantity.kind == "amount"]
        split = [t for t in every if _split_stem(_words_before(text, t, _SPLIT_REACH), stem)]
        if len(split) == 1:
            numerator = split[0]
            counts = [t for t in every if t.role is not Role.PART or t is numerator]
    if numerator is None:
        return _actual_of_due(text, stem, rate, counts) or _qualified_part(text, stem, rate, before)
    if _NEGATED_COUNT.search(_words_before(text, numerator)):
        # 合格率97.8% … 不合格食品106批次 / 核查处置不合格食品106批次，核查处置率100%: a count of what failed is the
        # complement of the rate's count, or the source of a rate of handling it: not the rate's numerator over the whole
        return unchecked
    same_unit = [
        t for t in counts
        if t is not numerator and t.quantity.dimension == numerator.quantity.dimension and t.quantity.end <= numerator.quantity.start
        and (stem not in _words_before(text, t) or _names_source(_words_before(text, t), stem))
    ]
    if not same_unit:
        # the source may follow its part (参保人数46.82万人，户籍人口48.95万人，参保率97.6%)
        same_unit = [
            t for t in counts
            if t is not numerator and t.quantity.dimension == numerator.quantity.dimension
            and t.quantity.start >= numerator.quantity.end
            and (stem not in _words_before(text, t) or _names_source(_words_before(text, t), stem))
        ]
    if not same_unit:
        # the source in brackets after the rate: 参保38415人，参保率97.6%（应参保人数41270人）
        same_unit = [t for t in after if t.quantity.dimension == numerator.quantity.dimension and stem in _words_before(text, t)]
    if not same_unit:
        # a rate over a capacity the rate names before its stem (床位入住率: 入住1126人 / 床位1380张)
        capacity = rate.cue[:-1][: -len(stem)][-2:]
        if len(capacity) == 2:
            same_unit = [t for t in counts if t is not numerator and t.quantity.is_exact_count
                         and t.quantity.end <= rate.quantity.start and capacity in _words_before(text, t)]
    # 续建项目27个，新开工项目15个，开工率…: two complementary parts of one indicator (lexicon ``parts``) are
    # siblings, never one the source of the other
    same_unit = [t for t in same_unit if not _complementary(t, numerator)]
    if len(same_unit) > 1:
        # 承办建议120件、提案45件，建议已办结96件: the source is the one named by the numerator's own noun
        own = _words_before(text, numerator).replace(stem, "\0")
        nouns = {own[i : i + 2] for i in range(len(own) - 1) if "\0" not in own[i : i + 2]
                 and own[i : i + 2] not in _LIGHT_PAIRS}
        named = [t for t in same_unit if any(n in _words_before(text, t) for n in nouns)]
        if len(named) == 1:
            same_unit = named
    if len(same_unit) > 1 and numerator.role is Role.PART:
        # 发放问卷1200份，回收有效问卷1150份，其中表示满意1081份: a 其中 part is of the figure it follows
        right_before = [t for t in before if t.quantity.end <= numerator.quantity.start][-1:]
        if right_before and right_before[0] in same_unit:
            same_unit = right_before
    # one other figure of the unit: the source (受理1260件). Two or more (检查1200家, 发现隐患300家,
    # 整改280家) leave the source in doubt.
    if len(same_unit) != 1:
        return unchecked
    return _rate_relation(text, stem, rate, numerator, same_unit[0])


# A count qualified by a negation (不合格, 未达标, 未办结): what failed, not what the rate counts.
_NEGATED_COUNT = re.compile(r"[不未非](?:合格|达标|符合|到位|办结|通过|完成|落实)")
_SPLIT_REACH = 20
_SPLIT_OPENER = re.compile(r"^(?:其中|全年|累计|共|已|均|新|实际)*")


def _split_stem(words: str, stem: str) -> bool:
    """Whether the count's words spell the rate's two-character stem as a verb and the head noun of its object:
    参加城乡居民基本养老保险 for 参保, 签订入园协议 for 签约 (the verb opening the words, the object ending them)."""
    words = _SPLIT_OPENER.sub("", words.rstrip("了的为达"))
    return (len(stem) == 2 and len(words) >= 4 and stem not in words and words[0] == stem[0]
            and words[-2] == stem[1] and _HAN_NOUN.fullmatch(words[-2:]) is not None)


def _complementary(a: TypedQuantity, b: TypedQuantity) -> bool:
    """Whether the two figures' indicators name different members of one complete split of their family
    (续建项目 and 新开工项目, 内资企业 and 外资企业: lexicon ``indicators.toml`` parts)."""
    ia, ib = a.indicator, b.indicator
    if ia is None or ib is None or ia.family is None or ib.family is None or ia.family.key != ib.family.key:
        return False
    for group in ia.family.parts:
        in_a = [member for member in group if member in ia.name]
        in_b = [member for member in group if member in ib.name]
        if len(in_a) == 1 and len(in_b) == 1 and in_a != in_b and in_a[0] not in ib.name and in_b[0] not in ia.name:
            return True
    return False


def _rate_relation(text: str, stem: str, rate: TypedQuantity, numerator: TypedQuantity, denominator: TypedQuantity) -> Relation:
    q = rate.quantity
    unchecked = Relation(kind=KIND, code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=q.start, end=q.end)
    n, d = numerator.quantity, denominator.quantity
    if n.open_ended or d.open_ended or d.scaled <= 0 or n.scaled > d.scaled:
        return unchecked
    computed = ratio(Interval.of(n), Interval.of(d))
    written = derived_figure_tolerance(Interval.of(q), q)
    stated = Interval(written.low / 100, written.high / 100)
    operands = (numerator, denominator, rate)
    if computed.overlaps(stated):
        return Relation(kind=KIND, code=RATIO, outcome=Outcome.CONSISTENT, start=q.start, end=q.end,
                        operands=operands, computed=computed, stated=stated)
    point = n.scaled / d.scaled
    places = message_places(q.decimals)
    return Relation(
        kind=KIND, code=RATIO, outcome=Outcome.INCONSISTENT, start=q.start, end=q.end,
        message=(
            f"{rate.cue}{text[q.start:q.end]}：按 {quantity_text(n, text)} / {quantity_text(d, text)} "
            f"计算应为 {format_percent(point, places)}%"
        ),
        related=[(f"{stem}数", n.start, n.end), ("总数", d.start, d.end)],
        severity=mismatch_severity(computed, stated, q.half_unit / 100),
        suggestion=f"{format_percent(point, q.decimals)}%",
        operands=operands, computed=computed, stated=stated,
    )


# words between a count's noun and the count that name nothing (全县共有行政村186个, 已通5G的行政村达162个)
_HAN_NOUN = re.compile(r"[\u4e00-\u9fff]{2}")
_TRAILING_LIGHT = re.compile(r"(?:共有|现有|拥有|共计|合计|总数|数量|为|有|达到?|共|已|了)+$")


def _qualified_part(text: str, stem: str, rate: TypedQuantity, before: list[TypedQuantity]) -> Relation | None:
    """A rate over the two counts of one noun before it, the second qualified by what the rate measures:
    ``全县共有行政村186个，已通5G的行政村162个，通达率91.3%`` (162 / 186). The part's words end in the whole's
    noun and its qualifier shares a character with the rate's stem that the whole's words lack (新建学校 beside
    学校 says nothing of 入学率); any other figure with a unit before the rate leaves it unread."""
    if any(rate.cue.endswith(entry.split(":")[0] + "率") for entry in words("rate", "formulas")):
        return None  # 城镇化率, 产销率: a fixed formula names the operands (rate_operands.py)
    counts = [t for t in before if t.quantity.kind == "amount" and t.quantity.unit and t.quantity.high is None
              and t.role in (Role.COUNT, Role.VALUE, Role.PART)]
    if len(counts) != 2:
        return None
    whole, part = counts
    if whole.quantity.unit != part.quantity.unit:
        return None
    whole_words = _TRAILING_LIGHT.sub("", _words_before(text, whole).strip())
    part_words = _TRAILING_LIGHT.sub("", _words_before(text, part).strip())
    noun = whole_words[-2:]
    if not _HAN_NOUN.fullmatch(noun) or not part_words.endswith(noun) or len(part_words) <= len(noun):
        return None
    qualifier = part_words[: -len(noun)]
    if not any(ch in qualifier and ch not in whole_words for ch in stem):
        return None
    return _rate_relation(text, stem, rate, part, whole)


def _actual_of_due(text: str, stem: str, rate: TypedQuantity, counts: list[TypedQuantity]) -> Relation | None:
    """A rate over what was due and what was actually done, the done count named by an actuality word rather than
    the stem: ``应参保人数28640人，实际参加城乡居民医保27912人，参保率…`` (应到 / 实到, 应检 / 实际检测): the one
    count naming the stem as due (``_names_source``, or 应 before the stem's first character: 应到 for 到课率)
    and the one count after it, of its dimension and before the rate, whose words open with 实际/实 (a 新增
    count between them leaves the pair in doubt)."""
    due = [t for t in counts if _names_source(_words_before(text, t), stem) or "应" + stem[0] in _words_before(text, t)]
    if len(due) != 1:
        return None
    source = due[0]
    later = [t for t in counts if t.quantity.start > source.quantity.end and t.quantity.end <= rate.quantity.start
             and t.quantity.dimension == source.quantity.dimension]
    if len(later) != 1 or not _ACTUAL.match(_words_before(text, later[0], _ASIDE_REACH).lstrip()):
        return None
    return _rate_relation(text, stem, rate, later[0], source)


_ACTUAL = re.compile(r"(?:全年|全镇|全县|全区|全市|年内|当年)?(?:实际|实有|实到|实收|实缴|实检|实参|实)")


# the stem qualified as what should be done (应参保人数, 应签约户数, 计划改造): the source of the rate, not its part
_SOURCE_QUALIFIERS = ("应当", "应该", "应", "需要", "需", "计划", "任务", "目标")


def _names_source(words: str, stem: str) -> bool:
    at = words.find(stem)
    return at > 0 and words[:at].endswith(_SOURCE_QUALIFIERS)


def _words_before(text: str, typed: TypedQuantity, reach: int = _STEM_REACH) -> str:
    """The words of the count's own clause right before it, up to ``reach`` characters (已办结 for 已办结812件)."""
    q = typed.quantity
    # an aside in brackets between the words and the count does not count (参保人数（含职工医保）达到46.82万人)
    window = _BRACKETED.sub("", text[max(q.start - reach - _ASIDE_REACH, 0) : q.start])[-reach:]
    cut = max(window.rfind(ch) for ch in "，,；;。：:、")
    return window[cut + 1 :]


_ASIDE_REACH = 24
# two-character pieces of a count's words that name no thing (截至目前已办结: 截至, 目前 ...)
_LIGHT_PAIRS = frozenset({"截至", "目前", "至目", "前已", "目前已", "全年", "累计", "共计", "今年", "年来", "已经", "其中"})
_BRACKETED = re.compile(r"[（(][^（()）]{0,20}[)）]")

