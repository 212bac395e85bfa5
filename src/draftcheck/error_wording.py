"""Errors raised by libraries and the OS, worded for users in Chinese, with no Python wording.

- ``error_text``: one pydantic validation error (configuration and facts files are validated by
  pydantic, whose messages are English and name Python types: ``Input should be a valid list``,
  ``'error', 'warning' or 'info'``) as a phrase such as ``应为列表`` or ``取值应为 error、warning 或 info``;
- ``os_error_text``: an ``OSError`` as ``目录不存在`` / ``没有权限`` instead of ``No such file or directory``;
- ``toml_error_text``: a TOML syntax error as ``第 3 行第 9 列：取值无效``;
- ``yaml_error_text``: a PyYAML error as ``第 1 列：缩进不一致…`` (common problems named, else a generic sentence).

Callers add the file, the line and the field.
"""

from __future__ import annotations

import errno
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


_OS_ERRORS = {
    errno.ENOENT: "文件或目录不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "这是一个目录，不是文件",
    errno.ENOTDIR: "路径中的某一级不是目录",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "文件系统只读",
    errno.EEXIST: "文件已存在",
    errno.ENAMETOOLONG: "文件名过长",
    errno.EMFILE: "打开的文件过多",
    errno.EBUSY: "文件正被占用",
}


def os_error_text(exc: OSError) -> str:
    """``No such file or directory`` -> 文件或目录不存在 (the error number decides; unknown ones say 系统错误 N)."""
    if exc.errno in _OS_ERRORS:
        return _OS_ERRORS[exc.errno]
    return f"系统错误 {exc.errno}" if exc.errno else "系统错误"


_TOML_WHERE = re.compile(r"\s*\((?:at line (\d+), column (\d+)|at end of document)\)\s*$")
_TOML_PROBLEMS = {
    "Invalid value": "取值无效",
    "Invalid statement": "无法识别的语句",
    "Expected '=' after a key in a key/value pair": "键后面缺少 =",
    "Cannot overwrite a value": "同一个键写了两次",
    "Cannot declare": "同一个表写了两次",
    "Unclosed array": "列表缺少 ]",
    "Unclosed inline table": "内联表缺少 }",
    "Illegal character": "非法字符",
    "Invalid initial character for a key part": "键的首字符无效",
    "Expected newline or end of document after a statement": "一条语句之后应换行",
    "Unterminated string": "字符串缺少结束引号",
}


def toml_error_text(exc: Exception) -> str:
    """A ``tomllib.TOMLDecodeError`` as ``第 3 行第 9 列：取值无效`` (or ``文件末尾：…``)."""
    message = str(exc)
    where = _TOML_WHERE.search(message)
    problem = message[: where.start()] if where else message
    wording = next((zh for en, zh in _TOML_PROBLEMS.items() if problem.startswith(en)), "语法错误")
    if where is None:
        return wording
    if where.group(1):
        return f"第 {where.group(1)} 行第 {where.group(2)} 列：{wording}"
    return f"文件末尾：{wording}"


_YAML_FOUND = re.compile(r"found (?:character )?'([^'<])'")
_YAML_PROBLEMS = (
    ("expected <block end>", "缩进不一致，或这一行不属于上一层（同一层的键和列表项要对齐）"),
    ("expected the node content", "这里应是一个值{found}；请检查缩进，或给值加引号"),
    ("mapping values are not allowed here", "这里不能出现“:”；冒号后要有空格，值里含冒号时请给整个值加引号"),
    ("could not find expected ':'", "缺少“: ”（键后面应是冒号加空格）"),
    ("expected ',' or '}'", "花括号 { } 没有闭合，或项之间缺少逗号"),
    ("expected ',' or ']'", "方括号 [ ] 没有闭合，或项之间缺少逗号"),
    ("did not find expected key", "这里应是一个键（键: 值）；请检查缩进"),
    ("did not find expected '-' indicator", "列表项应以“- ”开头并对齐"),
    ("found character '\\t' that cannot start any token", "含有制表符（Tab）；YAML 只能用空格缩进"),
    ("found character", "值不能以“{char}”开头；请给这个值加引号"),
    ("found unexpected end of stream", "引号没有闭合"),
    ("found undefined alias", "以“*”开头的值被当作别名；若是文字，请加引号"),
    ("found unknown escape character", "双引号里的“\\”转义无效；可改用单引号"),
    ("but found another document", "出现了第二个文档（“---”）；一个文件只能有一份"),
    ("unacceptable character", "含有不可见的控制字符"),
    ("special characters are not allowed", "含有不可见的控制字符"),
)


def yaml_error_text(exc: Exception) -> str:
    """A PyYAML error as ``第 1 列：缩进不一致…`` (``expected <block end>, but found '-'`` and kin)."""
    problem = str(getattr(exc, "problem", None) or exc)
    found = _YAML_FOUND.search(problem)
    char = found.group(1) if found else ""
    wording = next((zh for en, zh in _YAML_PROBLEMS if en in problem), "语法错误；请检查这一行的缩进、冒号和引号")
    wording = wording.replace("{found}", f"，却出现了“{char}”" if char else "").replace("{char}", char)
    mark = getattr(exc, "problem_mark", None)
    return f"第 {mark.column + 1} 列：{wording}" if mark is not None else wording
