"""Word lists the rules share, kept as data files beside this module (units.toml, ...).

Each table is loaded once, on first use. The files are package data, rebuilt by hand or by the
scripts named in their headers.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def load_toml(name: str) -> dict:
    """A TOML data file of this package, parsed."""
    return tomllib.loads(resources.files(__name__).joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def unit_dimensions() -> dict[str, str]:
    """Base unit (元, 亩, 家 ...) -> its dimension (money, area, firms ...)."""
    table: dict[str, str] = {}
    for dimension, units in load_toml("units.toml")["dimensions"].items():
        for unit in units:
            table[unit] = dimension
    return table


def unit_dimension(unit: str) -> str | None:
    """The dimension of a base unit, or None when the unit is unknown (万元/亩 and other compounds)."""
    return unit_dimensions().get(unit)


@lru_cache(maxsize=1)
def table_header_roles() -> dict:
    """Column roles of report tables (table_headers.toml): ``roles`` in matching order, each with
    ``role``, ``patterns`` and optional ``exclude`` (regular expressions), and ``rows``: the label
    patterns of ``total``, ``subtotal`` and ``sub_item`` rows."""
    return load_toml("table_headers.toml")
