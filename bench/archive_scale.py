"""Archive scale: ../shared/corpus replicated to 1,000 documents (about 20M characters), indexed.

Each replica of a corpus report is lightly perturbed (seeded): about 10% of its paragraphs dropped,
a third of the rest with new figures, two paragraphs swapped, the title's year moved), so no two
documents are identical and every passage stands in about nine of them — an office archive where
each year's report carries over much of the last. Measured, for archives of 125, 250, 500 and
1,000 documents (issue 12 targets at 1,000: build ≤ 60 s on 2 cores, one 20,000-character report
against the index ≤ 1 s):

- index build: wall-clock seconds of ``index_files`` with ``--jobs`` worker processes (loading,
  normalising, sketching in the workers; SQLite inserts in the parent), as ``draftcheck index build``;
- query: wall-clock seconds to open the index and run DC401 over a 20,000-character report made
  from a perturbed corpus report (so it carries over passages from about nine archived documents),
  best of ``--repeat``;
- index size on disk, and band rows;
- CPU seconds, which a loaded machine disturbs far less than wall-clock time: the writing process's
  and the workers' (``RUSAGE_CHILDREN``), and from them an unloaded 2-core estimate of the build
  (the writer is serial, the workers share the cores: max(writer, total / jobs)); the query's;
- growth exponents: slope of log(measure) over log(documents).

Nothing is asserted; the figures are printed (the machine may be shared: say how loaded it was).

usage: python bench/archive_scale.py [--corpus DIR] [--sizes 125,250,500,1000] [--jobs 2] [--repeat 3] [--keep DIR]
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from draftcheck.archive.build import index_files
from draftcheck.archive.search import Archive
from draftcheck.archive.store import ArchiveStore
from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
BUILD_TARGET = 60.0
QUERY_TARGET = 1.0
REPORT_CHARS = 20_000
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def perturb(text: str, rng: random.Random, shift: int) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return text
    title, body = lines[0], lines[1:]
    title = _YEAR.sub(lambda m: str(int(m.group()) + shift), title, count=1)
    body = [line for line in body if rng.random() >= 0.1]
    body = [_DIGIT.sub(lambda _: str(rng.randrange(10)), line) if rng.random() < 0.33 else line for line in body]
    if len(body) > 3:
        i, j = rng.sample(range(len(body)), 2)
        body[i], body[j] = body[j], body[i]
    return "\n".join([title, *body]) + "\n"


def replicate(corpus: list[Path], count: int, folder: Path) -> int:
    rng = random.Random(20261206)
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    chars = 0
    for number in range(count):
        source = number % len(texts)
        text = texts[source] if number < len(texts) else perturb(texts[source], rng, number // len(texts))
        (folder / f"{number:04d}-{corpus[source].stem}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def query_report(corpus: list[Path]) -> str:
    """A 20,000-character report: a perturbed corpus report, cut or repeated to length."""
    rng = random.Random(7)
    texts = sorted((p.read_text(encoding="utf-8") for p in corpus), key=lambda t: abs(len(t) - REPORT_CHARS))
    text = perturb(texts[0], rng, 1)
    while len(text) < REPORT_CHARS:
        text += perturb(texts[1], rng, 1)
    return text[:REPORT_CHARS]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def slope(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-9)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly)) / sum((a - mx) ** 2 for a in lx)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sizes", default="125,250,500,1000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the replicated archive and indexes here and keep them")
    args = parser.parse_args()
    corpus = sorted(args.corpus.glob("*/*.txt"))
    if not corpus:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    sizes = [int(s) for s in args.sizes.split(",")]
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    report = query_report(corpus)
    rule = find_rule("DC401")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; cores: {os.cpu_count()}; jobs: {args.jobs}")
    print(
        f"{'documents':>9} {'Mchars':>7} {'build s':>8} {'query s':>8} {'findings':>8} {'MB':>7} {'band rows':>10}"
        f" {'writer cpu':>9} {'workers cpu':>9} {'2-core est':>9} {'query cpu':>8}"
    )
    rows = []
    try:
        for size in sizes:
            folder = work / f"archive-{size}"
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            chars = replicate(corpus, size, folder)
            index = work / f"archive-{size}.dcidx"
            index.unlink(missing_ok=True)
            started, parent_cpu, children_cpu = time.perf_counter(), time.process_time(), _children_cpu()
            store = ArchiveStore.create(index)
            index_files(store, sorted(folder.glob("*.txt")), max_bytes=0, workers=args.jobs)
            bands = store.band_count()
            store.close()
            build = time.perf_counter() - started
            parent_cpu = time.process_time() - parent_cpu
            workers_cpu = _children_cpu() - children_cpu
            best, best_cpu, findings = math.inf, math.inf, 0
            for _ in range(args.repeat):
                started, cpu = time.perf_counter(), time.process_time()
                archive = Archive(ArchiveStore.open(index))
                findings = len(lint_text(report, [rule()], reference_archive=archive).findings)
                best = min(best, time.perf_counter() - started)
                best_cpu = min(best_cpu, time.process_time() - cpu)
                archive.store.close()
            megabytes = index.stat().st_size / 1048576
            # Unloaded 2-core estimate: the writer is serial, the workers share the cores.
            estimate = max(parent_cpu, (parent_cpu + workers_cpu) / args.jobs)
            rows.append((size, chars, build, best, megabytes, estimate, best_cpu))
            print(
                f"{size:>9} {chars / 1e6:>7.2f} {build:>8.2f} {best:>8.3f} {findings:>8} {megabytes:>7.1f} {bands:>10}"
                f" {parent_cpu:>9.1f} {workers_cpu:>9.1f} {estimate:>9.1f} {best_cpu:>8.3f}",
                flush=True,
            )
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    if len(rows) >= 2:
        docs = [r[0] for r in rows]
        print(
            f"growth exponents over {docs[0]}-{docs[-1]} documents: build {slope(docs, [r[2] for r in rows]):.2f} "
            f"(CPU estimate {slope(docs, [r[5] for r in rows]):.2f}), query {slope(docs, [r[3] for r in rows]):.2f} "
            f"(CPU {slope(docs, [r[6] for r in rows]):.2f}), size {slope(docs, [r[4] for r in rows]):.2f}"
        )
    last = rows[-1]
    print(
        f"at {last[0]} documents: build {last[2] / BUILD_TARGET:.2f} of the {BUILD_TARGET:.0f} s target "
        f"({last[5] / BUILD_TARGET:.2f} by CPU estimate), query {last[3] / QUERY_TARGET:.2f} of the "
        f"{QUERY_TARGET:.0f} s target ({last[6] / QUERY_TARGET:.2f} by CPU)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
