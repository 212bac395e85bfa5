"""Read .docx files: body paragraphs and table cells in reading order, each mapped back to its paragraph.

``iter_paragraphs`` and ``paragraph_text`` define the reading order and the text of each paragraph; whatever
later writes onto the document (Word comments) must walk the same order to find paragraph N again.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from draftcheck.document.model import Block, Document, DocumentError
from draftcheck.document.tables import docx_tables

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = (
    f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"
)
# Inside a paragraph: parts whose text is not the paragraph's own (deleted revisions, text boxes, fallbacks).
_SKIPPED_IN_PARAGRAPH = {f"{_W}del", f"{_W}txbxContent", f"{_MC}Fallback", f"{_W}moveFrom"}
_OTHER_OFFICE_PARTS = {"xl/workbook.xml": "Excel 表格", "ppt/presentation.xml": "PowerPoint 演示文稿"}
UNPACKED_SIZE_FACTOR = 10  # refuse a .docx whose unpacked parts exceed this multiple of the size limit


@dataclass(frozen=True)
class ParagraphRef:
    """A ``w:p`` element and where it sits: ``table``/``row``/``cell`` are None outside tables."""

    element: object
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    @property
    def kind(self) -> str:
        return "paragraph" if self.table is None else "table-cell"


def paragraph_text(p_element) -> str:
    """The visible text of one paragraph: runs, hyperlinks, inserted revisions and field results;
    tabs as ``\\t``, text-wrapping breaks as ``\\n``; deleted revisions and text boxes left out."""
    parts: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIPPED_IN_PARAGRAPH:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag == f"{_W}tab":
                parts.append("\t")
            elif tag == f"{_W}br":
                parts.append("\n" if child.get(f"{_W}type") in (None, "textWrapping") else "")
            elif tag == f"{_W}cr":
                parts.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                parts.append("-")
            else:
                walk(child)

    walk(p_element)
    return "".join(parts)


def iter_paragraphs(body) -> Iterator[ParagraphRef]:
    """Every paragraph of the body in reading order: body paragraphs, table cells row by row (nested tables
    in place), and paragraphs inside content controls."""
    tables = itertools.count()

    def walk(container, where: tuple[int | None, int | None, int | None]) -> Iterator[ParagraphRef]:
        for child in container:
            if child.tag == _P:
                yield ParagraphRef(child, *where)
            elif child.tag == _TBL:
                table = next(tables)
                for r, tr in enumerate(child.iterchildren(_TR)):
                    for c, tc in enumerate(tr.iterchildren(_TC)):
                        yield from walk(tc, (table, r, c))
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    yield from walk(content, where)
            elif child.tag == _CUSTOM_XML:
                yield from walk(child, where)

    yield from walk(body, (None, None, None))


def _check_package(data: bytes, path: str, max_bytes: int) -> None:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocumentError(
                path,
                "该 .docx 设有打开密码（已加密），无法读取；请在 Word/WPS 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后另存一份再检查",
            )
        raise DocumentError(
            path, "这其实是旧版 Word 97-2003 (.doc) 或 WPS 文件，只是扩展名为 .docx；请在 Word/WPS 中“文件 → 另存为”，保存类型选 Word 文档 (*.docx)"
        )
    import zipfile  # only for a .docx

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            names = set(package.namelist())
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise DocumentError(path, "不是有效的 .docx 文件（已损坏或只是改了扩展名）；请在 Word/WPS 中打开并另存为 .docx") from None
    for part, kind in _OTHER_OFFICE_PARTS.items():
        if part in names:
            raise DocumentError(path, f"这是{kind}，不是 Word 文档；请把报告正文另存为 .docx 或 .txt 再检查")
    if max_bytes and unpacked > max_bytes * UNPACKED_SIZE_FACTOR:
        raise DocumentError(
            path, f"解压后内容 {unpacked / 1048576:.0f} MB 过大（上限为文件大小上限的 {UNPACKED_SIZE_FACTOR} 倍）；可用 --max-file-size 调高上限"
        )


def load_docx(data: bytes, path: str, max_bytes: int = 0) -> Document:
    _check_package(data, path, max_bytes)
    try:
        import docx

        word = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken packages
        raise DocumentError(path, f"无法打开 .docx（{type(exc).__name__}）；文件可能已损坏，请在 Word/WPS 中打开并另存为 .docx") from None

    pieces: list[str] = []
    blocks: list[Block] = []
    elements = []
    offset = 0
    for index, ref in enumerate(iter_paragraphs(word.element.body)):
        if index:
            pieces.append("\n")
            offset += 1
        text = paragraph_text(ref.element)
        pieces.append(text)
        blocks.append(Block(offset, offset + len(text), ref.kind, index, ref.table, ref.row, ref.cell))
        elements.append(ref.element)
        offset += len(text)
    text = "".join(pieces)
    tables = docx_tables(zip(elements, blocks), text)
    return Document(path=path, text=text, format="docx", encoding=None, blocks=blocks, tables=tables)
