"""Find the closest configuration file and parse it into validated ``ConfigValues``."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftcheck.config.values import ConfigValues, from_model, read_values
from draftcheck.error_wording import error_text, os_error_text, toml_error_text

if TYPE_CHECKING:
    from pydantic import ValidationError

    from draftcheck.config.model import DraftcheckConfig


CONFIG_FILENAME = "draftcheck.toml"
PYPROJECT_FILENAME = "pyproject.toml"


class ConfigError(Exception):
    """A configuration problem, as one line naming the file and the key."""


@dataclass(frozen=True)
class ConfigSource:
    """A parsed configuration and where it came from (``path`` is None for built-in defaults)."""

    config: ConfigValues | DraftcheckConfig  # DraftcheckConfig when built by a caller from the schema
    path: Path | None = None
    table: str = ""  # "" for draftcheck.toml, "tool.draftcheck" for pyproject.toml

    def describe(self) -> str:
        if self.path is None:
            return "内置默认值（未找到配置文件）"
        return f"{self.path} [{self.table}]" if self.table else str(self.path)


def _read_toml(path: Path) -> dict[str, Any]:
    if sys.version_info >= (3, 11):  # imported when a file is read: --isolated and no file need no parser
        import tomllib
    else:  # pragma: no cover - exercised on Python 3.10 only
        import tomli as tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: 配置文件不存在") from None
    except OSError as exc:
        raise ConfigError(f"{path}: 无法读取配置文件（{os_error_text(exc)}）") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: 不是有效的 TOML（{toml_error_text(exc)}）") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: 配置文件必须是 UTF-8 编码") from None


def _declares_draftcheck(pyproject: Path) -> bool:
    try:
        return "draftcheck" in _read_toml(pyproject).get("tool", {})
    except ConfigError:
        return False


def find_config_file(start: Path) -> Path | None:
    """The closest ``draftcheck.toml``, or ``pyproject.toml`` with ``[tool.draftcheck]``, from ``start`` upward."""
    directory = start.resolve()
    if not directory.is_dir():
        directory = directory.parent
    for candidate in (directory, *directory.parents):
        own = candidate / CONFIG_FILENAME
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT_FILENAME
        if pyproject.is_file() and _declares_draftcheck(pyproject):
            return pyproject
    return None


def _dotted(location: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in location)


def _given(error: dict) -> str:
    """（当前为 “fatal”） for a scalar the user wrote; nothing for tables and lists."""
    value = error.get("input")
    if isinstance(value, (str, int, float)) and not isinstance(value, bool) and error["type"] != "missing":
        return f"（当前为 “{value}”）"
    return ""


# Keys holding glob patterns: their list example is a pattern list, not the rule-code one error_text gives.
_GLOB_LISTS = {"exclude", "extend-exclude", "extend_exclude"}


def describe_validation_error(exc: "ValidationError", prefix: str = "") -> str:
    """Pydantic errors as one Chinese line: ``未知配置项 “foo”；配置项 “severity.DC101” 无效：...``."""
    parts = []
    for error in exc.errors():
        key = prefix + _dotted(error["loc"])
        if error["type"] == "extra_forbidden":
            parts.append(f"未知配置项 “{key}”")
        elif error["type"] == "list_type" and error["loc"] and str(error["loc"][-1]) in _GLOB_LISTS:
            parts.append(f"配置项 “{key}” 无效：应为列表，如 [\"草稿\", \"*.bak.md\"]{_given(error)}")
        else:
            parts.append(f"配置项 “{key}” 无效：{error_text(error)}{_given(error)}")
    return "；".join(parts)


def load_config(path: Path) -> ConfigSource:
    """Parse and validate one configuration file. Raises ConfigError naming the file and key."""
    path = Path(path)
    data = _read_toml(path)
    table = ""
    if path.name == PYPROJECT_FILENAME:
        table = "tool.draftcheck"
        data = data.get("tool", {}).get("draftcheck", {})
    config = read_values(data)
    if config is None:  # not plainly valid: the schema words what is wrong (or accepts what it can convert)
        from pydantic import ValidationError

        from draftcheck.config.model import DraftcheckConfig

        try:
            config = from_model(DraftcheckConfig.model_validate(data))
        except ValidationError as exc:
            raise ConfigError(f"{path}: {describe_validation_error(exc, f'{table}.' if table else '')}") from None
    return ConfigSource(config=config, path=path, table=table)


def discover_config(start: Path, explicit: Path | None = None, isolated: bool = False) -> ConfigSource:
    """The configuration a run uses: none with ``isolated``, ``explicit`` when given, else the closest file."""
    if isolated:
        return ConfigSource(ConfigValues())
    if explicit is not None:
        return load_config(explicit)
    found = find_config_file(start)
    return load_config(found) if found is not None else ConfigSource(ConfigValues())
