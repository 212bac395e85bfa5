import json, random, collections, os
here = os.path.dirname(os.path.abspath(__file__))
items = []
for fn, var in [("items_a.py","A"),("items_b.py","B"),("items_c.py","C"),("items_d.py","D")]:
    g = {}; exec(open(os.path.join(here, fn), encoding="utf-8").read(), g); items += g[var]
random.seed(1212)
random.shuffle(items)
g = {}; exec(open(os.path.join(here, "pads.py"), encoding="utf-8").read(), g)
OPEN, CLOSE = g["OPEN"], g["CLOSE"]
pairs = [(o, c) for o in range(len(OPEN)) for c in range(len(CLOSE))]
random.seed(int(os.environ.get("PADSEED","8"))); random.shuffle(pairs)
uo, uc = collections.Counter(), collections.Counter()
def pad(text):
    if len(text) >= 80: return text
    period = any(k in text for k in ("上半年", "季度", "1—", "截至"))
    for j, (o, c) in enumerate(pairs):
        if uo[o] >= 9 or uc[c] >= 9: continue
        if period and ("年" in OPEN[o] or "全年" in CLOSE[c]): continue
        if OPEN[o] in text or CLOSE[c] in text: continue
        pairs.pop(j); break
    uo[o] += 1; uc[c] += 1
    head = OPEN[o] + CLOSE[c]
    import re
    m = re.match(r"^([^，。；：]{0,12}?(局|管委会|公报|工作总结|人口发展|城市建设|人口统计))[：。]", text)
    cut = m.end() if m else 0
    if text.startswith("当前位置"): return text + head
    t = text[:cut] + head + text[cut:]
    return pad(t)
items = [(f, k, pad(t), q, n, c, a) for (f, k, t, q, n, c, a) in items]
out = os.path.dirname(here)
ex, lb = [], []
cnt = collections.Counter()
problems = []
texts = set()
for i, (fam, kind, text, q, note, chk, arg) in enumerate(items, 1):
    did = f"devf-{i:03d}"
    if text in texts: problems.append((did, "dup text"))
    texts.add(text)
    if not (80 <= len(text) <= 500): problems.append((did, fam, kind, "len", len(text)))
    if chk is not None and not eval(chk): problems.append((did, fam, kind, "check failed", chk))
    if kind == "E":
        if text.count(q) != 1: problems.append((did, fam, "quote count", q, text.count(q)))
        ex.append({"id": did, "text": text, "trap": None})
        lb.append({"doc": did, "family": fam, "quote": q, "note": note, "arguable": bool(arg)})
    else:
        ex.append({"id": did, "text": text, "trap": fam})
    cnt[(fam, kind)] += 1
with open(os.path.join(out, "devf_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(out, "devf_labels.jsonl"), "w", encoding="utf-8") as f:
    for r in lb: f.write(json.dumps(r, ensure_ascii=False) + "\n")
for fam in sorted({k[0] for k in cnt}): print(fam, cnt[(fam,"E")], cnt[(fam,"T")])
print("total", len(ex), "labels", len(lb))
print("PROBLEMS", problems)
