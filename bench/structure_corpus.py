"""Count what the structure and wording rules (DC401-DC404, DC501, DC502) flag over ../shared/corpus.

The corpus is real, proofread government reports: nearly every finding there is a false flag
(provincial-gwr-2026-scraped/ is a raw web scrape and may hold a few true ones).

usage: python bench/structure_corpus.py [--corpus DIR] [--rules DC401,DC402] [--show] [--time]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

STRUCTURE_RULES = ("DC401", "DC402", "DC403", "DC404", "DC501", "DC502")
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rules", default=",".join(STRUCTURE_RULES))
    parser.add_argument("--show", action="store_true", help="list every finding with a little context")
    parser.add_argument("--time", action="store_true", help="report the slowest documents")
    args = parser.parse_args()

    rules = []
    for code in args.rules.split(","):
        cls = find_rule(code.strip())
        if cls is None:
            print(f"skipping unknown rule {code}", file=sys.stderr)
            continue
        rules.append(cls())
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2

    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    chars: dict[str, int] = defaultdict(int)
    timings: list[tuple[float, str]] = []
    for path in sorted(args.corpus.glob("*/*.txt")):
        folder = path.parent.name
        text = path.read_text(encoding="utf-8")
        chars[folder] += len(text)
        started = time.perf_counter()
        result = lint_text(text, rules)
        timings.append((time.perf_counter() - started, f"{folder}/{path.name} ({len(text)} chars)"))
        for finding in result.findings:
            counts[folder][finding.code] += 1
            if args.show:
                s, e = finding.span.start, finding.span.end
                context = (text[max(0, s - 15) : s] + "【" + text[s:e] + "】" + text[e : e + 15]).replace("\n", "⏎")
                print(f"{finding.code} {folder}/{path.name}:{s}: {context}\n    {finding.message}")

    codes = [rule.code for rule in rules]
    print(f"\n{'folder':34} {'kchars':>7} " + " ".join(f"{code:>6}" for code in codes) + "   (findings per 50k chars)")
    for folder in sorted(chars):
        per = 50_000 / chars[folder]
        row = " ".join(f"{counts[folder][code] * per:6.2f}" for code in codes)
        raw = " ".join(str(counts[folder][code]) for code in codes)
        print(f"{folder:34} {chars[folder] // 1000:7d} {row}   raw: {raw}")
    if args.time:
        for seconds, name in sorted(timings, reverse=True)[:5]:
            print(f"{seconds * 1000:8.1f} ms  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
