"""False-flag benchmark of the lexical rules (DC101, DC102, DC503, DC504) on ../shared/corpus.

The corpus holds proofread government reports, so nearly every finding of these rules there is a
false flag -- except web-residue in ``provincial-gwr-2026-scraped/``, a raw web scrape whose page
chrome is real residue. Prints findings per 50,000 characters for every rule and folder, and with
``--show`` each finding in its context, so a change to a rule can be judged by what it flags.

usage: python bench/lexical_corpus.py [--corpus DIR] [--rules DC101,DC102,...] [--show [CODE]]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_RULES = ("DC101", "DC102", "DC503", "DC504")
PER_CHARS = 50_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rules", default=",".join(DEFAULT_RULES))
    parser.add_argument("--show", nargs="?", const="all", default=None, help="print findings (all, or one code)")
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rules = []
    for code in args.rules.split(","):
        cls = find_rule(code.strip())
        if cls is None:
            print(f"unknown rule: {code}", file=sys.stderr)
            return 2
        rules.append(cls)
    codes = [cls.code for cls in rules]

    counts: dict[str, Counter] = {}
    sizes: Counter = Counter()
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        counts[folder.name] = Counter()
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            sizes[folder.name] += len(text)
            for finding in lint_text(text, [cls() for cls in rules]).findings:
                counts[folder.name][finding.code] += 1
                if args.show in ("all", finding.code):
                    s, e = finding.span.start, finding.span.end
                    context = (text[max(0, s - 15) : s] + "【" + text[s:e] + "】" + text[e : e + 15]).replace("\n", "⏎")
                    print(f"{finding.code} {folder.name}/{path.name}: {context}")

    header = f"{'folder':32} {'chars':>9} " + " ".join(f"{code:>13}" for code in codes)
    print(header)
    for folder, counter in counts.items():
        scale = PER_CHARS / max(1, sizes[folder])
        cells = " ".join(f"{counter[code]:5} ({counter[code] * scale:5.2f})" for code in codes)
        print(f"{folder:32} {sizes[folder]:9} {cells}")
    print(f"(count, and per {PER_CHARS:,} characters in parentheses)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
