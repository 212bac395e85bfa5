import json, random, sys, re
sys.path.insert(0, '.')
from data_numeric import N
from data_text import X
items = N + X
from additions import apply, apply2
apply(items)
apply2(items)
random.seed(20261215)
random.shuffle(items)
out = '/work/blindset/2026-12-15/'
ex, lb = [], []
for i, it in enumerate(items, 1):
    it['id'] = f"w2-{i:03d}"
    ex.append({"id": it['id'], "text": it['text'], "trap": None if it['kind']=='e' else it['family']})
    if it['kind']=='e':
        lb.append({"doc": it['id'], "family": it['family'], "quote": it['quote'], "note": it['note'], "arguable": it['arguable']})
with open(out+'w2_excerpts.jsonl','w',encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False)+'\n')
with open(out+'w2_labels.jsonl','w',encoding='utf-8') as f:
    for e in lb: f.write(json.dumps(e, ensure_ascii=False)+'\n')
json.dump(items, open('items_debug.json','w'), ensure_ascii=False)
