"""The repository's top-level layout survives packaging: a wheel built from the tree carries the prompt
templates (prompts/ -> draftcheck.prompts), the lexicon data files and py.typed."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _can_build_offline() -> bool:
    try:
        import setuptools
        import wheel  # noqa: F401
    except ImportError:
        return False
    return int(setuptools.__version__.split(".")[0]) >= 68


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    if not _can_build_offline():
        pytest.skip("setuptools>=68 and wheel are needed to build offline (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("wheel")
    build_dir = tmp_path_factory.mktemp("build")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q",
         "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        env={**__import__("os").environ, "PIP_NO_INPUT": "1", "TMPDIR": str(build_dir)},
    )
    (built,) = out.glob("draftcheck-*.whl")
    with zipfile.ZipFile(built) as archive:
        return set(archive.namelist())


def test_prompts_live_at_the_top_level_of_the_repository():
    assert sorted(p.name for p in (ROOT / "prompts").glob("*.j2"))
    assert not (ROOT / "src" / "draftcheck" / "prompts").exists()


def test_wheel_carries_every_prompt_template(wheel_names):
    for template in (ROOT / "prompts").glob("*.j2"):
        assert f"draftcheck/prompts/{template.name}" in wheel_names


def test_wheel_carries_the_lexicon_data_and_py_typed(wheel_names):
    lexicon = ROOT / "src" / "draftcheck" / "lexicon"
    data = [p for p in lexicon.iterdir() if p.suffix in {".toml", ".tsv"}]
    assert data
    for path in data:
        assert f"draftcheck/lexicon/{path.name}" in wheel_names
    assert "draftcheck/py.typed" in wheel_names


def test_wheel_carries_the_chinese_rule_docs(wheel_names):
    docs = sorted((ROOT / "src" / "draftcheck" / "rules" / "docs").glob("*.md"))
    assert docs
    for path in docs:
        assert f"draftcheck/rules/docs/{path.name}" in wheel_names


def test_wheel_carries_every_source_package(wheel_names):
    src = ROOT / "src" / "draftcheck"
    for init in src.rglob("__init__.py"):
        assert f"draftcheck/{init.relative_to(src).as_posix()}" in wheel_names
