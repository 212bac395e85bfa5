#!/usr/bin/env python3
"""Score draftcheck on a blind set: planted errors (recall by family) and look-alike traps.

A blind set is a folder of paragraph files written by someone who has not read the code:

    *_excerpts.jsonl  {"id", "text", "trap"}: trap is null for a paragraph with planted errors,
                      or the family slug whose look-alike the paragraph is (it must stay clean)
    *_labels.jsonl    {"doc", "family", "quote", "note", "arguable"}: one planted error each;
                      the quote occurs exactly once in its paragraph

Every paragraph is written to a temporary folder and linted in ONE run (`CMD lint DIR --format json
--isolated`). A label is found when a finding overlaps its quote widened by 10 characters on each side,
as ../shared/realweb/score.py counts. A trap is flagged when any finding falls in it.

    recall     found non-arguable labels / non-arguable labels (micro), and per family
    macro      mean per-family recall
    traps      trap paragraphs with any finding / trap paragraphs, per family
    precision  findings on error paragraphs that overlap a label / findings on error paragraphs

Usage: python3 bench/blind/score.py SET_DIR [--cmd .venv/bin/draftcheck] [--verbose] [--json OUT]
Record a first-look score in bench/blind/RESULTS.md with its date before anyone reads the misses.
"""

from __future__ import annotations

import argparse
import collections
import json
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

SLACK = 10


def load_jsonl(paths: list[Path]) -> list[dict]:
    rows: list[dict] = []
    for path in paths:
        rows.extend(json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return rows


def lint_all(cmd: str, docs: list[dict]) -> dict[str, list[tuple[int, int, dict]]]:
    """Lint every paragraph in one process; findings per paragraph id as (start, end, issue)."""
    with tempfile.TemporaryDirectory(prefix="blind_") as tmp:
        for doc in docs:
            Path(tmp, doc["id"] + ".txt").write_text(doc["text"], encoding="utf-8")
        argv = shlex.split(cmd) + ["lint", tmp, "--format", "json", "--isolated", "--exit-zero"]
        proc = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8")
        try:
            data = json.loads(proc.stdout)
        except json.JSONDecodeError:
            sys.exit(f"could not parse the JSON output (exit {proc.returncode}): {proc.stderr[:500]}")
    findings: dict[str, list[tuple[int, int, dict]]] = collections.defaultdict(list)
    for file in data.get("files", []):
        doc_id = Path(file["path"]).stem
        for issue in file.get("issues") or []:
            span = issue["span"]
            findings[doc_id].append((span["start"], max(span["end"], span["start"] + 1), issue))
    return findings


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dir", type=Path)
    parser.add_argument("--cmd", default=".venv/bin/draftcheck")
    parser.add_argument("--verbose", action="store_true", help="list misses, flagged traps and false flags")
    parser.add_argument("--json", type=Path, help="write the scores as JSON here")
    args = parser.parse_args()

    docs = load_jsonl(sorted(args.set_dir.glob("*_excerpts.jsonl")))
    labels = load_jsonl(sorted(args.set_dir.glob("*_labels.jsonl")))
    texts = {d["id"]: d["text"] for d in docs}
    findings = lint_all(args.cmd, docs)

    positions = []
    for label in labels:
        text = texts[label["doc"]]
        at = text.find(label["quote"])
        if at < 0:
            sys.exit(f"label quote not found in {label['doc']}: {label['quote']!r}")
        positions.append((label, at - SLACK, at + len(label["quote"]) + SLACK))

    per_family: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    missed = []
    for label, lo, hi in positions:
        if label.get("arguable"):
            continue
        hit = any(overlaps(s, e, lo, hi) for s, e, _ in findings.get(label["doc"], []))
        per_family[label["family"]][0] += int(hit)
        per_family[label["family"]][1] += 1
        if not hit:
            missed.append(label)

    traps: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    flagged_traps = []
    n_findings = n_matched = 0
    false_flags = []
    for doc in docs:
        found = findings.get(doc["id"], [])
        if doc.get("trap"):
            traps[doc["trap"]][1] += 1
            if found:
                traps[doc["trap"]][0] += 1
                flagged_traps.append((doc, found))
            continue
        for s, e, issue in found:
            n_findings += 1
            if any(l["doc"] == doc["id"] and overlaps(s, e, lo, hi) for l, lo, hi in positions):
                n_matched += 1
            else:
                false_flags.append((doc, s, e, issue))

    print(f"{'family':20s} {'found':>5s} {'labels':>6s} {'recall':>7s} {'traps':>9s}")
    recalls = []
    for family in sorted(set(per_family) | set(traps)):
        found, total = per_family.get(family, [0, 0])
        flagged, n_traps = traps.get(family, [0, 0])
        recall = found / total if total else float("nan")
        if total:
            recalls.append(recall)
        print(f"{family:20s} {found:5d} {total:6d} {recall:7.3f} {flagged:4d}/{n_traps:<4d}")
    total_found = sum(f for f, _ in per_family.values())
    total_labels = sum(t for _, t in per_family.values())
    total_flagged = sum(f for f, _ in traps.values())
    total_traps = sum(t for _, t in traps.values())
    recall = total_found / total_labels if total_labels else 0.0
    macro = sum(recalls) / len(recalls) if recalls else 0.0
    precision = n_matched / n_findings if n_findings else 1.0
    trap_rate = total_flagged / total_traps if total_traps else 0.0
    if args.verbose:
        for label in missed:
            print(f"  MISSED {label['doc']} {label['family']}: {label['quote']!r}")
        for doc, found in flagged_traps:
            for s, e, issue in found:
                print(f"  TRAP FLAGGED {doc['id']} ({doc['trap']}) {issue['code']}: {doc['text'][s:e]!r} {issue['message']}")
        for doc, s, e, issue in false_flags:
            print(f"  FALSE FLAG {doc['id']} {issue['code']}: {doc['text'][s:e]!r} {issue['message']}")
    print(f"blind recall {recall:.3f} ({total_found}/{total_labels}) macro {macro:.3f} "
          f"precision {precision:.3f} ({n_matched}/{n_findings}) traps flagged {trap_rate:.3f} ({total_flagged}/{total_traps})")
    if args.json:
        args.json.write_text(json.dumps({
            "recall": recall, "macro": macro, "precision": precision, "traps_flagged": trap_rate,
            "families": {f: {"found": v[0], "labels": v[1]} for f, v in per_family.items()},
            "traps": {f: {"flagged": v[0], "total": v[1]} for f, v in traps.items()},
        }, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
