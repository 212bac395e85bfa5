"""Tables of a report as a grid of cells, each cell keeping its span in the document text.

Two sources produce the same model:

- ``.docx`` tables (``docx_tables``): built from the ``w:tbl`` XML after the loader has laid out the
  text; a cell's span covers its own paragraphs in the text the loader produced. Horizontally merged
  cells (``w:gridSpan``) and vertically merged ones (``w:vMerge``) are resolved, so every grid
  position points at the cell that covers it: a vertically merged label applies to every row it spans.
  Rows may be ragged (``w:gridBefore``/``w:gridAfter``, missing cells); a cell holding a nested table
  is marked ``nested`` (the nested table is a table of its own).
- Markdown pipe tables (``markdown_tables``): a header line, a delimiter line (``| --- | :---: |``)
  and the body lines that follow; found in any text, .md or .txt (a report pasted from a Markdown
  source keeps them). Markdown has no merged cells; ragged rows leave grid positions empty.
- Tables pasted as plain text (``spaced_tables``): three or more consecutive lines whose cells are
  separated by a tab or by two or more spaces (``教育        52310``), at least two of them with a
  figure after their label; the caption line above (``表1 …（单位：万元）``) is kept as ``before``.
  A copy that parts the cells by single spaces is read too when every cell after a row's label is a
  figure (``监测对象（户） 1286 1143 -133``), as wide as the others and as the line of short column heads above
  them (``指标 2024年 2025年 增减``): a single space also groups thousands (``税收收入 6 284 5 917`` under three heads
  is no table of five columns); a line with a comma, a colon or a sentence mark is prose.

Header rows are detected here (a Word "repeat header row" flag, or the leading rows that hold no
figures; two- and three-row headers included); what the headers mean is ``draftcheck.numbers.table_layout``'s job.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from draftcheck.text.line_cells import cells_of_line
from draftcheck.text.outline import OUTLINE_LABEL

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TBL, _TR, _TC, _P = f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}p"
MAX_HEADER_ROWS = 3

# A figure as a cell holds it: an optional sign or direction word, digits, an optional % or unit.
_FIGURE = re.compile(r"^[\s　]*(?:增长|下降|减少|增加|约)?[+\-−－]?[\s　]*[0-9０-９][0-9０-９,，.．]*[\s　]*\S{0,6}$")
_NO_DATA = frozenset({"-", "--", "—", "——", "–", "/", "／", "…", "……", "x", "×", "*"})
_YEAR = re.compile(r"^[\s　]*(?:19|20)\d{2}(?:年.*)?$")
# Periods and dates are headings, not figures: 1-6月, 2024年, 一季度, 第3季度, 12月末余额.
_PERIOD = re.compile(r"(?:年|月|日|季度|号|年度|月份)[\s　]*$|\d[\s　]*[-—–~～至][\s　]*\d|^[\s　]*[0-9０-９]{1,2}月(?:末|底|初|份)")


@dataclass
class TableCell:
    """One cell: its text, its span in the document text and where it sits in the grid.

    ``row``/``col`` are the grid position of its top-left corner; a merged cell covers
    ``row_span`` × ``col_span`` positions. ``indent`` is the label's indentation (Word paragraph
    indents plus leading spaces), compared within one table to find sub-items.
    """

    text: str
    start: int
    end: int
    row: int
    col: int
    row_span: int = 1
    col_span: int = 1
    indent: int = 0
    nested: bool = False

    @property
    def is_figure(self) -> bool:
        """Whether the cell holds one figure (not a heading such as 2024年 or 1-6月)."""
        return is_figure(self.text)


@dataclass
class Table:
    """A grid of cells: ``grid[r][c]`` is the cell covering that position, or None (ragged rows)."""

    index: int
    source: str  # "docx", "markdown", "text" (spaced) or "aligned"
    grid: list[list[TableCell | None]]
    start: int
    end: int
    header_rows: int = 0
    title_rows: int = 0  # rows above the header that span the whole width (a title, 单位：万元)
    before: str = ""  # the text just above the table: a caption, 单位：万元
    cells: list[TableCell] = field(default_factory=list)

    @property
    def n_rows(self) -> int:
        return len(self.grid)

    @property
    def n_cols(self) -> int:
        return max((len(row) for row in self.grid), default=0)

    def at(self, row: int, col: int) -> TableCell | None:
        if 0 <= row < len(self.grid) and 0 <= col < len(self.grid[row]):
            return self.grid[row][col]
        return None

    @property
    def body_start(self) -> int:
        """The first row after the title and header rows."""
        return self.title_rows + self.header_rows


def is_figure(text: str) -> bool:
    """Whether a cell holds a figure (not a year heading such as ``2024年``)."""
    return bool(_FIGURE.match(text)) and not _YEAR.match(text) and not _PERIOD.search(text)


def detect_header(table: Table, *, marked: int = 0) -> None:
    """Set ``title_rows`` and ``header_rows``: leading full-width rows are titles; then the rows that
    hold no figure outside the first column (at most ``MAX_HEADER_ROWS``), or the ``marked`` rows."""
    n_cols = table.n_cols
    title = 0
    while title < table.n_rows - 1 and n_cols > 1:
        cells = {id(c): c for c in table.grid[title] if c is not None}
        if len(cells) == 1 and next(iter(cells.values())).col_span >= n_cols:
            title += 1
        else:
            break
    table.title_rows = title
    header = 0
    for r in range(title, min(table.n_rows, title + MAX_HEADER_ROWS)):
        row = table.grid[r]
        own = [c for i, c in enumerate(row) if i > 0 and c is not None and c.row == r]
        if any(is_figure(c.text) for c in own):
            break
        # a header row names its columns: text above the figures (a row of dashes is a row without data)
        if not any(c.text.strip() and c.text.strip() not in _NO_DATA for c in own) and not (r < marked and own):
            break
        if r >= marked > 0 and row and row[0] is not None and row[0].row == r and row[0].text.strip():
            break  # below a marked header, only a row of sub-headings (nothing in its label cell) continues it
        header += 1
    if marked > title:
        header = max(header, min(marked - title, MAX_HEADER_ROWS))
    if header >= table.n_rows - title:  # nothing but headers: no body
        header = max(0, table.n_rows - title - 1) if header else 0
    table.header_rows = header


# --- .docx -------------------------------------------------------------------------------------------


def _int_attr(element, path: str, attr: str = "val") -> int | None:
    found = element.find(path)
    if found is None:
        return None
    try:
        return int(found.get(f"{_W}{attr}"))
    except (TypeError, ValueError):
        return None


def _paragraph_indent(p) -> int:
    ind = p.find(f"{_W}pPr/{_W}ind")
    if ind is None:
        return 0
    total = 0
    for name in ("left", "start", "firstLine", "leftChars", "startChars", "firstLineChars"):
        try:
            total += max(0, int(ind.get(f"{_W}{name}") or 0))
        except ValueError:
            continue
    return total


def _leading_spaces(text: str) -> int:
    return (len(text) - len(text.lstrip(" \u3000\t"))) * 100


def docx_tables(paragraph_blocks: Iterable[tuple[object, object]], text: str) -> list[Table]:
    """The tables of a .docx, from the loader's (``w:p`` element, Block) pairs in reading order."""
    spans: dict[tuple[int, int, int], list] = {}
    elements: dict[int, object] = {}
    first_block: dict[int, int] = {}
    previous_paragraph: dict[int, object] = {}
    last_paragraph = None
    for p, block in paragraph_blocks:
        if block.table is None:
            last_paragraph = block
            continue
        key = (block.table, block.row, block.cell)
        spans.setdefault(key, []).append((block, p))
        if block.table not in elements:
            tbl = p.getparent()
            while tbl is not None and tbl.tag != _TBL:
                tbl = tbl.getparent()
            if tbl is None:
                continue
            elements[block.table] = tbl
            first_block[block.table] = block.start
            previous_paragraph[block.table] = last_paragraph
    tables = []
    for index in sorted(elements):
        before = previous_paragraph.get(index)
        before_text = text[before.start : before.end] if before is not None else ""
        tables.append(_docx_table(index, elements[index], spans, before_text, text))
    return tables


def _docx_table(index: int, tbl, spans, before_text: str, text: str) -> Table:
    grid: list[list[TableCell | None]] = []
    cells: list[TableCell] = []
    marked = 0
    header_flags_contiguous = True
    for r, tr in enumerate(tbl.iterchildren(_TR)):
        row: list[TableCell | None] = [None] * max(0, _int_attr(tr, f"{_W}trPr/{_W}gridBefore") or 0)
        if tr.find(f"{_W}trPr/{_W}tblHeader") is not None and header_flags_contiguous:
            marked = r + 1
        else:
            header_flags_contiguous = False
        for c, tc in enumerate(tr.iterchildren(_TC)):
            width = max(1, min(_int_attr(tc, f"{_W}tcPr/{_W}gridSpan") or 1, 64))
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            col = len(row)
            above = grid[r - 1][col] if r > 0 and col < len(grid[r - 1]) else None
            if merge is not None and merge.get(f"{_W}val") in (None, "continue") and above is not None:
                above.row_span = r - above.row + 1
                row.extend([above] * width)
                continue
            parts = spans.get((index, r, c), [])
            if parts:
                start, end = parts[0][0].start, parts[-1][0].end
                cell_text = text[start:end]
                indent = _paragraph_indent(parts[0][1]) + _leading_spaces(cell_text)
            else:
                start = end = 0
                cell_text, indent = "", 0
            cell = TableCell(cell_text, start, end, r, col, 1, width, indent, nested=tc.find(f".//{_TBL}") is not None)
            cells.append(cell)
            row.extend([cell] * width)
        grid.append(row)
    located = [c for c in cells if c.end > c.start or c.start]
    start = min((c.start for c in located), default=0)
    end = max((c.end for c in located), default=0)
    table = Table(index, "docx", grid, start, end, before=before_text, cells=cells)
    detect_header(table, marked=marked)
    return table


# --- Markdown ----------------------------------------------------------------------------------------

_DELIMITER = re.compile(r"^[ \t]{0,3}\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)*\|?[ \t]*$")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    spans = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.endswith("\r"):
            end -= 1
        spans.append((position, end))
        position += len(line) + 1
    return spans


def _split_row(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cell contents of one pipe-table line (trimmed), escaped pipes kept in their cell."""
    line = text[start:end]
    stripped = line.strip()
    lead = start + (len(line) - len(line.lstrip()))
    body_start, body_end = lead, lead + len(stripped)
    if stripped.startswith("|"):
        body_start += 1
    if stripped.endswith("|") and not stripped.endswith("\\|") and body_end - 1 >= body_start:
        body_end -= 1
    cells = []
    for s, e in cells_of_line(text, body_start, body_end, _PIPE, keep_empty=True):
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        cells.append((s, e))
    return cells


_PIPE = re.compile(r"(?<!\\)\|")  # a cell border of a pipe row (an escaped \| stays in its cell)


def markdown_tables(text: str, start_index: int = 0) -> list[Table]:
    """Every pipe table in ``text`` (a header line followed by a delimiter line), its cells separated by
    ``|`` or by the full-width ``｜`` of text typed with a Chinese input method (same length: the cells keep
    their positions)."""
    if "｜" in text:
        text = text.replace("｜", "|")
    if "|" not in text:
        return []
    lines = _joined_rows(text, _lines(text))
    tables: list[Table] = []
    i = 1
    while i < len(lines):
        s, e = lines[i]
        head_s, head_e = lines[i - 1]
        if "|" in text[s:e] and "-" in text[s:e] and "|" in text[head_s:head_e] and _DELIMITER.match(text[s:e]):
            rows = [lines[i - 1]]
            j = i + 1
            while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]] and text[lines[j][0] : lines[j][1]].strip():
                rows.append(lines[j])
                j += 1
            before = ""
            k = i - 2
            while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
                k -= 1
            if k >= 0 and i - 2 - k <= 1:
                before = text[lines[k][0] : lines[k][1]]
            tables.append(_markdown_table(start_index + len(tables), text, rows, before))
            i = j + 1
            continue
        run = _pipe_run(text, lines, i - 1)
        if run:
            k = i - 2
            while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
                k -= 1
            before = text[lines[k][0] : lines[k][1]] if k >= 0 and i - 2 - k <= 1 else ""
            table = _markdown_table(start_index + len(tables), text, run, before)
            detect_header(table)  # no delimiter line: the header is the leading rows without figures
            tables.append(table)
            i += len(run)
            continue
        i += 1
    return tables


# the rows of a pipe table flattened into one line by a web page or a copy: 指标｜2023年｜2024年｜增减 ；工业用电量
# ｜14.26｜15.02｜+0.86 ；…, often after a sentence of prose (…不断增强。指标｜…)
_ROW_JOIN = re.compile(r"\s*[；;]\s*")
_PROSE_END = re.compile(r".*[。！？!?]\s*")


def _joined_rows(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lines, a line of pipe-table rows joined by ；/; split back into its rows (every piece with the
    same number of cells, three pieces or more; the prose before the first row's label left out)."""
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if text.count("|", s, e) >= _FLAT_PIPE_CELLS and not (";" in text[s:e] or "；" in text[s:e]):
            out.extend(_unjoined_pipe_rows(text, s, e) or [(s, e)])
            continue
        if text.count("|", s, e) < 4 or not (";" in text[s:e] or "；" in text[s:e]):
            out.append((s, e))
            continue
        pieces, at = [], s
        for m in _ROW_JOIN.finditer(text, s, e):
            pieces.append((at, m.start()))
            at = m.end()
        pieces.append((at, e))
        first_s, first_e = pieces[0]
        bar = text.find("|", first_s, first_e)
        lead = _PROSE_END.match(text, first_s, bar) if bar > 0 else None
        if lead is not None:
            pieces[0] = (lead.end(), first_e)
        widths = {len(_split_row(text, ps, pe)) for ps, pe in pieces if "|" in text[ps:pe]}
        if len(pieces) >= 3 and len(widths) == 1 and all("|" in text[ps:pe] for ps, pe in pieces) and min(widths) >= 3:
            out.extend(pieces)
        else:
            out.append((s, e))
    return out


_FLAT_PIPE_CELLS = 9  # the fewest bars of a pipe table flattened into one line with nothing between its rows


def _unjoined_pipe_rows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The rows of a pipe table flattened into one line with nothing between them (``…（单位：个）| 街道 | 新建 | 改造 |
    小计 | 城东街道 | 46 | 18 | 64 | …| 合计 | 121 | 55 | 167 |``): the column heads are the cells before the first row's
    label (the cell before the first figure); every row is then a label and as many figures, the line as many rows.
    Each row's span runs from the bar before its first cell to the end of its last. Empty when the line is not one."""
    bars = [i for i in range(start, end) if text[i] == "|"]
    cells = [(a + 1, b) for a, b in zip(bars, bars[1:])]
    values = [text[a:b].strip() for a, b in cells]
    first_figure = next((k for k, value in enumerate(values) if is_figure(value)), -1)
    width = first_figure - 1
    if width < 2 or len(cells) < 3 * width or len(cells) % width or any(not value for value in values[:width]):
        return []
    rows = [cells[k : k + width] for k in range(0, len(cells), width)]
    for row in rows[1:]:
        label, figures = row[0], row[1:]
        if is_figure(text[label[0] : label[1]]) or not text[label[0] : label[1]].strip() or not all(
                is_figure(text[a:b]) or text[a:b].strip() in _NO_DATA for a, b in figures):
            return []
    return [(row[0][0] - 1, row[-1][1]) for row in rows]


def _pipe_run(text: str, lines: list[tuple[int, int]], first: int) -> list[tuple[int, int]]:
    """Pipe-separated lines pasted without the delimiter line (``资金来源 | 金额（万元）`` / ``中央衔接资金 |
    1 460`` / …): three or more consecutive lines with the same number of cells, the first without a
    figure (the column heads), and at least two with a figure after their label. Empty when not one."""
    s, e = lines[first]
    if "|" not in text[s:e] or _DELIMITER.match(text[lines[first + 1][0] : lines[first + 1][1]] if first + 1 < len(lines) else ""):
        return []
    width = len(_split_row(text, s, e))
    run = []
    j = first
    while j < len(lines) and "|" in text[lines[j][0] : lines[j][1]]:
        cells = _split_row(text, *lines[j])
        if len(cells) != width:
            break
        run.append(lines[j])
        j += 1
    if len(run) < 3 or width < 2:
        return []
    rows = [[text[cs:ce] for cs, ce in _split_row(text, *line)] for line in run]
    if any(is_figure(cell) for cell in rows[0]):
        return []
    with_figures = sum(1 for row in rows[1:] if any(is_figure(cell) for cell in row[1:]))
    return run if with_figures >= 2 else []


# cells of a line pasted from a table: separated by a tab, by two or more spaces (ASCII or 　), or by one
# ideographic space 　 (the separator of tables typed in a Chinese word processor: 户籍人口（人）　72848　74145)
_CELL_GAP = re.compile(r"\t+|[ \u3000]{2,}|\u3000")
# A gap between two cells: a tab, two spaces or one 　, after a non-blank and before one. (Led by the gap's
# first character, which the regex engine skips to, with the character before it checked by a lookbehind; a
# leading lookbehind was tried at every position of the text: 7x slower, the same matches.)
_WIDE_GAP = re.compile(r"\t|[ \u3000]{2,}")
_INNER_GAP = re.compile(r"[\t \u3000](?<=[^\s][\t \u3000])(?:(?<=[\t\u3000])|(?<= )[ \u3000])(?=[ \t\u3000]*[^\s])")
_CAPTION = re.compile(r"^[\s\u3000]*(?:表\s*[\d一二三四五六七八九十]|附表|单位[:：])")
_SENTENCE_MARK = re.compile(r"[。；;！？!?]")


def _spaced_cells(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cell spans of a line laid out as a table row, or None when it reads as prose."""
    line = text[start:end]
    if not line.strip() or _SENTENCE_MARK.search(line) or _CAPTION.match(line) or "|" in line:
        return None
    lead = len(line) - len(line.lstrip(" \t\u3000"))
    cells = cells_of_line(text, start + lead, start + len(line.rstrip(" \t\u3000")), _CELL_GAP, keep_blank=True)
    # 总　　计 / 合　计: a label spaced out character by character is one cell
    while len(cells) >= 3 and all(e - s == 1 and not is_figure(text[s:e]) for s, e in cells[:2]):
        cells[:2] = [(cells[0][0], cells[1][1])]
    if len(cells) < 2 or len(cells) > 12 or any(e - s > 40 for s, e in cells):
        return None
    if len(cells) < 3 and not _WIDE_GAP.search(line.strip(" \t\u3000")):
        return None  # 参保总人数　48210 人: one 　 parts a label from its figure, a list the prose rules read
    return cells


def spaced_tables(text: str, start_index: int = 0) -> list[Table]:
    """Tables pasted as text, their columns aligned with tabs or runs of spaces, or parted by single spaces
    when every cell after the label is a figure (see the module doc)."""
    tables = _wide_spaced_tables(text, start_index)
    if " " in text:
        tables += _single_spaced_tables(text, start_index + len(tables), [(t.start, t.end) for t in tables])
    return tables


# A row parted by single spaces: a label, then two or more figures (监测对象（户） 1286 1143 -133); the gate finds
# a figure after a space followed by another one, and the line is then read whole.
_SINGLE_SPACED_FIGURES = re.compile(r"\S [+\-−－]?[0-9０-９][0-9０-９,，.．]*%? +[+\-−－]?[0-9０-９]")
_SINGLE_GAP = re.compile(r"[ \t\u3000]+")
_PROSE_MARK = re.compile(r"[，,。；;！？!?|：:、]")
_MAX_HEADING = 10  # characters of a column heading


def _single_cells(text: str, start: int, end: int, *, heading: bool) -> list[tuple[int, int]] | None:
    """The cells of a line parted by single spaces: a label and figures only (a row), or short text cells with no
    figure (the column heads); None for anything else, prose above all."""
    if end - start > 200 or _PROSE_MARK.search(text, start, end):
        return None
    cells = cells_of_line(text, start, end, _SINGLE_GAP)
    if len(cells) < 3 or len(cells) > 12:
        return None
    if heading:
        if any(is_figure(text[s:e]) or e - s > _MAX_HEADING for s, e in cells):
            return None
        return cells
    if is_figure(text[cells[0][0] : cells[0][1]]) or cells[0][1] - cells[0][0] > 40:
        return None
    if not all(is_figure(text[s:e]) or text[s:e] in _NO_DATA for s, e in cells[1:]):
        return None
    return cells


def _single_spaced_tables(text: str, start_index: int, covered: list[tuple[int, int]]) -> list[Table]:
    """Tables whose cells a copy parted by single spaces (指标 2024年 2025年 增减 / 监测对象（户） 1286 1143 -133): a
    line of as many column heads over two rows or more, each a label followed by figures only, all as wide."""
    hits = [m.start() for m in _SINGLE_SPACED_FIGURES.finditer(text)]
    if len(hits) < 2:
        return []
    lines = _lines(text)
    starts = [s for s, _ in lines]
    tables: list[Table] = []
    done = -1
    for i in sorted({bisect.bisect_right(starts, h) - 1 for h in hits}):
        if i <= done or any(s <= lines[i][0] < e for s, e in covered):
            continue
        first = _single_cells(text, *lines[i], heading=False)
        if first is None:
            continue
        run = [(*lines[i], first)]
        j = i + 1
        while j < len(lines) and (cells := _single_cells(text, *lines[j], heading=False)) is not None and len(cells) == len(first):
            run.append((*lines[j], cells))
            j += 1
        done = j - 1
        # the heads must be as many as the cells of every row: a single space also groups thousands in typeset
        # figures (税收收入 6 284 5 917 under 项目 2024年 2023年), which only the heads tell apart
        head = _single_cells(text, *lines[i - 1], heading=True) if i else None
        if head is None or len(head) != len(first) or len(run) < 2:
            continue
        run.insert(0, (*lines[i - 1], head))
        first_line = i - 1
        k = first_line - 1
        while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
            k -= 1
        before = text[lines[k][0] : lines[k][1]] if k >= 0 and first_line - 1 - k <= 1 else ""
        tables.append(_spaced_table(start_index + len(tables), text, run, before))
    return tables


def _wide_spaced_tables(text: str, start_index: int = 0) -> list[Table]:
    """Tables pasted as text, their columns aligned with tabs or runs of spaces."""
    gaps = [m.start() for m in _INNER_GAP.finditer(text)]
    if len(gaps) < 3:
        return []
    lines = _lines(text)
    starts = [s for s, _ in lines]
    # only lines with a gap between two cells can be rows (a paragraph's leading 　　 is no gap)
    candidates = sorted({bisect.bisect_right(starts, g) - 1 for g in gaps})
    tables: list[Table] = []
    n = 0
    while n < len(candidates):
        i = candidates[n]
        run: list[tuple[int, int, list[tuple[int, int]]]] = []
        j = i
        while n < len(candidates) and candidates[n] == j:
            cells = _spaced_cells(text, *lines[j])
            if cells is None:
                break
            run.append((*lines[j], cells))
            j += 1
            n += 1
        with_figures = sum(1 for _, _, cells in run if any(is_figure(text[s:e]) for s, e in cells[1:]))
        if (len(run) >= 3 and with_figures >= 2) or _headed_by_total_column(text, run):
            k = i - 1
            while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
                k -= 1
            before = text[lines[k][0] : lines[k][1]] if k >= 0 and i - 1 - k <= 1 else ""
            tables.append(_spaced_table(start_index + len(tables), text, run, before))
        if j == i:
            n += 1
    return tables


_TOTAL_HEADING = re.compile(r"^[\s\u3000]*(?:合[\s\u3000]*计|总[\s\u3000]*计)[\s\u3000]*$")


def _headed_by_total_column(text: str, run) -> bool:
    """Two rows only, but unmistakably a table: a header naming its columns with a 合计/总计 column, over
    a row of as many cells, every one after its label a figure
    (``指标名称  A  B  C  合计`` / ``当年新开工（套）  702  690  648  2400``)."""
    if len(run) != 2:
        return False
    (_, _, head), (_, _, body) = run
    if len(head) != len(body) or len(head) < 4:
        return False
    if not any(_TOTAL_HEADING.match(text[s:e]) for s, e in head[1:]) or any(is_figure(text[s:e]) for s, e in head):
        return False
    return all(is_figure(text[s:e]) for s, e in body[1:])


def _spaced_table(index: int, text: str, run, before: str) -> Table:
    grid: list[list[TableCell | None]] = []
    cells: list[TableCell] = []
    width = max(len(spans) for _, _, spans in run)
    numbered = sum(1 for _, _, spans in run if len(spans) == width and is_figure(text[spans[0][0] : spans[0][1]]))
    for r, (line_start, _, spans) in enumerate(run):
        row: list[TableCell | None] = []
        # (序号 | 片区 | 投资 over rows 1 东区 15270 …, then 　　合计　　78645: the indented short row left its
        # serial-number cell blank, so its cells start one column right)
        shift = 1 if numbered >= 2 and len(spans) == width - 1 and spans[0][0] > line_start \
            and not is_figure(text[spans[0][0] : spans[0][1]]) else 0
        row.extend([None] * shift)
        for c, (cs, ce) in enumerate(spans, shift):
            indent = (cs - line_start) * 100 if c == 0 else 0  # a label indented under its parent row
            cell = TableCell(text[cs:ce], cs, ce, r, c, indent=indent)
            cells.append(cell)
            row.append(cell)
        grid.append(row)
    table = Table(index, "text", grid, run[0][0], run[-1][1], before=before, cells=cells)
    detect_header(table)
    return table


def _markdown_table(index: int, text: str, rows: list[tuple[int, int]], before: str) -> Table:
    grid: list[list[TableCell | None]] = []
    cells: list[TableCell] = []
    for r, (s, e) in enumerate(rows):
        row: list[TableCell | None] = []
        for c, (cs, ce) in enumerate(_split_row(text, s, e)):
            raw = text[cs:ce]
            indent = 0
            while raw.startswith(("&nbsp;", "\u3000", "&emsp;")):
                step = 6 if raw.startswith("&nbsp;") else 1 if raw.startswith("\u3000") else 6
                raw, cs, indent = raw[step:], cs + step, indent + 100
            cell = TableCell(text[cs:ce], cs, ce, r, c, indent=indent)
            cells.append(cell)
            row.append(cell)
        grid.append(row)
    table = Table(index, "markdown", grid, rows[0][0], rows[-1][1], before=before, cells=cells)
    detect_header(table, marked=1)
    return table


# --- Aligned text tables ------------------------------------------------------------------------------
#
# A table pasted into plain text as lines of a label and figures separated by runs of spaces or tabs,
# closed (or opened) by a 合计/总计 row:
#
#     表3  2024年出口市场结构（单位：%）
#     欧盟  28.6
#     东盟  24.3
#     合计  100.0
#
# Only blocks of three or more such lines with the same number of figures per line and a 合计/总计/
# 共计 row are tables: two spaces inside prose never make one.

_ALIGNED_GAP = re.compile(r"(?:[ \u00a0]{2,}|[\t\u3000]+[ \t\u3000\u00a0]*)")
_ALIGNED_TOTAL = re.compile(r"[\s\u3000]*(?:合[\s\u3000]*计|总[\s\u3000]*计|共[\s\u3000]*计)")
_MIN_ALIGNED_ROWS = 3


# Tables whose cells were separated by single spaces when pasted (``教育 12436`` / ``合计 38545``): read with any
# run of blanks as a gap, but only as whole blocks of three or more rows with a 合计 row, like aligned ones.
# (a single space between digits is no gap: 6 284 is one figure grouped by thousands, or two columns nobody can
# tell apart, and such a row is not read)
_LOOSE_GAP = re.compile(r"[\t\u3000]+[ \t\u3000\u00a0]*|(?<!\d)[ \u00a0]+|[ \u00a0]+(?![\d０-９])")


# (a line opening with 合计/总计, a blank and a figure: the cheap test before any line is read with loose gaps)
_LOOSE_TOTAL_ROW = re.compile(r"^[ \u3000]*(?:合|总)[ \u3000]?计[ \t\u3000\u00a0]+[0-9０-９]", re.M)


def _aligned_cells(text: str, start: int, end: int, gaps: re.Pattern = _ALIGNED_GAP) -> list[tuple[int, int]] | None:
    """The cells of one aligned line: the leading text cells joined into one label (合　　计), then
    one cell per figure; None when the line is not a label followed by figures only."""
    if gaps.search(text, start, end) is None:
        return None  # (no gap: one cell at most, which is never a label followed by figures; most lines)
    line = text[start:end]
    if not line.strip() or len(line) > 200:
        return None
    spans = [(s - start, e - start) for s, e in cells_of_line(text, start, start + len(line.rstrip()), gaps)]
    # a dash in a figure column (合计　23474　—: no total for that column) stands where a figure would
    figures = [n for n, (s, e) in enumerate(spans) if is_figure(line[s:e]) or (n and line[s:e].strip() in _NO_DATA)]
    if not figures or figures[0] == 0 or figures != list(range(figures[0], len(spans))):
        return None
    if not any(is_figure(line[s:e]) for s, e in spans[figures[0]:]):
        return None  # dashes only: no figure at all
    label = (spans[0][0], spans[figures[0] - 1][1])
    if any(ch in line[label[0] : label[1]] for ch in "，。；：,;:"):
        return None  # a sentence, not a row label
    return [(start + label[0], start + label[1])] + [(start + s, start + e) for s, e in spans[figures[0] :]]


def aligned_tables(text: str, start_index: int = 0) -> list[Table]:
    """Every aligned text table (label and figures separated by runs of spaces) closed by a 合计 row; then
    the tables pasted with single spaces between their cells, and those flattened into one line."""
    if "计" not in text or not (" " in text or "\t" in text or "\u3000" in text):
        return []
    tables: list[Table] = []
    if "  " in text or "\t" in text or "\u3000" in text:
        tables = _aligned_tables(text, start_index, _ALIGNED_GAP)
    loose = _aligned_tables(text, start_index + len(tables), _LOOSE_GAP) if _LOOSE_TOTAL_ROW.search(text) else []
    for table in loose + _flattened_tables(text, start_index):
        if not any(t.start < table.end and table.start < t.end for t in tables):
            table.index = start_index + len(tables)
            tables.append(table)
    return tables


# The last blank of a gap, then what opens a figure cell (``_FIGURE``; its blanks short of a line break): every row of
# an aligned table holds one, with either kind of gap, so only the lines holding one are read as rows (found by one
# scan led by the blank, not a search a line: most lines of a report are prose, many indented with the gap 　　)
_GAP_THEN_FIGURE = re.compile(r"[ \u00a0\t\u3000][^\S\n]*+(?:增长|下降|减少|增加|约)?[+\-−－]?[^\S\n]*+[0-9０-９]")


def _aligned_tables(text: str, start_index: int, gaps: re.Pattern) -> list[Table]:
    lines = _lines(text)
    starts = [s for s, _ in lines]
    may_be_rows = {bisect.bisect_right(starts, m.start()) - 1 for m in _GAP_THEN_FIGURE.finditer(text)}
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        first = _aligned_cells(text, *lines[i], gaps) if i in may_be_rows else None
        if first is None:
            i += 1
            continue
        rows = [(lines[i], first)]
        j = i + 1
        while j < len(lines):
            cells = _aligned_cells(text, *lines[j], gaps) if j in may_be_rows else None
            if cells is None or len(cells) != len(first):
                break
            rows.append((lines[j], cells))
            j += 1
        totals = [n for n, (_, cells) in enumerate(rows) if _ALIGNED_TOTAL.match(text, cells[0][0])]
        numbered = [bool(OUTLINE_LABEL.match(text, cells[0][0])) for _, cells in rows]
        if (
            len(rows) >= _MIN_ALIGNED_ROWS
            and totals
            and set(totals) <= {0, len(rows) - 1}  # a 合计 row opens or closes the table
            and (all(numbered[1:-1]) or not any(numbered))  # 一、亚洲 over its countries: an outline, not flat rows
        ):
            header = _aligned_header(text, lines, i, len(first), gaps)
            if header is not None:
                rows.insert(0, header)
            tables.append(_aligned_table(start_index + len(tables), text, rows, lines, i - (header is not None)))
        i = j
    return tables




_TABLE_TITLE = re.compile(r"[ \t\u3000]*(?:附?表[ \t\u3000]*[\d一二三四五六七八九十]|.*单位[:：])")


def _aligned_header(text: str, lines, first_line: int, n_cells: int, gaps: re.Pattern = _ALIGNED_GAP):
    """The line above an aligned table when it names its columns: as many text cells as the rows have
    cells, or one fewer (no heading over the labels), and no figure."""
    if first_line == 0:
        return None
    start, end = lines[first_line - 1]
    line = text[start:end].rstrip()
    spans = cells_of_line(text, start, start + len(line), gaps)
    if len(spans) == n_cells - 1:
        spans.insert(0, (start, start))  # an empty corner cell over the labels
    if len(spans) != n_cells or any(is_figure(text[s:e]) for s, e in spans) or len(spans) < 2:
        return None
    if _TABLE_TITLE.match(line):
        return None  # 表3  2024年出口市场结构（单位：%）: the caption, not the column heads
    return (lines[first_line - 1], spans)


def _aligned_table(index: int, text: str, rows, lines, first_line: int) -> Table:
    grid: list[list[TableCell | None]] = []
    cells: list[TableCell] = []
    for r, (_, spans) in enumerate(rows):
        row: list[TableCell | None] = []
        for c, (s, e) in enumerate(spans):
            cell = TableCell(text[s:e], s, e, r, c)
            cells.append(cell)
            row.append(cell)
        grid.append(row)
    before = ""
    k = first_line - 1
    while k >= 0 and not text[lines[k][0] : lines[k][1]].strip():
        k -= 1
    if k >= 0 and first_line - 1 - k <= 1:
        before = text[lines[k][0] : lines[k][1]]
    table = Table(index, "aligned", grid, rows[0][0][0], rows[-1][0][1], before=before, cells=cells)
    detect_header(table)
    return table


# --- Tables flattened into one line -----------------------------------------------------------------------
#
# A table whose line breaks were lost in pasting: its cells follow one another on one line, separated by runs
# of two or more spaces (``项目名称  完成投资（万元）  标准厂房三期  15270  道路及管网工程  23480  合计  49380``).
# The rows are rebuilt from the 合计/总计 cell: going back from it in steps of one label and as many figures as
# it carries, every step must be a label (no figure, no sentence mark) and figures; three rows or more before the
# 合计 row make a table, and the cells before them are its header when they are as many labels as a row has cells.

_FLAT_TOTAL = re.compile(r"(?:(?<=\S)[ \u3000\u00a0]{2,}|\t|^)[ \u3000]*(?:合[ \u3000]?计|总[ \u3000]?计)(?=[ \t\u3000\u00a0]{2,}|\t)", re.M)
_FLAT_MIN_ROWS = 3


# 合计/总计 and the gap after it, which every match of _FLAT_TOTAL holds: the pattern is tried only on the lines holding
# one (a match never crosses a line), not at every position of the text
_FLAT_TOTAL_WORD = re.compile(r"[合总][ \u3000]?计(?=[ \t\u3000\u00a0]{2,}|\t)")


def _flat_totals(text: str):
    """The matches of _FLAT_TOTAL in the text, in order."""
    done = -1  # the end of the last line read
    for word in _FLAT_TOTAL_WORD.finditer(text):
        if word.start() < done:
            continue
        line_start = text.rfind("\n", 0, word.start()) + 1
        done = text.find("\n", word.end())
        done = len(text) if done < 0 else done
        yield from _FLAT_TOTAL.finditer(text, line_start, done)


def _flattened_tables(text: str, start_index: int = 0) -> list[Table]:
    tables: list[Table] = []
    for m in _flat_totals(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        cells = cells_of_line(text, line_start, line_end, _ALIGNED_GAP)
        at = next((k for k, (s, _) in enumerate(cells) if s >= m.start() and _ALIGNED_TOTAL.match(text, s)), None)
        if at is None:
            continue
        width = 1
        while at + width < len(cells) and is_figure(text[cells[at + width][0] : cells[at + width][1]]):
            width += 1
        if width < 2:
            continue
        rows = [cells[at : at + width]]
        k = at - width
        while k >= 0 and _flat_row(text, cells[k : k + width]):
            rows.insert(0, cells[k : k + width])
            k -= width
        if len(rows) < _FLAT_MIN_ROWS + 1:
            continue
        header = cells[max(k, 0) : k + width] if k + width > 0 else []  # (the cells of the step that is no row)
        if len(header) in (width - 1, width) and not any(is_figure(text[s:e]) for s, e in header) and not any(
                ch in text[s:e] for s, e in header for ch in "。；;！？") and not (
                header and _TABLE_TITLE.match(text, header[0][0])):
            if len(header) == width - 1:
                header = [(header[0][0], header[0][0])] + header
            rows.insert(0, header)
        grid: list[list[TableCell | None]] = []
        made: list[TableCell] = []
        for r, row in enumerate(rows):
            grid.append([])
            for c, (s, e) in enumerate(row):
                cell = TableCell(text[s:e], s, e, r, c)
                made.append(cell)
                grid[-1].append(cell)
        before = text[cells[0][0] : rows[0][0][0]].strip() if cells and cells[0][0] < rows[0][0][0] else ""
        table = Table(start_index + len(tables), "aligned", grid, rows[0][0][0], rows[-1][-1][1], before=before, cells=made)
        detect_header(table)
        tables.append(table)
    return tables


def _flat_row(text: str, cells: list[tuple[int, int]]) -> bool:
    """A label cell (no figure, no sentence mark, short) followed by figures only."""
    if not cells:
        return False
    label = text[cells[0][0] : cells[0][1]]
    if len(label) > 20 or is_figure(label) or any(ch in label for ch in "，。；：,;:！？"):
        return False
    return all(is_figure(text[s:e]) or text[s:e].strip() in _NO_DATA for s, e in cells[1:])
