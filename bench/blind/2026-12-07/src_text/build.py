import json, random, importlib
MODS = ["f_dup", "f_num", "f_pair", "f_trunc", "f_unit", "f_date", "f_term", "f_web"]
items = []
for m in MODS:
    mod = importlib.import_module(m)
    for (text, quote, note, arg) in mod.ERRORS:
        items.append({"text": text, "trap": None, "label": {"family": mod.FAM, "quote": quote, "note": note, "arguable": arg}})
    for text in mod.TRAPS:
        items.append({"text": text, "trap": mod.FAM, "label": None})
random.Random(20261207).shuffle(items)
OUT = "/work/blindset/2026-12-07/"
with open(OUT + "text_excerpts.jsonl", "w", encoding="utf-8") as fe, open(OUT + "text_labels.jsonl", "w", encoding="utf-8") as fl:
    for i, it in enumerate(items, 1):
        tid = "t%03d" % i
        fe.write(json.dumps({"id": tid, "text": it["text"], "trap": it["trap"]}, ensure_ascii=False) + "\n")
        if it["label"]:
            lab = {"doc": tid}; lab.update(it["label"])
            fl.write(json.dumps(lab, ensure_ascii=False) + "\n")
print(len(items), "excerpts")
