"""The curated term table's gates: an entry is searched for only when the text holds the pairs of characters
every match of it holds. A gate may only save work, never lose a match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from draftcheck.rules import term_table
from draftcheck.rules.dc503_term_error import pairs_of
from draftcheck.rules.term_table import TERM_ERRORS, _required_pairs, find_term_errors

CASES = Path(__file__).parent / "rule_cases"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _case_texts() -> list[str]:
    texts = []
    for path in sorted(CASES.glob("*.yml")):
        for case in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).values():
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                texts.append(case["text"])
    return texts


@pytest.mark.parametrize(
    ("pattern", "alternatives"),
    [
        ("平安生产", [{"平安", "安生", "生产"}]),
        ("科学(?:进展|开展)观", [{"科学", "进展"}, {"科学", "开展"}]),
        ("贯切落实|惯彻落实", [{"贯切", "切落", "落实"}, {"惯彻", "彻落", "落实"}]),
        # the pairs of a group are required only where the whole group is; a class breaks a run of literals
        ("(十[二三]|二十)会议", [{"会议"}]),
        ("三个代表[”\"]?(?:主要|首要)思想", [{"三个", "个代", "代表", "思想", "主要"}, {"三个", "个代", "代表", "思想", "首要"}]),
        # a lookbehind's literals need not lie in the match
        ("平安(?<=(?:食品|药品)平安)", [{"平安"}]),
    ],
)
def test_required_pairs_are_the_pairs_every_match_holds(pattern, alternatives):
    assert sorted(map(set, _required_pairs(re.compile(pattern))), key=sorted) == sorted(alternatives, key=sorted)


@pytest.mark.parametrize(
    "pattern",
    [
        "[一二]个",  # no two adjacent literals
        "a(?:bc)?d",  # an optional group: nothing sure
        "平安|[安全]",  # an alternative without a pair leaves the entry ungated
        "(?i)ab",  # case folded: the text may hold AB
        "平(?:安|全)?生",
    ],
)
def test_an_entry_without_sure_pairs_is_always_searched_for(pattern):
    assert _required_pairs(re.compile(pattern)) == ()


def test_every_match_of_every_entry_holds_one_of_its_alternatives():
    texts = _case_texts()
    found = 0
    for entry, gate in zip(TERM_ERRORS, term_table._gates()):
        for text in texts:
            for m in entry.wrong.finditer(text):
                found += 1
                assert not gate or any(pairs <= pairs_of(m.group()) for pairs in gate), (entry.wrong.pattern, m.group())
    assert found >= 50  # the rule cases hold wrong forms of most entries


def test_gated_search_finds_what_the_full_search_finds():
    texts = _case_texts()
    seeds = SHARED / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))]
    texts.append("".join(texts))
    for text in texts:
        assert list(find_term_errors(text, pairs_of(text))) == list(find_term_errors(text))


def test_a_text_without_the_pairs_skips_the_entry(monkeypatch):
    searched = []

    class Spy:
        def __init__(self, pattern):
            self.pattern = pattern

        def finditer(self, text):
            searched.append(self.pattern.pattern)
            return self.pattern.finditer(text)

    entry = term_table.TermError(re.compile("再接再励"), "再接再厉", "成语")
    monkeypatch.setattr(term_table, "TERM_ERRORS", (term_table.TermError(Spy(entry.wrong), entry.right, entry.why),))
    monkeypatch.setattr(term_table, "_gates", lambda: (_required_pairs(entry.wrong),))
    assert list(find_term_errors("再接再厉，再创佳绩", pairs_of("再接再厉，再创佳绩"))) == []
    assert searched == []
    assert [m[:2] for m in find_term_errors("要再接再励", pairs_of("要再接再励"))] == [(1, 5)]
    assert searched == ["再接再励"]
