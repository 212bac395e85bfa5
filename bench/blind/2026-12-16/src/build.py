# -*- coding: utf-8 -*-
import json, random, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import p1, p2, p3
from p1 import I
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
items = list(I)
random.Random(20261216).shuffle(items)
ex, lab, errs = [], [], []
cnt = collections.Counter()
for k, it in enumerate(items, 1):
    id_ = "w1-%03d" % k
    t = it["text"]
    if not (80 <= len(t) <= 500): errs.append((id_, "len", len(t)))
    if it["chk"] is not None:
        ok = eval(it["chk"])
        if ok != it["trap"]: errs.append((id_, "chk", it["fam"], it["chk"]))
    cnt[(it["fam"], it["trap"])] += 1
    ex.append({"id": id_, "text": t, "trap": it["fam"] if it["trap"] else None})
    if not it["trap"]:
        q = it["quote"]
        if q.startswith("@DUP:"):
            d = q[5:]
            assert t.count(d) == 2, (id_, t.count(d))
            i2 = t.index(d, t.index(d) + 1)
            for w in range(8, 40):
                q = t[max(0, i2 - 3): i2 + w]
                if t.count(q) == 1: break
        if t.count(q) != 1: errs.append((id_, "quote", q, t.count(q)))
        lab.append({"doc": id_, "family": it["fam"], "quote": q, "note": it["note"], "arguable": False})
for f in FAMS:
    if cnt[(f, False)] != 5 or cnt[(f, True)] != 4: errs.append(("count", f, cnt[(f, False)], cnt[(f, True)]))
assert set(f for f, _ in cnt) == set(FAMS), set(f for f, _ in cnt) ^ set(FAMS)
assert len({e["id"] for e in ex}) == len(ex)
with open(os.path.join(OUT, "w1_excerpts.jsonl"), "w", encoding="utf-8") as fh:
    for e in ex: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w1_labels.jsonl"), "w", encoding="utf-8") as fh:
    for l in lab: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print("items", len(ex), "labels", len(lab))
for f in FAMS: print(f, cnt[(f, False)], cnt[(f, True)])
print("ERRORS:", errs)
