# -*- coding: utf-8 -*-
import random, math
from common import *
def nf(x,d): return f"{x:.{d}f}"
def bad_rate(R, r, d=1):
    """realistic wrong rate: transposed digits, wrong base, or simple average; clearly off"""
    for _ in range(60):
        k=R.choice(['transp','plus','wrongbase'])
        if k=='transp':
            s=f"{r:.{d}f}"; ds=[i for i in range(len(s)-1) if s[i].isdigit() and s[i+1].isdigit() and s[i]!=s[i+1]]
            if not ds: continue
            i=R.choice(ds); x=float(s[:i]+s[i+1]+s[i]+s[i+2:])
        elif k=='plus':
            x=round(r+R.choice([-1,1])*R.randint(15,60)/10, d)
        else:
            x=round(r*R.uniform(0.6,0.8), d)
        if x>0 and abs(x-r)>=1.0 and abs(x-r)>=0.1*abs(r):
            return x
    return round(r+3.1,d)

# ---------------- growth-mismatch ----------------
def gr1(R,m):
    c=cty(R); Y=yr(R); b=R.randint(15800,21800); g=R.uniform(0.055,0.092); a=round(b*(1+g)); r=round((a/b-1)*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"{Y}年，{c}农村居民人均可支配收入由上年的{b}元增加到{a}元，增长{s}%，增速高于城镇居民，"
       f"城乡居民收入比进一步缩小，脱贫人口人均纯收入增幅高于全县农民平均水平。")
    return t, f"增长{s}%", f"({a}-{b})/{b}={r}% ≠ {s}%"
def gr2(R,m):
    c=cty(R); b=R.randint(4200,9800)/10; g=R.uniform(0.012,0.048); a=round(b*(1+g),1); r=round((a/b-1)*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"粮食生产再获丰收，全年粮食总产达到{a}万吨，较上年的{b}万吨增长{s}%，"
       f"实现“{R.choice(['十九','二十','二十一'])}连丰”，稳粮扩油、大豆玉米带状复合种植任务全面完成。")
    return t, f"增长{s}%", f"({a}-{b})/{b}={r}% ≠ {s}%"
def gr3(R,m):
    c=cty(R); b=R.randint(60,180)/10; g=R.uniform(0.06,0.14); a=round(b*(1+g)**5,1)
    r=round(((a/b)**0.2-1)*100,1); simple=round((a-b)/b/5*100,1)
    s=r if m=='trap' else (simple if abs(simple-r)>=1.0 else bad_rate(R,r))
    t=(f"“十四五”以来，{c}一般公共预算收入由2020年的{b}亿元增加到2025年的{a}亿元，年均增长{s}%，"
       f"税收占比稳定在七成左右，财政保障能力明显增强。")
    return t, f"年均增长{s}%", f"({a}/{b})^(1/5)-1={r}% ≠ {s}%（复合年均增长率）"
def gr4(R,m):
    c=cty(R); Y=yr(R); b=R.randint(14,36); a=R.randint(max(2,b//3),b-3); r=round((b-a)/b*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"安全生产形势总体平稳。{Y}年全县共发生各类生产安全事故{a}起，较上年的{b}起下降{s}%；"
       f"道路交通、建筑施工、消防等重点领域专项整治持续深化。")
    return t, f"下降{s}%", f"({b}-{a})/{b}={r}% ≠ {s}%"
def gr5(R,m):
    tw=town(R); b=R.randint(80,260); a=b*2+R.randint(0,12) if m=='trap' else round(b*R.uniform(1.3,1.45))
    t=(f"{tw}大力发展壮大村级集体经济，通过光伏电站、标准化厂房出租、土地股份合作等方式，"
       f"全镇村级集体经营性收入由{b}万元增加到{a}万元，实现翻一番。")
    return t, f"由{b}万元增加到{a}万元，实现翻一番", f"{a}/{b}={a/b:.2f}倍，不足翻一番（2倍）"
def gr6(R,m):
    c=cty(R); b=R.randint(1800,6800)
    if m=='trap': a=b*3; N="两"
    else: a=b*3; N="三"
    t=(f"农村电商蓬勃发展，建成县级电商公共服务中心1个、村级服务站点{R.randint(90,260)}个，"
       f"全县农产品网络零售额从2020年的{b}万元增至{a}万元，增长了{N}倍。")
    return t, f"增长了{N}倍", f"{a}/{b}=3，即增长2倍，而非增长3倍"
def gr7(R,m):
    c=cty(R); Y=yr(R); rows=[]
    inds=[("地方一般公共预算收入","亿元",1,(80,200)),("社会消费品零售总额","亿元",1,(600,1800)),("城镇新增就业","人",0,(3200,7800)),("实际利用外资","万美元",0,(1200,6800))]
    R.shuffle(inds); bad=R.randrange(3); q=note=None
    for i,(nm,u,d,(lo,hi)) in enumerate(inds[:3]):
        b=R.randint(lo,hi)/(10 if d else 1); a=round(b*R.uniform(1.03,1.12),d); r=round((a/b-1)*100,1)
        s=r
        if m=='err' and i==bad: s=bad_rate(R,r); q=f"{nf(a,d)}    {s}"; note=f"{nm}：({nf(a,d)}-{nf(b,d)})/{nf(b,d)}={r}% ≠ {s}%"
        rows.append(f"{nm}（{u}）    {nf(b,d)}    {nf(a,d)}    {s}")
    t=(f"附表：{c}{Y}年主要经济指标完成情况\n指标    {Y-1}年    {Y}年    增长（%）\n"+"\n".join(rows))
    return t, q, note
def gr8(R,m):
    c=cty(R); b=R.randint(1200,4800)/100; a=round(b*R.uniform(1.04,1.15),2); r=round((a/b-1)*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"财政收支情况：全年完成税收收入{a}亿元（上年同期{b}亿元），同比增长{s}%；"
       f"民生支出占一般公共预算支出比重保持在八成以上。")
    return t, f"同比增长{s}%", f"({a}-{b})/{b}={r}% ≠ {s}%"
def gr9(R,m):
    c=cty(R); Y=yr(R); b=R.randint(280,860)/10; a=round(b*R.uniform(1.08,1.3),1); r=round((a/b-1)*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"全域旅游持续升温。{Y}年全县接待游客{a}万人次，比上年{b}万人次增长{s}%；"
       f"实现旅游综合收入{R.randint(180,620)/10}亿元，按可比口径增长{R.randint(80,160)/10}%。")
    return t, f"增长{s}%；", f"({a}-{b})/{b}={r}% ≠ {s}%"
GROWTH=[gr1,gr2,gr3,gr4,gr5,gr6,gr7,gr8,gr9]

# ---------------- difference-mismatch ----------------
def bad_diff(R, d, dec):
    for _ in range(40):
        k=R.choice(['transp','plus'])
        if k=='transp':
            s=f"{d:.{dec}f}"; ds=[i for i in range(len(s)-1) if s[i].isdigit() and s[i+1].isdigit() and s[i]!=s[i+1]]
            if not ds: continue
            i=R.choice(ds); x=float(s[:i]+s[i+1]+s[i]+s[i+2:])
        else:
            x=round(d+R.choice([-1,1])*max(10**(-dec)*R.randint(3,9), abs(d)*R.uniform(0.3,0.6)), dec)
        if x>0 and abs(x-d)>=3*10**(-dec) and abs(x-d)>=0.15*abs(d): return x
    return round(d*1.5,dec)
def df1(R,m):
    c=cty(R); b=R.randint(4200,5600)/100; a=round(b+R.randint(80,190)/100,2); d=round(a-b,2)
    s=d if m=='trap' else bad_diff(R,d,2)
    t=(f"新型城镇化稳步推进，{c}常住人口城镇化率达到{a}%，比上年的{b}%提高{s:.2f}个百分点，"
       f"县城综合承载能力持续增强。")
    return t, f"提高{s:.2f}个百分点", f"{a}-{b}={d:.2f} ≠ {s:.2f}"
def df2(R,m):
    c=cty(R); Y=yr(R); b=R.randint(28000,41000); a=b+R.randint(1200,2600); d=a-b
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"{Y}年，全县城镇居民人均可支配收入{a}元，较上年增加{s}元（上年为{b}元），居民收入增长与经济增长基本同步。")
    return t, f"增加{s}元", f"{a}-{b}={d} ≠ {s}"
def df3(R,m):
    c=cty(R); b=R.randint(350,620)/10; a=round(b+R.randint(3,18)/10,1); d=round(a-b,1)
    s=d if m=='trap' else bad_diff(R,d,1)
    t=(f"生态保护修复成效显著，森林覆盖率由“十三五”末的{b}%提高到{a}%，累计提高{s}个百分点，"
       f"{c}成功创建省级森林城市。")
    return t, f"累计提高{s}个百分点", f"{a}-{b}={d} ≠ {s}"
def df4(R,m):
    c=cty(R); b=R.randint(34,52); a=b-R.randint(2,7); d=b-a
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"大气污染防治攻坚深入开展，全县PM2.5年均浓度为{a}微克/立方米，较上年的{b}微克/立方米下降{s}微克/立方米，"
       f"秸秆露天焚烧实现“零火点”。")
    return t, f"下降{s}微克", f"{b}-{a}={d} ≠ {s}"
def df5(R,m):
    c=cty(R); b=R.randint(268,312); a=b+R.randint(6,24); d=a-b
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"环境空气质量优良天数{a}天，比上年增加{s}天（上年{b}天），重污染天数持续减少。")
    t=f"{c}生态环境分局{yr(R)}年工作总结指出，"+t
    return t, f"增加{s}天", f"{a}-{b}={d} ≠ {s}"
def df6(R,m):
    c=cty(R); b=R.randint(52000,86000); a=b-R.randint(1200,3900); d=b-a
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"受出生人口下降影响，全县义务教育阶段在校生{a}人，上年为{b}人，比上年减少{s}人，"
       f"县教育局据此动态调整学校布局和教师编制。")
    return t, f"减少{s}人", f"{b}-{a}={d} ≠ {s}"
def df7(R,m):
    c=cty(R); b=R.randint(2600,5200); a=b+R.randint(160,900); d=a-b
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"就业形势保持稳定：全年城镇新增就业{a}人，比上年的{b}人多{s}人；开展职业技能培训{R.randint(3000,9000)}人次，"
       f"城镇调查失业率控制在目标以内。")
    return t, f"多{s}人", f"{a}-{b}={d} ≠ {s}"
def df8(R,m):
    c=cty(R); b=R.randint(1100,2600); a=b+R.randint(120,480); d=a-b
    s=d if m=='trap' else int(bad_diff(R,d,0))
    t=(f"医疗服务能力稳步提升，全县医疗卫生机构床位由{b}张增至{a}张，净增{s}张，每千人口床位数进一步提高；"
       f"县中医院通过二级甲等中医医院复审。")
    return t, f"净增{s}张", f"{a}-{b}={d} ≠ {s}"
def df9(R,m):
    c=cty(R); b=R.randint(800,1600)/10; a=round(b+R.randint(5,30)/10,1); d=round(a-b,1)
    s=d if m=='trap' else bad_diff(R,d,1)
    t=(f"严格落实耕地保护党政同责，{c}{yr(R)}年末耕地保有量{a}万亩，比上年末{b}万亩增加{s}万亩，永久基本农田保护任务全面落实。")
    return t, f"增加{s}万亩", f"{a}-{b}={d} ≠ {s}"
DIFF=[df1,df2,df3,df4,df5,df6,df7,df8,df9]

# ---------------- ratio-mismatch ----------------
def rt1(R,m):
    c=cty(R); P=R.randint(80,260); a=round(P*R.uniform(1.01,1.18),1); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"项目建设提速增效。全年县级重点项目完成投资{a}亿元，占年度计划{P}亿元的{s}%，超额完成年度目标任务。")
    return t, f"的{s}%", f"{a}/{P}={r}% ≠ {s}%"
def rt2(R,m):
    c=cty(R); P=R.randint(30,90)*1000; a=round(P*R.uniform(0.92,1.25)); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"{yr(R)}年，{c}各部门共争取上级资金{a}万元，完成全年目标任务{P}万元的{s}%，其中农业农村部门争取资金量位居全县第一。")
    return t, f"的{s}%", f"{a}/{P}={r}% ≠ {s}%"
def rt3(R,m):
    tw=town(R); P=R.randint(600,1800); a=R.randint(int(P*0.7),P); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"农村人居环境整治方面，{tw}今年改厕任务为{P}户，目前已完成新建、改建卫生户厕{a}户，占任务数的{s}%，"
       f"剩余部分正加紧施工，确保年底前全部完工。")
    return t, f"的{s}%", f"{a}/{P}={r}% ≠ {s}%"
def rt4(R,m):
    c=cty(R); P=R.randint(400,980)/10; a=round(P*R.uniform(0.95,0.995),1); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"城乡居民基本医疗保险应参保{P}万人，实际参保{a}万人，参保率{s}%；脱贫人口、监测对象参保实现应保尽保。")
    return t, f"参保率{s}%", f"{a}/{P}={r}% ≠ {s}%"
def rt5(R,m):
    c=cty(R); T=R.randint(300,720)/10; a=round(T*R.uniform(0.75,0.86),1); r=round(a/T*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"坚持过紧日子，把有限财力用在刀刃上。全年一般公共预算支出{T}亿元，其中民生支出{a}亿元，占比{s}%。")
    return t, f"占比{s}%", f"{a}/{T}={r}% ≠ {s}%"
def rt6(R,m):
    c=cty(R); T=R.randint(600,2400); a=T-R.randint(2,30); r=round(a/T*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    if m=='err' and s>100: s=round(r-R.randint(30,60)/10,1)
    t=(f"食品安全监管：县市场监管局全年抽检食用农产品和食品{T}批次，检测合格{a}批次，合格率{s}%，不合格产品全部依法核查处置。")
    return t, f"合格率{s}%", f"{a}/{T}={r}% ≠ {s}%"
def rt7(R,m):
    c=cty(R); T=R.randint(3000,9000); a=R.randint(int(T*0.3),int(T*0.6)); r=round(a/T*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"寄宿制学校建设方面，{c}第二中学现有学生{T}人，其中寄宿生{a}人，占{s}%，新建学生公寓后住宿条件明显改善。")
    return t, f"占{s}%", f"{a}/{T}={r}% ≠ {s}%"
def rt8(R,m):
    c=cty(R); P=R.randint(20,60); a=P+R.randint(2,12); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    t=(f"市下达我县老旧小区改造任务{P}个，实际开工改造{a}个，完成任务的{s}%，惠及居民{R.randint(3000,9000)}户。")
    return t, f"任务的{s}%", f"{a}/{P}={r}% ≠ {s}%"
def rt9(R,m):
    c=cty(R); P=R.randint(20,80)*1000; a=round(P*R.uniform(0.45,0.7)); r=round(a/P*100,1)
    s=r if m=='trap' else bad_rate(R,r)
    q=f"{s}%" ; 
    t=(f"上半年工作进展：截至6月底，全县粮食作物种植面积完成{a}亩（年度计划{P}亩），时序进度{s}%，夏粮已全部颗粒归仓。")
    return t, f"时序进度{s}%", f"{a}/{P}={r}% ≠ {s}%"
RATIO=[rt1,rt2,rt3,rt4,rt5,rt6,rt7,rt8,rt9]
