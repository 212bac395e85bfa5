"""Output formats, one module per format. Each exposes ``render(run: LintRun, **options) -> str``."""

from __future__ import annotations

import importlib
import os
import tempfile
from pathlib import Path

from draftcheck.output.model import FileReport, LintRun

FORMATS = ("full", "concise", "json", "sarif", "github", "rdjson")
# Formats read by people; the others are read by programs and stay pure (no colour, no summary, no stats).
HUMAN_FORMATS = ("full",)

__all__ = ["FORMATS", "HUMAN_FORMATS", "FileReport", "LintRun", "render", "write_atomically"]


def render(fmt: str, run: LintRun, **options) -> str:
    module = importlib.import_module(f"draftcheck.output.{fmt}_format")
    return module.render(run, **options)


def write_atomically(path: str | os.PathLike, content: str) -> None:
    """Write ``content`` (UTF-8) to ``path`` through a temporary file in the same folder and ``os.replace``,
    so a reader never sees half a report and a failed run never truncates the previous one."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(content)
        os.chmod(temporary, 0o666 & ~_current_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
