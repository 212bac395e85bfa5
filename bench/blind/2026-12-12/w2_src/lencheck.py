import random,sys
sys.argv=['x']
exec(open('build.py').read().split('def main')[0])
for fam,tp in FAM.items():
    for f in tp:
        for mode in ['err','trap']:
            L=[]
            for s in range(30):
                R=random.Random(s); t,q,n=f(R,mode); L.append(len(t))
                if mode=='err' and t.count(q)!=1: print("QUOTE",fam,f.__name__,q); break
            if min(L)<80 or max(L)>500: print(fam,f.__name__,mode,min(L),max(L))
