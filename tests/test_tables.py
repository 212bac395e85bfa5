"""Tables of .docx and Markdown reports: the table model, column roles, and the table checks.

The .docx fixtures are built here with python-docx: merged cells, two-row headers, units in headers and
in a 单位 line above the table, 合计 and 其中 rows, nested tables. Each check has a failing and a passing
table; the "done when" test is ``test_indicator_table_gets_exactly_its_three_errors``.
"""

from __future__ import annotations

import io
import json

import docx
import pytest
from docx.shared import Pt
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.document.loader import load_bytes
from draftcheck.document.tables import markdown_tables
from draftcheck.engine import lint_text
from draftcheck.numbers.table_layout import EMPTY, TableLayout

# --- building .docx fixtures --------------------------------------------------------------------------


def _table(document, rows, merges=(), indent=()):
    """Add a table: ``rows`` of texts (None leaves a cell to a merge), ``merges`` as (r1, c1, r2, c2),
    ``indent`` the rows whose first cell is indented (a sub-item)."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for r1, c1, r2, c2 in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                table.cell(r, c).text = value
    for r in indent:
        table.cell(r, 0).paragraphs[0].paragraph_format.left_indent = Pt(21)
    return table


def _load(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return load_bytes(buffer.getvalue(), "report.docx")


def _lint(doc):
    return lint_text(doc.text, tables=doc.tables)


# Two-row header (1—6月 over 完成 | 同比增长), vertically merged 指标/上年同期/全年目标/完成进度 cells,
# unit line above the table, a 合计 row.
HEADER = [
    ["园区", "1—6月", None, "上年同期", "全年目标", "完成进度(%)"],
    [None, "完成投资", "同比增长(%)", None, None, None],
]
HEADER_MERGES = [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 1, 3), (0, 4, 1, 4), (0, 5, 1, 5)]
RIGHT_ROWS = [
    ["装备制造园", "31200", "12.2", "27800", "60000", "52.0"],
    ["电子信息园", "12500", "8.7", "11500", "25000", "50.0"],
    ["现代物流园", "4300", "-4.4", "4500", "10000", "43.0"],
    ["合计", "48000", "9.6", "43800", "95000", "50.5"],
]


def _indicator_report(rows, prose="上半年，全区固定资产投资稳步增长，重点园区建设有序推进。"):
    document = docx.Document()
    document.add_paragraph("青山湖开发区2025年上半年工作总结")
    document.add_paragraph(prose)
    document.add_paragraph("表1 重点园区固定资产投资完成情况（单位：万元）")
    _table(document, HEADER + rows, HEADER_MERGES)
    document.add_paragraph("下半年，我们将继续抓好项目建设。")
    return _load(document)


def test_indicator_table_gets_exactly_its_three_errors():
    wrong = [row[:] for row in RIGHT_ROWS]
    # 合计: 31200 + 12500 + 4300 = 48000; its growth and completion were computed from the wrong 48600
    wrong[3] = ["合计", "48600", "11.0", "43800", "95000", "51.2"]
    wrong[1][2] = "10.7"  # growth: (12500 − 11500) / 11500 = 8.70%
    wrong[0][5] = "55.0"  # completion: 31200 / 60000 = 52.00%
    doc = _indicator_report(wrong)
    findings = _lint(doc).findings
    assert [(f.code, f.quote) for f in findings] == [("DC303", "55.0"), ("DC301", "10.7"), ("DC201", "48600")]
    cells = [(b.row, b.cell) for b in (doc.block_at(f.span.start) for f in findings)]
    assert cells == [(2, 5), (3, 2), (5, 1)]  # grid rows count the two header rows; cells are w:tc positions
    completion, growth, total = findings
    assert completion.message == "装备制造园“完成进度(%)” 55.0：按 31200 / 60000 计算应为 52.00%"
    assert growth.message == "电子信息园“1—6月 同比增长(%)” 10.7：按 (12500 − 11500) / 11500 计算应为 8.70%"
    assert total.message == "“1—6月 完成投资”列合计 48600万元 与分项之和 48000万元（31200 + 12500 + 4300）不符，相差 600万元"
    assert [r.label for r in total.related] == ["装备制造园", "电子信息园", "现代物流园"]
    assert growth.suggestion == "8.7" and completion.suggestion == "52.0"


def test_the_same_table_made_right_gets_no_finding():
    result = _lint(_indicator_report([row[:] for row in RIGHT_ROWS]))
    assert result.findings == []
    stats = result.statistics
    assert stats["table-sum"] == {"consistent": 3}  # every column of amounts: 完成投资, 上年同期, 全年目标
    assert stats["table-growth"] == {"consistent": 4}
    assert stats["table-completion"] == {"consistent": 4}


def test_table_figure_contradicting_the_prose_is_flagged():
    doc = _indicator_report([row[:] for row in RIGHT_ROWS], prose="上半年，装备制造园完成投资3.5亿元，同比增长12.2%。")
    findings = _lint(doc).findings
    assert [(f.code, f.quote) for f in findings] == [("DC205", "3.5亿元")]
    assert "表格为 3.12亿元" in findings[0].message
    assert doc.block_at(findings[0].related[0].span.start).row == 2
    agreeing = _indicator_report([row[:] for row in RIGHT_ROWS], prose="上半年，装备制造园完成投资3.12亿元，同比增长12.2%。")
    result = _lint(agreeing)
    # the growth figure follows the amount, not the name: it is not tied to the table (precision first)
    assert result.findings == [] and result.statistics["table-text"] == {"consistent": 1}


# --- the model ----------------------------------------------------------------------------------------


def test_docx_model_resolves_merged_cells_and_two_row_headers():
    doc = _indicator_report([row[:] for row in RIGHT_ROWS])
    (table,) = doc.tables
    assert (table.header_rows, table.n_rows, table.n_cols) == (2, 6, 6)
    assert table.at(1, 0) is table.at(0, 0) and table.at(0, 0).row_span == 2
    assert table.at(0, 1) is table.at(0, 2) and table.at(0, 1).col_span == 2
    for cell in table.cells:  # every cell points at its own text
        assert doc.text[cell.start : cell.end] == cell.text
    layout = TableLayout(table)
    assert [(c.title, c.role) for c in layout.columns] == [
        ("园区", "label"), ("1—6月 完成投资", "value"), ("1—6月 同比增长(%)", "growth"),
        ("上年同期", "base"), ("全年目标", "target"), ("完成进度(%)", "completion"),
    ]
    assert layout.default_unit == (10000, "元")  # from the caption above the table: （单位：万元）
    total = layout.rows[-1]
    assert total.kind == "total" and layout.value(total, layout.columns[1]).scaled == 48000 * 10000


def test_vertically_merged_label_applies_to_every_row_it_spans():
    document = docx.Document()
    _table(document, [
        ["类别", "指标", "本年（亿元）", "上年（亿元）", "增长(%)"],
        ["工业", "营业收入", "52.30", "48.10", "8.7"],
        [None, "利润总额", "6.20", "5.90", "5.1"],
        ["服务业", "营业收入", "31.00", "29.00", "6.9"],
    ], merges=[(1, 0, 2, 0)])
    layout = TableLayout(_load(document).tables[0])
    assert layout.label_cols == [0, 1]
    assert [layout.table.at(r.index, 0).text for r in layout.rows] == ["工业", "工业", "服务业"]
    assert layout.columns[2].unit[1] == "元" and layout.value(layout.rows[1], layout.columns[2]).magnitude == 10**8


def test_unit_column_and_unit_in_the_label_apply_to_the_cells():
    (table,) = markdown_tables(
        "| 指标 | 单位 | 本年 |\n| --- | --- | --- |\n| 税收 | 万元 | 3600 |\n| 企业 | 家 | 46 |\n| 投资（亿元） | | 5.6 |\n"
    )
    layout = TableLayout(table)
    values = [layout.value(row, layout.columns[2]) for row in layout.rows]
    assert [(v.magnitude, v.unit) for v in values] == [(10000, "元"), (1, "家"), (10**8, "元")]
    assert values[1].is_exact_count


# --- each check: failing and passing ------------------------------------------------------------------


def _docx_with(rows, merges=(), indent=(), before="单位：万元"):
    document = docx.Document()
    document.add_paragraph(before)
    _table(document, rows, merges, indent)
    return _load(document)


def test_qizhong_rows_labelled_or_indented_are_not_parts():
    rows = [
        ["指标", "本年"],
        ["固定资产投资", "8600"],
        ["其中：工业投资", "5200"],
        ["技术改造投资", "2100"],
        ["房地产开发投资", "2400"],
        ["基础设施投资", "1000"],
        ["合计", "12000"],
    ]
    # 技术改造投资 is indented: a part of 工业投资, not of the total (8600 + 2400 + 1000 = 12000)
    assert _lint(_docx_with(rows, indent=[3])).findings == []
    rows[-1][1] = "12500"
    findings = _lint(_docx_with(rows, indent=[3])).findings
    assert [(f.code, f.quote) for f in findings] == [("DC201", "12500")]
    assert "12000万元（8600 + 2400 + 1000）" in findings[0].message


def test_subtotal_rows_are_checked_against_their_group():
    rows = [
        ["项目", "投资额（万元）"],
        ["一、工业项目", ""],
        ["甲项目", "1200"],
        ["乙项目", "800"],
        ["小计", "2100"],
        ["二、服务业项目", ""],
        ["丙项目", "500"],
        ["丁项目", "700"],
        ["小计", "1200"],
        ["合计", "3300"],
    ]
    findings = _lint(_docx_with(rows)).findings
    assert [(f.code, f.quote) for f in findings] == [("DC201", "2100")]


def test_difference_column_fails_and_passes():
    rows = [["指标", "本年（亿元）", "上年（亿元）", "增减额（亿元）"], ["税收收入", "4.12", "3.88", "0.34"]]
    findings = _lint(_docx_with(rows)).findings
    assert [(f.code, f.quote, f.message) for f in findings] == [
        ("DC302", "0.34", "税收收入“增减额（亿元）” 0.34：按 4.12 − 3.88 计算应为 0.24")
    ]
    rows[1][3] = "0.24"
    assert _lint(_docx_with(rows)).findings == []


def test_share_column_fails_and_passes():
    rows = [
        ["产业", "增加值（亿元）", "占比(%)"],
        ["第一产业", "8.3", "6.1"],
        ["第二产业", "56.2", "41.2"],
        ["第三产业", "72.0", "50.7"],
        ["合计", "136.5", "100.0"],
    ]
    findings = _lint(_docx_with(rows)).findings
    # the sum of the shares (DC204, spanning the share column from its first part to the total: the
    # wrong cell may be any of them) and the share of the row that is wrong (72.0 / 136.5, DC303)
    assert [(f.code, f.quote.split("\n")[0], f.quote.split("\n")[-1]) for f in findings] == [
        ("DC204", "6.1", "100.0"), ("DC303", "50.7", "50.7")]
    assert findings[1].message == "第三产业“占比(%)” 50.7：按 72.0 / 136.5 计算应为 52.75%"
    assert "98%（6.1 + 41.2 + 50.7）" in findings[0].message
    rows[3][2] = "52.7"
    assert _lint(_docx_with(rows)).findings == []


def test_growth_of_value_added_is_not_recomputed_from_nominal_values():
    rows = [["指标", "本年（亿元）", "上年（亿元）", "增长(%)"], ["规上工业增加值", "36.0", "33.0", "5.2"]]
    result = _lint(_docx_with(rows))
    assert result.findings == [] and result.statistics["table-growth"] == {"not-checkable": 1}


def test_completion_that_flips_the_verdict_is_an_error():
    rows = [["指标", "完成（亿元）", "目标（亿元）", "完成率(%)"], ["招商引资到位资金", "48.0", "50", "102.0"]]
    (finding,) = _lint(_docx_with(rows)).findings
    assert finding.code == "DC303" and finding.severity.value == "error" and "完成与未完成的结论相反" in finding.message


# --- bad input ----------------------------------------------------------------------------------------


def test_bad_tables_never_crash_and_are_not_checkable():
    markdown = "\n".join([
        "| 指标 | 本年 | 上年 | 增长(%) |",
        "| --- | --- | --- | --- |",
        "| 营业收入 | 52.3 |",  # ragged: missing cells
        "| 税收 | 约三千 | 二千 | 较快 |",  # text where numbers are expected
        "| 利润 | | 5.9 | 3.1 |",  # empty cell
        "| 合计 | 52.3 | — | 3.1 | 99 | 100 |",  # too many cells
        "",
        "| 只有一列 |",
        "| --- |",
        "| 12 |",
        "| 合计 |",
    ])
    result = lint_text(markdown)
    assert result.findings == []
    assert not result.statistics.get("table-growth", {}).get("inconsistent")


def test_nested_table_is_not_read_as_a_figure():
    document = docx.Document()
    outer = _table(document, [["指标", "本年（万元）"], ["甲", "100"], ["乙", ""], ["合计", "300"]])
    inner = outer.cell(2, 1).add_table(rows=2, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "分项", "金额"
    inner.cell(1, 0).text, inner.cell(1, 1).text = "乙1", "200"
    doc = _load(document)
    assert len(doc.tables) == 2 and any(c.nested for c in doc.tables[0].cells)
    layout = TableLayout(doc.tables[0])
    assert layout.value(layout.rows[1], layout.columns[1]) is None
    assert _lint(doc).findings == []


def test_empty_and_dash_cells_are_empty():
    (table,) = markdown_tables("| 指标 | 本年 |\n| --- | --- |\n| 甲 | — |\n| 乙 | |\n| 丙 | 12 |\n")
    layout = TableLayout(table)
    assert [layout.value(r, layout.columns[1]) for r in layout.rows][:2] == [EMPTY, EMPTY]


# --- statistics through the command line ---------------------------------------------------------------


def test_cli_statistics_count_table_relations(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    wrong = [row[:] for row in RIGHT_ROWS]
    wrong[3] = ["合计", "48600", "11.0", "43800", "95000", "51.2"]
    document = docx.Document()
    document.add_paragraph("单位：万元")
    _table(document, HEADER + wrong, HEADER_MERGES)
    document.save(tmp_path / "report.docx")
    result = CliRunner().invoke(app, ["lint", "--isolated", "--format", "json", "--statistics", "report.docx"])
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert [i["code"] for i in payload["files"][0]["issues"]] == ["DC201"]
    assert "table-sum" in result.stderr and "table-growth" in result.stderr


@pytest.mark.parametrize("header", ["增减(%)", "比上年增长(%)", "同比±%", "增速"])
def test_growth_header_wordings(header):
    (table,) = markdown_tables(f"| 指标 | 本年 | 上年 | {header} |\n| --- | --- | --- | --- |\n| 税收 | 3600 | 3200 | 12.5 |\n")
    assert TableLayout(table).columns[3].role == "growth"


# --- any table at all: never a crash -------------------------------------------------------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_CELLS = st.sampled_from([
    "", " ", "—", "合计", "小计", "其中：工业", "#技改", "指标", "单位", "万元", "亿元", "%", "本年", "上年同期",
    "同比增长(%)", "增减额", "全年目标", "完成进度(%)", "占比(%)", "12", "-3.5", "8.2%", "增长25%", "下降1.5",
    "0", "0.0", "1,234.5", "约3000", "二千", "2024年", "1-6月", "较快", "\\|", "１２．５", "1e5", "9" * 30,
])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELLS, min_size=0, max_size=7), min_size=1, max_size=8), st.booleans())
def test_random_markdown_tables_never_crash(rows, prose):
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "| --- | --- | --- |")
    text = "单位：万元\n" + "\n".join(lines) + ("\n全区合计增长8.2%，指标完成12万元。" if prose else "")
    result = lint_text(text, raise_rule_errors=True)
    for finding in result.findings:
        assert 0 <= finding.span.start <= finding.span.end <= len(text)


def test_title_row_with_the_unit_and_repeated_header_rows():
    from docx.oxml import OxmlElement

    document = docx.Document()
    table = _table(document, [
        ["单位：亿元", None, None],
        ["指标", "本年", "上年"],
        ["合计", "7.9", "6.9"],
        ["甲", "5.2", "4.8"],
        ["乙", "2.4", "2.1"],
    ], merges=[(0, 0, 0, 2)])
    for r in (0, 1):  # Word's "repeat as header row"
        table.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    doc = _load(document)
    (model,) = doc.tables
    assert (model.title_rows, model.header_rows) == (1, 1)
    layout = TableLayout(model)
    assert layout.default_unit == (10**8, "元")
    (finding,) = _lint(doc).findings
    assert finding.code == "DC201" and finding.quote == "7.9"
    assert finding.message == "“本年”列合计 7.9亿元 与分项之和 7.6亿元（5.2 + 2.4）不符，相差 0.3亿元"


def test_ragged_docx_rows_and_grid_before_are_read_without_crash():
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    table = _table(document, [
        ["指标", "本年（万元）", "上年（万元）", "增长(%)"],
        ["甲", "1200", "1000", "20.0"],
        ["乙", "800", "700", "14.3"],
        ["合计", "2000", "1700", "17.6"],
    ])
    short = table.rows[2]._tr
    short.remove(short.tc_lst[-1])  # 乙 loses its growth cell
    shifted = table.rows[1]._tr
    shifted.remove(shifted.tc_lst[0])  # 甲's row starts one grid column late
    before = OxmlElement("w:gridBefore")
    before.set(qn("w:val"), "1")
    shifted.get_or_add_trPr().append(before)
    doc = _load(document)
    (model,) = doc.tables
    assert model.at(1, 0) is None and model.at(2, 3) is None
    result = _lint(doc)
    assert result.findings == []


def test_section_heading_merged_across_the_row_is_a_heading():
    rows = [
        ["项目", "投资额（万元）", "完成（万元）"],
        ["一、工业项目", None, None],
        ["甲项目", "1200", "600"],
        ["乙项目", "800", "300"],
        ["二、服务业项目", None, None],
        ["丙项目", "500", "200"],
        ["合计", "2600", "1100"],
    ]
    result = _lint(_docx_with(rows, merges=[(1, 0, 1, 2), (4, 0, 4, 2)]))
    assert [(f.code, f.quote) for f in result.findings] == [("DC201", "2600")]  # 1200 + 800 + 500 = 2500
    assert result.statistics["table-sum"] == {"inconsistent": 1, "consistent": 1}


def test_growth_under_last_years_heading_is_not_paired_with_this_years_values():
    rows = [
        ["指标", "本年", None, "上年同期", None],
        [None, "绝对值", "增长(%)", "绝对值", "增长(%)"],
        ["营业收入", "52.30", "8.7", "48.10", "3.1"],
    ]
    doc = _docx_with(rows, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], before="单位：亿元")
    layout = TableLayout(doc.tables[0])
    assert [c.role for c in layout.columns] == ["label", "value", "growth", "base", "growth"]
    result = _lint(doc)
    assert result.findings == [] and result.statistics["table-growth"] == {"consistent": 1}


def test_unit_written_in_the_label_columns_header():
    (table,) = markdown_tables("| 单位：万元 | 本年 | 上年 |\n| --- | --- | --- |\n| 税收 | 3600 | 3200 |\n")
    assert TableLayout(table).default_unit == (10000, "元")


def test_review_sees_the_table_findings_that_lint_reports(tmp_path, monkeypatch):
    """review lints a .docx with its tables, as lint does: an export carries the wrong 合计 cell's comment."""
    document = docx.Document()
    document.add_paragraph("单位：万元")
    _table(document, [["项目", "本年完成"], ["甲项目", "1200"], ["乙项目", "800"], ["合计", "2500"]])
    monkeypatch.chdir(tmp_path)
    document.save("report.docx")
    runner = CliRunner()
    lint = json.loads(runner.invoke(app, ["lint", "--isolated", "--select", "DC201", "--format", "json", "report.docx"]).stdout)
    assert [i["quote"] for i in lint["files"][0]["issues"]] == ["2500"]
    result = runner.invoke(app, ["review", "report.docx", "--isolated", "--select", "DC201", "--export", "out.docx",
                                 "--include-undecided"])
    assert result.exit_code == 0, result.output
    (comment,) = docx.Document("out.docx").comments
    assert "与分项之和 2000万元" in comment.text


def test_a_table_cell_of_thirty_nines_is_checked_without_crashing():
    """Found by the random-table test: rounding a 30-digit total for its message overflowed the
    default 28-digit decimal context (InvalidOperation)."""
    nines = "9" * 30
    text = f"单位：万元\n| 指标 | 本年 | 上年 |\n| --- | --- | --- |\n| 合计 | {nines} | 5 |\n| 甲 | 1.5 | 2 |\n| 乙 | 2 | 3 |"
    result = lint_text(text, raise_rule_errors=True)
    assert any(f.code == "DC201" and "3.5万元（1.5 + 2）" in f.message for f in result.findings)
