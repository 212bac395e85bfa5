import json, random, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import f101, f102, f201, f202, f203, f204, f301, f302, f303, pad
pad.pad(common.L)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
items = list(common.L)
random.Random(20261207).shuffle(items)
ex, lab = [], []
for i, it in enumerate(items, 1):
    pid = f"n{i:03d}"
    ex.append({"id": pid, "text": it["text"], "trap": it["trap"]})
    if it["trap"] is None:
        lab.append({"doc": pid, "family": it["fam"], "quote": it["quote"], "note": it["note"], "arguable": it["arguable"]})
with open(os.path.join(OUT, "numeric_excerpts.jsonl"), "w", encoding="utf-8") as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "numeric_labels.jsonl"), "w", encoding="utf-8") as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + "\n")
print(len(ex), "paragraphs", len(lab), "labels")
