"""``draftcheck draft`` and ``draftcheck facts`` end to end, offline: outputs, manifest, bad input, imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.document import load_document
from draftcheck.draft.facts_example import EXAMPLE_FACTS

REPO = Path(__file__).resolve().parent.parent
FIXTURES = sorted((REPO / "fixtures").glob("facts-*.yaml"))
HEADINGS = ("一、主要指标完成情况", "二、重点项目建设", "三、招商引资", "四、其他重点工作", "五、存在问题", "六、下一步工作打算")


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "facts.yaml").write_text(EXAMPLE_FACTS, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("facts", FIXTURES, ids=lambda p: p.stem)
def test_each_example_drafts_complete_and_clean_offline(facts, workdir):
    result = invoke("draft", facts, "-o", "out.md")
    assert result.exit_code == 0, result.output
    text = (workdir / "out.md").read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert [line[3:] for line in text.splitlines() if line.startswith("## ")] == list(HEADINGS)
    manifest = json.loads((workdir / "out.run.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "complete"
    assert manifest["backend"]["name"] == "offline"
    assert all(s["clean"] and set(s["kept_rounds"]) == {"0"} for s in manifest["sections"])
    assert manifest["document_findings"] == []
    repair = manifest["repair"]
    assert repair["paragraphs_clean_after_round"]["0"] == repair["paragraphs"] == repair["paragraphs_written_by_model"]
    assert repair["paragraphs_fell_back"] == 0
    assert all(s["paragraphs_written_by_model"] >= 1 for s in manifest["sections"])
    # the draft, linted as a finished report, is clean too
    assert invoke("lint", "out.md").exit_code == 0


def test_docx_output_has_gongwen_styles(workdir):
    result = invoke("draft", "facts.yaml", "-o", "out.docx")
    assert result.exit_code == 0, result.output
    document = load_document(workdir / "out.docx")
    for heading in HEADINGS:
        assert heading in document.text
    from docx import Document

    docx = Document(str(workdir / "out.docx"))
    styles = [p.style.name for p in docx.paragraphs]
    assert styles.count("Heading 1") == 6 and "Title" not in styles
    normal = docx.styles["Normal"]
    assert normal.font.name == "仿宋_GB2312" and normal.font.size.pt == 16
    assert normal.paragraph_format.first_line_indent.pt == 32
    assert (workdir / "out.run.json").exists()


def test_docx_is_in_gb_t_9704_layout(workdir):
    """A4, margins 37/35/28/26 mm, 22 lines of 28 characters, "— N —" page numbers, plain title, own properties."""
    from docx import Document
    from docx.oxml.ns import qn

    (workdir / "facts.yaml").write_text(EXAMPLE_FACTS.replace("organisation:", "author: 办公室\norganisation:", 1), encoding="utf-8")
    assert invoke("draft", "facts.yaml", "-o", "out.docx").exit_code == 0
    docx = Document(str(workdir / "out.docx"))
    section = docx.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [round(m.mm) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)]
    assert margins == [37, 35, 28, 26]
    grid = section._sectPr.find(qn("w:docGrid"))
    line_pitch = int(grid.get(qn("w:linePitch"))) / 20  # points
    assert round(225 / 25.4 * 72 / line_pitch) == 22  # 225 mm of text area / line pitch = 22 lines
    char_pitch = 16 + int(grid.get(qn("w:charSpace"))) / 4096
    assert round(156 / 25.4 * 72 / char_pitch) == 28
    footer_xml = section.footer._element.xml
    assert "— " in footer_xml and " PAGE " in footer_xml and " —" in footer_xml
    assert docx.settings.odd_and_even_pages_header_footer and " PAGE " in section.even_page_footer._element.xml
    title = docx.paragraphs[0]
    assert title.text.endswith("工作总结") and title.runs[0].font.size.pt == 22
    assert title.runs[0].font.color.rgb is None and "w:pBdr" not in title._p.xml and "w:color" not in docx.styles["Normal"].element.xml
    props = docx.core_properties
    assert props.title == title.text and props.author == "办公室" and props.last_modified_by == "办公室"
    assert "python-docx" not in (props.author + props.comments + props.last_modified_by)
    assert props.created is not None and props.created.year >= 2025


def test_outputs_get_the_usual_permissions(workdir):
    import os
    import stat

    old = os.umask(0o022)
    try:
        assert invoke("draft", "facts.yaml", "-o", "out.md").exit_code == 0
    finally:
        os.umask(old)
    for name in ("out.md", "out.run.json"):
        assert stat.S_IMODE((workdir / name).stat().st_mode) == 0o644, name


def test_never_overwrites_without_force(workdir):
    (workdir / "out.md").write_text("我的稿子", encoding="utf-8")
    result = invoke("draft", "facts.yaml", "-o", "out.md")
    assert result.exit_code == 2
    assert "文件已存在" in result.output and "--force" in result.output
    assert (workdir / "out.md").read_text(encoding="utf-8") == "我的稿子"
    assert invoke("draft", "facts.yaml", "-o", "out.md", "--force").exit_code == 0
    assert "一、主要指标完成情况" in (workdir / "out.md").read_text(encoding="utf-8")


def test_invalid_yaml_is_one_line_exit_2(workdir):
    (workdir / "bad.yaml").write_text("organisation: 某园区\nperiod: {year: 2024, kind: 年度\n", encoding="utf-8")
    result = invoke("draft", "bad.yaml", "-o", "out.md")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误：bad.yaml:") and "YAML 格式错误" in lines[0]
    assert not (workdir / "out.md").exists()


def test_validation_errors_name_line_and_field(workdir):
    (workdir / "bad.yaml").write_text(EXAMPLE_FACTS.replace("value: 215.6", "value: 二百一十五"), encoding="utf-8")
    result = invoke("draft", "bad.yaml", "-o", "out.md")
    assert result.exit_code == 2
    line = next(i for i, text in enumerate(EXAMPLE_FACTS.splitlines(), 1) if "value: 215.6" in text)
    assert f"错误：bad.yaml:{line}: indicators[0].value: 应为数字（当前为 “二百一十五”）" in result.output


def test_template_with_a_missing_field_exits_2_before_drafting(workdir):
    prompts = workdir / "my-prompts"
    prompts.mkdir()
    (prompts / "plans.j2").write_text("{# draftcheck-prompt plans v1 — 自定义 #}\n{{ facts.plans[0].owner }}\n", encoding="utf-8")
    result = invoke("draft", "facts.yaml", "-o", "out.md", "--prompts", prompts)
    assert result.exit_code == 2
    assert f"plans.j2:2: 模板引用了不存在的字段 “owner”" in result.output
    assert "Traceback" not in result.output
    assert not (workdir / "out.md").exists()


def test_custom_prompts_are_recorded_in_the_manifest(workdir):
    prompts = workdir / "my-prompts"
    prompts.mkdir()
    (prompts / "plans.j2").write_text("{# draftcheck-prompt plans v3 — 自定义 #}\n写{{ title }}\n", encoding="utf-8")
    assert invoke("draft", "facts.yaml", "-o", "out.md", "--prompts", prompts).exit_code == 0
    manifest = json.loads((workdir / "out.run.json").read_text(encoding="utf-8"))
    assert manifest["templates"]["plans.j2"]["version"] == 3
    assert manifest["templates"]["plans.j2"]["path"].endswith("my-prompts/plans.j2")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "out.pdf"], "不支持的输出格式 .pdf"),
        (["-o", "out.txt"], "不支持的输出格式 .txt；请用 .md 或 .docx"),
        (["-o", "missing-dir/out.md"], "目录不存在"),
        (["-o", "out.md", "--backend", "gpt"], "未知后端"),
    ],
)
def test_bad_options_exit_2(workdir, args, message):
    result = invoke("draft", "facts.yaml", *args)
    assert result.exit_code == 2
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert sorted(p.name for p in workdir.iterdir()) == ["facts.yaml"]


def test_unknown_backend_is_named_in_chinese_quotes_with_the_choices(workdir):
    result = invoke("draft", "facts.yaml", "-o", "out.md", "--backend", "foo")
    assert result.exit_code == 2
    assert "未知后端 “foo”" in result.output and "'foo'" not in result.output
    assert "offline" in result.output and "llm" in result.output


def test_facts_with_nothing_to_draft(workdir):
    (workdir / "empty.yaml").write_text("organisation: 某园区管委会\nperiod: {year: 2024, kind: 年度}\n", encoding="utf-8")
    result = invoke("draft", "empty.yaml", "-o", "out.md")
    assert result.exit_code == 2 and "没有可起草的内容" in result.output
    assert not (workdir / "out.md").exists()


def test_missing_facts_file(workdir):
    result = invoke("draft", "nope.yaml", "-o", "out.md")
    assert result.exit_code == 2 and "文件不存在" in result.output


def test_facts_init_and_check(workdir):
    assert invoke("facts", "init", "new.yaml").exit_code == 0
    assert (workdir / "new.yaml").read_text(encoding="utf-8") == EXAMPLE_FACTS
    again = invoke("facts", "init", "new.yaml")
    assert again.exit_code == 2 and "文件已存在" in again.output
    assert invoke("facts", "init", "new.yaml", "--force").exit_code == 0
    checked = invoke("facts", "check", "new.yaml")
    assert checked.exit_code == 0 and "未发现问题" in checked.output


def test_facts_check_reports_numeric_problems_with_lines(workdir):
    bad = EXAMPLE_FACTS.replace("major_projects: 7", "major_projects: 14")
    (workdir / "bad.yaml").write_text(bad, encoding="utf-8")
    result = invoke("facts", "check", "bad.yaml")
    assert result.exit_code == 1
    line = next(i for i, text in enumerate(bad.splitlines(), 1) if "major_projects: 14" in text)
    assert f"bad.yaml:{line}: investment.major_projects: 亿元以上项目 14 个多于新签约项目 12 个" in result.output


def test_facts_check_invalid_file_exits_2(workdir):
    (workdir / "bad.yaml").write_text("organisation: 某园区\n", encoding="utf-8")
    result = invoke("facts", "check", "bad.yaml")
    assert result.exit_code == 2 and "bad.yaml:1: period: 缺少必填字段" in result.output


PROBE = """
import sys
from draftcheck.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
heavy = sorted(m for m in ("langchain_core", "langchain_openai", "openai", "httpx") if m in sys.modules)
print("HEAVY=" + ",".join(heavy))
"""


@pytest.mark.parametrize(
    "args",
    [["lint", "facts.yaml"], ["draft", "facts.yaml", "-o", "out.md"], ["facts", "check", "facts.yaml"]],
    ids=["lint", "draft-offline", "facts-check"],
)
def test_offline_paths_never_import_the_llm_stack(workdir, args):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, cwd=workdir, timeout=60)
    assert "HEAVY=\n" in out.stdout, out.stdout + out.stderr
