"""Breakdowns: a whole and the figures that split it, read on the shared typed clause model.

A breakdown is described by where its parts stand relative to the whole (its *stance*) and by what
the wording says about their completeness:

- ``bracket``: the parts fill a bracket right after the whole's figure
  (``补贴资金共计1443.4万元（耕地地力保护补贴1177.5万元、农机购置补贴317.9万元、…）``,
  ``中小学校共四十五所（高中三所、初中九所、小学三十所）``);
- ``named``: the clause after the whole names the parts, then gives their figures with 分别
  (``争取上级资金9787万元，中央、省、市三级资金分别为4131万元、3416万元和240万元``), also after 分为 in the clause
  before 分别, or opening the next sentence (counted, with the whole's head noun);
- ``scope``: a count written as a scope and the first count of its unit after it
  (``四十五项民生实事中，已完成五十项``), checked only for exceeding it;
- ``threshold``: classes bounded by nested 以上 thresholds of one measure (``60岁及以上…，80岁及以上…``), also
  across a ；;
- ``composed``: the whole's figure, then 由, its named parts (figures after the names or in brackets), 组成/构成
  (``总投资3.2亿元，由企业自筹资金1.8亿元和银行贷款1.2亿元组成``): complete;
- ``named`` with the whole in the 分为 clause (``1260件信访事项划分为城建、劳资、土地、其他四类，分别为…``):
  complete when the count matches the names, or when no count is given (分为 names every class);
- ``including``: the clause after the whole opened by 包括/含/主要有 (``completeness.partial``), named figures
  closed by their number (``…和临时救助金十三万元三项``);
- ``named`` closed by a total: names, their figures after 分别, then 合计/共计/总计/共 and the whole
  (``三个片区分别完成a、b、c，合计t``; names also declared by 由…组成 in the clause before);
- ``listed``: 分别为/分别是/分别有/具体为 right after the whole's figure (``completeness.after_whole``), a colon
  after a figure whose clause holds a total word (``共计5.86亿元：…``) and ``，分三批实施：`` with as many parts as
  declared (:func:`listed_after_whole`, called by totals.py in its order of readers): complete by the wording;
- ``split``: the figures of the whole's dimension right after it, in the same sentence or the next ones, whose
  names split it completely by a group of lexicon/indicators.toml (``地区生产总值…。第一产业增加值…；第二产业…；
  第三产业…``, ``市场主体…，企业、个体工商户、农民专业合作社分别为…``), when a family holding the group names the
  whole or the part names share its measure (not a scope of their own: 高新区出口/高新区进口);
- ``including`` also after 分布在/分布于 (``completeness.distribution``), figures in brackets after the names
  (``分布在机械制造（12家）、…和新型建材（4家）四个行业``): complete unless closed by 等;
- ``composed`` also when clauses holding only the whole's rates stand between it and 由
  (``完成9.87亿元，同比增长6.4%，由税收收入…和非税收入…构成``).

Breakdowns whose parts come after a 其中, a colon with no total word before it, a criterion
(``按工种分，``) or before a closing total are still found by :mod:`draftcheck.numbers.relations.totals`
(由…组成, 分为…分别, 分别为/具体为 after the whole, 共计…： and 分N批： moved here from its regexes);
this module adds the stances those regexes cannot see and decides completeness the same way for all:

- complete (the parts must add up to the whole both ways): a total word in the whole's clause
  (共/共计/合计/总计/总数, ``completeness.totals`` of ``lexicon/words.toml``; 累计 only over years), a count
  of parts declared with the names that matches them (``中央、省、市三级``), 分别为/即 opening the bracket,
  or parts that are the years of the whole (``years_cover``: 近三年, 2022—2024年), or its months or quarters
  (``periods_cover``: 4月、5月、6月 under 二季度; months or quarters are complete only so, whatever the total word);
- complete too: a named list after a whole whose clause holds a total word, a named list closed by a
  total, an including list closed by the number of its items when that number is right;
- partial (only a sum larger than the whole is a slip): a bracket opened by 其中/含/包括/主要 or
  closed by 等 (``completeness.partial`` / ``completeness.sample``), and any bracket or named list
  without a word of completeness.

Each part must be a value of the whole's dimension with no other role in the clause model (a change,
base, target, share or threshold is not a part), one per item; an item with two such figures, or
without one, means the bracket holds something else (notes, a second measure) and nothing is read.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterator, Sequence

from draftcheck.lexicon import load_toml
from draftcheck.lexicon.indicators import IndicatorFamily, complete_split, indicator_families
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.chinese_numerals import integer_value
from draftcheck.numbers.clause_model import Role, TypedQuantity
from draftcheck.numbers.enumeration import LaidOutText, split_top_level
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities

PART_ROLES = (Role.VALUE, Role.COUNT, Role.PART)
NAME_REACH = 40  # the longest run of names before 分别 that is read
BRACKET_REACH = 200  # the longest bracket read as a breakdown

# a total word in the whole's clause before its figure: 共计发放资金1443.4万元 / 学校共45所 / 总额
_TOTAL_WORD = re.compile(rf"(?:{alternation(('completeness', 'totals'))}|总数|总额|总量|一共)")
# 共 alone is a word only right before the figure (公共服务 / 共享 are not totals)
_GONG_BEFORE = re.compile(r"共(?:有|为|达到?|计)?\s?$")
_LONE_GONG = re.compile(r"(?<![公])共(?![享同创治生识赢商])(?!建(?!成))")  # (共建成 counts; 共建 alone is co-building)
_PARTIAL_OPENING = re.compile(rf"\s*(?:{alternation(('completeness', 'partial'), ('completeness', 'sample_openers'))})")
_EXHAUSTIVE_OPENING = re.compile(rf"\s*(?:{alternation(('completeness', 'exhaustive'))})[:：]?")
_SAMPLE_CLOSING = re.compile(rf"(?:{alternation(('completeness', 'sample_closers'))})\s*$")
_NAME = r"[\u4e00-\u9fff]{1,8}"
# names joined by 、/和/及/与, an optional count of them with its classifier, a short head noun, 分别
_NAMED_HEAD = re.compile(
    rf"\s*(?P<partial>{alternation(('completeness', 'partial'))})?[:：]?\s*"
    r"(?P<names>(?:(?:19|20)\d{2}年|(?:1[0-2]|[1-9])月份?|[1-4]季度|[\u4e00-\u9fff]{1,8})"
    r"(?:(?:、|和|及|与|以及)(?:(?:19|20)\d{2}年|(?:1[0-2]|[1-9])月份?|[1-4]季度|[\u4e00-\u9fff]{1,16}))+)"
    # (分别 and any verb of the figures: 分别到位 / 分别贡献 / 分别完成投资; the roles of the figures after it tell
    # a change or rate, which is no part, from a value)
    r"分别(?:为|是|有|(?![比较占增减降提])[\u4e00-\u9fff]{1,4}?)?[:：]?\s*$"
)
# the count of the names and the head noun after the last one: 市三级资金 -> 市, 三, 级
_COUNTED_TAIL = re.compile(r"(?P<name>[\u4e00-\u9fff]+?)(?P<count>[两二三四五六七八九十]|\d{1,2})"
                           r"(?P<classifier>个|类|级|项|种|部分|批|期|档|方面|大)")
_NAME_SEPARATOR = re.compile(r"、|以及|和|及|与")
# the categories a whole is split into, in the clause before 分别: 按内容分为种植技术、畜禽养殖、农村电商三类，
_SPLIT_HEAD = re.compile(
    r"\s*(?P<partial>)(?:按[\u4e00-\u9fff]{1,6}?)?(?:分为|划分为|分成|分)"
    r"(?P<names>[\u4e00-\u9fff]{1,8}(?:(?:、|和|及|与|以及)[\u4e00-\u9fff]{1,16})+)[，,]\s*"
)
# a whole's figure, then the categories it is split into, ending the clause before 分别:
# …1260件信访事项划分为城建、劳资、土地、其他四类，
_SPLIT_AFTER_WHOLE = re.compile(
    r"(?P<partial>)[\u4e00-\u9fff]{0,8}?(?P<split>分为|划分为|分成)"
    r"(?P<names>[\u4e00-\u9fff]{1,8}(?:(?:、|和|及|与|以及)[\u4e00-\u9fff]{1,16})+)[，,]\s*"
)
_SPLIT_WORD = re.compile(r"分为|划分为|分成")
# the parts a whole is made of, in the clause before 分别: 由税收收入、非税收入两部分组成，
_COMPOSED_HEAD = re.compile(
    r"\s*(?P<partial>)[\u4e00-\u9fff]{0,12}?由"
    r"(?P<names>[\u4e00-\u9fff]{1,8}(?:(?:、|和|及|与|以及)[\u4e00-\u9fff]{1,16}?)+)(?:组成|构成)[，,]\s*"
)
# a clause of its own naming the parts with their count, before the clause of the measure and 分别:
# 涉及东岗、西岗、河湾3个村，(流转面积分别为…)
_NAMES_CLAUSE = re.compile(
    r"\s*(?P<partial>)(?:涉及|覆盖|惠及|辐射|遍及|分布在|分布于|位于|来自|在)?"
    r"(?P<names>[\u4e00-\u9fff]{1,8}(?:(?:、|和|及|与|以及)[\u4e00-\u9fff]{1,8})+"
    r"(?:[两二三四五六七八九十]|\d{1,2})(?:个|类|级|项|种|部分|批|期|档|方面|大)[\u4e00-\u9fff]{0,4})[，,]\s*"
)
# a clause that opens with 分别 and a verb before its first figure: 分别培训 / 分别为
_OPENS_WITH_FIGURES = re.compile(r"\s*分别[\u4e00-\u9fff]{0,4}?[:：]?\s*$")
# a breakdown by one criterion: 按工种分 / 按用途划分 / 按类型分类 (each thing falls in one class)
# (分行业看 / 从构成看 are not: bulletins use them for highlights and for classifications that overlap,
# 国有控股 / 股份制 / 私营企业 under 分经济类型看)
_BY_CRITERION = re.compile(r"按[\u4e00-\u9fff]{1,6}?(?:划分|分类|分)")
def by_criterion(wording: str) -> str:
    """The criterion phrase when a breakdown is opened by one (按工种分 / 分行业看), else ""."""
    return wording if _BY_CRITERION.fullmatch(wording) else ""
_YEAR_CUE = re.compile(r"(?:19|20)\d{2}年")
# a clause that only states the criterion of a division: 按地形地貌划分， / 按主导产业分，
_CRITERION_CLAUSE = re.compile(r"\s*(?P<criterion>按[\u4e00-\u9fff]{1,8}?(?:划分|分类|来分|分))\s*[，,]\s*")


def _common_ending(names: list[str]) -> str:
    """The ending every name shares (平原村 / 丘陵村 / 山区村 -> 村)."""
    n = 0
    while all(len(name) > n for name in names) and len({name[-1 - n] for name in names}) == 1:
        n += 1
    return names[0][len(names[0]) - n :] if n else ""
_FIGURE_SEPARATOR = re.compile(r"^\s*(?:、|，|,|和|及|以及|与)\s*$")
_YEAR_LABEL = re.compile(r"^(?:(?:19|20)\d{2}年|[一二三四]季度|第[一二三四]季度|[上下]半年)")


@dataclass(frozen=True)
class Breakdown:
    total: Quantity
    parts: tuple[Quantity, ...]
    stance: str  # "bracket", "named", "scope" or "threshold"
    wording: str  # the words that tie the parts to the whole (共计 / 分别为 / （…）)
    complete: str  # why the parts are all of the whole ("" when the wording allows a partial list)
    list_start: int
    exhaustive: bool = False  # the wording itself makes the parts all of the whole (分别为 right after it)
    excluded: int = 0  # figures of the whole's dimension in the list that are not parts (changes, bases ...)
    # a division by one criterion (按X划分，A、B、C分别为…): complete, and read before a partial reading of the same
    # whole (按X划分， also opens a breakdown that totals.py reads as partial)
    division: bool = False


_INCLUDING_WORD = re.compile("[，,](?:" + "|".join(
    [w for w in words("completeness", "partial") if w != "其中"] + list(words("completeness", "distribution"))) + ")")


def breakdowns(ctx) -> Iterator[Breakdown]:
    """The bracketed and named breakdowns of the document, sentence by sentence."""
    text = LaidOutText(ctx.text, ctx.segmentation)  # (split_top_level reads the segmentation's item level)
    model = ctx.clause_model
    for paragraph in ctx.segmentation.paragraphs:
        previous = None
        tiers: list[TypedQuantity] = []  # the figures of sentences joined by ；(one statement of classes)
        tier_marks = 0
        for sentence in paragraph.sentences:
            body = sentence.text
            bracketed = "（" in body or "(" in body
            named = "分别" in body and ("、" in body or "和" in body)
            scoped = "中，" in body or "中," in body
            closing = ("总" in body or "共" in body or "合计" in body) and _COUNTED_BACK.search(body) is not None
            including = ("包括" in body or "含" in body or "主要" in body or "分" in body) and _INCLUDING_WORD.search(body) is not None
            composed = "由" in body and ("组成" in body or "构成" in body)
            tier_marks += body.count("以上")
            if bracketed or named or scoped or including or composed or closing or tier_marks >= 2:
                typed = [t for clause in model.sentence(sentence) for t in clause.quantities]
                if len(typed) >= 2:
                    if composed:
                        yield from _composed(text, sentence, typed)
                    if including:
                        yield from _including(text, sentence, typed)
                    if bracketed:
                        yield from _bracketed(text, sentence, typed)
                    if named:
                        yield from _named(text, sentence, typed, previous and model.sentence(previous))
                    if "分别" in body:
                        yield from _collective(text, sentence, typed)
                    if scoped:
                        yield from _scoped(text, sentence, typed)
                    if closing:
                        yield from _closed_by_back_reference(text, sentence, typed)
                if tier_marks >= 2:
                    # 60岁及以上人口…；65岁及以上人口…: the classes may stand on both sides of a ；
                    yield from _nested_thresholds(text, tiers + typed)
            if body.rstrip().endswith(("；", ";")) and "以上" in body:
                tiers += [t for clause in model.sentence(sentence) for t in clause.quantities]
            else:
                tiers, tier_marks = [], 0
            previous = sentence
        if _holds_a_group(paragraph.text):
            yield from _split_by_names(text, paragraph, model)


@lru_cache(maxsize=1)
def _groups() -> tuple[tuple[tuple[str, ...], tuple[IndicatorFamily, ...]], ...]:
    """Every group of lexicon/indicators.toml that splits a whole completely, with the families naming it."""
    found: dict[tuple[str, ...], list[IndicatorFamily]] = {}
    for family in indicator_families().values():
        for group in family.parts:
            found.setdefault(tuple(group), []).append(family)
    return tuple((group, tuple(families)) for group, families in found.items())


def _holds_a_group(body: str) -> bool:
    """Does the text name every member of some complete split (a cheap test before typing it)?"""
    for group, _ in _groups():  # (plain loops: this runs on every paragraph of the document)
        for name in group:
            if name not in body:
                break
        else:
            return True
    return False


SPLIT_REACH = 6  # the most parts a whole split by names is read with
SPLIT_LOOKAHEAD = 40  # the most figures read after a whole for its parts (their growth rates and the like between)
_SPLIT_LABEL_LEAD = re.compile(r"^[\s，,、；;：:]*(?:[\u4e00-\u9fff]{1,8}中[，,：:])?(?:其中|分别为|分别|以及|和|及|与|另有)?")


def _split_by_names(text: str, paragraph, model) -> Iterator[Breakdown]:
    """A whole, then the next figures of its dimension, in the same sentence or the ones after it, whose
    names split it completely by a group of the lexicon (``地区生产总值478.73亿元，增长5.8%。三次产业中，第一产业
    增加值…；第二产业增加值…；第三产业增加值…``): the parts are all of the whole. The whole must be named by a
    family holding the group, or carry the measure the part names share (投资 of 第一产业投资 …)."""
    typed: list[tuple[int, TypedQuantity, int]] = []  # (sentence number, typed quantity, its clause's start)
    for n, sentence in enumerate(paragraph.sentences):
        for clause in model.sentence(sentence):
            typed.extend((n, t, clause.clause.start) for t in clause.quantities)
    for i, (n, whole, clause_start) in enumerate(typed):
        if not _is_whole(whole) or whole.quantity.is_percent:
            continue
        total = whole.quantity
        whole_label = text[max(clause_start, total.start - 30) : total.start]
        parts: list[Quantity] = []
        labels: list[str] = []
        last_sentence = n
        previous_end = total.end
        for m, u, u_clause in typed[i + 1 : i + 1 + SPLIT_LOOKAHEAD]:
            q = u.quantity
            if m > last_sentence + 1:
                break
            if q.dimension != total.dimension:
                previous_end = max(previous_end, q.end)
                continue
            if not _is_part(u, total) or q.is_percent:
                break
            label = _SPLIT_LABEL_LEAD.sub("", text[max(u_clause, previous_end) : q.start]).strip()
            parts.append(q)
            labels.append(label)
            last_sentence, previous_end = m, q.end
            if len(parts) >= SPLIT_REACH:
                break
            if len(parts) >= 2 and (split := complete_by_names(labels, total, parts)) and _names_the_whole(whole_label, labels, split):
                yield Breakdown(total, tuple(parts), "split", "", f"；{'、'.join(split)}已是全部", parts[0].start)
                break


def _names_the_whole(whole_label: str, labels: list[str], group: tuple[str, ...]) -> bool:
    """Is the whole the thing the group splits? A family holding the group names it (地区生产总值 for
    第一/二/三产业增加值), or it carries the measure the part names share once their members are taken out."""
    families = next((f for g, f in _groups() if g == group), ())
    named = [name for family in families for name in family.names if name in whole_label]
    bare = whole_label
    for name in sorted(named, key=lambda name: (-len(name), name)):
        bare = bare.replace(name, "")  # (进出口总额 holds 出口 and 进口 inside the family's own name)
    if any(name in bare for name in group):
        return False  # the whole is itself one of the parts' members (第一产业增加值 before 第二产业…)
    rest = labels[0].replace(next(name for name in group if name in labels[0]), "", 1)
    # what the part names share besides their members must be the whole's measure, not a scope of its own
    # (高新区出口…，高新区进口… under 全市进出口总额 are one district's trade)
    shared = any(rest[i : i + 2] in whole_label for i in range(len(rest) - 1))
    if named:
        return not rest or shared
    return len(rest) >= 2 and shared


def _is_whole(t: TypedQuantity) -> bool:
    q = t.quantity
    return t.role in (Role.VALUE, Role.COUNT) and q.kind == Kind.AMOUNT and q.unit != "" and "/" not in q.unit \
        and not q.is_percent and q.high is None


def _is_part(t: TypedQuantity, total: Quantity) -> bool:
    q = t.quantity
    # (a figure right after its year, 2023年41.6亿元, is typed a base: as an item of a breakdown it is a part)
    role_ok = t.role in PART_ROLES or (t.role == Role.BASE and _YEAR_CUE.fullmatch(t.cue) is not None)
    return role_ok and q.kind == Kind.AMOUNT and q.dimension == total.dimension and q.high is None


def _whole_complete(text: str, clause_start: int, total: Quantity) -> str:
    """The total word in the whole's own clause (before its figure), or "". 累计 is left out: it sums
    over time (累计完成投资…（工业项目…、基础设施…）may name some kinds only); its parts are complete
    when they are its years."""
    before = text[clause_start : total.start]
    words = [w.group() for w in _TOTAL_WORD.finditer(before) if w.group() != "累计"]
    m = next((w for w in words if w != "共"), None) or (words[0] if words else None)
    if m and m != "共":
        return m
    if _GONG_BEFORE.search(before) or (m and _LONE_GONG.search(before)):
        return "共"
    return ""


def total_word_of(text: str, total: Quantity) -> str:
    """The total word in the clause of ``total`` before its figure (共计发放资金4969.8万元 -> 共计), "" when none; 累计
    aside (see :func:`_whole_complete`)."""
    clause_start = max(text.rfind(ch, max(0, total.start - 60), total.start) for ch in "，,。；;：:\n") + 1
    word = _whole_complete(text, clause_start, total)
    return "" if word == "累计" else word


def _clause_start_of(sentence, position: int) -> int:
    for clause in sentence.clauses:
        if clause.start <= position < clause.end:
            return clause.start
    return sentence.start


def _bracketed(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    by_start = {t.quantity.start: t for t in typed}
    for t in typed:
        total = t.quantity
        if not _is_whole(t) or total.end >= sentence.end or text[total.end] not in "（(":
            continue
        opening = total.end
        closing = _matching_close(text, opening, min(sentence.end, opening + BRACKET_REACH))
        if closing is None:
            continue
        inner_start, inner_end = opening + 1, closing
        opener = _PARTIAL_OPENING.match(text, inner_start, inner_end)
        exhaustive = _EXHAUSTIVE_OPENING.match(text, inner_start, inner_end)
        list_start = (opener or exhaustive).end() if (opener or exhaustive) else inner_start
        at = text.find("分别", list_start, inner_end)
        if at >= 0:
            # 共45所（高中、初中、小学分别为3所、9所、30所）: names, then their figures
            first = next((u for u in typed if at < u.quantity.start < inner_end), None)
            head = _NAMED_HEAD.fullmatch(text, list_start, first.quantity.start) if first else None
            found = _names_of(head) if head else None
            if found is None:
                continue
            parts = _figure_run(text, typed, first, total, inner_end)
            if len(parts) < 2 or len(parts) != len(found.names) or _SAMPLE_CLOSING.search(text, parts[-1].end, inner_end):
                continue
            complete = ""
            if not opener and not head.group("partial"):
                word = _whole_complete(text, _clause_start_of(sentence, total.start), total)
                if found.declared == len(parts):
                    complete = f"；“{'、'.join(found.names)}”{found.count_text}均已列出"
                elif word:
                    complete = f"；总数写明“{word}”，括号内所列为其全部"
            yield Breakdown(total, tuple(parts), "bracket", "分别", complete, head.start("names"))
            continue
        items = split_top_level(text, list_start, inner_end, "、，,；;")
        if not items or len(items) < 2:
            continue
        parts: list[Quantity] = []
        labels: list[str] = []
        for item_start, item_end in items:
            inside = [by_start[s] for s in sorted(by_start) if item_start <= s and by_start[s].quantity.end <= item_end]
            same = [x for x in inside if x.quantity.dimension == total.dimension]
            if len(same) != 1 or not _is_part(same[0], total):
                parts = []
                break
            part = same[0].quantity
            label = text[item_start : part.start].strip()
            if not label or re.search(r"\d", label) and not _YEAR_LABEL.match(label) and not _MONTH_OR_QUARTER.fullmatch(label):
                parts = []
                break
            parts.append(part)
            labels.append(label)
        if len(parts) < 2:
            continue
        sample = _SAMPLE_CLOSING.search(text, parts[-1].end, inner_end)
        complete = ""
        if not opener and not sample:
            word = _whole_complete(text, _clause_start_of(sentence, total.start), total)
            if all(_MONTH_OR_QUARTER.fullmatch(label) for label in labels):
                # 一季度实到外资累计3260万美元（1—2月1870万美元，3月1490万美元）: months are all of the whole only when
                # they cover the period it names
                span = periods_cover(text[sentence.start : total.start], labels)
                complete = f"；括号内所列各期已覆盖“{span}”" if span else ""
            elif exhaustive:
                complete = f"；括号内“{exhaustive.group().strip(' :：')}”所列为其全部"
            elif word:
                complete = f"；总数写明“{word}”，括号内所列为其全部"
            elif all(_YEAR_LABEL.match(label) for label in labels) and len({label[:5] for label in labels}) == len(labels):
                complete = "；括号内所列各期已是全部"
        wording = (opener or exhaustive).group().strip() if (opener or exhaustive) else "（）"
        yield Breakdown(total, tuple(parts), "bracket", wording, complete, list_start)


_VERB_AFTER_RESPECTIVELY = re.compile(r"分别(?P<verb>[\u4e00-\u9fff]{2,4}?)[:：]?\s*$")


def _same_measure(text: str, whole_clause, head: re.Match[str]) -> bool:
    """The whole's clause holds a total word and the verb after 分别 (two characters or more) is in it too: the
    names split that measure (到位资金合计34.4亿元，工业、服务业、农业项目分别到位…)."""
    verb = _VERB_AFTER_RESPECTIVELY.search(head.group(0))
    if verb is None or text.find(verb.group("verb")[:2], whole_clause.start, whole_clause.end) < 0:
        return False
    return _TOTAL_WORD.search(text, whole_clause.start, whole_clause.end) is not None


def _matching_close(text: str, opening: int, limit: int) -> int | None:
    level = 0
    for i in range(opening, limit):
        ch = text[i]
        if ch in "（(":
            level += 1
        elif ch in "）)":
            level -= 1
            if level == 0:
                return i
    return None


@dataclass(frozen=True)
class _Names:
    names: list[str]
    head_noun: str  # what the names are of (资金 in 中央、省、市三级资金), the last name when no count is given
    declared: int  # the count written with them (三级), 0 when none or after 其中
    count_text: str  # 三级


# a place opening the first name of a list (全县第一、二、三产业 / 本市城镇和农村): the scope of all of them
_SCOPE_PREFIX = re.compile(r"^(?:全|本|我)(?:国|省|市|县|区|镇|乡|州|旗|盟|园区|园|村)")
# the characters of an ordinal or a position that coordinated names may share the rest of (第一、二、三产业 /
# 一、二期 / 东、西片区 / 大、中型企业 / 甲、乙类)
_ELIDED_TOKEN = frozenset("一二三四五六七八九十两0123456789东南西北中上下大小内外前后甲乙丙丁")


def expand_elided(names: list[str]) -> list[str]:
    """Coordinated names written with their shared prefix and ending once (``第一、二、三产业`` ->
    第一产业, 第二产业, 第三产业; ``一、二期`` -> 一期, 二期; ``大、中型企业`` -> 大型企业, 中型企业): every name
    but the first and last is a bare ordinal or position word, the first ends with one (after its prefix) and
    the last opens with one (before the ending). Names written in full are returned unchanged."""
    if len(names) < 2:
        return names
    size = len(names[1]) if len(names) > 2 else 1
    tokens = names[1:-1]
    first, last = names[0], names[-1]
    if size > 2 or len(first) < size or len(last) <= size or any(len(t) != size for t in tokens):
        return names
    lead, ending = first[-size:], last[size:]
    if not all(ch in _ELIDED_TOKEN for token in tokens + [lead, last[:size]] for ch in token):
        return names
    prefix = first[:-size]
    return [first + ending] + [prefix + token + ending for token in tokens] + [prefix + last]


def _names_of(head: re.Match[str]) -> _Names | None:
    """The names of a ``_NAMED_HEAD`` / ``_SPLIT_HEAD`` match, their declared count and head noun."""
    names = _NAME_SEPARATOR.split(head.group("names"))
    last = names[-1]
    counted = _COUNTED_TAIL.match(last)
    if counted:
        names[-1] = counted.group("name")
    names[0] = names[0].rsplit("的", 1)[-1]  # 受理的刑事、民事…: the verb is not the first name's
    names[0] = _SCOPE_PREFIX.sub("", names[0]) or names[0]  # 全县第一、二、三产业: the place is not a name
    names = expand_elided(names)
    if any(not name or len(name) > 8 for name in names):
        return None
    declared = 0
    sample = any(name.endswith("等") for name in names)  # 中央、省等两级: a sample, not the count of all
    if counted and not head.group("partial") and not sample:
        count = counted.group("count")
        declared = int(count) if count.isdigit() else integer_value(count) or 0
    count_text = counted.group("count") + counted.group("classifier") if counted else ""
    return _Names(names, last[counted.end():] if counted else last, declared, count_text)


def _figure_run(text: str, typed: list[TypedQuantity], first: TypedQuantity, total: Quantity, end: int,
                starts: list[int] | None = None) -> list[Quantity]:
    """The figures listed from ``first`` on (a、b和c), each a part of ``total``, before ``end``
    (``starts``: the positions of ``typed``, to begin reading at ``first``)."""
    parts: list[Quantity] = []
    previous_end = first.quantity.start
    following = typed[bisect.bisect_left(starts, first.quantity.start):] if starts is not None else typed
    for t in (t for t in following if first.quantity.start <= t.quantity.start and t.quantity.end <= end):
        gap = text[previous_end : t.quantity.start]
        if parts and not _FIGURE_SEPARATOR.match(gap):
            break
        if not _is_part(t, total):
            break
        parts.append(t.quantity)
        previous_end = t.quantity.end
        if re.search(r"和|及|与", gap):
            break  # 分别为a、b和c: the item the conjunction joins closes the list
    return parts


def _named(text: str, sentence, typed: list[TypedQuantity], before) -> Iterator[Breakdown]:
    """A whole, then a clause naming its parts (before 分别, or after 分为 in the clause before 分别)
    and their figures: the figures are the parts when there are exactly as many as names. The whole
    stands in the clause before the names, or, when the names open a sentence and their count is
    declared, in the clause of the sentence before that holds their head noun (共受理各类案件1248件。
    受理的刑事、民事、行政三类案件分别为…)."""
    clauses = sentence.clauses
    starts = [t.quantity.start for t in typed]  # (in order of position)
    for k, clause in enumerate(clauses):
        at = text.find("分别", clause.start, clause.end)
        if at < 0:
            continue
        in_clause = typed[bisect.bisect_left(starts, clause.start) : bisect.bisect_left(starts, clause.end)]
        first = next((t for t in in_clause if t.quantity.start > at), None)
        if first is None:
            continue
        j = k
        head = _NAMED_HEAD.match(text, clause.start, first.quantity.start)
        counts = [t.quantity for t in in_clause if t.quantity.start < at]
        if counts and (head is None or len(counts) > 1 or counts[0].end < head.end("names") - 8):
            continue  # a figure before 分别 other than the count of the names (三类案件)
        split_whole = None
        criterion = None
        if head is None and k and _OPENS_WITH_FIGURES.match(text, clause.start, first.quantity.start):
            j = k - 1  # 按内容分为A、B、C三类，分别培训a、b、c / 由A、B两部分组成，分别为a、b
            head = _SPLIT_HEAD.fullmatch(text, clauses[j].start, clauses[j].end) or _COMPOSED_HEAD.fullmatch(
                text, clauses[j].start, clauses[j].end)
            if head is None:
                # 1260件信访事项划分为城建、劳资、土地、其他四类，分别为…: the whole stands in the 分为 clause
                split_at = _SPLIT_WORD.search(text, clauses[j].start, clauses[j].end)
                own = typed[bisect.bisect_left(starts, clauses[j].start) : bisect.bisect_left(
                    starts, split_at.start() if split_at else clauses[j].start)]  # (四类 after 分为 is no whole)
                if own and _is_whole(own[-1]):
                    head = _SPLIT_AFTER_WHOLE.fullmatch(text, own[-1].quantity.end, clauses[j].end)
                    split_whole = own[-1] if head else None
        if head is None and k >= 2 and _COLLECTIVE_HEAD.fullmatch(text, clause.start, first.quantity.start):
            # 共流转土地1.26万亩，涉及东岗、西岗、河湾3个村，流转面积分别为a、b、c: the names and their count in the clause
            # before the measure's 分别 (complete only by that count, see below)
            j = k - 1
            head = _NAMES_CLAUSE.fullmatch(text, clauses[j].start, clauses[j].end)
            listed = _names_of(head) if head is not None else None
            if listed is None or listed.declared < 2:
                head = None
        if head is None:
            continue
        found = _names_of(head)
        if found is None:
            continue
        names, head_noun, declared = found.names, found.head_noun, found.declared
        closing = _closing_total(text, typed, starts, first, sentence.end)
        if closing is None and not head.group("partial") and (split := complete_by_names(names)):
            # 第一、二、三产业增加值分别为a、b和c，地区生产总值共计d: a whole the names split completely, named
            # before its total word
            named = _closing_total(text, typed, starts, first, sentence.end, closing=_NAMED_CLOSING_WORD)
            if named is not None and _names_the_whole(text[named[1][-1].end : named[0].start], names, split):
                closing = named
        if closing is not None:
            # A、B、C三个片区分别完成a、b、c，合计t: the names' figures, then the total of all of them
            total, parts, word = closing
            if len(parts) == len(names) and declared in (0, len(names)) and not head.group("partial"):
                yield Breakdown(total, tuple(parts), "named", word, f"；“{word}”前所列为其全部",
                                head.start("names"))
            continue
        if split_whole is not None:
            wholes = [split_whole]
        elif j >= 2 and (criterion := _CRITERION_CLAUSE.fullmatch(text, clauses[j - 1].start, clauses[j - 1].end)) \
                and not head.group("partial") and not any(name.endswith("等") for name in names):
            # 全镇辖十八个行政村，按地形地貌划分，平原村、丘陵村、山区村分别为…: a division by one criterion names
            # every class of the whole in the clause before it
            whole_clause = clauses[j - 2]
            shared = _common_ending(names)
            if not shared or text.find(shared, whole_clause.start, whole_clause.end) < 0:
                continue
            wholes = typed[bisect.bisect_left(starts, whole_clause.start) : bisect.bisect_left(starts, whole_clause.end)]
        elif j:
            whole_clause = clauses[j - 1]
            if len(head_noun) > 2 and text.find(head_noun[-2:], whole_clause.start, whole_clause.end) < 0 \
                    and not complete_by_names(names) and not _same_measure(text, whole_clause, head):
                continue  # 新建11家全国重点实验室，国家级、部级创新平台分别达到22家、182家: another thing
            wholes = typed[bisect.bisect_left(starts, whole_clause.start) : bisect.bisect_left(starts, whole_clause.end)]
        elif before and declared == len(names) and len(head_noun) >= 2:
            wholes = next(([t for t in c.quantities] for c in before
                           if head_noun[-2:] in text[c.clause.start : c.clause.end]), [])
        else:
            continue
        if not wholes or not _is_whole(wholes[-1]):
            continue
        total = wholes[-1].quantity
        parts = _figure_run(text, typed, first, total, sentence.end, starts)
        if len(parts) < 2 or len(parts) != len(names):
            continue
        complete = ""
        if all(_MONTH_OR_QUARTER.fullmatch(name) for name in names):
            # 二季度全镇共接待游客12.6万人次，4月、5月、6月分别为…: months or quarters are all of the whole only when they
            # cover the period it names (a total word alone does not say so: 全年共…，4月、5月分别为… lists two months)
            if not head.group("partial") and (span := periods_cover(text[sentence.start : total.start], names)):
                complete = f"；所列各期已覆盖“{span}”"
        elif declared == len(names):
            complete = f"；“{'、'.join(names)}”{found.count_text}均已列出"
        elif criterion is not None and not declared:
            complete = f"；“{criterion.group('criterion')}”所列各类已是全部"
        elif split_whole is not None and not declared:
            complete = f"；“{head.group('split')}”所列为其全部"
        elif not head.group("partial") and (span := years_cover(text[sentence.start : total.start], names)):
            complete = f"；所列各年已覆盖“{span}”"
        elif not head.group("partial") and (split := complete_by_names(names, total, parts)):
            # 市场主体2186户，企业、个体工商户、农民专业合作社分别为…: the names split the whole completely
            complete = f"；{'、'.join(split)}已是全部"
        elif not head.group("partial") and (word := _whole_complete(text, _clause_start_of(sentence, total.start), total)) \
                and word != "累计":
            # 发放贷款共计1436笔，个人贷款和小微企业贷款分别为…: the names after a total split all of it
            complete = f"；总数写明“{word}”，其后分别列出的为其全部"
        yield Breakdown(total, tuple(parts), "named", "分别", complete, head.start("names"),
                        division=criterion is not None and bool(complete))


# a collective name of the parts before 分别, with no names listed: 三次产业增加值分别为a、b和c
_COLLECTIVE_HEAD = re.compile(r"\s*(?P<name>[\u4e00-\u9fff]{2,12}?)分别(?:为|是|有|达到|达|完成|实现)?[:：]?\s*$")


def _collective(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """A whole, then a clause naming its parts by a collective name of the lexicon whose family splits completely
    into as many parts as figures follow (``地区生产总值286.4亿元，三次产业增加值分别为32.1亿元、98.6亿元和154.7亿元``:
    三次产业 is 第一/二/三产业): the figures are all of the whole."""
    clauses = sentence.clauses
    starts = [t.quantity.start for t in typed]
    for k in range(len(clauses)):
        clause = clauses[k]
        at = text.find("分别", clause.start, clause.end)
        if at < 0:
            continue
        in_clause = typed[bisect.bisect_left(starts, clause.start) : bisect.bisect_left(starts, clause.end)]
        first = next((t for t in in_clause if t.quantity.start > at), None)
        if first is None or any(t.quantity.start < at and t.quantity.dimension == first.quantity.dimension
                                for t in in_clause):
            continue  # (三次产业: the 三次 inside the name counts no figure of the list)
        head = _COLLECTIVE_HEAD.fullmatch(text, clause.start, first.quantity.start)
        if head is None:
            continue
        total = None
        if k > 0:
            previous = clauses[k - 1]
            wholes = typed[bisect.bisect_left(starts, previous.start) : bisect.bisect_left(starts, previous.end)]
            if wholes and _is_whole(wholes[-1]) and text[wholes[-1].quantity.end : previous.end].strip(" ，,") == "":
                total = wholes[-1].quantity
        if total is None:
            # (lead, seventh session) the whole after the list, named and closed by a total word: 三次产业增加值分别为
            # a、b和c，地区生产总值合计达到d
            closed = _closing_total(text, typed, starts, first, sentence.end, closing=_NAMED_CLOSING_WORD, running=True)
            total = closed[0] if closed else None
        if total is None:
            continue
        parts = _figure_run(text, typed, first, total, sentence.end, starts)
        name = head.group("name")
        group = next((g for family in indicator_families().values() for n in family.names if n in name
                      for g in family.parts if len(g) == len(parts)), None)
        if len(parts) < 2 or group is None:
            continue
        yield Breakdown(total, tuple(parts), "named", "分别", f"；“{name}”即{'、'.join(group)}，已是全部",
                        head.start("name"))


# a total closing the figures of a named list: ，合计二十八万平方米 / ，共计24.91亿元 / ，总计为…
_CLOSING_WORD = re.compile(rf"\s*[，,]\s*(?P<word>{alternation(('completeness', 'totals'))})(?:为|达到|达|计)?\s*$")
# the same with the whole's indicator named before the total word: ，地区生产总值合计达到296.4亿元
_NAMED_CLOSING_WORD = re.compile(
    rf"\s*[，,]\s*[\u4e00-\u9fff]{{2,10}}?(?P<word>{alternation(('completeness', 'totals'))})(?:为|达到|达|计)?\s*$")


def _closing_total(text: str, typed: list[TypedQuantity], starts: list[int], first: TypedQuantity, end: int, *,
                   closing: re.Pattern = _CLOSING_WORD, running: bool = False):
    """The figures of a named list from ``first`` on and the total right after them (its clause opened
    by 合计/共计/总计/共, or as ``closing`` says), or None; a running total (累计) only when ``running``."""
    parts = _figure_run(text, typed, first, first.quantity, end, starts)
    if len(parts) < 2:
        return None
    k = bisect.bisect_left(starts, parts[-1].end)
    if k >= len(typed) or typed[k].quantity.start >= end:
        return None
    candidate = typed[k]
    word = closing.match(text, parts[-1].end, candidate.quantity.start)
    if word is None or (word.group("word") == "累计" and not running) or not _is_whole(candidate) \
            or candidate.quantity.dimension != first.quantity.dimension:
        return None
    return candidate.quantity, parts, word.group("word")


# a clause after the whole opened by a word of a partial list (包括 / 含 / 主要有; 其中 is read by totals.py)
_INCLUDING = re.compile(
    rf"\s*(?:(?P<word>{alternation(('completeness', 'partial'))})|(?P<spread>{alternation(('completeness', 'distribution'))}))[:：]?\s*")
# one more item of the list: 、特困供养金 / 和临时救助金 (a separator, then a name without figures; a figure
# may stand in brackets after its name: 、食品加工（8家）)
_NEXT_ITEM = re.compile(r"\s*[)）]?\s*(?:、|和|及|与|以及)\s*[\u4e00-\u9fff“”]{1,16}\s*[(（]?\s*$")
_FIRST_ITEM = re.compile(r"[\u4e00-\u9fff“”]{1,16}\s*[(（]?\s*$")
# the number of the items written after the last one: …和临时救助金十三万元三项 / 等三类 / （4家）四个行业
_CLOSING_COUNT = re.compile(
    r"\s*[)）]?\s*(?P<sample>等)?(?P<n>[两二三四五六七八九十]|\d{1,2})(?:个|项|类|种|笔|部分|方面|块|大)?"
    r"(?P<noun>项|类|种|笔|部分|方面|块|行业|领域|产业|板块|片区|园区|乡镇|镇|街道|村|区域|区|县|个)(?=[，,。；;]|$)")


def _including(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """A whole, then the next clause opened by 包括/含/主要有 listing named figures (全年共发放救助资金
    二百一十六万元，包括城乡低保金一百五十二万元、特困供养金四十一万元和临时救助金十三万元三项): complete when
    the list closes with the number of its items and that number is right, else partial (only a sum
    over the whole, of disjoint items, is a slip)."""
    clauses = sentence.clauses
    starts = [t.quantity.start for t in typed]
    for k in range(1, len(clauses)):
        clause = clauses[k]
        opener = _INCLUDING.match(text, clause.start, clause.end)
        if opener is None or opener.group("word") == "其中":
            continue
        word = opener.group("word") or opener.group("spread")
        previous = clauses[k - 1]
        wholes = typed[bisect.bisect_left(starts, previous.start) : bisect.bisect_left(starts, previous.end)]
        if not wholes or not _is_whole(wholes[-1]) or text[wholes[-1].quantity.end : previous.end].strip(" ，,") != "":
            continue  # the whole's figure closes the clause before: 资金216万元，包括…
        total = wholes[-1].quantity
        inside = typed[bisect.bisect_left(starts, opener.end()) : bisect.bisect_left(starts, clause.end)]
        parts: list[Quantity] = []
        previous_end = opener.end()
        for t in inside:
            gap = text[previous_end : t.quantity.start]
            if parts and not _is_part(t, total) and _CLOSING_COUNT.match(text, previous_end):
                break  # the count of the items (三项), not an item
            if not _is_part(t, total) or not (_NEXT_ITEM if parts else _FIRST_ITEM).match(gap):
                parts = []
                break
            parts.append(t.quantity)
            previous_end = t.quantity.end
        if len(parts) < 2:
            continue
        rest = text[previous_end : clause.end]
        count = _CLOSING_COUNT.match(rest)
        if rest.strip(" ，,。；;)）") and count is None:
            continue  # more than the items follows in the clause
        complete = ""
        if count and not count.group("sample"):
            n = count.group("n")
            if (int(n) if n.isdigit() else integer_value(n)) == len(parts):
                complete = f"；“{word}”所列{count.group().strip(' )）')}均已列出"
        elif opener.group("spread") and not count and not _SAMPLE_CLOSING.search(text, clause.start, parts[-1].start):
            # 分布在A（12家）、B（8家）和C（4家）: every thing of the whole is in one of the classes named
            complete = f"；“{word}”所列各类已是全部"
        yield Breakdown(total, tuple(parts), "including", word, complete, opener.end())


# a list opened right after a whole's figure: ，分别为 / ：具体为 / ，按来源分别为 / 逐年分别为
_AFTER_WHOLE = re.compile(
    r"[,，:：]?(?:(?<=[,，])(?:按|分)[\u4e00-\u9fff]{1,5}?(?:来看|看|划分|分)?[,，]?)?(?:逐年|各年|每年|依次)?"
    rf"(?:(?P<word>{alternation(('completeness', 'after_whole'))})[:：]?"
    # a distributive subject and 分别 with the figures' own verb: ，各年度分别建成a、b和c / ，三年分别完成 / ，每年分别新增
    r"|(?<=[,，])(?:各|每|逐|[两二三四五六七八九十])[\u4e00-\u9fff]{0,3}?(?P<each>分别(?![比较占增减降提超高低])[\u4e00-\u9fff]{1,3}?)"
    r"(?=[\d０-９]))"
)
# a colon right after a whole whose clause holds a total word (共计5.86亿元：增值税…): all of it is listed
_COLON_AFTER_TOTAL = re.compile(rf"[:：](?!(?:逐年|各年|每年|依次)?(?:{alternation(('completeness', 'after_whole'))}))")
TOTAL_WORD_BEFORE = re.compile(
    "(?:" + "|".join(w for w in words("completeness", "totals") if w != "累计") + r")[^,，。；;：:]{0,12}$")
# the whole split into a declared number of parts, then a colon: 完成土地流转2.3万亩，分三批实施：
_SPLIT_INTO_N = re.compile(
    r"[,，]分(?:为|成)?(?P<n>[两二三四五六七八九十]|\d)(?:个)?(?:批次|批|期|类|部分|阶段|片区|块)[\u4e00-\u9fff]{0,4}[:：]"
)
# the whole divided into classes that are then listed with their figures: 共有企业426家，按类型分为规上工业企业138家、…
# (a division names every class: 分为 followed by names alone, then 分别为, is read by _named)
_DIVIDED_INTO = re.compile(r"[,，]\s*(?:按[\u4e00-\u9fff]{1,6}?)?(?:分为|划分为|分成)[:：]?(?=[\u4e00-\u9fff“])")
# where a list after a whole ends: the next list opened after a figure, or a 其中 (a breakdown of one part)
_NEXT_OPENING = re.compile(rf"[:：]|{alternation(('completeness', 'after_whole'))}|其中")
_FINAL_CONJUNCTION = re.compile(r"以及|和|及|与")
_ITEM_ENDS = frozenset("，,。；;！？!?")
_QUALIFIED = ("以上", "及以上", "超过", "超", "逾")
# the words that may open a part's clause before its figure without naming it (…，累计12家 is a second
# figure of the item before, not an item of its own)
_LIGHT_LEAD = re.compile(r"(?:其中|同时|另有|另|并|还|分别为|分别是|分别|为|是)*(?:为|达到|达|了|约|近|共计|合计|总计|累计|共|计|完成|实现)*")
_FULL_STOP = re.compile(r"[。！？!?]")


def listed_after_whole(ctx, start: int, end: int) -> Iterator[Breakdown]:
    """A whole's figure, then 分别为/分别是/分别有/具体为 and the figures of all its parts (``共有A级景区56家，分别为
    5A级2家、4A级20家、3A级34家``), in the span ``[start, end)`` of the document, read on the typed clause model:
    every figure of the whole's dimension up to the next list opened after a figure (or a 其中) is a part
    when its role is a value, a count or a part, else it is counted as excluded (a change, a base ...); figures in
    brackets are details; the list ends at the item a conjunction (和/及/与) joins. Exhaustive by its wording."""
    text = ctx.text
    if _AFTER_WHOLE_GATE.search(text, start, end) is None and text.find("：", start, end) < 0 \
            and (text.find("分别", start, end) < 0 or _EACH_GATE.search(text, start, end) is None) \
            and text.find(":", start, end) < 0 and text.find("分为", start, end) < 0 and text.find("分成", start, end) < 0:
        return
    stops = [m.end() for m in _FULL_STOP.finditer(text, start, end)]  # (found once: every lookup is a bisect)

    def opening_after(total: Quantity, sentence_start: int):
        opening = _AFTER_WHOLE.match(text, total.end, end) or _SPLIT_INTO_N.match(text, total.end, min(end, total.end + 24)) \
            or _DIVIDED_INTO.match(text, total.end, min(end, total.end + 16))
        if opening is None and (colon := _COLON_AFTER_TOTAL.match(text, total.end, end)) is not None:
            if TOTAL_WORD_BEFORE.search(text, max(sentence_start, total.start - 40), total.start):
                opening = colon  # (a colon without a total word opens a partial breakdown: totals.py)
        return opening

    def sentence_start_of(position: int) -> int:
        k = bisect.bisect_right(stops, position) - 1
        return stops[k] if k >= 0 else start

    # (the figures followed by an opening are found on the quantities first: most spans have none, and then
    # nothing is typed)
    if not any(opening_after(q, sentence_start_of(q.start)) for q in document_quantities(ctx).iter_between(start, end)
               if q.kind == Kind.AMOUNT and text.startswith(_OPENING_FIRST, q.end)):
        return
    typed = [t for t in ctx.clause_model.between(start, end) if t.quantity.kind == Kind.AMOUNT
             and (t.quantity.unit != "" or t.quantity.magnitude != 1)]
    if len(typed) < 2:
        return
    for n, t in enumerate(typed):
        total = t.quantity
        if "/" in total.unit or t.role not in PART_ROLES or not text.startswith(_OPENING_FIRST, total.end):
            continue
        sentence_start = sentence_start_of(total.start)
        opening = opening_after(total, sentence_start)
        if opening is None:
            continue
        if "其中" in text[max(sentence_start, total.start - 20) : total.start]:
            continue
        if _NOT_A_WHOLE.search(text, _clause_start(text, total.start, sentence_start), total.start):
            continue
        k = bisect.bisect_right(stops, opening.end())
        region_end = stops[k] if k < len(stops) else end
        nxt = _NEXT_OPENING.search(text, opening.end(), region_end)
        if nxt:
            region_end = nxt.start()
        if opening.re is _DIVIDED_INTO:
            semicolon = min((i for i in (text.find("；", opening.end(), region_end), text.find(";", opening.end(), region_end))
                             if i >= 0), default=-1)
            if semicolon >= 0:
                region_end = semicolon  # (分为A a、B b、C c；当年新增…: the classes are one clause of 、-items)
        parts: list[Quantity] = []
        others: list[Quantity] = []  # figures of the whole's dimension in the list that are not parts
        level, position = 0, opening.end()
        for u in typed[n + 1 :]:
            q = u.quantity
            if q.start >= region_end:
                break
            for ch in text[position : q.start]:
                level += 1 if ch in "（(" else -1 if ch in "）)" and level else 0
            position = q.start
            if q.dimension != total.dimension or level:
                continue  # (a figure in brackets is a detail of its item)
            clause_start = _clause_start(text, q.start, opening.end())
            # (新增科创板上市公司6家，累计12家: a clause with no name of its own holds a second figure of the item before)
            second = clause_start > opening.end() and text[clause_start - 1] in "，," \
                and _LIGHT_LEAD.fullmatch(text[clause_start : q.start].strip()) is not None
            context = text[clause_start : q.start]
            if u.role in PART_ROLES and q.high is None and q.qualifier not in _QUALIFIED and "/" not in q.unit \
                    and not second and not CHANGE_BEFORE.search(context) and not NOT_A_PART.search(context):
                parts.append(q)
            else:
                others.append(q)
        parts = _closed_by_conjunction(text, parts)
        # (分别为a、b和c，比上年多争取d: a figure after the item the conjunction closes is another statement's)
        excluded = sum(1 for q in others if not parts or q.start < parts[-1].end)
        if opening.re is _SPLIT_INTO_N and _small_count(opening.group("n")) != len(parts):
            continue  # 分三批 over two figures: the list is not the one declared
        if parts:
            yield Breakdown(total, tuple(parts), "listed", opening.group(0).strip(",，:：") or "共计", "",
                            opening.end(), exhaustive=True, excluded=excluded)


def _small_count(word: str) -> int:
    return int(word) if word.isdigit() else integer_value(word) or 0


_AFTER_WHOLE_GATE = re.compile(alternation(("completeness", "after_whole")))
_EACH_GATE = re.compile(r"[,，](?:各|每|逐|[两二三四五六七八九十])[\u4e00-\u9fff]{0,3}?分别")  # (see _AFTER_WHOLE's each)
# the characters an opening after a whole's figure may start with (a quick test before its patterns)
_OPENING_FIRST = tuple(",，:：逐各每依") + tuple({w[0] for w in words("completeness", "after_whole")})
# words right before a figure in its clause that make it no part of a list: a change (增加120万元, 由4771公里) ...
CHANGE_BEFORE = re.compile(
    r"(?:增加|增长|减少|下降|提高|降低|上升|回落|增|减|多|少|超出|高于|低于|净增)(?:了|约|近|达)?$|[由从]$"
)
# ... or a comparison, base, target, mean, capacity, stock or gap (贸易顺差9.5亿元, 每个乡镇至少一个)
NOT_A_PART = re.compile(
    r"比|较|上年|去年|同期|上期|任务|目标(?!价格)|计划(?!生育|单列)|均|每|年产|产能|相当于|占(?!地|用)|达到上|总(?:里程|量|规模|数|额)|保有量|余额|顺差|逆差|差额|"
    rf"{alternation(('difference', 'gap_nouns'))}"
)
# words in a figure's clause before it that make it no whole of a list (a comparison, a base, a target, a mean)
_NOT_A_WHOLE = re.compile(r"比|较|上年|去年|同期|任务|目标|均|每")


def _clause_start(text: str, position: int, floor: int) -> int:
    i = position - 1
    while i >= floor and text[i] not in "，,、；;：:。！？!?\n\r":
        i -= 1
    return i + 1


def _closed_by_conjunction(text: str, parts: list[Quantity]) -> list[Quantity]:
    """A list of figures ends at the item its conjunction joins: in ``分别为a、b和c，…突破7万人次`` the
    figures after c belong to other statements."""
    for k in range(1, len(parts)):
        gap = text[parts[k - 1].end : parts[k].start]
        if _FINAL_CONJUNCTION.search(gap) and not any(ch in gap for ch in ",，;；。"):
            return parts[: k + 1]
    return parts


# the whole's figure, then 由 (after a comma or none), its parts, 组成/构成: 总投资3.2亿元，由A 1.8亿元和B 1.2亿元组成
_COMPOSED_OPENING = re.compile(r"\s*[，,]?\s*由")
_COMPOSED_CLOSING = re.compile(r"组成|构成")
# what stands between two parts: a separator and the next part's name (its figure perhaps in brackets)
# (a name may carry a bracketed aside without figures: 实际利用外资（折合人民币）12.7亿元)
_ASIDE = r"(?:[(（][\u4e00-\u9fff“”、]{1,12}[)）])?"
_COMPOSED_GAP = re.compile(rf"\s*[)）]?\s*(?:、|，|,|和|及|与|以及)\s*[\u4e00-\u9fff“”]{{1,16}}?{_ASIDE}\s*[(（]?\s*$")
_COMPOSED_FIRST = re.compile(rf"\s*[\u4e00-\u9fff“”]{{1,16}}?{_ASIDE}\s*[(（]?\s*$")
# after the last part: its bracket, and the number of the parts perhaps (…和社会事业投资8.43亿元三部分组成)
_COMPOSED_LAST = re.compile(
    r"\s*[)）]?\s*(?:等?(?:[两二三四五六七八九十]|\d{1,2})个?(?:部分|方面|类|块|项|片区|园区|板块|区域))?\s*$")
_COMPOSED_ROLES = PART_ROLES + (Role.CHANGE,)  # (由续保人员…和年内新增参保12350人两部分构成: an increment is a part)


def _composed(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """A whole, then 由 and its named parts, then 组成/构成 (``项目总投资3.2亿元，由企业自筹资金1.8亿元和银行贷款
    1.2亿元组成``; each figure may stand in brackets after its name: ``由工业投资（21.5亿元）、…构成``): the parts
    are all of the whole. Every figure between 由 and 组成 must be a part, one per name."""
    starts = [t.quantity.start for t in typed]
    for t in typed:
        total = t.quantity
        opening = _COMPOSED_OPENING.match(text, total.end, sentence.end) or _composed_after_rates(
            text, typed, starts, total, sentence.end)
        if opening is None or not _is_whole(t):
            continue
        closing = _COMPOSED_CLOSING.search(text, opening.end(), min(sentence.end, opening.end() + BRACKET_REACH))
        if closing is None:
            continue
        inside = typed[bisect.bisect_left(starts, opening.end()) : bisect.bisect_left(starts, closing.start())]
        parts: list[Quantity] = []
        previous_end = opening.end()
        for u in inside:
            q = u.quantity
            if q.dimension != total.dimension:
                continue  # (三部分 after the last part is their number, see _COMPOSED_LAST)
            gap = (_COMPOSED_GAP if parts else _COMPOSED_FIRST).match(text, previous_end, q.start)
            if gap is None or not (u.role in _COMPOSED_ROLES and q.kind == Kind.AMOUNT and q.high is None):
                parts = []
                break
            parts.append(u.quantity)
            previous_end = u.quantity.end
        if len(parts) < 2 or not _COMPOSED_LAST.match(text, previous_end, closing.start()):
            continue
        yield Breakdown(total, tuple(parts), "composed", "由…组成", "；“由…组成”所列为其全部", opening.end())


# the clauses between a whole and its 由…组成 that only state its rate: 完成9.87亿元，同比增长6.4%，由…构成
_RATE_CLAUSES = re.compile(r"(?:\s*[，,][^，,。；;：:由]{1,16}?)+\s*[，,]\s*由")
RATE_ROLES = (Role.RATE, Role.SHARE)


def _composed_after_rates(text: str, typed: list[TypedQuantity], starts: list[int], total: Quantity, end: int):
    """The 由 of a 由…组成 after clauses holding only the whole's rates (its growth, its share)."""
    gap = _RATE_CLAUSES.match(text, total.end, min(end, total.end + 60))
    if gap is None:
        return None
    between = typed[bisect.bisect_left(starts, total.end) : bisect.bisect_left(starts, gap.end())]
    if not between or any(u.role not in RATE_ROLES for u in between):
        return None
    return gap


# A clause that closes the items before it with their total, pointing back at them by their number and naming the
# measure: 三个项目总投资14.0亿元 / 两级资金总额5600万元 / 三镇总计完成造林3100亩 / 以上四个片区合计…
_COUNT_WORD = r"(?:[两二三四五六七八九十]|\d{1,2})"
_COUNTED_BACK = re.compile(
    rf"{_COUNT_WORD}(?:个|家|条|所|级|项|类|座|批|期|镇|区|县|村)[\u4e00-\u9fff]{{0,6}}?(?:合计|共计|总计|总)")
_CLOSING_CLAUSE = re.compile(
    rf"\s*(?:以上|上述|这)?(?P<n>{_COUNT_WORD})(?:个|家|条|所|级|项|类|座|批|期)?(?P<noun>[\u4e00-\u9fff]{{0,6}}?)"
    r"(?P<word>合计|共计|总计|共|总(?=[\u4e00-\u9fff]))(?P<measure>[\u4e00-\u9fff]{0,6}?)(?:为|达到|达|是)?\s*$")
_INCREMENT_WORD = re.compile(r"新增|增加|新建|净增|新开工|新签约")
# where the items a closing clause points back at begin: after the last opener of a list in the sentence
_ITEMS_OPENER = re.compile(r"分别为|分别是|分别|其中|[:：]")


def _closed_by_back_reference(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """Items with their figures, then a clause pointing back at them by their number with their total (``新材料产业园
    二期3.2亿元、冷链物流中心5.6亿元、…，四个项目总投资14.0亿元``): the number says the items are all of it. The
    items are the figures of the total's dimension before it in the sentence (after the last 分别/其中/colon); when
    there are more than the number, those whose clause names the total's measure (投资 of 总投资)."""
    for t in typed:
        total = t.quantity
        if not _is_whole(t):
            continue
        clause_start = _clause_start_of(sentence, total.start)
        closing = _CLOSING_CLAUSE.match(text, clause_start, total.start)
        if closing is None or clause_start <= sentence.start:
            continue
        n = _small_count(closing.group("n"))
        opener = None
        for opener in _ITEMS_OPENER.finditer(text, sentence.start, clause_start):
            pass
        floor = opener.end() if opener is not None else sentence.start
        before = [u for u in typed if floor <= u.quantity.start and u.quantity.end <= clause_start
                  and u.quantity.dimension == total.dimension]
        candidates = [u for u in before if _is_part(u, total)]
        if len(candidates) != len(before) or len(candidates) < 2:
            continue  # (a change or base among the items: not a plain list)
        measure = closing.group("measure")[:2]
        if len(candidates) > n and len(measure) == 2:
            candidates = [u for u in candidates
                          if measure in text[_clause_start_of(sentence, u.quantity.start) : u.quantity.start]]
        if len(candidates) != n:
            continue
        if _INCREMENT_WORD.search(text, clause_start, total.start) is None and any(
                _INCREMENT_WORD.search(text, _clause_start_of(sentence, u.quantity.start), u.quantity.start) for u in candidates):
            continue  # (甲园区新增厂房a，乙园区新增厂房b，两个园区合计拥有厂房t: increments do not add up to a stock)
        parts = tuple(u.quantity for u in candidates)
        reason = f"；“{text[closing.start('n') : closing.start('word')]}”均已列出"
        yield Breakdown(total, parts, "closed", closing.group("word"), reason, parts[0].start)


# a whole written as a scope: 年初确定的四十五项民生实事中， / 在全市120家规上企业中，
_SCOPE_AFTER = re.compile(r"[\u4e00-\u9fff“”]{1,12}?(?:当中|之中|中)[，,]")
_NOT_A_SCOPE_ROLES = (Role.CHANGE, Role.RATE, Role.SHARE, Role.THRESHOLD, Role.TARGET)


def _scoped(text: str, sentence, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """A count written as a scope and the first count of its unit after it (四十五项民生实事中，已完成五十项):
    a part of the scope, checked only for exceeding it."""
    for n, t in enumerate(typed):
        whole = t.quantity
        if t.role in _NOT_A_SCOPE_ROLES or not whole.is_exact_count:
            continue
        scope = _SCOPE_AFTER.match(text, whole.end, sentence.end)
        if scope is None:
            continue
        part = next((u for u in typed[n + 1 :] if u.quantity.unit == whole.unit), None)
        if part is None or not _is_part(part, whole) or not part.quantity.is_exact_count:
            continue
        if text.find("，", scope.end(), part.quantity.start) >= 0 or text.find(",", scope.end(), part.quantity.start) >= 0:
            continue  # the part's clause must be the one right after the scope
        yield Breakdown(whole, (part.quantity,), "scope", "中", "", scope.end())


def _nested_thresholds(text: str, typed: list[TypedQuantity]) -> Iterator[Breakdown]:
    """Figures of classes bounded by thresholds of one measure (60岁及以上老年人口8350人，80岁及以上高龄
    老人9120人): the class of the higher 以上 bound lies inside the lower one, so its figure cannot be larger."""
    classes: list[tuple[Quantity, Quantity]] = []  # (threshold, its figure)
    for n, t in enumerate(typed[:-1]):
        q = t.quantity
        if t.role != Role.THRESHOLD or not q.qualifier.endswith("以上"):
            continue
        figure = typed[n + 1]
        if figure.role not in PART_ROLES or figure.quantity.kind != Kind.AMOUNT or figure.quantity.start - q.end > 12:
            continue
        if any(ch in text[q.end : figure.quantity.start] for ch in "，,；;。、"):
            continue
        classes.append((q, figure.quantity))
    for i, (low, low_figure) in enumerate(classes):
        for high, high_figure in classes[i + 1 :]:
            if high.dimension != low.dimension or high.unit != low.unit or high_figure.dimension != low_figure.dimension:
                continue
            if high.scaled > low.scaled:
                yield Breakdown(low_figure, (high_figure,), "threshold", "以上", "", high.start)


# a class of a measure bounded on both sides or one: 0—14岁 / 15至59岁 / 60岁及以上 / 14岁以下 / 100平方米以上
_RANGE_LABEL = re.compile(
    r"(?P<low>\d{1,5})\s*(?P<unit1>[\u4e00-\u9fff]{0,3}?)\s*(?:-|—|–|－|~|～|至|到)\s*(?P<high>\d{1,5})\s*(?P<unit>[\u4e00-\u9fff]{1,3}?)(?=[^\d]|$)"
    r"|(?P<bound>\d{1,5})\s*(?P<bunit>[\u4e00-\u9fff]{1,3}?)(?P<side>及以上|以上|及以下|以下|以内)"
)


def covers_every_range(labels: list[str]) -> str:
    """Do the labels name classes of one measure that follow each other from its bottom to an open top
    (0—14岁, 15—59岁, 60岁及以上; 14岁以下, 15至64岁, 65岁以上)? Returns the unit, or "" when they do not:
    such a split leaves nothing out, so its parts add up to the whole."""
    if len(labels) < 2:
        return ""
    spans: list[tuple[int, int | None, str]] = []  # (low, high or None for an open top, unit)
    for n, label in enumerate(labels):
        found = list(_RANGE_LABEL.finditer(label))
        if len(found) != 1:
            return ""
        m = found[0]
        if m.group("low") is not None:
            spans.append((int(m.group("low")), int(m.group("high")), m.group("unit")))
        elif m.group("side").endswith("以上"):
            if n != len(labels) - 1:
                return ""
            spans.append((int(m.group("bound")), None, m.group("bunit")))
        else:
            if n != 0:
                return ""
            spans.append((0, int(m.group("bound")), m.group("bunit")))
    units = {unit for _, _, unit in spans}
    if len(units) != 1 or spans[0][0] != 0 or spans[-1][1] is not None:
        return ""
    for (_, high, _), (low, _, _) in zip(spans, spans[1:]):
        if high is None or low not in (high, high + 1):
            return ""
    return units.pop()


ALONE_REMAINDER = Decimal("0.05")  # the most a group complete on its own may leave of its whole (a member left out leaves more)


def complete_by_names(labels: list[str], total: Quantity | None = None,
                      parts: Sequence[Quantity] = ()) -> tuple[str, ...] | None:
    """The lexicon's group of parts that the labels cover one to one, unless a larger group of the
    lexicon holds every name of it and more: a split is complete only when every named part of the
    set is there (企业 + 个体工商户 leaves out 农民专业合作社 of 市场主体; 内资 + 外资 is whole)."""
    split = complete_split(labels)
    if split is None:
        return None
    names = set(split)
    if any(names < set(group) for family in indicator_families().values() for group in family.parts):
        if split not in _complete_alone() or total is None or not parts:
            return None
        # (夏粮 + 秋粮 leaving a tenth of the harvest aside: 早稻 left out, not a slip)
        rest = total.scaled - sum((p.scaled for p in parts), Decimal(0))
        if total.scaled <= 0 or abs(rest) > total.scaled * ALONE_REMAINDER:
            return None
    return split


@lru_cache(maxsize=1)
def _complete_alone() -> frozenset[tuple[str, ...]]:
    """The groups of lexicon/indicators.toml (``complete_alone``) complete although a larger group holds them."""
    return frozenset(tuple(group) for entry in load_toml("indicators.toml")["families"].values()
                     for group in entry.get("complete_alone", ()))


# the span of years a whole covers: 2022—2024年累计 / 近三年 / 三年来 / 五年累计
_YEAR_SPAN = re.compile(r"(?P<a>(?:19|20)\d{2})\s*年?\s*(?:-|—|–|－|~|～|至|到)\s*(?P<b>(?:19|20)\d{2})\s*年")
_YEAR_COUNT = re.compile(
    r"(?:近|过去|连续)(?P<n>[两二三四五六七八九十]|\d{1,2})年|(?P<m>[两二三四五六七八九十]|\d{1,2})年(?:来|以来|间|(?=累计|共|合计|总计))"
)
_A_YEAR = re.compile(r"(?:19|20)\d{2}(?=\s*年)")


_MONTH_OR_QUARTER = re.compile(
    r"(?:(?P<first>1[0-2]|[1-9])(?:月份?)?\s?[—–\-－~～至到]\s?)?(?P<month>1[0-2]|[1-9])月份?|第?(?P<quarter>[1-4一二三四])季度")
# the periods of a year a whole may name, with the months and the quarters they span
_PERIODS = {"一季度": (range(1, 4), range(1, 2)), "二季度": (range(4, 7), range(2, 3)),
            "三季度": (range(7, 10), range(3, 4)), "四季度": (range(10, 13), range(4, 5)),
            "上半年": (range(1, 7), range(1, 3)), "下半年": (range(7, 13), range(3, 5)),
            "前三季度": (range(1, 10), range(1, 4)), "全年": (range(1, 13), range(1, 5))}
_PERIOD_WORD = re.compile("|".join(sorted(_PERIODS, key=len, reverse=True)))
_QUARTER_NUMBER = {"1": 1, "2": 2, "3": 3, "4": 4, "一": 1, "二": 2, "三": 3, "四": 4}


def periods_cover(declaring: str, labels: list[str]) -> str:
    """The period named in ``declaring`` (the text before a whole: 二季度, 上半年, 全年) whose months or quarters the
    labels name exactly, one each (4月/5月/6月 for 二季度), or ""."""
    found = [_MONTH_OR_QUARTER.fullmatch(label) for label in labels]
    if len(found) < 2 or not all(found):
        return ""
    months = sorted(n for m in found if m.group("month")
                    for n in range(int(m.group("first") or m.group("month")), int(m.group("month")) + 1))
    quarters = sorted(_QUARTER_NUMBER[m.group("quarter")] for m in found if m.group("quarter"))
    if months and quarters:
        return ""
    for period in _PERIOD_WORD.finditer(declaring):
        month_span, quarter_span = _PERIODS[period.group()]
        if (months and months == list(month_span)) or (quarters and quarters == list(quarter_span)):
            return period.group()
    return ""


def years_cover(declaring: str, labels: list[str]) -> str:
    """The words of ``declaring`` (the text before a whole) that name the span of years its parts,
    one labelled year each, cover exactly (``2022—2024年累计`` over 2022年/2023年/2024年, ``近三年`` over
    three consecutive years), or ""."""
    years: list[int] = []
    for label in labels:
        found = _A_YEAR.findall(label)
        if len(found) != 1:
            return ""
        years.append(int(found[0]))
    if len(years) < 2 or sorted(years) != list(range(min(years), max(years) + 1)):
        return ""
    for span in _YEAR_SPAN.finditer(declaring):
        if (int(span.group("a")), int(span.group("b"))) == (min(years), max(years)):
            return span.group()
    for count in _YEAR_COUNT.finditer(declaring):
        n = count.group("n") or count.group("m")
        if (int(n) if n.isdigit() else integer_value(n)) == len(years):
            return count.group()
    return ""
