"""Every output format from one hand-built run: positions, escaping, schema validity, summary and colour."""

from __future__ import annotations

import json

import pytest

from draftcheck.finding import Finding, RelatedSpan, Severity, Span
from draftcheck.output import FORMATS, FileReport, LintRun, render, write_atomically
from draftcheck.output.full_format import snippet_for, summary_line
from draftcheck.output.github_format import escape_data, escape_property
from draftcheck.rules import find_rule

TEXT = "标题\n合计68787万元，其中甲15270万元、乙53315万元。\n𝒳增长%，比例50%,完成"


def _finding(code, slug, severity, start, end, message, related=()):
    return Finding(
        code=code,
        rule=slug,
        severity=severity,
        message=message,
        span=Span(start=start, end=end),
        quote=TEXT[start:end],
        related=[RelatedSpan(label=label, span=Span(start=s, end=e), quote=TEXT[s:e]) for label, s, e in related],
        fingerprint=f"fp-{code}-{start}",
    )


def _run(path: str = "reports/年度报告.txt") -> LintRun:
    total = TEXT.index("68787万元")
    part_a, part_b = TEXT.index("15270万元"), TEXT.index("53315万元")
    growth = TEXT.index("增长%")
    findings = [
        _finding("DC201", "sum-mismatch", Severity.ERROR, total, total + 7, "合计 68787万元 与分项之和 68585万元不符",
                 [("分项", part_a, part_a + 7), ("分项", part_b, part_b + 7)]),
        _finding("DC101", "blank-amount", Severity.WARNING, growth, growth + 3, "“增长%”缺少数字: 50%, 请补上\n第二行"),
    ]
    rules = [find_rule("DC101")]
    return LintRun([FileReport(path, TEXT, findings, {"sum": {"inconsistent": 1, "consistent": 2}}),
                    FileReport("broken.docx", "", error="不是有效的 .docx 文件")], rules=rules)


def test_json_keeps_the_documented_shape_with_code_point_positions():
    data = json.loads(render("json", _run()))
    assert data["schema_version"] == 1
    first, failed = data["files"]
    assert failed == {"path": "broken.docx", "issues": [], "error": "不是有效的 .docx 文件"}
    issue = first["issues"][1]
    assert {"code", "rule", "severity", "message", "span", "line", "column", "quote", "related", "fingerprint"} <= set(issue)
    # line 3 starts with an astral character (one code point): 增长% is at column 2
    assert (issue["line"], issue["column"], issue["span"]["end"] - issue["span"]["start"]) == (3, 2, 3)
    assert [r["quote"] for r in first["issues"][0]["related"]] == ["15270万元", "53315万元"]


def test_concise_is_path_line_col_code_message():
    lines = render("concise", _run()).splitlines()
    assert lines[0] == "reports/年度报告.txt:2:3: DC201 合计 68787万元 与分项之和 68585万元不符"


def test_sarif_is_valid_against_the_2_1_0_schema(shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    document = json.loads(render("sarif", _run()))
    jsonschema.validate(document, schema)


def test_sarif_regions_rules_and_fingerprints():
    run = json.loads(render("sarif", _run()))["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["DC101", "DC201"]  # metadata for every code seen
    total, growth = run["results"]
    region = growth["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (3, 2, 3, 5)
    assert growth["level"] == "warning" and growth["ruleIndex"] == 0
    assert growth["partialFingerprints"] == {"draftcheck/v1": growth["partialFingerprints"]["draftcheck/v1"]}
    assert [loc["message"]["text"] for loc in total["relatedLocations"]] == ["分项", "分项"]
    uri = total["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "reports/年度报告.txt"
    notification = run["invocations"][0]["toolExecutionNotifications"][0]
    assert notification["message"]["text"] == "不是有效的 .docx 文件" and run["invocations"][0]["executionSuccessful"] is False


def test_sarif_absolute_paths_become_file_uris(tmp_path):
    run = json.loads(render("sarif", _run(str(tmp_path / "a b.txt"))))["runs"][0]
    assert run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("file:///")


def test_github_annotations_are_escaped():
    assert escape_data("50%\r\n") == "50%25%0D%0A"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    lines = render("github", _run("dir,name:1.txt")).splitlines()
    assert lines[0].startswith("::error file=dir%2Cname%3A1.txt,line=2,col=3,endLine=2,endColumn=10,title=DC201 sum-mismatch::")
    assert "分项：“15270万元”（2:14）" in lines[0]
    assert lines[1] == (
        "::warning file=dir%2Cname%3A1.txt,line=3,col=2,endLine=3,endColumn=5,title=DC101 blank-amount::"
        "“增长%25”缺少数字: 50%25, 请补上%0A第二行"
    )
    assert lines[2] == "::error file=broken.docx,title=draftcheck::不是有效的 .docx 文件"
    assert len(lines) == 3


def test_rdjson_columns_are_utf8_bytes():
    data = json.loads(render("rdjson", _run()))
    total, growth, failed = data["diagnostics"]
    # "合计" is 2 Han characters = 6 bytes before the number; the 7-character span 68787万元 = 5 + 2*3 bytes
    assert total["location"]["range"] == {"start": {"line": 2, "column": 7}, "end": {"line": 2, "column": 18}}
    # the astral 𝒳 is 4 bytes
    assert growth["location"]["range"]["start"] == {"line": 3, "column": 5}
    assert growth["severity"] == "WARNING" and growth["code"] == {"value": "DC101"}
    assert failed == {"message": "不是有效的 .docx 文件", "location": {"path": "broken.docx"}, "severity": "ERROR"}
    assert data["source"] == {"name": "draftcheck"}


def test_full_groups_by_file_highlights_and_summarises():
    output = render("full", _run())
    assert "\x1b[" not in output  # no colour unless asked
    lines = output.splitlines()
    assert lines[0] == "reports/年度报告.txt"
    assert lines[1].startswith("  2:3  错误  DC201 sum-mismatch  合计 68787万元")
    assert lines[2] == "      │ 合计68787万元，其中甲15270万元、乙53315万元。"
    assert lines[3] == "      │     ^^^^^^^^^"  # 合计 = 4 cells; 68787万元 = 5 + 2*2 cells
    assert lines[4] == "      │ 分项：“15270万元”（2:14）"
    assert lines[-1] == "共 1 个文件，发现 2 个问题（错误 1，警告 1）；1 个文件无法检查（原因见上方错误信息）"


def test_full_colour_only_when_asked():
    assert "\x1b[" in render("full", _run(), color=True)


def test_full_statistics_tables():
    output = render("full", _run(), statistics=True)
    assert "规则统计" in output and "数值关系统计" in output
    row = next(line for line in output.splitlines() if line.strip("│ ").startswith("sum "))
    assert [cell.strip() for cell in row.strip("│ ").split("│")] == ["sum", "2", "1", "0"]


def test_summary_without_findings_and_with_info():
    assert summary_line(LintRun([FileReport("a.txt", "正文")])) == "共 1 个文件，未发现问题"
    info = _finding("DC504", "web-residue", Severity.INFO, 0, 2, "网页残留")
    assert summary_line(LintRun([FileReport("a.txt", TEXT, [info], suppressed=2)])) == (
        "共 1 个文件，发现 1 个问题（错误 0，警告 0，提示 1），另有 2 个已按忽略标记或配置忽略"
    )


def test_snippet_is_trimmed_to_the_sentence_and_clamped_to_the_line():
    long_line = "前" * 60 + "。" + "甲" * 50 + "增长%" + "乙" * 50 + "。后文"
    report = FileReport("a.txt", long_line + "\n下一行")
    start = long_line.index("增长%")
    snip = snippet_for(report, start, start + 3)
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert snip.text[snip.start : snip.end] == "增长%"
    # a span running past its line is shown up to the line end
    multi = snippet_for(report, len(long_line) - 2, len(long_line) + 3)
    assert multi.text[multi.start : multi.end] == "后文"


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_renders_an_empty_run(fmt):
    output = render(fmt, LintRun([]))
    assert isinstance(output, str)


def test_write_atomically_replaces_whole_file_and_leaves_no_temporaries(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "新内容\n")
    assert target.read_text(encoding="utf-8") == "新内容\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]
    with pytest.raises(OSError):
        write_atomically(tmp_path / "missing-dir" / "out.json", "x")


def test_line_breaks_in_messages_and_quotes_show_as_a_mark_in_human_formats():
    text = "合计10万元\r\n其中\n甲5万元"
    finding = Finding(code="DC201", rule="sum-mismatch", severity=Severity.ERROR, message="第一行\n第二行\r\n第三行",
                      span=Span(start=0, end=6), quote=text[:6],
                      related=[RelatedSpan(label="分项", span=Span(start=6, end=10), quote=text[6:10])],
                      suggestion="改为\n5万元", fingerprint="fp")
    run = LintRun([FileReport("a.txt", text, [finding])])
    concise = render("concise", run)
    assert concise == "a.txt:1:1: DC201 第一行⏎第二行⏎第三行\n"
    full = render("full", run)
    assert "第一行⏎第二行⏎第三行" in full and "“\u23ce其中”" in full and "建议：改为⏎5万元" in full
    # machine formats keep the text as it is
    assert json.loads(render("json", run))["files"][0]["issues"][0]["message"] == "第一行\n第二行\r\n第三行"


def test_sarif_rule_metadata_is_the_chinese_documentation():
    import json as _json

    from draftcheck.output import render
    from draftcheck.output.model import LintRun
    from draftcheck.rules import find_rule

    cls = find_rule("DC201")
    sarif = _json.loads(render("sarif", LintRun([], rules=[cls])))
    (descriptor,) = sarif["runs"][0]["tool"]["driver"]["rules"]
    assert descriptor["shortDescription"]["text"] == cls.summary_zh()
    assert "## 作用" in descriptor["help"]["markdown"] and "## What it does" not in descriptor["help"]["markdown"]
