"""The loaded document: its text and where each piece of it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


class DocumentError(Exception):
    """A file that cannot be read as a report. The message is one line: what, which file, how to fix."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.reason = message


@dataclass(frozen=True)
class Block:
    """A stretch of the document text that came from one source unit.

    For .docx, ``kind`` is ``paragraph`` or ``table-cell`` and ``paragraph_index`` counts the body's
    paragraph elements in reading order (table cells' paragraphs included), so that comments can be
    anchored on the right paragraph later. For plain text one block spans each line.
    """

    start: int
    end: int
    kind: str
    paragraph_index: int
    table: int | None = None
    row: int | None = None
    cell: int | None = None


@dataclass
class Document:
    path: str
    text: str
    format: str  # "txt", "md" or "docx"
    encoding: str | None = None
    blocks: list[Block] = field(default_factory=list)
    # The tables read from the file's structure (.docx); None for text, whose Markdown pipe tables
    # the checking core finds in the text itself.
    tables: list | None = None

    def block_at(self, offset: int) -> Block | None:
        """The block containing ``offset`` (binary search over the ordered blocks)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            block = self.blocks[mid]
            if offset < block.start:
                hi = mid - 1
            elif offset >= block.end and not (offset == block.end == len(self.text)):
                lo = mid + 1
            else:
                return block
        return None

    @cached_property
    def _paragraph_numbers(self) -> dict[int, int]:
        """Block index -> 1-based number among the non-empty body paragraphs (tables excluded), as a Word user
        counts them on the page."""
        numbers: dict[int, int] = {}
        count = 0
        for index, block in enumerate(self.blocks):
            if block.kind == "paragraph" and block.end > block.start:
                count += 1
                numbers[index] = count
        return numbers

    def location_words(self, offset: int) -> str:
        """Where ``offset`` is, in words a reader finds it by: ``第12段`` or ``表2 第3行第4列`` in a .docx,
        ``第12行第5列`` in a text file."""
        if self.format == "docx" and self.blocks:
            block = self.block_at(offset)
            if block is not None:
                if block.table is not None:
                    return f"表{block.table + 1} 第{block.row + 1}行第{block.cell + 1}列"
                number = self._paragraph_numbers.get(self.blocks.index(block))
                if number is not None:
                    return f"第{number}段"
        line = self.text.count("\n", 0, offset) + 1
        column = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return f"第{line}行第{column}列"
