"""Lint many files: discovery, loading, the per-file error policy and the process pool.

``lint_paths`` returns a ``LintRun`` whose reports keep the order of the paths given (a folder's files in
sorted order), whatever the number of worker processes; one-line messages for stderr are returned in
``LintRun.messages`` in the same order, never printed here.
"""

from __future__ import annotations

import fnmatch
import gc
import os
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from draftcheck.config import ResolvedConfig
from draftcheck.document import DocumentError, collect_paths, load_document, load_stdin
from draftcheck.engine import lint_text
from draftcheck.internal_error import internal_error_message
from draftcheck.output.model import FileReport, LintRun

NOTHING_TO_CHECK = "目录中没有可检查的文件（.txt、.md、.docx）"


@dataclass(frozen=True)
class Target:
    """One thing to lint: a file path, ``-`` for standard input, or a path that yields nothing (``problem``)."""

    name: str
    problem: str | None = None


@dataclass
class _FileOutcome:
    report: FileReport
    messages: list[str] = field(default_factory=list)
    failed: bool = False


def matches_any(path: str | os.PathLike, patterns: Sequence[str]) -> bool:
    """Whether ``path`` matches one of the glob ``patterns`` (as a whole path or any trailing part of it).

    ``*.md``, ``archive/*``, ``草稿*`` and ``reports/old/*.docx`` behave as in ruff's ``exclude``: a
    pattern without a slash matches a file or folder name anywhere in the path.
    """
    parts = PurePath(path).parts
    text = PurePath(path).as_posix()
    for pattern in patterns:
        pattern = pattern.rstrip("/")
        if "/" in pattern:
            if fnmatch.fnmatch(text, pattern) or fnmatch.fnmatch(text, f"*/{pattern}"):
                return True
        elif any(fnmatch.fnmatch(part, pattern) for part in parts):
            return True
    return False


def discover_targets(paths: Sequence[str], exclude: Sequence[str] = ()) -> list[Target]:
    """Every file to lint, in order: files as given, a folder's supported files sorted, excluded ones left out.

    A file named explicitly is linted even when it matches ``exclude`` (as ruff does without
    ``--force-exclude``); exclusion applies to what folders yield.
    """
    targets: list[Target] = []
    for name in paths:
        if name == "-" and any(target.name == "-" for target in targets):
            continue  # standard input can be read only once
        if name != "-" and Path(name).is_dir():
            found = [p for p in collect_paths(Path(name)) if not matches_any(p.relative_to(name), exclude)]
            if not found:
                targets.append(Target(name, NOTHING_TO_CHECK))
            targets += [Target(str(path)) for path in found]
        else:
            targets.append(Target(name))
    return targets


def _lint_target(
    target: Target,
    settings: ResolvedConfig,
    references: dict[str, str],
    stdin_filename: str | None,
    raise_rule_errors: bool,
    reference_index: str | None = None,
    statistics: bool = True,
) -> _FileOutcome:
    """Load and check one target; every failure becomes a failed report and a one-line message."""
    if target.problem is not None:
        return _FileOutcome(FileReport(target.name, "", error=target.problem), [f"{target.name}: {target.problem}"], True)
    try:
        if target.name == "-":
            doc = load_stdin(stdin_filename, settings.max_file_size)
        else:
            doc = load_document(target.name, settings.max_file_size)
        result = lint_text(
            doc.text,
            settings.rules,
            reference_texts=references,
            reference_archive=_open_archive(reference_index, target.name),
            quote_suppressions=settings.quote_suppressions,
            raise_rule_errors=raise_rule_errors,
            tables=doc.tables,
            statistics=statistics,
        )
    except DocumentError as exc:
        return _FileOutcome(FileReport(exc.path, "", error=exc.reason), [str(exc)], True)
    except Exception as exc:  # one broken file must not hide the others' results
        if raise_rule_errors:
            traceback.print_exc()
        display = (stdin_filename or "-") if target.name == "-" else target.name
        reason = internal_error_message(exc)
        return _FileOutcome(FileReport(display, "", error=reason), [f"{display}: {reason}"], True)
    messages = [f"{doc.path}: 规则 {code} {internal_error_message(exc)}" for code, exc in result.rule_errors]
    report = FileReport(doc.path, doc.text, result.findings, result.statistics, suppressed=len(result.suppressed),
                        locations=word_locations(doc, result.findings))
    return _FileOutcome(report, messages, bool(messages))


def word_locations(doc, findings) -> dict[int, str]:
    """For a .docx, where each finding and related span starts in words a Word user finds (第12段,
    表2 第3行第4列); empty for text files, which are located by line and column."""
    if doc.format != "docx":
        return {}
    offsets = {f.span.start for f in findings} | {r.span.start for f in findings for r in f.related}
    return {offset: doc.location_words(offset) for offset in offsets}


# The worker processes receive the run's settings once, through the pool's initializer.
_WORKER_STATE: tuple | None = None


def _open_archive(reference_index: str | None, name: str):
    if reference_index is None:
        return None
    from draftcheck.archive.search import open_archive  # only with lint --reference*

    return open_archive(reference_index, name)


def _init_worker(*state) -> None:
    global _WORKER_STATE
    _WORKER_STATE = state
    # A worker ends without running atexit handlers: save the patterns it compiled (nothing when the
    # command line's pattern cache is not in use) through multiprocessing's own exit hook.
    from multiprocessing.util import Finalize

    from draftcheck import pattern_cache

    Finalize(None, pattern_cache.save, exitpriority=0)


def _lint_in_worker(target: Target) -> _FileOutcome:
    assert _WORKER_STATE is not None
    return _lint_target(target, *_WORKER_STATE)


def default_jobs() -> int:
    """Every core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS, Windows
        return max(1, os.cpu_count() or 1)


def lint_paths(
    paths: Sequence[str],
    settings: ResolvedConfig,
    *,
    references: dict[str, str] | None = None,
    reference_index: str | None = None,
    stdin_filename: str | None = None,
    exclude: Sequence[str] = (),
    jobs: int | None = None,
    raise_rule_errors: bool = False,
    statistics: bool = True,
) -> LintRun:
    """Lint every file under ``paths`` with ``settings``; ``jobs`` processes (default: every core).

    ``reference_index`` is the path of an archive index (``draftcheck index``) that DC401 looks for
    carried-over passages in. Standard input and single files are checked in this process; several files are spread over a process
    pool, largest first, and the reports come back in the order of ``discover_targets``. ``statistics=False``
    (``lint`` without ``--statistics``) leaves each report's relation statistics empty.
    """
    targets = discover_targets(paths, exclude)
    references = references or {}
    workers = min(jobs or default_jobs(), len(targets))
    if workers <= 1 or any(t.name == "-" for t in targets):
        outcomes = [_lint_target(t, settings, references, stdin_filename, raise_rule_errors, reference_index, statistics)
                    for t in targets]
    else:
        state = (settings, references, stdin_filename, raise_rule_errors, reference_index, statistics)
        outcomes = _lint_in_pool(targets, state, workers)
    run = LintRun([o.report for o in outcomes], rules=[type(rule) for rule in settings.rules])
    run.messages = [m for o in outcomes for m in o.messages]
    run.input_error = any(o.failed for o in outcomes)
    return run


def _size(target: Target) -> int:
    try:
        return os.path.getsize(target.name)
    except OSError:
        return 0


# A short passage touching what the rules load on their first text (relation finders, lexicons, term
# tables, the patterns compiled on first use).
_WARM_UP_TEXT = (
    "一、2023年工作回顾\n全市实现地区生产总值1200亿元，同比增长5.2%，其中第一产业120亿元、第二产业480亿元、"
    "第三产业600亿元，分别增长3%、6%和5%。新建项目12个，完成投资86.5亿元，占年度计划的108%。\n"
    "二、2024年工作安排\n（一）推进重点项目建设。全年新增就业1.2万人，比上年多2000人。\n"
)


def _load_lazy_tables(rules) -> None:
    """Lint a short passage in the parent before the workers fork: what the rules load on their first
    text is then loaded once and shared by every worker (copy-on-write) instead of once per worker."""
    try:
        lint_text(_WARM_UP_TEXT, rules)
    except Exception:  # a rule that fails here fails again, and is reported, on the real files
        pass


def _lint_in_pool(targets, state: tuple, workers: int) -> list[_FileOutcome]:
    import multiprocessing  # imported here: a run over one file never pays for it
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the imported rules and compiled patterns with the workers; spawn where there is no fork.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    order = sorted(range(len(targets)), key=lambda i: -_size(targets[i]))
    _load_lazy_tables(state[0].rules)
    outcomes: list[_FileOutcome | None] = [None] * len(targets)
    # The workers' collector leaves the objects they inherit alone (and the memory pages holding them
    # shared) when the parent's objects are frozen before the fork; the parent unfreezes them after.
    gc.freeze()
    try:
        with ProcessPoolExecutor(
            max_workers=workers,
            mp_context=context,
            initializer=_init_worker,
            initargs=state,
        ) as pool:
            futures = {i: pool.submit(_lint_in_worker, targets[i]) for i in order}
            for i, future in futures.items():
                outcomes[i] = future.result()
    finally:
        gc.unfreeze()
    return [o for o in outcomes if o is not None]
