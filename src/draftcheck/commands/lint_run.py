"""What ``draftcheck lint`` does once its options are parsed: resolve the configuration, call the lint
service, apply decisions, baselines and fixes, render, set the exit code.

Typer-free: ``commands/lint_command.py`` declares the options for Typer, and ``commands/lint_argv.py``
reads a plain command line without it (``cli.main``); both call ``run_lint``. Exits with ``SystemExit``.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from pathlib import Path

from draftcheck.commands.errors import EXIT_ERROR, debugging, report_error, report_note
from draftcheck.commands.references import reference_archive
from draftcheck.config import ConfigError, SelectionOverrides, discover_config, parse_size, resolve_config
from draftcheck.document import DocumentError, load_document
from draftcheck.error_wording import os_error_text
from draftcheck.finding import Severity
from draftcheck.output import HUMAN_FORMATS, FileReport, render, write_atomically
from draftcheck.rules.selectors import split_selectors
from draftcheck.review.lint_filter import ReportChecker
from draftcheck.service.lint import lint_paths

EXIT_CLEAN, EXIT_FINDINGS = 0, 1


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
        raise SystemExit(EXIT_ERROR) from None
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
        raise SystemExit(EXIT_ERROR) from None


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
        raise SystemExit(EXIT_ERROR)


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
        raise SystemExit(EXIT_ERROR) from None
    report_note(f"已把 {count} 个问题记入基线 {path}；之后用 --baseline {path} 只报告新问题")


def fix_report(report: FileReport, checker, *, write: bool, diffs: list[str], unfixed: list[str]) -> FileReport:
    """Apply the safe fixes of one file (``write``) or collect their diff; returns the report on the fixed text.
    Reports on stderr what was changed and what was skipped; a .docx is never modified (its path goes to
    ``unfixed`` when it has safe fixes, so ``--diff`` still exits 1: there is something to fix)."""
    from draftcheck.fixes import apply_fixes, describe, unified_diff, write_text_file

    if report.path.lower().endswith(".docx"):
        if any(f.fix is not None and f.fix.applicability == "safe" for f in report.findings):
            report_note(f"{report.path}: Word 文件不会被改动；可用 --annotate 输出.docx --track-changes 把修正写成修订")
            unfixed.append(report.path)
        return report
    outcome = apply_fixes(report.text, report.findings)
    for _, reason in outcome.skipped:
        report_note(f"{report.path}: {reason}")
    if not outcome.applied:
        return report
    if not write:
        diffs.append(unified_diff(report.path, report.text, outcome.text))
        report_note(f"{report.path}: 可修正 {len(outcome.applied)} 处（未写入）")
        return report
    try:
        write_text_file(report.path, outcome.text, load_document(report.path, 0).encoding)
    except (OSError, DocumentError) as exc:
        report_error(f"{report.path}: 无法写入修正（{exc}）；文件未改动")
        return report
    changes = "；".join(describe(f) for f in outcome.applied)
    report_note(f"{report.path}: 已修正 {len(outcome.applied)} 处：{changes}")
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
        report_note(f"{out}: {note}")
    revisions = f"、{result.revisions} 处修订" if track_changes else ""
    report_note(f"已写入 {out}：{result.comments} 条批注{revisions}（原文件未改动）")
    return True



def run_lint(
    paths: list[str],
    *,
    output_format: str = "full",
    output_file: Path | None = None,
    statistics: bool = False,
    config_file: Path | None = None,
    isolated: bool = False,
    select: list[str] | None = None,
    extend_select: list[str] | None = None,
    ignore: list[str] | None = None,
    max_file_size: str | None = None,
    reference: list[str] | None = None,
    reference_index: Path | None = None,
    stdin_filename: str | None = None,
    exclude: list[str] | None = None,
    jobs: int | None = None,
    color: ColorChoice = ColorChoice.auto,
    strict: bool = False,
    exit_zero: bool = False,
    no_decisions: bool = False,
    decisions: Path | None = None,
    baseline: Path | None = None,
    fix: bool = False,
    diff: bool = False,
    annotate: Path | None = None,
    track_changes: bool = False,
    comment_author: str = "draftcheck",
    force: bool = False,
    write_baseline: Path | None = None,
) -> None:
    """Lint ``paths`` as ``draftcheck lint`` does with these options (``output_format`` a name in FORMATS);
    writes the output, and raises SystemExit with the exit code when it is not 0."""
    fmt = output_format
    first = next((p for p in paths if p != "-"), stdin_filename or ".")
    settings = resolve_settings(first, config_file, isolated, select, extend_select, ignore, max_file_size, exclude)
    check_review_options(paths, annotate, track_changes, fix, diff, force=force, decisions=decisions)
    try:
        filters = lint_filters(paths, no_decisions, decisions, baseline, settings)
    except ValueError as exc:
        report_error(str(exc))
        raise SystemExit(EXIT_ERROR) from None

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
        statistics=statistics,  # (counted only when shown: finders spare the work only the counts need)
    )
    for message in run.messages:
        report_error(message)
    if write_baseline is not None:
        record_baseline(write_baseline, run.files)
        raise SystemExit(EXIT_ERROR if input_error or run.input_error else EXIT_CLEAN)
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
        raise SystemExit(EXIT_ERROR if input_error or run.input_error else EXIT_FINDINGS if diffs or unfixed else EXIT_CLEAN)
    human = fmt in HUMAN_FORMATS
    colour = human and output_file is None and colour_wanted(color)
    width = None
    if human and output_file is None and sys.stdout.isatty():
        import shutil

        width = shutil.get_terminal_size().columns
    output = render(fmt, run, color=colour, width=width, statistics=statistics and human)
    if output_file is not None:
        try:
            write_atomically(output_file, output)
        except OSError as exc:
            report_error(f"{output_file}: 无法写入结果文件（{os_error_text(exc)}）")
            raise SystemExit(EXIT_ERROR) from None
    else:
        sys.stdout.write(output)
    if statistics and not human:
        from draftcheck.output.statistics import render_text

        sys.stderr.write(render_text(run))

    if input_error or run.input_error:
        raise SystemExit(EXIT_ERROR)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    if not exit_zero and any(f.severity in failing for f in run.findings):
        raise SystemExit(EXIT_FINDINGS)
