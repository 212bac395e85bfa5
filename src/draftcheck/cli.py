"""The ``draftcheck`` command line: thin Typer commands over the checking core.

Each command lives in ``draftcheck/commands/<name>.py``; this module only assembles them.
Nothing here imports the LLM stack: ``draft`` imports it inside its own function.
"""

from __future__ import annotations

import os

# draftcheck uses no pydantic plugin; looking for them reads the metadata of every installed
# distribution (about 0.04 s of each run). A user who sets the variable keeps their choice.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer  # noqa: E402  (after the environment above)

from draftcheck.commands import config_command, draft_command, errors, facts_command, help_language, lint_command, review_command, rules_command

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

help_language.install()

app = typer.Typer(
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


@app.callback()
def _options(
    version: bool = typer.Option(False, "--version", help="显示版本号并退出", callback=_version, is_eager=True),
) -> None:
    """Draft and lint Chinese work reports (the Chinese help text is HELP["app"])."""


app.command("lint", help=HELP["lint"])(lint_command.lint)
app.command("review", help=HELP["review"])(review_command.review)
app.command("rules", help=HELP["rules"])(rules_command.list_rules)
app.command("rule", help=HELP["rule"])(rules_command.explain_rule)
app.add_typer(config_command.app, name="config")
app.command("draft", help=HELP["draft"])(draft_command.draft)
app.add_typer(facts_command.app, name="facts")


def main() -> None:
    try:
        app()
    except Exception as exc:  # never a traceback for users; DRAFTCHECK_DEBUG=1 shows it
        if errors.debugging():
            raise
        errors.report_error(errors.internal_error_message(exc))
        raise SystemExit(errors.EXIT_ERROR) from None
