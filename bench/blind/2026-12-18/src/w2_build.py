# Build w2_excerpts.jsonl / w2_labels.jsonl from hand-written data, then self-check.
import json, random, sys, os, re, collections
sys.path.insert(0, os.path.dirname(__file__))
import w2_data_num, w2_data_text
from w2_data_num import ITEMS
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
items = list(ITEMS)
from w2_leads import LEADS
def _sh(t, n=30):
    t = re.sub(r'\s', '', t); return {t[i:i+n] for i in range(len(t) - n + 1)}
_use = collections.Counter(); _seen = set(); _k = 0
for it in items:
    if len(it['text']) >= 80: continue
    for _ in range(len(LEADS) * 4):
        lead = LEADS[_k % len(LEADS)]; _k += 1
        if _use[lead] >= 3: continue
        cand = lead + it['text']
        if len(cand) < 80:
            lead2 = LEADS[(_k * 7 + 3) % len(LEADS)]
            if lead2 == lead or _use[lead2] >= 3: continue
            cand = lead2 + cand
        else:
            lead2 = None
        if _sh(cand) & _seen: continue
        it['text'] = cand; _use[lead] += 1
        if lead2: _use[lead2] += 1
        _seen |= _sh(cand)
        break
    else:
        raise SystemExit('no lead for ' + it['text'][:20])
random.Random(20261218).shuffle(items)
ex, lab = [], []
for i, it in enumerate(items, 1):
    it['id'] = 'w2-%03d' % i
    ex.append({"id": it['id'], "text": it['text'], "trap": None if it['kind'] == 'E' else it['fam']})
    if it['kind'] == 'E':
        lab.append({"doc": it['id'], "family": it['fam'], "quote": it['quote'], "note": it['note'], "arguable": it['arguable']})
with open(os.path.join(OUT, 'w2_excerpts.jsonl'), 'w', encoding='utf-8') as f:
    for r in ex: f.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(OUT, 'w2_labels.jsonl'), 'w', encoding='utf-8') as f:
    for r in lab: f.write(json.dumps(r, ensure_ascii=False) + '\n')

# ---- self-check ----
errs = []
ids = [r['id'] for r in ex]
if len(ids) != len(set(ids)): errs.append('duplicate ids')
cnt = collections.Counter((it['fam'], it['kind']) for it in items)
fams = sorted(set(it['fam'] for it in items))
if len(fams) != 17: errs.append('families %d' % len(fams))
for fm in fams:
    if cnt[(fm, 'E')] != 5 or cnt[(fm, 'T')] != 4: errs.append('count %s %s' % (fm, (cnt[(fm,'E')], cnt[(fm,'T')])))
for it in items:
    t = it['text']
    if not (80 <= len(t) <= 500): errs.append('len %s %d %s' % (it['id'], len(t), t[:20]))
    if it['kind'] == 'E':
        if t.count(it['quote']) != 1: errs.append('quote count %s %d %r' % (it['id'], t.count(it['quote']), it['quote']))
    for expr, stated, tol in it['calc']:
        v = eval(expr)
        ok = abs(v - stated) <= tol + 1e-9
        if it['kind'] == 'T' and not ok: errs.append('trap arith %s %s=%.4f vs %s' % (it['id'], expr, v, stated))
    if it['kind'] == 'E' and it['calc']:
        # the first calc is the planted inconsistency; others must be consistent
        expr, stated, tol = it['calc'][0]
        if abs(eval(expr) - stated) <= tol * 2 + 1e-9: errs.append('error not wrong enough %s' % it['id'])
        for expr, stated, tol in it['calc'][1:]:
            if abs(eval(expr) - stated) > tol + 1e-9: errs.append('extra inconsistency %s %s' % (it['id'], expr))
    # bracket balance for all but unbalanced-pair errors
    if not (it['fam'] == 'unbalanced-pair' and it['kind'] == 'E'):
        for a, b in ['（）', '()', '《》', '“”', '【】', '[]']:
            if t.count(a) != t.count(b): errs.append('unbalanced %s %s%s' % (it['id'], a, b))
    # placeholder-like residue outside placeholder errors
    if not (it['fam'] == 'placeholder' and it['kind'] == 'E'):
        if re.search(r'[xX×○]{2}|XX|\*\*', t): errs.append('placeholder-like %s' % it['id'])
# cross-document duplicated passages (30+ chars) that are not intended
def shingles(s, n=30):
    s = re.sub(r'\s', '', s)
    return {s[i:i+n] for i in range(len(s) - n + 1)}
seen = {}
for it in items:
    for sh in shingles(it['text']):
        if sh in seen and seen[sh] != it['id']:
            errs.append('cross-doc dup %s %s %s' % (seen[sh], it['id'], sh)); break
    for sh in shingles(it['text']):
        seen.setdefault(sh, it['id'])
E = sum(1 for it in items if it['kind'] == 'E'); Tn = len(items) - E
print('paragraphs', len(items), 'errors', E, 'traps', Tn)
for fm in fams: print(fm, cnt[(fm, 'E')], cnt[(fm, 'T')])
if errs:
    print('\n'.join(errs)); sys.exit(1)
print('SELF-CHECK OK')
