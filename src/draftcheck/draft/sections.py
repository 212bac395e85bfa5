"""The sections of a 工作总结 and, for each, the facts, figures and required facts it is drafted from.

``plan_sections(facts, figures)`` returns one :class:`SectionPlan` per section the facts have
material for, in report order. A plan carries the JSON-serialisable ``data`` handed to the prompt
template and the offline backend, and the grounding options for DC601/DC602.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from draftcheck.draft.derive import FigureSet
from draftcheck.draft.facts import Facts
from draftcheck.draft.groups import FactGroup, section_groups, subjects_of
from draftcheck.grounding.required import RequiredFact
from draftcheck.grounding.subject_binding import SubjectFacts
from draftcheck.grounding.values import FactText


@dataclass(frozen=True)
class SectionSpec:
    id: str
    title: str
    fact_fields: tuple[str, ...]  # top-level facts fields the section is drafted from
    figure_prefixes: tuple[str, ...]  # figure keys handed to the section

    @property
    def template(self) -> str:
        return f"{self.id}.j2"


SECTIONS: tuple[SectionSpec, ...] = (
    SectionSpec("indicators", "主要指标完成情况", ("indicators", "totals"), ("indicators", "totals")),
    SectionSpec("projects", "重点项目建设", ("projects",), ("projects",)),
    SectionSpec("investment", "招商引资", ("investment",), ("investment",)),
    SectionSpec("other_work", "其他重点工作", ("work_items", "events"), ()),
    SectionSpec("problems", "存在问题", ("problems",), ()),
    SectionSpec("plans", "下一步工作打算", ("plans",), ("plans",)),
)
SECTION_IDS = tuple(spec.id for spec in SECTIONS)


@dataclass
class SectionPlan:
    spec: SectionSpec
    data: dict
    grounded: list[FactText] = field(default_factory=list)
    required: list[RequiredFact] = field(default_factory=list)
    groups: list[FactGroup] = field(default_factory=list)
    subjects: list[SubjectFacts] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def title(self) -> str:
        return self.spec.title


def next_period(facts: Facts) -> str:
    period = facts.period
    if period.kind == "年度":
        return f"{period.year + 1}年"
    if period.kind == "上半年":
        return "下半年"
    return "下一步"


def period_data(facts: Facts) -> dict:
    period = facts.period
    return {
        "year": period.year,
        "kind": period.kind,
        "months": period.months,
        "label": period.label,
        "full_year": period.is_full_year,
        "next": next_period(facts),
    }


def grounded_texts(facts: Facts, figures: FigureSet) -> list[FactText]:
    """Every figure and every fact text of the whole facts file: all a section may cite."""
    grounded = [FactText(label=f.label, text=f.text) for f in figures.values()]
    for path, text in _fact_texts(facts.model_dump(mode="json")):
        grounded.append(FactText(label=path, text=text))
    return grounded


# Numeric facts are grounded through the figures; these fields hold no wording to cite.
_NUMERIC_OR_META_FIELDS = frozenset(
    ("value", "base", "target", "growth", "investment", "invested", "signed_amount", "funds_in_place", "unit", "period",
     "date", "start", "finish")
)


def _fact_texts(value, path: str = ""):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NUMERIC_OR_META_FIELDS:
                yield from _fact_texts(item, f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _fact_texts(item, f"{path}[{i}]")


def plan_sections(facts: Facts, figures: FigureSet) -> list[SectionPlan]:
    grounded = grounded_texts(facts, figures)
    subjects = subjects_of(facts, figures)
    dumped = facts.model_dump(mode="json")
    plans = []
    for spec in SECTIONS:
        section_facts = {name: dumped[name] for name in spec.fact_fields}
        if not any(section_facts.values()):
            continue
        section_figures = {
            key: fig.as_dict() for key, fig in figures.items() if key.split("[")[0].split(".")[0] in spec.figure_prefixes
        }
        groups = section_groups(spec.id, facts, figures)
        required = [fact for group in groups for fact in group.required]
        data = {
            "section": spec.id,
            "title": spec.title,
            "organisation": facts.organisation,
            "area": facts.short_name,
            "period": period_data(facts),
            "facts": section_facts,
            "figures": section_figures,
            "required": [_shown(r, figures) for r in required],
        }
        plans.append(SectionPlan(spec, data, grounded, required, groups, subjects))
    return plans


def _shown(fact: RequiredFact, figures: FigureSet) -> dict:
    """A required fact as the prompt lists it: ``{label, display}`` with declines worded as such."""
    display = fact.shown
    for figure in figures.values():
        if fact.value is not None and figure.label == fact.label and figure.text == fact.value:
            display = figure.phrase
            break
    return {"label": fact.label, "display": display}


