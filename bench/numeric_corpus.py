"""False-flag and recall benchmark of the numeric rules (DC2xx, DC3xx) on ../shared/corpus.

The corpus holds proofread government reports and statistical bulletins: nearly every numeric
finding there is a false flag. Prints, per folder, findings per 50,000 characters for every rule;
the relations found per kind with their outcomes (consistent / inconsistent / not-checkable, from
``LintResult.statistics``), so recall can be seen and not guessed; and the time per document.
``--show`` lists every finding (or those of one code) in its context with its message.

Target (issue 3): at most 1 numeric finding per 50,000 characters on ``national-gwr-wikisource/``
and ``provincial-gwr-2025/``.

usage: python bench/numeric_corpus.py [--corpus DIR] [--rules DC201,DC202,...] [--show [CODE]]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from draftcheck.engine import lint_text
from draftcheck.rules import all_rules, find_rule

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
PER_CHARS = 50_000
TARGET_FOLDERS = ("national-gwr-wikisource", "provincial-gwr-2025")


def numeric_codes() -> list[str]:
    return [cls.code for cls in all_rules() if cls.code.startswith(("DC2", "DC3"))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rules", default=None, help="comma-separated codes (default: every DC2xx/DC3xx rule)")
    parser.add_argument("--folders", default=None, help="comma-separated folder names (default: all)")
    parser.add_argument("--show", nargs="?", const="all", default=None, help="print findings (all, or one code)")
    parser.add_argument("--relations", default=None, metavar="KIND",
                        help="list every relation of KIND (sum, share-sum ...) with its outcome, to inspect recall")
    args = parser.parse_args(argv)

    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    codes = args.rules.split(",") if args.rules else numeric_codes()
    rules = []
    for code in codes:
        cls = find_rule(code.strip())
        if cls is None:
            print(f"unknown rule: {code}", file=sys.stderr)
            return 2
        rules.append(cls)
    codes = [cls.code for cls in rules]
    wanted = set(args.folders.split(",")) if args.folders else None

    counts: dict[str, Counter] = {}
    sizes: Counter = Counter()
    documents: Counter = Counter()
    seconds: Counter = Counter()
    statistics: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    slowest = (0.0, "")
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        if wanted and folder.name not in wanted:
            continue
        counts[folder.name] = Counter()
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            sizes[folder.name] += len(text)
            documents[folder.name] += 1
            started = time.process_time()
            result = lint_text(text, [cls() for cls in rules])
            spent = time.process_time() - started
            seconds[folder.name] += spent
            slowest = max(slowest, (spent, f"{folder.name}/{path.name}"))
            if args.relations:
                _print_relations(text, f"{folder.name}/{path.name}", args.relations)
            for kind, outcomes in result.statistics.items():
                statistics[folder.name][kind].update(outcomes)
            for finding in result.findings:
                counts[folder.name][finding.code] += 1
                if args.show in ("all", finding.code):
                    s, e = finding.span.start, finding.span.end
                    context = (text[max(0, s - 30) : s] + "【" + text[s:e] + "】" + text[e : e + 30]).replace("\n", "⏎")
                    print(f"{finding.code} {folder.name}/{path.name}: {context}\n    {finding.message}")

    print()
    print(f"{'findings per 50,000 chars':32} {'chars':>9} " + " ".join(f"{code:>7}" for code in codes) + f" {'all':>7}")
    for folder, counter in counts.items():
        per = PER_CHARS / max(sizes[folder], 1)
        cells = " ".join(f"{counter[code] * per:7.2f}" for code in codes)
        mark = "  <- target <= 1.00" if folder in TARGET_FOLDERS else ""
        print(f"{folder:32} {sizes[folder]:>9} {cells} {sum(counter.values()) * per:7.2f}{mark}")
    print(f"{'(raw counts)':32} {'':>9} " + " ".join(f"{sum(c[code] for c in counts.values()):7d}" for code in codes))

    print()
    print(f"{'relations per kind':32} {'kind':>14} {'consistent':>11} {'inconsistent':>13} {'not-checkable':>14}")
    for folder, kinds in statistics.items():
        for kind in sorted(kinds):
            outcome = kinds[kind]
            print(f"{folder:32} {kind:>14} {outcome['consistent']:>11} {outcome['inconsistent']:>13} "
                  f"{outcome['not-checkable']:>14}")

    print()
    print(f"{'time (process CPU)':32} {'docs':>5} {'total s':>8} {'ms/doc':>8} {'ms/20k chars':>13}")
    for folder in counts:
        ms_doc = 1000 * seconds[folder] / max(documents[folder], 1)
        ms_20k = 1000 * seconds[folder] * 20_000 / max(sizes[folder], 1)
        print(f"{folder:32} {documents[folder]:>5} {seconds[folder]:8.2f} {ms_doc:8.1f} {ms_20k:13.1f}")
    print(f"slowest document: {slowest[1]} ({slowest[0] * 1000:.0f} ms)")
    return 0


def _print_relations(text: str, name: str, kind: str) -> None:
    from draftcheck.numbers.relations import find_relations
    from draftcheck.rules.base import CheckContext

    for relation in find_relations(CheckContext(text)):
        if relation.kind == kind:
            s, e = relation.start, relation.end
            context = (text[max(0, s - 30) : s] + "【" + text[s:e] + "】" + text[e : e + 50]).replace("\n", "⏎")
            parts = " ".join(f"{label}={text[a:b]}" for label, a, b in relation.related[1:])
            print(f"{relation.outcome.value:14} {name}: {context}\n{'':14} {parts}")


if __name__ == "__main__":
    raise SystemExit(main())
