"""Turn a configuration plus command-line overrides into what a run uses: rules, severities, ignores, limits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from draftcheck.config.discovery import ConfigError, ConfigSource, describe_validation_error
from draftcheck.finding import Severity
from draftcheck.rules import Rule, all_rules
from draftcheck.rules import selectors as rule_selectors
from draftcheck.rules.options import default_options, validated_options
from draftcheck.suppression import QuoteSuppression


@dataclass(frozen=True)
class SelectionOverrides:
    """Command-line flags that override the configuration file (``--select`` replaces, the others add)."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    max_file_size: int | None = None
    exclude: list[str] = field(default_factory=list)  # --exclude: added to the file's exclude patterns


@dataclass
class ResolvedConfig:
    source: ConfigSource
    rules: list[Rule]
    options: dict[str, Any]  # code -> validated options of every known rule (rules/options.py)
    severities: dict[str, Severity]  # code -> effective severity of every known rule
    quote_suppressions: list[QuoteSuppression]
    max_file_size: int
    exclude: list[str] = field(default_factory=list)

    @property
    def enabled_codes(self) -> list[str]:
        return [rule.code for rule in self.rules]


@dataclass(frozen=True)
class _Layer:
    select: list[str] | None
    extend_select: list[str]
    ignore: list[str]


def _find(registry: Sequence[type[Rule]], key: str) -> type[Rule] | None:
    """The rule named exactly (code or slug) by ``key``."""
    return next((cls for cls in registry if rule_selectors.specificity(key, cls.code, cls.slug) == rule_selectors.EXACT), None)


def _check_selectors(registry: Sequence[type[Rule]], values: list[str], origin: str) -> None:
    for selector in values:
        if not any(rule_selectors.specificity(selector, cls.code, cls.slug) is not None for cls in registry):
            raise ConfigError(f"{origin}: 未知规则 “{selector}”；用 draftcheck rules 查看全部规则代码与名称")


def _apply(layer: _Layer, universe: Sequence[type[Rule]], enabled: set[str]) -> set[str]:
    enabled = set() if layer.select is not None else set(enabled)
    switched_on = (layer.select or []) + layer.extend_select
    for cls in universe:
        on = rule_selectors.best(switched_on, cls.code, cls.slug)
        off = rule_selectors.best(layer.ignore, cls.code, cls.slug)
        if on is not None and (off is None or on > off):
            enabled.add(cls.code)
        elif off is not None:
            enabled.discard(cls.code)
    return enabled


def resolve_config(
    source: ConfigSource,
    overrides: SelectionOverrides | None = None,
    *,
    registry: Sequence[type[Rule]] | None = None,
    include_drafts_only: bool = False,
) -> ResolvedConfig:
    """Validate rule names and options against the registry and build the rule instances for a run."""
    overrides = overrides or SelectionOverrides()
    registry = tuple(registry if registry is not None else all_rules())
    config = source.config
    where = str(source.path) if source.path else "配置"
    key = (f"{source.table}." if source.table else "")

    layers = [
        _Layer(config.select, config.extend_select, config.ignore),
        _Layer(overrides.select, overrides.extend_select, overrides.ignore),
    ]
    for name, values in (("select", config.select or []), ("extend-select", config.extend_select), ("ignore", config.ignore)):
        _check_selectors(registry, values, f"{where}: 配置项 “{key}{name}”")
    for name, values in (("select", overrides.select or []), ("extend-select", overrides.extend_select), ("ignore", overrides.ignore)):
        _check_selectors(registry, values, f"命令行 --{name}")

    severities = {cls.code: cls.default_severity for cls in registry}
    configured_severities: dict[str, Severity] = {}
    for name, level in config.severity.items():
        cls = _find(registry, name)
        if cls is None:
            raise ConfigError(f"{where}: 配置项 “{key}severity.{name}” 指向未知规则；用 draftcheck rules 查看全部规则")
        severities[cls.code] = configured_severities[cls.code] = level

    options: dict[str, Any] = {}
    given: dict[str, tuple[str, dict]] = {}
    for name, table in config.rules.items():
        cls = _find(registry, name)
        if cls is None:
            raise ConfigError(f"{where}: 配置项 “{key}rules.{name}” 指向未知规则；用 draftcheck rules 查看全部规则")
        if cls.code in given:
            raise ConfigError(f"{where}: 规则 {cls.code} 的选项写了两次（“{given[cls.code][0]}” 与 “{name}”）")
        given[cls.code] = (name, table)
    for cls in registry:
        if cls.code not in given:  # the defaults, without building (or importing) the validating model
            options[cls.code] = default_options(cls)
            continue
        from pydantic import ValidationError

        name, table = given[cls.code]
        try:
            options[cls.code] = validated_options(cls, table)
        except ValidationError as exc:
            raise ConfigError(f"{where}: {describe_validation_error(exc, f'{key}rules.{name}.')}") from None

    suppressions = []
    for ignore in config.ignore_quotes:
        _check_selectors(registry, list(ignore.rules), f"{where}: 配置项 “{key}ignore-quotes”")
        codes = None
        if ignore.rules:
            codes = frozenset(cls.code for cls in registry if rule_selectors.matches(ignore.rules, cls.code, cls.slug))
        suppressions.append(QuoteSuppression(ignore.quote, codes))

    universe = [cls for cls in registry if include_drafts_only or not cls.drafts_only]
    enabled = {cls.code for cls in universe}
    for layer in layers:
        enabled = _apply(layer, universe, enabled)
    # Only a configured severity is passed on: it then overrides every finding of the rule, while an
    # unconfigured rule keeps its per-finding severities (a rounding slip is a warning, a wrong figure an error).
    rules = [cls(options[cls.code], configured_severities.get(cls.code)) for cls in universe if cls.code in enabled]

    max_file_size = overrides.max_file_size if overrides.max_file_size is not None else config.max_file_size
    exclude = [*config.exclude, *config.extend_exclude, *overrides.exclude]
    return ResolvedConfig(source, rules, options, severities, suppressions, max_file_size, exclude)
