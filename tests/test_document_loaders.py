"""Loading real report files: encodings, .docx structure, and every kind of bad input as one fixable line."""

from __future__ import annotations

import codecs
import io

import pytest

from draftcheck.document import DocumentError, collect_paths, load_document
from draftcheck.document.loader import load_bytes
from draftcheck.document.plain import decode_bytes, line_blocks
from draftcheck.document.word import OLE_MAGIC, iter_paragraphs, paragraph_text

REPORT = "青山湖开发区2024年工作总结\r\n实现工业销售收入32.5亿元，同比增长12.4%。\n完成固定资产投资48.6亿元。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8-sig"),
        (REPORT.encode("gbk"), "gb18030"),
        (REPORT.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "gb18030", "utf16le-bom", "utf16be-bom"],
)
def test_encodings_decode_to_the_same_text_without_bom(tmp_path, data, encoding):
    path = tmp_path / "report.txt"
    path.write_bytes(data)
    doc = load_document(path)
    assert doc.text == REPORT  # BOM excluded, CRLF kept: nothing else normalised away
    assert doc.encoding == encoding
    assert doc.format == "txt"


def test_big5_is_told_apart_from_gbk():
    traditional = "開發區工業總產值56.8億元，同比增長9.2%。"
    assert decode_bytes(traditional.encode("big5"), "r.txt") == (traditional, "cp950")
    # GBK text with a rare character stays GB18030
    simplified = "开发区工业总产值56.8亿元，镕铸新局。"
    assert decode_bytes(simplified.encode("gbk"), "r.txt") == (simplified, "gb18030")


def test_utf16_without_bom_is_recognised_by_its_shape():
    text = "Annual report 2024: revenue 32.5, growth 12.4 percent.\n" * 4
    assert decode_bytes(text.encode("utf-16-le"), "r.txt") == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be"), "r.txt") == (text, "utf-16-be")


def test_gbk_report_offsets_point_at_the_same_characters(tmp_path):
    from draftcheck.engine import lint_text
    from draftcheck.rules import find_rule

    path = tmp_path / "gbk.txt"
    path.write_bytes("第一行。\n实现工业销售收入亿元。".encode("gbk"))
    doc = load_document(path)
    (finding,) = lint_text(doc.text, [find_rule("DC101")()]).findings
    assert doc.text[finding.span.start : finding.span.end] == finding.quote
    assert doc.block_at(finding.span.start).paragraph_index == 1


def test_empty_file_is_clean_text(tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    doc = load_document(path)
    assert (doc.text, doc.format, doc.blocks) == ("", "md", [])


def test_line_blocks_follow_the_line_index_not_str_splitlines():
    text = "第一行\f仍是第一行\r\n第二行\r第三行"
    blocks = line_blocks(text)
    assert [text[b.start : b.end] for b in blocks] == ["第一行\f仍是第一行\r\n", "第二行\r", "第三行"]
    assert [b.paragraph_index for b in blocks] == [0, 1, 2]


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "二进制文件"),
        ("noise.txt", bytes([0x01, 0x02, 0x03, 0x04, 0x1B]) * 400, "二进制文件"),
        ("latin.txt", b"caf\xe9 \x80\x80 na\xefve \xff\xff " * 20, "无法识别文件编码"),
        ("old.doc", OLE_MAGIC + b"\x00" * 512, "另存为"),
        ("old.wps", OLE_MAGIC + b"\x00" * 512, "另存为"),
        ("renamed.txt", OLE_MAGIC + b"\x00" * 512, "旧版 Word/WPS"),
        ("zipped.txt", b"PK\x03\x04" + b"\x00" * 64, "扩展名改回 .docx"),
        ("scan.pdf", b"%PDF-1.7\n", "PDF"),
        ("broken.docx", b"PK\x03\x04 this zip was cut off", "已损坏"),
        ("not-a-zip.docx", "这只是一段文字，扩展名却是 docx。".encode(), "已损坏"),
        ("encrypted.docx", OLE_MAGIC + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 64, "密码"),
        ("really-a-doc.docx", OLE_MAGIC + b"\x00" * 512, "Word 97-2003"),
    ],
)
def test_bad_input_is_one_fixable_line_naming_the_file(tmp_path, name, data, cause):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentError) as caught:
        load_document(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and cause in message
    assert "\n" not in message


def test_excel_renamed_docx_says_what_it_is(tmp_path):
    import zipfile

    path = tmp_path / "table.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(DocumentError, match="Excel"):
        load_document(path)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DocumentError, match="文件不存在"):
        load_document(tmp_path / "missing.txt")
    with pytest.raises(DocumentError, match="目录"):
        load_document(tmp_path)


def test_size_limit_refuses_large_files_and_zero_means_unlimited(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes("开发区".encode() * 1000)  # 9000 bytes
    with pytest.raises(DocumentError, match="文件大小 8.8 KB 超过上限 4.0 KB"):
        load_document(path, max_bytes=4096)
    assert len(load_document(path, max_bytes=0).text) == 3000


def test_collect_paths_skips_hidden_lock_and_unsupported_files(tmp_path):
    (tmp_path / "a.txt").write_text("甲", encoding="utf-8")
    (tmp_path / "b.md").write_text("乙", encoding="utf-8")
    (tmp_path / "~$c.docx").write_bytes(b"lock")
    (tmp_path / "d.pdf").write_bytes(b"%PDF")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "e.txt").write_text("丙", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "f.markdown").write_text("丁", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in collect_paths(tmp_path)] == ["a.txt", "b.md", "sub/f.markdown"]


# --- .docx --------------------------------------------------------------------------------------------


def _report_docx(path):
    import docx

    document = docx.Document()
    document.add_paragraph("青山湖开发区2024年工作总结")
    document.add_paragraph("实现工业销售收入亿元，同比增长12.4%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "指标"
    table.cell(0, 1).text = "完成值"
    table.cell(1, 0).text = "固定资产投资"
    table.cell(1, 1).text = "xx.xx亿元"
    document.add_paragraph("下一步，我们将继续努力。")
    document.save(path)


def test_docx_reads_paragraphs_and_table_cells_in_reading_order(tmp_path):
    path = tmp_path / "report.docx"
    _report_docx(path)
    doc = load_document(path)
    assert doc.format == "docx"
    assert doc.text.split("\n") == [
        "青山湖开发区2024年工作总结",
        "实现工业销售收入亿元，同比增长12.4%。",
        "指标",
        "完成值",
        "固定资产投资",
        "xx.xx亿元",
        "下一步，我们将继续努力。",
    ]
    kinds = [(b.kind, b.paragraph_index, b.table, b.row, b.cell) for b in doc.blocks]
    assert kinds == [
        ("paragraph", 0, None, None, None),
        ("paragraph", 1, None, None, None),
        ("table-cell", 2, 0, 0, 0),
        ("table-cell", 3, 0, 0, 1),
        ("table-cell", 4, 0, 1, 0),
        ("table-cell", 5, 0, 1, 1),
        ("paragraph", 6, None, None, None),
    ]


def test_location_words_name_the_paragraph_or_table_cell_a_word_user_finds(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("标题")
    document.add_paragraph("")  # an empty paragraph is not counted: nothing to see on the page
    document.add_paragraph("实现收入亿元。")
    document.add_table(rows=2, cols=2)
    second = document.add_table(rows=3, cols=4)
    second.cell(2, 3).text = "xx万元"
    document.add_paragraph("结尾")
    path = tmp_path / "where.docx"
    document.save(path)
    doc = load_document(path)
    assert doc.location_words(doc.text.index("亿元")) == "第2段"
    assert doc.location_words(doc.text.index("xx万元") + 1) == "表2 第3行第4列"
    assert doc.location_words(doc.text.index("结尾")) == "第3段"
    text_path = tmp_path / "where.txt"
    text_path.write_text("一\n实现收入亿元", encoding="utf-8")
    plain = load_document(text_path)
    assert plain.location_words(plain.text.index("亿元")) == "第2行第5列"


def test_docx_findings_map_back_to_the_right_paragraph(tmp_path):
    from draftcheck.engine import lint_text
    from draftcheck.rules import find_rule

    path = tmp_path / "report.docx"
    _report_docx(path)
    doc = load_document(path)
    findings = lint_text(doc.text, [find_rule("DC101")(), find_rule("DC102")()]).findings
    located = {f.code: doc.block_at(f.span.start) for f in findings}
    assert located["DC101"].paragraph_index == 1 and located["DC101"].kind == "paragraph"
    assert (located["DC102"].paragraph_index, located["DC102"].row, located["DC102"].cell) == (5, 1, 1)

    # the paragraph index finds the same paragraph again in the saved document (for Word comments later)
    import docx

    word = docx.Document(path)
    refs = list(iter_paragraphs(word.element.body))
    block = located["DC101"]
    assert paragraph_text(refs[block.paragraph_index].element) == doc.text[block.start : block.end]


def test_docx_nested_tables_are_read_once_and_revisions_follow_what_word_shows(tmp_path):
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    outer = document.add_table(rows=1, cols=1)
    cell = outer.cell(0, 0)
    cell.paragraphs[0].text = "外层单元格"
    inner = cell.add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "内层单元格"
    paragraph = document.add_paragraph("完成投资")
    paragraph._p.append(parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="a"><w:r><w:t>48.6</w:t></w:r></w:ins>'))
    paragraph._p.append(parse_xml(f'<w:del {nsdecls("w")} w:id="2" w:author="a"><w:r><w:delText>46.1</w:delText></w:r></w:del>'))
    paragraph.add_run("亿元")
    path = tmp_path / "nested.docx"
    document.save(path)

    doc = load_document(path)
    lines = doc.text.split("\n")
    assert lines.count("内层单元格") == 1
    assert lines[-1] == "完成投资48.6亿元"
    assert [b.table for b in doc.blocks[:-1]] == [0, 1, 0]  # outer cell, nested table, outer cell's trailing paragraph


def test_docx_from_bytes_via_stdin_name():
    import docx

    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("党的XX大精神。")
    document.save(buffer)
    doc = load_bytes(buffer.getvalue(), "piped.docx")
    assert doc.text == "党的XX大精神。" and doc.format == "docx"


def test_docx_on_stdin_without_a_name_suggests_stdin_filename(monkeypatch):
    import docx

    from draftcheck.document.loader import load_stdin

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(buffer.getvalue())))
    with pytest.raises(DocumentError) as raised:
        load_stdin(None)
    assert "--stdin-filename 报告.docx" in str(raised.value)
