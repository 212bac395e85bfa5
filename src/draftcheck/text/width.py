"""Fold full-width ASCII (１２.５％) to half-width, one character for one, so offsets stay valid."""

from __future__ import annotations

_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space


def fold_width(text: str) -> str:
    """Return ``text`` with full-width ASCII forms replaced by ASCII; the length never changes."""
    return text.translate(_FULL_TO_HALF)
