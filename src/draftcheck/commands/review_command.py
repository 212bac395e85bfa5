"""``draftcheck review REPORT``: go through the findings of one report in the terminal, deciding each one.

Thin: resolves the configuration as ``lint`` does, loads the decisions file, and hands over to
``draftcheck.review.terminal`` (interactive) or ``draftcheck.word`` (``--export``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import typer

from draftcheck.commands.errors import EXIT_ERROR, debugging, report_error
from draftcheck.commands.lint_run import resolve_settings
from draftcheck.commands.references import reference_archive
from draftcheck.document import Document, DocumentError, load_document
from draftcheck.engine import lint_text
from draftcheck.finding import Finding
from draftcheck.review.decisions import (
    Decisions,
    DecisionsError,
    back_up,
    configured_decisions_dir,
    decisions_path_for,
    load_decisions,
)

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
    reference: list[str] | None = typer.Option(
        None, "--reference", help="参考文档（如去年的报告）：文件、目录或通配符，与 lint 相同；可重复"
    ),
    reference_index: Path | None = typer.Option(
        None, "--reference-index", help="存档报告索引（draftcheck index build 生成），与 lint 相同", dir_okay=False
    ),
    export: Path | None = typer.Option(
        None, "--export", help="不进入交互审阅，另存一份带 Word 批注的 .docx：每个已确认的问题一条批注（.txt/.md 会先排成 .docx）", dir_okay=False
    ),
    include_undecided: bool = typer.Option(False, "--include-undecided", help="与 --export 一起用：待定的问题也加批注（已忽略的除外）"),
    track_changes: bool = typer.Option(False, "--track-changes", help="与 --export 一起用：把导出问题的安全修正写成 Word 修订"),
    comment_author: str = typer.Option("draftcheck", "--comment-author", help="批注和修订的作者名（默认 draftcheck）"),
    force: bool = typer.Option(False, "--force", help="--export 的输出文件已存在时覆盖它"),
) -> None:
    """Review the findings of one report interactively: confirm, dismiss, fix; decisions are saved as you go."""
    settings = resolve_settings(str(report), config_file, isolated, select, None, ignore, None)
    try:
        load_document(report, settings.max_file_size)
    except DocumentError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    # References as lint takes them: files, folders and globs through a temporary index, or an index.
    archive_index, unreadable = reference_archive(reference, reference_index, settings.max_file_size)
    if unreadable:
        raise typer.Exit(EXIT_ERROR)

    checker = ReviewedReport(report, settings, archive_index)

    decisions_path = decisions or decisions_path_for(report, *configured_decisions_dir(settings))
    current = open_decisions(decisions_path, report)
    if export is not None:
        export_reviewed(report, checker, current, export, include_undecided, track_changes, comment_author, force)
        return
    if track_changes or include_undecided:
        report_error("--track-changes 和 --include-undecided 只能与 --export 输出.docx 一起使用")
        raise typer.Exit(EXIT_ERROR)
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        report_error(NOT_A_TERMINAL.format(report=report))
        raise typer.Exit(EXIT_ERROR)
    from draftcheck.review import terminal

    terminal.run(checker.load, current, decisions_path, fixable_files=report.suffix.lower() != ".docx")


@dataclass
class ReviewedReport:
    """Lints the report (or another text laid out from it) with the settings and references of this run."""

    report: Path
    settings: object
    reference_index: str | None = None  # an archive index (``--reference`` builds a temporary one)

    def findings(self, text: str, tables=None) -> list[Finding]:
        """The findings of ``text``; ``tables`` are a .docx's tables as the loader read them (the same
        findings lint reports, table checks included)."""
        archive = None
        if self.reference_index is not None:
            from draftcheck.archive.search import open_archive  # only with --reference*

            archive = open_archive(self.reference_index, str(self.report))
        return lint_text(text, self.settings.rules, reference_archive=archive, tables=tables,
                         quote_suppressions=self.settings.quote_suppressions, raise_rule_errors=debugging()).findings

    def load(self) -> tuple[Document, list[Finding]]:
        doc = load_document(self.report, self.settings.max_file_size)
        return doc, self.findings(doc.text, doc.tables)


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


def export_reviewed(report, checker: "ReviewedReport", decisions: Decisions, out: Path, include_undecided: bool, track_changes: bool,
                    author: str, force: bool) -> None:
    """Write the reviewed report as .docx with a comment on every confirmed finding (and undecided ones if asked)."""
    from draftcheck.commands.lint_run import write_annotated
    from draftcheck.review.decisions import Verdict

    doc, findings = checker.load()

    def wanted(finding) -> bool:
        decision = decisions.entries.get(finding.fingerprint)
        if decision is None:
            return include_undecided
        return decision.verdict == Verdict.CONFIRMED

    def findings_for(laid_out):
        if laid_out is doc:
            return [f for f in findings if wanted(f)]
        return [f for f in checker.findings(laid_out.text) if wanted(f)]

    if not write_annotated(str(report), doc, findings_for, out, author, track_changes, force):
        raise typer.Exit(EXIT_ERROR)
