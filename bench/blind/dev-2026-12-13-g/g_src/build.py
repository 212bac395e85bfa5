# Builds g_excerpts.jsonl / g_labels.jsonl from the hand-written paragraph files and checks them.
import json, collections, os, sys
sys.path.insert(0, os.path.dirname(__file__))
import paras_truncated as T, paras_numeric as N, padding as P
def pad(i, t): return P.PRE.get(i, '') + t + P.POST.get(i, '')
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex, lab, errs = [], [], []
def chk(i, checks):
    for c in checks:
        if not eval(c): errs.append(f"{i}: check failed {c}")
for i, text, quote, note, arg, checks in T.ERR:
    ex.append({"id": i, "text": pad(i, text), "trap": None}); lab.append({"doc": i, "family": "truncated", "quote": quote, "note": note, "arguable": arg}); chk(i, checks)
for i, text, checks in T.TRAP:
    ex.append({"id": i, "text": pad(i, text), "trap": "truncated"}); chk(i, checks)
for i, fam, text, quote, note, arg, checks in N.ERR:
    ex.append({"id": i, "text": pad(i, text), "trap": None}); lab.append({"doc": i, "family": fam, "quote": quote, "note": note, "arguable": arg}); chk(i, checks)
for i, fam, text, checks in N.TRAP:
    ex.append({"id": i, "text": pad(i, text), "trap": fam}); chk(i, checks)
ids = [e["id"] for e in ex]
if len(ids) != len(set(ids)): errs.append("duplicate ids")
texts = {e["id"]: e["text"] for e in ex}
for e in ex:
    n = len(e["text"])
    if not 80 <= n <= 500: errs.append(f"{e['id']}: length {n}")
for l in lab:
    c = texts[l["doc"]].count(l["quote"])
    if c != 1: errs.append(f"{l['doc']}: quote occurs {c} times")
if len(set(e["text"] for e in ex)) != len(ex): errs.append("duplicate text")
cnt = collections.Counter((l["family"], "err") for l in lab) + collections.Counter((e["trap"], "trap") for e in ex if e["trap"])
print(sorted(cnt.items()))
print("\n".join(errs) or "ALL CHECKS OK")
with open(os.path.join(out, "g_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(out, "g_labels.jsonl"), "w", encoding="utf-8") as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + "\n")
