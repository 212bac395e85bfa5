"""Another word written in a closed word slot of an established formulation (DC503): 全面从紧治党, 乡村复兴战略.

The near misses of ``dc503_term_error`` need the written character to sound or look like the right one, or to make a
pair of characters the corpus never writes. A synonym written from memory or by a synonym replacer does neither:
全面从紧治党 (从严), 乡村复兴战略 (振兴), 供给侧结构化改革 (结构性), 京津冀协调发展 (协同), 新质生产率 (生产力) are runs of
ordinary words. What gives them away is the formulation around the word: the corpus writes 全面__治党 only with 从严,
乡村__战略 only with 振兴. So the evidence is the word's slot in its frame, with the corpus as the language model:

- ``lexicon/closed_slots.tsv`` (built by ``scripts/build_lexicons.py``) lists, for each established term of 10+
  documents split into words, the words of two characters or more after another word that the corpus writes in that
  frame at least 95% of the time, and at least 20 times (50 for the term's last word, after two characters or more:
  anything may follow a term);
- a run of the text that is such a term with the slot's word written one character differently is flagged, unless
  the corpus writes that run in the slot, or writes it right after the two characters before the slot and (for a slot
  inside the term) right before the two after it: 城乡人民收入 beside 城乡居民收入 joins two written runs (城乡人民,
  人民收入), a legitimate other wording; 全面从紧 and 从紧治党 are never written.

Not flagged: one level of government for another or one word of time or group for another (``words.toml`` ``[levels]``:
均居全市 beside 均居全国, 比今年增长 beside 比上年增长, 全国各界人民 beside 全国各族人民); a numeral in place of a numeral (numbered slogans are DC503's own test); a slot of one character (提质增效
beside 提档增效, 打好蓝天 beside 打赢蓝天: single characters are swapped freely); the term's first word (生产资料 beside
生活资料, 城乡 in 城镇居民收入: a term's first word is where a phrase starts); a word that differs in two characters
(新发展理念 beside 新发展格局); texts in traditional characters (the caller skips them).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from draftcheck import disk_cache
from draftcheck.lexicon import closed_slots, data_bytes
from draftcheck.lexicon.words import words

_NUMERALS = frozenset("一二三四五六七八九十两百千万零〇")

# (the part searched for, where it starts in the term, term, slot start, slot end, position of the replaced character
# in the term, support, attested runs, the pairs the rest of the term makes)
_Entry = tuple[str, int, str, int, int, int, int, frozenset, frozenset]


def _pairs(run: str) -> set[str]:
    return {run[i : i + 2] for i in range(len(run) - 1)}


def _build_slot_index() -> tuple[tuple[str, tuple[tuple[str, _Entry], ...]], ...]:
    """One entry per closed slot and character of its word that may be the one replaced, filed under the pair of
    characters kept beside it that holds another character of the slot's word (so the pair is rarely written but in
    the term): the pair before it (面从 for 从严's 严 in 全面从严治党) and the pair after it (严治 for 从严's 从). With
    each, the pair the term writes in its place (从严): a text that writes the kept pair but not that one, and every
    other pair of the term, is searched for the longer part around the character."""
    before: dict[str, list] = {}
    after: dict[str, list] = {}
    slots = closed_slots()
    supports = {(term[:start], term[start:end], term[end:]): support for term, start, end, support, _ in slots}
    by_word: dict[str, list[tuple[str, str, int]]] = {}
    for (b, w, a), n in supports.items():
        by_word.setdefault(w, []).append((b, a, n))
    for term, start, end, support, attested in slots:
        before_slot, word, after_slot = term[:start], term[start:end], term[end:]
        inner = (
            supports.get((before_slot[i:], word, after_slot[:j]), 0)
            for i in range(start + 1)
            for j in range(len(after_slot) + 1)
            if (i, j) != (0, len(after_slot))
        )
        if any(n > support for n in inner):
            continue  # 发展新质生产力 (109): the slot is looked for as 新质生产力's (228), a term of its own
        if any(n == support and len(b) + len(a) > len(term) - len(word) and b.endswith(before_slot) and a.startswith(after_slot)
               for b, a, n in by_word[word]):
            continue  # 侧结构性改革: written only inside 供给侧结构性改革, looked for as that
        for k in range(start, end):
            left, right = term[:k], term[k + 1 :]
            needle, at = (left, 0) if len(left) >= len(right) else (right, k + 1)
            if len(needle) < 2:
                continue
            entry = (needle, at, term, start, end, k, support, attested, frozenset(_pairs(left) | _pairs(right)))
            if k - 1 > start or (k - 1 == start and k >= 2):
                before.setdefault(term[k - 2 : k], []).append((term[k - 1 : k + 1], entry))
            if k + 1 < end and k + 3 <= len(term):
                after.setdefault(term[k + 1 : k + 3], []).append((term[k : k + 2], entry))
    return tuple((pair, tuple(entries)) for index in (before, after) for pair, entries in index.items())


@lru_cache(maxsize=1)
def _slot_index() -> tuple[frozenset[str], dict[str, tuple[tuple[str, _Entry], ...]]]:
    """``_build_slot_index``'s table, kept in the disk cache (building it takes a tenth of a second), as a dict, with
    its keys as a set for the intersection with a text's pairs."""
    table = dict(disk_cache.cached("word-slots", [data_bytes("closed_slots.tsv")], "1", _build_slot_index))
    return frozenset(table), table


@lru_cache(maxsize=1)
def _levels() -> frozenset[str]:
    return frozenset(words("levels", "characters"))


@lru_cache(maxsize=1)
def _interchangeable() -> frozenset[frozenset[str]]:
    """Each pair of words of ``words.toml`` ``[levels] interchangeable`` that stand for one another (上年, 今年)."""
    return frozenset(frozenset((a, b)) for group in words("levels", "interchangeable") for a in group for b in group if a != b)


def _beside_an_unseen_pair(entry: _Entry, text_pairs: set[str], unseen_after: dict[str, str], unseen_before: dict[str, str]) -> bool:
    """Whether some character ``X`` other than the term's own makes, in the character's place, a pair the corpus never
    writes with one neighbour (村复 of 乡村复兴战略: ``unseen_after``/``unseen_before``, the text's unseen pairs by their
    first and last character) and a pair the text writes with the other (复兴): the slip may stand there even though the
    text writes the term's own pair elsewhere (组织振兴)."""
    term, k = entry[2], entry[5]
    meant = term[k]
    before = term[k - 1] if k > 0 else ""
    after = term[k + 1] if k + 1 < len(term) else ""
    if before:
        for x in unseen_after.get(before, ""):
            if x != meant and (not after or x + after in text_pairs):
                return True
    if after:
        for x in unseen_before.get(after, ""):
            if x != meant and (not before or before + x in text_pairs):
                return True
    return False


def find_word_slot_slips(
    text: str, text_pairs: set[str], unseen: set[str] | None = None
) -> Iterator[tuple[int, int, str, str, str, int]]:
    """Yield ``(start, end, term, written word, the slot's word, support)`` for each run of ``text`` that is an
    established term with the word of a closed slot written one character differently (``text_pairs``: every pair of
    adjacent characters of ``text``, which the caller has).

    Looked for only where the text writes a pair kept beside the changed character but never the pair the term writes
    in its place (面从 but no 从严), and every other pair of the term: one set intersection for a text holding none. A
    text that writes the term's pair elsewhere (组织振兴 beside 乡村复兴战略, as whole reports nearly always do) is searched
    where a character in the replaced one's place makes a pair the corpus never writes (村复; ``unseen``: the text's pairs
    of Han characters the corpus never writes, which the caller has) and the pair on its other side (复兴): set lookups
    only. Not searched: a text writing the term's pair elsewhere and a slip whose every pair is written (京津冀协作发展
    beside 协同 elsewhere): locating the kept pairs of a whole report to tell these apart cost 25 times the check's
    time (0.04 -> 1 s on the corpus)."""
    candidates = set()
    keys, index = _slot_index()
    unseen_after: dict[str, str] = {}  # the text's pairs the corpus never writes, by first character: 村 -> 复
    unseen_before: dict[str, str] = {}  # and by last character
    for pair in unseen or ():
        unseen_after[pair[0]] = unseen_after.get(pair[0], "") + pair[1]
        unseen_before[pair[1]] = unseen_before.get(pair[1], "") + pair[0]
    for pair in keys & text_pairs:
        for written_rightly, entry in index[pair]:
            # (the text nearly always writes the term's own pair: then only a text with unseen pairs, seldom one, can
            # hold the slip, and the subset test of the term's other pairs, 500 a report, is left for those)
            if written_rightly in text_pairs and not (
                unseen_after and _beside_an_unseen_pair(entry, text_pairs, unseen_after, unseen_before)
            ):
                continue
            if entry[8] <= text_pairs:
                candidates.add(entry)
    size = len(text)
    levels = _levels()
    for needle, at, term, start, end, k, support, attested, _ in candidates:
        p = text.find(needle)
        while p >= 0:
            begin = p - at
            p = text.find(needle, p + 1)
            if begin < 0 or begin + len(term) > size:
                continue
            if not (text.startswith(term[:k], begin) and text.startswith(term[k + 1 :], begin + k + 1)):
                continue
            char = text[begin + k]
            if char == term[k] or not "\u4e00" <= char <= "\u9fff" or char in _NUMERALS or term[k] in _NUMERALS:
                continue
            if char in levels and term[k] in levels:
                continue  # 均居全市 beside 均居全国: the writer's own level of government
            written = text[begin + start : begin + end]
            if written in attested or frozenset((written, term[start:end])) in _interchangeable():
                continue  # (比今年增长 beside 比上年增长: the writer's own time)
            yield begin, begin + len(term), term, written, term[start:end], support
