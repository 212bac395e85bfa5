"""``draftcheck review`` takes references as ``lint`` does: files, folders, globs, or an index."""

from __future__ import annotations

from docx import Document as WordDocument
from typer.testing import CliRunner

from draftcheck.cli import app

LAST_YEAR = "2023年工作总结\n\n全年完成固定资产投资86.2亿元，同比增长12.5%，其中工业投资52.3亿元，重点项目建设稳步推进，营商环境持续优化。\n"
THIS_YEAR = LAST_YEAR.replace("2023", "2024").replace("86.2", "98.6")


def comments_of(path) -> list[str]:
    return [comment.text for comment in WordDocument(str(path)).comments]


def test_review_export_finds_passages_carried_over_from_a_folder_a_glob_or_an_index(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "last.txt").write_text(LAST_YEAR, encoding="utf-8")
    (tmp_path / "this.txt").write_text(THIS_YEAR, encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["index", "build", "archive", "-o", "past.dcidx"]).exit_code == 0
    for n, refs in enumerate([["--reference", "archive"], ["--reference", "archive/*.txt"], ["--reference-index", "past.dcidx"]]):
        out = tmp_path / f"out{n}.docx"
        result = runner.invoke(app, ["review", "this.txt", *refs, "--select", "DC401", "--export", str(out), "--include-undecided"])
        assert result.exit_code == 0, result.output
        (comment,) = comments_of(out)
        assert "《2023年工作总结》" in comment and "86.2亿元 → 98.6亿元" in comment
    both = runner.invoke(app, ["review", "this.txt", "--reference", "archive", "--reference-index", "past.dcidx", "--export", "x.docx"])
    assert both.exit_code == 2 and "不能同时使用" in both.stderr
