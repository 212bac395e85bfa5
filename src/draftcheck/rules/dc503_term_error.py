"""A fixed official formulation written wrongly: 科学进展观, 平安生产, 营商环竟, 乡村振新, 安排布署.

## What it does
Flags wrong forms of the fixed formulations (固定提法) and set phrases of official writing, from two
sources:

1. A curated table of known wrong forms (``draftcheck.rules.term_table``): 科学进展观 (科学发展观),
   平安生产 (安全生产), 十七会议 (十七大), 入党乐观分子 (入党积极分子), 防腐拒变 (拒腐防变), 中国特点社会主义,
   供应侧改革, “五位一体”战略布局 (总体布局), 两学一作 (两学一做), 两个维持 (两个维护), 三实三严,
   不忘初衷、牢记使命, 管放服, 中央八条规定, 再接再励, 如火如茶 … These are synonym swaps and known slips
   whose wrong form is a word of its own, which no spelling test could catch.
2. Near misses of the terms mined from 109 proofread published reports (``lexicon/established_terms.tsv``,
   rebuilt by ``scripts/build_lexicons.py``): a run as long as a term that differs from it in exactly
   one character, where
   - the two characters sound the same (同音, same pinyin and tone: 营商环竟, 放管福, 安排布署), nearly the
     same (音近: another tone, or the fuzzy syllables of pinyin input z/zh, c/ch, s/sh, in/ing, en/eng,
     an/ang: 乡村振新, 安全生厂) or look alike (形近, ``lexicon/lookalikes.tsv``: 党风廉政建没), and
   - every pair the replaced character makes inside the run is one the corpus never writes
     (``lexicon/corpus_bigrams.tsv``), so the run is no word of the published language.
   Terms are runs of four to six characters used by at least 6 documents that split into whole
   words (营商环境, 安全生产, 高质量发展, 党风廉政建设), slogans the corpus quotes (“放管服”), and two-character
   dictionary words used by at least 20 documents (部署), the last only for true homophones.

   A two-character word used by 20+ documents is also flagged with no neighbour to anchor it (text10, issue 7):
   协意引资, 综和收入, 综和执法, when the slip is a true homophone or a look-alike, the run is no word of jieba's
   dictionary at any frequency (``lexicon/term_neighbour_words.tsv``, rebuilt by
   ``scripts/build_word_neighbours.py``), both its neighbours are Han characters, the written character makes no
   corpus pair with its outer neighbour that the word's own character does not make too, the kept character makes
   no established term with its other neighbour, and the kept character is bound (the corpus writes it beside 40
   distinct characters or fewer on the run's side: 综, 协; not 区, 县, 合, which end many words).

Deliberately not flagged:
- a bare two-character run before a character that closes a place's or a firm's name (在协意镇建设, 综和村:
  ``words.toml`` ``[names] heads``), at the edge of a sentence (粘合剂、), after a word ending in a free character
  (开发区未发生, 配合县国土局), a tone-only or fuzzy-syllable slip of it (增副 for 增幅, 可研, 天起), and slips of words
  the corpus writes in fewer than 20 documents (增幅, 环比) or three-character rate words (出生律): left undone;
- a near neighbour that is itself written in the corpus: 平安建设, 平安中国 next to 安全生产; a
  replaced character that makes a known pair with its neighbour (中心整改 is 中心 + 整改, not 中心镇);
- a replaced first character after a Han character it does not fit (大运福食品, 亿鑫工艺品: company
  names), and three-character runs other than quoted slogans and terms of 30+ documents, and the first
  character of any three-character term (新工艺, 副食品): too little to go on;
- a two-character word whose kept character makes a known pair on its other side (大理石有限公司 is
  有限, 刷新页面 is 页面), or whose replacement only sounds nearly alike;
- numbered slogans, which writers coin from templates (一企一册, 一园一策, 一项目一专班);
- general synonyms (进展思路, 根底设施): they read oddly but are not formulations.

Fix: every entry of the curated table has one right form, so its replacement is safe (``lint --fix``),
except where a quotation mark is part of the wrong or right form (it may pair with one outside the
span): unsafe. A near miss of a mined term is an inference, so its replacement is always unsafe.

Also (issue 7): the mined terms now include formulations of 7-9 characters and those coined after jieba's
dictionary (碳达峰, 新质生产力: 10+ documents, no dictionary word crossing their edges in most uses); three-character
terms of 30+ documents past their first character (碳达锋); one written pair beside the replaced character is
accepted for terms of 7+ characters or 20+ documents (供给侧结构型改革); slips whose every pair the corpus writes
(形势主义, 新质生产利, 高质量发战) are looked for in terms of 40+ documents, for true homophones and look-alikes, and
for tone-only slips in terms of 60+ documents where the character makes no word with its neighbour (新型产业 is not
flagged), never in texts in traditional characters; numbered formulations are checked when the numeral is kept
(中央八顶规定). The curated table adds the number of numbered formulations (“三位一体”总体布局), a fixed frame with
another word inside (以人民为重心的发展思想) and near homophones of 使命 (牢记使名).
A two-character homophone slip that is a common dictionary word itself (公元 beside 公园: jieba frequency 100+,
``lexicon/dictionary_slips.tsv``) is not flagged; nor a near miss inside a quoted name longer than itself (党建品牌
“红色引擎·链动发展”) that holds a middle dot and only sounds nearly alike, or whose replaced character the text repeats
3+ times elsewhere (产业链, 创新链: the name's theme). A true homophone there (营商环竟) and a quotation that is the term
itself are still flagged.
Two adjacent characters of a term of 4+ characters used by 20+ documents exchanged (专特精新, 营商境环), when the
exchange brings in a pair the corpus never writes. The curated table adds numbered formulations whose number is
fixed, after an opening quotation mark or the verb they take (做到“三个维护”, 坚定五个自信, 中央六项规定); not 个意识
(Tibet's “三个意识” is a formulation of its own).

Also (fourth round): slips whose every pair the corpus writes are mined for terms of 10+ documents or quoted by 2+ (was
60+), kept only when no three-character run of the corpus holds the written character with two of the term's own
(共同富余 is flagged: 同富余 is never written; 新型产业 is not: 型产业 is, in 资源型产业); two characters that are not
neighbours exchanged in a term of 10+ documents (``先破后立``; not two coordinated words in the other order: 各类各级,
航天航空, 致贫返贫); an exchanged pair that is a word as it stands is no transposition (``深入展开``); a slogan of four
characters or more that the corpus quotes keeps its last character before a written pair (``揭榜挂师制度``), and may make
one written pair inside the run (``一网同办``: 同办; ``腾龙换鸟``: 腾龙); a numbered slogan used and quoted by 10+
documents whose frame the corpus never writes with another number, written with one other number that makes an unseen
pair (``五个二工程``; not 一企两策: 一企一策 is a template; not 七位一体: the corpus also writes 三位一体); look-alike groups added to ``lexicon/lookalikes.tsv`` (农/衣, 师/帅, 炭/碳 …); no near miss in a text
in traditional characters (three characters such as 國, 們, 發). Not recognised: a term replaced by a synonym word
(工业增长值, 社会保证局, 一般公众预算收入), a term the corpus does not hold (三会一课, 双碳), and numbered slogans of fewer
documents (两不愁两保障).

Also (fifth round): formulations the corpus holds thinly or not at all, listed by hand in
``lexicon/fixed_formulations.tsv`` (一岗双责, 党政同责, 四好农村路, 千村示范、万村整治, 两不愁三保障, 工业增加值, 一般公共预算收入 …),
are compared with runs differing in one character whatever it is (``rules/formulation_slips.py``): a character inside a
formulation of five or more that makes a pair the corpus never writes (工业增长值, 一般公众预算收入, 粮食安全党政共责); a
quoted formulation with a character inside replaced (“一岗两责”, “枫林经验”, “四好乡村路”; in four characters only one making an
unseen pair and sounding unlike the right one: “和美湘村” is a pun); a changed number (两不愁两保障, 千村示范、百村整治, 三会二课;
not in frames filled with any number: 四位一体, 三大行动); two characters exchanged (河湖制长); the last or first character of a
three-character formulation standing alone replaced by a true homophone (河长治; not 黄河长治久安; termQ: no look-alike there, “村长制”). Not flagged: a function word
in place of a character (从拿地到开工), templates left out of the list (一网通办 beside 一卡通办, 多证合一 beside 多格合一), both forms
of a formulation written both ways. The curated table adds a plenary session counted by the congress (二十大三中全会 for
二十届三中全会) and 党风廉洁建设. Not recognised: a formulation missing a character (专精特“小巨人”: see termQ below), a near sound that is no
fuzzy syllable (有效链接 outside its longer frame, 连长制), slips of formulations neither listed nor in the corpus.

Also (seventh round): look-alikes mined from the characters' shapes (``lexicon/lookalikes_mined.tsv``, built by
``scripts/build_lookalikes.py`` from the stroke orders and four-corner codes of the char-similar package: one stroke apart,
corner codes one digit apart, four strokes or more), beside the hand-written ``lookalikes.tsv``: ``防汛抗早`` (旱); used for
slips that bring in an unseen pair only, not for the table of slips whose every pair is written. Numbered slogans used and
quoted by 20+ documents that are no template (no frame of theirs filled by three terms, as 一?一策 is by 一企一策, 一园一策,
一县一策) are checked at each position whose frame no other term fills (一带一路 at 带, not at 路: 一带一部 is another slogan).
A quotation that is a slogan quoted by 5+ documents with one character replaced by a homophone, a near homophone or a
look-alike (``“一代一路”``, ``“一国两治”``, ``“放管福”``) is flagged even where every pair it makes is written; not a province's
or city's short name in its place (``“浙”里办``, ``“和美湘村”``: puns), nor a numbered template (``“一企一册”``).
The hand-listed formulations of four characters or more that the corpus does not hold (``lexicon/fixed_formulations.tsv``,
now with park, business-service and bulletin formulations: 容缺受理, 低效用地, 众创空间, 工业生产者出厂价格 …) are looked for
by the same homophone and look-alike tests as a term of 20 documents (``lexicon.near_miss_terms``): ``容缺受里``, ``低效用第``.
The last character of a term of seven or more replaced by a true homophone is flagged before a written pair too
(``城镇登记失业律为``). Still not recognised: two-character words whose replaced character's neighbour makes no corpus pair
either way (协意引资, 综和收入), slips to a character neither sounding nor looking alike (还比 for 环比), 3-character rate words
of fewer than 30 documents (出生律).

Also (termunit round, issue 7): another word written in a closed word slot of an established formulation
(``rules/word_slot_slips.py``), whatever its sound or shape: 全面从紧治党 (从严), 乡村复兴战略 (振兴), 京津冀协调发展 (协同),
供给侧结构化改革 (结构性), 新质生产率 (生产力). ``lexicon/closed_slots.tsv`` (``scripts/build_lexicons.py``) lists the words of two
characters or more, after another word of a term of 10+ documents, that the corpus writes in the term's frame at least 95% of
the time and 20+ times (50+ for a term's last word); a run that is the term with that word written one character differently
is flagged unless the corpus writes it there, or writes it both after the two characters before the slot and before the two
after it (城乡人民收入: 城乡人民 and 人民收入 are written). Not flagged: one level of government for another (均居全市 beside
均居全国, 全省各族人民); a slot of one character (提档增效, 打赢蓝天); a term's first word (生活资料); a word two characters away
(新发展观念 beside 新发展理念: 理念 → 观念 is one character, but 新发展 + a word is an open slot); numerals.

Also (wordingdates): a character inside a four-character formulation whose both new pairs are unwritten (一岗两责), a
quoted formulation of six characters or more with an edge character replaced (“双随机、一公示”), a formulation of four
characters or more (listed, or used by 10+ corpus documents) with an inner character written twice (营商环环境, 高质量量发展;
not at a seam of two words, 中国国民经济, 更高水平平台, nor a reduplication, 扎扎实实); see ``formulation_slips``. Not flagged: a verb of going with the one-character place it goes to (客商来园考察: 来园 beside
来源; 驻村, 赴企, 返乡: ``words.toml`` ``[levels]``).

Also (termW, issue 7): a word-slot slip in a text that writes the slot's own pair elsewhere (乡村复兴战略 beside 组织振兴, as
whole reports nearly always do) is looked for where the replaced character makes a pair the corpus never writes (村复); a
true homophone in a term of 10+ documents making one pair the corpus writes and one it never writes (总体部局: 体部 is
written, 部局 never; was 20+ documents); the hand-listed formulations' slips whose every pair the corpus writes are mined into
``known_pair_slips.tsv`` like a mined term's (社会主义核心价值关: 值关 is written). Not flagged: a word-slot slip whose every pair is
written in a text that writes the slot's pair elsewhere (京津冀协作发展 beside 协同 elsewhere: locating the kept pairs costs too
much).

Also (termQ): a hand-listed formulation holding a quoted name, with the last character(s) of the term before the opening mark
left out (专精特“小巨人”, 新时“枫桥经验”): mined into ``shortened_formulations.tsv`` when the characters left out end a mined term
(专精特新; jieba splits it into single characters, so no dictionary word marks the cut), looked up like any shortened run. The
curated table adds a numbered session with the homophone 界 for 届 (二十界三中全会, 十四界全国人大; not 三界镇人大: a numeral must
stand before 界 and a session after it), a plenary session called a 会议 after its term (二十届三中会议), a character of 五位一体
or 四个全面 replaced before its 布局 (“五位一统”总体布局; 四位一体 and 四个重点 before other words are left alone), and 理念 of
新发展理念 swapped for a word sharing a character after the verb it takes (贯彻新发展观念, 践行新发展理论; not 新发展阶段/格局, nor
新发展观). Not flagged: a two-character slip whose replaced character makes, with the character beside the run on its side, a
dictionary word of jieba frequency 100+ the corpus never writes (设沥 in 铺设沥青: ``lexicon/slip_outer_words.tsv``, built by
``scripts/build_word_neighbours.py``). Still not recognised: 新发展理论 without the verb before it, a near sound that is no fuzzy
syllable (连长制), numbered slogans not listed.

## Why is this bad?
Fixed formulations are checked word for word by every reviewer of an official document; a wrong
one reads as carelessness or, worse, as a political error. Wrong forms come from text run through a
synonym replacer, from pinyin input (the homophone the input method offered first) and from OCR.

## Example
```text
坚持科学进展观，把平安生产列入重要议事日程，持续优化营商环竟，全面推进乡村振新。
```
Flagged: ``科学进展观``, ``平安生产``, ``营商环竟``, ``乡村振新``.

## Use instead
```text
坚持科学发展观，把安全生产列入重要议事日程，持续优化营商环境，全面推进乡村振兴。
```
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from functools import lru_cache

from draftcheck import disk_cache
from draftcheck.finding import Finding, Severity
from draftcheck.lexicon import (
    character_readings,
    corpus_bigrams,
    data_bytes,
    dictionary_slips,
    established_terms,
    fixed_numbered_positions,
    hand_listed_terms,
    known_pair_slips,
    known_slip_pairs,
    near_miss_terms,
    slip_outer_words,
    term_neighbour_words,
    lookalike_characters,
)
from draftcheck.lexicon.words import words
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.formulation_slips import (
    LOOSE,
    find_doubled_characters,
    find_dropped_characters,
    find_formulation_slips,
    is_loose,
    unseen_pairs,
)
from draftcheck.rules.term_table import find_term_errors
from draftcheck.rules.word_slot_slips import find_word_slot_slips

# A wrong form or right form with quotation marks may pair with marks outside the span: never replaced blindly.
_QUOTES = set("“”‘’\"'「」『』")


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class TermIndex:
    """``_term_index``'s table: a context key -> the (term, k) filed under it. Kept as one string per key
    (``k term`` entries, tab-separated), which the disk cache loads in milliseconds, and parsed only for
    the keys a text looks up, as long as it looks up few (a short report); after ``UNPACK_AFTER`` lookups
    the whole table is unpacked once into a dict whose own ``get`` then answers every later lookup."""

    UNPACK_AFTER = 20_000

    def __init__(self, entries: dict[str, str]) -> None:
        self._entries = entries
        self._lookups = 0

    @staticmethod
    def _unpack(packed: str) -> list[tuple[str, int]]:
        return [(term, int(k)) for k, term in (entry.split(" ", 1) for entry in packed.split("\t"))]

    def get(self, key: str, default=None):
        self._lookups += 1
        if self._lookups > self.UNPACK_AFTER:
            table = {name: self._unpack(packed) for name, packed in self._entries.items()}
            self.get = table.get  # the instance attribute shadows this method from now on
            return table.get(key, default)
        packed = self._entries.get(key)
        return default if packed is None else self._unpack(packed)


@lru_cache(maxsize=1)
def _term_index() -> TermIndex:
    """Each established term, with the position ``k`` of a character that may be replaced, under the
    characters around that position: ``<`` + the two after it for the first character (<全生 for
    安全生产), the two before it + ``>`` for the last (生产>), the one before and the one after for a
    character inside (全_产 is 全产). A two-character word is filed under its other character (部> or <署).

    Terms of four characters or more, three-character slogans the corpus quotes (“放管服”) and
    two-character dictionary words (部署), the last under stricter tests (``_word_fits_beside``); other
    three-character runs are left out: 新工_ or _食品 is too little to tell a slip from a word or a name.
    Built once from established_terms.tsv and kept in the disk cache (``disk_cache.cached``).
    """

    def build() -> dict[str, str]:
        index: dict[str, list[str]] = {}
        for term, (documents, _, quoted) in near_miss_terms().items():
            first = 0
            if len(term) == 3 and not quoted:
                if documents < _MIN_DOCUMENTS_THREE:
                    continue
                first = 1  # 碳达锋 for 碳达峰, but never 新工艺 for 副工艺: a first character may start a name
            for k in range(first, len(term)):
                index.setdefault(_context_key(term, k), []).append(f"{k} {term}")
        return {key: "\t".join(entries) for key, entries in index.items()}

    sources = [data_bytes("established_terms.tsv"), data_bytes("fixed_formulations.tsv")]
    return TermIndex(disk_cache.cached("term-index", sources, "4", build))


# A three-character term (碳达峰, 生产力) is checked, past its first character, when this many documents use it.
_MIN_DOCUMENTS_THREE = 30


def _context_key(run: str, k: int) -> str:
    if len(run) == 2:
        return "<" + run[1] if k == 0 else run[0] + ">"
    if k == 0:
        return "<" + run[1:3]
    if k == len(run) - 1:
        return run[-3:-1] + ">"
    return run[k - 1] + run[k + 1]


# The fuzzy syllables of pinyin input methods (模糊音): a typist who does not tell z/zh, c/ch, s/sh or
# in/ing, en/eng, an/ang apart picks the character of the other syllable.
_FUZZY = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an"))


@lru_cache(maxsize=4096)
def _fuzzy(syllable: str) -> str:
    for retroflex, flat in _FUZZY:
        syllable = syllable.replace(retroflex, flat)
    return syllable


def why_sound(written: str, meant: str) -> bool:
    """Whether ``written`` is a true homophone of ``meant`` (same syllable and tone)."""
    return bool(character_readings(written)[0] & character_readings(meant)[0])


def confusion(written: str, meant: str) -> str | None:
    """Why ``written`` may stand for ``meant``: 同音, 音近 (other tone or a fuzzy syllable), 形近, or None."""
    written_toned, written_toneless = character_readings(written)
    meant_toned, meant_toneless = character_readings(meant)
    if written_toned & meant_toned:
        return "同音"
    if written_toneless & meant_toneless or {_fuzzy(r) for r in written_toneless} & {_fuzzy(r) for r in meant_toneless}:
        return "音近"
    if meant in lookalike_characters().get(written, ()):
        return "形近"
    return None


_NUMERALS = frozenset("一二三四五六七八九十两百千万")


def _fits_beside(text: str, start: int, n: int, k: int, term: str, pairs: frozenset[str], *, end_pair: bool = True) -> bool:
    """Whether a run that replaces ``term[k]`` can be that term, judged by the character just outside it.

    A replaced first or last character may instead belong to the word next to the run (中心整改 is
    中心 + 整改, not 中心镇 misspelt; 大运福食品 is a company name, not 副食品). A replaced last character
    must not make a pair the corpus writes with the character after it; a replaced first character,
    where names and modifiers stand, must follow a non-Han character, or a character that makes a
    corpus pair with the term's own first character and none with the written one.
    Numbered slogans (一企一策, 一园一策) are templates that writers fill freely, never checked.
    """
    numerals = sum(char in _NUMERALS for char in term)
    if term[k] in _NUMERALS or (numerals >= 2 and (term, k) not in fixed_numbered_positions()):
        return False  # (a numbered slogan checked only where it is no template: 一带一路, not 一企一策)
    if n == 2:
        return _word_fits_beside(text, start, k, term, pairs)
    if k == 0 and start > 0 and _is_han(text[start - 1]):
        before = text[start - 1]
        return before + term[0] in pairs and before + text[start] not in pairs
    end = start + n
    if end_pair and k == n - 1 and end < len(text) and _is_han(text[end]):
        return text[end - 1] + text[end] not in pairs
    return True


def _word_fits_beside(text: str, start: int, k: int, word: str, pairs: frozenset[str]) -> bool:
    """The stricter test for a two-character word (布署 for 部署), which has no third character to anchor it.

    On the side of the replaced character the neighbour must be a non-Han character, or one that makes
    a corpus pair with the word's own character and none with the written one (安排布署: 排部 is
    written, 排布 never). On the other side the kept character must not make a corpus pair with its
    neighbour (大理石有限公司 is 有限, 刷新页面 is 页面): a written pair there means the run straddles
    two words.
    """
    if _goes_to_a_place(text[start : start + 2], k):
        return False
    changed, kept_side = (start - 1, start + 2) if k == 0 else (start + 2, start - 1)
    if 0 <= changed < len(text) and _is_han(text[changed]):
        outside = text[changed]
        if k == 0:
            fits = outside + word[0] in pairs and outside + text[start] not in pairs
        else:
            fits = word[1] + outside in pairs and text[start + 1] + outside not in pairs
        if not fits:
            return False
    if 0 <= kept_side < len(text) and _is_han(text[kept_side]):
        kept = text[start + 1] if k == 0 else text[start]
        pair = kept + text[kept_side] if k == 0 else text[kept_side] + kept
        if pair in pairs:
            return False
    return True


# A two-character word is taken without a neighbour to anchor it (协意引资: neither 议引 nor 意引 is written) when
# this many documents use it, and the run is no word of jieba's dictionary (lexicon/term_neighbour_words.tsv).
_MIN_DOCUMENTS_BARE_WORD = 20


def _makes_outer_word(text: str, start: int, k: int) -> bool:
    """Whether the replaced character of a two-character run makes, with the character beside the run on its side, a
    dictionary word the corpus never writes (lexicon/slip_outer_words.tsv): 设沥 in 铺设沥青 is 沥青's, not 设立 slipped."""
    outer = text[start - 1 : start + 1] if k == 0 else text[start + 1 : start + 3]
    return len(outer) == 2 and outer in slip_outer_words()


def _goes_to_a_place(run: str, k: int) -> bool:
    """Whether a two-character run whose second character was replaced is a verb of going with the one-character place
    it goes to (客商来园考察: 来园, not 来源; 驻村, 赴企, 返乡): a word of the report's register, not a slip."""
    return k == 1 and run[1] in _level_characters() and run[0] in _arrival_verbs()


@lru_cache(maxsize=1)
def _level_characters() -> frozenset[str]:
    return frozenset(words("levels", "characters")) | {"企", "乡", "校", "院", "厂", "站", "馆", "社"}


@lru_cache(maxsize=1)
def _arrival_verbs() -> frozenset[str]:
    return frozenset(words("levels", "arrivals"))


def _unlisted_word_slip(text: str, start: int, k: int, word: str, documents: int, pairs: frozenset[str], terms: dict) -> bool:
    """Whether a two-character run the corpus never writes is ``word`` with ``word[k]`` replaced, though neither
    neighbour anchors it (协意引资, 综和收入, 增副达到): the word is common, the run is no dictionary word at all
    (not 协义, not a place or a firm's name jieba lists), the written character makes no pair with the
    character beside it that the word's own character does not make too (and no word with it), and the kept
    character makes no word with its other neighbour (大理石有限: 有限 is a word, the run straddles two).
    """
    if documents < _MIN_DOCUMENTS_BARE_WORD or word[k] in _NUMERALS:
        return False
    run = text[start : start + 2]
    if run[k] in _NUMERALS or run in term_neighbour_words():
        return False
    if _goes_to_a_place(run, k):
        return False
    if not (why_sound(run[k], word[k]) or word[k] in lookalike_characters().get(run[k], ())):
        return False  # the same syllable and tone (协意), or the shape; a looser sound is too common (可研, 天起)
    changed, kept_side = (start - 1, start + 2) if k == 0 else (start + 2, start - 1)
    if not all(0 <= side < len(text) and _is_han(text[side]) for side in (changed, kept_side)):
        return False  # inside a sentence only: at its edge a run may be the end of a longer word (粘合剂、)
    written, meant = (text[changed] + run[0], text[changed] + word[0]) if k == 0 else (run[1] + text[changed], word[1] + text[changed])
    if written in pairs and not (run[k] in _SEAM_LAST | _SEAM_FIRST and meant in pairs):
        return False  # the written character may belong to the word beside it (开发区未发生: 未发, 全部移交: 全部);
    # a conjunction or a particle pairs with almost anything, so its pair is no such sign where the word's own
    # character makes one too (综和收入: 和收 and 合收 are both written)
    kept = text[kept_side] + run[0] if k == 1 else run[1] + text[kept_side]
    if kept in terms:
        return False  # (大理石有限: 有限 is a word, the run straddles two)
    if any(char in _name_heads() for char in text[start + 2 : start + 4]):
        return False  # the name of a place or a firm (在协意镇建设, 综和村): names are written as their owners please
    # the kept character must be bound to its word: one the corpus writes beside few characters on the run's side
    # (综 before 11, 协 before 28) may end no word there; 区, 县, 合 end many (开发区未发生, 配合县国土局)
    return _free_neighbours(run[1 - k], k) <= _MAX_BOUND_NEIGHBOURS


_MAX_BOUND_NEIGHBOURS = 40


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return frozenset(words("names", "heads"))


@lru_cache(maxsize=4096)
def _free_neighbours(char: str, k: int) -> int:
    """How many distinct characters the corpus writes after ``char`` (``k`` = 1: the run's second character was
    replaced, ``char`` is its first) or before it (``k`` = 0)."""
    pairs = corpus_bigrams()
    if k == 1:
        return len(pairs.followers(char))
    return len(_characters_before().get(char, ""))


@lru_cache(maxsize=1)
def _characters_before() -> dict[str, str]:
    before: dict[str, list[str]] = {}
    for pair in corpus_bigrams().as_set():
        before.setdefault(pair[1], []).append(pair[0])
    return {char: "".join(chars) for char, chars in before.items()}


# A near miss whose replaced character makes a pair the corpus writes on one side (构型 in 结构型改革: 结构
# + 型, but 型改 never) is taken only for a term of four characters or more this widely used, the slip
# then being far likelier than a rare word; with a sound only near alike (another tone, a fuzzy syllable)
# the term must be used more widely still.
_ESTABLISHED_DOCUMENTS = 20
_WIDELY_ESTABLISHED = 40


# A true homophone (总体部局 for 总体布局, 部 and 布 both bù) making one pair the corpus writes (体部, of 全体部门) and one it
# never writes (部局) is taken in a term of four characters or more used by this many documents: as many as a slip whose
# every pair is written needs (``known_pair_slips.tsv``).
_MIN_DOCUMENTS_HOMOPHONE_SEEN = 10


def _established_enough(term: str, n: int, documents: int) -> bool:
    """A term of seven characters or more (供给侧结构性改革) is evidence enough by its length."""
    return n >= _LONG_TERM or (n >= 4 and documents >= _ESTABLISHED_DOCUMENTS)


_LONG_TERM = 7
# A term the corpus quotes as a slogan (“揭榜挂帅”) in this many documents.
_MIN_QUOTED_SLOGAN = 2
# A slogan of four characters or more quoted by this many documents is a fixed formulation: a near miss of it
# may make one pair the corpus writes (一网同办: 同办 is written, in 共同办理; 腾龙换鸟: 腾龙).
_MIN_QUOTED_SEEN_SLOGAN = 2


# A slip whose every pair is one the corpus writes (形势主义: 形势 and 势主 are both written; 高质量发战: 发战, as
# in 开发战略) has no unseen pair to find it by. scripts/build_lexicons.py lists such slips of the terms used
# by 60+ documents (known_pair_slips.tsv): true homophones, look-alikes and, kept only where the character
# makes no word with its neighbour, the same syllable in another tone (形势主义, 新质生产利, 高质量发战).
# Pairs of the commonest words written in traditional characters: a text holding several of them is in
# traditional script, where a character differing from a simplified term is no slip.
_TRADITIONAL_PAIRS = frozenset(
    "國家 我們 這個 發展 經濟 會議 時間 對於 關於 實現 進行 問題 說明 過程 應該 已經 這些 還有 現在 從而 為了 "
    "並且 地區 計劃 領導 機關 國務 人員 財政 農業 業務 勞動 鬥爭 黨的 學習 運動 歷史 軍隊 條件 質量".split()
)
_MIN_TRADITIONAL_PAIRS = 3
# Characters written only in traditional script (國, 們, 發 …): three of them mark a text in traditional characters.
_TRADITIONAL_CHARACTERS = frozenset("國們這發經會時對關實進問說過應還現從為並區劃領導機員農務勞動鬥黨學習運歷軍隊條質圖書門開東車馬風飛聽讀寫買賣見頁灣華語與總統將專當點億萬濟權")
# (found by one class-led regex scan: ``_TRADITIONAL_CHARACTERS.intersection(text)`` hashes every character of the text)
_TRADITIONAL_CHARACTER = re.compile("[" + "".join(sorted(_TRADITIONAL_CHARACTERS)) + "]")


def in_traditional_script(text: str, text_pairs: set[str]) -> bool:
    """Whether ``text`` is written in traditional characters (國家, 們的 …), where a character differing from a
    simplified term is no slip."""
    return (
        len(text_pairs & _TRADITIONAL_PAIRS) >= _MIN_TRADITIONAL_PAIRS
        or len(set(_TRADITIONAL_CHARACTER.findall(text))) >= _MIN_TRADITIONAL_PAIRS
    )


def _makes_word(run: str, k: int, terms: dict) -> bool:
    """Whether the replaced character makes an established word with a neighbour in the run (新型 in
    新型产业, a phrase of its own beside 新兴产业; 发战 in 高质量发战 is no word)."""
    return (k > 0 and run[k - 1 : k + 1] in terms) or (k < len(run) - 1 and run[k : k + 2] in terms)


@lru_cache(maxsize=1)
def _pairs_in_terms() -> frozenset[str]:
    """Every pair of characters inside an established term (地级 of 地级市): a replaced last character
    that makes one with the next character may belong to the next word instead."""
    return frozenset(term[i : i + 2] for term in established_terms() for i in range(len(term) - 1))


def _slips_of_known_pairs(
    text: str, text_pairs: set[str], pairs: frozenset[str], terms: dict
) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """Slips of the most used terms whose every pair the corpus writes, from the mined table
    (``lexicon/known_pair_slips.tsv``): a text holding none of its pairs costs one set intersection."""
    present = text_pairs & known_slip_pairs()
    if not present:
        return
    # only slips whose written run's pairs the text holds too (one subset test each, the run's pairs prepared once
    # per process) are looked for
    wanted: dict[str, list[tuple[str, int, str, str, str, frozenset[str], int]]] = {}
    for pair in present:
        candidates = [entry for entry in _prepared_slips(pair) if entry[5] <= text_pairs]
        if candidates:
            wanted[pair] = candidates
    if not wanted:
        return
    size = len(text)
    for pair, candidates in wanted.items():
        # (and whose written run the text holds, where most candidates stop: one candidate's run, longer than the
        # pair, is looked for itself, which str.find does faster; several runs hold the pair, so can only stand where
        # it does, which is looked up once for all of them and reused below)
        if len(candidates) == 1 and candidates[0][4] not in text:
            continue
        at_pair = _occurrences(text, pair)
        candidates = [entry for entry in candidates if _run_at(text, at_pair, entry)]
        for at in at_pair if candidates else ():
            for term, k, written, kind, _, _, _ in candidates:
                n = len(term)
                start = at - (k if k < n - 1 else k - 1)
                if 0 <= start and start + n <= size and text.startswith(term[:k], start) and text.startswith(term[k + 1 :], start + k + 1):
                    yield from _known_pair_slip(text, start, text[start : start + n], term, k, kind, pairs, terms)


@lru_cache(maxsize=None)
def _prepared_slips(pair: str) -> tuple[tuple[str, int, str, str, str, frozenset[str], int], ...]:
    """``known_pair_slips()[pair]`` with each entry's written run, the run's pairs and where ``pair`` stands in it:
    (term, k, written, kind, run, pairs of the run, offset of the pair in the run or -1). Prepared once per process,
    for the pairs the texts hold (a short report holds few of them)."""
    rows = []
    for term, k, written, kind in known_pair_slips()[pair]:
        run = term[:k] + written + term[k + 1 :]
        rows.append((term, k, written, kind, run, frozenset(map(operator.add, run, run[1:])), run.find(pair)))
    return tuple(rows)


def _occurrences(text: str, pair: str) -> list[int]:
    """Every position of ``pair`` in ``text``."""
    spots = []
    at = text.find(pair)
    while at >= 0:
        spots.append(at)
        at = text.find(pair, at + 1)
    return spots


def _run_at(text: str, spots, entry: tuple[str, int, str, str, str, frozenset[str], int]) -> bool:
    """Whether the text holds the entry's written run (``entry[4]``), ``spots`` being the positions of the pair that
    stands at ``entry[6]`` in it."""
    run, offset = entry[4], entry[6]
    if offset < 0:
        return run in text
    return any(at >= offset and text.startswith(run, at - offset) for at in spots)


def _known_pair_slip(
    text: str, start: int, run: str, term: str, k: int, kind: str, pairs: frozenset[str], terms: dict
) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """``run`` (the term with its k-th character replaced, every pair written in the corpus) as a slip."""
    n = len(term)
    written = run[k]
    # (a replaced last character making a pair with the next one is no sign of another word here, every
    # pair of the run being written anyway (战为 in 以推动高质量发战为主题); a word is: 稳居全国地级市 is 地级,
    # not 居全国第 misspelt)
    if run in terms or not _fits_beside(text, start, n, k, term, pairs, end_pair=False):
        return
    if k == n - 1 and text[start + n : start + n + 1] and written + text[start + n] in _pairs_in_terms():
        return
    if kind == "声调" and _makes_word(run, k, terms):
        return  # 新型产业 beside 新兴产业: another tone that makes a word of its own is another phrase
    why = "音近（仅声调不同）" if kind == "声调" else kind
    yield start, start + n, term, f"“{written}”与“{term[k]}”{why}", terms[term][0], False


# Two adjacent characters of a term exchanged (专特精新 for 专精特新, 生态文保护 …): a typing slip, taken for
# terms of four characters or more used by this many documents, when the exchange brings in a pair the corpus
# never writes and the run is no term itself.
_MIN_DOCUMENTS_TRANSPOSED = 20


_TRANSPOSED_LENGTHS = (9, 8, 7, 6, 5, 4)


def _transpositions(text: str, unseen: set[str], terms: dict) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """Runs that are a widely used term with two adjacent characters exchanged. An exchange brings in a pair
    the corpus never writes (the exchanged pair or one beside it), so around each unseen pair the exchange of
    it and of its neighbours is undone and the runs around it are looked up. An exchanged pair the corpus
    writes as it stands (展开 in 深入展开) is a word, not a slip."""
    yield from _distant_exchanges(text, unseen, terms)
    size = len(text)
    tried: set[int] = set()
    for p in range(size - 1):
        if text[p : p + 2] not in unseen:
            continue
        for q in (p - 1, p, p + 1):
            if q < 0 or q + 2 > size or q in tried or text[q] == text[q + 1]:
                continue
            tried.add(q)
            if text[q : q + 2] in terms:
                continue  # the exchanged pair is a word as it stands (深入展开: 展开): no slip
            swapped = text[q + 1] + text[q]
            for n in _TRANSPOSED_LENGTHS:
                for start in range(max(0, q - n + 2), min(q, size - n) + 1):
                    end = start + n
                    term = text[start:q] + swapped + text[q + 2 : end]
                    entry = terms.get(term)
                    if entry is None or entry[0] < _MIN_DOCUMENTS_TRANSPOSED or text[start:end] in terms:
                        continue
                    if sum(char in _NUMERALS for char in term) >= 2:
                        continue  # numbered slogans are templates (一企一策)
                    why = f"“{text[q : q + 2]}”两字颠倒，应为“{swapped}”"
                    yield start, end, term, why, entry[0], True


def pairs_of(text: str) -> set[str]:
    """Every pair of adjacent characters of ``text``."""
    return set(map(operator.add, text, text[1:]))


_EXCHANGE_LENGTHS = (4, 5, 6)
# Two characters that are not neighbours exchanged make a run far from any word (先破后立): a term this widely used
# is evidence enough.
_MIN_DOCUMENTS_DISTANT = 10


def _distant_exchanges(text: str, unseen: set[str], terms: dict) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """Runs of four to six characters that are a widely used term with two characters that are not neighbours
    exchanged (先破后立 for 先立后破): one of them stands in a pair the corpus never writes."""
    size = len(text)
    tried: set[tuple[int, int]] = set()
    for p in range(size - 1):
        if text[p : p + 2] not in unseen:
            continue
        for n in _EXCHANGE_LENGTHS:
            for start in range(max(0, p - n + 2), min(p, size - n) + 1):
                if (start, n) in tried:
                    continue
                tried.add((start, n))
                run = text[start : start + n]
                if run in terms:
                    continue
                for i in range(n - 2):
                    for j in range(i + 2, n):
                        if run[i] == run[j]:
                            continue
                        if j - i == 2 and ((i > 0 and run[i - 1] == run[j - 1]) or (j + 1 < n and run[i + 1] == run[j + 1])):
                            continue  # two coordinated words in the other order (各类各级, 航天航空, 致贫返贫): no slip
                        term = run[:i] + run[j] + run[i + 1 : j] + run[i] + run[j + 1 :]
                        entry = terms.get(term)
                        if entry is None or entry[0] < _MIN_DOCUMENTS_DISTANT:
                            continue
                        if sum(char in _NUMERALS for char in term) >= 2:
                            continue
                        why = f"“{run[i]}”与“{run[j]}”位置颠倒，应为“{term}”"
                        yield start, start + n, term, why, entry[0], True


_SLOGAN_NUMERALS = frozenset("一二三四五六七八九十两")
# A numbered slogan is checked for its numbers when this many documents use it and quote it: local slogans
# (一区两园, 三区一村) are coined by one city and another city may count otherwise.
_MIN_DOCUMENTS_COUNT = 10
_MIN_QUOTED_COUNT = 10


@lru_cache(maxsize=1)
def _numbered_slogans() -> dict[str, tuple[str, ...]]:
    """Numbered slogans the corpus quotes (“两不愁三保障”, “一国两制”): terms of four to six characters with two
    different numerals or more, none next to another (not 十四五, 二十届: ordinals that count on; not 一企一策: a
    template), filed under the term with its numerals masked (#不愁#保障)."""
    table: dict[str, list[str]] = {}
    for term, (documents, _, quoted) in established_terms().items():
        if not 4 <= len(term) <= 6:
            continue
        places = [i for i, char in enumerate(term) if char in _SLOGAN_NUMERALS]
        if len(places) < 2 or any(b == a + 1 for a, b in zip(places, places[1:])):
            continue
        if len({term[i] for i in places}) < 2:
            continue  # 一企一策, 一园一策: a template writers fill freely, not a count
        table.setdefault(_mask_numerals(term), []).append(term)
    # a frame the corpus fills with several counts (三位一体 and 五位一体, 三个一批 and 四个一批) is no fixed count
    terms = established_terms()
    return {
        key: (found[0],)
        for key, found in table.items()
        if len(found) == 1 and terms[found[0]][0] >= _MIN_DOCUMENTS_COUNT and terms[found[0]][2] >= _MIN_QUOTED_COUNT
    }


def _mask_numerals(run: str) -> str:
    return "".join("#" if char in _SLOGAN_NUMERALS else char for char in run)


def _numeral_slips(text: str, unseen: set[str], terms: dict) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """A numbered slogan with one of its numbers changed (两不愁两保障 for 两不愁三保障), the changed number making a
    pair the corpus never writes."""
    slogans = _numbered_slogans()
    if not slogans:
        return
    size = len(text)
    for p in range(size - 1):
        pair = text[p : p + 2]
        if pair not in unseen or not _SLOGAN_NUMERALS.intersection(pair):
            continue
        for n in (4, 5, 6):
            for start in range(max(0, p - n + 2), min(p, size - n) + 1):
                run = text[start : start + n]
                for term in slogans.get(_mask_numerals(run), ()):
                    changed = [i for i in range(n) if run[i] != term[i]]
                    if len(changed) != 1 or run in terms or start + changed[0] not in (p, p + 1):
                        continue
                    k = changed[0]
                    if {run[k], term[k]} == {"二", "两"}:
                        continue  # 二 and 两 are one number
                    why = f"数字“{run[k]}”应为“{term[k]}”（固定提法“{term}”）"
                    yield start, start + n, term, why, terms[term][0], True


def find_near_misses(
    text: str, text_pairs: set[str] | None = None, unseen: set[str] | None = None, traditional: bool | None = None
) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """Yield ``(start, end, term, why, documents using the term, whether the run is sure never to occur
    in the corpus)`` for every near miss of an established term in ``text``.

    A near miss is a run as long as the term that differs from it in one character, the two characters
    sound or look alike, and the pairs the replaced character makes with its neighbours inside the run
    are ones the proofread corpus never writes; one of them may be a written pair when the term is long
    or widely used (``_established_enough``). Only runs around such unseen pairs are examined, so a
    clean text costs one set difference; the slips whose every pair is written are looked for in the
    most widely used terms only (``_slips_of_known_pairs``). ``text_pairs``: ``pairs_of(text)`` when the
    caller has it; ``traditional``: ``in_traditional_script(text, text_pairs)`` when the caller has it.
    """
    pairs = corpus_bigrams()
    if text_pairs is None:
        text_pairs = pairs_of(text)
    if in_traditional_script(text, text_pairs) if traditional is None else traditional:
        return  # a text in traditional characters (國家, 們的 …): every 國 would be a slip for 国
    terms = near_miss_terms()  # (the hand-listed formulations too: 容缺受里)
    yield from _slips_of_known_pairs(text, text_pairs, pairs, terms)
    if unseen is None:
        unseen = unseen_pairs(text_pairs)  # the text's pairs of Han characters the corpus never writes
    if not unseen:
        return
    yield from _transpositions(text, unseen, terms)
    yield from _numeral_slips(text, unseen, terms)
    index = _term_index()
    size = len(text)
    for p in range(size - 1):
        if text[p : p + 2] not in unseen:
            continue
        for q in (p, p + 1):
            keys = ("<" + text[q + 1 : q + 3], text[q - 2 : q] + ">" if q >= 2 else "", text[q - 1 : q + 2 : 2] if q else "")
            keys += ("<" + text[q + 1 : q + 2], text[q - 1] + ">" if q else "")
            for key in keys:
                for term, k in index.get(key, ()):
                    n = len(term)
                    start = q - k
                    # the unseen pair must lie inside the run: the replaced character is p or p + 1
                    if start < 0 or start + n > size or (q == p and k == n - 1) or (q == p + 1 and k == 0):
                        continue
                    run = text[start : start + n]
                    if run[:k] != term[:k] or run[k + 1 :] != term[k + 1 :] or run[k] == term[k]:
                        continue
                    seen = (k > 0 and run[k - 1 : k + 1] in pairs) + (k < n - 1 and run[k : k + 2] in pairs)
                    slogan = n >= 4 and terms[term][2] >= _MIN_QUOTED_SEEN_SLOGAN  # quoted as a slogan: “一网通办”, “腾笼换鸟”
                    # (a true homophone in a term of 10+ documents with its other pair unseen: 总体部局, 部局 never written)
                    if seen and not (
                        _established_enough(term, n, terms[term][0])
                        or slogan
                        or (n >= 4 and terms[term][0] >= _MIN_DOCUMENTS_HOMOPHONE_SEEN and why_sound(run[k], term[k]))
                    ):
                        continue  # the replaced character makes a pair the corpus writes: maybe a word
                    # (a slogan the corpus quotes, “揭榜挂帅”, keeps its last character even before a written pair: 揭榜挂师制)
                    quoted_end = n >= 4 and k == n - 1 and not seen and terms[term][2] >= _MIN_QUOTED_SLOGAN
                    # (a term of seven characters or more kept whole but its last is evidence enough: 城镇登记失业律为)
                    long_end = n >= _LONG_TERM and k == n - 1 and why_sound(run[k], term[k])
                    why = confusion(run[k], term[k])
                    if n == 2:
                        if why is None or run in dictionary_slips() or _fragment_across_words(term):
                            continue  # a two-character word: no slip that is a common word itself (公元)
                        if _makes_outer_word(text, start, k):
                            continue  # the written character makes a dictionary word with its neighbour (铺设沥青: 沥青)
                        # a true homophone anchored by its neighbours (安排布署), or a run no dictionary lists
                        # standing for a common word (协意引资, 综和收入, 增副达到)
                        anchored = why == "同音" and _fits_beside(text, start, n, k, term, pairs)
                        if not anchored and not _unlisted_word_slip(
                            text, start, k, term, terms[term][0], pairs, terms
                        ):
                            continue
                    elif not _fits_beside(text, start, n, k, term, pairs, end_pair=not (quoted_end or long_end)):
                        continue
                    if seen and why == "音近" and n < _LONG_TERM and terms[term][0] < _WIDELY_ESTABLISHED and not slogan:
                        continue  # one known pair and a loose sound: too little
                    if why is not None:
                        yield start, start + n, term, f"“{run[k]}”与“{term[k]}”{why}", terms[term][0], True


# A two-character "term" that ends on a conjunction or a particle (金和 of 资金和人才, 业的 of 企业的) or opens
# on one is the seam of two words the corpus writes side by side, not a word: a name such as 金禾 is no slip of it.
_SEAM_LAST = frozenset("和与及或的了等着过也都就而并但")
_SEAM_FIRST = frozenset("的了与及或而并但")


def _fragment_across_words(term: str) -> bool:
    return term[-1] in _SEAM_LAST or term[0] in _SEAM_FIRST


# A quoted name of several parts (“红色引擎·链动发展”, a 党建品牌) is coined on purpose, often around a
# theme character the text repeats (链 of 产业链, 创新链): a near miss inside it is a pun, not a slip.
_NAME_SEPARATORS = frozenset("·•‧・")
_QUOTE_REACH = 16
_THEME_REPEATS = 3


def _coined_name(text: str, start: int, end: int, term: str, why: str) -> bool:
    """Whether ``text[start:end]`` (a near miss of ``term``) stands inside a quoted name longer than itself
    that holds a middle dot (and sounds only nearly like the term: a true homophone, 营商环竟, is still a
    slip there), or whose character differing from ``term`` the text repeats elsewhere (the name's theme)."""
    opening = text.rfind("“", max(0, start - _QUOTE_REACH), start + 1)
    if opening < 0 or "”" in text[opening:start]:
        return False
    closing = text.find("”", end, end + _QUOTE_REACH)
    if closing < 0 or closing - opening - 1 <= end - start:
        return False  # the quotation is the slogan itself (“放管福”): checked as usual
    name = text[opening + 1 : closing]
    if _NAME_SEPARATORS.intersection(name) and "同音" not in why:
        return True
    run = text[start:end]
    written = [char for char, meant in zip(run, term) if char != meant]
    return len(written) == 1 and text.count(written[0]) - 1 >= _THEME_REPEATS


# A quotation that is a slogan the corpus quotes with one character replaced by one sounding or looking alike
# (“一代一路” for “一带一路”): the quotation marks bound the slogan exactly, so the slip is flagged even where every pair
# it makes is written (一代, 代一). Slogans quoted by this many documents; a character of a province's or city's short
# name written in place of one of the slogan's is a pun, not a slip (“浙”里办, 和美“湘”村).
_MIN_QUOTED_WHOLE = 5
_QUOTATION = re.compile(r"“([\u4e00-\u9fff]{3,9})”")
_PLACE_CHARACTERS = frozenset("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台")


@lru_cache(maxsize=1)
def _quoted_slogan_frames() -> dict[str, tuple[str, ...]]:
    """Each slogan the corpus quotes often (“一带一路”, “放管服”) under each of its frames (the slogan with one
    character masked): the quotations a text holds are looked up there."""
    frames: dict[str, list[str]] = {}
    fixed = fixed_numbered_positions()
    for term, (_, _, quoted) in established_terms().items():
        if quoted < _MIN_QUOTED_WHOLE or not 3 <= len(term) <= 9:
            continue
        numbered = sum(char in _NUMERALS for char in term) >= 2
        for k, char in enumerate(term):
            if char in _NUMERALS or (numbered and (term, k) not in fixed):
                continue  # numbers are DC503's numbered-slogan test; templates (一企一策) are filled freely
            frames.setdefault(term[:k] + "\0" + term[k + 1 :], []).append(term)
    return {frame: tuple(terms) for frame, terms in frames.items()}


def _quoted_slogan_slips(text: str) -> Iterator[tuple[int, int, str, str, int, bool]]:
    """Quotations that are a widely quoted slogan with one character replaced by a homophone, a near homophone or a
    look-alike (“一代一路”), the quotation itself no term of the corpus."""
    if "“" not in text:
        return
    frames = _quoted_slogan_frames()
    terms = established_terms()
    for m in _QUOTATION.finditer(text):
        run = m.group(1)
        if run in terms:
            continue
        for k in range(len(run)):
            for term in frames.get(run[:k] + "\0" + run[k + 1 :], ()):
                if run[k] in _PLACE_CHARACTERS:
                    continue
                why = confusion(run[k], term[k])
                if why is not None:
                    yield m.start(1), m.end(1), term, f"“{run[k]}”与“{term[k]}”{why}", terms[term][0], True


class TermError(Rule):
    code = "DC503"
    slug = "term-error"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        taken = bytearray(len(ctx.text) + 1)  # characters inside a span already flagged
        found: list[Finding] = []
        text_pairs = pairs_of(ctx.folded)  # built once for the table's gates, the near misses and the word slots
        for start, end, right, why in sorted(find_term_errors(ctx.folded, text_pairs)):
            if taken[start]:
                continue  # a shorter entry inside a longer one already flagged
            taken[start:end] = b"\x01" * (end - start)
            wrong = ctx.text[start:end]
            found.append(
                self.finding(
                    ctx,
                    start,
                    end,
                    f"固定提法有误：“{wrong}”应为“{right}”（{why}）",
                    suggestion=right,
                    fix=self.replacement(start, end, right, "unsafe" if _QUOTES.intersection(wrong + right) else "safe"),
                )
            )
        # Near misses of mined terms: where several overlap, the most widely used term of four or more
        # characters wins (营商环境 over 优化营商环境 and over the word 环境).
        unseen = unseen_pairs(text_pairs)  # once, for the near misses and the formulations
        traditional = in_traditional_script(ctx.folded, text_pairs)  # once, likewise
        near = set(find_near_misses(ctx.folded, text_pairs, unseen, traditional))
        if not traditional:
            near.update(_quoted_slogan_slips(ctx.folded))
        # (ties broken by every field, a term never written first: two readings of one slip that differ only in their
        # wording would otherwise be ordered by the set's hash order, and the message would change from run to run)
        candidates = sorted(near, key=lambda c: (c[1] - c[0] < 4, -c[4], c[0], c[2], not c[5], c[3]))
        for start, end, term, why, documents, never in candidates:
            if any(taken[start:end]) or _coined_name(ctx.folded, start, end, term, why):
                continue
            taken[start:end] = b"\x01" * (end - start)
            wrong = ctx.text[start:end]
            found.append(
                self.finding(
                    ctx,
                    start,
                    end,
                    (f"疑似错别字：“{wrong}”应为“{term}”（{why}；“{term}”是固定提法，“{wrong}”不是）" if term in hand_listed_terms() else
                     f"疑似错别字：“{wrong}”应为“{term}”（{why}；“{term}”见于{documents}篇已校对的公文，"
                     + (f"“{wrong}”从未出现）" if never else f"“{wrong}”不是其中的说法）")),
                    suggestion=term,
                    # a near miss is an inference from the corpus, not a listed slip: a person decides
                    fix=self.replacement(start, end, term, "unsafe"),
                )
            )
        # Slips of the fixed formulations listed by hand and of the slogans the corpus quotes, whatever the
        # character written (党风廉洁建设, “一岗两责”, 两不愁两保障): see formulation_slips.
        # (the shortest formulation first, and one whose character sounds or looks alike: 有效链接 rather than the
        # whole 巩固拓展脱贫攻坚成果同乡村振兴有效衔接; 一网统办 is 一网通办, not 一网统管)
        slips = [] if traditional else find_formulation_slips(ctx.folded, text_pairs, confusion, unseen)
        slips = sorted(set(slips), key=lambda c: (c[1] - c[0], not c[4], c[0], c[2]))

        def formulation_slip(start: int, end: int, term: str, why: str) -> None:
            """Report a slip of a fixed formulation where no other finding of this rule stands."""
            if any(taken[start:end]):
                return
            taken[start:end] = b"\x01" * (end - start)
            found.append(
                self.finding(
                    ctx,
                    start,
                    end,
                    f"固定提法有误：“{ctx.text[start:end]}”应为“{term}”（{why}）",
                    suggestion=term,
                    fix=self.replacement(start, end, term, "unsafe"),
                )
            )

        for start, end, term, why, _ in slips:
            if not is_loose(why):
                formulation_slip(start, end, term, why)
        # Another word in a closed word slot of a formulation (全面从紧治党, 乡村复兴战略): see word_slot_slips. The most
        # widely written term first, then the longest (新质生产力 over 发展新质生产力; 供给侧结构性改革 over 侧结构性改革).
        slots = [] if traditional else find_word_slot_slips(ctx.folded, text_pairs, unseen)
        for start, end, term, written, word, support in sorted(set(slots), key=lambda c: (-c[5], c[0] - c[1], c[0], c[2])):
            formulation_slip(start, end, term, f"已校对的公文写“{term}”{support}次，这个位置几乎只写“{word}”，从未写“{written}”")
        # A formulation with one of its characters written twice (营商环环境).
        for start, end, term, why in ([] if traditional else find_doubled_characters(ctx.folded)):
            formulation_slip(start, end, term, why)
        # A formulation with one or two of its inner characters left out (中国特色主义思想).
        for start, end, term, why in sorted([] if traditional else find_dropped_characters(ctx.folded, text_pairs), key=lambda c: (c[0], -c[1])):
            formulation_slip(start, end, term, why)
        # The loosest slips last, where nothing else covers them (一岗两责; see formulation_slips.LOOSE).
        for start, end, term, why, _ in slips:
            if is_loose(why):
                formulation_slip(start, end, term, why[len(LOOSE) :])
        return sorted(found, key=lambda f: (f.span.start, f.span.end))
