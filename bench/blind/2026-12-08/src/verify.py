import json, collections, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from verify_lib import eval_check
D = os.path.join(os.path.dirname(__file__), "..")
ex = [json.loads(l) for l in open(os.path.join(D, "numeric_excerpts.jsonl"), encoding="utf-8")]
lb = [json.loads(l) for l in open(os.path.join(D, "numeric_labels.jsonl"), encoding="utf-8")]
ck = {c["id"]: c for c in map(json.loads, open(os.path.join(D, "src", "checks.jsonl"), encoding="utf-8"))}
ids = [e["id"] for e in ex]; assert len(ids) == len(set(ids))
byid = {e["id"]: e for e in ex}
labelled = collections.Counter(l["doc"] for l in lb)
errs = 0
for e in ex:
    assert 80 <= len(e["text"]) <= 500, (e["id"], len(e["text"]))
    if e["trap"] is None:
        assert labelled[e["id"]] == 1, e["id"]
    else:
        assert labelled[e["id"]] == 0, e["id"]
    c = ck[e["id"]]
    for x in c["checks"]:
        good = eval_check(x)
        if e["trap"] is not None and not good: print("TRAP BAD", e["id"], x); errs += 1
        if e["trap"] is None and good == bool(x.get("planted")): print("ERR CHECK", e["id"], x); errs += 1
for l in lb:
    t = byid[l["doc"]]["text"]
    if t.count(l["quote"]) != 1: print("QUOTE", l); errs += 1
cnt = collections.Counter(); tr = collections.Counter(); fl = collections.Counter()
for l in lb: cnt[l["family"]] += 1
for e in ex:
    if e["trap"]:
        (fl if ck[e["id"]]["filler"] else tr)[e["trap"]] += 1
for f in cnt: print(f, "errors", cnt[f], "traps", tr[f], "clean", fl[f])
print("total", len(ex), "problems", errs)
