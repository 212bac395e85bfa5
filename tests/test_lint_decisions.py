"""``lint`` honours the decisions file beside each report, counts stale decisions, and applies baselines."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.review.decisions import Decision, Decisions, Verdict, save_decisions

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "fixtures" / "example-report.txt"
runner = CliRunner()


def _lint(*args):
    return runner.invoke(app, ["lint", *args])


def _issues(result):
    return [issue for entry in json.loads(result.stdout)["files"] for issue in entry.get("issues", [])]


def _report(tmp_path, name="report.txt"):
    path = tmp_path / name
    shutil.copy(EXAMPLE, path)
    return path


def test_dismissed_findings_are_suppressed_and_counted_confirmed_ones_stay(tmp_path):
    report = _report(tmp_path)
    issues = _issues(_lint("--format", "json", str(report)))
    dismissed, confirmed = issues[0], issues[1]
    decisions = Decisions("report.txt", entries={
        dismissed["fingerprint"]: Decision(Verdict.DISMISSED, dismissed["code"], dismissed["quote"], "误报", "T"),
        confirmed["fingerprint"]: Decision(Verdict.CONFIRMED, confirmed["code"], confirmed["quote"], "", "T"),
    })
    save_decisions(tmp_path / "report.draftcheck.json", decisions)
    after = _issues(_lint("--format", "json", str(report)))
    assert [i["fingerprint"] for i in after] == [i["fingerprint"] for i in issues[1:]]
    full = _lint(str(report))
    assert f"发现 {len(issues) - 1} 个问题" in full.stdout and "已忽略 1 个（审阅决定）" in full.stdout
    assert len(_issues(_lint("--format", "json", "--no-decisions", str(report)))) == len(issues)


def test_decisions_whose_finding_is_gone_are_counted_and_listed_as_stale(tmp_path):
    report = _report(tmp_path)
    save_decisions(tmp_path / "report.draftcheck.json", Decisions("report.txt", entries={
        "0000000000000000": Decision(Verdict.DISMISSED, "DC503", "平安生产", "", "2026-01-01T00:00:00Z")}))
    full = _lint(str(report))
    assert "1 条审阅决定已失效" in full.stdout
    stats = _lint("--statistics", str(report))
    assert "已失效的审阅决定" in stats.stdout and "平安生产" in stats.stdout
    machine = _lint("--format", "json", "--statistics", str(report))
    assert "已失效的审阅决定" in machine.stderr and "DC503  “平安生产”  已忽略" in machine.stderr


def test_a_corrupt_or_foreign_decisions_file_is_an_input_error_and_left_untouched(tmp_path):
    report = _report(tmp_path)
    path = tmp_path / "report.draftcheck.json"
    path.write_text("{broken", encoding="utf-8")
    result = _lint("--format", "json", str(report))
    assert result.exit_code == 2 and "已损坏" in result.stderr and str(path) in result.stderr
    assert path.read_text(encoding="utf-8") == "{broken"
    assert len(_issues(result)) > 0  # findings still reported, nothing suppressed
    save_decisions(path, Decisions("another.txt"))
    assert "另一份文档" in _lint(str(report)).stderr


def test_explicit_decisions_file_needs_a_single_report(tmp_path):
    report = _report(tmp_path)
    result = _lint("--decisions", str(tmp_path / "d.json"), str(report), str(report))
    assert result.exit_code == 2 and "--decisions 只能与一个报告文件一起使用" in result.stderr


def test_write_baseline_then_baseline_reports_only_new_findings(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    report = _report(archive)
    baseline = tmp_path / "baseline.json"
    written = _lint(str(archive), "--write-baseline", str(baseline))
    assert written.exit_code == 0 and written.stdout == "" and "记入基线" in written.stderr
    count = len(_issues(_lint("--format", "json", str(archive))))
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["files"]["archive/report.txt"]) == count
    assert _issues(_lint("--format", "json", "--baseline", str(baseline), str(archive))) == []
    assert f"另有 {count} 个已列入基线" in _lint("--baseline", str(baseline), str(archive)).stdout
    report.write_text(report.read_text(encoding="utf-8") + "\n坚持平安生产。\n", encoding="utf-8")
    new = _issues(_lint("--format", "json", "--baseline", str(baseline), str(archive)))
    assert [i["quote"] for i in new] == ["平安生产"]


def test_a_missing_or_broken_baseline_is_one_line_and_exit_2(tmp_path):
    report = _report(tmp_path)
    result = _lint("--baseline", str(tmp_path / "none.json"), str(report))
    assert result.exit_code == 2 and "基线文件不存在" in result.stderr
    (tmp_path / "bad.json").write_text("[]", encoding="utf-8")
    result = _lint("--baseline", str(tmp_path / "bad.json"), str(report))
    assert result.exit_code == 2 and "已损坏" in result.stderr


def test_a_gbk_baseline_or_decisions_file_is_named_as_not_utf8_json(tmp_path):
    report = _report(tmp_path)
    gbk = "{\"说明\": \"基线\"}".encode("gbk")
    (tmp_path / "gbk.json").write_bytes(gbk)
    result = _lint("--baseline", str(tmp_path / "gbk.json"), str(report))
    assert result.exit_code == 2 and "codec" not in result.stderr
    assert f"{tmp_path / 'gbk.json'}: 不是 draftcheck 写的 UTF-8 JSON 基线文件" in result.stderr
    decisions = tmp_path / "d.json"
    decisions.write_bytes(gbk)
    result = _lint("--decisions", str(decisions), str(report))
    assert result.exit_code == 2 and "codec" not in result.stderr
    assert "不是 draftcheck 写的 UTF-8 JSON 文件" in result.stderr and "文件未被改动" in result.stderr
    assert decisions.read_bytes() == gbk


def test_decisions_dir_from_the_configuration_keeps_decisions_out_of_the_report_folders(tmp_path):
    (tmp_path / "draftcheck.toml").write_text('decisions-dir = ".review"\n', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    report = _report(tmp_path / "sub")
    issues = _issues(_lint("--format", "json", str(report)))
    first = issues[0]
    path = tmp_path / ".review" / "sub" / "report.draftcheck.json"
    save_decisions(path, Decisions("report.txt", entries={
        first["fingerprint"]: Decision(Verdict.DISMISSED, first["code"], first["quote"], "", "T")}))
    assert len(_issues(_lint("--format", "json", str(report)))) == len(issues) - 1
    # a file beside the report is not read when the configuration says where decisions live
    (tmp_path / "sub" / "report.draftcheck.json").write_text("{broken", encoding="utf-8")
    assert _lint("--format", "json", str(report)).exit_code != 2


def test_review_export_uses_the_configured_decisions_dir(tmp_path):
    (tmp_path / "draftcheck.toml").write_text('decisions-dir = "decisions"\n', encoding="utf-8")
    report = _report(tmp_path)
    first = _issues(_lint("--format", "json", str(report)))[0]
    save_decisions(tmp_path / "decisions" / "report.draftcheck.json", Decisions("report.txt", entries={
        first["fingerprint"]: Decision(Verdict.CONFIRMED, first["code"], first["quote"], "", "T")}))
    result = runner.invoke(app, ["review", str(report), "--export", str(tmp_path / "out.docx")])
    assert result.exit_code == 0 and "1 条批注" in result.stderr
