# -*- coding: utf-8 -*-
# w2 generator, numeric families. Each template: fn(R, mode) -> (text, quote, note); mode 'err' or 'trap'.
import random
from common import *

# ---------------- blank-amount ----------------
def ba1(R, m):
    c=cty(R); Y=yr(R); n=R.randint(18,46); a=R.randint(120,480)/10; r=R.randint(35,129)/10; h=R.randint(12,58)/10; s=R.randint(80,190)
    rs = "" if m=='err' else f"{r}"
    t=(f"{Y}年，{c}农业农村局围绕乡村振兴重点任务，实施农业农村领域投资千万元以上项目{n}个，完成投资{a}亿元，同比增长{rs}%；"
       f"新建高标准农田{h}万亩，粮食播种面积稳定在{s}万亩以上，百亩以上规模种植主体持续增加。")
    return t, "同比增长%", "同比增长后缺少具体数值，应为“同比增长x%”"
def ba2(R, m):
    c=cty(R); Y=yr(R); n=R.randint(210,690); k=R.randint(12,38); L=R.randint(680,2400); w=R.randint(12,24)
    Ls = "" if m=='err' else f"{L}"
    t=(f"（三）城乡建设提质增效。{Y}年完成农村低收入群体危房改造{n}户，改造城镇老旧小区{k}个；新建滨河西路一条，全长{Ls}米、"
       f"红线宽{w}米，打通断头路4处，县城“断头路”问题基本解决。")
    return t, "全长米", "“全长米”缺少长度数值"
def ba3(R, m):
    c=cty(R); Y=yr(R); a=R.randint(3200,9800); b=R.randint(600,2100); k=R.randint(1200,5600)
    as_ = "" if m=='err' else f"{a}"
    t=(f"{c}民政局认真落实社会救助兜底保障政策，{Y}年累计发放城乡低保金{as_}万元、特困人员救助供养金{b}万元，"
       f"实施临时救助{k}人次，困难群众基本生活得到有效保障，实现应保尽保、应救尽救。")
    return t, "低保金万元", "“低保金万元”缺少金额数值"
def ba4(R, m):
    c=cty(R); Y=yr(R); n=R.randint(6,19); s=R.randint(1800,6200); k=R.randint(120,360); j=R.randint(20,60)
    ks = "" if m=='err' else f"{k}"
    t=(f"教育事业方面：新建、改扩建中小学校和幼儿园{n}所，新增学位{s}个；公开招聘和引进教师{ks}名，其中公费师范毕业生{j}名，"
       f"“县管校聘”改革全面推开，城乡教师交流轮岗覆盖所有义务教育学校。")
    return t, "引进教师名", "“引进教师名”缺少人数"
def ba5(R, m):
    c=cty(R); n=R.randint(80,260); r=R.randint(620,860)/10; v=R.randint(14,36)
    ns = "" if m=='err' else f"{n}"
    t=(f"{c}卫健委推进紧密型县域医共体建设，县人民医院新增床位{ns}张，购置64排CT、DR等大型设备{v}台（套），"
       f"重点人群家庭医生签约服务覆盖率达到{r}%，县域就诊率稳步提升，群众“小病不出村、大病不出县”的目标加快实现。")
    return t, "新增床位张", "“新增床位张”缺少床位数"
def ba6(R, m):
    c=cty(R); Y=yr(R); n=R.randint(800,2600); k=R.randint(1200,4800); r=R.randint(950,995)/10; p=R.randint(12,40)
    rs = "" if m=='err' else f"{r}"
    t=(f"{Y}年，县应急管理局牵头开展安全生产治本攻坚三年行动，检查生产经营单位{n}家次，排查一般隐患{k}处，整改率达到{rs}%；"
       f"开展应急演练{p}场次，全年未发生较大及以上生产安全事故。")
    return t, "整改率达到%", "“整改率达到%”缺少百分比数值"
def ba7(R, m):
    c=cty(R); x=R.randint(240,420)/10; r=R.randint(780,930)/10; p=R.randint(12,48)/10; q=R.randint(2,6)
    ps = "" if m=='err' else f"{p}"
    t=(f"生态环境持续改善。全县PM2.5平均浓度{x}微克/立方米，空气质量优良天数比例{r}%，比上年提高{ps}个百分点；"
       f"{q}个国省控断面水质稳定达到Ⅲ类以上，县级集中式饮用水水源地水质达标率保持100%。")
    return t, "提高个百分点", "“提高个百分点”缺少数值"
def ba8(R, m):
    c=cty(R); Y=yr(R); n=R.randint(60,140); k=R.randint(18,45); a=R.randint(850,2400)/10; r=R.randint(1010,1180)/10
    ks = "" if m=='err' else f"{k}"
    t=(f"过去一年，我们坚持项目为王，全年实施县级重点项目{n}个，其中亿元以上项目{ks}个，完成投资{a}亿元，"
       f"占年度计划的{r}%，百亿级绿色食品产业集群初具规模。")
    return t, "亿元以上项目个", "“其中亿元以上项目个”缺少项目数"
def ba9(R, m):
    tw=town(R); Y=yr(R); a=R.randint(3200,12800); n=R.randint(12,40); k=R.randint(20,66); v=R.randint(8,21)
    as_ = "" if m=='err' else f"{a}"
    t=(f"{tw}{Y}年工作总结：全镇完成土地流转{as_}亩，培育百亩以上种植大户{n}户、家庭农场{k}家，"
       f"{v}个行政村集体经济收入全部实现“清零破五”，万亩级稻虾共作示范片建设通过市级验收。")
    return t, "土地流转亩", "“土地流转亩”缺少面积数值"
BLANK=[ba1,ba2,ba3,ba4,ba5,ba6,ba7,ba8,ba9]

# ---------------- placeholder ----------------
def pl1(R, m):
    c=cty(R); a=R.randint(380,1600); n=R.randint(8,21)
    s = "XX" if m=='err' else f"{a}"
    t=(f"{c}卫健委投入{s}万元，为{n}个乡镇卫生院配备数字化X射线摄影系统（DR）、彩色B超、全自动生化分析仪等设备，"
       f"基层医疗机构“五大中心”建设实现全覆盖，乡镇卫生院B超、DR配置率均达到100%。")
    return t, "投入XX万元", "“XX”为未填写的模板占位符"
def pl2(R, m):
    c=cty(R); Y=yr(R); g=R.choice([205,312,318,230,106,207]); a=R.randint(12,68)*100; L=R.randint(80,260)/10
    s = "**00" if m=='err' else f"{a}"
    t=(f"交通基础设施加快完善。G{g}国道{c}过境段改建工程全长{L}公里，总投资{s}万元，{Y}年完成路基工程；"
       f"新改建“四好农村路”{R.randint(60,190)}公里，建制村通双车道比例稳步提高。")
    return t, "**00万元", "“**00”为被遮盖或未填写的占位数字"
def pl3(R, m):
    c=cty(R); v=vil(R); n=R.randint(2,5)
    s = "××村" if m=='err' else v
    t=(f"文旅融合发展取得突破。新创建国家AAA级旅游景区{n}家，{s}入选省级乡村旅游重点村，"
       f"“村BA”“村超”等群众性赛事带动乡村旅游人气持续攀升，全县乡村旅游接待人数和综合收入均创历史新高，文旅产业正成为{c}县域经济新的增长点。")
    return t, "××村入选", "“××村”为未替换的村名占位符"
def pl4(R, m):
    c=cty(R); Y=yr(R)
    s = "党的XX大" if m=='err' else "党的二十大"
    t=(f"{Y}年，在市委、市政府和县委的坚强领导下，{c}人民政府坚持以习近平新时代中国特色社会主义思想为指导，"
       f"全面贯彻{s}和二十届二中、三中全会精神，统筹推进稳增长、促改革、调结构、惠民生、防风险、保稳定各项工作。")
    return t, "党的XX大", "“党的XX大”为未填写届次的占位符"
def pl5(R, m):
    c=cty(R); Y=yr(R); mo=R.randint(5,11); a=R.randint(1200,5600)
    s = "xxxx年x月" if m=='err' else f"{Y}年{mo}月"
    t=(f"县城污水处理厂提标改造项目总投资{a}万元，出水水质由一级B提升至一级A标准，项目已于{s}通过竣工环保验收，"
       f"日处理能力达到{R.randint(3,8)}万吨。")
    return t, "xxxx年x月", "“xxxx年x月”为日期占位符"
def pl6(R, m):
    tw=town(R); n=R.randint(18,64); a=R.randint(8,40)
    s = "○○" if m=='err' else f"{n}"
    t=(f"{tw}民政办加强特殊困难群体关爱服务，为{s}户分散供养特困家庭开展适老化改造，落实“一户一策”，"
       f"累计发放救助物资折合{a}万元，第三方入户回访满意率保持较高水平。")
    return t, "为○○户", "“○○”为未填写的占位符"
def pl7(R, m):
    c=cty(R); tw=town(R).replace("街道","镇"); n=R.randint(36,54); a=R.randint(6000,18000)
    s = "XX镇" if m=='err' else tw
    t=(f"优化城乡教育资源布局，在{s}新建一所九年一贯制学校，规划{n}个教学班，总投资{a}万元，"
       f"同步建设学生宿舍和食堂，可解决周边乡村学生就近入学问题。")
    return t, "在XX镇", "“XX镇”为未替换的地名占位符"
def pl8(R, m):
    c=cty(R); a=R.randint(60,380); b=R.randint(8,46)
    s = "XXX%" if m=='err' else "100%"
    t=(f"主要污染物减排方面，全县化学需氧量（COD）、氨氮排放量分别削减{a}吨、{b}吨，完成市下达年度减排任务的{s}，"
       f"PM10、PM2.5浓度均呈下降趋势。")
    return t, "XXX%", "“XXX%”为未填写的百分比占位符"
def pl9(R, m):
    c=cty(R); a=R.randint(2,9); name=R.choice(["绿源","丰禾","沃土","金穗","鑫农"])
    s = "××农业科技有限公司" if m=='err' else f"{name}农业科技有限公司"
    t=(f"招商引资成效明显，成功引进{s}等农产品精深加工企业，计划总投资{a}亿元，建成后可带动周边{R.randint(1200,4500)}户农户增收，"
       f"预计年产值超亿元。")
    return t, "××农业科技", "“××”为企业名称占位符"
PLACE=[pl1,pl2,pl3,pl4,pl5,pl6,pl7,pl8,pl9]

# ---------------- sum-mismatch ----------------
def wrong_total(R, parts, d):
    """realistic slip for a total: transposed digits, a part left out, or +/- a round amount"""
    S=round(sum(parts), d)
    for _ in range(50):
        k=R.choice(['transp','omit','shift'])
        if k=='transp':
            s=f"{S:.{d}f}"; ds=[i for i in range(len(s)-1) if s[i].isdigit() and s[i+1].isdigit() and s[i]!=s[i+1]]
            if not ds: continue
            i=R.choice(ds); s2=s[:i]+s[i+1]+s[i]+s[i+2:]; T=float(s2)
        elif k=='omit':
            T=round(S-R.choice(parts), d)
        else:
            base = 10**max(0,len(str(int(S)))-2)
            T=round(S+R.choice([-1,1])*R.randint(1,3)*base, d)
        if T>0 and abs(T-S) > max(3*10**(-d), 0.01*S*0.3) and abs(T-S)>=10**(-d)*5:
            return T
    return round(S*1.1, d)
def nf(x,d): return f"{x:.{d}f}"
def sum_note(parts,d,T):
    return "+".join(nf(p,d) for p in parts)+f"={nf(round(sum(parts),d),d)} ≠ {nf(T,d)}"

def sm1(R,m):
    c=cty(R); Y=yr(R); p=[R.randint(3000,9000),R.randint(1500,5000),R.randint(400,1800)]
    S=sum(p); T=S if m=='trap' else wrong_total(R,p,0)
    t=(f"积极向上争取政策资金支持，{Y}年{c}共争取中央、省、市三级衔接推进乡村振兴补助资金{T:.0f}万元，"
       f"分别为中央资金{p[0]}万元、省级资金{p[1]}万元、市级资金{p[2]}万元，资金全部落实到具体项目。")
    return t, f"资金{T:.0f}万元", sum_note(p,0,T)
def sm2(R,m):
    Y=yr(R); p=[R.randint(2400,7800),R.randint(900,3600),R.randint(300,1200),R.randint(100,600)]
    S=sum(p); T=S if m=='trap' else wrong_total(R,p,0)
    t=(f"表2  {Y}年衔接资金分类使用情况（单位：万元）\n类别  金额\n产业发展  {p[0]}\n基础设施  {p[1]}\n就业帮扶  {p[2]}\n项目管理费及其他  {p[3]}\n合计  {T:.0f}\n"
       f"注：产业发展类资金占比达到中央要求。")
    return t, f"合计  {T:.0f}", sum_note(p,0,T)
def sm3(R,m):
    c=cty(R); p=[R.randint(2100,6800) for _ in range(3)]
    S=sum(p); T=S if m=='trap' else wrong_total(R,p,0)
    t=(f"秋冬季农田水利建设中，南片、中片、北片三个片区分别完成高效节水灌溉面积{p[0]}亩、{p[1]}亩、{p[2]}亩，合计{T:.0f}亩，"
       f"新增和改善灌溉面积一大批，{c}农田灌溉水有效利用系数进一步提高。")
    return t, f"合计{T:.0f}亩", sum_note(p,0,T)
def sm4(R,m):
    c=cty(R); Y=yr(R); p=[R.randint(800,4200)/10 for _ in range(3)]
    p=[round(x,1) for x in p]; S=round(sum(p),1); T=S if m=='trap' else wrong_total(R,p,1)
    t=(f"{Y}年县政府承诺的民生实事全部办结。投入教育{p[0]}万元、医疗{p[1]}万元、养老服务{p[2]}万元，三项合计{T:.1f}万元，"
       f"新建社区食堂{R.randint(5,16)}个、村级卫生室{R.randint(8,25)}个，群众满意度明显提升。")
    return t, f"合计{T:.1f}万元", sum_note(p,1,T)
def sm5(R,m):
    tw=town(R); a=R.randint(9000,21000); b=R.randint(8600,20000); S=a+b; T=S if m=='trap' else wrong_total(R,[a,b],0)
    t=(f"{tw}辖{R.randint(8,19)}个行政村，第七次人口普查以来人口总量总体稳定。截至去年底，全镇户籍人口中男性{a}人、女性{b}人，合计{T:.0f}人，"
       f"60岁以上老年人口占比较高，养老服务需求持续增长。")
    return t, f"合计{T:.0f}人", sum_note([a,b],0,T)
def sm6(R,m):
    c=cty(R); p=[R.randint(28000,76000)/10,R.randint(5000,18000)/10,R.randint(800,3600)/10,R.randint(1200,4200)/10]
    p=[round(x,1) for x in p]; S=round(sum(p),1); T=S if m=='trap' else wrong_total(R,p,1)
    t=(f"全年发放各类救助资金：城乡低保{p[0]}万元，特困供养{p[1]}万元，临时救助{p[2]}万元，残疾人两项补贴{p[3]}万元，"
       f"合计{T:.1f}万元，资金通过“一卡通”直接发放到户。")
    return t, f"{T:.1f}万元，资金", sum_note(p,1,T)
def sm7(R,m):
    c=cty(R); Y=yr(R); p=[R.randint(6000,19000),R.randint(3000,12000),R.randint(1000,6000)]
    S=sum(p); T=S if m=='trap' else wrong_total(R,p,0)
    t=(f"国土绿化行动扎实推进。{Y}年全县完成营造林{T:.0f}亩，由人工造林{p[0]}亩、封山育林{p[1]}亩和退化林修复{p[2]}亩三部分组成，"
       f"林长制考核连续两年位列全市前列。")
    return t, f"营造林{T:.0f}亩", sum_note(p,0,T)
def sm8(R,m):
    c=cty(R); Y=yr(R); p=[R.randint(3,8),R.randint(2,6),R.randint(2,7),R.randint(1,5),R.randint(1,4)]
    S=sum(p); T=S if m=='trap' else S-R.choice([3,4])
    t=(f"{Y}年，{c}共实施十大类民生实事项目{T}项，其中教育类{p[0]}项、卫生健康类{p[1]}项、交通出行类{p[2]}项、养老托育类{p[3]}项、"
       f"其他类{p[4]}项，各项目均按期完成年度建设任务。")
    return t, f"项目{T}项", "+".join(map(str,p))+f"={S} ≠ {T}（分项之和超过总数）"
def sm9(R,m):
    tws=R.sample(TOWNS,4); p=[round(R.randint(120,680)/100,2) for _ in range(4)]
    S=round(sum(p),2)
    if m=='trap': T=round(S+R.choice([0,0,0.01,-0.01]),2)
    else: T=wrong_total(R,p,2)
    rows="\n".join(f"{a}    {b:.2f}" for a,b in zip(tws,p))
    t=(f"各乡镇（街道）固定资产投资完成情况如下（单位：亿元，部分数据经四舍五入）：\n乡镇（街道）    完成投资\n{rows}\n合计    {T:.2f}\n"
       f"四个乡镇（街道）均完成年度目标。")
    return t, f"合计    {T:.2f}", sum_note(p,2,T)
SUM=[sm1,sm2,sm3,sm4,sm5,sm6,sm7,sm8,sm9]

# ---------------- part-exceeds-total ----------------
def bigger(R, whole, d=0):
    # realistic: part > whole by swapped digits / copy slip
    if d==0:
        return whole + R.randint(max(2,whole//8), max(3,whole//3))
    return round(whole*R.uniform(1.15,1.6), d)
def pe1(R,m):
    c=cty(R); Y=yr(R); N=R.randint(28,96); M=R.randint(8,N-5) if m=='trap' else bigger(R,N)
    t=(f"{Y}年，{c}谋划实施县级重点项目{N}个，其中亿元以上项目{M}个，完成投资{R.randint(600,1800)/10}亿元，"
       f"“拿地即开工”“交地即交证”改革在工业项目中全面推行。")
    return t, f"亿元以上项目{M}个", f"其中亿元以上项目{M}个 > 项目总数{N}个"
def pe2(R,m):
    c=cty(R); N=R.randint(1200,4800); M=R.randint(N//3,N-50) if m=='trap' else bigger(R,N)
    t=(f"巩固拓展脱贫攻坚成果，全县纳入防止返贫监测对象{N}户，其中已消除风险{M}户，未消除风险的全部落实帮扶措施，"
       f"守住了不发生规模性返贫致贫的底线。")
    return t, f"已消除风险{M}户", f"其中已消除风险{M}户 > 监测对象总数{N}户"
def pe3(R,m):
    c=cty(R); N=R.randint(90,260); M=R.randint(N//2,N-10) if m=='trap' else bigger(R,N)
    t=(f"全县现有中小学校（含教学点）{N}所，在校学生{R.randint(40000,98000)}人，其中农村学校{M}所；"
       f"{R.randint(3,9)}所薄弱学校改造任务全部完成，义务教育优质均衡发展县创建稳步推进。")
    return t, f"农村学校{M}所", f"其中农村学校{M}所 > 学校总数{N}所"
def pe4(R,m):
    c=cty(R); N=R.randint(150,420); M=R.randint(N//2,N-8) if m=='trap' else bigger(R,N)
    t=(f"基层医疗卫生服务网络进一步健全：全县{N}个村卫生室中，{M}个完成标准化建设，乡村医生中具备执业（助理）医师资格的比例持续提高。")
    return t, f"中，{M}个", f"完成标准化建设{M}个 > 村卫生室总数{N}个"
def pe5(R,m):
    c=cty(R); N=R.randint(28,86)/10; M=round(N*R.uniform(0.35,0.8),1) if m=='trap' else round(N*R.uniform(1.2,1.8),1)
    t=(f"{c}住建局全年完成城建投资{N}亿元，其中政府投资{M}亿元，重点用于雨污分流管网、城市燃气管道更新和背街小巷改造，"
       f"城市建成区绿化覆盖率达到{R.randint(380,450)/10}%。")
    return t, f"政府投资{M}亿元", f"其中政府投资{M}亿元 > 城建投资总额{N}亿元"
def pe6(R,m):
    c=cty(R); N=R.randint(1800,5200); M=R.randint(int(N*0.5),int(N*0.7)) if m=='trap' else bigger(R,N)
    t=(f"养老服务体系加快构建。全县养老机构床位达到{N}张，其中护理型床位{M}张，护理型床位占比{M/N*100:.1f}%，"
       f"建成区域性中心敬老院{R.randint(3,8)}所。") if m=='trap' else (
       f"养老服务体系加快构建。全县养老机构床位达到{N}张，其中护理型床位{M}张，建成区域性中心敬老院{R.randint(3,8)}所，"
       f"农村互助幸福院实现行政村全覆盖。")
    return t, f"护理型床位{M}张", f"其中护理型床位{M}张 > 床位总数{N}张"
def pe7(R,m):
    c=cty(R); Y=yr(R); N=R.randint(3200,9800); M=R.randint(600,N//3) if m=='trap' else bigger(R,N)
    g1=R.randint(52,98)/10; g2=round(g1+R.randint(20,90)/10,1)
    t=(f"营商环境持续优化，{Y}年新增各类经营主体{N}户，增长{g1}%，其中新增企业{M}户，增长{g2}%，"
       f"“一业一证”“证照分离”改革实现全覆盖。")
    return t, f"新增企业{M}户", f"其中新增企业{M}户 > 新增经营主体总数{N}户"
def pe8(R,m):
    c=cty(R); N=R.randint(8000,26000); M=R.randint(N//4,N//2) if m=='trap' else bigger(R,N)
    t=(f"金融支持乡村振兴力度加大。全年累计发放脱贫人口小额信贷{N}万元，其中新增贷款{M}万元、续贷展期{N-M if m=='trap' else R.randint(1000,3000)}万元，"
       f"贷款逾期率控制在1%以内。") if m=='trap' else (
       f"金融支持乡村振兴力度加大。全年累计发放脱贫人口小额信贷{N}万元，其中新增贷款{M}万元，"
       f"贷款逾期率控制在1%以内，{c}被评为全省金融服务乡村振兴先进县。")
    return t, f"新增贷款{M}万元", f"其中新增贷款{M}万元 > 信贷发放总额{N}万元"
def pe9(R,m):
    c=cty(R); N=R.randint(600,1800); M=R.randint(N+200,N*3)
    if m=='trap':
        K=R.randint(12,60)
        t=(f"应急管理局会同行业部门开展燃气、消防、自建房等重点领域安全隐患排查，检查企业和场所{N}家次，发现并整改隐患{M}处，"
           f"其中责令停产停业整顿{K}家，约谈企业负责人{R.randint(20,80)}人次。")
    else:
        K=bigger(R,N)
        t=(f"应急管理局会同行业部门开展燃气、消防、自建房等重点领域安全隐患排查，检查企业和场所{N}家次，"
           f"其中责令停产停业整顿{K}家，约谈企业负责人{R.randint(20,80)}人次。")
    return t, f"整顿{K}家", f"其中停产停业整顿{K}家 > 检查总数{N}家次"
PART=[pe1,pe2,pe3,pe4,pe5,pe6,pe7,pe8,pe9]
