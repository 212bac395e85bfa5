"""Configuration: discovery, validation (unknown keys name the file and key), selection and per-rule options."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict

from draftcheck.config import (
    ConfigError,
    ConfigSource,
    DraftcheckConfig,
    SelectionOverrides,
    discover_config,
    find_config_file,
    load_config,
    parse_size,
    resolve_config,
)
from draftcheck.finding import Severity
from draftcheck.rules.base import Rule

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_length: int = 30


def _rule(code: str, slug: str, *, drafts_only: bool = False, options=None, severity=Severity.WARNING):
    attributes = {"code": code, "slug": slug, "family": "test", "drafts_only": drafts_only, "default_severity": severity}
    if options is not None:
        attributes["Options"] = options
    # Built with type() on a private base so the test rules never enter the real registry.
    return type(f"Rule{code}", (_Base,), attributes)


class _Base:
    Options = Rule.Options
    drafts_only = False

    def __init__(self, options=None, severity=None):
        self.options = options
        self.severity = severity or self.default_severity


REGISTRY = (
    _rule("DC101", "blank-amount", severity=Severity.ERROR),
    _rule("DC102", "placeholder", severity=Severity.ERROR),
    _rule("DC201", "sum-mismatch"),
    _rule("DC202", "part-exceeds-total"),
    _rule("DC301", "growth-mismatch"),
    _rule("DC401", "duplicate-passage", options=_Options),
    _rule("DC601", "ungrounded-number", drafts_only=True),
)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _resolve(toml: str = "", **overrides):
    config = DraftcheckConfig.model_validate(tomllib.loads(toml))
    return resolve_config(ConfigSource(config, Path("draftcheck.toml")), SelectionOverrides(**overrides), registry=REGISTRY)


def _codes(resolved) -> list[str]:
    return resolved.enabled_codes


# --- discovery ----------------------------------------------------------------------------------------


def test_closest_file_wins_and_pyproject_without_table_is_skipped(tmp_path):
    _write(tmp_path / "draftcheck.toml", "ignore = ['DC1']\n")
    _write(tmp_path / "reports" / "pyproject.toml", "[project]\nname = 'x'\n")
    _write(tmp_path / "reports" / "2024" / "pyproject.toml", "[tool.draftcheck]\nignore = ['DC2']\n")
    (tmp_path / "reports" / "2024" / "q1").mkdir()
    report = _write(tmp_path / "reports" / "2024" / "q1" / "report.txt", "报告")

    assert find_config_file(report) == tmp_path / "reports" / "2024" / "pyproject.toml"
    assert find_config_file(tmp_path / "reports") == tmp_path / "draftcheck.toml"


def test_draftcheck_toml_beats_pyproject_in_the_same_folder(tmp_path):
    _write(tmp_path / "pyproject.toml", "[tool.draftcheck]\n")
    _write(tmp_path / "draftcheck.toml", "")
    assert find_config_file(tmp_path) == tmp_path / "draftcheck.toml"


def test_discover_honours_explicit_and_isolated(tmp_path):
    _write(tmp_path / "draftcheck.toml", "ignore = ['DC101']\n")
    other = _write(tmp_path / "other.toml", "ignore = ['DC102']\n")
    assert discover_config(tmp_path).config.ignore == ["DC101"]
    assert discover_config(tmp_path, explicit=other).config.ignore == ["DC102"]
    isolated = discover_config(tmp_path, explicit=other, isolated=True)
    assert isolated.path is None and isolated.config.ignore == []


def test_pyproject_table_is_read_and_named_in_errors(tmp_path):
    path = _write(tmp_path / "pyproject.toml", "[tool.draftcheck]\nselect = ['DC1']\n")
    source = load_config(path)
    assert source.config.select == ["DC1"] and source.table == "tool.draftcheck"
    _write(path, "[tool.draftcheck]\nselct = ['DC1']\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value) == f"{path}: 未知配置项 “tool.draftcheck.selct”"


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ("selct = ['DC1']\n", "未知配置项 “selct”"),
        ("[rules.DC101]\nfoo = 1\n", "未知配置项 “rules.DC101.foo”"),
        ("[[ignore-quotes]]\nquote = '××乳业'\nrule = ['DC102']\n", "未知配置项 “ignore-quotes.0.rule”"),
        ("[severity]\nDC101 = 'fatal'\n", "配置项 “severity.DC101” 无效"),
        ("max-file-size = 'huge'\n", "配置项 “max-file-size” 无效"),
        ("select = [\n", "不是有效的 TOML"),
    ],
)
def test_invalid_files_are_one_line_naming_file_and_key(tmp_path, toml, expected):
    path = _write(tmp_path / "draftcheck.toml", toml)
    with pytest.raises(ConfigError) as caught:
        resolve_config(load_config(path))
    message = str(caught.value)
    assert message.startswith(str(path)) and expected in message and "\n" not in message


# --- selection ----------------------------------------------------------------------------------------


def test_default_selects_every_report_rule_but_not_draft_rules():
    assert _codes(_resolve()) == ["DC101", "DC102", "DC201", "DC202", "DC301", "DC401"]


def test_select_by_prefix_slug_and_ignore_by_code():
    resolved = _resolve("select = ['DC1', 'growth-mismatch']\nignore = ['DC102']\n")
    assert _codes(resolved) == ["DC101", "DC301"]


def test_more_specific_selector_wins():
    assert _codes(_resolve("select = ['DC2']\nignore = ['DC20']\nextend-select = ['DC202']\n")) == ["DC202"]
    assert _codes(_resolve("ignore = ['DC2']\nextend-select = ['sum-mismatch']\n")) == [
        "DC101", "DC102", "DC201", "DC301", "DC401"
    ]


def test_command_line_select_replaces_and_ignore_adds():
    toml = "select = ['DC1', 'DC2']\nignore = ['DC202']\n"
    assert _codes(_resolve(toml, select=["DC3", "DC4"])) == ["DC301", "DC401"]
    assert _codes(_resolve(toml, ignore=["DC101"])) == ["DC102", "DC201"]
    assert _codes(_resolve(toml, extend_select=["DC301"])) == ["DC101", "DC102", "DC201", "DC301"]
    # a rule the file ignores comes back when the command line selects it by name
    assert _codes(_resolve(toml, select=["DC202"])) == ["DC202"]


def test_unknown_selectors_are_errors_with_their_origin():
    with pytest.raises(ConfigError, match="配置项 “ignore”: 未知规则 “DC9”"):
        _resolve("ignore = ['DC9']\n")
    with pytest.raises(ConfigError, match="命令行 --select: 未知规则 “blank”"):
        _resolve(select=["blank"])


def test_severity_overrides_by_code_or_slug():
    resolved = _resolve("[severity]\nblank-amount = 'warning'\nDC201 = 'error'\n")
    severities = {rule.code: rule.severity for rule in resolved.rules}
    assert severities["DC101"] == Severity.WARNING and severities["DC201"] == Severity.ERROR
    assert severities["DC102"] == Severity.ERROR  # untouched default
    with pytest.raises(ConfigError, match="severity.DC999"):
        _resolve("[severity]\nDC999 = 'error'\n")


def test_rule_options_are_validated_against_the_rules_model():
    resolved = _resolve("[rules.duplicate-passage]\nmin_length = 40\n")
    (rule,) = [r for r in resolved.rules if r.code == "DC401"]
    assert rule.options.min_length == 40
    assert _resolve().options["DC401"].min_length == 30
    with pytest.raises(ConfigError, match="配置项 “rules.DC401.min_length” 无效"):
        _resolve("[rules.DC401]\nmin_length = 'long'\n")
    with pytest.raises(ConfigError, match="rules.DC999"):
        _resolve("[rules.DC999]\nx = 1\n")
    with pytest.raises(ConfigError, match="写了两次"):
        _resolve("[rules.DC401]\nmin_length = 1\n[rules.duplicate-passage]\nmin_length = 2\n")


def test_boolean_rule_options_refuse_strings_and_numbers():
    def resolve(toml):  # the real rules, not the test registry
        config = DraftcheckConfig.model_validate(tomllib.loads(toml))
        return resolve_config(ConfigSource(config, Path("draftcheck.toml")))

    for value in ("'yes'", "'true'", "1"):
        with pytest.raises(ConfigError, match="配置项 “rules.DC102.flag_mou_mou” 无效：应为 true 或 false"):
            resolve(f"[rules.DC102]\nflag_mou_mou = {value}\n")
    assert resolve("[rules.DC102]\nflag_mou_mou = true\n").options["DC102"].flag_mou_mou is True


def test_every_boolean_rule_option_is_strict():
    from pydantic import ValidationError

    from draftcheck.rules import all_rules

    checked = 0
    for cls in all_rules():
        for name, field in cls.Options.model_fields.items():
            if isinstance(field.default, bool):
                checked += 1
                with pytest.raises(ValidationError):
                    cls.Options.model_validate({name: "yes"})
    assert checked >= 1


def test_ignore_quotes_resolve_rule_selectors_to_codes():
    resolved = _resolve("ignore-quotes = ['超亿元', { quote = '××乳业', rules = ['placeholder', 'DC2'] }]\n")
    first, second = resolved.quote_suppressions
    assert (first.quote, first.codes) == ("超亿元", None)
    assert (second.quote, second.codes) == ("××乳业", frozenset({"DC102", "DC201", "DC202"}))


def test_max_file_size_from_file_and_command_line():
    assert _resolve().max_file_size == 20 * 1024 * 1024
    assert _resolve("max-file-size = '50MB'\n").max_file_size == 50 * 1024 * 1024
    assert _resolve("max-file-size = 1000\n", max_file_size=0).max_file_size == 0


@pytest.mark.parametrize(
    ("value", "size"),
    [(1024, 1024), ("20MB", 20 * 1024**2), ("512 KB", 512 * 1024), ("1.5g", int(1.5 * 1024**3)), ("0", 0), ("300b", 300)],
)
def test_parse_size(value, size):
    assert parse_size(value) == size


@pytest.mark.parametrize("value", ["", "20 TB", "-1", "twenty", True])
def test_parse_size_rejects(value):
    with pytest.raises(ValueError):
        parse_size(value)


def test_real_registry_accepts_every_rule_by_code_and_slug():
    from draftcheck.rules import all_rules

    for cls in all_rules():
        source = ConfigSource(DraftcheckConfig.model_validate({"select": [cls.slug], "severity": {cls.code: "info"}}))
        resolved = resolve_config(source, include_drafts_only=True)
        assert [(r.code, r.severity) for r in resolved.rules] == [(cls.code, Severity.INFO)]


def test_a_configured_severity_overrides_every_finding_of_a_numeric_rule():
    from draftcheck.engine import lint_text

    text = "实现税收收入9.8亿元，比上年的8.2亿元增长15.3%。"  # 19.51%: a plainly wrong rate, an error by default
    source = ConfigSource(DraftcheckConfig.model_validate({"select": ["DC301"]}))
    (default,) = lint_text(text, resolve_config(source).rules).findings
    assert default.severity == Severity.ERROR
    source = ConfigSource(DraftcheckConfig.model_validate({"select": ["DC301"], "severity": {"DC301": "info"}}))
    (configured,) = lint_text(text, resolve_config(source).rules).findings
    assert configured.severity == Severity.INFO
