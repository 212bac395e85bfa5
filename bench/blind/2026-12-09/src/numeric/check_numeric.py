import json, collections, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build_numeric import holds  # noqa  (re-runs nothing: build guarded below)
base = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
ex = [json.loads(l) for l in open(base + "numeric_excerpts.jsonl", encoding="utf-8")]
lb = [json.loads(l) for l in open(base + "numeric_labels.jsonl", encoding="utf-8")]
pv = {json.loads(l)["id"]: json.loads(l) for l in open(os.path.dirname(os.path.abspath(__file__)) + "/provenance.jsonl", encoding="utf-8")}
ids = [e["id"] for e in ex]
assert len(ids) == len(set(ids)), "dup ids"
assert len({e["text"] for e in ex}) == len(ex), "dup texts"
byid = {e["id"]: e for e in ex}
errs = collections.Counter(); traps = collections.Counter(); prob = 0
labelled = set()
for l in lb:
    e = byid[l["doc"]]
    assert e["trap"] is None
    assert l["doc"] not in labelled; labelled.add(l["doc"])
    if e["text"].count(l["quote"]) != 1: print("QUOTE", l); prob += 1
    errs[l["family"]] += 1
for e in ex:
    if not (80 <= len(e["text"]) <= 500): print("LEN", e["id"], len(e["text"])); prob += 1
    if e["trap"]:
        traps[e["trap"]] += 1
        assert e["id"] not in labelled
    else:
        assert e["id"] in labelled, e["id"]
    p = pv[e["id"]]
    for r in p["rels"]:
        ok, bad = holds(r)
        if r[-1] and not bad: print("NOT WRONG", e["id"], r); prob += 1
        if not r[-1] and not ok: print("NOT RIGHT", e["id"], r); prob += 1
    if e["trap"] is None and p["family"] not in ("blank-amount", "placeholder") and sum(1 for r in p["rels"] if r[-1]) != 1:
        print("DEFECTS", e["id"]); prob += 1
for f in sorted(set(errs) | set(traps)):
    print(f"{f:22s} errors {errs[f]:3d}  traps {traps[f]:3d}")
print("total", len(ex), "problems", prob)
