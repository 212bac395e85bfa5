"""Output formats, one module per format. Each exposes ``render(run: LintRun, **options) -> str``."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from draftcheck.output.model import FileReport, LintRun

FORMATS = ("full", "concise", "json", "sarif", "github", "rdjson")
# Formats read by people; the others are read by programs and stay pure (no colour, no summary, no stats).
HUMAN_FORMATS = ("full",)

__all__ = ["FORMATS", "HUMAN_FORMATS", "FileReport", "LintRun", "render", "write_atomically"]


def render(fmt: str, run: LintRun, **options) -> str:
    module = importlib.import_module(f"draftcheck.output.{fmt}_format")
    return module.render(run, **options)


def write_atomically(path: str | os.PathLike, content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` through a temporary file in the same folder and
    ``os.replace``, so a reader never sees half a file and a failed run never truncates the previous one.
    The file gets the usual mode (0644 under the default umask), not mkstemp's 0600."""
    target = Path(path)
    import tempfile  # only when a file is written (tempfile imports shutil and its compressors)

    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_current_umask())  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
