import json, os, collections
D = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
ex = [json.loads(l) for l in open(os.path.join(D, 'devtext_excerpts.jsonl'))]
lab = [json.loads(l) for l in open(os.path.join(D, 'devtext_labels.jsonl'))]
ids = [e['id'] for e in ex]; assert len(ids) == len(set(ids))
T = {e['id']: e for e in ex}
cnt = collections.Counter()
for l in lab:
    t = T[l['doc']]['text']; c = t.count(l['quote'])
    if c != 1: print('QUOTE', l['doc'], c, repr(l['quote']))
    assert T[l['doc']]['trap'] is None
    cnt[(l['family'], 'err')] += 1
labeled = collections.Counter(l['doc'] for l in lab)
for e in ex:
    if e['trap'] is None and labeled[e['id']] != 1: print('NOLABEL', e['id'])
    if e['trap']: cnt[(e['trap'], 'trap')] += 1
    L = len(e['text'])
    paras = e['text'].split('\n')
    if L < 80 or L > 1200: print('LEN', e['id'], L, e['trap'], e['text'][:30])
    for w in ['xx', 'XX', '××', '○○']:
        if w in e['text']: print('PH', e['id'], w)
print(sorted(cnt.items()))
