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
            found = "回复被截断" if info.get("truncated") else f"{info['findings']}处问题"
            status = f"第{info['round']}轮 · {found} · {_tokens(info['usage'])}" + (" · 缓存" if info["cached"] else "")
        elif kind == "done":
            status = "✓ 无问题" if not info["findings"] else f"⚠ 余{info['findings']}处问题"
            status += f" · 采用轮次 {info['kept']} · {_tokens(info['usage'])}"
        else:
            status = "✗ 未完成"  # the cause is printed once, after the table: one endpoint failure is one line
        if self.progress is not None:
            done = kind in ("done", "failed")
            self.progress.update(self.tasks[section], status=status, completed=1 if done else 0)
        elif kind == "done":
            self.console.print(f"{title}：{status}", markup=False)


def print_summary(console: Console, results: list[SectionResult], document_findings: list[dict], errors: list[str] = ()) -> None:
    table = Table(title="起草结果", show_lines=False)
    for column in ("部分", "状态", "采用轮次", "模型撰写", "模板替换", "剩余问题", "tokens", "缓存命中"):
        table.add_column(column, overflow="fold")  # wrapped, never cut off with …
    for r in results:
        state = {"done": "完成", "partial": "中断", "failed": "失败", "skipped": "未起草", "pending": "未完成"}[r.status]
        table.add_row(r.title, state, r.kept_label, f"{r.written}段", f"{r.fallbacks}段", str(len(r.findings)),
                      str(r.usage["total_tokens"]), str(r.cache_hits))
    total = add_usage(r.usage for r in results)
    table.add_row("合计", "", "", f"{sum(r.written for r in results)}段", f"{sum(r.fallbacks for r in results)}段",
                  str(sum(len(r.findings) for r in results) + len(document_findings)), str(total["total_tokens"]),
                  str(sum(r.cache_hits for r in results)))
    console.print(table)
    for line in errors:
        console.print(f"错误：{line}", markup=False)
    for r in results:
        for p in r.paragraphs:
            if p.source == "fallback":
                console.print(f"{r.title}：“{'、'.join(p.groups)}”一段改用模板（{p.note}）", markup=False)
        for f in r.findings:
            line = LineIndex(r.text).line_col(f.span.start)[0]
            console.print(f"{r.title} 第{line}行: {f.code} [{f.rule}] {f.message}", markup=False)
    for f in document_findings:
        console.print(f"全文 第{f['line']}行: {f['code']} [{f['rule']}] {f['message']}", markup=False)
    if total["total_tokens"]:
        console.print(
            f"tokens：输入 {total['prompt_tokens']} · 输出 {total['completion_tokens']} · 合计 {total['total_tokens']}"
        )
