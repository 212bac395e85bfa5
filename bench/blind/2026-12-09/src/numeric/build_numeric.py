import json, sys, os, re
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
import fam_blank, fam_ph, fam_sum, fam_part, fam_rate, fam_ratio, fam_share, fam_count

FAM = {
    "blank-amount": (fam_blank.ERR, fam_blank.TRAP),
    "placeholder": (fam_ph.ERR, fam_ph.TRAP),
    "sum-mismatch": (fam_sum.ERR, fam_sum.TRAP),
    "part-exceeds-total": (fam_part.ERR, fam_part.TRAP),
    "growth-mismatch": (fam_rate.ERR_G, fam_rate.TRAP_G),
    "difference-mismatch": (fam_rate.ERR_D, fam_rate.TRAP_D),
    "ratio-mismatch": (fam_ratio.ERR, fam_ratio.TRAP),
    "share-sum": (fam_share.ERR, fam_share.TRAP),
    "count-mismatch": (fam_count.ERR, fam_count.TRAP),
}
NE, NT = 15, 12

FILL = ["下一步，我们将坚持问题导向，持续优化服务举措，推动各项工作提质增效。",
        "这些成绩的取得，得益于上级的坚强领导和全体干部职工的共同努力。",
        "同时也要清醒看到，发展不平衡不充分问题依然存在，要素保障压力较大。",
        "各责任单位按照“一项目一专班”要求压实责任，确保按期推进。",
        "相关工作得到上级部门肯定，经验做法在全市推广。",
        "围绕群众关心关注的热点难点问题，逐项建立台账、销号管理。",
        "工作中注重统筹兼顾，把稳增长与防风险结合起来。",
        "通过现场观摩、比学赶超，形成了比拼竞进的浓厚氛围。",
        "各项任务均按照年初部署有序落实。",
        "在推进过程中，坚持周调度、月通报、季观摩工作机制。",
        "对照群众期盼和上级要求，仍有不少差距和短板需要补齐。",
        "企业获得感和满意度明显提升。",
        "主动靠前服务，帮助企业协调解决用地、用工、融资等难题。",
        "基层干部的责任意识和服务意识进一步增强。",
        "相关做法被市级媒体专题报道。",
        "下步将加强跟踪问效，巩固提升已有成果。",
        "整体工作呈现出稳中有进、进中向好的良好态势。",
        "同时，坚持以考促干，将任务完成情况纳入年度目标考核。",
        "我们将以此为新的起点，锚定目标、持续发力。",
        "这为下一阶段工作积累了宝贵经验。"]

def holds(r):
    k = r[0]
    if k == "sum": return abs(sum(r[1]) - r[2]) <= r[3] + 1e-9, abs(sum(r[1]) - r[2]) > 2 * r[3]
    if k in ("lt", "le"): return r[1] <= r[2], r[1] > r[2]
    if k == "ge": return r[1] >= r[2], r[1] < r[2]
    if k == "growth":
        d = abs((r[1] / r[2] - 1) * 100 - r[3]); return d <= r[4], d > 2 * r[4]
    if k == "cagr":
        d = abs(((r[1] / r[2]) ** (1 / r[3]) - 1) * 100 - r[4]); return d <= r[5] + 0.02, d > 2 * r[5] + 0.1
    if k == "times":
        d = abs(r[1] / r[2] - 1 - r[3]); return d <= r[4], d > 2 * r[4]
    if k == "approx": return abs(r[1] - r[2]) <= r[3], abs(r[1] - r[2]) > r[3]
    if k == "diff":
        d = abs(r[1] - r[2] - r[3]); return d <= r[4] + 1e-9, d > 2 * r[4]
    if k == "ratio":
        d = abs(r[1] / r[2] * 100 - r[3]); return d <= r[4], d > 2 * r[4]
    if k == "shares":
        d = abs(sum(r[1]) - r[2]); return d <= r[3] + 1e-9, d > 2 * r[3]
    if k == "count":
        stated, items, deng = r[1], r[2], r[3]
        ok = stated >= items if deng else stated == items
        return ok, not ok
    raise ValueError(k)

def valid(d, fam, err):
    t = d["text"]
    if not (80 <= len(t) <= 500): return f"len {len(t)}"
    for r in d.get("rels", []):
        ok, bad = holds(r)
        if r[-1] and not bad: return f"defect rel not clearly wrong {r}"
        if not r[-1] and not ok: return f"clean rel fails {r}"
    if err:
        if not d.get("quote") or t.count(d["quote"]) != 1: return f"quote count {t.count(d.get('quote') or '@@')}: {d.get('quote')!r}"
        if fam not in ("blank-amount", "placeholder") and not any(r[-1] for r in d.get("rels", [])): return "no defect rel"
    if fam != "placeholder" and re.search(r"[xX×○＊*]{2}|XX|××", t): return "stray placeholder"
    if fam != "blank-amount" and re.search(r"(增长|下降|提高|的|为|达|占)(%|％)", t): return "stray blank"
    if re.search(r"(全年|一年来|上半年|一季度|前三季度|1—9月|1—6月|今年以来|二季度)，?\1", t): return "doubled period"
    return None

def gen(fn, fam, err, tries=300):
    last = None
    for _ in range(tries):
        c = Ctx()
        d = fn(c)
        sep = "\n" if "\t" in d["text"] or "\n" in d["text"] else ""
        fl = list(FILL); R.shuffle(fl)
        if R.random() < 0.2:
            d["text"] = d["text"] + sep + fl.pop()
        while len(d["text"]) < 80:
            d["text"] = d["text"] + sep + fl.pop()
        d = c.done(d)
        v = valid(d, fam, err)
        if v is None: return d
        last = v
    raise RuntimeError(f"{fn.__name__}: {last}\n{d['text']}")

def main():
    items, seen = [], set()
    for fam, (E, T) in FAM.items():
        assert len(E) >= 8 and len(T) >= 8, fam
        for pool, n, err in ((E, NE, True), (T, NT, False)):
            order = list(pool); R.shuffle(order)
            seq = order[:n] if len(order) >= n else order + R.sample(pool, n - len(order))
            for fn in seq:
                while True:
                    d = gen(fn, fam, err)
                    if d["text"] not in seen: break
                seen.add(d["text"]); items.append((fam, err, fn.__name__, d))

    R.shuffle(items)
    out = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + "/"
    here = os.path.dirname(os.path.abspath(__file__)) + "/"
    with open(out + "numeric_excerpts.jsonl", "w", encoding="utf-8") as fe, open(out + "numeric_labels.jsonl", "w", encoding="utf-8") as fl, \
            open(here + "provenance.jsonl", "w", encoding="utf-8") as fp:
        for i, (fam, err, tpl, d) in enumerate(items, 1):
            id_ = f"numeric-{i:03d}"
            fe.write(json.dumps({"id": id_, "text": d["text"], "trap": None if err else fam}, ensure_ascii=False) + "\n")
            if err:
                fl.write(json.dumps({"doc": id_, "family": fam, "quote": d["quote"], "note": d["note"], "arguable": d.get("arguable", False)},
                                    ensure_ascii=False) + "\n")
            fp.write(json.dumps({"id": id_, "family": fam, "error": err, "template": tpl, "kind": d["kind"],
                                 "rels": d.get("rels", [])}, ensure_ascii=False) + "\n")
    print(len(items), "written to", out)


if __name__ == "__main__":
    main()
