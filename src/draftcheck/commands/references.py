"""The reference documents of ``lint`` and ``review``: ``--reference FILE|DIR|GLOB`` (indexed into a
temporary archive index) or ``--reference-index FILE`` (an index built by ``draftcheck index``)."""

from __future__ import annotations

import os
from pathlib import Path

from draftcheck.commands.errors import EXIT_ERROR, report_error, report_note


def reference_archive(reference: list[str] | None, reference_index: Path | None, max_bytes: int) -> tuple[str | None, bool]:
    """The archive index DC401 compares with (None without references), and whether a reference could not
    be read. Both options at once, an unreadable index or no file to index: one line and exit 2."""
    if reference and reference_index is not None:
        report_error("--reference 与 --reference-index 不能同时使用；请把参考文档加入索引（draftcheck index add）")
        raise SystemExit(EXIT_ERROR)
    if reference:
        return _index_references(reference, max_bytes)
    if reference_index is not None:
        _check_index(reference_index)
        return str(reference_index), False
    return None, False


def _check_index(index: Path) -> None:
    """Refuse an index that is not one (one line, exit 2); warn when its files changed since."""
    from draftcheck.archive.build import stale_documents
    from draftcheck.archive.store import ArchiveError, ArchiveStore

    try:
        store = ArchiveStore.open(index)
    except ArchiveError as exc:
        report_error(str(exc))
        raise SystemExit(EXIT_ERROR) from None
    changed, missing = stale_documents(store, hashing=False)
    store.close()
    if changed or missing:  # never silently stale
        report_note(
            f"警告：索引 {index} 已过期：{len(changed)} 篇文件已改动、{len(missing)} 篇已删除，"
            f"比对的是建索引时的内容；请运行 draftcheck index build --update -o {index} 加上存档路径"
        )


def _remove(path: str) -> None:
    if os.path.exists(path):
        os.unlink(path)


def _index_references(reference: list[str], max_bytes: int) -> tuple[str, bool]:
    """Index the --reference files, folders and globs into a temporary index file (the lint workers
    open it) and return its path, and whether a reference could not be read."""
    import atexit
    import tempfile

    from draftcheck.archive.build import ArchiveInputError, expand_paths, index_files
    from draftcheck.archive.store import ArchiveStore

    try:
        files = expand_paths(reference)
    except ArchiveInputError as exc:
        report_error(f"参考文件 {exc}")
        raise SystemExit(EXIT_ERROR) from None
    handle, path = tempfile.mkstemp(prefix="draftcheck-references-", suffix=".dcidx")
    os.close(handle)
    os.unlink(path)
    atexit.register(_remove, path)  # after the run, fixes and annotations that check the text again
    store = ArchiveStore.create(path)
    # A process pool pays off only for a folder of references, not for last year's report alone.
    report = index_files(store, files, max_bytes=max_bytes, workers=None if len(files) >= 8 else 1)
    store.close()
    for problem in report.errors:
        report_error(f"参考文件 {problem}")
    return path, bool(report.errors)
