# -*- coding: utf-8 -*-
import json, random, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from part4 import E
from ext import EXT
for d in E:
    hits=[k for k in EXT if d['text'].startswith(k)]
    assert len(hits)<=1, hits
    if hits: d['text'] = d['text'] + EXT[hits[0]]
assert all(sum(d['text'].startswith(k) for d in E)==1 for k in EXT), [k for k in EXT if sum(d['text'].startswith(k) for d in E)!=1]
OUT = os.path.join(os.path.dirname(__file__), '..')
random.seed(20261214)
order = list(range(len(E))); random.shuffle(order)
ex, lab = [], []
cnt = collections.Counter()
errs = 0
for n, i in enumerate(order, 1):
    d = E[i]; id_ = f"w1-{n:03d}"
    txt = d['text']
    if not (80 <= len(txt) <= 500): print('LEN', id_, len(txt), txt[:30]); errs += 1
    for c in d['checks']:
        if not eval(c): print('CHECK FAIL', id_, c); errs += 1
    if d['kind'] == 'e':
        if txt.count(d['quote']) != 1: print('QUOTE', id_, d['quote'], txt.count(d['quote'])); errs += 1
        ex.append(dict(id=id_, text=txt, trap=None))
        lab.append(dict(doc=id_, family=d['fam'], quote=d['quote'], note=d['note'], arguable=d['arguable']))
    else:
        ex.append(dict(id=id_, text=txt, trap=d['fam']))
    cnt[(d['fam'], d['kind'])] += 1
texts = [x['text'] for x in ex]
assert len(set(texts)) == len(texts)
assert len({x['id'] for x in ex}) == len(ex)
with open(os.path.join(OUT, 'w1_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for x in ex: f.write(json.dumps(x, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'w1_labels.jsonl'), 'w', encoding='utf-8') as f:
    for x in lab: f.write(json.dumps(x, ensure_ascii=False) + '\n')
fams = sorted({k[0] for k in cnt})
for fm in fams: print(fm, 'errors', cnt[(fm,'e')], 'traps', cnt[(fm,'t')])
print('total', len(ex), 'labels', len(lab), 'problems', errs)
