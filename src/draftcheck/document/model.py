"""The loaded document: its text and where each piece of it came from."""

from __future__ import annotations

from dataclasses import dataclass, field


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
