"""The review state machine driven by key sequences: decisions, groups, undo, notes, moving, filter, resume."""

from __future__ import annotations

import json
import threading

import pytest

from draftcheck.finding import Edit, Finding, Fix, Severity, Span
from draftcheck.review.decisions import (
    Decisions,
    DecisionsError,
    Verdict,
    apply_decisions,
    back_up,
    load_decisions,
    save_decisions,
)
from draftcheck.review.session import BACKSPACE, CTRL_C, ENTER, ESCAPE, Mode, ReviewSession


def _finding(start, code="DC503", quote="平安生产", message="固定提法有误", rule="term-error", fix=None):
    return Finding(code=code, rule=rule, severity=Severity.WARNING, message=message, span=Span(start=start, end=start + len(quote)),
                   quote=quote, fingerprint=f"fp{start:03d}", fix=fix)


def _findings():
    # three identical 平安生产 (one group), one blank amount, one doubled unit with a safe fix
    return [
        _finding(0),
        _finding(10, code="DC101", quote="收入亿元", message="缺少金额", rule="blank-amount"),
        _finding(20),
        _finding(30, code="DC501", quote="5万元元", message="单位重复", rule="unit-error",
                 fix=Fix(applicability="safe", edits=[Edit(span=Span(start=33, end=36), content="万元")])),
        _finding(40),
    ]


class Recorder:
    """Stands in for the decisions file: remembers every save as JSON, as the file would hold it."""

    def __init__(self):
        self.saves = []

    def __call__(self, decisions):
        self.saves.append(json.loads(json.dumps(decisions.to_json())))


def _session(findings=None, decisions=None, **kwargs):
    recorder = Recorder()
    session = ReviewSession(findings or _findings(), decisions or Decisions("r.txt"), recorder, clock=lambda: "T", **kwargs)
    return session, recorder


def _press(session, keys):
    for key in keys:
        session.press(key)


def test_confirm_dismiss_and_skip_move_to_the_next_undecided_and_save_each_decision():
    session, saves = _session()
    assert session.progress() == "1/5 · 已确认 0 · 已忽略 0 · 待定 5"
    _press(session, "yns")
    assert session.cursor == 3 and len(saves.saves) == 2
    assert saves.saves[-1]["decisions"]["fp000"]["decision"] == "confirmed"
    assert saves.saves[-1]["decisions"]["fp010"] == {"rule": "DC101", "quote": "收入亿元", "decision": "dismissed", "note": "", "time": "T"}
    assert session.progress() == "4/5 · 已确认 1 · 已忽略 1 · 待定 3"


def test_upper_case_decides_every_undecided_member_of_the_group_and_undo_restores_them_all():
    session, saves = _session()
    _press(session, "J")  # to the blank amount
    _press(session, "y")  # confirmed; cursor moves to fp020 (second 平安生产)
    assert session.cursor == 2
    session.press("N")  # dismisses fp020 and the undecided fp000, fp040
    entries = saves.saves[-1]["decisions"]
    assert {fp: e["decision"] for fp, e in entries.items()} == {
        "fp000": "dismissed", "fp010": "confirmed", "fp020": "dismissed", "fp040": "dismissed"}
    assert session.cursor == 3
    session.press("u")
    assert set(saves.saves[-1]["decisions"]) == {"fp010"} and session.cursor == 2
    session.press("u")
    assert saves.saves[-1]["decisions"] == {} and session.cursor == 1


def test_upper_case_leaves_members_already_decided_alone():
    session, saves = _session()
    _press(session, "y")  # fp000 confirmed
    _press(session, "JN")  # on fp020: N dismisses fp020 and fp040 only
    decided = saves.saves[-1]["decisions"]
    assert decided["fp000"]["decision"] == "confirmed" and decided["fp040"]["decision"] == "dismissed"


def test_keys_shown_are_only_those_valid_now():
    session, _ = _session(fixer=lambda f: None)
    keys = [k.key for k in session.valid_keys()]
    assert "Y" in keys and "f" not in keys and "u" not in keys and "K" not in keys and "e" not in keys
    _press(session, "JJJ")  # the doubled unit: alone in its group, with a safe fix
    keys = [k.key for k in session.valid_keys()]
    assert "Y" not in keys and "f" in keys and "K" in keys
    session.press("?")
    assert session.mode == Mode.HELP
    session.press("?")
    assert session.mode == Mode.BROWSE


def test_safe_fix_goes_through_the_fixer_and_is_recorded_as_fixed():
    applied = []
    session, saves = _session(fixer=lambda f: applied.append(f.fingerprint))
    _press(session, "JJJf")
    assert applied == ["fp030"] and saves.saves[-1]["decisions"]["fp030"]["decision"] == "fixed"
    assert "万元" in session.message and session.counts()["fixed"] == 1
    # re-checked after the fix: the finding is gone, the decision still counts as fixed
    after = ReviewSession([f for f in _findings() if f.fingerprint != "fp030"], session.decisions, lambda d: None)
    assert after.counts() == {"confirmed": 0, "dismissed": 0, "fixed": 1, "pending": 4}


def test_a_fix_that_cannot_be_applied_records_nothing():
    session, saves = _session(fixer=lambda f: "原文已改变，未修正")
    _press(session, "JJJf")
    assert saves.saves == [] and session.message == "原文已改变，未修正"
    session.press("J")
    session.press("f")  # no fix on this one
    assert "没有可自动应用" in session.message and saves.saves == []


def test_notes_before_and_after_a_decision():
    session, saves = _session()
    _press(session, ["c", *"待核", BACKSPACE, "实", ENTER])
    assert saves.saves == []  # kept until the decision
    session.press("n")
    assert saves.saves[-1]["decisions"]["fp000"]["note"] == "待实"
    _press(session, ["K", "c", ESCAPE])
    assert len(saves.saves) == 1
    _press(session, ["c", *"改", ENTER])
    assert saves.saves[-1]["decisions"]["fp000"]["note"] == "待实改"


def test_moving_goto_and_filter():
    session, _ = _session()
    _press(session, ["g", "4", ENTER])
    assert session.cursor == 3
    _press(session, ["g", "9", ENTER])
    assert session.cursor == 3 and "没有第 9 个" in session.message
    _press(session, ["g", "x"])
    assert session.mode == Mode.GOTO and session.buffer == ""
    session.press(ESCAPE)
    _press(session, ["g", *"abc", ENTER])
    assert session.cursor == 3 and "不是数字" in session.message and "没有第" not in session.message
    _press(session, ["g", "²", ENTER])  # str.isdigit() accepts it, int() does not
    assert session.cursor == 3 and "不是数字" in session.message
    _press(session, ["/", *"term", ENTER])
    assert session.visible == [0, 2, 4] and session.cursor == 0 and session.progress().endswith("筛选 term")
    _press(session, "yy")
    assert session.cursor == 4
    session.press("j")
    assert "后面没有待定" in session.message
    _press(session, ["/", *[BACKSPACE] * 4, ENTER])  # an empty filter shows everything again
    assert len(session.visible) == 5
    _press(session, ["/", *"DC9", ENTER])
    assert "没有规则" in session.message and len(session.visible) == 5


def test_quit_and_ctrl_c_end_the_session():
    for key in ("q", CTRL_C):
        session, _ = _session()
        session.press(key)
        assert session.mode == Mode.DONE


def test_resume_after_a_kill_starts_at_the_first_undecided(tmp_path):
    path = tmp_path / "r.draftcheck.json"
    session = ReviewSession(_findings(), Decisions("r.txt"), lambda d: save_decisions(path, d))
    _press(session, "ny")
    del session  # killed: nothing but what was saved survives
    resumed = ReviewSession(_findings(), load_decisions(path, "r.txt"), lambda d: save_decisions(path, d))
    assert resumed.cursor == 2 and resumed.counts() == {"confirmed": 1, "dismissed": 1, "fixed": 0, "pending": 3}


def test_lint_side_suppresses_dismissed_and_reports_stale_decisions(tmp_path):
    path = tmp_path / "r.draftcheck.json"
    session = ReviewSession(_findings(), Decisions("r.txt"), lambda d: save_decisions(path, d))
    _press(session, "ny")
    decisions = load_decisions(path, "r.txt")
    outcome = apply_decisions(_findings()[1:], decisions)  # fp000 (dismissed) no longer exists
    assert [f.fingerprint for f in outcome.kept] == ["fp010", "fp020", "fp030", "fp040"]
    assert [fp for fp, _ in outcome.stale] == ["fp000"] and outcome.dismissed == []
    outcome = apply_decisions(_findings(), decisions)
    assert [f.fingerprint for f in outcome.dismissed] == ["fp000"] and outcome.stale == []


def test_corrupt_or_foreign_decisions_file_is_refused_and_can_be_backed_up(tmp_path):
    path = tmp_path / "r.draftcheck.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(DecisionsError, match="已损坏"):
        load_decisions(path, "r.txt")
    copy = back_up(path)
    assert copy.read_text(encoding="utf-8") == "{not json" and path.exists()
    assert back_up(path).name == "r.draftcheck.json.bak2"
    save_decisions(path, Decisions("other.txt"))
    with pytest.raises(DecisionsError, match="另一份文档“other.txt”"):
        load_decisions(path, "r.txt")
    assert load_decisions(tmp_path / "none.json", "r.txt") is None


def test_a_reader_never_sees_a_half_written_decisions_file(tmp_path):
    path = tmp_path / "r.draftcheck.json"
    decisions = Decisions("r.txt")
    save_decisions(path, decisions)
    stop = threading.Event()

    def writer():
        session = ReviewSession(_findings(), decisions, lambda d: save_decisions(path, d))
        while not stop.is_set():
            _press(session, "nu")

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        for _ in range(300):
            loaded = load_decisions(path, "r.txt")  # raises on a torn file
            assert all(d.verdict == Verdict.DISMISSED for d in loaded.entries.values())
    finally:
        stop.set()
        thread.join()
