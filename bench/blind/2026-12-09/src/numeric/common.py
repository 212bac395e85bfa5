import random
R = random.Random(91209)

def ch(xs): return R.choice(xs)
def smp(xs, k): return R.sample(xs, k)
def ri(a, b): return R.randint(a, b)
def ru(a, b, d=1): return round(R.uniform(a, b), d)
def f(v, d): return f"{v:.{d}f}"

ZONES = ["青岚经济技术开发区", "白河高新技术产业开发区", "东屏工业园区", "柳江临港产业园", "云台现代农业产业园",
         "沙河综合保税区", "宁远文旅融合示范区", "南湖科创园", "北沟循环经济产业园", "金台物流园区", "西峡食品工业园"]
COUNTIES = ["青岚县", "白河县", "东屏县", "柳江区", "宁远县", "云台县", "石泉县", "安平县", "临澄区", "丰乐县", "望川市"]
TOWNS = ["石桥镇", "桃源乡", "河口镇", "新集镇", "马坊镇", "龙湾街道", "黄土岭乡", "北关街道", "清水镇", "杨柳镇"]
DEPTS = ["县商务局", "区发展和改革局", "县市场监督管理局", "县农业农村局", "园区招商服务局", "县人力资源和社会保障局",
         "县住房和城乡建设局", "县文化和旅游局", "县科技局", "区财政局", "县水利局"]
FIRMS = ["恒信新材料", "华瑞精工", "盛达食品", "鑫源光电", "中科智造", "远航物流", "绿野生态农业", "天成化工", "博远电子",
         "金穗米业", "瑞丰纺织", "康泰医疗器械", "宏达机械", "润泽水务", "星河数据", "万通汽配", "嘉禾药业", "永固建材",
         "蓝海储能", "德润环保", "丰源牧业", "正泰包装", "弘毅电气", "锦程家居"]
PROJS = ["智能装备产业园", "冷链物流中心", "污水处理厂提标改造", "标准化厂房三期", "农产品精深加工园", "城区供热管网改造",
         "乡村振兴示范片", "文旅综合体", "职教中心实训楼", "数据中心", "人民医院综合楼", "老旧小区改造", "城乡供水一体化",
         "光伏发电", "高标准农田建设", "中小学扩容", "物流分拨中心", "再生资源回收利用"]
ROADS = ["纬三路", "经五路", "滨河大道", "工业大道", "学府路", "创业路", "兴业街", "望江路", "科技大道", "园区环路", "迎宾路", "长青路"]
VILLAGES = ["前进村", "杨庄村", "东湖村", "白马村", "老街社区", "柳林村", "沙岗村", "红星村", "南坪村", "枣园村"]
CN = "零一二三四五六七八九"

def cnum(n):
    if n < 10: return CN[n]
    if n < 20: return "十" + (CN[n-10] if n > 10 else "")
    if n < 100: return CN[n//10] + "十" + (CN[n % 10] if n % 10 else "")
    raise ValueError

FW = str.maketrans("0123456789.%", "０１２３４５６７８９．％")

class Ctx:
    """paragraph context: document kind, period, notation quirks"""
    def __init__(self):
        self.y = ch([2023, 2024, 2025])
        self.kind = ch(["zone", "county", "town", "dept", "stat", "brief", "invest"])
        self.sp = " " if R.random() < 0.15 else ""
        self.fw = R.random() < 0.07
        self.zone, self.county, self.town, self.dept = ch(ZONES), ch(COUNTIES), ch(TOWNS), ch(DEPTS)
        self._reper()

    def _reper(self):
        if self.kind in ("town",):
            self.per = ch(["上半年", "1—6月", "今年以来"])
        elif self.kind == "brief":
            self.per = ch(["一季度", "前三季度", "1—9月", "二季度"])
        else:
            self.per = ch(["全年", "全年", "一年来", f"{self.y}年"])
        self.full = self.per in ("全年", "一年来", f"{self.y}年")
        self.yoy = "比上年" if self.full else "同比"
        self.base_word = "上年" if self.full else "去年同期"
    def _org(self):
        self.org = {"zone": self.zone, "county": self.county, "town": self.town, "dept": self.dept,
                    "stat": self.county, "brief": self.zone, "invest": self.zone}[self.kind]

    def u(self, v, d, unit):
        s = f(v, d) if isinstance(v, float) else str(v)
        if unit.startswith("%") or unit.startswith("‰"):
            return s + unit
        return s + self.sp + unit

    def lead(self, town_ok=False, zone=False):
        if zone and self.kind not in ("zone", "brief", "invest"):
            self.kind = ch(["zone", "brief", "invest"]); self._reper()
        elif self.kind == "town" and not town_ok:
            self.kind = ch(["county", "stat", "zone"]); self._reper()
        y, k = self.y, self.kind
        opts = {
            "zone": [f"{y}年，{self.zone}管委会紧盯年度目标任务，", f"一年来，{self.zone}坚持项目为王、招商为要，",
                     f"（二）经济运行稳中有进。{self.per}，园区", f"{y}年，开发区"],
            "county": [f"过去的一年，{self.county}", f"{y}年，全县", f"一年来，我们", "（一）综合实力持续增强。"],
            "town": [f"{self.per}，{self.town}党委、政府团结带领全镇干部群众，", f"{y}年{self.per}，我镇", f"{self.per}，全乡"],
            "dept": [f"{y}年，在县委、县政府的坚强领导下，全县", f"{y}年，我们"],
            "stat": [f"初步核算，{self.per}", f"{y}年，全县", "据统计，"],
            "brief": [f"【园区简报】{y}年{self.per}，", f"{y}年{self.per}，园区", f"{self.per}，{self.zone}"],
            "invest": [f"{y}年，{self.zone}", f"{y}年{self.pt}，{self.zone}", f"{y}年，园区"],
        }[k]
        l = ch(opts)
        self._used = (self.per in l) or ("年" in l)
        return l

    @property
    def pp(self):
        return "" if getattr(self, "_used", False) else self.per

    @property
    def area(self):
        return {"town": "全镇", "zone": "园区", "brief": "园区", "invest": "园区"}.get(self.kind, "全县")

    @property
    def pt(self):
        return self.per if self.per in ("上半年", "一季度", "前三季度", "1—9月", "二季度", "1—6月") else ""

    def tail(self):
        return ch(["。", "。", "，为完成全年目标打下了坚实基础。", "，主要指标保持稳中有进。", "。", "，总体运行平稳。"])

    def done(self, d):
        if self.fw:
            d["text"] = d["text"].translate(FW)
            if d.get("quote"): d["quote"] = d["quote"].translate(FW)
        d["kind"] = self.kind
        return d

def tol_dec(d):
    return 0.5 * 10 ** (-d)
