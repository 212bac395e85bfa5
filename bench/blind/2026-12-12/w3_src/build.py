# -*- coding: utf-8 -*-
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from math import log, exp
from data_numeric import E
import data_text  # noqa: registers text entries
OUT = os.path.join(os.path.dirname(__file__), '..')
fams = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
cnt = {f: [0, 0] for f in fams}
ex, lab = [], []
ok = True
from fillers import LEADS, TAILS
li = ti = 0
for i, e in enumerate(E, 1):
    did = f"w3-{i:03d}"
    x = e['x']
    used = set()
    while len(x) < 80:
        ends_trunc = (e['f'] == 'truncated' and e['t'] == 'e' and x.endswith(e['q']))
        starts_tab = x.startswith('表') or x.startswith('当前位置') or x.startswith('本公报') or x.startswith('注：') or x.startswith('（') or x[:2] in ('一、', '二、')
        want_tail = (not ends_trunc) and (starts_tab or i % 2 == 0)
        if 'tail' in used and not ends_trunc and not starts_tab: want_tail = False
        if 'lead' in used and not ends_trunc: want_tail = True
        if want_tail:
            x = x + ('\n' if '\t' in x else '') + TAILS[ti % len(TAILS)]; ti += 1; used.add('tail')
        else:
            x = LEADS[li % len(LEADS)] + x; li += 1; used.add('lead')
    assert e['f'] in fams, e['f']
    L = len(x)
    if not (80 <= L <= 500):
        print('LEN', did, e['f'], L); ok = False
    if e['c'] is not None and not eval(e['c']):
        print('CHECK FAIL', did, e['f'], e['t'], e['c']); ok = False
    if e['t'] == 'e':
        cnt[e['f']][0] += 1
        if x.count(e['q']) != 1:
            print('QUOTE', did, e['q'], x.count(e['q'])); ok = False
        ex.append({"id": did, "text": x, "trap": None})
        lab.append({"doc": did, "family": e['f'], "quote": e['q'], "note": e['n'], "arguable": e['a']})
    else:
        cnt[e['f']][1] += 1
        ex.append({"id": did, "text": x, "trap": e['f']})
    # bracket balance for everything except the unbalanced-pair errors
    if not (e['t'] == 'e' and e['f'] == 'unbalanced-pair'):
        for o, c in ['（）', '“”', '《》', '()', '【】']:
            if x.count(o) != x.count(c):
                print('BRACKET', did, e['f'], o); ok = False
assert len({d['id'] for d in ex}) == len(ex)
for f in fams:
    print(f, cnt[f])
with open(os.path.join(OUT, 'w3_excerpts.jsonl'), 'w', encoding='utf-8') as fh:
    for d in ex: fh.write(json.dumps(d, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'w3_labels.jsonl'), 'w', encoding='utf-8') as fh:
    for d in lab: fh.write(json.dumps(d, ensure_ascii=False) + '\n')
print('OK' if ok else 'PROBLEMS', len(ex), len(lab))
