from common import *

def names_firms(k): return smp(FIRMS, k)

# ---------------- count-mismatch : errors ----------------
def ct_e1(c):
    k = ri(4, 6); ns = smp(PROJS, k); bad = k + ch([1, -1])
    lst = "、".join(ns)
    t = (f"{c.lead()}全力推进重大项目建设，以下{bad}个项目列入省市重点项目：{lst}，{c.pp}累计完成投资{c.u(ru(20,80,1),1,'亿元')}{c.tail()}")
    return dict(text=t, quote=f"以下{bad}个项目", note=f"称 {bad} 个项目，实际列出 {k} 个", rels=[("count", bad, k, False, True)])

def ct_e2(c):
    k = ri(3, 5); ns = names_firms(k); bad = k - ch([1, 2]) if k > 3 else 2
    t = (f"企业梯度培育成效显著，{'、'.join(ns)}等{bad}家企业获评省级专精特新中小企业，{ch(FIRMS)}入选国家级专精特新“小巨人”名单。")
    return dict(text=t, quote=f"等{bad}家企业", note=f"列出 {k} 家企业名，“等{bad}家”少于列举数", rels=[("count", bad, k, True, True)])

def ct_e3(c):
    k = 5; rs = smp(ROADS, k); bad = 6
    t = (f"城市路网不断完善，{c.pp}新建、改造{cnum(bad)}条道路，分别是{'、'.join(rs)}，新增道路里程{c.u(ru(8,25,1),1,'公里')}，"
         f"城区“断头路”基本打通。")
    return dict(text=t, quote=f"{cnum(bad)}条道路", note=f"称{cnum(bad)}条道路，实际列出 {k} 条", rels=[("count", bad, k, False, True)])

def ct_e4(c):
    k = ri(4, 6); vs = smp(TOWNS, k); bad = k + ch([1, -1])
    t = (f"{c.lead()}{c.pp}开展“清河行动”专项整治，涉及{'、'.join(vs)}{bad}个乡镇（街道），清理河道{c.u(ru(20,80,1),1,'公里')}{c.tail()}")
    return dict(text=t, quote=f"{bad}个乡镇", note=f"列出 {k} 个乡镇（街道），称 {bad} 个", rels=[("count", bad, k, False, True)])

IND = ["生物医药", "新能源", "高端装备", "绿色食品", "新材料", "电子信息", "纺织服装", "现代物流", "文化旅游", "精细化工"]
ORD = ["一是", "二是", "三是", "四是", "五是", "六是"]

def ct_e5(c):
    k = ri(3, 5); bad = k + ch([1, -1]); items = smp(IND, k)
    body = "，".join(f"{ORD[j]}{items[j]}产业集群" for j in range(k))
    t = (f"产业集群加快成势，着力打造{cnum(bad)}大主导产业集群：{body}，{c.pp}{cnum(bad)}大产业实现产值{c.u(ri(80,300),0,'亿元')}。")
    q = f"打造{cnum(bad)}大主导"
    return dict(text=t, quote=q, note=f"称{cnum(bad)}大主导产业集群，列出 {k} 个（一是至{ORD[k-1]}）", rels=[("count", bad, k, False, True)])

def ct_e6(c):
    k = ri(5, 7); vs = smp(VILLAGES, k); bad = k + 1
    lines = "\n".join(f"{i+1}. {v}" for i, v in enumerate(vs))
    t = f"附：{c.y}年度省级乡村振兴示范村名单（共{bad}个）\n{lines}"
    return dict(text=t, quote=f"共{bad}个", note=f"标注共 {bad} 个，名单只有 {k} 个", rels=[("count", bad, k, False, True)])

def ct_e7(c):
    k = ri(3, 4); ns = names_firms(k); bad = k + ch([1, 2])
    parts = "；".join(f"{n}{ch(['新型储能电池','智能终端','高端轴承','医用敷料','功能食品','光伏组件'])}项目" for n in ns)
    t = (f"{c.lead()}引进{cnum(bad)}个10亿元以上重大项目，分别为：{parts}{c.tail()}")
    return dict(text=t, quote=f"引进{cnum(bad)}个", note=f"称{cnum(bad)}个项目，“分别为”只列出 {k} 个", rels=[("count", bad, k, False, True)])

PROB = ["基层服务能力不足", "项目储备质量不高", "要素保障存在短板", "干部队伍专业化水平有待提升", "产业链条不长、配套能力较弱",
        "财政收支矛盾突出", "科技创新支撑不足", "民生领域仍有不少短板"]

def ct_e8(c):
    k = ri(3, 5); bad = k + ch([1, -1]) if k > 3 else k + 1; ps = smp(PROB, k)
    body = "；".join(f"{ORD[j]}{ps[j]}" for j in range(k))
    nb = ch([str(bad), cnum(bad)])
    t = f"{c.dept}坚持问题导向，梳理出{nb}个方面的突出问题：{body}。"
    return dict(text=t, quote=f"梳理出{nb}个方面", note=f"称 {bad} 个方面，只列出 {k} 个", rels=[("count", bad, k, False, True)])

def ct_e9(c):
    k = ri(4, 5); ns = smp(["国家级生态文明建设示范县", "全国文明城市提名城市", "省级全域旅游示范区", "国家农业绿色发展先行区",
                          "省级食品安全示范县", "国家卫生县城"], k); bad = k - 1
    t = (f"{c.pp}，{c.county}先后获评{'、'.join(ns)}{cnum(bad)}项国家级、省级荣誉，城市品牌影响力持续提升。")
    return dict(text=t, quote=f"{cnum(bad)}项国家级", note=f"列出 {k} 项荣誉，称{cnum(bad)}项", rels=[("count", bad, k, False, True)])

def ct_e10(c):
    k = 3; ns = names_firms(k); bad = 2
    t = (f"{c.lead()}{ns[0]}、{ns[1]}、{ns[2]}等两家企业完成股份制改造，{ch(FIRMS)}进入上市辅导期{c.tail()}")
    return dict(text=t, quote="等两家企业", note="列出 3 家企业名，“等两家”少于列举数", rels=[("count", bad, k, True, True)])

ERR = [ct_e1, ct_e2, ct_e3, ct_e4, ct_e5, ct_e6, ct_e7, ct_e8, ct_e9, ct_e10]

# ---------------- count-mismatch : traps ----------------
def ct_t1(c):
    k = ri(4, 6); ns = smp(PROJS, k)
    t = (f"{c.lead()}以下{k}个项目列入省市重点项目：{'、'.join(ns)}，均已开工建设{c.tail()}")
    return dict(text=t, rels=[("count", k, k, False, False)])

def ct_t2(c):
    ns = names_firms(1); n = ri(4, 9)
    t = f"{ns[0]}等{n}家企业获评省级专精特新中小企业，数量居全市第{cnum(ri(2,4))}位。"
    return dict(text=t, rels=[("count", n, 1, True, False)])

def ct_t3(c):
    k = ri(2, 3); ns = names_firms(k); n = k + ri(3, 10)
    t = f"{c.lead()}{'、'.join(ns)}等{n}家企业完成智能化改造，{c.pp}技改投资增长{ru(8,25)}%{c.tail()}"
    return dict(text=t, rels=[("count", n, k, True, False)])

def ct_t4(c):
    k = 5; rs = smp(ROADS, k)
    t = f"{c.pp}新建、改造{cnum(k)}条道路，分别是{'、'.join(rs)}，城区“断头路”基本打通。"
    return dict(text=t, rels=[("count", k, k, False, False)])

def ct_t5(c):
    k = ri(3, 5); items = smp(IND, k)
    t = f"着力打造{cnum(k)}大主导产业集群：" + "，".join(f"{ORD[j]}{items[j]}" for j in range(k)) + "。"
    return dict(text=t, rels=[("count", k, k, False, False)])

def ct_t6(c):
    k = ri(5, 7); vs = smp(VILLAGES, k)
    lines = "\n".join(f"{i+1}. {v}" for i, v in enumerate(vs))
    t = f"附：{c.y}年度市级美丽乡村示范村名单（共{k}个）\n{lines}"
    return dict(text=t, rels=[("count", k, k, False, False)])

def ct_t7(c):
    k = ri(3, 4); ns = smp(TOWNS, k)
    t = (f"{c.lead(town_ok=True)}在{'、'.join(ns)}等乡镇的{ri(8,20)}个村开展人居环境整治提升，完成投资{c.u(ri(500,3000),0,'万元')}{c.tail()}")
    return dict(text=t, rels=[])

def ct_t8(c):
    k = ri(3, 5); ps = smp(PROB, k)
    t = f"{c.dept}梳理出{cnum(k)}个方面的问题：" + "；".join(f"{ORD[j]}{ps[j]}" for j in range(k)) + "。下一步将逐项制定整改措施。"
    return dict(text=t, rels=[("count", k, k, False, False)])

def ct_t9(c):
    ns = names_firms(3)
    t = f"{c.lead()}{ns[0]}、{ns[1]}、{ns[2]}三家企业入选省级绿色工厂，绿色制造体系建设走在全市前列{c.tail()}"
    return dict(text=t, rels=[("count", 3, 3, False, False)])

TRAP = [ct_t1, ct_t2, ct_t3, ct_t4, ct_t5, ct_t6, ct_t7, ct_t8, ct_t9]
