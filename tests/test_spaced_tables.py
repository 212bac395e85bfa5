"""Tables pasted as text: columns aligned with tabs or runs of spaces (draftcheck.document.tables.spaced_tables).

A report copied out of a word processor or a statistics bulletin keeps its tables as lines like
``教育        52310``; these become ``ctx.tables`` like Markdown tables do, so the table checks (a 合计 row
against its rows, a 其中 row against its row) run on them. Prose with double spaces never is a table.
"""

from __future__ import annotations

from draftcheck.document.tables import spaced_tables
from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

FLAT = "表2  各镇财政收入（单位：万元）\n镇名    收入\n东湖镇    8120\n西岭镇    6340\n南山镇    7215\n合　　计    21675\n"


def _findings(text: str, code: str):
    rule = find_rule(code)
    return lint_text(text, [rule(rule.Options())]).findings


def test_flat_table_is_read_with_its_caption_and_a_spaced_out_total_label():
    (table,) = spaced_tables(FLAT)
    assert (table.n_rows, table.n_cols, table.header_rows) == (5, 2, 1)
    assert table.before.startswith("表2")
    assert [table.at(r, 0).text for r in range(1, 5)] == ["东湖镇", "西岭镇", "南山镇", "合　　计"]
    assert table.at(4, 1).text == "21675"


def test_total_row_of_a_pasted_table_is_checked_both_ways():
    assert _findings(FLAT, "DC201") == []
    wrong = FLAT.replace("21675", "21875")
    (finding,) = _findings(wrong, "DC201")
    assert "与分项之和 21675万元" in finding.message


def test_tab_separated_qizhong_row_larger_than_its_row():
    text = "表3\t住房建设\n项目\t套数\n新开工住房\t1850\n其中：公租房\t2130\n其中：人才公寓\t260\n"
    (finding,) = _findings(text, "DC202")
    assert "公租房 2130 大于其所属的新开工住房 1850" in finding.message


def test_prose_lines_with_double_spaces_are_not_tables():
    text = "全年完成投资  12亿元，同比增长8%。\n其中工业投资  5亿元；基础设施投资  4亿元。\n合计完成  9亿元以上的项目3个。\n"
    assert spaced_tables(text) == []


def test_a_long_pasted_table_and_a_long_spaced_line_do_not_crash():
    rows = "".join(f"项目{i}    {i % 97 + 1}\n" for i in range(10_000))
    tables = spaced_tables("名称    数量\n" + rows)
    assert len(tables) == 1 and tables[0].n_rows == 10_001
    assert spaced_tables("甲  " * 50_000) == []  # one line of 100k cells is prose, not a table
    lint_text("名称    数量\n" + rows, [find_rule("DC201")(find_rule("DC201").Options())])
