# -*- coding: utf-8 -*-
import random, json, re, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from gen_numeric import BLANK, PLACE, SUM, PART
from gen_numeric2 import GROWTH, DIFF, RATIO
from gen_numeric3 import SHARE, COUNT
from gen_text import DUP, NUM, UNB, TRUNC, DATE, UNIT, TERM, WEB
from fillers import make_pre, make_post
USED=set()
W=24
def shingles(x): return {x[i:i+W] for i in range(len(x)-W+1)}
FAM={"blank-amount":BLANK,"placeholder":PLACE,"sum-mismatch":SUM,"part-exceeds-total":PART,"growth-mismatch":GROWTH,
     "difference-mismatch":DIFF,"ratio-mismatch":RATIO,"share-sum":SHARE,"count-mismatch":COUNT,"duplicate-passage":DUP,
     "numbering":NUM,"unbalanced-pair":UNB,"truncated":TRUNC,"date-anomaly":DATE,"unit-error":UNIT,"term-error":TERM,"web-residue":WEB}
ARGUABLE={("growth-mismatch","gr6")}
OUT=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FW=str.maketrans("0123456789","０１２３４５６７８９")
def pdf_space(R,t,q):
    qi=t.find(q) if q else -1
    cands=[mm.start(2) for mm in re.finditer(r'(\d)(万元|亿元|亩|户|人次|公里)',t)
           if not (qi>=0 and qi-2<=mm.start(2)<=qi+len(q)+1)]
    if not cands: return t
    p=R.choice(cands); t2=t[:p]+" "+t[p:]
    return t2 if (not q or t2.count(q)==1) else t
def pad(R,t,fam):
    target=R.randint(88,170); nposts=0
    tabular = "\n" in t
    for _ in range(3):
        if len(t)>=target: break
        post = fam!="truncated" and not tabular and nposts==0 and R.random()<0.45
        for k in range(400):
            f = make_post(R) if post else make_pre(R)
            t2 = t+f if post else f+("\n" if tabular else "")+t
            if post: rng=range(max(0,len(t)-W+1), len(t2)-W+1)
            else: rng=range(0, min(len(f), len(t2)-W+1))
            new={t2[i:i+W] for i in rng}
            rest=shingles(t) if post else shingles(t)
            if new & USED or new & rest: continue
            if any(t2.count(x)>1 for x in new): continue
            tail=f.rstrip('。').split('，')[-1]
            if tail in t: continue
            break
        else: break
        t=t2; nposts+=post
    return t
def main():
    R0=random.Random(20261212)
    recs=[];labs=[]; n=0
    for fam,tpls in FAM.items():
        assert len(tpls)>=9, fam
        order=list(range(len(tpls))); R0.shuffle(order)
        plan=[(i,'err') for i in order[:5]]+[(i,'trap') for i in order[5:9]]
        R0.shuffle(plan)
        for i,mode in plan:
            for attempt in range(200):
                R=random.Random(R0.random())
                t,q,note=tpls[i](R,mode)
                t=pad(R,t,fam)
                if mode=='err' and (not q or t.count(q)!=1): continue
                if not (80<=len(t)<=500): continue
                break
            else:
                raise SystemExit(f"fail {fam} {tpls[i].__name__} {mode} len={len(t)} q={q!r}")
            # cosmetic messiness
            x=R.random()
            if x<0.12: t=pdf_space(R,t,q if mode=='err' else None)
            elif x<0.17 and not re.search(r'\d\.\d',t) and 'http' not in t:
                t=t.translate(FW); q=q.translate(FW) if q else q
            if mode=='err': assert t.count(q)==1,(fam,q)
            USED.update(shingles(t))
            n+=1; did=f"w2-{n:03d}"
            recs.append({"id":did,"text":t,"trap":None if mode=='err' else fam})
            if mode=='err':
                labs.append({"doc":did,"family":fam,"quote":q,"note":note,
                             "arguable": (fam,tpls[i].__name__) in ARGUABLE, "_tpl":tpls[i].__name__})
    # final shuffle order of docs? keep ids sequential but shuffle presentation
    R0.shuffle(recs)
    with open(os.path.join(OUT,"w2_excerpts.jsonl"),"w",encoding="utf-8") as f:
        for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
    with open(os.path.join(OUT,"w2_labels.jsonl"),"w",encoding="utf-8") as f:
        for l in labs:
            l=dict(l); l.pop("_tpl"); f.write(json.dumps(l,ensure_ascii=False)+"\n")
    print(len(recs),len(labs))
main()
