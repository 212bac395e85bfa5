"""The archive of past reports: carried-over passages attributed to their source, boilerplate left
alone, an index built, updated and refused when it is not one. Self-contained (no ../shared)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from draftcheck.archive import minhash
from draftcheck.archive.search import SearchOptions, archive_of_texts
from draftcheck.archive.store import ArchiveStore
from draftcheck.cli import app
from draftcheck.engine import lint_text
from draftcheck.finding import Severity
from draftcheck.rules import find_rule
from draftcheck.text.passage_diff import compare
from draftcheck.text.sentence_units import normalise, split_units

BOILERPLATE = "一年来，在市委、市政府的正确领导下，我们坚持稳中求进工作总基调，统筹推进经济社会各项事业发展。"

ARCHIVE = {
    "2023-kaifaqu.txt": [
        "2023年开发区工作总结",
        BOILERPLATE,
        "全年实现规上工业总产值86.2亿元，同比增长12.1%；完成固定资产投资30.1亿元，同比增长7.9%。",
        "开发区始终坚持把项目建设作为推动高质量发展的总抓手，全力以赴抓招商、上项目、促投资，新签约亿元以上项目16个，总投资128亿元。",
        "深化“放管服”改革，推行企业投资项目承诺制，工业项目审批时间压缩至30个工作日以内。营商环境满意度达到96.5%，连续三年位居全市前列。",
    ],
    "2023-gongyeyuan.txt": [
        "2023年工业园区工作总结",
        BOILERPLATE,
        "园区坚持招大引强，围绕新能源和装备制造两大主导产业开展精准招商，全年引进内资项目18个，实际到位资金42.6亿元。",
        "完成园区污水处理厂提标改造，日处理能力提升至5万吨，园区集中供热管网延伸12公里，基础设施承载能力明显增强。",
        "园区积极开展“企业服务月”活动，走访企业230家，帮助企业解决用工、融资等问题56个，企业获得感进一步提升。",
    ],
    "2022-jiajuqu.txt": [
        "2022年产业集聚区工作总结",
        BOILERPLATE,
        "集聚区大力实施科技创新驱动战略，新认定高新技术企业23家，建成省级工程技术研究中心5个，研发投入强度达到2.8%。",
        "集聚区扎实推进安全生产专项整治三年行动，开展隐患排查1260次，整改隐患3400处，全年未发生较大以上安全事故。",
    ],
    "2021-template.txt": [
        "年度工作总结（模板）",
        BOILERPLATE,
        "全年实现规上工业总产值亿元，同比增长%，完成年度目标任务的%，规上工业企业达到家。",
        "坚持把生态环境保护放在突出位置，全面落实河长制，完成造林绿化亩，空气质量优良天数达到天。",
    ],
}


def _text(lines):
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def archive():
    return archive_of_texts({name: _text(lines) for name, lines in ARCHIVE.items()})


# The report under check: one line per planted case, with what it copies (document, paragraph) or None.
REPORT = [
    ("2024年开发区工作总结", None),
    (BOILERPLATE, None),  # in every archived report: boilerplate
    # figures changed
    ("全年实现规上工业总产值98.6亿元，同比增长14.4%；完成固定资产投资32.6亿元，同比增长8.5%。", ("2023-kaifaqu.txt", 3)),
    # a template's blanks filled in
    ("全年实现规上工业总产值98.6亿元，同比增长14.4%，完成年度目标任务的105%，规上工业企业达到126家。", ("2021-template.txt", 3)),
    # paragraphs reordered: the archive's 5th paragraph before its 4th, both verbatim
    ("园区积极开展“企业服务月”活动，走访企业230家，帮助企业解决用工、融资等问题56个，企业获得感进一步提升。", ("2023-gongyeyuan.txt", 5)),
    ("园区坚持招大引强，围绕新能源和装备制造两大主导产业开展精准招商，全年引进内资项目18个，实际到位资金42.6亿元。", ("2023-gongyeyuan.txt", 3)),
    # a sentence added
    (
        "集聚区扎实推进安全生产专项整治三年行动，开展隐患排查1260次，整改隐患3400处，全年未发生较大以上安全事故。"
        "全年组织应急演练42场，培训企业安全管理人员1800人次。",
        ("2022-jiajuqu.txt", 4),
    ),
    # a sentence inserted in the middle of a copied paragraph
    (
        "深化“放管服”改革，推行企业投资项目承诺制，工业项目审批时间压缩至30个工作日以内。"
        "全面推行“一网通办”，企业开办时间压缩至1个工作日。营商环境满意度达到96.5%，连续三年位居全市前列。",
        ("2023-kaifaqu.txt", 5),
    ),
    # new text
    ("今年重点推进数字化转型，建成5G基站320个，培育智能工厂8家，上云企业达到460家，数字经济核心产业增加值增长18%。", None),
    ("下一步，将围绕“三个一批”项目建设，加快推进电子信息产业园二期、新材料孵化基地等重点工程。", None),
]


def _report_text():
    return "\n".join(line for line, _ in REPORT) + "\n"


def _paragraph_of(text: str, offset: int) -> int:
    return text[:offset].count("\n")  # lines are paragraphs here, numbered from 0 as REPORT rows


def test_every_planted_carry_over_is_attributed_to_its_source_and_nothing_else(archive):
    text = _report_text()
    found = {}
    for carry in archive.carry_overs(text):
        row = _paragraph_of(text, carry.start)
        assert row not in found, f"two carry-overs in report line {row}"
        found[row] = (carry.source_path, carry.source_paragraph)
    expected = {row: source for row, (_, source) in enumerate(REPORT) if source}
    assert found == expected


def test_what_changed_is_said(archive):
    text = _report_text()
    by_row = {_paragraph_of(text, c.start): c for c in archive.carry_overs(text)}
    figures = by_row[2]
    assert figures.figures_only and not figures.verbatim
    assert [(c.before, c.after) for c in figures.figure_changes] == [
        ("86.2亿元", "98.6亿元"),
        ("12.1%", "14.4%"),
        ("30.1亿元", "32.6亿元"),
        ("7.9%", "8.5%"),
    ]
    template = by_row[3]
    assert template.figures_only and all(c.blank and c.before == "空缺" for c in template.figure_changes)
    assert by_row[4].verbatim and by_row[5].verbatim and by_row[4].similarity == 1
    added = by_row[6]  # the copied sentence is verbatim; the sentence added after it is new text
    assert added.verbatim and text[added.start : added.end].endswith("全年未发生较大以上安全事故。")
    inserted = by_row[7]
    assert inserted.sentences_added == 1 and inserted.wording_changed and not inserted.figure_changes
    assert text[inserted.start : inserted.end].endswith("连续三年位居全市前列。")


def test_dc401_messages_name_source_paragraph_and_figures(archive):
    result = lint_text(_report_text(), [find_rule("DC401")()], reference_archive=archive)
    messages = [f.message for f in result.findings]
    assert messages[0].startswith(
        "此段与《2023年开发区工作总结》第3段相同（65%），仅数字不同：86.2亿元 → 98.6亿元、12.1% → 14.4%、30.1亿元 → 32.6亿元、7.9% → 8.5%"
    )
    assert result.findings[0].severity is Severity.INFO
    verbatim = next(f for f in result.findings if "第5段" in f.message)
    assert "文字和数字都未改动" in verbatim.message and verbatim.severity is Severity.WARNING
    assert not any("在市委" in f.quote for f in result.findings)
    inserted = next(f for f in result.findings if "《2023年开发区工作总结》第5段" in f.message)
    assert "数字未变，中间增加了1句" in inserted.message


def test_boilerplate_threshold_is_an_option(archive):
    text = _report_text()
    rows = lambda options: {_paragraph_of(text, c.start) for c in archive.carry_overs(text, options)}  # noqa: E731
    assert 1 not in rows(SearchOptions())  # in 4 of 4 documents
    assert 1 in rows(SearchOptions(boilerplate_share=1.0, boilerplate_min_documents=5))


def test_normalised_form_masks_figures_blanks_punctuation_and_width():
    assert normalise("全年完成投资１２.６亿元，增长××%。") == normalise("全年完成投资亿元, 增长9.5%") == "全年完成投资亿元增长"
    units = split_units("标题\n第一句话写得足够长一些。短句。第二句话也写得足够长一些！\n")
    assert [(u.paragraph, u.normalised) for u in units] == [(2, "第一句话写得足够长一些"), (2, "第二句话也写得足够长一些")]


def test_minhash_agrees_with_jaccard():
    base = "开发区始终坚持把项目建设作为推动高质量发展的总抓手全力以赴抓招商上项目促投资"
    same = minhash.band_keys(minhash.signature(base))
    assert same == minhash.band_keys(minhash.signature(base))
    near = minhash.band_keys(minhash.signature(base.replace("总抓手", "主抓手")))
    other = minhash.band_keys(minhash.signature("集聚区扎实推进安全生产专项整治三年行动开展隐患排查整改隐患"))
    assert sum(a == b for a, b in zip(same, near)) >= 3
    assert sum(a == b for a, b in zip(same, other)) == 0


def test_compare_separates_figures_from_wording():
    diff = compare("2024年完成投资14.1亿元。", "2023年完成投资12.6亿元。")
    assert [(c.before, c.after) for c in diff.figure_changes] == [("2023年", "2024年"), ("12.6亿元", "14.1亿元")]
    assert not diff.wording_changed
    assert compare("2024年完成投资约14亿元。", "2023年完成投资12.6亿元。").wording_changed


# The index file and its commands


def invoke(*args):
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def archive_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "archive"
    folder.mkdir()
    for name, lines in ARCHIVE.items():
        (folder / name).write_text(_text(lines), encoding="utf-8")
    (tmp_path / "report.txt").write_text(_report_text(), encoding="utf-8")
    return tmp_path


def _sources(*args):
    result = invoke("lint", "--select", "DC401", "--format", "concise", *args, "report.txt")
    assert result.exit_code == 0, result.stderr
    # carried-over passages only (the fixture's report also repeats one of its own sentences, see below)
    return [line.split("（")[0] for line in result.stdout.splitlines() if "此段与《" in line]


def test_reference_folder_glob_and_index_give_the_same_findings(archive_dir):
    by_folder = _sources("--reference", "archive")
    assert len(by_folder) == 6
    assert _sources("--reference", "archive/*.txt") == by_folder
    build = invoke("index", "build", "archive", "-o", "reports.dcidx", "--jobs", "2")
    assert build.exit_code == 0, build.stderr
    assert _sources("--reference-index", "reports.dcidx") == by_folder
    # One document teaches no boilerplate: its opening sentence is a carry-over like any other.
    one = _sources("--reference", "archive/2023-kaifaqu.txt")
    assert [s.rsplit("》", 1)[1] for s in one] == ["第2段相同", "第3段相同", "第5段几乎相同"]


def test_index_records_path_title_period_and_hash(archive_dir):
    assert invoke("index", "build", "archive", "-o", "reports.dcidx", "--jobs", "1").exit_code == 0
    store = ArchiveStore.open("reports.dcidx")
    docs = {d.path.rsplit("/", 1)[-1]: d for d in store.documents()}
    assert docs["2023-kaifaqu.txt"].title == "2023年开发区工作总结" and docs["2023-kaifaqu.txt"].year == 2023
    assert docs["2021-template.txt"].year is None
    assert len(docs["2022-jiajuqu.txt"].sha256) == 64
    info = invoke("index", "info", "reports.dcidx", "--documents")
    assert "文档：4 篇" in info.stdout and "状态：与文件一致" in info.stdout and "《2022年产业集聚区工作总结》\t2022年" in info.stdout


def test_update_reindexes_changed_files_and_drops_deleted_ones(archive_dir):
    assert invoke("index", "build", "archive", "-o", "reports.dcidx").exit_code == 0
    changed = archive_dir / "archive" / "2023-gongyeyuan.txt"
    changed.write_text(_text(ARCHIVE["2023-gongyeyuan.txt"][:2] + ["园区全年新开工项目32个，完成固定资产投资86.5亿元，同比增长12.3%，创历史新高。"]), encoding="utf-8")
    (archive_dir / "archive" / "2022-jiajuqu.txt").unlink()
    stale = invoke("index", "info", "reports.dcidx")
    assert "已过期：1 篇文件内容已改动，1 篇文件已不存在" in stale.stdout
    warned = invoke("lint", "--select", "DC401", "--reference-index", "reports.dcidx", "report.txt")
    assert warned.stderr.startswith("警告：索引 reports.dcidx 已过期：1 篇文件已改动、1 篇已删除")
    update = invoke("index", "build", "--update", "archive", "-o", "reports.dcidx")
    assert update.exit_code == 0
    assert "新增 0 篇，重新索引 1 篇（内容已变），删除 1 篇（文件已不存在），未变 2 篇" in update.stderr
    sources = _sources("--reference-index", "reports.dcidx")
    assert not any("产业集聚区" in s for s in sources)  # deleted
    assert not any("工业园区" in s for s in sources)  # its copied paragraphs are gone from the new version
    assert "状态：与文件一致" in invoke("index", "info", "reports.dcidx").stdout
    assert invoke("lint", "--select", "DC401", "--reference-index", "reports.dcidx", "report.txt").stderr == ""


def test_add_puts_new_reports_in_an_index(archive_dir):
    assert invoke("index", "build", "archive/2023-kaifaqu.txt", "-o", "reports.dcidx").exit_code == 0
    assert len(_sources("--reference-index", "reports.dcidx")) == 3
    added = invoke("index", "add", "reports.dcidx", "archive")
    assert added.exit_code == 0 and "新增 3 篇，未变 1 篇" in added.stderr
    assert len(_sources("--reference-index", "reports.dcidx")) == 6


@pytest.mark.parametrize("kind", ["garbage", "foreign-sqlite", "other-version"])
def test_corrupt_or_foreign_index_is_one_line_and_exit_2(archive_dir, kind):
    path = archive_dir / "bad.dcidx"
    if kind == "garbage":
        path.write_bytes(b"PK\x03\x04 not a database at all" * 100)
    elif kind == "foreign-sqlite":
        with sqlite3.connect(path) as connection:
            connection.execute("CREATE TABLE people (name TEXT)")
    else:
        ArchiveStore.create(path).close()
        with sqlite3.connect(path) as connection:
            connection.execute("UPDATE meta SET value = '0' WHERE key = 'version'")
    for args in (["lint", "--reference-index", "bad.dcidx", "report.txt"], ["index", "info", "bad.dcidx"]):
        result = invoke(*args)
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("错误：bad.dcidx: ")
        assert "draftcheck index build" in result.stderr


def test_build_never_replaces_a_file_that_is_not_an_index(archive_dir):
    report = (archive_dir / "report.txt").read_bytes()
    result = invoke("index", "build", "archive", "-o", "report.txt")
    assert result.exit_code == 2 and (archive_dir / "report.txt").read_bytes() == report


def test_missing_archive_path_is_one_line(archive_dir):
    result = invoke("index", "build", "nowhere/", "-o", "x.dcidx")
    assert result.exit_code == 2 and result.stderr == "错误：nowhere/: 目录不存在；请检查路径是否写对\n"
    result = invoke("index", "build", "nowhere.txt", "-o", "x.dcidx")
    assert result.exit_code == 2 and result.stderr == "错误：nowhere.txt: 文件不存在；请检查路径是否写对\n"
    assert not (archive_dir / "x.dcidx").exists()


def test_empty_folder_says_it_holds_no_reports(archive_dir):
    (archive_dir / "nothing").mkdir()
    (archive_dir / "nothing" / "notes.pdf").write_bytes(b"%PDF")
    result = invoke("index", "build", "nothing/", "-o", "x.dcidx")
    assert result.exit_code == 2 and result.stderr == "错误：nothing/: 目录中没有可索引的文件（.txt、.md、.docx）\n"
    assert not (archive_dir / "x.dcidx").exists()


PROBE = """
import sys
from draftcheck.cli import app
try:
    app({args!r}, standalone_mode=False)
except SystemExit:
    pass
print("ARCHIVE=" + ",".join(sorted(m for m in sys.modules if m.startswith("draftcheck.archive"))))
"""


@pytest.mark.parametrize(
    ("args", "imported"),
    [(["lint", "report.txt"], False), (["lint", "--reference", "archive", "report.txt"], True)],
    ids=["plain-lint", "lint-with-reference"],
)
def test_lint_imports_the_archive_only_with_a_reference(archive_dir, args, imported):
    out = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, cwd=archive_dir, timeout=60)
    assert ("ARCHIVE=\n" not in out.stdout) is imported, out.stdout + out.stderr


def test_docx_reports_are_indexed_with_the_lint_loaders(archive_dir):
    import docx

    folder = archive_dir / "archive"
    document = docx.Document()
    for line in ARCHIVE["2023-kaifaqu.txt"]:
        document.add_paragraph(line)
    document.save(folder / "2023-kaifaqu.docx")
    (folder / "2023-kaifaqu.txt").unlink()
    assert invoke("index", "build", "archive", "-o", "reports.dcidx").exit_code == 0
    sources = _sources("--reference-index", "reports.dcidx")
    assert sources[0].startswith("report.txt:3:1: DC401 此段与《2023年开发区工作总结》第3段相同")


def test_an_unreadable_report_is_one_line_and_the_others_are_indexed(archive_dir):
    (archive_dir / "archive" / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    result = invoke("index", "build", "archive", "-o", "reports.dcidx", "--jobs", "1")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("错误：")]
    assert len(errors) == 1 and errors[0].startswith("错误：未能索引 ") and "broken.docx" in errors[0]
    assert "文档：4 篇" in invoke("index", "info", "reports.dcidx").stdout


def test_the_report_itself_in_the_archive_folder_is_not_its_own_source(archive_dir):
    (archive_dir / "report.txt").rename(archive_dir / "archive" / "report.txt")
    result = invoke("lint", "--select", "DC401", "--format", "concise", "--reference", "archive", "archive/report.txt")
    assert result.exit_code == 0
    # (the report's 4th paragraph opening with its 3rd's first sentence is a copy within the report: not counted here)
    lines = [line for line in result.stdout.splitlines() if "此段与《" in line]
    assert len(lines) == 6 and not any("report.txt）" in line for line in lines)


def test_the_fixture_report_repeats_one_of_its_own_sentences(archive_dir):
    """The report's 4th paragraph opens with the 3rd paragraph's first sentence, figures and all: DC401 reports that
    copy within the report whatever the references."""
    result = invoke("lint", "--select", "DC401", "--format", "concise", "report.txt")
    assert result.exit_code == 0
    assert [line.split(": DC401 ")[0] for line in result.stdout.splitlines()] == ["report.txt:4:1"]
