"""``--statistics``: findings per rule and numeric relations per kind and outcome, summed over a run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from draftcheck.output.model import LintRun

OUTCOMES = ("consistent", "inconsistent", "not-checkable")
OUTCOME_LABELS = {"consistent": "一致", "inconsistent": "不一致", "not-checkable": "无法核对"}
SEVERITY_LABELS = {"error": "错误", "warning": "警告", "info": "提示"}


@dataclass(frozen=True)
class RuleCount:
    code: str
    rule: str
    severity: str
    count: int


def rule_counts(run: LintRun) -> list[RuleCount]:
    """Findings per (code, severity), most frequent first."""
    counter = Counter((f.code, f.rule, f.severity.value) for f in run.findings)
    return [
        RuleCount(code, rule, severity, count)
        for (code, rule, severity), count in sorted(counter.items(), key=lambda item: (-item[1], item[0]))
    ]


def relation_counts(run: LintRun) -> dict[str, dict[str, int]]:
    """Relation kind -> outcome -> count, over every checked file; outcomes in a fixed order."""
    totals: dict[str, Counter] = {}
    for report in run.files:
        for kind, outcomes in report.statistics.items():
            totals.setdefault(kind, Counter()).update(outcomes)
    result = {}
    for kind in sorted(totals):
        extra = sorted(set(totals[kind]) - set(OUTCOMES))
        result[kind] = {outcome: totals[kind].get(outcome, 0) for outcome in (*OUTCOMES, *extra)}
    return result


def stale_decisions(run: LintRun) -> list[tuple[str, str, str, str, str]]:
    """(file, rule, quote, decision, time) of every review decision whose finding no longer exists."""
    return [
        (report.path, decision.rule, decision.quote, decision.verdict.label, decision.time)
        for report in run.files
        for _, decision in report.stale_decisions
    ]


def outcome_label(outcome: str) -> str:
    return OUTCOME_LABELS.get(outcome, outcome)


def render_text(run: LintRun) -> str:
    """Plain-text statistics (written to stderr beside the machine formats)."""
    lines = ["规则统计："]
    counts = rule_counts(run)
    width = max((len(str(c.count)) for c in counts), default=1)
    lines += [f"  {c.count:>{width}}  {c.code}  {c.rule}  {SEVERITY_LABELS.get(c.severity, c.severity)}" for c in counts]
    if not counts:
        lines.append("  （无）")
    lines.append("数值关系统计：")
    relations = relation_counts(run)
    for kind, outcomes in relations.items():
        cells = "，".join(f"{outcome_label(o)} {n}" for o, n in outcomes.items())
        lines.append(f"  {kind}：{cells}（共 {sum(outcomes.values())}）")
    if not relations:
        lines.append("  （未发现数值关系）")
    stale = stale_decisions(run)
    if stale:
        lines.append("已失效的审阅决定：")
        lines += [f"  {path}  {rule}  “{quote}”  {verdict}  {time}" for path, rule, quote, verdict, time in stale]
    return "\n".join(lines) + "\n"
