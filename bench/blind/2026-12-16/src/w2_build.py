import json, random, re, collections, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import w2_data2, w2_data3, w2_data4, w2_data5, w2_data6
from w2_data1 import D
OUT = os.path.join(os.path.dirname(__file__), '..')
random.seed(20261216)
items = D[:]
random.shuffle(items)
for i, it in enumerate(items, 1):
    it['id'] = f"w2-{i:03d}"
errs = []
cnt = collections.Counter()
for it in items:
    t = it['text']
    cnt[(it['fam'], it['kind'])] += 1
    if not (80 <= len(t) <= 500): errs.append((it['id'], 'len', len(t)))
    if not eval(it['chk']): errs.append((it['id'], 'chk', it['chk']))
    if it['kind'] == 'e':
        n = t.count(it['quote'])
        if n != 1: errs.append((it['id'], 'quote count', n, it['quote']))
    # bracket balance except unbalanced-pair errors
    if not (it['fam'] == 'unbalanced-pair' and it['kind'] == 'e'):
        for a, b in ['“”', '（）', '《》', '【】', '‘’', '()']:
            if t.count(a) != t.count(b) and not (a=='（' and t.count(a)==t.count(b)-len(re.findall(r'\d）', t))): errs.append((it['id'], 'bracket', a))
    if not (it['fam'] == 'placeholder' and it['kind'] == 'e'):
        if re.search(r'[xX]{2}|\*\*|○○|××|[xX]月', t): errs.append((it['id'], 'placeholder-like'))
    if not (it['fam'] == 'unit-error' and it['kind'] == 'e'):
        if re.search(r'万元元|米米|亿元元', t): errs.append((it['id'], 'unit'))
# cross-paragraph duplicates of 30+ chars
def grams(t, n=30): return {t[i:i+n] for i in range(len(t)-n+1)}
seen = {}
for it in items:
    g = grams(it['text'])
    for x in g:
        if x in seen and seen[x] != it['id']: errs.append((it['id'], 'cross-dup', seen[x], x)); break
    for x in g: seen.setdefault(x, it['id'])
    if not (it['fam'] == 'duplicate-passage' and it['kind'] == 'e'):
        t = it['text']
        for i in range(len(t)-30):
            if t.find(t[i:i+30], i+1) != -1: errs.append((it['id'], 'self-dup', t[i:i+30])); break
for e in errs: print(e)
for k in sorted(cnt): print(k, cnt[k])
print(len(items), 'items', len(errs), 'problems')
if not errs:
    with open(os.path.join(OUT, 'w2_excerpts.jsonl'), 'w', encoding='utf-8') as f:
        for it in items:
            f.write(json.dumps({"id": it['id'], "text": it['text'], "trap": None if it['kind']=='e' else it['fam']}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, 'w2_labels.jsonl'), 'w', encoding='utf-8') as f:
        for it in items:
            if it['kind'] == 'e':
                f.write(json.dumps({"doc": it['id'], "family": it['fam'], "quote": it['quote'], "note": it['note'], "arguable": it['arg']}, ensure_ascii=False) + "\n")
    print('written')
