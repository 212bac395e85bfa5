import json, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from items_b import I
from fixes import REPL, EXT
for _n,_t in REPL.items(): I[_n-1]["text"]=_t
for _n,(_p,_t) in EXT.items():
    if _t: I[_n-1]["text"] = (_t+I[_n-1]["text"]) if _p=="pre" else (I[_n-1]["text"]+_t)
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = "devb"
ex, lab = [], []
bad = []
for n, it in enumerate(I, 1):
    id_ = f"{P}-{n:03d}"
    t = it["text"]
    if not (80 <= len(t) <= 500): bad.append((id_, "len", len(t)))
    try:
        ok = eval(it["chk"])
    except Exception as e:
        ok = False; bad.append((id_, "chk-exc", str(e)))
    if not ok: bad.append((id_, "chk", it["chk"]))
    ex.append({"id": id_, "text": t, "trap": it["fam"] if it["trap"] else None})
    if not it["trap"]:
        q = it["quote"]
        c = t.count(q)
        if c != 1: bad.append((id_, "quote-count", q, c))
        lab.append({"doc": id_, "family": it["fam"], "quote": q, "note": it["note"], "arguable": it["arguable"]})
    # balanced pairs
    for a, b in ["（）", "“”", "()", "《》", "【】"]:
        if t.count(a) != t.count(b): bad.append((id_, "pair", a+b))
ids = [e["id"] for e in ex]
assert len(ids) == len(set(ids))
cnt = collections.Counter((it["fam"], it["trap"]) for it in I)
for k in sorted(cnt): print(k, cnt[k])
print("bad:", bad)
with open(os.path.join(OUT, f"{P}_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, f"{P}_labels.jsonl"), "w", encoding="utf-8") as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(ex), len(lab))
