"""Counts against the items enumerated beside them (DC203).

Two shapes tie a stated count to a list:

- the list comes first and the count closes it: ``甲公司、乙公司和丙公司3家企业``,
  ``电子信息、装备制造等六大产业``, ``“登高、升规、晋位、上市”四个工程``;
- the count introduces the list: ``以下20个项目：A、B……``, ``建成3个园区，分别是…``,
  ``重点抓好五个方面工作：一是…五是…``, ``(一)…(九)`` headings after ``以下9个方面的工作：``,
  ``成立3个工作组（综合组、宣传组、督导组）``, ``包括/涵盖/即`` + list.

Counts are the quantities the shared clause model marks as counting things (``ctx.clause_model.counts``:
an exact count of a counting unit, whatever its role: 新增3家 is a change and a count) whose measure word is
a classifier of listed things, plus the sets the quantity reader has no unit for (两大, 三级, 四方面, 两地),
found by one regex; the vocabulary (classifiers, connectors, the words opening a list, fixed formulations)
is ``[counts]`` in ``lexicon/words.toml``.

A list closing with 等 (or introduced by 包括/涵盖/主要有) may be a sample: the count may exceed the
names, never fall short of them. Precision comes first: a count is only tied to a list that is
adjacent and clearly what is counted; fixed formulations (三个代表, 四个全面, “五个一”工程) and counts
inside quotes are never flagged, and ambiguous lists end as "not checkable".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from draftcheck.finding import Severity
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.enumeration import (
    CN_NUMBER_PATTERN,
    ItemList,
    chinese_number,
    clause_end,
    clause_start,
    comma_list,
    conjunction_pair,
    dun_list,
    figure_clauses,
    LaidOutText,
    first_marker,
    line_list,
    markers_between,
    numbered_rows,
    outline_series,
    quoted_run,
    semicolon_list,
    split_top_level,
    title_run,
)
from draftcheck.numbers.quantity import COUNT_UNITS, extract_quantities
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.text.windowed_scan import finditer_located

KIND = "count"
CODE = "DC203"

_CLASSIFIERS = alternation(("counts", "classifiers"))
# Classifiers that are themselves the counted noun (张建国、李红梅等3人, 江城、河口、石门三县, 上海、杭州两地,
# 政府、企业、高校三方): the names before them can only be the members counted, like a 大 set's.
_SELF_NAMING = frozenset(words("counts", "self_naming"))
_NOUN_CLASSIFIERS = frozenset(words("counts", "noun_classifiers"))
# (A leading lookahead names the characters a match can start with: the regex engine then skips
# every other position quickly; the matches are the same.)
# (a digit count may stand between spaces, as typeset text writes it: 共 8 个部门)
_COUNT = re.compile(
    r"(?=[\d一二两三四五六七八九十])(?<![\d.%第前后近约超逾余每各A-Za-z])(?<!\d,)(?<![零一二两三四五六七八九十百千万亿几多数整])"
    r"(?<![\d.%第前后近约超逾余每各] )"
    rf"(?:(?P<num>\d{{1,5}}) ?|(?P<num_cn>{CN_NUMBER_PATTERN}))(?P<cls>{_CLASSIFIERS})"
)
_NUMERAL_START = "[\\d一二两三四五六七八九十]"
# Classifiers the shared quantity reader takes as counting units (家, 个, 项 …), and the others: sets (大, 级,
# 方面, 点) and counted places (县, 两地), whose counts _SET_COUNT finds itself.
_QUANTITY_CLASSIFIERS = frozenset(c for c in words("counts", "classifiers") if c in COUNT_UNITS)
_SET_CLASSIFIERS = "|".join(c for c in sorted(words("counts", "classifiers"), key=len, reverse=True) if c not in _QUANTITY_CLASSIFIERS)
_SET_COUNT = re.compile(rf"(?:\d{{1,5}}|{CN_NUMBER_PATTERN})(?:{_SET_CLASSIFIERS})")
_SET_COUNT_START = re.compile(rf"{_NUMERAL_START}[\d一二两三四五六七八九十百零]{{0,4}}(?:{_SET_CLASSIFIERS})")
# What may follow 个 without it being a count of things: durations and percentage points.
# (亿/万 after 个 is a colloquial amount, 3个亿; not a scale that modifies the noun: 八个万亩基地, 两个千亿级集群)
_NOT_A_COUNT_AFTER = re.compile(r"月|小时|工作日|百分点|季度|星期|周|年头|多|余|以上|左右|来|(?:亿|万)(?!元|美元|亩|亿级|级)")
# 十九大 / 二十大 are party congresses, not "nineteen/twenty big ..."
_CONGRESS_AFTER = re.compile(r"精神|报告|以来|代表|会议|召开|胜利|重大|和|、|,|。|;|\)|”")

# Formulations whose number is part of a name.
FIXED_EXPRESSIONS = words("counts", "fixed_formulations")

# Words between a list and its count: 等 makes the list a sample; 这 ties it tightly.
_SAMPLE_CONNECTORS = words("counts", "sample_connectors")
_TIGHT_CONNECTORS = words("counts", "tight_connectors")
_NEUTRAL_CONNECTORS = words("counts", "total_connectors")
_CONNECTORS = (*_SAMPLE_CONNECTORS, *_TIGHT_CONNECTORS, *_NEUTRAL_CONNECTORS)  # in the order they are tried
_CONNECTOR_ENDS = frozenset(connector[-1] for connector in _CONNECTORS)
_LONGEST_CONNECTOR = max(map(len, _CONNECTORS))
_CLOSING_CONNECTORS = (*_NEUTRAL_CONNECTORS, *_TIGHT_CONNECTORS)
# Verbs in the last item: the count is of something else (在北京、上海、深圳设立2个研发中心).
_VERB_IN_ITEM = re.compile(
    "设立|建设|建成|打造|培育|引进|实施|新增|认定|获批|推进|开展|组建|成立|落地|签约|布局|落户|设置|形成|投资|投入|"
    "完成|创建|获得|入选|评为|拥有|共有|新建|改造|实现|带动|吸引|建立|举办|承办|发布|出台|制定|培训|支持|扶持|帮助|"
    "覆盖|辐射|涉及|达到|累计|提供|安排|争取|对接|走访|包联|分布|已有|设有|共有|获评|占比"
)
# A phrase after the count, then what introduces the list.
_ONE_TO_ONE_PLACES = frozenset(words("completeness", "one_to_one_places"))
_BELOW_WORDS = frozenset(words("completeness", "below"))
_ONE_TO_ONE_DATES = frozenset(words("completeness", "one_to_one_dates"))
# a date in a list of dates: 1月 / 3月15日 / 5月下旬 / 2024年9月
_DATE_ITEM = re.compile(r"(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬|初|底|中)?")
_INTRO_WORDS = alternation(
    ("completeness", "one_to_one_places"), ("completeness", "one_to_one_dates"), ("completeness", "below"),
    ("counts", "exhaustive_openers"), ("counts", "sample_openers"), ("counts", "plain_openers"),
)
# Between a count and its noun, a threshold written in figures is part of the phrase (四个10亿元以上重大项目,
# 3个总投资超5000万元的项目); any other figure ends it.
_THRESHOLD_IN_PHRASE = r"(?:\d{4}年度?|\d[\d.]*(?:万|亿)?(?:元|吨|亩|平方米|千瓦)?(?=以上|及以上|级))"  # (or a year: 为2024年度…)
_INTRO_OPENER = rf"(?P<intro>:|\(|。|——|,?(?P<word>{_INTRO_WORDS})(?![将可时便使])(?::)?|,(?=一是|第一|①|其一))"
_INTRO = re.compile(rf"(?P<phrase>[^,:;。!?()\n、\d—]{{0,30}}?){_INTRO_OPENER}")
_INTRO_OVER_THRESHOLD = re.compile(rf"(?P<phrase>(?:[^,:;。!?()\n、\d—]|{_THRESHOLD_IN_PHRASE}){{0,30}}?){_INTRO_OPENER}")
_NOT_A_LIST_START = ("其中", "分别", "含", "不含", "包括", "包含", "以下", "即")
_FIRST_OF_SEVERAL = re.compile(r"一(?:方面|类|种|个|是|要|则|部分)|其一|首先|第一")
_ENUMERATION_GOES_ON = re.compile(r"还有|另一|一类|一种|此外|另外|其他|其余|以及")
_COORDINATED_AFTER = re.compile(r"以及|和|及|与|、")
_OUTLINE_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")
_EXHAUSTIVE_INTRO_WORDS = frozenset(words("counts", "exhaustive_openers"))
_SAMPLE_INTRO_WORDS = frozenset(words("counts", "sample_openers"))
_HERE_BELOW = words("counts", "forward_references")
_NOUN_ENDS_AT = re.compile(
    "入驻|入选|开工|投产|竣工|通车|全部|全面|顺利|加快|正在|先后|陆续|相继|均|已|获|分别|依次|包括|包含|涵盖|"
    "(?<![具拥共占享含没所持富只还都也])有(?![限机序效力关益色线毒害偿])|总(?:投资|产值|收入|规模|面积|金额|额|计|量)|计划|预计|力争|(?<![公总])共(?!享|同|性|识|建共)|目前|今年|全年"
)
_NOUN_STOP = frozenset("的和与及在正已将于是为由等并即须、")
_QUANTITY_ITEM = re.compile(r"\s*\d(?![A-Za-z])")
_ENDS_WITH_QUANTITY = re.compile(r"\d[\d.,]*\s*[^\d\s]{0,3}$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_QUOTE_MARKS = ("“", "《", "”", "》", "。", ";", "\n")  # what _inside_quote looks back for
_DIGIT = re.compile(r"\d")

# Item suffixes and the count nouns that name them (甲公司、乙公司 → 家企业).
_KINDS = (
    (("公司", "集团", "企业", "厂", "银行", "股份"), ("企业", "公司", "集团", "厂")),
    (("大学", "学院", "学校", "中学", "小学", "幼儿园"), ("学校", "高校", "院校", "大学")),
    (("路", "街", "大道", "线", "桥"), ("道路", "路", "街道", "干线")),
    (("医院", "卫生院"), ("医院", "医疗机构")),
    (("项目", "工程"), ("项目", "工程")),
    (("园", "园区", "开发区", "新区", "高新区"), ("园", "开发区", "新区", "高新区")),
    # Administrative divisions last: 省（区、市） and 县（市、区） are aliases, not lists, so the
    # parenthetical check (strict) leaves this row out.
    (("村", "镇", "乡", "街道", "社区", "县", "区", "市", "州", "省"), ("村", "镇", "乡", "街道", "社区", "县", "区", "市", "省", "城市", "地区")),
)


@dataclass(frozen=True)
class StatedCount:
    start: int  # span of the count phrase a reviewer would correct (以下20个项目)
    end: int
    value: int
    number_start: int
    number_end: int
    noun: str  # the head noun after the classifier, possibly empty (项目 in 20个项目)
    named: bool  # inside quotes or a fixed formulation: not flagged, unless it is a plain quoted count
    plain_quote: bool = False  # the whole quotation is the count: “五大工程”, not “三级三类”
    fixed: bool = False  # a fixed formulation (三个代表, 四个全面): never flagged
    classifier: str = ""  # the measure word (家 in 3家企业), when it does not follow the number at once (3 家)

    def measure(self, text: str) -> str:
        """The classifier after the number (家, 个, 大 …; the first character of 个方面)."""
        return self.classifier[:1] or text[self.number_end : self.number_end + 1]


_FIXED_NAMES = frozenset(FIXED_EXPRESSIONS)
# any fixed formulation starting at a position (one regex instead of a startswith per formulation)
_FIXED_AT = re.compile("|".join(re.escape(f) for f in sorted(FIXED_EXPRESSIONS, key=len, reverse=True)))


def find(ctx) -> list[Relation]:
    """Every count tied to a list in the document, each with its outcome.

    Counts are sought paragraph by paragraph of the shared segmentation (``ctx.segmentation``); a
    count and the list it closes or opens share a paragraph, except a back reference (上述4家企业)
    or outline headings below an announcing paragraph, which are read from the text around it.
    """
    text = LaidOutText(ctx.folded, ctx.segmentation)  # (the list readers use the segmentation's item level)
    relations: list[Relation] = []
    for m in _counts(ctx, text):
        if m.group("cls") in _NOUN_CLASSIFIERS and not _list_near(text, m):
            continue  # 新增就业3200人, 全省16市: no list beside the count (the common case, decided cheaply)
        tiers = m.group("cls") == "级"
        if tiers and text.find("、", max(0, m.start() - 20), m.start()) < 0:
            continue  # 三级医院, 二级指标: a grade, not a count of tiers named before it
        count = _stated_count(text, m)
        if count is None:
            continue
        relation = _list_before(ctx, text, m, count) or _list_above(ctx, text, m, count)
        if tiers and (relation is None or _numeral_items(text, relation)):
            continue  # tiers are only counted after their names (县、乡、村三级), never before a list
        follows = relation is None
        if follows:
            relation = _list_after(ctx, text, m, count) or _list_after_verb(ctx, text, m, count)
        if relation is None and not count.named and text.find(":", m.end(), m.end() + _LABEL_REACH) >= 0:
            relation = _labelled_list(ctx, text, m, count)
        if relation is None:
            continue
        if count.named and relation.outcome is Outcome.INCONSISTENT:
            # A quoted name may belong to the last item alone (城乡低保、儿童福利、残疾人“两项补贴”);
            # only a quotation followed by its own items (“五大工程”：A工程、B工程…), or a name that a
            # colon opens at once (“三大行动”：一是…二是…), is checked.
            announced = follows and _announces_its_list(text, m, count)
            if not announced and (count.fixed or not _names_its_items(text, count, relation)):
                relation.outcome = Outcome.NOT_CHECKABLE
        relations.append(relation)
    starts = sorted(r.start for r in relations)
    relations.extend(r for r in _shorthand_parts(ctx, text) if not _any_between(starts, r.start, r.end))
    return relations


_TIER_JOIN = re.compile("和|与|及|同")
_NUMERAL_ITEM = re.compile(r"[\s\d一二两三四五六七八九十]+$")
# After 级 a grade, not tiers: 三级以上 / 三级医院 / 二级指标 / 一级响应 (县、乡、村三级医疗卫生网 stays a count)
_GRADE_AFTER = re.compile("以上|以下|及以上|医院|甲等|乙等|标准|指标|响应|预警|资质|职称|子公司|公路|文物|水质")


def _numeral_items(text: str, relation: Relation) -> bool:
    """Items that are numerals themselves (一、二、三级批发): grades listed, not tiers named; or an item
    joining two names (中央和省、市、自治区两级: the provinces, cities and regions are one tier)."""
    return any(_NUMERAL_ITEM.match(text[s:e]) or _TIER_JOIN.search(text, s, e) for _, s, e in relation.related)


def _list_near(text: str, m: re.Match[str]) -> bool:
    """A 、 in the 40 characters before a count, or a colon or bracket right after it."""
    return text.find("、", max(0, m.start() - 40), m.start()) >= 0 or text.startswith((":", "("), m.end())


# A quoted shorthand whose number counts its members, and the members it stands for: “三区”为高新区和临港区,
# “两带”是沿江经济带、沿湖生态带, “四个中心”即A中心、B中心…, “六路”提升改造，即人民路、…和站前路 (a 一核两带三区
# layout explained part by part). The quotations are the segmentation's (``Segmentation.quotations``); the
# name inside one is a numeral, perhaps a classifier, and its head (lexicon ``[counts] shorthand_classifiers``).
_SHORTHAND_NAME = re.compile(
    rf"(?P<num>{CN_NUMBER_PATTERN})(?:{alternation(('counts', 'shorthand_classifiers'))})?(?P<head>[\u4e00-\u9fff]{{1,4}})"
)
# After the quotation: what the shorthand names (提升改造, 活动; at most 8 characters), then the word that opens its
# members (为, 是, 即, 指, 包括 or a colon; lexicon ``[counts] shorthand_openers``).
_SHORTHAND_OPENER = re.compile(rf"[\u4e00-\u9fff]{{0,8}}?,?(?P<verb>{alternation(('counts', 'shorthand_openers'))}|:)")
_SHORTHAND_LONGEST = 8  # characters inside the quotation marks


# “N个一” names a set of N things each counted as 一X: 落实“三个一”机制：一个项目、一名领导、一个专班
_ONES = re.compile(rf"(?P<num>{CN_NUMBER_PATTERN})个“?一”?[^,;。:“”\d]{{0,12}}:")
_ONES_LEAD = re.compile("个“?一")
_ONE_ITEM = re.compile(r"一[\u4e00-\u9fff]{2,}")


def _ones_sets(ctx, text: str) -> list[Relation]:
    """The members after the colon of a “N个一” set, each starting with 一 and a classifier."""
    found: list[Relation] = []
    for hit in _ONES_LEAD.finditer(text):
        # (the numeral before 个 has one to three characters: 三个一, 十二个一)
        m = next((m for k in (1, 2, 3) if (m := _ONES.match(text, max(0, hit.start() - k))) and m.end("num") == hit.start()), None)
        if m is None:
            continue
        value = chinese_number(m.group("num"))
        end = clause_end(text, m.end())
        items = dun_list(text, m.end(), end) if value and value >= 2 and end is not None else None
        if items is None or items.open_ended or any(_ONE_ITEM.fullmatch(text, s, e) is None for s, e in items.items):
            continue
        one_end = text.find("一", m.end("num")) + 1
        one_end += text.startswith("”", one_end)
        head_end = min(text.find(":", m.start(), m.end()), one_end + 4)  # 五个“一”工作机制
        count = StatedCount(m.start(), head_end, value, m.start("num"), m.end("num"), "一", named=False)
        outcome = Outcome.CONSISTENT if len(items.items) == value else Outcome.INCONSISTENT
        found.append(_relation(ctx, count, ItemList(items.items, frozenset({len(items.items)})), outcome, False, before=False))
    return found


def _any_between(starts: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _shorthand_parts(ctx, text: str) -> list[Relation]:
    """Members named after 为/是/即/指/：for a quoted shorthand, each ending like its head (区 … 区) or
    opening with it (“四送”：送政策、送技术…)."""
    found: list[Relation] = []
    if "个一" in text or "个“一" in text:
        found.extend(_ones_sets(ctx, text))
    found.extend(_ordinal_events(ctx, text))
    for opened, closed in text.layout.quotations("“"):
        if closed - opened - 1 > _SHORTHAND_LONGEST:
            continue
        name = _SHORTHAND_NAME.fullmatch(text, opened + 1, closed)
        opener = _SHORTHAND_OPENER.match(text, closed + 1) if name else None
        if opener is None:
            continue
        if text[opened + 1 : closed] in _FIXED_NAMES or any(r.start <= name.start() < r.end for r in found):
            continue  # “三个一批” is a formulation; “三个一” a set _ones_sets reads
        value = chinese_number(name.group("num"))
        end = clause_end(text, opener.end())
        if value is None or value < 2 or end is None:
            continue
        items = dun_list(text, opener.end(), end) or conjunction_pair(text, opener.end(), end)
        head = name.group("head")[-1]
        if items is None or any(e - s < 2 for s, e in items.items):
            continue
        if not (all(text[e - 1] == head for _, e in items.items) or all(text[s] == head for s, _ in items.items)):
            continue
        number_start = name.start("num")
        count = StatedCount(number_start, name.end("head"), value, number_start, name.end("num"), name.group("head"), named=False)
        sample = items.open_ended or opener.group("verb") == "包括"
        ok = value >= items.fewest if sample else value in items.counts
        outcome = Outcome.CONSISTENT if ok else Outcome.INCONSISTENT
        found.append(_relation(ctx, count, items, outcome, sample, before=False))
    return found


# Events counted by their edition, then named by ordinal: 举办三届桃花节：第一届…，第二届… (届/轮/批/期/场 of one
# series). The count must open the series in its own clause (a colon or comma, then 第一 + the same classifier).
_EVENT_CLASSIFIERS = alternation(("counts", "event_classifiers"))
# ... or any noun counted with 个 and then named by ordinal with it: 分三个阶段推进：第一阶段…，第二阶段…
_ORDINAL_EVENTS = re.compile(
    rf"(?<![\d第前后近约超逾余每各本历上下这那零一二两三四五六七八九十百千万几多数整])"
    rf"(?P<num>\d{{1,2}}|{CN_NUMBER_PATTERN})(?:(?P<cls>{_EVENT_CLASSIFIERS})次?|个(?P<noun_cls>[\u4e00-\u9fff]{{2,3}}?))"
    r"(?P<noun>[\u4e00-\u9fff“”]{0,16}?)[:,]\s*(?P<first>第一(?:(?P=cls)|(?P=noun_cls)))"
)
_FIRST_EDITION = re.compile(r"第一(?=[\u4e00-\u9fff])")
_FUTURE = re.compile("将|拟|计划|筹备|筹办|即将|明年|下一|预计|力争")
_ORDINAL_WORD = re.compile(rf"第(?P<num>{CN_NUMBER_PATTERN}|\d{{1,2}})")


def _ordinal_events(ctx, text: str) -> list[Relation]:
    """第一届, 第二届 … after 三届…: as many editions named as counted. The series is read to the end of
    the paragraph (the shared segmentation's) and must run 1, 2, 3 … without a gap; a series of one, or one ended by 等 or opened by
    其中, proves nothing."""
    found: list[Relation] = []
    for first in _FIRST_EDITION.finditer(text):
        m = _ORDINAL_EVENTS.search(text, max(0, first.start() - 28), first.end() + 3)
        if m is None or m.start("first") != first.start():
            continue
        unit = m.group("cls") or m.group("noun_cls")
        value = int(m.group("num")) if m.group("num").isdigit() else chinese_number(m.group("num"))
        if value is None or value < 2 or _inside_quote(text, m.start()):
            continue
        paragraph = ctx.segmentation.paragraph_at(m.start())
        end = paragraph.end if paragraph is not None else len(text)
        markers = [(m.start("first"), m.end("first"))]
        for o in _ORDINAL_WORD.finditer(text, m.end(), end):
            if not text.startswith(unit, o.end()):
                continue
            n = int(o.group("num")) if o.group("num").isdigit() else chinese_number(o.group("num"))
            if n != len(markers) + 1:
                break
            markers.append((o.start(), o.end() + len(unit)))
        last = markers[-1][1]
        if len(markers) < 2 or text.startswith("等", last) or _ENUMERATION_GOES_ON.search(text, m.end(), min(end, last + 40)):
            continue
        noun = m.group("noun_cls") + m.group("noun") if m.group("noun_cls") else m.group("noun")
        count = StatedCount(m.start(), m.end("noun"), value, m.start("num"), m.end("num"), noun, named=False)
        n = len(markers)
        if n == value:
            outcome = Outcome.CONSISTENT
        elif n < value:
            # 已举办三届，第一届和第二届均在…: without a colon the editions may be a selection
            outcome = Outcome.INCONSISTENT if text[m.end("noun")] == ":" else Outcome.NOT_CHECKABLE
        else:
            # 两届：第一届…第二届…，第三届将于明年举办: an edition still to come is not one of those held
            later = text[markers[value][0] : clause_end(text, markers[value][1]) or end]
            outcome = Outcome.NOT_CHECKABLE if _FUTURE.search(later) else Outcome.INCONSISTENT
        found.append(_relation(ctx, count, ItemList(tuple(markers), frozenset({n})), outcome, False, before=False, markers=True))
    return found


def _counts(ctx, text: str):
    """Stated-count candidates in document order: the quantities the clause model marks as counting
    things (``ctx.clause_model.counts``: 12家, 六条, 两个, whatever their role: 新增3家 is a change there
    and a count here) whose measure word is a classifier of listed things, and the counted sets the
    quantity reader does not know as units (两大, 三级, 四方面, 三点, 三县, 两地), found by one scan. Each
    start is then matched by _COUNT, whose look-behinds keep out ordinals and approximations (第3家, 近5个)."""
    starts = [q.start for q in ctx.clause_model.counts(_QUANTITY_CLASSIFIERS)]
    # (one scan of the whole text: a set count never crosses a line, so paragraphs need no scan of their own)
    starts.extend(m.start() for m in finditer_located(_SET_COUNT, _SET_COUNT_START, text, 0, len(text)))
    match = _COUNT.match
    for start in sorted(set(starts)):
        m = match(text, start)
        if m is not None:
            yield m


_EXHAUSTIVE_AFTER_NAME = re.compile(rf",(?:{alternation(('counts', 'exhaustive_openers'))}):?(?![\d一二两三四五六七八九十])")


def _announces_its_list(text: str, m: re.Match[str], count: StatedCount) -> bool:
    """A named count that a colon or an exhaustive opener follows at once: “三大行动”：一是… / 打好三大攻坚战：
    A、B、C / “六大专项行动”，即A、B….

    The name must be the whole quotation (or the whole fixed formulation), so the colon can only
    open the members of that very set, not of a longer phrase (“三个代表”重要思想：…).
    """
    if count.fixed:
        fixed = next(f for f in FIXED_EXPRESSIONS if text.startswith(f, m.start()))
        end = m.start() + len(fixed)
        if text.startswith("”", end):
            end += 1
    elif count.plain_quote:
        end = _quoted_noun_end(text, m.end()) + 1
    else:
        return False
    # ：A、B、C / ，即A、B、C / ，分别是A、B、C: an exhaustive opener names the set's members (“六大专项行动”，即…)
    return text.startswith(":", end) or _EXHAUSTIVE_AFTER_NAME.match(text, end) is not None


def _names_its_items(text: str, count: StatedCount, relation: Relation) -> bool:
    """A quoted count that only names its list (“五大工程”：A工程、B工程…) is checked after all.

    The quotation must hold nothing but the count and its noun, and every item shown must end like
    the noun (工程 … 工程): then the number is a count, not part of a slogan.
    """
    close = _quoted_noun_end(text, count.number_end + 1) if count.plain_quote else None
    if close is None or close == count.number_end + 1:
        return False
    head = text[close - 1]
    names = [text[s:e].strip("“”《》()") for _, s, e in relation.related]
    return bool(names) and all(name and name[-1] == head for name in names)


def _quoted_noun_end(text: str, pos: int) -> int | None:
    """Where the closing quote stands when only Han characters (at most 8) lie between ``pos`` and it."""
    close = text.find("”", pos, pos + 9)
    if close < 0 or any(not _HAN.match(text, i) for i in range(pos, close)):
        return None
    return close


def _count_number(m: re.Match[str]) -> tuple[str, int, int]:
    """The numeral of a _COUNT match (digits or Chinese) and its span."""
    group = "num" if m.group("num") is not None else "num_cn"
    return m.group(group), m.start(group), m.end(group)


def _stated_count(text: str, m: re.Match[str]) -> StatedCount | None:
    (num, number_start, number_end), cls = _count_number(m), m.group("cls")
    value = int(num) if num.isdigit() else chinese_number(num)
    if value is None or value < 2:
        return None
    after = m.end()
    if text.startswith(("次", "以上", "左右", "多", "余", "以内", "以下"), after):
        return None  # 3250批次, 100家以上: frequencies and bounds, not counts of listed things
    if cls == "个" and _NOT_A_COUNT_AFTER.match(text, after):
        return None
    if cls == "大" and (_CONGRESS_AFTER.match(text, after) or after >= len(text) or not _HAN.match(text, after)):
        return None
    if cls == "级" and _GRADE_AFTER.match(text, after):
        return None
    if cls == "点" and text.startswith(("钟", "半", "多"), after):
        return None
    # (三县联合…, 两地党委: a classifier that is itself the noun counted has no noun after it)
    noun = "" if cls in _NOUN_CLASSIFIERS else _noun(text, after)
    joint = after + len(noun)
    if noun.endswith("级") and text.startswith(("和", "及", "与", "、"), joint):
        # 五项国家级和省级荣誉称号: tiers joined before one head noun, which is the noun counted
        noun = text[after : joint + 1] + _noun(text, joint + 1)
    if noun[:1] and noun[0] in "一二两三四五六七八九十":
        return None  # 五个一工程, 三个一批: a name, not a count of things
    if cls == "位" and noun.startswith("数"):
        return None  # 保持两位数增长: a number of digits, not a count of the items before
    if noun.startswith("字"):
        return None  # “巩固、增强、提升、畅通”八个字: characters, not items
    spaced = cls if number_end != m.start("cls") else ""
    start = m.start()
    probe = start - 1 if spaced and text.startswith(" ", start - 1) else start  # (以下 7 个项目)
    for prefix in _HERE_BELOW:
        if text.startswith(prefix, probe - len(prefix)):
            start = probe - len(prefix)
            break
    fixed = _FIXED_AT.match(text, m.start()) is not None
    quoted = _inside_quote(text, m.start())
    # “三个全覆盖”: the quotation holds the count and a noun only (覆盖 cut from the noun as a verb)
    plain_quote = quoted and not fixed and text.startswith("“", m.start() - 1) and _quoted_noun_end(text, after) is not None
    end = _quoted_noun_end(text, after) if plain_quote else after + min(len(noun), 8)
    return StatedCount(start, end, value, number_start, number_end, noun, fixed or quoted, plain_quote, fixed, spaced)


_VERB_AFTER_NOUN = re.compile("参与|参加")  # (部门参与联合审查: 与 is no conjunction here)


def _noun(text: str, pos: int) -> str:
    """The head noun after a classifier: Han characters up to a function word or a verb (at most 10)."""
    end = pos
    while end < len(text) and end - pos < 10 and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _NOUN_STOP:  # (_HAN)
        end += 1
    stops = [m.start() for m in (_VERB_IN_ITEM.search(text, pos + 1, end), _NOUN_ENDS_AT.search(text, pos + 1, end)) if m]
    takes_part = text.find("参", pos + 1, end)  # (a verb may run over the stop character: 部门参与 → 部门)
    if takes_part >= 0 and _VERB_AFTER_NOUN.match(text, takes_part):
        stops.append(takes_part)
    return text[pos : min(min(stops, default=end), end)]


def _bracketed_names(text: str, items: ItemList, organisations: bool = False) -> bool:
    """Three or more plain names in the brackets after a count (6家（青禾、丰源、绿野…）, 9个乡镇（城关镇、
    马坊镇…）): members, not aliases, which are single characters (县（市、区）) or one or two words.
    After a count of organisations (``organisations``: 企业3家, 学校2所) two plain names of three characters or
    more are its members too (3家（华晟精密、联创电子）): an alias of an organisation is no name of its own."""
    names = [text[s:e] for s, e in items.items]
    plain = all(2 <= len(name) <= 12 and not _DIGIT.search(name) and "的" not in name and _HAN.match(name) for name in names)
    if len(names) == 2:
        if organisations and plain and all(3 <= len(name) <= 10 and _HAN_RUN.fullmatch(name) for name in names) and not any(
            _has_predicate(text, s, e) or _VERB_IN_ITEM.search(text, s, e) for s, e in items.items
        ):
            return True
        # 3场招聘会（春风行动专场、高校毕业生专场）: two names of one shape (the same last two characters);
        # 国家级创新平台3个（国家企业技术中心、国家级科技企业孵化器）: two full names of a facility or body
        if plain and all(len(name) >= 3 for name in names) and names[0][-2:] == names[1][-2:]:
            return True
        return all(
            4 <= len(name) <= 16 and _HAN.fullmatch(name[-1]) and not _DIGIT.search(name) and "的" not in name
            and name.endswith(_ENTITY_NOUN_ENDS + ("孵化器", "工作站", "研究院"))
            and not any(_has_predicate(text, s, e) for s, e in items.items)
            for name in names
        )
    return len(names) >= 3 and plain


def _noun_before(text: str, pos: int) -> str:
    """The noun right before a count with no noun after it (城市道路四条: 城市道路), at most 6 characters."""
    start = pos
    while start > 0 and pos - start < 6 and _HAN.match(text, start - 1) and text[start - 1] not in _NOUN_STOP:
        start -= 1
    if start > 0 and _VERB_IN_ITEM.match(text, start - 1, start + 1):
        start += 1  # 新增国家级平台: the window began inside the verb (增国家级平台)
    for verb in _VERB_IN_ITEM.finditer(text, start, pos):
        start = max(start, verb.end())  # 改造城市道路 → 城市道路
    return text[start:pos]


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside “…” or 《…》 opened in the same clause."""
    # the mark nearest before ``pos`` within 30 characters decides (a few C searches, not a loop per character)
    floor = max(0, pos - 30)
    nearest = max(_QUOTE_MARKS, key=lambda mark: text.rfind(mark, floor, pos))
    return nearest in "“《" and text.rfind(nearest, floor, pos) >= 0


# ---------------------------------------------------------------------------------------------
# The list comes first: 甲、乙和丙3家企业 / A、B、C等4家企业 / “登高、升规”两个工程


def _list_before(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    pos = m.start()
    if text.startswith(" ", pos - 1) and count.classifier:
        pos -= 1  # 立信精工 3 家企业 / 共 8 个部门: a spaced count
    connector = ""
    # (a connector ends with the character before the count: no other needs trying, once every candidate's
    # start is in the text)
    if pos < _LONGEST_CONNECTOR or text[pos - 1] in _CONNECTOR_ENDS:
        for candidate in _CONNECTORS:
            if text.startswith(candidate, pos - len(candidate)):
                connector = candidate
                break
    if not connector and text.startswith("“", pos - 1) and not text.startswith("”", pos - 2):
        connector = "“"  # 道路、绿化、亮化、管网“四大工程” (consistent, or else not checkable: see find)
    list_end = pos - len(connector)
    if connector in _CLOSING_CONNECTORS and text.startswith(",", list_end - 1):
        list_end -= 1  # 引进了甲公司、乙公司、丙公司，共3家企业
    if list_end <= 0 or not (text[list_end - 1].isalpha() or text[list_end - 1] in "”)》"):
        return None
    if text.startswith(("、", "和"), count.end) and _DIGIT.match(text, count.end + 1):
        return None  # 80家、16家: one of several counts, matched to a list "respectively"
    start = clause_start(text, list_end)
    if start is None:
        return None
    enumerated = False
    if "分别" in text[start:list_end]:
        named = _NAMES_INTRO.search(text, start, list_end)
        if named is None or not (connector in _CLOSING_CONNECTORS and text.startswith(",", list_end)):
            return None  # 分别为80家、16家: values matched one by one, not a list the count closes
        start = named.end()  # 龙头企业分别是A、B、C、D，共3家: the names after 分别是, then their total
        enumerated = True
    if "、" not in text[start:list_end]:
        items = quoted_run(text, list_end, start)  # “安全生产月”“质量月”“环保宣传周”三项主题活动
        if items is None:
            return _pair_before(ctx, text, count, start, list_end, connector)
        sample = connector in _SAMPLE_CONNECTORS
        outcome = _judge_before(text, count, items, connector, sample, nested=False)
        return _relation(ctx, count, items, outcome, sample, before=True) if outcome else None
    marker = _OUTLINE_LEAD.match(text, start, list_end)
    if marker:
        start = marker.end()  # 一、提高低保、…: the heading number is not an item
    if connector == "为代表的":
        first_dun = text.find("、", start, list_end)
        opener = text.rfind("以", start, first_dun if first_dun > 0 else start)
        if opener < 0:
            return None  # 为代表的 closes a list opened by 以: 以A、B为代表的四个…
        start = opener + 1
    items = dun_list(text, start, list_end)
    if items is None and text[list_end - 1] == "”" and not connector:
        opening = text.rfind("“", start, list_end)
        if opening >= 0:
            items = dun_list(text, opening + 1, list_end - 1)
            # “登高、升规、晋位、上市”四个工程: the quotation binds the list to its count
            connector = "”" if items is not None else connector
    if items is None or any(
        (_QUANTITY_ITEM.match(text, s, e) or _ENDS_WITH_QUANTITY.search(text, s, _unannotated_end(text, s, e)))
        and not _figure_name(text, s, e)
        for s, e in items.items
    ):
        return None  # 1月、3月、5月 / 新增企业2115家、产业集群5个: quantities, not names
    if any(_COUNT.search(text, s, e) for s, e in items.items):
        return None  # 无产阶级和资产阶级两个阶级、社会主义和资本主义两条道路: parallel counted phrases
    last_s, last_e = items.items[-1]
    if "等" in text[last_s:last_e]:
        # A、B等企业12家: the count is of the category, a sample of which is named; only a count smaller
        # than the names (A、B、C、D等企业共3家) is wrong
        return _sample_before_category(ctx, text, count, items, connector)
    if text[last_e - 1] in "的和及与有达获占为在" or _predicate_before_count(text, last_s, last_e):
        return None  # …进程的八项主张 / 在北京、上海、深圳设立2个中心: the count is of something else
    sample = connector in _SAMPLE_CONNECTORS or items.open_ended
    # 对发改、财政部门推荐的A、B等3个项目: a 的 in some items only means a list nested in another
    with_de = ["的" in text[s:e] for s, e in items.items]
    nested = any(with_de[1:]) and not all(with_de)
    if nested and not sample:
        return None
    outcome = _judge_before(text, count, items, connector, sample, nested, enumerated=enumerated)
    if outcome is None:
        return None
    return _relation(ctx, count, _without_lead_in(text, items), outcome, sample, before=True)


def _sample_before_category(ctx, text: str, count: StatedCount, items: ItemList, connector: str) -> Relation | None:
    """Names, 等, the category they belong to, then its count (华兴、恒达、瑞丰、立信等企业共3家): the count may
    exceed the names, never fall short of them. The category must be a short noun that the count's noun
    repeats or that the count closes (等企业3家获评…), so 等企业3个项目 (a count of something else) stays out."""
    last_s, last_e = items.items[-1]
    deng = text.find("等", last_s, last_e)
    category = text[deng + 1 : last_e]
    if deng - last_s < 2 or not 1 <= len(category) <= 6 or not _HAN_RUN.fullmatch(category) or _VERB_IN_ITEM.search(category):
        return None
    noun = count.noun
    if noun and (_VERB_IN_ITEM.match(noun) or _NOUN_ENDS_AT.match(noun)):
        count = replace(count, end=count.number_end + 1)  # 等企业共3家获评…: the count closes its noun
    elif noun and noun[-1] != category[-1]:
        return None
    names = ItemList((*items.items[:-1], (last_s, deng)), items.counts, True)
    if any(_DIGIT.search(text, s, e) or "的" in text[s:e] or e - s > 20 for s, e in names.items):
        return None
    names = _without_lead_in(text, names)
    if _predicate_before_count(text, *names.items[-1]):
        return None
    outcome = Outcome.CONSISTENT if count.value >= names.fewest else Outcome.INCONSISTENT
    return _relation(ctx, count, names, outcome, True, before=True)


_NEXT_SENTENCE_INTRO = re.compile(r"(?:它们|这些|分别|依次|具体)(?:是|为):?|(?:它们|这些)(?:\w{0,4}?)(?:分别)?(?:是|为):?")
_NAMES_INTRO = re.compile(r"(?:分别|依次)(?:是|为)(?![\d一二两三四五六七八九十])")
_BACK_REFERENCE = re.compile(r"(?:上述|以上|前述)(?:这)?$")
_SENTENCE_END_BEFORE = re.compile(r"[。;\n]\s*$")
_BACK_REFERENCE_LEAD = re.compile(r"(?<=[。;\n])\s*(?:通过|经过|按照|围绕|依托|在|从|对|把|将|以)$")


def _list_above(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """A count pointing back at the sentence before: 新引进华兴科技、恒达新材、瑞丰电子。上述4家企业…

    Only the sentence right before counts, and only when it ends with a list of names of the counted
    kind (甲公司、乙公司 → 家企业) and states no count of its own.
    """
    back = _BACK_REFERENCE.search(text, max(0, m.start() - 3), m.start())
    if back is None or count.named or not count.noun:
        return None
    if back.start() > 0 and not _SENTENCE_END_BEFORE.search(text, max(0, back.start() - 3), back.start()):
        # 亿元以上3个项目: 以上 closes a bound, it does not point back; 上述/前述 always point back, also after a
        # few words opening their sentence (通过上述两方面举措)
        if back.group().startswith("以上") or not _BACK_REFERENCE_LEAD.search(text, max(0, back.start() - 8), back.start()):
            return None
    series = _series_above(ctx, text, back.start(), count)
    if series is not None:
        return series
    list_end = back.start()
    while list_end > 0 and text[list_end - 1] in " \t\r\n\u3000":
        list_end -= 1
    if list_end == 0 or text[list_end - 1] not in "。;":
        return None
    list_end -= 1
    start = clause_start(text, list_end)
    if start is None or _COUNT.search(text, start, list_end) or "分别" in text[start:list_end]:
        return None
    items = dun_list(text, start, list_end)
    if items is None:
        return None
    items = _without_lead_in(text, items)
    if not _same_kind(text, items, count.noun) or any(e - s > 25 for s, e in items.items):
        return None
    if items.open_ended:
        return None  # 甲、乙等。上述5家: the sentence before showed a sample only
    outcome = Outcome.CONSISTENT if count.value in items.counts else Outcome.INCONSISTENT
    return _relation(ctx, replace(count, start=back.start()), items, outcome, sample=False, before=True)


_INLINE_STYLES_ABOVE = ("shi", "di", "qi", "circled", "yao")


def _series_above(ctx, text: str, back: int, count: StatedCount) -> Relation | None:
    """以上四项工作 after 一是…，二是…，三是…。 in the same paragraph: the back reference counts the inline
    series that ends in the sentence before it (a series of one style opened by its marker 1, unbroken,
    with nothing after its last item saying the enumeration went on)."""
    paragraph_start = text.rfind("\n", 0, back) + 1
    for style in _INLINE_STYLES_ABOVE:
        firsts = [f for f in markers_between(text, style, paragraph_start, back) if f.value == 1]
        if not firsts:
            continue
        series = outline_series(text, firsts[-1])
        last = series.markers[-1][1]
        if series.broken or len(series.markers) < 2 or last >= back or text.find("\n", last, back) >= 0:
            return None
        if _ENUMERATION_GOES_ON.search(text, last, back) or text.count("。", last, back) > 1:
            return None  # 三是…。此外，还…。以上四项: the enumeration went on in another form
        n = len(series.markers)
        items = ItemList(series.markers, frozenset({n}))
        outcome = Outcome.CONSISTENT if n == count.value else Outcome.INCONSISTENT
        return _relation(ctx, replace(count, start=back), items, outcome, False, before=True, markers=True)
    return _lines_above(ctx, text, back, count)


_LINE_STYLES_ABOVE = ("arabic", "paren_ar", "half_paren", "paren_cn", "circled")
_LINES_ABOVE_REACH = 3000


def _lines_above(ctx, text: str, back: int, count: StatedCount) -> Relation | None:
    """以上4家企业 opening the line after numbered lines (1.…⏎2.…⏎3.…): the back reference counts them. The
    series must open lines, run 1, 2, 3 … unbroken, and its last line must be the one right before."""
    line_start = text.rfind("\n", 0, back) + 1
    if line_start == 0 or text[line_start:back].strip():
        return None  # the back reference opens its line
    previous = text.rfind("\n", 0, line_start - 1) + 1
    opening = previous + len(text[previous:line_start]) - len(text[previous:line_start].lstrip())
    for style in _LINE_STYLES_ABOVE:
        last = markers_between(text, style, opening, opening + 1)
        if not last:
            continue
        floor = max(0, back - _LINES_ABOVE_REACH)
        firsts = [f for f in markers_between(text, style, floor, line_start) if f.value == 1 and _line_opens(text, f.start)]
        if not firsts:
            return None
        series = outline_series(text, firsts[-1])
        if series.broken or len(series.markers) < 2 or series.markers[-1][0] != last[0].start:
            return None
        n = len(series.markers)
        items = ItemList(series.markers, frozenset({n}))
        outcome = Outcome.CONSISTENT if n == count.value else Outcome.INCONSISTENT
        return _relation(ctx, replace(count, start=back), items, outcome, False, before=True, markers=True)
    return None


def _line_opens(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u3000":
        i -= 1
    return i < 0 or text[i] == "\n"


def _pair_before(ctx, text: str, count: StatedCount, start: int, list_end: int, connector: str) -> Relation | None:
    """Two names of the counted kind joined by 和/及/与 before the count: 建成滨江园和临港园3个园区.

    The clause's lead-in (建成) is cut from the first name; both names must end alike and be of the
    counted kind, so 研发和生产两大基地 or 深化改革和扩大开放两项任务 stay unchecked.
    """
    if count.named or not count.noun or count.value < 3 or connector in _TIGHT_CONNECTORS:
        return None
    conj = None
    for c in re.finditer("以及|及|和|与", text[start:list_end]):
        conj = c
    if conj is None:
        return None
    right = (start + conj.end(), list_end)
    # the first verb of the clause and what sticks to it (推进了 / 建成): a later 改造 is in the name
    left_start = start
    for m in _LEAD_IN.finditer(text, start, start + conj.start()):
        if left_start != start and m.start() != left_start:
            break
        left_start = m.end()
    pair = _named_pair(text, left_start, list_end)
    if pair is None or pair.items[1] != right or text[pair.items[0][1] - 1] != text[right[1] - 1]:
        return None
    if not _same_kind(text, pair, count.noun) or text[left_start:right[1]].count("的"):
        return None
    sample = connector in _SAMPLE_CONNECTORS or pair.open_ended
    outcome = _judge_before(text, count, pair, connector, sample, nested=False)
    return _relation(ctx, count, pair, outcome, sample, before=True) if outcome else None


_LEAD_IN = re.compile(r"(?:" + _VERB_IN_ITEM.pattern + r"|推动|推进|加快|重点|围绕|聚焦|[了为对在向将把从和]|有(?!限))")


_LIST_OPENER = re.compile(r"\s*(?:主要|具体)?(?:涉及|覆盖|涵盖|包括|包含|囊括)(?:了|到)?")


def _without_lead_in(text: str, items: ItemList) -> ItemList:
    """The first item of a list closed by its count starts at its clause: 引进了甲公司 → 甲公司."""
    (s, e), rest = items.items[0], items.items[1:]
    opener = _LIST_OPENER.match(text, s, e)
    if opener and e - opener.end() >= 2:
        # 涉及道路交通、城镇燃气…: a verb that opens the list is never part of its first name
        return ItemList(((opener.end(), e), *rest), items.counts, items.open_ended)
    longest = max(b - a for a, b in rest)
    if e - s <= longest + 1:
        return items
    cut = None
    for m in _LEAD_IN.finditer(text, s, e):
        if e - m.end() >= 2:
            cut = m.end()
    if cut is None:
        return items
    return ItemList(((cut, e), *rest), items.counts, items.open_ended)


def _unannotated_end(text: str, start: int, end: int) -> int:
    """Where an item ends without the bracketed note after its name: 远航船舶（4.74亿元） → 远航船舶."""
    if end - start > 2 and text[end - 1] == ")":
        opening = text.rfind("(", start, end - 1)
        if opening > start:
            return opening
    return end


def _predicate_before_count(text: str, start: int, end: int) -> bool:
    """A verb that closes the last item and so governs the count (在北京、上海、深圳设立2个中心), not
    a verb inside a name (省级生态文明建设示范县五项荣誉): it must end at most two characters before the
    count, or leave only a short object (深圳新建研发中心2个 is left to the quantity rules)."""
    for m in _VERB_IN_ITEM.finditer(text, start, end):
        if end - m.end() <= 2 and not _DIGIT.search(text, m.end(), min(end, m.end() + 2)):
            return True
    return False


def _has_predicate(text: str, start: int, end: int) -> bool:
    """A verb in the item, other than one opening an amount (总投资2亿元的C项目, 年产5万吨的…)."""
    for m in _VERB_IN_ITEM.finditer(text, start, end):
        if not _DIGIT.search(text, m.end(), min(end, m.end() + 2)):
            return True
    return False


def _judge_before(
    text, count: StatedCount, items: ItemList, connector: str, sample: bool, nested: bool, *, enumerated: bool = False
) -> Outcome | None:
    stated = count.value
    if sample:
        if stated >= items.fewest:
            return Outcome.CONSISTENT
        return Outcome.NOT_CHECKABLE if nested else Outcome.INCONSISTENT
    if stated in items.counts:
        return Outcome.CONSISTENT
    if _COORDINATED_AFTER.match(text, count.end):
        # …与残疾人两项补贴和重点群体救助: the counted phrase is itself one item of a longer list
        return Outcome.NOT_CHECKABLE
    if connector in _TIGHT_CONNECTORS or connector == "”" or enumerated:
        return Outcome.INCONSISTENT
    if not count.noun and count.measure(text) not in _SELF_NAMING:
        return None  # 新引进首店、旗舰店168家: a quantity of the kinds named, not a count of them
    if stated < items.fewest:
        # Far fewer than listed: the count likely belongs to the last item alone (…与残疾人两项补贴).
        return Outcome.INCONSISTENT if 2 * stated > items.fewest else Outcome.NOT_CHECKABLE
    if stated <= 2 * items.most and (_same_kind(text, items, count.noun) or _named_members(text, count, items)):
        return Outcome.INCONSISTENT
    if connector in _NEUTRAL_CONNECTORS and _short_name_run(text, items) and min(abs(stated - n) for n in items.counts) == 1:
        # 民政、人社、医保、卫健、教育、住建、残联共8个部门: a run of four or more short names totalled by
        # 共 one off (containers such as 城东、城西共5个片区 hold more things than they are, by far)
        return Outcome.INCONSISTENT
    return Outcome.NOT_CHECKABLE


def _short_name_run(text: str, items: ItemList) -> bool:
    """Four or more names of two to six Han characters, no 的, no verb: abbreviations of bodies or places."""
    return len(items.items) >= 4 and all(
        2 <= e - s <= 6 and _HAN_RUN.fullmatch(text, s, e) and not _VERB_IN_ITEM.search(text, s, e) for s, e in items.items
    )


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _named_members(text: str, count: StatedCount, items: ItemList) -> bool:
    """Items that can only be the members counted: a 大 set (A、B、C五大主导产业 names its members), or
    names of four characters or more with no 的 (短 items such as 城东、城西 or 国家级、省级 may be the
    places or tiers the counted things belong to: 城东、城西5个片区)."""
    classifier = count.measure(text)
    if classifier == "大":
        return True
    if classifier in _SELF_NAMING:
        # (新疆、西藏、四川云南甘肃青海四省: a last item far longer than the others holds several names,
        # and the count may be of it alone)
        *others, (last_s, last_e) = items.items
        return last_e - last_s <= max(e - s for s, e in others[1:] or others) + 2
    names = [text[s:e] for s, e in items.items]
    return all(len(_HAN.findall(name)) >= 4 and "的" not in name for name in names)


def _same_kind(text: str, items: ItemList, noun: str, *, strict: bool = False) -> bool:
    """Whether the count's noun names what the items are (东区、西区 → 区; 甲公司、乙公司 → 企业).

    ``strict`` (for a parenthesis after the noun): administrative divisions never count, since
    28个省（区、市） names aliases, not members.
    """
    names = [text[s:e].strip("“”《》()") for s, e in items.items]
    if not noun or not all(names):
        return False
    if all(name[-1] == noun[-1] for name in names):
        return True
    if not strict and all(name[-1] in noun for name in names):
        return True
    for suffixes, nouns in _KINDS[:-1] if strict else _KINDS:
        if all(name.endswith(suffixes) for name in names) and any(n in noun for n in nouns):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# The count comes first: 以下20个项目：… / 3个工作组（…） / 五个方面：一是…五是


_COMMA_SERIES_STYLES = frozenset({"shi", "di", "circled", "qi", "yao"})


# A count closing a heading line, the list on the lines below: 示范村名单（共7个）⏎1. 东湖村⏎… /
# 名单如下（共5家）：⏎（1）… / 入选企业名单：共12家⏎…
_HEADING_BRACKET_BEFORE = re.compile(r"\((?:共|共计|合计|总计|计)?$")
_HEADING_TOTAL_BEFORE = re.compile(r"(?:共|共计|合计|总计)$")
_HEADING_END_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,6}\)[ \t\u3000]*:?[ \t\u3000]*(?=[\r\n])")
_HEADING_END_PLAIN = re.compile(r"[\u4e00-\u9fff]{0,6}[ \t\u3000]*:?[ \t\u3000]*(?=[\r\n])")
_HEADING_LONGEST = 60  # a heading line, not a paragraph
_ALIAS_BRACKET = re.compile(r"[\u4e00-\u9fff、]{1,6}\)")


_CLAUSE_MARKS = frozenset(",;。:!?\n")


def _count_just_before(text: str, pos: int) -> bool:
    """Another count in the same clause right before ``pos`` (5个方面10项工作), not one that a
    sentence or clause mark separates (其中工业项目3个。这5个项目分别是…)."""
    floor = max(0, pos - 6)
    for i in range(pos - 1, floor - 1, -1):
        if text[i] in _CLAUSE_MARKS:
            floor = i + 1
            break
    # (tiers are no other count: “四级三类” counts classes, 四级 only says across how many tiers)
    return any(c.group("cls") != "级" for c in _COUNT.finditer(text, floor, pos))


_SECOND_COUNT = re.compile(rf"(?:\d{{1,5}}|{CN_NUMBER_PATTERN}|一)(?:{_CLASSIFIERS})")  # (一个服务 too)
_SECOND_COUNT_TO_COLON = re.compile(r"[^,;。:!?\n]{1,12}?:")


def _mixed_announcement(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """Two counts of different things announcing one list: 抓好两项改革、一个服务：A改革、B改革、C改革. The
    items ending like the first count's noun are its members; more of them than it states is a miscount
    (fewer may be items named otherwise, and stay unchecked)."""
    joint = m.end() + len(count.noun)
    second = _SECOND_COUNT.match(text, joint + 1)
    if second is None:
        return None
    to_colon = _SECOND_COUNT_TO_COLON.match(text, second.end())
    if to_colon is None:
        return None
    start = to_colon.end()
    end = clause_end(text, start)
    items = dun_list(text, start, end) if end is not None else None
    if items is None or items.open_ended or len(count.noun) < 2:
        return None
    own = [(s, e) for s, e in items.items if _same_kind(text, ItemList(((s, e),), frozenset({1})), count.noun)]
    if len(own) < 2 or len(own) < count.value:
        return None
    outcome = Outcome.CONSISTENT if len(own) == count.value else Outcome.INCONSISTENT
    return _relation(ctx, count, ItemList(tuple(own), frozenset({len(own)})), outcome, sample=False, before=False)


# A predicate between a count and the colon of its list may hold a 、 (以下7个项目实现当年签约、当年开工：),
# never a figure or another count (新认定5家企业、两个平台：… announces two sets).
_INTRO_DUN_TO_COLON = re.compile(r"(?P<phrase>[^,:;。!?()\n\d—“”]{0,30}?)(?P<intro>:)(?P<word>)")


# A clause after the count's own that announces the list (共有5个项目符合条件，现予以公示：A、B…).
_ANNOUNCING = "公示|通报|公布|表彰|如下|名单"
_ANNOUNCING_WORD = re.compile(_ANNOUNCING)
_INTRO_ANNOUNCED = re.compile(
    rf"(?P<phrase>[^,:;。!?()\n、\d—]{{0,24}}?),[^,:;。!?()\n\d、]{{0,10}}?(?:{_ANNOUNCING})[^,:;。!?()\n\d、]{{0,6}}?"
    r"(?P<intro>:)(?P<word>)"
)


def _intro(text: str, pos: int) -> re.Match[str] | None:
    """The phrase after a count and what opens its list; the phrase may hold a threshold in figures
    (四个10亿元以上重大项目，分别为：) only when a figure stands in it (the slower pattern is then tried),
    and a 、 only when a colon closes it."""
    intro = _INTRO.match(text, pos)
    if intro is None and _DIGIT.search(text, pos, pos + 31):
        intro = _INTRO_OVER_THRESHOLD.match(text, pos)
    if intro is None and text.find("、", pos, pos + 31) >= 0:
        intro = _INTRO_DUN_TO_COLON.match(text, pos)
        if intro is not None and _SECOND_COUNT.search(text, pos, intro.start("intro")):
            intro = None
    if intro is None:
        colon = text.find(":", pos, pos + 48)
        comma = text.find(",", pos, colon) if colon >= 0 else -1
        if comma >= 0 and _ANNOUNCING_WORD.search(text, comma, colon):
            intro = _INTRO_ANNOUNCED.match(text, pos)
    return intro


def _list_below_heading(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """A count that closes its line (in brackets, or after 共), with the items on the lines below:
    numbered lines (1. / （1） / ①) or, unnumbered, three or more short lines."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    if m.start() - line_start > _HEADING_LONGEST or "。" in text[line_start : m.start()]:
        return None
    lead = text[max(line_start, m.start() - 4) : m.start()]
    if _HEADING_BRACKET_BEFORE.search(lead):
        tail = _HEADING_END_BRACKET.match(text, m.end())
    elif _HEADING_TOTAL_BEFORE.search(lead):
        tail = _HEADING_END_PLAIN.match(text, m.end())
    else:
        return None
    if tail is None and not count.named and _HEADING_BRACKET_BEFORE.search(lead):
        # 附表：…（计8项） 序号 项目 完成情况 ；1 老旧小区改造 已完成 ；2 …: the rows flattened onto the
        # caption's line, each opened by its number after ；
        close = _HEADING_CLOSE_BRACKET.match(text, m.end())
        rows = _inline_rows(text, close.end()) if close else None
        if rows is None:
            return None
        total = _HEADING_TOTAL_BEFORE.search(lead)
        if total:
            count = replace(count, start=m.start() - len(total.group()))
        return _judge_after(ctx, text, count, rows, "", may_continue=False)
    if tail is None or count.named:
        return None
    total = _HEADING_TOTAL_BEFORE.search(lead)
    if total:
        count = replace(count, start=m.start() - len(total.group()))  # （共7个）: the quote includes 共
    first = first_marker(text, tail.end())
    if first:
        relation = _series_relation(ctx, text, count, first)
        if relation is not None and relation.outcome is Outcome.INCONSISTENT and not _name_lines(text, relation):
            relation.outcome = Outcome.NOT_CHECKABLE  # 重点项目（共12个）⏎1. 产业项目：A、B…: groups, not members
        return relation
    items = numbered_rows(text, tail.end()) or _name_lines_below(text, tail.end())
    if items is None or any(_has_top_level_mark(text, s, e) for s, e in items.items) or _list_continued_after(text, items):
        return None
    return _judge_after(ctx, text, count, items, "", may_continue=False)


_HEADING_CLOSE_BRACKET = re.compile(r"[\u4e00-\u9fff]{0,6}\)")
_INLINE_ROW = re.compile(r"[ \t\u3000]*(?P<n>\d{1,3})[ \t\u3000|]+(?P<cell>[^ \t\u3000|;]+)")


def _inline_rows(text: str, start: int, max_rows: int = 500) -> ItemList | None:
    """Table rows written on one line after a caption, separated by ；and numbered 1, 2, … n from the
    first row (a header before the first ；is skipped); each item is the row's first cell."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    first = text.find(";", start, line_end)
    if first < 0 or first - start > 60 or _DIGIT.search(text, start, first):
        return None  # (the header holds no figure: 序号 项目 完成情况)
    items: list[tuple[int, int]] = []
    pos = first + 1
    while pos < line_end and len(items) < max_rows:
        row = _INLINE_ROW.match(text, pos, line_end)
        if row is None or int(row.group("n")) != len(items) + 1:
            break
        items.append((row.start("cell"), row.end("cell")))
        nxt = text.find(";", row.end(), line_end)
        if nxt < 0:
            pos = line_end
            break
        pos = nxt + 1
    if len(items) < 2 or pos < line_end:
        return None  # every ；-part after the header is a numbered row, to the end of the line
    return ItemList(tuple(items), frozenset({len(items)}))


# what opens the text after a list when the list was not all of them: 另有2个…, （其余9个项目略）, 详见附件
_MORE_AFTER_LIST = re.compile(r"[\s。;,)）]*[(（]?(?:另有|另外|此外|还有|其余|其他|其它|以及|详见|见附|略)")


def _list_continued_after(text: str, items: ItemList) -> bool:
    """Whether the line or sentence after a list's last item says the list is not complete."""
    end = items.items[-1][1]
    line_end = text.find("\n", end, end + 200)
    end = line_end if line_end >= 0 else end  # (a table row or a list line: what follows its line)
    return bool(_MORE_AFTER_LIST.match(text, end, min(len(text), end + 40)))


def _name_lines_below(text: str, start: int) -> ItemList | None:
    """Short unnumbered lines below a heading, up to the first that is a sentence (ends with 。)."""
    items = line_list(text, start)
    if items is None:
        return None
    kept = []
    for s, e in items.items:
        if text.startswith("。", e):
            break
        kept.append((s, e))
    return ItemList(tuple(kept), frozenset({len(kept)})) if len(kept) >= 3 else None


def _rows_hold_counts(text: str, rows: ItemList, count: StatedCount) -> bool:
    """Whether a table row below a count states a number of the count's classifier (工业项目 5个)."""
    classifier = count.measure(text)
    pattern = re.compile(rf"\d\s*{re.escape(classifier)}")
    for s, _ in rows.items:
        line_end = text.find("\n", s)
        if pattern.search(text, s, len(text) if line_end < 0 else line_end):
            return True
    return False


def _has_top_level_mark(text: str, start: int, end: int) -> bool:
    """A 、/：/；/， in an item line outside brackets: the line lists or describes several things."""
    parts = split_top_level(text, start, end, separators="、:;,")
    return parts is None or len(parts) > 1


def _name_lines(text: str, relation: Relation) -> bool:
    """Whether each numbered line below a heading holds one name (东湖村, 华兴科技有限公司): short, no
    list or colon inside, no figure of its own."""
    for _, s, e in relation.related:
        line_end = text.find("\n", e)
        line_end = len(text) if line_end < 0 else line_end
        line_start, line_end = e, line_end
        line = text[line_start:line_end].strip()
        if not line or len(line) > 30 or _DIGIT.search(line) or _has_top_level_mark(text, line_start, line_end):
            return False
    return True


# A count in an outline heading, its items the sub-headings right below: 三、抓好四项重点工作⏎（一）…⏎（二）…
# / （二）推进五项改革⏎1.…⏎2.… (the heading opens with its own marker and closes with the counted noun).
_OUTLINE_HEADING_LEAD = re.compile(
    r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十]{1,3}\)|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))"
    r"[^\n。;,:!?、\d]{0,20}"
)
_OUTLINE_HEADING_REST = re.compile(r"[\u4e00-\u9fff]{0,10}[ \t\u3000]*(?=\r?\n)")
_SUB_HEADING_STYLES = frozenset({"paren_cn", "arabic", "paren_ar", "half_paren", "circled"})


def _series_below_heading(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """The sub-headings below an outline heading that states a count (三、抓好四项重点工作⏎（一）招商引资⏎…):
    the series of the next line's marker 1, of a lower level than the heading's own marker."""
    if count.named:
        return None
    line_start = text.rfind("\n", 0, m.start()) + 1
    lead = _OUTLINE_HEADING_LEAD.fullmatch(text, line_start, m.start())
    rest = _OUTLINE_HEADING_REST.match(text, m.end()) if lead else None
    if rest is None:
        return None
    first = first_marker(text, rest.end())
    if first is None or first.style not in _SUB_HEADING_STYLES or not _line_opens(text, first.start):
        return None
    own = line_start + len(text[line_start : m.start()]) - len(text[line_start : m.start()].lstrip(" \t\u3000"))
    if markers_between(text, first.style, own, own + 1):
        return None  # the same kind of marker as the heading's own: a sibling, not a sub-heading
    return _series_relation(ctx, text, count, first)


def _list_after(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    if "\n" in text[m.end() : m.end() + 12] or text.startswith(")", m.end()):
        below = _list_below_heading(ctx, text, m, count) or _series_below_heading(ctx, text, m, count)
        if below is not None:
            return below
    if text.startswith(("、", "和", "及", "与"), m.end() + len(count.noun)) and count.noun:
        mixed = _mixed_announcement(ctx, text, m, count)
        if mixed is not None:
            return mixed
    after_noun = m.end() + len(count.noun)
    attached = _ATTACHED_NOTE.match(text, after_noun) if text.startswith("(", after_noun) else None
    if attached is not None and not count.named:
        return _list_attached(ctx, text, count, attached.end())
    intro = _intro(text, m.end())
    if intro is not None and intro.group("intro") == "(":
        # 走访8个村（社区）：A村、B社区… / 七个乡镇（街道）被评为…，分别是：A、B…: a bracketed alias of the counted
        # noun is read through, then the list's own opener
        alias = _ALIAS_BRACKET.match(text, intro.end())
        again = _intro(text, alias.end()) if alias else None
        if again is not None and again.group("intro") not in ("(", ","):
            intro = again
    if intro is None:
        after_noun = m.end() + len(count.noun)
        if text.startswith(",其中", after_noun):
            return _grouped_members(ctx, text, m, count, after_noun + 3)
        return _titles_issued(ctx, text, count, after_noun + 1) if text.startswith(",", after_noun) else None
    if intro.group("intro") == "," and not intro.group("word"):
        # 聚焦三个重点，一是…，二是…: a comma opens only an outline series of 一是/第一/①
        if _count_just_before(text, m.start()):
            return None
        first = first_marker(text, intro.end())
        if first and first.style in _COMMA_SERIES_STYLES:
            return _series_relation(ctx, text, count, first)
        return None
    if _count_just_before(text, m.start()):
        return None  # 5个方面10项工作：一是…: two counts, and the list may follow either
    kind = intro.group("intro")
    word = intro.group("word") or ""
    start = intro.end()
    if not count.noun and _DIGIT.match(text, m.end()):
        # 四个10亿元以上重大项目: the quote runs on over the threshold to the counted noun
        count = replace(count, end=m.end() + min(len(intro.group("phrase")), 12))
    pronoun = _NEXT_SENTENCE_INTRO.match(text, start) if kind == "。" and len(intro.group("phrase")) <= 8 else None
    if pronoun is not None:
        # 建成五所学校。它们是：A、B、C: the next sentence opens with the list, pointing back at the count
        kind, word, start = ":", "即", pronoun.end()
    if kind == "。":
        first = None
        if count.start == m.start():
            # 全年完成两项改革。一是…，二是…: a sentence closed by its counted noun, the next opening an
            # inline series of 一是/第一/①/其一 (headings below, 一、, may be about anything)
            # (the noun short and no list before the count, which it might close: 从A和B两方面采取措施。)
            closed = 0 < len(count.noun) <= 6 and intro.group("phrase") == count.noun
            lead = clause_start(text, m.start())
            closes_a_list = lead is None or _LIST_MARKS_BEFORE.search(text, lead, m.start()) is not None
            first = first_marker(text, start) if closed and not closes_a_list else None
            if not (first and first.style in _COMMA_SERIES_STYLES):
                return None  # otherwise only 以下/如下 + count + 。 announces the outline that follows
        first = first or first_marker(text, start)
        return _series_relation(ctx, text, count, first) if first else None
    if kind == "——":
        return _dash_list(ctx, text, count, start)
    if kind == "(":
        # 3个工作组（综合组、宣传组、督导组）, but not 28个省（区、市） or 29所（含技师、技工学校）
        if len(intro.group("phrase")) > 8 or text.startswith(_NOT_A_LIST_START, start):
            return None
        end = clause_end(text, start, window=300, boundaries=frozenset())
        if end is None or end >= len(text) or text[end] != ")":
            return None
        items = dun_list(text, start, end)
        # 城市道路四条（文昌路、滨河东路…）: the counted noun may stand before the number
        noun = count.noun or _noun_before(text, m.start())
        organisations = count.measure(text) in _ORGANISATION_CLASSIFIERS
        if items is None or not (_same_kind(text, items, noun, strict=True) or _bracketed_names(text, items, organisations)):
            return None
        if not count.noun:
            count = replace(count, start=m.start() - len(noun))
        return _judge_after(ctx, text, count, items, word, may_continue=False)
    line_items = line_list(text, start) if kind == ":" or _ends_with_colon(intro) else None
    while start < len(text) and text[start].isspace():
        start += 1
    if text.startswith("其中", start) and kind == ":":
        return _grouped_members(ctx, text, m, count, start + 2)
    if text.startswith(_NOT_A_LIST_START, start):
        return None
    first = first_marker(text, start)
    if first:
        return _series_relation(ctx, text, count, first)
    rows = numbered_rows(text, intro.end()) if kind == ":" or _ends_with_colon(intro) else None
    if rows is not None and (_rows_hold_counts(text, rows, count) or _list_continued_after(text, rows)):
        return None  # 9个项目，如下：⏎1 工业项目 5个⏎2 …: groups with their own counts, not the members
    if rows is not None:
        # 7个项目…，具体如下：⏎序号 项目名称 总投资⏎1 …⏎6 …: a table below, one numbered row per item
        return _judge_after(ctx, text, count, rows, word, may_continue=False)
    if text.startswith("首先", start):
        return _ordinal_series(ctx, text, count, start)
    if _FIRST_OF_SEVERAL.match(text, start):
        return None  # 两个方面：一方面是教育、科学、文化…: the list belongs to the first aspect
    end = clause_end(text, start)
    if end is None:
        return None
    if kind == ":" and text.startswith(",", end) and _HAN_RUN.fullmatch(text, start, start + 2) and text.startswith(text[start : start + 2], end + 1):
        # 打好“四场硬仗”：打好A攻坚战，打好B突破战，打好C持久战，以…: one clause per item, each opened alike
        parallel = _parallel_clauses(text, start)
        if parallel is not None:
            return _judge_after(ctx, text, count, parallel, word, may_continue=False)
    items = dun_list(text, start, end) or _named_pair(text, start, end) or title_run(text, start, end)
    if items is None and text.startswith(";", end):
        items = semicolon_list(text, start)
    if items is None and kind == ":" and not count.fixed and _semicolon_sentence(text, start):
        # “三个突破”：在A上实现突破，…；在B上实现突破，…。 items holding commas, one per ；
        items = semicolon_list(text, start)
        if items is not None:
            heads = tuple((s, clause_end(text, s, window=e - s + 1, boundaries=frozenset(",，")) or e) for s, e in items.items)
            items = ItemList(tuple((s, min(h, e)) for (s, e), (_, h) in zip(items.items, heads)), items.counts, items.open_ended)
            return _judge_after(ctx, text, count, items, word, may_continue=False)
    if items is None and (kind == ":" or word.rstrip(":") in _EXHAUSTIVE_INTRO_WORDS) and text.startswith(",", end):
        items = comma_list(text, start) or _person_names(text, count, start)
        if items is not None:
            items = _clause_subjects(text, items)
            return _judge_after(ctx, text, count, items, word, may_continue=False)
    if items is None and kind == ":" and text.startswith(",", end) and count.noun.endswith(_DEED_NOUNS):
        # 七件民生实事全部办结：新增学位2642个，改造危房149户，…: one clause per deed, each with its figure
        items = figure_clauses(text, start)
        if items is not None:
            return _judge_after(ctx, text, count, items, word, may_continue=False, figures_named=True)
    if items is None and line_items is not None:
        return _judge_after(ctx, text, count, line_items, word, may_continue=False)
    if items is None:
        return None
    items = _counted_by_last_item(text, items)
    if word in _ONE_TO_ONE_DATES and _DIGIT.match(text, items.items[0][0]):
        dates = _dates(text, items)
        if dates is None:
            return None  # 分别在3个园区…: figures that are not dates
        # 召开4次常务会议，分别于1月、3月、5月召开: one date per event counted
        return _judge_after(ctx, text, count, dates, "即", may_continue=False, figures_named=True, dates=True)
    if word == "涉及" and not (intro.group("intro").startswith(",") and _same_kind(text, items, count.noun)):
        return None  # 检查3家企业，涉及环保、安全、消防等问题: what the counted things involve, not them
    if (word in _BELOW_WORDS or pronoun is not None) and _list_continued_after(text, items):
        return None  # 内设机构8个，具体如下：A、B…F。另有…: the list goes on in the next sentence
    if word in _ONE_TO_ONE_PLACES and not _places(text, items):
        return None  # 3个项目分别在城东、城西开工: too few or unlike places to pair with the things counted
    return _judge_after(ctx, text, count, items, word, may_continue=_list_goes_on(text, items, end))


_SUBJECTS = re.compile(
    rf"(?:[\u4e00-\u9fffA-Za-z]{{2,10}}?、)*[\u4e00-\u9fffA-Za-z]{{2,10}}?(?={alternation(('counts', 'subject_predicate_openers'))})"
)


def _clause_subjects(text: str, items: ItemList) -> ItemList:
    """Clauses after a count's colon, each naming its subjects before a shared kind of predicate (4家上市企业：A在深交所
    上市，B、C在上交所上市): a clause whose subject is a 、 list names several members; the members are then the
    items counted (A、B、C). When a clause names no subject before such a word, or no clause holds a 、 list of
    subjects, the clauses are the items, as read."""
    if "、" not in text[items.items[0][0] : items.items[-1][1]]:
        return items
    names: list[tuple[int, int]] = []
    for s, e in items.items:
        m = _SUBJECTS.match(text, s, e)
        if m is None:
            return items  # a clause of another shape: the clauses are what is listed
        at = s
        for part in text[s : m.end()].split("、"):
            names.append((at, at + len(part)))
            at += len(part) + 1
    if len(names) == len(items.items):
        return items
    return ItemList(tuple(names), frozenset({len(names)}), items.open_ended)


def _parallel_clauses(text: str, start: int) -> ItemList | None:
    """Clauses after a colon that open with the same two characters (抓好A，抓好B，抓好C), up to the end of
    the sentence or to a clause of another shape. A clause opened otherwise may still be an item (…，做好D),
    so the series is closed only when its clauses end alike and the next one does not (…攻坚战，…突破战，
    …持久战，以硬仗硬作风推动…), or when the sentence ends with it."""
    end = clause_end(text, start, window=600, boundaries=frozenset("。\n\r!?;"))
    parts = split_top_level(text, start, end, separators=",") if end is not None else None
    if parts is None:
        return None
    opener = text[start : start + 2]
    run: list[tuple[int, int]] = []
    for s, e in parts:
        if not text.startswith(opener, s) or not 4 <= e - s <= 30:
            break
        run.append((s, e))
    if len(run) < 2:
        return None
    if len(run) < len(parts):
        ends = {text[e - 1] for _, e in run}
        next_s, next_e = parts[len(run)]
        if len(ends) != 1 or text[next_e - 1] in ends or next_e - next_s < 4:
            return None
    return ItemList(tuple(run), frozenset({len(run)}))


# a group heading before its members: 工业项目有A、B / 制造业企业为A、B / 民生项目：A、B
_GROUP_HEAD = re.compile(r"\s*(?P<label>[\u4e00-\u9fff]{2,10}?)(?:有|为|是|包括|:)(?![了的否])")
# a group closed by its category: 华宇机械、恒通电子为国家级 / 新港物流和顺达商贸是省级
_GROUP_TAIL = re.compile(r"(?:为|是|属于|系)(?P<label>[\u4e00-\u9fff]{1,8})")
_TOTAL_WORD_BEFORE = re.compile(r"(?:的)?(?:共计|总计|合计|共)$")


def _grouped_members(ctx, text: str, m: re.Match[str], count: StatedCount, start: int) -> Relation | None:
    """A total whose members are named group by group after 其中: 列入省重点项目的共9个，其中：工业项目有A、B、
    C；基础设施项目有D、E；民生项目有F、G、H. Each ；-group opens with a label of the counted kind (项目 …
    项目) and 有/为/是/：, then plain names; the names of all groups are the members. With 其中 a list
    may leave members out, so a count above the names by more than two stays unchecked."""
    if count.named:
        return None
    total_word = _TOTAL_WORD_BEFORE.search(text, max(0, m.start() - 4), m.start())
    noun = count.noun or _noun_before(text, total_word.start() if total_word else m.start())
    if not noun:
        return None
    while start < len(text) and text[start] in ": \t":
        start += 1
    end = clause_end(text, start, window=1500, boundaries=frozenset("。\n\r!?"))
    parts = split_top_level(text, start, end, separators=";") if end is not None else None
    if parts is not None and len(parts) < 2:
        parts = split_top_level(text, start, end, separators=",")  # 工业项目有A、B，城建项目有C、D
    if parts is None or len(parts) < 2:
        return None
    spans: list[tuple[int, int]] = []
    fewest = most = 0
    open_ended = False
    for s, e in parts:
        comma = clause_end(text, s, window=e - s + 1, boundaries=frozenset(","))
        e = min(e, comma) if comma is not None else e
        head = _GROUP_HEAD.match(text, s, e)
        tail = _GROUP_TAIL.search(text, s, e) if head is None else None
        if head is not None and head.group("label")[-1] == noun[-1]:
            names_start, names_end = head.end(), e
        elif tail is not None and tail.end() == e:
            names_start, names_end = s, tail.start()  # 华宇、恒通为国家级，新港、顺达为省级
        else:
            return None
        members = dun_list(text, names_start, names_end) or _named_pair(text, names_start, names_end)
        if members is None:
            if not 2 <= names_end - names_start <= 20 or _DIGIT.search(text, names_start, names_end):
                return None
            single_open = text.endswith("等", names_start, names_end)
            members = ItemList(((names_start, names_end),), frozenset({1}), single_open)
        if any("的" in text[a:b] or b - a > 20 or _VERB_IN_ITEM.search(text, a, b) for a, b in members.items):
            return None
        if any(_DIGIT.match(text, a) and not _figure_name(text, a, b) for a, b in members.items):
            return None
        spans.extend(members.items)
        fewest += members.fewest
        most += members.most
        open_ended = open_ended or members.open_ended
    classifier = count.measure(text)
    if any(_ends_with_value(text, a, b, classifier) for a, b in spans):
        return None  # 工业项目有6个: groups with their own figures (DC201), not names
    if total_word:
        count = replace(count, start=m.start() - len(total_word.group().lstrip("的")))
    items = ItemList(tuple(spans), frozenset(range(fewest, most + 1)), open_ended)
    if open_ended:
        outcome = Outcome.CONSISTENT if count.value >= fewest else Outcome.INCONSISTENT
    elif count.value in items.counts:
        outcome = Outcome.CONSISTENT
    elif count.value > most + 2:
        outcome = Outcome.NOT_CHECKABLE
    else:
        outcome = Outcome.INCONSISTENT
    return _relation(ctx, count, items, outcome, open_ended, before=False)


_LIST_MARKS_BEFORE = re.compile("[、和与及]")
_LABEL_REACH = 300
_LABEL_OPENS_AFTER = frozenset("。;\n")


def _labelled_list(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """The counted noun repeated later as the label of its list: 共表彰先进集体6个、先进个人4名。先进集体：A、B、
    C、D、E；先进个人：…. The label opens a sentence, a ；-part or a line within the next 300 characters and is
    the noun as written (two characters or more); its 、-list runs to the next ；, 。 or line end."""
    noun = count.noun or _noun_before(text, m.start())
    for k in range(len(noun), 1, -1):
        label = noun[-k:] + ":"
        at = text.find(label, m.end(), m.end() + _LABEL_REACH)
        if at < 0 or text[at - 1] not in _LABEL_OPENS_AFTER:
            continue
        start = at + len(label)
        end = clause_end(text, start, window=400, boundaries=frozenset(";。\n\r!?"))
        items = dun_list(text, start, end) if end is not None else None
        if items is None or any(_DIGIT.search(text, s, e) or e - s > 20 for s, e in items.items):
            return None
        if not count.noun:
            count = replace(count, start=m.start() - len(noun[-k:]))
        return _judge_after(ctx, text, count, items, "", may_continue=False)
    return None
# A count whose members are attached below (园区共有入驻企业8家（名单附后）。… 附：入驻企业名单 ⏎ 1.…).
_ATTACHED_NOTE = re.compile(r"\((?:具体)?(?:名单|明细|清单|详细情况)?(?:附后|见附件\d?|详见附件\d?|见附表\d?|详见附表\d?)\)")
_ATTACHMENT_TITLE = re.compile(r"[ \t\u3000]*附(?:件\d?|表\d?)?[:：]?[^\n。]{0,30}\n")


def _list_attached(ctx, text: str, count: StatedCount, pos: int) -> Relation | None:
    """The members listed under the attachment title that the count points to: the first line opening
    with 附/附件/附表 within the next 600 characters, then numbered lines, table rows or short name lines."""
    for line in re.finditer(r"\n", text[pos : pos + 600]):
        start = pos + line.end()
        title = _ATTACHMENT_TITLE.match(text, start)
        if title is None:
            continue
        first = first_marker(text, title.end())
        if first:
            relation = _series_relation(ctx, text, count, first)
            if relation is not None and relation.outcome is Outcome.INCONSISTENT and not _name_lines(text, relation):
                relation.outcome = Outcome.NOT_CHECKABLE
            return relation
        items = numbered_rows(text, title.end() - 1) or _name_lines_below(text, title.end() - 1)
        return _judge_after(ctx, text, count, items, "", may_continue=False) if items is not None else None
    return None
_PLACE_ENDS = tuple(_KINDS[-1][0]) + ("园", "园区", "小区", "片区", "开发区", "新区", "高新区")


def _places(text: str, items: ItemList) -> bool:
    """Three or more short place names of one shape (城关镇、柳河镇、石桥镇 / 东街社区、南关村), as the
    places 分别位于/分别设在 pairs one by one with the things counted."""
    names = [text[s:e] for s, e in items.items]
    if len(names) < 3 or items.open_ended or any(not 2 <= len(name) <= 12 or not _HAN.fullmatch(name[-1]) for name in names):
        return False
    if len({name[-1] for name in names}) == 1 or all(name.endswith(_PLACE_ENDS) for name in names):
        return True
    # 城关、河西、东岗、西苑社区: the kind of place written once, on the last name, for all of them
    *bare, last = names
    suffix = next((end for end in _PLACE_ENDS if last.endswith(end)), None)
    return suffix is not None and 2 <= len(last) - len(suffix) <= 4 and all(
        2 <= len(name) <= 4 and _HAN_RUN.fullmatch(name) and not name.endswith(_PLACE_ENDS) for name in bare
    )


_PERSON_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def _person_names(text: str, count: StatedCount, start: int) -> ItemList | None:
    """People counted by 名/位/人 and named with commas up to the sentence end: 评选出4名先进个人：张建国，
    李红梅，王志强。 (every item a name of two or three characters)."""
    if count.measure(text) not in "名位人":
        return None
    end = clause_end(text, start, window=200, boundaries=frozenset("。;\n\r!?"))
    parts = split_top_level(text, start, end, separators=",") if end is not None else None
    if parts is None or len(parts) < 2 or not text.startswith(("。", ";", "\n"), end):
        return None
    if any(_PERSON_NAME.fullmatch(text, s, e) is None for s, e in parts):
        return None
    return ItemList(tuple(parts), frozenset({len(parts)}))


def _dash_list(ctx, text: str, count: StatedCount, start: int) -> Relation | None:
    """Names after a dash that the count announces: 新建的4条通村公路——柳湾路、石桥路、杏林路均已建成通车 /
    两个村——桃源村、溪口村、上庄村，正加快…. The predicate that follows the last name is cut off
    (均已建成通车); the names must be of the counted kind (路 for 公路, 村 for 村)."""
    end = clause_end(text, start)
    if end is None or not count.noun or count.named:
        return None
    closing = text.find("——", start, end)
    if closing > start:
        # 三大主导产业——装备制造、新材料、生物医药——实现产值…: an appositive between two dashes is
        # exactly the members counted
        items = dun_list(text, start, closing)
        if items is None or items.open_ended or any(_DIGIT.search(text, s, e) for s, e in items.items):
            return None
        return _judge_after(ctx, text, count, items, "即", may_continue=False)
    items = dun_list(text, start, end)
    if items is None:
        return None
    last_s, last_e = items.items[-1]
    stops = [m.start() for m in (_NOUN_ENDS_AT.search(text, last_s + 2, last_e), _VERB_IN_ITEM.search(text, last_s + 2, last_e)) if m]
    if stops:
        items = ItemList((*items.items[:-1], (last_s, min(stops))), items.counts, items.open_ended)
    big_set = text.startswith("大", count.number_end)  # 两大主导产业——A、B、C: a 大 set names its members
    if not (big_set or _same_kind(text, items, count.noun)) or any(_DIGIT.search(text, s, e) for s, e in items.items):
        return None
    return _judge_after(ctx, text, count, items, "即", may_continue=False)


# ordinal words that open the later items of a 首先… series, at the start of a clause
_ORDINAL_NEXT = re.compile(r"(?<=[,;。:\s])(?:其次|再次|再者|第三|然后|最后)")


def _ordinal_series(ctx, text: str, count: StatedCount, start: int) -> Relation | None:
    """三个方面：首先是稳增长，其次是抓项目，再次是优环境，最后是保民生: one item per ordinal word, the
    series closed by 最后 within the paragraph (without 最后 the series may go on in another form)."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    markers = [(start, start + 2)]
    for m in _ORDINAL_NEXT.finditer(text, start + 2, min(end, start + 1500)):
        markers.append((m.start(), m.end()))
        if m.group() == "最后":
            break
    else:
        return None
    n = len(markers)
    items = ItemList(tuple(markers), frozenset({n}))
    outcome = Outcome.CONSISTENT if n == count.value else Outcome.INCONSISTENT
    return _relation(ctx, count, items, outcome, sample=False, before=False, markers=True)


# a verb issuing documents, with its adverbs, that opens the clause after a count of documents
_ISSUING_VERB = re.compile(r"(?:先后|相继|陆续|分别|同步|已经|已|并|还|又|共|均)?(?:出台|制定|印发|修订|发布|编制|起草|建立)(?:完善|实施)?了?")


def _titles_issued(ctx, text: str, count: StatedCount, start: int) -> Relation | None:
    """Book titles issued in the clause after a count of documents: 建立健全四项制度，先后出台了《A制度》
    《B制度》《C制度》. The titles must fill the clause and end like the counted noun (制度 … 制度》)."""
    if count.named or not count.noun:
        return None
    verb = _ISSUING_VERB.match(text, start)
    if verb is None or not text.startswith("《", verb.end()):
        return None
    end = clause_end(text, verb.end())
    items = title_run(text, verb.end(), end) if end is not None else None
    if items is None or any(text[e - 2] != count.noun[-1] for _, e in items.items):
        return None
    return _judge_after(ctx, text, count, items, "即", may_continue=False)


def _counted_by_last_item(text: str, items: ItemList) -> ItemList:
    """A list whose last item states its own number (新能源汽车及零部件、高端装备制造、电子信息三大集群产值…):
    when the conjunction left two readings, the stated number settles which one is meant."""
    if len(items.counts) < 2:
        return items
    last_s, last_e = items.items[-1]
    m = _COUNT.search(text, last_s, last_e)
    if m is None:
        return items
    num = _count_number(m)[0]
    value = int(num) if num.isdigit() else chinese_number(num)
    if value not in items.counts:
        return items
    return ItemList(items.items, frozenset({value}), items.open_ended)


# A verb right after the counted noun that introduces its members: 两家企业为A、B / 3个项目是A和B /
# 2个园区有A园、B园 / 4个乡镇涉及A镇、B镇 (not 为了/为主/是否/有效/有序…).
_VERB_INTRO = re.compile(r"(?P<word>为|是|有|涉及)(?![了主的否要在以由何其效关序力利助着过所望限机望益])(?::)?")
# Words that make 为 a preposition (3家企业为园区发展、产业升级作出贡献) or the list a predicate.
_PREDICATE_IN_ITEM = re.compile(
    "提供|做出|作出|服务|打下|奠定|创造|注入|搭建|贡献|保障|支撑|助力|带来|赢得|发挥|起到|树立|增添|开辟|"
    "重点|主力|骨干|龙头|标杆|示范|典型|代表|排头兵|领头羊|主体|核心|关键|基础"
)
# Count nouns whose members are named things (companies, projects, places, facilities).
# Items that are categories, not members: 3家企业为高新技术企业和专精特新企业 (each is both).
_CATEGORY_ITEM = re.compile(
    "^(?:国家|省|市|县|区)(?:级|重点|属)|重点|示范|龙头|骨干|高新技术|专精特新|规上|规模以上|限上|上市|挂牌|"
    "续建|新建|在建|拟建|储备|小巨人|瞪羚|独角兽|单项冠军|企业$|类$|型$"
)
_ENTITY_NOUN_ENDS = words("counts", "entity_noun_ends")
_ORGANISATION_CLASSIFIERS = frozenset(words("counts", "organisation_classifiers"))


def _list_after_verb(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """The counted noun followed by 为/是/有/涉及 and its members: 新认定的两家示范企业为A、B、C.

    These verbs also open predicates (3家企业为园区发展、产业升级作出贡献; 5家企业为国家级、省级专精
    特新企业), so the members must be short plain names: no 的, no verb, no number, no modifier list
    sharing the last item's head. 有/涉及 also need names of the counted kind and only say "at least".
    """
    noun = count.noun
    if not noun or count.named:
        return None
    intro = _VERB_INTRO.match(text, m.end() + len(noun))
    if intro is None:
        return None
    word = intro.group("word")
    start = intro.end()
    end = clause_end(text, start)
    if end is None:
        return None
    items = dun_list(text, start, end) or _named_pair(text, start, end)
    if items is None or not _plain_names(text, items, noun):
        return None
    if word in ("有", "涉及"):
        if not _same_kind(text, items, noun):
            return None
        return _judge_after(ctx, text, count, items, "主要有", may_continue=False)
    if not (noun.endswith(_ENTITY_NOUN_ENDS) or _same_kind(text, items, noun)):
        return None
    return _judge_after(ctx, text, count, items, "即", may_continue=_list_goes_on(text, items, end))


def _plain_names(text: str, items: ItemList, noun: str) -> bool:
    names = [text[s:e] for s, e in items.items]
    if any(len(name) < 2 or len(name) > 20 for name in names):
        return False
    if any("的" in name or _DIGIT.search(name) or _PREDICATE_IN_ITEM.search(name) or _CATEGORY_ITEM.search(name) for name in names):
        return False
    if any(_has_predicate(text, s, e) or _NOUN_ENDS_AT.search(text, s, e) for s, e in items.items):
        return False
    # 国家级、省级专精特新企业 / 市、县两级财政: modifiers sharing the head of the last item
    *first, last = names
    if len({name[-1] for name in names}) == 1:
        return True
    if len(last) >= max(len(name) for name in first) + 3:
        return False
    # 续建、新建项目 (12个项目为…): only the last item carries the counted noun, the others modify it
    return last[-1] != noun[-1]


def _named_pair(text: str, start: int, end: int) -> ItemList | None:
    """Two names joined by 和/及/与 (A项目和B项目), unless they are categories (续建项目和新建项目)."""
    pair = conjunction_pair(text, start, end)
    if pair is None or any(_CATEGORY_ITEM.search(text[s:e]) for s, e in pair.items):
        return None
    return pair


def _list_goes_on(text: str, items: ItemList, end: int) -> bool:
    """Whether the clause after a list's comma continues it (七个有之：…的有之，…、…的有之)."""
    if not text.startswith(",", end):
        return False
    following_end = clause_end(text, end + 1)
    if following_end is None:
        return True
    following = text[end + 1 : following_end]
    if following.startswith(_REFERS_BACK):
        return False  # …民生实事保障工程，每项工程明确一名县级领导牵头、…: the clause speaks of the items
    last_s, last_e = items.items[-1]
    # (a 、 inside quotes or brackets, 实现“就近办、一次办”, joins no item to the list)
    parts = split_top_level(text, end + 1, following_end) if "、" in following else None
    return (parts is None and "、" in following) or (parts is not None and len(parts) > 1) or (
        len(following) >= 2 and following[-2:] == text[last_e - 2 : last_e]
    )


# what a list of deeds is counted as (七件民生实事, 十项重点任务, 五大工程): each deed is one clause
_DEED_NOUNS = words("counts", "deed_nouns")
# a next marker with nothing after it: the paragraph stops where its item should begin
_CUT_OFF_MARKER = re.compile(r"[;；,，。\s](?:[一二三四五六七八九十]{1,3}是|第[一二三四五六七八九十]{1,3}|\(?[一二三四五六七八九十\d]{1,3}[)、.]|[①-⑳])[:：,，]?\s*$")
_REFERS_BACK = ("每", "各", "均", "这", "上述", "以上", "其中", "都")


def _semicolon_sentence(text: str, start: int) -> bool:
    """Does the sentence from ``start`` split at top-level ；into items that each open alike
    (在…上实现突破，… ；在…上实现突破，…: the same first character and a shared two-character word)?"""
    end = clause_end(text, start, window=1500, boundaries=frozenset("。\n\r!?！？"))
    if end is None:
        return False
    parts = [(s, e) for s, e in (split_top_level(text, start, end, separators=";；") or [])]
    if len(parts) < 2 or any(e - s < 4 for s, e in parts):
        return False
    heads = [text[s:e].lstrip() for s, e in parts]
    if len({h[0] for h in heads}) != 1:
        return False
    first = heads[0][:40]
    return all(
        any(first[i : i + 2] in h[:40] for i in range(1, len(first) - 1) if _HAN.match(first, i) and _HAN.match(first, i + 1))
        for h in heads[1:]
    )


def _ends_with_colon(intro: re.Match[str]) -> bool:
    return intro.group("intro").endswith(":")


def _dates(text: str, items: ItemList) -> ItemList | None:
    """The items as dates, each cut after its date (5月召开 → 5月), or None unless every item opens with one."""
    spans = []
    for s, e in items.items:
        date = _DATE_ITEM.match(text, s, e)
        if date is None:
            return None
        spans.append((s, date.end()))
    return ItemList(tuple(spans), items.counts, items.open_ended)


def _judge_after(ctx, text: str, count: StatedCount, items: ItemList, word: str, *, may_continue: bool,
                 figures_named: bool = False, dates: bool = False) -> Relation | None:
    if not dates and any(_DIGIT.match(text, s) and not _figure_name(text, s, e) for s, e in items.items):
        return None  # 分别为1.2亿元、3亿元: values, not names
    classifier = count.measure(text)
    if not figures_named and any(_ends_with_value(text, s, e, classifier) for s, e in items.items):
        return None  # 共有企业120家，分别为内资企业80家、外资企业30家: parts of a total (DC201), not names
    sample = (word in _SAMPLE_INTRO_WORDS and not _complete_inclusion(text, count, items, word)) or items.open_ended
    lengths = [e - s for s, e in items.items]
    # 建立覆盖省、州、县、乡: the list starts inside the first item (not when every item closes on the same noun:
    # 年产20万套电驱系统项目、高端轴承项目、…: a long first name of the same kind)
    first_runs_on = lengths[0] > max(lengths[1:]) + 4 and not _closing_alike(text, items)
    # 即/分别是 promise every item; closing such a list with 等 short of the count is a half-finished list.
    promised = word.rstrip(":") in _EXHAUSTIVE_INTRO_WORDS and items.open_ended and count.value > items.most
    if sample:
        ok = count.value >= items.fewest and not promised
    else:
        ok = count.value in items.counts
    if ok:
        outcome = Outcome.CONSISTENT
    elif first_runs_on or (may_continue and count.value > items.most):
        outcome = Outcome.NOT_CHECKABLE
    else:
        outcome = Outcome.INCONSISTENT
    relation = _relation(
        ctx, count, items, outcome, sample and not promised, before=False, promised=word.rstrip(":") if promised else ""
    )
    if promised and outcome is Outcome.INCONSISTENT:
        relation.severity = Severity.WARNING
    return relation


def _closing_alike(text: str, items: ItemList) -> bool:
    """Three or more items that all close on the same two Han characters (…项目, …公司, …街道)."""
    if len(items.items) < 3:
        return False
    ends = {text[max(s, e - 2) : e] for s, e in items.items}
    return len(ends) == 1 and _HAN.fullmatch(next(iter(ends))[:1] or " ") is not None and len(next(iter(ends))) == 2


_PLAIN_INCLUSION_WORDS = frozenset({"包括", "包含", "涵盖", "涉及"})
_FINAL_JOINER = re.compile(r"\s*(?:以及|和|及)\s*$")


def _complete_inclusion(text: str, count: StatedCount, items: ItemList, word: str) -> bool:
    """包括 (without 主要) before a list closed by 和/及 and no 等 names all of them: 开展九次执法行动，包括
    “春雷”行动、…和“亮剑”行动 (eight). Only three or more items, and a count at most two above them (a
    count far above the list is a sample: 举办活动30场，包括A、B和C)."""
    if word not in _PLAIN_INCLUSION_WORDS or items.open_ended or len(items.items) < 3 or len(items.counts) != 1:
        return False
    (_, prev_end), (last_start, _) = items.items[-2], items.items[-1]
    return bool(_FINAL_JOINER.match(text, prev_end, last_start)) and items.most < count.value <= items.most + 2


# a name that carries its own number: 1号地块, 3标段, 2号楼, 5#厂房, 2期工程 (not 3亿元, 12个)
_NUMBERED_NAME = re.compile(r"(?<![\d.])\d{1,3}(?:号(?:楼|地块|线|厂房|泊位|码头|井)?|#|标段|期|地块)[\u4e00-\u9fa5]{0,8}$")
# a name opened by its specification in figures: 200兆瓦风电场, 120MW农光互补电站, 5GWh储能电池项目,
# 30万吨级码头 (a capacity or size, then four or more Han characters ending like a facility or project)
_SPECIFIED_NAME = re.compile(r"\d[\d.]*\s*(?:[A-Za-z]{1,4}|[万千百]?[\u4e00-\u9fff]{1,2}?)级?(?P<name>[\u4e00-\u9fff]{4,20})")


def _specified_name(text: str, start: int, end: int) -> bool:
    """An item that is a name opened by a figure of its size (200兆瓦风电场), not a value (1.2亿元)."""
    m = _SPECIFIED_NAME.match(text, start, end)
    return m is not None and m.end() == end and m.group("name").endswith(_ENTITY_NOUN_ENDS + ("电站", "项目"))


def _figure_name(text: str, start: int, end: int) -> bool:
    """A name that holds a figure: 3号地块 or 200兆瓦风电场."""
    return _NUMBERED_NAME.search(text, start, end) is not None or _specified_name(text, start, end)


def _ends_with_value(text: str, start: int, end: int, classifier: str) -> bool:
    """An item that closes with its own figure in the count's unit (内资企业80家, 外资企业三十家 after
    120家; not 污水处理厂三期 after 5个项目)."""
    tail = text[max(start, end - 16) : end].rstrip(" \t。；;，,")
    return any(q.is_value and q.end == len(tail) and q.unit == classifier for q in extract_quantities(tail))


def _series_relation(ctx, text: str, count: StatedCount, first) -> Relation | None:
    series = outline_series(text, first)
    n = len(series.markers)
    if n < 2:
        return None
    items = ItemList(series.markers, frozenset({n}))
    last_paragraph_end = text.find("\n", series.markers[-1][1])
    rest = text[series.markers[-1][1] : last_paragraph_end if last_paragraph_end >= 0 else len(text)]
    if series.broken or (count.value > n and _ENUMERATION_GOES_ON.search(rest)):
        # 四种类型：一是…二是…还有两类…一类是…另一类是: the enumeration changes form, not a miscount
        outcome = Outcome.NOT_CHECKABLE
    elif count.value > n and _CUT_OFF_MARKER.search(rest):
        # …二是月调度机制，每月通报进度；三是 (the text stops): a truncated paragraph (DC404), not a miscount
        outcome = Outcome.NOT_CHECKABLE
    else:
        outcome = Outcome.CONSISTENT if n == count.value else Outcome.INCONSISTENT
    return _relation(ctx, count, items, outcome, sample=False, before=False, markers=True)


# ---------------------------------------------------------------------------------------------
# Messages


def _relation(
    ctx,
    count: StatedCount,
    items: ItemList,
    outcome: Outcome,
    sample: bool,
    *,
    before: bool,
    markers: bool = False,
    promised: str = "",
) -> Relation:
    original = ctx.text
    quote = original[count.start : count.end]
    # With two readings (a 和 that may join one item), report the one nearest the stated count.
    listed = items.fewest if sample else min(sorted(items.counts), key=lambda n: abs(n - count.value))
    related = [(f"第{i + 1}项", s, e) for i, (s, e) in enumerate(items.items)]
    if len(related) > 4:
        related = related[:3] + related[-1:]
    message = suggestion = ""
    if outcome is Outcome.INCONSISTENT:
        preview = _preview(original, items, markers)
        gap = listed - count.value
        diff = f"多{gap}项" if gap > 0 else f"少{-gap}项"
        number = original[count.number_start : count.number_end]
        if promised:
            message = (
                f"称“{quote}”，“{promised}”后应逐一列出，但只列出了{listed}项：{preview}，"
                f"并以“等”收尾（{diff}，{count.value} − {listed} = {count.value - listed}）"
            )
        elif sample:
            where = ("“为代表”之前" if original.startswith("为代表", count.start - 4) else "“等”之前") if before else "其后"
            message = (
                f"称“{quote}”，但{where}已列出{listed}项：{preview}（{diff}）；"
                f"列举未尽时所称数量也不应少于已列出的项数（{count.value} < {listed}）"
            )
        else:
            where = "前面" if before else "其后"
            message = f"称“{quote}”，但{where}列出了{listed}项：{preview}（{diff}，{count.value} ≠ {listed}）"
        suggestion = f"核对所列项目，或将“{number}”改为“{listed}”"
    return Relation(
        kind=KIND,
        code=CODE,
        outcome=outcome,
        start=count.start,
        end=count.end,
        message=message,
        related=related,
        severity=Severity.ERROR,
        suggestion=suggestion or None,
    )


_MARKED_ITEM = re.compile(r"[^,.。;:!?，；：！？、\n\r“”]{0,12}")


def _preview(text: str, items: ItemList, markers: bool) -> str:
    if markers:
        # 一是招商攻坚行动 rather than a bare 一是: the marker with the start of its item
        names = [_shorten(text[s : _MARKED_ITEM.match(text, e).end()], 12) for s, e in items.items]
        return "、".join(names) if len(names) <= 6 else "、".join(names[:3]) + "……" + names[-1]
    names = [_shorten(text[s:e]) for s, e in items.items]
    if len(names) <= 6:
        return "、".join(names)
    return "、".join(names[:3]) + "、……、" + names[-1]


def _shorten(name: str, limit: int = 14) -> str:
    name = name.strip()
    return name if len(name) <= limit else name[: limit - 1] + "…"
