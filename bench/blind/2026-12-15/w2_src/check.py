import json, collections
items = json.load(open('items_debug.json'))
ok = True
def bad(*a):
    global ok; ok=False; print(*a)
ids = [i['id'] for i in items]; assert len(ids)==len(set(ids))
cnt = collections.Counter((i['family'], i['kind']) for i in items)
for k,v in sorted(cnt.items()): print(k, v)
def longest_rep(s):
    best=0
    for L in range(10, len(s)):
        seen=set(); found=False
        for j in range(len(s)-L+1):
            sub=s[j:j+L]
            if sub in seen: found=True; break
            seen.add(sub)
        if found: best=L
        else: break
    return best
pairs = [('“','”'),('（','）'),('(',')'),('《','》'),('‘','’')]
for it in items:
    t = it['text']; n=len(t)
    if not 80<=n<=500: bad('len', it['id'], it['family'], it['kind'], n)
    if it['kind']=='e':
        c = t.count(it['quote'])
        if c!=1: bad('quote count', it['id'], it['family'], c, it['quote'])
    if it['chk'] and not eval(it['chk']): bad('chk fail', it['id'], it['family'], it['kind'], it['chk'])
    if not (it['family']=='duplicate-passage' and it['kind']=='e'):
        lr = longest_rep(t)
        if lr>=20: bad('repeat', it['id'], it['family'], it['kind'], lr)
    if not (it['family']=='unbalanced-pair' and it['kind']=='e'):
        for a,b in pairs:
            if t.count(a)!=t.count(b): bad('pair', it['id'], it['family'], a)
    if not (it['family']=='truncated' and it['kind']=='e'):
        if not t.rstrip().endswith(('。','”','）')): bad('ending', it['id'], it['family'], it['kind'], t[-10:])
    for ph in ['xx','XX','××','○○','**']:
        if ph in t and not (it['family']=='placeholder' and it['kind']=='e'): bad('ph', it['id'], ph)
print('OK' if ok else 'PROBLEMS')
# cross-item shared substrings >= 22 chars
L=28
seen={}
for it in items:
    t=it['text']; subs=set(t[j:j+L] for j in range(len(t)-L+1))
    for sub in subs:
        if sub in seen and seen[sub]!=it['id']:
            print('cross', seen[sub], it['id'], sub)
        seen.setdefault(sub, it['id'])
