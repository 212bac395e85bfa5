"""Faster forms of shared text steps give what the plain forms they replaced give (branch speed7).

Each test keeps the plain form as the reference and compares on random text built from the characters that
matter to the step, plus the corpus when ../shared is present.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from draftcheck.document.tables import _INNER_GAP
from draftcheck.numbers.quantity import _FOLD, fold_for_numbers
from draftcheck.text.width import _FULL_TO_HALF, fold_width

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def corpus_texts(limit: int = 30) -> list[str]:
    if not CORPUS.is_dir():
        return []
    return [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*/*.txt"))[:limit]]


def random_texts(alphabet: list[str], count: int, seed: int = 7, longest: int = 60) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


WIDTH_ALPHABET = ["，", "：", "（", "）", "１", "２", "．", "％", "\u3000", "Ａ", "ｚ", "～", "！", "，，", "a", "中", " ", ",", "\n"]


def test_fold_width_is_translate_of_the_full_width_forms():
    for text in random_texts(WIDTH_ALPHABET, 3000) + corpus_texts():
        assert fold_width(text) == text.translate(_FULL_TO_HALF)


def test_fold_for_numbers_keeps_the_chinese_comma():
    for text in random_texts(WIDTH_ALPHABET, 3000) + corpus_texts(10):
        folded = fold_for_numbers(text)
        assert folded == text.translate(_FOLD)
        assert folded.count("，") == text.count("，")


# the gap between two cells of a pasted table as it was written before it led with the gap's first character
_INNER_GAP_LOOKBEHIND_LED = re.compile(r"(?<=[^\s])(?:\t|[ \u3000]{2})(?=[ \t\u3000]*[^\s])")


@pytest.mark.parametrize("seed", range(5))
def test_inner_gap_matches_where_the_lookbehind_led_pattern_did(seed):
    alphabet = ["a", " ", "\t", "\u3000", "\n", "表", "1", "  ", "\r"]
    for text in random_texts(alphabet, 4000, seed=seed, longest=40):
        assert [m.span() for m in _INNER_GAP.finditer(text)] == [m.span() for m in _INNER_GAP_LOOKBEHIND_LED.finditer(text)]


def test_inner_gap_matches_where_the_lookbehind_led_pattern_did_on_the_corpus():
    for text in corpus_texts():
        assert [m.span() for m in _INNER_GAP.finditer(text)] == [m.span() for m in _INNER_GAP_LOOKBEHIND_LED.finditer(text)]
