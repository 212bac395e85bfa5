"""Held-out false-flag benchmark of DC503's mined lexicon: lint reports the lexicon was NOT built from.

``bench/lexical_corpus.py`` lints ../shared/corpus with lexicons mined from that same corpus, so a
near-miss test that only fires on runs the corpus never writes can never fire there: it measures
nothing about a new rule's precision on new text. This bench splits the proofread corpus in two
halves (alternate files in path order), rebuilds every lexicon from one half with
``scripts/build_lexicons.py`` into a private copy of the package, and lints the other half with DC503
alone; then the other way round. Each finding is on proofread text the lexicon never saw, so nearly
every one is a false flag of the kind a fresh report would get (a finding may also be a real slip of
the published text: read them with --show).

Prints DC503 findings per 50,000 characters on each held-out half, and the findings with --show.

usage: python bench/term_holdout.py [--corpus DIR] [--show] [--work DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
PER_CHARS = 50_000
NOT_REPORTS = {"SOURCES.md", "README.md", "LICENSE.md"}


def halves(corpus: Path) -> tuple[list[Path], list[Path]]:
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix in {".txt", ".md", ".docx"} and p.name not in NOT_REPORTS)
    return files[0::2], files[1::2]


def link_folder(folder: Path, files: list[Path], corpus: Path) -> None:
    for path in files:
        target = folder / path.relative_to(corpus)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--show", action="store_true", help="print every finding")
    parser.add_argument("--work", type=Path, help="keep the split and the built packages here")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="term_holdout_"))
    first, second = halves(args.corpus)
    total_findings = total_chars = 0
    for name, built_from, held_out in (("A", first, second), ("B", second, first)):
        side = work / name
        if side.exists():
            shutil.rmtree(side)
        train, test, package = side / "train", side / "test", side / "pkg"
        link_folder(train, built_from, args.corpus)
        link_folder(test, held_out, args.corpus)
        shutil.copytree(ROOT / "src" / "draftcheck", package / "draftcheck", ignore=shutil.ignore_patterns("__pycache__"))
        env = dict(os.environ, PYTHONPATH=str(package))
        lexicon = package / "draftcheck" / "lexicon"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "build_lexicons.py"), "--corpus", str(train), "--out", str(lexicon)],
                       check=True, env=env, capture_output=True)
        script = (
            "import sys, json\n"
            "from pathlib import Path\n"
            "from draftcheck.engine import lint_text\n"
            "from draftcheck.rules import find_rule\n"
            "from draftcheck.document.loader import collect_paths, load_document\n"
            "rule = find_rule('DC503')()\n"
            "out = []\n"
            "for path in collect_paths(Path(sys.argv[1])):\n"
            "    text = load_document(path, max_bytes=0).text\n"
            "    found = lint_text(text, [rule]).findings\n"
            "    out.append([str(path), len(text), [[f.span.start, f.span.end, f.message] for f in found]])\n"
            "print(json.dumps(out, ensure_ascii=False))\n"
        )
        proc = subprocess.run([sys.executable, "-c", script, str(test)], check=True, env=env, capture_output=True, text=True,
                              cwd=str(side))
        import json

        rows = json.loads(proc.stdout)
        chars = sum(r[1] for r in rows)
        count = sum(len(r[2]) for r in rows)
        total_findings += count
        total_chars += chars
        print(f"half {name}: lexicon from {len(built_from)} files, {len(held_out)} held out, {chars} chars, "
              f"{count} DC503 findings = {count * PER_CHARS / max(chars, 1):.2f} per {PER_CHARS:,}")
        if args.show:
            for path, _, found in rows:
                text = Path(path).read_text(encoding="utf-8", errors="replace") if path.endswith((".txt", ".md")) else ""
                for start, end, message in found:
                    context = text[max(0, start - 12) : end + 12].replace("\n", " ") if text else ""
                    print(f"  {Path(path).name}:{start} [{context}] {message}")
    print(f"held out, both halves: {total_findings} findings = {total_findings * PER_CHARS / max(total_chars, 1):.2f} per {PER_CHARS:,} chars")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
