"""The configuration file's schema. Keys are kebab-case; unknown keys are rejected (``extra="forbid"``).

A run reads a plainly valid file without it (``config/values.py``); this model validates everything
else and words what is wrong."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from draftcheck.config.sizes import DEFAULT_MAX_FILE_SIZE, format_size, parse_size
from draftcheck.finding import Severity

__all__ = ["DEFAULT_MAX_FILE_SIZE", "DraftcheckConfig", "QuoteIgnore", "format_size", "parse_size"]


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
