"""``draftcheck config show``: the resolved configuration, where it came from, and the rules it enables."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Any

import typer

from draftcheck.commands.errors import EXIT_ERROR, report_error
from draftcheck.config import ConfigError, ResolvedConfig, discover_config, resolve_config
from draftcheck.config.sizes import format_size
from draftcheck.config.values import keys_set_in_file
from draftcheck.rules.options import options_json
from draftcheck.rules import all_rules

app = typer.Typer(
    # Inspect the configuration (draftcheck.toml or pyproject.toml [tool.draftcheck]).
    help="查看配置（draftcheck.toml 或 pyproject.toml 的 \\[tool.draftcheck]）。",
    no_args_is_help=True,
    add_completion=False,
)


class ShowFormat(str, Enum):
    toml = "toml"
    json = "json"


def _toml_value(value: Any) -> str:
    """A TOML literal for the simple values a configuration holds."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Enum):
        return _toml_value(value.value)
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{json.dumps(str(k), ensure_ascii=False)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if value is None:
        return '""'
    return json.dumps(str(value), ensure_ascii=False)


def _as_data(settings: ResolvedConfig) -> dict[str, Any]:
    config = settings.source.config
    by_code = {cls.code: cls for cls in all_rules()}
    return {
        "source": str(settings.source.path) if settings.source.path else None,
        "table": settings.source.table or None,
        "set_in_file": sorted(keys_set_in_file(config)),
        "select": config.select if config.select is not None else ["ALL"],
        "extend-select": config.extend_select,
        "ignore": config.ignore,
        "exclude": config.exclude,
        "extend-exclude": config.extend_exclude,
        "max-file-size": settings.max_file_size,
        "ignore-quotes": [{"quote": q.quote, "rules": list(q.rules)} for q in config.ignore_quotes],
        "enabled": settings.enabled_codes,
        "severity": {code: level.value for code, level in settings.severities.items() if code in by_code},
        "rules": {code: dumped for code, options in settings.options.items() if (dumped := options_json(options))},
        "draft": config.draft,
    } | ({"decisions-dir": config.decisions_dir} if config.decisions_dir else {})


def _as_toml(data: dict[str, Any]) -> str:
    by_code = {cls.code: cls for cls in all_rules()}
    origin = data["source"] + (f" [{data['table']}]" if data["table"] else "") if data["source"] else "内置默认值（未找到配置文件）"
    lines = ["# draftcheck 生效配置", f"# 来源：{origin}", ""]

    def note(key: str) -> str:
        return "" if key in data["set_in_file"] else "  # 默认"

    for key in ("select", "extend-select", "ignore", "exclude", "extend-exclude"):
        lines.append(f"{key} = {_toml_value(data[key])}{note(key)}")
    lines.append(f"max-file-size = {_toml_value(format_size(data['max-file-size']))}{note('max-file-size')}")
    quotes = [{"quote": q["quote"], **({"rules": q["rules"]} if q["rules"] else {})} for q in data["ignore-quotes"]]
    lines.append(f"ignore-quotes = {_toml_value(quotes)}{note('ignore-quotes')}")
    if "decisions-dir" in data:
        lines.append(f"decisions-dir = {_toml_value(data['decisions-dir'])}")
    enabled = set(data["enabled"])
    lines += ["", f"# 启用的规则（{len(enabled)} 条）：{', '.join(data['enabled']) or '无'}"]
    disabled = [code for code in by_code if code not in enabled]
    if disabled:
        lines.append(f"# 未启用：{', '.join(disabled)}")
    lines += ["", "[severity]"]
    for code, level in data["severity"].items():
        cls = by_code[code]
        default = "" if level != cls.default_severity.value else "，默认"
        lines.append(f"{code} = {_toml_value(level)}  # {cls.slug}{default}")
    for code, options in data["rules"].items():
        lines += ["", f"[rules.{code}]  # {by_code[code].slug}"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in options.items()]
    if data["draft"]:
        lines += ["", "[draft]  # 起草用的模型端点，见 draftcheck draft --help"]
        lines += [f"{key} = {_toml_value(value)}" for key, value in data["draft"].items()]
    return "\n".join(lines) + "\n"


@app.command("show", help="显示生效的配置、它来自哪个文件，以及启用了哪些规则。")
def show(
    path: Path = typer.Argument(Path("."), help="从这个文件或目录向上查找配置文件（默认当前目录）"),
    config_file: Path | None = typer.Option(None, "--config", help="显示指定配置文件的生效结果", dir_okay=False),
    isolated: bool = typer.Option(False, "--isolated", help="忽略所有配置文件，显示内置默认值"),
    output_format: ShowFormat = typer.Option(ShowFormat.toml, "--format", help="输出格式：toml（带注释）或 json"),
) -> None:
    """Print the resolved configuration, the file it came from, and the rules it enables."""
    if not path.exists():
        report_error(f"{path}: 路径不存在，请检查拼写（config show 从这个文件或目录向上查找配置）")
        raise typer.Exit(EXIT_ERROR)
    try:
        settings = resolve_config(discover_config(path, config_file, isolated))
    except ConfigError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    data = _as_data(settings)
    if output_format == ShowFormat.json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        typer.echo(_as_toml(data), nl=False)
