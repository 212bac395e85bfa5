import json, random, collections, sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from w2_data5 import D
from w2_fill import FILL
k = 0
for it in D:
    if len(it['text']) < 80:
        if it['text'].startswith('当前位置'):
            it['text'] = it['text'] + FILL[k]
        else:
            sep = '\n' if it['text'].split('\n')[0].endswith(('情况', '（单位：人）')) else ''
            it['text'] = FILL[k] + sep + it['text']
        k += 1
print('fillers used', k)
random.seed(20261211)
items = D[:]; random.shuffle(items)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
ex, lb = [], []
cnt = collections.Counter(); bad = 0
for i, it in enumerate(items, 1):
    did = f"w2-{i:03d}"
    t = it['text']
    if not (80 <= len(t) <= 500): print('LEN', did, it['fam'], len(t)); bad += 1
    if it['chk'] and not eval(it['chk']): print('CHK', did, it['fam'], it['chk']); bad += 1
    ex.append({"id": did, "text": t, "trap": it['fam'] if it['trap'] else None})
    if it['trap']:
        cnt[(it['fam'], 'trap')] += 1
    else:
        c = t.count(it['quote'])
        if c != 1: print('QUOTE', did, it['fam'], it['quote'], c); bad += 1
        lb.append({"doc": did, "family": it['fam'], "quote": it['quote'], "note": it['note'], "arguable": it['arguable']})
        cnt[(it['fam'], 'err')] += 1
assert len({e['id'] for e in ex}) == len(ex)
with open(os.path.join(out, 'w2_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(os.path.join(out, 'w2_labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in lb: f.write(json.dumps(l, ensure_ascii=False) + '\n')
fams = sorted({k[0] for k in cnt})
for fm in fams: print(fm, cnt[(fm,'err')], cnt[(fm,'trap')])
# cross-doc 30-char overlap check (excluding planted duplicates within doc)
def shingles(t, n=30):
    return {t[i:i+n] for i in range(len(t)-n+1)}
seen = {}
for e in ex:
    for sh in shingles(e['text']):
        if sh in seen and seen[sh] != e['id']:
            print('XDUP', seen[sh], e['id'], sh); bad += 1; break
    for sh in shingles(e['text']): seen.setdefault(sh, e['id'])
print('total', len(ex), 'labels', len(lb), 'bad', bad)
