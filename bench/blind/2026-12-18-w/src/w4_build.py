# -*- coding: utf-8 -*-
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from w4_data import D
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = list(D)
random.Random(4418).shuffle(items)
ex, lab = [], []
for i, d in enumerate(items, 1):
    pid = "w4-%03d" % i
    d["id"] = pid
    ex.append({"id": pid, "text": d["text"], "trap": d["fam"] if d["trap"] else None})
    if not d["trap"]:
        lab.append({"doc": pid, "family": d["fam"], "quote": d["quote"], "note": d["note"], "arguable": d["arguable"]})
with open(os.path.join(OUT, "w4_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w4_labels.jsonl"), "w", encoding="utf-8") as f:
    for r in lab: f.write(json.dumps(r, ensure_ascii=False) + "\n")
# self-check
from collections import Counter
errs = []
ids = [r["id"] for r in ex]; assert len(ids) == len(set(ids))
cnt = Counter()
for d in items:
    t = d["text"]; n = len(t)
    if not 80 <= n <= 500: errs.append((d["id"], "len", n))
    cnt[(d["fam"], d["trap"])] += 1
    if not d["trap"]:
        if t.count(d["quote"]) != 1: errs.append((d["id"], "quote count", t.count(d["quote"])))
        if d["fam"] in ("sum-mismatch","ratio-mismatch") and not any(not c[3] for c in d["checks"]): errs.append((d["id"], "no failing check"))
    for st, comp, tol, ok in d["checks"]:
        good = abs(st - comp) <= tol + 1e-9
        if good != ok: errs.append((d["id"], "check", st, comp, tol, ok))
        if not ok and abs(st - comp) < 2 * tol: errs.append((d["id"], "error too close to rounding", st, comp))
print(sorted(cnt.items()))
print("ERRORS:", errs)
lids = [l["doc"] for l in lab]; assert len(lids) == len(set(lids))
print(len(ex), len(lab))
