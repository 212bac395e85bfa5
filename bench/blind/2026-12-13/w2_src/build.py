# -*- coding: utf-8 -*-
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from paras_c import P
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
rng = random.Random(20261213)
from fillers import CLOSE, OPEN
ci = oi = 0
for it in P:
    if len(it["text"]) < 80:
        if it["family"] == "truncated" and not it["trap"] and it["text"][-1] not in "。！；":
            it["text"] = OPEN[oi] + it["text"]; oi += 1
        else:
            while len(it["text"]) < 80:
                it["text"] = it["text"] + CLOSE[ci]; ci += 1
items = list(P)
rng.shuffle(items)
ex, lab = [], []
for i, it in enumerate(items, 1):
    pid = f"w2-{i:03d}"
    ex.append({"id": pid, "text": it["text"], "trap": it["family"] if it["trap"] else None})
    if not it["trap"]:
        lab.append({"doc": pid, "family": it["family"], "quote": it["quote"], "note": it["note"], "arguable": it["arguable"]})
# checks
from collections import Counter
ids = [e["id"] for e in ex]; assert len(ids) == len(set(ids))
byid = {e["id"]: e for e in ex}
for l in lab:
    n = byid[l["doc"]]["text"].count(l["quote"])
    assert n == 1, (l, n)
for e in ex:
    L = len(e["text"])
    if not (80 <= L <= 500): print("LEN", e["id"], L, e["text"][:30])
c = Counter((it["family"], it["trap"]) for it in P)
for f in FAMS:
    print(f, c[(f, False)], c[(f, True)])
assert all(c[(f, False)] == 5 and c[(f, True)] == 4 for f in FAMS) and len(c) == 34
with open(os.path.join(OUT, "w2_excerpts.jsonl"), "w", encoding="utf-8") as fh:
    for e in ex: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w2_labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in lab: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(ex), len(lab))
