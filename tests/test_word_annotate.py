"""Word output reopened with python-docx: comments sit on exactly the flagged characters, the text and its
formatting are unchanged without --track-changes, and with it accepting every revision gives the fixed text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.document import load_document
from draftcheck.document.word import iter_paragraphs, paragraph_text
from draftcheck.engine import lint_text
from draftcheck.fixes import apply_fixes
from draftcheck.word.annotate import annotate_file

runner = CliRunner()
RULES = "DC101,DC102,DC501,DC503,DC504"


def _fixture(path: Path) -> Path:
    """Body paragraphs, bold runs, a term split across two runs, a table with findings in its cells."""
    document = docx.Document()
    document.add_paragraph("青山湖开发区2024年工作总结")
    p = document.add_paragraph("全年坚持")
    p.add_run("平安").bold = True  # 平安生产 split across a bold run and a plain one
    p.add_run("生产，完成营业收入")
    p.add_run("7044.76万元元").bold = True
    p.add_run("，同比增长6.1%%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "完成值"
    table.cell(1, 0).text = "固定资产投资"
    table.cell(1, 1).text = "xx.xx亿元"
    document.add_paragraph("下一步，全体干部将再接再励，确保实现工业销售收入亿元的目标任务。")
    document.add_paragraph("热门排行")  # web residue on the last line: deleted with the line break before it
    document.save(path)
    return path


def _comment_anchors(word) -> dict[str, str]:
    """Comment id -> the visible text between its range start and end (deleted text left out)."""
    anchors: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    deleted = qn("w:del")
    for element in word.element.body.iter():
        tag = element.tag
        if tag == qn("w:commentRangeStart"):
            open_ids.add(element.get(qn("w:id")))
            anchors.setdefault(element.get(qn("w:id")), [])
        elif tag == qn("w:commentRangeEnd"):
            open_ids.discard(element.get(qn("w:id")))
        elif tag == qn("w:t") and not any(a.tag == deleted for a in element.iterancestors()):
            for comment_id in open_ids:
                anchors[comment_id].append(element.text or "")
    return {cid: "".join(parts) for cid, parts in anchors.items()}


def _accepted_text(word) -> str:
    """The text after accepting every revision: w:del gone, w:ins kept, a deleted paragraph mark joins lines."""
    pieces = []
    for ref in iter_paragraphs(word.element.body):
        mark = ref.element.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{qn('w:del')}")
        pieces.append(paragraph_text(ref.element) + ("" if mark is not None else "\n"))
    return "".join(pieces)[:-1]


def _findings(doc):
    from draftcheck.rules import find_rule

    return lint_text(doc.text, [find_rule(code)() for code in RULES.split(",")]).findings


def _bold_texts(word):
    return [r.text for p in word.paragraphs for r in p.runs if r.bold]


def test_comments_are_anchored_on_the_flagged_characters_and_nothing_else_changes(tmp_path):
    source = _fixture(tmp_path / "report.docx")
    before = source.read_bytes()
    doc = load_document(source)
    findings = _findings(doc)
    assert {"平安生产", "7044.76万元元", "xx.xx", "再接再励", "热门排行"} <= {f.quote for f in findings}
    result = annotate_file(source, doc, lambda d: findings, tmp_path / "out.docx", author="审核组")
    assert source.read_bytes() == before
    assert result.comments == len(findings) and result.notes == []
    word = docx.Document(tmp_path / "out.docx")
    anchors = _comment_anchors(word)
    comments = {str(c.comment_id): c for c in word.comments}
    assert sorted(anchors.values()) == sorted(f.quote for f in findings)
    for comment_id, quote in anchors.items():
        finding = next(f for f in findings if f.quote == quote)
        assert comments[comment_id].author == "审核组" and finding.code in comments[comment_id].text
    assert load_document(tmp_path / "out.docx").text == doc.text
    # formatting survives the splits: the bold characters are the same, only cut where comments begin or end
    assert "".join(_bold_texts(word)) == "平安7044.76万元元"


def test_track_changes_accepted_give_the_fixed_text_and_rejected_the_original(tmp_path):
    source = _fixture(tmp_path / "report.docx")
    doc = load_document(source)
    findings = _findings(doc)
    result = annotate_file(source, doc, lambda d: findings, tmp_path / "out.docx", track_changes=True)
    fixed = apply_fixes(doc.text, findings).text
    assert result.revisions == 5 and fixed != doc.text
    word = docx.Document(tmp_path / "out.docx")
    assert _accepted_text(word) == fixed
    dels = word.element.body.findall(f".//{qn('w:del')}")
    assert dels and all(d.get(qn("w:author")) == "draftcheck" for d in dels)
    # rejecting: the deleted text is still there, as w:delText
    deleted = "".join(t.text for t in word.element.body.iter(qn("w:delText")))
    assert "元" in deleted and "平安" in deleted and "热门排行" in deleted
    inserted = [paragraph_text(i) for i in word.element.body.iter(qn("w:ins"))]
    assert sorted(inserted) == sorted(["7044.76万元", "6.1%", "安全生产", "再接再厉"])
    # the comments without a revision still sit on their quote
    unrevised = [f.quote for f in findings if f.fix is None]
    assert unrevised and set(unrevised) <= set(_comment_anchors(word).values())


def test_overlapping_fixes_stay_comments_and_are_reported(tmp_path):
    from draftcheck.finding import Edit, Finding, Fix, Severity, Span

    source = _fixture(tmp_path / "report.docx")
    doc = load_document(source)
    start = doc.text.index("平安生产")

    def finding(s, e, content):
        return Finding(code="DC503", rule="term-error", severity=Severity.WARNING, message="m", span=Span(start=s, end=e),
                       quote=doc.text[s:e], fix=Fix(applicability="safe", edits=[Edit(span=Span(start=s, end=e), content=content)]))

    findings = [finding(start, start + 4, "安全生产"), finding(start + 2, start + 6, "生产工作")]
    result = annotate_file(source, doc, lambda d: findings, tmp_path / "out.docx", track_changes=True)
    assert result.revisions == 1 and result.comments == 2 and any("重叠" in note for note in result.notes)


def test_text_reports_are_laid_out_as_docx_with_comments(tmp_path):
    source = tmp_path / "report.txt"
    source.write_text("一、主要工作\r\n全年实现工业销售收入亿元，坚持平安生产。\r\n", encoding="utf-8")
    result = runner.invoke(app, ["lint", "--select", RULES, "--annotate", str(tmp_path / "out.docx"), str(source)])
    assert "已写入" in result.stderr and "2 条批注" in result.stderr
    word = docx.Document(tmp_path / "out.docx")
    quotes = sorted(f.quote for f in _findings(load_document(source)))
    assert len(quotes) == 2 and sorted(_comment_anchors(word).values()) == quotes
    assert [p.text for p in word.paragraphs] == ["一、主要工作", "全年实现工业销售收入亿元，坚持平安生产。", ""]


def test_cli_refuses_to_overwrite_without_force_and_reports_unreadable_docx(tmp_path):
    source = _fixture(tmp_path / "report.docx")
    out = tmp_path / "out.docx"
    out.write_bytes(b"keep me")
    result = runner.invoke(app, ["lint", "--annotate", str(out), str(source)])
    assert result.exit_code == 2 and "已存在" in result.stderr and out.read_bytes() == b"keep me"
    result = runner.invoke(app, ["lint", "--annotate", str(out), "--force", str(source)])
    assert "已写入" in result.stderr and out.read_bytes() != b"keep me"
    result = runner.invoke(app, ["lint", "--annotate", str(source), "--force", str(source)])
    assert result.exit_code == 2 and "不能是被检查的报告本身" in result.stderr
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 cut off")
    result = runner.invoke(app, ["lint", "--annotate", str(tmp_path / "b.docx"), str(broken)])
    assert result.exit_code == 2 and "已损坏" in result.stderr and not (tmp_path / "b.docx").exists()
    assert "--track-changes 需要" in runner.invoke(app, ["lint", "--track-changes", str(source)]).stderr


def test_a_seed_report_converted_to_docx_is_annotated_on_the_right_words(tmp_path, shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("no seeds in ../shared/seeds")
    from draftcheck.word.annotate import text_as_docx

    text = load_document(seeds[0]).text
    text_as_docx(text).save(tmp_path / "seed.docx")
    doc = load_document(tmp_path / "seed.docx")
    findings = lint_text(doc.text).findings
    assert findings
    result = annotate_file(tmp_path / "seed.docx", doc, lambda d: findings, tmp_path / "out.docx", track_changes=True)
    word = docx.Document(tmp_path / "out.docx")
    anchors = _comment_anchors(word)
    edits = [e.span for f in apply_fixes(doc.text, findings).applied for e in f.fix.edits]
    # comments on text that no revision touched read exactly their quote
    unrevised = sorted(f.quote for f in findings
                       if not any(s.start < f.span.end and f.span.start < s.end for s in edits))
    assert len(unrevised) > 10 and sorted(a for a in anchors.values() if a in unrevised) == unrevised
    assert result.comments == len(findings) and result.revisions > 0
    assert _accepted_text(word) == apply_fixes(doc.text, findings).text != doc.text


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_renders_the_annotated_copy(tmp_path):
    source = _fixture(tmp_path / "report.docx")
    doc = load_document(source)
    annotate_file(source, doc, lambda d: _findings(doc), tmp_path / "out.docx", track_changes=True)
    # A profile of its own: a LibreOffice already running on the machine (another test run) would otherwise
    # hold the shared profile's lock and make this conversion fail.
    profile = f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}"
    completed = subprocess.run(["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path / "out.docx")],
                               capture_output=True, timeout=180)
    assert completed.returncode == 0 and (tmp_path / "out.pdf").stat().st_size > 1000
    if shutil.which("pdftotext"):  # LibreOffice shows revisions as marked-up text: both old and new forms
        text = subprocess.run(["pdftotext", str(tmp_path / "out.pdf"), "-"], capture_output=True, text=True).stdout
        assert "安全生产" in text.replace(" ", "") and "平安生产" in text.replace(" ", "")


def test_review_export_comments_on_confirmed_findings_or_every_undismissed_one(tmp_path):
    from draftcheck.review.decisions import Decision, Decisions, Verdict, save_decisions

    source = _fixture(tmp_path / "report.docx")
    doc = load_document(source)
    findings = lint_text(doc.text).findings
    confirmed, dismissed = findings[0], findings[1]
    save_decisions(tmp_path / "report.draftcheck.json", Decisions("report.docx", entries={
        confirmed.fingerprint: Decision(Verdict.CONFIRMED, confirmed.code, confirmed.quote, "", "T"),
        dismissed.fingerprint: Decision(Verdict.DISMISSED, dismissed.code, dismissed.quote, "", "T")}))
    out = tmp_path / "reviewed.docx"
    result = runner.invoke(app, ["review", str(source), "--export", str(out)])
    assert result.exit_code == 0 and "1 条批注" in result.stderr
    assert list(_comment_anchors(docx.Document(out)).values()) == [confirmed.quote]
    result = runner.invoke(app, ["review", str(source), "--export", str(out), "--include-undecided", "--force"])
    anchors = sorted(_comment_anchors(docx.Document(out)).values())
    assert anchors == sorted(f.quote for f in findings if f is not dismissed)
    assert "只能与 --export" in runner.invoke(app, ["review", str(source), "--track-changes"]).stderr
