"""Percentages that split one whole must add up to 100% (or to the stated whole): DC204 share-sum.

Phrasings recognised, each inside one sentence:

- rating categories of one poll: ``满意85.2%，基本满意12.1%，不满意2.7%`` (满意/基本满意/不满意,
  优秀/良好/合格/不合格, 称职/基本称职/不称职, 好/较好/一般/差, 深/较深/一般/浅 ...). Three or more
  different categories are needed; a sum above 100% is always wrong, a sum below 100% only when the
  list reaches the bottom category (不满意, 不合格 ...), so that nothing can be missing. ``满意度`` is a
  score, not a share; ``满意率`` lists are checked only when they reach ``不满意率`` (满意率 alone may
  include 基本满意);
- a structure written as a ratio: ``三次产业结构调整为8.3∶41.4∶50.3`` (also 比例, 比重, 占比, 构成),
  checked when the terms add up to roughly a hundred (1∶2∶3 is a plain ratio), and a second structure a
  few words after the first (``由上年的7.9∶42.6∶49.5调整为7.5∶41.2∶52.7``);
- shares with a stated whole: ``分别占全区的38.2%、27.5%和16.1%，合计占81.8%``;
- labelled splits of one whole: ``欧盟占34.2%、东盟占27.5%、其他市场占12.9%`` (also 占比为, 所占比重为, the first
  item naming the whole: ``第一产业增加值占地区生产总值的8.6%，第二产业占44.1%…``, never items naming different wholes,
  ``欧盟、东盟和其他市场分别占…``, ``三次产业增加值占GDP的比重分别为…``). A list closed by 其他/其余,
  a complete set (三次产业, 大型/中型/小型/微型) or the bottom of a survey scale (有所变差, 不满意) must add
  up to 100%; a list introduced as a structure (结构/构成/分布/来源/按…分/从…看/调查) or of disjoint
  labels (在园区企业中，工业企业…服务业企业…) must not exceed it. Shares of another whole (占全省的12%)
  are never grouped.

Not read as a split (they need not add up to 100%): the answers of a survey unless they are the options of one
question (a scale reaching its bottom, states, a complete set: a survey word, 调查/受访/问卷, is no structure heading);
items named by different things done or had (设立研发机构的企业占…，开展产学研合作的企业占…: questions of their own);
a statement naming a question of several choices (多选, 多项选择); ``分别有N%的…表示`` lists.

Reading: every reader takes its shares from the typed clause model (``ctx.clause_model``, every notation: 38.5%,
百分之三十, 三成, 三分之一): the poll categories, the ``分别占/占比分别为`` lists and the proportions (``_categories``,
``_stated_whole``, ``_proportions``), the bare label lists (``_bare_splits``), the labelled splits and sub-shares
(``_labelled_splits``, ``_sub_shares``, ``_parts_after_qizhong``: the words before each share of the model read as its
label and link, ``_item_at``) and the structures (``_structures``: runs of the model's bare figures joined by ∶).
A share in tenths counts as a whole percentage in a split (六成、三成、两成 is 110%).

Tolerance: half a unit of the last written digit of every term (and of the stated whole), widened
for approximate terms (约, 左右 ...).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from itertools import islice
from decimal import Decimal

from draftcheck.finding import Severity
from draftcheck.lexicon.categories import complete_sets, named_members, together
from draftcheck.lexicon.words import words
from draftcheck.numbers.formatting import plain
from draftcheck.numbers.clause_model import Role
from draftcheck.numbers.interval import Interval, interval_sum
from draftcheck.numbers.quantity import Kind
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.numbers.share_notation import fraction_as_percent, tenths_quantities
from draftcheck.numbers.statement_spans import spans_holding
from draftcheck.numbers.table_layout import table_layouts
from draftcheck.text.line_cells import cells_of_line
from draftcheck.numbers.relations.totals import is_partition

KIND = "share-sum"
CODE = "DC204"
HUNDRED = Decimal(100)

_TOP_AND_MIDDLE = (
    "非常满意", "很满意", "比较满意", "较满意", "基本满意", "满意", "优秀", "良好", "基本合格", "合格",
    "基本称职", "称职", "较好", "好", "较深", "深", "了解", "一般", "较浅", "不太满意",
)
_BOTTOM = ("很不满意", "非常不满意", "不满意", "不合格", "不称职", "较差", "差", "浅", "不了解", "不清楚")
# the category word and its link, ending right before the share it names (满意85.2% / 不满意票占3.1% /
# 满意票128票，占85.3%): matched on the few characters before each share of the clause model
_CATEGORY = re.compile(
    "(?P<cat>" + "|".join(sorted(_TOP_AND_MIDDLE + _BOTTOM, key=len, reverse=True)) + ")"
    r"(?P<rate>率)?(?!度|意|格|职)(?:的|票|比例|占比|人数)?(?:为|占|达到?|是|的占)?[^\d,，。；;、%]{0,4}?"
    r"(?:\d{1,6}[ \t]?(?:票|人|份|张|个|家|名)[,，]?[^\d,，。；;、%]{0,4}?)?$"
)
_CATEGORY_REACH = 32  # characters before a share its category word may start
_CATEGORY_HINT = ("满意", "合格", "称职", "良好", "一般", "较深", "较好")
# a category word with a figure after it (一般公共预算 and the like name no category): tested before typing
_CATEGORY_NEAR = re.compile(r"(?:满意|合格|称职|良好|一般(?!公共|性|贸易|工业|纳税|债务|转移)|较深|较好)[^。；;]{0,20}?(?:\d|百分之|成)")
# the keyword announcing a ratio as a structure, up to 16 words before it (a year may stand between: 比重由2023年的…)
_STRUCTURE = re.compile(r"(?P<keyword>结构|比例|比重|占比|构成|之比)(?:[^。；;\d]|(?<!\d)\d{4}年){0,16}?$")
_STRUCTURE_REACH = 40
# the words between an announced ratio and a second one in one sentence: 由上年的7.9∶42.6∶49.5调整为7.5∶41.2∶52.7
_NEXT_STRUCTURE = re.compile(r"(?:[^。；;\d]|(?<!\d)\d{4}年){1,12}")
_SPLIT = re.compile(
    r"分别占(?:比)?|(?:占比|比重|比例|份额)(?:分别|依次)(?:为|是)|分别占到|依次占"
    # 本科及以上、大专、高中及以下学历分别为…: a split only when the names are a complete set (rates are
    # listed the same way: 一季度、二季度…增速分别为)
    r"|(?P<weak>(?:分别|依次)(?:为|是))"
    # each party's part of one cost: 省、市、县、乡镇四级分别承担45%、30%、15%和10%
    r"|(?P<bearing>分别(?:承担|分担|负担|出资|筹集))"
)
# periods listed with percentages are rates of each period (一季度、二季度…分别为5.2%、6.1%…)
_PERIOD_NAME = re.compile(r"季度|半年|月份|\d月|年度|(?:19|20)\d\d年")
# words that make the percentages of a list rates, not shares
_RATE_WORDS = words("shares", "rate_words")
# the words of a total over every part listed (words.toml [completeness] totals: 合计, 共计, 共 …)
# (not 累计: 1—11月累计增长9.6% totals over time, not over the parts)
_TOTAL_WORDS = tuple(word for word in words("completeness", "totals") if word != "累计")
_TOTAL_REACH = 10  # characters between a total word and the figure after it (占比达到约, 所占比重为)


def _names_total(between: str) -> bool:
    """Do the words before a share name it the total of the shares listed before (，合计占80.8% / ，三大产业合计占比
    达到95.5%)? A total word in the last clause, a few characters before the figure and no figure between."""
    clause = between[max(between.rfind(ch) for ch in ",，。；;") + 1 :]
    tail = clause[-(_TOTAL_REACH + 2) :]
    at = max(tail.rfind(word) for word in _TOTAL_WORDS)
    return at >= 0 and not any(ch.isdigit() for ch in tail[at:])


# A statement holds one of these when anything below reads it: a share in words (百分之, 成, 分之) or
# what _statement_relations tests before each of its readers (%, a colon of a structure, 分别 / 占比 / 比重).
# A reader started by another word adds the word here.
_SIGNS = ("%", ":", "∶", "分别", "占比", "比重", "百分之", "分之", "成")


_REST_WORDS = words("completeness", "rest")


def _holds(text: str, vocabulary: tuple[str, ...]) -> bool:
    """Does ``text`` hold one of the words of a lexicon list (words.toml [shares])?"""
    return _finder(vocabulary)(text) is not None


@lru_cache(maxsize=32)
def _finder(vocabulary: tuple[str, ...]):
    """The search of one lexicon list, compiled once (one scan of the text for all its words)."""
    return re.compile("|".join(re.escape(w) for w in sorted(vocabulary, key=len, reverse=True))).search


def _without_link(label: str) -> str:
    """A label without the link word before its share (本科及以上为 -> 本科及以上)."""
    word = next((w for w in _LABEL_LINKS if label.endswith(w)), "")
    return label[: len(label) - len(word)]


def _is_total_label(label: str) -> bool:
    """合计 / 总 计 / 共计为: the label of the row or item that adds the parts up."""
    squeezed = "".join(label.split())
    return squeezed.removesuffix("为") in _TOTAL_ROWS


def _is_unit_cell(cell: str) -> bool:
    """A cell holding only a unit in brackets (（%）, （万元）): the head of the column on its left."""
    return len(cell) <= 10 and cell[:1] in "（(" and cell[-1:] in ")）" and not any(
        ch in "（()）" or ch.isspace() for ch in cell[1:-1])


def _is_column_figure(cell: str) -> bool:
    """A cell of a share column: up to three digits, a point and up to three more, maybe a % (35.2 / 100.0 / 8%)."""
    whole, _, decimals = cell.removesuffix("%").partition(".")
    return (whole.isascii() and whole.isdigit() and len(whole) <= 3 and len(decimals) <= 3
            and (decimals.isascii() and decimals.isdigit() if "." in cell else True))


_WHOLE_SCOPES = tuple(sorted(words("shares", "whole_scopes"), key=len, reverse=True))
_WHOLE_TOTALS = words("shares", "whole_totals")


def _is_scope_only(whole: str) -> bool:
    """A whole that is only a scope (全省, 全国总量): each name's share may be of its own indicator's total there."""
    scope = next((w for w in _WHOLE_SCOPES if whole.startswith(w)), "")
    rest = whole[len(scope) :]
    return rest == "" or rest in _WHOLE_TOTALS


def _closes(label: str) -> bool:
    """Does the label name the rest of a split (其他市场 / 其余部分 / 水电、生物质能及其他)?"""
    if label.startswith(_REST_WORDS):
        return True
    for other in ("其他", "其它"):
        at = label.rfind(other)
        if at >= 1 and label[at - 1] in "及和与等" and len(label) - at - 2 <= 4 and not any(
                ch in "及和与等、" for ch in label[at + 2 :]):
            return True
    return False


def _without_scopes(name: str) -> str:
    """A name without the scopes opening it (全年全市规上企业 -> 规上企业)."""
    while (word := next((w for w in _SCOPES if name.startswith(w)), "")):
        name = name[len(word) :]
    return name


def find(ctx) -> list[Relation]:
    """Share relations of every statement of the shared segmentation (``ctx.segmentation``: sentences
    joined up to a full stop, bracket-aware), read on the width-folded text (３８．５％ is 38.5%)."""
    relations: list[Relation] = []
    folded = ctx.folded
    spans = ctx.segmentation.statements()
    holding = list(spans_holding(folded, spans, _SIGNS))  # (the others hold nothing this module reads)
    if "%" in folded:
        # bare figures under a title line with a unit of percent (用工结构（%）\n本科及以上 35.2  大专 40.1 …)
        titled = [k for k, (start, _) in enumerate(spans) if start and folded[start - 1] == "\n"
                  and (title := _title_before(folded, start)) is not None and title.group("unit")]
        if titled:
            holding = sorted(set(holding) | set(titled))
    n = 0
    while n < len(holding):
        k = holding[n]
        n += 1
        start, end = spans[k]
        # 城镇人口占58.2%。乡村人口占44.6%。: a sentence of nothing but labelled shares goes on with the split the
        # sentence before it ends with
        joined = 0
        while joined < _MAX_JOINED and n < len(holding) and holding[n] == k + joined + 1 and _continues_split(
                ctx, start, end, *spans[holding[n]]):
            end = spans[holding[n]][1]
            n += 1
            joined += 1
        statement = folded[start:end]
        first = len(relations)
        # read on the typed clause model, in every notation (38.5%, 百分之三十, 三成, 三分之一)
        on_model: list[Relation] = []
        # (typed only when a reader's words and a share stand in the statement: typing costs)
        shares = _StatementShares(ctx, start, end)
        if ("%" in statement or "百分之" in statement or "成" in statement or "分之" in statement):
            if any(word in statement for word in _CATEGORY_HINT) and _CATEGORY_NEAR.search(folded, start, end):
                on_model.extend(_categories(ctx.text, folded, shares.between(start, end)))
            if "分别" in statement or "依次" in statement or "占比" in statement or "比重" in statement or "比例" in statement:
                on_model.extend(_stated_whole(ctx.text, folded, start, end, shares))
                if ("比例" in statement or "比重" in statement) and _PROPORTION_TAIL.search(folded, start, end):
                    on_model.extend(_proportions(ctx.text, folded, start, shares.between(start, end)))
        # (categories short of the bottom of their scale are not checkable, and leave the statement to the other
        # readers: 满意…基本满意…，其余为“不满意”，占3.2%, a labelled split closed by the rest)
        open_polls = [r for r in on_model if r.outcome is Outcome.NOT_CHECKABLE and r.related
                      and r.related[0][0] in _CATEGORY_NAMES] if on_model else on_model
        if open_polls:
            found = _statement_relations(ctx, start, end, shares, [r for r in on_model if not any(r is p for p in open_polls)])
            relations.extend(r for r in on_model if not any(r is p for p in open_polls) or not any(
                f.start < r.end and r.start < f.end for f in found))
        else:
            found = _statement_relations(ctx, start, end, shares, on_model)
            relations.extend(on_model)
        relations.extend(found)
        # (a heading needs a colon, or 从/按 before a comma, or a title line before: tested before the pattern runs)
        if ("%" in statement and ("：" in statement or ":" in statement or "从" in statement or "按" in statement)
                and _LIST_HEADING.search(folded, start, end)) or _title_before(folded, start):
            relations.extend(_bare_splits(ctx, start, end, [(r.start, r.end) for r in on_model + found]))
        if len(relations) > first and ("多" in statement or "不定" in statement) and _holds(statement, _MULTIPLE_ANSWERS):
            del relations[first:]  # （可多选）: the shares of the answers of one question of several choices need not add up to 100%
    if "%" in folded and any(mark in folded for mark in _PERCENT_HEAD_MARKS):
        relations.extend(_share_columns(ctx))
    return relations


_MAX_JOINED = 3  # sentences of labelled shares joined to the one before them


_ITEM_SHARE_WORDS = ("占", "比重", "比例", "份额")  # every labelled share's link holds one (_ITEM_PREFIX)
# the last character of a share in any notation (38.5%, 百分之十二, 六成, 三成半, 三分之一)
_SHARE_LAST = frozenset("%成半〇零一二三四五六七八九十")
_ITEM_REACH = 26  # characters before its end a sentence's last share word may stand (as the pattern this replaced)


def _continues_split(ctx, start: int, end: int, next_start: int, next_end: int) -> bool:
    """Does the sentence [next_start, next_end) hold nothing but labelled shares, right after a sentence
    [start, end) that ends with one (占58.2%。)?"""
    folded = ctx.folded
    if next_start != end or next_end - next_start > 80:
        return False
    # (the last clause of the sentence before is one labelled share, read by the item reader on its shares)
    # (a share in any notation right before the full stop, a share word in the last clause a few characters before
    # it: tested before the clause is typed)
    if not folded.startswith("。", end - 1) or folded[end - 2 : end - 1] not in _SHARE_LAST or not any(
            word in folded[next_start:next_end] for word in _ITEM_SHARE_WORDS):
        return False  # (the next sentence holds labelled shares only: a share word stands in it)
    window = max(start, end - _ITEM_REACH)
    clause_start = max(max(folded.rfind(ch, window, end - 1) for ch in "，,、；;：:") + 1, window)
    if not any(word in folded[clause_start:end] for word in _ITEM_SHARE_WORDS):
        return False
    if clause_start == window:
        clause_start = max(max(folded.rfind(ch, start, end - 1) for ch in "，,、；;：:") + 1, start)
    before = _StatementShares(ctx, clause_start, end).between(clause_start, end)
    last = _item_at(folded, clause_start, end - 1, before, [_figure_start(q) for q in before]) if before else None
    if last is None or last.end != end - 1 or last.bracket:
        return False
    previous = _share_label(last.label)
    shares = _StatementShares(ctx, next_start, next_end).between(next_start, next_end)
    starts = [_figure_start(q) for q in shares]
    position, items = next_start, 0
    while position < next_end:
        item = _item_at(folded, position, next_end, shares, starts)
        label = _share_label(item.label) if item is not None else ""
        # one more member of the same split: the head noun of the item before (城镇人口 / 乡村人口), no part of it
        # (合同制职工 / 国有工业的合同制职工), no year or figure in the name
        if item is None or item.whole or re.search(r"\d|^(?:全|总|整个|其中|而|但)", label) or len(label) < 3 or len(previous) < 3 \
                or label[-2:] != previous[-2:] or label in previous or previous in label:
            return False
        items += 1
        sep = _SEPARATOR.match(folded, item.end, next_end)
        position = sep.end() if sep else item.end
        if sep is None:
            return items >= 1 and folded[position:next_end].strip() == "。"
    return False


class _StatementShares:
    """The percentages of one statement from the typed clause model (``ctx.clause_model``), with shares
    written as fractions (三分之一) and in tenths (三成, share_notation) read as percentages too."""

    def __init__(self, ctx, start: int, end: int) -> None:
        self._ctx, self._start, self._end = ctx, start, end
        self._percents: list | None = None  # typed on first use
        self._starts: list[int] = []

    def _type(self) -> list:
        ctx, start, end = self._ctx, self._start, self._end
        found = [fraction_as_percent(t.quantity) if t.quantity.kind == Kind.FRACTION else t.quantity
                 for t in ctx.clause_model.between(start, end)]
        if "成" in ctx.folded[start:end]:
            found = sorted(found + tenths_quantities(ctx.folded, start, end), key=lambda q: (q.start, q.end))
        self._percents = [q for q in found if q.kind == Kind.PERCENT]
        self._starts = [q.start for q in self._percents]
        return self._percents

    def between(self, start: int, end: int) -> list:
        return list(self.iter_between(start, end))

    def iter_between(self, start: int, end: int):
        """The percentages lying in [start, end), in order, produced one at a time (a reader that stops
        after a few reads no more: a statement may hold thousands)."""
        percents = self._percents if self._percents is not None else self._type()
        i = bisect.bisect_left(self._starts, start)
        while i < len(percents) and percents[i].end <= end:
            yield percents[i]
            i += 1


# ---------------------------------------------------------------------------------------------
# Bare label lists: 空气质量等级构成：优38.7%、良54.8%、轻度污染12.6%、中度及以上污染2.9%
# (read on the typed clause model: each item a label and a plain share, role SHARE or a rate with no cue)

# a heading that makes the list the make-up of one whole, the first label right after it
_LIST_HEADING = re.compile(
    # (a unit in brackets declares the bare figures after it percentages: 能源消费结构（%）：煤炭 56.8；…)
    # (any other bracket names the whole: 出口市场结构（占园区出口额比重）：东盟 26.7%；…)
    r"(?:(?:构成|结构|组成|分布|占比|比重|比例|份额)(?:情况|状况)?(?:(?P<unit>\s?[（(](?:单位[:：]\s?)?%\s?[)）])|\s?[（(]占[^（()）%\d]{1,16}[)）])?(?:为|是)?"
    r"|按[^，,；;。：:]{1,8}(?:分|划分)(?:(?:为|成)(?P<count>[两二三四五六七八九]|[2-9])(?:块|类|部分|个部分|个方面|种|级))?"
    r"|(?:分为|分成|划分为)(?P<count2>[两二三四五六七八九]|[2-9])(?:块|类|部分|个部分|个方面|种|级))[:：]"
    # without a colon: 从学历结构看，… (a structure: the sum cannot exceed 100%) / 按年龄分，… (by itself no
    # more than a breakdown, often of growth rates: checked only when the labels are a complete set)
    r"|(?P<soft>(?:从|按)[^，,；;。：:]{0,10}(?:结构|构成|分布|组成|来源)(?:看|来看|分|划分)?)[，,]"
    r"|(?P<by>按[^，,；;。：:]{1,8}(?:分|划分))[，,]"
)
# a link word between an item's label and its share (本科及以上为45.2%)
_LABEL_LINKS = words("shares", "label_links")
# the label of one item, between the separator before it and its share
# (a label may carry another name of its own in brackets: 高中（中专）及以下)
_BARE_LABEL = re.compile(r"(?:\d{1,4}(?:[—\-~～至到]\d{1,4})?)?[^\d，,。；;：:、%（()）\s]{1,12}"
                         r"(?:[（(][^\d，,。；;：:、%（()）\s]{1,8}[)）][^\d，,。；;：:、%（()）\s]{0,8})?")
_BARE_SEPARATOR = re.compile(r"\s*[、，,；;]\s*")
_SPACED_SEPARATOR = re.compile(r"\s*[、，,；;]\s*|[ \t\u3000]+")
# the item closing a unit-headed list with the whole: ；合计 100.0
_TOTAL_ROWS = words("shares", "total_rows")
_NOT_A_LABEL = re.compile(r"率|增|降|减|提高|上升|同比|比上年|较上年|占|达|超过|其中|平均|累计|合计|共计|共有|^共(?![建享同])")  # (共建国家 is a label)


def _list_headings(folded: str, start: int, end: int):
    """(where the first label starts, a unit heading (%), the number of parts named, a breakdown 按…分,
    items parted by spaces) for every heading of a list of bare shares in the statement: a structure heading
    with a colon inside it, or a title line of its own right before it (门诊量构成情况 / 能源消费结构（%）)."""
    title = _title_before(folded, start)
    if title is not None:
        yield start, title.group("unit") is not None, None, False, True
    for heading in _LIST_HEADING.finditer(folded, start, end):
        yield (heading.end(), heading.group("unit") is not None, heading.group("count") or heading.group("count2"),
               bool(heading.group("by")), False)


# a title on a line of its own that names the make-up of one whole: 县域医疗卫生机构门诊量构成情况
_TITLE_LINE = re.compile(
    r"\s*[^\n。；;，,：:！？!?%\d]{2,30}(?:构成|结构|组成|分布|占比|比重|比例|份额)(?:情况|状况)?"
    r"\s?(?P<unit>[（(](?:单位[:：]\s?)?%\s?[)）])?\s*"
)
_TITLE_REACH = 40


def _title_before(folded: str, start: int) -> re.Match | None:
    """The title line right before a statement that opens its paragraph, if there is one."""
    if not start or not folded[start - 1].isspace():
        return None  # (the statement goes on from a mark on its line: most do, and no rfind is needed)
    line_end = folded.rfind("\n", max(0, start - _TITLE_REACH), start)
    if line_end < 0 or folded[line_end + 1 : start].strip():
        return None
    line_start = folded.rfind("\n", max(0, line_end - _TITLE_REACH), line_end) + 1
    if line_start == 0 and line_end > _TITLE_REACH:
        return None
    return _TITLE_LINE.fullmatch(folded, line_start, line_end)


def _bare_splits(ctx, start: int, end: int, taken) -> list[Relation]:
    """Lists of labelled shares with no 占 after a structure heading with a colon, or on the line under a
    title naming a structure (items then parted by spaces too): three or more items of one whole. A sum
    above 100% is wrong; below only when nothing can be missing (a complete set, a range from bottom to top,
    a list closed by 其他 or by the bottom of a scale)."""
    folded = ctx.folded
    every = ctx.clause_model.between(start, end)
    relations = []
    for position, unit_heading, counted, by, spaced in _list_headings(folded, start, end):
        items: list[tuple[str, object, int]] = []  # label, share, where the label starts
        # (under a unit heading, 结构（%）：, the shares are bare figures with no unit of their own)
        separator = _SPACED_SEPARATOR if spaced else _BARE_SEPARATOR
        typed = [t for t in every if t.quantity.is_percent or (unit_heading and t.quantity.unit == "" and t.quantity.kind == Kind.AMOUNT)]
        stated_whole = None
        for t in typed:
            q = t.quantity
            if q.start < position:
                continue
            gap = folded[position : q.start]
            if unit_heading and len(items) >= 2 and (sep := separator.match(gap)) and _is_total_label(gap[sep.end() :]):
                stated_whole = q  # ；合计 100.0
                position = q.end
                break
            if items and not folded.startswith(("和", "及", "与"), position - 1):
                sep = separator.match(gap)
                if sep is None:
                    break
                gap = gap[sep.end() :]
            bracketed = gap.endswith(("（", "(")) and folded.startswith(("）", ")"), q.end)
            if bracketed:
                gap = gap[:-1]  # 先进制造业（46.5%）
            gap = (_without_link(gap) or gap).strip()  # (东盟 26.7%: a space before the figure)
            label = _BARE_LABEL.fullmatch(gap)
            if label is None or _NOT_A_LABEL.search(gap) or t.role not in (Role.RATE, Role.SHARE, Role.VALUE) or (
                t.role is Role.RATE and t.cue
            ) or (t.role is Role.VALUE and not unit_heading):
                break
            items.append((gap, q, folded.rfind(gap, position, q.start)))
            position = q.end + (1 if bracketed else 0)
            if len(items) >= 2 and folded.startswith(("和", "及", "与"), position):
                position += 1  # 现代农业（8.7%）和基础设施（16.9%）
        if len(items) < 3:
            continue
        after = folded[position : min(end, position + 2)]
        if after[:1] in ("等",) or re.match(r"[^，,。；;\s]", after or "。"):
            continue  # the last share is not the end of an item: 良54.8%以上 / 等
        labels = [label for label, _, _ in items]
        quantities = [q for _, q, _ in items]
        if len(set(labels)) != len(labels) or any(a != b and a in b for a in labels for b in labels):
            continue
        span = (items[0][2], quantities[-1].end)
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        complete = (_is_complete_set(labels) or _covers_range(labels) or _closes(labels[-1])
                    or _holds(labels[-1], _SCALE_BOTTOM) or (counted is not None and _count_of(counted) == len(items)))
        if by and not complete:
            continue
        terms = [(q.value, q.decimals, q.start, q.end) for q in quantities]
        if stated_whole is not None:
            # 合计 100.0: the whole as written (a 合计 that is not about a hundred is no share list)
            if not Decimal(99) <= stated_whole.value <= Decimal(101):
                continue
            relations.append(_judge(ctx.text, terms, Interval.of(stated_whole, scaled=False),
                                    ctx.text[stated_whole.start : stated_whole.end], span, complete=True,
                                    labels=labels, approximate=any(q.approximate for q in quantities)))
            continue
        relations.append(_judge(ctx.text, terms, Interval.exact(HUNDRED), "100%", span, complete=complete,
                                labels=labels, approximate=any(q.approximate for q in quantities)))
    return relations


# ---------------------------------------------------------------------------------------------
# A share column of a table pasted as lines, its cells parted by single spaces (the aligned-table reader of
# document/tables.py wants runs of two): a header line naming the column 占比（%）, then one line per part, maybe
# closed by 合计 100.0:
#     资金来源 占比（%）
#     中央补助 40.8
#     …
#     合计 100.0

# the head of a share column: 占比（%）, 比重(%), 构成%, or a share word with the whole it is of (占国土总面积比重: the
# unit then on the title line above, 国土空间利用现状（单位：%）)
_SHARE_HEADER_CELL = re.compile(r"(?:占比|比重|构成|比例|份额|结构|百分比)\s?[（(](?:单位[:：]\s?)?%[)）]|(?:占比|比重|构成|比例|份额)%"
                                r"|(?P<bare>(?:占[^\s\d%（()）]{1,12}?的?)?(?:比重|占比|比例|构成|份额))")
_CELL_GAP = re.compile(r"[ \t\u3000]+")
_SUB_ROW = words("shares", "sub_rows")
_MAX_COLUMN_ROWS = 40


# the percent unit as a column head or a title line writes it (占比（%）, （单位：%）, 比重%): a share column needs one
_PERCENT_HEAD_MARKS = ("（%", "(%", "：%", ":%", "： %", ": %", "比%", "重%", "成%", "例%", "额%")
_SHARE_HEAD_WORD = words("shares", "column_heads")
# a line of a label and one to six figures parted by gaps, right after a line break (the break is the match's start)
# (a label may hold figures of its own, an age or size bracket: 0—14岁, 60岁及以上, 500万元以下; not a period: 2024年)
_FIGURE_ROW = re.compile(r"\n(?=[^\s\d，。；：,;:]|[^\s，。；：,;:]{0,19}[\u4e00-\u9fff])(?!(?:19|20)\d\d年)[^\s，。；：,;:]{1,20}(?:[ \t\u3000]+\d[\d.]{0,14}%?){1,6}[ \t\u3000]*(?=\r?\n|$)")


def _paragraph_starts(ctx) -> list[int]:
    return ctx.shared("share_paragraph_starts", lambda c: [p.start for p in c.segmentation.paragraphs])


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of one line parted by spaces, tabs or 　 (the spans of the text between the gaps)."""
    return cells_of_line(text, start, end, _CELL_GAP, keep_blank=True)


def _tables_with_total(ctx) -> list:
    """The document's tables whose layout reads a total row (numbers/relations/tables.py checks their share columns;
    a table whose labels hold figures, 0—14岁 / 60岁及以上, is read without one: its share column stays here)."""
    return ctx.shared("share_tables_with_total", lambda c: [
        layout.table for layout in table_layouts(c) if any(row.kind == "total" for row in layout.rows)])


def _share_columns(ctx) -> list[Relation]:
    """The share column of every table pasted as lines (paragraphs of the shared segmentation), unless a table reader
    took it with its total row (``ctx.tables``, checked by numbers/relations/tables.py): the parts against the 合计 row when it reads about a hundred, else against 100% (a sum
    above it is wrong; below it only when the labels are complete)."""
    folded = ctx.folded
    segmentation = ctx.segmentation
    paragraphs = segmentation.paragraphs
    relations = []
    seen = -1
    # (the lines holding a share word after a gap: the only lines that may head a share column)
    # (a column starts with a row of a label and figures parted by gaps: the line above it may be the column's head)
    for row in _FIGURE_ROW.finditer(folded):
        n = bisect.bisect_left(_paragraph_starts(ctx), row.start() + 1) - 1
        if n < 0 or n + 2 >= len(paragraphs):
            continue
        header = paragraphs[n]
        if header.start <= seen or header.end - header.start > 80 or not _holds(folded[header.start : header.end], _SHARE_HEAD_WORD):
            continue
        seen = header.start
        cells = _cells(folded, header.start, header.end)
        for c in range(len(cells) - 1, 0, -1):
            if _is_unit_cell(folded[slice(*cells[c])]):
                cells[c - 1 : c + 1] = [(cells[c - 1][0], cells[c][1])]  # 占比 （%）: the unit is its column head's
        heads = [(c, m) for c, (s, e) in enumerate(cells) if c and (m := _SHARE_HEADER_CELL.fullmatch(folded, s, e))]
        if len(heads) != 1 or any(_is_column_figure(folded[s:e]) for s, e in cells):
            continue
        column, head = heads[0]
        if head.group("bare") and not (n and "%" in folded[paragraphs[n - 1].start : paragraphs[n - 1].end]):
            continue  # a share word with no unit of percent in its cell or on the title line above it
        labels, terms, total = [], [], None
        for row in paragraphs[n + 1 : n + 1 + _MAX_COLUMN_ROWS]:
            row_cells = _cells(folded, row.start, row.end)
            if len(row_cells) != len(cells) or not _is_column_figure(folded[slice(*row_cells[column])]):
                break
            label = folded[slice(*row_cells[0])]
            if re.search(r"[，。；：,;:]", label) or not re.search(r"[\u4e00-\u9fff]", label) or _PERIOD_NAME.search(label):
                break  # (a bracket with figures is a label, 0—14岁; a period is not, 2024年)
            q = next((t.quantity for t in ctx.clause_model.between(*row_cells[column])), None)
            if q is None:
                break
            if _is_total_label(label):
                total = q
                break
            if not label.startswith(_SUB_ROW):
                labels.append(label)
                terms.append((q.value, q.decimals, q.start, q.end))
        if len(terms) < 2 or (total is None and len(terms) < 3):
            continue
        span = (terms[0][2], (total or q).end if total is not None else terms[-1][3])
        if (total is not None and any(t.start <= header.start < t.end and t.start < span[1] and span[0] < t.end
                                      for t in _tables_with_total(ctx))) or len(set(labels)) != len(labels):
            continue  # (a table read with its header and a total row: its share column is numbers/relations/tables.py's;
            # a block of rows read without this header, document/tables.aligned_tables, does not know the column is a share)
        if total is not None:
            if not Decimal(99) <= total.value <= Decimal(101):
                continue
            relations.append(_judge(ctx.text, terms, Interval.of(total, scaled=False), ctx.text[total.start : total.end],
                                    span, complete=True, labels=labels))
            continue
        complete = _is_complete_set(labels) or _covers_range(labels) or _closes(labels[-1])
        relations.append(_judge(ctx.text, terms, Interval.exact(HUNDRED), "100%", span, complete=complete, labels=labels))
    return relations


def _statement_relations(ctx, start: int, end: int, shares: "_StatementShares", earlier: list[Relation]) -> list[Relation]:
    """The structures, labelled splits and sub-shares of one statement, on the clause model's figures
    (``shares``: its percentages in every notation); ``earlier`` holds the relations already read on it."""
    text, folded = ctx.text, ctx.folded
    relations: list[Relation] = []
    statement = folded[start:end]
    if ":" in statement or "∶" in statement:
        relations.extend(_structures(text, folded, start, end, [t.quantity for t in ctx.clause_model.between(start, end)]))
    if ("用于" in statement or "投向" in statement) and (percents := shares.between(start, end)) and len(percents) >= 2:
        taken = [(r.start, r.end) for r in earlier + relations]
        relations.extend(_uses(text, folded, start, percents, taken))
    if (statement.count("%") >= 3 or "百分之" in statement) and _PERCENT_STRUCTURE_GATE.search(statement) and (
            percents := shares.between(start, end)):
        taken = [(r.start, r.end) for r in earlier + relations]
        relations.extend(_percent_structures(text, folded, start, percents, taken))
    if _holds(statement, _REST_WORDS + _SCALE_BOTTOM) and _figures_open_clauses(statement) and (
            percents := shares.between(start, end)):
        taken = [(r.start, r.end) for r in earlier + relations]
        relations.extend(_shares_first(ctx, start, end, percents, taken))
    if ("占" in statement or "份额" in statement or "比重" in statement or "比例" in statement) and (
            "%" in statement or "百分之" in statement or "成" in statement or "分之" in statement):
        percents = shares.between(start, end)
        if not percents:
            return relations
        taken = [(r.start, r.end) for r in earlier + relations]
        relations.extend(_labelled_splits(text, folded, start, end, percents, taken, ctx.clause_model))
        if "其中" in statement:
            relations.extend(_sub_shares(text, folded, start, end, percents, taken))
            checked = [(r.start, r.end) for r in relations if r.outcome is not Outcome.NOT_CHECKABLE]
            relations.extend(_parts_after_qizhong(text, folded, start, end, percents, checked))
    return relations


# ---------------------------------------------------------------------------------------------
# Shares that open their clauses, the part named after them: 受访群众中，62%表示满意，30%表示基本满意，10%表示不满意 /
# 全部贷款中，65%投向制造业，25%投向服务业，其余15%投向农业 (clauses of the shared segmentation, shares of the clause
# model in any notation). Such lists are often answers to a question of several choices (65%认为融资难，48%认为用工贵):
# checked only when nothing can be missing, the last clause naming the rest (其余…) or the bottom of a scale (不满意).

_APPROXIMATE_BEFORE = words("approximation", "before")
_SHARE_FIRST_OPENERS = ("有", "的")  # (有62%表示…; 其余的15%…)
_NOT_A_PREDICATE = ("以上", "以下", "以内", "增", "降", "提高", "上升", "回落", "下滑", "个百分点")


_CHINESE_DIGITS = "一二两三四五六七八九十"


def _figures_open_clauses(statement: str) -> bool:
    """Do two clauses of the statement open with a figure (after 其余, 有, 约 …)? Tested on the text before the shares
    are typed: 62%表示满意，30%表示… / 四成为村干部，五成为…"""
    found = 0
    for separator in "，,；;":
        at = statement.find(separator)
        while at >= 0:
            head = statement[at + 1 : at + 6].lstrip(" \t\u3000")
            for opener in _REST_WORDS + _SHARE_FIRST_OPENERS + _APPROXIMATE_BEFORE:
                if head.startswith(opener):
                    head = head[len(opener) :]
                    break
            if head[:1].isdigit() or head.startswith("百分之") or (head[:1] in _CHINESE_DIGITS and head[1:2] in ("成", "分")):
                found += 1
                if found >= 2:
                    return True
            at = statement.find(separator, at + 1)
    return False


_SET_SCOPE_ENDS = ("中", "内", "里")  # 园区内约六成企业…: the first clause may name the set before its share


def _share_first_item(folded: str, piece: tuple[int, int], percents: list, first: bool = False
                      ) -> tuple[str, object, bool, bool, int] | None:
    """(the words after the share, the share, a rest item, approximate, where the clause ends) when the clause ``piece`` opens with a share of
    the clause model (其余, 约, 有 allowed before it) and names its part after it in words; else None."""
    start, end = piece
    inside = [q for q in percents if start <= q.start and q.end <= end]
    if len(inside) != 1:
        return None
    q = inside[0]
    before = folded[start : q.start].strip(" \t\u3000")
    if first:
        scope = max(before.rfind(end_word) for end_word in _SET_SCOPE_ENDS)
        if 2 <= scope < 16 and not any(ch.isdigit() for ch in before[:scope]):
            before = before[scope + 1 :]  # 园区内约六成企业 / 受访群众中62%…
    rest = before.startswith(_REST_WORDS)
    if rest:
        before = before[2:]
    for words_before in (_SHARE_FIRST_OPENERS, _APPROXIMATE_BEFORE, _SHARE_FIRST_OPENERS):
        word = next((w for w in words_before if before.startswith(w)), "")
        before = before[len(word) :]
    if before:
        return None
    after = folded[q.end : end].strip()
    approximate = after.startswith(("左右", "上下"))
    predicate = after[2:] if approximate else after
    predicate = predicate[1:] if predicate.startswith("的") else predicate
    if not predicate or not "\u4e00" <= predicate[0] <= "\u9fff" or predicate.startswith(_NOT_A_PREDICATE) or any(
            ch.isdigit() for ch in predicate):
        return None
    return predicate, q, rest, approximate or q.approximate, len(folded[:end].rstrip("。！？!?；; \t\r\n\u3000"))


def _shares_first(ctx, start: int, end: int, percents: list, taken) -> list[Relation]:
    folded = ctx.folded
    pieces = ctx.segmentation.items(start, end, "，,；;")
    if not pieces:
        return []
    relations = []
    run: list[tuple] = []
    opened_by_share = False  # the clause before the run holds a share: the list began there (园区内约六成企业…，三成企业…)
    previous = None
    for piece in pieces + [(end, end)]:
        item = _share_first_item(folded, piece, percents, first=not run) if piece[0] < end else None
        if item is not None and not (run and run[-1][2]):
            if not run:
                opened_by_share = previous is not None and any(previous[0] <= q.start < previous[1] for q in percents)
            run.append(item)
            previous = piece
            continue
        if len(run) >= 2 and not opened_by_share:
            relations.extend(_judge_shares_first(ctx.text, run, taken))
        run = [item] if item is not None else []
        if item is not None:
            opened_by_share = previous is not None and any(previous[0] <= q.start < previous[1] for q in percents)
        previous = piece
    return relations


def _judge_shares_first(text: str, run: list[tuple], taken) -> list[Relation]:
    labels = [item[0] for item in run]
    rest = run[-1][2]
    bottom = len(run) >= 3 and _holds(labels[-1], _SCALE_BOTTOM) and not any(_holds(l, _SCALE_BOTTOM) for l in labels[:-1])
    if not (rest or bottom) or any(item[2] for item in run[:-1]) or len(set(labels)) != len(labels):
        return []
    span = (run[0][1].start, run[-1][4])
    if any(s < span[1] and span[0] < e for s, e in taken):
        return []
    terms = [(item[1].value, _split_decimals(item[1]), item[1].start, item[1].end) for item in run]
    return [_judge(text, terms, Interval.exact(HUNDRED), "100%", span, complete=True, labels=labels,
                   approximate=any(item[3] for item in run))]


def _categories(text: str, folded: str, shares: list) -> list[Relation]:
    """The categories of one poll or appraisal, each share of the statement (clause model, any notation)
    read with the category word right before it."""
    groups: list[list[tuple[re.Match, object]]] = []
    for q in shares:
        if q.value > 100:
            continue
        window = max(0, q.number_start - _CATEGORY_REACH)
        m = next((c for c in (_CATEGORY.match(folded, at, q.number_start) for at in _category_starts(folded, window, q.number_start)) if c), None)
        if m is None:
            continue
        if groups and m.start() - groups[-1][-1][1].end <= 12:
            groups[-1].append((m, q))
        else:
            groups.append([(m, q)])
    relations = []
    for group in groups:
        names = [m.group("cat") for m, _ in group]
        if len(set(names)) < 3 or len(set(names)) != len(names):
            continue
        terms = [(q.value, q.decimals, q.number_start, q.end) for _, q in group]
        complete = any(name in _BOTTOM for name in names)
        if not complete and any(m.group("rate") for m, _ in group):
            continue  # 满意率 may include 基本满意: only a list reaching 不满意率 splits one whole
        span = (group[0][0].start(), group[-1][1].end)
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", span, complete, labels=names,
                                approximate=any(q.approximate for _, q in group)))
    return relations


def _category_starts(folded: str, start: int, end: int):
    """Where a category word may begin before a share, leftmost first (满意 / 基本满意 / 不满意 ...)."""
    for at in range(start, end):
        if folded[at] in _CATEGORY_FIRST:
            yield at


_CATEGORY_FIRST = frozenset(word[0] for word in _TOP_AND_MIDDLE + _BOTTOM)
_CATEGORY_NAMES = frozenset(_TOP_AND_MIDDLE + _BOTTOM)


def _ratio_chains(folded: str, quantities: list) -> list[list]:
    """The runs of three to six bare figures of the clause model joined by ∶ or : (8.3∶41.4∶50.3), each term
    with at most three digits before and after the point, no further figure or colon glued to either end."""
    chains, run = [], []
    for q in quantities:
        if q.kind != Kind.AMOUNT or q.unit or q.qualifier or q.start != q.number_start or not _is_ratio_term(q):
            if len(run) >= 3:
                chains.append(run)
            run = []
            continue
        if run and _RATIO_JOINT.fullmatch(folded, run[-1].end, q.start):
            run.append(q)
            continue
        if len(run) >= 3:
            chains.append(run)
        run = [q]
    if len(run) >= 3:
        chains.append(run)
    return [c for c in chains if len(c) <= 6 and not _glued(folded[max(0, c[0].start - 1) : c[0].start])
            and not _glued(folded[c[-1].end : c[-1].end + 1])]


def _is_ratio_term(q) -> bool:
    """A term of a ratio written in digits: at most three before the point and three after it (8.3, 41.4)."""
    return q.script == "arabic" and q.magnitude == 1 and 0 <= q.value < 1000 and q.decimals <= 3


def _glued(ch: str) -> bool:
    """A figure or a colon right against a ratio (12:30:45 is a time, 1.2.3 a version): no structure."""
    return ch.isdigit() or (ch != "" and ch in ".:∶")


_RATIO_JOINT = re.compile(r"[ \t]?[:∶][ \t]?")


def _structures(text: str, folded: str, start: int, end: int, quantities: list) -> list[Relation]:
    """Structures written as a ratio (三次产业结构调整为8.3∶41.4∶50.3), on the figures of the clause model: a
    keyword (结构, 比例, 比重 ...) a few words before the ratio announces it, and a second ratio a few words
    after an announced one is one too (由上年的7.9∶42.6∶49.5调整为7.5∶41.2∶52.7)."""
    relations = []
    announced_end = None  # where the last announced ratio ends
    for chain in _ratio_chains(folded, quantities):
        first, last = chain[0].start, chain[-1].end
        keyword = _STRUCTURE.search(folded, max(start, first - _STRUCTURE_REACH), first)
        if keyword is None and not (announced_end is not None and _NEXT_STRUCTURE.fullmatch(folded, announced_end, first)):
            announced_end = None
            continue
        announced_end = last
        values = [(q.value, q.decimals, q.start, q.end) for q in chain]
        total = sum(v for v, *_ in values)
        span = (first, last)
        plain_ratio = keyword is not None and keyword.group("keyword") == "之比" and all(q.decimals == 0 for q in chain) and not re.search(
            r"产业|一产|[一二三]产", folded[max(start, keyword.start() - 16) : keyword.start()])
        if plain_ratio or not Decimal(90) <= total <= Decimal(110):
            # 男女之比为52∶49 may be any ratio; 三次产业增加值之比 and terms to two decimals are shares
            relations.append(Relation(kind=KIND, code=CODE, outcome=Outcome.NOT_CHECKABLE, start=span[0], end=span[1]))
            continue
        relations.append(_judge(text, values, Interval.exact(HUNDRED), "100%", span, complete=True, labels=None))
    return relations


# A structure written as a list of bare shares: 三次产业结构调整为6.8%、43.5%、51.7% (the shares of every part,
# unnamed: the list is the whole structure). The keyword is 结构/构成, or 比重/比例/占比 of the three sectors; no
# comma and no rate word (增长, 贡献, 拉动, 率) between it and the list.
_PERCENT_STRUCTURE = re.compile(
    r"(?:(?P<keyword>结构|构成)|(?:三次产业|[一二三]产|一二三产业?|一、二、三产业?)[^，,。；;\d%]{0,8}?(?:比重|比例|占比|之比))"
    r"(?:[^，,。；;\d%]|(?<!\d)\d{4}年){0,16}?$"
)
# (a share list right after its keyword: tested on the statement before its shares are typed)
_PERCENT_STRUCTURE_GATE = re.compile(
    r"(?:结构|构成|比重|比例|占比|之比)(?:[^，,。；;\d%]|(?<!\d)\d{4}年){0,16}?(?:百分之|\d{1,3}(?:\.\d{1,3})?%[、，,和及与])")
_PERCENT_JOINT = re.compile(r"[ \t]?[、，,和及与][ \t]?")
_MAX_STRUCTURE_TERMS = 6


# A sum divided by use, each share before its use: 项目资金的45%用于基础设施，35%用于产业发展，其余20%用于民生保障
# (the whole named before the first share with 的, each further share right after the clause before; a sum
# above 100% is wrong, below it only when the rest closes the list)
_USE_VERB = re.compile(r"(?:左右)?(?:主要)?(?:用于|投向|投入到?|投放到?|流向|分配给|安排用于)")
_USE_WHOLE_BEFORE = re.compile(r"[\u4e00-\u9fff]{2}的(?:约|近|大约)?$")
_USE_NEXT = re.compile(r"(?:左右)?(?:主要)?(?:用于|投向|投入到?|投放到?|流向|分配给|安排用于)[^，,；;。%\d]{1,24}[，,；;、]\s*"
                       r"(?P<rest>其余|剩余|余下|另有|另)?(?:的)?(?:约|近)?")
_MAX_USES = 8


def _uses(text: str, folded: str, start: int, shares: list, taken) -> list[Relation]:
    relations = []
    i = 0
    while i < len(shares):
        q = shares[i]
        if not (_USE_VERB.match(folded, q.end) and _USE_WHOLE_BEFORE.search(folded, max(start, q.start - 8), q.start)):
            i += 1
            continue
        run, rest = [q], False
        while i + len(run) < len(shares) and len(run) < _MAX_USES:
            nxt = shares[i + len(run)]
            link = _USE_NEXT.fullmatch(folded, run[-1].end, nxt.start)
            if link is None or not _USE_VERB.match(folded, nxt.end):
                break
            run.append(nxt)
            if link.group("rest"):
                rest = True
                break
        i += len(run)
        span = (run[0].start, run[-1].end)
        if len(run) < 2 or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        terms = [(p.value, _split_decimals(p), p.start, p.end) for p in run]
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", span, complete=rest, labels=None,
                                approximate=any(p.approximate for p in run)))
    return relations


def _percent_chains(folded: str, shares: list) -> list[list]:
    """The runs of three to six shares of the clause model joined by 、，和 and nothing else (6.8%、43.5%、51.7%),
    none of them approximate, the run not going on into a further figure."""
    chains, run = [], []
    for q in shares:
        if run and q.number_start == q.start and _PERCENT_JOINT.fullmatch(folded, run[-1].end, q.start):
            run.append(q)
            continue
        if 3 <= len(run) <= _MAX_STRUCTURE_TERMS:
            chains.append(run)
        run = [q] if q.number_start == q.start and not q.approximate else []
    if 3 <= len(run) <= _MAX_STRUCTURE_TERMS:
        chains.append(run)
    return chains


def _percent_structures(text: str, folded: str, start: int, shares: list, taken) -> list[Relation]:
    """Structures written as bare shares after their keyword (三次产业结构调整为6.8%、43.5%、51.7%), and a second one
    a few words after an announced one (由上年的7.2%、44.1%、48.7%调整为…): terms adding up to roughly a hundred
    (90–110, as for ratios) are checked against 100%."""
    relations = []
    announced_end = None
    for chain in _percent_chains(folded, shares):
        first, last = chain[0].start, chain[-1].end
        if any(s < last and first < e for s, e in taken) or _PROPORTION_TAIL.match(folded, last):
            announced_end = None
            continue
        gap_start = max(start, first - _STRUCTURE_REACH)
        keyword = _PERCENT_STRUCTURE.search(folded, gap_start, first)
        if keyword is not None and _holds(folded[keyword.end() : first], _RATE_WORDS):
            keyword = None  # 结构优化，…增长 / 贡献率为
        if keyword is None and not (announced_end is not None and _NEXT_STRUCTURE.fullmatch(folded, announced_end, first)):
            announced_end = None
            continue
        announced_end = last
        total = sum(q.value for q in chain)
        if not Decimal(90) <= total <= Decimal(110):
            continue
        terms = [(q.value, _split_decimals(q), q.start, q.end) for q in chain]
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", (first, last), complete=True, labels=None))
    return relations


_REST_AFTER = re.compile(r"[^，,。；;]{0,12}[，,；;]\s*(?:其余|其他|其它|剩余|余下|另有|此外)")
# a clause of its own between two shares, naming the next figure's own subject (，资金到位率100%)
_NEW_SUBJECT = re.compile(r"[，,]\s*(?!(?:和|及|以及|与)?\s*$)[^，,]*[\u4e00-\u9fff]")
# the rest named after a 分别占 list, its share next: ，其余为农业，占 / ，其他占 / ；剩余部分为
_REST_ITEM = re.compile(r"[，,；;]\s*(?:其余|其他|其它|剩余|余下)[^，,。；;%\d]{0,12}?(?:[，,]\s*)?(?:占比?|为|是)?(?:约|近)?")
_MAX_SPLIT_PARTS = 24  # shares read after one 分别占 (a longer run is a table, not one split)
_SPLIT_WINDOW = 200  # characters before 分别占 read for its names and a total share (clauses are shorter)


def _stated_whole(text, folded, start, end, index) -> list[Relation]:
    relations = []
    for m in _SPLIT.finditer(folded, start, end):
        # (read one share at a time, at most a split's worth, and the words before the split in a window:
        # a statement of thousands of 分别为 stays linear)
        percents = index.iter_between(m.end(), end)
        first = next(percents, None)
        if m.group("weak") and (first is None or first.start - m.end() > 2):
            continue  # 分别为0.83亿千瓦时和1.05亿千瓦时，较上年增长2.7%…: the list is of amounts
        parts, whole, rest = [], None, None
        # (分别为：第一产业8.6%，第二产业41.3%…: the shares carry labels, a clause between two of them is the next
        # label; 分别占32.4%、27.8%和29.6%，资金到位率100%: unlabelled, a clause between them names another figure)
        labelled = first is not None and bool(re.search(r"[\u4e00-\u9fff]", folded[m.end() : first.start]))
        for q in ([first] if first is not None else []) + list(islice(percents, _MAX_SPLIT_PARTS)):
            between = folded[(parts[-1].end if parts else m.end()) : q.start]
            if parts and _names_total(between):
                whole = q
                break
            if parts and not labelled and _REST_ITEM.fullmatch(between):
                rest = q  # …分别占45.2%、38.1%，其余为农业，占16.7%: the rest closes the split
                break
            if parts and (len(between) > 12 or re.search(r"[。；;]|增长|下降|提高|降低", between)
                          or (not labelled and _NEW_SUBJECT.search(between))):
                break  # (…和29.6%，资金到位率100%: a new clause names its own figure)
            parts.append(q)
        if rest is not None and whole is None and len(parts) >= 2 and not (
                (named := _WHOLE_AFTER_SPLIT.match(folded, m.end(), parts[0].start)) and named.group("whole")
                and _is_scope_only(named.group("whole").rstrip("的"))):
            terms = [(q.value, q.decimals, q.start, q.end) for q in parts + [rest]]
            relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", (parts[0].start, rest.end), complete=True,
                                    labels=None, approximate=any(q.approximate for q in parts + [rest])))
            continue
        window = max(start, m.start() - _SPLIT_WINDOW)
        if whole is None and len(parts) >= 2 and (parent := _total_share_before(folded, window, m.start(), index)):
            # 三项民生支出合计占一般公共预算支出的84.9%，三项分别占32.8%、26.4%和23.7%: the parts of a
            # total share stated just before them (complete when it counts them: 三项, 两者)
            whole_q, counted = parent
            terms = [(q.value, q.decimals, q.start, q.end) for q in parts]
            relations.append(_judge(text, terms, Interval.of(whole_q, scaled=False), text[whole_q.start : whole_q.end],
                                    (parts[0].start, parts[-1].end), complete=counted == len(parts), labels=None,
                                    approximate=any(q.approximate for q in parts) or whole_q.approximate))
            continue
        evidence = ""
        if whole is None and len(parts) >= 2:
            named_whole = _WHOLE_AFTER_SPLIT.match(folded, m.end(), parts[0].start)
            evidence = _names_evidence(folded[window : m.start()], len(parts),
                                       named_whole.group("whole") if named_whole else "", bearing=bool(m.group("bearing")))
            if named_whole and "、" in named_whole.group("whole"):
                evidence = ""  # 省、市、县分别承担道路、桥梁、管网投资的45%、50%和30%: each of its own whole
            if m.group("weak"):
                clause_start = max(max(folded.rfind(ch, window, m.start()) for ch in "，,；;。：:") + 1, window)
                names_clause = folded[clause_start : m.start()]
                weak_complete = evidence == "complete" or _covers_range(_listed_names(names_clause, len(parts)))
                evidence = "complete" if weak_complete and not _holds(names_clause, _RATE_WORDS) and not _PERIOD_NAME.search(
                    names_clause) else ""
        if evidence == "complete" and _REST_AFTER.match(folded, parts[-1].end, end):
            evidence = "structured"  # …分别占46%、22%，其余为社会资本: the rest is named after the list
        if evidence:
            # 第一产业、第二产业、第三产业增加值占地区生产总值的比重分别为… / 欧盟、东盟和其他市场分别占…:
            # the whole is 100%; a structure heading alone only rules out a sum above it
            terms = [(q.value, q.decimals, q.start, q.end) for q in parts]
            relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", (parts[0].start, parts[-1].end),
                                    complete=evidence == "complete", labels=None,
                                    approximate=any(q.approximate for q in parts)))
            continue
        if whole is None or len(parts) < 2:
            continue
        terms = [(q.value, q.decimals, q.start, q.end) for q in parts]
        whole_iv = Interval.of(whole, scaled=False)
        # (the finding covers the parts and their total: a slip may be in any of them)
        relations.append(_judge(text, terms, whole_iv, text[whole.start : whole.end], (parts[0].start, whole.end),
                                complete=True, labels=None, approximate=any(q.approximate for q in parts)))
    return relations


# ---------------------------------------------------------------------------------------------
# Proportions one sum is divided in: 项目资金按省、市、县60%、30%、10%的比例分担 (each party's part of the
# same sum: they make up all of it). 分别按16%、8%的比例缴纳 are rates of different bases, never grouped.

# what follows the last share of such a list: 的比例分担 / 比例共同出资
_PROPORTION_TAIL = re.compile(r"的?(?:比例|比重)(?:进行|予以|共同)?(?:分担|承担|负担|分配|分成|出资|筹集|分摊)")
_MAX_PROPORTION_TERMS = 8


def _proportions(text: str, folded: str, start: int, shares: list) -> list[Relation]:
    """The shares of the clause model (any notation) that end in 的比例分担 …, with the shares joined to
    them by 、/和 before: each party's part of one sum."""
    relations = []
    for i, q in enumerate(shares):
        if not _PROPORTION_TAIL.match(folded, q.end):
            continue
        run = [q]
        while i - len(run) >= 0 and len(run) < _MAX_PROPORTION_TERMS and _PERCENT_JOINT.fullmatch(
                folded, shares[i - len(run)].end, run[0].number_start):
            run.insert(0, shares[i - len(run)])
        if len(run) < 2:
            continue
        clause_start = max(max(folded.rfind(ch, start, run[0].number_start) for ch in "，,；;。：:") + 1, start)
        if "分别" in folded[clause_start : run[0].number_start]:
            continue
        terms = [(p.value, p.decimals, p.number_start, p.end) for p in run]
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", (run[0].number_start, run[-1].end),
                                complete=True, labels=None, approximate=any(p.approximate for p in run)))
    return relations


# ---------------------------------------------------------------------------------------------
# Labelled splits: 欧盟占34.2%、东盟占27.5%、……、其他市场占12.9%

# one item of a split: a label, then 占 / 占比为 / 所占比重为, before a share of the clause model (any notation)
# that ends its clause (read as a prefix of the share: the words from the item's start to its figure)
_ITEM_PREFIX = re.compile(
    r"(?P<label>(?:其余|其他|其它|剩余|余下)(?:的|为|是)?[^，,、；;：:。%\d]{1,12}?[，,]"
    # a label may carry the part's own figure: 男性6712人，占52.3%
    r"|[^，,、；;：:。%\d]{1,12}?\d{1,9}(?:\.\d{1,4})?[^\d，,、；;：:。%]{1,3}[，,]"
    # a label may carry a remark in brackets, its own list inside: 其他各类主体（国有、集体和外资企业等）占1.9%
    r"|(?:[（(][^（()）%]{1,40}[)）]|[^，,、；;：:。%]){1,24}?)(?:的)?(?P<approx0>约|近|大约)?"
    # 占W的 / 占W比重 (without 的) / 所占比重 / 占比 / 比重 …, then 为/达到/降至/升至/提高到 …
    r"(?:所占比重|所占比例|占比|比重|比例|(?P<market>份额)|占(?:(?P<whole>[^，,、；;：:。%\d]{2,12}?)(?:的|(?=比重|比例)))?(?:比重|比例)?)"
    # (an adverb may stand before the link: 非税收入比重相应为19.3%)
    r"(?:相应|则|仅|只|亦|也)?(?:为|达到?|是|到|降至|升至|降到|升到|提高到|提高至|提升至|提升到|下降到|下降至|降低到|调整为)?"
    r"[ \t]?(?P<approx>约|近)?"
)
_ITEM_TAIL = re.compile(r"(?P<about>左右)?(?:(?P<bracket>[)）])|(?=[，,、；;。]|$))")
# a closing item with its share first: 其余17.7%投向个人消费及其他领域 / 其他为12.9%
_CLOSER_PREFIX = re.compile(r"(?P<label>其余|其他|其它|剩余|余下)(?:的)?(?:为|占|是)?(?P<approx>约|近)?")
_CLOSER_TAIL = re.compile(r"(?P<about>左右)?[^，,、；;：:。%\d]{0,20}?(?=[，,、；;。]|$)")


class _Item:
    """One labelled share of a split: its label as written, where the item starts and ends, the share (a
    percentage of the clause model) and what the words around it say (the whole named, 份额, 约 ...)."""

    __slots__ = ("label", "start", "end", "share", "whole", "market", "approximate", "bracket")

    def __init__(self, label: str, start: int, end: int, share, whole: str | None = None, market: bool = False,
                 approximate: bool = False, bracket: bool = False) -> None:
        self.label, self.start, self.end, self.share = label, start, end, share
        self.whole, self.market, self.bracket = whole, market, bracket
        self.approximate = approximate or share.approximate

    @property
    def term(self) -> tuple:
        """The share as a term of a sum: value, decimals, where its figure starts and ends."""
        q = self.share
        return q.value, _split_decimals(q), q.start, q.end


def _split_decimals(q) -> int:
    """The rounding of a share as a term of a split: a share in tenths (六成) counts as a whole percentage, as a
    writer who lists 六成、三成、两成 means 60%, 30%, 20% (two decimals for fractions: 三分之一 is exact)."""
    return max(q.decimals, 0)


def _figure_start(q) -> int:
    """Where the figure of a share begins (百分之 included; an approximation word before it, 约 or 近, is left
    to the words before)."""
    return q.start


def _item_at(folded: str, position: int, end: int, shares, starts: list[int]) -> _Item | None:
    """The labelled share whose item starts at ``position``: the first share of the statement after it,
    with the words from ``position`` to its figure a label and a link (占, 占比为 ...) and nothing after
    it but the end of its clause (左右 or a closing bracket allowed)."""
    i = bisect.bisect_left(starts, position)
    if i >= len(shares):
        return None
    q = shares[i]
    if q.end > end:
        return None
    figure = _figure_start(q)
    m = _ITEM_PREFIX.fullmatch(folded, position, figure)
    if m is not None:
        tail = _ITEM_TAIL.match(folded, q.end, end)
        if tail is not None:
            return _Item(m.group("label"), position, tail.end(), q, whole=m.group("whole"), market=bool(m.group("market")),
                         approximate=bool(m.group("approx") or m.group("approx0") or tail.group("about")),
                         bracket=bool(tail.group("bracket")))
    m = _CLOSER_PREFIX.fullmatch(folded, position, figure)
    if m is not None:
        tail = _CLOSER_TAIL.match(folded, q.end, end)
        if tail is not None:
            return _Item(m.group("label"), position, tail.end(), q,
                         approximate=bool(m.group("approx") or tail.group("about")))
    return None


# a clause between two items that does not break their run: the change of the item before (比上年下降0.6个百分点,
# 提高1.2个百分点, 增长8.1%), as the clause model types it
_COMPARED_WITH = words("base", "compared_with")


def _is_change_remark(model, folded: str, start: int, end: int) -> bool:
    """Is the clause [start, end) nothing but a change of the item before: one figure of the clause model, a change or
    rate of change in points or percent (role change or rate, a sign) ending the clause, with nothing before its verb
    but a comparison (比上年, 同比)?"""
    if not folded.endswith(("个百分点", "%"), start, end):
        return False  # (a change in points or percent ends the clause: tested before the clause is typed)
    typed = model.between(start, end)
    if len(typed) != 1:
        return False
    t = typed[0]
    q = t.quantity
    if not t.sign or t.compound or t.role not in (Role.CHANGE, Role.RATE) or q.kind not in (Kind.POINTS, Kind.PERCENT) \
            or q.end != end or not t.cue:
        return False
    head = folded[start : q.start]
    verb = head.rfind(t.cue)
    return verb >= 0 and head[verb + len(t.cue) :] in ("", "了") and (verb == 0 or head[:verb] in _COMPARED_WITH)


_SEPARATOR = re.compile(r"[，,、；;：:][ \t]*")
# the list is introduced as the make-up of one whole: 按学历分 / 从年龄结构看 / 资金来源中 / 用地结构中 ...
# (a survey is no such heading: its answers split the respondents only when they are the options of one question, a
# scale reaching its bottom, states, a complete set; 抽样调查显示，设立研发机构的企业占42.3%，开展产学研合作的企业占58.6%
# are answers to different questions, 反映融资难的…反映用工贵的 answers of several choices)
_STRUCTURE_HEADING = re.compile(
    r"结构(?!调整|优化|性|改革|升级|转型|更加|持续|不断|进一步)|构成|分布|组成|来源|按[^，,；;。]{1,8}(?:分|划分|统计)|[从分][^，,；;。]{1,10}看"
)
# the words of a survey (words.toml [shares] survey_words) and of a question of several answers (multiple_answers)
_SURVEY_WORDS = words("shares", "survey_words")
_MULTIPLE_ANSWERS = words("shares", "multiple_answers")
# a weaker heading: the items are drawn from one named set (在园区企业中，…)
_SET_HEADING = re.compile(r"(?:^|在)[^，,；;。]{1,30}中[，,]?$")
# the 中 clause after an opening clause: 规划用地布局方面，园区核心区规划用地中，工业用地占… (attributes of
# such a set overlap: 参保人员中，女性占…，60岁以上人员占…)
_SET_HEADING_AFTER_CLAUSE = re.compile(r"[，,：:][^，,；;。]{0,29}[^\s其集]中[，,]?$")
# a scope that opens a first label (全县农村低保对象中60岁以上的): what follows it is the part's name
# (中 of 中央, 中心, 中小型 … is no scope; 中国有 is: 规上工业产值中国有及国有控股企业占…)
_NOT_SCOPE_END = r"(?![央心小型部西医学]|国(?!有))"
_IN_SCOPE = re.compile(rf"^[^，,；;。]{{1,16}}?[^\s其集]中{_NOT_SCOPE_END}")
_SET_HEADING_ANYWHERE = re.compile(rf"[^，,；;。]{{1,30}}[^\s其集]中{_NOT_SCOPE_END}")
# the parts announced with their number: 由三部分构成 / 分为四类 / 包括两个部分
_COUNTED_PARTS = re.compile(
    r"(?:由|分为|分成|包括|包含)(?P<count>[两二三四五六七八九]|[2-9])(?:个)?(?:部分|类|种|块|方面)(?:构成|组成)?[:：]?"
    # the set counted in the scope the shares are of: 四类诉求中咨询类占… / 三种渠道中
    r"|(?<![\d第])(?P<scope_count>[两二三四五六七八九]|[2-9])(?:个)?(?:大类|类|种|个方面)[\u4e00-\u9fff]{0,8}(?:中|当中)"
    + _NOT_SCOPE_END
)
# the bottom of a survey scale: a list reaching it leaves no answer out
_SCALE_BOTTOM = words("shares", "scale_bottom")
# named sets that are complete when every member is listed (lexicon/categories.toml [[complete]])
_COMPLETE_SETS = complete_sets()
_LONGEST_COMPLETE_SET = max(2, *(len(members) for members in _COMPLETE_SETS))
# the state an item is in, opening its label: items in different states are different items
_STATE = tuple(sorted(words("shares", "item_states"), key=len, reverse=True))
_OVERLAPPING_KINDS = words("shares", "overlapping_kinds")


def _labelled_splits(text: str, folded: str, start: int, end: int, shares: list, taken, model) -> list[Relation]:
    """Shares that divide one whole, each with its label (``shares``: the statement's percentages of the
    clause model, any notation): a sum above 100% is wrong when the list is introduced as a structure
    (结构/构成/来源/按…分/从…看/调查) or its labels are disjoint; a sum below 100% only when nothing can be
    missing (closed by 其他, a complete set, the bottom of a scale)."""

    runs: list[list[_Item]] = []
    starts = [_figure_start(q) for q in shares]
    position = start
    bridged = False  # the run goes on over a remark, a bracketed share or a name list (水电、生物质等其他电源)
    while position < end:
        m = _item_at(folded, position, end, shares, starts)
        if m is None:
            nxt = _SEPARATOR.search(folded, position, end)
            if nxt is None:
                break
            skipped = folded[position : nxt.start()]
            bridged = bool(runs and runs[-1]) and (
_is_change_remark(model, folded, position, nxt.start())
                or (runs[-1][-1].bracket and not re.search(r"\d|%", skipped))
                or (nxt.group(0).startswith("、") and len(skipped) <= 8 and not re.search(r"\d|%", skipped))
            )
            if bridged:
                position = nxt.end()
                continue
            position = nxt.end()
            runs.append([])
            continue
        if runs and runs[-1] and (runs[-1][-1].end + 3 >= m.start or bridged):
            runs[-1].append(m)
        else:
            runs.append([m])
        bridged = False
        sep = _SEPARATOR.match(folded, m.end, end)
        position = sep.end() if sep else m.end + 1
    relations = []
    pieces = [piece for whole_run in runs for piece in _nested_dropped(whole_run) or _cut_at_subparts(whole_run)]
    pieces = [piece for run in pieces for piece in _cut_after_complete_whole(folded, run)]
    for run in pieces:
        subtotal = _subtotal_item(run)
        if subtotal is not None:
            # 增值税占45.2%，企业所得税占18.6%，两者合计占63.8%: the last item is the sum of the ones before
            relations.extend(_subtotal_relation(text, run, subtotal, taken))
            continue
        if len(run) < 2:
            continue
        span = (run[0].start, run[-1].end)
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        if len({m.whole for m in run if m.whole}) > 1:
            continue  # 占全市的…, 占全省的…: shares of different wholes
        labels = [_share_label(m.label) for m in run]
        for cut in range(min(len(run) - 1, _MAX_SUB_SHARES), 2, -1):
            # 研究生…本科…专科…中专及以下，本科及以上学历教师占75.7%: a complete prefix ends the split
            # (under a structure heading a complete set short of 100% goes on with one more part: 从资金来源看，中央…省级…
            # 市县…，社会资本占…)
            if (_covers_range(labels[:cut]) or _is_complete_set(labels[:cut])) and not _covers_range(labels) and not (
                    not _covers_range(labels[:cut]) and _STRUCTURE_HEADING.search(folded[start : run[0].start] + run[0].label)
                    and not interval_sum([Interval.written(m.share.value, _split_decimals(m.share), False)
                                          for m in run[:cut]]).overlaps(Interval.exact(HUNDRED))):
                run, labels = run[:cut], labels[:cut]
                span = (run[0].start, run[-1].end)
                break
        if any(not label or "占" in label for label in labels) or len(set(labels)) != len(labels):
            continue  # 工业产值占全市比重为38.5%: a share of another whole
        first_label = _IN_SCOPE.sub("", run[0].label)
        if (first_label.startswith(("全", "总")) and not _is_complete_set(labels)) or any(
            re.match(r"(?:全|总|整个)", m.label) for m in run[1:]
        ):
            continue  # 全市工业产值占…: a share of another whole, unless the items complete a set (全年游客一季度占…)
        heading = folded[start : run[0].start] + run[0].label
        closed = _closes(labels[-1]) and len(run) >= 2
        complete_set = _is_complete_set(labels) or _covers_range(labels)
        bottom = len(run) >= 3 and _holds(labels[-1], _SCALE_BOTTOM)
        # (not over overlapping classes: 工业结构中，高技术制造业…装备制造业…消费品工业…)
        structured = len(run) >= 3 and bool(_STRUCTURE_HEADING.search(heading)) and not any(
            _holds(_IN_SCOPE.sub("", label), _OVERLAPPING_KINDS) for label in labels)  # (重点项目资金中财政资金: a scope)
        counted = _COUNTED_PARTS.search(heading)
        if counted and _count_of(counted.group("count") or counted.group("scope_count")) == len(run):
            closed = True  # 资金由三部分构成：中央资金占45%、省级资金占30%、县级配套占20%
        elif counted:
            complete_set = False  # 资金由四部分构成，其中中央…省级…市县…: a part is left out
        # market shares of one set (新车上牌量中，新能源汽车份额…，燃油车份额…) are disjoint
        market = len(run) >= 2 and all(m.market for m in run) and bool(_SET_HEADING_ANYWHERE.search(heading))
        # two complementary names (税收/非税收入, 城镇/乡村) of one whole that is more than a scope
        pair = len(run) == 2 and is_partition(labels) and not any(m.market for m in run) and not any(
            m.whole and _is_scope_only(m.whole) for m in run)
        # the states of one set of items, each named once (已完成整改的问题…，正在推进的…，需要长期坚持的…)
        states = [next((word for word in _STATE if label.startswith(word)), None) for label in labels]
        stages = len(run) >= 3 and all(states) and len(set(states)) == len(run)
        # (answers to a survey, or to questions of their own, are no split of a set without evidence of their own:
        # 受访企业中，反映融资难的占…，反映用工贵的占… / 企业中，设立研发机构的企业占…，开展产学研合作的企业占…)
        def answers() -> bool:
            return _holds(heading, _SURVEY_WORDS) or _several_questions([m.label for m in run])
        # (read only when nothing else makes the run a split)
        disjoint = not (closed or complete_set or bottom or structured) and (
            pair or stages or market and not answers() or len(run) >= 3 and (
                is_partition(labels)
                or (
                    ((_SET_HEADING.search(folded[start : run[0].start]) and not any(_holds(l, _PERSON_ATTRIBUTE) for l in labels))
                     or run[0].label.lstrip().startswith("其中")
                     or (_SET_HEADING_AFTER_CLAUSE.search(folded[start : run[0].start])
                         and not any(_holds(l, _ATTRIBUTE_NAME) for l in labels)))
                    and not any(_holds(l, _OVERLAPPING_KINDS) for l in labels) and not answers()
                )
            )
        )
        if not (closed or complete_set or bottom or structured or disjoint):
            continue
        if not (closed or complete_set) and _cross_cutting(labels):
            continue  # 民间投资…工业投资…技改投资: one whole cut by ownership, by sector and by kind of work at once
        terms = [m.term for m in run]
        approximate = any(m.approximate for m in run)
        relations.append(_judge(text, terms, Interval.exact(HUNDRED), "100%", span,
                                complete=closed or complete_set or bottom, labels=labels, approximate=approximate))
    return relations


# a label naming its items by what they do or have (设立研发机构的企业, 开展产学研合作的, 已应用工业互联网平台的企业):
# a predicate, 的, and maybe the head noun of the set
_RELATIVE_LABEL = re.compile(r"(?P<predicate>[^的，,；;。]{2,24}?)的(?P<head>[\u4e00-\u9fff]{0,4})")


def _several_questions(raw_labels: list[str]) -> bool:
    """Do the labels name their items by different things done or had (设立研发机构的企业, 开展产学研合作的企业,
    应用工业互联网平台的企业)? Each is then a question of its own, a firm may answer yes to several, and their shares
    need not add up to 100%. The predicates must open with different words (a state word set aside: 已设立 / 已开展);
    options of one question (认为“明显好转”的 / 认为“有所好转”的) open alike and are read as before."""
    openings = set()
    heads = set()
    for raw in raw_labels:
        m = _RELATIVE_LABEL.fullmatch(_IN_SCOPE.sub("", raw.strip(" \t“”\"'，,")).removeprefix("其中"))
        if m is None:
            return False
        predicate = m.group("predicate").lstrip("“\"")
        state = next((w for w in _STATE if predicate.startswith(w)), "")
        openings.add(predicate[len(state) : len(state) + 2])
        heads.add(m.group("head"))
    return len(raw_labels) >= 2 and len(heads) == 1 and len(openings) == len(raw_labels)


# A share of a whole followed by 其中 and shares of the same whole: 民营经济增加值占地区生产总值的62.3%，其中
# 第二产业民营经济增加值占地区生产总值的38.1%，第三产业…占地区生产总值的26.5%: the sub-shares cannot exceed it.
_WHOLE_SHARE = re.compile(r"占(?P<whole>[^，,、；;：:。%\d]{2,12}?)的(?:比重|比例)?(?:为|达到?|是)?(?P<approx>约|近)?$")
_PREFIX_REACH = 40  # characters before a share read for the words that make it an item of a split


def _shares_of_named_wholes(folded: str, start: int, shares: list) -> list[_Item]:
    """The shares of the statement written as 占W的 and a share (any notation), with the whole W."""
    items = []
    for q in shares:
        figure = _figure_start(q)
        low = max(start, figure - _PREFIX_REACH)
        m = _WHOLE_SHARE.search(folded, low, figure)
        if m is not None:
            items.append(_Item("", m.start(), q.end, q, whole=m.group("whole"), approximate=bool(m.group("approx"))))
    return items


_MAX_SUB_SHARES = 12  # a longer run is a table of shares, not a breakdown of one


def _sub_shares(text: str, folded: str, start: int, end: int, shares: list, taken) -> list[Relation]:
    relations = []
    items = _shares_of_named_wholes(folded, start, shares)
    for n, parent in enumerate(items):
        opener = folded.find("其中", parent.end, min(end, parent.end + 4))
        if opener < 0 or not re.fullmatch(r"[，,；;]?\s*", folded[parent.end : opener]):
            continue
        subs = []
        for m in items[n + 1 : n + 1 + _MAX_SUB_SHARES]:
            if m.whole != parent.whole:
                break
            gap = folded[(subs[-1].end if subs else opener) : m.start]
            if re.search(r"[。；;]|增长|下降|提高|降低|分别", gap) or len(gap) > 30:
                break
            subs.append(m)
        if len(subs) < 2 or any(s < subs[-1].end and subs[0].start < e for s, e in taken):
            continue
        value, decimals, parent_start, parent_end = parent.term
        whole = Interval.written(value, decimals, parent.approximate)
        relations.append(_judge(text, [m.term for m in subs], whole, text[parent_start:parent_end],
                                (parent_start, parent_end), complete=False, labels=None,
                                approximate=any(m.approximate for m in subs)))
    return relations


# 其中 after a share, then the shares of its parts, which make that share up:
# - as many parts as the share's words count: 前五大行业合计占…的63.2%，其中A占18.1%、B占15.4%…;
# - the parts its name is made of: 优良天数比例为89.3%，其中优级天数占41.2%、良级天数占46.1% (优 + 良 = 优良).
_COUNTED_PARENT = re.compile(
    r"(?P<count>[两二三四五六七八九十]|[2-9])(?:大|个|类|项|家|种)[^，,。；;%\d]{0,12}?(?:合计|共计|共|累计|总计)?"
    r"占[^，,。；;%\d]{0,16}?(?:的)?(?:比重|比例)?(?:为|达到?)?(?P<approx>约|近)?$"
)
_SUB_OPENER = re.compile(r"[，,]?\s*其中[:：，,]?\s*")
_ITEM_JOINT = re.compile(r"\s*[、，,]\s*")
# a part linked to its share by 为 alone (其中A为18.1%): read after 其中 only
_LINKED_ITEM = re.compile(r"(?P<label>[^，,、；;。%\d]{1,12}?)为(?P<approx>约|近)?")


def _parts_after_qizhong(text: str, folded: str, start: int, end: int, shares: list, taken) -> list[Relation]:
    relations = []
    starts = [_figure_start(q) for q in shares]
    for n, parent in enumerate(shares):
        opener = _SUB_OPENER.match(folded, parent.end, end)
        if opener is None:
            continue
        figure = starts[n]
        low = max(start, figure - _PREFIX_REACH)
        counted = _COUNTED_PARENT.search(folded, low, figure)
        count = (10 if counted.group("count") == "十" else _count_of(counted.group("count"))) if counted else 0
        items = _parts_from(folded, opener.end(), end, shares, starts, count + 1 if counted else _MAX_SUB_SHARES)
        span = (items[0].start, items[-1].end) if items else (0, 0)
        if len(items) < 2 or any(s < span[1] and span[0] < e for s, e in taken):
            continue
        labels = [_share_label(i.label) for i in items]
        value, decimals, parent_start, parent_end = _Item("", figure, parent.end, parent).term
        if counted and len(items) == count:
            whole = Interval.written(value, decimals, bool(counted.group("approx")) or parent.approximate)
            span = (parent_start, parent_end)
        else:
            clause_start = max(max(folded.rfind(ch, low, figure) for ch in "，,；;。：:") + 1, low)
            name = folded[clause_start:figure]
            if any(i.whole for i in items) or not (_composes(labels, name) or _spans_range(labels, name)):
                continue
            ivs = [Interval.written(i.share.value, _split_decimals(i.share), i.approximate) for i in items]
            if interval_sum(ivs).overlaps(Interval.exact(HUNDRED)):
                continue  # 其中优级天数占46.1%、良级天数占53.9%: shares of the 优良 days themselves
            whole = Interval.written(value, decimals, parent.approximate)
        relations.append(_judge(text, [i.term for i in items], whole, text[parent_start:parent_end], span,
                                complete=True, labels=labels, approximate=any(i.approximate for i in items)))
    return relations


def _parts_from(folded: str, position: int, end: int, shares: list, starts: list[int], limit: int) -> list[_Item]:
    """The labelled shares after a 其中 opener, one after another (、，between them), at most ``limit``."""
    items: list[_Item] = []
    while len(items) < limit:
        item = _item_at(folded, position, end, shares, starts)
        if item is None:
            i = bisect.bisect_left(starts, position)
            if i >= len(shares) or shares[i].end > end:
                break
            q = shares[i]
            m = _LINKED_ITEM.fullmatch(folded, position, starts[i])
            tail = _ITEM_TAIL.match(folded, q.end, end) if m is not None else None
            if tail is None:
                break
            item = _Item(m.group("label"), position, tail.end(), q, approximate=bool(m.group("approx") or tail.group("about")))
        items.append(item)
        joint = _ITEM_JOINT.match(folded, item.end, end)
        if joint is None:
            break
        position = joint.end()
    return items


# a range of ordered classes named by its ends: Ⅰ—Ⅲ类 / 一至三级 / 1~3星
_CLASS_RANGE = re.compile(r"(?P<a>[ⅠⅡⅢⅣⅤⅥ一二三四五六七八九1-9])\s?[—\-~～至到]\s?(?P<b>[ⅠⅡⅢⅣⅤⅥ一二三四五六七八九1-9])(?P<noun>类|级|档|星|等)")
_CLASS_ORDERS = ("ⅠⅡⅢⅣⅤⅥ", "一二三四五六七八九", "123456789")


def _spans_range(labels: list[str], name: str) -> bool:
    """Are the parts every class of the range the whole is named by, in order (Ⅰ类, Ⅱ类, Ⅲ类 of Ⅰ—Ⅲ类)?"""
    for m in _CLASS_RANGE.finditer(name):
        order = next((o for o in _CLASS_ORDERS if m.group("a") in o and m.group("b") in o), None)
        if order is None:
            continue
        members = order[order.index(m.group("a")) : order.index(m.group("b")) + 1]
        if len(members) == len(labels) >= 2 and all(
                label.startswith(member + m.group("noun")) for label, member in zip(labels, members)):
            return True
    return False


def _composes(labels: list[str], name: str) -> bool:
    """Is the whole's name made of the parts' names: their stems (the labels without the words they end in
    alike) joined, in full or by their first characters (优级天数 + 良级天数 -> 优良 in 优良天数比例)?"""
    if any(len(label) < 2 for label in labels):
        return False
    suffix = 0
    while all(len(label) > suffix + 1 for label in labels) and len({label[-suffix - 1] for label in labels}) == 1:
        suffix += 1
    stems = [label[: len(label) - suffix] for label in labels]
    stems = [re.sub(r"[级类型性]$", "", stem) or stem for stem in stems]
    if suffix == 0 or len(set(stems)) != len(stems):
        return False
    joined = ("".join(stems), "".join(stem[0] for stem in stems))
    return any(len(j) >= 2 and j in name for j in joined)


# an item that adds up the items before it: 两者合计占 / 两大主体税种合计占比 / 三项共占 / 合计占
_SUMS = together("sums")
_SUBTOTAL_OPENERS = together("pairs") + together("back_references")
_COUNT_WORD = re.compile(r"(?P<n>[两二三四五六七八九]|[2-9])(?:者|大|项|类|个|种|家)")


def _subtotal_item(run: list[_Item]) -> int | None:
    """The index of the first item whose label adds up the items before it (合计, 共占, 两者 ...)."""
    for n, m in enumerate(run):
        label = _share_label(m.label)
        if n >= 1 and (_holds(label, _SUMS) or label.startswith(_SUBTOTAL_OPENERS)) and not _holds(label, _REST_SUBJECT):
            return n
    return None


# 其他各类支出合计占45.7%: the rest added up is one more part, not the sum of the parts before it
_REST_SUBJECT = words("completeness", "rest")


def _subtotal_relation(text, run: list[_Item], n: int, taken) -> list[Relation]:
    """The parts before a subtotal item against it; complete when the label counts the parts (两大 ...)."""
    parts, whole = run[:n], run[n]
    value, decimals, whole_start, whole_end = whole.term
    span = (whole_start, whole_end)
    if len(parts) < 2 or any(s < span[1] and span[0] < e for s, e in taken):
        return []
    if len({m.whole for m in run if m.whole}) > 1:
        return []
    counted = _COUNT_WORD.search(_share_label(whole.label))
    complete = counted is not None and _count_of(counted.group("n")) == len(parts)
    whole_iv = Interval.written(value, decimals, whole.approximate)
    return [_judge(text, [m.term for m in parts], whole_iv, text[whole_start:whole_end], span, complete=complete,
                   labels=[_share_label(m.label) for m in parts], approximate=any(m.approximate for m in parts))]


def _cut_after_complete_whole(folded: str, run: list[_Item]) -> list[list[_Item]]:
    """A run split after items that already make up the whole (男性占51.2%，女性占48.8%；60岁及以上人口占
    22.4%): once two or more shares reach 100% within their rounding, a further share is of another whole.
    (The labels, head nouns and sum of the current piece are kept as it grows: a run may hold thousands.)"""
    pieces: list[list[_Item]] = [[]]
    labels: list[str] = []
    heads: set[str] = set()
    total: Interval | None = None
    for m in run:
        current = pieces[-1]
        label = _share_label(m.label)
        # one more member of the same split: the label ends in the head noun every item of the piece ends in
        # (本地游客, 周边市县游客, 省外游客), unless the piece is a complete set already
        same_head = len(label) >= 3 and heads == {label[-2:]} and not (
            len(labels) <= _LONGEST_COMPLETE_SET and _is_complete_set(labels))
        # (a new split after a semicolon: 外商投资企业占40.7%，港澳台投资企业占59.3%；合资企业占68.6%…)
        new_clause = bool(current) and re.search(r"[；;]", folded[current[-1].end : m.start]) is not None
        same_split = same_head and not new_clause
        # (a complete set ends its split at a semicolon whatever its sum: 男性占52.6%，女性占45.4%；年龄在18—44岁的占…)
        if len(current) >= 2 and not _closes(label) and not same_split and (total is not None and total.overlaps(
                Interval.exact(HUNDRED)) or new_clause and len(labels) <= _LONGEST_COMPLETE_SET and _is_complete_set(labels)):
            pieces.append([])
            labels, heads, total = [], set(), None
        pieces[-1].append(m)
        labels.append(label)
        heads.add(label[-2:])
        term = Interval.written(m.share.value, _split_decimals(m.share), False)
        total = term if total is None else interval_sum([total, term])
    return pieces


def _share_label(raw: str) -> str:
    label = re.sub(r"^(?:其中|认为|评价|以及|及|和|与)", "", raw.strip(" \t“”\"'，,"))
    label = re.sub(r"\d{1,9}(?:\.\d{1,4})?[^\d，,]{0,3}[，,]$", "", label)  # 男性6712人，: the part's own figure
    return label.strip(" \t“”\"'的，,（(")


def _nested_dropped(run: list[_Item]) -> list[list[_Item]]:
    """The run without its 其中 items when the rest is a complete set (第一产业…；第二产业…，其中工业…；第三产业…:
    the 其中 item is inside the one before it); empty when that is not so."""
    kept = [m for n, m in enumerate(run) if not (n and m.label.lstrip(" \t").startswith("其中"))]
    if len(kept) == len(run) or not _is_complete_set([_share_label(m.label) for m in kept]):
        return []
    return [kept]


def _cut_at_subparts(run: list[_Item]) -> list[list[_Item]]:
    """A run split before an item opening with 其中 (60岁及以上人口占19.6%，其中65岁及以上人口占14.2%: the
    last item is part of the one before, not a further part of the whole)."""
    pieces: list[list[_Item]] = [[]]
    for m in run:
        if pieces[-1] and m.label.lstrip(" \t").startswith("其中"):
            pieces.append([])
        pieces[-1].append(m)
    return pieces


# (优, the cleanest grade of air quality, is the bottom of the pollution scale: 优、良、轻度污染、中度及以上污染)
_LOWER_END = re.compile(r"^(?:0|零)(?:[—\-~～至到]|岁)|(?:及|以)以?下|以下|不满|不足|未满|(?:^|为)优$")
_UPPER_END = re.compile(r"(?:及|以)以?上|以上|^(?:研究生|博士)")  # 研究生 tops a scale of schooling


def _covers_range(labels: list[str]) -> bool:
    """Brackets of one scale from its bottom to its top (0—14岁, 15—59岁, 60岁及以上; 大专及以上, 高中,
    初中及以下): nothing can be missing. Three or more labels, one end open downwards and the other
    upwards, no other label open."""
    if len(labels) < 3:
        return False
    # 全镇常住人口中0—14岁: the scope before the first bracket names the whole, not the bracket
    first, last, middle = _IN_SCOPE.sub("", labels[0]), labels[-1], labels[1:-1]
    ends = (_LOWER_END.search(first) and _UPPER_END.search(last)) or (_UPPER_END.search(first) and _LOWER_END.search(last))
    return bool(ends) and not any(_LOWER_END.search(l) or _UPPER_END.search(l) for l in middle)


_SCOPES = tuple(sorted(words("shares", "scopes"), key=len, reverse=True))
# the names are announced with their number: 分为满意、基本满意、不满意三类 / 由A和B两部分组成
_COUNTED_NAMES = re.compile(
    r"(?:分为|分成|划分为|包括|包含|涵盖|由)(?P<names>[^，,；;。：:]{2,60}?)(?:等)?"
    r"(?P<count>[两二三四五六七八九十]|[2-9])(?:类|个等级|个档次|档|种|部分|个部分|个方面|级)"
)
# names listed with their number after them, the noun of the group last: 中央、省、市县三级资金 / 政府、企业、个人三方
_NAMES_WITH_COUNT = re.compile(
    r"(?P<names>[^，,；;。：:]{2,40}?)(?P<count>[两二三四五六七八九]|[2-9])(?:级|方|类|部分|个部分|块)[\u4e00-\u9fff]{0,8}$"
)
_CHINESE_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


# the whole a 分别占 list names before its shares: 分别占全部到位资金的 / 分别占比 (none)
_WHOLE_AFTER_SPLIT = re.compile(r"(?:比)?(?P<whole>[^，,。；;%\d]{0,16}?)(?:的)?(?:比重|比例)?(?:为|达到?|是)?(?:约|近)?$")
# a whole that is only a scope (全省的, 全国): each name may be a share of its own indicator's total there
# names of attributes that overlap (党员, 女性, 本科以上学历): their shares of one whole may exceed 100%
_ATTRIBUTE_NAME = words("shares", "attribute_names")
# attributes of people that cut across any other split of them (参保人员中，女性占…，60岁以上人员占…，农民工占…)
_PERSON_ATTRIBUTE = words("shares", "person_attributes")
# names, then the one whole their shares are of: 一产、二产、三产增加值占地区生产总值的比重
_NAMES_THEN_WHOLE = re.compile(r"(?P<names>[^占]{2,40}?)(?:增加值|产值|就业人员|从业人员)?占(?:比)?(?P<whole>[^占的]{0,16})的?(?:比重|比例)?")
_QUOTED_NAME = re.compile(r"[“\"‘]([^”\"’“‘]{1,12})[”\"’]")


def _total_share_before(folded: str, start: int, split_at: int, index) -> tuple | None:
    """The total share a 分别占 list breaks down when it stands in the clause just before the list
    (…合计占一般公共预算支出的84.9%，三项分别占…), with the number of parts it names (or 0)."""
    percents = [q for q in index.between(start, split_at) if q.kind == Kind.PERCENT]
    if not percents:
        return None
    parent = percents[-1]
    between = folded[parent.end : split_at]
    if not re.fullmatch(r"[，,；;]\s*(?:其中|上述|以上)?[^，,。；;%\d]{0,12}", between):
        return None
    clause_start = max(folded.rfind(sep, start, parent.start) for sep in "，,；;。")
    clause = folded[max(clause_start + 1, start) : parent.start]
    if not _holds(clause, _SUMS) or "占" not in clause:
        return None
    counted = _COUNT_WORD.search(between) or _COUNT_WORD.search(clause)
    return parent, (_count_of(counted.group("n")) if counted else 0)


def _names_evidence(before: str, count: int, whole: str = "", bearing: bool = False) -> str:
    """What the names before 分别占/比重分别为 say about the whole: "complete" when they are every
    member of a set (三次产业, 大型/中型/小微, a list closed by 其他, names announced with their number:
    分为满意、基本满意、不满意三类), "structured" when a structure heading introduces three or more of them
    (a sum above 100% is then wrong), else ""."""
    pieces = re.split(r"[，,；;：:]", before)
    clause = pieces[-1]
    if not clause.strip() and len(pieces) >= 2:
        # 资金全部来源于中央、省级和市县三级财政，分别占…: the split opens its clause, its names end the one before
        clause = pieces[-2]
    if count == 3 and re.search(r"三次产业|一二三产|一、二、三产", clause) and not re.search(r"增长|贡献|拉动", clause):
        return "complete"
    for m in _COUNTED_NAMES.finditer(before):
        number = m.group("count")
        stated = int(number) if number.isdigit() else _CHINESE_COUNT[number]
        if stated == count and len(re.split(r"[、和及与]", m.group("names"))) == count:
            return "complete"
    if count >= 2 and (m := _NAMES_WITH_COUNT.search(clause)) and _count_of(m.group("count")) == count and len(
            [n for n in re.split(r"[、和及与]", m.group("names")) if n]) == count and (bearing or _STRUCTURE_HEADING.search(before)):
        # 从资金来源看，中央、省、市县三级资金分别占… / 按省、市、县三级共担的方式，分别承担…: every level, counted
        return "complete"
    named = _NAMES_THEN_WHOLE.fullmatch(clause.strip())
    if named:
        # 一产、二产、三产增加值占地区生产总值的比重分别为…: the names before the whole they share (a whole that
        # is only a scope, 占全省的比重, is each name's own total there)
        if _is_scope_only(named.group("whole")):
            return ""
        clause, whole = named.group("names"), whole or named.group("whole")
    quoted = _QUOTED_NAME.findall(clause)
    names = quoted if len(quoted) == count else _listed_names(_without_scopes(clause.strip()), count)
    if not names or any("占" in n or n.startswith(("全", "总")) for n in names):
        return ""
    names = [n.strip(" \t“”\"'‘’") for n in names]
    if _is_complete_set(names) or _closes(names[-1]) or _covers_range(names):
        return "complete"  # (0—14岁、15—59岁、60岁及以上人口分别占…: brackets of one scale from its bottom to its top)
    if count >= 3 and _holds(names[-1], _SCALE_BOTTOM) and len(set(names)) == count and (quoted or is_partition(names)):
        return "complete"  # “满意”“基本满意”“不满意”分别占…: the scale reaches its bottom
    if count >= 3 and _STRUCTURE_HEADING.search(before):
        return "structured"
    if _holds(before, _SURVEY_WORDS):
        return ""  # 受访企业中，融资难、用工贵、订单少分别占…: answers of several choices, no split without evidence
    # distinct names sharing one whole (none named, or one that is more than a scope) split it: their
    # shares cannot exceed 100% (内资、外资、自筹资金分别占…), unless the names overlap (党员、女性 ...)
    if whole and _is_scope_only(whole):
        return ""  # 出口和进口分别占全省的60%和55%: each of its own total
    if is_partition(names):
        return "structured"
    if count >= 3 and len(set(names)) == count and not any(
        _holds(n, _OVERLAPPING_KINDS) or _holds(n, _ATTRIBUTE_NAME) for n in names
    ) and not any(a != b and a in b for a in names for b in names):
        return "structured"
    return ""


def _cross_cutting(labels: list[str]) -> bool:
    """Two labels are members of different families of categories.toml and of no family together (民间投资 by
    ownership, 工业投资 by sector, 技改投资 by type of construction): the labels cut one whole in different ways, so
    their shares overlap and may add up to more than 100%."""
    held = [{i for i, members in enumerate(named_members(label)) if members} for label in labels]
    named = [h for h in held if h]
    return any(not (a & b) for i, a in enumerate(named) for b in named[i + 1 :])


def _count_of(number: str) -> int:
    return int(number) if number.isdigit() else _CHINESE_COUNT[number]


def _listed_names(clause: str, count: int) -> list[str]:
    """The ``count`` names of a list: split at 、 (社会保障和就业 stays one name) and, when that gives
    fewer, at 和/及/与 too."""
    names = [n for n in clause.split("、") if n]
    if len(names) == count:
        return names
    if len(names) == count - 1 and (joint := re.search(r"[和与及]", names[-1])) and 0 < joint.start() < len(names[-1]) - 1:
        # 国有投资、民间投资和外商及港澳台投资: the last name joined by its first 和/与/及 (外商及港澳台 stays one name)
        return names[:-1] + [names[-1][: joint.start()], names[-1][joint.end() :]]
    names = [n for n in re.split(r"[、和及与]", clause) if n]
    return names if len(names) == count else []


def _is_complete_set(labels: list[str]) -> bool:
    if len(labels) == 2 and _complement(*labels):
        return True
    for members in _COMPLETE_SETS:
        if len(labels) != len(members):
            continue
        # in any order (第二产业…第一产业…第三产业): each label holds exactly one member, each member one label
        held = [[member for member in members if member in label] for label in labels]
        # (a member inside another one the label holds is not named apart: 半失能老人 names 半失能, not also 失能)
        held = [[member for member in h if not any(member != other and member in other for other in h)] for h in held]
        if all(len(h) == 1 for h in held) and len({h[0] for h in held}) == len(members):
            return True
    return False


def _complement(a: str, b: str) -> bool:
    """X and 非X (公有制经济 / 非公有制经济, 农业人口 / 非农业人口): together they are the whole."""
    for x, y in ((a, b), (b, a)):
        at = y.find("非")
        if at >= 0 and len(x) >= 2 and y[:at] + y[at + 1 :] == x:
            return True
    return False


def _decimals(number: str) -> int:
    return len(number.split(".", 1)[1]) if "." in number else 0


def _rounding_of_sum(total: Interval, ivs: list[Interval], approximate: bool) -> Interval:
    """Four or more rounded shares cannot exceed their whole by every term's full half unit: all of them would
    have to sit exactly on a half and round up. Above the whole, the half units of all terms but the
    narrowest are allowed (64% + 21% + 12% + 5% = 102% is no rounding slip; 101% is). Below it the full
    rounding stays: writers also cut decimals instead of rounding (45.9% written 45%)."""
    if approximate or len(ivs) < 4:
        return total
    spare = min(iv.width for iv in ivs) / 2
    return Interval(total.low + spare, total.high)


def _judge(text, terms, whole: Interval, whole_text: str, span, complete: bool, labels, approximate: bool = False):
    ivs = [Interval.written(value, decimals, approximate) for value, decimals, _, _ in terms]
    total_iv = _rounding_of_sum(interval_sum(ivs), ivs, approximate)
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
