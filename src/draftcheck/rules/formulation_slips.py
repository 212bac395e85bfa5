"""Slips of fixed formulations whose replaced character need not sound or look like the right one (DC503).

The near misses of ``dc503_term_error`` are homophone and look-alike slips of the terms the corpus writes. A
formulation is also written wrongly by a synonym replacer or a writer's memory (党风廉洁建设, 四好乡村路,
一岗两责, 工业增长值), with a wrong number (两不愁两保障, 千村示范、百村整治, 四篇大文章) or with two characters
exchanged, and county and park reports use formulations the national corpus holds thinly or not at all
(党政同责, 一岗双责). Here a run is compared with the hand list ``lexicon/fixed_formulations.tsv`` and flagged when
it differs from a formulation in exactly one character (or two neighbours exchanged), is no listed formulation or
established term itself, and the written character is no function word (从拿地到开工), under one of these tests,
strictest for the shortest formulations:

- a number changed (两/二 are one number) in a formulation with four other characters or more, or with two numbers
  and five characters or more (两不愁两保障, 千村示范、百村整治), or in four characters with two numbers, no counter
  (个, 位, 大 …: 四位一体 and 三大行动 are frames filled with any number) and an unseen pair (三会二课);
- a character inside a formulation of five characters or more (neither its first nor its last: 农业增加值 and
  安全生产责任险 are other phrases) that makes a pair the corpus never writes (工业增长值, 粮食安全党政共责);
- a character inside a formulation in quotation marks of its own (“四好乡村路”; in four characters only when it makes
  an unseen pair and does not sound like the right one: “一岗两责”, “枫林经验”, but “和美湘村” is a pun);
- the first or last character replaced by one that sounds (the same syllable; in three characters the same tone) or
  looks alike, making an unseen pair or, in three characters, standing alone with a true homophone (河长治; 河长治理 is 治理,
  黄河长治久安 a phrase; not a look-alike making a written pair, “村长制” beside 林长制: termQ).

Also (wordingdates): a character inside a four-character formulation, unquoted, replaced so that both pairs it makes are
pairs the corpus never writes (一岗两责: 岗两, 两责), reported only where no other slip covers the run (``LOOSE``); one unseen
pair is not enough (平稳建设 beside 平安建设, 容缺办理 beside 容缺受理 gave false flags on ``bench/term_holdout.py``), so 占补均衡
(均衡 is written) is not flagged. A quoted formulation of six characters or more with its first or last character replaced
(“双随机、一公示”).

The slogans the corpus quotes are not compared: quoted slogans are coined from one another (一网通办, 一卡通办, 跨省通办;
多规合一, 多格合一), which the held-out corpus benchmark (bench/term_holdout.py) showed. Not flagged either: a
formulation's legitimate other forms, listed beside it (河长制 and 湖长制); templates, left out of the list; a
formulation holding one character more; a sound-alike inside a long formulation whose every pair the
corpus writes (研究与实验发展经费, 自由贸易实验区: every kept half would have to be searched for in every text, too
costly for what it finds).

Also (lead): a hand-listed formulation of five characters or more with one or two characters inside it left out
(中国特色主义思想 for 中国特色社会主义思想), mined into ``lexicon/shortened_formulations.tsv`` by scripts/build_lexicons.py: the
corpus writes the formulation three times or more (two characters left out: twenty times, leaving six or more), the gap
cuts into one of its words (jieba's: 社会主义), the two characters on its sides make no dictionary word (进口总额 beside
进出口总额), a three-character run across the gap is one the corpus never writes (色主义), and the shortened run, four
characters or more, is no listed formulation or established term itself. Not flagged: a character left out at either
end (a formulation's end is often another word's start: 专精特 + 新), punctuation or function characters left out
(形式主义官僚主义, 人力资源社会保障), a whole word left out (地表水断面 beside 地表水国考断面), a gap whose every run the corpus
writes (居民可支配收入: an abbreviation), and the shortenings of the mined terms (推高质量发展 is 助推 + 高质量发展; 城镇失业 and
科技引领 are phrases of their own: a hundred runs per million held-out characters). bench/term_holdout.py (tables mined from
one half of the corpus, the other half linted) finds no shortened formulation among its DC503 findings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from draftcheck.lexicon import corpus_bigrams, established_terms, fixed_formulations, shortened_formulations

_OPENING = frozenset("“‘「『\"'")
# A run in quotation marks of its own, three to fourteen characters.
_QUOTED = re.compile(r"[“‘「『\"']([^“”‘’「」『』\"'\n]{3,14})[”’」』\"']")
_CLOSING = frozenset("”’」』\"'")
_NUMERALS = frozenset("一二三四五六七八九十两百千万")
# A run kept by a slip that this many corpus documents use as a word of its own is not searched for.
_COMMON_NEEDLE = 20
# Particles, prepositions and conjunctions: written in place of a formulation's character they make another phrase.
_FUNCTION_CHARACTERS = frozenset("的了和与及或是在对把被将到至从向由为以于而并且也都就之其所这那")
# Measure words of numbered frames writers fill with any number (四位一体, 三个全面, 五大行动).
_COUNTERS = frozenset("个位种项大条批篇")


# A quoted formulation this long is flagged with its first or last character replaced too (shorter quoted slogans are
# coined from one another at their edges: 一网通办, 一网统管).
_QUOTED_EDGE_LENGTH = 6
# Marks the reason of a slip found by the loosest test (a character of a four-character formulation, unquoted, that
# neither sounds nor looks like the right one): a caller reports it only where no other slip covers the text.
LOOSE = "\x00"


def is_loose(why: str) -> bool:
    return why.startswith(LOOSE)


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@lru_cache(maxsize=1)
def _formulations() -> frozenset[str]:
    """The hand-listed formulations of three characters or more."""
    return frozenset(term for term in fixed_formulations() if len(term) >= 3)


_HAN_PAIR_LINE = re.compile(r"^[\u4e00-\u9fff]{2}$", re.MULTILINE)


def unseen_pairs(text_pairs: set[str]) -> set[str]:
    """The pairs of two Han characters among ``text_pairs`` that the corpus never writes (picked by one regex scan of
    them one a line: a pair holding a line break is no such pair)."""
    return set(_HAN_PAIR_LINE.findall("\n".join(text_pairs - corpus_bigrams())))


def _context_key(term: str, k: int) -> str:
    """The characters around position ``k`` inside ``term`` (< and > for its edges): what a text around a changed
    character must hold for ``term`` with that character replaced."""
    return (term[k - 1] if k > 0 else "<") + (term[k + 1] if k < len(term) - 1 else ">")


@lru_cache(maxsize=1)
def _tables():
    """The formulations indexed for the four ways a slip is looked for (see ``find_formulation_slips``):
    by the characters around a replaced character, by the pair two exchanged characters make, by the formulation
    with one character masked (for quoted runs), and by the longer runs a slip keeps that no unseen pair reveals
    (a changed number, a sound-alike inside a long formulation, the end of a three-character one)."""
    around: dict[str, list[tuple[str, int]]] = {}
    exchanged: dict[str, list[tuple[str, int]]] = {}
    masked: dict[str, list[str]] = {}
    needles: dict[str, list[tuple[str, int, frozenset[str]]]] = {}
    terms = established_terms()
    for term in _formulations():
        n = len(term)
        for k in range(n):
            if not _is_han(term[k]):
                continue
            around.setdefault(_context_key(term, k), []).append((term, k))
            masked.setdefault(term[:k] + "\0" + term[k + 1 :], []).append(term)
            if k < n - 1 and _is_han(term[k + 1]) and term[k] != term[k + 1]:
                variant = term[:k] + term[k + 1] + term[k] + term[k + 2 :]
                exchanged.setdefault(variant[k : k + 2], []).append((term, k))
        kept: list[tuple[int, str]] = []
        if n == 3:
            kept = [(0, term[:2]), (1, term[1:])]
        elif n >= 5 and any(char in _NUMERALS for char in term):
            h = n // 2
            kept = [(0, term[:h]), (h, term[h:])]
        for offset, needle in kept:
            # (a needle that is a common word itself, 标准 of 标准地, is everywhere: too costly to search for)
            if len(needle) >= 2 and terms.get(needle, (0,))[0] < _COMMON_NEEDLE:
                pairs = frozenset(needle[i : i + 2] for i in range(len(needle) - 1))
                needles.setdefault(needle, []).append((term, offset, pairs))
    return around, exchanged, masked, needles


def find_formulation_slips(
    text: str, text_pairs: set[str], confusion, unseen: set[str] | None = None
) -> Iterator[tuple[int, int, str, str, bool]]:
    """Yield ``(start, end, formulation, why, alike)`` for every slip of a fixed formulation in ``text`` (see the
    module documentation); ``alike``: the characters sound or look alike (一网统办 is 一网通办 rather than 一网统管).
    ``text_pairs``: every pair of adjacent characters of the text; ``confusion(written, meant)``: why two characters
    may be mistaken (同音, 音近, 形近) or None; ``unseen``: the text's pairs of Han characters the corpus never writes.

    Most slips bring in a pair the corpus never writes: around each such pair the formulations a replaced or
    exchanged character may belong to are looked up. Runs in quotation marks are looked up whole with each character
    masked. The slips with no unseen pair (a number changed, a sound-alike in a long formulation, the end of a
    three-character one) keep half of their formulation: it is searched for where the text holds its pairs."""
    if unseen is None:
        unseen = unseen_pairs(text_pairs)
    around, exchanged, masked, needles = _tables()
    size = len(text)
    candidates: set[tuple[int, str, int]] = set()  # (start, formulation, change)
    for pair in unseen:
        at = text.find(pair)
        while at >= 0:
            for q in (at, at + 1):
                key_inside = (text[q - 1] if q > 0 else "") + (text[q + 1] if q + 1 < size else "")
                for key in (key_inside, "<" + text[q + 1 : q + 2], (text[q - 1] if q > 0 else "") + ">"):
                    for term, k in around.get(key, ()):
                        candidates.add((q - k, term, k))
            for q in (at - 1, at, at + 1):
                for term, k in exchanged.get(text[q : q + 2], ()) if q >= 0 else ():
                    candidates.add((q - k, term, -1 - k))
            at = text.find(pair, at + 1)
    for quoted in _QUOTED.finditer(text):
        content = quoted.group(1)
        for k in range(len(content)):
            for term in masked.get(content[:k] + "\0" + content[k + 1 :], ()):
                candidates.add((quoted.start(1), term, k))
    for needle, entries in needles.items():
        if not entries[0][2] <= text_pairs or needle not in text:
            continue
        at = text.find(needle)
        while at >= 0:
            for term, offset, kept in entries:
                start = at - offset
                if 0 <= start and start + len(term) <= size:
                    run = text[start : start + len(term)]
                    changed = [i for i in range(len(term)) if run[i] != term[i]]
                    if len(changed) == 1:
                        candidates.add((start, term, changed[0]))
            at = text.find(needle, at + 1)
    for start, term, change in sorted(candidates):
        n = len(term)
        if start < 0 or start + n > size:
            continue
        run = text[start : start + n]
        why = _slip(text, start, run, term, change, confusion)
        if why is not None:
            alike = change >= 0 and confusion(run[change], term[change]) is not None
            yield start, start + n, term, why, alike


def _slip(text: str, start: int, run: str, term: str, change: int, confusion) -> str | None:
    if run == term or run in _formulations() or run in established_terms():
        return None
    n = len(term)
    quoted = start > 0 and text[start - 1] in _OPENING and start + n < len(text) and text[start + n] in _CLOSING
    if change < 0:  # two neighbours exchanged
        k = -1 - change
        if run[k] != term[k + 1] or run[k + 1] != term[k] or run[:k] != term[:k] or run[k + 2 :] != term[k + 2 :]:
            return None
        if n < 4 and not quoted:
            return None
        return f"“{run[k : k + 2]}”两字颠倒，应为“{term[k : k + 2]}”（固定提法“{term}”）"
    k = change
    written, meant = run[k], term[k]
    if written == meant or not _is_han(written) or run[:k] != term[:k] or run[k + 1 :] != term[k + 1 :]:
        return None
    numerals = sum(char in _NUMERALS for char in term)
    pairs = corpus_bigrams()
    if meant in _NUMERALS and written in _NUMERALS:
        if {written, meant} == {"二", "两"}:
            return None
        if n - numerals >= 4 or (numerals >= 2 and n >= 5):
            return f"数字“{written}”应为“{meant}”（固定提法“{term}”）"
        # a formulation of four characters with two numbers: a count of nouns (三会一课, 三严三实), not a frame writers
        # fill with any number (四位一体, 三个全面: 位, 个), and a changed number making a pair the corpus never writes
        if numerals >= 2 and not _COUNTERS.intersection(term) and _unseen_around(run, k, pairs):
            return f"数字“{written}”应为“{meant}”（固定提法“{term}”）"
        return None
    if written in _FUNCTION_CHARACTERS:
        return None  # 从拿地到开工: a function word makes another phrase, not a slip of 拿地即开工
    inside = 0 < k < n - 1
    unseen = _unseen_around(run, k, pairs)
    if inside and quoted and (n >= 5 or (unseen and confusion(written, meant) is None)):
        # (a quoted slogan of four characters whose every pair the corpus writes is another slogan, “一窗通办”, and one
        # written with a homophone is a pun on it, “和美湘村”: a homophone in a formulation of four is judged below)
        return f"“{written}”应为“{meant}”（固定提法“{term}”）"
    if inside and n >= 5 and unseen:
        return f"“{written}”应为“{meant}”（固定提法“{term}”，“{run}”不是规范说法）"
    if quoted and n >= _QUOTED_EDGE_LENGTH:
        # (wordingdates) a quoted formulation of six characters or more with its first or last one replaced: “双随机、一公示”
        return f"“{written}”应为“{meant}”（固定提法“{term}”）"
    if inside and n == 4 and run[k - 1 : k + 1] not in pairs and run[k : k + 2] not in pairs:
        # (wordingdates) a character of a four-character formulation replaced by one of like meaning, unquoted, making
        # pairs the corpus never writes on both sides: 一岗两责 (岗两, 两责). One unseen pair is not enough: 平稳建设 beside
        # 平安建设, 容缺办理 beside 容缺受理 are other phrases (bench/term_holdout.py). Loose: reported after every other slip.
        return LOOSE + f"“{written}”应为“{meant}”（固定提法“{term}”，“{run}”不是规范说法）"
    why = confusion(written, meant)
    if n == 3 and not unseen and why == "同音":
        # 河长治 (长治 is a city): a three-character formulation standing alone, its changed end next to no Han character,
        # replaced by a true homophone only (“村长制” is a look-alike of 林长制 making a word, 村长: a system of its own)
        end = start + n
        unseen = (k == 0 and (start == 0 or not _is_han(text[start - 1]))) or (k == n - 1 and (end == len(text) or not _is_han(text[end])))
    if why is None or (n == 3 and why == "音近") or not unseen or not _fits_outside(text, start, n, k, term, pairs):
        return None
    return f"“{written}”与“{meant}”{why}（固定提法“{term}”）"


def _unseen_around(run: str, k: int, pairs) -> bool:
    """Whether the character at ``k`` makes a pair the corpus never writes with a neighbour inside the run."""
    return (k > 0 and run[k - 1 : k + 1] not in pairs) or (k < len(run) - 1 and run[k : k + 2] not in pairs)


def _fits_outside(text: str, start: int, n: int, k: int, term: str, pairs) -> bool:
    """A replaced first or last character may belong to the word beside the run instead (河长治理 is 治理): the
    character outside must make no pair the corpus writes with the written character, unless it makes one with the
    formulation's own."""
    if k == 0 and start > 0 and _is_han(text[start - 1]):
        before = text[start - 1]
        return before + text[start] not in pairs or before + term[0] in pairs
    end = start + n
    if k == n - 1 and end < len(text) and _is_han(text[end]):
        return text[end - 1] + text[end] not in pairs
    return True


# --- a character written twice (wordingdates) ----------------------------------------------------------------------
# A formulation of four characters or more (a hand-listed one, or a term this many corpus documents use) written with one
# of its characters twice in a row: 营商环环境, 高质量量发展. Reduplicated words are written whole (层层压实, 环环相扣): a run is
# only a doubled formulation when taking one of the two characters out leaves the formulation exactly.
_MIN_DOCUMENTS_DOUBLED = 10
_DOUBLED_LENGTHS = range(4, 10)
_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")


@lru_cache(maxsize=1)
def _doubling_terms() -> frozenset[str]:
    terms = established_terms()
    return frozenset(t for t in _formulations() if len(t) >= 4) | frozenset(
        t for t, (documents, _, _) in terms.items() if len(t) >= 4 and documents >= _MIN_DOCUMENTS_DOUBLED
    )


def find_doubled_characters(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield ``(start, end, formulation, why)`` for every formulation written with one character twice (营商环环境):
    around each doubled character of the text, the runs one character longer than a formulation that hold it are looked
    up with one of the two taken out."""
    terms = _doubling_terms()
    established = established_terms()
    for m in _DOUBLED.finditer(text):
        at = m.start()  # the first of the two; the second is taken out
        if (at >= 2 and text[at - 2] == text[at - 1]) or text[at + 2 : at + 3] == text[at + 3 : at + 4] != "":
            continue  # a reduplicated pair of words (扎扎实实, 认认真真): the writer's emphasis
        for n in _DOUBLED_LENGTHS:
            # the run is n + 1 characters holding both copies inside it, neither at its edge (中国国民经济 is 中国 +
            # 国民经济, 更高水平平台 is 更高水平 + 平台: a word ending on a formulation's first character, or starting on its last)
            for start in range(max(0, at - n + 2), at):
                end = start + n + 1
                if end > len(text) or end < at + 3:
                    continue
                run = text[start:end]
                meant = run[: at - start] + run[at - start + 1 :]
                if meant in terms and run not in established and run not in _formulations():
                    yield start, end, meant, f"“{m.group(1)}”字重复，应为“{meant}”"


# --- characters left out (lead, issue 7) ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _shortened_by_pairs() -> dict[str, list[tuple[frozenset[str], str, str, str]]]:
    """(the pairs of the shortened run, the run, its formulation, what is left out) for every mined shortened formulation,
    filed under the pair that closes the gap (色主 of 中国特色主义思想): one set intersection with a text's pairs finds the
    runs worth a subset test, instead of 500 subset tests a text."""
    table: dict[str, list[tuple[frozenset[str], str, str, str]]] = {}
    for run, (term, missing) in sorted(shortened_formulations().items()):
        gap = next((i for i in range(1, len(run)) if run[i] != term[i]), len(run) - 1)
        entry = (frozenset(run[i : i + 2] for i in range(len(run) - 1)), run, term, missing)
        table.setdefault(run[gap - 1 : gap + 1], []).append(entry)
    return table


def find_dropped_characters(text: str, text_pairs: set[str]) -> Iterator[tuple[int, int, str, str]]:
    """Yield ``(start, end, formulation, why)`` for every hand-listed formulation written with one or two inner characters
    left out (中国特色主义思想), as mined into ``lexicon/shortened_formulations.tsv``; ``text_pairs``: every pair of adjacent
    characters of the text (a shortened run is only searched for where the text holds all its pairs)."""
    table = _shortened_by_pairs()
    for pairs, run, term, missing in (entry for gap in table.keys() & text_pairs for entry in table[gap]):
        if not pairs <= text_pairs:
            continue
        at = text.find(run)
        while at >= 0:
            yield at, at + len(run), term, f"漏写“{missing}”"
            at = text.find(run, at + 1)

