import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import *
import fam_blank as B, fam_totals as TT, fam_rates as RR, fillers as FL
from verify_lib import eval_check

OUT = os.path.join(os.path.dirname(__file__), "..")
r = random.Random(20261208)
N_ERR, N_TRAP = 15, 13

items = []  # dicts: text, trap, label(optional), checks

def ok_len(t):
    return 80 <= len(t) <= 500

def add_err(fam, text, quote, note, checks):
    items.append({"text": text, "trap": None, "label": {"family": fam, "quote": quote, "note": note, "arguable": False}, "checks": checks, "fam": fam})

def add_trap(fam, text, checks):
    items.append({"text": text, "trap": fam, "label": None, "checks": checks, "fam": fam})

seen = set()

def gen_simple(fam, errf, trapf):
    # blank / placeholder: lists of variants; each used once
    for _ in range(100):
        errs = [(pad(r, t), q, n) for t, q, n in errf(random.Random(r.random()))]; traps = [pad(r, t) for t in trapf(random.Random(r.random()))]
        r.shuffle(errs); r.shuffle(traps)
        chosen = [e for e in errs if ok_len(e[0]) and e[0].count(e[1]) == 1][:N_ERR]
        ct = [t for t in traps if ok_len(t)][:N_TRAP]
        if len(chosen) == N_ERR and len(ct) == N_TRAP:
            break
    else:
        raise RuntimeError(fam)
    for t, q, n in chosen: add_err(fam, t, q, n, [])
    for t in ct: add_trap(fam, t, [])

def gen_tmpl(fam, tmpls, extras):
    order = list(tmpls); r.shuffle(order)
    seq = (order * 3)[:N_ERR]
    for fn in seq:
        for _ in range(500):
            t, q, n, ch = fn(random.Random(r.random()), True); t = pad(r, t)
            if not ok_len(t) or t.count(q) != 1 or t in seen: continue
            if not all(eval_check(c) == (not c.get("planted")) for c in ch): continue
            if sum(1 for c in ch if c.get("planted")) != 1: continue
            break
        else:
            raise RuntimeError((fam, fn.__name__, t, q))
        seen.add(t); add_err(fam, t, q, n, ch)
    order = list(tmpls); r.shuffle(order)
    seq = list(extras) + order
    seq = seq[:N_TRAP] if len(seq) >= N_TRAP else (seq + order)[:N_TRAP]
    for fn in seq:
        for _ in range(500):
            t, q, n, ch = fn(random.Random(r.random()), False); t = pad(r, t)
            if not ok_len(t) or t in seen: continue
            if not all(eval_check(c) for c in ch): continue
            break
        else:
            raise RuntimeError((fam, fn.__name__, "trap"))
        seen.add(t); add_trap(fam, t, ch)

gen_simple("blank-amount", B.ba_err, B.ba_trap)
gen_simple("placeholder", B.ph_err, B.ph_trap)
gen_tmpl("sum-mismatch", TT.SUM_ERR, TT.SUM_TRAP_EXTRA)
gen_tmpl("part-exceeds-total", TT.PE, TT.PE_TRAP_EXTRA)
gen_tmpl("count-mismatch", TT.CM, TT.CM_TRAP_EXTRA)
gen_tmpl("share-sum", TT.SH, TT.SH_TRAP_EXTRA)
gen_tmpl("growth-mismatch", RR.GM, RR.GM_TRAP_EXTRA)
gen_tmpl("difference-mismatch", RR.DM, RR.DM_TRAP_EXTRA)
gen_tmpl("ratio-mismatch", RR.RM, RR.RM_TRAP_EXTRA)
for fam, t in FL.fl(random.Random(r.random())):
    t = pad(r, t); assert ok_len(t), t
    items.append({"text": t, "trap": fam, "label": None, "checks": [], "fam": fam, "filler": True})

r.shuffle(items)
with open(os.path.join(OUT, "numeric_excerpts.jsonl"), "w", encoding="utf-8") as fe, \
     open(os.path.join(OUT, "numeric_labels.jsonl"), "w", encoding="utf-8") as fl_, \
     open(os.path.join(os.path.dirname(__file__), "checks.jsonl"), "w", encoding="utf-8") as fc:
    for i, it in enumerate(items, 1):
        id_ = f"n{i:03d}"
        fe.write(json.dumps({"id": id_, "text": it["text"], "trap": it["trap"]}, ensure_ascii=False) + "\n")
        if it["label"]:
            fl_.write(json.dumps({"doc": id_, **it["label"]}, ensure_ascii=False) + "\n")
        fc.write(json.dumps({"id": id_, "fam": it["fam"], "filler": it.get("filler", False), "checks": it["checks"]}, ensure_ascii=False) + "\n")
print(len(items))
