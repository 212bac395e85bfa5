import json, collections, os, sys
d = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex = [json.loads(l) for l in open(os.path.join(d, "devf_excerpts.jsonl"), encoding="utf-8")]
lb = [json.loads(l) for l in open(os.path.join(d, "devf_labels.jsonl"), encoding="utf-8")]
ids = [r["id"] for r in ex]; assert len(ids) == len(set(ids))
byid = {r["id"]: r for r in ex}
assert len({l["doc"] for l in lb}) == len(lb)
for l in lb:
    assert byid[l["doc"]]["trap"] is None and byid[l["doc"]]["text"].count(l["quote"]) == 1, l
assert sum(r["trap"] is None for r in ex) == len(lb)
spans = collections.defaultdict(set)
for r in ex:
    t = r["text"]; assert 80 <= len(t) <= 500, r["id"]
    for i in range(len(t) - 29): spans[t[i:i+30]].add(r["id"])
bad = {k: v for k, v in spans.items() if len(v) > 1}
print("cross-doc dup spans:", len(bad)); sys.exit(1 if bad else 0)
