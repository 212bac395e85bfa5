"""Safe fixes as Word tracked changes (修订): the old characters in ``w:del``, the new ones in ``w:ins``.

python-docx has no API for revisions, so the XML is written here, small and tested: each deleted run is
wrapped in its own ``w:del`` with its ``w:t`` turned into ``w:delText``; the new text follows in a ``w:ins``
run carrying the first deleted run's formatting. An edit that removes whole paragraphs also marks their
paragraph marks deleted (``w:pPr/w:rPr/w:del``), so accepting it in Word leaves no empty line.
"""

from __future__ import annotations

import copy
import itertools

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from draftcheck.document.model import Document
from draftcheck.finding import Edit
from draftcheck.word.runs import RPR, T, XML_SPACE, isolate, placed_runs


class RevisionWriter:
    def __init__(self, paragraphs: list, doc: Document, author: str, date: str, first_id: int) -> None:
        self.paragraphs = paragraphs
        self.doc = doc
        self.author = author
        self.date = date
        self._ids = itertools.count(first_id)

    def _mark(self, tag: str):
        return OxmlElement(tag, attrs={qn("w:id"): str(next(self._ids)), qn("w:author"): self.author, qn("w:date"): self.date})

    def can_write(self, edit: Edit) -> bool:
        """Within one paragraph or table cell, or removing text across body paragraphs (never across cells)."""
        blocks = self._blocks(edit)
        if not blocks:
            return False
        if len(blocks) == 1 and edit.span.end <= blocks[0].end:
            return True
        return not edit.content and all(b.kind == "paragraph" for b in blocks)

    def _blocks(self, edit: Edit):
        start, end = edit.span.start, edit.span.end
        return [b for b in self.doc.blocks if b.start <= start <= b.end or (start < b.start and b.start < end) or (start < b.end <= end)]

    def write(self, edit: Edit) -> None:
        start, end = edit.span.start, edit.span.end
        blocks = self._blocks(edit)
        deleted_runs: list = []
        for block in blocks:
            paragraph = self.paragraphs[block.paragraph_index]
            low, high = max(start, block.start) - block.start, min(end, block.end) - block.start
            if high > low:
                deleted_runs += [self._delete(run) for run in isolate(paragraph, low, high)]
            if start <= block.end < end:  # the line break after this paragraph is removed: delete its mark
                self._delete_paragraph_mark(paragraph)
        if edit.content:
            self._insert(edit.content, blocks[0], start, deleted_runs)

    def _delete(self, run):
        for child in run:
            if child.tag == T:
                child.tag = qn("w:delText")
                child.set(XML_SPACE, "preserve")
            elif child.tag == qn("w:instrText"):
                child.tag = qn("w:delInstrText")
        wrapper = self._mark("w:del")
        run.addprevious(wrapper)
        wrapper.append(run)
        return wrapper

    def _delete_paragraph_mark(self, paragraph) -> None:
        properties = paragraph.find(qn("w:pPr"))
        if properties is None:
            properties = OxmlElement("w:pPr")
            paragraph.insert(0, properties)
        run_properties = properties.find(qn("w:rPr"))
        if run_properties is None:
            run_properties = OxmlElement("w:rPr")
            later = [c for c in properties if c.tag in (qn("w:sectPr"), qn("w:pPrChange"))]
            if later:
                later[0].addprevious(run_properties)
            else:
                properties.append(run_properties)
        run_properties.append(self._mark("w:del"))

    def _insert(self, content: str, block, start: int, deleted: list) -> None:
        paragraph = self.paragraphs[block.paragraph_index]
        run = OxmlElement("w:r")
        template = deleted[0][0] if deleted else None
        following = None
        if template is None:  # a pure insertion: take the formatting of the run it goes before (or after)
            offset = start - block.start
            isolate(paragraph, offset, offset)
            placed = placed_runs(paragraph)
            following = next((p.element for p in placed if p.start >= offset and p.end > p.start), None)
            template = following if following is not None else (placed[-1].element if placed else None)
        if template is not None and template.find(RPR) is not None:
            run.append(copy.deepcopy(template.find(RPR)))
        text = OxmlElement("w:t")
        text.text = content
        text.set(XML_SPACE, "preserve")
        run.append(text)
        insertion = self._mark("w:ins")
        insertion.append(run)
        if deleted:
            deleted[-1].addnext(insertion)
        elif following is not None:
            following.addprevious(insertion)
        else:
            paragraph.append(insertion)
