"""The ``draftcheck`` command line: thin Typer commands over the checking core.

Each command lives in ``draftcheck/commands/<name>.py``; this module only assembles them.
Nothing here imports the LLM stack: ``draft`` imports it inside its own function.
"""

from __future__ import annotations

import gc
import os
import sys

# draftcheck uses no pydantic plugin; looking for them reads the metadata of every installed
# distribution (about 0.04 s of each run). A user who sets the variable keeps their choice.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from draftcheck import disk_cache, pattern_cache  # noqa: E402

# Help texts are Chinese, for the report writers who read them; the English descriptions are the
# docstrings of the command functions and README.md.
HELP = {
    "app": "起草、校对中文工作总结：检查空缺的数字、未替换的占位符、对不上的合计、增速、个数等。",
    "lint": "检查报告（.txt、.md、.docx）：空缺的数字、占位符、对不上的合计与增速、重复段落等。",
    "rules": "列出全部规则：代码、名称、类别和默认级别。",
    "rule": "显示一条规则的说明：查什么、为什么、示例和改法。",
    "draft": "根据事实文件起草工作总结；每一部分起草后都经检查和修改。",
    "review": "逐条审阅一份报告的问题：确认、忽略或自动修正，决定随时保存；也可导出带批注的 Word 文件。",
}


# Command name -> (module in draftcheck.commands, its attribute, a command function or a Typer group),
# in the order ``draftcheck --help`` lists them.
COMMANDS = {
    "lint": ("lint_command", "lint", "command"),
    "review": ("review_command", "review", "command"),
    "rules": ("rules_command", "list_rules", "command"),
    "rule": ("rules_command", "explain_rule", "command"),
    "config": ("config_command", "app", "group"),
    "draft": ("draft_command", "draft", "command"),
    "facts": ("facts_command", "app", "group"),
    "index": ("index_command", "app", "group"),
}


def build_app(only: str | None = None):
    """The Typer application with every command, or with command ``only`` alone.

    ``main`` builds just the command named on the command line (``draftcheck lint ...``): it parses,
    helps and fails exactly as in the whole application, without importing the other commands' modules
    or letting Typer build their parameters. ``app`` (``from draftcheck.cli import app``) has them all.
    """
    import importlib

    import typer

    from draftcheck.commands import help_language

    help_language.install()

    application = typer.Typer(
        name="draftcheck",
        help=HELP["app"],
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
    )

    def _version(value: bool) -> None:
        if value:
            from importlib.metadata import version

            typer.echo(f"draftcheck {version('draftcheck')}")
            raise typer.Exit()

    @application.callback()
    def _options(
        version: bool = typer.Option(False, "--version", help="显示版本号并退出", callback=_version, is_eager=True),
    ) -> None:
        """Draft and lint Chinese work reports (the Chinese help text is HELP["app"])."""

    for name, (module, attribute, kind) in COMMANDS.items():
        if only is not None and name != only:
            continue
        target = getattr(importlib.import_module(f"draftcheck.commands.{module}"), attribute)
        if kind == "group":
            application.add_typer(target, name=name)
        else:
            application.command(name, help=HELP[name])(target)
    return application


def __getattr__(name: str):
    if name == "app":  # ``from draftcheck.cli import app`` builds it once
        application = globals()["app"] = build_app()
        return application
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """The ``draftcheck`` console script: the caches (``disk_cache``), then the application."""
    disk_cache.enable()
    pattern_cache.install()
    # The collector's youngest generation runs every 700 new objects by default; start-up (some 250
    # modules, a hundred dataclasses) and the rules allocate millions, few of them in cycles. Running it
    # every 100,000 saves about 5% of a run and keeps at most that many objects waiting.
    gc.set_threshold(100_000, *gc.get_threshold()[1:])
    try:
        application = globals().get("app")
        if application is None:
            named = sys.argv[1] if len(sys.argv) > 1 else None
            if named == "lint" and _lint_without_typer(sys.argv[2:]):
                return
            application = build_app(only=named if named in COMMANDS else None)
        application()
    except Exception as exc:  # never a traceback for users; DRAFTCHECK_DEBUG=1 shows it
        from draftcheck.commands import errors

        if errors.debugging():
            raise
        errors.report_error(errors.internal_error_message(exc))
        raise SystemExit(errors.EXIT_ERROR) from None


def _lint_without_typer(arguments: list[str]) -> bool:
    """Run ``draftcheck lint`` on a plain command line without Typer (``commands/lint_argv.py``): False,
    having done nothing, when the command line needs Typer (help, an error to word, shell completion)."""
    from draftcheck.commands import lint_argv

    parsed = None if os.environ.get("_DRAFTCHECK_COMPLETE") else lint_argv.parse(arguments)
    if parsed is None:
        return False
    from draftcheck.commands.lint_run import run_lint

    try:
        run_lint(**parsed)
    except KeyboardInterrupt:  # as Typer ends a command
        raise SystemExit(130) from None
    except BrokenPipeError:  # the reader went away (draftcheck lint ... | head): quietly, as Typer does
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing may be flushed into the closed pipe
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115
        raise SystemExit(1) from None
    return True
