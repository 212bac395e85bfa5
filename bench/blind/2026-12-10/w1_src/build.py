import json, random, collections, math, re
from data_d import A
OUT='/work/blindset/2026-12-10/'
random.seed(20261210)
from pads import PADS
pi=0; padded=[]
for fam,kind,text,quote,note,arg in A:
    front = (fam=='truncated' and kind=='E') or text.rstrip().endswith('【关闭窗口】')
    while len(text)<84:
        p=PADS[pi]; pi+=1
        if front: text=p+text
        else: text=text+('' if text[-1] in '。；' else '\n')+p
    padded.append((fam,kind,text,quote,note,arg))
print('pads used',pi)
items=padded; random.shuffle(items)
ex=open(OUT+'w1_excerpts.jsonl','w',encoding='utf-8'); lb=open(OUT+'w1_labels.jsonl','w',encoding='utf-8')
cnt=collections.Counter(); probs=[]
for i,(fam,kind,text,quote,note,arg) in enumerate(items,1):
    id_=f"w1-{i:03d}"
    n=len(text)
    if not 80<=n<=500: probs.append((id_,fam,'len',n))
    # generic sanity: brackets/quotes balanced except in unbalanced-pair errors
    if not (fam=='unbalanced-pair' and kind=='E'):
        for a,b in ['“”','（）','《》','‘’','【】','()','〔〕']:
            if text.count(a)!=text.count(b): probs.append((id_,fam,'pair',a))
    if not (fam=='placeholder' and kind=='E') and re.search(r'[×○]|XX|xx|\*\*',text): probs.append((id_,fam,'ph?'))
    ex.write(json.dumps({"id":id_,"text":text,"trap":None if kind=='E' else fam},ensure_ascii=False)+"\n")
    if kind=='E':
        c=text.count(quote)
        if c!=1: probs.append((id_,fam,'quotecount',c,quote))
        lb.write(json.dumps({"doc":id_,"family":fam,"quote":quote,"note":note,"arguable":arg},ensure_ascii=False)+"\n")
    cnt[(fam,kind)]+=1
ex.close(); lb.close()
fams=sorted({f for f,_ in cnt})
for f in fams: print(f, cnt[(f,'E')], cnt[(f,'T')])
print('problems:',probs)
