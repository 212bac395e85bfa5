"""Structured fixes: which rules offer them and with what applicability, applying them (never overlapping,
never over changed text), ``lint --fix``/``--diff``, and the fix in JSON and SARIF."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.engine import lint_text
from draftcheck.finding import Edit, Finding, Fix, Severity, Span
from draftcheck.fixes import apply_fixes
from draftcheck.output import FileReport, LintRun, render
from draftcheck.rules import find_rule

runner = CliRunner()


def _fixes(text, *codes):
    findings = lint_text(text, [find_rule(code)() for code in codes]).findings
    return {f.quote: f.fix for f in findings}


@pytest.mark.parametrize(("text", "quote", "fixed"), [
    ("与去年同期累计值7044.76万元元相比减少", "7044.76万元元", "7044.76万元"),
    ("争取补助资金500万万元，用于", "500万万元", "500万元"),
    ("人均可支配收入增长6.1%%，高于", "6.1%%", "6.1%"),
    ("投资32.6亿元元，同比", "32.6亿元元", "32.6亿元"),
])
def test_a_doubled_unit_or_percent_sign_has_a_safe_fix(text, quote, fixed):
    fix = _fixes(text, "DC501")[quote]
    assert fix.applicability == "safe"
    assert apply_fixes(text, lint_text(text, [find_rule("DC501")()]).findings).text == text.replace(quote, fixed)


def test_other_unit_corrections_are_unsafe():
    fixes = _fixes("新建标准厂房3200方米，完成年度任务的21。提高0.6%个百分点。", "DC501")
    assert {quote: fix.applicability for quote, fix in fixes.items()} == {
        "3200方米": "unsafe", "任务的21": "unsafe", "0.6%个百分点": "unsafe"}


def test_a_misspelt_term_has_a_safe_fix_unless_quotation_marks_are_involved():
    fixes = _fixes("坚持科学进展观，把平安生产列入议程，再接再励。统筹推进“五位一体”战略布局。", "DC503")
    assert fixes["科学进展观"].applicability == "safe" and fixes["科学进展观"].edits[0].content == "科学发展观"
    assert fixes["平安生产"].applicability == "safe" and fixes["再接再励"].applicability == "safe"
    (quoted,) = [fix for quote, fix in fixes.items() if "战略布局" in quote]
    assert quoted.applicability == "unsafe"


def test_web_residue_on_its_own_line_is_deleted_with_its_line_break_inside_a_line_it_is_left_to_a_person():
    text = "一、主要工作\n热门排行\n全年完成投资48亿元。\n推荐访问:管委会 工作总结 工业园区 上半年 五篇"
    findings = lint_text(text, [find_rule("DC504")()]).findings
    assert findings and all(f.fix is not None and f.fix.applicability == "safe" for f in findings)
    assert apply_fixes(text, findings).text == "一、主要工作\n全年完成投资48亿元。"


def test_arithmetic_corrections_are_unsafe_and_never_applied_by_default():
    text = "实现税收收入9.8亿元，比上年的8.2亿元增长15.3%。"
    (finding,) = lint_text(text, [find_rule("DC301")()]).findings
    assert finding.fix.applicability == "unsafe" and finding.fix.edits[0].content == "增长19.5%"
    assert apply_fixes(text, [finding]).text == text
    assert apply_fixes(text, [finding], unsafe=True).text == text.replace("增长15.3%", "增长19.5%")
    total = lint_text("共完成投资48.6亿元，分别为甲园31.2亿元、乙园12.5亿元、丙园4.3亿元。", [find_rule("DC201")()]).findings
    assert total and total[0].fix is None  # which figure is wrong is unknown: no phrase to put in


def _finding(text, start, end, content, applicability="safe"):
    return Finding(code="DC501", rule="unit-error", severity=Severity.WARNING, message="m", span=Span(start=start, end=end),
                   quote=text[start:end], fix=Fix(applicability=applicability, edits=[Edit(span=Span(start=start, end=end), content=content)]))


def test_overlapping_fixes_and_fixes_over_changed_text_are_skipped_with_a_reason():
    text = "甲乙丙丁戊"
    first, overlapping, later = _finding(text, 0, 3, "X"), _finding(text, 2, 4, "Y"), _finding(text, 4, 5, "Z")
    outcome = apply_fixes(text, [later, overlapping, first])
    assert outcome.text == "X丁Z" and outcome.applied == [first, later]
    assert "重叠" in outcome.skipped[0][1]
    outcome = apply_fixes("乙乙丙丁戊", [first])
    assert outcome.text == "乙乙丙丁戊" and "已不在原位置" in outcome.skipped[0][1]


def test_lint_fix_writes_safe_fixes_in_the_files_encoding_and_reports_what_remains(tmp_path):
    path = tmp_path / "report.txt"
    original = "完成收入7044.76万元元，实现工业销售收入亿元。坚持平安生产。\r\n热门排行\r\n下一步继续努力。\r\n"
    path.write_bytes(original.encode("gb18030"))
    diff = runner.invoke(app, ["lint", "--diff", str(path)])
    assert diff.exit_code == 1 and path.read_bytes() == original.encode("gb18030")
    assert "-完成收入7044.76万元元" in diff.stdout and "+完成收入7044.76万元，" in diff.stdout and "-热门排行" in diff.stdout
    fixed = runner.invoke(app, ["lint", "--fix", "--format", "json", str(path)])
    assert path.read_bytes() == "完成收入7044.76万元，实现工业销售收入亿元。坚持安全生产。\r\n下一步继续努力。\r\n".encode("gb18030")
    assert "已修正 3 处" in fixed.stderr and "“7044.76万元元” → “7044.76万元”" in fixed.stderr
    remaining = json.loads(fixed.stdout)["files"][0]["issues"]
    assert [i["code"] for i in remaining] == ["DC101"] and fixed.exit_code == 1
    again = runner.invoke(app, ["lint", "--diff", str(path)])  # DC101 remains, but nothing is left to fix
    assert again.exit_code == 0 and again.stdout == ""


def test_lint_fix_never_touches_a_docx(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("完成收入7044.76万元元。")
    path = tmp_path / "r.docx"
    document.save(path)
    before = path.read_bytes()
    result = runner.invoke(app, ["lint", "--fix", str(path)])
    assert path.read_bytes() == before and "Word 文件不会被改动" in result.stderr


def test_lint_diff_of_a_docx_with_safe_fixes_exits_1_and_one_without_exits_0(tmp_path):
    import docx

    for name, text, expected in (("fixable.docx", "完成收入7044.76万元元。", 1), ("clean.docx", "下一步继续努力。", 0)):
        document = docx.Document()
        document.add_paragraph(text)
        document.save(tmp_path / name)
        result = runner.invoke(app, ["lint", "--diff", str(tmp_path / name)])
        assert result.exit_code == expected, (name, result.stderr)
        assert result.stdout == ""
        assert ("Word 文件不会被改动" in result.stderr) is bool(expected)


def test_fix_and_diff_refuse_stdin_and_each_other(tmp_path):
    assert "不能同时使用" in runner.invoke(app, ["lint", "--fix", "--diff", "x.txt"]).stderr
    assert "标准输入" in runner.invoke(app, ["lint", "--fix", "-"], input="x").stderr


def _fix_run():
    text = "完成收入7044.76万元元。\n增长15.3%"
    findings = [_finding(text, 4, 14, "7044.76万元"), _finding(text, 16, 23, "增长19.5%", "unsafe")]
    return LintRun([FileReport("r.txt", text, findings)], rules=[find_rule("DC501")])


def test_json_carries_the_fix_with_positions():
    issues = json.loads(render("json", _fix_run()))["files"][0]["issues"]
    assert issues[0]["fix"] == {"applicability": "safe", "edits": [
        {"span": {"start": 4, "end": 14}, "line": 1, "column": 5, "end_line": 1, "end_column": 15, "content": "7044.76万元"}]}
    assert issues[1]["fix"]["applicability"] == "unsafe"


def test_sarif_fixes_are_valid_against_the_schema(shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = json.loads(render("sarif", _fix_run()))
    jsonschema.validate(document, schema)
    (fix,) = document["runs"][0]["results"][0]["fixes"]
    (replacement,) = fix["artifactChanges"][0]["replacements"]
    assert replacement["insertedContent"]["text"] == "7044.76万元" and replacement["deletedRegion"]["charOffset"] == 4
    assert fix["properties"]["applicability"] == "safe"
