"""A ``draftcheck lint`` process imports only what linting needs (start-up cost, issue 10): not rich's
Markdown renderer and its highlighter, not Typer's help renderer, not the process pool for one file, not
pydantic models for findings. Time is measured in bench/speed.py, never here."""

from __future__ import annotations

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
