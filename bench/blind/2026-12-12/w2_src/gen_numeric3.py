# -*- coding: utf-8 -*-
import random
from common import *

def split100(R, k, d=1, lo=3):
    while True:
        cuts=sorted(R.uniform(0,100) for _ in range(k-1)); parts=[b-a for a,b in zip([0]+cuts, cuts+[100])]
        parts=[round(p,d) for p in parts]
        parts[-1]=round(100-sum(parts[:-1]),d)
        if min(parts)>=lo: return parts
def corrupt(R, parts, d=1):
    """change one share by a realistic slip so the sum is clearly off 100"""
    for _ in range(50):
        i=R.randrange(len(parts)); s=f"{parts[i]:.{d}f}"
        k=R.choice(['transp','shift'])
        if k=='transp':
            ds=[j for j in range(len(s)-1) if s[j].isdigit() and s[j+1].isdigit() and s[j]!=s[j+1]]
            if not ds: continue
            j=R.choice(ds); x=float(s[:j]+s[j+1]+s[j]+s[j+2:])
        else:
            x=round(parts[i]+R.choice([-1,1])*R.randint(12,40)/10,d)
        if x>0 and abs(x-parts[i])>=1.2:
            p=parts[:]; p[i]=x; return p,i
    p=parts[:]; p[0]=round(p[0]+2.0,d); return p,0
def fmtp(x,d=1): return f"{x:.{d}f}"
def share_common(R,m,k,d=1,lo=3):
    p=split100(R,k,d,lo); i=None
    if m=='err': p,i=corrupt(R,p,d)
    return p,i
def snote(p,d=1): return "+".join(fmtp(x,d) for x in p)+f"={sum(p):.{d}f}% ≠ 100%"

def ss1(R,m):
    c=cty(R); Y=yr(R); a=R.randint(60,250)/10; b=R.randint(250,450)/10; p=[a,b,round(100-a-b,1)]; i=None
    if m=='err': p,i=corrupt(R,p,1)
    t=(f"经济结构持续优化，{Y}年{c}三次产业结构调整为{fmtp(p[0])}:{fmtp(p[1])}:{fmtp(p[2])}，"
       f"第三产业对经济增长的贡献率稳步上升。")
    q=f"{fmtp(p[0])}:{fmtp(p[1])}:{fmtp(p[2])}"
    return t,q,"三次产业结构"+"+".join(fmtp(x) for x in p)+f"={sum(p):.1f} ≠ 100"
def ss2(R,m):
    c=cty(R); p,i=share_common(R,m,3,1,10)
    t=(f"从资金来源看，衔接资金中中央资金、省级资金和县级配套分别占{fmtp(p[0])}%、{fmtp(p[1])}%和{fmtp(p[2])}%，"
       f"县级财政克服收支矛盾，足额落实配套责任。")
    q=f"{fmtp(p[i])}%" if m=='err' else None
    return t,q,snote(p)
def ss3(R,m):
    tw=town(R); p,i=share_common(R,m,4,1,2)
    labs=["非常满意","满意","基本满意","不满意"]
    t=(f"{tw}委托第三方开展民生实事满意度测评，共回收有效问卷{R.randint(800,2400)}份，其中"
       +"，".join(f"{a}占{fmtp(b)}%" for a,b in zip(labs,p))+"，总体满意度较上年有所提升。")
    q=f"{labs[i]}占{fmtp(p[i])}%" if m=='err' else None
    return t,q,snote(p)
def ss4(R,m):
    c=cty(R); p,i=share_common(R,m,3,1,8)
    labs=["本科及以上学历","大专学历","中专及以下学历"]
    t=(f"教师队伍结构不断优化。全县在编中小学教师{R.randint(3000,7800)}人，按学历划分，"
       +f"本科及以上学历的占{fmtp(p[0])}%，大专学历的占{fmtp(p[1])}%，中专及以下学历的占{fmtp(p[2])}%。")
    q=f"占{fmtp(p[i])}%" if m=='err' else None
    return t,q,snote(p)
def ss5(R,m):
    c=cty(R); p,i=share_common(R,m,3,1,5)
    t=(f"生活垃圾处理：全县日均清运生活垃圾{R.randint(180,520)}吨，其中焚烧发电处理{fmtp(p[0])}%、卫生填埋{fmtp(p[1])}%、"
       f"资源化利用{fmtp(p[2])}%，农村生活垃圾收运处置体系覆盖所有行政村。")
    labs=["焚烧发电处理","卫生填埋","资源化利用"]
    q=f"{labs[i]}{fmtp(p[i])}%" if m=='err' else None
    return t,q,snote(p)
def ss6(R,m):
    c=cty(R); p,i=share_common(R,m,3,2,8)
    labs=["0—14岁","15—59岁","60岁及以上"]
    t=(f"人口年龄结构呈现老龄化加深趋势。全县常住人口中，"
       +"；".join(f"{a}人口占{fmtp(b,2)}%" for a,b in zip(labs,p))+"。养老服务需求快速增长。")
    q=f"{labs[i]}人口占{fmtp(p[i],2)}%" if m=='err' else None
    return t,q,snote(p,2)
def ss7(R,m):
    c=cty(R); p,i=share_common(R,m,4,1,4)
    labs=["耕地","林地","建设用地","其他用地"]
    rows="\n".join(f"{a}    {fmtp(b)}" for a,b in zip(labs,p))
    t=(f"国土空间利用现状（单位：%）\n地类    占国土总面积比重\n{rows}\n"
       f"数据来源：{c}第三次全国国土调查成果年度变更。")
    q=f"{labs[i]}    {fmtp(p[i])}" if m=='err' else None
    return t,q,snote(p)
def ss8(R,m):
    c=cty(R); p,i=share_common(R,m,3,1,6)
    t=(f"县域内水质监测断面中，Ⅰ—Ⅲ类水质断面比例为{fmtp(p[0])}%，Ⅳ类为{fmtp(p[1])}%，Ⅴ类为{fmtp(p[2])}%，"
       f"劣Ⅴ类水体全面消除，河长制湖长制工作考核优秀。")
    q=f"{fmtp(p[i])}%" if m=='err' else None
    return t,q,snote(p)
def ss9(R,m):
    c=cty(R); p,i=share_common(R,m,3,0,10)
    p=[int(round(x)) for x in p]
    t=(f"从用工去向看，脱贫劳动力中县外务工占{p[0]}%，县内企业务工占{p[1]}%，公益性岗位及就业帮扶车间安置占{p[2]}%，"
       f"务工规模稳定在上年水平以上。")
    labs=["县外务工","县内企业务工","就业帮扶车间安置"]
    q=(f"{labs[i]}占{p[i]}%" if m=='err' else None)
    return t,q,"+".join(map(str,p))+f"={sum(p)}% ≠ 100%"
SHARE=[ss1,ss2,ss3,ss4,ss5,ss6,ss7,ss8,ss9]

# ---------------- count-mismatch ----------------
CN="零一二三四五六七八九十"
def cn(n): return CN[n] if n<=10 else ("十"+CN[n-10])
def cm1(R,m):
    vs=R.sample(VILLAGES,4); n=4 if m=='trap' else 3
    t=(f"以点带面推进和美乡村建设，{'、'.join(vs)}等{n}个村入选省级精品示范村，示范村庄基础设施和公共服务水平显著提升。")
    return t, f"等{n}个村", f"列举{len(vs)}个村名，却写“等{n}个村”，数量少于列举数"
def cm2(R,m):
    items=["新建城区第三幼儿园","实施农村供水保障工程","改造农贸市场两处","新增城市公交线路两条","建设老年助餐点十个","开展适龄妇女“两癌”免费筛查"]
    k=R.choice([4,5]); it=items[:k]; R.shuffle(it)
    n=k if m=='trap' else k+1
    ords=["一是","二是","三是","四是","五是"]
    t=(f"{yr(R)}年县政府确定的{cn(n)}项民生实事全部办结：" + "；".join(f"{o}{x}" for o,x in zip(ords,it)) + "。")
    return t, f"{cn(n)}项民生实事", f"称{n}项，实际只列出{k}项"
def cm3(R,m):
    vs=R.sample(VILLAGES,5); n=5 if m=='trap' else 6
    t=(f"创建省级美丽乡村示范村{n}个（{'、'.join(vs)}），每村安排奖补资金{R.randint(50,200)}万元，用于村庄道路硬化、亮化和绿化提升。")
    return t, f"示范村{n}个", f"称{n}个，括号内列出{len(vs)}个村名（无“等”）"
def cm4(R,m):
    tw=town(R); n=3 if m=='trap' else 3; k=3 if m=='trap' else 4
    asp=["着力强化党建引领","着力壮大特色产业","着力改善人居环境","着力提升治理效能"][:k]
    t=(f"{tw}主要从{cn(n)}个方面推进乡村振兴：" + "；".join(asp) + "。通过上述举措，全镇乡村振兴考核位列全县前三。")
    return t, f"从{cn(n)}个方面", f"称{n}个方面，实际列出{k}个"
def cm5(R,m):
    ss=R.sample(["城南幼儿园","杨集中心幼儿园","桃花村幼儿园","河东幼儿园","龙泉幼儿园"],3); n=3 if m=='trap' else 4
    t=(f"学前教育普惠发展，新建公办幼儿园{n}所，分别是{'、'.join(ss)}，新增普惠性学位{R.randint(600,1500)}个。")
    return t, f"幼儿园{n}所", f"称{n}所，“分别是”后仅列出{len(ss)}所"
def cm6(R,m):
    tws=R.sample(TOWNS,6); n=6 if m=='trap' else 5
    t=(f"农村供水“规模化+小型工程标准化”改造覆盖{n}个乡镇（{'、'.join(tws)}），受益人口{R.randint(5,16)}万人，农村自来水普及率进一步提高。")
    return t, f"覆盖{n}个乡镇", f"称{n}个乡镇，括号内列出{len(tws)}个，数量少于列举数"
def cm7(R,m):
    n=4 if m=='trap' else 3
    t=(f"应急管理局组建了综合应急救援大队、森林防灭火专业队、防汛抢险突击队、危化品应急处置队{cn(n)}支专业救援队伍，"
       f"配备各类救援装备{R.randint(300,900)}台（套）。")
    return t, f"{cn(n)}支专业救援队伍", f"列举4支队伍，称“{cn(n)}支”"
def cm8(R,m):
    tw=town(R); n=R.randint(5,9) if m=='trap' else 1
    nm=R.choice(["福美","绿禾","润农","华兴"])
    if m=='trap':
        t=(f"{tw}培育壮大农业产业化龙头企业，{nm}食品等{n}家企业被认定为市级农业产业化重点龙头企业，带动农户{R.randint(800,3000)}户。")
        return t,None,None
    t=(f"{tw}培育壮大农业产业化龙头企业，{nm}食品、丰源米业、金谷粮油等2家企业被认定为市级农业产业化重点龙头企业，带动农户{R.randint(800,3000)}户。")
    return t, "等2家企业", "列举3家企业，却写“等2家”，数量少于列举数"
def cm9(R,m):
    roads=["滨河路","迎宾大道","建设路","育才街","振兴路","工业大道"]
    k=R.choice([4,5]); rs=roads[:k]; n=k if m=='trap' else k+1
    t=(f"城市路网进一步完善，{cn(n)}条道路建成通车：" + "、".join(rs) + f"，新增城市道路里程{R.randint(60,180)/10}公里。")
    return t, f"{cn(n)}条道路", f"称{n}条，实际列出{k}条"
COUNT=[cm1,cm2,cm3,cm4,cm5,cm6,cm7,cm8,cm9]
