# -*- coding: utf-8 -*-
import json, os, sys, collections
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import w3_data_b
from w3_data_a import ITEMS
from w3_pad import SUFFIX, PREFIX
for _it in ITEMS:
    _it['text'] = PREFIX.get(_it['id'], '') + _it['text'] + SUFFIX.get(_it['id'], '')
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FAMS = "blank-amount placeholder sum-mismatch part-exceeds-total growth-mismatch difference-mismatch ratio-mismatch share-sum count-mismatch duplicate-passage numbering unbalanced-pair truncated date-anomaly unit-error term-error web-residue".split()
ok = True
ids = [it['id'] for it in ITEMS]
assert len(ids) == len(set(ids)), "dup ids"
cnt = collections.Counter()
for it in ITEMS:
    t = it['text']; n = len(t)
    if not (80 <= n <= 500): print("LEN", it['id'], n); ok = False
    for c in it['chk']:
        if not eval(c): print("CHK FAIL", it['id'], c); ok = False
    if it['trap'] is None:
        k = t.count(it['quote'])
        if k != 1: print("QUOTE", it['id'], k, it['quote']); ok = False
        cnt[(it['family'], 'err')] += 1
    else:
        cnt[(it['family'], 'trap')] += 1
    # bracket balance sanity (only unbalanced-pair errors should fail)
    pairs = [("“","”"),("（","）"),("《","》"),("【","】"),("‘","’")]
    bal = all(t.count(a) == t.count(b) for a, b in pairs) and t.count("(") == t.count(")")
    if it['id'].startswith("w3-up-t2"): bal = True  # 1) 2) list markers
    if not bal and not (it['trap'] is None and it['family'] == 'unbalanced-pair'):
        print("BRACKETS", it['id']); ok = False
    if bal and it['trap'] is None and it['family'] == 'unbalanced-pair':
        print("BRACKETS-EXPECTED", it['id']); ok = False
for f in FAMS:
    if cnt[(f,'err')] != 5 or cnt[(f,'trap')] != 4: print("COUNT", f, cnt[(f,'err')], cnt[(f,'trap')]); ok = False
print("total", len(ITEMS), "ok" if ok else "PROBLEMS")
with open(os.path.join(OUT, "w3_excerpts.jsonl"), "w", encoding="utf-8") as fe, \
     open(os.path.join(OUT, "w3_labels.jsonl"), "w", encoding="utf-8") as fl:
    for it in ITEMS:
        fe.write(json.dumps({"id": it['id'], "text": it['text'], "trap": it['trap']}, ensure_ascii=False) + "\n")
        if it['trap'] is None:
            fl.write(json.dumps({"doc": it['id'], "family": it['family'], "quote": it['quote'],
                                 "note": it['note'], "arguable": it['arguable']}, ensure_ascii=False) + "\n")
