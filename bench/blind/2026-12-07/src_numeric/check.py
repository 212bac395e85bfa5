import json, os, sys, collections
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
FAMS = ["blank-amount","placeholder","sum-mismatch","part-exceeds-total","count-mismatch","share-sum","growth-mismatch","difference-mismatch","ratio-mismatch"]
ex = [json.loads(l) for l in open(os.path.join(D, "numeric_excerpts.jsonl"), encoding="utf-8")]
lab = [json.loads(l) for l in open(os.path.join(D, "numeric_labels.jsonl"), encoding="utf-8")]
errs = []
ids = [e["id"] for e in ex]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
byid = {e["id"]: e for e in ex}
cnt = collections.Counter()
for e in ex:
    n = len(e["text"])
    if not 60 <= n <= 320: errs.append(f"{e['id']} length {n}")
    if e["trap"] is not None:
        if e["trap"] not in FAMS: errs.append(f"{e['id']} bad trap slug")
        cnt[(e["trap"], "trap")] += 1
perdoc = collections.Counter()
for l in lab:
    d = byid.get(l["doc"])
    if d is None: errs.append(f"label doc {l['doc']} missing"); continue
    if d["trap"] is not None: errs.append(f"label on trap {l['doc']}")
    if l["family"] not in FAMS: errs.append(f"{l['doc']} bad family")
    c = d["text"].count(l["quote"])
    if c != 1: errs.append(f"{l['doc']} quote {l['quote']!r} occurs {c}x")
    if not l.get("note"): errs.append(f"{l['doc']} no note")
    if not isinstance(l.get("arguable"), bool): errs.append(f"{l['doc']} arguable not bool")
    perdoc[l["doc"]] += 1
    cnt[(l["family"], "err")] += 1
for e in ex:
    if e["trap"] is None and perdoc[e["id"]] != 1: errs.append(f"{e['id']} has {perdoc[e['id']]} labels")
# near-duplicate check across paragraphs (30-char shared substrings)
seen = {}
for e in ex:
    t = e["text"]
    for i in range(0, max(0, len(t) - 30) + 1):
        k = t[i:i+30]
        if k in seen and seen[k] != e["id"]:
            errs.append(f"{e['id']} shares 30 chars with {seen[k]}: {k!r}"); break
        seen.setdefault(k, e["id"])
for f in FAMS:
    print(f"{f:22s} errors {cnt[(f,'err')]:3d}  traps {cnt[(f,'trap')]:3d}")
    if cnt[(f,'err')] < 14: errs.append(f"{f} errors < 14")
    if cnt[(f,'trap')] < 12: errs.append(f"{f} traps < 12")
print("arguable:", [l["doc"] for l in lab if l["arguable"]])
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
