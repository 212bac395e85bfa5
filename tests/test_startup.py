"""A ``draftcheck lint`` process imports only what linting needs (start-up cost, issue 10): not rich's
Markdown renderer and its highlighter, not Typer's help renderer, not the process pool for one file, not
pydantic models for findings. Time is measured in bench/speed.py, never here."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "example-report.txt"

PROBE = """
import sys
from draftcheck.cli import app
try:
    app(["lint", "--isolated", "--format", "concise", {path!r}], standalone_mode=False)
except SystemExit:
    pass
print("LOADED=" + ",".join(sorted(m for m in {modules!r} if m in sys.modules)))
"""
NOT_FOR_LINT = ["rich.markdown", "markdown_it", "pygments", "typer.rich_utils", "concurrent.futures.process", "jinja2",
                "langchain_core", "openai"]


def test_lint_of_one_file_imports_only_what_it_needs():
    probe = PROBE.format(path=str(FIXTURE), modules=NOT_FOR_LINT)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert "LOADED=\n" in out.stdout, out.stdout + out.stderr


def test_findings_are_not_pydantic_models():
    from draftcheck.finding import Finding, RelatedSpan, Span

    for cls in (Finding, RelatedSpan, Span):
        assert not hasattr(cls, "model_fields"), cls


MAIN_PROBE = """
import sys
sys.argv = ["draftcheck", "lint", "--isolated", "--format", "concise", {path!r}]
from draftcheck.cli import main
try:
    main()
except SystemExit:
    pass
print("LOADED=" + ",".join(sorted(m for m in {modules!r} if m in sys.modules)))
"""
# What the console script must not import for ``lint``: the other commands' modules (main builds only
# the command named on the command line), drafting, the review session, the archive, the pool.
NOT_FOR_THE_LINT_COMMAND = [
    "draftcheck.commands.draft_command", "draftcheck.commands.review_command", "draftcheck.commands.index_command",
    "draftcheck.commands.facts_command", "draftcheck.commands.rules_command", "draftcheck.draft",
    "draftcheck.review.session", "draftcheck.archive", "draftcheck.word", "concurrent.futures.process",
    "rich.markdown", "typer.rich_utils", "jinja2", "openai",
    # a plain command line runs without Typer, and a valid configuration (here none) without pydantic;
    # data files are read without importlib.resources (which imports tempfile, shutil and zipfile)
    "typer", "click", "pydantic", "importlib.resources", "tempfile", "zipfile",
]


def test_the_lint_command_imports_no_other_command(tmp_path):
    probe = MAIN_PROBE.format(path=str(FIXTURE), modules=NOT_FOR_THE_LINT_COMMAND)
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, env=env)
    assert "LOADED=\n" in out.stdout, out.stdout + out.stderr
    assert "DC101" in out.stdout  # it did lint
