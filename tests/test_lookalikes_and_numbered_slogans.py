"""The mined look-alike characters (scripts/build_lookalikes.py) and the numbered slogans DC503 checks (一带一路)."""

from __future__ import annotations

from conftest import load_script_module

from draftcheck.lexicon import fixed_numbered_positions_of, lookalike_characters


def load_script():
    return load_script_module("build_lookalikes")


def test_one_stroke_apart():
    script = load_script()
    assert script.one_stroke_apart("251112", "2511112")  # 早 / 旱: one stroke added
    assert script.one_stroke_apart("11234", "11235")  # one replaced
    assert not script.one_stroke_apart("1123", "3211")
    assert not script.one_stroke_apart("12", "1234")


def test_mine_lookalikes_needs_strokes_and_corners():
    script = load_script()
    orders = {"早": "251112", "旱": "2511112", "甲": "25112", "由": "25121", "人": "34", "入": "35"}
    corners = {"早": "60400", "旱": "60401", "甲": "60500", "由": "50600", "人": "80000", "入": "80000"}
    pairs = script.mine_lookalikes(orders, corners, set(orders))
    assert ("旱", "早") in pairs or ("早", "旱") in pairs
    assert not any({"甲", "由"} == set(p) for p in pairs)  # corner codes two digits apart
    assert not any({"人", "入"} == set(p) for p in pairs)  # too few strokes: the hand table's business


def test_shipped_mined_lookalikes_are_read_but_kept_from_the_known_pair_table():
    assert "旱" in lookalike_characters()["早"]
    assert "旱" not in lookalike_characters(mined=False).get("早", frozenset())


def test_fixed_numbered_positions_tell_a_slogan_from_a_template():
    terms = {
        "一带一路": (70, 183, 70),
        "一带一部": (2, 5, 2),
        "一企一策": (25, 30, 25),
        "一园一策": (4, 5, 3),
        "一县一策": (4, 5, 4),
        "一国两制": (30, 48, 29),
        "一老一小": (5, 6, 5),  # too few documents
    }
    fixed = fixed_numbered_positions_of(terms)
    assert ("一带一路", 1) in fixed
    assert ("一带一路", 3) not in fixed  # 一带一部 fills the frame: no fixed slogan there
    assert not any(term == "一企一策" for term, _ in fixed)  # 一园一策, 一县一策: a template, even at 策 (一企一册)
    assert {("一国两制", 1), ("一国两制", 3)} <= fixed
    assert not any(term == "一老一小" for term, _ in fixed)


def _fixed_positions_counting_every_frame(terms):
    """The plain form of fixed_numbered_positions_of: every frame of every term counted."""
    from draftcheck import lexicon

    numerals = lexicon._SLOGAN_NUMERAL_CHARACTERS
    numbered = [
        t for t, (d, _, q) in terms.items()
        if sum(c in numerals for c in t) >= 2 and d >= lexicon.MIN_DOCUMENTS_NUMBERED and q >= lexicon.MIN_QUOTED_NUMBERED
    ]
    frames: dict[str, int] = {}
    for t in terms:
        for k in range(len(t)):
            frames[t[:k] + "\0" + t[k + 1 :]] = frames.get(t[:k] + "\0" + t[k + 1 :], 0) + 1
    fixed = set()
    for t in numbered:
        fills = [frames[t[:k] + "\0" + t[k + 1 :]] for k in range(len(t))]
        if max(fills) < lexicon._TEMPLATE_FILLS:
            fixed.update((t, k) for k, c in enumerate(t) if c not in numerals and fills[k] == 1)
    return frozenset(fixed)


def test_fixed_numbered_positions_count_the_frames_as_every_frame_counted():
    import random

    from draftcheck.lexicon import established_terms

    terms = established_terms()
    assert fixed_numbered_positions_of(terms) == _fixed_positions_counting_every_frame(terms)
    rnd = random.Random(7)
    slogans = "一带一路 一国两制 一企一策 一园一策 两学一做 三去一降一补 四个全面 五位一体".split()
    for _ in range(40):  # slogans beside terms differing from them in one character or more, anywhere
        sample = {}
        for slogan in rnd.sample(slogans, 4):
            sample[slogan] = (rnd.choice((5, 25, 70)), 9, rnd.choice((3, 25, 60)))
            for _ in range(rnd.randint(0, 4)):
                chars = list(slogan)
                for k in rnd.sample(range(len(chars)), rnd.randint(1, 2)):
                    chars[k] = rnd.choice("带路国制企园策县部做学一两")
                sample["".join(chars)] = (rnd.randint(1, 80), 9, rnd.randint(0, 80))
        assert fixed_numbered_positions_of(sample) == _fixed_positions_counting_every_frame(sample)
