"""``draftcheck lint`` without Typer (``commands/lint_argv.py``): the same values as Typer for every command
line it reads, Typer for everything else, and the same output and exit code either way."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer.main

from draftcheck.cli import build_app
from draftcheck.commands import lint_argv, lint_command

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "example-report.txt"


def _typer_kwargs(arguments: list[str], monkeypatch) -> dict | None:
    """What Typer passes to run_lint for ``lint ARGUMENTS`` (None when Typer refuses the command line)."""
    seen: dict = {}

    def capture(paths, **options):
        seen.update(options, paths=paths)

    monkeypatch.setattr(lint_command, "run_lint", capture)
    try:
        build_app("lint")(["lint", *arguments], standalone_mode=False)
    except (typer.Exit, SystemExit, Exception):  # usage errors: click exceptions
        return seen or None
    return seen


def _with_defaults(parsed: dict) -> dict:
    import inspect

    from draftcheck.commands.lint_run import run_lint

    defaults = {name: p.default for name, p in inspect.signature(run_lint).parameters.items() if name != "paths"}
    return {**defaults, **parsed}


def test_the_table_names_every_option_typer_declares():
    command = typer.main.get_command(build_app("lint")).commands["lint"]
    declared = {p.name: (tuple(p.opts), p.is_flag, p.multiple) for p in command.params if p.param_type_name == "option"}
    table = {name: (names, kind == lint_argv.FLAG, kind == lint_argv.TEXTS) for name, (names, kind) in lint_argv.OPTIONS.items()}
    assert table == declared


@pytest.mark.parametrize(
    "arguments",
    [
        ["a.txt"],
        ["a.txt", "b.md", "-"],
        ["--isolated", "--format", "concise", "a.txt"],
        ["a.txt", "--format=json", "--statistics", "--strict", "--exit-zero"],
        ["--select", "DC1", "--select", "DC2,DC301", "--ignore", "DC401", "--extend-select", "DC6", "dir"],
        ["-j", "2", "a.txt", "--jobs=3"],
        ["-j4", "a.txt"],
        ["-o", "out.json", "--output-file", "other.json", "a.txt"],
        ["-oout.txt", "a.txt"],
        ["--max-file-size", "1MB", "--stdin-filename", "报告.md", "-"],
        ["--exclude", "草稿*", "--exclude", "archive/*", "--reference", "old.txt", "x"],
        ["--color", "never", "--no-decisions", "--baseline", "b.json", "a.txt"],
        ["--fix", "--diff", "--annotate", "out.docx", "--track-changes", "--comment-author", "审稿人", "--force", "a.txt"],
        ["--decisions", "d.json", "--config", "draftcheck.toml", "--reference-index", "i.dcidx", "a.txt"],
        ["--write-baseline", "base.json", "a.txt"],
        ["--", "--isolated", "-j"],
        ["a.txt", "--isolated", "--isolated"],
    ],
)
def test_same_values_as_typer(arguments, monkeypatch):
    parsed = lint_argv.parse(arguments)
    assert parsed is not None
    assert _with_defaults(parsed) == _typer_kwargs(arguments, monkeypatch)


@pytest.mark.parametrize(
    "arguments",
    [
        [],  # no path: Typer's usage error
        ["--help"],
        ["a.txt", "-h"],
        ["--isolate", "a.txt"],  # misspelt
        ["--format", "JSON", "a.txt"],  # Typer folds the case
        ["--format", "xml", "a.txt"],
        ["--color", "Always", "a.txt"],
        ["-j", "0", "a.txt"],
        ["-j", "two", "a.txt"],
        ["--jobs", "+2", "a.txt"],
        ["--isolated=yes", "a.txt"],
        ["--select", "a.txt"],  # the option took the only path
        ["--select", "--isolated", "a.txt"],
        ["--output-file=", "a.txt"],
        ["--version"],
        ["-x", "a.txt"],
    ],
)
def test_typer_decides_everything_else(arguments):
    assert lint_argv.parse(arguments) is None


def test_a_folder_given_for_a_file_option_goes_to_typer(tmp_path):
    assert lint_argv.parse(["-o", str(tmp_path), "a.txt"]) is None
    assert lint_argv.parse(["-o", str(tmp_path / "new.json"), "a.txt"])["output_file"] == tmp_path / "new.json"


def _run(arguments: list[str], cwd: Path, probe: str = "") -> subprocess.CompletedProcess:
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(cwd / "cache")}
    code = (
        "import sys\n"
        f"sys.argv = ['draftcheck', 'lint', *{arguments!r}]\n"
        "from draftcheck.cli import main\n"
        "try:\n    main()\nfinally:\n"
        f"    {probe or 'pass'}\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def test_the_console_script_lints_without_typer_or_pydantic(tmp_path):
    probe = "print('LOADED=' + ','.join(sorted(m for m in ('typer', 'pydantic', 'click', 'rich') if m in sys.modules)), file=sys.stderr)"
    done = _run(["--isolated", "--format", "concise", str(FIXTURE)], tmp_path, probe)
    assert "DC101" in done.stdout
    assert "LOADED=\n" in done.stderr, done.stderr
    assert done.returncode == 1


@pytest.mark.parametrize(
    "arguments",
    [
        ["--isolated", "--format", "concise", "FIXTURE"],
        ["--isolated", "--format", "json", "--select", "DC1", "FIXTURE"],
        ["--isolated", "--exit-zero", "FIXTURE"],
        ["--isolated", "--select", "DC999", "FIXTURE"],  # a configuration error: one line, exit 2
        ["--isolated", "missing.txt"],
        ["--isolated", "--fix", "--diff", "FIXTURE"],
    ],
)
def test_same_output_and_exit_code_as_typer(arguments, tmp_path):
    arguments = [str(FIXTURE) if a == "FIXTURE" else a for a in arguments]
    assert lint_argv.parse(arguments) is not None
    plain = _run(arguments, tmp_path)
    # the same command line through Typer: the application object bypasses main's plain path
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(tmp_path / "cache")}
    code = f"from draftcheck.cli import app\napp(['lint', *{arguments!r}], prog_name='draftcheck')"
    typed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert (plain.stdout, plain.stderr, plain.returncode) == (typed.stdout, typed.stderr, typed.returncode)
