from common import *
from fam_sum import slip

def g(cur, base): return (cur / base - 1) * 100

def gtol(cur, cd, base, bd, rd):
    # tolerance of a growth rate given printing precision
    hc, hb = 0.5 * 10 ** -cd, 0.5 * 10 ** -bd
    r = cur / base
    return 0.5 * 10 ** -rd + 100 * r * (hc / cur + hb / base) + 1e-9

def pair(lo, hi, d, glo, ghi):
    base = ru(lo, hi, d); cur = round(base * (1 + R.uniform(glo, ghi) / 100), d)
    return cur, base

# ---------------- growth-mismatch : errors ----------------
def gr_e1(c):
    cur, base = pair(20, 90, 2, 6, 25); rt = round(g(cur, base), 1)
    bad = round((cur - base) / cur * 100, 1)  # wrong base
    t = (f"{c.lead()}{c.pp}完成一般公共预算收入{c.u(cur,2,'亿元')}，{c.base_word}为{c.u(base,2,'亿元')}，{c.yoy}增长{bad}%{c.tail()}")
    return dict(text=t, quote=f"增长{bad}%", note=f"({f(cur,2)}-{f(base,2)})/{f(base,2)}={rt}% ≠ {bad}%（以本期为分母）",
                rels=[("growth", cur, base, bad, gtol(cur, 2, base, 2, 1), True)])

def gr_e2(c):
    cur, base = pair(3000, 9000, 0, 12, 48); rt = round(g(cur, base), 1)
    bad = slip(rt, 1, "swap")
    t = (f"招商引资实际到位资金由{c.y-1}年的{c.u(base,0,'万元')}增加到{c.u(cur,0,'万元')}，增长{f(bad,1)}%，"
         f"{ch(['总量','增速'])}位居全市{ch(['前列','第二','第三'])}。")
    return dict(text=t, quote=f"增长{f(bad,1)}%", note=f"{int(cur)}/{int(base)}-1={rt}% ≠ {f(bad,1)}%",
                rels=[("growth", cur, base, bad, gtol(cur, 0, base, 0, 1), True)])

def gr_e3(c):
    base = ri(40, 120); cur = base - ri(5, 25); rt = round(g(cur, base), 1)
    t = (f"{c.lead()}安全生产事故起数由去年的{base}起降至{cur}起，同比增长{abs(rt)}%，事故死亡人数下降{ru(5,20)}%{c.tail()}")
    return dict(text=t, quote=f"同比增长{abs(rt)}%", note=f"{cur}<{base}，实际下降 {abs(rt)}%，写成“增长”",
                rels=[("growth", cur, base, abs(rt), gtol(cur, 0, base, 0, 1), True)])

def gr_e4(c):
    n = 5; base = ru(40, 120, 1); cur = round(base * ru(1.4, 2.0, 2), 1)
    cagr = ((cur / base) ** (1 / n) - 1) * 100; simple = round(g(cur, base) / n, 1)
    if abs(simple - cagr) < 1.0:
        base = round(base * 0.8, 1); cagr = ((cur / base) ** (1 / n) - 1) * 100; simple = round(g(cur, base) / n, 1)
    t = (f"“十四五”以来，{c.zone}规上工业总产值从{c.y-5}年的{c.u(base,1,'亿元')}增长到{c.y}年的{c.u(cur,1,'亿元')}，"
         f"年均增长{simple}%，产业能级明显提升。")
    return dict(text=t, quote=f"年均增长{simple}%", note=f"({f(cur,1)}/{f(base,1)})^(1/5)-1={cagr:.1f}% ≠ {simple}%（按算术平均计算）",
                rels=[("cagr", cur, base, n, simple, 0.1, True)])

def gr_e5(c):
    base = ri(60, 200); cur = round(base * ru(1.5, 1.8, 2))
    t = (f"{c.lead()}高新技术企业数量实现翻番，由{c.y-3}年的{base}家增加到{cur}家，研发投入强度提高到{ru(2,3.5,2)}%{c.tail()}")
    return dict(text=t, quote="翻番", note=f"{cur}/{base}={cur/base:.2f} 倍，未达到翻一番", rels=[("times", cur, base, 1.0, 0.05, True)])

def gr_e6(c):
    base = ru(1.5, 5, 2); mult = ru(2.2, 3.5, 1); cur = round(base * mult, 2)
    t = (f"数字经济加快发展，{c.pp}软件和信息技术服务业营业收入{c.u(cur,2,'亿元')}，是{c.base_word}{c.u(base,2,'亿元')}的"
         f"{f(round(cur/base,1),1)}倍，{c.yoy}增长{f(round(cur/base,1),1)}倍。")
    return dict(text=t, quote=f"增长{f(round(cur/base,1),1)}倍", note=f"{f(cur,2)}/{f(base,2)}={cur/base:.2f}，增长 {cur/base-1:.1f} 倍，不是 {f(round(cur/base,1),1)} 倍",
                rels=[("times", cur, base, round(cur / base, 1), 0.06, True)])

def gr_e7(c):
    rows = [(k, *pair(lo, hi, 1, glo, ghi)) for k, lo, hi, glo, ghi in
            [("地区生产总值", 150, 400, 4, 9), ("规上工业增加值", 40, 120, 5, 12), ("社会消费品零售总额", 60, 150, 3, 8)]]
    i = ch([0, 1, 2])
    lines = []; rel = []; q = None; note = None
    for j, (k, cur, base) in enumerate(rows):
        rt = round(g(cur, base), 1)
        if j == i:
            bad = slip(rt, 1, "digit"); q = f"{f(bad,1)}"; note = f"{k}：{f(cur,1)}/{f(base,1)}-1={rt}% ≠ {q}%"
            lines.append(f"{k}\t{f(base,1)}\t{f(cur,1)}\t{q}"); rel.append(("growth", cur, base, bad, gtol(cur, 1, base, 1, 1), True))
        else:
            lines.append(f"{k}\t{f(base,1)}\t{f(cur,1)}\t{f(rt,1)}"); rel.append(("growth", cur, base, rt, gtol(cur, 1, base, 1, 1), False))
    t = f"主要经济指标（现价，亿元）\n指标\t{c.y-1}年\t{c.y}年\t增长（%）\n" + "\n".join(lines)
    return dict(text=t, quote=q, note=note, rels=rel)

def gr_e8(c):
    cur, base = pair(80, 300, 0, -25, -8); rt = round(g(cur, base), 1)
    bad = round(abs(rt) + ch([3.0, 5.2, -4.1]), 1)
    t = (f"节能降耗成效明显，{c.pp}规上工业综合能源消费量{c.u(int(cur),0,'万吨标准煤')}，较{c.base_word}的{c.u(int(base),0,'万吨标准煤')}"
         f"下降{f(bad,1)}%。")
    return dict(text=t, quote=f"下降{f(bad,1)}%", note=f"({int(base)}-{int(cur)})/{int(base)}={abs(rt)}% ≠ {f(bad,1)}%",
                rels=[("growth", cur, base, -bad, gtol(cur, 0, base, 0, 1), True)])

def gr_e9(c):
    b1, b2 = ri(28000, 40000), ri(14000, 22000)
    r1, r2 = ru(4, 6), ru(6, 8.5)
    c1, c2 = round(b1 * (1 + r1 / 100)), round(b2 * (1 + r2 / 100))
    bad = slip(r2, 1, "swap")
    t = (f"{c.lead()}城乡居民人均可支配收入分别达到{c1}元和{c2}元（上年分别为{b1}元和{b2}元），分别增长{r1}%和{f(bad,1)}%{c.tail()}")
    return dict(text=t, quote=f"{f(bad,1)}%", note=f"农村：{c2}/{b2}-1={g(c2,b2):.1f}% ≠ {f(bad,1)}%",
                rels=[("growth", c1, b1, r1, gtol(c1, 0, b1, 0, 1), False), ("growth", c2, b2, bad, gtol(c2, 0, b2, 0, 1), True)])

def gr_e10(c):
    cur, base = pair(1000, 5000, 0, 15, 40); rt = round(g(cur, base))
    bad = rt + ch([10, -10, 20])
    t = (f"外贸进出口逆势上扬，{c.pp}完成进出口总额{int(cur)}万美元，比上年的{int(base)}万美元增长百分之{cnum(bad)}。")
    return dict(text=t, quote=f"百分之{cnum(bad)}", note=f"{int(cur)}/{int(base)}-1={g(cur,base):.1f}%（约百分之{cnum(rt)}）≠ {bad}%",
                rels=[("growth", cur, base, bad, gtol(cur, 0, base, 0, 0), True)])

ERR_G = [gr_e1, gr_e2, gr_e3, gr_e4, gr_e5, gr_e6, gr_e7, gr_e8, gr_e9, gr_e10]

# ---------------- growth-mismatch : traps ----------------
def gr_t1(c):
    cur, base = pair(20, 90, 2, 6, 25); rt = round(g(cur, base), 1)
    t = (f"{c.lead()}{c.pp}完成一般公共预算收入{c.u(cur,2,'亿元')}，{c.base_word}为{c.u(base,2,'亿元')}，{c.yoy}增长{rt}%{c.tail()}")
    return dict(text=t, rels=[("growth", cur, base, rt, gtol(cur, 2, base, 2, 1), False)])

def gr_t2(c):
    n = 5; base = ru(40, 120, 1); cur = round(base * ru(1.4, 2.0, 2), 1)
    cagr = round(((cur / base) ** (1 / n) - 1) * 100, 1)
    t = (f"五年来，规上工业总产值从{c.u(base,1,'亿元')}增长到{c.u(cur,1,'亿元')}，年均增长{cagr}%，"
         f"{ch(['新材料','装备制造','食品加工'])}产业集群初具规模。")
    return dict(text=t, rels=[("cagr", cur, base, n, cagr, 0.1, False)])

def gr_t3(c):
    base = ru(1.5, 5, 2); mult = ru(2.2, 3.5, 1); cur = round(base * mult, 2)
    t = (f"{c.lead()}跨境电商交易额{c.u(cur,2,'亿元')}，{c.base_word}为{c.u(base,2,'亿元')}，增长{f(cur/base-1,1)}倍{c.tail()}")
    return dict(text=t, rels=[("times", cur, base, round(cur / base - 1, 1), 0.06, False)])

def gr_t4(c):
    b = ru(150, 400, 1); cur = round(b * ru(1.06, 1.1, 3), 1)
    t = (f"初步核算，{c.y}年全县地区生产总值{c.u(cur,1,'亿元')}（上年为{c.u(b,1,'亿元')}），按可比价格计算，比上年增长{ru(4,6)}%。")
    return dict(text=t, rels=[])

def gr_t5(c):
    cur, base = pair(80, 300, 0, -25, -8); rt = round(g(cur, base), 1)
    t = (f"{c.pp}规上工业综合能源消费量{c.u(int(cur),0,'万吨标准煤')}，较{c.base_word}的{c.u(int(base),0,'万吨标准煤')}下降{abs(rt)}%，"
         f"单位工业增加值能耗持续下降。")
    return dict(text=t, rels=[("growth", cur, base, rt, gtol(cur, 0, base, 0, 1), False)])

def gr_t6(c):
    base = ri(60, 200); cur = round(base * ru(2.03, 2.3, 2))
    t = (f"{c.lead()}高新技术企业由{c.y-3}年的{base}家增加到{cur}家，三年实现翻番{c.tail()}")
    return dict(text=t, rels=[("ge", cur / base, 2.0, False)])

def gr_t7(c):
    b1, b2 = ri(28000, 40000), ri(14000, 22000)
    r1, r2 = ru(4, 6), ru(6, 8.5)
    c1, c2 = round(b1 * (1 + r1 / 100)), round(b2 * (1 + r2 / 100))
    r1, r2 = round(g(c1, b1), 1), round(g(c2, b2), 1)
    t = (f"城乡居民人均可支配收入分别达到{c1}元和{c2}元，比上年（{b1}元、{b2}元）分别增长{r1}%和{r2}%，城乡收入比缩小到"
         f"{f(c1/c2,2)}。")
    return dict(text=t, rels=[("growth", c1, b1, r1, gtol(c1, 0, b1, 0, 1), False), ("growth", c2, b2, r2, gtol(c2, 0, b2, 0, 1), False),
                              ("ratio", c1, c2, round(c1 / c2 * 100, 0), 1.0, False)])

def gr_t8(c):
    n = ri(2, 4); rate = ru(n * 10 - 3.5, n * 10 - 0.5); base = ri(1000, 5000); cur = round(base * (1 + rate / 100))
    t = (f"{c.pp}完成进出口总额{int(cur)}万美元，比上年的{int(base)}万美元增长近{cnum(n)}成，{ch(['一般贸易','加工贸易'])}占比稳步提高。")
    return dict(text=t, rels=[("approx", g(cur, base), n * 10, 4.0, False)])

def gr_t9(c):
    cur, base = pair(3000, 9000, 0, 12, 48); rt = round(g(cur, base), 2)
    t = (f"表：实际到位资金（万元）\n{c.y-1}年\t{int(base)}\n{c.y}年\t{int(cur)}\n增幅\t{f(rt,2)}%")
    return dict(text=t, rels=[("growth", cur, base, rt, gtol(cur, 0, base, 0, 2), False)])

TRAP_G = [gr_t1, gr_t2, gr_t3, gr_t4, gr_t5, gr_t6, gr_t7, gr_t8, gr_t9]

# ---------------- difference-mismatch : errors ----------------
def df_e1(c):
    base = ri(20000, 60000); cur = base + ri(1500, 9000); d = cur - base
    bad = int(slip(d, 0, "swap"))
    t = (f"{c.lead()}{c.pp}完成税收收入{c.u(cur,0,'万元')}，比{c.base_word}（{c.u(base,0,'万元')}）增加{c.u(bad,0,'万元')}{c.tail()}")
    return dict(text=t, quote=c.u(bad, 0, '万元'), note=f"{cur}-{base}={d} ≠ {bad}", rels=[("diff", cur, base, bad, 0.5, True)])

def df_e2(c):
    b = ru(55, 68, 1); cur = round(b + ru(0.8, 2.5, 1), 1); d = round(cur - b, 1)
    bad = round(d + ch([1.0, -0.5, 0.9]), 1)
    t = (f"城镇化进程加快，常住人口城镇化率由{b}%提高到{cur}%，提高{bad}个百分点；{c.pp}新增城镇人口{ri(3000,9000)}人。")
    return dict(text=t, quote=f"提高{bad}个百分点", note=f"{cur}-{b}={d} ≠ {bad} 个百分点", rels=[("diff", cur, b, bad, 0.1, True)])

def df_e3(c):
    base = ri(120, 300); cur = base + ri(10, 60); d = cur - base
    bad = d + ch([10, -10, 5, 20])
    t = (f"市场主体培育成效明显，规上工业企业达到{cur}家，净增{bad}家（上年末{base}家），其中新投产入规{ri(5,d)}家。")
    return dict(text=t, quote=f"净增{bad}家", note=f"{cur}-{base}={d} ≠ 净增 {bad}", rels=[("diff", cur, base, bad, 0.5, True)])

def df_e4(c):
    base = ru(8, 30, 2); cur = round(base + ru(0.5, 4, 2), 2); d = round(cur - base, 2)
    bad = round(d * 1000)  # dropped a zero converting 亿 to 万
    t = (f"{c.lead()}实现规上工业营业收入{c.u(cur,2,'亿元')}，较{c.base_word}的{c.u(base,2,'亿元')}增加{c.u(int(bad),0,'万元')}{c.tail()}")
    return dict(text=t, quote=c.u(int(bad), 0, '万元'), note=f"{f(cur,2)}-{f(base,2)}={f(d,2)}亿元={int(round(d*10000))}万元 ≠ {int(bad)}万元",
                rels=[("diff", cur * 10000, base * 10000, bad, 50, True)])

def df_e5(c):
    base = ri(280, 320); cur = base + ri(5, 25); d = cur - base
    bad = d + ch([3, -3, 4])
    t = (f"空气质量优良天数{cur}天，比上年增加{bad}天（上年{base}天），PM10平均浓度{ri(50,75)}微克/立方米。")
    return dict(text=t, quote=f"增加{bad}天", note=f"{cur}-{base}={d} ≠ {bad}", rels=[("diff", cur, base, bad, 0.5, True)])

def df_e6(c):
    b1 = ru(1.5, 3, 2); b2 = round(b1 + ru(0.1, 0.5, 2), 2); d = round(b2 - b1, 2)
    bad = round(d * 10, 1) if d * 10 < 5 else round(d + 0.2, 2)
    t = (f"创新投入持续加大，全社会研发经费投入强度达到{b2}%，比上年（{b1}%）提高{bad}个百分点，"
         f"新增省级研发平台{ri(3,12)}个。")
    return dict(text=t, quote=f"提高{bad}个百分点", note=f"{b2}-{b1}={f(d,2)} ≠ {bad} 个百分点", rels=[("diff", b2, b1, bad, 0.01, True)])

def df_e7(c):
    base = ri(1500, 4000); cur = base - ri(100, 600); d = base - cur
    bad = int(slip(d, 0, "digit"))
    t = (f"{c.lead()}信访总量{cur}件次，较{c.base_word}{base}件次减少{bad}件次，下降{round(d/base*100,1)}%，"
         f"初信初访一次性化解率{ru(90,98)}%{c.tail()}")
    return dict(text=t, quote=f"减少{bad}件次", note=f"{base}-{cur}={d} ≠ {bad}",
                rels=[("diff", base, cur, bad, 0.5, True), ("growth", cur, base, -round(d / base * 100, 1), gtol(cur, 0, base, 0, 1), False)])

def df_e8(c):
    base = ru(800, 2000, 1); cur = round(base + ru(30, 200, 1), 1); d = round(cur - base, 1)
    prev = round(base - ru(30, 100, 1), 1)
    bad = round(cur - prev, 1)  # subtracted wrong base
    t = (f"金融支撑有力。年末金融机构各项贷款余额{c.u(cur,1,'亿元')}，比年初增加{c.u(bad,1,'亿元')}；年初余额为{c.u(base,1,'亿元')}，"
         f"存贷比{ru(60,85)}%。")
    return dict(text=t, quote=c.u(bad, 1, '亿元'), note=f"{f(cur,1)}-{f(base,1)}={f(d,1)} ≠ {f(bad,1)}", rels=[("diff", cur, base, bad, 0.1, True)])

def df_e9(c):
    rows = [(k, ri(lo, hi)) for k, lo, hi in [("城区", 2000, 5000), ("乡镇", 3000, 8000)]]
    y0 = [v - ri(100, 600) for _, v in rows]
    i = ch([0, 1])
    lines = []; rel = []; q = note = None
    for j, ((k, v), b) in enumerate(zip(rows, y0)):
        d = v - b
        if j == i:
            bad = d + ch([100, -100, 90])
            q = f"+{bad}"; note = f"{k}：{v}-{b}={d} ≠ {bad}"
            lines.append(f"{k}  {b}  {v}  +{bad}"); rel.append(("diff", v, b, bad, 0.5, True))
        else:
            lines.append(f"{k}  {b}  {v}  +{d}"); rel.append(("diff", v, b, d, 0.5, False))
    t = f"义务教育在校生变化情况（人）\n区域  {c.y-1}年  {c.y}年  增减\n" + "\n".join(lines)
    return dict(text=t, quote=q, note=note, rels=rel)

def df_e10(c):
    base = ri(200, 800); cur = base + ri(30, 200); d = cur - base
    bad = d + ch([20, 30, -20])
    t = (f"{c.lead()}耕地保护责任全面落实，{c.area}耕地保有量{c.u(cur*100,0,'亩')}，"
         f"较上年{c.u(base*100,0,'亩')}净增{c.u(bad*100,0,'亩')}{c.tail()}")
    return dict(text=t, quote=c.u(bad * 100, 0, '亩'), note=f"{cur*100}-{base*100}={d*100} ≠ {bad*100}",
                rels=[("diff", cur * 100, base * 100, bad * 100, 0.5, True)])

ERR_D = [df_e1, df_e2, df_e3, df_e4, df_e5, df_e6, df_e7, df_e8, df_e9, df_e10]

# ---------------- difference-mismatch : traps ----------------
def df_t1(c):
    base = ri(20000, 60000); cur = base + ri(1500, 9000); d = cur - base
    t = (f"{c.lead()}完成税收收入{c.u(cur,0,'万元')}，比{c.base_word}增收{c.u(d,0,'万元')}（{c.base_word}{c.u(base,0,'万元')}）{c.tail()}")
    return dict(text=t, rels=[("diff", cur, base, d, 0.5, False)])

def df_t2(c):
    b = ru(55, 68, 1); cur = round(b + ru(0.8, 2.5, 1), 1); d = round(cur - b, 1)
    t = f"常住人口城镇化率达到{cur}%，较上年的{b}%提高{d}个百分点，城市承载能力持续增强。"
    return dict(text=t, rels=[("diff", cur, b, d, 0.1, False)])

def df_t3(c):
    base = ru(8, 30, 2); cur = round(base + ru(0.5, 4, 2), 2); d = round((cur - base) * 10000)
    t = (f"{c.pp}实现规上工业营业收入{c.u(cur,2,'亿元')}，较{c.base_word}的{c.u(base,2,'亿元')}增加{c.u(int(d),0,'万元')}，"
         f"营业收入利润率{ru(4,8)}%。")
    return dict(text=t, rels=[("diff", cur * 10000, base * 10000, d, 100, False)])

def df_t4(c):
    base = ri(280, 320); cur = base + ri(5, 25); d = cur - base
    t = f"{c.lead()}空气质量优良天数达到{cur}天，较上年多{d}天，上年为{base}天{c.tail()}"
    return dict(text=t, rels=[("diff", cur, base, d, 0.5, False)])

def df_t5(c):
    base = ri(1500, 4000); cur = base - ri(100, 600); d = base - cur
    t = (f"信访总量{cur}件次，较{c.base_word}{base}件次减少{d}件次，下降{round(d/base*100,1)}%。")
    return dict(text=t, rels=[("diff", base, cur, d, 0.5, False), ("growth", cur, base, -round(d / base * 100, 1), gtol(cur, 0, base, 0, 1), False)])

def df_t6(c):
    r1, r2 = ru(6, 12), ru(3, 6)
    t = (f"{c.lead()}规上工业增加值增长{r1}%，高于全市平均水平{round(r1-r2,1)}个百分点（全市{r2}%）{c.tail()}")
    return dict(text=t, rels=[("diff", r1, r2, round(r1 - r2, 1), 0.1, False)])

def df_t7(c):
    base = ru(800, 2000, 1); cur = round(base + ru(30, 200, 1), 1); d = round(cur - base, 1)
    t = f"年末金融机构各项贷款余额{c.u(cur,1,'亿元')}，比年初增加{c.u(d,1,'亿元')}，增量创近年新高。"
    return dict(text=t, rels=[])

def df_t8(c):
    base = ri(120, 300); cur = base + ri(10, 60); d = cur - base
    t = f"年末规上工业企业{cur}家，净增{d}家；上年末为{base}家。"
    return dict(text=t, rels=[("diff", cur, base, d, 0.5, False)])

def df_t9(c):
    b1 = ru(1.5, 3, 2); b2 = round(b1 + ru(0.1, 0.5, 2), 2); d = round(b2 - b1, 2)
    t = (f"{c.lead()}研发经费投入强度{b2}%，比上年提高{f(d,2)}个百分点，上年为{b1}%{c.tail()}")
    return dict(text=t, rels=[("diff", b2, b1, d, 0.01, False)])

TRAP_D = [df_t1, df_t2, df_t3, df_t4, df_t5, df_t6, df_t7, df_t8, df_t9]
