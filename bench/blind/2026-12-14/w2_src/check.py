# -*- coding: utf-8 -*-
import sys, os, re
sys.path.insert(0, os.path.dirname(__file__))
from assemble import items as _it

items = _it()
bad = 0
for fam, kind, text, quote, note, chk in items:
    L = len(text)
    if not (80 <= L <= 500): print('LEN', fam, L, text[:20]); bad += 1
    if kind == 'E':
        if text.count(quote) != 1: print('QUOTE', fam, quote, text.count(quote)); bad += 1
    if chk is not None:
        v = eval(chk)
        if (kind == 'T') != bool(v): print('ARITH', fam, kind, chk, v); bad += 1
    if kind == 'T' and re.search(r'[xX]{2}|××|○○|\*\*', text): print('PH in trap', text[:20]); bad += 1
# cross-paragraph duplicated 30-char spans
seen = {}
for i, it in enumerate(items):
    t = it[2]
    for j in range(len(t) - 29):
        seen.setdefault(t[j:j+30], set()).add(i)
dups = {k: v for k, v in seen.items() if len(v) > 1}
pairs = set(tuple(sorted(v)) for v in dups.values())
for p in pairs: print('XDUP', [items[i][0] + items[i][1] for i in p])
# within-paragraph dup for non-duplicate families
for fam, kind, text, *_ in items:
    if fam == 'duplicate-passage' and kind == 'E': continue
    for j in range(len(text) - 29):
        if text.count(text[j:j+30]) > 1: print('INDUP', fam, kind, text[j:j+30]); bad += 1; break
ids = len(items)
print('items', ids, 'bad', bad)
