"""Speed benchmark: a 20,000-character report, the whole corpus, and how time grows with size.

Issue 3 targets, single process: a 20,000-character report lints in under 0.1 s of processing and
the whole ../shared/corpus in under 5 s. Times are process CPU seconds (``time.process_time``), the
best of ``--repeat`` runs, for every default rule and for the numeric rules (DC2xx, DC3xx) alone.
The growth exponent is the slope of log(time) over log(size) for texts of 5k to 80k characters cut
from the corpus: 1.0 is linear, 2.0 would mean a quadratic step somewhere.

usage: python bench/speed.py [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

from draftcheck.engine import default_rules, lint_text
from draftcheck.rules import all_rules

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
REPORT_CHARS = 20_000
SIZES = (5_000, 10_000, 20_000, 40_000, 80_000)


def numeric_rules():
    return [cls() for cls in all_rules() if cls.code.startswith(("DC2", "DC3"))]


def best_time(text: str, make_rules, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        rules = make_rules()
        started = time.process_time()
        lint_text(text, rules)
        best = min(best, time.process_time() - started)
    return best


def growth_exponent(sizes, seconds) -> float:
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in seconds]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    documents = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*/*.txt"))]
    pool = "\n".join(documents)
    rule_sets = (("all rules", default_rules), ("numeric rules", numeric_rules))

    report = pool[:REPORT_CHARS]
    print(f"{'':24} {'20k-char report':>16} {'whole corpus':>13}   (target < 0.1 s / < 5 s)")
    for name, make_rules in rule_sets:
        one = best_time(report, make_rules, args.repeat)
        started = time.process_time()
        for text in documents:
            lint_text(text, make_rules())
        whole = time.process_time() - started
        print(f"{name:24} {one:15.3f}s {whole:12.2f}s   ({len(documents)} documents, {len(pool):,} chars)")

    print()
    print(f"{'growth over size':24} " + " ".join(f"{size // 1000:>6}k" for size in SIZES) + "  exponent")
    for name, make_rules in rule_sets:
        seconds = [best_time(pool[:size], make_rules, args.repeat) for size in SIZES]
        cells = " ".join(f"{t * 1000:6.0f}ms" for t in seconds)
        print(f"{name:24} {cells}  {growth_exponent(SIZES, seconds):6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
