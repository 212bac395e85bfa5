# -*- coding: utf-8 -*-
"""Assemble text_excerpts.jsonl / text_labels.jsonl from the hand-written data, shuffle, check."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import data_a, data_b
from patch_a import PATCH
from patch_b import PATCH2

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAM = [
    ('duplicate-passage', data_a, 'DUP'),
    ('numbering', data_a, 'NUM'),
    ('unbalanced-pair', data_a, 'PAIR'),
    ('truncated', data_a, 'TRUNC'),
    ('date-anomaly', data_b, 'DATE'),
    ('unit-error', data_b, 'UNIT'),
    ('term-error', data_b, 'TERM'),
    ('web-residue', data_b, 'WEB'),
]

items = []
for fam, mod, key in FAM:
    errs = getattr(mod, key + '_ERR')
    traps = getattr(mod, key + '_TRAP')
    assert len(errs) == 15 and len(traps) == 12, (fam, len(errs), len(traps))
    for i, (text, quote, note, arg) in enumerate(errs):
        pre, suf = PATCH.get((key + '_ERR', i), ('', ''))
        p2, s2 = PATCH2.get((key + '_ERR', i), ('', ''))
        pre, suf = p2 + pre, suf + s2
        items.append(dict(text=pre + text + suf, trap=None, fam=fam, quote=quote, note=note, arguable=arg))
    for i, text in enumerate(traps):
        pre, suf = PATCH.get((key + '_TRAP', i), ('', ''))
        p2, s2 = PATCH2.get((key + '_TRAP', i), ('', ''))
        pre, suf = p2 + pre, suf + s2
        items.append(dict(text=pre + text + suf, trap=fam, fam=fam))

rng = random.Random(20261209)
rng.shuffle(items)
# interleave: avoid more than 2 consecutive items of one family
for _ in range(2000):
    bad = [k for k in range(2, len(items)) if items[k]['fam'] == items[k-1]['fam'] == items[k-2]['fam']]
    if not bad:
        break
    k = bad[0]; j = rng.randrange(len(items)); items[k], items[j] = items[j], items[k]

problems = []
texts = set()
ex, lab = [], []
for n, it in enumerate(items, 1):
    i = 'text-%03d' % n
    t = it['text']
    if not (80 <= len(t) <= 500):
        problems.append((i, 'length', len(t)))
    if t in texts:
        problems.append((i, 'duplicate text'))
    texts.add(t)
    ex.append({'id': i, 'text': t, 'trap': it['trap']})
    if it['trap'] is None:
        c = t.count(it['quote'])
        if c != 1:
            problems.append((i, 'quote count', c, it['quote']))
        lab.append({'doc': i, 'family': it['fam'], 'quote': it['quote'], 'note': it['note'], 'arguable': it['arguable']})

with open(os.path.join(OUT, 'text_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for e in ex:
        f.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'text_labels.jsonl'), 'w', encoding='utf-8') as f:
    for l in lab:
        f.write(json.dumps(l, ensure_ascii=False) + '\n')
print(len(ex), 'excerpts', len(lab), 'labels')
for p in problems:
    print('PROBLEM', p)
