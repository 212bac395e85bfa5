"""Output formats, one module per format. Each exposes ``render(run: LintRun) -> str``."""

from __future__ import annotations

import importlib

from draftcheck.output.model import FileReport, LintRun

FORMATS = ("full", "concise", "json", "sarif", "github", "rdjson")

__all__ = ["FORMATS", "FileReport", "LintRun", "render"]


def render(fmt: str, run: LintRun, **options) -> str:
    module = importlib.import_module(f"draftcheck.output.{fmt}_format")
    return module.render(run, **options)
