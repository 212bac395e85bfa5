"""What the user sees on stderr while drafting: a live rich progress display on a terminal, one
line per finished section otherwise, then a summary with residual findings and token usage."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from draftcheck.draft.pipeline import SectionResult, add_usage
from draftcheck.text.positions import LineIndex


def stderr_console() -> Console:
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _tokens(usage: dict) -> str:
    return f"{usage.get('total_tokens', 0)} tokens"


class DraftProgress:
    """Receives pipeline events (called serially) and renders them."""

    def __init__(self, console: Console, titles: dict[str, str]) -> None:
        self.console = console
        self.titles = titles
        self.live = console.is_terminal
        self.progress: Progress | None = None
        self.tasks: dict[str, int] = {}

    def __enter__(self) -> "DraftProgress":
        if self.live:
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.fields[title]}", justify="left"),
                BarColumn(bar_width=12),
                TextColumn("{task.fields[status]}"),
                TimeElapsedColumn(),
                console=self.console,
                transient=False,
            )
            self.progress.start()
            for sid, title in self.titles.items():
                self.tasks[sid] = self.progress.add_task("", total=1, title=title, status="等待")
        return self

    def __exit__(self, *exc) -> None:
        if self.progress is not None:
            self.progress.stop()

    def __call__(self, kind: str, section: str, info: dict) -> None:
        title = self.titles.get(section, section)
        if kind == "start":
            status = "起草中"
        elif kind == "round":
            status = f"第{info['round']}轮 · {info['findings']}处问题 · {_tokens(info['usage'])}" + (" · 缓存" if info["cached"] else "")
        elif kind == "done":
            status = "✓ 无问题" if not info["findings"] else f"⚠ 余{info['findings']}处问题"
            status += f" · 采用第{info['best_round']}轮 · {_tokens(info['usage'])}"
        else:
            status = f"✗ {info['error']}"
        if self.progress is not None:
            done = kind in ("done", "failed")
            self.progress.update(self.tasks[section], status=status, completed=1 if done else 0)
        elif kind in ("done", "failed"):
            self.console.print(f"{title}：{status}", markup=False)


def print_summary(console: Console, results: list[SectionResult], document_findings: list[dict]) -> None:
    table = Table(title="起草结果", show_lines=False)
    for column in ("部分", "状态", "轮次", "剩余问题", "tokens", "缓存命中"):
        table.add_column(column)
    for r in results:
        state = {"done": "完成", "partial": "修改中断", "failed": "失败", "skipped": "未起草", "pending": "未完成"}[r.status]
        table.add_row(r.title, state, str(len(r.rounds)), str(len(r.findings)), str(r.usage["total_tokens"]), str(r.cache_hits))
    total = add_usage(r.usage for r in results)
    table.add_row("合计", "", "", str(sum(len(r.findings) for r in results) + len(document_findings)), str(total["total_tokens"]), str(sum(r.cache_hits for r in results)))
    console.print(table)
    for r in results:
        if r.error:
            console.print(f"{r.title}：{r.error}", markup=False)
        for f in r.findings:
            line = LineIndex(r.text).line_col(f.span.start)[0]
            console.print(f"{r.title} 第{line}行: {f.code} [{f.rule}] {f.message}", markup=False)
    for f in document_findings:
        console.print(f"全文 第{f['line']}行: {f['code']} [{f['rule']}] {f['message']}", markup=False)
    if total["total_tokens"]:
        console.print(
            f"tokens：输入 {total['prompt_tokens']} · 输出 {total['completion_tokens']} · 合计 {total['total_tokens']}"
        )
