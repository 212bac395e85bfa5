# -*- coding: utf-8 -*-
import json, random, os
R = lambda x, d: round(x + 1e-12, d)
DATA = {}
here = os.path.dirname(os.path.abspath(__file__))
for f in ["w3_data_num.py", "w3_data_num2.py", "w3_data_txt.py"]:
    exec(open(os.path.join(here, f), encoding="utf-8").read())
out = os.path.dirname(here)
items = []
for fam, d in DATA.items():
    for t in d["E"]:
        items.append(dict(text=t[0], trap=None, fam=fam, quote=t[1], note=t[2], chk=t[3]))
    for t in d["T"]:
        items.append(dict(text=t[0], trap=fam, fam=fam, chk=t[1]))
exec(open(os.path.join(here, "w3_fillers.py"), encoding="utf-8").read())
fi = iter(FILLERS)
for it in items:
    used = []
    while len(it["text"]) + sum(map(len, used)) < 84:
        f = next(fi)
        if it["fam"] == "term-error" and "理念" in f: f = next(fi)
        used.append(f)
    if not used: continue
    add = "".join(used)
    trunc_err = it["fam"] == "truncated" and it["trap"] is None
    if "\n" in it["text"] and not trunc_err:
        it["text"] = it["text"] + "\n" + add
    else:
        it["text"] = add + it["text"]
print("fillers left:", len(list(fi)))
random.Random(31).shuffle(items)
errs = []
for i, it in enumerate(items, 1):
    it["id"] = "w3-%03d" % i
    L = len(it["text"])
    if not (80 <= L <= 500): errs.append((it["id"], it["fam"], "len", L))
    if it["chk"]:
        v = eval(it["chk"])
        if it["trap"] is None and v: errs.append((it["id"], it["fam"], "error-chk-consistent"))
        if it["trap"] is not None and not v: errs.append((it["id"], it["fam"], "trap-chk-fails"))
    if it["trap"] is None:
        c = it["text"].count(it["quote"])
        if c != 1: errs.append((it["id"], it["fam"], "quote count", c))
texts = [it["text"] for it in items]
assert len(set(texts)) == len(texts)
assert len(set(it["id"] for it in items)) == len(items)
with open(os.path.join(out, "w3_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        f.write(json.dumps({"id": it["id"], "text": it["text"], "trap": it["trap"]}, ensure_ascii=False) + "\n")
with open(os.path.join(out, "w3_labels.jsonl"), "w", encoding="utf-8") as f:
    for it in items:
        if it["trap"] is None:
            f.write(json.dumps({"doc": it["id"], "family": it["fam"], "quote": it["quote"], "note": it["note"], "arguable": False}, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter((it["fam"], it["trap"] is None) for it in items).most_common())
print(len(items), "ERRS:", errs)
