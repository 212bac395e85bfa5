import json, collections, os
D=os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex=[json.loads(l) for l in open(os.path.join(D,"w2_excerpts.jsonl"),encoding="utf-8")]
lab=[json.loads(l) for l in open(os.path.join(D,"w2_labels.jsonl"),encoding="utf-8")]
ids=[e["id"] for e in ex]; assert len(ids)==len(set(ids))
byid={e["id"]:e for e in ex}
bad=0
for e in ex:
    n=len(e["text"])
    if not 80<=n<=500: print("LEN",e["id"],n); bad+=1
ldocs=collections.Counter(l["doc"] for l in lab)
for e in ex:
    if e["trap"] is None and ldocs[e["id"]]!=1: print("LABELS",e["id"]); bad+=1
    if e["trap"] is not None and ldocs[e["id"]]!=0: print("TRAP HAS LABEL",e["id"]); bad+=1
for l in lab:
    c=byid[l["doc"]]["text"].count(l["quote"])
    if c!=1: print("QUOTE",l["doc"],l["quote"],c); bad+=1
# error arithmetic really wrong
chk=[(1.42+1.32+0.21,2.86),(15270+8460+3125,26585),(47+33+8,86),(8.73+7.15+6.02+4.67+13.69,41.26),(2.91+3.37+3.26,9.84),
     ((286.4/251.3-1)*100,18.6),((52.7/49.8-1)*100,12.3),((1260-870)/1260*100,21.5),(((428.9/312.6)**.2-1)*100,7.4),(153.2/86.5,2),
     (48236-45918,2418),(63.8-62.1,2.3),(97.2-86.4,1.08),((3.42-3.15)*1e4,3700),(35-31,6),
     (86.2/120*100,78.6),(31.8/42.6*100,64.7),(18.3/42.5*100,53.1),(2.86/2.97*100,98.6),(152.4/158.9*100,97.9),
     (9.6+43.2+49.1,100),(62.4+28.3+11.3,100),(76.5+16.2+3.1,100),(38.4+49.6+9.3+4.1,100),(46.2+27.5+16.8+7.3,100)]
for a,b in chk:
    if abs(a-b)<=0.05: print("ERR NOT WRONG",a,b); bad+=1
fe=collections.Counter(l["family"] for l in lab); ft=collections.Counter(e["trap"] for e in ex if e["trap"])
for f in sorted(set(fe)|set(ft)): print(f, fe[f], ft[f])
print("total",len(ex),"errors",len(lab),"bad",bad)
