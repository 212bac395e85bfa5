"""Configuration: the closest ``draftcheck.toml`` or ``pyproject.toml [tool.draftcheck]``, plus CLI overrides.

``discovery`` finds and parses the file, ``model`` validates it (unknown keys are errors), and
``resolve`` turns it into the rule instances, severities, quote ignores and limits a run uses.
"""

from draftcheck.config.discovery import ConfigError, ConfigSource, discover_config, find_config_file, load_config
from draftcheck.config.model import DEFAULT_MAX_FILE_SIZE, DraftcheckConfig, QuoteIgnore, parse_size
from draftcheck.config.resolve import ResolvedConfig, SelectionOverrides, resolve_config

__all__ = [
    "ConfigError",
    "ConfigSource",
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
