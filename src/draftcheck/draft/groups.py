"""Groups of related facts, the unit a paragraph is drafted from.

A section's facts are cut into groups (an indicator with its derived figures, a total with its parts,
a project, the projects' overview, the investment figures, a work item, the events, a problem, a
plan). Each group carries:

- ``lines``: the facts as plain ``名称：数值`` lines, dates as 2024年8月 and derived figures as their
  finished phrase (增长13.0%, 完成年度目标的97.5%), never a formula or JSON, which is all a small model
  needs and cannot copy wrongly into the report;
- ``required``: the facts the paragraph must state (DC602);
- ``ref``: where the offline template finds the same facts (its fallback paragraph).

``split()`` halves a group's lines for a request that would not fit the model's context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from draftcheck.draft.derive import FigureSet
from draftcheck.draft.facts import Facts, format_date
from draftcheck.draft.offline_backend import ordinal
from draftcheck.grounding.required import RequiredFact
from draftcheck.grounding.subject_binding import SubjectFacts
from draftcheck.grounding.values import FactText, ground_values

_ISO_DATE_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})-(0?[1-9]|1[0-2])(?:-(0?[1-9]|[12]\d|3[01]))?(?!\d)")


def dates_in_words(text: str) -> str:
    """2024-08 -> 2024年8月, 2024-08-15 -> 2024年8月15日 inside any fact text."""
    return _ISO_DATE_IN_TEXT.sub(lambda m: format_date(m.group(0)), text)


@dataclass
class FactGroup:
    section: str
    kind: str  # indicator | total | projects_overview | project | investment | work_item | events | problem | plan
    ref: dict  # {"kind": ..., "index": i}: what the offline template renders for this group
    label: str  # the group's subject, for messages and the manifest
    lines: list[str]
    required: list[RequiredFact] = field(default_factory=list)
    part: tuple[int, int] = (1, 1)  # after a split: (k, n)

    def split(self) -> list["FactGroup"]:
        """Two groups of half the lines each (the first line, the subject, repeated in both); a group of one
        sentence is halved by its clauses (the first clause, the subject, repeated in both)."""
        if len(self.lines) == 1:
            clauses = [c for c in re.split(r"(?<=[，；])", self.lines[0].rstrip("。")) if c]
            if len(clauses) < 3:
                return [self]
            head, rest = clauses[0].rstrip("，；"), clauses[1:]
            middle = len(rest) // 2
            halves = [[f"{head}，{''.join(part).rstrip('，；')}。"] for part in (rest[:middle], rest[middle:])]
        elif len(self.lines) < 3:
            return [self]
        else:
            head, rest = self.lines[0], self.lines[1:]
            middle = len(rest) // 2
            halves = [[head, *rest[:middle]], [head, *rest[middle:]]]
        return [
            replace(self, lines=lines, required=[r for r in self.required if _stated_in(r, lines)], part=(k, 2))
            for k, lines in enumerate(halves, 1)
        ]


def _stated_in(fact: RequiredFact, lines: list[str]) -> bool:
    joined = "\n".join(lines)
    return fact.shown in joined or (fact.value is not None and any(
        ground_values(fact.label, fact.value)[0].written in line for line in lines if ground_values(fact.label, fact.value)
    ))


def _fig(figures: FigureSet, key: str):
    return figures.get(key)


def _required_value(figures: FigureSet, key: str, anchor: str | None = None) -> list[RequiredFact]:
    figure = figures.get(key)
    return [RequiredFact(label=figure.label, value=figure.text, anchor=anchor)] if figure else []


def _numbers_in(label: str, text: str) -> list[RequiredFact]:
    return [RequiredFact(label=label, value=v.written) for v in ground_values(label, text)]


def _clause(text: str) -> str:
    return dates_in_words(text.strip().rstrip("。；;，,"))


def section_groups(section: str, facts: Facts, figures: FigureSet) -> list[FactGroup]:
    builder = globals().get(f"_{section}_groups")
    return builder(facts, figures) if builder else []


def _compared(facts: Facts) -> str:
    """比上年 in an annual report, 同比 for a shorter period."""
    return "比上年" if facts.period.is_full_year else "同比"


def _sentence(*clauses: str | None, joiner: str = "，") -> str:
    """Clauses joined into one sentence with one full stop (empty clauses dropped)."""
    return joiner.join(c.strip().rstrip("。；;，,") for c in clauses if c) + "。"


def _indicators_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    groups = []
    whole = "年度目标" if facts.period.is_full_year else "全年目标"
    compared = _compared(facts)
    for i, ind in enumerate(facts.indicators):
        key = f"indicators[{i}]"
        value = figures[f"{key}.value"]
        growth, difference = _fig(figures, f"{key}.growth"), _fig(figures, f"{key}.difference")
        completion = _fig(figures, f"{key}.completion")
        clauses = [f"{ind.name}{'预计' if ind.estimated else ''}{value.text}"]
        if growth is not None:
            clauses.append(f"{'按可比价格计算' if ind.comparable_prices else ''}{compared}{growth.phrase}")
        if difference is not None and (ind.unit == "%" or growth is None):
            clauses.append(f"{compared}{difference.phrase}")
        if completion is not None:
            clauses.append(f"完成{whole}{figures[f'{key}.target'].text}的{completion.text}")
        required = []
        for name in ("value", "growth", "completion"):
            required += _required_value(figures, f"{key}.{name}", ind.name)
        groups.append(FactGroup("indicators", "indicator", {"kind": "indicator", "index": i}, ind.name,
                                [_sentence(*clauses)], required))
    for i, total in enumerate(facts.totals):
        key = f"totals[{i}]"
        head = f"{total.name}{'预计' if total.estimated else ''}{figures[f'{key}.value'].text}"
        # A total that is also an indicator was stated with it: here only its structure is required.
        stated = any(ind.name == total.name for ind in facts.indicators)
        required = [] if stated else _required_value(figures, f"{key}.value", total.name)
        parts = []
        for j, part in enumerate(total.parts):
            share = _fig(figures, f"{key}.parts[{j}].share")
            parts.append(f"{part.name}{figures[f'{key}.parts[{j}].value'].text}" + (f"，占{share.text}" if share else ""))
            required += _required_value(figures, f"{key}.parts[{j}].value", part.name)
        line = _sentence(head, ("其中" + "；".join(parts)) if parts else None)
        groups.append(FactGroup("indicators", "total", {"kind": "total", "index": i}, total.name, [line], required))
    return groups


def _projects_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    groups = []
    if len(facts.projects) > 1:
        # 共推进: written as 重点项目5个 the count was dropped for the prompt's own "重点项目的总体情况是".
        clauses = [f"共推进重点项目{figures['projects.count'].text}"]
        if _fig(figures, "projects.investment_sum"):
            clauses.append(f"总投资合计{figures['projects.investment_sum'].text}")
        statuses = [f"{status}项目{count.text}" for status in ("在建", "投产", "签约", "前期")
                    if (count := _fig(figures, f"projects.count.{status}"))]
        if statuses:
            clauses.append("其中" + "、".join(statuses))
        required = _required_value(figures, "projects.count")
        groups.append(FactGroup("projects", "projects_overview", {"kind": "projects_overview"}, "重点项目",
                                [_sentence(*clauses)], required))
    period = facts.period
    short = "全年" if period.is_full_year else ("上半年" if period.kind == "上半年" else f"1-{period.months}月")
    for i, project in enumerate(facts.projects):
        clauses = [f"{project.name}（{project.status}项目）"]
        if project.investment is not None:
            clauses.append(f"总投资{figures[f'projects[{i}].investment'].text}")
        if project.start:
            clauses.append(f"{format_date(project.start)}{'签约' if project.status == '签约' else '开工'}")
        if _fig(figures, f"projects[{i}].invested"):
            clauses.append(f"{short}完成投资{figures[f'projects[{i}].invested'].text}")
        if project.progress:
            clauses.append(_clause(project.progress))
        if project.finish:
            clauses.append(f"{'已于' if project.status == '投产' else '计划'}{format_date(project.finish)}建成投产")
        required = [RequiredFact(label="重点项目", text=project.name)]
        required += _required_value(figures, f"projects[{i}].investment", project.name)
        groups.append(FactGroup("projects", "project", {"kind": "project", "index": i}, project.name,
                                [_sentence(*clauses)], required))
    return groups


def _investment_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    inv = facts.investment
    if inv is None:
        return []
    whole = "年度目标" if facts.period.is_full_year else "全年目标"
    clauses = []
    for key, label in (("signed_projects", "新签约项目"), ("major_projects", "其中亿元以上项目"),
                       ("signed_amount", "签约总金额"), ("funds_in_place", "到位资金")):
        figure = _fig(figures, f"investment.{key}")
        if figure:
            clauses.append(f"{label}{figure.text}")
    if _fig(figures, "investment.completion"):
        clauses.append(f"完成{whole}{figures['investment.target'].text}的{figures['investment.completion'].text}")
    sentences = [_sentence(*clauses)] if clauses else []
    if inv.highlights:
        sentences.append(f"重点签约项目有{'、'.join(inv.highlights)}。")
    sentences += [_sentence(_clause(activity)) for activity in inv.activities]
    # One line: given one line per sentence, the model numbered them as a list (DC604).
    lines = ["".join(sentences)] if sentences else []
    required = []
    for name in ("signed_projects", "signed_amount", "major_projects", "funds_in_place", "completion"):
        required += _required_value(figures, f"investment.{name}")
    required += [RequiredFact(label="重点签约项目", text=name) for name in inv.highlights]
    return [FactGroup("investment", "investment", {"kind": "investment"}, "招商引资", lines or ["招商引资工作持续推进。"], required)]


def _other_work_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    groups = []
    for n, item in enumerate(facts.work_items):
        lines = [f"{_clause(item.title)}。{_sentence(_clause(item.content))}"]
        required = [RequiredFact(label="工作事项", text=item.title), RequiredFact(label="工作事项内容", gist=item.content)]
        required += _numbers_in(item.title, item.content)
        groups.append(FactGroup("other_work", "work_item", {"kind": "work_item", "index": n}, item.title, lines, required))
    if facts.events:
        lines = ["".join(_sentence(format_date(e.date), _clause(e.content)) for e in facts.events)]
        required = [r for e in facts.events for r in _numbers_in("重要活动", e.content)]
        groups.append(FactGroup("other_work", "events", {"kind": "events", "index": len(facts.work_items)}, "重要活动", lines, required))
    return groups


def _problems_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    return [
        # Numbered as the paragraph writes them (一是……二是……): a small model copies its lines.
        FactGroup("problems", "problem", {"kind": "problem", "index": n}, f"问题{n + 1}", [_sentence(f"{ordinal(n + 1)}是{_clause(p)}")],
                  [RequiredFact(label="存在问题", gist=p), *_numbers_in("存在问题", p)])
        for n, p in enumerate(facts.problems)
    ]


def _plans_groups(facts: Facts, figures: FigureSet) -> list[FactGroup]:
    groups = []
    for n, plan in enumerate(facts.plans):
        target = _fig(figures, f"plans[{n}].target")
        aim = f"力争{plan.target_name}达到{target.text}" if target else None
        lines = [f"{_clause(plan.title)}。{_sentence(_clause(plan.content), aim)}"]
        required = [RequiredFact(label="工作打算", text=plan.title), RequiredFact(label="工作打算内容", gist=plan.content)]
        required += _required_value(figures, f"plans[{n}].target", plan.target_name)
        required += _numbers_in(plan.title, plan.content)
        groups.append(FactGroup("plans", "plan", {"kind": "plan", "index": n}, plan.title, lines, required))
    return groups


def subjects_of(facts: Facts, figures: FigureSet) -> list[SubjectFacts]:
    """Every subject the facts name and the figures that belong to it (for DC603)."""
    owned: dict[str, list[FactText]] = {}

    def add(name: str | None, prefix: str) -> None:
        if not name:
            return
        for key, figure in figures.items():
            if key.startswith(prefix) and key[len(prefix):].count("[") == 0:
                owned.setdefault(name, []).append(FactText(label=figure.label, text=figure.phrase))

    for i, ind in enumerate(facts.indicators):
        add(ind.name, f"indicators[{i}].")
    for i, total in enumerate(facts.totals):
        add(total.name, f"totals[{i}].")
        for j, part in enumerate(total.parts):
            add(part.name, f"totals[{i}].parts[{j}].")
    for i, project in enumerate(facts.projects):
        add(project.name, f"projects[{i}].")
    for i, plan in enumerate(facts.plans):
        add(plan.target_name, f"plans[{i}].")
    return [SubjectFacts(name=name, values=values) for name, values in owned.items()]
