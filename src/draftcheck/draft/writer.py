"""Write the draft as Markdown or .docx, rewriting the whole file atomically as each section is final.

An interrupted run leaves a valid document holding every section finished so far. Headings are
numbered by the section's place in the plan (一、二、…), so a partial document already has its
final numbering. The .docx follows GB/T 9704-2012: A4, margins 37/35/28/26 mm (top/bottom/left/right), a document grid of 22
lines of 28 characters, 方正小标宋简体 二号 title without colour or rule, 黑体 三号 headings, 仿宋_GB2312 三号
body with a two-character first-line indent, page numbers "— 1 —" in 4号 宋体 at the foot (odd pages right,
even pages left), and core properties (title, author, created) of its own, never python-docx's.
An opening （一）…。 sub-heading is set in 楷体_GB2312.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from draftcheck.draft.offline_backend import ordinal

MARKDOWN_SUFFIXES = (".md", ".markdown")
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


# GB/T 9704-2012: A4, text area 156 × 225 mm, margins top 37, bottom 35, left 28, right 26 mm; 22 lines of
# 28 characters of 三号 (16 pt) 仿宋; page numbers 4号 (14 pt) "— 1 —" at the foot, odd right, even left.
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_PT = 16
TITLE_PT = 22


def grid_pitches() -> tuple[float, int]:
    """(line pitch in points, character-spacing adjustment in 1/4096 pt) for 22 × 28 on the text area."""
    mm_to_pt = 72 / 25.4
    text_width = (PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]) * mm_to_pt
    text_height = (PAGE_MM[1] - MARGINS_MM["top"] - MARGINS_MM["bottom"]) * mm_to_pt
    return text_height / LINES_PER_PAGE, round((text_width / CHARS_PER_LINE - BODY_PT) * 4096)


def render_docx(title: str, overview: str | None, sections: list[DraftSection], *, author: str = "", created=None) -> bytes:
    import datetime as dt

    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    _page_layout(document)
    _set_styles(document)
    heading = document.add_paragraph(title, style="Normal")
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = heading.paragraph_format
    fmt.first_line_indent = 0
    run = heading.runs[0]
    from docx.shared import Pt

    run.font.size = Pt(TITLE_PT)
    _east_asian(run.font, "方正小标宋简体")
    document.add_paragraph("", style="Normal")  # one blank line under the title, as 公文 leave it
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
    props = document.core_properties
    props.title = title
    props.author = author
    props.last_modified_by = author
    props.comments = ""
    props.subject = ""
    props.keywords = ""
    props.category = ""
    props.created = created or dt.datetime.now(dt.timezone.utc).replace(microsecond=0, tzinfo=None)
    props.modified = props.created
    props.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_layout(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(28 - 7)  # the page number sits 7 mm below the text area's bottom line
    line_pitch, char_space = grid_pitches()
    sect_pr = section._sectPr
    for old in sect_pr.findall(qn("w:docGrid")):
        sect_pr.remove(old)
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(line_pitch * 20)))
    grid.set(qn("w:charSpace"), str(char_space))
    sect_pr.append(grid)
    document.settings.odd_and_even_pages_header_footer = True
    for footer, align, indent in ((section.footer, WD_ALIGN_PARAGRAPH.RIGHT, "right"),
                                  (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT, "left")):
        paragraph = footer.paragraphs[0]
        paragraph.alignment = align
        setattr(paragraph.paragraph_format, f"{indent}_indent", Pt(14))  # one character in from the edge
        paragraph.paragraph_format.first_line_indent = 0
        _page_number(paragraph)


def _page_number(paragraph) -> None:
    """"— 1 —": em dashes around a PAGE field, 4号 宋体."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    def run(text: str = ""):
        r = paragraph.add_run(text)
        r.font.size = Pt(14)
        _east_asian(r.font, "宋体")
        return r

    run("— ")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        r = run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            r._r.append(char)
        elif text.strip() == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            r._r.append(instr)
        else:
            r.text = text
    run(" —")


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
    from docx.oxml.ns import qn
    from docx.shared import Pt

    line_pitch, _ = grid_pitches()

    def style(name: str, font_name: str, size: float, *, indent: bool, bold: bool = False):
        st = document.styles[name]
        st.font.size = Pt(size)
        st.font.bold = bold
        st.font.italic = False
        st.font.color.rgb = None  # automatic (black): no theme colour
        r_pr = st.element.get_or_add_rPr()
        for colour in r_pr.findall(qn("w:color")):
            r_pr.remove(colour)
        _east_asian(st.font, font_name)
        p_pr = st.element.get_or_add_pPr()
        for border in p_pr.findall(qn("w:pBdr")):
            p_pr.remove(border)  # no rule under a heading
        fmt = st.paragraph_format
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(round(line_pitch, 2))
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(0)
        fmt.first_line_indent = Pt(size * 2) if indent else Pt(0)
        fmt.keep_with_next = name.startswith("Heading")
        return st

    style("Normal", "仿宋_GB2312", BODY_PT, indent=True)
    style("Heading 1", "黑体", BODY_PT, indent=True)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically with the usual file mode (shared with ``lint -o``)."""
    from draftcheck.output import write_atomically

    write_atomically(path, data)


def write_json(path: Path, data: dict) -> None:
    atomic_write(path, (json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8"))


class DraftWriter:
    """Rewrites the output with every finished section, in plan order, each time one is final."""

    def __init__(self, path: Path, title: str, overview: str | None, section_titles: list[tuple[str, str]], *, author: str = "") -> None:
        self.path = path
        self.author = author
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
            data = render_docx(self.title, self.overview, self.sections(), author=self.author)
        else:
            data = self.document_text().encode("utf-8")
        atomic_write(self.path, data)
