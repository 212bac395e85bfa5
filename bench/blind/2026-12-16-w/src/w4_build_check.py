# -*- coding: utf-8 -*-
import json, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from w4_data import ITEMS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
errs = []
ids = [i["id"] for i in ITEMS]
assert len(ids) == len(set(ids)), "dup ids"
cnt = collections.Counter()
for it in ITEMS:
    t = it["text"]; L = len(t)
    if not (80 <= L <= 500): errs.append((it["id"], "len", L))
    fam = it["family"] or it["trap"]
    cnt[(fam, "trap" if it["trap"] else "err")] += 1
    if it["trap"] is None:
        if t.count(it["quote"]) != 1: errs.append((it["id"], "quote count", t.count(it["quote"])))
    # bracket/quote balance
    for a, b in ["（）", "“”", "()", "【】", "《》"]:
        if t.count(a) != t.count(b): errs.append((it["id"], "unbalanced", a))
    for c in it["checks"]:
        k = c[0]
        if k in ("sum", "share"):
            s = sum(c[1]); diff = abs(s - c[2]); tol = c[3]; want = c[4]
            bad = diff > tol + 1e-9
            if (want == "err") != bad: errs.append((it["id"], k, c, round(s, 4)))
            if want == "err" and it["trap"]: errs.append((it["id"], "err check in trap"))
        elif k == "sub":
            if sum(c[1]) > c[2]: errs.append((it["id"], "sub exceeds", c))
        elif k == "ratio":
            r = c[1] / c[2] * 100
            if abs(r - c[3]) > 0.05 + 1e-9: errs.append((it["id"], "ratio", c, r))
        elif k == "diff":
            if abs(c[1] - c[2] - c[3]) > 1e-6: errs.append((it["id"], "diff", c))
    if it["trap"] is None and it["family"] in ("sum-mismatch", "share-sum"):
        if not any(c[-1] == "err" for c in it["checks"] if c[0] in ("sum", "share")): errs.append((it["id"], "no err check"))
    if it["family"] == "truncated" and it["trap"] is None:
        pass
print("problems:", errs)
print(sorted(cnt.items()))
with open(os.path.join(OUT, "w4_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for it in ITEMS:
        f.write(json.dumps({"id": it["id"], "text": it["text"], "trap": it["trap"]}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w4_labels.jsonl"), "w", encoding="utf-8") as f:
    for it in ITEMS:
        if it["trap"] is None:
            f.write(json.dumps({"doc": it["id"], "family": it["family"], "quote": it["quote"], "note": it["note"], "arguable": it["arguable"]}, ensure_ascii=False) + "\n")
