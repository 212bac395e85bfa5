import json, re, sys, collections
sys.path.insert(0, '.')
import common
for m in ['data1','data2','data3','data4','data5']:
    __import__(m)
items = common.ITEMS
import random, pads
pre = pads.PRE[:]; suf = pads.SUF[:]
rng = random.Random(20261209); rng.shuffle(pre); rng.shuffle(suf)
def join(a, b):
    return a + ("\n" if ("\n" in a or "\n" in b or a[-1] not in "。；！") else "") + b
npad = 0
for it in items:
    t = it['text']
    order = ['s','p'] if len(suf) >= len(pre) else ['p','s']
    for o in order:
        if len(t) < 80:
            t = join(t, suf.pop()) if o == 's' else join(pre.pop(), t); npad += 1
    it['text'] = t
print('pads used', npad, 'left', len(pre), len(suf))
out = '/work/devsets/2026-12-09-c/'
ex = open(out+'devc_excerpts.jsonl','w', encoding='utf-8'); lb = open(out+'devc_labels.jsonl','w', encoding='utf-8')
cnt = collections.Counter(); bad = 0
seen=set()
for i, it in enumerate(items, 1):
    id_ = 'devc-%03d' % i
    t = it['text']
    assert t not in seen; seen.add(t)
    n = len(t)
    if not (80 <= n <= 500): print('LEN', id_, n, it['fam']); bad += 1
    for ph in ['××','xx','XX','○○','**']:
        if ph in t: print('PLACEHOLDER', id_, ph); bad+=1
    # balance check for non-unbalanced items
    if not (it['fam']=='unbalanced-pair' and not it['trap']) and '1）' not in t:
        for a,b in ['“”','（）','《》','【】','()']:
            if t.count(a)!=t.count(b): print('UNBAL', id_, a, b); bad+=1
    if it['chk']:
        expr, stated, tol = it['chk']; v = eval(expr); d = abs(v - stated)
        ok = (d <= tol) if it['trap'] else (d > tol)
        if not ok: print('CHK', id_, it['fam'], it['trap'], v, stated, tol); bad+=1
    ex.write(json.dumps({'id': id_, 'text': t, 'trap': it['fam'] if it['trap'] else None}, ensure_ascii=False)+'\n')
    if not it['trap']:
        q = it['quote']
        if t.count(q) != 1: print('QUOTE', id_, t.count(q), q); bad += 1
        lb.write(json.dumps({'doc': id_, 'family': it['fam'], 'quote': q, 'note': it['note'], 'arguable': it['arguable']}, ensure_ascii=False)+'\n')
    cnt[(it['fam'], 'trap' if it['trap'] else 'err')] += 1
for k in sorted(cnt): print(k, cnt[k])
print('bad', bad, 'total', len(items))
