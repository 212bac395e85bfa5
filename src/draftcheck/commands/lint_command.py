"""``draftcheck lint``: load files, run the core, render one format, set the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from draftcheck.document import DocumentError, collect_paths, load_document, load_stdin
from draftcheck.engine import default_rules, lint_text
from draftcheck.finding import Severity
from draftcheck.output import FORMATS, FileReport, LintRun, render

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def lint(
    paths: list[str] = typer.Argument(..., help="要检查的文件或目录；- 表示标准输入"),
    output_format: str = typer.Option("full", "--format", help=f"输出格式：{', '.join(FORMATS)}"),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="标准输入的文件名（用于显示与判断格式）"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="有问题也以 0 退出"),
) -> None:
    """Check reports (.txt, .md, .docx) for blanks, placeholders and inconsistent numbers."""
    if output_format not in FORMATS:
        typer.echo(f"错误：未知输出格式 {output_format}；可选 {', '.join(FORMATS)}", err=True)
        raise typer.Exit(EXIT_ERROR)
    rules = default_rules()
    reports: list[FileReport] = []
    input_error = False
    for name in paths:
        targets = [name] if name == "-" else ([str(p) for p in collect_paths(Path(name))] if Path(name).is_dir() else [name])
        if not targets:
            typer.echo(f"错误：{name}: 目录中没有可检查的文件（.txt、.md、.docx）", err=True)
            input_error = True
        for target in targets:
            try:
                doc = load_stdin(stdin_filename) if target == "-" else load_document(target)
            except DocumentError as exc:
                typer.echo(f"错误：{exc}", err=True)
                input_error = True
                continue
            result = lint_text(doc.text, rules)
            reports.append(FileReport(doc.path, doc.text, result.findings, result.statistics))
    sys.stdout.write(render(output_format, LintRun(reports)))
    if input_error:
        raise typer.Exit(EXIT_ERROR)
    if not exit_zero and any(f.severity == Severity.ERROR for r in reports for f in r.findings):
        raise typer.Exit(EXIT_FINDINGS)
