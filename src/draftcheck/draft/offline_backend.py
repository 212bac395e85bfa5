"""The offline backend: deterministic 公文 prose rendered from the facts and figures of a paragraph.

It reads only ``request.data`` (never the messages), so it needs no model, no key and no network, and
the same facts always give the same draft. ``data["groups"]`` names the fact groups to render (one
paragraph's worth: see ``draft/groups.py``); without it the whole section is rendered. Every number it
writes is a fact or a derived figure (amounts in 万元 of a section otherwise in 亿元 are converted, which
the grounding rules accept), so its drafts are grounded by construction. It is also the fallback writer:
a model paragraph still not clean after its repair rounds is replaced by this paragraph.

How it reads: indicators in paragraphs by theme (scale, investment, revenue, openness, enterprises)
with varied sentence frames, 比上年 in an annual report and 同比 for a shorter period, 其中 only where
parts follow, each fact stated once.
"""

from __future__ import annotations

import re
import time
from decimal import Decimal

from draftcheck.draft.backend import Completion, SectionRequest
from draftcheck.draft.facts import format_date
from draftcheck.grounding.values import COUNT_UNITS

CHINESE_ORDINALS = "一二三四五六七八九十"
REPORT_ORDER = ("在建", "投产", "签约", "前期")  # the order 公文 reports projects in
THEMES = (  # (theme, keywords in an indicator's name, the sentence that opens its paragraph)
    ("scale", ("产值", "增加值", "生产总值", "营业收入", "销售收入", "主营业务"), "经济运行稳中有进，总量规模持续扩大。"),
    ("investment", ("投资",), "投资拉动作用持续发挥。"),
    ("revenue", ("税", "财政", "预算收入", "利润", "收入"), "财税质量稳步提升。"),
    ("openness", ("进出口", "外资", "外贸", "出口", "进口"), "开放型经济稳步发展。"),
    ("enterprises", ("企业", "主体"), "市场主体不断壮大。"),
)
_AMOUNT = re.compile(r"^(?P<value>\d+(?:\.\d+)?)万元$")


def ordinal(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十 (numbering up to 99)."""
    if n <= 10:
        return CHINESE_ORDINALS[n - 1]
    tens, ones = divmod(n, 10)
    return (CHINESE_ORDINALS[tens - 1] if tens > 1 else "") + "十" + (CHINESE_ORDINALS[ones - 1] if ones else "")


def sentence(text: str) -> str:
    """End a fact text with exactly one full stop."""
    text = text.strip().rstrip("。；;，,")
    return f"{text}。"


def clause(text: str) -> str:
    return text.strip().rstrip("。；;，,.")


def theme_of(name: str) -> str:
    return next((theme for theme, words, _ in THEMES if any(w in name for w in words)), "other")


def in_yi(text: str) -> str:
    """128000万元 -> 12.8亿元 (at most two decimals, else as written): one unit beside 亿元 figures."""
    m = _AMOUNT.match(text)
    if not m or Decimal(m["value"]) < 10000:
        return text
    value = (Decimal(m["value"]) / 10000).quantize(Decimal("0.01")).normalize()
    return f"{format(value, 'f')}亿元"


class _Section:
    """Accessors over one request's data."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.facts = data["facts"]
        self.figures = data["figures"]
        self.period = data["period"]
        self.area = data["area"]
        units = {f["unit"] for f in self.figures.values()}
        self.uses_yi = "亿元" in units

    def text(self, key: str) -> str | None:
        figure = self.figures.get(key)
        if not figure:
            return None
        return in_yi(figure["text"]) if self.uses_yi else figure["text"]

    def phrase(self, key: str) -> str | None:
        figure = self.figures.get(key)
        return figure["phrase"] if figure else None

    @property
    def annual(self) -> bool:
        return bool(self.period["full_year"])

    @property
    def compared(self) -> str:
        """比上年 in an annual report, 同比 for a shorter period."""
        return "比上年" if self.annual else "同比"

    @property
    def whole(self) -> str:
        return "年度目标" if self.annual else "全年目标"

    @property
    def period_short(self) -> str:
        """全年 / 上半年 / 1-10月: the period inside a sentence."""
        kind = self.period["kind"]
        return "全年" if kind == "年度" else ("上半年" if kind == "上半年" else f"1-{self.period['months']}月")


def default_groups(section: str, facts: dict) -> list[dict]:
    """Every group of a section, in report order (when a request names none)."""
    if section == "indicators":
        return [{"kind": "indicator", "index": i} for i in range(len(facts["indicators"]))] + [
            {"kind": "total", "index": i} for i in range(len(facts["totals"]))
        ]
    if section == "projects":
        overview = [{"kind": "projects_overview"}] if len(facts["projects"]) > 1 else []
        return overview + [{"kind": "project", "index": i} for i in range(len(facts["projects"]))]
    if section == "investment":
        return [{"kind": "investment"}]
    if section == "other_work":
        items = [{"kind": "work_item", "index": i} for i in range(len(facts["work_items"]))]
        return items + ([{"kind": "events", "index": len(items)}] if facts["events"] else [])
    if section == "problems":
        return [{"kind": "problem", "index": i} for i in range(len(facts["problems"]))]
    if section == "plans":
        return [{"kind": "plan", "index": i} for i in range(len(facts["plans"]))]
    return []


class OfflineBackend:
    name = "offline"

    def complete(self, request: SectionRequest) -> Completion:
        started = time.perf_counter()
        s = _Section(request.data)
        refs = request.data.get("groups") or default_groups(request.section, s.facts)
        text = "\n\n".join(p for p in self.paragraphs(s, refs) if p)
        return Completion(text=text, latency_s=time.perf_counter() - started, model="offline-templates", finish_reason="stop")

    def paragraphs(self, s: _Section, refs: list[dict]) -> list[str]:
        out: list[str] = []
        indicators: list[int] = []

        def flush_indicators() -> None:
            for theme in dict.fromkeys(theme_of(s.facts["indicators"][i]["name"]) for i in indicators):
                members = [i for i in indicators if theme_of(s.facts["indicators"][i]["name"]) == theme]
                out.append(self._indicator_paragraph(s, theme, members))
            indicators.clear()

        problems: list[str] = []  # the problems form one paragraph: 一是……二是……

        for ref in refs:
            if ref["kind"] == "indicator":
                indicators.append(ref["index"])
                continue
            flush_indicators()
            if ref["kind"] == "problem":
                problems.extend(self._problem(s, ref["index"]))
                continue
            out.extend(getattr(self, f"_{ref['kind']}")(s, ref.get("index", 0)))
        flush_indicators()
        if problems:
            out.append("".join(problems))
        return out

    # ------------------------------------------------------------------ indicators

    def _indicator_paragraph(self, s: _Section, theme: str, members: list[int]) -> str:
        # The theme's opening sentence only before the first indicator of that theme in the section.
        first = next(i for i, ind in enumerate(s.facts["indicators"]) if theme_of(ind["name"]) == theme)
        lead = next((opening for name, _, opening in THEMES if name == theme), "") if first in members else ""
        sentences = [self._indicator(s, i, n) for n, i in enumerate(members)]
        return lead + "".join(sentences)

    def _indicator(self, s: _Section, i: int, n: int) -> str:
        ind = s.facts["indicators"][i]
        key = f"indicators[{i}]"
        value = s.text(key + ".value")
        estimated = "预计" if ind.get("estimated") else ""
        if ind["unit"] == "%":
            head = f"{ind['name']}{estimated}为{value}"
        elif ind["unit"] in COUNT_UNITS:
            head = f"{ind['name']}{estimated}达到{value}"
        else:
            frames = (f"{ind['name']}{estimated}完成{value}", f"{estimated}实现{ind['name']}{value}",
                      f"{ind['name']}{estimated}达到{value}")
            head = frames[n % len(frames)]
        parts = [head]
        growth, difference = s.phrase(key + ".growth"), s.phrase(key + ".difference")
        if ind["unit"] == "%" and difference:
            parts.append(f"{s.compared}{difference}")
        elif ind.get("comparable_prices") and growth:
            parts.append(f"按可比价格计算{'比上年' if s.annual else '同比'}{growth}")
        elif growth:
            parts.append(f"{s.compared}{growth}")
        completion = s.text(key + ".completion")
        if completion:
            parts.append(f"完成{s.whole}{s.text(key + '.target')}的{completion}")
        return "，".join(parts) + "。"

    def _total(self, s: _Section, i: int) -> list[str]:
        total = s.facts["totals"][i]
        key = f"totals[{i}]"
        stated = any(ind["name"] == total["name"] for ind in s.facts["indicators"])
        items = []
        for j, part in enumerate(total["parts"]):
            share = s.text(f"{key}.parts[{j}].share")
            item = f"{part['name']}{s.text(f'{key}.parts[{j}].value')}"
            items.append(f"{item}，占{share}" if share else item)
        verb = "预计完成" if total["estimated"] else "完成"
        if stated:  # the total itself was already given with its indicator: only its structure here
            return [f"从结构看，{total['name']}中，" + "；".join(items) + "。"]
        joiner = "，分别为" if total["complete"] else "，其中"
        return [f"{total['name']}{verb}{s.text(key + '.value')}{joiner}" + "；".join(items) + "。"]

    # ------------------------------------------------------------------ projects

    def _projects_overview(self, s: _Section, _: int = 0) -> list[str]:
        projects = s.facts["projects"]
        statuses = [st for st in REPORT_ORDER if any(p["status"] == st for p in projects)]
        summary = f"{s.period['label']}，{s.area}共推进重点项目{s.text('projects.count')}"
        if s.text("projects.investment_sum"):
            summary += f"，总投资{s.text('projects.investment_sum')}"
        if len(statuses) > 1:
            summary += "，其中" + "、".join(f"{st}项目{s.text('projects.count.' + st)}" for st in statuses)
        return [summary + "。"]

    def _project(self, s: _Section, i: int) -> list[str]:
        project = s.facts["projects"][i]
        investment = s.text(f"projects[{i}].investment")
        parts = [f"{project['name']}总投资{investment}" if investment else project["name"]]
        if project["start"]:
            started = "签约" if project["status"] == "签约" else "开工"
            parts.append(f"{format_date(project['start'])}{started}")
        if s.text(f"projects[{i}].invested"):
            parts.append(f"{s.period_short}完成投资{s.text(f'projects[{i}].invested')}")
        progress = clause(project["progress"] or "")
        if progress:
            parts.append(("目前" if i % 2 == 0 else "") + progress)
        if project["finish"] and not any(word in progress for word in ("投产", "建成", "投用")):
            done = "已于" if project["status"] == "投产" else "计划于"
            parts.append(f"{done}{format_date(project['finish'])}建成投产")
        elif project["finish"] and project["status"] == "投产":
            parts[0] += f"，{format_date(project['finish'])}建成"
        return [sentence("，".join(parts))]

    # ------------------------------------------------------------------ investment

    def _investment(self, s: _Section, _: int = 0) -> list[str]:
        inv = s.facts["investment"]
        lead = f"{s.period['label']}，{s.area}"
        if inv["activities"]:
            lead += "，".join(clause(a) for a in inv["activities"]) + "，招商引资取得新成效"
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
                funds += f"，完成{s.whole}（{s.text('investment.target')}）的{s.text('investment.completion')}"
            clauses.append(funds)
        text = "；".join(clauses) + "。"
        if inv["highlights"]:
            text += "、".join(inv["highlights"]) + "等重点项目成功签约。"
        return [text]

    # ------------------------------------------------------------------ other work, problems, plans

    def _work_item(self, s: _Section, i: int) -> list[str]:
        item = s.facts["work_items"][i]
        return [f"（{ordinal(i + 1)}）{item['title']}。{sentence(item['content'])}"]

    def _events(self, s: _Section, i: int) -> list[str]:
        happenings = "；".join(f"{format_date(e['date'])}，{clause(e['content'])}" for e in s.facts["events"])
        return [f"（{ordinal(i + 1)}）重要活动。{happenings}。"]

    def _problem(self, s: _Section, i: int) -> list[str]:
        text = f"{ordinal(i + 1)}是{sentence(s.facts['problems'][i])}"
        if i == 0:
            text = "在肯定成绩的同时，我们也清醒地认识到，工作中还存在一些困难和问题。" + text
        return [text]

    def _plan(self, s: _Section, i: int) -> list[str]:
        plan = s.facts["plans"][i]
        text = f"（{ordinal(i + 1)}）{plan['title']}。{sentence(plan['content'])}"
        target = s.text(f"plans[{i}].target")
        if target:
            text += f"力争{plan['target_name']}达到{target}。"
        return ([f"{s.period['next']}，{s.area}将重点抓好以下几方面工作："] if i == 0 else []) + [text]
