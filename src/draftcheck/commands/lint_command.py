"""``draftcheck lint``: parse the options, resolve the configuration, call the lint service, render, set the exit code."""

from __future__ import annotations

import os
import shutil
import sys
from enum import Enum
from pathlib import Path

import typer

from draftcheck.commands.errors import EXIT_ERROR, debugging, report_error
from draftcheck.config import ConfigError, SelectionOverrides, discover_config, parse_size, resolve_config
from draftcheck.error_wording import os_error_text
from draftcheck.finding import Severity
from draftcheck.output import FORMATS, HUMAN_FORMATS, render, write_atomically
from draftcheck.rules.selectors import split_selectors
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


def _check_index(index: Path) -> None:
    """Refuse an index that is not one (one line, exit 2); warn when its files changed since."""
    from draftcheck.archive.build import stale_documents
    from draftcheck.archive.store import ArchiveError, ArchiveStore

    try:
        store = ArchiveStore.open(index)
    except ArchiveError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None
    changed, missing = stale_documents(store, hashing=False)
    store.close()
    if changed or missing:  # never silently stale
        typer.echo(
            f"警告：索引 {index} 已过期：{len(changed)} 篇文件已改动、{len(missing)} 篇已删除，"
            f"比对的是建索引时的内容；请运行 draftcheck index build --update -o {index} 加上存档路径",
            err=True,
        )


def _index_references(reference: list[str], max_bytes: int) -> tuple[str, bool]:
    """Index the --reference files, folders and globs into a temporary index file (the lint workers
    open it) and return its path, and whether a reference could not be read."""
    import tempfile

    from draftcheck.archive.build import ArchiveInputError, expand_paths, index_files
    from draftcheck.archive.store import ArchiveStore

    try:
        files = expand_paths(reference)
    except ArchiveInputError as exc:
        report_error(f"参考文件 {exc}")
        raise typer.Exit(EXIT_ERROR) from None
    handle, path = tempfile.mkstemp(prefix="draftcheck-references-", suffix=".dcidx")
    os.close(handle)
    os.unlink(path)
    store = ArchiveStore.create(path)
    # A process pool pays off only for a folder of references, not for last year's report alone.
    report = index_files(store, files, max_bytes=max_bytes, workers=None if len(files) >= 8 else 1)
    store.close()
    for problem in report.errors:
        report_error(f"参考文件 {problem}")
    return path, bool(report.errors)


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
) -> None:
    """Check reports (.txt, .md, .docx) for blanks, placeholders and inconsistent numbers."""
    fmt = OutputFormat(output_format).value
    try:
        size_limit = parse_size(max_file_size) if max_file_size is not None else None
    except ValueError as exc:
        report_error(f"--max-file-size: {exc}")
        raise typer.Exit(EXIT_ERROR) from None
    first = next((p for p in paths if p != "-"), stdin_filename or ".")
    try:
        source = discover_config(Path(first), config_file, isolated)
        overrides = SelectionOverrides(
            select=split_selectors(select) if select else None,
            extend_select=split_selectors(extend_select or []),
            ignore=split_selectors(ignore or []),
            max_file_size=size_limit,
            exclude=list(exclude or []),
        )
        settings = resolve_config(source, overrides)
    except ConfigError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None

    input_error = False
    if reference and reference_index is not None:
        report_error("--reference 与 --reference-index 不能同时使用；请把参考文档加入索引（draftcheck index add）")
        raise typer.Exit(EXIT_ERROR)
    temporary_index = None
    if reference:
        temporary_index, input_error = _index_references(reference, settings.max_file_size)
    elif reference_index is not None:
        _check_index(reference_index)
    try:
        run = lint_paths(
            paths,
            settings,
            reference_index=temporary_index or (str(reference_index) if reference_index is not None else None),
            stdin_filename=stdin_filename,
            exclude=settings.exclude,
            jobs=jobs,
            raise_rule_errors=debugging(),
        )
    finally:
        if temporary_index is not None:
            os.unlink(temporary_index)
    for message in run.messages:
        report_error(message)
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
