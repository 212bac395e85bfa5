import json, random, os, collections
import common
import f_share, f_sum, f_dup, f_ratio, f_count, f_date, f_diff, f_trunc
items = common.ITEMS
import fillers
li = ti = 0
for k, it in enumerate(items):
    t = it["text"]
    end_cut = it["kind"] == "E" and it["fam"] == "truncated" and t.endswith(it["quote"])
    heading = "\n" in t[:30] and len(t.split("\n")[0]) <= 26
    turn = 0
    while len(t) < 80:
        want_lead = end_cut or (not heading and (k + turn) % 2 == 0)
        if want_lead and li >= len(fillers.LEAD) and not end_cut: want_lead = False
        if not want_lead and ti >= len(fillers.TAIL) and not heading: want_lead = True
        if want_lead:
            t = fillers.LEAD[li] + t; li += 1
        else:
            t = t + ("" if t.endswith("。") else "\n") + fillers.TAIL[ti]; ti += 1
        turn += 1
    it["text"] = t
print("fillers used", li, ti)
bad = 0
cnt = collections.Counter()
texts = set()
for it in items:
    t = it["text"]; cnt[(it["fam"], it["kind"])] += 1
    n = len(t)
    if not (80 <= n <= 500): print("LEN", n, it["fam"], t[:40]); bad += 1
    if t in texts: print("DUPTEXT"); bad += 1
    texts.add(t)
    if it["check"] is not True: print("CHECK FAIL", it["kind"], it["fam"], t[:40]); bad += 1
    if it["kind"] == "E":
        c = t.count(it["quote"])
        if c != 1: print("QUOTE", c, it["quote"], t[:40]); bad += 1
for k in sorted(cnt): print(k, cnt[k])
if bad: raise SystemExit("errors: %d" % bad)
random.seed(20261210)
order = list(range(len(items))); random.shuffle(order)
out = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(out, "devd_excerpts.jsonl"), "w", encoding="utf-8") as fe, \
     open(os.path.join(out, "devd_labels.jsonl"), "w", encoding="utf-8") as fl:
    for i, idx in enumerate(order, 1):
        it = items[idx]; did = "devd-%03d" % i
        fe.write(json.dumps({"id": did, "text": it["text"], "trap": None if it["kind"] == "E" else it["fam"]}, ensure_ascii=False) + "\n")
        if it["kind"] == "E":
            fl.write(json.dumps({"doc": did, "family": it["fam"], "quote": it["quote"], "note": it["note"], "arguable": it["arguable"]}, ensure_ascii=False) + "\n")
print("written", len(items))
