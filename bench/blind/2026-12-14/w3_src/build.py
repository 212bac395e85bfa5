# -*- coding: utf-8 -*-
import json, random, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import items_numeric, items_text
from items_numeric import I
from tails import TAILS
NUMFAM = {'sum-mismatch','part-exceeds-total','growth-mismatch','difference-mismatch','ratio-mismatch','share-sum','count-mismatch'}
assert len(set(TAILS)) == len(TAILS)
_t = iter(TAILS)
for it in I:
    if len(it['text']) < 90:
        it['text'] += next(_t) if it['text'].endswith('。') else '\n' + next(_t)
OUT = os.path.join(os.path.dirname(__file__), '..')
FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
items = list(I)
random.Random(314).shuffle(items)
ex, lab = [], []
cnt = collections.Counter()
ok = True
for n, it in enumerate(items, 1):
    did = "w3-%03d" % n
    assert it['fam'] in FAMS, it['fam']
    L = len(it['text'])
    if not (80 <= L <= 500): print("LEN", did, it['fam'], L); ok = False
    ex.append({"id": did, "text": it['text'], "trap": it['fam'] if it['trap'] else None})
    cnt[(it['fam'], it['trap'])] += 1
    for i, (c, st, tol) in enumerate(it['checks']):
        if tol >= 1e8:  # "part smaller than whole" checks
            if not c < st: print("PART", did, c, st); ok = False
            continue
        good = abs(c - st) <= tol + 1e-9
        if it['trap'] or i > 0 or it['fam'] not in NUMFAM:
            if not good: print("TRAPCHK", did, it['fam'], c, st); ok = False
        else:
            if it['fam'] == 'part-exceeds-total':
                if not c > st: print("ERRCHK", did, c, st); ok = False
            elif good: print("ERRCHK", did, it['fam'], c, st); ok = False
    if not it['trap']:
        k = it['text'].count(it['quote'])
        if k != 1: print("QUOTE", did, k, it['quote']); ok = False
        lab.append({"doc": did, "family": it['fam'], "quote": it['quote'], "note": it['note'], "arguable": False})
for f in FAMS:
    print(f, "errors", cnt[(f, False)], "traps", cnt[(f, True)])
assert len({e['id'] for e in ex}) == len(ex)
with open(os.path.join(OUT, 'w3_excerpts.jsonl'), 'w', encoding='utf-8') as fh:
    for e in ex: fh.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, 'w3_labels.jsonl'), 'w', encoding='utf-8') as fh:
    for l in lab: fh.write(json.dumps(l, ensure_ascii=False) + "\n")
print("OK" if ok else "PROBLEMS", len(ex), len(lab))
