"""Load and analyse report files (in worker processes), and bring an index up to date with them."""

from __future__ import annotations

import glob
import re
import hashlib
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.archive import minhash
from draftcheck.text.sentence_units import SENTENCE_END, split_units
from draftcheck.archive.store import AnalysedDocument, ArchiveStore, compress
from draftcheck.document import SUPPORTED_SUFFIXES, DocumentError, collect_paths, load_document
from draftcheck.text.report_period import report_period

_GLOB_CHARS = set("*?[")
_TITLE_MARKUP = re.compile(r"^[#\s\u3000*]+|[*\s\u3000]+$")


class ArchiveInputError(Exception):
    """A path argument that names nothing to index (one Chinese line)."""


def expand_paths(arguments: Iterable[str]) -> list[Path]:
    """Files named by ``arguments``: files, folders (every report under them) and glob patterns."""
    found: list[Path] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            files = collect_paths(path)
            if not files:
                raise ArchiveInputError(f"{argument}: 目录中没有可索引的文件（.txt、.md、.docx）")
            found += files
        elif path.exists():
            found.append(path)
        elif _GLOB_CHARS & set(argument):
            matches = sorted(Path(m) for m in glob.glob(argument, recursive=True))
            files = []
            for match in matches:
                if match.is_dir():
                    files += collect_paths(match)
                elif match.suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(match)
            if not files:
                raise ArchiveInputError(f"{argument}: 没有匹配的 .txt、.md、.docx 文件；请检查通配符")
            found += files
        else:
            what = "目录" if argument.endswith(("/", os.sep)) else "文件"
            raise ArchiveInputError(f"{argument}: {what}不存在；请检查路径是否写对")
    unique: dict[str, Path] = {}
    for path in found:
        unique.setdefault(str(path.resolve()), path)
    return list(unique.values())


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def analyse_text(text: str, path: str, sha256: str) -> AnalysedDocument:
    period = report_period(text)
    units = split_units(text)
    return AnalysedDocument(
        path=path,
        title=title_of(text, Path(path).stem),
        year=period.year,
        half_year=period.half_year,
        sha256=sha256,
        text=text,
        units=[(unit.paragraph, unit.start, unit.end) for unit in units],
        band_keys=[minhash.band_keys(minhash.signature(unit.normalised)) for unit in units],
    )


def analyse_file(job: tuple[str, int]) -> AnalysedDocument | str:
    """Worker: load and analyse one file; a DocumentError comes back as its one-line message."""
    name, max_bytes = job
    try:
        doc = load_document(name, max_bytes)
    except DocumentError as exc:
        return str(exc)
    analysed = analyse_text(doc.text, str(Path(name).resolve()), file_hash(Path(name)))
    analysed.compressed, analysed.chars = compress(analysed.text), len(analysed.text)
    stat = Path(name).stat()
    analysed.size, analysed.mtime_ns = stat.st_size, stat.st_mtime_ns
    analysed.text = ""  # only the compressed text travels back to the writing process
    return analysed


def stale_documents(store: ArchiveStore, *, hashing: bool) -> tuple[list[str], list[str]]:
    """(changed, missing) stored documents. Without ``hashing``, a file counts as changed when its
    size or modification time differs (a stat per file: cheap enough for every lint); with it, when
    its SHA-256 differs."""
    changed, missing = [], []
    for record in store.documents():
        path = Path(record.path)
        try:
            stat = path.stat()
        except OSError:
            missing.append(record.path)
            continue
        if hashing:
            if file_hash(path) != record.sha256:
                changed.append(record.path)
        elif (stat.st_size, stat.st_mtime_ns) != (record.size, record.mtime_ns):
            changed.append(record.path)
    return changed, missing


@dataclass
class BuildReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    errors: list[str] = field(default_factory=list)


def index_files(
    store: ArchiveStore,
    files: list[Path],
    *,
    max_bytes: int,
    skip_unchanged: bool = False,
    drop_missing: bool = False,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> BuildReport:
    """Add ``files`` to ``store`` (a file stored before is replaced). ``skip_unchanged`` leaves files
    stored with the same SHA-256 alone; ``drop_missing`` removes stored documents whose file no
    longer exists (``index build --update`` does both, ``index add`` only the first). Commits once."""
    report = BuildReport()
    stored = {doc.path: doc for doc in store.documents()}
    jobs = []
    for path in files:
        name = str(path.resolve())
        if skip_unchanged and name in stored:
            try:
                if stored[name].sha256 == file_hash(path):
                    report.unchanged += 1
                    continue
            except OSError:
                pass
        jobs.append(name)
    if drop_missing:
        for name in stored:
            if not Path(name).exists():
                store.remove(name)
                report.removed.append(name)
    workers = workers or os.cpu_count() or 1
    done = 0
    if progress:
        progress(done, len(jobs))
    results: Iterable[AnalysedDocument | str]
    if workers > 1 and len(jobs) > 1:
        pool = ProcessPoolExecutor(max_workers=min(workers, len(jobs)))
        results = pool.map(analyse_file, [(name, max_bytes) for name in jobs], chunksize=4)
    else:
        pool = None
        results = (analyse_file((name, max_bytes)) for name in jobs)
    try:
        for result in results:
            done += 1
            if isinstance(result, str):
                report.errors.append(result)
            else:
                (report.updated if result.path in stored else report.added).append(result.path)
                store.add(result)
            if progress:
                progress(done, len(jobs))
    finally:
        if pool is not None:
            pool.shutdown()
    store.commit()
    return report


def title_of(text: str, fallback: str) -> str:
    """The report's title: its first non-empty line when it is short, else ``fallback`` (the file name)."""
    for line in text.splitlines():
        line = _TITLE_MARKUP.sub("", line)
        if line:
            line = line.strip("《》")
            return line if len(line) <= 60 and not SENTENCE_END.search(line) else fallback
    return fallback
