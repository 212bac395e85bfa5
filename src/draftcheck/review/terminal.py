"""The terminal front end of ``draftcheck review``: draws the session with rich and reads single keys.

All decisions are made by ``ReviewSession``; this module only shows its state, turns key bytes into keys, and
performs what needs the outside world (writing a fix into the file, opening ``$EDITOR``), then reloads.
"""

from __future__ import annotations

import os
import select
import shlex
import subprocess
import sys
import termios
import tty
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from draftcheck.document import Document, load_document
from draftcheck.finding import Finding, Severity
from draftcheck.fixes import apply_fixes, write_text_file
from draftcheck.output.line_breaks import show_line_breaks
from draftcheck.review.decisions import VERDICT_LABELS, Decisions, save_decisions, text_hash
from draftcheck.review.session import CTRL_C, ESCAPE, Mode, ReviewSession

SEVERITY_LABELS = {Severity.ERROR: "错误", Severity.WARNING: "警告", Severity.INFO: "提示"}
SEVERITY_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "bold yellow", Severity.INFO: "bold blue"}
PARAGRAPH_WINDOW = 120  # characters shown on each side of the flagged span in a long paragraph
ARROWS = {"A": "K", "B": "J", "C": "J", "D": "K"}  # up/left: previous, down/right: next

Loader = Callable[[], tuple[Document, list[Finding]]]


@contextmanager
def single_keys(fd: int):
    """The terminal in cbreak mode (keys arrive one by one, unechoed; Ctrl-C still interrupts)."""
    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def read_key(fd: int) -> str:
    """One key: a character (UTF-8 decoded), Esc, or an arrow mapped to J/K."""
    first = os.read(fd, 1)
    if not first:
        return CTRL_C  # end of input: stop as Ctrl-C would
    if first == b"\x1b":
        if not select.select([fd], [], [], 0.05)[0]:
            return ESCAPE
        rest = os.read(fd, 8).decode("ascii", "replace")
        return ARROWS.get(rest[-1:], "") if rest.startswith("[") else ESCAPE
    lead = first[0]
    length = 4 if lead >= 0xF0 else 3 if lead >= 0xE0 else 2 if lead >= 0xC0 else 1
    data = first
    while len(data) < length:
        data += os.read(fd, length - len(data))
    return data.decode("utf-8", "replace")


def _paragraph(doc: Document, finding: Finding) -> Text:
    """The paragraph (or line) holding the finding, the flagged span in reverse video, related spans underlined."""
    block = doc.block_at(finding.span.start)
    start, end = (block.start, block.end) if block is not None else (finding.span.start, finding.span.end)
    while end > start and doc.text[end - 1] in "\r\n":
        end -= 1
    end = max(end, min(finding.span.end, len(doc.text)))
    left = max(start, finding.span.start - PARAGRAPH_WINDOW)
    right = min(end, finding.span.end + PARAGRAPH_WINDOW)
    marks = [(finding.span.start, finding.span.end, "reverse " + SEVERITY_STYLES[finding.severity])]
    marks += [(r.span.start, r.span.end, "underline cyan") for r in finding.related if left <= r.span.start and r.span.end <= right]
    text = Text("…" if left > start else "")
    cursor = left
    for mark_start, mark_end, style in sorted(marks):
        if mark_start < cursor:
            continue
        text.append(show_line_breaks(doc.text[cursor:mark_start]))
        text.append(show_line_breaks(doc.text[mark_start:mark_end]), style=style)
        cursor = mark_end
    text.append(show_line_breaks(doc.text[cursor:right]))
    if right < end:
        text.append("…")
    return text


def draw(console: Console, session: ReviewSession, doc: Document) -> None:
    console.clear()
    console.print(Text(f"draftcheck review  {doc.path}", style="bold"), Text(session.progress(), style="dim"))
    finding = session.current
    if finding is None:
        console.print(Text("没有要审阅的问题。", style="green"))
    else:
        style = SEVERITY_STYLES[finding.severity]
        head = Text()
        head.append(f"{finding.code} {finding.rule}", style=style)
        head.append(f"  {SEVERITY_LABELS[finding.severity]}  ")
        head.append(doc.location_words(finding.span.start), style="bold")
        group = session.group_of(session.cursor)
        if len(group) > 1:
            head.append(f"  “{show_line_breaks(finding.quote)}” ×{len(group)}（第 {group.index(session.cursor) + 1} 处，Y/N 决定本组全部）", style="magenta")
        console.print(head)
        console.print()
        console.print(_paragraph(doc, finding))
        console.print()
        console.print(Text(show_line_breaks(finding.message)))
        for related in finding.related:
            console.print(Text(f"  {related.label}：“{show_line_breaks(related.quote)}”（{doc.location_words(related.span.start)}）", style="cyan"))
        if finding.suggestion:
            console.print(Text(f"  建议：{show_line_breaks(finding.suggestion)}", style="green"))
        if finding.fix is not None:
            if finding.fix.applicability != "safe":
                kind = "需人工判断的修正，不会自动应用"
            elif session.can_fix:
                kind = "安全修正，按 f 应用"
            else:
                kind = "安全修正；Word 文件不在此修改，可用 review --export 输出.docx --track-changes 写成修订"
            console.print(Text(f"  修正：“{finding.quote}” → “{finding.fix.replacement_text()}”（{kind}）", style="green"))
        decision = session.decision(session.cursor)
        if decision is not None:
            note = f"；备注：{decision.note}" if decision.note else ""
            console.print(Text(f"  决定：{VERDICT_LABELS[decision.verdict]}（{decision.time}）{note}", style="bold"))
    console.print()
    if session.mode == Mode.HELP:
        for key in session.valid_keys():
            console.print(Text(f"  {key.key}{' ' * max(1, 8 - cell_len(key.key))}{key.label}"))
    elif session.mode in (Mode.NOTE, Mode.GOTO, Mode.FILTER):
        prompt = {Mode.NOTE: "备注", Mode.GOTO: "跳到第几个", Mode.FILTER: "按规则筛选（代码或名称）"}[session.mode]
        console.print(Text(f"{prompt}：{session.buffer}▏  （Enter 确定，Esc 取消）", style="bold"))
    else:
        keys = [k.key for k in session.valid_keys()]
        console.print(Text(" ".join(keys) + "   按 ? 查看说明", style="dim"))
    if session.message:
        console.print(Text(session.message, style="yellow"))


def _editor_command(path: str, line: int) -> list[str]:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR") or "vi"
    return [*shlex.split(editor), f"+{line}", path]


def run(load: Loader, decisions: Decisions, decisions_path: Path, *, fixable_files: bool) -> ReviewSession:
    """The interactive loop over stdin/stdout (both terminals); returns the final session."""
    fd = sys.stdin.fileno()
    console = Console(highlight=False, emoji=False)
    doc, findings = load()
    reload_needed = False

    def save(current: Decisions) -> None:
        current.text_sha256 = text_hash(doc.text)
        save_decisions(decisions_path, current)

    def fixer(finding: Finding) -> str | None:
        nonlocal reload_needed
        fresh = load_document(doc.path, 0)
        outcome = apply_fixes(fresh.text, [finding])
        if outcome.skipped:
            return outcome.skipped[0][1]
        write_text_file(doc.path, outcome.text, fresh.encoding)
        reload_needed = True
        return None

    def editor(finding: Finding) -> None:
        nonlocal reload_needed
        line = doc.text.count("\n", 0, finding.span.start) + 1
        with_terminal_restored(lambda: subprocess.call(_editor_command(doc.path, line)))
        reload_needed = True

    saved_attributes = termios.tcgetattr(fd)

    def with_terminal_restored(action: Callable[[], object]) -> None:
        current = termios.tcgetattr(fd)
        termios.tcsetattr(fd, termios.TCSADRAIN, saved_attributes)
        try:
            action()
        finally:
            termios.tcsetattr(fd, termios.TCSADRAIN, current)

    def new_session(filter_text: str = "", message: str = "") -> ReviewSession:
        session = ReviewSession(
            findings, decisions, save, fixer=fixer if fixable_files else None, editor=editor if fixable_files else None
        )
        if filter_text:
            session.filter = filter_text if session.visible else ""
            visible = session.visible
            session.cursor = next((i for i in visible if not session.is_decided(i)), visible[0] if visible else 0)
        session.message = message
        return session

    session = new_session()
    with single_keys(fd):
        while session.mode != Mode.DONE:
            draw(console, session, doc)
            try:
                key = read_key(fd)
            except KeyboardInterrupt:
                key = CTRL_C
            session.press(key)
            if reload_needed:
                reload_needed = False
                doc, findings = load()
                session = new_session(session.filter, session.message)
    counts = session.counts()
    console.clear()
    console.print(
        f"已保存到 {decisions_path}：已确认 {counts['confirmed']}，已忽略 {counts['dismissed']}，"
        f"已修正 {counts['fixed']}，待定 {counts['pending']}"
    )
    return session
