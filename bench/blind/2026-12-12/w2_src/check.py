import json, re, collections, os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex=[json.loads(l) for l in open(f"{D}/w2_excerpts.jsonl",encoding="utf-8")]
lb=[json.loads(l) for l in open(f"{D}/w2_labels.jsonl",encoding="utf-8")]
ids=[e["id"] for e in ex]; assert len(ids)==len(set(ids))
T={e["id"]:e for e in ex}
cnt=collections.Counter(); tc=collections.Counter()
for e in ex:
    assert 80<=len(e["text"])<=500, (e["id"],len(e["text"]))
    if e["trap"]: tc[e["trap"]]+=1
for l in lb:
    e=T[l["doc"]]; assert e["trap"] is None
    assert e["text"].count(l["quote"])==1, l
    cnt[l["family"]]+=1
assert len(lb)==sum(1 for e in ex if e["trap"] is None)
assert len({l["doc"] for l in lb})==len(lb)
# arithmetic in notes
FWT=str.maketrans("０１２３４５６７８９","0123456789")
bad=0
for l in lb:
    n=l["note"].translate(FWT)
    mm=re.match(r"^(?:[^=≠]*：)?([\d\.\+\-\*/\(\)\^ ]+)=([\d\.]+)%? ≠ ([\d\.]+)%?",n)
    if not mm: continue
    expr=mm.group(1).replace("^","**"); v=eval(expr); st=float(mm.group(2)); wr=float(mm.group(3))
    if "%" in n.split("≠")[0] and "/" in expr: v*=100
    if n.startswith("三次产业"): pass
    dec=len(mm.group(2).split(".")[1]) if "." in mm.group(2) else 0
    ok1=abs(v-st)<=0.51*10**(-dec)+1e-9
    ok2=abs(v-wr)>=3*10**(-dec)
    if not(ok1 and ok2): bad+=1; print("NOTE?",l["doc"],n,v)
# cross-paragraph duplicates of 30 chars
W=30; seen={}
for e in ex:
    t=e["text"]
    for i in range(len(t)-W+1):
        s=t[i:i+W]
        if s in seen and seen[s]!=e["id"]: print("XDUP",seen[s],e["id"],s); break
    for i in range(len(t)-W+1): seen.setdefault(t[i:i+W],e["id"])
print("errors",dict(cnt)); print("traps",dict(tc)); print("total",len(ex),len(lb),"badnotes",bad)
