"""Word lists the rules share, kept as data files beside this module (units.toml, ...).

Hand-written: units.toml (its [measure_words] mined by scripts/build_units.py), lookalikes.tsv, fixed_formulations.tsv. Mined from ../shared/corpus by scripts/build_lexicons.py:
established_terms.tsv, corpus_bigrams.tsv, indicator_units.tsv, decimal_followers.tsv, known_pair_slips.tsv, closed_slots.tsv, open_endings.tsv (read by DC404), measure_endings.tsv (read by DC101).

Each table is loaded once, on first use. The files are package data, rebuilt by hand or by the
scripts named in their headers. They are read from this module's folder (``importlib.resources`` would
cost every lint process about 0.01 s: it imports tempfile, shutil and zipfile), and the parsed TOML files
are kept in the cache folder like the other derived tables (``disk_cache``).
"""

from __future__ import annotations

import importlib.util
import itertools
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from draftcheck import disk_cache

_FOLDER = Path(__file__).parent


def load_toml(name: str) -> dict:
    """A TOML data file of this package, parsed."""
    data = data_bytes(name)

    def parse() -> dict:
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - Python 3.10
            import tomli as tomllib

        return tomllib.loads(data.decode("utf-8"))

    return disk_cache.cached(f"toml-{Path(name).stem}", [data], "1", parse)


@lru_cache(maxsize=1)
def unit_dimensions() -> dict[str, str]:
    """Base unit (元, 亩, 家, 件次 ...) -> its dimension (money, area, firms, items ...): the hand-written
    ``[dimensions]`` of units.toml and the measure words scripts/build_units.py mined (``[measure_words]``)."""
    data = load_toml("units.toml")
    table: dict[str, str] = {}
    for dimension, units in data["dimensions"].items():
        for unit in units:
            table[unit] = dimension
    for unit, dimension in data.get("measure_words", {}).items():
        table.setdefault(unit, dimension)
    return table


# Dimensions of things counted one by one: an integer count of them is exact, not rounded.
COUNTING_DIMENSIONS = frozenset({"people", "firms", "items"})


@lru_cache(maxsize=8)
def counting_units(subset: str | None = None) -> frozenset[str]:
    """The measure words of things counted one by one (个, 家, 人次, 件次, 份 ...), or one named subset of
    them (units.toml ``[counting]``: ``interchangeable``, ``listed``). The one loader of count units: the
    quantity reader, grounding, the count and total finders all read theirs here."""
    every = frozenset(unit for unit, dimension in unit_dimensions().items() if dimension in COUNTING_DIMENSIONS)
    if subset is None:
        return every
    chosen = frozenset(load_toml("units.toml")["counting"][subset])
    if not chosen <= every:
        raise ValueError(f"units.toml [counting] {subset}: not counting units: {sorted(chosen - every)}")
    return chosen


@lru_cache(maxsize=1)
def unit_synonyms() -> dict[str, str]:
    """Unit -> the unit it measures the same thing as (名 -> 人, 平米 -> 平方米)."""
    return dict(load_toml("units.toml").get("synonyms", {}))


@lru_cache(maxsize=1)
def extraction_units() -> tuple[str, ...]:
    """Every unit the number reader knows: those with a dimension and the ones without (周岁, 号)."""
    return (*unit_dimensions(), *load_toml("units.toml").get("extraction", {}).get("other", []))


@lru_cache(maxsize=1)
def unit_scales() -> dict[str, float]:
    """Base unit -> how many base units of its dimension it is (平方公里 -> 1e6 平方米, 吨 -> 1000 公斤)."""
    return {unit: float(scale) for unit, scale in load_toml("units.toml").get("scales", {}).items()}


def unit_scale(unit: str) -> float | None:
    return unit_scales().get(unit)


@lru_cache(maxsize=1)
def indicator_magnitudes() -> dict[tuple[str, str], tuple[int, float, float]]:
    """(indicator phrase, dimension) -> (figures, lowest and highest log10 of a figure in base units) in the corpus."""
    return {
        (phrase, dimension): (int(count), float(low), float(high))
        for phrase, dimension, count, low, high in _data_rows("indicator_magnitudes.tsv")
    }


_PER_UNIT = ("人均", "户均", "亩均", "地均", "平均", "每", "单位", "万人", "千人")


def magnitude_key(run: str, phrase: str) -> str:
    """The phrase a figure's order of magnitude is filed under: ``phrase`` (the last words of ``run``, the Han run
    governing the figure), with the word of a figure per head, per unit or per area that ``run`` names before it
    (人均 + 可支配收入 for 城镇居民人均可支配收入, 每 + 床位 for 每千人口医疗卫生机构床位): another order of magnitude."""
    before = run[: len(run) - len(phrase)]
    per = next((word for word in _PER_UNIT if word in before), "")
    return per + phrase


def unit_dimension(unit: str) -> str | None:
    """The dimension of a base unit, or None when the unit is unknown (万元/亩 and other compounds)."""
    return unit_dimensions().get(unit)


@lru_cache(maxsize=1)
def table_header_roles() -> dict:
    """Column roles of report tables (table_headers.toml): ``roles`` in matching order, each with
    ``role``, ``patterns`` and optional ``exclude`` (regular expressions), and ``rows``: the label
    patterns of ``total``, ``subtotal`` and ``sub_item`` rows."""
    return load_toml("table_headers.toml")


# --- Lexicons mined from the published corpus by scripts/build_lexicons.py -----------------------


def data_bytes(name: str) -> bytes:
    """The raw contents of a data file of this package (what a cached table derived from it is keyed by)."""
    return (_FOLDER / name).read_bytes()


def _data_rows(name: str, data: bytes | None = None):
    """The tab-separated rows of a data file, past its ``#`` header and its column-name line."""
    lines = (data if data is not None else data_bytes(name)).decode("utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    next(rows, None)  # column names
    return rows


@lru_cache(maxsize=1)
def established_terms() -> dict[str, tuple[int, int, int]]:
    """Fixed formulation (安全生产, 营商环境, 放管服 ...) -> (documents using it, count, documents quoting it)."""
    data = data_bytes("established_terms.tsv")

    def build() -> dict[str, tuple[int, int, int]]:
        return {term: (int(docs), int(count), int(quoted)) for term, docs, count, quoted in _data_rows("", data)}

    return disk_cache.cached("established-terms", [data], "1", build)


# A slogan with two numerals or more (一带一路, 一国两制) is checked at a position only when it is this widely used and
# quoted, and the corpus fills its frame there with no other term: 一企一策 is a template (一园一策, 一链一策), 一带一路
# is one slogan (no other 一?一路), so 一代一路 is a slip.
MIN_DOCUMENTS_NUMBERED = 20
MIN_QUOTED_NUMBERED = 20
_SLOGAN_NUMERAL_CHARACTERS = frozenset("一二三四五六七八九十两百千万")
# A frame filled by this many terms (一?一策: 一企一策, 一园一策, 一县一策) makes the slogan a template.
_TEMPLATE_FILLS = 3


def fixed_numbered_positions_of(terms: dict[str, tuple[int, int, int]]) -> frozenset[tuple[str, int]]:
    """(term, k) for each slogan of ``terms`` (term -> documents, count, quoted) with two numerals or more, used and
    quoted widely enough, none of whose frames (the slogan with one character masked) the terms fill three times or
    more (a template), and each position k of a character that is no numeral where no other term of the same length
    differs from it (一带一路 at 带; not at 路: 一带一部 is another slogan)."""
    numbered = [
        term
        for term, (documents, _, quoted) in terms.items()
        if documents >= MIN_DOCUMENTS_NUMBERED and quoted >= MIN_QUOTED_NUMBERED and sum(c in _SLOGAN_NUMERAL_CHARACTERS for c in term) >= 2
    ]
    if not numbered:
        return frozenset()
    # Only the frames of the numbered slogans are counted: a term fills one only if it has the slogan's length and
    # its first or its second character (it differs from the slogan in one character at most), which one set
    # lookup a term tells (most terms share neither), and only those terms are masked position by position.
    wanted = {term[:k] + "\0" + term[k + 1 :] for term in numbered for k in range(len(term))}
    heads = {(len(term), 0, term[0]) for term in numbered} | {(len(term), 1, term[1]) for term in numbered}
    frames: dict[str, int] = {}
    for term in terms:
        size = len(term)
        if (size, 0, term[:1]) not in heads and (size, 1, term[1:2]) not in heads:
            continue
        for k in range(size):
            frame = term[:k] + "\0" + term[k + 1 :]
            if frame in wanted:
                frames[frame] = frames.get(frame, 0) + 1
    fixed = set()
    for term in numbered:
        fills = [frames[term[:k] + "\0" + term[k + 1 :]] for k in range(len(term))]
        if max(fills) >= _TEMPLATE_FILLS:
            continue  # 一企一策 beside 一园一策, 一县一策: a template, whatever position a text changes (一企一册)
        fixed.update((term, k) for k, char in enumerate(term) if char not in _SLOGAN_NUMERAL_CHARACTERS and fills[k] == 1)
    return frozenset(fixed)


@lru_cache(maxsize=1)
def fixed_numbered_positions() -> frozenset[tuple[str, int]]:
    """``fixed_numbered_positions_of`` the established terms: (一带一路, 1), (一国两制, 1) … (kept in the cache folder)."""

    def build() -> list[tuple[str, int]]:
        return sorted(fixed_numbered_positions_of(established_terms()))

    return frozenset(disk_cache.cached("fixed-numbered-positions", [data_bytes("established_terms.tsv")], "1", build))


# A hand-listed formulation (fixed_formulations.tsv) the corpus does not hold counts, for DC503's near-miss tests, as a
# term this many documents use (the threshold of an established term).
HAND_LISTED_DOCUMENTS = 20


@lru_cache(maxsize=1)
def hand_listed_terms() -> frozenset[str]:
    """The hand-listed formulations of four Han characters or more that the mined corpus does not hold (众创空间, 容缺受理)."""
    mined = established_terms()
    return frozenset(
        term for term in fixed_formulations() if len(term) >= 4 and term not in mined and all("\u4e00" <= c <= "\u9fff" for c in term)
    )


@lru_cache(maxsize=1)
def near_miss_terms() -> dict[str, tuple[int, int, int]]:
    """The terms DC503 looks for homophone and look-alike slips of: the established terms, and the hand-listed
    formulations the corpus does not hold, counted as used by ``HAND_LISTED_DOCUMENTS`` documents, quoted by none."""
    terms = dict(established_terms())
    for term in sorted(hand_listed_terms()):  # (in a fixed order: the term index built from this is cached on disk)
        terms[term] = (HAND_LISTED_DOCUMENTS, 0, 0)
    return terms


@lru_cache(maxsize=1)
def fixed_formulations() -> frozenset[str]:
    """The fixed formulations written by hand (fixed_formulations.tsv: 一岗双责, 四好农村路, 千村示范、万村整治 ...)."""
    return frozenset(row[0] for row in _data_rows("fixed_formulations.tsv") if row and row[0])


@lru_cache(maxsize=1)
def shortened_formulations() -> dict[str, tuple[str, str]]:
    """Shortened run -> (formulation, the characters left out): the hand-listed formulations with one or two inner
    characters left out that the corpus never writes across the gap (shortened_formulations.tsv: 中国特色主义思想)."""
    return {run: (term, missing) for run, term, missing in _data_rows("shortened_formulations.tsv")}


@lru_cache(maxsize=1)
def measure_ending_words() -> frozenset[str]:
    """Dictionary words ending in a measure character DC101 reads at a clause's end (measure_endings.tsv: 工人, 企业家,
    农户, 配套 ...)."""
    return frozenset(row[0] for row in _data_rows("measure_endings.tsv") if row and row[0])


class CorpusPairs:
    """The pairs of adjacent Han characters the corpus writes, as first character -> the characters
    written after it (corpus_bigrams.tsv's own shape). Loading that takes a few milliseconds where a set
    of its 138,000 pairs takes 0.05 s, which a run over one short report should not pay; once a run has
    looked up many pairs (a long text, many files), the set is built and used from then on.

    Behaves as the frozenset of pairs for what the rules do with it: ``pair in pairs``, ``len``,
    iteration and ``pairs_of_text - pairs``.
    """

    # Lookups one by one before the whole set is built (a 20,000-character report makes about 8,000).
    SET_AFTER_LOOKUPS = 30_000

    def __init__(self, followers: dict[str, str]) -> None:
        self._followers = followers
        self._set: frozenset[str] | None = None
        self._lookups = 0

    def followers(self, first: str) -> str:
        """The characters the corpus writes right after ``first`` (each once)."""
        return self._followers.get(first, "")

    def as_set(self) -> frozenset[str]:
        if self._set is None:
            self._set = frozenset(first + second for first, seconds in self._followers.items() for second in seconds)
        return self._set

    def __contains__(self, pair: object) -> bool:
        if self._set is not None:
            return pair in self._set
        self._lookups += 1
        if self._lookups > self.SET_AFTER_LOOKUPS:
            return pair in self.as_set()
        return isinstance(pair, str) and len(pair) == 2 and pair[1] in self._followers.get(pair[0], "")

    def __rsub__(self, other: set[str] | frozenset[str]) -> set[str]:
        """``other - pairs``: the members of ``other`` the corpus never writes."""
        if self._set is None:
            self._lookups += len(other)
            if self._lookups <= self.SET_AFTER_LOOKUPS:
                get = self._followers.get
                return {p for p in other if not (len(p) == 2 and p[1] in get(p[0], ""))}
        return (other if isinstance(other, (set, frozenset)) else set(other)) - self.as_set()

    def __iter__(self):
        return iter(self.as_set())

    def __len__(self) -> int:
        return len(self.as_set())


@lru_cache(maxsize=1)
def closed_slots() -> tuple[tuple[str, int, int, int, frozenset[str]], ...]:
    """(term, slot start, slot end, support, attested runs) for each closed word slot of an established term
    (全面从严治党's 从严: the corpus writes no other word between 全面 and 治党): closed_slots.tsv, built by
    scripts/build_lexicons.py."""
    data = data_bytes("closed_slots.tsv")

    def build() -> list:
        return [
            (term, int(start), int(end), int(support), attested)
            for term, start, end, support, attested in _data_rows("", data)
        ]

    return tuple(
        (term, start, end, support, frozenset(attested.split(",")) if attested else frozenset())
        for term, start, end, support, attested in disk_cache.cached("closed-slots", [data], "1", build)
    )


@lru_cache(maxsize=1)
def corpus_bigrams() -> CorpusPairs:
    """Every pair of adjacent Han characters that the corpus writes somewhere."""
    followers: dict[str, str] = {}
    for first, seconds in _data_rows("corpus_bigrams.tsv"):
        followers[first] = followers.get(first, "") + seconds
    return CorpusPairs(followers)


@lru_cache(maxsize=1)
def known_pair_slips() -> dict[str, tuple[tuple[str, int, str, str], ...]]:
    """Pair that shows a slip -> (term, replaced position, written character, 同音/形近/声调), for the slips of
    the most used terms whose every pair the corpus writes (势主 -> 形式主义 with 势 for 式)."""
    table: dict[str, list[tuple[str, int, str, str]]] = {}
    for pair, term, position, written, kind in _data_rows("known_pair_slips.tsv"):
        table.setdefault(pair, []).append((term, int(position), written, kind))
    return {pair: tuple(rows) for pair, rows in table.items()}


@lru_cache(maxsize=1)
def dictionary_slips() -> frozenset[str]:
    """Two-character homophone slips of terms that are common dictionary words themselves (公元 beside 公园)."""
    return frozenset(word for word, _ in _data_rows("dictionary_slips.tsv"))


@lru_cache(maxsize=1)
def term_neighbour_words() -> frozenset[str]:
    """Dictionary words one homophone or look-alike slip from a common two-character term (协意 is none; 协义 is one):
    term_neighbour_words.tsv, built by scripts/build_word_neighbours.py from jieba's dictionary."""
    return frozenset(row[0] for row in _data_rows("term_neighbour_words.tsv"))


@lru_cache(maxsize=1)
def slip_outer_words() -> frozenset[str]:
    """Dictionary words the corpus never writes that a character DC503 may take for a slip makes with the character
    beside the run (沥青 in 铺设沥青): slip_outer_words.tsv, built by scripts/build_word_neighbours.py."""
    return frozenset(row[0] for row in _data_rows("slip_outer_words.tsv"))


@lru_cache(maxsize=1)
def known_slip_pairs() -> frozenset[str]:
    """The pairs of ``known_pair_slips``, as a set to intersect a text's pairs with."""
    return frozenset(known_pair_slips())


@lru_cache(maxsize=1)
def indicator_units() -> dict[str, dict[str, int]]:
    """Indicator phrase (工业增加值, 占地面积, 企业 ...) -> {unit dimension: times the corpus writes it so}."""
    table: dict[str, dict[str, int]] = {}
    for phrase, dimension, count in _data_rows("indicator_units.tsv"):
        table.setdefault(phrase, {})[dimension] = int(count)
    return table


@lru_cache(maxsize=1)
def decimal_followers() -> frozenset[str]:
    """Han characters the corpus writes right after a decimal number (万, 亿, 元, 吨, 个, 左 ...)."""
    return frozenset(char for char, _ in _data_rows("decimal_followers.tsv"))


# Words between an indicator and its figure: 面积达到3万平方米, 产值为2亿元, 企业共12家.
_LINKERS = (
    "已经达到", "达到了", "累计达", "总计达", "合计达", "达到", "已达", "超过", "突破", "完成", "实现", "累计", "共计",
    "合计", "总计", "增至", "增加到", "达", "为", "约", "近", "超", "逾", "共",
)


@lru_cache(maxsize=1)
def indicator_linker_pattern() -> re.Pattern[str]:
    """Matches the end of the text before a figure: ``run`` is the Han run naming what the figure measures,
    after the linking words (达到, 为, 约 ...) between it and the figure are taken off."""
    linkers = "|".join(_LINKERS)
    return re.compile(rf"(?P<run>[\u4e00-\u9fff]{{2,}}?)(?P<linker>(?:{linkers})*)$")


_LIST_BEFORE = frozenset("、和及与或")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def governing_run(text: str, start: int, window: int = 16) -> tuple[str, int] | None:
    """The Han run that directly governs the figure starting at ``start`` (占地面积 in 占地面积达3万平方米)
    and where it ends, or None when nothing binds it unambiguously: no Han run right before it, a list (面积、产值3亿元,
    面积和产值分别为 ...), or the last item of a series whose indicator was written once and then left out
    (企业利润21397亿元；股份制企业56166亿元: the second figure is 利润 too)."""
    match = indicator_linker_pattern().search(text, max(0, start - window), start)
    if match is None:
        return None
    run = match.group("run")
    before = text[match.start("run") - 1] if match.start("run") > 0 else ""
    if before in _LIST_BEFORE and len(run) <= 4:
        return None
    return run, match.end("run")


def elided_indicator(text: str, start: int, head: str, figure_fits: Callable[[int], bool] | None = None) -> bool:
    """Whether earlier in the sentence ``head`` is followed by another word and then a figure
    (国有控股企业利润21397亿元，……股份制企业56166亿元): the later figure repeats that word unsaid. ``figure_fits``, given
    the offset of that earlier figure in ``text``, may ask it to be of the later one's kind (企业数量216个 says nothing of
    a later 企业23亿元)."""
    sentence_start = 0
    for m in _SENTENCE_END.finditer(text, max(0, start - 200), start):
        sentence_start = m.end()
    low = max(sentence_start, start - 200)
    for m in re.finditer(re.escape(head) + r"[\u4e00-\u9fff]{1,8}(?=\d)", text[low:start]):
        if figure_fits is None or figure_fits(low + m.end()):
            return True
    return False


@lru_cache(maxsize=2)
def lookalike_characters(mined: bool = True) -> dict[str, frozenset[str]]:
    """Character -> the characters it is mistaken for by shape (形近字), both ways: the pairs written by hand
    (lookalikes.tsv) and, with ``mined``, those mined from the characters' strokes (lookalikes_mined.tsv,
    scripts/build_lookalikes.py). The slips whose every pair the corpus writes (known_pair_slips.tsv) are mined
    with the hand-written pairs only: without an unseen pair to show the slip, a loose look-alike is too little."""
    table: dict[str, set[str]] = {}
    sources = ("lookalikes.tsv", "lookalikes_mined.tsv") if mined else ("lookalikes.tsv",)
    for row in itertools.chain.from_iterable(_data_rows(name) for name in sources):
        group = row[0]
        for char in group:
            table.setdefault(char, set()).update(c for c in group if c != char)
    return {char: frozenset(others) for char, others in table.items()}


_TONE_MARKS = {
    mark: (plain, str(tone))
    for plain, marks in (("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("v", "ǖǘǚǜ"), ("n", "\0ńňǹ"), ("m", "\0ḿ"))
    for tone, mark in enumerate(marks, start=1)
}
_TONE_MARKS["ü"] = ("v", "")


@lru_cache(maxsize=1)
def _common_readings() -> dict[int, str]:
    """Code point -> its readings as pypinyin lists them, most common first (``bù,pǒu``).

    Read straight from pypinyin's character table: importing the pypinyin package also loads its phrase
    dictionary and segmenter, about a second, which a lint run that meets one near miss should not pay.
    """
    spec = importlib.util.find_spec("pypinyin")
    if spec is not None and spec.submodule_search_locations:
        table = Path(next(iter(spec.submodule_search_locations))) / "pinyin_dict.json"
        if table.is_file():
            stat = table.stat()  # the installed table is keyed by where it is, its size and its time

            def build() -> dict[int, str]:
                import json

                return {int(code): readings for code, readings in json.loads(table.read_text(encoding="utf-8")).items()}

            return disk_cache.cached("pinyin-readings", [f"{table}:{stat.st_size}:{stat.st_mtime_ns}".encode()], "1", build)
    from pypinyin.pinyin_dict import pinyin_dict  # pragma: no cover - another layout of pypinyin

    return dict(pinyin_dict)  # pragma: no cover


def _tone3(syllable: str) -> str:
    """``bù`` -> ``bu4``, ``lǜ`` -> ``lv4``, ``de`` -> ``de`` (pypinyin's TONE3 style)."""
    letters, tone = [], ""
    for char in syllable:
        plain, mark = _TONE_MARKS.get(char, (char, ""))
        letters.append(plain)
        tone = tone or mark
    return "".join(letters) + tone


@lru_cache(maxsize=8192)
def character_readings(char: str) -> tuple[frozenset[str], frozenset[str]]:
    """(toned reading like ``bu4``, toneless reading like ``bu``) of one character, its common reading only:
    the rare readings pypinyin also knows (省 xian3, 由 yao2) would make most pairs of characters sound alike."""
    readings = _common_readings().get(ord(char), "") if len(char) == 1 else ""
    if not readings:
        return frozenset(), frozenset()
    toned = _tone3(readings.split(",")[0])
    return frozenset({toned}), frozenset({toned.rstrip("012345")})
