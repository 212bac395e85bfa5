# -*- coding: utf-8 -*-
"""Self-check of text_excerpts/text_labels: ids, quotes, lengths, cross-family contamination, trap arithmetic."""
import json, re, os, collections
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ex = [json.loads(l) for l in open(os.path.join(D, 'text_excerpts.jsonl'), encoding='utf-8')]
lab = [json.loads(l) for l in open(os.path.join(D, 'text_labels.jsonl'), encoding='utf-8')]
byid = {e['id']: e for e in ex}
assert len(byid) == len(ex)
fam_of = {l['doc']: l['family'] for l in lab}
assert len(fam_of) == len(lab)
probs = []
for l in lab:
    t = byid[l['doc']]['text']
    if t.count(l['quote']) != 1:
        probs.append(('quote', l['doc']))
    if byid[l['doc']]['trap'] is not None:
        probs.append(('label on trap', l['doc']))
for e in ex:
    if e['trap'] is None and e['id'] not in fam_of:
        probs.append(('error without label', e['id']))

PAIRS = ['“”', '（）', '《》', '【】', '〔〕', '‘’', '()', '〈〉']
def balanced(t):
    for a, b in PAIRS:
        if a == '(' :
            if t.count('(') != t.count(')'): return False
            continue
        depth = 0
        for ch in t:
            if ch == a: depth += 1
            elif ch == b:
                depth -= 1
                if depth < 0: return False
        if depth: return False
    return True
def listparen_ok(t):  # allow 1）2）3） style
    return re.sub(r'\d）', '', t)
def dup30(t):
    s = re.sub(r'\s', '', t)
    seen = {}
    for i in range(len(s) - 30):
        k = s[i:i+30]
        if k in seen and i - seen[k] >= 30: return k
        seen.setdefault(k, i)
    return None
RESIDUE = ['当前位置', '发布时间', '字号', '扫一扫', '分享到', '责任编辑', '上一篇', '下一篇', '本文来源', '由会员分享', '阅读(', '第 ', 'http', 'www.', 'VIP', '公众号“公文', '— ']
DATE_BAD = re.compile(r'(1[3-9]|[2-9]\d)月|2月(3[01])日|4月31日|6月31日|9月31日|11月31日|第五季度')
UNIT_BAD = re.compile(r'万元元|亿元元|平方米米|%%')
for e in ex:
    t = e['text']; fam = e['trap'] or fam_of.get(e['id'])
    if fam != 'unbalanced-pair' and not balanced(listparen_ok(t)):
        probs.append(('unbalanced', e['id'], fam))
    if fam != 'duplicate-passage' and dup30(t):
        probs.append(('dup30', e['id'], fam, dup30(t)))
    if fam == 'duplicate-passage' and e['trap'] and dup30(t):
        probs.append(('dup30 in trap', e['id']))
    if fam != 'web-residue' and any(r in t for r in RESIDUE):
        probs.append(('residue?', e['id'], fam, [r for r in RESIDUE if r in t]))
    if fam != 'date-anomaly' and DATE_BAD.search(t):
        probs.append(('date?', e['id'], fam, DATE_BAD.search(t).group()))
    if fam != 'unit-error' and UNIT_BAD.search(t):
        probs.append(('unit?', e['id'], fam))
    if t.rstrip()[-1] in '，、,;；：和的' and fam != 'truncated':
        probs.append(('ends open', e['id'], fam))
    if not (80 <= len(t) <= 500):
        probs.append(('len', e['id'], len(t)))

# trap arithmetic (relations stated in the trap paragraphs), recomputed
A = [
    ('121.7/186.4 城镇化率', round(121.7/186.4*100, 2), 65.29),
    ('1216+2466 市场主体', 1216+2466, 3682),
    ('38/42 开工率', round(38/42*100, 1), 90.5),
    ('42-38', 42-38, 4),
    ('三次产业 上年', round(10.6+41.2+48.2, 1), 100.0),
    ('三次产业 本年', round(10.1+40.8+49.1, 1), 100.0),
    ('三产占比提高', round(49.1-48.2, 1), 0.9),
    ('出口+进口', round(46.2+12.4, 1), 58.6),
    ('7.12-7.86 自然增长率', round(7.12-7.86, 2), -0.74),
    ('126.3万亩→公顷', round(126.3/15, 2), 8.42),
    ('机电出口占比', round(7.8/12.6*100, 1), 61.9),
    ('资金来源', round(4.2+1.5+1.1, 1), 6.8),
    ('城乡收入比 46820/23150', round(46820/23150, 2), 2.02),
    ('城乡收入比 42860/21350', round(42860/21350, 2), 2.01),
    ('税收占比 9.2/12.6', round(9.2/12.6*100, 1), 73.0),
    ('粮食+经济作物', round(38.6+13.7, 1), 52.3),
    ('主办+协办 = 建议+提案', 61+29, 38+52),
    ('2009+15', 2009+15, 2024),
    ('出生率 1.12/186.4', round(1.12/186.4*1000, 2), 6.01),
]
for name, got, want in A:
    if abs(got - want) > 1e-9:
        probs.append(('arith', name, got, want))
c = collections.Counter((fam_of.get(e['id']) or e['trap'], e['trap'] is None) for e in ex)
for (f, err), n in sorted(c.items()):
    print(f, 'errors' if err else 'traps', n)
print('problems:', len(probs))
for p in probs: print(p)
