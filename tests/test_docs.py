"""The README documents every command and option of the CLI, and each has help text (sqlite-utils' test_docs).

Also checks that the README's opening commands refer to files that exist and that its configuration example
is accepted by the configuration loader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from draftcheck.cli import app

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _commands(group=None, prefix="draftcheck"):
    group = group or typer.main.get_command(app)
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        yield path, command
        if hasattr(command, "commands"):
            yield from _commands(command, path)


COMMANDS = list(_commands())
OPTIONS = [
    (path, option)
    for path, command in COMMANDS
    for param in command.params
    if param.param_type_name == "option"
    for option in param.opts
    if option.startswith("--") and option != "--help"
]
ARGUMENTS = [(path, param) for path, command in COMMANDS for param in command.params if param.param_type_name == "argument"]


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_is_documented_and_has_help(path, command):
    assert path in README, f"`{path}` is not mentioned in README.md"
    assert (command.help or "").strip(), f"`{path}` has no --help text"


@pytest.mark.parametrize(("path", "option"), OPTIONS, ids=[f"{p} {o}" for p, o in OPTIONS])
def test_option_is_documented_and_has_help(path, option):
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README), f"`{path} {option}` is not documented in README.md"
    (param,) = [p for p in dict(COMMANDS)[path].params if option in getattr(p, "opts", [])]
    assert (param.help or "").strip(), f"`{path} {option}` has no help text"


@pytest.mark.parametrize(("path", "argument"), ARGUMENTS, ids=[f"{p} {a.name}" for p, a in ARGUMENTS])
def test_argument_has_help(path, argument):
    assert (getattr(argument, "help", "") or "").strip(), f"argument {argument.name} of `{path}` has no help text"


def test_opening_commands_refer_to_files_in_the_checkout():
    setup = re.search(r"```bash\n(python3 -m venv .*)\n```", README).group(1)
    linted = re.search(r"draftcheck lint (\S+)$", setup).group(1)
    assert (REPO / linted).is_file(), f"the README lints {linted}, which is not in the checkout"
    assert re.search(r"Run the tests:\n\n```bash\n\.venv/bin/python -m pytest\n```", README)


def test_example_report_has_the_planted_issues():
    from draftcheck.engine import lint_text
    from draftcheck.rules import find_rule

    text = (REPO / "fixtures" / "example-report.txt").read_text(encoding="utf-8")
    assert 1200 <= len(text) <= 2500
    codes = [f.code for f in lint_text(text, [find_rule("DC101")(), find_rule("DC102")()]).findings]
    assert codes.count("DC101") >= 3 and codes.count("DC102") >= 1


def test_readme_configuration_example_is_valid():
    from draftcheck.config import ConfigSource, DraftcheckConfig, resolve_config

    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib

    lint_section = README[README.index("<!-- section:lint -->") : README.index("<!-- /section:lint -->")]
    (example,) = re.findall(r"```toml\n(.*?)```", lint_section, flags=re.S)
    config = DraftcheckConfig.model_validate(tomllib.loads(example))
    resolved = resolve_config(ConfigSource(config))
    assert "DC404" not in resolved.enabled_codes
