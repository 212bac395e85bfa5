"""What DC203 (count-mismatch) flags over ../shared/corpus, per 100,000 characters, with its statistics.

The corpus is real, proofread government reports: nearly every finding there is a false flag.
Target: at most 1 DC203 finding per 100,000 characters on national-gwr-wikisource/ and
provincial-gwr-2025/. The relation statistics show how many counts were tied to a list at all.

usage: python bench/counts_corpus.py [--corpus DIR] [--show] [--consistent]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from draftcheck.numbers.relation import Outcome
from draftcheck.numbers.relations import counts
from draftcheck.rules.base import CheckContext

DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print every finding with a little context")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    findings: Counter[str] = Counter()
    chars: Counter[str] = Counter()
    outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    elapsed = 0.0
    for path in sorted(args.corpus.glob("*/*.txt")):
        folder = path.parent.name
        text = path.read_text(encoding="utf-8")
        chars[folder] += len(text)
        started = time.perf_counter()
        # The count finder alone (what DC203 reports), independent of the other relation finders.
        relations = counts.find(CheckContext(text))
        elapsed += time.perf_counter() - started
        outcomes[folder].update(r.outcome.value for r in relations)
        for relation in relations:
            if relation.outcome is not Outcome.INCONSISTENT:
                continue
            findings[folder] += 1
            if args.show:
                s, e = relation.start, relation.end
                context = (text[max(0, s - 20) : s] + "【" + text[s:e] + "】" + text[e : e + 20]).replace("\n", "⏎")
                print(f"{folder}/{path.name}:{s}: {context}\n    {relation.message}")

    print(f"{'folder':32} {'chars':>9} {'DC203':>6} {'/100k':>6}  relations (consistent / inconsistent / not checkable)")
    for folder in sorted(chars):
        per = findings[folder] * 100_000 / chars[folder]
        o = outcomes[folder]
        print(
            f"{folder:32} {chars[folder]:>9} {findings[folder]:>6} {per:>6.2f}  "
            f"{o['consistent']} / {o['inconsistent']} / {o['not-checkable']}"
        )
    print(f"total {sum(chars.values())} chars in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
