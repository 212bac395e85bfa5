"""File size limits: the default, and sizes as users write them (``20MB``, ``512 KB``)."""

from __future__ import annotations

import re

# Files larger than this are refused unless the configuration or --max-file-size says otherwise: the
# checker holds about 130 bytes per character, so 20 MB of text needs roughly 1 GB of memory.
DEFAULT_MAX_FILE_SIZE = 20 * 1024 * 1024

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$", re.IGNORECASE)
_UNIT_BYTES = {"b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(value: int | str) -> int:
    """Bytes from ``20971520``, ``"20MB"``, ``"512 KB"`` or ``"1.5 GB"`` (binary units); 0 means no limit."""
    if isinstance(value, bool):
        raise ValueError("应为字节数或带单位的大小，如 20MB")
    if isinstance(value, int):
        if value < 0:
            raise ValueError("不能为负数")
        return value
    match = _SIZE.match(str(value))
    if not match:
        raise ValueError(f"无法理解的大小“{value}”；应写成字节数或 20MB、512KB 这样的形式")
    number, unit = match.groups()
    return int(float(number) * _UNIT_BYTES[(unit or "b")[0].lower()])


def format_size(size: int) -> str:
    if size == 0:
        return "不限"
    if size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)}MB"
    if size % 1024 == 0:
        return f"{size // 1024}KB"
    return f"{size}B"
