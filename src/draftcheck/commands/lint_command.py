"""``draftcheck lint``: parse the options, resolve the configuration, call the lint service, render, set the exit code."""

from __future__ import annotations

import os
import shutil
import sys
from enum import Enum
from pathlib import Path

import typer

from draftcheck.commands.errors import EXIT_ERROR, debugging, report_error
from draftcheck.commands.references import reference_archive
from draftcheck.config import ConfigError, SelectionOverrides, discover_config, parse_size, resolve_config
from draftcheck.document import DocumentError, load_document
from draftcheck.error_wording import os_error_text
from draftcheck.finding import Severity
from draftcheck.output import FORMATS, HUMAN_FORMATS, render, write_atomically
from draftcheck.rules.selectors import split_selectors
from draftcheck.output import FileReport
from draftcheck.review.lint_filter import ReportChecker
from draftcheck.service.lint import lint_paths

EXIT_CLEAN, EXIT_FINDINGS = 0, 1

OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


class ColorChoice(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


def colour_wanted(choice: ColorChoice = ColorChoice.auto) -> bool:
    """``always``/``never`` as asked; ``auto``: FORCE_COLOR forces it, NO_COLOR (https://no-color.org) and
    TERM=dumb forbid it, otherwise colour only on a terminal."""
    if choice is ColorChoice.always:
        return True
    if choice is ColorChoice.never:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return sys.stdout.isatty()


def resolve_settings(first, config_file, isolated, select, extend_select, ignore, max_file_size, exclude=None):
    """The configuration in effect for ``first`` with the command line's overrides; exit 2 with one line if invalid."""
    try:
        size_limit = parse_size(max_file_size) if max_file_size is not None else None
    except ValueError as exc:
        report_error(f"--max-file-size: {exc}")
        raise typer.Exit(EXIT_ERROR) from None
    try:
        source = discover_config(Path(first), config_file, isolated)
        overrides = SelectionOverrides(
            select=split_selectors(select) if select else None,
            extend_select=split_selectors(extend_select or []),
            ignore=split_selectors(ignore or []),
            max_file_size=size_limit,
            exclude=list(exclude or []),
        )
        return resolve_config(source, overrides)
    except ConfigError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def check_review_options(
    paths: list[str], annotate: Path | None, track_changes: bool, fix: bool, diff: bool,
    force: bool = False, decisions: Path | None = None,
) -> None:
    """Refuse combinations of the review options that cannot work, with one line and exit 2, before any work."""
    problem = None
    if annotate is not None and len(paths) != 1:
        problem = "--annotate 只能与一个报告文件一起使用"
    elif annotate is not None and annotate.exists() and not force:
        problem = f"{annotate}: 文件已存在；加 --force 覆盖，或换一个文件名"
    elif decisions is not None and len(paths) == 1 and not decisions.exists():
        problem = f"{decisions}: 审阅决定文件不存在；请检查路径，或去掉 --decisions 使用报告旁的 报告名.draftcheck.json"
    elif track_changes and annotate is None:
        problem = "--track-changes 需要与 --annotate 输出.docx 一起使用"
    elif fix and diff:
        problem = "--fix 与 --diff 不能同时使用：--diff 只显示改动，--fix 写入文件"
    elif (fix or diff) and "-" in paths:
        problem = "--fix/--diff 不能用于标准输入；请直接给出文件路径"
    if problem:
        report_error(problem)
        raise typer.Exit(EXIT_ERROR)


def lint_filters(paths: list[str], no_decisions: bool, decisions: Path | None, baseline: Path | None, settings):
    """The decisions and baseline that ``lint`` applies to each file; ValueError with a Chinese message if unusable."""
    from draftcheck.baseline import BaselineError, load_baseline
    from draftcheck.review.decisions import configured_decisions_dir
    from draftcheck.review.lint_filter import LintFilters

    if decisions is not None and len(paths) != 1:
        raise ValueError("--decisions 只能与一个报告文件一起使用；检查多个文件时，各报告旁的 报告名.draftcheck.json 会自动读取")
    try:
        loaded = load_baseline(baseline) if baseline is not None else None
    except BaselineError as exc:
        raise ValueError(str(exc)) from None
    folder, root = configured_decisions_dir(settings)
    return LintFilters(use_decisions=not no_decisions, decisions_file=decisions, baseline=loaded,
                       decisions_dir=folder, decisions_root=root)


def record_baseline(path: Path, reports: list[FileReport]) -> None:
    from draftcheck.baseline import write_baseline

    try:
        count = write_baseline(path, [(r.path, r.findings) for r in reports if r.error is None])
    except OSError as exc:
        report_error(f"{path}: 无法写入基线文件（{os_error_text(exc)}）")
        raise typer.Exit(EXIT_ERROR) from None
    typer.echo(f"已把 {count} 个问题记入基线 {path}；之后用 --baseline {path} 只报告新问题", err=True)


def fix_report(report: FileReport, checker, *, write: bool, diffs: list[str], unfixed: list[str]) -> FileReport:
    """Apply the safe fixes of one file (``write``) or collect their diff; returns the report on the fixed text.
    Reports on stderr what was changed and what was skipped; a .docx is never modified (its path goes to
    ``unfixed`` when it has safe fixes, so ``--diff`` still exits 1: there is something to fix)."""
    from draftcheck.fixes import apply_fixes, describe, unified_diff, write_text_file

    if report.path.lower().endswith(".docx"):
        if any(f.fix is not None and f.fix.applicability == "safe" for f in report.findings):
            typer.echo(f"{report.path}: Word 文件不会被改动；可用 --annotate 输出.docx --track-changes 把修正写成修订", err=True)
            unfixed.append(report.path)
        return report
    outcome = apply_fixes(report.text, report.findings)
    for _, reason in outcome.skipped:
        typer.echo(f"{report.path}: {reason}", err=True)
    if not outcome.applied:
        return report
    if not write:
        diffs.append(unified_diff(report.path, report.text, outcome.text))
        typer.echo(f"{report.path}: 可修正 {len(outcome.applied)} 处（未写入）", err=True)
        return report
    try:
        write_text_file(report.path, outcome.text, load_document(report.path, 0).encoding)
    except (OSError, DocumentError) as exc:
        report_error(f"{report.path}: 无法写入修正（{exc}）；文件未改动")
        return report
    changes = "；".join(describe(f) for f in outcome.applied)
    typer.echo(f"{report.path}: 已修正 {len(outcome.applied)} 处：{changes}", err=True)
    return checker.recheck(report, outcome.text)


def annotate_report(report: FileReport, checker, out: Path, author: str, track_changes: bool, force: bool) -> bool:
    """Write the annotated .docx copy of one report; one line on stderr saying what was written, or why not."""
    try:
        doc = load_document(report.path, 0)
    except DocumentError as exc:
        report_error(str(exc))
        return False
    findings_for = checker.findings_for(report, doc)
    return write_annotated(report.path, doc, findings_for, out, author, track_changes, force)


def write_annotated(source, doc, findings_for, out: Path, author: str, track_changes: bool, force: bool) -> bool:
    """Write the annotated .docx copy; one line on stderr saying what was written, or why not (then False)."""
    from draftcheck.word.annotate import AnnotateError, annotate_file

    try:
        result = annotate_file(source, doc, findings_for, out, author=author, track_changes=track_changes, force=force)
    except AnnotateError as exc:
        report_error(str(exc))
        return False
    for note in result.notes:
        typer.echo(f"{out}: {note}", err=True)
    revisions = f"、{result.revisions} 处修订" if track_changes else ""
    typer.echo(f"已写入 {out}：{result.comments} 条批注{revisions}（原文件未改动）", err=True)
    return True


def lint(
    paths: list[str] = typer.Argument(..., help="要检查的文件或目录（目录下的 .txt/.md/.docx 全部检查）；- 表示标准输入"),
    output_format: OutputFormat = typer.Option("full", "--format", help="输出格式", case_sensitive=False),
    output_file: Path | None = typer.Option(
        None, "--output-file", "-o", help="把结果写入文件（原子写入：先写临时文件再替换）而不是标准输出", dir_okay=False
    ),
    statistics: bool = typer.Option(
        False, "--statistics", help="统计每条规则的问题数和各类数值关系（一致/不一致/无法核对）；机器格式下写到标准错误"
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="使用指定的配置文件（draftcheck.toml 或 pyproject.toml），不再向上查找", dir_okay=False
    ),
    isolated: bool = typer.Option(False, "--isolated", help="忽略所有配置文件，只用内置默认值和命令行选项"),
    select: list[str] | None = typer.Option(
        None, "--select", help="只启用这些规则（代码、代码前缀如 DC2、名称或 ALL；逗号分隔，可重复），取代配置中的 select"
    ),
    extend_select: list[str] | None = typer.Option(None, "--extend-select", help="在已选规则之外再启用这些规则"),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="停用这些规则（代码、前缀或名称；逗号分隔，可重复），追加到配置中的 ignore"),
    max_file_size: str | None = typer.Option(
        None, "--max-file-size", help="单个文件大小上限，如 20MB、512KB；0 表示不限（默认 20MB）"
    ),
    reference: list[str] | None = typer.Option(
        None,
        "--reference",
        help="参考文档（如去年的报告）：文件、目录或通配符，查找从中沿用的段落；可重复",
    ),
    reference_index: Path | None = typer.Option(
        None, "--reference-index", help="存档报告索引（draftcheck index build 生成），查找从中沿用的段落", dir_okay=False
    ),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="标准输入的文件名（用于显示、查找配置和判断格式）"),
    exclude: list[str] | None = typer.Option(
        None, "--exclude", help="检查目录时跳过与这些通配符匹配的文件或目录（如 草稿*、archive/*）；可重复，追加到配置中的 exclude"
    ),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", min=1, help="同时检查的进程数（默认：全部 CPU 核心；1 表示单进程）；输出顺序不变"
    ),
    color: ColorChoice = typer.Option(
        ColorChoice.auto, "--color", help="颜色：auto（终端上才用，遵守 NO_COLOR / FORCE_COLOR）、always、never", case_sensitive=False
    ),
    strict: bool = typer.Option(False, "--strict", help="有警告也以 1 退出（默认只看错误级别）"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="发现问题也以 0 退出（无法读取文件等错误仍以 2 退出）"),
    no_decisions: bool = typer.Option(False, "--no-decisions", help="不读取报告旁的审阅决定文件（报告名.draftcheck.json），已忽略的问题也照常报告"),
    decisions: Path | None = typer.Option(
        None, "--decisions", help="使用指定的审阅决定文件，而不是报告旁的 报告名.draftcheck.json（只能检查一个文件）", dir_okay=False
    ),
    baseline: Path | None = typer.Option(None, "--baseline", help="不再报告基线文件中记录的问题（基线由 --write-baseline 生成）", dir_okay=False),
    fix: bool = typer.Option(False, "--fix", help="把安全修正直接写回 .txt/.md 文件（如“万元元”→“万元”），并报告改了什么、还剩什么；Word 文件不改动"),
    diff: bool = typer.Option(False, "--diff", help="只显示安全修正会做的改动（统一差异格式），不写文件；有改动时以 1 退出"),
    annotate: Path | None = typer.Option(
        None, "--annotate", help="另存一份带 Word 批注的 .docx（每个问题一条批注，标在出问题的文字上）；.txt/.md 会先排成 .docx；只能检查一个文件", dir_okay=False
    ),
    track_changes: bool = typer.Option(False, "--track-changes", help="与 --annotate 一起用：把安全修正写成 Word 修订（可在 Word/WPS 中接受或拒绝）"),
    comment_author: str = typer.Option("draftcheck", "--comment-author", help="批注和修订的作者名（默认 draftcheck）"),
    force: bool = typer.Option(False, "--force", help="--annotate 的输出文件已存在时覆盖它"),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="把当前发现的所有问题记入基线文件（之后用 --baseline 只看新问题），不输出检查结果", dir_okay=False
    ),

) -> None:
    """Check reports (.txt, .md, .docx) for blanks, placeholders and inconsistent numbers."""
    fmt = OutputFormat(output_format).value
    first = next((p for p in paths if p != "-"), stdin_filename or ".")
    settings = resolve_settings(first, config_file, isolated, select, extend_select, ignore, max_file_size, exclude)
    check_review_options(paths, annotate, track_changes, fix, diff, force=force, decisions=decisions)
    try:
        filters = lint_filters(paths, no_decisions, decisions, baseline, settings)
    except ValueError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None

    input_error = False
    archive_index, input_error = reference_archive(reference, reference_index, settings.max_file_size)
    run = lint_paths(
        paths,
        settings,
        reference_index=archive_index,
        stdin_filename=stdin_filename,
        exclude=settings.exclude,
        jobs=jobs,
        raise_rule_errors=debugging(),
    )
    for message in run.messages:
        report_error(message)
    if write_baseline is not None:
        record_baseline(write_baseline, run.files)
        raise typer.Exit(EXIT_ERROR if input_error or run.input_error else EXIT_CLEAN)
    checker = ReportChecker(settings, {}, filters, reference_index=archive_index)
    diffs: list[str] = []
    unfixed: list[str] = []  # .docx files with safe fixes, which are never modified
    for index, report in enumerate(run.files):
        if report.error is not None:
            continue
        report, problem = checker.filtered(report)
        if problem:
            report_error(problem)
            input_error = True
        if fix or diff:
            report = fix_report(report, checker, write=fix, diffs=diffs, unfixed=unfixed)
        if annotate is not None:
            input_error |= not annotate_report(report, checker, annotate, comment_author, track_changes, force)
        run.files[index] = report
    if diff:
        sys.stdout.write("".join(diffs))
        raise typer.Exit(EXIT_ERROR if input_error or run.input_error else EXIT_FINDINGS if diffs or unfixed else EXIT_CLEAN)
    human = fmt in HUMAN_FORMATS
    colour = human and output_file is None and colour_wanted(color)
    width = shutil.get_terminal_size().columns if human and output_file is None and sys.stdout.isatty() else None
    output = render(fmt, run, color=colour, width=width, statistics=statistics and human)
    if output_file is not None:
        try:
            write_atomically(output_file, output)
        except OSError as exc:
            report_error(f"{output_file}: 无法写入结果文件（{os_error_text(exc)}）")
            raise typer.Exit(EXIT_ERROR) from None
    else:
        sys.stdout.write(output)
    if statistics and not human:
        from draftcheck.output.statistics import render_text

        sys.stderr.write(render_text(run))

    if input_error or run.input_error:
        raise typer.Exit(EXIT_ERROR)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if not exit_zero and any(f.severity in failing for f in run.findings):
        raise typer.Exit(EXIT_FINDINGS)
