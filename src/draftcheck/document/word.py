"""Read .docx files with python-docx: body paragraphs and table cells in reading order."""

from __future__ import annotations

import io
import zipfile

from draftcheck.document.model import Block, Document, DocumentError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _paragraph_text(p_element) -> str:
    from docx.text.paragraph import Paragraph

    return Paragraph(p_element, None).text


def load_docx(data: bytes, path: str) -> Document:
    if data.startswith(OLE_MAGIC):
        raise DocumentError(
            path,
            "该 .docx 设有打开密码（已加密），无法读取；请在 Word/WPS 中取消密码（文件 → 信息 → 保护文档）后另存一份再检查",
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocumentError(path, "不是有效的 .docx 文件（已损坏或只是改了扩展名）；请在 Word/WPS 中打开并另存为 .docx")
    try:
        import docx
        from docx.oxml.ns import qn

        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise DocumentError(path, f"无法打开 .docx（{type(exc).__name__}）；请在 Word/WPS 中打开并另存为 .docx") from None

    pieces: list[str] = []
    blocks: list[Block] = []
    offset = 0
    paragraph_index = 0

    def add(text: str, kind: str, table=None, row=None, cell=None) -> None:
        nonlocal offset, paragraph_index
        if pieces:
            pieces.append("\n")
            offset += 1
        pieces.append(text)
        blocks.append(Block(offset, offset + len(text), kind, paragraph_index, table, row, cell))
        offset += len(text)
        paragraph_index += 1

    table_index = 0
    for child in word.element.body.iterchildren():
        if child.tag == qn("w:p"):
            add(_paragraph_text(child), "paragraph")
        elif child.tag == qn("w:tbl"):
            for r, tr in enumerate(child.iter(qn("w:tr"))):
                for c, tc in enumerate(tr.iter(qn("w:tc"))):
                    for p in tc.iter(qn("w:p")):
                        add(_paragraph_text(p), "table-cell", table_index, r, c)
            table_index += 1
    return Document(path=path, text="".join(pieces), format="docx", encoding=None, blocks=blocks)
