# -*- coding: utf-8 -*-
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
def eq(a,b,tol): return abs(a-b)<=tol+1e-9
def pct(a,b): return a/b*100
def growth(c,b): return (c/b-1)*100
def cagr(c,b,n): return ((c/b)**(1.0/n)-1)*100
from w6_data import E
from w6_extend import apply
apply(E)
EXEMPT_PAIR={'UP-T2'}  # 1）2）3） list markers
EXEMPT_END={'DP-T3'}  # table ends with a cell
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P="w6"
errs=[]; ids=set(); fams={}
ex=open(os.path.join(OUT,P+"_excerpts.jsonl"),"w",encoding="utf-8")
lb=open(os.path.join(OUT,P+"_labels.jsonl"),"w",encoding="utf-8")
nE=nT=0
for e in E:
    did=P+"-"+e["id"]
    if did in ids: errs.append("dup id "+did)
    ids.add(did)
    t=e["text"]; L=len(t)
    if not (80<=L<=500): errs.append(f"{did} length {L}")
    for x in e["ok"]:
        if not eval(x): errs.append(f"{did} ok-check failed: {x}")
    fams.setdefault(e["fam"],[0,0])
    if e["trap"]:
        nT+=1; fams[e["fam"]][1]+=1
        if e["quote"] or e["bad"]: errs.append(did+" trap with quote/bad")
        ex.write(json.dumps({"id":did,"text":t,"trap":e["fam"]},ensure_ascii=False)+"\n")
    else:
        nE+=1; fams[e["fam"]][0]+=1
        q=e["quote"]
        if t.count(q)!=1: errs.append(f"{did} quote count {t.count(q)}: {q}")
        if e["bad"] is not None and not eval(e["bad"]): errs.append(f"{did} planted relation not wrong: {e['bad']}")
        ex.write(json.dumps({"id":did,"text":t,"trap":None},ensure_ascii=False)+"\n")
        lb.write(json.dumps({"doc":did,"family":e["fam"],"quote":q,"note":e["note"],"arguable":e["arguable"]},ensure_ascii=False)+"\n")
    # generic hygiene: balanced pairs except the unbalanced-pair errors
    if not (e["fam"]=="unbalanced-pair" and not e["trap"]) and e["id"] not in EXEMPT_PAIR:
        for a,b in ["“”","（）","《》","【】","‘’"]:
            if t.count(a)!=t.count(b): errs.append(f"{did} unbalanced {a}{b}")
    if not (e["fam"]=="placeholder" and not e["trap"]):
        for pat in ["xx","XX","××","○","**"]:
            if pat in t: errs.append(f"{did} stray placeholder {pat}")
    if not (e["fam"]=="truncated" and not e["trap"]) and e["id"] not in EXEMPT_END:
        if t.rstrip()[-1] not in "。）”0123456789%" : errs.append(f"{did} odd ending {t[-3:]!r}")
    if not (e["fam"]=="unit-error" and not e["trap"]):
        for pat in ["万元元","亿元元","亿万元"]:
            if pat in t: errs.append(f"{did} unit {pat}")
ex.close(); lb.close()
for f,(a,b) in sorted(fams.items()): print(f"{f:22s} errors={a} traps={b}")
print("total", nE+nT, "errors", nE, "traps", nT)
if errs:
    print("\n".join(errs)); sys.exit(1)
print("SELF-CHECK PASSED")
