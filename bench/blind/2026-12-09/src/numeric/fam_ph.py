from common import *

def ph_e1(c):
    t = (f"{c.lead()}{c.pp}完成固定资产投资xx.xx亿元，{c.yoy}增长{ru(4,15)}%；其中工业投资{c.u(ru(10,40,2),2,'亿元')}，"
         f"增长{ru(5,20)}%{c.tail()}")
    return dict(text=t, quote="xx.xx亿元", note="模板占位符未替换：xx.xx亿元")

def ph_e2(c):
    t = (f"班子成员坚持把学习贯彻党的XX大精神作为首要政治任务，全年开展党工委理论学习中心组学习{ri(10,16)}次，"
         f"专题研讨{ri(3,8)}次，撰写调研报告{ri(4,12)}篇。")
    return dict(text=t, quote="党的XX大", note="占位符：党的XX大（应为党的二十大）")

def ph_e3(c):
    f1 = ch(FIRMS)
    t = (f"{f1}{ch(['年产20万套智能家居','新型储能电池','功能性薄膜','高端轴承'])}项目完成投资{c.u(ru(2,9,1),1,'亿元')}，"
         f"主体厂房已封顶，计划于xxxx年x月建成投产，达产后可实现年产值{c.u(ri(5,30),0,'亿元')}。")
    return dict(text=t, quote="xxxx年x月", note="日期占位符未填写：xxxx年x月")

def ph_e4(c):
    t = (f"{c.lead(town_ok=True)}积极对接头部企业，与××乳业有限公司签订战略合作协议，总投资{c.u(ru(3,15,1),1,'亿元')}的"
         f"{ch(['奶牛养殖','乳制品加工','牧草种植'])}基地项目落户{ch(TOWNS)}{c.tail()}")
    return dict(text=t, quote="××乳业", note="被遮蔽的企业名占位符：××乳业")

def ph_e5(c):
    t = (f"全年争取上级各类资金**00万元，其中{ch(['中央预算内投资','地方政府专项债券','超长期特别国债'])}"
         f"{c.u(ri(1200,5000),0,'万元')}，有效缓解了重点项目资金压力。")
    return dict(text=t, quote="**00万元", note="掩码数字：**00万元")

def ph_e6(c):
    t = (f"“千万工程”示范创建扎实推进，{ch(VILLAGES)}、○○村成功创建省级美丽乡村示范村，{ch(VILLAGES)}入选市级乡村旅游重点村，"
         f"完成户厕改造{ri(200,900)}户。")
    return dict(text=t, quote="○○村", note="村名占位符：○○村")

def ph_e7(c):
    t = (f"{c.lead()}{c.pp}实现规上工业总产值{c.u(ru(50,300,1),1,'亿元')}，同比增长XX%；规上工业增加值增长{ru(5,12)}%，"
         f"新增规上工业企业{ri(5,25)}家{c.tail()}")
    return dict(text=t, quote="同比增长XX%", note="增长率为占位符 XX%")

def ph_e8(c):
    t = (f"社会保障兜底有力。发放城乡低保金{c.u(ri(800,4000),0,'万元')}、特困供养金XXX万元，"
         f"临时救助{ri(300,1500)}人次，城乡居民基本养老保险参保率稳定在{ru(95,99)}%以上。")
    return dict(text=t, quote="XXX万元", note="金额占位符：XXX万元")

def ph_e9(c):
    t = (f"安全生产形势总体平稳，开展隐患排查{ri(20,80)}轮次，发现整改隐患{ri(300,1500)}处，"
         f"于x月x日组织开展{ch(['防汛','森林防火','危化品泄漏'])}应急演练，参演人员{ri(100,600)}人。")
    return dict(text=t, quote="x月x日", note="日期占位符：x月x日")

def ph_e10(c):
    t = (f"{c.lead()}现有规上企业{ri(40,150)}家，其中国家级专精特新“小巨人”企业X家、省级专精特新中小企业{ri(8,30)}家，"
         f"高新技术企业{ri(20,90)}家{c.tail()}")
    return dict(text=t, quote="企业X家", note="数量占位符：X家")

def ph_e11(c):
    fa, fb = smp(FIRMS, 2)
    t = (f"{c.pp}园区新引进{ch(['XX集团','××集团'])}等{ri(3,8)}家龙头企业，{fa}二期、{fb}智能工厂相继开工，"
         f"完成工业投资{c.u(ru(10,60,1),1,'亿元')}。")
    q = "XX集团" if "XX集团" in t else "××集团"
    return dict(text=t, quote=q, note=f"企业名占位符：{q}")

ERR = [ph_e1, ph_e2, ph_e3, ph_e4, ph_e5, ph_e6, ph_e7, ph_e8, ph_e9, ph_e10, ph_e11]

def ph_t1(c):
    t = (f"{c.lead()}文旅品牌持续擦亮，{ch(VILLAGES)}景区成功创建国家AAAA级旅游景区，全县A级景区达到{ri(6,20)}家，"
         f"{c.pp}接待游客{c.u(ru(100,900,1),1,'万人次')}{c.tail()}")
    return dict(text=t, rels=[])

def ph_t2(c):
    t = (f"医疗服务能力不断提升，县人民医院新购置CT、DR（数字化X线摄影系统）、彩色B超等设备{ri(10,40)}台（套），"
         f"{ri(8,20)}个乡镇卫生院全部配齐X光机。")
    return dict(text=t, rels=[])

def ph_t3(c):
    t = (f"大气污染防治成效明显，PM2.5、PM10平均浓度分别下降{ru(2,9)}%和{ru(2,9)}%，二氧化硫（SO₂）浓度保持在"
         f"{ri(5,12)}微克/立方米以下，NO₂浓度{ri(15,30)}微克/立方米。")
    return dict(text=t, rels=[])

def ph_t4(c):
    t = (f"{c.lead()}新建5G基站{ri(80,500)}个，累计达到{ri(800,2500)}个，实现城区和重点园区5G网络全覆盖，"
         f"“5G+工业互联网”应用场景{ri(5,20)}个{c.tail()}")
    return dict(text=t, rels=[])

def ph_t5(c):
    t = (f"质量品牌建设取得新进展，新增通过ISO9001质量管理体系认证企业{ri(5,30)}家、GMP认证企业{ri(1,4)}家，"
         f"{ch(FIRMS)}获评省长质量奖提名奖。")
    return dict(text=t, rels=[])

def ph_t6(c):
    t = (f"水环境质量持续改善，{ri(4,9)}个地表水考核断面水质优良（Ⅰ—Ⅲ类）比例保持100%，劣Ⅴ类水体全面消除，"
         f"集中式饮用水水源地水质达标率100%。")
    return dict(text=t, rels=[])

def ph_t7(c):
    t = (f"职业教育改革深入推进，县职教中心开展“1+X”证书制度试点，新增试点专业{ri(2,6)}个，"
         f"{c.pp}培训取证{ri(300,1500)}人，毕业生就业率{ru(92,99)}%。")
    return dict(text=t, rels=[])

def ph_t8(c):
    t = (f"{c.lead()}资本市场培育取得突破，{ch(FIRMS)}在深交所创业板上市，{ch(FIRMS)}在新三板挂牌，"
         f"{ri(3,10)}家企业纳入省A股上市后备资源库{c.tail()}")
    return dict(text=t, rels=[])

def ph_t9(c):
    t = (f"推行“标准地+承诺制”改革，实现“拿地即开工”项目{ri(5,20)}个；推广EPC工程总承包模式，"
         f"新建标准厂房{c.u(ru(5,30,1),1,'万平方米')}，T+0交付项目{ri(2,6)}个。")
    return dict(text=t, rels=[])

TRAP = [ph_t1, ph_t2, ph_t3, ph_t4, ph_t5, ph_t6, ph_t7, ph_t8, ph_t9]
