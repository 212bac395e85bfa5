from common import *

def slip(x, d, kind=None):
    """return a wrong-but-realistic version of x printed with d decimals (difference clearly beyond rounding)"""
    s = f(x, d)
    digs = [i for i, ch_ in enumerate(s) if ch_.isdigit()]
    for _ in range(50):
        k = kind or ch(["swap", "digit"])
        if k == "swap" and len(digs) >= 2:
            i = ch(range(len(digs) - 1)); a, b = digs[i], digs[i + 1]
            if s[a] == s[b]: continue
            t = list(s); t[a], t[b] = t[b], t[a]; t = "".join(t)
        else:
            i = ch(digs[:-1] if len(digs) > 1 else digs)
            t = list(s); t[i] = str((int(t[i]) + ch([1, 2, -1])) % 10); t = "".join(t)
        if t[0] == "0" and len(t) > 1 and t[1] != ".": continue
        v = float(t)
        if abs(v - x) > 3 * 10 ** (-d) * 5 and abs(v - x) / max(x, 1e-9) < 0.6:
            return v
    return round(x * 1.1, d)

def parts_of(total, k, d, lo=0.1):
    ws = [R.uniform(lo, 1) for _ in range(k)]
    s = sum(ws)
    ps = [round(total * w / s, d) for w in ws]
    return ps

# ---------------- sum-mismatch : errors ----------------
def sm_e1(c):
    a, b, cc = ru(20, 60, 2), ru(8, 30, 2), ru(2, 9, 2)
    tot = round(a + b + cc, 2)
    bad = slip(tot, 2)
    t = (f"{c.lead()}{c.pp}累计完成投资{c.u(bad,2,'亿元')}，由工业投资{c.u(a,2,'亿元')}、基础设施投资{c.u(b,2,'亿元')}"
         f"和社会事业投资{c.u(cc,2,'亿元')}三部分组成{c.tail()}")
    return dict(text=t, quote=f(bad, 2), note=f"{f(a,2)}+{f(b,2)}+{f(cc,2)}={f(tot,2)} ≠ {f(bad,2)}",
                rels=[("sum", [a, b, cc], bad, 0.02, True)])

def sm_e2(c):
    a, b, cc = ri(30000, 90000), ri(5000, 40000), ri(300, 3000)
    tot = a + b + cc
    bad = tot - cc  # part left out
    t = (f"财政收支运行平稳。{c.pp}完成一般公共预算收入{c.u(a,0,'万元')}、政府性基金收入{c.u(b,0,'万元')}、"
         f"国有资本经营收入{c.u(cc,0,'万元')}，三项收入合计{c.u(bad,0,'万元')}，{c.yoy}增长{ru(2,9)}%。")
    return dict(text=t, quote=c.u(bad, 0, '万元').replace(' ', c.sp), note=f"{a}+{b}+{cc}={tot} ≠ {bad}（漏加国有资本经营收入）",
                rels=[("sum", [a, b, cc], bad, 0.5, True)])

def sm_e3(c):
    rows = [("工业项目", ri(10, 30), ru(20, 60, 1)), ("服务业项目", ri(5, 20), ru(8, 30, 1)),
            ("基础设施项目", ri(4, 15), ru(10, 40, 1)), ("社会民生项目", ri(3, 12), ru(3, 15, 1))]
    n = sum(r[1] for r in rows); v = round(sum(r[2] for r in rows), 1)
    badv = slip(v, 1, "swap")
    lines = "\n".join(f"{r[0]}\t{r[1]}\t{f(r[2],1)}" for r in rows)
    t = (f"表1  {c.y}年重点项目分类情况\n类别\t项目数（个）\t年度完成投资（亿元）\n{lines}\n合计\t{n}\t{f(badv,1)}")
    return dict(text=t, quote=f(badv, 1), note=f"投资列之和 {'+'.join(f(r[2],1) for r in rows)}={f(v,1)} ≠ 合计 {f(badv,1)}",
                rels=[("sum", [r[1] for r in rows], n, 0.5, False), ("sum", [r[2] for r in rows], badv, 0.25, True)])

def sm_e4(c):
    a, b, cc = ri(2000, 9000), ri(800, 4000), ri(200, 1500)
    tot = a + b + cc
    bad = slip(tot, 0)
    bad = int(bad)
    t = (f"{c.lead()}积极向上争取资金，{c.pp}争取上级资金{c.u(bad,0,'万元')}，中央、省、市三级资金分别为{a}万元、{b}万元和{cc}万元"
         f"{c.tail()}")
    return dict(text=t, quote=f"{bad}", note=f"{a}+{b}+{cc}={tot} ≠ {bad}", rels=[("sum", [a, b, cc], bad, 0.5, True)])

def sm_e5(c):
    a, b, cc = ru(300, 1800, 1), ru(50, 400, 1), ru(20, 200, 1)
    tot = round(a + b + cc, 1)
    bad = round(tot + ch([-1, 1]) * ch([10, 100, 20]), 1)
    t = (f"强农惠农政策落实到位，发放各类补贴资金共计{c.u(bad,1,'万元')}（耕地地力保护补贴{f(a,1)}万元、农机购置补贴{f(b,1)}万元、"
         f"稻谷生产者补贴{f(cc,1)}万元），全部通过“一卡通”直达农户。")
    return dict(text=t, quote=f(bad, 1), note=f"{f(a,1)}+{f(b,1)}+{f(cc,1)}={f(tot,1)} ≠ {f(bad,1)}",
                rels=[("sum", [a, b, cc], bad, 0.2, True)])

def sm_e6(c):
    a, b, cc = ri(300, 1200), ri(1500, 5000), ri(10, 80)
    tot = a + b + cc
    bad = a + b + cc - ch([100, 200, 90])
    t = (f"{c.lead()}经营主体持续壮大，{c.pp}新增经营主体{bad}户，其中企业{a}户、个体工商户{b}户、农民专业合作社{cc}户"
         f"{c.tail()}")
    return dict(text=t, quote=f"新增经营主体{bad}户", note=f"分项之和 {a}+{b}+{cc}={tot} 超过合计 {bad}",
                rels=[("sum", [a, b, cc], bad, 0.5, True)])

def sm_e7(c):
    ks = ["电工", "焊工", "育婴员", "中式烹调师"]
    vs = [ri(80, 400) for _ in ks]
    tot = sum(vs); bad = tot - vs[2]
    lst = "、".join(f"{k}{v}人次" for k, v in zip(ks, vs))
    t = (f"职业技能培训扎实开展。{c.pp}累计开展补贴性职业技能培训{bad}人次，按工种分，{lst}；"
         f"培训后取证率达{ru(85,97)}%。")
    return dict(text=t, quote=f"培训{bad}人次", note=f"{'+'.join(map(str,vs))}={tot} ≠ {bad}（漏计育婴员）",
                rels=[("sum", vs, bad, 0.5, True)])

def sm_e8(c):
    a, b = ri(8000, 30000), ri(30000, 90000)
    tot = a + b
    bad = int(slip(tot, 0, "swap"))
    t = (f"粮食生产保持稳定，全年粮食播种面积{c.u(ri(50000,150000),0,'亩')}，粮食总产量{c.u(bad,0,'吨')}，其中夏粮{c.u(a,0,'吨')}、秋粮{c.u(b,0,'吨')}，"
         f"实现“{ch(['十','九','八'])}连丰”。")
    rel = ("sum", [a, b], bad, 0.5, True)
    if a + b <= bad:  # need sum exceeding the whole to be flaggable with 其中
        bad = tot - ri(300, 2000)
        t = (f"粮食生产保持稳定，全年粮食播种面积{c.u(ri(50000,150000),0,'亩')}，粮食总产量{c.u(bad,0,'吨')}，其中夏粮{c.u(a,0,'吨')}、秋粮{c.u(b,0,'吨')}，"
             f"实现“{ch(['十','九','八'])}连丰”。")
        rel = ("sum", [a, b], bad, 0.5, True)
    return dict(text=t, quote=c.u(bad, 0, '吨'), note=f"夏粮+秋粮 {a}+{b}={tot} 超过总产量 {bad}", rels=[rel])

def sm_e9(c):
    a = ru(8, 30, 2); b = ri(2000, 9000)
    tot = round(a + b / 10000, 2); bad = round(a + b / 1000, 2)
    t = (f"{c.lead()}{c.pp}内资到位{c.u(a,2,'亿元')}、外资到位{c.u(b,0,'万元')}（折合人民币），合计实际到位资金{c.u(bad,2,'亿元')}，"
         f"完成年度任务的{ru(70,95)}%{c.tail()}")
    return dict(text=t, quote=f(bad, 2), note=f"{f(a,2)}亿元+{b}万元={f(tot,2)}亿元 ≠ {f(bad,2)}亿元（把外资万元数误按千万元折算后相加）",
                rels=[("sum", [a, b / 10000], bad, 0.01, True)])

def sm_e10(c):
    a, b, cc = ri(2, 5), ri(8, 16), ri(15, 35)
    tot = a + b + cc; bad = tot + ch([2, -2, 3])
    t = (f"教育资源持续扩容，全县中小学校共{cnum(bad)}所（高中{cnum(a)}所、初中{cnum(b)}所、小学{cnum(cc)}所），"
         f"在校学生{ri(20000,60000)}人，{c.pp}新建改扩建学校{cnum(ri(2,6))}所。")
    return dict(text=t, quote=f"共{cnum(bad)}所", note=f"{a}+{b}+{cc}={tot} ≠ 共{bad}所",
                rels=[("sum", [a, b, cc], bad, 0.5, True)])

def sm_e11(c):
    names = smp(TOWNS, 4)
    vs = [ru(1.2, 6, 2) for _ in names]
    tot = round(sum(vs), 2); bad = round(tot - vs[3] + slip(vs[3], 2), 2)
    bad = slip(tot, 2, "swap")
    t = (f"各乡镇（街道）招商任务完成情况：{names[0]}{f(vs[0],2)}亿元；{names[1]}{f(vs[1],2)}亿元；{names[2]}{f(vs[2],2)}亿元；"
         f"{names[3]}{f(vs[3],2)}亿元；四个乡镇（街道）总计完成{f(bad,2)}亿元。")
    return dict(text=t, quote=f"总计完成{f(bad,2)}", note=f"{'+'.join(f(v,2) for v in vs)}={f(tot,2)} ≠ {f(bad,2)}",
                rels=[("sum", vs, bad, 0.03, True)])

ERR = [sm_e1, sm_e2, sm_e3, sm_e4, sm_e5, sm_e6, sm_e7, sm_e8, sm_e9, sm_e10, sm_e11]

# ---------------- sum-mismatch : traps ----------------
def sm_t1(c):
    a, b, cc = ru(20, 60, 2), ru(8, 30, 2), ru(2, 9, 2)
    tot = round(a + b + cc, 2)
    t = (f"{c.lead()}{c.pp}完成投资{c.u(tot,2,'亿元')}，由工业投资{c.u(a,2,'亿元')}、基础设施投资{c.u(b,2,'亿元')}"
         f"和社会事业投资{c.u(cc,2,'亿元')}构成{c.tail()}")
    return dict(text=t, rels=[("sum", [a, b, cc], tot, 0.015, False)])

def sm_t2(c):
    # rounded parts, total differs by rounding
    G = R.uniform(300, 1500); raw = [G * b * R.uniform(0.85, 1.15) / 100 for b in (8, 38, 54)]
    tot = round(sum(raw), 1); ps = [round(x, 1) for x in raw]
    t = (f"{c.pp}全县生产总值{c.u(tot,1,'亿元')}，其中第一产业增加值{c.u(ps[0],1,'亿元')}，第二产业增加值{c.u(ps[1],1,'亿元')}，"
         f"第三产业增加值{c.u(ps[2],1,'亿元')}。（注：因四舍五入，分项之和与总数可能略有出入。）")
    return dict(text=t, rels=[("sum", ps, tot, 0.2, False)])

def sm_t3(c):
    a, tot = ri(10000, 30000), ri(60000, 120000)
    b = ri(5000, tot - a - 10000)
    t = (f"{c.lead()}{c.pp}完成固定资产投资{c.u(tot,0,'万元')}，其中基础设施投资{c.u(a,0,'万元')}、工业技改投资{c.u(b,0,'万元')}"
         f"{c.tail()}")
    return dict(text=t, rels=[("le", a + b, tot, False)])

def sm_t4(c):
    rows = [("工业项目", ri(10, 30), ru(20, 60, 1)), ("服务业项目", ri(5, 20), ru(8, 30, 1)),
            ("基础设施项目", ri(4, 15), ru(10, 40, 1))]
    n = sum(r[1] for r in rows); v = round(sum(r[2] for r in rows), 1)
    lines = "\n".join(f"{r[0]}  {r[1]}  {f(r[2],1)}" for r in rows)
    t = f"{c.y}年{c.zone}重点项目统计\n类别  个数  完成投资（亿元）\n{lines}\n合计  {n}  {f(v,1)}"
    return dict(text=t, rels=[("sum", [r[1] for r in rows], n, 0.5, False), ("sum", [r[2] for r in rows], v, 0.15, False)])

def sm_t5(c):
    a = ru(8, 30, 2); b = ri(2000, 9000)
    tot = round(a + b / 10000, 2)
    t = (f"{c.lead()}{c.pp}内资到位{c.u(a,2,'亿元')}、外资到位{c.u(b,0,'万元')}（折合人民币），合计实际到位资金{c.u(tot,2,'亿元')}"
         f"{c.tail()}")
    return dict(text=t, rels=[("sum", [a, b / 10000], tot, 0.01, False)])

def sm_t6(c):
    a, b, cc = ri(300, 1200), ri(1500, 5000), ri(10, 80)
    tot = a + b + cc + ri(5, 40)
    t = (f"经营主体活力增强，{c.pp}新登记经营主体约{tot}户，其中企业{a}户、个体工商户{b}户、农民专业合作社{cc}户，"
         f"年末实有经营主体{ri(20000,60000)}户。")
    return dict(text=t, rels=[("le", a + b + cc, tot, False)])

def sm_t7(c):
    a, b, cc = ri(2, 5), ri(8, 16), ri(15, 35)
    tot = a + b + cc
    t = (f"全县共有中小学校{cnum(tot)}所，分别为高中{cnum(a)}所、初中{cnum(b)}所、小学{cnum(cc)}所；"
         f"{c.pp}新增学位{ri(800,3000)}个。")
    return dict(text=t, rels=[("sum", [a, b, cc], tot, 0.5, False)])

def sm_t8(c):
    names = smp(TOWNS, 4)
    vs = [ru(1.2, 6, 2) for _ in names]
    tot = round(sum(vs), 2)
    lst = "；".join(f"{n}{f(v,2)}亿元" for n, v in zip(names, vs))
    t = f"分乡镇看，{lst}；四个乡镇（街道）共完成{f(tot,2)}亿元，占全县的{ru(30,60)}%。"
    return dict(text=t, rels=[("sum", vs, tot, 0.015, False)])

def sm_t9(c):
    a, b, cc = ri(2000, 9000), ri(800, 4000), ri(200, 1500)
    tot = a + b + cc
    t = (f"{c.lead()}争取中央资金{c.u(a,0,'万元')}、省级资金{c.u(b,0,'万元')}、市级资金{c.u(cc,0,'万元')}，"
         f"共计{c.u(round(tot/10000,2),2,'亿元')}{c.tail()}")
    return dict(text=t, rels=[("sum", [a / 1e4, b / 1e4, cc / 1e4], round(tot / 1e4, 2), 0.0051, False)])

TRAP = [sm_t1, sm_t2, sm_t3, sm_t4, sm_t5, sm_t6, sm_t7, sm_t8, sm_t9]
