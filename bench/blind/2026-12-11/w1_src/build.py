# -*- coding: utf-8 -*-
import json, random, collections, sys
sys.path.insert(0, __import__('os').path.dirname(__file__))
import gen_text
from gen_numeric import R
OUT = '/work/blindset/2026-12-11/'
rnd = random.Random(20261211)
items = R[:]; rnd.shuffle(items)
A = ["面对复杂多变的外部环境", "在管委会党工委的坚强领导下", "按照年初确定的目标任务", "围绕“产业强园”总体思路",
     "对照市委、市政府考核要求", "坚持问题导向和目标导向", "聚焦高质量发展主题", "立足园区功能定位",
     "紧扣年度重点任务清单", "坚持稳中求进工作总基调", "按照“项目为王”工作导向", "结合园区发展实际"]
B = ["各项工作有序推进", "全局干部职工攻坚克难、真抓实干", "各部门协同配合、形成合力", "重点工作取得阶段性成效",
     "狠抓各项任务落实落地", "主要指标运行总体平稳", "扎实做好各项工作", "工作推进有力有序",
     "持续加压奋进", "较好完成了阶段性目标任务", "持续激发园区发展活力", "工作质效稳步提升"]
combos = [(a, b) for a in A for b in B]; rnd.shuffle(combos)
HEAD = ("当前位置", "表1", "附表", "一、", "二、", "三、", "四、", "五、", "（", "主要财政指标", "【")
for it in items:
    while len(it['text']) < 86:
        j = next(k for k in range(len(combos)-1, -1, -1) if combos[k][0] not in it['text'] and combos[k][1] not in it['text'])
        a, b = combos.pop(j)
        sent = a + "，" + b + "。"
        t = it['text']
        if t.startswith(HEAD) and not (it['fam'] == 'truncated' and not it['trap']):
            it['text'] = t + (chr(10) if chr(10) in t else "") + sent
        else:
            it['text'] = sent + t
ex, lab, bad = [], [], []
cnt = collections.Counter()
for i, it in enumerate(items, 1):
    did = 'w1-%03d' % i
    t = it['text']
    if not (80 <= len(t) <= 500): bad.append((did, 'len', len(t)))
    if it['chk'] is not None:
        ok = it['chk']()
        if it['trap'] and not ok: bad.append((did, 'trap arithmetic wrong', it['fam']))
        if not it['trap'] and ok: bad.append((did, 'error arithmetic consistent', it['fam']))
    ex.append({'id': did, 'text': t, 'trap': it['fam'] if it['trap'] else None})
    cnt[(it['fam'], 'trap' if it['trap'] else 'err')] += 1
    if not it['trap']:
        if t.count(it['quote']) != 1: bad.append((did, 'quote count', t.count(it['quote']), it['quote']))
        lab.append({'doc': did, 'family': it['fam'], 'quote': it['quote'], 'note': it['note'], 'arguable': it['arguable']})
assert len({e['id'] for e in ex}) == len(ex)
with open(OUT + 'w1_excerpts.jsonl', 'w', encoding='utf-8') as f:
    for e in ex: f.write(json.dumps(e, ensure_ascii=False) + '\n')
with open(OUT + 'w1_labels.jsonl', 'w', encoding='utf-8') as f:
    for l in lab: f.write(json.dumps(l, ensure_ascii=False) + '\n')
for k in sorted(cnt): print(k, cnt[k])
print('BAD', bad)
