"""``draftcheck rules`` and ``draftcheck rule CODE``."""

from __future__ import annotations

import typer

from draftcheck.rules import all_rules, find_rule


# The rule families and severities as a report writer reads them (codes and slugs stay as they are:
# they are what the configuration and the machine formats use).
FAMILY_NAMES = {"blanks": "空缺", "totals": "合计", "rates": "比率", "structure": "结构", "wording": "用词", "draft": "起草"}


def _severity_name(severity) -> str:
    from draftcheck.output.full_format import SEVERITY_LABELS

    return SEVERITY_LABELS[severity]


def list_rules() -> None:
    """List every rule with its code, slug, family and default severity."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="draftcheck 规则")
    for column in ("代码", "名称", "类别", "默认级别"):
        table.add_column(column, no_wrap=True)
    table.add_column("说明", overflow="fold")  # wrapped whole at any width, never cut with …
    for cls in all_rules():
        table.add_row(cls.code, cls.slug, FAMILY_NAMES.get(cls.family, cls.family), _severity_name(cls.default_severity), cls.summary_zh())
    Console().print(table)


def explain_rule(
    name: str = typer.Argument(..., help="规则代码或名称，如 DC101 或 blank-amount"),
    english: bool = typer.Option(False, "--english", help="显示英文说明（规则的 docstring）"),
) -> None:
    """Explain one rule: what it does, why it matters, examples (in Chinese; --english: the docstring)."""
    cls = find_rule(name)
    if cls is None:
        typer.echo(f"错误：没有名为 {name} 的规则；用 draftcheck rules 查看全部规则", err=True)
        raise typer.Exit(2)
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console()
    console.print(f"[bold]{cls.code} {cls.slug}[/bold]  （{FAMILY_NAMES.get(cls.family, cls.family)}类，默认级别：{_severity_name(cls.default_severity)}）")
    console.print(Markdown(cls.doc() if english else (cls.doc_zh() or cls.doc())))
