# -*- coding: utf-8 -*-
"""Build w3_excerpts.jsonl / w3_labels.jsonl from data_*.py and verify them."""
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import data_a, data_b, data_c  # noqa
from data_a import E
import extend
extend.apply(E)

FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()

def rel(c):
    k = c[0]
    if k.startswith("sum"):   _, p, t, tol = c; return abs(sum(p) - t) <= tol + 1e-9
    if k.startswith("exceed"):_, p, t = c; return p <= t
    if k.startswith("growth"):
        _, cur, base, r, n, tol = c; v = ((cur / base) ** (1 / n) - 1) * 100; return abs(v - r) <= tol
    if k.startswith("times_growth"): _, cur, base, r, tol = c; return abs(cur / base - 1 - r) <= tol
    if k.startswith("diff"):  _, a, b, s, tol = c; return abs((a - b) - s) <= tol + 1e-9
    if k.startswith("ratio_permille"): _, a, b, s, tol = c; return abs(a / b * 1000 - s) <= tol
    if k.startswith("ratio_plain"): _, a, b, s, tol = c; return abs(a / b - s) <= tol
    if k.startswith("ratio"): _, a, b, s, tol = c; return abs(a / b * 100 - s) <= tol
    if k.startswith("share_total"):
        _, am, pc, tol = c; ts = [x / y * 100 for x, y in zip(am, pc)]; return (max(ts) - min(ts)) / min(ts) <= tol
    if k.startswith("share"): _, p, w, tol = c; return abs(sum(p) - w) <= tol + 1e-9
    raise ValueError(k)

errs = []
for f in FAMS:
    ne = sum(1 for e in E if e["fam"] == f and e["kind"] == "e")
    nt = sum(1 for e in E if e["fam"] == f and e["kind"] == "t")
    if (ne, nt) != (5, 4): errs.append(f"{f}: {ne} errors {nt} traps")
texts = set()
for e in E:
    t = e["text"]
    if not 80 <= len(t) <= 500: errs.append(f"len {len(t)}: {t[:30]}")
    if t in texts: errs.append("dup text " + t[:30])
    texts.add(t)
    if e["kind"] == "e":
        q = e["quote"]
        if not q or t.count(q) != 1: errs.append(f"quote count {t.count(q) if q else None}: {q} / {t[:30]}")
    for c in e["checks"]:
        ok = rel(c)
        want = c[0].endswith("_ok")
        if ok != want: errs.append(f"check {c} -> {ok}: {t[:30]}")
    # unbalanced pairs must only occur in unbalanced-pair errors
    if not (e["fam"] == "unbalanced-pair" and e["kind"] == "e"):
        for a, b in ["“”", "（）", "()", "《》", "【】", "‘’"]:
            na, nb = t.count(a), t.count(b)
            if na != nb and not (a == "（" and e["fam"] == "unbalanced-pair"):
                if not (a == "(" and nb > na and "1）" in t):
                    errs.append(f"pair {a}{b} {na}/{nb}: {t[:30]}")
if errs:
    print("\n".join(errs)); sys.exit(1)

random.seed(313)
order = list(range(len(E))); random.shuffle(order)
out = os.path.join(os.path.dirname(__file__), "..")
with open(os.path.join(out, "w3_excerpts.jsonl"), "w", encoding="utf-8") as fx, \
     open(os.path.join(out, "w3_labels.jsonl"), "w", encoding="utf-8") as fl:
    for n, i in enumerate(order, 1):
        e = E[i]; did = f"w3-{n:03d}"
        fx.write(json.dumps({"id": did, "text": e["text"], "trap": None if e["kind"] == "e" else e["fam"]}, ensure_ascii=False) + "\n")
        if e["kind"] == "e":
            fl.write(json.dumps({"doc": did, "family": e["fam"], "quote": e["quote"], "note": e["note"], "arguable": e.get("arguable", False)}, ensure_ascii=False) + "\n")
print("ok", len(E))
