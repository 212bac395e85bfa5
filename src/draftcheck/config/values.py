"""The configuration a run uses, as plain values, read without pydantic when the file is plainly valid.

``read_values`` accepts only data that the schema (``config/model.py``) would accept unchanged: the
known kebab-case keys, lists of strings, severities by their exact names, sizes ``parse_size`` reads.
Anything else returns None, and the schema validates the data and words the problem, so the messages
are the schema's in every case. A ``lint`` with a valid configuration (or none) never imports pydantic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from draftcheck.config.sizes import DEFAULT_MAX_FILE_SIZE, parse_size
from draftcheck.finding import Severity

_STRING_LISTS = {"select": "select", "extend-select": "extend_select", "ignore": "ignore", "exclude": "exclude",
                 "extend-exclude": "extend_exclude"}
_KEYS = {*_STRING_LISTS, "severity", "rules", "ignore-quotes", "max-file-size", "decisions-dir", "draft"}
_SEVERITIES = {level.value: level for level in Severity}


@dataclass(frozen=True)
class IgnoredQuote:
    """An ``ignore-quotes`` item: findings inside ``quote`` are ignored, for ``rules`` (all when empty)."""

    quote: str
    rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class ConfigValues:
    """The fields of ``DraftcheckConfig`` (same names and defaults), and the keys the file set."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    ignore_quotes: list[IgnoredQuote] = field(default_factory=list)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    exclude: list[str] = field(default_factory=list)
    extend_exclude: list[str] = field(default_factory=list)
    decisions_dir: str | None = None
    draft: dict[str, Any] = field(default_factory=dict)
    set_in_file: frozenset[str] = frozenset()  # the kebab-case keys the file wrote


def keys_set_in_file(config: Any) -> frozenset[str]:
    """The kebab-case keys a configuration file wrote, for ``ConfigValues`` or a ``DraftcheckConfig``."""
    if isinstance(config, ConfigValues):
        return config.set_in_file
    return frozenset(config.model_dump(by_alias=True, exclude_unset=True))


def _strings(value: Any) -> bool:
    return type(value) is list and all(type(item) is str for item in value)


def _ignored_quote(item: Any) -> IgnoredQuote | None:
    if type(item) is str:
        return IgnoredQuote(item) if item else None
    if type(item) is not dict or "quote" not in item or not set(item) <= {"quote", "rules"}:
        return None
    quote, rules = item["quote"], item.get("rules", [])
    if type(quote) is not str or not quote or not _strings(rules):
        return None
    return IgnoredQuote(quote, tuple(rules))


def read_values(data: Any) -> ConfigValues | None:
    """``data`` (a parsed file's table) as ``ConfigValues`` when plainly valid, else None (see above)."""
    if type(data) is not dict or not set(data) <= _KEYS:
        return None
    values: dict[str, Any] = {}
    for key, name in _STRING_LISTS.items():
        if key in data:
            if not _strings(data[key]):
                return None
            values[name] = list(data[key])
    if "severity" in data:
        severity = data["severity"]
        if type(severity) is not dict or not all(type(level) is str and level in _SEVERITIES for level in severity.values()):
            return None
        values["severity"] = {name: _SEVERITIES[level] for name, level in severity.items()}
    if "rules" in data:
        rules = data["rules"]
        if type(rules) is not dict or not all(type(table) is dict for table in rules.values()):
            return None
        values["rules"] = {name: dict(table) for name, table in rules.items()}
    if "ignore-quotes" in data:
        items = data["ignore-quotes"]
        quotes = [_ignored_quote(item) for item in items] if type(items) is list else [None]
        if None in quotes:
            return None
        values["ignore_quotes"] = quotes
    if "max-file-size" in data:
        size = data["max-file-size"]
        if type(size) not in (int, float, str):
            return None
        try:
            values["max_file_size"] = parse_size(size)
        except Exception:  # the schema runs parse_size again and reports it
            return None
    if "decisions-dir" in data:
        if type(data["decisions-dir"]) is not str:
            return None
        values["decisions_dir"] = data["decisions-dir"]
    if "draft" in data:
        if type(data["draft"]) is not dict:
            return None
        values["draft"] = dict(data["draft"])
    return ConfigValues(**values, set_in_file=frozenset(data))


def from_model(model: Any) -> ConfigValues:
    """A validated ``DraftcheckConfig`` as ``ConfigValues``."""
    names = [name for name in ConfigValues.__dataclass_fields__ if name not in ("ignore_quotes", "set_in_file")]
    return ConfigValues(
        **{name: getattr(model, name) for name in names},
        ignore_quotes=[IgnoredQuote(item.quote, tuple(item.rules)) for item in model.ignore_quotes],
        set_in_file=keys_set_in_file(model),
    )
