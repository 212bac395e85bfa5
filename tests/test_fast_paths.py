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
# (a tab, one ideographic space, or a space and another space or 　)
_INNER_GAP_LOOKBEHIND_LED = re.compile(r"(?<=[^\s])(?:\t|\u3000|[ ][ \u3000])(?=[ \t\u3000]*[^\s])")


@pytest.mark.parametrize("seed", range(5))
def test_inner_gap_matches_where_the_lookbehind_led_pattern_did(seed):
    alphabet = ["a", " ", "\t", "\u3000", "\n", "表", "1", "  ", "\r"]
    for text in random_texts(alphabet, 4000, seed=seed, longest=40):
        assert [m.span() for m in _INNER_GAP.finditer(text)] == [m.span() for m in _INNER_GAP_LOOKBEHIND_LED.finditer(text)]


def test_inner_gap_matches_where_the_lookbehind_led_pattern_did_on_the_corpus():
    for text in corpus_texts():
        assert [m.span() for m in _INNER_GAP.finditer(text)] == [m.span() for m in _INNER_GAP_LOOKBEHIND_LED.finditer(text)]


NUMBER_ALPHABET = ["增长", "12", ".5", "%", " ", "  ", "\u3000", "亿元", "，", "。", "三成", "约", "上年", "3", "-", "到", "\n",
                   "万", "个", "２", "百分之十", "；", "其中"]


def test_mask_sentence_gives_what_masking_character_by_character_gives():
    from draftcheck.numbers.masked_sentence import _mask_by_character, mask_sentence
    from draftcheck.numbers.quantity import extract_quantities

    rng = random.Random(11)
    for text in random_texts(NUMBER_ALPHABET, 3000, longest=30):
        folded = fold_width(text)
        quantities = extract_quantities(text)
        start = rng.randint(0, len(folded))
        end = rng.randint(start, len(folded))
        variants = [quantities, quantities[::-1], quantities + quantities[:1]]  # in order; reversed and repeated fall back
        for given in variants:
            fast, plain = mask_sentence(folded, start, end, given), _mask_by_character(folded[start:end], start, end, given)
            assert (fast.masked, fast.by_offset, fast.text) == (plain.masked, plain.by_offset, plain.text)


def test_quantities_in_gives_each_span_what_a_search_per_span_gives():
    from draftcheck.numbers.quantity import QuantityIndex, extract_quantities
    from draftcheck.numbers.statement_spans import quantities_in

    rng = random.Random(5)
    texts = random_texts(NUMBER_ALPHABET, 500, longest=80) + corpus_texts(5)
    for text in texts:
        index = QuantityIndex(extract_quantities(text))
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 12))))
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.8]
        assert quantities_in(index, spans) == [index.between(s, e) for s, e in spans]
        assert quantities_in(index, spans) is quantities_in(index, spans)  # computed once for a list of spans


SET_COUNT_ALPHABET = ["三", "大", "方面", "12", "1", ",", "十", "九百", "零", "五", "级", "第", "约", "一", "百", "两", "点",
                      "县", "企业", "、", "，", "。", "2,", "万", "地", "A", "%", ".", "\n", "二十", "个方"]


@pytest.mark.parametrize("seed", range(4))
def test_set_count_candidates_are_those_the_whole_scan_finds(seed):
    """Counted sets (两大, 三级, 四方面) are found by a located scan: the same matches as a whole scan."""
    from draftcheck.numbers.relations.counts import _SET_COUNT, _SET_COUNT_START
    from draftcheck.text.windowed_scan import finditer_located

    rng = random.Random(seed)
    for text in random_texts(SET_COUNT_ALPHABET, 3000, seed=seed, longest=40):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        located = [(m.start(), m.end()) for m in finditer_located(_SET_COUNT, _SET_COUNT_START, text, start, end)]
        assert located == [(m.start(), m.end()) for m in _SET_COUNT.finditer(text, start, end)]


def test_count_candidates_from_the_shared_quantities_miss_no_count_of_the_whole_scan():
    """Counts are taken from the shared quantity index plus the counted sets; on the corpus they hold every
    count a whole scan with _COUNT would accept, except ranges (1—2个主导产业, never checkable) and a count
    glued to 点 (要点十件事), which the quantity reader does not read."""
    from draftcheck.numbers.relations.counts import _COUNT, _counts, _stated_count
    from draftcheck.rules.base import CheckContext

    for text in corpus_texts():
        ctx = CheckContext(text)
        folded = ctx.folded
        candidates = {m.start() for m in _counts(ctx, folded)}
        for m in _COUNT.finditer(folded):
            if m.start() in candidates or _stated_count(folded, m) is None:
                continue
            before = folded[max(0, m.start() - 1) : m.start()]
            assert before in ("—", "-", "~", "～", "点"), folded[max(0, m.start() - 20) : m.end() + 10]


def test_spans_holding_are_the_spans_whose_text_holds_a_word():
    from draftcheck.numbers.statement_spans import spans_holding

    rng = random.Random(3)
    words = ("率", "成", "占比", "%", "百分之", "比")
    alphabet = ["率", "成", "占", "比", "%", "百分", "之", "，", "a", "完成", "。"]
    for text in random_texts(alphabet, 3000, longest=40) + corpus_texts(5):
        cuts = sorted(rng.sample(range(len(text) + 1), min(len(text) + 1, rng.randint(0, 15))))
        spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if rng.random() < 0.7]
        chosen = tuple(rng.sample(words, rng.randint(1, 3)))
        expected = [k for k, (s, e) in enumerate(spans) if any(w in text[s:e] for w in chosen)]
        assert spans_holding(text, spans, chosen) == expected


def _inside_quote_by_character(text: str, pos: int) -> bool:
    i, floor = pos - 1, max(0, pos - 30)
    while i >= floor:
        if text[i] in "“《":
            return True
        if text[i] in "”》。;\n":
            return False
        i -= 1
    return False


def test_inside_quote_reads_the_nearest_mark_as_the_loop_did():
    from draftcheck.numbers.relations.counts import _inside_quote

    alphabet = ["“", "《", "”", "》", "。", ";", "\n", "a", "三个", "中文", "，"]
    for text in random_texts(alphabet, 2000, longest=70):
        for pos in range(len(text) + 1):
            assert _inside_quote(text, pos) == _inside_quote_by_character(text, pos)


CHINESE_ALPHABET = ["百分之", "十二", "点", "五", "三分之一", "翻", "两", "番", "一百", "二十", "多", "余", "万", "亿", "元", "个",
                    "百分点", "吨", "一", "零", "〇", "，", "年", "千", "中", "以上", "左右", "约"]


@pytest.mark.parametrize("seed", range(4))
def test_chinese_numerals_located_are_those_the_whole_scan_finds(seed):
    from draftcheck.numbers.quantity import _CHINESE, _CHINESE_START
    from draftcheck.text.windowed_scan import finditer_located

    for text in random_texts(CHINESE_ALPHABET, 3000, seed=seed, longest=30):
        assert [(m.span(), m.groups()) for m in finditer_located(_CHINESE, _CHINESE_START, text)] == [
            (m.span(), m.groups()) for m in _CHINESE.finditer(text)
        ]


def test_chinese_numerals_located_are_those_the_whole_scan_finds_on_the_corpus():
    from draftcheck.numbers.quantity import _CHINESE, _CHINESE_START, fold_for_numbers
    from draftcheck.text.windowed_scan import finditer_located

    for text in corpus_texts():
        folded = fold_for_numbers(text)
        assert [m.span() for m in finditer_located(_CHINESE, _CHINESE_START, folded)] == [m.span() for m in _CHINESE.finditer(folded)]


def test_finditer_located_tries_the_pattern_where_the_locator_points():
    from draftcheck.text.windowed_scan import finditer_located

    pattern = re.compile(r"(?=[ab])(?<!x)[ab]+c")
    locator = re.compile(r"[ab]")  # every start of a match: more positions do no harm
    for text in random_texts(["a", "b", "c", "x", "ab", "bc"], 3000, longest=20):
        assert [m.span() for m in finditer_located(pattern, locator, text)] == [m.span() for m in pattern.finditer(text)]


def _located_pairs():
    from draftcheck.numbers.relations import totals
    from draftcheck.rules import dc501_unit_error as dc501
    from draftcheck.rules import dc502_date_anomaly as dc502

    dates = ["2025", "1", "12", "3", "02", "0", " ", "年", "月", "日", "同年", "当年", "同", "当", "份", "底", "中旬", "正式",
             "开工", "竣工", "启动", "结束", "建设", "开始建设", "，", "a"]
    return [
        (dc502._MONTH_DAY, dc502._MONTH_DAY_START, dates),
        (dc502._DATED_EVENT, dc502._DATED_EVENT_START, dates),
        (dc502._MONTH_OPENING, dc502._MONTH_AT, dates + ["至", "—", "，", ",", "初"]),
        (dc502._DATE_RANGE, dc502._MONTH_ALONE_AT, dates + ["至", "—", "-", ".", "号", "以来"]),
        (dc502._DATED_WEEKDAY, dc502._MONTH_ALONE_AT, dates + ["星期", "周", "一", "日", "（", ".", "号"]),
        (dc502._PART_WITH_MONTHS, dc502._PART_WITH_MONTHS_START,
         ["上半年", "下半年", "前三季度", "第", "一", "三", "季度", "半年", "（", "(", "1", "6", "月", "—", "2025", "年", " ", "）"]),
        (dc502._BAD_QUARTER, dc502._BAD_QUARTER_START, ["第", "五", "5", "四", "季度", "季", "年", "前", "至", " ", "连续", "个"]),
        (totals._QIZHONG, totals._QIZHONG_START, ["其中", "，", "其", "中", "\n", "a", " ", "（", "。其中"]),
        (totals._BREAKDOWN, totals._BREAKDOWN_START, ["分", "按", "从", "行业", "来看", "看", "，", "。", ":", "中", "分，"]),
        (dc501._SHARE_WITHOUT_PERCENT, dc501._SHARE_LEAD,
         ["比重", "的", "12", ".5", "，", "同比", "增长", "比上年同期", "增幅", "为", "、", "3", "\n", "总量", "增速达", "工程量", "量的"]),
        (dc501._BARE_SQUARE_METRE, dc501._BARE_SQUARE_METRE_START, ["方米", "面积", "约", "达", "3", "万", "地", "平", "，"]),
        (dc501._INTENSITY_CHANGE, dc501._INTENSITY_HEAD,
         ["单位", "地区生产总值", "能耗", "强度", "碳排放", "下降", "3.2", "万", "吨", "元", "比上年", "用水", "，"]),
    ]


@pytest.mark.parametrize("case", range(len(_located_pairs())))
def test_located_scans_find_what_the_whole_scan_finds(case):
    from draftcheck.text.windowed_scan import finditer_located

    pattern, locator, alphabet = _located_pairs()[case]
    rng = random.Random(case)
    for text in random_texts(alphabet, 3000, seed=case, longest=30) + [fold_width(t) for t in corpus_texts(20)]:
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        for span in ((0, len(text)), (start, end)):
            assert [(m.span(), m.groups()) for m in finditer_located(pattern, locator, text, *span)] == [
                (m.span(), m.groups()) for m in pattern.finditer(text, *span)
            ]


def test_quantities_built_without_the_dataclass_init_equal_those_built_with_it():
    from decimal import Decimal

    from draftcheck.numbers.quantity import Kind, Quantity, _quantity

    cases = [
        ((0, 4, 0, 4, Decimal("12.5"), 1, Decimal(1), "%", True), {"kind": Kind.PERCENT, "qualifier": "约", "script": "chinese"}),
        ((3, 9, 3, 6, Decimal(3), 0, Decimal(10000), "元", False), {"qualifier": "", "script": "chinese"}),
        ((1, 2, 1, 2, Decimal(2), 0, Decimal(1), "番", False), {"kind": Kind.MULTIPLE}),
    ]
    for args, kwargs in cases:
        fast, plain = _quantity(*args, **kwargs), Quantity(*args, **kwargs)
        assert fast == plain and vars(fast) == vars(plain) and hash(fast) == hash(plain)


# Sentence units and DC401's reordered clauses (branch speed9): bodies and clauses reduced in one pass over all units.
UNIT_ALPHABET = ["工作", "总结", "年度", "x", "X", "xx", "×", "□", "○", "〇", "＿", "_", "。", "！", "？", "；", ";", "!", "，", ",",
                 "：", "、", "”", "）", "\n", "\r", " ", "\t", "\u3000", "12", "3.5", "Σ", "σ", "İ", "ꙮ", "A", "b", "\u2028"]


def _units_one_by_one(text: str) -> list[tuple]:
    """split_units as it was: each sentence body normalised on its own."""
    from draftcheck.text.sentence_units import _SENTENCE_END_SPLIT, MIN_UNIT, normalise, paragraphs

    units = []
    for number, (start, end) in enumerate(paragraphs(text), 1):
        parts = _SENTENCE_END_SPLIT.split(text[start:end])
        position = start
        for body, stop in zip(parts[0::2], parts[1::2]):
            following = position + len(body) + len(stop)
            if len(normalise(body)) >= MIN_UNIT:
                units.append((number, position, following, normalise(body)))
            position = following
        if position < end and len(normalise(parts[-1])) >= MIN_UNIT:
            units.append((number, position, end, normalise(parts[-1])))
    return units


@pytest.mark.parametrize("seed", range(3))
def test_split_units_normalises_all_bodies_as_each_alone(seed):
    from draftcheck.text.sentence_units import split_units

    for text in random_texts(UNIT_ALPHABET, 4000, seed=seed, longest=80) + corpus_texts(15 if seed == 0 else 0):
        assert [(u.paragraph, u.start, u.end, u.normalised) for u in split_units(text)] == _units_one_by_one(text)


def test_normalising_without_an_xx_blank_takes_the_one_class_pattern():
    from draftcheck.text.sentence_units import _NOT_LETTER_OR_BLANK, _normalise_folded

    for text in random_texts(UNIT_ALPHABET, 4000, seed=11, longest=40):
        assert _normalise_folded(text) == _NOT_LETTER_OR_BLANK.sub("", text).lower()


def test_reordered_clauses_of_all_units_equal_each_unit_split_alone():
    from draftcheck.rules.dc401_duplicate_passage import _NOT_CONTENT, _REORDER_CLAUSE, _clauses_of
    from draftcheck.text.sentence_units import split_units

    for text in random_texts(UNIT_ALPHABET, 4000, seed=5, longest=120) + corpus_texts(15):
        folded = fold_width(text)
        units = split_units(text, folded)
        expected = [
            tuple(c for c in (_NOT_CONTENT.sub("", part) for part in _REORDER_CLAUSE.split(folded[u.start : u.end])) if c)
            for u in units
        ]
        assert _clauses_of(folded, units) == expected


def _carried_one_skip_pair_at_a_time(chars, repeat):
    """The plain form of dc401's _carried_past_edits: every pair of skips tried in turn."""
    from draftcheck.rules.dc401_duplicate_passage import _MAX_EDIT_SKIP, _MIN_RESUMED
    from draftcheck.text.repeats import Repeat

    for _ in range(2):
        later_end, earlier_end = repeat.later + repeat.length, repeat.earlier + repeat.earlier_length
        best = None
        for skip_later in range(_MAX_EDIT_SKIP + 1):
            for skip_earlier in range(_MAX_EDIT_SKIP + 1):
                if not skip_later and not skip_earlier:
                    continue
                a, b = later_end + skip_later, earlier_end + skip_earlier
                if b + _MIN_RESUMED > repeat.later or a + _MIN_RESUMED > len(chars):
                    continue
                if chars[a : a + _MIN_RESUMED] == chars[b : b + _MIN_RESUMED]:
                    if best is None or skip_later + skip_earlier < sum(best):
                        best = (skip_later, skip_earlier)
        if best is None:
            break
        a, b = later_end + best[0], earlier_end + best[1]
        length = 0
        while a + length < len(chars) and b + length < repeat.later and chars[a + length] == chars[b + length]:
            length += 1
        repeat = Repeat(repeat.earlier, b + length - repeat.earlier, repeat.later, a + length - repeat.later, repeat.matched + length)
    return repeat


@pytest.mark.parametrize("seed", range(4))
def test_carrying_a_repeat_past_edits_takes_the_skips_the_plain_loop_takes(seed):
    from draftcheck.rules.dc401_duplicate_passage import _carried_past_edits
    from draftcheck.text.repeats import Repeat

    rnd = random.Random(seed)
    for _ in range(3000):
        chars = "".join(rnd.choice("abcd"[: rnd.randint(1, 4)]) for _ in range(rnd.randint(10, 60)))
        earlier = rnd.randint(0, len(chars) - 2)
        later = rnd.randint(earlier + 1, len(chars) - 1)
        repeat = Repeat(earlier, rnd.randint(1, 8), later, rnd.randint(1, max(1, len(chars) - later)), 4)
        assert _carried_past_edits(chars, repeat) == _carried_one_skip_pair_at_a_time(chars, repeat)

# --- the typed clause model (branch speedA) ---------------------------------------------------------------

CUE_ALPHABET = ["上年", "去年", "同期", "年初", "2023年", "为", "增长", "下降", "以下", "多", "少", "比", "较", "占", "比重",
                "率", "人均", "亩均", "目标", "任务", "计划", "增幅", "降幅", "由", "到", "至", "的", "中", "，", " ", "（",
                "新增", "负", "年均", "达", "约", "企业", "产值"]


@pytest.mark.parametrize("seed", range(3))
def test_role_gates_hold_wherever_their_patterns_match(seed):
    import draftcheck.numbers.clause_model as model

    pairs = [(model._BASE_CUE, model._BASE_GATE), (model._BASE_CLAUSE_CUE, model._BASE_GATE),
             (model._CHANGE_CUE, model._CHANGE_GATE), (model._RATE_NOUN_CUE, model._RATE_NOUN_GATE),
             (model._NAMED_RATE_CUE, model._NAMED_RATE_GATE), (model._TARGET_CUE, model._TARGET_GATE),
             (model._SHARE_CUE, re.compile("[占比]")), (model._MORE_OR_LESS_CUE, re.compile("[多少]"))]
    matched = 0
    for text in random_texts(CUE_ALPHABET, 4000, seed=seed, longest=8):
        for pattern, gate in pairs:
            m = pattern.search(text) if pattern is not model._BASE_CLAUSE_CUE else pattern.match(text)
            if m:
                matched += 1
                assert gate.search(text, 0, m.end()), (pattern.pattern[:40], text)
    assert matched > 1000


def _typed_the_plain_way(ctx, sentence):
    """ClauseModel.sentence as it was before branch speedA: every clause split, its quantities by a search each."""
    import draftcheck.numbers.clause_model as model
    from draftcheck.numbers.quantity import Kind, document_quantities

    text, index = ctx.text, document_quantities(ctx)
    mentions = model._Mentions(text, sentence.start, sentence.end)
    out = []
    after_opener = False
    for clause in sentence.clauses:
        opens = after_opener
        after_opener = model._OPENER_ONLY.fullmatch(text, clause.start, clause.end) is not None
        inside = index.between(clause.start, clause.end)
        found = [q for q in inside if q.is_value or q.kind == Kind.THRESHOLD]
        if found:
            years = [q for q in inside if q.kind == Kind.YEAR and q.high is None]
            typed = tuple(model._typed(text, mentions, sentence, clause, q, model._year_of(text, q, inside, years), opens)
                          for q in found)
            out.append(model.TypedClause(clause, sentence, typed))
    return out


def _fields(typed_clauses):
    return [(c.clause, c.sentence, [(t.quantity, t.role, t.sign, t.compound, t.cue, t.counted, t.year, t.transition,
                                     t.transition_at, t.indicator) for t in c.quantities]) for c in typed_clauses]


MODEL_ALPHABET = NUMBER_ALPHABET + ["其中，", "2023年", "（2024年）", "，", "：", "分别为", "下降", "占", "比上年", "多", "家",
                                    "增加到", "由", "完成率", "(", ")", "“", "”", "新增3家"]


def test_clause_model_types_sentences_as_the_plain_form_did():
    from draftcheck.rules.base import CheckContext

    checked = 0
    for text in random_texts(MODEL_ALPHABET, 1500, seed=5, longest=40) + corpus_texts(12):
        ctx = CheckContext(text)
        for sentence in ctx.segmentation.sentences:
            fast = ctx.clause_model.sentence(sentence)
            assert _fields(fast) == _fields(_typed_the_plain_way(ctx, sentence)), sentence.text
            checked += bool(fast)
    assert checked > 500

def test_dc502_patterns_led_by_a_digit_match_where_their_lookaround_led_forms_did():
    from draftcheck.rules import dc502_date_anomaly as dc502

    pairs = [  # (the pattern, its form before it led with a digit)
        (dc502._MONTHS_SO_FAR, r"(?<![\d.])1\s*(?:月份?)?\s*(?:[-—–~～至到]|－)\s*(?P<month>\d{1,2})\s*月"),
        (dc502._DAY_RANGE_BACKWARDS, r"(?=\d{1,2}\s*月)(?<![\d.])(?P<month>\d{1,2})\s*月\s*(?P<first>\d{1,2})\s*[日号]?\s*"
                                     r"(?:至|到|—|–|~|～|－|-)\s*(?P<second>\d{1,2})\s*[日号]"),
        (dc502._YEAR_THEN_PLAN, r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年(?:度)?\s*(?P<plan>计划|力争|拟|争取|确保|预计)"),
    ]
    alphabet = ["1", "2", "20", "2025", "12", ".", " ", "月", "月份", "日", "号", "至", "—", "-", "年", "计划", "力争", "度", "a"]
    for new, old in pairs:
        old = re.compile(old)
        for text in random_texts(alphabet, 4000, seed=11, longest=24) + [fold_width(t) for t in corpus_texts(20)]:
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)]


def test_clause_marks_led_by_one_class_are_those_of_the_alternation():
    from draftcheck.text.segmentation import _CLAUSE_MARK

    plain = re.compile(r"[，：]|(?<!\d)[,:]|[,:](?!\d)")  # its form before branch speedD
    alphabet = ["，", "：", ",", ":", "1", "23", "a", " ", "中", "。", "4,318", "10:30"]
    for text in random_texts(alphabet, 4000, seed=13, longest=14) + corpus_texts(20):
        assert [m.span() for m in _CLAUSE_MARK.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("seed", range(3))
def test_transition_gate_holds_wherever_a_transition_cue_matches(seed):
    import draftcheck.numbers.clause_model as model

    alphabet = CUE_ALPHABET + ["从", "增加到", "降为", "提高到", "2020年", "的", "产值", "2024年底"]
    matched = 0
    for text in random_texts(alphabet, 4000, seed=seed, longest=8):
        for pattern in (model._TO_CUE, model._FROM_CUE):
            if pattern.search(text):
                matched += 1
                assert model._TRANSITION_GATE.search(text), (pattern.pattern[:40], text)
    assert matched > 500


GROWTH_ALPHABET = NUMBER_ALPHABET + ["比上年", "同比", "增加", "减少", "多", "少", "多引进", "了", "下降", "提高", "企业", "家",
                                     "，", "（", "）", "由", "分别为", "环比", "三季度", "四季度", "新增", "年均", "增幅"]


def _growth_sentences(ctx):
    """(masked sentence, its typed clauses) of every sentence growth.find reads."""
    from draftcheck.numbers.masked_sentence import mask_sentence
    from draftcheck.numbers.quantity import document_quantities
    from draftcheck.numbers.statement_spans import growth_sentences, quantities_in

    spans = growth_sentences(ctx)
    for (start, end), inside in zip(spans, quantities_in(document_quantities(ctx), spans)):
        if inside:
            yield mask_sentence(ctx.folded, start, end, inside), ctx.clause_model.clauses_between(start, end)


def test_growth_types_every_sentence_where_a_phrasing_read_on_the_typed_clauses_matches():
    # without --statistics, growth types a sentence only when _reads_typed_clauses says one of these may match
    from draftcheck.numbers.relations import growth
    from draftcheck.rules.base import CheckContext

    found = 0
    for text in random_texts(GROWTH_ALPHABET, 3000, seed=17, longest=30) + corpus_texts(30):
        for ms, clauses in _growth_sentences(CheckContext(text)):
            read = (growth._values_then_change(ms, clauses) or growth._transitions(ms, clauses, lambda *_: True)
                    or growth._consecutive_periods(ms, clauses, set(), lambda *_: True)
                    or growth._respective_lists(ms, ms.text, clauses, False, False))
            if read:
                found += 1
                assert growth._reads_typed_clauses(ms), ms.text
    assert found > 300


def test_lint_without_statistics_finds_the_same_and_counts_nothing():
    from draftcheck.engine import lint_text

    for text in corpus_texts(15) + ["全年实现外贸进出口总额12.6亿美元，比上年增加1.8亿美元，增长14.3%。出口同比增长8.2%。"]:
        counted, uncounted = lint_text(text), lint_text(text, statistics=False)
        assert uncounted.findings == counted.findings
        assert uncounted.statistics == {}
    # (a rate tied to no operands is counted only with the statistics)
    assert lint_text("出口同比增长8.2%。").statistics["growth"] == {"not-checkable": 1}


TABLE_ALPHABET = ["合计", "总计", "合 计", "合\u3000计", "  ", "\t", "\u3000", " ", "\n", "12", "3.5", "-", "—", "增长", "约", "项目",
                  "，", "2024年", "%", "\r\n", "１２", "\u00a0"]


@pytest.mark.parametrize("seed", range(3))
def test_flat_totals_are_the_matches_the_whole_scan_finds(seed):
    from draftcheck.document.tables import _FLAT_TOTAL, _flat_totals

    for text in random_texts(TABLE_ALPHABET, 3000, seed=seed, longest=30) + corpus_texts(20):
        assert [m.span() for m in _flat_totals(text)] == [m.span() for m in _FLAT_TOTAL.finditer(text)]


@pytest.mark.parametrize("seed", range(3))
def test_every_aligned_row_holds_a_gap_then_a_figure(seed):
    from draftcheck.document.tables import _ALIGNED_GAP, _GAP_THEN_FIGURE, _LOOSE_GAP, _aligned_cells, _lines

    rows = 0
    for text in random_texts(TABLE_ALPHABET, 3000, seed=seed, longest=30) + corpus_texts(20):
        for gaps in (_ALIGNED_GAP, _LOOSE_GAP):
            for start, end in _lines(text):
                if _aligned_cells(text, start, end, gaps) is not None:
                    rows += 1
                    assert _GAP_THEN_FIGURE.search(text, start, end), text[start:end]
    assert rows > 200


def test_dropped_characters_found_by_their_gap_pair_as_by_a_search_of_every_run():
    """DC503's shortened formulations filed under the pair closing their gap (``formulation_slips._shortened_by_pairs``)
    are found where a search for every shortened run finds them: random texts of formulations with a character left out,
    doubled or tripled, and other pieces."""
    import random

    from draftcheck.lexicon import shortened_formulations
    from draftcheck.rules import formulation_slips as fs
    from draftcheck.rules.dc503_term_error import pairs_of

    terms = sorted(fs._doubling_terms())
    shortened = sorted(shortened_formulations())
    rng = random.Random(3)

    def doubled(term: str, times: int) -> str:
        k = rng.randrange(len(term))
        return term[:k] + term[k] * times + term[k + 1 :]

    pieces = ["，", "。", "扎扎实实", "常常", "人人", "营营营", "\n"]
    found = 0
    for _ in range(3_000):
        parts = []
        for _ in range(rng.randint(1, 6)):
            kind = rng.random()
            if kind < 0.4:
                parts.append(doubled(rng.choice(terms), rng.choice((2, 2, 3))))
            elif kind < 0.6:
                parts.append(rng.choice(shortened))
            elif kind < 0.8:
                parts.append(rng.choice(terms))
            else:
                parts.append(rng.choice(pieces))
        text = "".join(parts)
        pairs = pairs_of(text)
        plain = sorted(
            (at, at + len(run), term, f"漏写“{missing}”")
            for run, (term, missing) in shortened_formulations().items()
            for at in (i for i in range(len(text)) if text.startswith(run, i))
        )
        assert sorted(fs.find_dropped_characters(text, pairs)) == plain, text
        found += len(plain)
    assert found > 1_000
