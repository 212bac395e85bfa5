"""Counts against the items enumerated beside them (DC203).

Two shapes tie a stated count to a list:

- the list comes first and the count closes it: ``甲公司、乙公司和丙公司3家企业``,
  ``电子信息、装备制造等六大产业``, ``“登高、升规、晋位、上市”四个工程``;
- the count introduces the list: ``以下20个项目：A、B……``, ``建成3个园区，分别是…``,
  ``重点抓好五个方面工作：一是…五是…``, ``(一)…(九)`` headings after ``以下9个方面的工作：``,
  ``成立3个工作组（综合组、宣传组、督导组）``, ``包括/涵盖/即`` + list.

A list closing with 等 (or introduced by 包括/涵盖/主要有) may be a sample: the count may exceed the
names, never fall short of them. Precision comes first: a count is only tied to a list that is
adjacent and clearly what is counted; fixed formulations (三个代表, 四个全面, “五个一”工程) and counts
inside quotes are never flagged, and ambiguous lists end as "not checkable".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from draftcheck.finding import Severity
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
    first_marker,
    line_list,
    numbered_rows,
    outline_series,
    quoted_run,
    semicolon_list,
    split_top_level,
    title_run,
)
from draftcheck.numbers.quantity import extract_quantities
from draftcheck.numbers.relation import Outcome, Relation
from draftcheck.text.windowed_scan import finditer_located

KIND = "count"
CODE = "DC203"

_CLASSIFIERS = "个方面|方面|个|家|项|条|所|座|类|大|名|位|种|件|处|支|款|批|点|户|只|片|台|套|次|场|轮|栋|幢|部|份|间|辆|艘"
# (A leading lookahead names the characters a match can start with: the regex engine then skips
# every other position quickly; the matches are the same.)
_COUNT = re.compile(
    r"(?=[\d一二两三四五六七八九十])(?<![\d.%第前后近约超逾余每各A-Za-z])(?<!\d,)(?<![零一二两三四五六七八九十百千万亿几多数整])"
    rf"(?P<num>\d{{1,5}}|{CN_NUMBER_PATTERN})(?P<cls>{_CLASSIFIERS})"
)
# Where a _COUNT match may start, found by a pattern the regex engine skips through (led by a class, where
# _COUNT's leading lookahead is tried at every position): the first character with _COUNT's lookbehinds
# checked after it, up to four more numeral characters (a count's numeral has at most five: 12345, 九百九十九)
# and a classifier. _COUNT itself is then tried at each such start (_count_matches, text/windowed_scan.py).
_NUMERAL_START = "[\\d一二两三四五六七八九十]"
_COUNT_START = re.compile(
    rf"{_NUMERAL_START}(?<![\d.%第前后近约超逾余每各A-Za-z零一二两三四五六七八九十百千万亿几多数整]{_NUMERAL_START})"
    rf"(?<!\d,{_NUMERAL_START})[\d一二两三四五六七八九十百零]{{0,4}}(?:{_CLASSIFIERS})"
)
# What may follow 个 without it being a count of things: durations and percentage points.
_NOT_A_COUNT_AFTER = re.compile(r"月|小时|工作日|百分点|季度|星期|周|年头|多|余|以上|左右|来|(?:亿|万)(?!元|美元|亩|吨|千瓦|平方米)")
# 十九大 / 二十大 are party congresses, not "nineteen/twenty big ..."
_CONGRESS_AFTER = re.compile(r"精神|报告|以来|代表|会议|召开|胜利|重大|和|、|,|。|;|\)|”")

# Formulations whose number is part of a name.
FIXED_EXPRESSIONS = (
    "三个代表", "四个全面", "四个意识", "四个自信", "两个维护", "两个确立", "两个毫不动摇", "两个大局", "两个一百年",
    "两个结合", "三个务必", "四个现代化", "五位一体", "两学一做", "三大攻坚战", "六稳六保", "三严三实", "八项规定",
    "五大发展理念", "四个革命", "三个没有变", "四个不摘", "四个最严", "三个转变", "三个有利于", "四项基本原则",
    "两个基本点", "三个一批", "两不愁三保障", "三去一降一补", "四大名著", "三农", "五个一", "两个先行", "三大球", "三小球",
)

# Words between a list and its count: 等 makes the list a sample; 这 ties it tightly.
_SAMPLE_CONNECTORS = ("等在内的", "等在内", "在内的", "在内", "为代表的", "等等", "等共", "等")
_TIGHT_CONNECTORS = ("这些", "这")
_NEUTRAL_CONNECTORS = ("共计", "总计", "合计", "总共", "共")
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
_INTRO_WORDS = "分别位于|分别设在|分别落户|分别坐落于|分别建在|分别是|分别为|分别有|依次是|依次为|主要包括|具体包括|主要有|主要是|具体为|具体是|具体有|包括|包含|涵盖|即为|即是|即"
_INTRO = re.compile(
    rf"(?P<phrase>[^,:;。!?()\n、\d—]{{0,30}}?)(?P<intro>:|\(|。|——|,?(?P<word>{_INTRO_WORDS})(?![将可时便使])(?::)?|,(?=一是|第一|①))"
)
_NOT_A_LIST_START = ("其中", "分别", "含", "不含", "包括", "包含", "以下", "即")
_FIRST_OF_SEVERAL = re.compile(r"一(?:方面|类|种|个|是|要|则|部分)|其一|首先|第一")
_ENUMERATION_GOES_ON = re.compile(r"还有|另一|一类|一种|此外|另外|其他|其余|以及")
_COORDINATED_AFTER = re.compile(r"以及|和|及|与|、")
_OUTLINE_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})、")
_EXHAUSTIVE_INTRO_WORDS = frozenset({"即", "即为", "即是", "分别是", "分别为", "分别有", "依次是", "依次为",
                                     # 4个中心，分别位于A镇、B镇、C镇: one place each
                                     "分别位于", "分别设在", "分别落户", "分别坐落于", "分别建在"})
_SAMPLE_INTRO_WORDS = frozenset({"主要包括", "主要有", "主要是", "包括", "包含", "涵盖"})
_HERE_BELOW = ("以下", "如下", "下列")
_NOUN_ENDS_AT = re.compile(
    "入驻|入选|开工|投产|竣工|通车|全部|全面|顺利|加快|正在|先后|陆续|相继|均|已|获|分别|依次|包括|包含|涵盖|"
    "(?<![具拥共占享含没所持富只还都也])有(?![限机序效力关益色线毒害偿])|总(?:投资|产值|收入|规模|面积|金额|额|计|量)|计划|预计|力争|(?<![公总])共(?!享|同|性|识|建共)|目前|今年|全年"
)
_NOUN_STOP = frozenset("的和与及在正已将于是为由等并即、")
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


# any fixed formulation starting at a position (one regex instead of a startswith per formulation)
_FIXED_AT = re.compile("|".join(re.escape(f) for f in sorted(FIXED_EXPRESSIONS, key=len, reverse=True)))


def find(ctx) -> list[Relation]:
    """Every count tied to a list in the document, each with its outcome.

    Counts are sought paragraph by paragraph of the shared segmentation (``ctx.segmentation``); a
    count and the list it closes or opens share a paragraph, except a back reference (上述4家企业)
    or outline headings below an announcing paragraph, which are read from the text around it.
    """
    text = ctx.folded
    relations: list[Relation] = []
    for m in _counts(ctx, text):
        count = _stated_count(text, m)
        if count is None:
            continue
        relation = _list_before(ctx, text, m, count) or _list_above(ctx, text, m, count)
        follows = relation is None
        if follows:
            relation = _list_after(ctx, text, m, count) or _list_after_verb(ctx, text, m, count)
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
    return relations


def _counts(ctx, text: str):
    """Stated-count candidates, one paragraph of the shared segmentation at a time."""
    for paragraph in ctx.segmentation.paragraphs:
        yield from _count_matches(text, paragraph.start, paragraph.end)


def _count_matches(text: str, start: int, end: int):
    """``_COUNT.finditer(text, start, end)``, _COUNT tried only where _COUNT_START matches."""
    return finditer_located(_COUNT, _COUNT_START, text, start, end)


def _announces_its_list(text: str, m: re.Match[str], count: StatedCount) -> bool:
    """A named count that a colon follows at once: “三大行动”：一是… / 打好三大攻坚战：A、B、C.

    The name must be the whole quotation (or the whole fixed formulation), so the colon can only
    open the members of that very set, not of a longer phrase (“三个代表”重要思想：…).
    """
    if count.fixed:
        fixed = next(f for f in FIXED_EXPRESSIONS if text.startswith(f, m.start()))
        end = m.start() + len(fixed)
        if text.startswith("”", end):
            end += 1
    elif count.plain_quote:
        end = m.end() + len(count.noun) + 1
    else:
        return False
    return text.startswith(":", end)


def _names_its_items(text: str, count: StatedCount, relation: Relation) -> bool:
    """A quoted count that only names its list (“五大工程”：A工程、B工程…) is checked after all.

    The quotation must hold nothing but the count and its noun, and every item shown must end like
    the noun (工程 … 工程): then the number is a count, not part of a slogan.
    """
    if not count.plain_quote or not count.noun:
        return False
    names = [text[s:e].strip("“”《》()") for _, s, e in relation.related]
    return bool(names) and all(name and name[-1] == count.noun[-1] for name in names)


_THRESHOLD_BEFORE_NOUN = re.compile(r"\d{1,5}(?:\.\d{1,2})?(?:亿|万|千万|百万)?元?(?:及以上|以上)")


def _stated_count(text: str, m: re.Match[str]) -> StatedCount | None:
    num, cls = m.group("num"), m.group("cls")
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
    if cls == "点" and text.startswith(("钟", "半", "多"), after):
        return None
    noun = _noun(text, after)
    if not noun and (threshold := _THRESHOLD_BEFORE_NOUN.match(text, after)):
        noun = _noun(text, threshold.end())  # 四个10亿元以上重大项目: the class boundary is not the noun
        if noun:
            after = threshold.end()
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
    start = m.start()
    for prefix in _HERE_BELOW:
        if text.startswith(prefix, start - len(prefix)):
            start -= len(prefix)
            break
    fixed = _FIXED_AT.match(text, m.start()) is not None
    quoted = _inside_quote(text, m.start())
    plain_quote = quoted and not fixed and text.startswith("“", m.start() - 1) and text.startswith("”", after + len(noun))
    end = after + min(len(noun), 8)
    return StatedCount(start, end, value, m.start("num"), m.end("num"), noun, fixed or quoted, plain_quote, fixed)


def _noun(text: str, pos: int) -> str:
    """The head noun after a classifier: Han characters up to a function word or a verb (at most 10)."""
    end = pos
    while end < len(text) and end - pos < 10 and "\u4e00" <= text[end] <= "\u9fff" and text[end] not in _NOUN_STOP:  # (_HAN)
        end += 1
    stops = [m.start() for m in (_VERB_IN_ITEM.search(text, pos + 1, end), _NOUN_ENDS_AT.search(text, pos + 1, end)) if m]
    return text[pos : min(stops, default=end)]


def _bracketed_names(text: str, items: ItemList) -> bool:
    """Three or more plain names in the brackets after a count (6家（青禾、丰源、绿野…）, 9个乡镇（城关镇、
    马坊镇…）): members, not aliases, which are single characters (县（市、区）) or one or two words."""
    names = [text[s:e] for s, e in items.items]
    return len(names) >= 3 and all(
        2 <= len(name) <= 12 and not _DIGIT.search(name) and "的" not in name and _HAN.match(name) for name in names
    )


def _noun_before(text: str, pos: int) -> str:
    """The noun right before a count with no noun after it (城市道路四条: 城市道路), at most 6 characters."""
    start = pos
    while start > 0 and pos - start < 6 and _HAN.match(text, start - 1) and text[start - 1] not in _NOUN_STOP:
        start -= 1
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
    if start is None or "分别" in text[start:list_end]:
        return None
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
        and not _NUMBERED_NAME.search(text, s, e)
        for s, e in items.items
    ):
        return None  # 1月、3月、5月 / 新增企业2115家、产业集群5个: quantities, not names
    if any(_COUNT.search(text, s, e) for s, e in items.items):
        return None  # 无产阶级和资产阶级两个阶级、社会主义和资本主义两条道路: parallel counted phrases
    last_s, last_e = items.items[-1]
    if "等" in text[last_s:last_e]:
        return None  # A、B等企业12家: the count is of the category, not of the names
    if text[last_e - 1] in "的和及与有达获占为在" or _predicate_before_count(text, last_s, last_e):
        return None  # …进程的八项主张 / 在北京、上海、深圳设立2个中心: the count is of something else
    sample = connector in _SAMPLE_CONNECTORS or items.open_ended
    # 对发改、财政部门推荐的A、B等3个项目: a 的 in some items only means a list nested in another
    with_de = ["的" in text[s:e] for s, e in items.items]
    nested = any(with_de[1:]) and not all(with_de)
    if nested and not sample:
        return None
    outcome = _judge_before(text, count, items, connector, sample, nested)
    if outcome is None:
        return None
    return _relation(ctx, count, _without_lead_in(text, items), outcome, sample, before=True)


_BACK_REFERENCE = re.compile(r"(?:上述|以上|前述)(?:这)?$")
_SENTENCE_END_BEFORE = re.compile(r"[。;\n]\s*$")


def _list_above(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    """A count pointing back at the sentence before: 新引进华兴科技、恒达新材、瑞丰电子。上述4家企业…

    Only the sentence right before counts, and only when it ends with a list of names of the counted
    kind (甲公司、乙公司 → 家企业) and states no count of its own.
    """
    back = _BACK_REFERENCE.search(text, max(0, m.start() - 3), m.start())
    if back is None or count.named or not count.noun:
        return None
    if back.start() > 0 and not _SENTENCE_END_BEFORE.search(text, max(0, back.start() - 3), back.start()):
        return None  # 亿元以上3个项目: 以上 closes a bound, it does not point back
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


def _judge_before(text, count: StatedCount, items: ItemList, connector: str, sample: bool, nested: bool) -> Outcome | None:
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
    if connector in _TIGHT_CONNECTORS or connector == "”":
        return Outcome.INCONSISTENT
    if not count.noun:
        return None  # 新引进首店、旗舰店168家: a quantity of the kinds named, not a count of them
    if stated < items.fewest:
        # Far fewer than listed: the count likely belongs to the last item alone (…与残疾人两项补贴).
        return Outcome.INCONSISTENT if 2 * stated > items.fewest else Outcome.NOT_CHECKABLE
    if stated <= 2 * items.most and (_same_kind(text, items, count.noun) or _named_members(text, count, items)):
        return Outcome.INCONSISTENT
    return Outcome.NOT_CHECKABLE


def _named_members(text: str, count: StatedCount, items: ItemList) -> bool:
    """Items that can only be the members counted: a 大 set (A、B、C五大主导产业 names its members), or
    names of four characters or more with no 的 (短 items such as 城东、城西 or 国家级、省级 may be the
    places or tiers the counted things belong to: 城东、城西5个片区)."""
    if text[count.number_end : count.number_end + 1] == "大":
        return True
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


_COMMA_SERIES_STYLES = frozenset({"shi", "di", "circled"})


# a sentence that opens with the list of the things counted at the end of the sentence before
_RESPECTIVELY_OPENS = re.compile(r"\s*(?P<intro>)(?P<word>分别是|分别为|依次是|依次为)(?::)?")
# the rest of a line announcing the numbered rows below it: 名单（共7个）/ 纳入管理，具体如下：/ 以下8家：
_ANNOUNCES_ROWS = re.compile(r"[^,;。!?\n\d]{0,30}(?:,(?:具体|详细)?(?:如下|见下表)[^,;。!?\n\d]{0,6})?[:)]\s*$")


def _list_after(ctx, text: str, m: re.Match[str], count: StatedCount) -> Relation | None:
    line_end = text.find("\n", m.end(), m.end() + 60)
    announced = _ANNOUNCES_ROWS.match(text, m.end(), line_end) if line_end > 0 else None
    # (a line ending with a colon over plain numbered lines is an outline series, read below; here
    # only a bracketed count closing a heading, or a table with its header row)
    if announced and (rows := numbered_rows(text, line_end - 1 if text[line_end - 1] == "\r" else line_end,
                                            header_required=not announced.group().rstrip().endswith(")"))):
        # 示范村名单（共7个）⏎1. 东湖村⏎2. … / 共有7个项目…，具体如下：⏎序号 项目名称…⏎1 A项目 32.0⏎…
        return _judge_after(ctx, text, count, rows, "", may_continue=False, figures_named=True)
    intro = _INTRO.match(text, m.end())
    if intro is None and text[m.end() : m.end() + 1].isdigit():
        intro = _INTRO.match(text, count.end - len(count.noun))  # 四个10亿元以上重大项目，分别为：
    if intro is None:
        return None
    if intro.group("intro") == "," and not intro.group("word"):
        # 聚焦三个重点，一是…，二是…: a comma opens only an outline series of 一是/第一/①
        if _COUNT.search(text, max(0, m.start() - 6), m.start()):
            return None
        first = first_marker(text, intro.end())
        if first and first[0] in _COMMA_SERIES_STYLES:
            return _series_relation(ctx, text, count, first)
        return None
    if _COUNT.search(text, max(0, m.start() - 6), m.start()):
        return None  # 5个方面10项工作：一是…: two counts, and the list may follow either
    kind = intro.group("intro")
    word = intro.group("word") or ""
    start = intro.end()
    if kind == "。" and not intro.group("phrase") and (respectively := _RESPECTIVELY_OPENS.match(text, start)):
        # 全年新建口袋公园5个。分别是A、B、C、D。: the next sentence opens with the list of what was counted
        intro, kind, word, start = respectively, ":", respectively.group("word"), respectively.end()
    if kind == "。":
        if count.start == m.start():
            return None  # only 以下/如下 + count + 。 announces the outline that follows
        first = first_marker(text, start)
        return _series_relation(ctx, text, count, first) if first else None
    if kind == "——":
        return _dash_list(ctx, text, count, start)
    if kind == "(":
        alias_end = clause_end(text, start, window=12, boundaries=frozenset())
        alias_items = text[start:alias_end].split("、") if alias_end is not None else []
        if alias_end is not None and text.startswith(")", alias_end) and (
            len(alias_items) == 1 or all(len(item) == 1 for item in alias_items)  # 社区 / 市、区, not 综合组、宣传组
        ) and (
            after_alias := _INTRO.match(text, alias_end + 1)
        ) and after_alias.group("intro") not in ("(", "。", "——") and not after_alias.group("phrase"):
            # 8个村（社区）：A、B… / 6个乡镇（街道），分别是…: an alias of the counted noun, then the list
            intro, kind = after_alias, after_alias.group("intro")
            word, start = intro.group("word") or "", intro.end()
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
        if items is None or not (_same_kind(text, items, noun, strict=True) or _bracketed_names(text, items)):
            return None
        if not count.noun:
            count = replace(count, start=m.start() - len(noun))
        return _judge_after(ctx, text, count, items, word, may_continue=False)
    line_items = line_list(text, start) if kind == ":" or _ends_with_colon(intro) else None
    while start < len(text) and text[start].isspace():
        start += 1
    if text.startswith(_NOT_A_LIST_START, start):
        return None
    first = first_marker(text, start)
    if first:
        return _series_relation(ctx, text, count, first)
    if text.startswith("首先", start):
        return _ordinal_series(ctx, text, count, start)
    if _FIRST_OF_SEVERAL.match(text, start):
        return None  # 两个方面：一方面是教育、科学、文化…: the list belongs to the first aspect
    end = clause_end(text, start)
    if end is None:
        return None
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
        items = comma_list(text, start)
        if items is not None:
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
    return _judge_after(ctx, text, count, items, word, may_continue=_list_goes_on(text, items, end))


def _dash_list(ctx, text: str, count: StatedCount, start: int) -> Relation | None:
    """Names after a dash that the count announces: 新建的4条通村公路——柳湾路、石桥路、杏林路均已建成通车 /
    两个村——桃源村、溪口村、上庄村，正加快…. The predicate that follows the last name is cut off
    (均已建成通车); the names must be of the counted kind (路 for 公路, 村 for 村)."""
    end = clause_end(text, start)
    if end is None or not count.noun or count.named:
        return None
    items = dun_list(text, start, end)
    if items is None:
        return None
    last_s, last_e = items.items[-1]
    stops = [m.start() for m in (_NOUN_ENDS_AT.search(text, last_s + 2, last_e), _VERB_IN_ITEM.search(text, last_s + 2, last_e)) if m]
    if stops:
        items = ItemList((*items.items[:-1], (last_s, min(stops))), items.counts, items.open_ended)
    if not _same_kind(text, items, count.noun) or any(_DIGIT.search(text, s, e) for s, e in items.items):
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


def _counted_by_last_item(text: str, items: ItemList) -> ItemList:
    """A list whose last item states its own number (新能源汽车及零部件、高端装备制造、电子信息三大集群产值…):
    when the conjunction left two readings, the stated number settles which one is meant."""
    if len(items.counts) < 2:
        return items
    last_s, last_e = items.items[-1]
    m = _COUNT.search(text, last_s, last_e)
    if m is None:
        return items
    value = int(m.group("num")) if m.group("num").isdigit() else chinese_number(m.group("num"))
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
_ENTITY_NOUN_ENDS = (
    "企业", "公司", "集团", "项目", "工程", "园", "基地", "平台", "中心", "载体", "村", "镇", "乡", "街道", "社区",
    "学校", "医院", "机构", "单位", "区", "道路", "路", "桥", "品牌", "产品", "集群", "商会", "协会", "厂", "工厂",
    "实验室", "孵化器", "站", "馆", "场", "店", "院", "校", "库", "室", "队", "组", "部门", "景区", "市场", "车间",
)


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
    return "、" in following or (len(following) >= 2 and following[-2:] == text[last_e - 2 : last_e])


# what a list of deeds is counted as (七件民生实事, 十项重点任务, 五大工程): each deed is one clause
_DEED_NOUNS = ("实事", "任务", "工程", "行动", "举措", "工作", "民生项目", "好事")
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


def _judge_after(ctx, text: str, count: StatedCount, items: ItemList, word: str, *, may_continue: bool,
                 figures_named: bool = False) -> Relation | None:
    if any(_DIGIT.match(text, s) and not _NUMBERED_NAME.match(text, s, e) for s, e in items.items):
        return None  # 分别为1.2亿元、3亿元: values, not names
    classifier = text[count.number_end : count.number_end + 1]
    if not figures_named and any(_ends_with_value(text, s, e, classifier) for s, e in items.items):
        return None  # 共有企业120家，分别为内资企业80家、外资企业30家: parts of a total (DC201), not names
    sample = word in _SAMPLE_INTRO_WORDS or items.open_ended
    lengths = [e - s for s, e in items.items]
    first_runs_on = lengths[0] > max(lengths[1:]) + 4  # 建立覆盖省、州、县、乡: the list starts inside the first item
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


# a name that carries its own number: 1号地块, 3标段, 2号楼, 5#厂房, 2期工程 (not 3亿元, 12个)
_NUMBERED_NAME = re.compile(r"(?<![\d.])\d{1,3}(?:号(?:楼|地块|线|厂房|泊位|码头|井)?|#|标段|期|地块)[\u4e00-\u9fa5]{0,8}$")


def _ends_with_value(text: str, start: int, end: int, classifier: str) -> bool:
    """An item that closes with its own figure in the count's unit (内资企业80家, 外资企业三十家 after
    120家; not 污水处理厂三期 after 5个项目)."""
    tail = text[max(start, end - 16) : end].rstrip(" \t。；;，,")
    return any(q.is_value and q.end == len(tail) and q.unit == classifier for q in extract_quantities(tail))


def _series_relation(ctx, text: str, count: StatedCount, first) -> Relation | None:
    style, match = first
    series = outline_series(text, style, match)
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
