# -*- coding: utf-8 -*-
"""Build w1_excerpts.jsonl / w1_labels.jsonl from w1_data.py and self-check them."""
import json, random, math, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from w1_data import D
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

def dec(s):
    s = str(s); return len(s.split(".")[1]) if "." in s else 0
def hu(s): return 0.5 * 10 ** (-dec(s))
def F(s): return float(s)

def consistent(c):
    k = c[0]
    if k in ("sum", "sum_approx"):
        parts, tot = c[1], c[2]
        s = sum(F(p) for p in parts)
        tol = sum(hu(p) for p in parts) + hu(tot)
        if k == "sum_approx": tol = max(tol, 0.05 * F(tot))
        return abs(s - F(tot)) <= tol + 1e-9
    if k == "part":
        return F(c[1]) <= F(c[2])
    if k in ("growth", "ratio", "ratio_approx", "per", "cagr", "diff", "diff_approx", "times"):
        # interval evaluation over rounding of operands
        if k == "cagr": a, b, n, stated = c[1], c[2], c[3], c[4]
        else: a, b, stated = c[1], c[2], c[3]
        vals = []
        for da in (-1, 1):
            for db in (-1, 1):
                x = F(a) + da * hu(a); y = F(b) + db * hu(b)
                if k == "growth": v = (x / y - 1) * 100
                elif k in ("ratio", "ratio_approx"): v = x / y * 100
                elif k == "per": v = x / y
                elif k == "cagr": v = ((x / y) ** (1 / n) - 1) * 100
                elif k in ("diff", "diff_approx"): v = x - y
                elif k == "times": v = x / y - 1
                vals.append(v)
        lo, hi = min(vals), max(vals)
        t = hu(stated)
        if k in ("ratio_approx", "diff_approx"): t = max(t, 0.05 * abs(F(stated)))
        return lo - t - 1e-9 <= F(stated) <= hi + t + 1e-9
    if k == "share":
        s = sum(F(p) for p in c[1]); tol = sum(hu(p) for p in c[1]) + hu(c[2])
        return abs(s - F(c[2])) <= tol + 1e-9
    if k == "count": return c[1] == c[2]
    if k == "count_deng": return c[2] >= c[1]
    if k == "double": return F(c[1]) >= 2 * F(c[2])
    raise ValueError(k)

def main():
    errs = []
    fams = collections.Counter()
    from w1_leads import LEADS
    li = 0
    for d in D:  # lengthen short paragraphs with a figure-free lead-in sentence (each used once)
        if len(d["text"]) < 80 and not d["text"].startswith("当前位置"):
            d["text"] = LEADS[li] + d["text"]; li += 1
    items = list(D)
    random.Random(20261218).shuffle(items)
    ex, lab = [], []
    for i, d in enumerate(items, 1):
        pid = "w1-%03d" % i
        t = d["text"]
        if not (80 <= len(t) <= 500): errs.append((pid, d["fam"], "len", len(t)))
        fams[(d["fam"], d["kind"])] += 1
        if d["chk"] is not None:
            ok = consistent(d["chk"])
            if d["kind"] == "T" and not ok: errs.append((pid, d["fam"], "trap arithmetic wrong", d["chk"]))
            if d["kind"] == "E" and ok: errs.append((pid, d["fam"], "error arithmetic consistent", d["chk"]))
        if d["kind"] == "E":
            if t.count(d["quote"]) != 1: errs.append((pid, d["fam"], "quote count", t.count(d["quote"]), d["quote"]))
            lab.append({"doc": pid, "family": d["fam"], "quote": d["quote"], "note": d["note"], "arguable": d["arguable"]})
            ex.append({"id": pid, "text": t, "trap": None})
        else:
            ex.append({"id": pid, "text": t, "trap": d["fam"]})
        # generic sanity on every paragraph: bracket/quote balance unless it is the planted unbalanced-pair
        if not (d["fam"] == "unbalanced-pair" and d["kind"] == "E"):
            for o, c_ in (("“", "”"), ("（", "）"), ("《", "》"), ("【", "】"), ("(", ")"), ("[", "]"), ("‘", "’")):
                if t.count(o) != t.count(c_): errs.append((pid, d["fam"], "unbalanced", o))
        for bad in ("xx", "XX", "××", "○○", "**"):
            if bad in t and not (d["fam"] == "placeholder" and d["kind"] == "E"):
                errs.append((pid, d["fam"], "placeholder-like", bad))
    ids = [e["id"] for e in ex]
    assert len(ids) == len(set(ids))
    texts = [e["text"] for e in ex]
    if len(texts) != len(set(texts)): errs.append(("dup texts",))
    for k, v in sorted(fams.items()): print(k, v)
    for fam in set(f for f, _ in fams):
        if fams[(fam, "E")] != 5 or fams[(fam, "T")] != 4: errs.append((fam, "counts", fams[(fam, "E")], fams[(fam, "T")]))
    if errs:
        for e in errs: print("ERR", e)
        sys.exit(1)
    with open(os.path.join(OUT, "w1_excerpts.jsonl"), "w", encoding="utf-8") as fh:
        for e in ex: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "w1_labels.jsonl"), "w", encoding="utf-8") as fh:
        for l in lab: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
    nE = len(lab); nT = len(ex) - nE
    print("OK", len(ex), nE, nT, "families", len(set(f for f, _ in fams)))
    return len(ex), nE, nT

if __name__ == "__main__":
    main()
