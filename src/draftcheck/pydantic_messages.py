"""Pydantic validation errors in the users' language: one Chinese phrase per error, no Python wording.

Configuration files and facts files are validated by pydantic; its messages (``Input should be a valid
list``, ``'error', 'warning' or 'info'``) are English and name Python types. ``error_text`` turns one
entry of ``ValidationError.errors()`` into a phrase such as ``应为列表`` or ``取值应为 error、warning 或 info``;
callers add the file, the line and the field.
"""

from __future__ import annotations

import re

_TEXT = {
    "missing": "缺少必填字段",
    "decimal_parsing": "应为数字",
    "decimal_type": "应为数字",
    "float_parsing": "应为数字",
    "float_type": "应为数字",
    "finite_number": "应为有限的数字",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "string_type": "应为文字（加引号）",
    "list_type": "应为列表，如 [\"DC101\", \"DC2\"]",
    "tuple_type": "应为列表",
    "set_type": "应为列表",
    "dict_type": "应为键值表",
    "model_type": "应为键值表",
    "model_attributes_type": "应为键值表",
    "too_short": "不能为空",
    "string_too_short": "不能为空",
    "too_long": "项数过多",
    "string_too_long": "过长",
    "date_parsing": "应为日期，如 2024-03-15",
    "date_type": "应为日期，如 2024-03-15",
    "date_from_datetime_parsing": "应为日期，如 2024-03-15",
    "string_pattern_mismatch": "格式不对",
    "union_tag_invalid": "取值无效",
    "extra_forbidden": "未知字段",
}
_RANGE = {
    "greater_than_equal": "应不小于 {}",
    "less_than_equal": "应不大于 {}",
    "greater_than": "应大于 {}",
    "less_than": "应小于 {}",
}
_QUOTED = re.compile(r"'([^']*)'")


def either_of(choices: list[str]) -> str:
    """['error', 'warning', 'info'] -> error、warning 或 info"""
    if not choices:
        return ""
    return choices[0] if len(choices) == 1 else "、".join(choices[:-1]) + " 或 " + choices[-1]


def error_text(error: dict) -> str:
    """One pydantic error (an item of ``ValidationError.errors()``) as a Chinese phrase."""
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind in ("value_error", "assertion_error"):
        return str(ctx.get("error", "")) or "取值无效"
    if kind in ("literal_error", "enum"):
        return "取值应为 " + either_of(_QUOTED.findall(str(ctx.get("expected", ""))))
    if kind in _RANGE:
        return _RANGE[kind].format(next(iter(ctx.values()), ""))
    return _TEXT.get(kind, "取值无效")
