"""Snapshot every finding on ../shared/corpus and ../shared/seeds, to prove a refactor changes none.

Lints each ``*.txt`` under the corpus and the seeds with every rule (``all_rules()``, drafts-only
ones included) through the Python API and records, per file, each finding's code, span, severity,
message, suggestion and related spans, plus the relation statistics. ``--save`` writes the snapshot;
``--compare`` re-lints and reports every file whose findings differ (exit status 1 if any does).

usage: python bench/findings_snapshot.py (--save | --compare) [--snapshot FILE] [--shared DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from draftcheck.engine import lint_text
from draftcheck.rules import all_rules

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
# one snapshot per checkout (gitignored), so parallel worktrees never overwrite each other's baseline
DEFAULT_SNAPSHOT = Path(__file__).resolve().parents[1] / ".draftcheck-cache" / "findings_snapshot.json"


def snapshot_of(text: str) -> dict:
    result = lint_text(text, [cls() for cls in all_rules()])
    return {
        "findings": [
            {
                "code": f.code,
                "span": [f.span.start, f.span.end],
                "severity": str(f.severity),
                "message": f.message,
                "suggestion": f.suggestion,
                "related": [[r.label, r.span.start, r.span.end] for r in f.related],
            }
            for f in result.findings + result.suppressed
        ],
        "statistics": result.statistics,
    }


def snapshot_all(shared: Path) -> dict[str, dict]:
    files = sorted((shared / "corpus").glob("**/*.txt")) + sorted((shared / "seeds").glob("**/*.txt"))
    return {str(path.relative_to(shared)): snapshot_of(path.read_text(encoding="utf-8")) for path in files}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", action="store_true")
    mode.add_argument("--compare", action="store_true")
    parser.add_argument("--snapshot", type=Path, default=DEFAULT_SNAPSHOT)
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"shared folder not found: {args.shared}", file=sys.stderr)
        return 2
    current = snapshot_all(args.shared)
    total = sum(len(entry["findings"]) for entry in current.values())
    if args.save:
        args.snapshot.parent.mkdir(parents=True, exist_ok=True)
        args.snapshot.write_text(json.dumps(current, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
        print(f"saved {total} findings in {len(current)} files to {args.snapshot}")
        return 0
    saved = json.loads(args.snapshot.read_text(encoding="utf-8"))
    current = json.loads(json.dumps(current, ensure_ascii=False, sort_keys=True))
    differing = sorted(name for name in saved.keys() | current.keys() if saved.get(name) != current.get(name))
    for name in differing:
        before = saved.get(name, {}).get("findings", [])
        after = current.get(name, {}).get("findings", [])
        print(f"DIFFERS {name}: {len(before)} -> {len(after)} findings")
        for finding in [f for f in before if f not in after][:5]:
            print(f"  - {finding['code']} {finding['span']} {finding['message']}")
        for finding in [f for f in after if f not in before][:5]:
            print(f"  + {finding['code']} {finding['span']} {finding['message']}")
    print(f"{len(current) - len(differing)}/{len(current)} files identical ({total} findings now)")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
