# -*- coding: utf-8 -*-
import json, random, sys, os, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import w3_data_text  # noqa: registers text items
from w3_data_num import ITEMS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = list(ITEMS)
random.Random(317).shuffle(items)
ex, lab, errs = [], [], []
seen = set()
cnt = collections.Counter()
from w3_pad import LEADS
li = 0
for it in items:
    if len(it["text"]) < 80:
        it["text"] = LEADS[li] + it["text"]; li += 1
for i, it in enumerate(items, 1):
    did = "w3-%03d" % i
    t = it["text"]
    n = len(t)
    if not (80 <= n <= 500): errs.append((did, it["fam"], "len", n))
    if t in seen: errs.append((did, "dup text"))
    seen.add(t)
    if it.get("chk"):
        try:
            ok = eval(it["chk"])
        except Exception as e:
            ok = False; errs.append((did, "chk exc", e))
        if not ok: errs.append((did, it["fam"], it["kind"], "chk false", it["chk"]))
    if it["kind"] == "e":
        q = it["quote"]
        if t.count(q) != 1: errs.append((did, it["fam"], "quote count", t.count(q), q))
        ex.append({"id": did, "text": t, "trap": None})
        lab.append({"doc": did, "family": it["fam"], "quote": q, "note": it["note"], "arguable": bool(it.get("arguable"))})
    else:
        ex.append({"id": did, "text": t, "trap": it["fam"]})
    cnt[(it["fam"], it["kind"])] += 1
with open(os.path.join(OUT, "w3_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w3_labels.jsonl"), "w", encoding="utf-8") as f:
    for r in lab: f.write(json.dumps(r, ensure_ascii=False) + "\n")
fams = sorted({k[0] for k in cnt})
for fm in fams: print(fm, "errors", cnt[(fm, "e")], "traps", cnt[(fm, "t")])
print("total", len(ex), "labels", len(lab))
print("PROBLEMS:", errs if errs else "none")
