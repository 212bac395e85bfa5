"""Line breaks inside a quote or message, drawn as ``⏎`` so that one finding stays one line in human formats."""

from __future__ import annotations

import re

LINE_BREAK_MARK = "⏎"
_LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")


def show_line_breaks(text: str) -> str:
    """``text`` with every line break (CRLF counted once) replaced by ``⏎``."""
    return _LINE_BREAK.sub(LINE_BREAK_MARK, text)
