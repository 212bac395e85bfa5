# -*- coding: utf-8 -*-
# w5: build jsonl from the hand-written items and self-check them.
import json, random, sys, os, math, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w5_data_num import I
import w5_data_text  # noqa: registers text families into I

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMS = ["blank-amount","placeholder","sum-mismatch","part-exceeds-total","growth-mismatch","difference-mismatch",
        "ratio-mismatch","share-sum","count-mismatch","duplicate-passage","numbering","unbalanced-pair","truncated",
        "date-anomaly","unit-error","term-error","web-residue"]

def rel(r):
    """return (holds, deviation, tol)"""
    k = r[0]
    if k == "sum":
        _, parts, tot, tol = r; d = abs(sum(parts) - tot); return d <= tol + 1e-9, d, tol
    if k == "le":
        return r[1] <= r[2] + 1e-9, r[1] - r[2], 0
    if k == "growth":
        _, c, b, rate, tol = r; d = abs((c / b - 1) * 100 - rate); return d <= tol + 1e-9, d, tol
    if k == "cagr":
        _, c, b, n, rate, tol = r; d = abs(((c / b) ** (1 / n) - 1) * 100 - rate); return d <= tol + 1e-9, d, tol
    if k == "diff":
        _, a, b, dd, tol = r; d = abs((a - b) - dd); return d <= tol + 1e-9, d, tol
    if k == "ratio":
        _, a, b, pct, tol = r; d = abs(a / b * 100 - pct); return d <= tol + 1e-9, d, tol
    if k == "times":
        _, c, b, kk, tol = r; d = abs(c / b - 1 - kk); return d <= tol + 1e-9, d, tol
    if k == "cnt":
        return r[1] == r[2], abs(r[1] - r[2]), 0
    if k == "range":
        return r[2] <= r[1] < r[3], 0, 0
    raise ValueError(k)

PAIRS = [("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("【", "】")]
RESIDUE = ["当前位置", "本文来源", "http", "www.", "打印本页", "关闭窗口", "浏览次数", "责任编辑", "— "]
PLACE = ["xx", "XX", "××", "○", "**"]
errs = []
cnt = collections.Counter()
for it in I:
    x, f = it["x"], it["f"]
    cnt[(f, it["t"])] += 1
    if not (80 <= len(x) <= 500): errs.append(("len", len(x), x[:30]))
    for r in it["ok"]:
        h, d, tol = rel(r)
        if not h: errs.append(("ok-fails", f, r, d, x[:30]))
    for r in it["bad"]:
        h, d, tol = rel(r)
        if h or (r[0] not in ("le", "cnt") and d <= 2 * tol): errs.append(("bad-holds", f, r, d, x[:30]))
    if not it["t"]:
        if x.count(it["q"]) != 1: errs.append(("quote", it["q"], x.count(it["q"]), x[:30]))
        if f in ("sum-mismatch","part-exceeds-total","growth-mismatch","difference-mismatch","ratio-mismatch","share-sum","count-mismatch") and not it["bad"]:
            errs.append(("nobad", x[:30]))
    # incidental-defect guards
    if f != "unbalanced-pair" or it["t"]:
        st = []
        opens = {a: b for a, b in PAIRS}; closes = {b: a for a, b in PAIRS}
        for ch in x:
            if ch in opens: st.append(ch)
            elif ch in closes and st and st[-1] == closes[ch]: st.pop()
        if st: errs.append(("pair", st, x[:30]))
    if f != "web-residue" or it["t"]:
        for w in RESIDUE:
            if w in x: errs.append(("residue", w, x[:30]))
    if f != "placeholder" or it["t"]:
        for w in PLACE:
            if w in x: errs.append(("place", w, x[:30]))
    if f != "truncated" or it["t"]:
        last = x.rstrip()[-1]
        if not (last in "。%" or x.split("\n")[-1][-1].isdigit() or last in "０１２３４５６７８９"):
            if f != "web-residue": errs.append(("ending", x[-10:]))
    if f != "unit-error" or it["t"]:
        for w in ["万元元", "米米", "亿亿", "%个百分点"]:
            if w in x: errs.append(("unit", w, x[:30]))
for f in FAMS:
    if cnt[(f, False)] != 6 or cnt[(f, True)] != 4: errs.append(("count", f, cnt[(f, False)], cnt[(f, True)]))
if len(set(it["x"] for it in I)) != len(I): errs.append(("duptext",))

if errs:
    for e in errs: print(e)
    sys.exit(1)

random.seed(5_20261219)
order = list(range(len(I))); random.shuffle(order)
ex, lb = [], []
for n, i in enumerate(order, 1):
    it = I[i]; did = "w5-%03d" % n
    ex.append({"id": did, "text": it["x"], "trap": it["f"] if it["t"] else None})
    if not it["t"]:
        lb.append({"doc": did, "family": it["f"], "quote": it["q"], "note": it["n"], "arguable": it["a"]})
with open(os.path.join(OUT, "w5_excerpts.jsonl"), "w", encoding="utf-8") as fh:
    for e in ex: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "w5_labels.jsonl"), "w", encoding="utf-8") as fh:
    for e in lb: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
# re-read check
ids = [json.loads(l)["id"] for l in open(os.path.join(OUT, "w5_excerpts.jsonl"), encoding="utf-8")]
assert len(ids) == len(set(ids))
txt = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(os.path.join(OUT, "w5_excerpts.jsonl"), encoding="utf-8")}
for l in open(os.path.join(OUT, "w5_labels.jsonl"), encoding="utf-8"):
    d = json.loads(l); assert txt[d["doc"]].count(d["quote"]) == 1
print("OK", len(ex), "paragraphs", len(lb), "errors", len(ex) - len(lb), "traps")
