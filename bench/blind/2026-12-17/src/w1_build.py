import json, random, sys, os, collections
sys.path.insert(0, os.path.dirname(__file__))
from w1_data5 import D
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
random.seed(20261217)
idx = list(range(len(D))); random.shuffle(idx)
ex, lab, errs = [], [], []
cnt = collections.Counter()
for n, i in enumerate(idx, 1):
    f, k, t, q, note, chk = D[i]
    did = f"w1-{n:03d}"
    if not (80 <= len(t) <= 500): errs.append((did, f, 'len', len(t)))
    if k == 'E':
        c = t.count(q)
        if c != 1: errs.append((did, f, 'quote count', c, q))
        if chk is not None and not eval(chk): errs.append((did, f, 'error chk not wrong', chk))
        ex.append({"id": did, "text": t, "trap": None})
        lab.append({"doc": did, "family": f, "quote": q, "note": note, "arguable": False})
    else:
        if chk is not None and not eval(chk): errs.append((did, f, 'trap chk fails', chk))
        for bad in ['××','XX','xx','**','○']:
            if bad in t: errs.append((did, f, 'trap has', bad))
        ex.append({"id": did, "text": t, "trap": f})
    cnt[(f, k)] += 1
# bracket balance check for all non-unbalanced docs
pairs = ['“”','《》','（）','()','【】','‘’']
for n, i in enumerate(idx, 1):
    f, k, t = D[i][:3]
    if f == 'unbalanced-pair' and k == 'E': continue
    for a, b in pairs:
        if t.count(a) != t.count(b):
            if f == 'unbalanced-pair' and a == '（' : continue
            errs.append((f"w1-{n:03d}", f, k, 'unbalanced', a))
# duplicate text check across docs
texts = [D[i][2] for i in idx]
assert len(set(texts)) == len(texts)
assert len({e['id'] for e in ex}) == len(ex)
with open(os.path.join(OUT, 'w1_excerpts.jsonl'), 'w', encoding='utf-8') as fo:
    for e in ex: fo.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'w1_labels.jsonl'), 'w', encoding='utf-8') as fo:
    for l in lab: fo.write(json.dumps(l, ensure_ascii=False) + '\n')
for e in errs: print('PROBLEM', e)
fams = sorted({f for f, _ in cnt})
for f in fams: print(f, 'E', cnt[(f,'E')], 'T', cnt[(f,'T')])
print(len(ex), len(lab))
