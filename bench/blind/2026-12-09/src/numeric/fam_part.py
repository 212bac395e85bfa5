from common import *
from fam_sum import slip

# ---------------- part-exceeds-total : errors ----------------
def pe_e1(c):
    n = ri(15, 40); m = n + ri(2, 6)
    t = (f"{c.lead()}{c.pp}新签约项目{n}个，其中亿元以上项目{m}个，协议总投资{c.u(ru(80,300,1),1,'亿元')}{c.tail()}")
    return dict(text=t, quote=f"亿元以上项目{m}个", note=f"其中亿元以上项目 {m} 个 > 新签约项目总数 {n} 个",
                rels=[("lt", m, n, True)])

def pe_e2(c):
    tot = ru(40, 98, 1); s = f(tot, 1); part = float(s[1] + s[0] + s[2:]) if s[1] != "." else tot + 10
    while part <= tot:
        tot = ru(40, 98, 1); s = f(tot, 1); part = float(s[1] + s[0] + s[2:])
    t = (f"投资结构持续优化。{c.pp}完成固定资产投资{c.u(tot,1,'亿元')}，{c.yoy}增长{ru(3,15)}%，其中工业投资{c.u(part,1,'亿元')}，"
         f"增长{ru(5,25)}%，占比进一步提升。")
    return dict(text=t, quote=c.u(part, 1, '亿元'), note=f"工业投资 {f(part,1)} 亿元 > 固定资产投资总额 {f(tot,1)} 亿元（疑为数字颠倒）",
                rels=[("lt", part, tot, True)])

def pe_e3(c):
    tot = ri(3000, 9000); part = ru(1.2, 2.8, 1)
    t = (f"{c.lead()}{c.pp}实现外贸进出口总额{c.u(tot,0,'万元')}，其中出口{c.u(part,1,'亿元')}，"
         f"{ch(['机电产品','农副产品','纺织服装'])}出口占主导{c.tail()}")
    return dict(text=t, quote=c.u(part, 1, '亿元'), note=f"出口 {f(part,1)} 亿元={int(part*10000)} 万元 > 进出口总额 {tot} 万元（万/亿混用）",
                rels=[("lt", part * 10000, tot, True)])

def pe_e4(c):
    tot = ri(800, 3000); part = tot + ri(50, 400)
    t = (f"就业创业工作成效明显，{c.pp}城镇新增就业{tot}人，其中高校毕业生就业{part}人，就业困难人员再就业{ri(50,300)}人，"
         f"发放创业担保贷款{c.u(ri(1000,6000),0,'万元')}。")
    return dict(text=t, quote=f"高校毕业生就业{part}人", note=f"其中高校毕业生 {part} 人 > 城镇新增就业 {tot} 人",
                rels=[("lt", part, tot, True)])

def pe_e5(c):
    tot = ri(60, 180); a = ri(20, tot - 20); b = tot + ri(3, 20)
    t = (f"截至目前，园区累计入驻企业{tot}家，其中规上工业企业{a}家、科技型中小企业{b}家，"
         f"“专精特新”企业{ri(3,15)}家。")
    return dict(text=t, quote=f"科技型中小企业{b}家", note=f"其中科技型中小企业 {b} 家 > 入驻企业总数 {tot} 家",
                rels=[("lt", a, tot, False), ("lt", b, tot, True)])

def pe_e6(c):
    tot = ru(2000, 6000, 1); part = round(tot * ru(1.05, 1.3, 2), 1)
    t = (f"{c.lead()}完成造林绿化{c.u(tot,1,'亩')}（其中人工造林{c.u(part,1,'亩')}、封山育林{c.u(ru(200,800,1),1,'亩')}），"
         f"森林覆盖率达到{ru(30,65)}%{c.tail()}")
    return dict(text=t, quote=c.u(part, 1, '亩'), note=f"人工造林 {f(part,1)} 亩 > 造林绿化总面积 {f(tot,1)} 亩",
                rels=[("lt", part, tot, True)])

def pe_e7(c):
    tot = ri(20, 60); part = tot + ri(1, 8)
    t = (f"民生实事全面兑现。年初确定的{cnum(tot)}项民生实事中，已完成{cnum(part)}项，其余项目正按计划推进，"
         f"民生支出占一般公共预算支出的{ru(75,85)}%。")
    return dict(text=t, quote=f"已完成{cnum(part)}项", note=f"已完成 {part} 项 > 民生实事总数 {tot} 项",
                rels=[("lt", part, tot, True)])

def pe_e8(c):
    tot = ru(5, 20, 2); part = round(tot + ru(0.5, 3, 2), 2)
    t = (f"{c.pp}全县实现一般公共预算收入{c.u(tot,2,'亿元')}，其中税收收入{c.u(part,2,'亿元')}，税收占比保持在较高水平，"
         f"非税收入{c.u(ri(800,3000),0,'万元')}。")
    return dict(text=t, quote=c.u(part, 2, '亿元'), note=f"税收收入 {f(part,2)} 亿元 > 一般公共预算收入 {f(tot,2)} 亿元",
                rels=[("lt", part, tot, True)])

def pe_e9(c):
    rows = [("在建项目", ri(40, 90)), ("其中：新开工", 0), ("竣工投产", ri(8, 20))]
    n = rows[0][1]; m = n + ri(4, 12)
    t = (f"{c.y}年{c.pt}项目推进情况\n指标\t数量（个）\t投资（亿元）\n在建项目\t{n}\t{f(ru(80,200,1),1)}\n"
         f"  其中：新开工\t{m}\t{f(ru(20,70,1),1)}\n竣工投产\t{rows[2][1]}\t{f(ru(10,40,1),1)}")
    return dict(text=t, quote=f"新开工\t{m}", note=f"其中新开工 {m} 个 > 在建项目 {n} 个",
                rels=[("lt", m, n, True)])

def pe_e10(c):
    tot = ri(200, 800); part = ri(tot + 20, tot + 300)
    t = (f"{c.lead(town_ok=True)}开展“万企兴万村”行动，{tot}户脱贫户和监测户全部落实帮扶措施，其中监测户{part}户实现风险消除，"
         f"防止返贫动态监测和帮扶机制有效运行{c.tail()}")
    return dict(text=t, quote=f"监测户{part}户", note=f"其中监测户 {part} 户 > 脱贫户和监测户总数 {tot} 户",
                rels=[("lt", part, tot, True)])

def pe_e11(c):
    tot = ri(12000, 40000); part = ri(tot + 1000, int(tot * 1.4))
    t = (f"社会事业投入持续加大，{c.pp}教育支出{c.u(tot,0,'万元')}，{c.yoy}增长{ru(2,9)}%，"
         f"其中学前教育和义务教育支出{c.u(part,0,'万元')}，{ri(3,8)}所薄弱学校完成改造。")
    return dict(text=t, quote=c.u(part, 0, '万元'), note=f"学前和义务教育支出 {part} 万元 > 教育支出 {tot} 万元",
                rels=[("lt", part, tot, True)])

ERR = [pe_e1, pe_e2, pe_e3, pe_e4, pe_e5, pe_e6, pe_e7, pe_e8, pe_e9, pe_e10, pe_e11]

# ---------------- part-exceeds-total : traps ----------------
def pe_t1(c):
    n = ri(15, 40); m = n - ri(1, 4)
    t = (f"{c.lead()}{c.pp}新签约项目{n}个，其中亿元以上项目{m}个，协议总投资{c.u(ru(80,300,1),1,'亿元')}{c.tail()}")
    return dict(text=t, rels=[("lt", m, n, False)])

def pe_t2(c):
    g1, g2 = ru(3, 8), ru(15, 40)
    t = (f"{c.pp}规上工业增加值{c.yoy}增长{g1}%，其中高技术制造业增加值增长{g2}%，装备制造业增长{ru(10,20)}%，"
         f"增速均快于规上工业平均水平。")
    return dict(text=t, rels=[])

def pe_t3(c):
    tot = ru(3, 9, 2); part = ri(2000, int(tot * 10000 * 0.8))
    t = (f"{c.lead()}{c.pp}实现外贸进出口总额{c.u(tot,2,'亿元')}，其中出口{c.u(part,0,'万元')}，{c.yoy}增长{ru(5,20)}%{c.tail()}")
    return dict(text=t, rels=[("lt", part, tot * 10000, False)])

def pe_t4(c):
    tot = ri(2000, 6000); part = ri(1000, tot - 200)
    t = (f"{c.pp}开展各类技能培训{tot}人次，其中农村转移劳动力{part}人，部分学员参加了多个工种培训。")
    return dict(text=t, rels=[("lt", part, tot, False)])

def pe_t5(c):
    n = ri(40, 90); m = n
    t = (f"{c.pp}实施重点项目{n}个，全部开工建设，其中续建项目{ri(10,n//2)}个；完成投资{c.u(ru(80,200,1),1,'亿元')}，"
         f"占年度计划的{ru(85,110)}%。")
    return dict(text=t, rels=[])

def pe_t6(c):
    tot = ru(5, 20, 2); part = round(tot * ru(0.6, 0.85, 2), 2)
    t = (f"{c.lead()}一般公共预算收入{c.u(tot,2,'亿元')}，其中税收收入{c.u(part,2,'亿元')}，税收占比{f(part/tot*100,1)}%{c.tail()}")
    return dict(text=t, rels=[("lt", part, tot, False), ("ratio", part, tot, round(part / tot * 100, 1), 0.06, False)])

def pe_t7(c):
    tot = ri(20, 60); part = tot - ri(1, 5)
    t = (f"年初确定的{cnum(tot)}项民生实事，已完成{cnum(part)}项，其余{cnum(tot-part)}项正按计划推进。")
    return dict(text=t, rels=[("lt", part, tot, False), ("diff", tot, part, tot - part, 0.5, False)])

def pe_t8(c):
    g = ru(2, 6); g2 = ru(8, 20)
    t = (f"{c.lead()}社会消费品零售总额{c.u(ru(50,200,1),1,'亿元')}，{c.yoy}增长{g}%，其中网络零售额增长{g2}%，"
         f"餐饮收入增长{ru(6,15)}%{c.tail()}")
    return dict(text=t, rels=[])

def pe_t9(c):
    tot = ri(60, 180); a = ri(20, tot // 2); b = ri(10, tot - a)
    t = (f"截至年底，园区累计入驻企业{tot}家，其中规上工业企业{a}家；科技型中小企业{b}家（含部分规上企业），"
         f"“专精特新”企业{ri(3,min(15,a))}家。")
    return dict(text=t, rels=[("lt", a, tot, False), ("lt", b, tot, False)])

TRAP = [pe_t1, pe_t2, pe_t3, pe_t4, pe_t5, pe_t6, pe_t7, pe_t8, pe_t9]
