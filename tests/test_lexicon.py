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
    for dimension, units in load_toml("units.toml")["dimensions"].items():
        for unit in units:
            assert unit not in seen, f"{unit} in {seen.get(unit)} and {dimension}"
            seen[unit] = dimension
    assert len(seen) == len(unit_dimensions())


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
