"""Shares, completion rates and ratios tied to their two values (DC303).

A stated percentage is checked only when the same statement (``statement_spans.statements``: up to 。！？ or a line)
names both of its operands and ties them to it:

- completion of a target: ``完成年度任务(95亿元)的32%`` / ``完成全年任务的(95亿元)32%`` /
  ``占年计划50亿元的64%`` / ``全年目标任务50亿元……完成32亿元，完成年度任务的64%`` /
  ``年度计划投资50亿元，完成投资48亿元，完成率96%``;
- a share of a whole: ``W，其中A，占比X%`` / ``其中A，占W的标签的X%`` / ``A，占进出口总额100亿元的60%`` /
  ``A，占W标签（W）的比重为X%`` / ``在W中，A，占比X%`` / ``以W为基数，A，占比X%`` / ``W，其中税收A，税收占比X%``
  (a subject before 占比 must be the part's own);
  or with the whole stated after the share (``A，占W标签的X%；W标签为W``), a name matching in its long or short spelling
  (lexicon ``names.short_forms``: 规上 = 规模以上); or, for a share naming its subject and its whole with no figure of
  its own (``出口占进出口总额的比重为X%``), their figures in earlier statements of the paragraph;
- colon ratios: ``进口A，出口B，进出口比为1:x`` / ``X与Y之比为1:x``; a pair's ratio as one figure
  (``城乡居民收入比缩小至1.67`` = 城镇 / 农村, ``城乡收入倍差``), its sides from the statement before when its own
  names neither;

Averages (人均, 每千人口, 亩均, 年均, 户均 …) are read on the typed clauses by ``named_averages.py``; ratios of a
fixed formula (产销率/产销比, 研发投入强度, 亏损面, 资产负债率) by ``rate_operands.py`` (lexicon ``rate.formulas``).

Every percentage found ends consistent, inconsistent or not checkable (target or whole not stated,
ambiguous candidates, a 其中 list in between, a whole named elsewhere such as 占全国的).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from decimal import Decimal
from draftcheck.finding import Severity
from draftcheck.lexicon.categories import together_alternation
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.formatting import format_number, format_percent, message_places
from draftcheck.numbers.interval import Interval
from draftcheck.numbers.masked_sentence import (
    LABEL_CHARS,
    Q,
    MaskedSentence,
    gap,
    mask_sentence,
    number_text,
    quantity_text,
    same_dimension,
)
from draftcheck.numbers.clause_model import Role
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.numbers.rate_arithmetic import (
    derived_figure_tolerance,
    mismatch_severity,
)
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.share_notation import fraction_as_percent, tenths_quantities
from draftcheck.numbers.statement_spans import quantities_in, spans_holding, statements

RATIO = "DC303"

# Statements come from the shared segmentation (draftcheck.numbers.statement_spans): up to 。！？ or a line
# break, except a break right after ；or ，(a list item continued on the next line, as in pasted reports).
_CLAUSE_END = re.compile(r"[，,；;：:]")

_SCOPE = "(?:本年度|全年度|本年|全年|年度|年|上半年|一季度|前三季度|阶段|当年)?"
_GOAL = f"(?:{alternation(('target', 'words'), ('target', 'budgets'))})"  # 为年度预算的103.5%: a budget is a target
_FILLER = "(?:投资|进度|数|额|总额|量)?"

# 完成年度任务(95亿元)的32% / 完成全年任务的(95亿元)32% / 占年计划50亿元的64%
_GOAL_INLINE = re.compile(
    rf"(?P<kw>完成|占|达到?|为){gap(8)}?{_GOAL}{_FILLER}的?(?:[（(](?P<t1>{Q})[)）]的?|(?P<t2>{Q})的)(?P<pct>{Q})"
)
# 完成年度任务的64% / 占全年目标的64% / 完成率96% (target stated elsewhere in the statement)
_GOAL_SHARE = re.compile(
    rf"(?:(?P<kw>完成|占|达到?|为){_SCOPE}{_GOAL}{_FILLER}的?|(?P<rate>{alternation(('target', 'completion_rates'))})(?:为|是|达到?)?"
    # 任务753户，已竣工505户，完成77%: a bare 完成 opening its clause, the target stated before
    rf"|(?:(?<=[，,；;])|^)\s*(?:已|共|累计)?完成了?)(?:约|近)?(?P<pct>{Q})"
)
# 完成上半年目标的88% / 一季度完成率: a rate against the target of a part of the year
_SUB_PERIOD = re.compile(r"上半年|下半年|[一二三四]季度|前三季度|半年|阶段")


def _target_of_period(ms: MaskedSentence, target: Quantity, period: str) -> bool:
    """Whether the target's own words name the period (上半年目标22亿元 for 完成上半年目标的88%)."""
    offset = target.start - ms.start
    return period in ms.text[_clause_start(ms, offset, 0) : offset]


# 力争全年完成率达到95%以上 / 确保完成年度任务的100%: the aim of the clause, not a result (lexicon target.aims)
_AIMS = words("target", "aims")
# 时序进度65.0% after what was done and its plan is a completion rate; after 高于/落后 it is the time elapsed
_TIME_PROGRESS = frozenset(words("target", "time_progress"))
_AHEAD_OR_BEHIND = words("target", "ahead_of_time") + words("target", "behind_time")
# 超年度计划28% / 超出全年目标（40亿元）12.5% / 超年度计划50亿元16.6% / 超出目标6.6个百分点: the excess over
# the target
_GOAL_EXCESS = re.compile(
    rf"(?<!超额完成)(?P<kw>超出|超过|超){_SCOPE}{_GOAL}{_FILLER}(?:[（(](?P<t1>{Q})[)）]|(?P<t2>{Q}))?(?P<pct>{Q})"
)
# 年度目标任务15亿元，…已完成16.2亿元，超额完成8%: the excess over the statement's one target, no target named after it
_BARE_EXCESS = re.compile(rf"超额完成了?(?:约|近)?(?P<pct>{Q})")
# 计划全年超额完成12% / 将超额完成: a plan, not what was done
_PLANNED = re.compile(r"(?:计划|将|要)(?:在|于)?(?:全年|年内|年底前?|今年)?$")
# 年度目标任务50亿元 / 全年计划投资19亿元 / 年计划为50亿元
_GOAL_VALUE = re.compile(
    r"(?:本年度|全年度|本年|今年|全年|年度|年)(?:目标任务|任务目标|计划任务|目标|任务|计划|预算)"
    rf"(?:(?:完成)?(?:投资|总投资|投资额|产值|总产值|销售收入|收入|总额|金额|额|数|量|规模){{0,2}}|{gap(8)}?)"
    rf"(?:为|是|确定为|下达|定为)?(?:约|近)?(?P<t>{Q})"
)
# A target opening its clause without a year word: 计划投资20亿元，完成18.6亿元 / 省下达目标8.5亿元
# (计划总投资 is a project's total, not a target for the period).
_GOAL_VALUE_BARE = re.compile(
    r"(?:(?<=[，,；;：:])|^)\s*(?:[省市县区上级]{1,2}下达的?)?(?:目标任务|任务目标|计划任务|目标|任务|计划)(?!总)"
    rf"(?P<what>{gap(8)}?)(?:为|是|确定为|定为)?(?:约|近)?(?P<t>{Q})"
)

# A target after the label it sets (镇级财政收入任务为3.2亿元) or a budget (预算安排28.5亿元, 调整预算为…)
_GOAL_VALUE_LABELLED = re.compile(
    rf"(?:(?<=[，,；;：:])|^)\s*(?P<what>{gap(12)}?)(?:(?:目标任务|任务|目标)(?:数)?(?:为|是|确定为|定为)|预算(?:安排|数)(?:为)?|调整预算(?:为)?"
    # 农村危房改造任务753户: the task's figure right after it (never after 完成/超额: 超额完成任务12亿元)
    # 年初确定新开工项目目标30个: a bare 目标 too (never after 实现/超/完成: 实现目标3个 is a count done)
    r"|(?<!完成)(?<!超额)(?:目标任务|任务)|(?<!完成)(?<!实现)(?<!超)(?<!达到)(?<!达成)目标)"
    rf"(?:约|近)?(?P<t>{Q})"
)

# Any target-like figure (年度计划新开工项目投资12亿元): two of them make the target ambiguous.
_GOAL_MENTION = re.compile(rf"(?:本年度|全年度|本年|今年|全年|年度|年){_GOAL}{gap(12)}(?P<t>{Q})")

# A，占W标签的X% / A，占W标签（W）的比重X% / A，占比X% / A，同比增长Y%，占比X%
_SHARE = re.compile(
    rf"(?P<a>{Q}){gap(2)}(?:[，,]\s*(?:同比|比上年|较上年)?(?:增长|下降|增加|减少)了?{Q})?[，,]?\s*"
    rf"(?P<subject>{gap(10)}?)(?:(?P<ratio>占比|所占比重|(?<![\u4e00-\u9fff])比重)|占(?P<named>{gap(14)}?)(?:(?P<w>{Q})|[（(](?P<wb>{Q})[)）])?的?(?:比重|比例)?)"
    rf"(?:为|达到?|是)?(?:约|近|接近|将近|超过|超|逾|不足|不到)?(?P<pct>{Q})"
)

# A，为W标签W的X% / A，相当于W的X%: the part stated as a percentage of a whole written out in the clause
# A，在W中占比X%: the whole written out in a 在…中 frame right before the share
_SET_WHOLE = re.compile(r"总投资|计划投资|预算|概算")
_AS_SHARE_OF = re.compile(
    rf"(?P<a>{Q}){gap(2)}[，,]\s*(?:(?:为|相当于|是)(?P<named>{gap(14)}?)(?P<w>{Q})的"
    rf"|在{gap(16)}(?P<w2>{Q})(?:中|之中|当中)(?:的)?(?:占比|比重|所占比重|所占比例|占)(?:为|达到?|是)?)(?:约|近)?(?P<pct>{Q})"
)

# 在规上工业总产值215.6亿元中，新能源产业产值82.4亿元，占比38.2%: the whole introduced first.
# 以全镇耕地面积3.2万亩为基数，高标准农田2.4万亩，占比75%: the whole named as the base of the shares
_WHOLE_WITH_ZAI = re.compile(
    rf"(?:在{gap(16)}(?P<w>{Q})(?:的构成)?(?:中|之中|当中)|以{gap(16)}(?P<wb>{Q})为(?:基数|基础|分母|总数))[，,]"
)

# 进出口比为1:2.3 / 进口额与出口额之比为1:2.1: a ratio written with a colon, one side 1.
# (城乡居民收入, 城乡居民人均收入, 城乡居民人均可支配收入, 城乡收入: one pair, 城镇 against 农村)
_URBAN_RURAL = ("城镇", "农村")
_COLON_PAIRS = {"进出口": ("进口", "出口"), "投入产出": ("投入", "产出")}
_COLON_RATIO = re.compile(
    rf"(?:(?P<pair>进出口|投入产出|城乡(?:居民)?(?:人均)?(?:可支配)?收入)(?:之)?(?:比值?|倍差)|(?P<a>{LABEL_CHARS}{{2,8}}?)(?:与|和|同)(?P<b>{LABEL_CHARS}{{2,8}}?)(?:之比|的比例|的比值|比例|比值))"
    rf"(?:为|是|约为|达到?|达|(?:缩小|下降|降低|扩大|调整)(?:到|至|为)|降至|降到)?(?P<l>{Q})(?:[:∶](?P<r>{Q}))?"
)
# 城乡居民收入比缩小至1.67 / 城乡收入倍差为2.1: a pair's ratio written as one bare number stands for x : 1

_MEASURE_NOUN = re.compile(r"产值|收入|投资|总额|总量|总数|人数|企业|税收|销售|出口|进口|营收|利润|面积|用地|贷款|存款|支出|规模|电量|产量")
_SCOPE_ONLY = ("全国", "全省", "全市", "全区", "全县", "全镇", "全园", "园区", "本市", "本区", "本县")
# A value labelled as last year's (去年同期72.38亿元) is a base, never the part completed.
_EXCESS_BEFORE = re.compile(rf"(?:{alternation(('target', 'excess'))})[^，,；;。\ue000]{{0,8}}$")
# 缺口726人 / 结余3.5亿元 / 顺差9.5亿元 / 还差7.4亿元: the gap between two figures, never a part or a completed value
_GAP_BEFORE = re.compile(
    rf"(?:{alternation(('difference', 'gap_nouns'), ('target', 'shortfall'))})[^，,。；;\ue000-\ue003]{{0,4}}$"
)
# A subject naming several parts together (两大产业合计, 二者合计, 三项合占): its share is of their sum.
_JOINT_SUBJECT = re.compile(r"合计|共计|合占|合共|加起来|[两二三四五六七八九十]者|[两二三四五六七八九十](?:大|个|项|类|家)")
_GENERIC_WHOLE = ("总量", "总数", "总额", "总体", "全部", "总", "合计", "")


def find(ctx) -> list[Relation]:
    """Ratio relations of every statement of the shared segmentation (``statement_spans.statements``)."""
    spans = statements(ctx)
    relations: list[Relation] = []
    previous = None  # the statement before, in the same paragraph, masked only when it is needed
    # (the statements holding 成 or 分之, found from the words' occurrences rather than a slice of each statement)
    with_tenths = set(spans_holding(ctx.folded, spans, ("成",)))
    with_fractions = set(spans_holding(ctx.folded, spans, ("分之",)))
    paragraph_from = 0  # where the paragraph of the statement opens (its first statement's start)
    opens_paragraph = True
    for k, ((start, end, same_paragraph), inside) in enumerate(zip(spans, quantities_in(document_quantities(ctx), spans))):
        if opens_paragraph:
            paragraph_from = start
        opens_paragraph = not same_paragraph
        if k in with_tenths:
            # 占比近六成 / 占三成: shares in tenths are percentages too (draftcheck.numbers.share_notation)
            tenths = tenths_quantities(ctx.folded, start, end)
            if tenths:
                inside = sorted(inside + tenths, key=lambda q: (q.start, q.end))
        if k in with_fractions:
            # 比重超过三分之一: a share written as a fraction is a percentage of the same whole
            inside = [fraction_as_percent(q) if q.kind == Kind.FRACTION else q for q in inside]
        if not inside:
            previous = None
            continue
        # every ratio needs a stated percentage, a colon ratio, 人均 or 每千人口; other statements are
        # only kept as the previous one (产销率 may take its 总产值 from there)
        # (or points after 超: 超出年度目标16.6个百分点)
        wanted = (
            any(q.unit == "%" for q in inside)
            or _OTHER_RATIO_HINT.search(ctx.folded, start, end)
            or any(q.unit in _POINTS for q in inside) and ctx.folded.find("超", start, end) >= 0
        )
        if wanted and (len(inside) >= 2 or previous is not None):
            if isinstance(previous, tuple):
                previous = _masked(ctx, *previous)
            ms = _masked(ctx, start, end, inside)
            found = _statement_relations(ms, ctx.text, previous)
            relations.extend(found)
            if start > paragraph_from and "占" in ms.masked and _NAMED_SHARE_GATE.search(ms.masked):
                related = {r.end for r in found}
                relations.extend(_named_shares_after_figures(ctx, ms, paragraph_from, related))
            previous = ms if same_paragraph else None
        else:
            previous = (start, end, inside) if same_paragraph else None
    return relations


_OTHER_RATIO_HINT = re.compile(r"[:∶]|比值?为|倍差|收入比")
# a colon, or a pair's ratio written as one figure (城乡居民收入比缩小至1.67, 进出口比为…)
_RATIO_MARKS = (":", "∶", "收入比", "收入之比", "倍差", "出口比", "出口之比", "产出比")


def _masked(ctx, start: int, end: int, inside: list[Quantity]) -> MaskedSentence:
    """The statement masked for the patterns below, with the role of each figure from the typed clauses
    (``ctx.clause_model``): bases and changes are never operands."""
    ms = mask_sentence(ctx.folded, start, end, inside)
    typed = {t.quantity.start: t for t in ctx.clause_model.between(start, end)}
    ms.memo["typed"] = typed
    ms.memo["roles"] = {at: t.role for at, t in typed.items()}
    return ms
# how far (characters) around a figure its operands are sought: a statement of thousands of figures is a
# list, not one ratio, and must not make every figure scan all the others
_REACH = 400


def _statement_relations(ms: MaskedSentence, text: str, previous: MaskedSentence | None = None) -> list[Relation]:
    relations: list[Relation] = []
    seen: set[int] = set()  # percentages already related

    def add(relation: Relation | None, pct: Quantity) -> None:
        if relation is not None and pct.start not in seen:
            seen.add(pct.start)
            relations.append(relation)

    for m in _GOAL_INLINE.finditer(ms.masked):
        pct = _percent(ms, m, "pct")
        target = ms.quantity_at(m.start("t1") if m.group("t1") else m.start("t2"))
        if pct is None or target is None:
            continue
        part = _preceding(ms, m.start(), target)
        # (the target is this rate's: a later 完成全年任务的X% of another measure does not take it)
        ms.memo.setdefault("inline_targets", {})[target.start] = pct.start
        if m.group("kw") == "完成" and ms.masked[max(0, m.start() - 2) : m.start()] == "超额" and pct.unit == "%" and pct.value < 100:
            # 超额完成年初预算（2.2亿元）7.3%: the excess over the target (a completion rate is never below 100% here)
            add(_ratio_relation(ms, text, part, target, pct, ms.doc(m.start("kw")) - 2, "完成值", "目标值", excess=True, set_whole=True), pct)
            continue
        add(_goal_relation(ms, text, part, target, pct, ms.doc(m.start("pct"))), pct)
    for m in _GOAL_SHARE.finditer(ms.masked):
        pct = _percent(ms, m, "pct")
        if pct is None or pct.start in seen:
            continue
        clause_before = ms.text[_clause_start(ms, m.start(), 0) : m.start()]
        if any(aim in clause_before for aim in _AIMS):
            continue  # 力争全年完成率达到95%以上: an aim, not the rate achieved
        if m.group("rate") in _TIME_PROGRESS and clause_before.rstrip().endswith(_AHEAD_OR_BEHIND):
            continue  # 完成年度计划的78.7%，高于时序进度75%: the time elapsed, not what was done (time_progress.py)
        bracket = _bracket_operands(ms, pct)
        target = bracket[1] if bracket else _stated_goal(ms, m.start())
        period = _SUB_PERIOD.search(m.group())
        if period is not None and not bracket and target is not None and not _target_of_period(ms, target, period.group()):
            target = None  # 全年计划投资50亿元，…完成上半年目标的88%: the rate of another period's target
        part = bracket[0] if bracket and bracket[0] is not None else (
            _preceding(ms, m.start(), target) if target is not None else None
        )
        if target is None and m.group("rate") and previous is not None and not _OWN_BASE.search(ms.text, 0, m.start()):
            # 年初确定新开工项目目标30个。…实际新开工项目24个，完成率80%: the target set in the statement before
            target = _stated_goal(previous, len(previous.masked))
            part = _preceding(ms, m.start(), target) if target is not None else None
            if part is not None and not _same_indicator(previous, target, ms, part):
                part = None
        span_start = ms.doc(m.start("rate")) if m.group("rate") else pct.start
        add(_goal_relation(ms, text, part, target, pct, span_start), pct)
    for m in _GOAL_EXCESS.finditer(ms.masked):
        pct = _percent(ms, m, "pct", points=True)
        if pct is None or pct.start in seen:
            continue
        given = m.group("t1") or m.group("t2")  # 超出全年目标（40亿元）12.5% / 超年度计划50亿元16.6%
        target = ms.quantity_at(m.start("t1") if m.group("t1") else m.start("t2")) if given else _stated_goal(ms, m.start())
        part = _preceding(ms, m.start(), target) if target is not None else None
        add(_ratio_relation(ms, text, part, target, pct, ms.doc(m.start("kw")), "完成值", "目标值", excess=True, set_whole=True), pct)
    for m in _BARE_EXCESS.finditer(ms.masked) if "超额完成" in ms.masked else ():
        pct = _percent(ms, m, "pct", points=True)
        if pct is None or pct.start in seen:
            continue
        clause_before = ms.text[_clause_start(ms, m.start(), 0) : m.start()]
        if any(aim in clause_before for aim in _AIMS) or _PLANNED.search(clause_before.rstrip()):
            continue  # 计划超额完成12% / 力争超额完成: an aim, not what was done
        target = _stated_goal(ms, m.start())
        part = _preceding(ms, m.start(), target) if target is not None else None
        add(_ratio_relation(ms, text, part, target, pct, ms.doc(m.start()), "完成值", "目标值", excess=True, set_whole=True), pct)
    for m in _AS_SHARE_OF.finditer(ms.masked):
        pct = _percent(ms, m, "pct")
        part, whole = ms.quantity_at(m.start("a")), ms.quantity_at(m.start("w") if m.group("w") else m.start("w2"))
        if pct is None or part is None or whole is None or part.unit == "%" or pct.start in seen:
            continue
        if _is_base_or_change(ms, part) or _is_base_or_change(ms, whole):
            continue
        add(_ratio_relation(ms, text, part, whole, pct, pct.start, "部分", "总体"), pct)
    for m in _SHARE.finditer(ms.masked):
        pct = _percent(ms, m, "pct")
        part = ms.quantity_at(m.start("a"))
        if pct is None or part is None or part.unit == "%" or pct.start in seen:
            continue
        approximately = _APPROXIMATE_SUBJECT.search(m.group("subject") or "")
        if approximately and not pct.qualifier:
            # 约占60% / 将近占: the share is stated as approximate, like 占约60%
            pct = dataclasses.replace(pct, qualifier=approximately.group(), approximate=True)
        # (贸易顺差18亿元，一般贸易出口占比…: a gap between two figures is the part of no share)
        if _is_gap(ms, part) or not _subject_is_part(ms, m, part):
            # 研发经费投入12.6亿元，营业收入356.8亿元，研发投入占营业收入的比重4.2%: both operands named by their labels
            pair = _named_operands(ms, m)
            if pair is not None:
                add(_ratio_relation(ms, text, *pair, pct, pct.start, "部分", "总体"), pct)
            elif m.group("ratio") and (own := _subject_member(ms, m)) is not None:
                # 进出口总额86亿元，其中出口52亿元、进口34亿元，贸易顺差18亿元，出口占比65.5%: the subject's own member of
                # the 其中 list over the whole the list belongs to
                whole = _whole_before_qizhong(ms, own.start - ms.start, own, None)
                if whole is not None:
                    add(_ratio_relation(ms, text, own, whole, pct, ms.doc(m.start("ratio")), "部分", "总体"), pct)
            continue  # 出口18.2亿元，进口占比40%: the share of another subject
        if _JOINT_SUBJECT.search(m.group("subject") or ""):
            continue  # …186.4亿元、…143.7亿元，两大产业合计占比64.4%: the share of the parts together, not of the last
        if m.group("w") or m.group("wb"):
            # 占全区地区生产总值（486.7亿元）的比重: the whole in brackets after its name
            whole = ms.quantity_at(m.start("w") if m.group("w") else m.start("wb"))
        else:
            whole = _whole_before_qizhong(ms, m.start("a"), part, m.group("named"))
            if whole is None:
                whole = _whole_introduced_with_zai(ms, m.start("a"), part, m.group("named"))
            if whole is None:
                whole = _named_whole(ms, m.start("a"), part, m.group("named"))
            if whole is None:
                # 高新技术产业产值168.3亿元，占规上工业总产值的比重为54.2%；规上工业总产值为286.5亿元: the whole stated after
                whole = _named_whole(ms, m.start("a"), part, m.group("named"), after=m.end("pct"))
            if whole is None and (m.group("ratio") or not (m.group("named") or "").strip()):
                whole = _sole_whole_before(ms, m.start("a"), part, bare=not (m.group("subject") or "").strip())
        span_start = ms.doc(m.start("ratio")) if m.group("ratio") else pct.start
        # 占总投资的X% / 占年度预算的X%: the whole is a set budget
        budget = bool(_SET_WHOLE.search(m.group("named") or ""))
        add(_ratio_relation(ms, text, part, whole, pct, span_start, "部分", "总体", set_whole=budget), pct)
    colon_ratios = _COLON_RATIO.finditer(ms.masked) if any(mark in ms.masked for mark in _RATIO_MARKS) else ()
    for m in colon_ratios:
        relation = _colon_relation(ms, text, m, previous)
        if relation is not None:
            relations.append(relation)
    return relations


def _percent(ms: MaskedSentence, m: re.Match, group: str, *, points: bool = False) -> Quantity | None:
    """The percentage matched as ``group``; with ``points``, an excess over a target in percentage points too
    (超出目标16.6个百分点: the completion rate less 100)."""
    quantity = ms.quantity_at(m.start(group))
    if quantity is None:
        return None
    return quantity if quantity.unit == "%" or points and quantity.unit in _POINTS else None


_POINTS = ("个百分点", "百分点")



def _clause_start(ms: MaskedSentence, index: int, clauses_back: int) -> int:
    """Sentence-relative start of the clause ``clauses_back`` clauses before the one holding ``index``."""
    ends = ms.memo.get("clause_ends")
    if ends is None:
        ends = ms.memo["clause_ends"] = [m.end() for m in _CLAUSE_END.finditer(ms.masked)]
    count = bisect.bisect_right(ends, index)  # clause ends at or before index (a mark at index - 1 ends there)
    while count and ends[count - 1] > index:
        count -= 1
    if count <= clauses_back:
        return 0
    return ends[count - 1 - clauses_back]


def _tokens(ms: MaskedSentence, start: int, end: int) -> list[Quantity]:
    return ms.values_between(start, end)


def _preceding(ms: MaskedSentence, index: int, target: Quantity) -> Quantity | None:
    """The value completed: the nearest one before ``index`` (up to four clauses back) that is not a base."""
    window_start = _clause_start(ms, index, 4)
    candidates = [
        q
        for q in _tokens(ms, window_start, index)
        if q is not target and same_dimension(q, target) and not _is_base_or_change(ms, q)
    ]
    if not candidates:
        return None
    if "其中" in ms.text[window_start:index] or "分别" in ms.text[window_start:index]:
        return None  # a 其中 list or 分别: which value is meant is ambiguous
    return candidates[-1]


def _stated_goal(ms: MaskedSentence, index: int) -> Quantity | None:
    """The one target stated in the statement (年度目标任务95亿元); None when there are several."""
    found = ms.memo.get("goals")
    if found is None:  # the statement's targets and target mentions, found once per statement
        candidates = []
        for pattern in (_GOAL_VALUE, _GOAL_VALUE_BARE, _GOAL_VALUE_LABELLED):
            for m in pattern.finditer(ms.masked):
                quantity = ms.quantity_at(m.start("t"))
                if pattern is not _GOAL_VALUE and "总" in m.group("what"):
                    continue  # 计划完成总投资: a project's total
                if _REMAINDER.search(ms.masked, m.start(), m.start("t")):
                    continue  # 计划下半年再培育入库2家: what is left to do, not the target
                if quantity is not None and ms.memo["roles"].get(quantity.start) in _BASE_OR_CHANGE:
                    continue  # 比上年预算减少50亿元: a change (its role in the typed clauses), not the target
                if quantity is not None and quantity.unit != "%" and quantity.unit not in _POINTS:
                    candidates.append((m.start("t"), quantity))
        mentions = sum(
            1 for m in _GOAL_MENTION.finditer(ms.masked)
            if (q := ms.quantity_at(m.start("t"))) is not None and q.unit != "%" and q.unit not in _POINTS
            and ms.memo["roles"].get(q.start) not in _BASE_OR_CHANGE
        )
        found = ms.memo["goals"] = (candidates, mentions)
    candidates, mentions = found
    goals: list[Quantity] = []
    inline = ms.memo.get("inline_targets", {})
    for position, quantity in candidates:
        if position != index and quantity not in goals and not _goal_of_earlier_rate(ms, position, index):
            owner = inline.get(quantity.start)
            if owner is not None and owner < ms.doc(index):
                # 完成全年任务4.2亿元的五成以上；招商引资到位资金5.6亿元，完成全年任务的51.4%: the target written
                # inside an earlier rate is that rate's, the later rate's target is not stated
                continue
            goals.append(quantity)
    return goals[0] if len(goals) == 1 and mentions <= 1 else None


def _bracket_operands(ms: MaskedSentence, pct: Quantity) -> tuple[Quantity | None, Quantity] | None:
    """The target written in the brackets right after a completion rate, with the completed value when it is there
    too (…完成全年预算的88.4%（完成6.54亿元，预算7.4亿元）; …完成目标任务的116.7%（目标任务11亿元）): from the typed
    clauses, the one figure whose role is a target or whose indicator is a goal or budget word (lexicon
    ``target.words``, ``target.budgets``) and the one other value of its dimension (never a base or a change)."""
    after = pct.end - ms.start
    if ms.text[after : after + 1] not in ("(", "（"):
        return None
    close = min((i for i in (ms.text.find(")", after), ms.text.find("）", after)) if i > 0), default=-1)
    if close < 0:
        return None
    typed = ms.memo["typed"]
    inside = [typed.get(q.start) for q in _tokens(ms, after, close)]
    inside = [t for t in inside if t is not None and t.quantity.unit != "%" and t.role not in _BASE_OR_CHANGE]
    goal = {id(t): _is_goal(ms, t, after) for t in inside}
    goals = [t.quantity for t in inside if goal[id(t)]]
    if len(goals) != 1:
        return None
    target = goals[0]
    done = [t.quantity for t in inside if not goal[id(t)] and same_dimension(t.quantity, target)]
    if len(done) > 1:
        return None
    return (done[0] if done else None), target


_GOAL_NAMES = words("target", "words") + words("target", "budgets")


def _is_goal(ms: MaskedSentence, typed, floor: int) -> bool:
    """A target by its role in the typed clauses, or a figure whose own words (after ``floor`` and the last clause
    mark) end in a goal or budget word (预算7.4亿元, 年度预算数为8.09亿元)."""
    if typed.role is Role.TARGET:
        return True
    offset = typed.quantity.start - ms.start
    own = ms.text[max(floor, _clause_start(ms, offset, 0)) : offset]
    own = own[max(own.rfind(mark) for mark in "（(、") + 1 :].rstrip().rstrip("为是约近达").rstrip("数值额")
    return own.endswith(_GOAL_NAMES)


_REMAINDER = re.compile(r"再|还需|还要|另行|继续|剩余|尚需|尚未")


def _goal_of_earlier_rate(ms: MaskedSentence, position: int, index: int) -> bool:
    """A target in the brackets right after an earlier rate is that rate's (完成年度预算的112.7%（年度预算9.12亿元）；
    政府性基金收入3.27亿元，完成年度预算的76.4%: the second rate's budget is not given)."""
    open_at = max(ms.text.rfind("(", 0, position), ms.text.rfind("（", 0, position))
    if open_at < 0 or open_at >= index or any(mark in ms.text[open_at:position] for mark in ")）"):
        return False
    return ms.text[:open_at].rstrip().endswith(("%", "％"))


# a statement naming a target, a plan or a period of its own (一季度完成率, 按半年目标计算) rates against that, not
# against the target of the statement before
_OWN_BASE = re.compile(r"目标|任务|计划|预算|季度|半年|时序|进度")


def _same_indicator(target_ms: MaskedSentence, target: Quantity, ms: MaskedSentence, part: Quantity) -> bool:
    """A target and a completed value of two statements measure one thing: their clause labels share a
    two-character piece that is no light word (新开工项目 and 新开工项目, not 目标 and 完成)."""
    target_offset, part_offset = target.start - target_ms.start, part.start - ms.start
    target_label = target_ms.text[_clause_start(target_ms, target_offset, 0) : target_offset]
    part_label = ms.text[_clause_start(ms, part_offset, 0) : part_offset]
    pieces = {part_label[i : i + 2] for i in range(len(part_label) - 1)} - _LIGHT_PIECES
    return any(piece in target_label for piece in pieces)


_LIGHT_PIECES = frozenset({"目标", "任务", "计划", "完成", "实际", "全年", "年度", "累计", "截至", "年底", "实现", "确定"})


def _is_base_or_change(ms: MaskedSentence, quantity: Quantity) -> bool:
    """去年同期72.38亿元 (a base), 比上年多8个 (a change): the figure's role in the typed clauses; or 超出年度
    目标2.6亿元 (an excess) and 缺口726人 (a gap): never a part, a whole or a completed value."""
    rel = quantity.start - ms.start
    return bool(
        ms.memo["roles"].get(quantity.start) in _BASE_OR_CHANGE
        or _EXCESS_BEFORE.search(ms.text[max(0, rel - 12) : rel])
        or _is_gap(ms, quantity)
    )


_BASE_OR_CHANGE = frozenset({Role.BASE, Role.CHANGE})


def _is_gap(ms: MaskedSentence, quantity: Quantity) -> bool:
    """缺口726人 / 顺差18亿元 / 还差7.4亿元: the gap between two figures (lexicon difference.gap_nouns, target.shortfall)."""
    rel = quantity.start - ms.start
    return _GAP_BEFORE.search(ms.text[max(0, rel - 8) : rel]) is not None


def _is_target(ms: MaskedSentence, quantity: Quantity) -> bool:
    """完成年度目标48亿元的109.8%: a target figure (its role in the typed clauses) is no whole of the parts the
    statement lists."""
    return ms.memo["roles"].get(quantity.start) is Role.TARGET


def _whole_before_qizhong(ms: MaskedSentence, part_index: int, part: Quantity, named: str | None) -> Quantity | None:
    """The whole W in ``W，其中……A，占……X%`` (same ；-free stretch, same dimension)."""
    head = ms.text[:part_index]
    position = head.rfind("其中")
    if position < 0 or any(ch in head[position:] for ch in "；;"):
        return None
    before = _tokens(ms, 0, position)
    wholes = [q for q in before if same_dimension(q, part) and not _is_base_or_change(ms, q) and not _is_target(ms, q)]
    if not wholes:
        return None
    whole = wholes[-1]
    between = ms.text[whole.end - ms.start : position]
    intervening = _tokens(ms, whole.end - ms.start, position)
    if any(ch in between for ch in "；;") or any(
        q.unit != "%" and not _is_base_or_change(ms, q) and not _is_target(ms, q) for q in intervening
    ):
        return None  # 其中 must follow the whole's clause (rates of the whole may come between)
    if any(ch in between for ch in "。！？!?\n"):
        # 其中 opens the next sentence: the part must measure what the whole measures (产值 and 产值).
        whole_label = ms.text[_clause_start(ms, whole.start - ms.start, 0) : whole.start - ms.start]
        part_label = ms.text[position:part_index]
        nouns = set(_MEASURE_NOUN.findall(whole_label))
        if not nouns or not nouns & set(_MEASURE_NOUN.findall(part_label)):
            return None
    named = (named or "").strip()
    if named in _GENERIC_WHOLE:
        return whole
    label_start = _clause_start(ms, whole.start - ms.start, 1)
    # (the label ends at the figure before the whole: in 由一般公共预算收入6.42亿元和政府性基金收入3.64亿元 the label of
    # 3.64 is 政府性基金收入, not a stretch that holds its sibling's name too)
    # (a figure written right against the whole shares its label: 农村低保对象1126户1873人)
    earlier = [q.end - ms.start for q in before if q.end <= whole.start]
    adjoining = whole.start - ms.start
    while earlier and not ms.text[earlier[-1] : adjoining].strip():
        adjoining = next(q.start - ms.start for q in before if q.end - ms.start == earlier.pop())
    if earlier:
        label_start = max(label_start, earlier[-1])
    label = ms.text[label_start : whole.start - ms.start]
    return whole if _names_whole(named, label) else None


# scope words opening the name of a whole (占全部规上企业的 / 占全区…的): not part of what it names
_WHOLE_SCOPE = re.compile(r"^(?:全部|所有|全体|全[国省市区县镇乡园]|本[省市区县镇])")
_PLACE_SCOPE = re.compile(r"全[国省市区县镇乡园]|本[省市区县镇]")


_SHORT_FORMS = tuple(tuple(entry.split(":", 1)) for entry in words("names", "short_forms"))


def _short_spelling(name: str) -> str:
    """The name with its long spellings shortened (规模以上工业总产值 -> 规上工业总产值; lexicon ``names.short_forms``)."""
    for long, short in _SHORT_FORMS:
        if long in name:
            name = name.replace(long, short)
    return name


def _names_whole(named: str, label: str) -> bool:
    """Whether the whole named after 占 (占总投资的, 占全部规上企业的) names the figure labelled ``label``
    (固定资产投资, 全区规上工业企业): the name in the label, or the name without its scope word and 总 ending
    in the label's head noun with its other two-character pieces in the label too
    (规上企业 in 规上工业企业)."""
    named, label = _short_spelling(named), _short_spelling(label)
    if named in label:
        return True
    core = named[1:] if named.startswith("总") else named  # 占总投资的 -> 固定资产投资
    core = re.sub(r"(?<=..)(?:总数|总量|总额|总和|总人数)$", "", core)  # 占从业人员总数的 -> 园区从业人员
    if len(core) >= 2 and core in label:
        return True
    scope = _WHOLE_SCOPE.match(core)
    if scope and scope.group() not in label and _PLACE_SCOPE.match(scope.group()) and _PLACE_SCOPE.search(label):
        return False  # 占全市规上企业的 after 全区规上工业企业: the whole of another scope
    core = core[scope.end() :] if scope else core
    if len(core) < 4 or core[-2:] not in label:
        return False
    pieces = [core[i : i + 2] for i in range(0, len(core) - 2, 2)]
    return sum(piece not in label for piece in pieces) == 0




_APPROXIMATE_SUBJECT = re.compile(r"(?:大约|约|将近|接近|近)$")


def _subject_is_part(ms: MaskedSentence, m: re.Match, part: Quantity) -> bool:
    """``A，税收占比X%``: a subject named before 占比 must be what the part's own label names."""
    # (约占三分之一 / 仅占 / 已占: an adverb before 占 is no subject)
    subject = re.sub(r"^(?:其中|其|的|所)+|(?:所|的)+$|(?:大约|约|将近|近|仅|只|已|还)+$", "", m.group("subject").strip())
    if not subject:
        return True
    if _SUM_SUBJECT.search(subject):
        return False  # 两大产业合计占比64.4%: the share of the parts together, not of the last one

    offset = part.start - ms.start
    label = ms.text[_clause_start(ms, offset, 0) : offset]
    own = label.rsplit("、", 1)[-1]  # the part's own item of a 、 list
    if subject not in own and len(subject) >= 3:
        # 规上工业产值198.3亿元、规下工业产值17.3亿元，规上工业产值占比…: the subject is another figure's label
        for other in _tokens(ms, max(0, offset - _REACH), offset):
            other_offset = other.start - ms.start
            if subject in ms.text[max(0, other_offset - len(subject) - 4) : other_offset]:
                return False
    if subject not in own and _other_qualifier(subject, own):
        return False  # 基础设施投资15.6亿元，民间投资占比…: same head word (投资), another kind of it
    if "中" in subject[1:-1]:
        # 新登记企业中私营企业占比…: the share is of the kind named after 中, which must be the part's own item
        kind = subject.rsplit("中", 1)[1]
        return any(kind[i : i + 2] in own for i in range(len(kind) - 1))
    return any(subject[i : i + 2] in label for i in range(len(subject) - 1))


# 出口占进出口总额的比重为60.7%: a share opening its clause that names its subject and its whole, both figures stated in
# earlier statements of the paragraph (进出口总额54.8亿元。其中，出口总额38.2亿元，…)
_NAMED_SHARE = re.compile(
    rf"(?:^|(?<=[，,；;：:]))\s*(?P<subject>{LABEL_CHARS}{{2,10}}?)占(?P<named>{LABEL_CHARS}{{2,14}}?)的?(?:比重|比例)"
    rf"(?:为|达到?|是)?(?P<pct>{Q})"
)
_NAMED_SHARE_GATE = re.compile(r"占[^，,。；;]{2,15}(?:比重|比例)")
_NAMED_SHARE_REACH = 300  # how far before the share, in its paragraph, its two figures may stand
_FIGURE_LABEL_END = re.compile(r"[，,。；;：:！？!?\n]")


def _named_shares_after_figures(ctx, ms: MaskedSentence, floor: int, related: set[int]) -> list[Relation]:
    """``A占W的比重为X%`` with no figure of its own before it: the one earlier figure of the paragraph (before the
    statement) labelled with the whole's name and the one labelled with the subject and not the whole's name, of one
    dimension, neither a base, a change nor a target, the part the smaller."""
    relations = []
    model = ctx.clause_model
    for m in _NAMED_SHARE.finditer(ms.masked):
        pct = _percent(ms, m, "pct")
        if pct is None or pct.end in related or _tokens(ms, _clause_start(ms, m.start("subject"), 0), m.start("pct")):
            continue
        subject = _SUBJECT_TRIM.sub("", m.group("subject").strip())
        named = m.group("named").strip()
        scope = _WHOLE_SCOPE.match(named)
        core = named[scope.end() :] if scope else named
        if len(subject) < 2 or len(core) < 2 or _SUM_SUBJECT.search(subject):
            continue  # (占全市的比重: a whole of a scope the text does not state; 两者合计占…: a sum of parts)
        parts, wholes = [], []
        for q in document_quantities(ctx).between(max(floor, ms.start - _NAMED_SHARE_REACH), ms.start):
            if q.kind not in Kind.VALUES or q.unit in ("%", "") or q.high is not None:
                continue
            typed = model.typed(q)
            if typed is None or typed.role in _BASE_OR_CHANGE or typed.role is Role.TARGET:
                continue
            head = ctx.folded[max(floor, q.start - 40) : q.start]
            label = head[max((mm.end() for mm in _FIGURE_LABEL_END.finditer(head)), default=0) :]
            if _names_whole(named, label):
                wholes.append(typed)
            elif subject in label and _ends_in_subject(label, subject):
                parts.append(typed)
        if len(parts) != 1 or len(wholes) != 1:
            continue
        (part, part_year), (whole, whole_year) = (parts[0].quantity, parts[0].year), (wholes[0].quantity, wholes[0].year)
        if not same_dimension(part, whole) or part.scaled >= whole.scaled:
            continue
        if part_year is not None and whole_year is not None and part_year != whole_year:
            continue  # 2023年进出口总额…；2024年出口总额…: the whole of another year
        relations.append(_ratio_relation(ms, ctx.text, part, whole, pct, pct.start, "部分", "总体"))
    return relations


def _subject_member(ms: MaskedSentence, m: re.Match) -> Quantity | None:
    """The one member of the 其中 list before a share whose item label names the share's subject as its measure
    (其中出口52亿元、进口34亿元 for 出口占比), neither a base, a change, a target nor a percentage."""
    subject = _SUBJECT_TRIM.sub("", (m.group("subject") or "").strip())
    head = ms.text[: m.start("a")]
    opener = head.rfind("其中")
    if len(subject) < 2 or opener < 0 or any(ch in head[opener:] for ch in "；;。"):
        return None
    found = []
    for quantity in _tokens(ms, opener, m.start("a")):
        if quantity.unit == "%" or _is_base_or_change(ms, quantity) or _is_target(ms, quantity):
            continue
        offset = quantity.start - ms.start
        item = re.split(r"[、，,]", ms.text[max(opener, _clause_start(ms, offset, 0)) : offset])[-1].removeprefix("其中")
        if _ends_in_subject(item, subject):
            found.append(quantity)
    return found[0] if len(found) == 1 else None


_LABEL_VERBS = re.compile(r"(?:为|是|达到|达|实现|完成|约|近|共计|共|累计|总计)+$")
_MEASURE_SUFFIX = ("", "总额", "总量", "总值", "额", "量", "值", "金额", "规模", "人数", "数", "收入")


def _ends_in_subject(label: str, subject: str) -> bool:
    """The label names the subject as its measure: it ends in the subject, maybe with a measure word after it (出口总额
    for 出口; not 出口交货值)."""
    label = _LABEL_VERBS.sub("", label.strip())
    return any(label.endswith(subject + suffix) for suffix in _MEASURE_SUFFIX)


def _named_operands(ms: MaskedSentence, m: re.Match) -> tuple[Quantity, Quantity] | None:
    """``A标签占W标签的比重X%`` after both figures: the one earlier figure labelled like the subject (all of it, or its
    first and last two characters: 研发投入 in 研发经费投入) and the one labelled with the whole's name, of one
    dimension, the part the smaller."""
    subject = _SUBJECT_TRIM.sub("", m.group("subject").strip())
    named = (m.group("named") or "").strip().removesuffix("的")
    scope = _WHOLE_SCOPE.match(named)  # 占全省营业收入的: a place scope the whole's label must name too
    place = scope.group() if scope and _PLACE_SCOPE.match(scope.group()) else ""
    named = named[scope.end() :] if scope else named
    if len(subject) < 2 or len(named) < 2 or m.group("ratio") or subject in named or named in subject:
        return None
    parts, wholes = [], []
    for quantity in _tokens(ms, max(0, m.start() - _REACH), m.start("a") + 1):
        if quantity.unit == "%" or _is_base_or_change(ms, quantity) or _is_target(ms, quantity):
            continue
        offset = quantity.start - ms.start
        label = ms.text[_clause_start(ms, offset, 0) : offset]
        if subject in label or len(subject) >= 4 and label.find(subject[:2]) >= 0 and subject[-2:] in label[label.find(subject[:2]) + 2 :]:
            parts.append(quantity)
        elif named in label and place in label:
            wholes.append(quantity)
    if len(parts) != 1 or len(wholes) != 1:
        return None
    part, whole = parts[0], wholes[0]
    if not same_dimension(part, whole) or part.scaled >= whole.scaled:
        return None
    return part, whole


_SUBJECT_TRIM = re.compile(r"^(?:其中|其|的|所)+|(?:所|的)+$|(?:大约|约|将近|近|仅|只|已|还)+$")


# a subject that adds up several parts: 两大产业合计 / 二者 / 以上三项 / 共计
_SUM_SUBJECT = re.compile(rf"{together_alternation('sums', 'pairs', 'back_references')}|[两二三四五六七八九十](?:{together_alternation('counted_groups')})")


def _other_qualifier(subject: str, own: str) -> bool:
    """The subject and the part's label end in the same head word but the subject's qualifier is not in
    the label (民间投资 against 基础设施投资, 进口额 against 出口额)."""
    shared = 0
    while shared < min(len(subject), len(own)) and subject[-1 - shared] == own[-1 - shared]:
        shared += 1
    qualifier = subject[: len(subject) - shared]
    if shared < 2 or len(qualifier) < 2:
        return False
    return not any(qualifier[i : i + 2] in own for i in range(len(qualifier) - 1))


def _whole_introduced_with_zai(ms: MaskedSentence, part_index: int, part: Quantity, named: str | None) -> Quantity | None:
    """The whole W in ``在W中，……A，占比X%`` (same statement, same dimension)."""
    found = None
    for m in _WHOLE_WITH_ZAI.finditer(ms.masked, 0, part_index):
        found = m
    if found is None:
        return None
    whole_at = found.start("w") if found.group("w") else found.start("wb")
    whole = ms.quantity_at(whole_at)
    if whole is None or whole is part or not same_dimension(whole, part) or whole.unit == "%":
        return None
    named = (named or "").strip()
    if named in _GENERIC_WHOLE:
        return whole
    return whole if _names_whole(named, ms.text[found.start() : whole_at]) else None


def _colon_relation(ms: MaskedSentence, text: str, m: re.Match, previous: MaskedSentence | None = None) -> Relation | None:
    """``进出口比为1:2.3`` against 进口 and 出口 stated in the statement: 1 : (出口 / 进口); when the statement
    states neither, both from the statement before in the paragraph (…农村居民人均可支配收入21,850元。城乡居民人均收入比
    为1.84)."""
    left = ms.quantity_at(m.start("l"))
    if m.group("r") is None:
        # 城乡居民收入比缩小至1.67: one bare figure x of a pair's ratio is x : 1 (a generic 甲与乙之比 needs both sides)
        if left is None or not m.group("pair") or left.unit or left.magnitude != 1 or left.value < 1 or left.kind != Kind.AMOUNT:
            return None
        right = None
    else:
        right = ms.quantity_at(m.start("r"))
    if left is None or (right is None and m.group("r")) or left.unit or right is not None and (right.unit or right.magnitude != 1) or left.magnitude != 1:
        return None
    if m.group("pair"):
        side_a, side_b = _COLON_PAIRS.get(m.group("pair"), _URBAN_RURAL)
        stem = m.group("pair")
    else:
        side_a, side_b, stem = m.group("a").strip(), m.group("b").strip(), None
    a = _one_labelled(ms, m.start(), side_a, side_b, stem)
    b = _one_labelled(ms, m.start(), side_b, side_a, stem)
    if a is None and b is None and previous is not None and not _labels_a_side(ms, m.start(), side_a, side_b):
        a = _one_labelled(previous, len(previous.masked), side_a, side_b, stem)
        b = _one_labelled(previous, len(previous.masked), side_b, side_a, stem)
    start, end = ms.doc(m.start("pair") if m.group("pair") else m.start("l")), (right or left).end
    unchecked = Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=start, end=end)
    if a is None or b is None or a is b or not same_dimension(a, b) or a.scaled <= 0 or b.scaled <= 0:
        return unchecked
    if right is None:
        stated_q, numerator, denominator = left, a, b  # x (: 1), x = a / b
    elif left.value == 1 and left.decimals == 0:
        stated_q, numerator, denominator = right, b, a  # 1 : x, x = b / a
    elif right.value == 1 and right.decimals == 0:
        stated_q, numerator, denominator = left, a, b  # x : 1, x = a / b
    else:
        return unchecked
    try:
        computed = ms.interval(numerator) / ms.interval(denominator)
    except (ArithmeticError, ZeroDivisionError):
        return unchecked
    stated = derived_figure_tolerance(ms.interval(stated_q), stated_q)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=start, end=end)
    if numerator.magnitude != denominator.magnitude and _numbers_agree(ms, numerator, denominator, stated):
        # 城镇居民人均可支配收入48620万元 … 农村25310元，城乡居民收入比1.92: the numbers as written give the ratio,
        # one unit is the slip (DC501's), not the ratio
        return unchecked
    point = numerator.scaled / denominator.scaled
    places = max(stated_q.decimals, 1)
    shown = format_number(point, places + 1)
    fixed = format_number(point, stated_q.decimals)
    written = f"1:{fixed}" if stated_q is right else f"{fixed}:1" if right is not None else fixed
    same_scale = numerator.magnitude == denominator.magnitude
    num_text = number_text(numerator, text) if same_scale else quantity_text(numerator, text)
    den_text = number_text(denominator, text) if same_scale else quantity_text(denominator, text)
    return Relation(
        kind="ratio", code=RATIO, outcome=Outcome.INCONSISTENT, start=start, end=end,
        message=f"{text[start:end]}：按 {num_text} / {den_text} 计算为 {shown}，应为 {written}",
        related=[(side_a, a.start, a.end), (side_b, b.start, b.end)],
        severity=mismatch_severity(computed, stated, stated_q.half_unit), suggestion=written,
    )


def _numbers_agree(ms: MaskedSentence, numerator: Quantity, denominator: Quantity, stated: Interval) -> bool:
    """Whether the two operands' numbers without their magnitudes (48620 and 25310 of 48620万元 and 25310元) give
    the stated ratio."""
    try:
        return (ms.interval(numerator).scale(Decimal(1) / numerator.magnitude)
                / ms.interval(denominator).scale(Decimal(1) / denominator.magnitude)).overlaps(stated)
    except (ArithmeticError, ZeroDivisionError):
        return False


def _labels_a_side(ms: MaskedSentence, index: int, side_a: str, side_b: str) -> bool:
    """Whether a value before ``index`` is labelled with either side (then the statement's own are meant)."""
    for quantity in _tokens(ms, max(0, index - _REACH), index):
        offset = quantity.start - ms.start
        label = ms.text[_clause_start(ms, offset, 0) : offset]
        if quantity.unit != "%" and (side_a in label or side_b in label):
            return True
    return False


def _one_labelled(ms: MaskedSentence, index: int, side: str, other: str, stem: str | None) -> Quantity | None:
    """The one value before ``index`` whose clause label names ``side`` (and neither ``other`` nor the pair)."""
    found = []
    for quantity in _tokens(ms, max(0, index - _REACH), index):
        if quantity.unit == "%" or _is_base_or_change(ms, quantity):
            continue
        offset = quantity.start - ms.start
        label = ms.text[_clause_start(ms, offset, 0) : offset]
        if side in label and other not in label and (stem is None or stem not in label):
            found.append(quantity)
    return found[0] if len(found) == 1 else None


def _sole_whole_before(ms: MaskedSentence, part_index: int, part: Quantity, *, bare: bool = False) -> Quantity | None:
    """``全年一般公共预算支出41.6亿元，用于民生领域的支出33.8亿元，占比85.1%``: with no 其中 and no named
    whole, the whole of a bare 占比 is the one earlier figure of the statement of the same dimension (no
    base, change or target), in the clause right before the part's, measuring what the part measures
    (支出 and 支出) and larger than the part; or, for a share right after its part (``bare``), two exact
    counts, the first one named as a total (全乡共有行政村32个，…的村24个，占75%)."""
    offset = part.start - ms.start
    earlier = [
        q for q in _tokens(ms, max(0, offset - _REACH), offset)
        if same_dimension(q, part) and q.unit != "%" and not _is_base_or_change(ms, q) and not _is_target(ms, q)
    ]
    if len(earlier) != 1 or "其中" in ms.text[:offset] or "分别" in ms.text[:offset]:
        return None
    whole = earlier[0]
    if _clause_start(ms, offset, 1) > whole.start - ms.start or whole.scaled <= part.scaled:
        return None
    whole_label = ms.text[_clause_start(ms, whole.start - ms.start, 0) : whole.start - ms.start]
    part_label = ms.text[_clause_start(ms, offset, 0) : offset]
    nouns = set(_MEASURE_NOUN.findall(whole_label))
    if nouns and nouns & set(_MEASURE_NOUN.findall(part_label)):
        return whole
    # 全镇共有村（社区）24个，已建成标准化卫生室的有18个，占75%: two exact counts, the first one a total
    # (全市420家规上工业企业中: a scope, read by rate_operands.py)
    rest = _CLAUSE_END.split(ms.text[whole.end - ms.start : offset], 1)[0]
    scope = rest.rstrip().endswith("中")
    if bare and not scope and whole.is_exact_count and part.is_exact_count and _TOTALITY.search(whole_label):
        return whole
    return None


_TOTALITY = re.compile(r"共有|共计|总数|合计|^\s*全[省市区县镇乡村园]")


def _named_whole(
    ms: MaskedSentence, part_index: int, part: Quantity, named: str | None, *, after: int | None = None
) -> Quantity | None:
    """``W标签W，……A，占W标签的X%``: the one earlier value whose own label is the whole named after 占; with
    ``after`` (the end of the share), the one later value of the statement so labelled, larger than the part and
    neither a base, a change nor a target (``A，占W标签的X%；W标签为W``)."""
    named = (named or "").strip()
    if len(named) < 3 or not _MEASURE_NOUN.search(named) or named.startswith(_SCOPE_ONLY) and len(named) <= 3:
        return None
    candidates = []
    window = _tokens(ms, max(0, part_index - _REACH), part_index) if after is None else [
        q for q in _tokens(ms, after, after + _REACH)
        if not _is_base_or_change(ms, q) and not _is_target(ms, q) and q.scaled > part.scaled
    ]
    for quantity in window:
        if quantity is part or not same_dimension(quantity, part):
            continue
        offset = quantity.start - ms.start
        label = ms.text[_clause_start(ms, offset, 0) : offset]
        if after is not None:
            # (a whole of another place scope names nothing: 占全市… after 全区…, or 全市… after a part with no scope)
            scope = _PLACE_SCOPE.search(label)
            if _names_whole(named, label) and (scope is None or scope.group() in ms.text[: part.start - ms.start]):
                candidates.append(quantity)
        elif named in label or (named.startswith(_SCOPE_ONLY) and named[2:] in label and _same_scope(named[:2], label, named[2:])):
            candidates.append(quantity)
    return candidates[0] if len(candidates) == 1 else None


def _same_scope(scope: str, label: str, core: str) -> bool:
    """占全市出口总额的 and a label 全区进出口总额: the label names no other place and holds the core as a word of its own
    (出口总额, not the tail of 进出口总额)."""
    place = _PLACE_SCOPE.search(label)
    if place is not None and place.group() != scope and _PLACE_SCOPE.match(scope):
        return False
    at = label.find(core)
    return at <= 0 or label[at - 1] not in "进出"


def _goal_relation(ms, text, part, target, pct, span_start) -> Relation:
    relation = _ratio_relation(ms, text, part, target, pct, span_start, "完成值", "目标值", set_whole=True)
    if relation.outcome is Outcome.INCONSISTENT:
        stated_done = pct.value >= 100
        computed_done = part.scaled >= target.scaled
        if stated_done != computed_done:
            relation.severity = Severity.ERROR
            relation.message += "（完成与未完成的结论相反）"
    return relation


def _ratio_relation(
    ms, text, part, whole, pct, span_start, part_label, whole_label, *, excess=False, set_whole=False
) -> Relation:
    """``part / whole`` against the stated percentage (``part / whole − 1`` for 超年度计划X%)."""
    start, end = span_start, pct.end
    unchecked = Relation(kind="ratio", code=RATIO, outcome=Outcome.NOT_CHECKABLE, start=start, end=end)
    if part is None or whole is None or not same_dimension(part, whole) or whole.scaled <= 0:
        return unchecked
    minus = Interval.exact(Decimal(1 if excess else 0))
    whole_iv = ms.interval(whole)
    if set_whole and (whole.script == "chinese" or whole.decimals == 0) and not whole.qualifier and whole.high is None:
        # 年度计划一百二十亿元 / 项目总投资3亿元: a target or a budget is set, not measured; a whole number
        # stating it is not rounded
        whole_iv = Interval.exact(whole.value).scale(whole.magnitude)
    try:
        computed = ms.interval(part) / whole_iv - minus
    except (ArithmeticError, ZeroDivisionError):
        return unchecked
    stated = derived_figure_tolerance(ms.interval(pct), pct)
    stated = Interval(stated.low / 100, stated.high / 100)
    if computed.overlaps(stated):
        return Relation(kind="ratio", code=RATIO, outcome=Outcome.CONSISTENT, start=start, end=end)
    point = part.scaled / whole.scaled - minus.low
    same_scale = part.magnitude == whole.magnitude
    part_text = number_text(part, text) if same_scale else quantity_text(part, text)
    whole_text = number_text(whole, text) if same_scale else quantity_text(whole, text)
    prefix = text[start : pct.start]
    sign = "个百分点" if pct.unit in _POINTS else "%"  # 超出目标16.6个百分点: the excess in points
    suggested = f"{prefix}{format_percent(point, pct.decimals)}{sign}"
    if pct.decimals < 0:  # 近六成: a share in tenths is corrected to the percentage, without its 近/超
        suggested = f"{prefix.removesuffix(pct.qualifier)}{format_percent(point, 1)}%"
    return Relation(
        kind="ratio",
        code=RATIO,
        outcome=Outcome.INCONSISTENT,
        start=start,
        end=end,
        message=f"{text[start:end]}：按 {part_text} / {whole_text}{' − 1' if excess else ''} 计算应为 "
        f"{format_percent(point, message_places(pct.decimals))}{sign}",
        related=[(part_label, part.start, part.end), (whole_label, whole.start, whole.end)],
        severity=mismatch_severity(computed, stated, pct.half_unit / 100),
        suggestion=suggested,
    )
