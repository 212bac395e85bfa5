"""``--format full`` (default): findings grouped by file, each flagged span highlighted in its sentence.

Plain text when colour is off (NO_COLOR, not a terminal, --output-file): a caret line under the span,
aligned by terminal cell width (a Han character takes two cells), so the highlight survives without colour.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from draftcheck.finding import Finding, Severity
from draftcheck.output import statistics as run_statistics
from draftcheck.output.line_breaks import show_line_breaks
from draftcheck.output.model import FileReport, LintRun

SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
SENTENCE_ENDS = "。！？!?；;"
CONTEXT_CHARS = 40
DEFAULT_WIDTH = 100


@dataclass(frozen=True)
class Snippet:
    """The line (trimmed to its sentence) around a span, and the span's place inside it."""

    text: str
    start: int
    end: int


def snippet_for(report: FileReport, start: int, end: int) -> Snippet:
    """The sentence around ``text[start:end]`` on the span's first line, trimmed to ~40 characters a side."""
    text = report.text
    line, _ = report.position(start)
    line_start = report.lines.starts[line - 1]
    line_end = line_start + len(report.lines.line_text(line))
    end = min(max(end, start), line_end)

    left = line_start
    for i in range(start - 1, max(line_start, start - CONTEXT_CHARS) - 1, -1):
        if text[i] in SENTENCE_ENDS:
            left = i + 1
            break
    else:
        left = max(line_start, start - CONTEXT_CHARS)
    right = line_end
    for i in range(end, min(line_end, end + CONTEXT_CHARS)):
        if text[i] in SENTENCE_ENDS:
            right = i + 1
            break
    else:
        right = min(line_end, end + CONTEXT_CHARS)
    while left < start and text[left] in " \t\u3000":
        left += 1
    prefix = "…" if left > line_start and text[left - 1] not in SENTENCE_ENDS else ""
    suffix = "…" if right < line_end and text[right - 1] not in SENTENCE_ENDS else ""
    body = text[left:right].replace("\t", " ")
    return Snippet(prefix + body + suffix, len(prefix) + start - left, len(prefix) + end - left)


def _finding_lines(report: FileReport, finding: Finding) -> list[Text]:
    style = SEVERITY_STYLES[finding.severity]
    head = Text("  ")
    head.append(report.place(finding.span.start), style="bold")
    head.append("  ")
    head.append(SEVERITY_LABELS[finding.severity], style=style)
    head.append("  ")
    head.append(finding.code, style=style)
    head.append(f" {finding.rule}", style="dim")
    head.append(f"  {show_line_breaks(finding.message)}")

    snip = snippet_for(report, finding.span.start, finding.span.end)
    gutter = "      │ "
    sentence = Text(gutter, style="dim")
    sentence.append(snip.text[: snip.start])
    sentence.append(snip.text[snip.start : snip.end], style=f"{style} underline")
    sentence.append(snip.text[snip.end :])
    carets = Text(gutter, style="dim")
    carets.append(" " * cell_len(snip.text[: snip.start]))
    carets.append("^" * max(1, cell_len(snip.text[snip.start : snip.end])), style=style)
    lines = [head, sentence, carets]
    for related in finding.related:
        extra = Text(gutter, style="dim")
        extra.append(f"{related.label}：", style="cyan")
        extra.append(f"“{show_line_breaks(related.quote)}”（{report.place(related.span.start)}）")
        lines.append(extra)
    if finding.suggestion:
        hint = Text(gutter, style="dim")
        hint.append("建议：", style="green")
        hint.append(show_line_breaks(finding.suggestion))
        lines.append(hint)
    if finding.fix is not None and finding.fix.applicability == "safe":
        fix = Text(gutter, style="dim")
        fix.append("可自动修正：", style="green")
        removes = not "".join(edit.content for edit in finding.fix.edits)
        fix.append("--fix 删除" if removes else f"--fix 改为“{show_line_breaks(finding.fix.replacement_text())}”")
        lines.append(fix)
    return lines


def summary_line(run: LintRun) -> str:
    """``共 3 个文件，发现 12 个问题（错误 8，警告 4）`` and what could not be checked or was ignored."""
    files = f"共 {len(run.checked)} 个文件"
    total = len(run.findings)
    if total:
        counts = [(severity, run.count(severity)) for severity in Severity]
        parts = [f"{SEVERITY_LABELS[s]} {n}" for s, n in counts if n or s != Severity.INFO]
        line = f"{files}，发现 {total} 个问题（{'，'.join(parts)}）"
    else:
        line = f"{files}，未发现问题"
    suppressed = sum(report.suppressed for report in run.files)
    if suppressed:
        line += f"，另有 {suppressed} 个已按忽略标记或配置忽略"
    dismissed = sum(report.dismissed for report in run.files)
    if dismissed:
        line += f"，已忽略 {dismissed} 个（审阅决定）"
    baselined = sum(report.baselined for report in run.files)
    if baselined:
        line += f"，另有 {baselined} 个已列入基线"
    stale = sum(len(report.stale_decisions) for report in run.files)
    if stale:
        line += f"，{stale} 条审阅决定已失效（对应问题已不存在，--statistics 可列出）"
    if run.failed:
        line += f"；{len(run.failed)} 个文件无法检查（原因见上方错误信息）"
    return line


def _statistics_tables(run: LintRun) -> list[Table | Text]:
    rules = Table(title="规则统计", title_justify="left")
    for column, justify in (("问题数", "right"), ("代码", "left"), ("名称", "left"), ("级别", "left")):
        rules.add_column(column, justify=justify)
    for count in run_statistics.rule_counts(run):
        rules.add_row(str(count.count), count.code, count.rule, run_statistics.SEVERITY_LABELS.get(count.severity, count.severity))
    relations = Table(title="数值关系统计", title_justify="left")
    counts = run_statistics.relation_counts(run)
    outcomes = list(dict.fromkeys(o for per_kind in counts.values() for o in per_kind)) or list(run_statistics.OUTCOMES)
    relations.add_column("种类")
    for outcome in outcomes:
        relations.add_column(run_statistics.outcome_label(outcome), justify="right")
    for kind, per_kind in counts.items():
        relations.add_row(kind, *(str(per_kind.get(o, 0)) for o in outcomes))
    tables: list[Table | Text] = [rules, relations] if counts else [rules, Text("数值关系统计：未发现数值关系")]
    stale = run_statistics.stale_decisions(run)
    if stale:
        listing = Table(title="已失效的审阅决定", title_justify="left")
        for column in ("文件", "规则", "原文", "决定", "时间"):
            listing.add_column(column)
        for row in stale:
            listing.add_row(*row)
        tables.append(listing)
    return tables


def render(run: LintRun, *, color: bool = False, width: int | None = None, statistics: bool = False, **_: object) -> str:
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        force_terminal=color,
        color_system="standard" if color else None,
        no_color=not color,
        width=width or DEFAULT_WIDTH,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    for report in run.checked:
        if not report.findings:
            continue
        console.print(Text(report.path, style="bold underline"), soft_wrap=True)
        for finding in report.findings:
            for line in _finding_lines(report, finding):
                console.print(line, soft_wrap=True)
        console.print()
    console.print(Text(summary_line(run), style="bold"), soft_wrap=True)
    if statistics:
        for table in _statistics_tables(run):
            console.print()
            console.print(table)
    return buffer.getvalue()
