import json, random, sys
sys.path.insert(0, '.')
import common
import f_share, f_ratio, f_diff, f_sum, f_growth, f_count, f_part
from pad import pad
items = common.ITEMS
random.seed(20261208)
random.shuffle(items)
out = '/work/devsets/2026-12-08/'
ex = open(out+'devnumeric_excerpts.jsonl','w', encoding='utf-8')
lb = open(out+'devnumeric_labels.jsonl','w', encoding='utf-8')
from collections import Counter
cnt = Counter(); problems = []
texts = set()
for n, it in enumerate(items, 1):
    i = f"d-n{n:03d}"
    t = pad(it['text'], n)
    if not (80 <= len(t) <= 500): problems.append((i, 'len', len(t), t[:30]))
    if t in texts: problems.append((i,'dup text'))
    texts.add(t)
    ex.write(json.dumps({"id": i, "text": t, "trap": it['trap']}, ensure_ascii=False)+'\n')
    if it['trap'] is None:
        q = it['quote']
        if t.count(q) != 1: problems.append((i, 'quote count', t.count(q), q))
        if not it['note']: problems.append((i,'no note'))
        lb.write(json.dumps({"doc": i, "family": it['fam'], "quote": q, "note": it['note'], "arguable": it['arguable']}, ensure_ascii=False)+'\n')
        cnt[(it['fam'],'err')] += 1
    else:
        cnt[(it['fam'],'trap')] += 1
for k in sorted(cnt): print(k, cnt[k])
print('problems:', problems)
