"""Mine the published reports in ../shared/corpus for the lexicons DC503 and DC501 read.

Writes these data files into ``src/draftcheck/lexicon/`` (package data, loaded by
``draftcheck.lexicon``), each with a header naming this script and the corpus it was built from:

- ``established_terms.tsv``: the fixed formulations of official writing -- runs of 3 to 6 Han
  characters used in many documents that split into whole words, and slogans quoted in several (安全生产, 营商环境, 放管服, 高质量发展, 党风廉政建设 ...) --
  with their document frequency and count. DC503 flags a near miss of one of them.
- ``corpus_bigrams.tsv``: every pair of adjacent Han characters the corpus uses, one line per first
  character. A near miss is only a slip when it brings in a pair the proofread corpus never wrote
  (布署 in 安排布署), so 平安建设 next to 安全生产 is never one.
- ``indicator_units.tsv``: for each indicator phrase written right before a quantity (地区生产总值,
  工业增加值, 固定资产投资, 税收, 企业, 项目, 面积, 用地, 产量 ...), how often each unit dimension of
  ``units.toml`` (money, area, mass, length, firms, items, people ...) follows it. DC501 flags an
  indicator written with a measure it never has.
- ``decimal_followers.tsv``: the Han characters written right after a decimal number (units and
  magnitudes, 左右, 以上 ...). DC501 flags a decimal number followed by any other character
  (78.47虬: a unit garbled by OCR).

- ``open_endings.tsv``: the words (jieba's segmentation) that the corpus writes often and never at the
  end of a clause (以, 把, 进一步, 同比, 根据, 为了, 各类 ...): a sentence that stops on one is unfinished. With
  them, the longer dictionary and corpus words ending on one that are no open ending themselves (可以,
  总和), so that the longest ending written decides. DC404 flags a sentence or paragraph stopping on an open one.
- ``shortened_formulations.tsv``: the hand-listed fixed formulations (``fixed_formulations.tsv``) with one or two inner
  characters left out where a three-character run across the gap is one the corpus never writes (中国特色主义思想:
  色主义): DC503 flags such a shortened run.

- ``measure_endings.tsv``: the words of jieba's dictionary (two to four characters) that end in a measure character
  DC101 reads at a clause's end (工人, 负责人, 企业家, 农户, 今天, 配套 ...): a count measure closing a clause after a run
  that ends no such word (出生人口人，) had its number deleted.

Deterministic: the same corpus gives byte-identical files (sorted output, no timestamps).

usage: python scripts/build_lexicons.py [--corpus DIR] [--out DIR] [--min-documents N]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from draftcheck.document.loader import collect_paths, load_document
from draftcheck.document.model import DocumentError
from draftcheck.lexicon import elided_indicator, fixed_formulations, governing_run, unit_dimension
from draftcheck.numbers.quantity import Kind, extract_quantities
from draftcheck.text.width import fold_width

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
DEFAULT_OUT = ROOT / "src" / "draftcheck" / "lexicon"

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
TERM_LENGTHS = range(2, 7)  # two-character runs only as words, see two_character_words
# A term neither starts nor ends on a particle, conjunction or preposition: 的发展 and 发展和 are
# pieces of sentences, not formulations.
EDGE_WORDS = frozenset("的了和与及或是在对把被将等着过也都就而并但其之所这那我们个为以于从向由")
# An established term is used by this many documents, and this many times in all.
MIN_DOCUMENTS = 6
MIN_COUNT = 8
# Two-character words (部署, 突出) count when a dictionary knows them and very many documents use them.
MIN_DOCUMENTS_WORD = 20
MIN_COUNT_WORD = 40
# A slogan quoted in several documents (“放管服”, “一企一策”) is a formulation however rarely used.
QUOTED = re.compile(r"“([\u4e00-\u9fff]{3,8})”")
MIN_DOCUMENTS_QUOTED = 2
FRAGMENT_SHARE = 0.6
# Longer formulations (供给侧结构性改革, 以人民为中心的发展思想) are mined by extending the frequent
# six-character runs one character at a time, up to this length (counting every run this long would
# not fit in memory).
LONG_TERM_LENGTHS = range(7, 11)
# The longest kept: the longest counted runs serve only to tell whether one a character shorter is a fragment.
MAX_TERM_LENGTH = 9
# Formulations coined after jieba's dictionary was written (碳达峰, 新质生产力, 供给侧结构性改革) do not
# split into its words: a run used by this many documents is kept all the same when it is no fragment.
MIN_DOCUMENTS_COINED = 10
# Files in the corpus folder that describe it rather than being reports.
NOT_REPORTS = frozenset({"SOURCES.md", "README.md", "LICENSE.md"})

# The last word of an indicator name. Phrases ending in one of these are mined with up to four
# characters of modifier (工业增加值, 规上工业增加值, 占地面积 ...).
INDICATOR_HEADS = (
    "生产总值", "增加值", "产值", "投资", "税收", "收入", "利润", "利税", "销售额", "营业额", "出口额", "进口额",
    "进出口总额", "进出口额", "零售总额", "成交额", "交易额", "总额", "金额", "资金", "贷款", "存款", "支出",
    "外资", "融资", "企业", "项目", "面积", "用地", "土地", "耕地", "长度", "里程", "产量", "人口", "人数",
    "发电量", "用电量", "吞吐量", "装机容量", "能耗", "公路", "铁路", "管网", "管道", "线路", "造林",
    "单产", "亩产", "床位", "厂房",
)
MAX_MODIFIER = 4


def read_corpus(corpus: Path) -> list[str]:
    """The width-folded text of every report under ``corpus``, in path order."""
    texts = []
    for path in collect_paths(corpus):
        if path.name in NOT_REPORTS:
            continue
        try:
            texts.append(fold_width(load_document(path, max_bytes=0).text))
        except DocumentError as error:
            print(f"skipped {path}: {error}", file=sys.stderr)
    return texts


def mine_terms(texts: list[str], min_documents: int, min_count: int) -> list[tuple[str, int, int, int]]:
    """(term, documents, count, documents quoting it) for every Han run of 3-6 characters common across documents."""
    documents: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    for text in texts:
        seen: set[str] = set()
        for run in HAN_RUN.findall(text):
            for n in TERM_LENGTHS:
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    counts[gram] += 1
                    seen.add(gram)
        documents.update(seen)
    _count_long_runs(texts, documents, counts, min_documents, min_count)
    kept = [
        (gram, documents[gram], counts[gram])
        for gram in documents
        if len(gram) > 2
        and documents[gram] >= min_documents
        and counts[gram] >= min_count
        and gram[0] not in EDGE_WORDS
        and gram[-1] not in EDGE_WORDS
        and len(gram) <= MAX_TERM_LENGTH
    ]
    # A piece of a longer run that seldom stands without it (社会主 inside 社会主义, 全生产 inside
    # 安全生产) is a fragment, not a term: drop it when one character more on either side accounts for
    # most of its uses.
    extended: dict[str, int] = defaultdict(int)
    for gram, count in counts.items():
        # (six-character runs are not tested against the seven-character ones: 中央八项规定 stays a term
        # though 中央八项规定精神 is its commonest use)
        if len(gram) > 3 and len(gram) != max(TERM_LENGTHS) + 1:
            for cut in (gram[1:], gram[:-1]):
                extended[cut] = max(extended[cut], count)
    kept = [(g, d, c) for g, d, c in kept if extended.get(g, 0) < FRAGMENT_SHARE * c]
    coined = {g for g, d, _ in kept if d >= MIN_DOCUMENTS_COINED and not whole_words(g)}
    coined &= clean_edged(texts, coined)
    kept = [(g, d, c) for g, d, c in kept if g in coined or whole_words(g)]
    kept.extend(
        (word, documents[word], counts[word])
        for word in two_character_words(
            g for g in documents if len(g) == 2 and documents[g] >= MIN_DOCUMENTS_WORD and counts[g] >= MIN_COUNT_WORD
        )
    )
    quoted: Counter[str] = Counter()
    for text in texts:
        quoted.update(set(QUOTED.findall(text)))
    kept_set = {g for g, _, _ in kept}
    kept.extend(
        (gram, documents[gram], counts[gram])
        for gram, docs in quoted.items()
        if docs >= MIN_DOCUMENTS_QUOTED and gram not in kept_set and len(gram) <= MAX_TERM_LENGTH
    )
    rows = [(g, d, c, quoted[g] if quoted[g] >= MIN_DOCUMENTS_QUOTED else 0) for g, d, c in kept]
    return sorted(rows, key=lambda row: (-row[1], -row[2], row[0]))


def _count_long_runs(texts: list[str], documents: Counter[str], counts: Counter[str], min_documents: int, min_count: int) -> None:
    """Add the runs of LONG_TERM_LENGTHS whose run one character shorter is frequent (documents, count)."""
    frequent = {g for g, d in documents.items() if len(g) == max(TERM_LENGTHS) and d >= min_documents and counts[g] >= min_count}
    for n in LONG_TERM_LENGTHS:
        if not frequent:
            return
        found_documents: Counter[str] = Counter()
        found_counts: Counter[str] = Counter()
        for text in texts:
            seen: set[str] = set()
            for run in HAN_RUN.findall(text):
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    if gram[:-1] in frequent:
                        found_counts[gram] += 1
                        seen.add(gram)
            found_documents.update(seen)
        documents.update(found_documents)
        counts.update(found_counts)
        frequent = {g for g, d in found_documents.items() if d >= min_documents and found_counts[g] >= min_count}


# A coined term must stand on word boundaries: in most of its uses, no dictionary word runs across its
# first or last character (业发展 is 产业|发展, 化建设 is 现代化|建设; 碳达峰 stands alone: 推进|碳达峰).
MAX_INSIDE_WORD_SHARE = 0.5


def clean_edged(texts: list[str], candidates: set[str]) -> set[str]:
    """The candidates that, in most of their uses, no dictionary word crosses at either edge."""
    if not candidates:
        return set()
    words = jieba_dictionary()
    lengths = sorted({len(g) for g in candidates})
    uses: Counter[str] = Counter()
    crossed: Counter[str] = Counter()
    for text in texts:
        for run in HAN_RUN.findall(text):
            for n in lengths:
                for i in range(len(run) - n + 1):
                    gram = run[i : i + n]
                    if gram not in candidates:
                        continue
                    uses[gram] += 1
                    j = i + n
                    before = any(words.FREQ.get(run[i - w : i + 1], 0) > 0 for w in (1, 2) if i - w >= 0)
                    after = any(words.FREQ.get(run[j - 1 : j + w], 0) > 0 for w in (1, 2) if j + w <= len(run))
                    if before or after:
                        crossed[gram] += 1
    return {g for g in candidates if uses[g] and crossed[g] <= MAX_INSIDE_WORD_SHARE * uses[g]}


# The slips whose every pair the corpus writes are listed for the terms this many documents use, or that
# the corpus quotes as a slogan in this many documents (“接诉即办”) ...
MIN_DOCUMENTS_KNOWN_PAIRS = 10
MIN_QUOTED_KNOWN_PAIRS = 2
# A slip to the same syllable in another tone (共同富余) is listed for terms this widely used only: tone slips are
# the most numerous, and every listed pair costs each text a lookup.
MIN_DOCUMENTS_TONE_SLIPS = 40
# ... when no run of three characters holding the written character and two of the term's own is written in
# the corpus (新型产业 beside 新兴产业: 型产业 is written, in 资源型产业, so the written character makes a phrase of
# its own there; 共同富余 beside 共同富裕: 同富余 is never written).


def mine_known_pair_slips(terms, bigrams: dict[str, str], texts: list[str]) -> list[tuple[str, str, int, str, str]]:
    """(pair, term, k, written, 同音/形近/声调) for every way of writing a term of four characters or more used by
    MIN_DOCUMENTS_KNOWN_PAIRS documents (or quoted by MIN_QUOTED_KNOWN_PAIRS) with its k-th character replaced by a
    homophone, a character of the same syllable in another tone or a look-alike, such that every pair the written
    character makes in the term is one the corpus writes (形势主义: 形势, 势主) and no three-character run around it
    is (``_trigrams_around``). ``pair`` is the written character with its right neighbour (its left one at the
    term's end): a text without it holds none of these slips."""
    from draftcheck.lexicon import character_readings, fixed_numbered_positions_of, lookalike_characters

    pairs = {first + follower for first, followers in bigrams.items() for follower in followers}
    characters = sorted({c for pair in pairs for c in pair})
    by_toned: dict[str, list[str]] = defaultdict(list)
    by_toneless: dict[str, list[str]] = defaultdict(list)
    for char in characters:
        toned, toneless = character_readings(char)
        for reading in toned:
            by_toned[reading].append(char)
        for reading in toneless:
            by_toneless[reading].append(char)
    looks = lookalike_characters(mined=False)
    numerals = set("一二三四五六七八九十两百千万")
    fixed = fixed_numbered_positions_of({term: (documents, count, quoted) for term, documents, count, quoted in terms})
    rows = []
    candidates = []
    for term, documents, _, quoted in terms:
        numbered = sum(c in numerals for c in term) >= 2  # a template (一企一策) but where fixed (一带一路: 带)
        if len(term) < 4 or (numbered and not any(t == term for t, _ in fixed)):
            continue
        if documents < MIN_DOCUMENTS_KNOWN_PAIRS and quoted < MIN_QUOTED_KNOWN_PAIRS:
            continue
        n = len(term)
        for k, meant in enumerate(term):
            if meant in numerals or (numbered and (term, k) not in fixed):
                continue
            toned, toneless = character_readings(meant)
            kinds: dict[str, str] = {}
            for char in (c for r in toneless for c in by_toneless[r]):
                kinds[char] = "声调"
            for char in (c for r in toned for c in by_toned[r]):
                kinds[char] = "同音"
            for char in looks.get(meant, ()):
                kinds.setdefault(char, "形近")
            for written, kind in sorted(kinds.items()):
                if written == meant or (kind == "声调" and documents < MIN_DOCUMENTS_TONE_SLIPS):
                    continue
                left = term[k - 1] + written if k > 0 else None
                right = written + term[k + 1] if k < n - 1 else None
                if (left and left not in pairs) or (right and right not in pairs):
                    continue  # an unseen pair: the rule finds that slip without this table
                candidates.append((right or left, term, k, written, kind))
    around = {c: _trigrams_around(c[1], c[2], c[3]) for c in candidates}
    wanted = set().union(*around.values()) if around else set()
    written_trigrams = {run[i : i + 3] for text in texts for run in HAN_RUN.findall(text) for i in range(len(run) - 2)
                        if run[i : i + 3] in wanted}
    rows = [c for c in candidates if not around[c] & written_trigrams]
    return sorted(set(rows))


def hand_listed_rows(terms) -> list[tuple[str, int, int, int]]:
    """The hand-listed formulations of four Han characters or more that the mined terms lack (社会主义核心价值观, 新发展理念),
    as rows of ``terms`` counted as used by HAND_LISTED_DOCUMENTS documents (as DC503 counts them): their slips whose every
    pair the corpus writes (社会主义核心价值关: 值关 is written, in 价值关系) are mined like a mined term's."""
    from draftcheck.lexicon import HAND_LISTED_DOCUMENTS

    mined = {term for term, *_ in terms}
    return [
        (term, HAND_LISTED_DOCUMENTS, 0, 0)
        for term in sorted(fixed_formulations())
        if len(term) >= 4 and term not in mined and all("\u4e00" <= c <= "\u9fff" for c in term)
    ]


def _trigrams_around(term: str, k: int, written: str) -> set[str]:
    """The three-character runs of ``term`` with its k-th character written as ``written`` that hold it."""
    run = term[:k] + written + term[k + 1 :]
    return {run[i : i + 3] for i in range(max(0, k - 2), min(k, len(run) - 3) + 1)}


# A homophone slip of a two-character word that is itself a common dictionary word (公元 for 公园, 权力 for
# 权利) has its own meaning: the slip rule needs more than a sound to flag it. jieba's frequency of a word
# this common or more marks it so (布署, the slip of 部署, has frequency 2; 公元 has 6,748).
MIN_WORD_SLIP_FREQUENCY = 100


def mine_dictionary_slips(terms) -> list[tuple[str, str]]:
    """(written word, term) for every two-character established term with one character replaced by a
    true homophone such that the result is a common word of jieba's dictionary (公元 for 公园)."""
    from draftcheck.lexicon import character_readings

    dictionary = jieba_dictionary()
    by_toned: dict[str, set[str]] = defaultdict(set)
    for word in dictionary.FREQ:
        if len(word) == 2 and dictionary.FREQ[word] >= MIN_WORD_SLIP_FREQUENCY:
            for char in word:
                for reading in character_readings(char)[0]:
                    by_toned[reading].add(char)
    rows = set()
    for term, _, _, _ in terms:
        if len(term) != 2:
            continue
        for k, meant in enumerate(term):
            for char in {c for r in character_readings(meant)[0] for c in by_toned[r]}:
                word = term[:k] + char + term[k + 1 :]
                if char != meant and dictionary.FREQ.get(word, 0) >= MIN_WORD_SLIP_FREQUENCY:
                    rows.add((word, term))
    return sorted(rows)


def _jieba():
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    return jieba


def _word_tags() -> dict[str, str]:
    """jieba's dictionary's part of speech of each word (word -> tag)."""
    posseg = __import__("jieba.posseg", fromlist=["dt"])
    jieba_dictionary()
    return posseg.dt.word_tag_tab


def jieba_dictionary():
    """jieba's tokenizer with its dictionary loaded (``.FREQ``: word -> frequency, 0 for a mere prefix)."""
    dictionary = _jieba().dt
    dictionary.check_initialized()
    return dictionary


def dictionary_words(length: int) -> dict[str, int]:
    """Every word of ``length`` characters in jieba's dictionary, with its frequency."""
    return {word: freq for word, freq in jieba_dictionary().FREQ.items() if len(word) == length and freq > 0}


def two_character_words(candidates) -> set[str]:
    """The two-character runs among ``candidates`` that jieba's dictionary lists as words."""
    frequencies = jieba_dictionary().FREQ
    return {run for run in candidates if frequencies.get(run, 0) > 0}


def whole_words(gram: str) -> bool:
    """Whether ``gram`` splits into words of two or more characters (营商|环境, not 业|发展 or 教育|方):
    a run that starts or ends inside a word is a piece of a sentence, not a formulation."""
    return all(len(word) > 1 for word in _jieba().lcut(gram, HMM=False))


# Word slots of the established terms (DC503's word-slot slips, ``closed_slots.tsv``): a term of this many documents
# or more is split into words (jieba, a long dictionary word into two: 全面从严治党 is 全面|从严|治党), and a word of two
# characters or more after at least one other word is a closed slot when the corpus fills the term's frame (the words
# before it, a run as long as it, the words after it) with that word at least ``SLOT_SHARE`` of the times it fills it
# with a run written twice or more (新质 + 生产力 228, 战斗力 9), and at least
# ``MIN_SLOT_SUPPORT`` times (全面__治党: 从严; 乡村__战略: 振兴); a slot ending the term (新质 + 生产力) needs
# ``MIN_TERMINAL_SUPPORT`` and two characters of words before it, as anything may follow a term.
MIN_DOCUMENTS_SLOT = 10
MIN_SLOT_SUPPORT = 20
MIN_TERMINAL_SUPPORT = 50
SLOT_SHARE = 0.95
SLOT_HAN = re.compile(r"[\u4e00-\u9fff]+")


def term_words(term: str) -> list[str]:
    """``term`` split into words: jieba's cut without guessing, each word of four characters or more that is two
    dictionary words side by side split again (全面落实 is 全面|落实, 从严治党 is 从严|治党)."""
    dictionary = jieba_dictionary()

    def split(word: str) -> list[str]:
        if len(word) >= 4:
            for cut in range(2, len(word) - 1):
                if dictionary.FREQ.get(word[:cut], 0) > 0 and dictionary.FREQ.get(word[cut:], 0) > 0:
                    return split(word[:cut]) + split(word[cut:])
        return [word]

    return [piece for word in dictionary.lcut(term, HMM=False) for piece in split(word)]


class CorpusRuns:
    """The corpus joined into one string, with the positions of the two-character anchors asked for, to count
    what fills a frame (``fills``) and which runs of a given length follow or precede a context."""

    def __init__(self, texts: list[str], anchors: set[str]) -> None:
        self.joined = "\n".join(texts)
        self.positions: dict[str, list[int]] = defaultdict(list)
        joined = self.joined
        for i in range(len(joined) - 1):
            pair = joined[i : i + 2]
            if pair in anchors:
                self.positions[pair].append(i)

    def after(self, context: str, length: int) -> Counter[str]:
        """The Han runs of ``length`` characters written right after ``context`` (two characters or more)."""
        found: Counter[str] = Counter()
        joined, size = self.joined, len(context)
        for i in self.positions.get(context[:2], ()):
            if joined.startswith(context, i):
                run = joined[i + size : i + size + length]
                if len(run) == length and SLOT_HAN.fullmatch(run):
                    found[run] += 1
        return found

    def before(self, context: str, length: int) -> Counter[str]:
        """The Han runs of ``length`` characters written right before ``context`` (two characters or more)."""
        found: Counter[str] = Counter()
        joined = self.joined
        for i in self.positions.get(context[:2], ()):
            if i >= length and joined.startswith(context, i):
                run = joined[i - length : i]
                if SLOT_HAN.fullmatch(run):
                    found[run] += 1
        return found

    def fills(self, before: str, length: int, after: str) -> Counter[str]:
        """What the corpus writes between ``before`` and ``after`` (``length`` Han characters)."""
        if len(before) >= 2:
            runs = self.after(before, length + len(after))
            return Counter({run[:length]: n for run, n in runs.items() if run.endswith(after)}) if after else runs
        runs = self.before(after, length + len(before))
        return Counter({run[len(before) :]: n for run, n in runs.items() if run.startswith(before)})


def _slots(term: str) -> list[tuple[int, int]]:
    """(start, end) of each word of ``term`` that may be a closed slot: two characters or more, after another word."""
    spans, start = [], 0
    for word in term_words(term):
        if start > 0 and len(word) >= 2:
            spans.append((start, start + len(word)))
        start += len(word)
    return spans


def _one_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b)) == 1


def mine_closed_slots(texts: list[str], terms) -> list[tuple[str, int, int, int, str]]:
    """(term, slot start, slot end, support, attested) for every closed word slot of an established term. ``attested``:
    the runs one character from the slot's word that the corpus writes in the slot, or right after the two characters
    before it and (for a slot inside the term) right before the two after it (城乡人民收入 beside 城乡居民收入: 城乡人民
    and 人民收入 are both written), comma-separated; DC503 leaves those alone."""
    candidates = []
    for term, documents, _, _ in terms:
        if documents < MIN_DOCUMENTS_SLOT or len(term) < 4:
            continue
        for start, end in _slots(term):
            before, after = term[:start], term[end:]
            if (not after and len(before) < 2) or (after and len(before) < 2 and len(after) < 2):
                continue  # too little context to count the frame by
            candidates.append((term, start, end))
    anchors = set()
    for term, start, end in candidates:
        anchors.update({term[:start][:2], term[:start][-2:], term[end:][:2]})
    runs = CorpusRuns(texts, {a for a in anchors if len(a) == 2})
    rows = []
    for term, start, end in candidates:
        before, word, after = term[:start], term[start:end], term[end:]
        fills = runs.fills(before, len(word), after)
        support = fills.get(word, 0)
        total = sum(n for n in fills.values() if n > 1)  # (a run written once is mostly a seam of two words: 新质|项目深)
        if support < (MIN_SLOT_SUPPORT if after else MIN_TERMINAL_SUPPORT) or support < SLOT_SHARE * total:
            continue
        attested = {run for run in fills if _one_apart(run, word)}
        left = runs.after(before[-2:], len(word)) if len(before) >= 2 else None
        right = runs.before(after[:2], len(word)) if len(after) >= 2 else None
        if left is not None:
            attested.update(r for r in left if _one_apart(r, word) and (right is None or r in right or not after))
        rows.append((term, start, end, support, ",".join(sorted(attested))))
    return sorted(rows)


def mine_bigrams(texts: list[str]) -> dict[str, str]:
    """First character -> the sorted characters that follow it somewhere in the corpus."""
    pairs: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        for run in HAN_RUN.findall(text):
            for a, b in zip(run, run[1:]):
                pairs[a].add(b)
    return {a: "".join(sorted(bs)) for a, bs in sorted(pairs.items())}


def mine_indicator_units(texts: list[str]) -> dict[str, Counter[str]]:
    """Indicator phrase -> how often each unit dimension follows it directly."""
    table: dict[str, Counter[str]] = defaultdict(Counter)
    for phrase, dimension, _, _ in indicator_figures(texts):
        table[phrase][dimension] += 1
    return table


# Magnitudes are mined for figures in these dimensions (amounts of money, area, mass ... and counts).
MAGNITUDE_DIMENSIONS = frozenset({"money", "area", "mass", "length", "volume", "power", "people", "firms", "items"})
# A phrase's range is kept when the corpus gives it this many figures in one dimension.
MIN_MAGNITUDE_FIGURES = 5


def mine_indicator_magnitudes(texts: list[str]) -> dict[tuple[str, str], tuple[int, float, float]]:
    """(indicator phrase, dimension) -> (figures, smallest and largest log10 of the figure in base units: 元,
    平方米, 公斤, 米, 立方米, 千瓦, one person or thing). DC501 flags a figure far outside that range (人均可支配收入
    48620亿元, 地区生产总值385.6万元)."""
    from draftcheck.lexicon import magnitude_key, unit_scale

    seen: dict[tuple[str, str], list[float]] = defaultdict(list)
    for phrase, dimension, q, run in indicator_figures(texts):
        scale = unit_scale(q.unit)
        if dimension not in MAGNITUDE_DIMENSIONS or scale is None or q.scaled <= 0:
            continue
        # (人均地区生产总值 is filed apart from 地区生产总值: a figure per head)
        seen[(magnitude_key(run, phrase), dimension)].append(math.log10(float(q.scaled) * scale))
    return {key: (len(logs), min(logs), max(logs)) for key, logs in seen.items() if len(logs) >= MIN_MAGNITUDE_FIGURES}


def indicator_figures(texts: list[str]):
    """(indicator phrase, unit dimension, quantity) for every figure an indicator phrase governs directly."""
    for text in texts:
        for q in extract_quantities(text):
            if q.kind != Kind.AMOUNT:
                continue
            dimension = unit_dimension(q.unit)
            if dimension is None:
                continue
            governing = governing_run(text, q.start)
            if governing is None:
                continue
            phrase_run, run_end = governing
            for head in INDICATOR_HEADS:
                if phrase_run.endswith(head) and not elided_indicator(text, run_end - len(head), head):
                    for extra in range(0, MAX_MODIFIER + 1):
                        if len(head) + extra > len(phrase_run):
                            break
                        phrase = phrase_run[len(phrase_run) - len(head) - extra :]
                        if extra == 0 or whole_words(phrase):  # 工业产值, 占地面积; not 业产值
                            yield phrase, dimension, q, phrase_run


DECIMAL_THEN_HAN = re.compile(r"\d\.\d+([\u4e00-\u9fff])")


def mine_decimal_followers(texts: list[str]) -> Counter[str]:
    """How often each Han character directly follows a decimal number (万, 亿, 元, 吨, 个 ...)."""
    followers: Counter[str] = Counter()
    for text in texts:
        followers.update(DECIMAL_THEN_HAN.findall(text))
    return followers


# Open endings (DC404, ``open_endings.tsv``): a word of jieba's segmentation (no HMM: deterministic, dictionary words
# only) is open when the corpus writes it at least ``MIN_OPEN_COUNT`` times, never right before a sentence's end (。！？；
# or a paragraph end) and before any clause boundary (，、：”） … too) at most ``MAX_OPEN_BOUNDARY_SHARE`` of the times: a
# preposition, a connective, an adverb, a modifier, a verb waiting for its object or figure. Counting the boundaries
# of clauses, not only of sentences, keeps out the nouns and verbs that may end a clause but rarely end a sentence
# (资本, 监测, 创造); a half-and-half split of the corpus (one half mined, the other linted) measured these bounds.
MIN_OPEN_COUNT = 50
MAX_OPEN_BOUNDARY_SHARE = 0.003
# Which words may be open, by their part of speech in jieba's dictionary: the function words (prepositions p,
# conjunctions c, pronouns and determiners r, distinguishing words b: 新型, 省级, abbreviations j: 同比, 人均, single
# characters zg) from ``MIN_OPEN_COUNT`` on; adverbs, verbs and coined terms (d, ad, v, nz: 进一步, 促进, 实行, 力争)
# only from ``MIN_OPEN_CONTENT_COUNT``, as a rarer one may yet close a sentence of a park report that the national
# reports never write (有效减轻, 尚未下达, 贯穿始终); nouns, numerals with their measure (两个), adjectives never.
OPEN_FUNCTION_TAGS = frozenset({"p", "c", "r", "b", "j", "zg", "u"})
OPEN_CONTENT_TAGS = frozenset({"d", "ad", "v", "nz"})
MIN_OPEN_CONTENT_COUNT = 200
# Longer words ending on an open one that are no open ending themselves are listed too (总和 for 和, 可以 for 以):
# corpus words, and dictionary words of at least this jieba frequency.
MIN_CLOSED_DICTIONARY_FREQUENCY = 3
MAX_ENDING_LENGTH = 6
SENTENCE_END = re.compile(r"[ \t\u3000]*(?:[。！？；!?;]|\n|\Z)")
CLAUSE_BOUNDARY = re.compile(r"[ \t\u3000]*(?:[。！？；!?;，,、：:”’）)》」』…—]|\n|\Z)")


def mine_open_endings(texts: list[str]) -> list[tuple[str, str, int, int]]:
    """(ending, ``open`` or ``closed``, count, times before a clause boundary), sorted by ending."""
    jieba = _jieba()
    count: Counter[str] = Counter()
    at_boundary: Counter[str] = Counter()
    at_end: Counter[str] = Counter()
    for text in texts:
        for run in HAN_RUN.finditer(text):
            words = jieba.lcut(run.group(), HMM=False)
            count.update(words)
            if CLAUSE_BOUNDARY.match(text, run.end()):
                at_boundary[words[-1]] += 1
                if SENTENCE_END.match(text, run.end()):
                    at_end[words[-1]] += 1
    tags = _word_tags()
    opens = {
        word
        for word, n in count.items()
        if at_end[word] == 0
        and at_boundary[word] <= MAX_OPEN_BOUNDARY_SHARE * n
        and (
            (n >= MIN_OPEN_COUNT and tags.get(word) in OPEN_FUNCTION_TAGS)
            or (n >= MIN_OPEN_CONTENT_COUNT and tags.get(word) in OPEN_CONTENT_TAGS)
        )
    }
    frequencies = jieba_dictionary().FREQ
    longer = {w for w, f in frequencies.items() if f >= MIN_CLOSED_DICTIONARY_FREQUENCY} | set(count)
    closed = {
        word
        for word in longer
        if word not in opens
        and len(word) <= MAX_ENDING_LENGTH
        and HAN_RUN.fullmatch(word)
        and any(word[-k:] in opens for k in range(1, len(word)))
    }
    rows = [(w, "open", count[w], at_boundary[w]) for w in opens]
    rows += [(w, "closed", count[w], at_boundary[w]) for w in closed]
    return sorted(rows)


# Shortened formulations (DC503, ``shortened_formulations.tsv``): a hand-listed formulation this long, written with one
# or two inner Han characters left out, leaving a run this long; a gap of function characters only (人力资源社会保障 for
# 人力资源和社会保障) is a legitimate short form.
SHORTENED_MIN_LENGTH = 5
SHORTENED_MIN_RUN = 4
# The corpus must write the formulation itself this often for its silence across a gap to mean anything (标准化厂房 is
# rare in national reports, so 标准厂房's unwritten runs say nothing: it is a term of its own).
SHORTENED_MIN_WRITTEN = 3
# Two characters left out leave a wider phrase more often (老区改造, 高新技术产业区): only from a formulation the corpus writes
# this often, leaving a run this long.
SHORTENED_TWO_WRITTEN = 20
SHORTENED_TWO_RUN = 6
_OPENING_MARKS = frozenset("“‘「『")
_FUNCTION_CHARACTERS = frozenset("的了和与及或是在对把被将到至从向由为以于而并且也都就之其所这那")


def _cuts_term_before_mark(term: str, at: int, span: int, terms) -> bool:
    """Whether the characters left out end a mined term of three or more that closes before an opening mark of the
    formulation (新 of 专精特新 in 专精特新“小巨人”, which jieba splits into single characters): the gap cuts into that term."""
    end = at + span
    if end >= len(term) or term[end] not in _OPENING_MARKS:
        return False
    return any(term[start:end] in terms for start in range(0, at - 1) if end - start >= 3)


def mine_shortened_formulations(texts: list[str], formulations, terms) -> list[tuple[str, str, str]]:
    """(shortened run, formulation, the characters left out) for every hand-listed formulation with one or two inner Han
    characters left out that cut into a word of it (jieba's words: 社会主义 in 中国特色社会主义; a whole word left out,
    地表水断面 beside 地表水国考断面, is a wider phrase), where the corpus writes the formulation (SHORTENED_MIN_WRITTEN
    times), the shortened run is no
    formulation or established term and a three-character run across
    the gap is one the corpus never writes (色主义 in 中国特色主义思想) and whose two sides make no dictionary word (进口总额 is
    a term of its own beside 进出口总额; a gap whose every run the corpus writes, 居民可支配收入
    beside 居民人均可支配收入, is an abbreviation). Half the corpus checked against the runs mined from the other half
    holds one to two such runs per million characters (中央环境保护督察, 战略性产业集群): the false flags to expect."""
    joined = "\n".join(texts)
    han = lambda char: "\u4e00" <= char <= "\u9fff"  # noqa: E731
    rows: set[tuple[str, str, str]] = set()
    dictionary = jieba_dictionary()
    for term in sorted(formulations):
        n = len(term)
        written = joined.count(term) if n >= SHORTENED_MIN_LENGTH else 0
        if written < SHORTENED_MIN_WRITTEN:
            continue
        cuts = {0}
        for word in dictionary.lcut(term, HMM=False):
            cuts.add(max(cuts) + len(word))
        for at in range(1, n - 1):
            for span in (1, 2):
                if span == 2 and (n - span < SHORTENED_TWO_RUN or written < SHORTENED_TWO_WRITTEN):
                    continue
                if at in cuts and at + span in cuts and not _cuts_term_before_mark(term, at, span, terms):
                    continue  # a whole word left out is a wider phrase (地表水断面 beside 地表水国考断面), not a slip
                if at + span >= n or n - span < SHORTENED_MIN_RUN:
                    continue
                # a term's last character before the opening mark of a quoted name it holds may be left out too
                # (专精特“小巨人” for 专精特新“小巨人”): the mark stands for the character after the gap
                if not all(han(c) for c in term[at - 1 : at + span]) or not (han(term[at + span]) or term[at + span] in _OPENING_MARKS):
                    continue
                missing = term[at : at + span]
                if set(missing) <= _FUNCTION_CHARACTERS:
                    continue
                run = term[:at] + term[at + span :]
                if run in formulations or run in terms or dictionary.FREQ.get(run[at - 1 : at + 1], 0) > 0:
                    continue  # (the two sides of the gap making a word leave another word: 进口总额 from 进出口总额)
                across = {run[i : i + 3] for i in range(max(0, at - 2), min(at - 1, len(run) - 3) + 1)}
                if across and not all(gram in joined for gram in across):
                    rows.add((run, term, missing))
    return sorted(rows)


# Measure characters DC101 reads at a clause's end beside a figure in the same unit (rules/dc101_blank_amount.py).
MEASURE_ENDINGS = "人家名个件天套户项场"


def mine_measure_endings() -> list[tuple[str, int]]:
    """The dictionary words of two to four characters ending in a character of MEASURE_ENDINGS, with jieba's frequency:
    a measure closing a clause after one of them (工人, 企业家, 配套) is part of the word, not a count left blank."""
    return sorted(
        (word, freq)
        for word, freq in jieba_dictionary().FREQ.items()
        if freq > 0 and 2 <= len(word) <= 4 and word[-1] in MEASURE_ENDINGS and all("\u4e00" <= c <= "\u9fff" for c in word)
    )


def header(script_line: str, corpus: Path, texts: list[str], what: str) -> str:
    chars = sum(len(t) for t in texts)
    return (
        f"# {what}\n"
        f"# Built by scripts/build_lexicons.py from {corpus.name}/ ({len(texts)} documents, {chars} characters)"
        f"{script_line}.\n"
        "# Do not edit by hand: rerun the script (see README, 'Rebuilding the lexicons').\n"
    )


def write(path: Path, content: str) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(content, encoding="utf-8", newline="\n")
    tmp.replace(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-documents", type=int, default=MIN_DOCUMENTS)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"找不到语料目录：{args.corpus}；请用 --corpus 指定已校对报告所在的目录", file=sys.stderr)
        return 2
    texts = read_corpus(args.corpus)
    if not texts:
        print(f"语料目录 {args.corpus} 中没有可读的 .txt/.md/.docx 报告", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    options = f", --min-documents {args.min_documents} --min-count {args.min_count}"

    terms = mine_terms(texts, args.min_documents, args.min_count)
    lines = [header(options, args.corpus, texts, "Established terms of official writing: term, documents using it, count, documents quoting it as a slogan.")]
    lines.append("term\tdocuments\tcount\tquoted\n")
    lines.extend(f"{term}\t{docs}\t{count}\t{quoted}\n" for term, docs, count, quoted in terms)
    write(args.out / "established_terms.tsv", "".join(lines))

    bigrams = mine_bigrams(texts)
    lines = [header("", args.corpus, texts, "Adjacent Han character pairs the corpus uses: first character, then every character after it.")]
    lines.append("first\tfollowers\n")
    lines.extend(f"{a}\t{bs}\n" for a, bs in bigrams.items())
    write(args.out / "corpus_bigrams.tsv", "".join(lines))

    slips = mine_known_pair_slips(terms + hand_listed_rows(terms), bigrams, texts)
    lines = [header("", args.corpus, texts, "Slips of established terms whose pairs the corpus all writes (形势主义): the pair that "
                    "shows the slip, the term, the replaced position, the written character, how it is confused.")]
    lines.append("pair\tterm\tposition\twritten\tconfusion\n")
    lines.extend(f"{pair}\t{term}\t{k}\t{written}\t{kind}\n" for pair, term, k, written, kind in slips)
    write(args.out / "known_pair_slips.tsv", "".join(lines))

    word_slips = mine_dictionary_slips(terms)
    lines = [header("", args.corpus, texts, "Homophone slips of two-character terms that are common dictionary words themselves "
                    "(公元 for 公园): the written word, the term.")]
    lines.append("word\tterm\n")
    lines.extend(f"{word}\t{term}\n" for word, term in word_slips)
    write(args.out / "dictionary_slips.tsv", "".join(lines))

    slots = mine_closed_slots(texts, terms)
    lines = [header("", args.corpus, texts, "Closed word slots of established terms (全面|从严|治党): the term, the slot's start and end, "
                    "how often the corpus fills it with the term's word, the runs one character from that word written there or "
                    "around it (comma-separated). DC503 flags another word in a closed slot (全面从紧治党).")]
    lines.append("term\tstart\tend\tsupport\tattested\n")
    lines.extend(f"{term}\t{start}\t{end}\t{support}\t{attested}\n" for term, start, end, support, attested in slots)
    write(args.out / "closed_slots.tsv", "".join(lines))

    table = mine_indicator_units(texts)
    lines = [header("", args.corpus, texts, "Indicator phrase written right before a quantity, the unit dimension, how often.")]
    lines.append("indicator\tdimension\tcount\n")
    for phrase in sorted(table):
        for dimension, count in sorted(table[phrase].items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append(f"{phrase}\t{dimension}\t{count}\n")
    write(args.out / "indicator_units.tsv", "".join(lines))

    magnitudes = mine_indicator_magnitudes(texts)
    lines = [header("", args.corpus, texts, "Indicator phrase, unit dimension, figures, smallest and largest log10 of a figure "
                    "in base units (元, 平方米, 公斤, 米, 立方米, 千瓦, one person or thing).")]
    lines.append("indicator\tdimension\tfigures\tlowest\thighest\n")
    for (phrase, dimension), (count, low, high) in sorted(magnitudes.items()):
        lines.append(f"{phrase}\t{dimension}\t{count}\t{low:.2f}\t{high:.2f}\n")
    write(args.out / "indicator_magnitudes.tsv", "".join(lines))

    followers = mine_decimal_followers(texts)
    lines = [header("", args.corpus, texts, "Han characters written right after a decimal number (3.5万, 2.1亿元, 12.5个百分点), how often.")]
    lines.append("character\tcount\n")
    lines.extend(f"{char}\t{count}\n" for char, count in sorted(followers.items(), key=lambda kv: (-kv[1], kv[0])))
    write(args.out / "decimal_followers.tsv", "".join(lines))

    endings = mine_open_endings(texts)
    lines = [header("", args.corpus, texts, "Open endings: words the corpus writes often and never at a clause's end (open), and "
                    "longer words ending on one that are none (closed); the word, its kind, its count, how often a clause "
                    "boundary follows it. DC404 decides by the longest ending a sentence stops on.")]
    lines.append("ending\tkind\tcount\tat_boundary\n")
    lines.extend(f"{word}\t{kind}\t{n}\t{b}\n" for word, kind, n, b in endings)
    write(args.out / "open_endings.tsv", "".join(lines))

    shortened = mine_shortened_formulations(texts, fixed_formulations(), {term for term, *_ in terms})
    lines = [header("", args.corpus, texts, "Hand-listed fixed formulations with one or two inner characters left out, a "
                    "three-character run across the gap unwritten in the corpus: the shortened run, the formulation, what is "
                    "left out. DC503 flags the shortened run (中国特色主义思想).")]
    lines.append("run\tformulation\tmissing\n")
    lines.extend(f"{run}\t{term}\t{missing}\n" for run, term, missing in shortened)
    write(args.out / "shortened_formulations.tsv", "".join(lines))

    endings_of_measures = mine_measure_endings()
    lines = [header("", args.corpus, texts, "Dictionary words (jieba) of two to four characters ending in a measure character "
                    f"({MEASURE_ENDINGS}), with jieba's frequency. DC101 reads a measure closing a clause after none of them "
                    "as a count left blank (出生人口人，).")]
    lines.append("word\tfrequency\n")
    lines.extend(f"{word}\t{freq}\n" for word, freq in endings_of_measures)
    write(args.out / "measure_endings.tsv", "".join(lines))

    print(
        f"{len(texts)} documents: {len(terms)} established terms, {sum(len(b) for b in bigrams.values())} character pairs, "
        f"{len(table)} indicator phrases -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
