"""Mine the characters mistaken for one another by shape (形近字) for DC503: ``lexicon/lookalikes_mined.tsv``.

The hand-written ``lookalikes.tsv`` lists the pairs proofreading guides name (己/已, 末/未, 侯/候 …); a writer's slip
of a look-alike outside it (防汛抗早 for 防汛抗旱) went unseen. This script finds look-alikes by their shape, from the
character data of the ``char-similar`` package (its stroke orders and four-corner codes), among the characters the
published corpus writes (``corpus_bigrams.tsv``): two characters are look-alikes when

- their stroke orders differ by one stroke (one added, dropped or replaced: 早 日十 / 旱 日干, 环 / 坏, 未 / 末), and
- their four-corner codes (四角号码, the shape of each corner) differ in one digit at most, and
- each has four strokes or more (short characters differing by a stroke are too many: 人/入 stay in the hand table).

Only a near miss of an established term that brings in a pair the corpus never writes is flagged, so a loose pair
here (劝/邓) costs nothing where no term makes it plausible. Deterministic: sorted output, no timestamps.

usage: python scripts/build_lookalikes.py [--out FILE]   (needs: pip install char-similar; only its data files are read)
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import sys
from collections import defaultdict
from pathlib import Path

from draftcheck.lexicon import corpus_bigrams

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "draftcheck" / "lexicon" / "lookalikes_mined.tsv"
MIN_STROKES = 4
MAX_CORNER_DIGITS = 1


def char_similar_data() -> Path | None:
    """The data folder of the installed char-similar package (not imported: only its files are read)."""
    spec = importlib.util.find_spec("char_similar")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def one_stroke_apart(a: str, b: str) -> bool:
    """Whether two stroke orders differ by exactly one stroke added, dropped or replaced."""
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def mine_lookalikes(orders: dict[str, str], corners: dict[str, str], characters: set[str]) -> list[tuple[str, str]]:
    """Pairs (a < b) of ``characters`` whose stroke orders are one stroke apart and four-corner codes one digit."""
    known = sorted(c for c in characters if c in orders and c in corners and len(orders[c]) >= MIN_STROKES)
    # characters one stroke apart share a key: the order itself, or it with one stroke dropped or masked
    buckets: dict[str, set[str]] = defaultdict(set)
    for char in known:
        order = orders[char]
        buckets[order].add(char)
        for i in range(len(order)):
            buckets[order[:i] + order[i + 1 :]].add(char)
            buckets[order[:i] + "_" + order[i + 1 :]].add(char)
    pairs: set[tuple[str, str]] = set()
    for bucket in buckets.values():
        for a, b in itertools.combinations(sorted(bucket), 2):
            if (a, b) in pairs or not one_stroke_apart(orders[a], orders[b]):
                continue
            if sum(x != y for x, y in zip(corners[a], corners[b])) <= MAX_CORNER_DIGITS:
                pairs.add((a, b))
    return sorted(pairs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data = char_similar_data()
    if data is None or not (data / "char_order.dict").is_file():
        print("找不到 char-similar 的字形数据；请先安装：pip install char-similar", file=sys.stderr)
        return 2
    orders = json.loads((data / "char_order.dict").read_text(encoding="utf-8"))
    corners = json.loads((data / "char_fourangle.dict").read_text(encoding="utf-8"))
    characters = {char for pair in corpus_bigrams() for char in pair}
    pairs = mine_lookalikes(orders, corners, characters)
    lines = [
        "# Characters alike in shape (形近字), mined from the stroke orders and four-corner codes of the char-similar package\n",
        f"# for the {len(characters)} characters the corpus writes: one stroke apart, four-corner codes one digit apart at most.\n",
        "# Built by scripts/build_lookalikes.py. Do not edit by hand: rerun the script (hand-written pairs go in lookalikes.tsv).\n",
        "group\n",
    ]
    lines.extend(a + b + "\n" for a, b in pairs)
    args.out.write_text("".join(lines), encoding="utf-8")
    print(f"{len(pairs)} look-alike pairs -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
