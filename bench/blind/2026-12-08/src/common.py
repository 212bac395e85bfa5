import random, math

PLACES = ["全县", "全区", "全市", "园区", "开发区", "全镇", "高新区", "经开区", "本乡", "新区"]
TOWNS = ["清河镇", "柳林镇", "石桥乡", "东湖街道", "北关街道", "龙泉镇", "白沙乡", "新城街道", "杨柳镇",
         "河西乡", "马坊镇", "双塔街道", "桃源镇", "黄岗乡", "南湖街道", "青山镇", "凤鸣街道", "永丰乡"]
FIRMS = ["恒泰新材料", "华瑞电子", "金禾农业", "鼎盛机械", "润丰食品", "中科光电", "天一化工", "宏达物流",
         "绿源环保", "博远医药", "锦程纺织", "远航船舶", "瑞华智能", "正阳精密", "新禾生物", "海川能源",
         "振宇汽配", "德润陶瓷", "卓越半导体", "佳和家居"]
ORGS = ["县发展改革局", "区商务局", "市场监管局", "县农业农村局", "区住建局", "管委会经济发展局", "县人社局",
        "区文旅局", "县统计局", "镇党委政府", "区财政局", "县交通运输局"]
CN = "零一二三四五六七八九十"
CNUM = {1: "一", 2: "两", 3: "三", 4: "四", 5: "五", 6: "六", 7: "七", 8: "八", 9: "九", 10: "十",
        11: "十一", 12: "十二"}
ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

def f(x, d=1):
    return f"{x:.{d}f}"

def fw(s):
    out = []
    for ch in s:
        if "0" <= ch <= "9":
            out.append(chr(ord(ch) - 48 + 0xFF10))
        elif ch == "%":
            out.append("％")
        else:
            out.append(ch)
    return "".join(out)

def rnd(r, lo, hi, d=1):
    return round(r.uniform(lo, hi), d)

def pick(r, xs):
    return r.choice(xs)

def sample(r, xs, k):
    return r.sample(xs, k)

def split_total(r, total, k, d=1, minfrac=0.08):
    """split total (already rounded to d) into k parts rounded to d summing exactly to total."""
    while True:
        ws = [r.uniform(minfrac, 1) for _ in range(k)]
        s = sum(ws)
        parts = [round(total * w / s, d) for w in ws[:-1]]
        last = round(total - sum(parts), d)
        if last > 0 and all(p > 0 for p in parts):
            return parts + [last]

def transpose(r, s):
    """transpose two adjacent distinct digits in the numeric string s; None if impossible"""
    idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if not idx:
        return None
    i = r.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]

def pct(a, b, d=1):
    return round(a / b * 100, d)

PADS = ["下一步，我们将持续跟踪调度，确保各项工作落地见效。", "相关工作得到上级部门的充分肯定。",
        "各项工作均按照年初部署有序推进。", "这为完成全年目标任务奠定了坚实基础。",
        "相关经验做法被省市主流媒体宣传推广。", "总体来看，发展态势稳中向好、进中提质。", "工作成效在全市年度综合考核中得到体现。",
        "但与兄弟县区相比，仍存在一定差距，需要在新的一年持续用力。", "各责任单位要对照目标查漏补缺，确保全年任务圆满完成。",
        "有关数据为快报数，以统计部门最终核定为准。", "这一成绩的取得，离不开各部门的协同配合和广大干部群众的共同努力。",
        "目前各项工作正按照时间节点有序推进，总体进展顺利。", "今后将继续加大工作力度，巩固和扩大已有成果。",
        "该项工作已列入年度重点督查事项，实行月调度、季通报。", "下阶段将围绕薄弱环节开展专项督导，推动工作提质增效。",
        "这一做法在全市推广，取得了较好的社会效果。", "各乡镇（街道）和有关部门要进一步压实责任，形成工作合力。"]

def pad(r, t):
    used = set()
    while len(t) < 80:
        need = 80 - len(t)
        fit = [p for p in PADS if len(p) >= need and p not in used]
        p = r.choice(fit) if fit else r.choice(PADS)
        if p in used: continue
        used.add(p)
        t = t + ("\n" if "\n" in t else "") + p
    return t
