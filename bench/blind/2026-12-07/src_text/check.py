import json, collections, sys
OUT = "/work/blindset/2026-12-07/"
ex = [json.loads(l) for l in open(OUT + "text_excerpts.jsonl", encoding="utf-8")]
labs = [json.loads(l) for l in open(OUT + "text_labels.jsonl", encoding="utf-8")]
FAMS = ["duplicate-passage", "numbering", "unbalanced-pair", "truncated", "unit-error", "date-anomaly", "term-error", "web-residue"]
bad = []
ids = [e["id"] for e in ex]
if len(ids) != len(set(ids)): bad.append("duplicate ids")
byid = {e["id"]: e for e in ex}
nlab = collections.Counter()
for l in labs:
    e = byid.get(l["doc"])
    if e is None: bad.append("label doc missing %s" % l["doc"]); continue
    if e["trap"] is not None: bad.append("label on trap %s" % l["doc"])
    if l["family"] not in FAMS: bad.append("bad family %s" % l["doc"])
    c = e["text"].count(l["quote"])
    if c != 1: bad.append("quote count %d in %s: %r" % (c, l["doc"], l["quote"]))
    if not l["quote"].strip(): bad.append("empty quote %s" % l["doc"])
    for k in ("note", "arguable"):
        if k not in l: bad.append("missing %s in %s" % (k, l["doc"]))
    nlab[l["doc"]] += 1
for e in ex:
    if e["trap"] is None and nlab[e["id"]] != 1: bad.append("non-trap %s has %d labels" % (e["id"], nlab[e["id"]]))
    if e["trap"] is not None and e["trap"] not in FAMS: bad.append("bad trap slug %s" % e["id"])
    n = len(e["text"])
    if not 80 <= n <= 600: bad.append("length %d in %s" % (n, e["id"]))
err = collections.Counter(l["family"] for l in labs)
trp = collections.Counter(e["trap"] for e in ex if e["trap"])
for f in FAMS:
    print("%-18s errors %2d traps %2d" % (f, err[f], trp[f]))
    if err[f] < 14: bad.append("too few errors " + f)
    if trp[f] < 12: bad.append("too few traps " + f)
print("arguable:", [l["doc"] + " " + l["family"] for l in labs if l["arguable"]])
print("PROBLEMS:" if bad else "OK", *bad, sep="\n")
sys.exit(1 if bad else 0)
