"""``draftcheck index build|add|info``: an index of past reports for ``lint --reference-index``."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import typer

from draftcheck.commands.errors import EXIT_ERROR, report_error

app = typer.Typer(
    help="往年报告的索引：lint --reference-index 用它查找照搬往年报告的段落。",
    no_args_is_help=True,
    add_completion=False,
)


def _max_bytes(max_file_size: str | None) -> int:
    from draftcheck.config import parse_size
    from draftcheck.config.sizes import DEFAULT_MAX_FILE_SIZE

    try:
        return parse_size(max_file_size) if max_file_size is not None else DEFAULT_MAX_FILE_SIZE
    except ValueError as exc:
        report_error(f"--max-file-size: {exc}")
        raise typer.Exit(EXIT_ERROR) from None


def _progress_callback(progress, task):
    def update(done: int, total: int) -> None:
        progress.update(task, completed=done, total=max(total, 1))

    return update


def _index_into(store, files, *, max_bytes: int, update: bool, jobs: int | None):
    """Index ``files`` with a progress bar on stderr; unchanged files are skipped, and with
    ``update`` (``build --update``) documents whose file is gone are dropped."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from draftcheck.archive.build import index_files

    with Progress(
        TextColumn("索引"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as progress:
        task = progress.add_task("index", total=max(len(files), 1))
        return index_files(
            store,
            files,
            max_bytes=max_bytes,
            skip_unchanged=True,
            drop_missing=update,
            workers=jobs,
            progress=_progress_callback(progress, task),
        )


def _summary(report, output: Path) -> None:
    parts = [f"新增 {len(report.added)} 篇"]
    if report.updated:
        parts.append(f"重新索引 {len(report.updated)} 篇（内容已变）")
    if report.removed:
        parts.append(f"删除 {len(report.removed)} 篇（文件已不存在）")
    if report.unchanged:
        parts.append(f"未变 {report.unchanged} 篇")
    typer.echo(f"{output}: {'，'.join(parts)}", err=True)
    for problem in report.errors:
        report_error(f"未能索引 {problem}")


def _open_existing(path: Path):
    from draftcheck.archive.store import ArchiveError, ArchiveStore

    try:
        return ArchiveStore.open(path)
    except ArchiveError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def _expand(archive: list[str]):
    from draftcheck.archive.build import ArchiveInputError, expand_paths

    try:
        return expand_paths(archive)
    except ArchiveInputError as exc:
        report_error(str(exc))
        raise typer.Exit(EXIT_ERROR) from None


def _write_via_copy(output: Path, work, *, fresh: bool = False) -> object:
    """Run ``work(store)`` on a copy of ``output`` (a new index if it does not exist or ``fresh``)
    and move the result into place atomically: an interrupted run leaves the old index as it was."""
    from draftcheck.archive.store import ArchiveStore

    directory = output.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=directory)
    os.close(handle)
    try:
        if output.exists() and not fresh:
            shutil.copyfile(output, temporary)
            store = ArchiveStore.open(temporary)
        else:
            os.unlink(temporary)
            store = ArchiveStore.create(temporary)
        try:
            result = work(store)
        finally:
            store.close()
        os.replace(temporary, output)
        return result
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _run(output: Path, files, *, max_bytes: int, update: bool, jobs: int | None, fresh: bool | None = None) -> None:
    """Index ``files`` into ``output`` (a new index when ``fresh``; default: unless ``update``), report, exit."""
    index_all = lambda store: _index_into(store, files, max_bytes=max_bytes, update=update, jobs=jobs)  # noqa: E731
    report = _write_via_copy(output, index_all, fresh=not update if fresh is None else fresh)
    _summary(report, output)
    if report.errors:
        raise typer.Exit(EXIT_ERROR)


@app.command("build", help="把往年报告（.txt、.md、.docx；文件、目录或通配符）建成一个索引文件（SQLite）。")
def build(
    archive: list[str] = typer.Argument(..., help="存档报告：文件、目录或通配符（如 'reports/**/*.docx'）"),
    output: Path = typer.Option(..., "--output", "-o", help="索引文件（SQLite，如 reports.dcidx）", dir_okay=False),
    update: bool = typer.Option(
        False, "--update", help="更新已有索引：内容变了的文件重新索引（按 SHA-256 判断），已删除的文件从索引中去掉"
    ),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（默认：全部 CPU 核）"),
    max_file_size: str | None = typer.Option(None, "--max-file-size", help="单个文件大小上限，如 20MB；0 表示不限"),
) -> None:
    """Index past reports (.txt, .md, .docx; files, folders, globs) into one SQLite file."""
    max_bytes = _max_bytes(max_file_size)
    if output.exists():
        _open_existing(output).close()  # never replace a file that is not an index
    elif update:
        report_error(f"{output}: 索引文件不存在，无法更新；去掉 --update 即可新建")
        raise typer.Exit(EXIT_ERROR)
    _run(output, _expand(archive), max_bytes=max_bytes, update=update, jobs=jobs)


@app.command("add", help="把报告加入已有索引（内容变了的文件重新索引）。")
def add(
    index: Path = typer.Argument(..., help="已有的索引文件", dir_okay=False),
    archive: list[str] = typer.Argument(..., help="要加入的报告：文件、目录或通配符"),
    jobs: int | None = typer.Option(None, "--jobs", "-j", min=1, help="并行进程数（默认：全部 CPU 核）"),
    max_file_size: str | None = typer.Option(None, "--max-file-size", help="单个文件大小上限，如 20MB；0 表示不限"),
) -> None:
    """Add reports to an index (a file already indexed is re-indexed if its content changed)."""
    max_bytes = _max_bytes(max_file_size)
    _open_existing(index).close()
    _run(index, _expand(archive), max_bytes=max_bytes, update=False, jobs=jobs, fresh=False)


@app.command("info", help="显示索引的概况：文件数、覆盖的年份、过期的文件；--documents 列出每篇报告。")
def info(
    index: Path = typer.Argument(..., help="索引文件", dir_okay=False),
    documents: bool = typer.Option(False, "--documents", help="逐篇列出：路径、标题、期间、哈希"),
) -> None:
    """Show what an index holds, and which of its files changed or disappeared since."""
    from draftcheck.archive.build import stale_documents

    store = _open_existing(index)
    records = store.documents()
    changed, missing = stale_documents(store, hashing=True)
    chars = sum(r.chars for r in records)
    units = sum(r.units for r in records)
    years = sorted({r.year for r in records if r.year})
    lines = [
        f"索引文件：{index}（{index.stat().st_size / 1048576:.1f} MB）",
        f"文档：{len(records)} 篇，{chars} 字，{units} 个句段，{store.band_count()} 个 LSH 分段键",
        f"年份：{years[0]}–{years[-1]}（{len(years)} 个年份）" if years else "年份：未能从标题识别",
    ]
    if changed or missing:
        lines.append(
            f"已过期：{len(changed)} 篇文件内容已改动，{len(missing)} 篇文件已不存在；"
            f"请运行 draftcheck index build --update -o {index} 加上原来的存档路径"
        )
    else:
        lines.append("状态：与文件一致")
    if documents:
        for r in records:
            period = f"{r.year}年{'上半年' if r.half_year else ''}" if r.year else "期间未知"
            state = "（已改动）" if r.path in changed else "（已不存在）" if r.path in missing else ""
            lines.append(f"{r.path}\t《{r.title}》\t{period}\t{r.sha256[:12]}{state}")
    store.close()
    typer.echo("\n".join(lines))
