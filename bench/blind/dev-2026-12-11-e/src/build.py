# -*- coding: utf-8 -*-
import json, sys, collections, os
sys.path.insert(0, os.path.dirname(__file__))
from data4 import E
from pad import pad
OUT = os.path.join(os.path.dirname(__file__), "..")
ex, lab = [], []
problems = []
cnt = collections.Counter()
texts = set()
for i, (fam, is_trap, text, quote, note, chk, arg) in enumerate(E, 1):
    did = "deve-%03d" % i
    text = pad(text, i, fam, is_trap)
    if text in texts: problems.append((did, "dup text"))
    texts.add(text)
    if not (80 <= len(text) <= 500): problems.append((did, "len %d" % len(text)))
    if chk is not None and not eval(chk): problems.append((did, "check failed: " + chk))
    ex.append({"id": did, "text": text, "trap": fam if is_trap else None})
    if not is_trap:
        if text.count(quote) != 1: problems.append((did, "quote count %d" % text.count(quote)))
        lab.append({"doc": did, "family": fam, "quote": quote, "note": note, "arguable": arg})
    cnt[(fam, "trap" if is_trap else "err")] += 1
with open(os.path.join(OUT, "deve_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "deve_labels.jsonl"), "w", encoding="utf-8") as f:
    for r in lab: f.write(json.dumps(r, ensure_ascii=False) + "\n")
for p in problems: print("PROBLEM", p)
fams = sorted({k[0] for k in cnt})
for fm in fams: print(fm, cnt[(fm, "err")], cnt[(fm, "trap")])
print("total", len(ex), "labels", len(lab))
