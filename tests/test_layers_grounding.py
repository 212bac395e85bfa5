"""Grounding lives below both its users: the rules and the grounding package never import the drafting
layer (draft/), the service or the commands; draft/ uses grounding, not the other way round."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "draftcheck"
UPPER = ("draftcheck.draft", "draftcheck.service", "draftcheck.commands", "draftcheck.cli")


def imports_of(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted([*SRC.glob("rules/*.py"), *SRC.glob("grounding/*.py")]), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_upward_import(path):
    upward = sorted(name for name in imports_of(path) if name.startswith(UPPER))
    assert upward == [], f"{path.relative_to(SRC)} imports {upward}"


def test_the_old_module_is_gone():
    assert not (SRC / "draft" / "grounding.py").exists()
