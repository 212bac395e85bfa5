import json, random, math, re, sys
sys.path.insert(0, '.')
from data5 import D
from decimal import Decimal
def dec(x):
    s=repr(float(x)); 
    return 0 if float(x).is_integer() else len(s.split('.')[1])
def half(x): return 0.5*10**(-dec(x))
bad=[]
def check(d):
    c=d['chk']
    if not c: return None
    k=c[0]
    if k=='sum':
        parts,tot=c[1],c[2]; s=sum(parts); tol=half(tot)+sum(half(p) for p in parts)
        return abs(s-tot)<=tol+1e-9, f"sum {s:.4f} vs {tot} tol {tol}"
    if k=='part': return c[1]<=c[2], f"part {c[1]} <= {c[2]}"
    if k=='growth':
        cur,base,r=c[1:]; v=(cur/base-1)*100
        tol=half(r)+ (half(cur)/base + cur*half(base)/base**2)*100
        return abs(v-r)<=tol+1e-9, f"growth {v:.3f} vs {r} tol {tol:.3f}"
    if k=='cagr':
        cur,base,n,r=c[1:]; v=((cur/base)**(1/n)-1)*100
        return abs(v-r)<=half(r)+0.05, f"cagr {v:.3f} vs {r}"
    if k=='diff':
        cur,base,dd=c[1:]; v=cur-base; tol=half(dd)+half(cur)+half(base)
        return abs(v-dd)<=tol+1e-9, f"diff {v:.4f} vs {dd}"
    if k=='ratio':
        a,b,p=c[1:]; v=a/b*100; tol=half(p)+(half(a)/b+a*half(b)/b**2)*100
        return abs(v-p)<=tol+1e-9, f"ratio {v:.4f} vs {p} tol {tol:.4f}"
    if k=='share':
        ps,w=c[1],c[2]; s=sum(ps); tol=sum(half(p) for p in ps)
        return abs(s-w)<=tol+1e-9, f"share {s:.3f} vs {w}"
    if k=='count': return c[1]==c[2], f"count {c[1]} vs {c[2]}"
random.seed(20261215)
from pads import PADS,TAILS
P=PADS[:];Tl=TAILS[:];random.shuffle(P);random.shuffle(Tl)
def take(pool,fam):
    for i,p in enumerate(pool):
        if fam=='term-error' and '稳中求' in p: continue
        if fam=='date-anomaly' and ('十五五' in p or '年' in p and any(ch.isdigit() for ch in p)): continue
        return pool.pop(i)
    return None
for d in D:
    t=d['text']; f=d['fam']
    lead_ok=not t.startswith(('当前位置','（','二、','2026年上半年工作总结','2026年农村','重点项目投资完成'))
    tail_ok=not (f=='truncated' and not d['trap']) and not (f=='web-residue' and not d['trap'] and not t.startswith('当前'))
    tail_ok = tail_ok or (f=='truncated' and not d['trap'] and d['quote'] in ('加快推进。','2,146万元，；'))
    first_tail = tail_ok and random.random()<0.45
    while len(t)<80:
        if (first_tail or not lead_ok) and tail_ok and Tl:
            p=take(Tl,f)
            if p is None: first_tail=False; continue
            t=t+p if t.endswith(('。','\n')) else t+'\n'+p
        elif lead_ok and P:
            p=take(P,f); t=p+t
        elif tail_ok and Tl:
            p=take(Tl,f); t=t+p
        else: break
        first_tail = not first_tail if (lead_ok and tail_ok) else first_tail
    d['text']=t
print('pads left',len(P),len(Tl))
order=list(range(len(D))); random.shuffle(order)
ex=[];lab=[]
from collections import Counter
cnt=Counter()
for i,idx in enumerate(order):
    d=D[idx]; id=f"w1-{i+1:03d}"
    t=d['text']; L=len(t)
    if not (80<=L<=500): bad.append((id,d['fam'],'len',L,t[:20]))
    r=check(d)
    if d['trap']:
        if r and not r[0]: bad.append((id,d['fam'],'trap wrong',r[1]))
        ex.append(dict(id=id,text=t,trap=d['fam'])); cnt[(d['fam'],'trap')]+=1
    else:
        if r and r[0]: bad.append((id,d['fam'],'error consistent',r[1]))
        if t.count(d['quote'])!=1: bad.append((id,d['fam'],'quote count',t.count(d['quote'])))
        ex.append(dict(id=id,text=t,trap=None)); cnt[(d['fam'],'err')]+=1
        lab.append(dict(doc=id,family=d['fam'],quote=d['quote'],note=d['note'],arguable=d['arg']))
    if r: print(id,d['fam'],'T' if d['trap'] else 'E',r[1])
assert len({e['id'] for e in ex})==len(ex)
for b in bad: print('BAD',b)
fams=sorted({d['fam'] for d in D})
for f in fams: print(f,cnt[(f,'err')],cnt[(f,'trap')])
print(len(fams),len(ex),len(lab))
if not bad:
    with open('../w1_excerpts.jsonl','w') as f:
        for e in ex: f.write(json.dumps(e,ensure_ascii=False)+'\n')
    with open('../w1_labels.jsonl','w') as f:
        for l in lab: f.write(json.dumps(l,ensure_ascii=False)+'\n')
    print('written')
