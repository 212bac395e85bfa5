"""The shared lexicon tables load, and cover the units the quantity parser knows."""

from draftcheck.lexicon import unit_dimension, unit_dimensions
from draftcheck.numbers.quantity import BASE_UNITS

# Units that label an age or a serial number, not a measured dimension.
NOT_MEASURES = {"号", "岁", "周岁"}


def test_every_parsed_unit_has_a_dimension():
    missing = [u for u in BASE_UNITS if u not in NOT_MEASURES and unit_dimension(u) is None]
    assert missing == []


def test_dimensions_separate_what_cannot_be_added():
    assert unit_dimension("元") == unit_dimension("美元") == "money"
    assert unit_dimension("亩") == unit_dimension("平方米") == "area"
    assert unit_dimension("家") != unit_dimension("元")
    assert unit_dimension("万元/亩") is None


def test_no_unit_is_listed_under_two_dimensions():
    from draftcheck.lexicon import load_toml

    seen: dict[str, str] = {}
    data = load_toml("units.toml")
    for dimension, units in data["dimensions"].items():
        for unit in units:
            assert unit not in seen, f"{unit} in {seen.get(unit)} and {dimension}"
            seen[unit] = dimension
    for unit, dimension in data["measure_words"].items():  # mined by scripts/build_units.py
        assert unit not in seen, f"{unit} mined, but already in {seen.get(unit)}"
        assert dimension in data["dimensions"], f"{unit}: unknown dimension {dimension}"
        seen[unit] = dimension
    assert len(seen) == len(unit_dimensions())


def test_the_number_reader_takes_its_units_from_the_lexicon():
    from draftcheck.lexicon import counting_units, extraction_units, load_toml
    from draftcheck.numbers.quantity import BASE_UNITS, COUNT_UNITS, extract_quantities

    assert set(BASE_UNITS) == set(extraction_units()) >= set(unit_dimensions())
    assert COUNT_UNITS == counting_units()
    mined = load_toml("units.toml")["measure_words"]
    for word in ("件次", "场次", "台次", "份", "例", "篇", "枚"):  # mined or generated, each a counted thing
        assert word in mined and word in COUNT_UNITS
    (q,) = extract_quantities("较上年3926件次")
    assert (q.value, q.unit, q.is_exact_count) == (3926, "件次", True)
    (q,) = extract_quantities("粮食388亿斤")
    assert (q.unit, unit_dimension(q.unit)) == ("斤", "mass")
    for word in load_toml("units.toml")["not_measure_words"]["words"]:  # 500强, 3.0版: no unit
        assert word not in BASE_UNITS


def test_table_header_roles_compile_and_name_known_roles():
    import re

    from draftcheck.lexicon import table_header_roles
    from draftcheck.numbers.table_layout import role_of

    data = table_header_roles()
    known = {"label", "unit", "other", "completion", "share", "change", "growth", "change-or-growth", "target", "base", "value"}
    for entry in data["roles"]:
        assert entry["role"] in known
        for pattern in entry["patterns"] + entry.get("exclude", []):
            re.compile(pattern)
    assert set(data["rows"]) == {"total", "subtotal", "sub_item"}
    # the order decides: a completion rate before a value, a change before a growth, 时序进度 is no completion
    assert [role_of(h) for h in ("完成进度(%)", "增减额（万元）", "同比增长(%)", "上年同期", "全年目标", "1—6月", "时序进度(%)")] == [
        "completion", "change", "growth", "base", "target", "value", "other"]


# --- The lexicons mined from the corpus (scripts/build_lexicons.py) -----------------------------

from importlib import resources  # noqa: E402

from draftcheck import lexicon  # noqa: E402
from draftcheck.lexicon import (  # noqa: E402
    character_readings,
    corpus_bigrams,
    decimal_followers,
    established_terms,
    governing_run,
    indicator_units,
    lookalike_characters,
)

MINED = ("established_terms.tsv", "corpus_bigrams.tsv", "indicator_units.tsv", "decimal_followers.tsv")


def test_mined_files_name_their_script_and_corpus():
    for name in MINED:
        head = resources.files(lexicon).joinpath(name).read_text(encoding="utf-8").splitlines()[:3]
        assert any("scripts/build_lexicons.py" in line and "corpus/" in line for line in head), name


def test_established_terms_hold_the_formulations_of_official_writing():
    terms = established_terms()
    for term in ("安全生产", "营商环境", "高质量发展", "乡村振兴", "党风廉政建设", "放管服"):
        assert term in terms, term
    documents, count, _ = terms["安全生产"]
    assert 0 < documents <= count
    # pieces of sentences are not terms
    assert "业发展" not in terms and "的发展" not in terms


def test_corpus_bigrams_know_written_pairs_only():
    pairs = corpus_bigrams()
    assert "部署" in pairs and "生产" in pairs
    assert "布署" not in pairs and "环竟" not in pairs


def test_indicator_units_give_each_indicator_its_dimensions():
    table = indicator_units()
    assert set(table["面积"]) == {"area"}
    assert table["企业"].get("firms", 0) > 100 and "money" not in table["企业"]
    assert max(table["产值"], key=table["产值"].get) == "money"


def test_lookalikes_are_symmetric_and_pinyin_is_the_common_reading():
    shapes = lookalike_characters()
    assert "设" in shapes["没"] and "没" in shapes["设"]
    assert character_readings("部") == (frozenset({"bu4"}), frozenset({"bu"}))
    assert character_readings("省")[1] == frozenset({"sheng"})  # not the rare reading xian3
    assert "万" in decimal_followers() and "虬" not in decimal_followers()


def test_governing_run_binds_only_the_indicator_right_before_the_figure():
    text = "项目占地面积达到3万平方米，面积、产值3亿元。"
    run, end = governing_run(text, text.index("3万"))
    assert run.endswith("占地面积") and text[end - 4 : end] == "占地面积"
    assert governing_run(text, text.index("3亿")) is None  # a list: 产值 may not be what 3亿元 measures
    assert governing_run("3万元", 0) is None


def test_count_unit_subsets_come_from_one_list():
    from draftcheck.grounding.values import COUNT_UNITS as grounding_units
    from draftcheck.lexicon import counting_units
    from draftcheck.numbers.quantity import COUNT_UNITS

    assert counting_units() == COUNT_UNITS
    assert counting_units("listed") < counting_units("interchangeable") < COUNT_UNITS
    assert grounding_units == counting_units("interchangeable") and {"个", "家", "项"} <= counting_units("listed")


def test_named_members_reads_each_family_a_label_touches():
    from draftcheck.lexicon.categories import complete_sets, disjoint_families, named_members

    families = disjoint_families() + complete_sets()
    named = named_members("民间投资")
    assert len(named) == len(families)
    touched = [families[i] for i, members in enumerate(named) if members]
    assert touched and all("民间" in family for family in touched)
    assert named_members("外商投资企业", (("内资", "港澳台", "外商"),)) == [frozenset({"外商"})]
    assert not any(named_members("绿化面积"))
