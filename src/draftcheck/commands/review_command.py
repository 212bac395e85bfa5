"""``draftcheck review REPORT``: go through the findings of one report in the terminal, deciding each one.

Thin: resolves the configuration as ``lint`` does, loads the decisions file, and hands over to
``draftcheck.review.terminal`` (interactive) or ``draftcheck.word`` (``--export``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from draftcheck.commands.errors import EXIT_ERROR, debugging, report_error
from draftcheck.commands.lint_command import resolve_settings
from draftcheck.document import DocumentError, load_document
from draftcheck.engine import lint_text
from draftcheck.review.decisions import Decisions, DecisionsError, back_up, decisions_path_for, load_decisions

NOT_A_TERMINAL = "review 需要在终端中交互运行；非交互时请用 draftcheck lint --format json {report} 查看全部问题"


def review(
    report: Path = typer.Argument(..., help="要审阅的报告（.txt、.md 或 .docx）", dir_okay=False),
    decisions: Path | None = typer.Option(
        None, "--decisions", help="审阅决定文件（默认为报告旁的 报告名.draftcheck.json）", dir_okay=False
    ),
    config_file: Path | None = typer.Option(None, "--config", help="使用指定的配置文件，不再向上查找", dir_okay=False),
    isolated: bool = typer.Option(False, "--isolated", help="忽略所有配置文件"),
    select: list[str] | None = typer.Option(None, "--select", help="只审阅这些规则的问题（代码、前缀、名称或 ALL）"),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="不审阅这些规则的问题"),
    reference: list[Path] | None = typer.Option(None, "--reference", help="参考文件（如去年的报告），与 lint 相同；可重复", dir_okay=False),
) -> None:
    """Review the findings of one report interactively: confirm, dismiss, fix; decisions are saved as you go."""
    settings = resolve_settings(str(report), config_file, isolated, select, None, ignore, None)
    references: dict[str, str] = {}
    try:
        for path in reference or []:
            references[str(path)] = load_document(path, settings.max_file_size).text
        load_document(report, settings.max_file_size)
    except DocumentError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None

    def load():
        doc = load_document(report, settings.max_file_size)
        result = lint_text(doc.text, settings.rules, reference_texts=references,
                           quote_suppressions=settings.quote_suppressions, raise_rule_errors=debugging())
        return doc, result.findings

    decisions_path = decisions or decisions_path_for(report)
    current = open_decisions(decisions_path, report)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        report_error(NOT_A_TERMINAL.format(report=report))
        raise typer.Exit(EXIT_ERROR)
    from draftcheck.review import terminal

    terminal.run(load, current, decisions_path, fixable_files=report.suffix.lower() != ".docx")


def open_decisions(path: Path, report: Path) -> Decisions:
    """The saved decisions, or a fresh set; an unusable file is backed up (never lost) and reported first."""
    try:
        loaded = load_decisions(path, str(report))
    except DecisionsError as exc:
        try:
            copy = back_up(path)
        except OSError as copy_error:
            report_error(f"{exc}；备份失败（{copy_error.strerror or copy_error}），未开始审阅")
            raise typer.Exit(EXIT_ERROR) from None
        typer.echo(f"注意：{exc}。原文件已备份为 {copy}，本次审阅从头开始", err=True)
        loaded = None
    return loaded or Decisions(document=report.name)
