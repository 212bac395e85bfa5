"""CPU of two source trees of draftcheck over the corpus, in one process, alternately document by document.

On a shared machine separate processes disagree by ±20% from run to run, which hides a 10% change. This loads a
base tree (``--base``, e.g. /work/main/src) as a renamed copy of the package (``draftcheck_base``: its imports
rewritten, in a temporary folder) beside the installed tree, and times both on each document in turn, keeping the
best of ``--repeat`` runs of each document: the load's drift falls on both alike. Prints per rule CPU (charged as
``bench/speed.py`` charges it: a shared analysis to the first rule asking for it; "context" is building the
CheckContext), the numeric rules (DC2xx, DC3xx) and all rules together, and ``lint_text`` as a whole, with the
ratio of this tree to the base. Relations are counted for ``--statistics`` only in a tree that counts them always (as
``draftcheck lint`` does without ``--statistics``). Nothing is asserted.

usage: python bench/compare_trees.py --base /work/main/src [--corpus DIR] [--repeat N]
"""

from __future__ import annotations

import argparse
import inspect
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
_IMPORT = re.compile(r"^(\s*)(from|import) draftcheck(?=[.\s]|$)", re.MULTILINE)


def load_base(base: Path, folder: Path):
    """The base tree's engine and rules, imported as ``draftcheck_base``."""
    target = folder / "draftcheck_base"
    shutil.copytree(base / "draftcheck", target, ignore=shutil.ignore_patterns("__pycache__"))
    for path in target.rglob("*.py"):
        path.write_text(_IMPORT.sub(r"\1\2 draftcheck_base", path.read_text(encoding="utf-8")), encoding="utf-8")
    sys.path.insert(0, str(folder))
    import draftcheck_base.engine as engine
    import draftcheck_base.rules as rules

    return engine, rules


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True, help="the src folder of the tree to compare with")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if not (args.base / "draftcheck").is_dir() or not args.corpus.is_dir():
        print(f"not found: {args.base / 'draftcheck'} or {args.corpus}", file=sys.stderr)
        return 2
    import draftcheck.engine as engine
    import draftcheck.rules as rules

    documents = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*/*.txt"))]
    with tempfile.TemporaryDirectory() as folder:
        versions = {"base": load_base(args.base, Path(folder)), "this": (engine, rules)}
        for version_engine, _ in versions.values():
            for text in documents[:3]:  # first use of the lazy tables and patterns
                version_engine.lint_text(text, version_engine.default_rules())
        # (a tree that can leave the statistics out is timed without them, as lint without --statistics runs)
        uncounted = {v: {"statistics": False} if "statistics" in inspect.signature(r.CheckContext).parameters else {}
                     for v, (_, r) in versions.items()}
        per_rule = {v: defaultdict(float) for v in versions}
        whole = dict.fromkeys(versions, 0.0)
        clock = time.process_time
        for text in documents:
            best = {v: defaultdict(lambda: float("inf")) for v in versions}
            for _ in range(args.repeat):
                for v, (version_engine, version_rules) in versions.items():
                    made = version_engine.default_rules()
                    started = clock()
                    version_engine.lint_text(text, made, **uncounted[v])
                    best[v]["lint_text"] = min(best[v]["lint_text"], clock() - started)
                    started = clock()
                    ctx = version_rules.CheckContext(text, **uncounted[v])
                    best[v]["context"] = min(best[v]["context"], clock() - started)
                    for rule in made:
                        started = clock()
                        for _ in rule.check(ctx):
                            pass
                        best[v][rule.code] = min(best[v][rule.code], clock() - started)
            for v in versions:
                whole[v] += best[v].pop("lint_text")
                for key, seconds in best[v].items():
                    per_rule[v][key] += seconds
    print(f"CPU seconds over {len(documents)} documents, per-document best of {args.repeat}, alternated")
    print(f"{'':12} {'base':>7} {'this':>7} {'ratio':>6}")
    for key in sorted(per_rule["base"], key=lambda k: -per_rule["base"][k]):
        a, b = per_rule["base"][key], per_rule["this"].get(key, 0.0)
        if a >= 0.005:
            print(f"{key:12} {a:7.3f} {b:7.3f} {b / a:6.2f}")
    rows = [
        ("DC2xx+DC3xx", lambda k: k.startswith(("DC2", "DC3"))),
        ("all rules", lambda k: True),
    ]
    for label, keep in rows:
        a = sum(s for k, s in per_rule["base"].items() if keep(k))
        b = sum(s for k, s in per_rule["this"].items() if keep(k))
        print(f"{label:12} {a:7.3f} {b:7.3f} {b / a:6.2f}")
    print(f"{'lint_text':12} {whole['base']:7.3f} {whole['this']:7.3f} {whole['this'] / whole['base']:6.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
