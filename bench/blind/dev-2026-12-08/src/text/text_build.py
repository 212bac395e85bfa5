import json, importlib, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import extra
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
mods = ['term', 'dup', 'date', 'unit', 'trunc']
ex, lab = [], []
n = 0
for m in mods:
    M = importlib.import_module(m)
    items = [(e, None) for e in M.ERR] + [(t, M.F) for t in M.TRAP]
    for it, trap in items:
        n += 1
        i = f"d-t{n:03d}"
        txt = it[0]
        if i in extra.X:
            pos, add = extra.X[i]
            txt = add + txt if pos == 'pre' else txt + add
        if i in getattr(extra, 'X2', {}):
            pos, add = extra.X2[i]
            txt = add + txt if pos == 'pre' else txt + add
        ex.append({"id": i, "text": txt, "trap": trap})
        if trap is None:
            lab.append({"doc": i, "family": M.F, "quote": it[1], "note": it[2], "arguable": it[3]})
with open(os.path.join(OUT, 'devtext_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'devtext_labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(ex), len(lab))
