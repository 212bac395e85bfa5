"""How every command reports a problem: one line on stderr, never a traceback unless DRAFTCHECK_DEBUG is set."""

from __future__ import annotations

import typer

from draftcheck.internal_error import DEBUG_VARIABLE, debugging, internal_error_message

__all__ = ["DEBUG_VARIABLE", "EXIT_ERROR", "debugging", "internal_error_message", "report_error"]

EXIT_ERROR = 2


def report_error(message: str) -> None:
    """``错误：message`` as one line on stderr, whatever line breaks the message held."""
    typer.echo(f"错误：{' '.join(message.split())}", err=True)
