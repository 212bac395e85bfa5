"""The review as a pure state machine: keys in, state and decision-file writes out. No terminal in here.

A session walks the findings of one report in document order. Identical findings (same rule, quote and
message) form a group: the upper-case ``Y``/``N`` decide every undecided member at once. Each decision is
handed to ``save`` the moment it is made (the front end writes the decisions file atomically), so a killed
process loses nothing already decided; a new session over the same decisions starts at the first undecided
finding.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from draftcheck.finding import Finding
from draftcheck.review.decisions import Decision, Decisions, Verdict, now

ESCAPE, ENTER, BACKSPACE, CTRL_C = "\x1b", "\r", "\x7f", "\x03"


class Mode(str, Enum):
    BROWSE = "browse"
    NOTE = "note"  # typing a note (c)
    GOTO = "goto"  # typing a number (g)
    FILTER = "filter"  # typing a rule code or slug (/)
    HELP = "help"  # the key list (?)
    DONE = "done"  # q or Ctrl-C: the front end stops


@dataclass(frozen=True)
class KeyHelp:
    key: str
    label: str


def group_key(finding: Finding) -> tuple[str, str, str]:
    return (finding.code, finding.quote, finding.message)


def matches_filter(finding: Finding, text: str) -> bool:
    """A rule code or prefix (``DC5``, ``dc503``) or part of a slug (``term``)."""
    wanted = text.strip().lower()
    return not wanted or finding.code.lower().startswith(wanted) or wanted in finding.rule.lower()


class ReviewSession:
    def __init__(
        self,
        findings: list[Finding],
        decisions: Decisions,
        save: Callable[[Decisions], None],
        *,
        fixer: Callable[[Finding], str | None] | None = None,
        editor: Callable[[Finding], None] | None = None,
        clock: Callable[[], str] = now,
    ) -> None:
        """``fixer(finding)`` applies its safe fix and returns None, or returns why it could not; ``editor`` opens
        the report at the finding (text files only). Either may be None when not available."""
        self.findings = sorted(findings, key=Finding.sort_key)
        self.decisions = decisions
        self._save = save
        self._fixer = fixer
        self._editor = editor
        self._clock = clock
        self.groups: dict[tuple[str, str, str], list[int]] = {}
        for index, finding in enumerate(self.findings):
            self.groups.setdefault(group_key(finding), []).append(index)
        self.mode = Mode.BROWSE
        self.buffer = ""
        self.filter = ""
        self.message = ""
        self._notes: dict[str, str] = {}  # notes typed before a decision was made
        self._history: list[list[tuple[str, Decision | None]]] = []
        visible = self.visible
        self.cursor = next((i for i in visible if not self.is_decided(i)), visible[0] if visible else 0)

    # --- what the front end shows -------------------------------------------------------------------------
    @property
    def can_fix(self) -> bool:
        """Whether ``f`` can write fixes into the report (text files only)."""
        return self._fixer is not None

    @property
    def visible(self) -> list[int]:
        return [i for i, f in enumerate(self.findings) if matches_filter(f, self.filter)]

    @property
    def current(self) -> Finding | None:
        return self.findings[self.cursor] if self.findings and self.cursor in self.visible else None

    def decision(self, index: int) -> Decision | None:
        return self.decisions.entries.get(self.findings[index].fingerprint)

    def is_decided(self, index: int) -> bool:
        return self.decision(index) is not None

    def group_of(self, index: int) -> list[int]:
        return self.groups[group_key(self.findings[index])]

    def counts(self) -> dict[str, int]:
        counts = {"confirmed": 0, "dismissed": 0, "fixed": 0, "pending": 0}
        for index in range(len(self.findings)):
            decision = self.decision(index)
            counts[decision.verdict.value if decision else "pending"] += 1
        # a fixed finding is gone from the re-checked text, but it was handled in this review
        present = {f.fingerprint for f in self.findings}
        counts["fixed"] += sum(1 for fp, d in self.decisions.entries.items() if d.verdict == Verdict.FIXED and fp not in present)
        return counts

    def progress(self) -> str:
        """``12/57 · 已确认 4 · 已忽略 6 · 待定 47`` (position among the visible findings)."""
        visible = self.visible
        position = visible.index(self.cursor) + 1 if self.cursor in visible else 0
        c = self.counts()
        parts = [f"{position}/{len(visible)}", f"已确认 {c['confirmed']}", f"已忽略 {c['dismissed']}"]
        if c["fixed"]:
            parts.append(f"已修正 {c['fixed']}")
        parts.append(f"待定 {c['pending']}")
        if self.filter:
            parts.append(f"筛选 {self.filter}")
        return " · ".join(parts)

    def valid_keys(self) -> list[KeyHelp]:
        """The keys that do something now (shown by ``?``)."""
        if self.mode in (Mode.NOTE, Mode.GOTO, Mode.FILTER):
            return [KeyHelp("Enter", "确定"), KeyHelp("Esc", "取消")]
        keys: list[KeyHelp] = []
        current = self.current
        if current is not None:
            keys += [KeyHelp("y", "确认：确实有问题"), KeyHelp("n", "忽略：误报，不再显示"), KeyHelp("s/空格", "跳过")]
            others = [i for i in self.group_of(self.cursor) if i != self.cursor and not self.is_decided(i)]
            if others:
                keys += [KeyHelp("Y", f"确认本组其余 {len(others) + 1} 处"), KeyHelp("N", f"忽略本组其余 {len(others) + 1} 处")]
            if self._fixer is not None and current.fix is not None and current.fix.applicability == "safe" and not self.is_decided(self.cursor):
                keys.append(KeyHelp("f", f"自动修正为“{current.fix.replacement_text()}”"))
            if self._editor is not None:
                keys.append(KeyHelp("e", "在编辑器中打开此行"))
            keys.append(KeyHelp("c", "添加备注"))
        if self._history:
            keys.append(KeyHelp("u", "撤销上一个决定"))
        if self._step_undecided(1) is not None:
            keys.append(KeyHelp("j", "下一个待定"))
        if self._step_undecided(-1) is not None:
            keys.append(KeyHelp("k", "上一个待定"))
        visible = self.visible
        if self.cursor in visible and visible.index(self.cursor) < len(visible) - 1:
            keys.append(KeyHelp("J", "下一个"))
        if self.cursor in visible and visible.index(self.cursor) > 0:
            keys.append(KeyHelp("K", "上一个"))
        if len(visible) > 1:
            keys.append(KeyHelp("g", "跳到第 N 个"))
        keys += [KeyHelp("/", "按规则筛选（代码或名称，空白取消）"), KeyHelp("q", "保存并退出"), KeyHelp("?", "显示/隐藏按键说明")]
        return keys

    # --- keys in ------------------------------------------------------------------------------------------
    def press(self, key: str) -> None:
        self.message = ""
        if key == CTRL_C:
            self.mode = Mode.DONE
            return
        if self.mode in (Mode.NOTE, Mode.GOTO, Mode.FILTER):
            self._typing(key)
            return
        if self.mode == Mode.HELP:
            self.mode = Mode.BROWSE
            if key == "?":
                return
        handler = {
            "y": lambda: self._decide_current(Verdict.CONFIRMED, whole_group=False),
            "n": lambda: self._decide_current(Verdict.DISMISSED, whole_group=False),
            "Y": lambda: self._decide_current(Verdict.CONFIRMED, whole_group=True),
            "N": lambda: self._decide_current(Verdict.DISMISSED, whole_group=True),
            "s": self._skip,
            " ": self._skip,
            "f": self._fix,
            "e": self._edit,
            "c": lambda: self._start_typing(Mode.NOTE),
            "u": self._undo,
            "j": lambda: self._move_undecided(1),
            "k": lambda: self._move_undecided(-1),
            "J": lambda: self._move(1),
            "K": lambda: self._move(-1),
            "g": lambda: self._start_typing(Mode.GOTO),
            "/": lambda: self._start_typing(Mode.FILTER),
            "q": self._quit,
            "?": self._help,
        }.get(key)
        if handler is None:
            self.message = f"按键 {key!r} 在此无效；按 ? 查看可用按键"
            return
        handler()

    def _quit(self) -> None:
        self.mode = Mode.DONE

    def _help(self) -> None:
        self.mode = Mode.HELP

    def _start_typing(self, mode: Mode) -> None:
        if mode == Mode.NOTE and self.current is None:
            self.message = "没有可添加备注的问题"
            return
        self.mode = mode
        current = self.current
        self.buffer = ""
        if mode == Mode.NOTE and current is not None:
            decision = self.decision(self.cursor)
            self.buffer = decision.note if decision else self._notes.get(current.fingerprint, "")
        elif mode == Mode.FILTER:
            self.buffer = self.filter

    def _typing(self, key: str) -> None:
        if key == ESCAPE:
            self.mode, self.buffer = Mode.BROWSE, ""
        elif key in (ENTER, "\n"):
            mode, text = self.mode, self.buffer
            self.mode, self.buffer = Mode.BROWSE, ""
            {Mode.NOTE: self._set_note, Mode.GOTO: self._goto, Mode.FILTER: self._set_filter}[mode](text)
        elif key in (BACKSPACE, "\b"):
            self.buffer = self.buffer[:-1]
        elif key.isprintable():
            if self.mode == Mode.GOTO and not key.isdecimal():
                self.message = "请输入数字"
                return
            self.buffer += key

    # --- decisions ----------------------------------------------------------------------------------------
    def _record(self, indices: list[int], verdict: Verdict) -> None:
        changes: list[tuple[str, Decision | None]] = []
        time = self._clock()
        for index in indices:
            finding = self.findings[index]
            previous = self.decisions.entries.get(finding.fingerprint)
            note = previous.note if previous else self._notes.pop(finding.fingerprint, "")
            self.decisions.entries[finding.fingerprint] = Decision(verdict, finding.code, finding.quote, note, time)
            changes.append((finding.fingerprint, previous))
        self._history.append(changes)
        self._save(self.decisions)

    def _decide_current(self, verdict: Verdict, *, whole_group: bool) -> None:
        if self.current is None:
            self.message = "没有可决定的问题"
            return
        indices = [self.cursor]
        if whole_group:
            indices += [i for i in self.group_of(self.cursor) if i != self.cursor and not self.is_decided(i)]
        self._record(indices, verdict)
        if len(indices) > 1:
            self.message = f"本组 {len(indices)} 处均已{'确认' if verdict == Verdict.CONFIRMED else '忽略'}"
        self._advance()

    def _skip(self) -> None:
        self._advance()

    def _fix(self) -> None:
        current = self.current
        if current is None or current.fix is None or current.fix.applicability != "safe":
            self.message = "此问题没有可自动应用的安全修正"
            return
        if self._fixer is None:
            self.message = "此文件不能自动修正（只有 .txt/.md 可以；Word 文件请用 --export 导出修订）"
            return
        if self.is_decided(self.cursor):
            self.message = "此问题已有决定；先按 u 撤销"
            return
        problem = self._fixer(current)
        if problem:
            self.message = problem
            return
        self._record([self.cursor], Verdict.FIXED)
        self.message = f"已修正为“{current.fix.replacement_text()}”"
        self._advance()

    def _edit(self) -> None:
        if self._editor is None or self.current is None:
            self.message = "只有文本文件（.txt/.md）可以在编辑器中打开"
            return
        self._editor(self.current)

    def _set_note(self, text: str) -> None:
        current = self.current
        if current is None:
            return
        decision = self.decision(self.cursor)
        if decision is None:
            self._notes[current.fingerprint] = text
            self.message = "备注已记下，做出决定时一并保存"
            return
        self.decisions.entries[current.fingerprint] = replace(decision, note=text)
        self._history.append([(current.fingerprint, decision)])
        self._save(self.decisions)
        self.message = "备注已保存"

    def _undo(self) -> None:
        if not self._history:
            self.message = "没有可撤销的决定"
            return
        changes = self._history.pop()
        for fingerprint, previous in changes:
            if previous is None:
                self.decisions.entries.pop(fingerprint, None)
            else:
                self.decisions.entries[fingerprint] = previous
        self._save(self.decisions)
        first = changes[0][0]
        index = next(i for i, f in enumerate(self.findings) if f.fingerprint == first)
        if index not in self.visible:
            self.filter = ""
        self.cursor = index
        self.message = f"已撤销（{len(changes)} 处）"

    # --- moving -------------------------------------------------------------------------------------------
    def _step_undecided(self, direction: int) -> int | None:
        visible = self.visible
        if not visible:
            return None
        ordered = visible if direction > 0 else visible[::-1]
        after = [i for i in ordered if (i > self.cursor if direction > 0 else i < self.cursor)]
        return next((i for i in after if not self.is_decided(i)), None)

    def _advance(self) -> None:
        """To the next undecided finding, wrapping round; stays put when everything is decided."""
        nxt = self._step_undecided(1)
        if nxt is None:
            nxt = next((i for i in self.visible if not self.is_decided(i) and i != self.cursor), None)
        if nxt is None:
            if not self.message:
                self.message = "全部问题都已处理；按 q 保存并退出"
            return
        self.cursor = nxt

    def _move_undecided(self, direction: int) -> None:
        target = self._step_undecided(direction)
        if target is None:
            self.message = "后面没有待定的问题" if direction > 0 else "前面没有待定的问题"
        else:
            self.cursor = target

    def _move(self, direction: int) -> None:
        visible = self.visible
        if self.cursor not in visible:
            return
        position = visible.index(self.cursor) + direction
        if 0 <= position < len(visible):
            self.cursor = visible[position]
        else:
            self.message = "已是最后一个" if direction > 0 else "已是第一个"

    def _goto(self, text: str) -> None:
        visible = self.visible
        if not text.isdecimal():
            self.message = f"输入的不是数字：请输入问题序号 1–{len(visible)}"
            return
        if not 1 <= int(text) <= len(visible):
            self.message = f"没有第 {text} 个问题（共 {len(visible)} 个）"
            return
        self.cursor = visible[int(text) - 1]

    def _set_filter(self, text: str) -> None:
        if not any(matches_filter(f, text) for f in self.findings):
            self.message = f"没有规则“{text}”的问题；筛选未改变"
            return
        self.filter = text.strip()
        visible = self.visible
        if self.cursor not in visible:
            self.cursor = next((i for i in visible if not self.is_decided(i)), visible[0])
