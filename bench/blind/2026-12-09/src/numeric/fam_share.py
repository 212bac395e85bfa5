from common import *

def shares(k, d, lo=0.5):
    ws = [R.uniform(lo, 1) for _ in range(k)]; s = sum(ws)
    vs = [round(100 * w / s, d) for w in ws]
    vs[-1] = round(100 - sum(vs[:-1]), d)
    return vs

def sw(base, d):
    """realistic shares around base weights, summing to 100 exactly at precision d"""
    ws = [b * R.uniform(0.8, 1.2) for b in base]; s = sum(ws)
    vs = [round(100 * w / s, d) for w in ws]
    vs[-1] = round(100 - sum(vs[:-1]), d)
    return vs

def bump(vs, d):
    from fam_sum import slip
    for _ in range(100):
        i = ch(range(len(vs)))
        if R.random() < 0.5 and vs[i] >= 10:
            nv = slip(vs[i], d, "swap")
        else:
            nv = round(vs[i] + ch([1, -1, 2, -2, 3]) * (1 if d == 0 else ch([1, 1, 0.9, 1.1])), d)
        if d == 0: nv = int(round(nv))
        if nv > 0 and 0.8 <= abs(nv - vs[i]) <= 15:
            w = list(vs); w[i] = nv
            return w, i
    raise RuntimeError

def fs(v, d): return f(v, d)

# ---------------- share-sum : errors ----------------
def sh_e1(c):
    vs = sw([8, 38, 54], 1); w, i = bump(vs, 1)
    s = ":".join(fs(v, 1) for v in w)
    t = (f"{c.lead()}三次产业结构调整为{s}，服务业增加值占比{ch(['首次','连续两年'])}超过{int(min(w[2],vs[2])//5*5)}%{c.tail()}")
    if w[2] < int(min(w[2], vs[2]) // 5 * 5): pass
    return dict(text=t, quote=s, note=f"{'+'.join(fs(v,1) for v in w)}={sum(w):.1f} ≠ 100", rels=[("shares", w, 100, 0.15, True)])

def sh_e2(c):
    days = 366 if c.y == 2024 else 365
    vs = sw([32, 52, 13, 3], 1)
    w, i = bump(vs, 1)
    names = ["优", "良", "轻度污染", "中度及以上污染"]
    lst = "、".join(f"{n}{fs(v,1)}%" for n, v in zip(names, w))
    t = f"全年空气质量等级构成：{lst}，{ch(['首要污染物为PM2.5','主要污染物为臭氧和PM2.5'])}。"
    return dict(text=t, quote=f"{names[i]}{fs(w[i],1)}%", note=f"四级占比之和 {'+'.join(fs(v,1) for v in w)}={sum(w):.1f}% ≠ 100%", rels=[("shares", w, 100, 0.2, True)])

def sh_e3(c):
    vs = sw([58, 9, 33], 1); w, i = bump(vs, 1)
    t = (f"{c.pp}到位资金中，内资、外资、自筹资金分别占{fs(w[0],1)}%、{fs(w[1],1)}%和{fs(w[2],1)}%，"
         f"资金来源结构{ch(['趋于合理','更加多元'])}。")
    return dict(text=t, quote=f"{fs(w[i],1)}%", note=f"{'+'.join(fs(v,1) for v in w)}={sum(w):.1f}% ≠ 100%", rels=[("shares", w, 100, 0.15, True)])

def sh_e4(c):
    vs = [int(v) for v in sw([15, 35, 35, 15], 0)]; w, i = bump(vs, 0)
    ks = ["一星级", "二星级", "三星级", "四星级及以上"]
    lines = "\n".join(f"{k}\t{ri(5,60)}\t{v}" for k, v in zip(ks, w))
    t = f"星级评定结果\n等级\t户数\t占比（%）\n{lines}\n合计\t—\t100"
    q = f"{ks[i]}\t"
    return dict(text=t, quote=f"{ks[i]}\t{lines.splitlines()[i].split(chr(9))[1]}\t{w[i]}", note=f"占比列 {'+'.join(map(str,w))}={sum(w)} ≠ 合计 100",
                rels=[("shares", w, 100, 1.5, True)])

def sh_e5(c):
    vs = sw([15, 60, 25], 1); w, i = bump(vs, 1)
    t = (f"从年龄结构看，全镇常住人口中0—14岁占{fs(w[0],1)}%，15—59岁占{fs(w[1],1)}%，60岁及以上占{fs(w[2],1)}%，"
         f"人口老龄化程度{ch(['持续加深','有所加深'])}。")
    return dict(text=t, quote=f"占{fs(w[i],1)}%", note=f"{'+'.join(fs(v,1) for v in w)}={sum(w):.1f}% ≠ 100%", rels=[("shares", w, 100, 0.15, True)])

def sh_e6(c):
    vs = sw([32, 26, 16, 26], 1); w, i = bump(vs, 1)
    ks = ["新能源", "装备制造", "绿色食品", "其他产业"]
    lst = "；".join(f"{k}产业项目投资占{fs(v,1)}%" if k != "其他产业" else f"其他产业占{fs(v,1)}%" for k, v in zip(ks, w))
    t = f"{c.lead()}从投资构成看（以全部签约项目投资额为100%）：{lst}{c.tail()}"
    return dict(text=t, quote=f"占{fs(w[i],1)}%", note=f"{'+'.join(fs(v,1) for v in w)}={sum(w):.1f}% ≠ 100%", rels=[("shares", w, 100, 0.2, True)])

def sh_e7(c):
    a = ri(62, 80); b = ri(12, 100 - a - 3); cc = 100 - a - b; bad = cc + ch([5, 10, 3, 2]) if cc < 10 else cc + ch([5, -3, 10])
    t = (f"群众满意度测评中，“满意”占{cnum(a) if a<100 else a}成？" if False else
         f"群众满意度测评结果显示，“满意”“基本满意”“不满意”分别占{a}%、{b}%和{bad}%，综合满意率较上年提升。")
    return dict(text=t, quote=f"{bad}%", note=f"{a}+{b}+{bad}={a+b+bad}% ≠ 100%", rels=[("shares", [a, b, bad], 100, 1.5, True)])

def sh_e8(c):
    tot = ru(60, 85, 1); vs = shares(3, 1); sub = [round(v * tot / 100, 1) for v in vs]; sub[-1] = round(tot - sub[0] - sub[1], 1)
    i = ch([0, 1, 2]); w = list(sub); w[i] = round(w[i] + ch([2.0, -2.0, 3.1]), 1)
    t = (f"{c.lead()}教育、社会保障和就业、卫生健康三项民生支出合计占一般公共预算支出的{fs(tot,1)}%，三项分别占{fs(w[0],1)}%、{fs(w[1],1)}%和{fs(w[2],1)}%"
         f"{c.tail()}")
    return dict(text=t, quote=f"{fs(w[i],1)}%、" if i == 0 else (f"、{fs(w[i],1)}%和" if i == 1 else f"和{fs(w[i],1)}%"), note=f"{'+'.join(fs(v,1) for v in w)}={sum(w):.1f}% ≠ {fs(tot,1)}%",
                rels=[("shares", w, tot, 0.2, True)])

def sh_e9(c):
    vs = [int(v) for v in sw([14, 76, 10], 0)]; w, i = bump(vs, 0)
    t = (f"{c.pp}园区企业营业收入中，规上工业占{cnum(round(w[0]/10))}成左右？" if False else
         f"按企业类型分，国有控股、民营、外商及港澳台投资企业营业收入分别占园区营业收入总额的{w[0]}%、{w[1]}%和{w[2]}%，民营经济主体地位{ch(['进一步巩固','更加凸显'])}。")
    return dict(text=t, quote=f"{w[i]}%", note=f"{'+'.join(map(str,w))}={sum(w)}% ≠ 100%", rels=[("shares", w, 100, 1.5, True)])

def sh_e10(c):
    vs = sw([9, 40, 51], 2); w, i = bump(vs, 2)
    s = "∶".join(fs(v, 2) for v in w)
    t = f"{c.y}年全县三次产业增加值之比为{s}，二产占比{ch(['有所回升','略有下降'])}。"
    return dict(text=t, quote=fs(w[i], 2), note=f"{'+'.join(fs(v,2) for v in w)}={sum(w):.2f} ≠ 100", rels=[("shares", w, 100, 0.02, True)])

ERR = [sh_e1, sh_e2, sh_e3, sh_e4, sh_e5, sh_e6, sh_e7, sh_e8, sh_e9, sh_e10]

# ---------------- share-sum : traps ----------------
def sh_t1(c):
    raw = [b * R.uniform(0.8, 1.2) for b in (8, 38, 54)]; s = sum(raw); vs = [round(100 * x / s, 1) for x in raw]
    st = ":".join(fs(v, 1) for v in vs)
    t = f"{c.lead()}三次产业结构为{st}，服务业主导地位进一步巩固{c.tail()}"
    return dict(text=t, rels=[("shares", vs, 100, 0.15, False)])

def sh_t2(c):
    vs = sw([32, 52, 13, 3], 1)
    names = ["优", "良", "轻度污染", "中度及以上污染"]
    lst = "、".join(f"{n}{fs(v,1)}%" for n, v in zip(names, vs))
    t = f"全年空气质量等级构成：{lst}。"
    return dict(text=t, rels=[("shares", vs, 100, 0.2, False)])

def sh_t3(c):
    a, b = ru(20, 45), ru(10, 30)
    t = (f"{c.pp}规上工业中，新能源产业产值占{a}%，装备制造业占{b}%，两大主导产业合计占{round(a+b,1)}%，"
         f"其余为传统产业。")
    return dict(text=t, rels=[("sum", [a, b], round(a + b, 1), 0.1, False)])

def sh_t4(c):
    t = (f"{c.lead()}高技术产业投资占固定资产投资比重{ru(15,30)}%，民间投资占比{ru(40,60)}%，工业投资占比{ru(30,50)}%，"
         f"投资结构持续优化{c.tail()}")
    return dict(text=t, rels=[])

def sh_t5(c):
    raw = [b * R.uniform(0.8, 1.2) for b in (15, 60, 25)]; s = sum(raw); vs = [round(100 * x / s, 1) for x in raw]
    t = (f"从年龄结构看，0—14岁人口占{fs(vs[0],1)}%，15—59岁占{fs(vs[1],1)}%，60岁及以上占{fs(vs[2],1)}%"
         f"（因四舍五入，合计可能不等于100%）。")
    return dict(text=t, rels=[("shares", vs, 100, 0.15, False)])

def sh_t6(c):
    vs = [int(v) for v in sw([72, 24, 4], 0)]
    t = f"满意度测评结果中，“满意”“基本满意”“不满意”分别占{vs[0]}%、{vs[1]}%和{vs[2]}%。"
    return dict(text=t, rels=[("shares", vs, 100, 0.5, False)])

def sh_t7(c):
    tot = ru(60, 85, 1); raw = [R.uniform(0.3, 1) for _ in range(3)]; s = sum(raw)
    sub = [round(tot * x / s, 1) for x in raw]
    t = (f"{c.lead()}民生支出占一般公共预算支出的{fs(tot,1)}%，其中教育、社会保障和就业、卫生健康支出分别占{fs(sub[0],1)}%、"
         f"{fs(sub[1],1)}%和{fs(sub[2],1)}%{c.tail()}")
    return dict(text=t, rels=[("shares", sub, tot, 0.2, False)])

def sh_t8(c):
    r1 = ru(25, 40); r2 = ru(8, 15)
    t = (f"城乡居民人均可支配收入中，工资性收入占{r1 + 20:.1f}%，经营净收入占比比上年下降{ru(0.5,2)}个百分点；"
         f"农村居民转移净收入占{r2}%。")
    return dict(text=t, rels=[])

def sh_t9(c):
    vs = sw([32, 26, 16, 26], 1)
    ks = ["新能源", "装备制造", "绿色食品", "其他"]
    lines = "\n".join(f"{k}\t{fs(v,1)}" for k, v in zip(ks, vs))
    t = f"签约项目投资构成（%）\n产业\t占比\n{lines}\n合计\t100.0"
    return dict(text=t, rels=[("shares", vs, 100, 0.2, False)])

TRAP = [sh_t1, sh_t2, sh_t3, sh_t4, sh_t5, sh_t6, sh_t7, sh_t8, sh_t9]
