# -*- coding: utf-8 -*-
# context sentences used to bring short paragraphs to realistic length; no figures, dates, quotes,
# brackets or numbering, so they cannot carry a defect of any family
OPEN = ["从全年运行情况看，", "总体来看，", "对照年初确定的目标任务，", "在上级党委政府的坚强领导下，",
        "面对复杂严峻的外部环境，", "据统计部门初步核算，", "从各部门报送的材料看，", "按照年度工作安排，",
        "从监测数据看，", "结合年终考核情况，", "综合各方面情况判断，", "在全体干部职工的共同努力下，",
        "从督查检查情况看，", "对标先进地区，", "经认真梳理汇总，", "从基层反映的情况看，"]
MID = ["各项工作稳步推进", "主要指标保持在合理区间", "发展质量和效益同步提升", "重点任务基本按计划完成",
       "经济社会发展呈现稳中有进态势", "群众获得感不断增强", "工作推进总体有力有序", "部分领域取得突破性进展",
       "各项决策部署得到有效落实", "发展基础进一步夯实", "重点领域改革持续深化", "民生保障水平稳步提高",
       "干部队伍作风持续改进", "区域竞争力进一步增强"]
CLOSE = ["下一步将持续跟踪问效，确保各项举措落地见效。", "相关经验做法已在全域推广。", "有关情况已按程序报送备案。",
         "上述工作得到了上级部门的充分肯定。", "但与群众期盼相比仍有差距，需要在今后工作中加以改进。",
         "后续将进一步完善长效机制。", "各责任单位正对照问题清单逐项整改。", "这为完成后续目标任务打下了坚实基础。",
         "同时也要清醒看到，发展不平衡不充分的问题依然存在。", "具体情况已纳入季度通报。"]
_used = set()
_k = [0]
def lead():
    while True:
        k = _k[0]; _k[0] += 1
        o = OPEN[k % len(OPEN)]; m = MID[(k // len(OPEN) + k) % len(MID)]
        if (o, m) not in _used:
            _used.add((o, m)); return o + m + "。"
def close(k):
    return CLOSE[k % len(CLOSE)]
def pad(text, i, fam, is_trap):
    if len(text) >= 80: return text
    t = lead() + text
    if len(t) < 80:
        if fam == "truncated" and not is_trap:
            t = lead() + t
        else:
            t = t + close(i)
    while len(t) < 80:
        t = lead() + t
    return t
