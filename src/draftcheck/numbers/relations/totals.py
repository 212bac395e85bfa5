"""Totals and their parts: DC201 (sum-mismatch) and DC202 (part-exceeds-total).

Phrasings recognised, each inside one paragraph:

- exhaustive lists, whose parts must add up to the total within rounding:
  ``A 15270万元、B 53315万元，合计 68585万元`` (合计/共计/总计, ``两项合计``, ``，共7家``),
  ``共有A级景区56家，分别为5A级2家、4A级20家、3A级34家``, ``共计12家：…``, ``总投资T，由A a、B b组成``,
  ``T分为A、B、C三类，分别为…`` and wholes split completely by their parts' names (``地区生产总值…。第一产业增加值
  …；第二产业…；第三产业…``) are read by :mod:`draftcheck.numbers.breakdown` on the clause model;
- 其中 lists, which need not be complete (RULES.md): ``总投资2.25亿元，其中一期8000万元，二期1.6亿元``.
  They are checked only where incompleteness cannot explain the figures: one part larger than the
  whole (DC202), the parts adding up to MORE than the whole (DC201), or the parts' own growth rates
  implying that last year they added up to more than the whole did (DC201: the category left over
  would have had a negative base).

The parts of a 其中 list are only added up when they are disjoint: their labels name different
members of one family (出口/进口, 一期/二期, 2023年/2024年, 中央/省级/市级, 基础设施/制造业 ...; see
``PARTITION_FAMILIES``), or, when they add up to MORE than the whole, they are parallel items of one
list (企业…户、个体工商户…户、合作社…户) whose names neither nest nor name a cutting tier (高新技术,
规上, 重点 ...; see ``_parallel_items``). A 其中 list is complete and checked both ways when it ends in
其他/其余, names every quarter or both halves of the year, its members are named by the total
(两个园区合计…, 东区和西区共…), its part names split the whole completely by a group of
lexicon/indicators.toml (内资 + 外资, 规上 + 规下, 城镇 + 乡村, 出口 + 进口, 第一/二/三产业, with the
same remainder: 内资企业 + 外资企业), or its items' own counts add up to the whole's count
(项目28个…其中工业项目19个…服务业项目9个). Totals after a qualifier are recognised too (两区合计,
进出口总额合计, and 全年累计/合计 after every quarter or month). A paragraph ending in a colon takes the
numbered lines below it (and a 合计 line closing them) as one block.

Breakdowns opened by 分行业看/按产业分/从构成看 and a part named again and broken down (其中企业12436户；在企业
中，私营企业…) are read like 其中 lists, and so is a colon right after a figure whose first item carries a
figure. A 其中 list adding up to less than its whole is still a slip when the total is the exact sum with
two adjacent digits swapped, or with one inner digit changed (disjoint or parallel parts): see
``_digit_slip``. 全年/上半年/下半年/前三季度累计 close parts covering that span; N年累计 / N类…总数 close N parts;
a 合计 right after ； closes the ；-list; a total opened by the number of its items at a sentence's start (。四个项目共计
3.3亿元) sums the items of the sentence before; increments are summed by an increment (合计新增). Names written with
their shared prefix once before 分别 (第一、二、三产业增加值分别为) are read in full (``expand_elided``).

A 其中 list of items joined by 、 or ， ends at the first ；after its last item (what follows is a sibling); an
item after ；whose figure alone exceeds the whole (in any clause of its ；-statement) is a sibling too, unless its name shares a longer ending with
the list's first item than with the whole's (其中：科技支出…；城乡社区支出21.06亿元 under 一般公共预算支出18.27亿元
is a part). The whole of a 其中 list is the nearest figure of its measure before it, and there is none when that
figure is a per-head value (人均可支配收入…，其中城镇…、农村…: groups of an average, never parts of 地区生产总值 before
it), or when a clause between it and 其中 bounds the class the first part narrows (村级集体经济收入全部超过20万元，其中
超50万元的村9个: the villages over 20万元, not the 特色产业村 counted before). A part written in a larger unit than its whole whose number would fit under it (财政总收入8640万元，
其中税收收入7.25亿元) is a slip in the unit, flagged however far larger it is. Two swapped digits of a partial
list's whole count as a slip only when they leave at most 5% of it.

Deliberately not recognised: a 其中 list that names only some parts adding up to less (RULES.md), categories that
may overlap (线上/线下 with a third kind of event, 高新技术企业 among 规上企业), sums within the rounding of their
figures, parts of another period or scope than the whole (12月份出口 under 全年进出口总额).

Parts must have the total's dimension (万元 with 亿元, 名 with 人, never 亩 with 万元); changes
(增加120万元), bases (上年同期, 由4771公里), targets (年度任务), thresholds (5000万元以上项目),
per-unit and average values (万元/亩, 人均), stocks (保有量, 余额) unless the whole is named as that stock too
(民用汽车保有量…，其中私人汽车保有量…), a second figure of one item (…6家，累计12家), clauses
that open a new statement and bracketed details are never parts. Tolerance comes from the precision
as written (:mod:`draftcheck.numbers.interval`): every rounded part may be off by half its last digit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon import counting_units, load_toml
from draftcheck.lexicon.categories import disjoint_families, named_members, together
from draftcheck.lexicon.words import alternation
from draftcheck.numbers.breakdown import (
    PART_ROLES, CHANGE_BEFORE, NOT_A_PART, TOTAL_WORD_BEFORE, breakdowns, total_word_of, by_criterion, complete_by_names, covers_every_range, expand_elided, listed_after_whole, years_cover,
)
from draftcheck.numbers.clause_model import Role, counts_things
from draftcheck.numbers.formatting import in_units_of, plain, unit_text
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.quantity import Kind, Quantity, QuantityIndex, document_quantities
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.text.windowed_scan import finditer_located
from draftcheck.text.width import fold_width

SUM_KIND = "sum"
PART_KIND = "part-exceeds"

_TOTAL_LINE = re.compile(r"[ \t　]*(?:以上|上述)?(?:[两二三四五六七八九十]|\d{1,2})?(?:项|个)?(?:合计|共计|总计)")
_MARKER_ONLY = re.compile(r"[\s\d()（）一二三四五六七八九十、.．①-⑳:：是•·-]*")
_QIZHONG_LINE = re.compile(r"[ \t　]*其中")
_SENTENCE_END = re.compile(r"[。！？!?]")
_CLAUSE_BOUNDARY = "，,、；;：:。！？!?\n\r"
_ITEM_BOUNDARY = "；;。！？!?\n\r"

# 其中 opening a list (，其中 / 。其中：/ 、其中), not the pronoun of 贯穿其中的 / 融入其中
_QIZHONG = re.compile(r"(?:(?<=[,，、。；;:：\s(（])|^)其中", re.M)
# other openers of a breakdown of the figure before them: 分行业看，/ 按产业分：/ 从构成来看，
_BREAKDOWN = re.compile(r"(?<=[,，。；;])(?:分|按|从)[\u4e00-\u9fa5]{1,6}?(?:来看|看|划分|分类|分)[,，:：]")
# a sub-breakdown of an earlier part named again: ；在企业中，私营企业… / 。新开工项目中，工业项目…
# Where _QIZHONG and _BREAKDOWN may start, led by what the regex engine skips to (their own leading lookbehinds
# are tried at every position): text/windowed_scan.finditer_located, the same matches.
_QIZHONG_START = re.compile("其中")
_BREAKDOWN_START = re.compile(r"[分按从](?<=[,，。；;][分按从])")
# (also with no comma after 中: 其中规上工业企业213家，规上工业企业中高新技术企业231家 / 新开工项目中10亿元以上项目31个,
# kept only when an earlier figure is named by the head: see _qizhong_lists)
_NESTED = re.compile(r"(?<=[,，。；;])在?(?P<head>[\u4e00-\u9fa5]{2,10}?)(?:当中|之中|中)(?:的)?(?P<comma>[,，:：]?)")
# parts first, then the total: 两项合计 / 以上合计 / ，合计 / ，共7家
_TOTAL_AFTER = re.compile(
    # (the leading lookahead names the characters a match can start with, so the regex engine skips
    # every other position quickly; the matches are the same)
    r"(?=[\d两二三四五六七八九十以上前合共总进营销投贸全])"
    r"(?:(?P<count>(?:[两二三四五六七八九十]|\d{1,2})(?:(?:个|家)(?:项|类|者|种|部分|笔|园区|片区|板块|区|园|县|镇|乡|街道|期|季度|方面|企业|项目|单位)?|项|类|者|种|部分|笔|园区|片区|板块|区|园|县|镇|乡|街道|期|季度|方面|企业|项目|单位)"
    # (四个乡镇（街道）总计: a short bracketed alias after the counted noun)
    r"(?:[\u4e00-\u9fa5]{1,4}?(?=合计|共计|总计|累计|总数|\())?(?:\([\u4e00-\u9fa5、]{1,8}\)(?=合计|共计|总计|累计|总数))?"
    r"|(?:[两二三四五六七八九十]|\d{1,2})年(?=累计)|以上|上述|前述|三者|两者|二者)?"
    r"(?P<word>合计|共计|总计|累计|总数(?:达到|达|为)?)"
    r"|(?<=[,，])(?P<whole>(?:进出口|营业|销售|投资|贸易)?总(?:额|量|值)|(?P<year>全年|上半年|下半年|前三季度))(?P<word2>合计|共计|总计|累计|共(?=完成|实现|有|达))"
    r"|(?<=[,，、])(?P<gong>共)(?=[有计为]?(?:\d|[一二三四五六七八九十两]))"
    # 三个村及两个社区共4个点位: counted groups joined in one clause, then 共 and their number
    r"|(?<=[\u4e00-\u9fa5])(?P<gong2>共)(?=\d|[一二三四五六七八九十两]))"
)
# total first, then an exhaustive list
_LIST_OPENED = re.compile(r"(?:分别为|分别是|分别有|具体为)[:：]?$")
# a colon right after a whole's figure (a list after 分别为 is read on the clause model: breakdown.py)
_COLON_AFTER = re.compile(rf"[:：](?!(?:逐年|各年|每年|依次)?(?:{alternation(('completeness', 'after_whole'))}))")
_NEXT_LIST = re.compile(r"[:：]|分别为|分别是|具体为|分别有")

# context in the same clause before a quantity that makes it something other than a part
# context in the same clause before a quantity that makes it something other than a part (shared with the
# breakdowns read on the clause model, which take the same words for parts of a list)
_CHANGE_BEFORE, _NOT_A_PART = CHANGE_BEFORE, NOT_A_PART
_NOT_A_TOTAL = re.compile(r"比|较(?![大小高低为])|均|每")  # (a comparison with no base period, a mean)
_LEADING_WORDS = re.compile(r"^(?:其中|同时|另有|另|并|还|分别为|分别是|分别|为|是)+")
# a clause that opens a new statement rather than continuing a list of parts
_STATEMENT_START = re.compile(
    r"(?:新增|增加|新建|建成|完成|实现|新开工|开工|累计|共有|拥有|改造|加固|治理|修复|造林|减少|下降|增长|提高|"
    r"达到|全年|年末|同时|此外|另外|另获|另有|另|全市|全省|全县|全区|全国|争取|获得|发行|发放|兑现|拨付|下达|安排|引进|签约)"
)
_LABEL_TRIM = re.compile(r"(?:为|达到|达|了|约|近|共计|合计|总计|累计|共|计|完成|实现)+$")
_ZERO = Decimal(0)
_SWAP_REMAINDER = Decimal("0.05")  # the largest share of a whole that two swapped digits of it may leave over
_INCREMENT = re.compile(r"新增|增加")
_STOCK = re.compile(r"拥有|共有|现有|保有|存量|总量|规模|达到")
_COMPARABLE_PRICES = re.compile(r"增加值|生产总值|GDP|可比|不变价|实际增长")
_VALUE_ADDED = re.compile(r"增加值|生产总值|GDP")
_GROSS_MEASURE = re.compile(r"产值|营业收入|主营业务收入|销售收入|销售额|营收|销售产值")
_FAR_LARGER = 3
_CUMULATIVE = re.compile(r"累计|截至|截止|至今|以来|历年")
_TOTAL_REACH = 200  # how far before 其中 its total may stand (characters)


# words without which a paragraph holds no list of parts (a quick test before the regexes)
_BLOCK_WORDS = ("其中", "合计", "共计", "总计", "累计", "总数", "共", "分别", "组成", "构成", "看,", "分,", "中,", ":", "分为", "分成")
_ANY_BLOCK_WORD = re.compile("|".join(map(re.escape, _BLOCK_WORDS)))  # (one search instead of a test per word)


@dataclass
class PartList:
    """A total and the parts a phrasing ties to it."""

    total: Quantity
    parts: list[Quantity]
    exhaustive: bool  # 合计/共计/分别为/由…组成: the parts are all of the total
    wording: str  # 合计, 其中, 分别为 ... (for the message)
    excluded: int = 0  # same-dimension figures in the list that are not parts (changes, bases ...)
    unmarked: bool = False  # no word ties the parts to the whole: only names can (see _unmarked_lists)
    extended: list[Quantity] = field(default_factory=list)  # 其中 parts continued in later sentences
    list_start: int = 0  # where the parts begin (after 其中 / 分别为 ...)
    reason: str = ""  # why an exhaustive list is all of the total (for the message)
    named_whole: bool = False  # complete by the parts' names alone, no total word: the message says 总数, not 合计
    only_exceeds: bool = False  # parts in 人 under a whole in 人次: a part may not exceed it, parts are not added

_BRACKET = re.compile(r"[(（)）]")


def find(ctx) -> list[Relation]:
    index = document_quantities(ctx)
    relations: list[Relation] = []
    seen_totals: set[tuple[int, bool]] = set()  # (a total's start, whether its parts stand before it)
    seen_parts: set[int] = set()
    # totals read only as partial lists that found nothing wrong: a division by one criterion read on the clause
    # model (按地形地貌划分，A、B、C分别为…) replaces their reading
    partial: dict[tuple[int, bool], list[Relation]] = {}
    for start, end in _blocks(ctx.folded, ctx.segmentation):
        marked = _ANY_BLOCK_WORD.search(ctx.folded, start, end) is not None
        if not marked and ctx.folded.find("、", start, end) < 0:
            continue  # (an unmarked list is a 、-list: 城东园区148亿元、城西园区102亿元)
        for part_list in _part_lists(ctx, ctx.folded, start, end, index, marked):
            # (one figure may close the parts before it, 合计33个, and open a division after it, ；按投资规模分：…: a
            # total is read once on each side)
            side = _side(part_list.total, part_list.parts)
            if side in seen_totals and not part_list.exhaustive and not part_list.unmarked and part_list.parts and not any(
                    p.start in seen_parts for p in part_list.parts):
                # the whole named again after its first list (新开工项目86个，其中…；新开工项目中10亿元以上项目92个): its
                # other parts may not exceed it either (the sum of the first list stands)
                relations.extend(r for r in _check(ctx, part_list)
                                 if r.kind == PART_KIND and r.outcome == Outcome.INCONSISTENT)
                seen_parts.update(p.start for p in part_list.parts)
                continue
            if side in seen_totals or (part_list.unmarked and part_list.total.start in seen_parts):
                continue  # (a figure already read as a part is no unmarked whole of the items after it)
            checked = _check(ctx, part_list)
            if part_list.only_exceeds and all(r.outcome != Outcome.INCONSISTENT for r in checked):
                relations.extend(checked)
                continue  # (nothing wrong across the two units: the whole stays open to its parts in its own unit)
            if checked:  # (a list that yields no relation, its figures not parts, leaves the total to other readers)
                seen_totals.add(side)
                seen_parts.update(p.start for p in part_list.parts)
                relations.extend(checked)
                if not part_list.exhaustive and all(r.outcome != Outcome.INCONSISTENT for r in checked):
                    partial[side] = checked
    for found in breakdowns(ctx):
        side = _side(found.total, found.parts)
        if side in seen_totals:
            if not found.division or side not in partial:
                continue
            # (the partial reading's sum is replaced; its finding that no part exceeds the whole still holds)
            replaced = [r for r in partial.pop(side) if r.kind == SUM_KIND]
            relations = [r for r in relations if not any(r is old for old in replaced)]
        seen_totals.add(side)
        relations.extend(_check(ctx, PartList(
            found.total, list(found.parts), exhaustive=bool(found.complete), wording=found.wording,
            list_start=found.list_start, reason=found.complete, named_whole=found.stance == "split")))
    if "=" in ctx.folded and "+" in ctx.folded:
        relations.extend(_written_sums(ctx))
    return relations


def _side(total: Quantity, parts) -> tuple[int, bool]:
    """A total and the side its parts stand on (before it: 合计 after the items; after it: 其中, 分别为)."""
    return total.start, bool(parts) and parts[0].start < total.start


# a sum written out: 12.6+8.4+5.1=27.1亿元 / 9431万元+7032万元=16463万元, read on the shared quantities: figures
# joined by + and closed by = and one more figure (spaces allowed around the signs, the same unit on every side
# where one is written)
_PLUS, _EQUALS = frozenset("+＋"), frozenset("=＝")
_OPERATOR_NEAR = frozenset("0123456789.．-－×*/÷+＋")  # (a figure beside these is inside a longer expression)


def _written_sums(ctx) -> list[Relation]:
    """Sums written out as arithmetic (a+b+c=d): the result against the terms, within their rounding."""
    text, index = ctx.text, document_quantities(ctx)
    relations = []
    for sentence in ctx.segmentation.sentences:
        body = sentence.text
        if not ("=" in body or "＝" in body) or not ("+" in body or "＋" in body):
            continue
        figures = [q for q in index.between(sentence.start, sentence.end) if q.kind in (Kind.AMOUNT, Kind.PERCENT)]
        run: list[Quantity] = []
        for q in figures:
            sign = text[run[-1].end : q.start].strip(" \t") if run else ""
            if run and sign in _PLUS:
                run.append(q)
                continue
            if len(run) >= 2 and sign in _EQUALS:
                relation = _written_sum(text, run, q)
                if relation is not None:
                    relations.append(relation)
            run = [q]
    return relations


def _written_sum(text: str, terms: list[Quantity], result: Quantity) -> Relation | None:
    if (terms[0].start and text[terms[0].start - 1] in _OPERATOR_NEAR) or (
            result.end < len(text) and text[result.end] in _OPERATOR_NEAR):
        return None  # 2×3+4=10 / 12+30=42-… : part of a longer expression
    written = [text[q.start : q.end] for q in terms + [result]]
    units = {_UNIT_TAIL.search(w).group() for w in written if _UNIT_TAIL.search(w)}
    if len(units) > 1:
        return None  # 3亿元+5000万元=…: mixed magnitudes are not added here
    total = sum((q.value for q in terms), _ZERO)
    slack = sum((Decimal(5).scaleb(-(max(q.decimals, 0) + 1)) for q in terms + [result]), _ZERO)
    base = dict(kind=SUM_KIND, code="DC201", start=result.start, end=result.end)
    if abs(total - result.value) <= slack:
        return Relation(outcome=Outcome.CONSISTENT, **base)
    unit = next(iter(units), "")
    shown = " + ".join(plain(q.value) for q in terms)
    return Relation(
        outcome=Outcome.INCONSISTENT, severity=Severity.ERROR,
        message=f"算式结果 {text[result.start:result.end]} 有误：{shown} = {plain(total)}{unit}，相差 {plain(abs(total - result.value))}{unit}",
        suggestion=f"将结果改为 {plain(total)}{unit}，或核对各加数",
        related=[("算式", terms[0].start, result.end)], **base,
    )


_UNIT_TAIL = re.compile(r"[\u4e00-\u9fa5%％]{1,3}$")


# ---------------------------------------------------------------------------------------------
# Finding the lists


def _blocks(folded: str, segmentation):
    """The paragraphs of the shared segmentation (``ctx.segmentation``); a paragraph ending in a colon
    takes the numbered lines after it along (``其中：`` / ``1、工业投资4.5亿元；`` / ``2、基础设施投资2.7亿元。``):
    lines opened by an item marker of the segmentation's item level (``Segmentation.marker_at``) or a bullet."""
    lines = [(p.start, p.end) for p in segmentation.paragraphs]
    i = 0
    while i < len(lines):
        start, end = lines[i]
        opens = folded[start:end].rstrip().endswith((":", "："))
        j = i + 1 if opens else i
        while j < len(lines) and _opens_item(segmentation, folded, lines[j][0]):
            j += 1
        listed = j - (i + 1 if opens else i)
        if listed >= 2 or (opens and listed):
            if j < len(lines) and _TOTAL_LINE.match(folded, lines[j][0]):
                j += 1  # …the list closed by a line of its own: 合计投资2.1亿元。
            yield start, lines[j - 1][1]
            i = j
            continue
        # a line opening with 其中 continues the line above (农户总数 1735户 ⏎ 其中：脱贫户 1894户)
        while i + 1 < len(lines) and _QIZHONG_LINE.match(folded, lines[i + 1][0]):
            i += 1
            end = lines[i][1]
        yield start, end
        i += 1



# the outline styles that number the items of a list (not 第一，/ 其一 / 一要, which number points of an argument)
_ITEM_STYLES = ("arabic", "half_paren", "paren_ar", "paren_cn", "cn_dun", "shi", "circled")
_BULLETS = ("-", "•", "·")


def _opens_item(segmentation, folded: str, position: int) -> bool:
    """Does the line at ``position`` open with an item marker (1、 / (2) / 三是 / ④ / a bullet), after blanks?"""
    while position < len(folded) and folded[position] in " \t\u3000":
        position += 1
    if position >= len(folded) or folded[position] not in _MARKER_FIRST:
        return False  # (most lines open with a word: no style is tried)
    if folded.startswith(_BULLETS, position):
        return True
    return any(segmentation.marker_at(style, position) is not None for style in _ITEM_STYLES)


# the characters an item marker may open with (digits, 一…十, brackets, circled numbers, bullets)
_MARKER_FIRST = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十(（①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳-•·")


def _part_lists(ctx, folded: str, start: int, end: int, index: QuantityIndex, marked: bool = True):
    quantities = [q for q in index.between(start, end) if q.kind in (Kind.AMOUNT,) and q.unit != "" or _unitless_amount(q)]
    if len(quantities) < 3:
        if len(quantities) < 2 or not marked:
            return
    quantities = QuantityIndex(quantities)  # searched by position: every lookup stays local
    depth = _bracket_depth(folded, start, end)
    sentences = _sentence_spans(folded, start, end)
    if marked:
        yield from _qizhong_lists(folded, quantities, sentences, depth, start, ctx.clause_model, index)
        yield from _total_after_lists(folded, quantities, sentences, depth, start, end, ctx.clause_model)
        yield from _colon_lists(folded, quantities, sentences, depth, start, ctx.clause_model)
        for found in listed_after_whole(ctx, start, end):
            yield PartList(found.total, list(found.parts), exhaustive=True, wording=found.wording,
                           excluded=found.excluded)
    yield from _unmarked_lists(ctx, quantities, start, end)


def _unitless_amount(q: Quantity) -> bool:
    """7359万 (a magnitude without a unit) is an amount; a bare 12 is not."""
    return q.kind == Kind.AMOUNT and q.unit == "" and q.magnitude != 1


def _sentence_spans(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, begin = [], start
    for m in _SENTENCE_END.finditer(folded, start, end):
        spans.append((begin, m.end()))
        begin = m.end()
    if begin < end:
        spans.append((begin, end))
    return spans


def _sentence_of(sentences, position: int) -> tuple[int, int]:
    i = bisect.bisect_right(sentences, (position, 1 << 62)) - 1
    if 0 <= i and position < sentences[i][1]:
        return sentences[i]
    return sentences[-1]


def _bracket_depth(folded: str, start: int, end: int) -> list[int]:
    """Bracket nesting level of every character of ``folded[start:end]`` (a bracket counts as inside).

    Only the brackets are visited: the characters between two of them share one level. A bracket that never
    closes in the paragraph (or a closer with no opener) is no bracket, as the shared segmentation reads it
    (重点项目86个(含省级以上重点项目12个，…，其中新开工项目34个…: the 其中 stands outside any aside)."""
    end = min(end, len(folded))
    marks = [(m.start(), m.group() in "(（") for m in _BRACKET.finditer(folded, start, end)]
    paired: set[int] = set()
    stack: list[int] = []
    for position, opens in marks:
        if opens:
            stack.append(position)
        elif stack:
            paired.add(stack.pop())
            paired.add(position)
    depth: list[int] = []
    level, position = 0, start
    for at, opens in marks:
        if at not in paired:
            continue
        depth.extend([level] * (at - position))
        if opens:
            level += 1
        depth.append(level)
        if not opens:
            level -= 1
        position = at + 1
    depth.extend([level] * (end - position))
    return depth


_THOUSANDS_COMMA = re.compile(r"\d,\d{3}(?!\d)")


def _clause_end(folded: str, position: int, ceiling: int) -> int:
    i = position
    while i < ceiling and (folded[i] not in _CLAUSE_BOUNDARY or _THOUSANDS_COMMA.match(folded, i - 1)):
        i += 1  # (the comma of 3,126人 separates thousands, not clauses)
    return i


def _clause_start(folded: str, position: int, floor: int) -> int:
    i = position - 1
    while i >= floor and folded[i] not in _CLAUSE_BOUNDARY:
        i -= 1
    return i + 1


_CONTEXT_REACH = 100  # the longest clause read before a figure (a run without punctuation is not a clause)


def _context(folded: str, q: Quantity, floor: int) -> str:
    return folded[_clause_start(folded, q.start, max(floor, q.start - _CONTEXT_REACH)) : q.start]


def _part_status(folded: str, q: Quantity, floor: int, depth: list[int], para_start: int, model, level: int = 0,
                 increment: str = "", whole: str = "") -> str:
    """"part", "bracketed" (a detail inside brackets) or "other" (a change, base, target ...).

    The roles come from the clause model (a change 增加120万元, a base 上年同期…, a target 年度任务…, a rate or share,
    the first figure of a transition 由4771公里…); the nouns of a capacity, stock, mean or gap (年产, 余额, 每…,
    顺差), which it gives no role, from ``_NOT_A_PART_NOUN``. ``increment`` (新增) is the change word of a total that
    sums changes: parts written with it count. ``whole``: the words before the whole's figure (a stock named there
    too, 民用汽车保有量…，其中私人汽车保有量…, is a stock split into parts)."""
    if depth[q.start - para_start] > level:
        if depth[q.start - para_start] == level + 1 and _figure_of_label(folded, q, para_start):
            return "part"  # 工业投资（21.5亿元）、基础设施投资（15.2亿元）: each part's figure in brackets
        return "bracketed"
    if q.kind != Kind.AMOUNT or q.qualifier in ("以上", "及以上", "超过", "超", "逾") or "/" in q.unit:
        return "other"
    typed = model.typed(q)
    if typed is None:
        return "other"
    context = _context(folded, q, floor)
    noun = _NOT_A_PART_NOUN.search(context)
    if noun and not (noun.group() in _STOCK_NOUNS and noun.group() in whole):
        return "other"
    if _other_role(model, typed, context):
        # A公司新增12.8万吨，B公司新增9.6万吨，三家企业合计新增产能…: an increment is a part of a sum of increments
        # (a count after a verb of action, 改造提升12个、规范挂牌9个，共计29个, counts the things acted on)
        increase = typed.role == Role.CHANGE and typed.sign > 0
        return "part" if increment and increase and context.endswith(increment) else "other"
    if not _LABEL_TRIM.sub("", _LEADING_WORDS.sub("", context)).strip() and _boundary_before(folded, q, floor) in ",，":
        if not (floor > 0 and _LIST_OPENED.search(folded, max(0, floor - 6), floor)):
            return "other"  # 新增科创板上市公司6家，累计12家: a second figure of the same item
        # 共计168.5亿元，分别为14.2亿元、…: the first of the listed figures
    return "part"


def _dated(typed) -> bool:
    """A base dated by its year alone (其中2023年完成3.2亿元): the value of a year, a part of a span of years, not a
    base period of a comparison (上年同期…, 比一九五二年的二百七十亿元: the comparison word is in ``_NOT_A_PART_NOUN``)."""
    return typed.role == Role.BASE and _YEAR_CUE.match(typed.cue) is not None


_YEAR_CUE = re.compile(r"(?:19|20)\d{2}年|[一二][〇零一二三四五六七八九]{3}年")
_TRANSITION_REACH = 40  # how far after the first figure of a transition (由A…) its second (…增加到B) is sought


def _transition_from(model, typed) -> bool:
    """The first figure of a transition (由4771公里增加到5200公里): typed ``from`` with a ``to`` figure after it in its
    sentence (从事批发零售的4.12万户 has none: 从事 is a verb)."""
    if typed.transition != "from":
        return False
    q = typed.quantity
    return any(t.transition == "to" for t in model.between(q.end, q.end + _TRANSITION_REACH))


_STOCK_NOUNS = frozenset({"保有量", "余额", "总里程", "总规模", "产能"})  # (nouns of _NOT_A_PART_NOUN naming a stock)


# the roles of the clause model that make a figure no part of a list
_NOT_A_PART_ROLES = frozenset({Role.BASE, Role.TARGET, Role.RATE, Role.SHARE, Role.THRESHOLD})
# words before a figure in its clause that make it no part, where the clause model gives no role: a comparison with
# no base period (比第一个五年计划期间…的总和537个还多; not 较大隐患186处), a capacity, stock, mean or gap (年产5万吨,
# 贷款余额…, 每个乡镇至少一个, 贸易顺差9.5亿元), an equivalence (相当于), a share (占地 aside)
_NOT_A_PART_NOUN = re.compile(
    r"比|较(?![大小高低为])|均|每|年产|产能|相当于|占(?!地|用)|达到上|总(?:里程|量|规模|数|额)|保有量|余额|顺差|逆差|差额|"
    rf"{alternation(('difference', 'gap_nouns'))}"
)


def _figure_of_label(folded: str, q: Quantity, floor: int) -> bool:
    """The figure alone fills the bracket right after a name: 工业投资（21.5亿元）, not 46.8亿元（上年42亿元）
    nor 21.5亿元（2.15万元） (a figure already stands before the bracket)."""
    opening = q.start - 1
    if opening <= floor or folded[opening] not in "(（" or not folded.startswith((")", "）"), q.end):
        return False
    label = folded[max(floor, opening - 6) : opening]
    return bool(label) and "\u4e00" <= label[-1] <= "\u9fa5" and not _DIGIT_RE.search(label)


_DIGIT_RE = re.compile(r"\d")


def _boundary_before(folded: str, q: Quantity, floor: int) -> str:
    i = _clause_start(folded, q.start, floor) - 1
    return folded[i] if i >= floor else ""


def _collect(folded, quantities, total, lo, hi, depth, para_start, model, level=0, increment=""):
    parts, excluded = [], 0
    whole = _context(folded, total, max(0, total.start - 30))
    for q in quantities.between(lo, hi):
        if q is total or q.dimension != total.dimension:
            continue
        status = _part_status(folded, q, lo, depth, para_start, model, level, increment, whole)
        if status == "other" and _sub_aggregate(folded, q, total, lo):
            status = "part"
        if status == "part":
            parts.append(q)
        elif status == "other":
            excluded += 1
    return parts, excluded


_AGGREGATE = re.compile(r"(?P<name>[\u4e00-\u9fa5]{1,8}?)(?P<suffix>总额|总量|总值)$")


def _sub_aggregate(folded: str, q: Quantity, total: Quantity, floor: int) -> bool:
    """A part written as the aggregate of a narrower name than its whole's (进出口总额 186.5亿元，其中
    出口总额196.3亿元: 出口 lies inside 进出口), which 总额 alone would have taken for another measure."""
    part = _AGGREGATE.search(_LABEL_TRIM.sub("", _context(folded, q, floor).strip()))
    whole = _AGGREGATE.search(_LABEL_TRIM.sub("", _context(folded, total, max(0, total.start - 30)).strip()))
    if part is None or whole is None or part.group("suffix") != whole.group("suffix"):
        return False
    narrow, broad = _LEADING_WORDS.sub("", part.group("name")), whole.group("name")
    rest = iter(broad)  # (出口 and 进口 are both read inside 进出口: the narrow name's characters in order)
    return 2 <= len(narrow) < len(broad) and all(ch in rest for ch in narrow)


def _eligible_total(folded, q, floor, model) -> bool:
    """Can ``q`` be the whole of a list? An amount with no rate unit whose role in the clause model is a value or a
    count (a change, base, target, rate, share or threshold is none: see ``_other_role``), with no word of a
    comparison or a mean before it in its clause (``_NOT_A_TOTAL``)."""
    if q.kind != Kind.AMOUNT or "/" in q.unit:
        return False
    typed = model.typed(q)
    if typed is None:
        return False
    context = _context(folded, q, floor)
    if typed.role == Role.TARGET and typed.cue.startswith(_PLANNED):
        return not _NOT_A_TOTAL.search(context)  # 项目计划总投资2.6亿元，其中土建工程…: a planned size, split by its plan
    return not (_NOT_A_TOTAL.search(context) or _other_role(model, typed, context))


_PLANNED = "计划"  # the target word of a plan's own size (计划总投资), not of a task set from above (任务, 目标)


def _other_role(model, typed, context: str) -> bool:
    """Does the clause model give the figure a role that makes it neither a part nor a whole of a list? A base (not a
    value dated by its year alone), target, rate, share or threshold, the first figure of a transition, a change (a count
    after a verb of action, 改造提升12个, only after a verb of ``_CHANGE_BEFORE``)."""
    if typed.role in _NOT_A_PART_ROLES:
        return not _dated(typed)
    if typed.role == Role.CHANGE:
        return not typed.counted or _CHANGE_BEFORE.search(context) is not None
    return _transition_from(model, typed)


def _closing_bracket(folded: str, pos: int, end: int) -> int:
    level = 0
    for i in range(pos, end):
        ch = folded[i]
        if ch in "(（":
            level += 1
        elif ch in ")）":
            if level == 0:
                return i
            level -= 1
    return end


_VISITS = {unit: visits for unit, visits in load_toml("units.toml")["visits"].items()}  # 人 -> 人次 (units.toml [visits])


def _qizhong_lists(folded, quantities, sentences, depth, para_start, model, index: QuantityIndex):
    para_end = sentences[-1][1]
    openers = {m.start(): (m.end(), "") for m in finditer_located(_QIZHONG, _QIZHONG_START, folded, para_start, para_end)}
    for m in finditer_located(_BREAKDOWN, _BREAKDOWN_START, folded, para_start, para_end):
        openers.setdefault(m.start(), (m.end(), ""))
    bare: set[int] = set()  # the nested openers with no comma after 中: their list is their own clause
    for m in _NESTED.finditer(folded, para_start, para_end):
        head = m.group("head")
        if head.startswith("其") or (not m.group("comma") and not any(
                q.end <= m.start() and _named_by(folded, q, head, para_start)
                for q in quantities.between(max(para_start, m.start() - _TOTAL_REACH), m.start()))):
            continue  # (中 with no comma after it names a scope only when an earlier figure is of that head)
        openers.setdefault(m.start(), (m.end(), head))
        if not m.group("comma"):
            bare.add(m.start())
    markers = sorted(openers)
    for n, pos in enumerate(markers):
        opener_end, head = openers[pos]
        s_start, s_end = _sentence_of(sentences, pos)
        level = depth[pos - para_start]
        region_end = s_end
        line_end = folded.find("\n", pos, sentences[-1][1])
        if line_end > 0 and not folded[opener_end : line_end].strip(" \t:：\r"):
            region_end = sentences[-1][1]  # 其中： closing its line: the numbered lines below are the parts
            s_end = region_end
        if level:
            region_end = _closing_bracket(folded, pos, s_end)
        if pos in bare:
            # 企业中规上工业企业396户，个体工商户…: the part named again holds the figures of its own clause only
            region_end = min(region_end, _clause_end(folded, opener_end, region_end))
        if n + 1 < len(markers) and markers[n + 1] < region_end and depth[markers[n + 1] - para_start] == level:
            following = markers[n + 1]
            # (a part named again, ；在企业中 / ，规上企业中…, finds its whole by name: this list ends right before it)
            region_end = following if openers[following][1] else _region_end_before_next(folded, quantities, pos, following)
        region_start = opener_end
        # the total: the nearest eligible amount before 其中 (in this sentence, or in the sentence
        # before when 其中 opens the sentence) with the dimension of the first part after it
        floor = s_start
        opens_sentence = not folded[s_start:pos].strip(" \t,，:：、")
        if opens_sentence:
            previous = [s for s in sentences if s[1] <= s_start]
            floor = previous[-1][0] if previous else s_start
        # one list per dimension: 项目56个，总投资286亿元。其中，续建项目23个，总投资152亿元；…
        dimensions = []
        for q in quantities.between(region_start, region_end):
            if q.dimension not in dimensions and (_part_status(
                folded, q, region_start, depth, para_start, model, level, whole=folded[max(floor, pos - 40) : pos]
            ) == "part" or _AGGREGATE.search(_context(folded, q, region_start))):
                dimensions.append(q.dimension)  # (出口总额…: a part when its whole is 进出口总额, see _collect)
        if head:
            floor = para_start  # the part named again may stand in an earlier sentence
        for dimension in dimensions:
            visits = _VISITS.get(dimension)
            before = [q for q in reversed(quantities.between(max(floor, pos - _TOTAL_REACH), pos))
                      if (q.dimension == dimension or q.dimension == visits) and depth[q.start - para_start] <= level
                      and (not head or _named_by(folded, q, head, para_start))]
            if before and not head and _per_head(model, before[0]):
                # 人均可支配收入36215元，其中城镇居民44870元、农村居民24390元: the nearest figure of the parts' measure is a
                # per-head value, which the list splits by groups (none adds up to it); no earlier figure is its whole
                continue
            candidates = [q for q in before if _eligible_total(folded, q, _sentence_of(sentences, q.start)[0], model)]
            if len(candidates) >= 2 and _INCLUDED.match(folded, candidates[1].end, candidates[0].start):
                # 重点项目86个（含省级以上重点项目12个，…），其中新开工项目34个…: a figure the one before it includes is a
                # part of that one, not the whole of a later 其中
                candidates = candidates[1:]
            if candidates and _bound_between(index, candidates[0], pos, region_start, region_end, dimension):
                continue
            if not candidates:
                continue
            total = candidates[0]
            if total.dimension != dimension:
                # 培训3250人次，其中取得证书3520人: a whole in 人次 over parts in 人, read as if in 人, checked only for a
                # part larger than it (and only when no whole in the parts' own unit stands nearer)
                reading = replace(total, unit=dimension, magnitude=total.magnitude)
                list_end = _list_end(folded, quantities, reading, region_start, region_end)
                parts, _ = _collect(folded, quantities, reading, region_start, list_end, depth, para_start, model, level)
                # (only the first figure after 其中 is surely a part: 其中培育…412人，通过…带动转移就业5300余人 goes on
                # to another statement)
                parts = [p for p in parts[:1] if not p.approximate]
                yield PartList(total, parts, exhaustive=False, wording="其中", list_start=region_start, only_exceeds=True)
                continue
            if opens_sentence and not head:
                total = _named_whole(folded, quantities, candidates, region_start, region_end, dimension)
                if total is None:
                    continue
            list_end = _list_end(folded, quantities, total, region_start, region_end)
            parts, excluded = _collect(folded, quantities, total, region_start, list_end, depth, para_start, model, level)
            extended = []
            if list_end == s_end and not level:
                extended = _continued_parts(folded, quantities, total, sentences, s_end, depth, para_start, model)
            wording = "其中" if folded.startswith("其中", pos) else folded[pos:opener_end].rstrip(",，:：")
            yield PartList(total, parts, exhaustive=False, wording=wording, excluded=excluded, extended=extended,
                           list_start=region_start)


# what follows a figure that includes the next one: （含 / ，包括 (completeness.partial, without 其中 and 主要)
_INCLUDED = re.compile(r"\s*[(（,，]?\s*(?:含|包括)[^\d，,。；;]{0,20}$")


def _per_head(model, q: Quantity) -> bool:
    """A value per head or on average (人均可支配收入36215元, 平均每人收入1.2万元): typed a rate by the clause model
    though not a percentage."""
    typed = model.typed(q)
    return typed is not None and typed.role == Role.RATE and not q.is_percent


def _bound_between(index: QuantityIndex, whole: Quantity, opener: int, start: int, end: int, dimension) -> bool:
    """Is the first part a class bounded in a measure (超50万元的村) that a clause between the whole and 其中 bounds
    more loosely (村级集体经济收入全部超过20万元，其中超50万元的村9个)? The 其中 then divides the class that clause bounds,
    not the whole's (特色产业村5个 before it): the list has no whole written. (A bound the part's does not narrow,
    总投资超过56亿元，其中10亿元以上项目…, is an amount of the whole, not a class.)"""
    first = next((q for q in index.iter_between(start, end) if q.dimension == dimension), None)
    if first is None:
        return False
    bounds = [q for q in index.iter_between(start, first.start) if _bound_sense(q)]
    return any(_bound_sense(q) == _bound_sense(b) and q.dimension == b.dimension
               and (q.scaled < b.scaled if _bound_sense(b) > 0 else q.scaled > b.scaled)
               for b in bounds for q in index.iter_between(whole.end, opener))


_LOWER_BOUNDS = frozenset({"超过", "超", "逾", "过", "以上", "及以上"})


def _bound_sense(q: Quantity) -> int:
    """+1 for a lower bound of a class (超50万元, 5000万元以上), -1 for an upper one (不足10万元), 0 for no bound."""
    if not (q.kind == Kind.THRESHOLD or q.open_ended):
        return 0
    return 1 if q.qualifier in _LOWER_BOUNDS else -1


def _named_whole(folded, quantities, candidates: list[Quantity], start: int, end: int, dimension) -> Quantity | None:
    """The whole of a 其中 list among the figures before it (nearest first): the nearest, unless its name's
    head noun is absent from the first part's name and a farther one's is there (在校学生4.12万人，专任教师
    3268人。其中，义务教育阶段在校学生4.31万人: the part is of the students, not of the teachers); None when several
    of them, the nearest among them, carry the head noun the first part names (not told which one 其中 opens)."""
    nearest = candidates[0]
    first = next((q for q in quantities.iter_between(start, end) if q.dimension == dimension), None)
    if first is None or len(candidates) < 2:
        return nearest
    label = _context(folded, first, start)

    def head_noun(q: Quantity) -> str:
        name = _LABEL_TRIM.sub("", _context(folded, q, max(0, q.start - 30)).strip())
        return name[-2:] if len(name) >= 2 else ""

    if not head_noun(nearest):
        return nearest
    named = [q for q in candidates if head_noun(q) and head_noun(q) in label]
    if len(named) >= 2 and nearest in named:
        # several figures before it name what the part names (一般公共预算收入6.42亿元和政府性基金收入3.64亿元。其中，税收收入
        # 5.28亿元): which one 其中 opens is not told, so the list is not checked
        return None
    if head_noun(nearest) in label:
        return nearest
    return next((q for q in candidates[1:] if head_noun(q) and head_noun(q) in label), nearest)


def _named_by(folded: str, q: Quantity, head: str, floor: int) -> bool:
    """Is ``q`` the figure of the category ``head`` (其中企业12436户 for ``在企业中``)?"""
    label = _LABEL_TRIM.sub("", _LEADING_WORDS.sub("", _context(folded, q, floor).strip()))
    if label.endswith(head):
        return True
    # 出口总额中 names the figure of 其中出口120.18亿元: the head without its 总额/总量 is the label itself
    # (the whole label, so 进出口 is not taken for 出口)
    bare = _AGGREGATE_SUFFIX.sub("", head)
    return len(bare) >= 2 and bare != head and label == bare


_AGGREGATE_SUFFIX = re.compile(r"(?:总额|总量|总数|总值|总规模|总计)$")


def _sibling_category(total_label: str, clause: str) -> bool:
    """``clause`` names a member of a category family (lexicon categories.toml [[disjoint]]) and the total's label another
    member of the same family, and not this one: the clause is the total's sibling (服务业 beside 工业), not its part."""
    for whole, here in zip(named_members(total_label, PARTITION_FAMILIES), named_members(clause[:12], PARTITION_FAMILIES)):
        if whole and here and not (whole & here) and not any(a in b or b in a for a in whole for b in here) and not any(
            all(char in total_label for char in member) for member in here
        ):  # (进出口 names 进口 too, 城乡 乡村: a compound of members covers each of them)
            return True
    return False


def _list_end(folded, quantities, total, start, end) -> int:
    """Where a 其中 list stops: at a clause that opens a new statement (新增…, 完成…) or at an item
    after ；whose first figure alone exceeds the total (a sibling of the total, not a part)."""
    total_high = Interval.of(total).high
    i = start
    first_clause = True
    first_verb = ""
    figures, joined = 0, ""  # (、 before the second part's clause joins the items of one list)
    closed_at = -1  # the first ；since the last figure (a clause without a part may stand after it)
    while i < end:
        if i > start and folded[i - 1] in ";；" and closed_at < 0:
            closed_at = i
        j = _clause_end(folded, i, end)
        clause = folded[i:j]
        figure = next((q for q in quantities.iter_between(i, j) if q.dimension == total.dimension), None)
        verb = _STATEMENT_START.match(clause.lstrip(" \t"))
        if first_clause and verb:
            first_verb = verb.group(0)
        if not first_clause and figure is not None:
            if verb and verb.group(0) != first_verb:
                return i  # a new statement; 其中：引进博士12人，引进硕士45人 repeats the verb and goes on
            if closed_at >= 0 and Interval.of(figure).low > total_high \
                    and not _continues_items(folded, quantities, total, figure, start, closed_at):
                return closed_at  # (the item's figure may stand in a later clause of the ；-statement)
            if i > start and folded[i - 1] in ";；" and _sibling_category(_context(folded, total, 0), clause):
                return i  # 工业总产值…，其中规上工业产值…；服务业增加值…: another member of the total's own family
            if closed_at >= 0 and joined in "、，," and figures >= 2:
                return closed_at  # 其中小麦18.3万吨、玉米21.7万吨；油料3.4万吨: a list of 、 (or ，) items closed by ；
        if figure is not None and not _CHANGE_BEFORE.search(folded, i, figure.start) \
                and not _NOT_A_PART.search(folded, i, figure.start):  # (a change or base is no item of the list)
            closed_at = -1
            figures += 1
            if figures == 2 and i > start:
                joined = folded[i - 1]  # (the separator before the second figure's clause)
        if not _MARKER_ONLY.fullmatch(clause) and (figure is not None or not _NAMING_CLAUSE.fullmatch(clause)):
            first_clause = False  # (a clause naming the part without its figure opens the list too:
            # 在住宅投资中，90平方米以下住房投资占比提高，完成投资39.2亿元)
        i = j + 1
    return end


def _continues_items(folded: str, quantities, total: Quantity, figure: Quantity, start: int, item_start: int) -> bool:
    """Does the item after a ；continue the 其中 list rather than stand beside its whole? The list is opened by
    其中： and the item's name shares at least as long an ending with the list's first item as with the whole's
    (其中：科技支出2.31亿元；城乡社区支出21.06亿元 under 一般公共预算支出18.27亿元 is a part; 第三产业使用外资 after
    第二产业使用外资…，其中… is a sibling)."""
    if not folded.startswith((":", "："), start):
        return False  # (其中税收收入…；政府性基金收入… / 其中十亿元级项目2个；新入库…: only 其中： opens items across a ；)
    first = next((q for q in quantities.iter_between(start, item_start) if q.dimension == total.dimension), None)
    if first is None:
        return False
    item = _LABEL_TRIM.sub("", _context(folded, figure, item_start).strip())
    first_label = _LABEL_TRIM.sub("", _context(folded, first, start).strip())
    whole = _LABEL_TRIM.sub("", _context(folded, total, max(0, total.start - 30)).strip())
    return _common_ending(item, first_label) >= 2 and _common_ending(item, first_label) >= _common_ending(item, whole)


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# a clause that only names and describes the part before its figure comes: 90平方米以下住房投资占比提高
_NAMING_CLAUSE = re.compile(r".{2,20}?(?:占比|比重|规模|数量)(?:提高|提升|扩大|增加|上升)")


def _region_end_before_next(folded, quantities, pos, next_marker) -> int:
    """Where the first 其中 list stops when a second 其中 follows in the same sentence.

    ``…，其中A 80亿元；实现税收5亿元，其中…``: the amount just before the second 其中 is its total,
    so the first list ends where that total's clause begins.
    """
    before = quantities.between(pos + 1, next_marker)
    if not before:
        return next_marker
    last = before[-1]
    i = last.start - 1
    while i > pos and folded[i] not in _ITEM_BOUNDARY + "，,":
        i -= 1
    return max(i, pos + 2)


def _head_word(folded: str, total: Quantity, floor: int) -> str:
    label = _LABEL_TRIM.sub("", _context(folded, total, floor).strip())
    return label[-2:] if len(label) >= 2 else ""


def _continued_parts(folded, quantities, total, sentences, after, depth, para_start, model):
    """其中 items continued in the paragraph's next sentences, recognised by the total's head word.

    ``完成固定资产投入68787万元。其中：基础设施建设投入15270万元……。……；制造业……累计完成投入53315万元``
    """
    head = _head_word(folded, total, _sentence_of(sentences, total.start)[0])
    if not head:
        return []
    found = []
    for s, e in sentences:
        if s < after:
            continue
        text = folded[s:e]
        if any(word in text for word in ("其中", "合计", "共计", "总计")):
            break
        for q in quantities.between(s, e):
            if q.dimension == total.dimension:
                clause = _context(folded, q, s)
                if head in clause and _part_status(folded, q, s, depth, para_start, model) == "part":
                    found.append(q)
                    break
    return found


def _total_after_lists(folded, quantities, sentences, depth, para_start, para_end, model):
    closed_at = para_start  # the end of the last total that closed a list: its parts are not the next one's
    for m in _TOTAL_AFTER.finditer(folded, para_start, para_end):
        marker_end = m.end()
        total = next(quantities.iter_between(marker_end, marker_end + 60), None)
        if total is not None and total.start > marker_end + 8:
            total = None
        if total is None or _has_boundary(folded, marker_end, total.start) or not _eligible_total(
            folded, total, m.start(), model
        ):
            continue
        gap = folded[marker_end : total.start]
        increment = _INCREMENT.match(gap)
        stock = _STOCK.search(gap)
        if _NOT_A_PART.search(gap[increment.end():].replace("产能", "") if increment else gap):
            continue
        count_word = m.group("count")
        lead = m.start()
        if (m.group("word") or "")[:2] in ("累计", "总数") and not _count_word(count_word):
            continue  # 累计/总数 close a list only after its number: 四年累计…, 四类企业总数…
        if m.group("gong2"):
            joined = _joined_counts(folded, quantities, total, lead, para_start)
            if joined:
                yield PartList(total, joined, exhaustive=True, wording="共")
            continue
        scope = _SCOPE_BEFORE.search(folded, max(para_start, lead - 4), lead) if lead > para_start else None
        if scope and scope.start() > para_start and folded[scope.start() - 1] not in _CLAUSE_BOUNDARY:
            scope = None
        # (甲40万元、乙30万元（合计80万元）: a bracket opened by 合计 right after the parts closes them)
        if not count_word and not m.group("gong") and lead > para_start and folded[lead - 1] not in _CLAUSE_BOUNDARY \
                and scope is None and not (folded[lead - 1] == "(" and m.group("word")):
            continue  # 中央建设投资总计为1521亿元: the total of a named category, not of the items before
        # (全市共计161家 / 以上共计90个项目: a scope word or a back reference opens the clause of the total)
        s_start, _ = _sentence_of(sentences, m.start())
        back = lead if m.group(0).startswith(_BACK_REFERENCES) else (
            scope.start() if scope and scope.group(0) in _BACK_REFERENCES else -1)
        if count_word and back < 0 and not folded[s_start:lead].strip():
            back = lead  # 。四个项目共计3.3亿元: the number of the items opens the sentence, they are listed before it
        if back >= 0 and not folded[s_start:back].strip():
            previous = [s for s in sentences if s[1] <= s_start]
            if previous:
                s_start = previous[-1][0]  # …（四）生态环保类项目28个。以上共计90个项目: the sentence before
        line_start = folded.rfind("\n", para_start, lead) + 1
        if line_start > para_start and not folded[line_start:lead].strip(" \t　以上述"):
            s_start = para_start  # a 合计 line under numbered lines sums all of them
        elif not count_word and folded[lead - 1] not in ";；":
            # (a 合计 right after ；closes the ；-list: A 612万元；B 478万元；合计1090万元)
            s_start = max(s_start, max(folded.rfind(ch, s_start, lead) for ch in ";；") + 1)
        lo = max(_list_start(folded, s_start, m.start()), closed_at)
        parts, excluded = _collect(folded, quantities, total, lo, m.start(), depth, para_start, model,
                                   increment=increment.group(0) if increment else "")
        if stock and any(_INCREMENT.search(_context(folded, p, lo)) for p in parts):
            continue  # A新增12.4万平方米，B新增8.7万平方米，合计拥有86万平方米: a stock, not the increments
        count = _count_word(m.group("count"))
        if count and len(parts) >= count:
            parts = parts[-count:]
            excluded = 0
        elif count:
            continue
        if m.group("year") and not _periods_cover(m.group("year"), _labels(folded, parts, lo), folded[lo : parts[0].start] if parts else ""):
            if (m.group("word2") or "") == "累计" or _PERIOD_NAMED.search(folded, lo, m.start()):
                continue  # 12月完成投资2.1亿元，全年累计18.6亿元: the year is more than the months named
            # (儿童接种84.2万剂次，成人接种39.9万剂次，全年合计…: parts named by what they count, no period among them:
            # 全年 dates the total, 合计 sums the items)
        closed_at = total.end
        yield PartList(total, parts, exhaustive=True, wording=m.group("word") or m.group("word2") or "共",
                       excluded=excluded)


# words between a clause boundary and 合计/共计 that name the scope of the whole or point back at the
# items listed (全市共计161家, 以上合计, 上述项目共计 is left to the count group of _TOTAL_AFTER)
_BACK_REFERENCES = together("back_references")  # lexicon/categories.toml [together]
_SCOPE_BEFORE = re.compile(r"(?:全(?:市|县|区|省|镇|乡|园|部)|以上|上述|前述)$")


_JOINER = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:及|和|与|以及|、)[\u4e00-\u9fa5]{0,8}$")


def _joined_counts(folded, quantities, total, lead, para_start) -> list[Quantity]:
    """The counted groups before 共 in its clause (三个村及城区两个社区共4个点位): at least two counts
    of the total's unit, each followed by its noun, joined by 及/和/与/、, and nothing else counted."""
    lo = _clause_start(folded, lead, para_start)
    while lo > para_start and folded[lo - 1] == "、":
        lo = _clause_start(folded, lo - 1, para_start)
    found = [q for q in quantities.between(lo, lead) if q.dimension == total.dimension]
    if len(found) < 2 or any(q.unit != total.unit or q.magnitude != 1 or q.approximate for q in found):
        return []
    for previous, following in zip(found, found[1:]):
        if not _JOINER.match(folded[previous.end : following.start]):
            return []
    if not re.fullmatch(r"[\u4e00-\u9fa5]{1,8}", folded[found[-1].end : lead]):
        return []
    return found


# the name of one item of a list with no marker, before its figure (城东园区148亿元 / 规上企业实施41个)
_ITEM_NAME = re.compile(r"[\u4e00-\u9fa5“”]{2,12}")
_WHOLE_ROLES = (Role.VALUE, Role.COUNT)


def _unmarked_lists(ctx, quantities: QuantityIndex, start: int, end: int):
    """A whole, then its parts with no word between (三个园区合计完成产值326亿元，城东园区148亿元、城西园区
    102亿元、城南园区86亿元 / 实施技改项目62个，规上企业实施41个、规下企业实施25个), read on the shared segmentation
    and clause model: the whole ends its clause, and each item after it (``Segmentation.items`` of the statement at
    、，；) is a short name and one figure of the whole's dimension typed as a value, count or part. Such a list is
    only checked when its names say it is complete (a declared count, a complete split of the lexicon, every period,
    the members named with the whole): see ``_check``."""
    text, segmentation, model = ctx.text, ctx.segmentation, ctx.clause_model
    figures = quantities.quantities
    statements = None
    for k, total in enumerate(figures[:-2]):
        second = figures[k + 1]
        if not ctx.folded.startswith(",", total.end) or second.dimension != total.dimension \
                or second.start - total.end > 16:
            continue  # (the first item's figure follows within a short name: a cheap test before the rest)
        if statements is None:
            statements = _statements_between(segmentation, start, end)
            statement_starts = [s for s, _ in statements]
        i = bisect.bisect_right(statement_starts, total.start) - 1
        if i < 0 or statements[i][1] <= second.start:
            continue
        s_start, s_end = statements[i]
        if _inside_brackets(segmentation, total.start):
            continue
        before = figures[k - 1] if k else None
        if before is not None and before.start >= s_start and before.dimension == total.dimension and (
            "其中" in text[before.end : total.start] or _item_of_list(text, segmentation, before, total)
        ):
            continue  # 其中工业企业98家，商贸企业42家，…: an item of a list, not the whole of the next ones
        if not _eligible_total(ctx.folded, total, s_start, model):
            continue
        items = segmentation.items(total.end, s_end, "、，；")
        if not items or len(items) < 3 or items[0][1] > total.end:
            continue
        parts: list[Quantity] = []
        for item_start, item_end in items[1:]:
            inside = quantities.between(item_start, item_end)
            q = inside[0] if inside else None
            if q is None or q.dimension != total.dimension or not _ITEM_NAME.fullmatch(
                    _LABEL_TRIM_VERB.sub("", text[item_start : q.start])) or not _plain_part(q, text[item_start : q.start]):
                break
            parts.append(q)
            if len(inside) > 1:
                break  # (a second figure in the item: what follows belongs to it, not to the list)
        if len(parts) < 2:
            continue
        whole = model.typed(total)  # (the roles last: typing is the costly part)
        if whole is None or whole.role not in _WHOLE_ROLES:
            continue
        kept = []
        for q in parts:
            typed = model.typed(q)
            if typed is None or typed.role not in PART_ROLES:
                break
            kept.append(q)
        if len(kept) >= 2:
            yield PartList(total, kept, exhaustive=False, wording="", list_start=total.end + 1, unmarked=True)


_LABEL_TRIM_VERB = re.compile(r"(?:为|达到|达|完成|实现)$")


def _statements_between(segmentation, start: int, end: int) -> list[tuple[int, int]]:
    """The statements of the segmentation (sentences joined across ；) lying in [start, end)."""
    statements = segmentation.statements()
    i = bisect.bisect_left(statements, (start, -1))
    out = []
    while i < len(statements) and statements[i][1] <= end:
        out.append(statements[i])
        i += 1
    return out


def _inside_brackets(segmentation, position: int) -> bool:
    sentence = segmentation.sentence_at(position)
    return sentence is not None and any(a < position < b for a, b in sentence.protected)


def _item_of_list(text: str, segmentation, before: Quantity, q: Quantity) -> bool:
    """Is ``q`` the figure of an item after ``before``'s (one separator, then a short name)?"""
    items = segmentation.items(before.end, q.start, "、，；")
    return bool(items) and len(items) == 2 and items[0][1] == before.end \
        and _ITEM_NAME.fullmatch(_LABEL_TRIM_VERB.sub("", text[items[1][0] : q.start])) is not None


def _plain_part(q: Quantity, label: str) -> bool:
    """A figure that can be a part: an amount with no open bound, no rate unit, no change or base word before it."""
    return q.kind == Kind.AMOUNT and q.qualifier not in ("以上", "及以上", "超过", "超", "逾") and "/" not in q.unit \
        and not _CHANGE_BEFORE.search(label) and not _NOT_A_PART.search(label)


def _list_start(folded: str, sentence_start: int, marker: int) -> int:
    """Parts before a 合计 start after the last 其中, colon or earlier total marker in the sentence."""
    lo = sentence_start
    for pattern in ("其中", "：", ":", "合计", "共计", "总计"):
        i = folded.rfind(pattern, sentence_start, marker)
        if i >= 0:
            lo = max(lo, i + len(pattern))
    return lo


def _count_word(word: str | None) -> int:
    if not word:
        return 0
    digits = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
    if word[0] in digits:
        return digits[word[0]]
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group(0))
    if word in ("三者",):
        return 3
    if word in ("两者", "二者"):
        return 2
    return 0


def _has_boundary(folded: str, start: int, end: int) -> bool:
    return any(ch in _CLAUSE_BOUNDARY for ch in folded[start:end])


def _colon_lists(folded, quantities, sentences, depth, para_start, model):
    """A colon right after a whole with no total word before it: a breakdown that need not be complete, when
    the colon's first item carries a figure (``新增就业岗位4270个：工业企业2150个，…``; not ``荣誉4项：A、B、C，
    另获省级荣誉12项``). After a total word (``共计5.86亿元：…``), after 分别为 and after 分N批： the list is all
    of the whole and is read on the clause model (:func:`draftcheck.numbers.breakdown.listed_after_whole`)."""
    para_end = sentences[-1][1]
    openers = [m.start() for m in _NEXT_LIST.finditer(folded, para_start, para_end)]  # (found once)
    for total in quantities.quantities:
        after = _COLON_AFTER.match(folded, total.end)
        if after is None:
            continue
        s_start, s_end = _sentence_of(sentences, total.start)
        head = folded[max(s_start, total.start - 40) : total.start]
        # a list after a figure ends at the next colon: another figure's breakdown (岗位4270个：…；
        # 资金3.2亿元：…), so every figure is read once ("3个：" repeated is linear, not quadratic)
        # (and at the next 分别为: 资金3.2亿元，分别为…；项目12个，分别为…)
        k = bisect.bisect_left(openers, after.end())
        if k < len(openers) and openers[k] < s_end:
            s_end = openers[k]
        if "其中" in head[-20:] or TOTAL_WORD_BEFORE.search(head):
            continue
        if not _eligible_total(folded, total, s_start, model):
            continue
        first_end = next((i for i in range(after.end(), s_end) if folded[i] in _CLAUSE_BOUNDARY), s_end)
        if not any(q.dimension == total.dimension for q in quantities.iter_between(after.end(), first_end)):
            continue
        list_end = _list_end(folded, quantities, total, after.end(), s_end)
        parts, excluded = _collect(folded, quantities, total, after.end(), list_end, depth, para_start, model)
        yield PartList(total, parts, exhaustive=False, wording="：", excluded=excluded, list_start=after.end())


# ---------------------------------------------------------------------------------------------
# Checking them


# More parts than any breakdown in prose lists: a degenerate text ("3个：" a thousand times), whose every
# figure would otherwise be checked as the whole of all the figures after it (quadratic work).
_MOST_PARTS = 100


def _check(ctx, pl: PartList) -> list[Relation]:
    text = ctx.text
    total, parts = pl.total, pl.parts
    if not parts:
        return []
    if len(parts) > _MOST_PARTS:
        return [Relation(kind=SUM_KIND, code="DC201", outcome=Outcome.NOT_CHECKABLE, start=total.start, end=total.end)]
    if pl.unmarked:
        reason = _complete_by_wording(ctx, pl)
        if not reason:
            return []  # figures after a whole need not be its parts: only names that complete it say so
        pl.exhaustive = True
    total_iv = Interval.of(total)
    relations: list[Relation] = []
    over = [p for p in parts if Interval.of(p).low > total_iv.high]
    if over and not _CUMULATIVE.search(_clause_before(text, total)):
        # 今年完成投资5亿元，其中A项目累计完成投资12亿元: a running total since the start, another period
        over = [p for p in over if not _CUMULATIVE.search(_clause_before(text, p))]
    if over and _VALUE_ADDED.search(_clause_before(text, total)):
        # 生产总值120亿元，其中规上工业总产值180亿元: gross output is another measure, not a part
        over = [p for p in over if not _GROSS_MEASURE.search(text[max(0, p.start - 20) : p.start])]
    far = [p for p in over if p.scaled > total.scaled * _FAR_LARGER and not _unit_slip(p, total)
           and not (pl.wording == "其中" and _point_slip(text, p, total))]  # (按X分 may be read under a sibling whole)
    if far and (pl.exhaustive or len(far) == len(over) or far[0].start < min(p.start for p in over if p not in far)):
        # a "part" several times its whole is not a slip in a figure but another referent
        # (村民小组 395.0万个 listed after 村委会 under 自治组织 60.6万个): not checkable
        return [Relation(kind=PART_KIND, code="DC202", outcome=Outcome.NOT_CHECKABLE, start=total.start, end=total.end)]
    if far:  # …其中A 1305件 (over the whole), then 有效注册量一万件, a later figure of another statement
        over = [p for p in over if p not in far]
        parts = [p for p in parts if p not in far]
    total_label = _total_label(pl)
    if not pl.exhaustive:
        # the first part over the whole: the first figures after 其中 are surely its parts, later ones may name another
        # referent (造林绿化1.25万亩，其中人工造林1.52万亩，…森林抚育2.6万亩)
        worst = min(over, key=lambda p: p.start) if over else None
        outcome = Outcome.INCONSISTENT if worst else Outcome.CONSISTENT
        if worst is not None:
            relations.append(Relation(
                kind=PART_KIND, code="DC202", outcome=outcome, start=worst.start, end=worst.end,
                message=(f"分项 {text[worst.start:worst.end]} 大于其所属的总数 {text[total.start:total.end]}，"
                         f"超出 {_excess(worst, total)}："
                         f"{_listed(pl)}的部分不可能大于整体{_unit_note(worst, total)}"),
                related=[("总数", total.start, total.end), ("分项", worst.start, worst.end)],
                severity=Severity.ERROR,
            ))
            return relations
        relations.append(Relation(kind=PART_KIND, code="DC202", outcome=outcome, start=total.start, end=total.end))
    elif over:
        worst = max(over, key=lambda p: p.scaled)
        relations.append(Relation(
            kind=PART_KIND, code="DC202", outcome=Outcome.INCONSISTENT, start=worst.start, end=worst.end,
            message=(f"分项 {text[worst.start:worst.end]} 大于{total_label} {text[total.start:total.end]}，"
                     f"超出 {_excess(worst, total)}"),
            related=[("总数", total.start, total.end), ("分项", worst.start, worst.end)],
            severity=Severity.ERROR,
        ))
        return relations
    if pl.only_exceeds or (len(parts) < 2 and (pl.exhaustive or not pl.extended)):
        return relations
    relations.append(_sum_relation(ctx, pl, total_iv))
    return relations


def _unit_slip(part: Quantity, total: Quantity) -> bool:
    """A part written in a larger unit than its whole whose number would fit under it in the whole's unit
    (财政总收入8640万元，其中税收收入7.25亿元): a slip in the unit, not another referent however far larger."""
    if part.approximate or part.qualifier or len(part.value.normalize().as_tuple().digits) < 2:
        return False
    return part.magnitude > total.magnitude and part.unit == total.unit and _ZERO < part.value < total.value


def _point_slip(text: str, part: Quantity, total: Quantity) -> bool:
    """A part ten or a hundred times what fits under its whole, named as a kind of the whole's own measure
    (全社会用电量28.64亿千瓦时，其中工业用电量196.5亿千瓦时: 19.65 with its decimal point slipped): not another referent
    (村民小组 395.0万个 under 自治组织 60.6万个 names another thing) but a slip, however far larger."""
    if part.unit != total.unit or part.magnitude != total.magnitude or not (part.scaled / 100 < total.scaled):
        return False
    part_label = _LABEL_TRIM.sub("", _LEADING_WORDS.sub("", _clause_before(text, part).strip(" \t,，:："))).strip()
    whole_label = _LABEL_TRIM.sub("", _clause_before(text, total).strip()).strip()
    if _CROSS_CUTTING.search(part_label):
        return False  # (新增民营企业860家，其中注册资本超亿元的企业6500家: a tier of all firms, not of the new ones)
    shared = _common_ending(part_label, whole_label)
    return shared >= 2 and len(part_label) > shared and len(whole_label) > shared


def _unit_note(part: Quantity, total: Quantity) -> str:
    if not _unit_slip(part, total):
        return ""
    return f"（分项的数字 {plain(part.value)} 小于总数的数字 {plain(total.value)}，疑为单位“{unit_text(total)}”误写为“{unit_text(part)}”）"


def _listed(pl: PartList) -> str:
    """How the message names the parts: “其中”所列 / 所列."""
    return "“其中”所列" if pl.wording == "其中" else "所列"


def _clause_before(text: str, q: Quantity) -> str:
    window = fold_width(text[max(0, q.start - 60) : q.start])
    return window[_clause_start(window, len(window), 0) :]


def _excess(part: Quantity, total: Quantity) -> str:
    """How much the part exceeds the total, in the finer of the two units (8000万元 over 0.75亿元: 500万元)."""
    finer = part if part.magnitude < total.magnitude else total
    places = max(part.decimals if finer is part else 0, _extra_places(finer, [part, total]))
    return in_units_of(part.scaled - total.scaled, finer, places)


def _total_label(pl: PartList) -> str:
    return "合计" if pl.exhaustive and not pl.named_whole else "总数"


def _extra_places(total: Quantity, parts: list[Quantity]) -> int:
    """Decimals needed to show parts' sums in the total's magnitude (8000万元 in 亿元 needs 1)."""
    need = 0
    for p in parts:
        shift = (total.magnitude / p.magnitude).adjusted() if p.magnitude < total.magnitude else 0
        need = max(need, p.decimals + shift - total.decimals)
    return max(need, 0)


# A figure that adds up the parts listed before it (上述三项民生支出合计24.2亿元 after 教育、社保、卫生): a subtotal, no part.
_SUBTOTAL_WORD = re.compile(r"合计|共计|小计|总计|上述|以上|前述")


def _holds_a_subtotal(text: str, parts: list[Quantity]) -> bool:
    """Whether a part after the second is written as the total of the parts before it (a total word in its clause, and
    their sum within rounding): the list mixes a subtotal with its parts, so its sum says nothing about the whole."""
    for i in range(2, len(parts)):
        if _SUBTOTAL_WORD.search(_clause_before(text, parts[i])) and interval_sum(
            Interval.of(p) for p in parts[:i]
        ).overlaps(Interval.of(parts[i])):
            return True
    return False


def _sum_relation(ctx, pl: PartList, total_iv: Interval) -> Relation:
    text = ctx.text
    total = pl.total
    parts = list(pl.parts)
    sum_iv = interval_sum(Interval.of(p) for p in parts)
    related = [(_total_label(pl), total.start, total.end)] + [
        (f"分项{n}", p.start, p.end) for n, p in enumerate(parts, 1)
    ]
    base = dict(kind=SUM_KIND, code="DC201", start=total.start, end=total.end, related=related)
    if not sum_iv.bounded:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if sum_iv.overlaps(total_iv) and not _touching(sum_iv, total_iv, [total] + parts):
        return Relation(outcome=Outcome.CONSISTENT, **base)
    if _holds_a_subtotal(text, parts):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    exceeds = sum_iv.low >= total_iv.high
    reason = pl.reason
    labels = _labels(text, parts, pl.list_start)  # (read once: the completeness, partition and slip tests share them)
    if not pl.exhaustive:
        reason = _complete_by_wording(ctx, pl, labels)
        pl.exhaustive = bool(reason)
        if reason and not exceeds and _rounded_twice_overlap(total, parts) and complete_by_names(labels, total, parts):
            # complete only by the parts' names (企业、个体工商户、农民专业合作社 of 经营主体), and short of the total by
            # no more than each figure's last digit: the figures were rounded from others, a minor class may be left out
            return Relation(outcome=Outcome.CONSISTENT, **base)
    if pl.exhaustive:
        if pl.excluded:
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
        return _mismatch(text, pl, parts, sum_iv, total_iv, base, reason=reason)
    if exceeds:
        if not _CUMULATIVE.search(_clause_before(text, total)) and any(
            _CUMULATIVE.search(_clause_before(text, p)) for p in parts
        ):
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)  # running totals of another period
        if _complete_before_a_clause(text, parts, total_iv):
            # 总投资1.2亿元，其中上级资金3600万元、专项债券5000万元、乡镇自筹3400万元，年内完成投资9860万元: the parts before
            # a comma already make the whole; what follows is another statement, not one more part
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
        criterion = by_criterion(pl.wording)
        if criterion:
            # 按工种分，电工…、焊工…: classes of one criterion are disjoint, whatever their names
            return _mismatch(text, pl, parts, sum_iv, total_iv, base,
                             reason=f"；“{criterion}”所列各类互不重叠，其和不应超过总数")
        slipped = _slipped_digits(total, parts)
        if not (is_partition(labels) or _parallel_items(text, pl.total, parts, labels) or slipped == "swapped"
                or (slipped == "changed" and _parallel_items(text, pl.total, parts, labels, strict=False))):
            # (a sum over the whole that is the whole with one inner digit changed is a typed figure,
            # not overlapping categories: 18450 + 26730 + 8206 = 53386 under 共52386)
            # 其中 categories may overlap (因私出境 / 赴港澳台出境): only disjoint ones can be added up
            return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
        return _mismatch(text, pl, parts, sum_iv, total_iv, base,
                         reason=f"；{_listed(pl)}各项之和不应超过总数")
    # a 其中 list adding up to less than the whole may just be incomplete, unless the total is the
    # exact sum with one digit slipped (10.75 for 10.57, 4483 for 4438, 2.3195 for 2.0195), or the
    # parts' growth rates show that a leftover category would have had a negative base last year
    if len(parts) >= 2 and _digit_slip(text, pl, parts, labels):
        # a warning: an incomplete list leaves such a remainder only by chance, but it can
        relation = _mismatch(text, pl, parts, sum_iv, total_iv, base,
                             reason="；总数与分项之和只差一位数字或两位数字颠倒，疑为笔误")
        relation.severity = Severity.WARNING
        return relation
    return _base_check(ctx, pl, total_iv, base)


_CLAUSE_COMMAS = frozenset("，,；;")  # a clause ends between two parts (not 、)


def _complete_before_a_clause(text: str, parts: list[Quantity], total_iv: Interval) -> bool:
    """Whether the first two or more parts of a 其中 list, ending where a clause boundary (，；) rather than 、 follows,
    already add up to the whole within rounding (lead, from a trap of the 2026-12-17 set)."""
    for k in range(2, len(parts)):
        if not _CLAUSE_COMMAS.intersection(text[parts[k - 1].end : parts[k].start]):
            continue
        prefix = interval_sum(Interval.of(p) for p in parts[:k])
        if prefix.bounded and prefix.overlaps(total_iv):
            return True
    return False


def _touching(sum_iv: Interval, total_iv: Interval, figures: list[Quantity]) -> bool:
    """Do the sum and the total meet only at the edge of their rounding (十二万 + 八万 + 六万 against
    二十八万: 26 ± 1.5 reaches 27.5, 28 ± 0.5 starts there)? A figure rounded to its last digit lies in
    a half-open interval, so two such intervals that only touch hold no common value."""
    if any(q.approximate or q.qualifier for q in figures):
        return False
    # (the open end must be a rounded one: an exact sum equal to the total's lower edge is inside it)
    return (sum_iv.high == total_iv.low and sum_iv.low < sum_iv.high) or (
        sum_iv.low == total_iv.high and total_iv.low < total_iv.high)


def _digit_slip(text: str, pl: PartList, parts: list[Quantity], labels: list[str]) -> bool:
    """Is the total, as written, the exact sum of the parts with two adjacent digits swapped, or with
    one inner digit changed? Both need three significant digits, so a round remainder (5000 for 3000)
    is not taken for a slip; a sum finer than the total's last digit is not compared. A changed digit
    is a weaker sign (the remainder d×10ⁿ may be a real item left out): the parts must name disjoint
    categories, or be parallel items of one list with four significant digits or more
    (1.28万亩，其中工业用地8600亩，盘活存量土地3200亩 is not taken for 1.18)."""
    kind = _slipped_digits(pl.total, parts)
    if kind == "swapped":
        # (a swap of the leading digits leaves a remainder a partial list explains as well: 卫生技术人员3920人，
        # 其中执业医师1530人、注册护士1760人 leaves 630 to 药师, 技师 …)
        # (a whole stated as a total, 共计发放…4969.8万元，包括…, is the sum of what it lists: a swap is a slip whatever it leaves)
        return pl.total.scaled - sum((p.scaled for p in parts), _ZERO) <= pl.total.scaled * _SWAP_REMAINDER or bool(
            total_word_of(text, pl.total))
    if kind != "changed":
        return False
    if is_partition(labels) or by_criterion(pl.wording):
        return True  # (按层次分，高层次人才…，骨干人才…: classes of one criterion are disjoint)
    digits = len(str(int(pl.total.value.scaleb(max(pl.total.decimals, 0)))).rstrip("0"))
    return digits >= 4 and _parallel_items(text, pl.total, parts, labels)


def _slipped_digits(total: Quantity, parts: list[Quantity]) -> str:
    """"swapped", "changed" or "" (see :func:`_digit_slip`)."""
    if total.approximate or any(p.approximate for p in parts):
        return ""
    places = max(total.decimals, 0)
    quantum = Decimal(1).scaleb(-places)
    sum_value = sum((p.scaled for p in parts), _ZERO) / total.magnitude
    if sum_value != sum_value.quantize(quantum) or total.value != total.value.quantize(quantum):
        return ""
    written = str(int(total.value.scaleb(places)))
    computed = str(int(sum_value.scaleb(places)))
    if len(written) != len(computed) or len(written.rstrip("0")) < 3 or len(computed.rstrip("0")) < 3:
        return ""
    diffs = [i for i, (a, b) in enumerate(zip(written, computed)) if a != b]
    if len(diffs) == 1:
        # not the leading digit (the list may leave a large item out) nor the last (a small one)
        return "changed" if 0 < diffs[0] < len(written) - 1 else ""
    swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and written[diffs[0]] == computed[diffs[1]] and (
        written[diffs[1]] == computed[diffs[0]]
    )
    return "swapped" if swapped else ""


def _rounded_twice_overlap(total, parts) -> bool:
    """The total and the sum of its parts meet when every figure may be off by one unit of its last digit (rounded from
    a figure that was itself rounded), as derived figures are read (rate_arithmetic.derived_figure_tolerance)."""
    def widened(q) -> Interval:
        iv = Interval.of(q)
        return Interval(iv.low - q.half_unit, iv.high + q.half_unit) if not q.is_exact_count else iv
    sum_iv = interval_sum(widened(p) for p in parts)
    return sum_iv.bounded and sum_iv.overlaps(widened(total))


def _complete_by_wording(ctx, pl: PartList, labels: list[str] | None = None) -> str:
    """Why a 其中 list is complete (empty when nothing says so): its last item is 其他/其余
    (工业企业98家……其他企业18家), it names every quarter or both halves of the year, the total names
    as many members as are listed (两个园区合计…, 东区和西区共…), or the items' own counts add up
    to the whole's count (项目28个……其中工业项目19个……服务业项目9个)."""
    text = ctx.text
    if labels is None:
        labels = _labels(text, pl.parts, pl.list_start)
    if labels and _REST.search(labels[-1]):
        return "；所列各项以“其他”收尾，已是全部"
    if _all_periods(labels):
        return "；所列各期已覆盖全年"
    sentence_start = max(text.rfind(ch, max(0, pl.total.start - 80), pl.total.start) for ch in "。；;\n") + 1
    span = years_cover(fold_width(text[sentence_start : pl.total.start]), labels)
    if span:
        return f"；所列各年已覆盖“{span}”"
    if covers_every_range(labels):
        return f"；{'、'.join(labels)}首尾相接，已是全部"
    split = complete_by_names(labels, pl.total, pl.parts)
    if split:
        return f"；{'、'.join(split)}已是全部"
    counted = _counts_add_up(ctx, pl)
    if counted:
        return counted
    if len(pl.parts) >= 2 and _SUMMED_BEFORE.search(_clause_before(text, pl.total)) and _near_whole(pl) and (
        _parallel_items(text, pl.total, pl.parts, labels, strict=False)
    ):
        # 完成固定资产投资合计68787万元，其中基础设施投资…、产业投资…: a whole written as a sum, then items
        # that miss it by a sliver (a list that leaves items out leaves more than 2% of a 合计 aside:
        # 救助资金合计2318.6万元，其中城市救助764.2万元、特困救助501.9万元 is only two kinds of several)
        return "；总数写明“合计”，其后所列为其各项"
    if _members_named(text, pl.total, labels):
        return "；总数所指的各部分均已列出"
    clause_start = max(text.rfind(ch, max(0, pl.total.start - 60), pl.total.start) for ch in "，,。；;：:\n") + 1
    declared = _DECLARED_COUNT.search(fold_width(text[clause_start : pl.total.start])) or _QUOTED_COUNT.search(
        text, clause_start, pl.total.start)
    if declared:
        n = declared.group("n")
        count = _count_word(n)
        if count == len(pl.parts):
            return f"；“{declared.group(0)}”均已列出"
    # 完成土地流转2.3万亩，分三批实施：第一批…: the number of parts declared between the whole and its list
    between = fold_width(text[pl.total.end : pl.list_start]) if pl.list_start > pl.total.end else ""
    split = _SPLIT_COUNT.search(between) if len(between) <= 30 else None
    if split:
        n = split.group("n")
        count = _count_word(n)
        if count == len(pl.parts):
            return f"；“{split.group(0)}”均已列出"
    # 林地由生态公益林和商品林两部分组成，总面积为186.7万亩，其中…: the sentence declares the parts and their number
    sentence_start = max(text.rfind(ch, max(0, pl.total.start - 120), pl.total.start) for ch in "。；;\n") + 1
    composed = _COMPOSED_COUNT.search(fold_width(text[sentence_start : pl.total.start]))
    if composed:
        n = composed.group("n")
        count = _count_word(n)
        if count == len(pl.parts) == len(re.split(r"[、和及与]", composed.group("names"))):
            return f"；“{composed.group(0)}”均已列出"
    return ""


def _near_whole(pl: PartList) -> bool:
    """The parts add up to within 2% of the whole (and not to more)."""
    whole = pl.total.scaled
    rest = whole - sum((p.scaled for p in pl.parts), _ZERO)
    return whole > 0 and _ZERO < rest <= whole * Decimal("0.02")


# 合计 right before the figure of a 其中 list's whole (合计68787万元 / 合计为 / 合计达)
_SUMMED_BEFORE = re.compile(r"合计(?:为|达到|达)?$")
_NAME_RUN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[和、及与][\u4e00-\u9fff]{1,8})+")


def _members_named(text: str, total: Quantity, labels: list[str]) -> bool:
    """The total's own clause names exactly the listed members: ``东区和西区共完成投资12.6亿元，
    其中东区7.2亿元、西区4.9亿元`` (the two areas are all of it)."""
    if len(labels) < 2 or any(len(label) < 2 for label in labels):
        return False
    clause = _clause_before(text, total)
    for run in _NAME_RUN.finditer(clause):
        names = re.split(r"[和、及与]", run.group(0))
        if len(names) != len(labels):
            continue
        keys = [label[:2] for label in labels]
        # (东区和西区共: the first name ends with its key; 脱贫人口和监测对象共: with the whole label)
        if len(set(keys)) == len(keys) and names[0].endswith((keys[0], labels[0])) and all(
            name.startswith(key) for name, key in zip(names[1:], keys[1:])
        ):
            return True
    return False


_COUNT_UNITS = counting_units("listed")  # (units.toml [counting])


def _counts_add_up(ctx, pl: PartList) -> str:
    """The items of a 其中 list are counted too, and their counts add up to the whole's count:
    ``新签约项目28个、总投资86亿元，其中工业项目19个、投资61亿元，服务业项目9个、投资21亿元``
    (19 + 9 = 28: nothing is missing, so the amounts must add up to the total amount too). The counts are the shared
    quantities that count things (``counts_things``: the clause model's ``counted``)."""
    text, total, parts = ctx.text, pl.total, pl.parts
    lo = max(0, total.start - 80)
    lo = max([lo] + [text.rfind(ch, lo, total.start) + 1 for ch in "。！？!?\n"])
    counts = [q for q in document_quantities(ctx).between(lo, parts[-1].start)
              if counts_things(q) and q.unit in _COUNT_UNITS and not q.approximate]
    whole = [q for q in counts if q.start < total.start]
    if not whole:
        return ""
    unit = whole[-1].unit
    boundaries = [pl.list_start] + [p.end for p in parts[:-1]]
    part_counts = []
    for begin, part in zip(boundaries, parts):
        inside = [q for q in counts if begin <= q.start < part.start and q.unit == unit]
        if len(inside) != 1:
            return ""
        part_counts.append(inside[0].value)
    if len(part_counts) < 2 or sum(part_counts) != whole[-1].value:
        return ""
    terms = " + ".join(plain(c) for c in part_counts)
    return f"；各分项的个数 {terms} = {plain(whole[-1].value)}{unit}，已是全部"


def _mismatch(text, pl, parts, sum_iv, total_iv, base, reason):
    total = pl.total
    extra = _extra_places(total, parts)
    sum_value = sum((p.scaled for p in parts), _ZERO)
    difference = total.scaled - sum_value
    same_magnitude = all(p.magnitude == total.magnitude and p.unit == total.unit for p in parts)
    terms = " + ".join(plain(p.value) if same_magnitude else text[p.start : p.end] for p in parts)
    label = _total_label(pl)
    message = (
        f"{label} {text[total.start:total.end]} 与分项之和 {in_units_of(sum_value, total, extra)}（{terms}）不符，"
        f"相差 {in_units_of(abs(difference), total, extra)}{reason}"
    )
    severity = Severity.WARNING if _rounding_slip(sum_iv, total_iv, parts, total) else Severity.ERROR
    swapped = _swapped_part(total, parts) if _slipped_digits(total, parts) != "swapped" else None
    if swapped is not None:
        # 52.7 + 21.3 + 14.2 under 86.4: with 12.4 for 14.2 the parts add up exactly, so the slip may be that part's
        # as well as the total's: the finding spans both
        part, corrected = swapped
        written, corrected = text[part.start : part.end], plain(corrected) + unit_text(part)
        return Relation(
            outcome=Outcome.INCONSISTENT, severity=severity,
            message=f"{message}；若分项 {written} 为 {corrected}（两位数字颠倒），各项之和恰为{label}",
            suggestion=f"核对分项 {written}（疑为 {corrected}），或将{label}改为 {in_units_of(sum_value, total, extra)}",
            **{**base, "start": min(part.start, total.start), "end": max(part.end, total.end)})
    return Relation(outcome=Outcome.INCONSISTENT, message=message, severity=severity,
                    suggestion=f"核对各分项，或将{label}改为 {in_units_of(sum_value, total, extra)}", **base)


def _swapped_part(total: Quantity, parts: list[Quantity]) -> tuple[Quantity, Decimal] | None:
    """The one part whose two adjacent digits, swapped back, make the parts add up to the total exactly, with the
    value it then has; None when no part or more than one part does (then the slip cannot be placed)."""
    if total.approximate or any(p.approximate for p in parts):
        return None
    rest = total.scaled - sum((p.scaled for p in parts), _ZERO)
    if not rest:
        return None
    found = []
    for p in parts:
        places = max(p.decimals, 0)
        digits = str(int(p.value.scaleb(places)))
        if Decimal(digits).scaleb(-places) != p.value:
            continue
        for i in range(len(digits) - 1):
            if digits[i] == digits[i + 1] or (i == 0 and digits[1] == "0"):
                continue
            value = Decimal(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]).scaleb(-places)
            if (value - p.value) * p.magnitude == rest:
                found.append((p, value))
    return found[0] if len(found) == 1 else None


def _rounding_slip(sum_iv: Interval, total_iv: Interval, parts: list[Quantity], total: Quantity) -> bool:
    """Off by no more than the rounding of the figures once more: a slip, not a wrong figure."""
    slack = total.half_unit + sum((p.half_unit for p in parts), _ZERO)
    return sum_iv.distance(total_iv) <= slack


def _base_check(ctx, pl: PartList, total_iv: Interval, base: dict) -> Relation:
    text, total = ctx.text, pl.total
    parts = list(pl.parts) + list(pl.extended)
    if len(parts) < 2:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    sum_iv = interval_sum(Interval.of(p) for p in parts)
    if not sum_iv.bounded or sum_iv.low > total_iv.high:
        # the continued items would push the sum past the whole: they are not parts after all
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    if not is_partition(_labels(text, parts, pl.list_start)) or _COMPARABLE_PRICES.search(
        text[max(0, total.start - 40) : parts[-1].end]
    ):
        # value added grows at comparable prices: its rates do not divide nominal values
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    base["related"] = [("总数", total.start, total.end)] + [(f"分项{n}", p.start, p.end) for n, p in enumerate(parts, 1)]
    rates = [_growth_rate(ctx, q, parts + [total]) for q in [total] + parts]
    if any(rate is None for rate in rates):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    try:
        bases = [Interval.of(q) / (Interval.exact(Decimal(1)) + Interval.of(rate, scaled=False).scale(Decimal("0.01")))
                 for q, rate in zip([total] + parts, rates)]
    except (ZeroDivisionError, ArithmeticError):
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    total_base, part_bases = bases[0], interval_sum(bases[1:])
    if part_bases.low <= total_base.high:
        return Relation(outcome=Outcome.NOT_CHECKABLE, **base)
    extra = _extra_places(total, parts)
    sum_value = sum((p.scaled for p in parts), _ZERO)
    same_magnitude = all(p.magnitude == total.magnitude and p.unit == total.unit for p in parts)
    terms = " + ".join(plain(p.value) if same_magnitude else text[p.start : p.end] for p in parts)
    unit = unit_text(total)
    part_terms = " + ".join(
        f"{plain(p.value)}/{plain(1 + r.value / 100, r.decimals + 2)}" for p, r in zip(parts, rates[1:])
    )
    message = (
        f"总数 {text[total.start:total.end]} 与分项之和 {in_units_of(sum_value, total, extra)}（{terms}）不符，"
        f"相差 {in_units_of(total.scaled - sum_value, total, extra)}：按各自增速推算，分项上年之和"
        f" {plain(part_bases.mid / total.magnitude, 0)}{unit}（{part_terms}）已超过总数上年"
        f" {plain(total_base.mid / total.magnitude, 0)}{unit}（{plain(total.value)}/"
        f"{plain(1 + rates[0].value / 100, rates[0].decimals + 2)}），其余部分不可能为负"
    )
    return Relation(outcome=Outcome.INCONSISTENT, message=message, severity=Severity.ERROR, **base)


def _growth_rate(ctx, q: Quantity, others: list[Quantity]) -> Quantity | None:
    """The growth rate stated right after ``q`` (同比增长30.17%), signed, before the next part and in its sentence: the
    first percentage after it, when the clause model types it a rate of change (not one over several years, 年均)."""
    sentence = ctx.segmentation.sentence_at(q.start)
    limit = min([o.start for o in others if o.start > q.start] + [q.end + _GROWTH_REACH, sentence.end if sentence else q.end])
    rate = next((t for t in ctx.clause_model.between(q.end, limit) if t.quantity.kind == Kind.PERCENT), None)
    if rate is None or rate.role != Role.RATE or not rate.sign or rate.compound:
        return None
    value = rate.quantity
    return replace(value, value=-value.value) if rate.sign < 0 and value.value > 0 else value


_GROWTH_REACH = 30  # how far after a figure its growth rate may end (比上年同期增长 and a short name between)


# ---------------------------------------------------------------------------------------------
# Disjoint categories

# Families of categories that never overlap; parts whose labels each name a different member of one
# family are a partition of their total. Everything else (高新技术企业 / 亿元以上企业) may overlap.
PARTITION_FAMILIES = disjoint_families()  # lexicon/categories.toml [[disjoint]]
# grades of one scale: C级危房 / D级危房, 一类 / 二类, Ⅲ类水质 (each thing has exactly one grade)
_GRADE = re.compile(r"(?<![A-Za-z])[A-E]级|[一二三四五六]级(?!以上|以下|及)|[Ⅰ-Ⅵ]类|[一二三四]类(?!以上|以下|及)")
_PHASE = re.compile(r"(?:第)?[一二三四五六七八九十\d]{1,3}(?:期|标段|号地块|批次|批)")
_PERIOD = re.compile(r"(?:19|20)\d{2}年|第?[一二三四1-4]季度|[上下]半年|(?<!\d)(?:1[0-2]|[1-9])月份?|[一二三四五六七八九十]{1,2}月份?")
_REST = re.compile(r"其他|其余|其它|剩余|余下")
_COMPOSED_COUNT = re.compile(
    r"由(?P<names>[^，,。；;：:]{2,40}?)(?:等)?(?P<n>[两二三四五六七八九十]|\d)(?:个|大)?(?:部分|类|块|项)(?:组成|构成)"
)
_DECLARED_COUNT = re.compile(
    r"(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|家|项|大|类|所|座|条|期|批|片区|园区|板块|县|区|镇|乡镇)"
)
# a quoted abbreviation that opens with the number of its members: “三公”经费, “四上”企业, “两费”
_QUOTED_COUNT = re.compile(r"(?<=“)(?P<n>[两二三四五六七八九十])[\u4e00-\u9fff]{1,3}(?=”)")
_BRACKETED = re.compile(r"[(（][^()（）]{0,60}[)）]")
_SPLIT_COUNT = re.compile(r"分(?:为|成)?(?P<n>[两二三四五六七八九十]|\d)(?:个)?(?:批次|批|期|类|部分|阶段|片区|块|个方面)")
_OVERLAPPING = ({"工业", "制造业"},)
_LIST_NAMES = re.compile(r"(?P<names>[^,，。；;：:]{2,60}?)分别(?:为|是|达到?|完成|实现|有)")


_CONJUNCTIONS = frozenset({"和", "及", "与", "以及"})  # (a、b和c: the last figure's "label" is the conjunction)


def _labels(text: str, parts: list[Quantity], list_start: int) -> list[str]:
    """What each part is called: the words between the previous part (or the start of its item)
    and its figure, bracketed asides removed (其中一期8000万元、二期… -> 一期, 二期)."""
    labels: list[str] = []
    if not parts:
        return labels
    lo = max(0, min(list_start, parts[0].start) - 120)
    folded = fold_width(text[lo : parts[-1].end])  # a window, never the whole document
    previous_end = list_start - lo
    for q in parts:
        start = q.start - lo
        item_start = max(folded.rfind(ch, 0, start) for ch in "；;。！？\n") + 1
        label = _BRACKETED.sub("", folded[max(item_start, previous_end) : start])
        labels.append(_LEADING_WORDS.sub("", label.strip(" \t,，、:：")).strip(" \t,，、:："))
        previous_end = q.end - lo
    if all(not label or label in _CONJUNCTIONS for label in labels[1:]):
        # 其中出口、进口分别为a、b: the names come before 分别
        first = parts[0].start - lo
        names = _LIST_NAMES.search(folded, max(0, first - 80), first)
        if names:
            # (第一、二、三产业增加值分别为…: the names written with their shared prefix and ending once)
            split = expand_elided([n for n in re.split(r"[、和及与]", _LEADING_WORDS.sub("", names.group("names"))) if n])
            if len(split) == len(parts):
                return split
    return labels


# words naming a tier, status or threshold that cuts across other categories of the same things
# (高新技术企业 are also 规上企业; 亿元以上项目 are also 工业项目): lists using them may overlap (市级层面组织 names who
# organised an event, a level of its own, not a tier of honour)
_CROSS_CUTTING = re.compile(
    r"高新|专精特新|小巨人|瞪羚|独角兽|科技型|创新型|规上|规模以上|限上|限额以上|重点|龙头|骨干|上市|挂牌|"
    r"以上|以下|超过|不足|亿元|万元|千万|百万|含|包括|其中|中的|内的|新增|累计|在建|竣工|建成|开工|签约|"
    r"主要|部分|多数|大部分|绿色|数字|智能|特色|示范|(?:省级|国家级|市级)(?!层面)|认定|获评|获批|入选|纳入|列入|试点|"
    r"户籍|常住|外来|女性|男性|青年|党员|干部|博士|硕士|本科|专科|高级|中级|领军|人才|专家|"
    r"过夜|一日|省外|市外|县外|外地|本地|境外|入境|跨境|电商|网络|线上|农村|城镇|贫困|脱贫|低收入|困难|"
    r"战略性|新兴|先进|高端|高技术|未来|新质|中小|小微|毕业生|劳动力|退役|返乡|民间|社会"
)
_ITEM_SEPARATORS = "、，,；;"
_PERSON_UNITS = ("人", "人次", "名", "位", "万人", "万人次")


def _parallel_items(text: str, total: Quantity, parts: list[Quantity], labels: list[str], strict: bool = True) -> bool:
    """Parts written as parallel items of one list (企业…户、个体工商户…户、合作社…户 / 东区…亩，西区…亩):
    each a short name of its own, separated by 、，；, none naming a tier or status that cuts across the
    others. Used only when the parts add up to MORE than the whole, which no incomplete list can explain,
    or (``strict=False``: groups of people, names sharing the total's head word) when the sum differs
    from the whole as a mistyped figure does."""
    if len(parts) < 2 or len(labels) != len(parts) or (strict and total.unit in _PERSON_UNITS):
        return False  # groups of people overlap too often (毕业生 / 农村劳动力 / 女性) to be added up unnamed
    names = [label.strip(" \t“”\"'") for label in labels]
    if any(not 1 <= len(name) <= 12 for name in names) or len(set(names)) != len(names):
        return False
    if any((strict and _CROSS_CUTTING.search(name)) or re.search(r"\d", name) for name in names):
        return False
    if any(a != b and (a in b or b in a) for a in names for b in names):
        return False  # 企业 / 工业企业: one inside the other
    head = _LABEL_TRIM.sub("", _clause_before(text, total).strip())[-2:]
    if strict and len(head) == 2 and sum(head in name for name in names) >= 2:
        return False  # 出境14589万人次，其中因私出境…，赴港澳台出境…: subkinds cut along different lines
    for previous, part in zip(parts, parts[1:]):
        gap = _BRACKETED.sub("", fold_width(text[previous.end : part.start]))  # 企业1208户（含…）、…
        first = next((ch for ch in gap if not ch.isspace()), "")
        if first not in _ITEM_SEPARATORS or any(ch in "。！？!?\n(（" for ch in gap):
            return False
    return True


_QUARTER = re.compile(r"第?([一二三四1-4])季度")
_HALF = re.compile(r"([上下])半年")
_MONTH = re.compile(r"(?<!\d)(1[0-2]|[1-9])月")
# a part dated by a stretch of the year: a quarter, a month, a half year, this or last month, a week
_PERIOD_NAMED = re.compile(r"季度|(?:\d|[一二三四五六七八九十])月|半年|[本当上去]月|月份|周|旬")


# the quarters and months a period of the year spans
_SPANS = {"全年": (range(1, 5), range(1, 13)), "上半年": (range(1, 3), range(1, 7)),
          "下半年": (range(3, 5), range(7, 13)), "前三季度": (range(1, 4), range(1, 10))}
_RANGE = re.compile(r"(?P<a>[一二三四1-4])(?:季度)?(?:至|到|-|—|~|～)(?P<b>[一二三四1-4])季度"
                    r"|(?P<c>1[0-2]|[1-9])(?:月)?(?:至|到|-|—|~|～)(?P<d>1[0-2]|[1-9])月")
_CN_SMALL = {"一": 1, "二": 2, "三": 3, "四": 4}


def _periods_cover(period: str, labels: list[str], lead: str) -> bool:
    """Do the parts cover the period a 全年/上半年/前三季度累计 total sums, once each? Either each
    label names its quarter or month, or the lead before 分别 names the range
    (一至四季度分别…、…、…、…，全年累计…: four parts for four quarters)."""
    quarters, months = _SPANS[period]
    if period == "全年" and _all_periods(labels):
        return True
    found = [_QUARTER.findall(label) for label in labels]
    if all(len(f) == 1 for f in found) and sorted(_quarter(f[0]) for f in found) == list(quarters):
        return True
    found = [_MONTH.findall(label) for label in labels]
    if all(len(f) == 1 for f in found) and sorted(int(f[0]) for f in found) == list(months):
        return True
    if "分别" not in lead:
        return False
    named = lead[: lead.index("分别")]
    # 一季度、二季度分别发放…a、b，上半年累计…: the periods named before 分别, one per part
    found = _QUARTER.findall(named)
    if len(found) == len(labels) and sorted(_quarter(f) for f in found) == list(quarters):
        return True
    found = _MONTH.findall(named)
    if len(found) == len(labels) and sorted(int(f) for f in found) == list(months):
        return True
    r = _RANGE.search(lead)
    if not r:
        return False
    if r.group("a"):
        first, last = _quarter(r.group("a")), _quarter(r.group("b"))
        return (first, last) == (quarters[0], quarters[-1]) and len(labels) == len(quarters)
    first, last = int(r.group("c")), int(r.group("d"))
    return (first, last) == (months[0], months[-1]) and len(labels) == len(months)


def _quarter(token: str) -> int:
    return _CN_SMALL.get(token) or int(token)


def _all_periods(labels: list[str]) -> bool:
    """Do the labels name every quarter, both halves or all twelve months of a year, once each?"""
    for pattern, size in ((_QUARTER, 4), (_HALF, 2), (_MONTH, 12)):
        found = [pattern.findall(label) for label in labels]
        if len(labels) == size and all(len(f) == 1 for f in found) and len({f[0] for f in found}) == size:
            return True
    return False


def is_partition(labels: list[str]) -> bool:
    """Do the labels name different members of one family of disjoint categories?"""
    if len(labels) < 2 or any(not label for label in labels):
        return False
    for pattern in (_PHASE, _PERIOD, _GRADE):
        tokens = [pattern.findall(label) for label in labels]
        if all(len(t) == 1 for t in tokens) and len({t[0] for t in tokens}) == len(labels):
            return True  # 一期/二期, 2023年/2024年, 一季度/二季度: different phases or periods
    for family in PARTITION_FAMILIES:
        members = []
        for label in labels:
            named = [member for member in family if member in label]
            # 基本满意 names one member, not also 满意
            named = [m for m in named if not any(m != other and m in other for other in named)]
            if len(named) != 1:
                break
            members.append(named[0])
        else:
            if len(set(members)) == len(members) and not any(pair <= set(members) for pair in _OVERLAPPING):
                return True
    return False
