import json, os, sys, collections
sys.path.insert(0, os.path.dirname(__file__))
import items_a, items_b, items_c, items_d, items_e, items_traps
from items_a import I
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
import random
random.seed(20261209)
order = list(range(len(I))); random.shuffle(order)
ex, lab = [], []
probs = []
from fillers import LEADS, TAILS
li = ti = 0
def pad(it):
    global li, ti
    t = it['text']
    endsens = (not it['trap']) and it['fam'] == 'truncated' and t.endswith(it['quote'])
    headfix = t.startswith('——')
    while len(t) < 85:
        if (headfix or (len(t) + 0) % 2 == 1) and not endsens:
            t = t + TAILS[ti % len(TAILS)]; ti += 1
        elif not headfix:
            t = LEADS[li % len(LEADS)] + t; li += 1
        else:
            t = t + TAILS[ti % len(TAILS)]; ti += 1
    return t
for it in I:
    it['text'] = pad(it)
for n, k in enumerate(order, 1):
    it = I[k]; did = f"deva-{n:03d}"
    t = it['text']
    if not (80 <= len(t) <= 500): probs.append((did, 'len', len(t), t[:30]))
    ex.append({"id": did, "text": t, "trap": it['fam'] if it['trap'] else None})
    c = it['chk']
    if it['trap']:
        if c and abs(c[0]-c[1]) > c[2]: probs.append((did, 'trap arithmetic', c))
    else:
        q = it['quote']
        if t.count(q) != 1: probs.append((did, 'quote count', q, t.count(q)))
        if c and not abs(c[0]-c[1]) > c[2]: probs.append((did, 'error not wrong', c))
        lab.append({"doc": did, "family": it['fam'], "quote": q, "note": it['note'], "arguable": it['arguable']})
ids = [e['id'] for e in ex]; assert len(ids) == len(set(ids))
texts = [e['text'] for e in ex]; 
if len(texts) != len(set(texts)): probs.append('dup text')
with open(os.path.join(OUT, 'deva_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, 'deva_labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + "\n")
cnt = collections.Counter((it['fam'], it['trap']) for it in I)
for fam in sorted({it['fam'] for it in I}):
    print(fam, 'errors', cnt[(fam, False)], 'traps', cnt[(fam, True)])
print('total', len(ex), 'labels', len(lab))
print('PROBLEMS:', *probs, sep='\n')
