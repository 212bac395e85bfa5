"""How a defect of draftcheck itself is told to the user: one line, the traceback only on request."""

from __future__ import annotations

import os

DEBUG_VARIABLE = "DRAFTCHECK_DEBUG"


def debugging() -> bool:
    """Whether ``DRAFTCHECK_DEBUG`` asks for tracebacks instead of one-line messages."""
    return os.environ.get(DEBUG_VARIABLE, "") not in ("", "0")


def internal_error_message(exc: BaseException) -> str:
    return (
        f"检查时发生内部错误（{type(exc).__name__}: {exc}）；这是 draftcheck 的缺陷，请报告。"
        f"设置 {DEBUG_VARIABLE}=1 可看到完整调用栈"
    )
