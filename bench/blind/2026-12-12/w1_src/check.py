import json, collections, re, sys
sys.path.insert(0, '.')
import gen
items = gen.main()
ex=[json.loads(l) for l in open('../w1_excerpts.jsonl',encoding='utf-8')]
lab=[json.loads(l) for l in open('../w1_labels.jsonl',encoding='utf-8')]
ids=[e['id'] for e in ex]; assert len(ids)==len(set(ids))
txt={e['id']:e['text'] for e in ex}
cnt=collections.Counter()
prob=0
for it in items:
    t=it['text']; cnt[(it['fam'],it['trap'])]+=1
    if not (80<=len(t)<=500): print('LEN',len(t),it['id'],t[:30]); prob+=1
    for a,b,tol in it['ok']:
        if abs(a-b)>tol+1e-9: print('OKFAIL',it['id'],a,b); prob+=1
    for a,b,tol in it['bad']:
        if abs(a-b)<=tol+1e-9: print('BADFAIL',it['id'],a,b); prob+=1
    if not it['trap']:
        if t.count(it['quote'])!=1: print('QUOTE',it['id'],it['quote'],t.count(it['quote'])); prob+=1
    # duplicate 30-char substrings in non-duplicate items
    if it['fam']!='duplicate-passage' or it['trap']:
        for i in range(len(t)-30):
            if t.find(t[i:i+30],i+1)!=-1: print('DUP',it['id'],t[i:i+30]); prob+=1; break
    # bracket balance for non-unbalanced items
    if it['fam']!='unbalanced-pair' or it['trap']:
        for o,c in ['“”','（）','《》','()','【】']:
            if t.count(o)!=t.count(c): print('PAIR',it['id'],o,c); prob+=1
seen={}
for it in items:
    t=it['text']
    for i in range(len(t)-30):
        k=t[i:i+30]
        if k in seen and seen[k]!=it['id']: print('XDUP',it['id'],seen[k],k); prob+=1; break
    for i in range(len(t)-30): seen.setdefault(t[i:i+30],it['id'])
for l in lab:
    assert txt[l['doc']].count(l['quote'])==1
for k in sorted(cnt): print(k,cnt[k])
print('excerpts',len(ex),'labels',len(lab),'problems',prob)
