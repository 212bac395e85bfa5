"""The configuration file's schema. Keys are kebab-case; unknown keys are rejected (``extra="forbid"``)."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from draftcheck.finding import Severity

# Files larger than this are refused unless the configuration or --max-file-size says otherwise: the
# checker holds about 130 bytes per character, so 20 MB of text needs roughly 1 GB of memory.
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$", re.IGNORECASE)
_UNIT_BYTES = {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: int | str) -> int:
    """Bytes from ``20971520``, ``"20MB"``, ``"512 KB"`` or ``"1.5 GB"`` (binary units); 0 means no limit."""
    if isinstance(value, bool):
        raise ValueError("应为字节数或带单位的大小，如 20MB")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("不能为负数")
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise ValueError(f"无法理解的大小“{value}”；应写成字节数或 20MB、512KB 这样的形式")
    number, unit = match.groups()
    return int(float(number) * _UNIT_BYTES[(unit or "b")[0].lower()])


def format_size(size: int) -> str:
    if size == 0:
        return "不限"
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)}MB"
    if size % 1024 == 0:
        return f"{size // 1024}KB"
    return f"{size}B"


def _kebab(name: str) -> str:
    return name.replace("_", "-")


class QuoteIgnore(BaseModel):
    """Ignore findings that fall inside ``quote`` wherever it occurs, for ``rules`` (all rules when empty)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    quote: str = Field(min_length=1)
    rules: tuple[str, ...] = ()


class DraftcheckConfig(BaseModel):
    """``draftcheck.toml`` (top level) or ``pyproject.toml`` ``[tool.draftcheck]``."""

    model_config = ConfigDict(extra="forbid", alias_generator=_kebab)

    select: list[str] | None = None
    extend_select: list[str] = Field(default_factory=list)
    ignore: list[str] = Field(default_factory=list)
    severity: dict[str, Severity] = Field(default_factory=dict)
    # Per-rule options, keyed by code or slug; each table is validated against that rule's Options model.
    rules: dict[str, dict[str, Any]] = Field(default_factory=dict)
    ignore_quotes: list[QuoteIgnore] = Field(default_factory=list)
    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    # Glob patterns of files and folders that folder arguments do not yield (``extend-exclude`` adds to ``exclude``).
    exclude: list[str] = Field(default_factory=list)
    extend_exclude: list[str] = Field(default_factory=list)
    # Where review decisions are kept: a folder (relative to the configuration file) instead of beside each report.
    decisions_dir: str | None = None
    # ``[draft]``: model endpoints and profiles, validated by ``draftcheck.draft.providers`` when drafting.
    draft: dict[str, Any] = Field(default_factory=dict)

    @field_validator("ignore_quotes", mode="before")
    @classmethod
    def _plain_strings_ignore_every_rule(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"quote": item} if isinstance(item, str) else item for item in value]
        return value

    @field_validator("max_file_size", mode="before")
    @classmethod
    def _size(cls, value: Any) -> int:
        return parse_size(value)
