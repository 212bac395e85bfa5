"""Write the draft as Markdown or .docx, rewriting the whole file atomically as each section is final.

An interrupted run leaves a valid document holding every section finished so far. Headings are
numbered by the section's place in the plan (一、二、…), so a partial document already has its
final numbering. The .docx uses 公文 styles: 方正小标宋简体 二号 title, 黑体 三号 headings, 仿宋_GB2312
三号 body with a two-character first-line indent and a fixed 28-point line spacing; an opening
（一）…。 sub-heading is set in 楷体_GB2312.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from draftcheck.draft.offline_backend import ordinal

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
DOCX_SUFFIX = ".docx"
_SUBHEADING = re.compile(r"^（[一二三四五六七八九十]+）[^。]{1,30}。")


class OutputError(Exception):
    """The output cannot be written; a one-line, user-facing message."""


@dataclass(frozen=True)
class DraftSection:
    heading: str  # 一、主要指标完成情况
    text: str  # paragraphs separated by blank lines


def output_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == DOCX_SUFFIX:
        return "docx"
    if suffix in MARKDOWN_SUFFIXES:
        return "md"
    raise OutputError(f"{path}: 不支持的输出格式 {suffix or '（无扩展名）'}；请用 .md 或 .docx")


def check_output_path(path: Path, force: bool) -> None:
    output_format(path)
    if path.exists() and not force:
        raise OutputError(f"{path}: 文件已存在；如要覆盖请加 --force")
    if not path.parent.exists():
        raise OutputError(f"{path.parent}: 目录不存在")


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def numbered(index: int, title: str) -> str:
    return f"{ordinal(index)}、{title}"


def render_markdown(title: str, overview: str | None, sections: list[DraftSection]) -> str:
    out = [f"# {title}", ""]
    if overview:
        out += [overview.strip(), ""]
    for section in sections:
        out += [f"## {section.heading}", ""]
        for paragraph in paragraphs(section.text):
            out += [paragraph, ""]
    return "\n".join(out).rstrip() + "\n"


def render_docx(title: str, overview: str | None, sections: list[DraftSection]) -> bytes:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _set_styles(document)
    heading = document.add_paragraph(title, style="Title")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if overview:
        document.add_paragraph(overview.strip(), style="Normal")
    for section in sections:
        document.add_paragraph(section.heading, style="Heading 1")
        for text in paragraphs(section.text):
            paragraph = document.add_paragraph(style="Normal")
            sub = _SUBHEADING.match(text)
            if sub:
                _east_asian(paragraph.add_run(sub.group(0)).font, "楷体_GB2312")
                text = text[sub.end() :]
            if text:
                paragraph.add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _east_asian(font, name: str) -> None:
    from docx.oxml.ns import qn

    font.name = name
    r_pr = font.element.get_or_add_rPr()
    fonts = r_pr.get_or_add_rFonts()
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    fonts.set(qn("w:eastAsia"), name)


def _set_styles(document) -> None:
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt, RGBColor

    def style(name: str, font_name: str, size: float, *, indent: bool, bold: bool = False):
        st = document.styles[name]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = False
        st.font.color.rgb = RGBColor(0, 0, 0)
        _east_asian(st.font, font_name)
        fmt = st.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(28)
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(size * 2) if indent else Pt(0)
        return st

    style("Normal", "仿宋_GB2312", 16, indent=True)
    style("Title", "方正小标宋简体", 22, indent=False)
    style("Heading 1", "黑体", 16, indent=True)
    title = document.styles["Title"].paragraph_format
    title.space_after = Pt(28)
    title.line_spacing = Pt(36)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a half-written file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_json(path: Path, data: dict) -> None:
    atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8"))


class DraftWriter:
    """Rewrites the output with every finished section, in plan order, each time one is final."""

    def __init__(self, path: Path, title: str, overview: str | None, section_titles: list[tuple[str, str]]) -> None:
        self.path = path
        self.format = output_format(path)
        self.title = title
        self.overview = overview
        self.headings = {sid: numbered(i, t) for i, (sid, t) in enumerate(section_titles, start=1)}
        self.order = [sid for sid, _ in section_titles]
        self.texts: dict[str, str] = {}

    def add(self, section_id: str, text: str) -> None:
        self.texts[section_id] = text
        self.flush()

    def sections(self) -> list[DraftSection]:
        return [DraftSection(self.headings[sid], self.texts[sid]) for sid in self.order if sid in self.texts]

    def document_text(self) -> str:
        return render_markdown(self.title, self.overview, self.sections())

    def flush(self) -> None:
        if self.format == "docx":
            data = render_docx(self.title, self.overview, self.sections())
        else:
            data = self.document_text().encode("utf-8")
        atomic_write(self.path, data)
