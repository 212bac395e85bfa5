# -*- coding: utf-8 -*-
import json, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from assemble import items as _it

OUT = os.path.join(os.path.dirname(__file__), '..')
items = _it()
ex, lab = [], []
cnt = {}
for fam, kind, text, quote, note, chk in items:
    c = cnt.setdefault((fam, kind), 0) + 1
    cnt[(fam, kind)] = c
    pid = 'w2-%s-%s%d' % (fam, 'e' if kind == 'E' else 't', c)
    ex.append({'id': pid, 'text': text, 'trap': None if kind == 'E' else fam})
    if kind == 'E':
        lab.append({'doc': pid, 'family': fam, 'quote': quote, 'note': note, 'arguable': False})
with open(os.path.join(OUT, 'w2_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'w2_labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in lab: f.write(json.dumps(r, ensure_ascii=False) + '\n')
for k in sorted(cnt): print(k, cnt[k])
