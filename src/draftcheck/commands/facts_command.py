"""``draftcheck facts init`` writes a commented example facts file; ``facts check`` validates one
and runs the numeric checks over the facts themselves."""

from __future__ import annotations

from pathlib import Path

import typer

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Facts files that reports are drafted from.
app = typer.Typer(help="事实文件：起草工作总结所依据的数据。", no_args_is_help=True, add_completion=False)


@app.command("init", help="写出一份带注释的示例事实文件。")
def init(
    path: Path = typer.Argument(Path("facts.yaml"), help="写到哪里（缺省 facts.yaml）", dir_okay=False),
    force: bool = typer.Option(False, "--force", help="文件已存在时覆盖"),
) -> None:
    """Write a commented example facts file."""
    from draftcheck.draft.facts_example import EXAMPLE_FACTS

    if path.exists() and not force:
        typer.echo(f"错误：{path}: 文件已存在；如要覆盖请加 --force", err=True)
        raise typer.Exit(EXIT_ERROR)
    try:
        path.write_text(EXAMPLE_FACTS, encoding="utf-8")
    except OSError as exc:
        from draftcheck.error_wording import os_error_text

        typer.echo(f"错误：{path}: 无法写入：{os_error_text(exc)}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    typer.echo(f"已写入示例事实文件 {path}；修改后运行 draftcheck facts check {path}", err=True)


@app.command("check", help="校验事实文件，并核对其中的数字是否彼此一致。")
def check(facts: Path = typer.Argument(..., help="事实文件（YAML）", dir_okay=False)) -> None:
    """Validate a facts file and check its numbers against each other."""
    from draftcheck.draft.derive import derive
    from draftcheck.draft.fact_checks import check_facts
    from draftcheck.draft.facts import FactsError, load_facts_text

    try:
        parsed, text, _ = load_facts_text(facts)
    except FactsError as exc:
        for line in exc.lines:
            typer.echo(f"错误：{line}", err=True)
        raise typer.Exit(EXIT_ERROR) from None
    problems = check_facts(parsed, text)
    for problem in problems:
        typer.echo(problem.render(str(facts)))
    figures = derive(parsed)
    derived = sum(1 for f in figures.values() if f.kind != "fact")
    summary = f"{facts}: {len(figures) - derived} 个数据、{derived} 个推算值"
    if problems:
        typer.echo(f"{summary}；发现 {len(problems)} 处问题", err=True)
        raise typer.Exit(EXIT_FINDINGS if any(p.severity == "error" for p in problems) else EXIT_CLEAN)
    typer.echo(f"{summary}；未发现问题", err=True)
