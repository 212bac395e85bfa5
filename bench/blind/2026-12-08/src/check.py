import json, re, collections
out = "/work/blindset/2026-12-08/"
ex = [json.loads(l) for l in open(out + "text_excerpts.jsonl")]
lab = [json.loads(l) for l in open(out + "text_labels.jsonl")]
byid = {e["id"]: e for e in ex}
assert len(byid) == len(ex)
labd = collections.Counter(l["doc"] for l in lab)
assert all(v == 1 for v in labd.values())
fams = collections.Counter(); traps = collections.Counter()
PAIRS = [("“", "”"), ("（", "）"), ("《", "》"), ("【", "】"), ("‘", "’"), ("〔", "〕"), ("〈", "〉")]
def balanced(t):
    st = []
    opens = {a: b for a, b in PAIRS}; closes = {b: a for a, b in PAIRS}
    for ch in t:
        if ch in opens: st.append(ch)
        elif ch in closes:
            if not st or st[-1] != closes[ch]: return False
            st.pop()
    return not st
fam_of = {l["doc"]: l["family"] for l in lab}
for e in ex:
    t = e["text"]; fam = e["trap"] or fam_of.get(e["id"])
    assert (e["trap"] is None) == (e["id"] in fam_of), e["id"]
    lim = 1200 if fam in ("duplicate-passage", "numbering", "truncated") else 500
    if not (80 <= len(t) <= lim): print("LEN", e["id"], len(t))
    if not (fam == "unbalanced-pair" and e["trap"] is None):
        # ignore list markers like 1） ① in traps
        tt = re.sub(r"(?<![（\(])\d）", "", t)
        if not balanced(tt): print("UNBAL", e["id"], t[:60])
    if e["trap"]: traps[fam] += 1
    else: fams[fam] += 1
for l in lab:
    c = byid[l["doc"]]["text"].count(l["quote"])
    if c != 1: print("QUOTE", l["doc"], c, l["quote"])
print("errors", dict(fams)); print("traps", dict(traps))
