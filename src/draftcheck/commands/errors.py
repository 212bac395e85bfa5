"""How every command reports a problem: one line on stderr, never a traceback unless DRAFTCHECK_DEBUG is set."""

from __future__ import annotations

import sys

from draftcheck.internal_error import DEBUG_VARIABLE, debugging, internal_error_message

__all__ = ["DEBUG_VARIABLE", "EXIT_ERROR", "debugging", "internal_error_message", "report_error", "report_note"]

EXIT_ERROR = 2


def report_note(message: str) -> None:
    """``message`` as a line on stderr, flushed (what ``typer.echo(message, err=True)`` does; this module
    does not import Typer, which ``draftcheck lint`` runs without)."""
    sys.stderr.write(f"{message}\n")
    sys.stderr.flush()


def report_error(message: str) -> None:
    """``错误：message`` as one line on stderr, whatever line breaks the message held."""
    report_note(f"错误：{' '.join(message.split())}")
