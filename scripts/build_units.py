"""Mine the measure words written after numbers (件次, 场次, 份, 例, 篇, 枚, 颗, 轮 ...) into lexicon/units.toml.

``units.toml`` has a hand-written part (the physical units and their dimensions, the common measure
words, the synonyms) and a mined part, the ``[measure_words]`` table after the ``# --- mined`` line,
which this script rewrites. The number reader (``numbers/quantity.py``) builds its unit list from both:
a measure word missing from them leaves its figures without a unit, so ``较上年3926件次减少335件次``
was never read as a difference.

A measure word is mined by the grammar of a counted figure, not from a list:

- a single Han character written right after an Arabic number (``28份``, ``46例``, ``12余场``) that closes
  the phrase (punctuation, 和/及/与/的 or the end of the line follows it: ``签订协议28份，``), in at
  least MIN_DOCUMENTS documents of the material read, and not one of ``[not_measure_words]`` (the
  reviewed characters that follow numbers without counting anything: 500强, 3.0版, 8成, 35度);
- a compound of a character and 次 (times) written after a number in at least MIN_DOCUMENTS documents
  (件次, 场次, 班次, 亩次), wherever it stands; and 件次, 辆次, 艘次, 台次 ... generated for every counting
  measure word (the frequency of a counted thing), except the compounds that are words of their own or
  count nothing that recurs (``compounds`` of ``[not_measure_words]``: 名次, 位次, 座次, 类次 ...).

Each mined word gets the dimension of what it counts: a compound that of its first character (件次 ->
items, 人次 -> people), a single measure word ``items``. Physical measures (斤, 公斤 ...) are written by
hand in ``[dimensions]`` with their scale.

Material read: ../shared/corpus (proofread reports), ../shared/seeds and the texts of
../shared/realweb/excerpts.jsonl (real reposted reports) when present.

Deterministic: the same material gives a byte-identical file.

usage: python scripts/build_units.py [--shared DIR] [--out FILE] [--min-documents N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "src" / "draftcheck" / "lexicon" / "units.toml"
MINED_MARK = "# --- mined by scripts/build_units.py"
MIN_DOCUMENTS = 2
# Dimensions of things counted one by one (their compounds with 次 are generated).
COUNTING_DIMENSIONS = ("people", "firms", "items")
# What may follow a measure word that closes its phrase.
CLOSERS = frozenset("，。；、）)：:,;！？!? \t\u3000和及与的")
MAGNITUDE_START = frozenset("万亿千百十余多")
NUMBER_THEN_HAN = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?(?P<approx>[余多])?(?:万亿|千亿|百亿|千万|百万|十万|亿|万|千)?[余多]?(?P<run>[\u4e00-\u9fff]{1,3})(?P<next>.?)"
)


def read_material(shared: Path) -> list[str]:
    """The texts of the corpus, the seeds and the realweb excerpts, width-folded, in path order."""
    from build_lexicons import read_corpus  # (scripts/ is on sys.path when a script runs)

    from draftcheck.text.width import fold_width

    texts = []
    for folder in (shared / "corpus", shared / "seeds"):
        if folder.is_dir():
            texts.extend(read_corpus(folder))
    excerpts = shared / "realweb" / "excerpts.jsonl"
    if excerpts.is_file():
        for line in excerpts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(fold_width(json.loads(line).get("text", "")))
    return texts


def hand_written(units_toml: str) -> dict:
    """The hand-written part of units.toml, parsed."""
    import tomllib

    return tomllib.loads(units_toml.split(MINED_MARK)[0])


def mine_measure_words(texts: list[str], known: dict[str, str], rejected: set[str], not_compounds: set[str], min_documents: int) -> dict[str, tuple[str, int]]:
    """Measure word -> (dimension, documents in which it closes a counted figure) for every word not known."""
    by_length = sorted(known, key=len, reverse=True)
    closing: dict[str, set[int]] = defaultdict(set)
    for number, text in enumerate(texts):
        for m in NUMBER_THEN_HAN.finditer(text):
            run, following = m.group("run"), m.group("next")
            if run[0] in MAGNITUDE_START:
                continue
            if run[1:2] == "次" and run[:2] not in known:
                closing[run[:2]].add(number)  # 件次, 班次: a compound with 次 is a measure word wherever it stands
                continue
            if any(run.startswith(u) for u in by_length):
                continue
            after = run[1:2] or following
            if after == "" or after in CLOSERS:
                closing[run[0]].add(number)
    mined: dict[str, tuple[str, int]] = {}
    for word, documents in closing.items():
        if len(documents) < min_documents or word in known or word in rejected or word in not_compounds:
            continue
        base = known.get(word[0]) if len(word) == 2 and word.endswith("次") else None
        mined[word] = (base or "items", len(documents))  # (亩次 is area: an area worked several times)
    return mined


def compounds(counting: list[str], known: dict[str, str], not_compounds: set[str]) -> dict[str, str]:
    """X次 for every counting measure word X (件 -> 件次): the frequency of a counted thing."""
    return {word + "次": dimension for word, dimension in ((w, known[w]) for w in counting)
            if len(word) == 1 and word != "次" and word + "次" not in known and word + "次" not in not_compounds}


def render(head: str, mined: dict[str, tuple[str, int]], generated: dict[str, str], texts: list[str]) -> str:
    lines = [head.rstrip("\n"), "", MINED_MARK + f" from {len(texts)} documents ({sum(map(len, texts))} characters);",
             "# do not edit below this line by hand: rerun the script (README, 'Rebuilding the lexicons').",
             "# measure word = dimension; the comment gives the documents in which it closes a counted figure",
             "# (generated: a counting measure word + 次).",
             "[measure_words]"]
    for word in sorted(set(mined) | set(generated)):
        if word in mined:
            dimension, documents = mined[word]
            lines.append(f'"{word}" = "{dimension}"  # {documents} documents')
        else:
            lines.append(f'"{word}" = "{generated[word]}"  # generated')
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--min-documents", type=int, default=MIN_DOCUMENTS)
    args = parser.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        print(f"找不到语料目录：{args.shared / 'corpus'}；请用 --shared 指定含 corpus/ 的共享资料目录", file=sys.stderr)
        return 2
    current = args.out.read_text(encoding="utf-8")
    data = hand_written(current)
    known = {unit: dimension for dimension, units in data["dimensions"].items() for unit in units}
    known.update({unit: "" for unit in data.get("extraction", {}).get("other", [])})
    rejected = set(data.get("not_measure_words", {}).get("words", []))
    not_compounds = set(data.get("not_measure_words", {}).get("compounds", []))
    texts = read_material(args.shared)
    mined = mine_measure_words(texts, known, rejected, not_compounds, args.min_documents)
    counting = [u for u, d in known.items() if d in COUNTING_DIMENSIONS] + [w for w, (d, _) in mined.items() if d in COUNTING_DIMENSIONS]
    generated = compounds(counting, {**known, **{w: d for w, (d, _) in mined.items()}}, not_compounds)
    generated = {w: d for w, d in generated.items() if w not in mined}
    head = current.split(MINED_MARK)[0]
    out = render(head, mined, generated, texts)
    tmp = args.out.with_suffix(".toml.tmp")
    tmp.write_text(out, encoding="utf-8", newline="\n")
    tmp.replace(args.out)
    print(f"{len(texts)} documents: {len(mined)} measure words mined, {len(generated)} compounds generated -> {args.out}")
    for word, (dimension, documents) in sorted(mined.items(), key=lambda kv: -kv[1][1]):
        print(f"  {word}\t{dimension}\t{documents}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
