"""Configuration: the closest ``draftcheck.toml`` or ``pyproject.toml [tool.draftcheck]``, plus CLI overrides.

``discovery`` finds and parses the file, ``values`` reads a plainly valid one and ``model`` (pydantic)
validates any other (unknown keys are errors), and ``resolve`` turns it into the rule instances,
severities, quote ignores and limits a run uses. ``DraftcheckConfig`` and ``QuoteIgnore`` (the schema)
are imported on first use: a lint with a valid configuration never imports pydantic.
"""

from draftcheck.config.discovery import ConfigError, ConfigSource, discover_config, find_config_file, load_config
from draftcheck.config.resolve import ResolvedConfig, SelectionOverrides, resolve_config
from draftcheck.config.sizes import DEFAULT_MAX_FILE_SIZE, parse_size
from draftcheck.config.values import ConfigValues

__all__ = [
    "ConfigError",
    "ConfigSource",
    "ConfigValues",
    "DEFAULT_MAX_FILE_SIZE",
    "DraftcheckConfig",
    "discover_config",
    "QuoteIgnore",
    "ResolvedConfig",
    "SelectionOverrides",
    "find_config_file",
    "load_config",
    "parse_size",
    "resolve_config",
]


def __getattr__(name: str):
    if name in ("DraftcheckConfig", "QuoteIgnore"):
        from draftcheck.config import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
