# -*- coding: utf-8 -*-
import json, collections, sys
from gen_b import R
OUT = "/work/blindset/2026-12-11/"
AB = {"blank-amount":"ba","placeholder":"ph","sum-mismatch":"sm","part-exceeds-total":"pe","growth-mismatch":"gm",
      "difference-mismatch":"dm","ratio-mismatch":"rm","share-sum":"ss","count-mismatch":"cm","duplicate-passage":"dp",
      "numbering":"nb","unbalanced-pair":"up","truncated":"tr","date-anomaly":"da","unit-error":"ue","term-error":"te","web-residue":"wr"}
cnt = collections.Counter(); ex=[]; lab=[]; ok=True
for r in R:
    cnt[r["fam"]] += 1
    rid = f"w3-{AB[r['fam']]}-{cnt[r['fam']]:02d}"
    t = r["text"]
    if not (80 <= len(t) <= 500): print("LEN", rid, len(t)); ok=False
    if r["chk"] is not None and not r["chk"](): print("CHK", rid); ok=False
    ex.append({"id": rid, "text": t, "trap": r["trap"]})
    if r["trap"] is None:
        n = t.count(r["quote"])
        if n != 1: print("QUOTE", rid, n, r["quote"]); ok=False
        lab.append({"doc": rid, "family": r["fam"], "quote": r["quote"], "note": r["note"], "arguable": r["arguable"]})
# balance check of quotes/brackets in all non-unbalanced docs
for e in ex:
    if e["id"].startswith("w3-up-") and e["trap"] is None: continue
    t=e["text"]
    for a,b in ["“”","《》","（）"]:
        if t.count(a)!=t.count(b) and not e["id"].startswith("w3-up"): print("BAL", e["id"], a, b)
ids=[e["id"] for e in ex]; assert len(ids)==len(set(ids))
per=collections.defaultdict(lambda:[0,0])
for e in ex: per[e["trap"] or [l for l in lab if l["doc"]==e["id"]][0]["family"]][0 if e["trap"] is None else 1]+=1
for k,v in per.items(): print(k, "errors", v[0], "traps", v[1])
print(len(ex), len(lab), "OK" if ok else "PROBLEMS")
with open(OUT+"w3_excerpts.jsonl","w",encoding="utf-8") as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False)+"\n")
with open(OUT+"w3_labels.jsonl","w",encoding="utf-8") as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False)+"\n")
