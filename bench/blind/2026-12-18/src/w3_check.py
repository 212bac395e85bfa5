import json, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
from w3_data import E, T
from w3_build import FAMS
out=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex=[json.loads(l) for l in open(os.path.join(out,"w3_excerpts.jsonl"),encoding="utf-8")]
lb=[json.loads(l) for l in open(os.path.join(out,"w3_labels.jsonl"),encoding="utf-8")]
bad=0
def fail(m):
    global bad; bad+=1; print("FAIL",m)
ids=[x["id"] for x in ex]
if len(set(ids))!=len(ids): fail("dup ids")
texts=[x["text"] for x in ex]
if len(set(texts))!=len(texts): fail("dup texts")
byid={x["id"]:x for x in ex}
ce=collections.Counter(); ct=collections.Counter()
for x in ex:
    L=len(x["text"])
    if not 80<=L<=500: fail(f"len {x['id']} {L}")
    if x["trap"]:
        if x["trap"] not in FAMS: fail("fam "+x["trap"])
        ct[x["trap"]]+=1
labdocs=collections.Counter(l["doc"] for l in lb)
for l in lb:
    if l["family"] not in FAMS: fail("fam "+l["family"])
    ce[l["family"]]+=1
    d=byid[l["doc"]]
    if d["trap"] is not None: fail("label on trap "+l["doc"])
    n=d["text"].count(l["quote"])
    if n!=1: fail(f"quote count {l['doc']} {l['quote']} {n}")
for x in ex:
    if x["trap"] is None and labdocs[x["id"]]!=1: fail("error without 1 label "+x["id"])
for it in E+T:
    for c in it["checks"]:
        if not eval(c): fail(f"check {c} in {it['text'][:20]}")
for f in FAMS:
    if ce[f]!=5 or ct[f]!=4: fail(f"counts {f} {ce[f]} {ct[f]}")
# crude cross-checks: no 30+ char repeats outside duplicate-passage errors
dupdocs={l["doc"] for l in lb if l["family"]=="duplicate-passage"}
for x in ex:
    t=x["text"]
    if x["id"] in dupdocs: continue
    for i in range(len(t)-30):
        if t.find(t[i:i+30],i+1)!=-1: fail("repeat in "+x["id"]); break
# bracket balance outside unbalanced-pair errors
ubdocs={l["doc"] for l in lb if l["family"]=="unbalanced-pair"}
for x in ex:
    if x["id"] in ubdocs: continue
    t=x["text"]
    for a,b in ["“”","（）","()","《》","‘’","【】"]:
        if t.count(a)!=t.count(b): fail(f"unbalanced {a}{b} in {x['id']}")
for f in FAMS: print(f, ce[f], ct[f])
print("total", len(ex), "errors", len(lb), "traps", sum(ct.values()), "bad", bad)
