import json, random, collections
E=[]
def add(fam, trap, text, quote=None, note=None, chk=None):
    E.append(dict(fam=fam, trap=trap, text=text, quote=quote, note=note, chk=chk))
src=open('part1.py').read().split('def add',1)[1].split('\n',3)[3]
exec(src); exec(open('part2.py').read())
exec(open('pad.py').read())
TAB=['以下为有关数据情况。','按照统计制度规定，现将有关情况公布如下。','下面，就有关情况汇报如下。']
pool=[p for p in PRE if p not in TAB]
APPEND_START=('当前位置','县民政局2025年上半年','二〇二五年十二月二十六日','（三）坚持生态优先','发布时间')
for e in E:
    t=e['text']
    if len(t)>=80: continue
    if t.startswith('表'):
        e['text']=TAB.pop(0)+'\n'+t if TAB else pool.pop(0)+'\n'+t
    elif t.startswith(APPEND_START) and e['fam']!='truncated':
        e['text']=t+pool.pop(0)
    elif t.startswith(('（一）','（三）','（二）','（四）','（五','六、')):
        e['text']=t+pool.pop(0) if e['fam']!='truncated' else pool.pop(0)+'\n'+t
    else:
        e['text']=pool.pop(0)+t
for e in E:
    if len(e['text'])<80: e['text']=pool.pop(0)+e['text']
print('pads left',len(pool),len(TAB))
def lrs(t):
    best=0
    for L in range(20,len(t)):
        seen=set(); found=False
        for i in range(len(t)-L+1):
            x=t[i:i+L]
            if x in seen: found=True;break
            seen.add(x)
        if not found: break
        best=L
    return best
cnt=collections.Counter(); bad=0
for e in E:
    t=e['text']
    if not (80<=len(t)<=500): print('LEN',len(t),t[:30]); bad+=1
    if e['chk'] and not eval(e['chk']): print('CHK',t[:30]); bad+=1
    if e['trap'] is False:
        if t.count(e['quote'])!=1: print('QUOTE',e['quote']); bad+=1
    r=lrs(t)
    if e['fam']!='duplicate-passage' or e['trap']:
        if r>=20: print('REP',r,t[:30])
    elif r<30: print('NODUP',t[:30])
    cnt[(e['fam'],'trap' if e['trap'] else 'err')]+=1
print(bad); print(sorted(cnt.items()))
random.seed(3); random.shuffle(E)
with open('../w3_excerpts.jsonl','w') as f, open('../w3_labels.jsonl','w') as g:
    for i,e in enumerate(E,1):
        id=f"w3-{i:03d}"
        f.write(json.dumps({"id":id,"text":e['text'],"trap":(e['trap'] if e['trap'] else None)},ensure_ascii=False)+"\n")
        if not e['trap']:
            g.write(json.dumps({"doc":id,"family":e['fam'],"quote":e['quote'],"note":e['note'],"arguable":False},ensure_ascii=False)+"\n")
