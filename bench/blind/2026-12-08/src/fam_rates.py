from common import *

def gr(cur, base, d=1):
    return round((cur / base - 1) * 100, d)

def bad_rate(r, g, d=1, alts=()):
    """realistic wrong rate: transposed, alternative computation, or digit slip"""
    cands = []
    s = f(abs(g), d); t = transpose(r, s)
    if t: cands.append(float(t) * (1 if g >= 0 else -1))
    for a in alts: cands.append(round(a, d))
    cands.append(round(g + r.choice([-1, 1]) * r.choice([1, 2, 3]) * (1 if abs(g) < 20 else 3), d))
    r.shuffle(cands)
    for c in cands:
        if abs(c - g) >= max(1.0, 0.08 * abs(g)) and (c > 0) == (g > 0) and abs(c) < 3 * abs(g) + 5:
            return c
    return round(g + (2.3 if g > 0 else -2.3), d)

def gch(cur, base, g, d=1, planted=False, kind="growth", n=None):
    c = {"k": kind, "cur": cur, "base": base, "g": g, "tol": 0.5 * 10 ** (-d) + 1e-9 + (0 if kind == "growth" else 0.0), "planted": planted}
    if n: c["n"] = n
    return c

# ---------------- growth-mismatch ----------------
def gm1(r, err):
    base = rnd(r, 20, 80, 2); cur = round(base * r.uniform(1.04, 1.2), 2); g = gr(cur, base)
    gs = bad_rate(r, g, 1, [(cur - base) / cur * 100]) if err else g
    ind = pick(r, ["一般公共预算收入", "税收收入", "规上工业营业收入", "农林牧渔业总产值"])
    t = f"{ind}由上年的{f(base,2)}亿元增加到{f(cur,2)}亿元，增长{f(gs)}%，增速高于全市平均水平，为“十四五”规划圆满收官奠定了坚实基础。"
    return t, f"增长{f(gs)}%", f"({f(cur,2)}-{f(base,2)})/{f(base,2)}={g}% ≠ {f(gs)}%", [gch(cur, base, gs, 1, err)]

def gm2(r, err):
    base = rnd(r, 100, 400); cur = round(base * r.uniform(1.03, 1.15), 1); g = gr(cur, base)
    gs = bad_rate(r, g) if err else g
    t = f"消费市场加快恢复。全年实现社会消费品零售总额{f(cur)}亿元（上年为{f(base)}亿元），比上年增长{f(gs)}%，其中网上零售额增长{f(rnd(r,10,25))}%，“以旧换新”带动汽车、家电销售明显回升。"
    return t, f"比上年增长{f(gs)}%", f"({f(cur)}-{f(base)})/{f(base)}={g}% ≠ {f(gs)}%", [gch(cur, base, gs, 1, err)]

def gm3(r, err):
    base = rnd(r, 20, 80, 2); cur = round(base * r.uniform(0.8, 0.95), 2); g = gr(cur, base)
    gs = bad_rate(r, g, 1, [(cur - base) / cur * 100]) if err else g
    t = f"节能减排扎实推进。全年规上工业综合能源消费量降至{f(cur,2)}万吨标准煤，较上年的{f(base,2)}万吨标准煤下降{f(-gs)}%，单位工业增加值能耗持续下降。"
    return t, f"下降{f(-gs)}%", f"({f(base,2)}-{f(cur,2)})/{f(base,2)}={-g}% ≠ {f(-gs)}%", [gch(cur, base, gs, 1, err)]

def gm4(r, err):  # CAGR 2020->2025
    base = rnd(r, 150, 500); gg = r.uniform(0.05, 0.12); cur = round(base * (1 + gg) ** 5, 1)
    g = round(((cur / base) ** (1 / 5) - 1) * 100, 1); simple = (cur / base - 1) * 100 / 5
    gs = bad_rate(r, g, 1, [simple]) if err else g
    t = f"“十四五”时期，地区生产总值从2020年的{f(base)}亿元增加到2025年的{f(cur)}亿元，年均增长{f(gs)}%（按现价计算），经济总量迈上新台阶，人均地区生产总值突破{r.randint(6,12)}万元。"
    return t, f"年均增长{f(gs)}%", f"({f(cur)}/{f(base)})^(1/5)-1={g}% ≠ {f(gs)}%（复合年均增长）", [gch(cur, base, gs, 1, err, "cagr", 5)]

def gm5(r, err):  # 翻一番
    base = rnd(r, 20, 60, 1)
    if err: cur = round(base * r.uniform(1.45, 1.7), 1)
    else: cur = round(base * r.uniform(2.0, 2.15), 1)
    t = f"数字经济发展成效显著。数字经济核心产业营业收入由2021年的{f(base)}亿元增加到{f(cur)}亿元，四年实现翻一番，成为拉动全县工业增长的重要引擎。"
    return t, "实现翻一番", f"{f(cur)}/{f(base)}={cur/base:.2f}倍，未达到翻一番（2倍）", [{"k": "double", "cur": cur, "base": base, "planted": err}]

def gm6(r, err):  # 增长N倍
    base = r.randint(1200, 5000); k = round(r.uniform(1.2, 3.5), 1); cur = int(round(base * (1 + k)))
    kk = round(cur / base - 1, 1)
    ks = round(kk + r.choice([-1, 1]) * r.choice([0.5, 0.8, 1.0]), 1) if err else kk
    if ks <= 0.2: ks = round(kk + 0.8, 1)
    t = f"跨境电商异军突起。全年跨境电商交易额达到{cur}万元，比上年的{base}万元增长{f(ks)}倍，新培育跨境电商企业{r.randint(10,40)}家，建成海外仓{r.randint(1,4)}个。"
    return t, f"增长{f(ks)}倍", f"{cur}/{base}-1={cur/base-1:.2f}，即增长约{f(kk)}倍 ≠ {f(ks)}倍", [{"k": "times_growth", "cur": cur, "base": base, "g": ks, "tol": 0.05 + 1e-9, "planted": err}]

def gm7(r, err):  # table
    rows = []; checks = []; bad_i = r.randrange(3) if err else -1; q = None; note = None
    names = [("规模以上工业总产值", "亿元"), ("固定资产投资", "亿元"), ("外贸进出口总额", "亿元")]
    for i, (n, u) in enumerate(names):
        base = rnd(r, 50, 300); cur = round(base * r.uniform(0.95, 1.18), 1); g = gr(cur, base)
        gs = bad_rate(r, g) if i == bad_i else g
        rows.append(f"{n}（{u}）　{f(base)}　{f(cur)}　{f(gs)}")
        checks.append(gch(cur, base, gs, 1, i == bad_i))
        if i == bad_i: q = f"{f(cur)}　{f(gs)}"; note = f"{n}：({f(cur)}-{f(base)})/{f(base)}={g}% ≠ 表列增速{f(gs)}%"
    t = "附表　主要经济指标完成情况\n指标　2024年　2025年　增速（%）\n" + "\n".join(rows) + "\n注：增速按现价计算。"
    return t, q, note, checks

def gm8(r, err):  # mixed units 万 -> 亿
    base = r.randint(6000, 9800); cur = rnd(r, 1.0, 1.3, 2)
    while cur * 10000 <= base * 1.03: cur = round(cur + 0.05, 2)
    g = gr(cur * 10000, base)
    gs = bad_rate(r, g, 1, [(cur * 10000 - base) / (cur * 10000) * 100]) if err else g
    t = f"村级集体经济持续壮大。全镇村级集体经济总收入从上年的{base}万元增长到{f(cur,2)}亿元，增长{f(gs)}%，所有村集体经济年经营性收入均超过20万元。"
    return t, f"增长{f(gs)}%", f"({f(cur,2)}亿元=>{int(cur*10000)}万元 - {base}万元)/{base}万元={g}% ≠ {f(gs)}%", [gch(cur * 10000, base, gs, 1, err)]

def gm9(r, err):  # 环比
    base = rnd(r, 30, 80); cur = round(base * r.uniform(1.05, 1.25), 1); g = gr(cur, base)
    gs = bad_rate(r, g) if err else g
    t = f"从季度看，三季度完成工业投资{f(base)}亿元，四季度完成{f(cur)}亿元，环比增长{f(gs)}%，项目集中投产带动投资逐季加快。"
    return t, f"环比增长{f(gs)}%", f"({f(cur)}-{f(base)})/{f(base)}={g}% ≠ {f(gs)}%", [gch(cur, base, gs, 1, err)]

def gm10(r, err):  # 同比 with 上年同期 after
    cur = rnd(r, 5, 30, 2); base = round(cur / r.uniform(1.06, 1.3), 2); g = gr(cur, base)
    gs = bad_rate(r, g) if err else g
    t = f"1—11月，全区实现规上服务业营业收入{f(cur,2)}亿元，同比增长{f(gs)}%（上年同期为{f(base,2)}亿元），其中信息传输、软件和信息技术服务业增长较快，对规上服务业增长的贡献率超过四成。"
    return t, f"同比增长{f(gs)}%", f"({f(cur,2)}-{f(base,2)})/{f(base,2)}={g}% ≠ {f(gs)}%", [gch(cur, base, gs, 1, err)]

def gm11(r, err):  # 增幅 persons
    base = r.randint(20000, 80000); cur = int(base * r.uniform(1.03, 1.12)); g = gr(cur, base)
    gs = bad_rate(r, g) if err else g
    t = f"社会保障覆盖面持续扩大。企业职工基本养老保险参保人数由年初的{base}人增至年末的{cur}人，增幅{f(gs)}%；失业保险、工伤保险参保人数分别达到{r.randint(15000,50000)}人和{r.randint(20000,60000)}人。"
    return t, f"增幅{f(gs)}%", f"({cur}-{base})/{base}={g}% ≠ {f(gs)}%", [gch(cur, base, gs, 1, err)]

def gm12(r, err):  # 回落/下降 count
    base = r.randint(40, 150); cur = int(base * r.uniform(0.6, 0.9)); g = gr(cur, base)
    gs = bad_rate(r, g) if err else g
    t = f"安全生产形势总体平稳。全年共发生各类生产安全事故{cur}起，比上年的{base}起减少{base-cur}起，下降{f(-gs)}%，未发生较大及以上生产安全事故。"
    return t, f"下降{f(-gs)}%", f"({base}-{cur})/{base}={-g}% ≠ {f(-gs)}%", [gch(cur, base, gs, 1, err), {"k": "diff", "cur": cur, "base": base, "d": cur - base, "tol": 1e-9, "planted": False}]

GM = [gm1, gm2, gm3, gm4, gm5, gm6, gm7, gm8, gm9, gm10, gm11, gm12]

def gmt_gdp(r, err=False):
    t = (f"初步核算，全年地区生产总值{f(rnd(r,300,900))}亿元，按可比价格计算，比上年增长{f(rnd(r,5,7))}%；规模以上工业增加值增长{f(rnd(r,6,10))}%，"
         f"上年地区生产总值为{f(rnd(r,280,850))}亿元的口径已按第五次全国经济普查结果修订。")
    # avoid a 'ties' construction: rewrite without the base
    t = (f"初步核算，全年地区生产总值{f(rnd(r,300,900))}亿元，按可比价格计算，比上年增长{f(rnd(r,5,7))}%，增速比全省高{f(rnd(r,0.3,1.2))}个百分点；"
         f"规模以上工业增加值增长{f(rnd(r,6,10))}%，服务业增加值增长{f(rnd(r,4,7))}%。")
    return t, None, None, []

def gmt_times(r, err=False):  # 增长1.x倍 correct and 是上年的 x 倍
    base = r.randint(200, 900); cur = int(base * r.uniform(2.2, 3.0))
    t = f"新能源产业爆发式增长。全年新能源汽车产量{cur}辆，比上年的{base}辆增长{f(cur/base-1)}倍，即为上年的{f(cur/base)}倍，配套电池、电机等关键零部件本地配套率明显提高。"
    return t, None, None, [{"k": "times_growth", "cur": cur, "base": base, "g": round(cur / base - 1, 1), "tol": 0.05 + 1e-9, "planted": False}]

GM_TRAP_EXTRA = [gmt_gdp, gmt_times]

# ---------------- difference-mismatch ----------------
def bad_diff(r, dd, d, alts=()):
    cands = [round(a, d) for a in alts]
    t = transpose(r, f(abs(dd), d))
    if t: cands.append(float(t) * (1 if dd >= 0 else -1))
    mag = 10 ** max(len(str(int(abs(dd)))) - 1, 0) if abs(dd) >= 1 else 10 ** (-d) * 10
    cands.append(round(dd + r.choice([-1, 1]) * r.randint(1, 3) * mag, d))
    r.shuffle(cands)
    for c in cands:
        if abs(c - dd) >= max(10 ** (-d) * 3, 0.1 * abs(dd)) and (c > 0) == (dd > 0) and abs(c) < 3 * abs(dd):
            return c
    return round(dd * 1.5, d)

def dch(cur, base, dd, d, planted):
    return {"k": "diff", "cur": cur, "base": base, "d": dd, "tol": 10 ** (-d) + 1e-9, "planted": planted}

def dm1(r, err):
    base = rnd(r, 40, 120, 2); cur = round(base * r.uniform(1.05, 1.2), 2); dd = round(cur - base, 2)
    ds = bad_diff(r, dd, 2) if err else dd
    t = f"金融支撑有力。年末金融机构人民币各项贷款余额{f(cur,2)}亿元，比年初的{f(base,2)}亿元增加{f(ds,2)}亿元，其中制造业中长期贷款和普惠小微贷款增速均高于各项贷款平均增速。"
    return t, f"增加{f(ds,2)}亿元", f"{f(cur,2)}-{f(base,2)}={f(dd,2)}亿元 ≠ {f(ds,2)}亿元", [dch(cur, base, ds, 2, err)]

def dm2(r, err):  # 个百分点
    p1 = rnd(r, 40, 60); p2 = round(p1 + r.uniform(1, 4), 1); dd = round(p2 - p1, 1)
    ds = bad_diff(r, dd, 1, [(p2 / p1 - 1) * 100]) if err else dd
    t = f"新型城镇化稳步推进。常住人口城镇化率由上年末的{f(p1)}%提高到{f(p2)}%，提高{f(ds)}个百分点；新增城镇落户人口{r.randint(3000,12000)}人，城区建成区面积扩大到{f(rnd(r,20,60))}平方公里。"
    return t, f"提高{f(ds)}个百分点", f"{f(p2)}-{f(p1)}={f(dd)}个百分点 ≠ {f(ds)}", [dch(p2, p1, ds, 1, err)]

def dm3(r, err):  # 高出 平均
    avg = r.randint(20000, 30000); cur = avg + r.randint(1200, 4000); dd = cur - avg
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"农民增收渠道不断拓宽。农村居民人均可支配收入达到{cur}元，高出全省平均水平（{avg}元）{ds}元，城乡居民收入比缩小到{f(rnd(r,1.7,2.1),2)}∶1。"
    return t, f"）{ds}元", f"{cur}-{avg}={dd}元 ≠ 高出{ds}元", [dch(cur, avg, ds, 0, err)]

def dm4(r, err):  # ratio difference 缩小
    a = rnd(r, 1.9, 2.3, 2); b = round(a - r.uniform(0.03, 0.12), 2); dd = round(b - a, 2)
    ds = -bad_diff(r, -dd, 2) if err else dd
    t = f"城乡区域发展更加协调。城乡居民人均可支配收入之比由上年的{f(a,2)}缩小到{f(b,2)}，缩小{f(-ds,2)}，城乡融合发展试点扎实推进。"
    return t, f"缩小{f(-ds,2)}", f"{f(a,2)}-{f(b,2)}={f(-dd,2)} ≠ 缩小{f(-ds,2)}", [dch(b, a, ds, 2, err)]

def dm5(r, err):  # 减少 tons
    base = r.randint(3000, 9000); cur = int(base * r.uniform(0.8, 0.95)); dd = cur - base
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"化肥农药减量增效行动成效明显。全县化肥施用量（折纯）较上年减少{-ds}吨，降至{cur}吨（上年为{base}吨），主要农作物测土配方施肥技术覆盖率达到{f(rnd(r,90,96))}%。"
    return t, f"减少{-ds}吨", f"{base}-{cur}={-dd}吨 ≠ 减少{-ds}吨", [dch(cur, base, ds, 0, err)]

def dm6(r, err):  # 比计划多
    plan = r.randint(20, 60) * 1000; act = plan + r.randint(500, 6000); dd = act - plan
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"高标准农田建设超额完成。市下达我县年度建设任务{plan}亩，实际建成{act}亩，比计划多完成{ds}亩，项目区亩均粮食产能提高{r.randint(80,150)}斤。"
    return t, f"多完成{ds}亩", f"{act}-{plan}={dd}亩 ≠ {ds}亩", [dch(act, plan, ds, 0, err)]

def dm7(r, err):  # 低于 全国
    nat = rnd(r, 4.5, 5.5); cur = round(nat - r.uniform(0.5, 1.8), 1); dd = round(nat - cur, 1)
    ds = bad_diff(r, dd, 1) if err else dd
    t = f"全年城镇调查失业率平均为{f(cur)}%，低于全国平均水平（{f(nat)}%）{f(ds)}个百分点，零就业家庭实现动态清零。"
    return t, f"{f(ds)}个百分点", f"{f(nat)}-{f(cur)}={f(dd)}个百分点 ≠ {f(ds)}", [dch(nat, cur, ds, 1, err)]

def dm8(r, err):  # mixed units
    base = r.randint(6000, 9900); cur = rnd(r, 1.05, 1.5, 2); dd = int(round(cur * 10000 - base))
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"科技投入大幅增加。全年财政科技支出{f(cur,2)}亿元，比上年的{base}万元增加{ds}万元，设立{r.randint(1,3)}亿元科技成果转化基金，支持企业实施关键核心技术攻关项目{r.randint(10,40)}项。"
    return t, f"增加{ds}万元", f"{f(cur,2)}亿元={int(cur*10000)}万元，{int(cur*10000)}-{base}={dd}万元 ≠ {ds}万元", [dch(cur * 10000, base, ds, 0, err)]

def dm9(r, err):  # table with 增减 column
    rows = []; checks = []; bi = r.randrange(3) if err else -1; q = note = None
    names = ["户籍人口（人）", "常住人口（人）", "城镇人口（人）"]
    cz = r.randint(50000, 90000); ratio = r.uniform(0.5, 0.7)
    for i, n in enumerate(names):
        if i == 0: base = r.randint(40000, 90000)
        elif i == 1: base = cz
        else: base = int(cz * ratio)
        cur = base + r.randint(-1500, 1500)
        if i == 2: cur = min(cur, int(cz_cur * 0.95))
        dd = cur - base
        ds = int(bad_diff(r, dd, 0)) if i == bi else dd
        if dd == 0: cur += 37; dd = 37; ds = dd if i != bi else 73
        if i == 1: cz_cur = cur
        rows.append(f"{n}　{base}　{cur}　{ds:+d}")
        checks.append(dch(cur, base, ds, 0, i == bi))
        if i == bi: q = f"{ds:+d}"; note = f"{n}：{cur}-{base}={dd:+d} ≠ 表列增减{ds:+d}"
    t = f"{pick(r,TOWNS)}人口变动情况\n项目　2024年末　2025年末　增减\n" + "\n".join(rows)
    return t, q, note, checks

def dm10(r, err):  # 差距
    a = rnd(r, 60, 120); b = round(a - r.uniform(8, 30), 1); dd = round(a - b, 1)
    ds = bad_diff(r, dd, 1) if err else dd
    t = f"与先进地区相比仍有差距。我区规上工业增加值{f(b)}亿元，与相邻的{pick(r,['东港区','西林区','北湖区'])}（{f(a)}亿元）相差{f(ds)}亿元，工业经济总量偏小、龙头企业带动不强的问题依然突出。"
    return t, f"相差{f(ds)}亿元", f"{f(a)}-{f(b)}={f(dd)}亿元 ≠ {f(ds)}亿元", [dch(a, b, ds, 1, err)]

def dm11(r, err):  # 净增
    start = r.randint(20000, 60000); end = start + r.randint(800, 4000); dd = end - start
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"经营主体数量稳步增加。年初全区共有各类经营主体{start}户，年末达到{end}户，净增{ds}户，每千人拥有企业数达到{f(rnd(r,20,40))}户。"
    return t, f"净增{ds}户", f"{end}-{start}={dd}户 ≠ 净增{ds}户", [dch(end, start, ds, 0, err)]

def dm12(r, err):  # 少 with 起
    base = r.randint(60, 200); cur = base - r.randint(8, 40); dd = cur - base
    ds = int(bad_diff(r, dd, 0)) if err else dd
    t = f"道路交通安全形势持续好转。全年共发生道路交通事故{cur}起，比上年少{-ds}起（上年{base}起），交通事故死亡人数同比下降{f(rnd(r,5,20))}%，“两客一危”车辆动态监控实现全覆盖。"
    return t, f"少{-ds}起", f"{base}-{cur}={-dd}起 ≠ 少{-ds}起", [dch(cur, base, ds, 0, err)]

DM = [dm1, dm2, dm3, dm4, dm5, dm6, dm7, dm8, dm9, dm10, dm11, dm12]

def dmt_pp(r, err=False):  # % vs 个百分点 both correct
    p1 = rnd(r, 40, 60); p2 = round(p1 + r.uniform(2, 6), 1)
    t = f"义务教育优质均衡发展。优质学位供给比例由{f(p1)}%提高到{f(p2)}%，提高{f(p2-p1)}个百分点，相对增长{f((p2/p1-1)*100)}%；新建改扩建中小学{r.randint(3,10)}所，新增学位{r.randint(2000,8000)}个。"
    return t, None, None, [dch(p2, p1, round(p2 - p1, 1), 1, False), gch(p2, p1, round((p2 / p1 - 1) * 100, 1))]

def dmt_approx(r, err=False):
    a = r.randint(50, 90) * 100; b = a - r.randint(12, 30) * 100 - r.randint(-40, 40)
    t = f"全年新增城镇就业{a}人左右，比上年多{(a-b)//100*100}人左右（上年为{b}人），超额完成省下达的目标任务。"
    return t, None, None, [{"k": "diff", "cur": a, "base": b, "d": (a - b) // 100 * 100, "tol": 100, "planted": False}]

DM_TRAP_EXTRA = [dmt_pp, dmt_approx]

# ---------------- ratio-mismatch ----------------
def rch(a, b, p, scale, d, planted, tol=None):
    return {"k": "ratio", "a": a, "b": b, "p": p, "scale": scale, "tol": (0.5 * 10 ** (-d) + 1e-9) if tol is None else tol, "planted": planted}

def bad_ratio(r, p, d, alts=()):
    cands = [round(a, d) for a in alts]
    t = transpose(r, f(p, d))
    if t: cands.append(float(t))
    cands.append(round(p + r.choice([-1, 1]) * r.choice([2, 3, 5]) * (10 ** (len(str(int(p))) - 2) if p >= 10 else 0.5), d))
    r.shuffle(cands)
    for c in cands:
        if c > 0 and abs(c - p) >= max(0.8, 0.06 * p) * (1 if p >= 1 else 0.05) and abs(c - p) <= 0.6 * p:
            return c
    return round(p * 1.15, d)

def rm1(r, err):  # 完成全年任务
    T = r.randint(60, 150); a = round(T * r.uniform(0.8, 1.15), 1); p = pct(a, T)
    ps = bad_ratio(r, p, 1, [a / (T * 1.1) * 100]) if err else p
    t = f"招商引资成效明显。全年实际到位省外资金{f(a)}亿元，完成全年任务（{T}亿元）的{f(ps)}%，新签约亿元以上项目{r.randint(20,60)}个。"
    return t, f"的{f(ps)}%", f"{f(a)}/{T}={p}% ≠ {f(ps)}%", [rch(a, T, ps, 100, 1, err)]

def rm2(r, err):  # 占全县
    T = rnd(r, 100, 400); a = round(T * r.uniform(0.2, 0.6), 1); p = pct(a, T)
    ps = bad_ratio(r, p, 1, [a / (T - a) * 100]) if err else p
    t = f"园区主阵地作用凸显。2025年，全县规上工业总产值{f(T)}亿元，其中经济开发区实现规上工业总产值{f(a)}亿元，占全县的{f(ps)}%，园区亩均税收居全市前列。"
    return t, f"占全县的{f(ps)}%", f"{f(a)}/{f(T)}={p}% ≠ {f(ps)}%", [rch(a, T, ps, 100, 1, err)]

def rm3(r, err):  # 人均
    pop = rnd(r, 30, 90, 2); gdp = rnd(r, 200, 800, 1); pc = int(round(gdp * 1e8 / (pop * 1e4)))
    ps = int(bad_ratio(r, pc, 0)) if err else pc
    t = f"按年平均常住人口{f(pop,2)}万人计算，全年人均地区生产总值{ps}元（地区生产总值{f(gdp)}亿元），按年平均汇率折算约{int(round(ps/7.12,-1))}美元。"
    note = f"{f(gdp)}亿元/{f(pop,2)}万人={pc}元 ≠ {ps}元"
    # tolerance: gdp rounded to 0.1亿 -> relative error
    tol = pc * (0.05 / gdp + 0.005 / pop) + 1
    return t, f"人均地区生产总值{ps}元", note, [rch(gdp * 1e8, pop * 1e4, ps, 1, 0, err, tol)]

def rm4(r, err):  # 每万人
    pop = rnd(r, 30, 120, 1); n = r.randint(150, 900); p = round(n / (pop * 1e4) * 1e4, 1)
    ps = bad_ratio(r, p, 1, [n / pop]) if err else p
    if err and abs(ps - p) < 1.0: ps = round(p * 1.3, 1)
    t = f"创新主体加快集聚。全区有效发明专利达到{n}件（常住人口{f(pop)}万人），每万人口高价值发明专利拥有量达到……按有效发明专利计，每万人拥有{f(ps)}件。"
    t = f"创新主体加快集聚。全区有效发明专利达到{n}件，以常住人口{f(pop)}万人计，每万人口发明专利拥有量{f(ps)}件，较上年提高{f(rnd(r,0.5,2))}件。"
    tol = p * 0.05 / pop + 0.05 + 1e-9
    return t, f"拥有量{f(ps)}件", f"{n}件/{f(pop)}万人={p}件/万人 ≠ {f(ps)}件", [rch(n, pop, ps, 1, 1, err, tol)]

def rm5(r, err):  # 亩均
    area = r.randint(800, 5000); tax = rnd(r, 1, 8, 2); p = round(tax * 10000 / area, 1)
    ps = bad_ratio(r, p, 1) if err else p
    t = f"园区集约利用水平提升。全年园区实现税收{f(tax,2)}亿元，建成区面积{area}亩，亩均税收{f(ps)}万元，较上年提高{f(rnd(r,0.5,3))}万元。"
    tol = p * 0.005 / tax + 0.05 + 1e-9
    return t, f"亩均税收{f(ps)}万元", f"{f(tax,2)}亿元/{area}亩={p}万元/亩 ≠ {f(ps)}万元", [rch(tax * 10000, area, ps, 1, 1, err, tol)]

def rm6(r, err):  # 合格率
    n = r.randint(500, 3000); bad = r.randint(5, int(n * 0.05)); ok = n - bad; p = pct(ok, n)
    ps = bad_ratio(r, p, 1, [pct(bad, n) * 10]) if err else p
    if err and ps > 100: ps = round(p - 2.7, 1)
    t = f"食品安全监管持续加强。全年完成食品安全监督抽检{n}批次，其中合格{ok}批次，抽检合格率{f(ps)}%，对不合格产品全部依法核查处置。"
    return t, f"合格率{f(ps)}%", f"{ok}/{n}={p}% ≠ {f(ps)}%", [rch(ok, n, ps, 100, 1, err)]

def rm7(r, err):  # 是上年的k倍
    base = rnd(r, 2, 10, 2); k = r.uniform(1.5, 3); cur = round(base * k, 2); kk = round(cur / base, 1)
    ks = round(kk + r.choice([-1, 1]) * r.choice([0.4, 0.6, 1.0]), 1) if err else kk
    t = f"全年实际使用外资{f(cur,2)}亿美元，是上年（{f(base,2)}亿美元）的{f(ks)}倍，新设外商投资企业{r.randint(5,20)}家。"
    return t, f"的{f(ks)}倍", f"{f(cur,2)}/{f(base,2)}={cur/base:.2f}倍 ≠ {f(ks)}倍", [rch(cur, base, ks, 1, 1, err, 0.05 + 1e-9)]

def rm8(r, err):  # 平均每个村
    n = r.randint(80, 250); total = r.randint(1500, 6000); p = round(total / n, 1)
    ps = bad_ratio(r, p, 1) if err else p
    t = f"村级集体经济提质增效。全县{n}个行政村集体经济收入总计{total}万元，村均{f(ps)}万元，收入超50万元的村达到{r.randint(10,40)}个。"
    return t, f"村均{f(ps)}万元", f"{total}/{n}={p}万元 ≠ {f(ps)}万元", [rch(total, n, ps, 1, 1, err)]

def rm9(r, err):  # 产销率
    prod = rnd(r, 100, 500); sales = round(prod * r.uniform(0.95, 0.995), 1); p = pct(sales, prod)
    ps = bad_ratio(r, p, 1, [pct(prod - sales, prod) + 90]) if err else p
    if err and ps >= 100: ps = round(p - 3.4, 1)
    t = f"工业产销衔接良好。规模以上工业企业全年实现工业总产值{f(prod)}亿元，销售产值{f(sales)}亿元，产品产销率为{f(ps)}%，库存水平保持合理区间。"
    return t, f"产销率为{f(ps)}%", f"{f(sales)}/{f(prod)}={p}% ≠ {f(ps)}%", [rch(sales, prod, ps, 100, 1, err)]

def rm10(r, err):  # 资产负债率 table
    assets = rnd(r, 50, 300, 2); debt = round(assets * r.uniform(0.4, 0.7), 2); p = pct(debt, assets)
    ps = bad_ratio(r, p, 1, [debt / (assets - debt) * 100 if debt < assets * 0.6 else p + 5]) if err else p
    t = f"县属国有企业经营情况\n资产总额　{f(assets,2)}亿元\n负债总额　{f(debt,2)}亿元\n资产负债率　{f(ps)}%\n营业收入　{f(rnd(r,5,40),2)}亿元"
    return t, f"负债率　{f(ps)}%", f"{f(debt,2)}/{f(assets,2)}={p}% ≠ {f(ps)}%", [rch(debt, assets, ps, 100, 1, err)]

def rm11(r, err):  # 每千人口床位
    pop = rnd(r, 30, 120, 2); beds = r.randint(2000, 9000); p = round(beds / (pop * 10), 2)
    ps = round(bad_ratio(r, p * 10, 1) / 10, 2) if err else p
    t = f"医疗卫生资源扩容提质。年末全县医疗卫生机构实有床位{beds}张，按常住人口{f(pop,2)}万人计算，每千人口床位数{f(ps,2)}张，每千人口执业（助理）医师{f(rnd(r,2.5,3.5),2)}人。"
    tol = p * 0.005 / pop + 0.005 + 1e-9
    return t, f"每千人口床位数{f(ps,2)}张", f"{beds}张/{f(pop,2)}万人×1000={p}张 ≠ {f(ps,2)}张", [rch(beds, pop * 10, ps, 1, 2, err, tol)]

def rm12(r, err):  # 占比 of count
    n = r.randint(100, 400); k = r.randint(int(n * 0.3), int(n * 0.8)); p = pct(k, n)
    ps = bad_ratio(r, p, 1, [pct(n - k, n)]) if err else p
    t = f"数字化转型步伐加快。全区{n}家规上工业企业中，已实施数字化改造的企业{k}家，占比{f(ps)}%，建成省级智能工厂和数字化车间{r.randint(10,40)}个。"
    return t, f"占比{f(ps)}%", f"{k}/{n}={p}% ≠ {f(ps)}%", [rch(k, n, ps, 100, 1, err)]

RM = [rm1, rm2, rm3, rm4, rm5, rm6, rm7, rm8, rm9, rm10, rm11, rm12]

def rmt_over(r, err=False):  # completion over 100%, rounding
    T = r.randint(30, 80); a = round(T * r.uniform(1.02, 1.2), 2); p = pct(a, T)
    pr = p if r.random() < 0.5 else round(math.floor(a / T * 1000) / 10, 1)
    t = f"全年完成固定资产投资{f(a,2)}亿元，为年度目标{T}亿元的{f(pr)}%，超额完成任务；其中产业投资占比持续提升。"
    return t, None, None, [rch(a, T, pr, 100, 1, False, 0.1 + 1e-9)]

def rmt_unit(r, err=False):
    T = rnd(r, 2, 6, 2); a = r.randint(3000, int(T * 10000 * 0.6)); p = pct(a, T * 10000)
    t = f"全年争取上级资金{f(T,2)}亿元，其中争取地方政府专项债券{a}万元，占争取资金总额的{f(p)}%，重点支持城市更新和产业园区基础设施建设。"
    return t, None, None, [rch(a, T * 10000, p, 100, 1, False)]

RM_TRAP_EXTRA = [rmt_over, rmt_unit]
