"""The typed clause: each quantity of a clause with its role and the indicator it is about.

Built once per document on the shared segmentation (``ctx.segmentation``) and quantities
(``document_quantities``) and exposed as ``ctx.clauses``. Roles come from the words right before
(and, for thresholds and parts, around) a quantity, all from the lexicon (``lexicon/words.toml``):

- ``threshold``: a class boundary (5000万元以上项目), from the quantity parser's own kind;
- ``base``: after a base-period word (上年同期, 去年, 上年为, 2023年为 ...), also in a clause or a bracketed aside
  that opens with the base period and names the measure (上年全年引进人才为268人, （年初余额为443.87亿元）);
- ``change``/``rate``: after a verb of change (增加6.9亿元 is a change, 增长12.5% a rate), with
  ``sign`` +1 or -1; also after a rate noun (增幅, 降幅) and 年均/翻番 (``compound`` set);
- ``target``: after a target word (目标任务, 年度计划, 任务) in the same clause;
- ``share``: a percent after 占/占比/比重/比例;
- ``rate``: a percent after a named rate (办结率, 完成率, 人均 names a per-head value: role ``rate``);
- ``part``: in a clause that opens with 其中 or in a list after 分别为;
- ``count``: an exact count of things (12家, 46个) with no other role;
- ``counted`` (a flag beside the role, not a role): the quantity counts things whatever its role, so
  ``新增3家企业`` is a change that counts firms, ``其中工业项目19个`` a part that counts projects and
  ``上年为12家`` a base that counts firms (an exact count of a counting unit, never a threshold:
  ``5家以上``). The count finder (DC203) reads its candidates here (``ClauseModel.counts``);
- ``value``: everything else.

Besides its role, a figure may be one end of a transition (``transition``: ``from`` for A and ``to`` for B in
由A增加到B / 从2020年的A降为2024年的B, words from the lexicon's [change] transition_* lists).

The indicator is the nearest lexicon indicator name before the quantity in its clause, else the
generic noun phrase right before it (the Han characters after the last verb-like light word:
``受理群众诉求1200件`` -> 群众诉求, ``办结1100件`` -> 办结), else the nearest lexicon name earlier
in the sentence. Quantities that are not values (years, dates, ordinals, labels, model names) are
left out.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable
from enum import Enum

from draftcheck.lexicon.indicators import IndicatorFamily, MentionIndex
from draftcheck.lexicon.words import alternation, words
from draftcheck.numbers.quantity import Kind, Quantity, document_quantities
from draftcheck.text.segmentation import Clause, Sentence

PREFIX_REACH = 16  # characters before a quantity that decide its role and generic indicator
INDICATOR_REACH = 40  # how far back in its clause, and then in its sentence, an indicator name is sought


class Role(str, Enum):
    VALUE = "value"
    BASE = "base"
    CHANGE = "change"
    RATE = "rate"
    TARGET = "target"
    THRESHOLD = "threshold"
    PART = "part"
    COUNT = "count"
    SHARE = "share"


@dataclass(frozen=True)
class Indicator:
    name: str  # as written
    family: IndicatorFamily | None  # None for a generic noun phrase
    start: int  # document offsets of the name
    end: int

    @property
    def key(self) -> str | None:
        return self.family.key if self.family else None


@dataclass(frozen=True)
class TypedQuantity:
    quantity: Quantity
    role: Role
    sign: int = 0  # +1 / -1 for a change or rate of change, 0 otherwise
    compound: bool = False  # 年均 / 平均每年
    cue: str = ""  # the word that decided the role (增长, 上年同期, 办结率 ...)
    counted: bool = False  # counts things beside its role: 新增3家 (a change), 其中…19个 (a part)
    year: int | None = None  # the year that dates it: 2020年…产值286亿元, 2023年的B, 6.84亿元（2024年）
    # a transition (由A增加到B): "from" for A, "to" for B, with the document offset of the word that opens A (由/从)
    # or of the word or verb that leads to B (增加到, 至, 降为)
    transition: str = ""
    transition_at: int = -1
    # finds the indicator on first use (most figures typed are never asked for theirs)
    locate: Callable[[], Indicator | None] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def indicator(self) -> Indicator | None:
        return self.locate() if self.locate is not None else None


class _Mentions:
    """The lexicon indicator names of one sentence, found on first use."""

    __slots__ = ("_text", "_start", "_end", "_index")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end, self._index = text, start, end, None

    def last_between(self, start: int, end: int):
        if self._index is None:
            self._index = MentionIndex(self._text, self._start, self._end)
        return self._index.last_between(start, end)


@dataclass(frozen=True)
class TypedClause:
    clause: Clause
    sentence: Sentence
    quantities: tuple[TypedQuantity, ...]


_UP = set(words("change", "up")) | set(words("change", "rate_nouns_up"))
_BASE_CUE = re.compile(
    # (今年同期/本年同期 name the current period, not the base)
    rf"(?:(?<!今年)(?<!本年)(?<!当年)(?<!本期)(?:{alternation(('base', 'periods'))})(?:{alternation(('base', 'sub_periods'))})?"
    rf"|(?:(?:19|20)\d{{2}}|[一二][〇零一二三四五六七八九]{{3}})年(?:{alternation(('base', 'sub_periods'))})?)"
    r"(?P<link>的|为|是|实现|完成|累计值|累计|[:：])?(?:约|近)?\s?(?P<bracket>[（(])?\s?$"
)
_COMPARED_BEFORE = re.compile(r"(?:比|较|与|同|和|较之)$")
# A clause that opens with the base period and names its measure before the figure:
# 上年全年引进人才为268人 / 而去年同期完成投资12.6亿元 / 上年一季度办结率为92.5% (a verb of change or
# comparison in between makes it a change, not a base: 上年新增12家, 上年以来)
BASE_CLAUSE_REACH = 24
_BASE_CLAUSE_CUE = re.compile(
    rf"\s{{0,4}}(?:而|但|其中)?(?P<period>(?:{alternation(('base', 'periods'))})(?:{alternation(('base', 'sub_periods'))})?)"
    r"(?:新增|新登记|[^\d，,。；;：:增降减提比较多少升涨跌来后起%％（(]){1,10}?"
    r"(?:为|是|达到|达|完成|实现|共有|共|有|累计)*(?:约|近)?\s?$"
)
# 年初确定的48个重点项目 / 年初下达任务: a plan set in the period, not the period's base figure
_SET_AFTER_PERIOD = re.compile(rf"(?:已|就|即)?(?:{alternation(('target', 'setting'))})")
YEAR_REACH = 24  # how far before a value, in its clause, the year that dates it may stand
_DATED_AFTER = re.compile(r"\s?[（(]\s?$")  # 6.84亿元（2024年）
_CHANGE_CUE = re.compile(
    rf"(?P<compound>{alternation(('change', 'compound'))})?(?:实际|名义)?(?P<negative>负)?"
    rf"(?P<verb>{alternation(('change', 'up'), ('change', 'down'))})了?(?:约|近|达到?|高达)?\s?$"
)
# 多/少 and what they may govern after a comparison: 比上年多引进13个, 比上年59.3亿元多完成D, 较去年少150亩
_MORE_OR_LESS_CUE = re.compile(r"(?P<verb>多|少)(?:[引招签落开新竣建完实培认争接吸办投储入帮减兑增发供收征售出用][\u4e00-\u9fff]{0,3}?)?了?\s?$")
COMPARED_REACH = 40  # how far before 多/少 its 比/较 may stand (bounded: clauses of 200k characters)
_COMPARED_IN_CLAUSE = re.compile(r"(?:比|较)(?!重|例|率)")
_RATE_NOUN_CUE = re.compile(
    rf"(?P<noun>{alternation(('change', 'rate_nouns_up'), ('change', 'rate_nouns_down'))})(?:为|是|达到?|高达|约|近)*\s?$"
)
_SHARE_CUE = re.compile(r"(?P<noun>占比|比重|比例|占[^，,。；;]{0,12}?的?)(?:为|是|达到?|约|近)*\s?$")
_NAMED_RATE_CUE = re.compile(
    rf"(?P<noun>[\u4e00-\u9fff]{{0,4}}率|{alternation(('rate', 'ratio_nouns'))}|(?:{alternation(('rate', 'per_head'))})[\u4e00-\u9fff]{{0,8}}?)(?:为|是|达到?|高达|约|近)*\s?$"
)
_TARGET_WORD = re.compile(alternation(("target", "words")))
_TARGET_CUE = re.compile(rf"(?P<noun>{alternation(('target', 'words'))})(?!价格|生育|单列)[^，,。；;\d]{{0,8}}?(?:为|是|定为|下达)?\s?$")
# a clause that is nothing but the opener (其中，出口23.8万亿元): the next clause holds the first part
_OPENER_ONLY = re.compile(rf"\s{{0,4}}(?:{alternation(('completeness', 'partial'))})\s?[，,：:]\s*")
_PART_OPENER = re.compile(rf"\s{{0,4}}(?:{alternation(('completeness', 'partial'))}|{alternation(('completeness', 'exhaustive'))})[:：]?")
_LIGHT = re.compile(
    r"(?:实现|完成|达到|达|为|是|共计|合计|总计|累计|共有|共|有|新增|其中|分别为|分别|约|近|超过|了|的|全年|年末|全区|全市|全县|园区|开发区)+$"
)
# the role cue itself (同比增长, 上年同期, 占比) is not the indicator's name
_ROLE_WORDS = re.compile(
    rf"(?:{alternation(('base', 'compared_with'), ('base', 'periods'))})?(?:{alternation(('change', 'compound'))})?"
    r"(?:实际|名义)?(?:"
    + "|".join(w for w in alternation(("change", "up"), ("change", "down"), ("change", "rate_nouns_up"), ("change", "rate_nouns_down")).split("|") if len(w) >= 2)
    + r"|占比|比重)?"
    r"(?:了|为|是|达到?|约|近)?$"
)
# 由2020年的A / 从A: the transition's first figure (a year and a few characters of label may stand between)
_LABEL = r"[^\d，,。；;：:！？!?\n（）()]"
_TRANSITION_YEAR = r"(?:(?:19|20)\d{2}年(?:底|末|初)?)?的?"
# (not the words 由/从 open: 从事, 从而, 从中, 从严, 由于, 由此, 由来; totalsQ found 从事 read as a transition's start)
_FROM_CUE = re.compile(
    rf"(?:{alternation(('change', 'transition_from'))})(?![事而中严于此来衷]){_TRANSITION_YEAR}{_LABEL}{{0,8}}$"
)
# 增加到2024年的B / 至B / 降为B: the transition's second figure
_TO_CUE = re.compile(
    rf"(?:(?:{alternation(('change', 'transition_verbs'))})?(?:{alternation(('change', 'transition_to'))})"
    rf"|(?:{alternation(('change', 'transition_verbs'))})(?:{alternation(('change', 'transition_to_after_verb'))})){_TRANSITION_YEAR}{_LABEL}{{0,6}}$"
)
# Cheap gates before the cue patterns of ``_role`` (each a class of characters that every match of its
# pattern holds: the last character of every word the pattern needs), so most prefixes skip the patterns.


def _last_characters(*keys: tuple[str, str], extra: str = "") -> re.Pattern[str]:
    characters = {word[-1] for key in keys for word in words(*key)} | set(extra)
    return re.compile("[" + re.escape("".join(sorted(characters))) + "]")


# _BASE_CUE and _BASE_CLAUSE_CUE: a base period (上年, 去年同期, 年初, 同期) or a year (2023年) -> 年 or 期
_BASE_GATE = _last_characters(("base", "periods"), extra="年")
_CHANGE_GATE = _last_characters(("change", "up"), ("change", "down"))
_RATE_NOUN_GATE = _last_characters(("change", "rate_nouns_up"), ("change", "rate_nouns_down"))
_NAMED_RATE_GATE = _last_characters(("rate", "per_head"), ("rate", "ratio_nouns"), extra="率")
_TARGET_GATE = _last_characters(("target", "words"))

_LEADING_LIGHT = re.compile(r"^(?:其中|同时|另有|另|并|还|分别为|分别是|分别|以及|和|及|合计|共计|总计|累计|全年|实现|完成)+")
_HAN_TAIL = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,12}$")


# the kinds of quantity a clause types: the values, and thresholds (5000万元以上项目)
TYPED_KINDS = Kind.VALUES | {Kind.THRESHOLD}


class ClauseModel:
    """Typed clauses of one document, typed sentence by sentence on first request (``ctx.clause_model``).

    Typing costs a few dozen microseconds per quantity; rules that need only some sentences (those
    with a 率, a 其中 ...) ask for those and the rest is never typed.
    """

    def __init__(self, ctx) -> None:
        self._text = ctx.text
        self._index = document_quantities(ctx)
        self._segmentation = ctx.segmentation
        self._typed: dict[int, list[TypedClause]] = {}
        self._starts: list[int] | None = None

    def sentence(self, sentence: Sentence) -> list[TypedClause]:
        """The typed clauses of one sentence of ``ctx.segmentation`` (those holding a value)."""
        cached = self._typed.get(sentence.start)
        if cached is not None:
            return cached
        # The sentence's quantities, found with one binary search; a sentence holding no value (most of
        # them) is typed as empty without splitting it into clauses.
        index = self._index
        quantities, starts = index.quantities, index.starts
        first = bisect.bisect_left(starts, sentence.start)
        last = bisect.bisect_left(starts, sentence.end, first)
        out: list[TypedClause] = []
        for j in range(first, last):
            q = quantities[j]
            if q.kind in TYPED_KINDS:
                break
        else:
            self._typed[sentence.start] = out
            return out
        text = self._text
        mentions = _Mentions(text, sentence.start, sentence.end)
        new = object.__new__
        previous: Clause | None = None  # the clause before (its being a bare 其中， opens a list of parts)
        j = first
        for clause in sentence.clauses:
            # the quantities starting in the clause and ending in it too (``QuantityIndex.between``)
            clause_start = clause.start
            while j < last and quantities[j].start < clause_start:
                j += 1
            if j == last:
                break  # no quantity after this point: no later clause is typed
            clause_end = clause.end
            if quantities[j].start >= clause_end:
                previous = clause  # (a clause without a quantity: most clauses of a sentence)
                continue
            k = j + 1
            while k < last and quantities[k].start < clause_end:
                k += 1
            inside = [q for q in quantities[j:k] if q.end <= clause_end]
            j = k
            found = [q for q in inside if q.kind in TYPED_KINDS]
            if found:
                opens = previous is not None and _OPENER_ONLY.fullmatch(text, previous.start, previous.end) is not None
                years = [q for q in inside if q.kind == Kind.YEAR and q.high is None]
                typed = tuple(_typed(text, mentions, sentence, clause, q, _year_of(text, q, inside, years) if years else None, opens)
                              for q in found)
                typed_clause = new(TypedClause)  # (as TypedClause(clause, sentence, typed), without __setattr__)
                typed_clause.__dict__.update(clause=clause, sentence=sentence, quantities=typed)
                out.append(typed_clause)
            previous = clause
        self._typed[sentence.start] = out
        return out

    def between(self, start: int, end: int) -> list[TypedQuantity]:
        """The typed quantities of the sentences lying in the document span [start, end), in order
        (a finder's span may join several sentences of the segmentation)."""
        return [t for clause in self.clauses_between(start, end) for t in clause.quantities
                if start <= t.quantity.start and t.quantity.end <= end]

    def clauses_between(self, start: int, end: int) -> list[TypedClause]:
        """The typed clauses of the sentences lying in the document span [start, end), in order."""
        sentences = self._segmentation.sentences
        starts = self._starts
        if starts is None:
            starts = self._starts = [s.start for s in sentences]
        out: list[TypedClause] = []
        i = max(bisect.bisect_right(starts, start) - 1, 0)
        while i < len(sentences) and sentences[i].start < end:
            sentence = sentences[i]
            if sentence.end > start:
                out.extend(self.sentence(sentence))
            i += 1
        return out

    def counts(self, units: frozenset[str] | None = None) -> list[Quantity]:
        """The quantities that count things (``counted``: 12家, 新增3家, 其中…19个), in document order;
        with ``units``, only those whose measure word is one of them. Nothing is typed: ``typed(q)``
        gives a count's role when a reader needs it."""
        return [q for q in self._index.quantities
                if counts_things(q) and (units is None or q.unit in units)]

    def typed(self, q: Quantity) -> TypedQuantity | None:
        """The typed quantity of ``q`` (its role, sign, indicator), typing its sentence on first use."""
        sentence = self._segmentation.sentence_at(q.start)
        if sentence is None:
            return None
        for clause in self.sentence(sentence):
            for t in clause.quantities:
                if t.quantity is q:
                    return t
        return None

    def sentences_with(self, word: str):
        """(sentence, typed clauses) for every sentence whose text contains ``word``."""
        for sentence in self._segmentation.sentences:
            if word in sentence.text:
                yield sentence, self.sentence(sentence)


def counts_things(q: Quantity) -> bool:
    """Whether a quantity counts things, whatever its role (``TypedQuantity.counted``): an exact count of a
    counting unit (12家, 46个), never a class boundary (5家以上)."""
    return q.is_exact_count and q.kind != Kind.THRESHOLD


def typed_clauses(ctx) -> list[TypedClause]:
    """Every clause of the document that holds at least one value, typed (shared via ``ctx.clauses``)."""
    model = ctx.clause_model
    return [clause for sentence in ctx.segmentation.sentences for clause in model.sentence(sentence)]


def _typed(text: str, mentions: _Mentions, sentence: Sentence, clause: Clause, q: Quantity,
           year: int | None = None, after_opener: bool = False) -> TypedQuantity:
    q_start = q.start
    prefix_start = q_start - PREFIX_REACH
    if prefix_start < clause.start:
        prefix_start = clause.start
    prefix = text[prefix_start:q_start]
    role, sign, compound, cue = _role(text, clause, q, prefix, after_opener)
    counted = q.is_exact_count and q.kind != Kind.THRESHOLD  # (counts_things, inlined)
    transition, transition_at = _transition(prefix, prefix_start) if _TRANSITION_GATE.search(prefix) else ("", -1)
    typed = object.__new__(TypedQuantity)  # (TypedQuantity(...) without the frozen class's per-field __setattr__)
    state = typed.__dict__
    state["quantity"] = q
    state["role"] = role
    state["sign"] = sign
    state["compound"] = compound
    state["cue"] = cue
    state["counted"] = counted
    state["year"] = year
    state["transition"] = transition
    state["transition_at"] = transition_at
    state["locate"] = lambda: _indicator(text, mentions, sentence, clause, q)
    return typed


# every match of _TO_CUE or _FROM_CUE holds one of these (the last character of 由/从, which open A, and of
# 到/至/为, which lead to B)
_TRANSITION_GATE = _last_characters(("change", "transition_from"), ("change", "transition_to"),
                                    ("change", "transition_to_after_verb"))


def _transition(prefix: str, prefix_start: int) -> tuple[str, int]:
    """("to", offset of the word leading to it) for B of 由A增加到B, ("from", offset of 由/从) for A, else ("", -1)."""
    if m := _TO_CUE.search(prefix):
        return "to", prefix_start + m.start()
    if m := _FROM_CUE.search(prefix):
        return "from", prefix_start + m.start()
    return "", -1


def _year_of(text: str, q: Quantity, inside: list[Quantity], years: list[Quantity]) -> int | None:
    """The year dating a value: the last single year before it in its clause with no other value
    between (2020年全区产值为286亿元, 比2023年的B), or one in brackets right after it (6.84亿元（2024年）)."""
    if not years or q.kind == Kind.YEAR:
        return None
    after = next((y for y in years if y.start >= q.end), None)
    if after is not None and after.start - q.end <= 2 and _DATED_AFTER.match(text, q.end, after.start):
        return int(after.value)
    before = [y for y in years if y.end <= q.start and q.start - y.end <= YEAR_REACH]
    if before:
        year = before[-1]
        if not any(o.is_value and year.end <= o.start < q.start for o in inside):
            return int(year.value)
    return None


def _role(text: str, clause: Clause, q: Quantity, prefix: str, after_opener: bool = False) -> tuple[Role, int, bool, str]:
    if q.kind == Kind.THRESHOLD:
        return Role.THRESHOLD, 0, False, q.qualifier
    if _BASE_GATE.search(prefix) and (m := _BASE_CUE.search(prefix)):
        # 为上年的120% / 是上年的1.5倍: a ratio to the base; 上年为45.2%, 比上年（36.9%）, 比1985年的18.2%:
        # the base's own rate
        compared = _COMPARED_BEFORE.search(prefix, 0, m.start())
        base_rate = m.group("link") in ("为", "是", ":", "：") or m.group("bracket") or compared
        if (q.is_percent and not base_rate) or q.kind == Kind.MULTIPLE:
            return Role.RATE, 0, False, m.group().strip()
        return Role.BASE, 0, False, m.group().strip()
    if (q.start - clause.start <= BASE_CLAUSE_REACH and _BASE_GATE.search(text, clause.start, q.start)
            and (m := _BASE_CLAUSE_CUE.match(text, clause.start, q.start))):
        if m.end() == q.start and q.kind != Kind.MULTIPLE and not _SET_AFTER_PERIOD.match(text, m.end("period"), q.start):
            return Role.BASE, 0, False, m.group("period")
    if not q.is_percent and (aside := _aside_start(prefix)) is not None and _BASE_GATE.search(prefix, aside):
        # an aside in brackets that opens with the base period, like a clause of its own: （年初余额为443.87亿元）,
        # （上年同期完成投资12.6亿元） (a percentage there keeps its rate or share: （上年同期完成率为92.5%）)
        # (not a target set at the start of the year: （年初计划为11亿元）)
        m = _BASE_CLAUSE_CUE.match(prefix, aside)
        # (nor the same period: （同期全县常住人口38.2万人） names the current one)
        if (m is not None and m.end() == len(prefix) and q.kind != Kind.MULTIPLE and m.group("period") != "同期"
                and not _TARGET_WORD.search(prefix, aside)):
            return Role.BASE, 0, False, m.group("period")
    if ("多" in prefix or "少" in prefix) and (m := _MORE_OR_LESS_CUE.search(prefix)) and _COMPARED_IN_CLAUSE.search(
        text, max(clause.start, q.start - COMPARED_REACH), q.start - len(m.group())
    ):
        # 比上年B多完成D / 较去年少引进D: an amount of change after a comparison
        return Role.CHANGE, 1 if m.group("verb") == "多" else -1, False, m.group().rstrip("了")
    if _CHANGE_GATE.search(prefix) and (m := _CHANGE_CUE.search(prefix)) and not (m.group("verb") == "下" and prefix[: m.start("verb")].endswith("以")):
        # (专科及以下15.3%: 以下 closes a class label, it is no decrease)
        verb = m.group("verb")
        sign = 1 if verb in _UP else -1
        if m.group("negative"):  # 负增长8.6%: a decline
            sign = -sign
        role = Role.RATE if q.unit in ("%", "倍", "番") or q.kind == Kind.MULTIPLE else Role.CHANGE
        if q.kind == Kind.POINTS:
            role = Role.CHANGE
        return role, sign, bool(m.group("compound")), verb
    if q.is_percent or q.kind in (Kind.MULTIPLE, Kind.FRACTION):
        if _RATE_NOUN_GATE.search(prefix) and (m := _RATE_NOUN_CUE.search(prefix)):
            noun = m.group("noun")
            return Role.RATE, 1 if noun in _UP else -1, False, noun
        if ("占" in prefix or "比" in prefix) and (m := _SHARE_CUE.search(prefix)):
            opened = max(prefix.rfind("（", 0, m.start()), prefix.rfind("(", 0, m.start()))
            bracket = q.start - len(prefix) + opened  # where the bracket opens in the text
            if opened >= 0 and opened >= m.start() - 1 and _NAMED_RATE_GATE.search(text, bracket - 1, bracket) and (
                named := _NAMED_RATE_CUE.search(text, max(clause.start, bracket - PREFIX_REACH), bracket)
            ):
                # 研发经费投入强度（占地区生产总值的比重）为2.46%: the bracket explains the named ratio before it
                return Role.RATE, 0, False, named.group("noun")
            return Role.SHARE, 0, False, m.group("noun")
        if _NAMED_RATE_GATE.search(prefix) and (m := _NAMED_RATE_CUE.search(prefix)):
            return Role.RATE, 0, False, m.group("noun")
    elif _NAMED_RATE_GATE.search(prefix) and (m := _NAMED_RATE_CUE.search(prefix)):
        if any(m.group("noun").startswith(w) for w in words("rate", "per_head")):
            return Role.RATE, 0, False, m.group("noun")
    if _TARGET_GATE.search(prefix) and (m := _TARGET_CUE.search(prefix)):
        return Role.TARGET, 0, False, m.group("noun")
    if after_opener or _PART_OPENER.match(text, clause.start, q.start):
        return Role.PART, 0, False, ""
    if q.is_exact_count:
        return Role.COUNT, 0, False, ""
    if q.is_percent:
        return Role.RATE, 0, False, ""
    return Role.VALUE, 0, False, ""


def _aside_start(prefix: str) -> int | None:
    """The offset right after the last opening bracket of a quantity's prefix, when that bracket is still open
    at the quantity (the quantity stands in an aside: ``比年初增加D（年初余额为``), else None."""
    opening = max(prefix.rfind("（"), prefix.rfind("("))
    if opening < 0 or "）" in prefix[opening:] or ")" in prefix[opening:]:
        return None
    return opening + 1


def _indicator(text: str, mentions: _Mentions, sentence: Sentence, clause: Clause, q: Quantity) -> Indicator | None:
    clause_from = max(clause.start, q.start - INDICATOR_REACH)
    before = text[clause_from : q.start]
    mention = mentions.last_between(clause_from, q.start)
    generic = _generic_phrase(before)
    if mention is not None:
        if generic is not None:
            # 内资企业: the whole phrase names the indicator, the lexicon name its family
            name, offset = generic
            start = clause_from + offset
            if len(mention.name) <= 2 and start <= mention.start and mention.end == start + len(name):
                return Indicator(name, mention.family, start, start + len(name))
        return Indicator(mention.name, mention.family, mention.start, mention.end)
    if generic is not None:
        name, offset = generic
        return Indicator(name, None, clause_from + offset, clause_from + offset + len(name))
    if clause_from > clause.start:
        return None  # a clause this long is no single statement
    mention = mentions.last_between(max(sentence.start, clause.start - INDICATOR_REACH), clause.start)
    if mention is not None:
        return Indicator(mention.name, mention.family, mention.start, mention.end)
    return None


def _generic_phrase(before: str) -> tuple[str, int] | None:
    """The Han noun phrase right before a quantity, light words (实现, 为, 共 ...) trimmed off."""
    tail = before[-PREFIX_REACH:].rstrip()
    trimmed = _ROLE_WORDS.sub("", tail)
    trimmed = _LIGHT.sub("", trimmed)
    while True:  # light words may also stand in the middle: 实现税收为 -> 税收
        again = _LIGHT.sub("", trimmed)
        if again == trimmed:
            break
        trimmed = again
    m = _HAN_TAIL.search(trimmed)
    if not m:
        return None
    lead = _LEADING_LIGHT.match(m.group())
    skip = lead.end() if lead else 0
    if not skip and m.group()[:1] in "年月日" and m.start() and trimmed[m.start() - 1].isdigit():
        skip = 1  # 2020年全区产值: the 年 closes the year, it is not the name's
    name = m.group()[skip:]
    if len(name) < 2:
        return None
    offset = len(before) - len(before[-PREFIX_REACH:]) + m.start() + skip
    return name, offset
