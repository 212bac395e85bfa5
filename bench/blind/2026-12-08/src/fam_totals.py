from common import *

def big_enough(true, bad, d):
    return abs(true - bad) >= max(20 * 10 ** (-d), 0.006 * abs(true)) and abs(true-bad) <= 0.6*abs(true)

def bad_total(r, true, d, parts=None):
    for _ in range(200):
        m = r.random()
        if m < 0.4:
            s = transpose(r, f(true, d))
            if s is None: continue
            bad = float(s)
        elif m < 0.7 and parts:
            bad = round(true - r.choice(parts), d)
        else:
            k = r.choice([1, 2]) if d == 0 else r.choice([0, 1])
            mag = 10 ** (len(str(int(true))) - 1 - k) if true >= 10 else 1
            bad = round(true + r.choice([-1, 1]) * r.randint(1, 3) * mag, d)
        if bad > 0 and big_enough(true, bad, d):
            return int(round(bad)) if d == 0 else bad
    raise RuntimeError("no bad total")

def tolsum(n, d):
    return n * 0.5 * 10 ** (-d) + 1e-9

def chk_sum(parts, total, d, planted=False, tol=None):
    return {"k": "sum", "parts": parts, "total": total, "tol": tolsum(len(parts), d) if tol is None else tol, "planted": planted}

def fmt_i(x):
    return str(int(round(x)))

# ---------------- sum-mismatch ----------------
def sm1(r, err):  # 分别为 funding sources
    d = 0; T = r.randint(8000, 60000)
    parts = split_total(r, T, 3, 0)
    tot = bad_total(r, T, 0, parts) if err else T
    P = pick(r, PLACES)
    t = (f"积极争取上级支持。2025年{P}共争取上级各类资金{fmt_i(tot)}万元，按来源分别为中央资金{fmt_i(parts[0])}万元、省级资金{fmt_i(parts[1])}万元、市级资金{fmt_i(parts[2])}万元，"
         f"重点投向农村公路、农田水利和义务教育薄弱环节改善等领域，有效缓解了县级财政支出压力。")
    return t, f"{fmt_i(tot)}万元", f"中央+省级+市级={fmt_i(parts[0])}+{fmt_i(parts[1])}+{fmt_i(parts[2])}={fmt_i(T)}万元 ≠ 共争取{fmt_i(tot)}万元", [chk_sum(parts, tot, 0, err)]

def sm2(r, err):  # quarters -> 全年累计
    d = 1; qs = sorted(rnd(r, 12, 40) for _ in range(4)); T = round(sum(qs), 1)
    tot = bad_total(r, T, 1, qs) if err else T
    ind = pick(r, ["规模以上工业增加值", "建筑业总产值", "限额以上批发零售业销售额", "重点项目完成投资"])
    t = (f"从季度走势看，{ind}一至四季度分别完成{f(qs[0])}亿元、{f(qs[1])}亿元、{f(qs[2])}亿元和{f(qs[3])}亿元，逐季稳步回升，"
         f"全年累计完成{f(tot)}亿元，顺利实现年初确定的目标。")
    return t, f"累计完成{f(tot)}亿元", f"{'+'.join(f(q) for q in qs)}={f(T)}亿元 ≠ 全年累计{f(tot)}亿元", [chk_sum(qs, tot, 1, err)]

def sm3(r, err):  # table with 合计 row
    towns = sample(r, TOWNS, 5); vals = [r.randint(1200, 9800) for _ in towns]; T = sum(vals)
    tot = bad_total(r, T, 0, vals) if err else T
    rows = "\n".join(f"{t}　{v}　{r.randint(2,9)}" for t, v in zip(towns, vals))
    t = (f"表2　2025年各乡镇（街道）项目投资完成情况\n单位：万元、个\n乡镇（街道）　完成投资　项目数\n{rows}\n合计　{tot}　—\n"
         f"注：项目数为在建亿元以下产业项目个数。")
    return t, f"合计　{tot}", f"各乡镇完成投资之和{'+'.join(map(str,vals))}={T}万元 ≠ 合计行{tot}万元", [chk_sum(vals, tot, 0, err)]

def sm4(r, err):  # districts count 共计 after
    areas = ["城东片区", "城西片区", "临港片区", "滨湖片区"]; k = r.randint(3, 4); areas = areas[:k]
    vals = [r.randint(12, 90) for _ in areas]; T = sum(vals)
    tot = bad_total(r, T, 0, vals) if err else T
    lst = "、".join(f"{a}{v}家" for a, v in zip(areas, vals))
    t = (f"市场主体培育成效明显。按照“个转企、小升规、规改股、股上市”梯次培育路径，全年新增规模以上工业企业{lst}，全市共计{tot}家，新增数量创近五年新高，其中高新技术企业占比超过四成。")
    return t, f"共计{tot}家", f"{'+'.join(map(str,vals))}={T}家 ≠ 共计{tot}家", [chk_sum(vals, tot, 0, err)]

def sm5(r, err):  # three industries -> GDP
    p1 = rnd(r, 20, 60); p2 = rnd(r, 80, 250); p3 = rnd(r, 100, 300); T = round(p1 + p2 + p3, 1)
    tot = bad_total(r, T, 1, [p1, p2, p3]) if err else T
    t = (f"初步核算，全年地区生产总值{f(tot)}亿元，按不变价格计算，比上年增长{f(rnd(r,4.5,6.8))}%。分产业看，第一产业增加值{f(p1)}亿元，增长{f(rnd(r,2.5,4))}%；"
         f"第二产业增加值{f(p2)}亿元，增长{f(rnd(r,5,8))}%；第三产业增加值{f(p3)}亿元，增长{f(rnd(r,4,7))}%。")
    return t, f"生产总值{f(tot)}亿元", f"三次产业增加值之和{f(p1)}+{f(p2)}+{f(p3)}={f(T)}亿元 ≠ 地区生产总值{f(tot)}亿元", [chk_sum([p1, p2, p3], tot, 1, err)]

def sm6(r, err):  # 由…组成
    a = rnd(r, 5, 30, 2); b = rnd(r, 5, 30, 2); T = round(a + b, 2)
    tot = bad_total(r, T, 2, [a, b]) if err else T
    fm = pick(r, FIRMS)
    t = (f"{fm}高端装备制造基地项目总投资{f(tot,2)}亿元，由一期工程{f(a,2)}亿元和二期工程{f(b,2)}亿元两部分组成，规划建设智能化生产线{r.randint(6,20)}条，"
         f"一期已于9月试生产，全部达产后预计年产值可达{f(rnd(r,30,90))}亿元、年纳税{f(rnd(r,1,5),2)}亿元。")
    return t, f"总投资{f(tot,2)}亿元", f"一期+二期={f(a,2)}+{f(b,2)}={f(T,2)}亿元 ≠ 总投资{f(tot,2)}亿元", [chk_sum([a, b], tot, 2, err)]

def sm7(r, err):  # 合计 after persons
    a = r.randint(3000, 9000); b = r.randint(5000, 20000); T = a + b
    tot = bad_total(r, T, 0, [a, b]) if err else T
    t = (f"稳就业工作扎实有效。全年实现城镇新增就业{a}人、农村劳动力转移就业{b}人，两项合计{tot}人，分别完成年度目标任务的{f(rnd(r,102,120))}%和{f(rnd(r,101,115))}%；发放创业担保贷款{f(rnd(r,1,4),2)}亿元。")
    return t, f"合计{tot}人", f"{a}+{b}={T}人 ≠ 合计{tot}人", [chk_sum([a, b], tot, 0, err)]

def sm8(r, err):  # list with ；items and 以上共计
    n = r.randint(3, 4)
    names = ["产业发展类项目", "基础设施类项目", "社会民生类项目", "生态环保类项目"][:n]
    vals = [r.randint(8, 40) for _ in range(n)]; T = sum(vals)
    tot = bad_total(r, T, 0, vals) if err else T
    lines = "；".join(f"（{ORD[i]}）{nm}{v}个" for i, (nm, v) in enumerate(zip(names, vals)))
    t = f"经审核，纳入2026年县级重点项目计划的项目如下：{lines}。以上共计{tot}个项目，计划总投资{f(rnd(r,150,500))}亿元，年度计划投资{f(rnd(r,50,120))}亿元。"
    return t, f"共计{tot}个", f"{'+'.join(map(str,vals))}={T}个 ≠ 共计{tot}个", [chk_sum(vals, tot, 0, err)]

def sm9(r, err):  # 营造林 共完成 亩
    a = r.randint(3000, 15000); b = r.randint(1000, 6000); c = r.randint(5000, 20000); T = a + b + c
    tot = bad_total(r, T, 0, [a, b, c]) if err else T
    t = (f"国土绿化行动深入推进。全年共完成营造林{tot}亩，其中新造林{a}亩、退化林修复{b}亩、森林抚育{c}亩，上述三项均已通过市级核查验收；"
         f"新建村庄绿化示范点{r.randint(10,40)}个，森林覆盖率稳定在{f(rnd(r,40,65))}%。")
    return t, f"营造林{tot}亩", f"新造林+修复+抚育={a}+{b}+{c}={T}亩 ≠ 共完成{tot}亩（营造林即由此三项构成）", [chk_sum([a, b, c], tot, 0, err)]

def sm10(r, err):  # 其中 list whose sum exceeds total (error) / incomplete (trap)
    parts = [rnd(r, 3, 15, 2) for _ in range(3)]; s = round(sum(parts), 2)
    if err:
        T = round(s * r.uniform(0.78, 0.9), 2)
    else:
        T = round(s * r.uniform(1.15, 1.6), 2)
    t = (f"民生投入持续加大。全年一般公共预算支出{f(T,2)}亿元，其中教育支出{f(parts[0],2)}亿元、社会保障和就业支出{f(parts[1],2)}亿元、卫生健康支出{f(parts[2],2)}亿元，"
         f"民生领域支出保持较快增长，“三保”支出得到有效保障。")
    ch = {"k": "le_sum", "parts": parts, "total": T, "planted": err}
    return t, f"支出{f(T,2)}亿元", f"其中三项之和{'+'.join(f(p,2) for p in parts)}={f(s,2)}亿元，已超过一般公共预算支出{f(T,2)}亿元", [ch]

def sm11(r, err):  # spreadsheet-like with 小计 per row across columns
    y = [r.randint(200, 900) for _ in range(3)]; T = sum(y)
    tot = bad_total(r, T, 0, y) if err else T
    t = (f"三、住房保障\n指标名称\t保障性租赁住房\t公共租赁住房\t城中村改造安置房\t合计\n"
         f"当年新开工（套）\t{y[0]}\t{y[1]}\t{y[2]}\t{tot}\n全年基本建成保障性住房{r.randint(300,900)}套，发放住房租赁补贴{r.randint(200,600)}万元。")
    return t, f"\t{tot}", f"{y[0]}+{y[1]}+{y[2]}={T}套 ≠ 合计{tot}套", [chk_sum(y, tot, 0, err)]

def sm12(r, err):  # 共 with Chinese order, total before parts, 万人次
    parts = [rnd(r, 20, 200) for _ in range(3)]; T = round(sum(parts), 1)
    tot = bad_total(r, T, 1, parts) if err else T
    t = (f"节假日文旅市场火爆。“五一”“国庆”“春节”三个假期共接待游客{f(tot)}万人次，分别为{f(parts[0])}万人次、{f(parts[1])}万人次和{f(parts[2])}万人次，"
         f"实现旅游收入{f(rnd(r,5,30),2)}亿元，{pick(r,TOWNS)}古镇景区单日最高接待量突破{r.randint(3,8)}万人次。")
    return t, f"共接待游客{f(tot)}万人次", f"三个假期之和{'+'.join(f(p) for p in parts)}={f(T)}万人次 ≠ 共{f(tot)}万人次", [chk_sum(parts, tot, 1, err)]

SUM_ERR = [sm1, sm2, sm3, sm4, sm5, sm6, sm7, sm8, sm9, sm10, sm11, sm12]

def smt_round(r, err=False):  # rounding trap: parts rounded, total from exact
    ex = [r.uniform(10, 90) for _ in range(4)]; T = round(sum(ex), 1); parts = [round(x, 1) for x in ex]
    names = ["制造业", "批发和零售业", "交通运输业", "房地产业"]
    t = (f"分行业看，税收收入主要来源于四个行业：{'，'.join(f'{n}{f(p)}亿元' for n,p in zip(names,parts))}，四个行业合计{f(T)}亿元，"
         f"占全部税收收入的比重超过七成。注：部分数据因四舍五入的原因，存在总计与分项合计不等的情况。")
    return t, None, None, [chk_sum(parts, T, 1, False)]

def smt_approx(r, err=False):
    a = r.randint(30, 60) * 100; b = r.randint(20, 50) * 100; c = r.randint(10, 40) * 100
    T = a + b + c + r.choice([-1, 1]) * r.randint(1, 3) * 100
    t = (f"招工引才服务保障有力。全年为重点企业输送各类用工约{T}人，其中本地劳动力{a}余人、省内外来务工人员{b}余人、高校毕业生{c}余人，重点企业用工缺口基本得到缓解。")
    return t, None, None, [{"k": "sum", "parts": [a, b, c], "total": T, "tol": 400, "planted": False}]

SUM_TRAP_EXTRA = [smt_round, smt_approx]

# ---------------- part-exceeds-total ----------------
def pe1(r, err):
    N = r.randint(20, 60); M = r.randint(8, N - 5)
    if err: M2 = N + r.randint(2, 9)
    else: M2 = M
    t = f"项目建设提速增效。全年实施市级以上重点项目{N}个，其中亿元以上项目{M2}个，完成投资{f(rnd(r,80,200))}亿元，占年度计划的{f(rnd(r,105,118))}%，{r.randint(5,15)}个项目竣工投产。"
    return t, f"亿元以上项目{M2}个", f"其中亿元以上项目{M2}个 > 重点项目总数{N}个", [{"k": "le", "part": M2, "total": N, "planted": err}]

def pe2(r, err):
    T = rnd(r, 30, 90); P = round(T * r.uniform(0.35, 0.6), 1)
    if err:
        s = f(T); P2 = None
        # copied/transposed slip making part > total
        for _ in range(50):
            c = transpose(r, s)
            if c and float(c) < T * 0.7 and float(c) > 5:
                P2 = float(s); T = float(c); break
        if P2 is None:
            T = round(P * r.uniform(0.7, 0.9), 1); P2 = P
        P = P2
    t = f"全年完成固定资产投资{f(T)}亿元，同比增长{f(rnd(r,3,12))}%，其中工业投资{f(P)}亿元，民间投资占比{f(rnd(r,45,60))}%，投资结构持续优化。"
    return t, f"工业投资{f(P)}亿元", f"其中工业投资{f(P)}亿元 > 固定资产投资总额{f(T)}亿元", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe3(r, err):
    T = rnd(r, 300, 1200); P = round(T * r.uniform(0.2, 0.45), 1)
    if err: P = round(T * r.uniform(1.05, 1.4), 1)
    t = (f"文旅消费持续升温。全年接待国内外游客{f(T)}万人次，增长{f(rnd(r,8,25))}%，其中过夜游客{f(P)}万人次，游客人均停留时间延长至{f(rnd(r,1.5,2.8))}天；新增民宿{r.randint(30,120)}家、床位{r.randint(500,2000)}张。")
    return t, f"过夜游客{f(P)}万人次", f"其中过夜游客{f(P)}万人次 > 接待游客总数{f(T)}万人次", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe4(r, err):
    N = r.randint(15, 50); M = r.randint(2, 6)
    if err: M = N + r.randint(3, 12)
    t = (f"招大引强取得突破。全年新引进企业{N}家，其中世界500强和中国500强企业投资项目{M}家，新签约项目平均投资额达到{f(rnd(r,3,8),2)}亿元，较上年明显提高。")
    return t, f"投资项目{M}家", f"其中500强企业项目{M}家 > 新引进企业总数{N}家", [{"k": "le", "part": M, "total": N, "planted": err}]

def pe5(r, err):
    T = rnd(r, 1.0, 3.0, 2); P = r.randint(2000, int(T * 10000 * 0.5))
    if err: P = int(T * 10000 * r.uniform(1.1, 1.5))
    t = f"就业优先政策落地见效。全年城镇新增就业{f(T,2)}万人，其中高校毕业生等青年群体{P}人，失业人员再就业{r.randint(1000,4000)}人，城镇登记失业率{f(rnd(r,2.5,3.5))}%。"
    return t, f"青年群体{P}人", f"其中高校毕业生等{P}人 > 城镇新增就业{f(T,2)}万人（{int(T*10000)}人）", [{"k": "le", "part": P, "total": T * 10000, "planted": err}]

def pe6(r, err):
    T = rnd(r, 40, 150, 2); P = round(T * r.uniform(0.2, 0.4), 2)
    if err:
        P = round(T * r.uniform(1.1, 1.3), 2)
    t = (f"外贸稳中提质。全年完成进出口总额{f(T*1.6,2)}亿元，其中出口{f(T,2)}亿元、增长{f(rnd(r,5,15))}%。出口总额中，机电产品和高新技术产品出口{f(P,2)}亿元，跨境电商出口增长{f(rnd(r,20,50))}%。")
    return t, f"产品出口{f(P,2)}亿元", f"机电和高新技术产品出口{f(P,2)}亿元 > 出口总额{f(T,2)}亿元", [{"k": "le", "part": P, "total": T, "planted": err}, {"k": "le", "part": T, "total": round(T*1.6,2), "planted": False}]

def pe7(r, err):
    T = r.randint(800, 3000); P = r.randint(100, T // 3)
    if err: P = T + r.randint(50, 400)
    t = f"{pick(r,TOWNS)}巩固拓展脱贫攻坚成果情况\n农户总数　{T} 户\n其中：脱贫户　{P} 户\n监测对象　{r.randint(10,60)} 户\n落实帮扶措施　{r.randint(3,8)} 项/户"
    return t, f"脱贫户　{P} 户", f"其中脱贫户{P}户 > 农户总数{T}户", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe8(r, err):
    T = r.randint(1500, 6000); P = r.randint(200, T // 2)
    if err: P = T + r.randint(200, 1500)
    t = (f"用地保障有力有效。全年共批准建设用地{T}亩，其中占用耕地{P}亩，全部落实“占一补一、占优补优”；盘活批而未供和闲置土地{r.randint(500,2000)}亩，处置率达到{f(rnd(r,20,45))}%。")
    return t, f"占用耕地{P}亩", f"其中占用耕地{P}亩 > 批准建设用地{T}亩", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe9(r, err):
    T = r.randint(400, 1800); P = r.randint(100, T // 2)
    if err: P = T + r.randint(100, 600)
    t = (f"新型基础设施加快布局。年内新建5G基站{T}个，其中{pick(r,['工业园区','农村地区','重点景区'])}覆盖基站{P}个，累计建成{r.randint(2000,6000)}个；建成充电桩{r.randint(800,3000)}个，实现乡镇充电设施全覆盖。")
    return t, f"覆盖基站{P}个", f"其中{P}个 > 年内新建5G基站{T}个", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe10(r, err):
    T = rnd(r, 30, 90, 2); P = round(T * r.uniform(0.3, 0.7), 2)
    if err: P = round(T * r.uniform(1.1, 1.35), 2)
    t = f"全县户籍总人口{f(T,2)}万人，其中农业户籍人口{f(P,2)}万人；年末常住人口{f(T*0.88,2)}万人，常住人口城镇化率{f(rnd(r,45,60))}%，人口自然增长率{f(rnd(r,-3,1),2)}‰。"
    return t, f"人口{f(P,2)}万人", f"其中农业户籍人口{f(P,2)}万人 > 户籍总人口{f(T,2)}万人", [{"k": "le", "part": P, "total": T, "planted": err}]

def pe11(r, err):  # unit slip 万/亿
    T = r.randint(3000, 9000); P = rnd(r, 1.2, 2.8, 2)
    if err:
        t = (f"乡村振兴投入持续加大。全年统筹整合涉农资金{T}万元，其中用于产业发展{f(P,2)}亿元，实施联农带农产业项目{r.randint(20,60)}个，带动脱贫人口和监测对象{r.randint(3000,9000)}人增收。")
        return t, f"{f(P,2)}亿元", f"其中产业发展{f(P,2)}亿元（{int(P*10000)}万元）> 整合涉农资金{T}万元，疑为“万元”误作“亿元”", [{"k": "le", "part": P * 10000, "total": T, "planted": True}]
    T = r.randint(12000, 40000); P = r.randint(1000, T // 3)
    t = (f"乡村振兴投入持续加大。全年统筹整合涉农资金{f(T/10000,2)}亿元，其中用于产业发展{P}万元，实施联农带农产业项目{r.randint(20,60)}个，带动脱贫人口和监测对象{r.randint(3000,9000)}人增收。")
    return t, None, None, [{"k": "le", "part": P, "total": T, "planted": False}]

def pe12(r, err):
    T = r.randint(200, 900); P = r.randint(50, T // 2)
    if err: P = T + r.randint(20, 200)
    t = (f"信访工作扎实推进。全年共受理群众信访事项{T}件，其中通过网上信访渠道受理{P}件，按期受理率和按期办结率均达到100%，{r.randint(20,80)}件信访积案全部化解。")
    return t, f"渠道受理{P}件", f"其中网上受理{P}件 > 受理总数{T}件", [{"k": "le", "part": P, "total": T, "planted": err}]

PE = [pe1, pe2, pe3, pe4, pe5, pe6, pe7, pe8, pe9, pe10, pe11, pe12]

def pet_growth(r, err=False):  # part growth rate higher than total: fine
    t = (f"工业投资增势强劲。全年工业投资增长{f(rnd(r,8,14))}%，其中技术改造投资增长{f(rnd(r,25,45))}%，高技术制造业投资增长{f(rnd(r,30,60))}%，增速均高于全部投资增速。")
    return t, None, None, []

def pet_mixed(r, err=False):
    T = rnd(r, 1.2, 3.5, 2); P = r.randint(60, 900)
    t = f"全年接待游客{f(T,2)}亿人次的目标提前完成。其中，入境游客{P}万人次，过夜游客{f(T*0.4,2)}亿人次，乡村旅游接待量占比超过三成。"
    return t, None, None, [{"k": "le", "part": P, "total": T * 10000, "planted": False}]

PE_TRAP_EXTRA = [pet_growth, pet_mixed]

# ---------------- count-mismatch ----------------
def cn_num(n):
    return CNUM[n]

GONGCHENG = ["产业链延链补链工程", "科技创新赋能工程", "城市更新提质工程", "乡村振兴示范工程", "民生实事保障工程",
             "生态环境提升工程", "营商环境优化工程", "人才集聚工程", "数字政府建设工程"]
FANGMIAN = ["强化组织领导，压实各级责任", "加大要素保障，破解用地用能瓶颈", "健全督查考核机制，实行清单化管理",
            "深化作风建设，提升服务效能", "坚持底线思维，防范化解重大风险", "加强宣传引导，营造良好氛围"]
ROADS = ["建设路", "迎宾大道", "滨河东路", "学府路", "工业大道", "纬三路", "经五路", "朝阳街", "文昌路"]
HONORS = ["全国文明城市提名城市", "国家卫生县城", "省级全域旅游示范区", "全国农村创业创新典型县", "省级生态文明建设示范县", "全国科普示范县"]
INDUSTRIES = ["新能源汽车零部件", "绿色食品", "电子信息", "生物医药", "新型建材", "现代物流"]
ZHIDU = ["重大项目领导包联制度", "要素保障联席会议制度", "问题清单销号制度", "进度月通报制度", "考核奖惩制度"]
XINGDONG = ["工业企业提质增效行动", "个体工商户“升级”行动", "消费扩容提质行动", "外贸稳存量拓增量行动", "服务业扩能行动"]

def wrong_n(r, k):
    return k + r.choice([-1, 1]) if k > 2 else k + 1

def cm1(r, err):
    k = r.randint(4, 6); items = sample(r, GONGCHENG, k); n = wrong_n(r, k) if err else k
    t = f"2026年，我们将聚焦高质量发展首要任务，深入实施“{cn_num(n)}大工程”：{'、'.join(items)}，每项工程明确一名县级领导牵头、一个专班推进、一张清单落实。"
    return t, f"{cn_num(n)}大工程", f"称“{cn_num(n)}大工程”，实际列出{k}项", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm2(r, err):
    k = r.randint(3, 5); items = sample(r, FANGMIAN, k); n = wrong_n(r, k) if err else k
    body = "；".join(f"{ORD[i]}是{it}" for i, it in enumerate(items))
    t = f"为确保各项目标任务落到实处，下一步重点抓好{cn_num(n)}个方面工作：{body}。"
    return t, f"{cn_num(n)}个方面", f"称“{cn_num(n)}个方面”，一是至{ORD[k-1]}是共{k}项", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm3(r, err):  # 等 N家: error only if N < names
    k = r.randint(3, 5); names = sample(r, FIRMS, k)
    n = r.randint(2, k - 1) if err else k + r.randint(0, 12)
    t = (f"企业创新主体地位不断强化。{'、'.join(names)}等{n}家企业入选省级专精特新中小企业名单，"
         f"新建省级企业技术中心{r.randint(2,6)}家，规上工业企业研发机构覆盖率达到{f(rnd(r,40,65))}%。")
    return t, f"等{n}家企业", f"“等{n}家企业”前已列出{k}家企业名称，数目小于所列名称数", [{"k": "count_ge", "n": n, "items": k, "planted": err}]

def cm4(r, err):
    k = r.randint(3, 5); names = sample(r, FIRMS, k); n = wrong_n(r, k) if err else k
    lines = "".join(f"{i+1}.{nm}{pick(r,['扩产','技改','新建','智能化改造'])}项目；" for i, nm in enumerate(names))
    t = f"经研究，同意将以下{n}个项目列入年度工业技改专项资金扶持计划：{lines[:-1]}。上述项目计划总投资{f(rnd(r,10,40),2)}亿元，拟安排补助资金{r.randint(500,2000)}万元。"
    return t, f"以下{n}个项目", f"称“以下{n}个项目”，实际列出{k}个", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm5(r, err):
    k = r.randint(4, 6); names = sample(r, ROADS, k); n = wrong_n(r, k) if err else k
    t = (f"城市路网不断完善。全年新建改造城市道路{cn_num(n)}条（{'、'.join(names)}），新增道路里程{f(rnd(r,8,25))}公里，"
         f"打通断头路{r.randint(3,8)}处，城区主干道平均车速提高{f(rnd(r,8,18))}%。")
    return t, f"城市道路{cn_num(n)}条", f"称{cn_num(n)}条道路，括号内列出{k}条", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm6(r, err):
    k = r.randint(3, 5); items = sample(r, XINGDONG, k); n = wrong_n(r, k) if err else k
    t = f"今年以来，{pick(r,ORGS)}围绕稳增长组织开展“{cn_num(n)}项行动”，即{'、'.join(items)}，各项行动均制定了具体实施方案和任务清单，截至目前已兑现各类奖补资金{r.randint(800,3000)}万元。"
    return t, f"{cn_num(n)}项行动", f"称“{cn_num(n)}项行动”，“即”后列出{k}项", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm7(r, err):
    k = r.randint(2, 4); names = sample(r, TOWNS, k); n = wrong_n(r, k) if err else k
    t = (f"特色小镇和美丽集镇建设有序推进，{'、'.join(names)}{n}个乡镇（街道）被命名为省级美丽宜居示范乡镇（街道），"
         f"全年实施集镇提升项目{r.randint(10,30)}个，完成投资{f(rnd(r,2,8),2)}亿元。")
    return t, f"{n}个乡镇（街道）", f"列出{k}个乡镇（街道）名称，却称{n}个", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm8(r, err):
    k = r.randint(3, 5); items = sample(r, HONORS, k); n = wrong_n(r, k) if err else k
    t = f"一年来，我县先后获评{'、'.join(items)}{cn_num(n)}项国家级和省级荣誉称号，城市知名度和美誉度进一步提升。"
    return t, f"{cn_num(n)}项国家级", f"列出{k}项荣誉，称{cn_num(n)}项", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm9(r, err):
    k = r.randint(3, 5); items = sample(r, ZHIDU, k); n = wrong_n(r, k) if err else k
    circ = "①②③④⑤⑥"
    body = "；".join(f"{circ[i]}{it}" for i, it in enumerate(items))
    t = f"（三）健全项目推进机制\n建立完善{cn_num(n)}项工作制度：{body}。通过制度化、常态化调度，推动项目早开工、早投产、早见效。"
    return t, f"{cn_num(n)}项工作制度", f"称{cn_num(n)}项制度，①至{circ[k-1]}共{k}项", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm10(r, err):
    k = r.randint(3, 4); items = sample(r, INDUSTRIES, k); n = wrong_n(r, k) if err else k
    t = (f"坚持工业强县战略，聚焦{'、'.join(items)}{cn_num(n)}大主导产业，全年主导产业产值达到{f(rnd(r,150,400))}亿元，"
         f"占规上工业总产值的比重提高到{f(rnd(r,60,75))}%。")
    return t, f"{cn_num(n)}大主导产业", f"列出{k}个产业，称“{cn_num(n)}大主导产业”", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm11(r, err):  # 2025 民生实事 with numbered headings inline
    k = r.randint(5, 8)
    pool = {"新建公办幼儿园": (3, 8, "所"), "改造老旧小区": (10, 40, "个"), "新增城市停车泊位": (1500, 5000, "个"), "建设社区食堂": (8, 30, "个"),
            "改造农村危房": (100, 600, "户"), "新建口袋公园": (5, 20, "个"), "加装既有住宅电梯": (30, 120, "部"),
            "建设乡镇污水处理设施": (3, 12, "处"), "新增义务教育学位": (2000, 6000, "个"), "建设智慧农贸市场": (2, 6, "个")}
    items = sample(r, list(pool), k); n = wrong_n(r, k) if err else k
    body = "，".join(f"{it}{r.randint(pool[it][0], pool[it][1])}{pool[it][2]}" for it in items)
    t = f"年初承诺的{cn_num(n)}件民生实事全部办结：{body}。民生支出占一般公共预算支出的比重保持在八成以上。"
    return t, f"{cn_num(n)}件民生实事", f"称{cn_num(n)}件民生实事，实际列出{k}件", [{"k": "count", "n": n, "items": k, "planted": err}]

def cm12(r, err):  # digits and 家 with 分别为 numbers
    k = r.randint(3, 4); names = sample(r, FIRMS, k); n = wrong_n(r, k) if err else k
    vals = [rnd(r, 1, 9, 2) for _ in names]
    body = "、".join(f"{nm}（{f(v,2)}亿元）" for nm, v in zip(names, vals))
    t = f"年内，{body}{n}家企业新增纳入“亿元企业”培育库，培育库企业总数达到{r.randint(30,80)}家。"
    return t, f"）{n}家企业", f"列出{k}家企业，称{n}家", [{"k": "count", "n": n, "items": k, "planted": err}]

CM = [cm1, cm2, cm3, cm4, cm5, cm6, cm7, cm8, cm9, cm10, cm11, cm12]

def cmt_slogan(r, err=False):
    t = (f"坚持把政治建设摆在首位，深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”；"
         f"扎实开展“五个一”活动，全年举办理论学习中心组集中学习{r.randint(12,24)}次，开展专题调研{r.randint(10,30)}项。")
    return t, None, None, []

def cmt_deng(r, err=False):
    k = r.randint(2, 3); names = sample(r, INDUSTRIES, k)
    t = f"围绕{'、'.join(names)}等主导产业开展产业链招商，全年共引进产业链上下游配套项目{r.randint(20,60)}个，本地配套率提高到{f(rnd(r,30,55))}%。"
    return t, None, None, []

CM_TRAP_EXTRA = [cmt_slogan, cmt_deng]

# ---------------- share-sum ----------------
def shares(r, k, d=1, lo=5, rng=None):
    if rng:
        while True:
            ps = [rnd(r, a, b, d) for a, b in rng]
            last = round(100 - sum(ps), d)
            if last >= lo:
                return ps + [last]
    while True:
        ps = split_total(r, 100.0, k, d, 0.15)
        if all(p >= lo for p in ps):
            return ps

def bad_shares(r, ps, d=1):
    for _ in range(200):
        q = list(ps); i = r.randrange(len(q))
        s = f(q[i], d); m = r.random()
        if m < 0.5 and transpose(r, s):
            q[i] = float(transpose(r, s))
        else:
            q[i] = round(q[i] + r.choice([-1, 1]) * r.choice([2, 3, 5]), d)
        if q[i] > 0 and 1.5 <= abs(sum(q) - 100) <= 10:
            return q, i
    raise RuntimeError

def share_ch(ps, d, planted):
    return {"k": "share", "parts": ps, "total": 100, "tol": len(ps) * 0.5 * 10 ** (-d) + 1e-9, "planted": planted}

def ss_wrap(r, err, k, d=1, rounding=False, rng=None, lo=5):
    ps = shares(r, k, d, lo, rng)
    if rounding and not err:
        ex = [r.uniform(10, 40) for _ in range(k)]; s = sum(ex); ps = [round(x / s * 100, d) for x in ex]
    if err:
        q, i = bad_shares(r, ps, d); return q, i
    return ps, None

def sh1(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(5, 12), (35, 48)])
    t = f"产业结构持续优化。三次产业结构由上年的{f(rnd(r,8,12))}∶{f(rnd(r,38,45))}∶{f(rnd(r,44,50))}调整为{f(ps[0])}∶{f(ps[1])}∶{f(ps[2])}，服务业对经济增长的贡献率进一步提高。"
    # ensure previous year's structure also sums to 100
    a = rnd(r, 8, 12); b = rnd(r, 38, 45); c = round(100 - a - b, 1)
    t = f"产业结构持续优化。三次产业结构由上年的{f(a)}∶{f(b)}∶{f(c)}调整为{f(ps[0])}∶{f(ps[1])}∶{f(ps[2])}，服务业对经济增长的贡献率进一步提高。"
    q = f"{f(ps[0])}∶{f(ps[1])}∶{f(ps[2])}"
    return t, q, f"{f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))} ≠ 100", [share_ch(ps, 1, err), share_ch([a, b, c], 1, False)]

def sh2(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(30, 50), (20, 35)])
    T = r.randint(20000, 90000)
    t = (f"项目资金来源结构合理。该批项目总投资{T}万元，从资金来源看，争取上级资金、地方政府专项债券和社会资本投入分别占{f(ps[0])}%、{f(ps[1])}%和{f(ps[2])}%，"
         f"社会资本撬动作用明显增强。")
    q = f"{f(ps[i])}%" if err else None
    return t, q, f"三类来源占比之和{f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))}% ≠ 100%", [share_ch(ps, 1, err)]

def sh3(r, err):  # 成
    if err:
        a, b, c = pick(r, [(6, 3, 2), (5, 4, 2), (7, 2, 2), (4, 4, 3)])
    else:
        a, b, c = pick(r, [(6, 3, 1), (5, 3, 2), (7, 2, 1), (4, 4, 2)])
    cn = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七"}
    t = (f"从客源结构看，{pick(r,PLACES)}接待的游客中，本省游客占{cn[a]}成，周边省份游客占{cn[b]}成，其他省份及入境游客占{cn[c]}成，"
         f"自驾游、家庭游成为主流。")
    return t, f"占{cn[c]}成", f"{a}成+{b}成+{c}成={a+b+c}成 ≠ 十成（100%）", [{"k": "share", "parts": [a * 10, b * 10, c * 10], "total": 100, "tol": 0.01, "planted": err}]

CNDIG = "零一二三四五六七八九"
def cn_pct(x):
    # integer percent to Chinese numerals (<100)
    x = int(x)
    if x < 10: return CNDIG[x]
    t, u = divmod(x, 10)
    return (CNDIG[t] if t > 1 else "") + "十" + (CNDIG[u] if u else "")

def sh4(r, err):
    ps = [float(x) for x in shares(r, 3, 0, 8)]
    i = None
    if err:
        i = r.randrange(3); ps[i] = ps[i] + (10 if ps[i] < 20 else r.choice([-10, 10]))
    t = (f"经过三年攻坚，全县农村生活垃圾实现分类处理。其中，可回收物约占百分之{cn_pct(ps[0])}，厨余垃圾约占百分之{cn_pct(ps[1])}，"
         f"其他垃圾和有害垃圾约占百分之{cn_pct(ps[2])}，资源化利用水平明显提高。")
    q = f"百分之{cn_pct(ps[i])}" if err else None
    return t, q, f"三类垃圾占比{int(ps[0])}%+{int(ps[1])}%+{int(ps[2])}%={int(sum(ps))}% ≠ 100%（已涵盖全部类别）", [{"k": "share", "parts": ps, "total": 100, "tol": 3, "planted": err}]

def sh5(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(4, 12), (35, 48)])
    t = (f"分产业看，第一产业增加值占地区生产总值的比重为{f(ps[0])}%，第二产业比重为{f(ps[1])}%，第三产业比重为{f(ps[2])}%；"
         f"第三产业对经济增长的贡献率为{f(rnd(r,50,70))}%。")
    q = f"比重为{f(ps[i])}%" if err else None
    return t, q, f"三次产业比重之和{f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))}% ≠ 100%", [share_ch(ps, 1, err)]

def sh6(r, err):  # table of shares, no counts
    ps, i = ss_wrap(r, err, 4, rng=[(15, 30), (45, 62), (5, 15)], lo=1)
    names = ["国有控股企业", "民营企业", "外商及港澳台投资企业", "其他"]
    rows = "\n".join(f"{n}　{f(p)}" for n, p in zip(names, ps))
    t = f"表3　规模以上工业营业收入按经济类型构成\n单位：%\n经济类型　占比\n{rows}\n合计　100.0\n民营企业营业收入占比较上年提高{f(rnd(r,0.5,2.5))}个百分点。"
    q = f"{names[i]}　{f(ps[i])}" if err else None
    return t, q, f"四类占比之和{'+'.join(f(p) for p in ps)}={f(sum(ps))} ≠ 合计100.0", [share_ch(ps, 1, err)]

def sh7(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(60, 80), (15, 30)], lo=0.5)
    n = r.randint(800, 3000)
    t = (f"第三方满意度测评显示，在随机抽取的{n}名受访群众中，对政务服务表示“满意”的占{f(ps[0])}%，“基本满意”的占{f(ps[1])}%，“不满意”的占{f(ps[2])}%，"
         f"群众反映的问题已全部建立台账限期整改。")
    q = f"的占{f(ps[i])}%" if err else None
    return t, q, f"满意+基本满意+不满意={f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))}% ≠ 100%", [share_ch(ps, 1, err)]

def sh8(r, err):
    a = rnd(r, 12, 18, 2); c = rnd(r, 20, 30, 2); b = round(100 - a - c, 2); ps = [a, b, c]
    if err: ps, i = bad_shares(r, ps, 2)
    else: i = None
    P = rnd(r, 40, 90, 2)
    t = (f"年末常住人口{f(P,2)}万人。其中，0—14岁人口占{f(ps[0],2)}%，15—59岁人口占{f(ps[1],2)}%，60岁及以上人口占{f(ps[2],2)}%，人口老龄化程度持续加深。")
    q = f"占{f(ps[i],2)}%" if err else None
    return t, q, f"三个年龄组占比之和{f(ps[0],2)}+{f(ps[1],2)}+{f(ps[2],2)}={f(sum(ps),2)}% ≠ 100%", [share_ch(ps, 2, err)]

def sh9(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(40, 60), (15, 30)])
    t = (f"{pick(r,TOWNS)}污水处理厂提标改造项目所需资金，中央预算内投资占{f(ps[0])}%，省级补助占{f(ps[1])}%，其余由县级财政配套解决，占{f(ps[2])}%。项目建成后日处理能力将提高到{f(rnd(r,1,5))}万吨。")
    q = f"占{f(ps[i])}%" if err else None
    return t, q, f"中央+省级+县级配套={f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))}% ≠ 100%（“其余”应为{f(100-ps[0]-ps[1])}%）", [share_ch(ps, 1, err)]

def sh10(r, err):
    ps, i = ss_wrap(r, err, 4, rng=[(20, 40), (30, 50), (8, 15)], lo=2)
    names = ["耕地", "林地", "建设用地", "其他用地"]
    body = "，".join(f"{n}占{f(p)}%" for n, p in zip(names, ps))
    t = f"根据第三次国土调查成果年度变更数据，全县国土总面积{r.randint(800,2500)}平方公里，土地利用结构为：{body}。"
    q = f"{names[i]}占{f(ps[i])}%" if err else None
    return t, q, f"四类用地占比之和{'+'.join(f(p) for p in ps)}={f(sum(ps))}% ≠ 100%", [share_ch(ps, 1, err)]

def sh11(r, err):
    ps, i = ss_wrap(r, err, 3, rng=[(50, 65), (25, 40)], lo=1)
    t = (f"从投资主体看，全年民间投资、国有投资和外商投资分别占全部固定资产投资的{f(ps[0])}%、{f(ps[1])}%和{f(ps[2])}%，民间投资主体地位持续巩固。")
    q = f"{f(ps[i])}%" if err else None
    return t, q, f"三类投资占比之和{f(ps[0])}+{f(ps[1])}+{f(ps[2])}={f(sum(ps))}% ≠ 100%", [share_ch(ps, 1, err)]

def sh12(r, err):  # 份额 two parts 
    a = rnd(r, 50, 75); b = round(100 - a, 1)
    if err: b = round(b + r.choice([-1, 1]) * r.choice([3, 5, 10]), 1)
    t = (f"新能源汽车市场份额持续扩大。全年新车上牌量中，新能源汽车份额达到{f(a)}%，燃油车份额降至{f(b)}%，"
         f"全区公共充电桩保有量达到{r.randint(1500,5000)}个，车桩比降至{f(rnd(r,2,3.5))}∶1。")
    return t, f"降至{f(b)}%", f"新能源{f(a)}%+燃油车{f(b)}%={f(a+b)}% ≠ 100%", [share_ch([a, b], 1, err)]

SH = [sh1, sh2, sh3, sh4, sh5, sh6, sh7, sh8, sh9, sh10, sh11, sh12]

def sht_diffwholes(r, err=False):
    t = (f"发展质量稳步提升。常住人口城镇化率达到{f(rnd(r,55,70))}%，森林覆盖率{f(rnd(r,35,60))}%，规上工业企业研发活动覆盖率{f(rnd(r,40,60))}%，"
         f"高新技术产业增加值占规上工业增加值的比重为{f(rnd(r,40,55))}%。")
    return t, None, None, []

def sht_nested(r, err=False):
    a = rnd(r, 20, 28); b = rnd(r, 14, round(a - 4, 1)); 
    t = (f"人口老龄化程度加深。年末全县60岁及以上老年人口占常住人口的{f(a)}%，其中65岁及以上人口占{f(b)}%、80岁及以上高龄老人占{f(rnd(r,3,5))}%；"
         f"每千名老年人拥有养老床位{r.randint(30,45)}张。")
    return t, None, None, []

def sht_growthlist(r, err=False):
    t = (f"分领域看，工业投资增长{f(rnd(r,10,30))}%，基础设施投资增长{f(rnd(r,5,20))}%，民生领域投资增长{f(rnd(r,10,40))}%，房地产开发投资下降{f(rnd(r,5,20))}%。")
    return t, None, None, []

def sht_incomplete(r, err=False):
    a = rnd(r, 33, 45); b = rnd(r, 18, 25)
    t = (f"主导产业支撑作用凸显。全年装备制造业产值占规上工业总产值的{f(a)}%，食品加工业占{f(b)}%，两大产业合计占比超过一半，成为工业经济稳增长的“压舱石”。")
    return t, None, None, []

def sht_round(r, err=False):
    while True:
        ex = sorted(r.uniform(10, 40) for _ in range(4)); sm = sum(ex); ps = [round(x / sm * 100, 1) for x in ex]
        if abs(sum(ps) - 100) > 0.05: break
    names = ["第一季度", "第二季度", "第三季度", "第四季度"]
    t = ("从全年进度看，各季度完成投资占全年的比重分别为" + "、".join(f"{f(p)}%" for p in ps) + f"（{'、'.join(names)}），呈现“前低后高”态势。注：各季度比重经四舍五入，合计可能不等于100%。")
    return t, None, None, [share_ch(ps, 1, False)]

SH_TRAP_EXTRA = [sht_round, sht_diffwholes, sht_nested, sht_growthlist, sht_incomplete]
