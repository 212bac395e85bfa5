"""Mine the dictionary words that lie one slip away from a common two-character term, for DC503:
``lexicon/term_neighbour_words.tsv``.

DC503 flags a two-character run the corpus never writes that is a common word of official writing (协议, 综合: used
by ``MIN_DOCUMENTS`` documents or more, ``established_terms.tsv``) with one character replaced by a homophone or a
look-alike (协意, 综和), even where no neighbour anchors it. Such a run may still be a word of its own that the corpus
happens not to use (a rare word, a place, a firm's name): every such run that jieba's dictionary lists, at any
frequency, is written here, and DC503 leaves it alone. Only the words near a term are kept, so the file stays small.
Deterministic: sorted output, no timestamps.

usage: python scripts/build_word_neighbours.py [--out FILE]   (needs: pip install jieba, the ``lexicons`` extra)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from draftcheck.lexicon import established_terms
from draftcheck.rules.dc503_term_error import _MIN_DOCUMENTS_BARE_WORD as MIN_DOCUMENTS
from draftcheck.rules.dc503_term_error import confusion

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "draftcheck" / "lexicon" / "term_neighbour_words.tsv"
OUTER_OUT = DEFAULT_OUT.with_name("slip_outer_words.tsv")
# A dictionary word this frequent (jieba) that a slip character makes with the character beside the run (沥青 in 铺设沥青,
# where 设沥 would be 设立 with 立 replaced): DC503 takes the written character for that word's, not for a slip.
OUTER_MIN_FREQUENCY = 100


def mine(words: dict[str, int], terms: dict[str, tuple[int, int, int]]) -> list[tuple[str, str, int]]:
    """(dictionary word, the term it is one slip from, the word's jieba frequency), sorted."""
    by_side: dict[tuple[int, str], list[str]] = {}
    for term, (documents, _, _) in terms.items():
        if len(term) == 2 and documents >= MIN_DOCUMENTS:
            by_side.setdefault((0, term[1]), []).append(term)  # the first character replaced
            by_side.setdefault((1, term[0]), []).append(term)  # the second character replaced
    rows = set()
    for word, freq in words.items():
        for k in (0, 1):
            for term in by_side.get((k, word[1 - k]), ()):
                if term != word and confusion(word[k], term[k]) is not None:
                    rows.add((word, term, freq))
    return sorted(rows)


def mine_outer_words(words: dict[str, int], terms: dict[str, tuple[int, int, int]], pairs: frozenset[str]) -> list[tuple[str, int]]:
    """(dictionary word, its jieba frequency) for every word of OUTER_MIN_FREQUENCY+ the corpus never writes that begins
    with a character DC503 may take for a slip of a common term's second character (a true homophone or a look-alike,
    anchored by its neighbours or not), or ends with one it may take for a slip of a first character: 沥青 (设沥 for 设立)."""
    from draftcheck.lexicon import lookalike_characters
    from draftcheck.rules.dc503_term_error import _NUMERALS, why_sound

    characters = sorted({char for word in words for char in word})
    slips: dict[int, set[str]] = {0: set(), 1: set()}
    for term, (documents, _, _) in terms.items():
        if len(term) != 2 or documents < MIN_DOCUMENTS or set(term) & _NUMERALS:
            continue
        for k in (0, 1):
            for char in characters:
                if char != term[k] and (why_sound(char, term[k]) or term[k] in lookalike_characters().get(char, ())):
                    slips[k].add(char)
    return sorted(
        (word, freq)
        for word, freq in words.items()
        if freq >= OUTER_MIN_FREQUENCY and word not in pairs and (word[0] in slips[1] or word[1] in slips[0])
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    try:
        from build_lexicons import dictionary_words  # (scripts/ is on sys.path when a script runs)

        words = dictionary_words(2)
    except ImportError:
        print("未安装 jieba：请先运行 pip install -e '.[lexicons]'，再重建 term_neighbour_words.tsv。", file=sys.stderr)
        return 1
    rows = mine(words, established_terms())
    lines = [
        "# Dictionary words one homophone or look-alike slip from a two-character term used by "
        f"{MIN_DOCUMENTS}+ documents: the word, the term, its jieba frequency.",
        "# Built by scripts/build_word_neighbours.py from jieba's dictionary and established_terms.tsv.",
        "# Do not edit by hand: rerun the script (see README, 'Rebuilding the lexicons').",
        "word\tterm\tfrequency",
    ] + [f"{word}\t{term}\t{freq}" for word, term, freq in rows]
    tmp = args.out.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(args.out)
    print(f"{len(rows)} rows -> {args.out}")
    from draftcheck.lexicon import corpus_bigrams

    outer = mine_outer_words(words, established_terms(), frozenset(corpus_bigrams().as_set()))
    lines = [
        f"# Dictionary words (jieba frequency {OUTER_MIN_FREQUENCY}+, never written in the corpus) that a character DC503 may take "
        f"for a slip of a two-character term of {MIN_DOCUMENTS}+ documents makes with the character beside the run: the word, "
        "its frequency (沥青: 铺设沥青 is no slip of 设立).",
        "# Built by scripts/build_word_neighbours.py from jieba's dictionary, established_terms.tsv and corpus_bigrams.tsv.",
        "# Do not edit by hand: rerun the script (see README, 'Rebuilding the lexicons').",
        "word\tfrequency",
    ] + [f"{word}\t{freq}" for word, freq in outer]
    tmp = OUTER_OUT.with_suffix(".tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(OUTER_OUT)
    print(f"{len(outer)} rows -> {OUTER_OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
