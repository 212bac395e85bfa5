"""``draftcheck rules`` and ``draftcheck rule CODE``."""

from __future__ import annotations

import typer

from draftcheck.rules import all_rules, find_rule


def list_rules() -> None:
    """List every rule with its code, slug, family and default severity."""
    from rich.console import Console
    from rich.table import Table

    table = Table(title="draftcheck 规则")
    for column in ("代码", "名称", "类别", "默认级别", "说明"):
        table.add_column(column)
    for cls in all_rules():
        table.add_row(cls.code, cls.slug, cls.family, cls.default_severity.value, cls.summary_zh())
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
    console.print(f"[bold]{cls.code} {cls.slug}[/bold]  ({cls.family}, 默认 {cls.default_severity.value})")
    console.print(Markdown(cls.doc() if english else (cls.doc_zh() or cls.doc())))
