"""The offline backend: deterministic 公文 prose rendered from the section's facts and figures.

It reads only ``request.data`` (never the messages), so it needs no model, no key and no network,
and the same facts always give the same draft. Every number it writes is a fact or a derived
figure's ``text``, so its drafts are grounded by construction.
"""

from __future__ import annotations

import time

from draftcheck.draft.backend import Completion, SectionRequest
from draftcheck.draft.facts import format_date
from draftcheck.grounding.values import COUNT_UNITS

CHINESE_ORDINALS = "一二三四五六七八九十"
REPORT_ORDER = ("在建", "投产", "签约", "前期")  # the order 公文 reports projects in


def ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十 (numbering up to 99)."""
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    return (CHINESE_ORDINALS[tens - 1] if tens > 1 else "") + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def sentence(text: str) -> str:
    """End a fact text with exactly one full stop."""
    text = text.strip().rstrip("。；;，,.")
    return f"{text}。"


class _Section:
    """Accessors over one request's data."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.facts = data["facts"]
        self.figures = data["figures"]
        self.period = data["period"]
        self.area = data["area"]

    def text(self, key: str) -> str | None:
        figure = self.figures.get(key)
        return figure["text"] if figure else None

    def phrase(self, key: str) -> str | None:
        figure = self.figures.get(key)
        return figure["phrase"] if figure else None

    @property
    def period_short(self) -> str:
        """全年 / 上半年 / 1-10月: the period inside a sentence."""
        kind = self.period["kind"]
        return "全年" if kind == "年度" else ("上半年" if kind == "上半年" else f"1-{self.period['months']}月")


class OfflineBackend:
    name = "offline"

    def complete(self, request: SectionRequest) -> Completion:
        started = time.perf_counter()
        section = _Section(request.data)
        render = getattr(self, f"_{request.section}")
        text = "\n\n".join(p for p in render(section) if p)
        return Completion(text=text, latency_s=time.perf_counter() - started, model="offline-templates")

    # ------------------------------------------------------------------ sections

    def _indicators(self, s: _Section) -> list[str]:
        clauses = []
        for i, ind in enumerate(s.facts["indicators"]):
            key = f"indicators[{i}]"
            if ind["unit"] == "%":
                verb = "为"  # a rate is not "completed"
            elif ind["unit"] in COUNT_UNITS:
                verb = "达到"
            else:
                verb = "完成"
            parts = [f"{ind['name']}{'预计' if ind['estimated'] else ''}{verb}{s.text(key + '.value')}"]
            completion = s.text(key + ".completion")
            if completion:
                whole = "年度目标" if s.period["full_year"] else "全年目标"
                parts.append(f"为{whole}{s.text(key + '.target')}的{completion}")
            growth = s.phrase(key + ".growth")
            difference = s.phrase(key + ".difference")
            if ind["unit"] == "%" and difference:
                parts.append(f"比上年同期{difference}")
            elif ind["comparable_prices"] and growth:
                parts.append(f"按可比价格计算同比{growth}")
            elif growth:
                parts.append(f"同比{growth}，比上年同期{difference}" if difference else f"同比{growth}")
            clauses.append("，".join(parts))
        paragraphs = []
        if clauses:
            paragraphs.append(f"{s.period['label']}，{s.area}主要经济指标完成情况如下：" + "；".join(clauses) + "。")
        for i, total in enumerate(s.facts["totals"]):
            key = f"totals[{i}]"
            items = []
            for j, part in enumerate(total["parts"]):
                share = s.text(f"{key}.parts[{j}].share")
                item = f"{part['name']}{s.text(f'{key}.parts[{j}].value')}"
                items.append(f"{item}，占{share}" if share else item)
            verb = "预计完成" if total["estimated"] else "完成"
            paragraphs.append(f"从结构看，{total['name']}{verb}{s.text(key + '.value')}，其中" + "；".join(items) + "。")
        return paragraphs

    def _projects(self, s: _Section) -> list[str]:
        projects = s.facts["projects"]
        statuses = [st for st in REPORT_ORDER if any(p["status"] == st for p in projects)]
        summary = f"{s.period['label']}，{s.area}共推进重点项目{s.text('projects.count')}"
        if s.text("projects.investment_sum"):
            summary += f"，总投资{s.text('projects.investment_sum')}"
        if len(statuses) > 1:
            summary += "。其中，" + "、".join(f"{st}项目{s.text('projects.count.' + st)}" for st in statuses)
        paragraphs = [summary + "。"]
        for n, status in enumerate(statuses, start=1):
            lines = [self._project(s, i, p) for i, p in enumerate(projects) if p["status"] == status]
            heading = f"（{ordinal(n)}）{status}项目。" if len(statuses) > 1 else ""
            paragraphs.append(heading + "".join(lines))
        return paragraphs

    def _project(self, s: _Section, i: int, project: dict) -> str:
        parts = [project["name"]]
        if s.text(f"projects[{i}].investment"):
            parts.append(f"总投资{s.text(f'projects[{i}].investment')}")
        if project["start"]:
            started = "签约" if project["status"] == "签约" else "开工"
            parts.append(f"于{format_date(project['start'])}{started}")
        if s.text(f"projects[{i}].invested"):
            parts.append(f"{s.period_short}完成投资{s.text(f'projects[{i}].invested')}")
        if project["progress"]:
            parts.append(project["progress"].strip().rstrip("。；;，,"))
        if project["finish"]:
            done = "已于" if project["status"] == "投产" else "计划于"
            parts.append(f"{done}{format_date(project['finish'])}建成投产")
        return sentence("，".join(parts))

    def _investment(self, s: _Section) -> list[str]:
        inv = s.facts["investment"]
        lead = f"{s.period['label']}，{s.area}"
        if inv["activities"]:
            lead += "，".join(a.strip().rstrip("。；;，,") for a in inv["activities"]) + "，招商引资取得新成效"
        else:
            lead += "持续加大招商引资力度"
        clauses = [lead]
        signed = []
        if s.text("investment.signed_projects"):
            signed.append(f"{s.period_short}新签约项目{s.text('investment.signed_projects')}")
        if s.text("investment.major_projects"):
            signed.append(f"其中亿元以上项目{s.text('investment.major_projects')}")
        if s.text("investment.signed_amount"):
            signed.append(f"签约总金额{s.text('investment.signed_amount')}")
        if signed:
            clauses.append("，".join(signed))
        if s.text("investment.funds_in_place"):
            funds = f"实现到位资金{s.text('investment.funds_in_place')}"
            if s.text("investment.completion"):
                whole = "年度目标" if s.period["full_year"] else "全年目标"
                funds += f"，完成{whole}（{s.text('investment.target')}）的{s.text('investment.completion')}"
            clauses.append(funds)
        text = "；".join(clauses) + "。"
        if inv["highlights"]:
            text += "、".join(inv["highlights"]) + "等重点项目成功签约。"
        return [text]

    def _other_work(self, s: _Section) -> list[str]:
        items = [(item["title"], sentence(item["content"])) for item in s.facts["work_items"]]
        if s.facts["events"]:
            happenings = "；".join(f"{format_date(e['date'])}，{e['content'].strip().rstrip('。；;，,')}" for e in s.facts["events"])
            items.append(("重要活动", f"{happenings}。"))
        return [f"（{ordinal(n)}）{title}。{text}" for n, (title, text) in enumerate(items, 1)]

    def _problems(self, s: _Section) -> list[str]:
        items = "".join(f"{ordinal(n)}是{sentence(p)}" for n, p in enumerate(s.facts["problems"], 1))
        return [f"在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些困难和问题：{items}"]

    def _plans(self, s: _Section) -> list[str]:
        paragraphs = [f"{s.period['next']}，{s.area}将重点抓好以下几方面工作："]
        for n, plan in enumerate(s.facts["plans"], 1):
            text = f"（{ordinal(n)}）{plan['title']}。{sentence(plan['content'])}"
            target = s.text(f"plans[{n - 1}].target")
            if target:
                text += f"力争{plan['target_name']}达到{target}。"
            paragraphs.append(text)
        return paragraphs

