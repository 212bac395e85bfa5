"""The plain configuration reader (``config/values.py``) and rule options without pydantic
(``rules/options.py``): the same values as the schema for what they accept, the schema for the rest."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from draftcheck.config import ConfigError, load_config
from draftcheck.config.model import DraftcheckConfig
from draftcheck.config.values import ConfigValues, from_model, keys_set_in_file, read_values
from draftcheck.rules import all_rules
from draftcheck.rules.options import default_options, options_json, validated_options

VALID = [
    {},
    {"select": ["DC1", "placeholder"], "extend-select": ["DC6"], "ignore": []},
    {"severity": {"DC101": "info", "sum-mismatch": "error"}},
    {"rules": {"DC401": {"min_chars": 30}, "placeholder": {}}},
    {"ignore-quotes": ["超亿元", {"quote": "××乳业", "rules": ["placeholder", "DC2"]}, {"quote": "某某"}]},
    {"max-file-size": "50MB"},
    {"max-file-size": 1000},
    {"max-file-size": 1.5},
    {"exclude": ["草稿*"], "extend-exclude": ["*.bak.md"], "decisions-dir": "决定"},
    {"draft": {"profile": "office", "profiles": {"office": {"model": "m"}}}},
]

INVALID = [
    {"selct": ["DC1"]},
    {"extend_select": ["DC1"]},  # snake case: not a key of the file
    {"select": "DC1"},
    {"select": ["DC1", 2]},
    {"severity": {"DC101": "fatal"}},
    {"severity": {"DC101": "INFO"}},
    {"severity": ["DC101"]},
    {"rules": {"DC401": 3}},
    {"ignore-quotes": [""]},
    {"ignore-quotes": [{"quote": "x", "codes": []}]},
    {"ignore-quotes": [{"rules": ["DC1"]}]},
    {"ignore-quotes": "x"},
    {"max-file-size": "20 TB"},
    {"max-file-size": True},
    {"max-file-size": -1},
    {"exclude": "草稿*"},
    {"decisions-dir": 3},
    {"draft": "office"},
]


def _fields(values: ConfigValues) -> dict:
    return {f.name: getattr(values, f.name) for f in dataclasses.fields(values)}


@pytest.mark.parametrize("data", VALID)
def test_plainly_valid_data_reads_as_the_schema_reads_it(data):
    plain = read_values(data)
    assert plain is not None
    assert _fields(plain) == _fields(from_model(DraftcheckConfig.model_validate(data)))
    assert keys_set_in_file(plain) == frozenset(data)


@pytest.mark.parametrize("data", INVALID)
def test_anything_else_is_left_to_the_schema(data):
    from pydantic import ValidationError

    assert read_values(data) is None
    with pytest.raises(ValidationError):
        DraftcheckConfig.model_validate(data)


def test_an_invalid_file_gets_the_schema_message(tmp_path):
    path = tmp_path / "draftcheck.toml"
    path.write_text("[severity]\nDC101 = 'fatal'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="配置项 “severity.DC101” 无效") as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}: ")


def test_default_options_equal_an_empty_table_for_every_rule():
    for cls in all_rules():
        plain, validated = default_options(cls), validated_options(cls, {})
        assert type(plain) is type(validated) is cls.options_type
        assert plain == validated
        assert set(cls.Options.model_fields) == {f.name for f in dataclasses.fields(cls.options_type)}


def test_validated_options_keep_the_schema_constraints():
    from pydantic import ValidationError

    (duplicate,) = [cls for cls in all_rules() if cls.code == "DC401"]
    assert validated_options(duplicate, {"min_chars": 30}).min_chars == 30
    with pytest.raises(ValidationError):
        validated_options(duplicate, {"min_chars": 3})  # ge=8
    with pytest.raises(ValidationError):
        validated_options(duplicate, {"min_similarity": 1.5})  # le=1
    with pytest.raises(ValidationError):
        validated_options(duplicate, {"min_char": 30})  # unknown key
    assert options_json(validated_options(duplicate, {"min_chars": 30}))["min_chars"] == 30


def test_drafting_options_build_their_grounding_models_on_demand():
    (ungrounded,) = [cls for cls in all_rules() if cls.code == "DC601"]
    options = validated_options(ungrounded, {"grounded": ["386.5亿元", {"label": "增速", "text": "13.0%"}]})
    assert [type(fact).__name__ for fact in options.grounded] == ["FactText", "FactText"]


def test_a_lint_with_a_valid_configuration_imports_no_pydantic(tmp_path):
    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "example-report.txt"
    (tmp_path / "draftcheck.toml").write_text(
        "ignore = ['DC4']\nignore-quotes = ['超亿元']\nmax-file-size = '5MB'\n[severity]\nDC101 = 'warning'\n", encoding="utf-8"
    )
    report = tmp_path / "report.txt"
    report.write_text(fixture.read_text(encoding="utf-8"), encoding="utf-8")
    code = (
        "import sys\n"
        f"sys.argv = ['draftcheck', 'lint', '--format', 'concise', {str(report)!r}]\n"
        "from draftcheck.cli import main\n"
        "try:\n    main()\nfinally:\n"
        "    print('LOADED=' + ','.join(m for m in ('pydantic', 'typer') if m in sys.modules), file=sys.stderr)\n"
    )
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert "DC101" in done.stdout and "DC401" not in done.stdout
    assert "LOADED=\n" in done.stderr, done.stderr


def test_the_plain_values_have_the_schema_fields():
    plain = {f.name for f in dataclasses.fields(ConfigValues)} - {"set_in_file"}
    assert plain == set(DraftcheckConfig.model_fields)
