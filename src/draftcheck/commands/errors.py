"""How every command reports a problem: one line on stderr, never a traceback unless DRAFTCHECK_DEBUG is set."""

from __future__ import annotations

import os

import typer

EXIT_ERROR = 2
DEBUG_VARIABLE = "DRAFTCHECK_DEBUG"


def report_error(message: str) -> None:
    """``错误：message`` as one line on stderr, whatever line breaks the message held."""
    typer.echo(f"错误：{' '.join(message.split())}", err=True)


def debugging() -> bool:
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def internal_error_message(exc: BaseException) -> str:
    return (
        f"检查时发生内部错误（{type(exc).__name__}: {exc}）；这是 draftcheck 的缺陷，请报告。"
        f"设置 {DEBUG_VARIABLE}=1 可看到完整调用栈"
    )
