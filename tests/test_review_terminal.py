"""``draftcheck review`` driven end to end in a real pseudo-terminal (tmux): dismiss one finding, quit, and
``lint`` reports one finding fewer; resume after a kill; no terminal means one line and exit 2."""

from __future__ import annotations

import json
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "fixtures" / "example-report.txt"

needs_tmux = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def _lint_count(report: Path) -> int:
    completed = subprocess.run([sys.executable, "-m", "draftcheck", "lint", "--format", "json", str(report)],
                               capture_output=True, text=True, cwd=report.parent)
    return len(json.loads(completed.stdout)["files"][0]["issues"])


class Tmux:
    def __init__(self, command: str, cwd: Path):
        self.name = f"dc-review-{uuid.uuid4().hex[:8]}"
        for attempt in range(10):  # a tmux server still shutting down after the previous test refuses briefly
            started = subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40",
                                      f"cd {shlex.quote(str(cwd))} && {command}; sleep 60"], capture_output=True)
            if started.returncode == 0:
                return
            time.sleep(0.3)
        raise AssertionError(f"tmux did not start: {started.stderr!r}")

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-t", self.name, "-p"], capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 30) -> str:
        """The screen once ``text`` is on it and the screen is drawn to its end (the key line, or the exit line)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen and ("查看说明" in screen or "已保存到" in screen or "跳到第 N 个" in screen):
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared on the screen:\n{self.screen()}")

    def keys(self, *keys: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, *keys], check=True)

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    shutil.copy(EXAMPLE, path)
    return path


def _review(report: Path) -> Tmux:
    return Tmux(f"{shlex.quote(sys.executable)} -m draftcheck review {report.name}", report.parent)


@needs_tmux
def test_dismiss_one_finding_quit_and_lint_shows_one_fewer(report):
    before = _lint_count(report)
    session = _review(report)
    try:
        screen = session.wait_for(f"1/{before} · 已确认 0 · 已忽略 0 · 待定 {before}")
        assert "第7行第67列" in screen and "DC101 blank-amount" in screen
        session.keys("n")
        session.wait_for(f"2/{before} · 已确认 0 · 已忽略 1")
        session.keys("q")
        session.wait_for("已保存到")
    finally:
        session.close()
    assert _lint_count(report) == before - 1
    saved = json.loads((report.parent / "report.draftcheck.json").read_text(encoding="utf-8"))
    (entry,) = saved["decisions"].values()
    assert entry["decision"] == "dismissed" and entry["quote"] == "实现工业销售收入亿元"
    completed = subprocess.run([sys.executable, "-m", "draftcheck", "lint", "--no-decisions", "--format", "json", report.name],
                               capture_output=True, text=True, cwd=report.parent)
    assert len(json.loads(completed.stdout)["files"][0]["issues"]) == before


@needs_tmux
def test_a_killed_review_resumes_where_it_stopped(report):
    before = _lint_count(report)
    session = _review(report)
    try:
        session.wait_for(f"1/{before}")
        session.keys("y")
        session.wait_for("已确认 1")
        session.keys("n")
        session.wait_for("已忽略 1")
    finally:
        session.close()  # killed, no q
    again = _review(report)
    try:
        screen = again.wait_for(f"3/{before} · 已确认 1 · 已忽略 1 · 待定 {before - 2}")
        again.keys("?")
        help_screen = again.wait_for("跳到第 N 个")
        assert "确认：确实有问题" in help_screen and "撤销" not in help_screen  # no undo history in a new session
        again.keys("q")
        again.wait_for("已保存到")
    finally:
        again.close()
    assert "第" in screen and _lint_count(report) == before - 1


def test_without_a_terminal_review_names_the_non_interactive_way(report):
    completed = subprocess.run([sys.executable, "-m", "draftcheck", "review", report.name], capture_output=True, text=True,
                               cwd=report.parent, stdin=subprocess.DEVNULL)
    assert completed.returncode == 2 and completed.stdout == ""
    assert completed.stderr.strip().splitlines() == [
        "错误：review 需要在终端中交互运行；非交互时请用 draftcheck lint --format json report.txt 查看全部问题"]


def test_review_does_not_import_llm_libraries(report, tmp_path):
    """``review`` (here its export path, which loads the same modules and python-docx) keeps the LLM stack out."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "draftcheck", "review", report.name, "--export", "out.docx"],
        cwd=report.parent, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines() if line.startswith("import time:")}
    assert "draftcheck.review.decisions" in imported and "draftcheck.word.annotate" in imported
    heavy = sorted(name for name in imported if name.split(".")[0] in {"langchain", "langchain_core", "langchain_openai", "openai", "jinja2"})
    assert heavy == []


@needs_tmux
def test_safe_fix_from_the_review_rewrites_the_text_file(tmp_path):
    report = tmp_path / "fixable.txt"
    report.write_text("完成营业收入7044.76万元元，实现工业销售收入亿元。\n", encoding="gb18030")
    session = Tmux(f"{shlex.quote(sys.executable)} -m draftcheck review {report.name}", tmp_path)
    try:
        screen = session.wait_for("DC501 unit-error")
        assert "安全修正，按 f 应用" in screen
        session.keys("f")
        session.wait_for("已修正为“7044.76万元”")
        session.wait_for("1/1 · 已确认 0 · 已忽略 0 · 已修正 1 · 待定 1")
        session.keys("q")
        session.wait_for("已保存到")
    finally:
        session.close()
    assert report.read_text(encoding="gb18030") == "完成营业收入7044.76万元，实现工业销售收入亿元。\n"
    saved = json.loads((tmp_path / "fixable.draftcheck.json").read_text(encoding="utf-8"))
    assert [d["decision"] for d in saved["decisions"].values()] == ["fixed"]
    assert _lint_count(report) == 1


@needs_tmux
def test_review_of_a_docx_shows_word_locations_and_exports_the_confirmed_finding(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("标题")
    document.add_paragraph("坚持平安生产。")
    table = document.add_table(rows=2, cols=2)
    table.cell(1, 1).text = "实现工业销售收入亿元"
    path = tmp_path / "report.docx"
    document.save(path)
    session = Tmux(f"{shlex.quote(sys.executable)} -m draftcheck review report.docx", tmp_path)
    try:
        first = session.wait_for("1/2")
        session.keys("y")
        second = session.wait_for("2/2 · 已确认 1")
        session.keys("n")
        session.wait_for("已忽略 1")
        session.keys("q")
        session.wait_for("已保存到")
    finally:
        session.close()
    assert "第2段" in first and "表1 第2行第2列" in second and "实现工业销售收入亿元" in second
    assert "按 f 应用" not in first and "--track-changes" in first  # no in-place fixes in Word files
    completed = subprocess.run([sys.executable, "-m", "draftcheck", "review", "report.docx", "--export", "out.docx"],
                               capture_output=True, text=True, cwd=tmp_path, stdin=subprocess.DEVNULL)
    assert completed.returncode == 0 and "1 条批注" in completed.stderr
    assert _lint_count(path) == 1


@needs_tmux
def test_editor_key_opens_the_report_at_the_line_and_the_review_rechecks_it_ctrl_c_saves_and_quits(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("一、主要工作\n全年实现工业销售收入亿元，坚持平安生产。\n", encoding="utf-8")
    editor = tmp_path / "editor.sh"  # stands in for $EDITOR: records its arguments and fills in the blank amount
    editor.write_text('#!/bin/sh\necho "$@" > "$(dirname "$2")/editor-args"\nsed -i "s/收入亿元/收入12.5亿元/" "$2"\n', encoding="utf-8")
    editor.chmod(0o755)
    session = Tmux(f"EDITOR={shlex.quote(str(editor))} {shlex.quote(sys.executable)} -m draftcheck review report.txt", tmp_path)
    try:
        session.wait_for("1/2 · 已确认 0 · 已忽略 0 · 待定 2")
        session.keys("e")
        screen = session.wait_for("1/1 · 已确认 0 · 已忽略 0 · 待定 1")
        assert "DC503 term-error" in screen
        session.keys("C-c")
        session.wait_for("已保存到")
    finally:
        session.close()
    assert (tmp_path / "editor-args").read_text(encoding="utf-8").split() == ["+2", "report.txt"]
    assert "收入12.5亿元" in report.read_text(encoding="utf-8")
