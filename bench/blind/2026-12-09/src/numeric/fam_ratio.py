from common import *
from fam_sum import slip

def rtol(num, nd, den, dd, rd):
    r = num / den
    return 0.5 * 10 ** -rd + 100 * r * (0.5 * 10 ** -nd / num + 0.5 * 10 ** -dd / den) + 1e-9

# ---------------- ratio-mismatch : errors ----------------
def ra_e1(c):
    task = ri(60, 150); done = ru(task * 0.25, task * 0.6, 1); r = done / task * 100
    bad = round(r * ru(1.2, 1.5, 2)); 
    t = (f"{c.lead()}{c.pp}完成固定资产投资{c.u(done,1,'亿元')}，完成全年任务（{task}亿元）的{bad}%{c.tail()}")
    return dict(text=t, quote=f"的{bad}%", note=f"{f(done,1)}/{task}={r:.1f}% ≠ {bad}%", rels=[("ratio", done, task, bad, rtol(done, 1, task, 0, 0), True)])

def ra_e2(c):
    tot = ru(150, 400, 1); part = ru(tot * 0.3, tot * 0.6, 1); r = part / tot * 100
    other = ru(tot * 0.1, tot * 0.25, 1)
    bad = round(part / (tot - other) * 100, 1)  # wrong denominator
    t = (f"产业结构持续优化，{c.pp}全县规上工业总产值{c.u(tot,1,'亿元')}，其中战略性新兴产业产值{c.u(part,1,'亿元')}，"
         f"占规上工业总产值的比重为{bad}%。")
    return dict(text=t, quote=f"比重为{bad}%", note=f"{f(part,1)}/{f(tot,1)}={r:.1f}% ≠ {bad}%", rels=[("ratio", part, tot, bad, rtol(part, 1, tot, 1, 1), True)])

def ra_e3(c):
    prod = ri(20000, 80000); sales = round(prod * ru(0.93, 0.99, 3)); r = sales / prod * 100
    bad = slip(round(r, 1), 1, "swap")
    if bad < 100 and abs(bad - r) < 1: bad = round(r - 4.5, 1)
    t = (f"{c.lead()}规上工业企业{c.pp}完成产值{c.u(prod,0,'万元')}，实现销售产值{c.u(sales,0,'万元')}，产销率{f(bad,1)}%{c.tail()}")
    return dict(text=t, quote=f"产销率{f(bad,1)}%", note=f"{sales}/{prod}={r:.1f}% ≠ {f(bad,1)}%", rels=[("ratio", sales, prod, bad, rtol(sales, 0, prod, 0, 1), True)])

def ra_e4(c):
    task = ri(8, 30); done = round(task * ru(0.45, 0.58, 2), 2); r = done / task * 100
    n = round(r / 10) + ch([2, 3])
    t = (f"招商引资方面，{c.pp}引进省外资金{c.u(done,2,'亿元')}，占年度目标{c.u(task,0,'亿元')}的{cnum(n)}成以上，"
         f"新签约项目{ri(6,20)}个。")
    return dict(text=t, quote=f"{cnum(n)}成以上", note=f"{f(done,2)}/{task}={r:.1f}%，不足{cnum(n)}成", rels=[("ge", r, n * 10, True)])

def ra_e5(c):
    pop = ri(200000, 600000); ins = round(pop * ru(0.94, 0.985, 3)); r = ins / pop * 100
    bad = round(r + ch([2.1, 3.4, -3.0]), 1)
    t = (f"社会保障体系更加健全，全县应参保人数{pop}人，城乡居民基本医疗保险参保{ins}人，参保率{bad}%，"
         f"{c.pp}医保基金支出{c.u(ru(2,9,2),2,'亿元')}。")
    return dict(text=t, quote=f"参保率{bad}%", note=f"{ins}/{pop}={r:.1f}% ≠ {bad}%", rels=[("ratio", ins, pop, bad, rtol(ins, 0, pop, 0, 1), True)])

def ra_e6(c):
    rows = [(k, ri(30, 200)) for k in ["城区", "工业园区", "南部片区", "北部片区"]]
    tasks = [round(v / ru(0.6, 1.05, 2)) for _, v in rows]
    i = ch(range(4)); lines = []; rel = []; q = note = None
    for j, ((k, v), tk) in enumerate(zip(rows, tasks)):
        r = round(v / tk * 100, 1)
        if j == i:
            bad = round(r + ch([10.0, -10.0, 8.6]), 1); q = f"{f(bad,1)}"; note = f"{k}：{v}/{tk}={r}% ≠ {bad}%"
            lines.append(f"{k}\t{tk}\t{v}\t{f(bad,1)}"); rel.append(("ratio", v, tk, bad, rtol(v, 0, tk, 0, 1), True))
        else:
            lines.append(f"{k}\t{tk}\t{v}\t{f(r,1)}"); rel.append(("ratio", v, tk, r, rtol(v, 0, tk, 0, 1), False))
    t = f"各片区征收签约进度（户）\n片区\t任务数\t已签约\t完成率（%）\n" + "\n".join(lines)
    return dict(text=t, quote=q, note=note, rels=rel)

def ra_e7(c):
    inc = ru(3, 12, 2); tax = round(inc * ru(0.6, 0.85, 2), 2); r = tax / inc * 100
    bad = round(100 - r, 1)  # reported the non-tax share
    t = (f"{c.lead()}一般公共预算收入{c.u(inc,2,'亿元')}，其中税收收入{c.u(tax,2,'亿元')}，税收收入占一般公共预算收入比重达{bad}%，"
         f"收入质量稳步提升{c.tail()}")
    return dict(text=t, quote=f"比重达{bad}%", note=f"{f(tax,2)}/{f(inc,2)}={r:.1f}% ≠ {bad}%（为非税占比）", rels=[("ratio", tax, inc, bad, rtol(tax, 2, inc, 2, 1), True)])

def ra_e8(c):
    tot = ri(300, 900); good = ri(int(tot * 0.7), int(tot * 0.9)); r = good / tot * 100
    bad = round(good / (tot + 100) * 100, 1)
    t = (f"{c.pp}共抽检食品{tot}批次，合格{good}批次，抽检合格率{bad}%，对不合格产品全部依法处置。")
    return dict(text=t, quote=f"合格率{bad}%", note=f"{good}/{tot}={r:.1f}% ≠ {bad}%", rels=[("ratio", good, tot, bad, rtol(good, 0, tot, 0, 1), True)])

def ra_e9(c):
    cur = ru(5, 20, 1); other = round(cur * ru(1.8, 3.0, 2), 1); r = other / cur
    bad = round(r + ch([0.8, 1.0, -0.7]), 1)
    t = (f"{c.lead(zone=True)}亩均税收{c.u(cur,1,'万元')}，全市平均水平为{c.u(other,1,'万元')}，全市平均是园区的{bad}倍，差距依然明显{c.tail()}")
    return dict(text=t, quote=f"{bad}倍", note=f"{f(other,1)}/{f(cur,1)}={r:.2f} 倍 ≠ {bad} 倍", rels=[("ratio", other, cur, bad * 100, rtol(other, 1, cur, 1, 1) * 100 / 100 + 6, True)])

def ra_e10(c):
    task = ri(500, 2000); done = round(task * ru(0.55, 0.75, 2)); r = done / task * 100
    bad = round(r) + ch([10, 20, -10])
    t = (f"农村危房改造任务{task}户，截至目前已竣工{done}户，完成百分之{cnum(bad)}，其余正在加紧施工。")
    return dict(text=t, quote=f"百分之{cnum(bad)}", note=f"{done}/{task}={r:.1f}% ≠ {bad}%", rels=[("ratio", done, task, bad, rtol(done, 0, task, 0, 0), True)])

def ra_e11(c):
    gdp = ru(150, 400, 1); serv = round(gdp * ru(0.42, 0.55, 3), 1); r = serv / gdp * 100
    bad = slip(round(r, 1), 1, "digit")
    t = (f"服务业提质扩容。{c.y}年服务业增加值{c.u(serv,1,'亿元')}，占地区生产总值（{c.u(gdp,1,'亿元')}）的{f(bad,1)}%，"
         f"对经济增长的贡献率{ru(40,60)}%。")
    return dict(text=t, quote=f"的{f(bad,1)}%", note=f"{f(serv,1)}/{f(gdp,1)}={r:.1f}% ≠ {f(bad,1)}%", rels=[("ratio", serv, gdp, bad, rtol(serv, 1, gdp, 1, 1), True)])

ERR = [ra_e1, ra_e2, ra_e3, ra_e4, ra_e5, ra_e6, ra_e7, ra_e8, ra_e9, ra_e10, ra_e11]

# ---------------- ratio-mismatch : traps ----------------
def ra_t1(c):
    task = ri(60, 150); done = ru(task * 0.25, task * 0.6, 1); r = round(done / task * 100)
    t = (f"{c.lead()}{c.pp}完成固定资产投资{c.u(done,1,'亿元')}，占全年任务（{task}亿元）的{r}%{c.tail()}")
    return dict(text=t, rels=[("ratio", done, task, r, rtol(done, 1, task, 0, 0), False)])

def ra_t2(c):
    tot = ri(40000, 90000); part = ri(int(tot * 0.2), int(tot * 0.4)); r = part / tot * 100
    rr = float(f"{r:.2f}"); rr = round(rr + ch([0, 0.01, -0.01]), 2)
    t = (f"{c.pp}高技术产业投资{c.u(part,0,'万元')}，占固定资产投资{c.u(tot,0,'万元')}的{f(rr,2)}%，投资结构持续优化。")
    return dict(text=t, rels=[("ratio", part, tot, rr, 0.011, False)])

def ra_t3(c):
    task = ri(8, 30); done = round(task * ru(0.72, 0.79, 2), 2); r = done / task * 100
    t = (f"{c.lead()}引进省外资金{c.u(done,2,'亿元')}，完成年度目标{c.u(task,0,'亿元')}的七成以上{c.tail()}")
    return dict(text=t, rels=[("ge", r, 70, False)])

def ra_t4(c):
    prod = ri(20000, 80000); sales = round(prod * ru(0.93, 0.99, 3)); r = round(sales / prod * 100, 1)
    t = f"规上工业企业完成产值{c.u(prod,0,'万元')}，销售产值{c.u(sales,0,'万元')}，产销率{r}%，产品库存保持合理水平。"
    return dict(text=t, rels=[("ratio", sales, prod, r, rtol(sales, 0, prod, 0, 1), False)])

def ra_t5(c):
    task = ri(500, 2000); done = round(task * ru(0.55, 0.75, 2)); r = round(done / task * 100)
    t = f"{c.lead()}农村危房改造任务{task}户，已竣工{done}户，完成百分之{cnum(r)}{c.tail()}"
    return dict(text=t, rels=[("ratio", done, task, r, rtol(done, 0, task, 0, 0), False)])

def ra_t6(c):
    t = (f"{c.pp}一般公共预算收入完成预算的{ru(96,105)}%，税收收入占比{ru(65,82)}%，较上年提高{ru(0.5,3)}个百分点，"
         f"财政收入质量进一步提升。")
    return dict(text=t, rels=[])

def ra_t7(c):
    tot = ri(300, 900); good = ri(int(tot * 0.9), tot - 3); r = round(good / tot * 100, 1)
    t = f"{c.pp}共抽检食品约{tot}批次，合格{good}批次，抽检合格率{r}%，不合格产品全部依法处置。"
    return dict(text=t, rels=[("ratio", good, tot, r, rtol(good, 0, tot, 0, 1), False)])

def ra_t8(c):
    cur = ru(5, 20, 1); other = round(cur * ru(1.8, 3.0, 2), 1); r = round(other / cur, 1)
    t = f"{c.lead(zone=True)}亩均税收{c.u(cur,1,'万元')}，全市先进园区达到{c.u(other,1,'万元')}，约为我园区的{r}倍{c.tail()}"
    return dict(text=t, rels=[("ratio", other, cur, r * 100, 6, False)])

def ra_t9(c):
    gdp = ru(150, 400, 1); serv = round(gdp * ru(0.42, 0.55, 3), 1); r = round(serv / gdp * 100, 1)
    t = (f"初步核算，{c.y}年地区生产总值{c.u(gdp,1,'亿元')}，其中服务业增加值{c.u(serv,1,'亿元')}，占比{r}%，"
         f"服务业增加值按可比价格计算增长{ru(3,7)}%。")
    return dict(text=t, rels=[("ratio", serv, gdp, r, rtol(serv, 1, gdp, 1, 1), False)])

TRAP = [ra_t1, ra_t2, ra_t3, ra_t4, ra_t5, ra_t6, ra_t7, ra_t8, ra_t9]
