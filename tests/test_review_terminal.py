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
        subprocess.run(["tmux", "new-session", "-d", "-s", self.name, "-x", "120", "-y", "40",
                        f"cd {shlex.quote(str(cwd))} && {command}; sleep 60"], check=True)

    def screen(self) -> str:
        return subprocess.run(["tmux", "capture-pane", "-t", self.name, "-p"], capture_output=True, text=True).stdout

    def wait_for(self, text: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
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
