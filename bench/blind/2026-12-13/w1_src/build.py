import json, random, collections, sys
sys.path.insert(0, '.')
import common
import part_numeric_a, part_numeric_b, part_numeric_c, part_text_a, part_text_b
items = common.ITEMS

import re
from fillers import FILLERS
pool = list(FILLERS)
random.Random(7).shuffle(pool)
SCOPE = ['镇', '园区', '县', '局']
HEAD = re.compile(r'^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．]|表\d)')
def pick(text):
    for k, f in enumerate(pool):
        tags = [t for t in SCOPE if t in f]
        if all(t in text for t in tags):
            return pool.pop(k)
    return pool.pop(0)
for it in items:
    t = it['text']
    while len(t) < 80:
        f = pick(t)
        if t.rstrip().endswith('。'):
            t = t + f
        else:
            t = f + ('\n' if HEAD.match(t) else '') + t
    it['text'] = t
print('fillers left', len(pool))
random.seed(20261213)
random.shuffle(items)
out = '/work/blindset/2026-12-13/'
ex, lab = [], []
errs = []
cnt = collections.Counter()
texts = set()
for i, it in enumerate(items, 1):
    iid = f"w1-{i:03d}"
    t = it['text']
    if t in texts: errs.append(f"{iid} duplicate text")
    texts.add(t)
    if not (80 <= len(t) <= 500): errs.append(f"{iid} length {len(t)}")
    for comp, stated, tol in it['ok']:
        if tol < 0:
            if not comp >= stated: errs.append(f"{iid} ok-ineq fails {comp} {stated}")
        elif abs(comp - stated) > tol + 1e-9: errs.append(f"{iid} ok fails {comp} vs {stated}")
    if it['kind'] == 'E':
        for comp, stated, tol in it['bad']:
            if tol < 0:
                if not comp > stated: errs.append(f"{iid} bad-ineq not violated")
            elif abs(comp - stated) <= tol + 1e-9: errs.append(f"{iid} bad not wrong {comp} vs {stated}")
        if t.count(it['quote']) != 1: errs.append(f"{iid} quote count {t.count(it['quote'])}: {it['quote']!r}")
        ex.append({"id": iid, "text": t, "trap": None})
        lab.append({"doc": iid, "family": it['fam'], "quote": it['quote'], "note": it['note'], "arguable": it['arguable']})
        cnt[(it['fam'], 'E')] += 1
    else:
        ex.append({"id": iid, "text": t, "trap": it['fam']})
        cnt[(it['fam'], 'T')] += 1
with open(out + 'w1_excerpts.jsonl', 'w', encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(out + 'w1_labels.jsonl', 'w', encoding='utf-8') as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + '\n')
fams = sorted({k[0] for k in cnt})
for fm in fams: print(fm, cnt[(fm,'E')], cnt[(fm,'T')])
print(len(ex), len(lab))
print("\n".join(errs) or "ALL CHECKS OK")
