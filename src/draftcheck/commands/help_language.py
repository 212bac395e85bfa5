"""The command line's own words in Chinese: help panels, type labels, usage errors.

Typer (and the Click it vendors) writes ``Usage:``, ``Options``, ``Show this message and exit.``,
``<list[str]>``, ``<bool>`` and ``No such option: --foo`` in English and Python terms. ``install()``
replaces them once, before the app runs: panel titles and the help option's text, a type label per
parameter in the users' terms (文件, 目录, 文字, 整数, 数字; flags show none), and usage errors as one
Chinese line on stderr. Every patch is guarded: if a Typer release moves these names, help stays
English instead of breaking (tests/test_cli_language.py notices).
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import re
import sys

HELP_TEXT = "显示本帮助并退出"

_PATH_LABELS = {"file": "文件", "dir": "目录", "directory": "目录", "path": "路径"}
_TYPE_LABELS = {"str": "文字", "int": "整数", "float": "数字", "Path": "路径", "bool": "是/否"}

# Click's usage errors, worded in Chinese; the first pattern that matches wins.
_ERRORS = [
    (re.compile(r"No such option: (\S+)(?: Did you mean (\S+?)\?)?(?: \(Possible options: (.+)\))?"),
     lambda m: f"没有选项 {m[1]}" + (f"；是否想用 {m[2]}？" if m[2] else "") + (f"；可能是 {m[3].replace(', ', '、')}" if m[3] else "")),
    (re.compile(r"No such command '([^']*)'\.(?: Did you mean '([^']*)'\?)?"),
     lambda m: f"没有命令 {m[1]}" + (f"；是否想用 {m[2]}？" if m[2] else "")),
    (re.compile(r"Missing argument '([^']*)'\."), lambda m: f"缺少参数 {m[1].lower()}"),
    (re.compile(r"Missing option '([^']*)'\.?(.*)"), lambda m: f"缺少必填选项 {m[1]}"),
    (re.compile(r"Missing parameter: (.*)"), lambda m: f"缺少参数 {m[1]}"),
    (re.compile(r"Option '([^']*)' requires an argument\."), lambda m: f"选项 {m[1]} 后面须跟一个值"),
    (re.compile(r"Option '([^']*)' does not take a value\."), lambda m: f"选项 {m[1]} 不带值"),
    (re.compile(r"Got unexpected extra arguments? \((.*)\)"), lambda m: f"多余的参数：{m[1]}"),
    (re.compile(r"Invalid value for (.+?): (.*)"), lambda m: f"{_unquoted(m[1])} 的取值无效：{_value_problem(m[2])}"),
    (re.compile(r"Invalid value: (.*)"), lambda m: f"取值无效：{_value_problem(m[1])}"),
]
_VALUE_PROBLEMS = [
    (re.compile(r"Value error, (.*)"), lambda m: _value_problem(m[1])),
    (re.compile(r"Input should be a valid integer.*"), lambda m: "应为整数"),
    (re.compile(r"Input should be a valid (number|decimal|float).*"), lambda m: "应为数字"),
    (re.compile(r"Input should be a valid boolean.*"), lambda m: "应为 true 或 false"),
    (re.compile(r"Input should be greater than or equal to (.*)"), lambda m: f"应不小于 {m[1]}"),
    (re.compile(r"Input should be less than or equal to (.*)"), lambda m: f"应不大于 {m[1]}"),
    (re.compile(r"Input should be greater than (.*)"), lambda m: f"应大于 {m[1]}"),
    (re.compile(r"Input should be less than (.*)"), lambda m: f"应小于 {m[1]}"),
    (re.compile(r"'(.*)' is not a valid (integer|float)( range)?\.?"),
     lambda m: f"“{m[1]}”不是{'整数' if m[2] == 'integer' else '数字'}"),
    (re.compile(r"'(.*)' is not one of (.*)\."), lambda m: f"“{m[1]}”不在可选值 {_choices(m[2])} 之中"),
    (re.compile(r"(.*) is not in the range (.*)\."), lambda m: f"{m[1]} 超出范围（{m[2]}）"),
    (re.compile(r"(File|Directory|Path) '(.*)' does not exist\."), lambda m: f"{m[2]} 不存在"),
    (re.compile(r"(File|Directory|Path) '(.*)' is a directory\."), lambda m: f"{m[2]} 是目录，应为文件"),
    (re.compile(r"(File|Directory|Path) '(.*)' is a file\."), lambda m: f"{m[2]} 是文件，应为目录"),
    (re.compile(r"(File|Directory|Path) '(.*)' is not readable\."), lambda m: f"{m[2]} 无法读取"),
    (re.compile(r"'(.*)' is not a valid boolean\.?"), lambda m: f"“{m[1]}”应为 true 或 false"),
]


def _unquoted(names: str) -> str:
    return names.replace("'", "")


def _choices(text: str) -> str:
    names = re.findall(r"'([^']*)'", text)
    return "、".join(names) if names else text


def _value_problem(text: str) -> str:
    for pattern, word in _VALUE_PROBLEMS:
        if m := pattern.fullmatch(text.strip().rstrip("。")):
            return word(m)
    return text


def usage_error_line(message: str) -> str:
    """Click's English usage error as one Chinese phrase (unknown ones pass through unchanged)."""
    for pattern, word in _ERRORS:
        if m := pattern.fullmatch(message.strip()):
            return word(m)
    return message.strip()


def _type_label(param, ctx) -> str | None:
    if param.metavar is not None:
        return param.metavar
    if getattr(param, "is_bool_flag", False):
        return None
    desc = param.type_descriptor
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    if desc.is_path:
        label = _PATH_LABELS.get(str(desc.path_type), "路径")
    else:
        annotation = desc.annotation
        name = getattr(annotation, "__name__", str(annotation))
        if desc.is_list:
            from typing import get_args

            (element,) = get_args(annotation) or (str,)
            name = getattr(element, "__name__", str(element))
        label = _TYPE_LABELS.get(name, "值")
    return f"<{label}>"


def _print_usage_error(error) -> None:
    if error.__class__.__name__ == "NoArgsIsHelpError":
        return
    ctx = getattr(error, "ctx", None)
    hint = f"；用 {ctx.command_path} --help 查看用法" if ctx is not None else ""
    print(f"错误：{usage_error_line(error.format_message())}{hint}", file=sys.stderr)


def _word_rich_utils(rich_utils) -> None:
    rich_utils.ARGUMENTS_PANEL_TITLE = "参数"
    rich_utils.OPTIONS_PANEL_TITLE = "选项"
    rich_utils.COMMANDS_PANEL_TITLE = "命令"
    rich_utils.ERRORS_PANEL_TITLE = "错误"
    rich_utils.REQUIRED_LONG_STRING = "[必填]"
    rich_utils.DEFAULT_STRING = "[默认：{}]"
    rich_utils.ENVVAR_STRING = "[环境变量：{}]"
    rich_utils.DEPRECATED_STRING = "（已弃用）"
    rich_utils.ABORTED_TEXT = "已中止。"
    rich_utils.RICH_HELP = "用 '{command_path} {help_option}' 查看帮助。"
    rich_utils.rich_format_error = _print_usage_error


class _AfterImport(importlib.abc.MetaPathFinder):
    """Words typer.rich_utils when Typer first imports it (to show help or an error): importing it
    up front would cost every lint run rich.markdown, pygments and attrs (about 0.1 s)."""

    def __init__(self, name: str, then) -> None:
        self.name, self.then = name, then

    def find_spec(self, fullname, path, target=None):
        if fullname != self.name:
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(fullname)
        if spec is None or spec.loader is None:
            return spec
        english_exec = spec.loader.exec_module

        def exec_module(module):
            english_exec(module)
            self.then(module)

        spec.loader.exec_module = exec_module
        return spec


def install() -> None:
    """Apply the Chinese wording to Typer's help and errors (idempotent)."""
    try:
        from typer import core
        from typer._click import decorators, formatting
    except ImportError:  # pragma: no cover - another Typer layout: help stays in English
        return
    if "typer.rich_utils" in sys.modules:
        _word_rich_utils(sys.modules["typer.rich_utils"])
    elif not any(isinstance(finder, _AfterImport) for finder in sys.meta_path):
        sys.meta_path.insert(0, _AfterImport("typer.rich_utils", _word_rich_utils))
    core.TyperOption.display_type_rich = _type_label
    core.TyperArgument.display_type_rich = _type_label

    if not getattr(decorators.help_option, "_draftcheck", False):
        english_help_option = decorators.help_option

        def help_option(*args, **kwargs):
            decorate = english_help_option(*args, **kwargs)

            def apply(command):
                result = decorate(command)
                params = getattr(command, "params", None)
                if params and params[-1].help == "Show this message and exit.":
                    params[-1].help = HELP_TEXT
                return result

            return apply

        help_option._draftcheck = True
        decorators.help_option = help_option

    if not getattr(formatting.HelpFormatter.write_usage, "_draftcheck", False):
        english_write_usage = formatting.HelpFormatter.write_usage

        def write_usage(self, prog, args="", prefix=None):
            args = args.replace("[OPTIONS]", "[选项]").replace("COMMAND [ARGS]...", "命令 [参数]...")
            return english_write_usage(self, prog, args, "用法：" if prefix is None else prefix)

        write_usage._draftcheck = True
        formatting.HelpFormatter.write_usage = write_usage
