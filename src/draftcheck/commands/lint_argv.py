"""Read a plain ``draftcheck lint`` command line without Typer (start-up, issue 10).

Typer (with pydantic, which it converts every option with) costs a ``lint`` process about 0.1 s before
any checking. ``parse`` reads the command lines people and CI scripts write, giving ``run_lint`` exactly
the values Typer would; anything it is not sure of (``--help``, an unknown or misspelt option, a value
Typer would refuse or convert, a missing path) returns None, and ``cli.main`` hands the command line to
Typer, which parses, helps and fails as always. ``tests/test_lint_argv.py`` keeps the table below equal
to the options ``commands/lint_command.py`` declares and compares both parsers on many command lines.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

# How an option takes its value: a flag, one string (the last one given wins), a string each time it is
# given (a list), a file path (Typer's Path with dir_okay=False), a process count (int, at least 1), or
# one of a fixed set of names.
FLAG, TEXT, TEXTS, FILE, COUNT, CHOICE = "flag", "text", "texts", "file", "count", "choice"

# parameter of run_lint -> (its option names, kind)
OPTIONS: dict[str, tuple[tuple[str, ...], str]] = {
    "output_format": (("--format",), CHOICE),
    "output_file": (("--output-file", "-o"), FILE),
    "statistics": (("--statistics",), FLAG),
    "config_file": (("--config",), FILE),
    "isolated": (("--isolated",), FLAG),
    "select": (("--select",), TEXTS),
    "extend_select": (("--extend-select",), TEXTS),
    "ignore": (("--ignore",), TEXTS),
    "max_file_size": (("--max-file-size",), TEXT),
    "reference": (("--reference",), TEXTS),
    "reference_index": (("--reference-index",), FILE),
    "stdin_filename": (("--stdin-filename",), TEXT),
    "exclude": (("--exclude",), TEXTS),
    "jobs": (("--jobs", "-j"), COUNT),
    "color": (("--color",), CHOICE),
    "strict": (("--strict",), FLAG),
    "exit_zero": (("--exit-zero",), FLAG),
    "no_decisions": (("--no-decisions",), FLAG),
    "decisions": (("--decisions",), FILE),
    "baseline": (("--baseline",), FILE),
    "fix": (("--fix",), FLAG),
    "diff": (("--diff",), FLAG),
    "annotate": (("--annotate",), FILE),
    "track_changes": (("--track-changes",), FLAG),
    "comment_author": (("--comment-author",), TEXT),
    "force": (("--force",), FLAG),
    "write_baseline": (("--write-baseline",), FILE),
}
_BY_NAME = {name: (parameter, kind) for parameter, (names, kind) in OPTIONS.items() for name in names}
_COUNT = re.compile(r"[1-9][0-9]{0,5}")


def _choices(parameter: str) -> tuple[str, ...]:
    if parameter == "output_format":
        from draftcheck.output import FORMATS

        return tuple(FORMATS)
    from draftcheck.commands.lint_run import ColorChoice

    return tuple(choice.value for choice in ColorChoice)


def _plain_file(value: str) -> bool:
    """A path Typer takes as it is: not a folder, readable when it exists (click.Path's checks)."""
    try:
        mode = os.stat(value).st_mode
    except (OSError, ValueError):
        return True
    return not stat.S_ISDIR(mode) and os.access(value, os.R_OK)


def _value(parameter: str, kind: str, value: str) -> Any:
    """The value Typer would give for ``value``, or None when Typer should decide."""
    if kind == TEXT or kind == TEXTS:
        return value
    if kind == FILE:
        return Path(value) if _plain_file(value) else None
    if kind == COUNT:
        return int(value) if _COUNT.fullmatch(value) else None
    if value in _choices(parameter):  # CHOICE, exactly as listed (Typer folds the case of others)
        if parameter == "color":
            from draftcheck.commands.lint_run import ColorChoice

            return ColorChoice(value)
        return value
    return None


def parse(arguments: list[str]) -> dict[str, Any] | None:
    """The keyword arguments of ``run_lint`` for the arguments after ``lint``, or None (see above)."""
    given: dict[str, Any] = {}
    paths: list[str] = []
    pending = list(arguments)
    while pending:
        token = pending.pop(0)
        if token == "--":
            paths.extend(pending)
            break
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        name, attached = token, None
        if token.startswith("--") and "=" in token:
            name, attached = token.split("=", 1)
        elif not token.startswith("--") and len(token) > 2:
            name, attached = token[:2], token[2:]
        if name not in _BY_NAME:
            return None
        parameter, kind = _BY_NAME[name]
        if kind == FLAG:
            if attached is not None:
                return None
            given[parameter] = True
            continue
        if attached is None:
            if not pending:
                return None
            attached = pending.pop(0)
        if not attached or attached.startswith("-"):
            return None
        value = _value(parameter, kind, attached)
        if value is None:
            return None
        if kind == TEXTS:
            given.setdefault(parameter, []).append(value)
        else:
            given[parameter] = value
    if not paths:
        return None
    return {"paths": paths, **given}
