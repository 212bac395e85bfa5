"""The ``draftcheck`` command line: thin Typer commands over the checking core.

Each command lives in ``draftcheck/commands/<name>.py``; this module only assembles them.
Nothing here imports the LLM stack: ``draft`` imports it inside its own function.
"""

from __future__ import annotations

import typer

from draftcheck.commands import (
    config_command,
    draft_command,
    errors,
    facts_command,
    index_command,
    lint_command,
    rules_command,
)

app = typer.Typer(
    name="draftcheck",
    help="起草、校对中文工作总结 / Draft and lint Chinese work reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

app.command("lint")(lint_command.lint)
app.command("rules")(rules_command.list_rules)
app.command("rule")(rules_command.explain_rule)
app.add_typer(config_command.app, name="config")
app.command("draft")(draft_command.draft)
app.add_typer(facts_command.app, name="facts")
app.add_typer(index_command.app, name="index")


def main() -> None:
    try:
        app()
    except Exception as exc:  # never a traceback for users; DRAFTCHECK_DEBUG=1 shows it
        if errors.debugging():
            raise
        errors.report_error(errors.internal_error_message(exc))
        raise SystemExit(errors.EXIT_ERROR) from None
