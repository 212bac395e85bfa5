import json, collections, sys
sys.path.insert(0, '.')
import data_b
from data_a import E
OUT = '/work/blindset/2026-12-10/'
FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
abbr = {f: ''.join(w[0] for w in f.split('-')) for f in FAMS}
cnt = collections.Counter(); ex = []; lab = []; problems = []
per = collections.Counter()
for e in E:
    f = e['fam']; assert f in FAMS
    kind = 't' if e['trap'] else 'e'
    cnt[(f, kind)] += 1
    did = f"w2-{abbr[f]}-{kind}{cnt[(f,kind)]}"
    t = e['text']
    n = len(t)
    if not 80 <= n <= 500: problems.append((did, 'len', n))
    if e.get('chk'):
        v = eval(e['chk'])
        if e['trap'] and not v: problems.append((did, 'trap arithmetic wrong', e['chk']))
        if not e['trap'] and v: problems.append((did, 'error arithmetic consistent', e['chk']))
    ex.append({"id": did, "text": t, "trap": f if e['trap'] else None})
    if not e['trap']:
        c = t.count(e['quote'])
        if c != 1: problems.append((did, 'quote count', c, e['quote']))
        lab.append({"doc": did, "family": f, "quote": e['quote'], "note": e['note'], "arguable": e.get('arguable', False)})
    # bracket balance for all but unbalanced-pair errors
    if f != 'unbalanced-pair':
        for a, b in ['（）', '“”', '《》', '()', '【】', '〈〉']:
            if t.count(a) != t.count(b): problems.append((did, 'unbalanced', a+b))
ids = [x['id'] for x in ex]; assert len(ids) == len(set(ids))
for f in FAMS:
    print(f, cnt[(f,'e')], cnt[(f,'t')])
print('problems:', problems)
with open(OUT+'w2_excerpts.jsonl', 'w', encoding='utf-8') as fh:
    for x in ex: fh.write(json.dumps(x, ensure_ascii=False) + '\n')
with open(OUT+'w2_labels.jsonl', 'w', encoding='utf-8') as fh:
    for x in lab: fh.write(json.dumps(x, ensure_ascii=False) + '\n')
print(len(ex), len(lab))
