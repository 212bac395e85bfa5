from common import *

# ---------------- blank-amount : errors ----------------
def bl_e1(c):
    inv, gr, tax, tr = ru(18, 95, 2), ru(3, 15), ru(2, 9, 2), ru(2, 12)
    t = (f"{c.lead()}{c.pp}完成固定资产投资{c.u(inv,2,'亿元')}，{c.yoy}增长{tr}%；实现税收收入亿元，{c.yoy}增长{gr}%；"
         f"规上工业增加值增速{ru(5,11)}%，高于全市平均水平{ru(0.5,3)}个百分点{c.tail()}")
    return dict(text=t, quote="实现税收收入亿元", note="税收收入缺少金额：“收入亿元”前没有数字")

def bl_e2(c):
    v, tgt = ru(6, 40, 2), None
    t = (f"{c.lead()}{c.pp}引进市外境内资金{c.u(v,2,'亿元')}，完成年度目标任务的%；新签约项目{ri(8,30)}个，其中工业项目{ri(3,7)}个"
         f"{c.tail()}")
    return dict(text=t, quote="年度目标任务的%", note="完成年度目标任务的百分比缺少数字")

def bl_e3(c):
    n1, v = ri(6, 25), ru(12, 80, 1)
    t = (f"项目建设方面，{c.pp}新开工项目个，续建项目{n1}个，完成投资{c.u(v,1,'亿元')}。{ch(PROJS)}、{ch(PROJS[:8])}等项目进展顺利，"
         f"{ch(['按序时进度推进','主体工程基本完工','已进入设备安装阶段'])}。")
    return dict(text=t, quote="新开工项目个", note="新开工项目个数缺失：“项目个”前没有数字")

def bl_e4(c):
    roads = smp(ROADS, 3)
    km, inv = ru(3, 18, 1), ri(1200, 9800)
    t = (f"{c.lead()}基础设施不断完善。{roads[0]}、{roads[1]}建成通车，{roads[2]}延伸段全长米、宽{ri(24,50)}米，"
         f"已完成路基工程；全年新改建农村公路{c.u(km,1,'公里')}，完成投资{c.u(inv,0,'万元')}{c.tail()}")
    return dict(text=t, quote="延伸段全长米", note="道路长度缺少数值：“全长米”")

def bl_e5(c):
    a, b = ri(20, 120), ri(200, 1500)
    t = (f"人才引育工作扎实开展。{c.pp}共引进高层次人才名，柔性引进专家{a}人，组织企业参加线上线下招聘会{ri(6,20)}场次，"
         f"达成就业意向{b}人。")
    return dict(text=t, quote="引进高层次人才名", note="人才数量缺失：“人才名”前没有数字")

def bl_e6(c):
    g, r1, f1 = ru(60, 300, 1), ru(4, 8), ru(4, 12, 2)
    sp = " "
    t = (f"{c.y}年主要指标：地区生产总值 {c.u(g,1,'亿元')}，增长{r1}%；一般公共预算收入 {c.u(f1,2,'亿元')}，增长{ru(1,9)}%；"
         f"社会消费品零售总额{sp}亿元，增长{ru(3,8)}%；城镇居民人均可支配收入{ri(32000,52000)}元，增长{ru(3,6)}%。")
    return dict(text=t, quote="社会消费品零售总额 亿元", note="社会消费品零售总额缺少金额（PDF 空格处应为数字）")

def bl_e7(c):
    v = ru(55, 80)
    t = (f"{c.lead()}城镇化率达到{v}%，比上年提高个百分点；新增城镇就业{ri(1200,6800)}人，城镇调查失业率控制在{ru(4.5,5.5)}%以内"
         f"{c.tail()}")
    return dict(text=t, quote="提高个百分点", note="提高幅度缺少数字：“提高个百分点”")

def bl_e8(c):
    rev = ru(3, 40, 1)
    t = (f"文旅融合持续升温。依托{ch(VILLAGES)}古村落和{ch(['湿地公园','森林公园','红色教育基地'])}，举办节庆活动{ri(5,18)}场，"
         f"{c.pp}累计接待游客万人次，实现旅游综合收入{c.u(rev,1,'亿元')}，{c.yoy}增长{ru(8,30)}%。")
    return dict(text=t, quote="接待游客万人次", note="游客人次缺少数字：“游客万人次”")

def bl_e9(c):
    pm, days = ri(26, 45), ri(290, 340)
    t = (f"生态环境质量稳步改善。PM2.5平均浓度为{pm}微克/立方米，同比下降%；空气质量优良天数{days}天，"
         f"优良率{f(days/366*100 if c.y==2024 else days/365*100,1)}%；{ri(3,9)}个国控、省控断面水质全部达到Ⅲ类以上。")
    return dict(text=t, quote="同比下降%", note="PM2.5 浓度下降幅度缺少数字：“下降%”")

def bl_e10(c):
    n, m = ri(60, 400), ri(3, 20)
    t = (f"{c.lead(town_ok=True)}深入推进产业帮扶，发展特色种养基地{m}个，带动脱贫户{n}户，户均增收元；"
         f"开发公益性岗位{ri(40,300)}个{c.tail()}")
    return dict(text=t, quote="户均增收元", note="户均增收金额缺失：“增收元”")

def bl_e11(c):
    a = ri(40, 90)
    t = (f"招商引资质效双升。{c.pp}新签约项目{a}个，协议总投资亿元，其中{ch(['新能源','装备制造','生物医药','绿色食品'])}产业项目"
         f"{ri(5, a//3)}个；实际到位资金{c.u(ru(20,80,2),2,'亿元')}。")
    return dict(text=t, quote="协议总投资亿元", note="协议总投资金额缺失")

def bl_e12(c):
    area, n = ri(300, 3000), ri(20, 90)
    t = (f"{c.lead(town_ok=True)}完成高标准农田建设亩、土地流转{c.u(area,0,'亩')}，培育家庭农场{n}家、农民专业合作社{ri(10,60)}家"
         f"{c.tail()}")
    return dict(text=t, quote="高标准农田建设亩", note="高标准农田面积缺失：“建设亩”")

ERR = [bl_e1, bl_e2, bl_e3, bl_e4, bl_e5, bl_e6, bl_e7, bl_e8, bl_e9, bl_e10, bl_e11, bl_e12]

# ---------------- blank-amount : traps ----------------
def bl_t1(c):
    n, m = ri(12, 40), None
    m = ri(3, n // 3)
    t = (f"{c.lead()}{c.pp}新签约亿元以上项目{n}个，其中10亿元以上项目{m}个，协议总投资{c.u(ru(120,480,1),1,'亿元')}{c.tail()}")
    return dict(text=t, rels=[("lt", m, n, False)])

def bl_t2(c):
    t = (f"绿色低碳转型加快，万元地区生产总值能耗下降{ru(2,5)}%，万元工业增加值用水量下降{ru(3,8)}%，"
         f"完成{ri(5,20)}家企业清洁生产审核。")
    return dict(text=t, rels=[])

def bl_t3(c):
    t = (f"{c.lead()}全力打造千亿级{ch(['新能源','新材料','装备制造'])}产业集群，培育百亿元级企业{ri(2,5)}家、十亿元级企业{ri(8,20)}家，"
         f"规上工业企业总数达到{ri(120,400)}家{c.tail()}")
    return dict(text=t, rels=[])

def bl_t4(c):
    t = (f"科技创新能力持续提升，每万人口高价值发明专利拥有量达到{ru(3,15,2)}件，新认定高新技术企业{ri(10,60)}家，"
         f"研发经费投入强度{ru(1.5,3.2,2)}%。")
    return dict(text=t, rels=[])

def bl_t5(c):
    a = ri(20, 60); b = ri(3, a//4)
    t = (f"项目建设方面，{c.pp}实施超亿元项目{a}个、超十亿元项目{b}个，千万元级技改项目全部开工，"
         f"{ch(PROJS)}等一批项目竣工投产。")
    return dict(text=t, rels=[("lt", b, a, False)])

def bl_t6(c):
    t = (f"{c.lead()}建成“千斤粮、万元钱”粮经复合示范基地{ri(3,12)}个，推广面积{c.u(ri(2000,9000),0,'亩')}；"
         f"实现“亿元村”零的突破，村级集体经济收入全部超过{ri(10,30)}万元{c.tail()}")
    return dict(text=t, rels=[])

def bl_t7(c):
    t = (f"营商环境持续优化，企业开办时间压缩至{ri(1,3)}个工作日以内，百万元以下工程建设项目实行告知承诺，"
         f"为市场主体减税降费{c.u(ru(1,9,2),2,'亿元')}。")
    return dict(text=t, rels=[])

def bl_t8(c):
    t = (f"{c.lead()}亩均税收达到{c.u(ru(8,35,1),1,'万元')}，亩均营业收入{c.u(ri(300,900),0,'万元')}；"
         f"清理低效用地{c.u(ri(200,1200),0,'亩')}，“万亩千亿”平台建设加快推进{c.tail()}")
    return dict(text=t, rels=[])

def bl_t9(c):
    t = (f"农村人居环境持续改善，农村卫生厕所普及率{ru(80,97)}%，生活垃圾收运处置体系实现村级全覆盖，"
         f"单位面积化肥施用量比上年减少{ru(1,4)}%。")
    return dict(text=t, rels=[])

TRAP = [bl_t1, bl_t2, bl_t3, bl_t4, bl_t5, bl_t6, bl_t7, bl_t8, bl_t9]
