"""Write an annotated copy of a report as .docx: one comment per finding and, on request, safe fixes as
tracked changes. A .txt/.md report is first laid out as a .docx, one paragraph per line."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.document.model import Document, DocumentError
from draftcheck.document.word import iter_paragraphs, load_docx
from draftcheck.finding import Finding
from draftcheck.fixes import apply_fixes
from draftcheck.review.decisions import now
from draftcheck.word.comments import add_comment
from draftcheck.word.revisions import RevisionWriter

DEFAULT_AUTHOR = "draftcheck"


class AnnotateError(Exception):
    """The annotated copy cannot be written. One Chinese line: what, which file, how to fix."""


@dataclass
class AnnotationResult:
    path: Path
    comments: int = 0
    revisions: int = 0
    notes: list[str] = field(default_factory=list)  # what could not be written as asked, and why


def text_as_docx(text: str):
    """A new Word document with one paragraph per line of ``text`` (line breaks as the text loader counts them)."""
    import docx

    from draftcheck.text.positions import LineIndex

    word = docx.Document()
    lines = LineIndex(text)
    for number in range(1, len(lines.starts) + 1):
        word.add_paragraph(lines.line_text(number))
    return word


def _save(word, out: Path) -> None:
    buffer = io.BytesIO()
    word.save(buffer)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(buffer.getvalue())
        os.chmod(temporary, 0o644)
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def annotate(word, doc: Document, findings: list[Finding], *, author: str = DEFAULT_AUTHOR, track_changes: bool = False) -> AnnotationResult:
    """Add comments (and revisions) to ``word``, whose text is ``doc`` as loaded; returns what was written."""
    result = AnnotationResult(Path(doc.path))
    paragraphs = [ref.element for ref in iter_paragraphs(word.element.body)]
    initials = author[:2]
    for finding in findings:
        if add_comment(word, paragraphs, doc, finding, author, initials):
            result.comments += 1
        else:
            result.notes.append(f"“{finding.quote}”（{finding.code}）不在任何文字块中，未加批注")
    if not track_changes:
        return result
    chosen = apply_fixes(doc.text, findings)
    for finding, reason in chosen.skipped:
        result.notes.append(f"{reason}；保留为批注")
    writer = RevisionWriter(paragraphs, doc, author, now(), first_id=_next_free_id(word))
    edits = [(edit, finding) for finding in chosen.applied for edit in finding.fix.edits]
    writable = []
    for edit, finding in edits:
        if writer.can_write(edit):
            writable.append((edit, finding))
        else:
            result.notes.append(f"“{finding.quote}”的修正跨越段落或表格单元格，无法写成修订；保留为批注")
    # last edit first: a revision changes the visible offsets after it, never before it
    for edit, _ in sorted(writable, key=lambda pair: pair[0].span.start, reverse=True):
        writer.write(edit)
    result.revisions = len({id(finding) for _, finding in writable})
    return result


def _next_free_id(word) -> int:
    from docx.oxml.ns import qn

    ids = [int(e.get(qn("w:id"))) for e in word.element.body.iter() if isinstance(e.tag, str) and (e.get(qn("w:id")) or "").isdigit()]
    return max(ids, default=0) + 1000


def annotate_file(
    source: str | Path,
    doc: Document,
    findings_for: Callable[[Document], list[Finding]],
    out: str | Path,
    *,
    author: str = DEFAULT_AUTHOR,
    track_changes: bool = False,
    force: bool = False,
) -> AnnotationResult:
    """Write ``out``: the report ``source`` (loaded as ``doc``) with the findings ``findings_for`` returns for the
    document as it stands in Word. The source is never modified; an existing ``out`` needs ``force``."""
    import docx

    out = Path(out)
    if out.suffix.lower() != ".docx":
        raise AnnotateError(f"{out}: 批注只能写入 .docx 文件；请把输出文件名改为 .docx 结尾")
    if out.exists() and Path(source).exists() and out.resolve() == Path(source).resolve():
        raise AnnotateError(f"{out}: 输出文件不能是被检查的报告本身（原文件不会被改动）；请换一个文件名")
    if out.exists() and not force:
        raise AnnotateError(f"{out}: 文件已存在；加 --force 覆盖，或换一个文件名")
    if not out.parent.is_dir():
        raise AnnotateError(f"{out}: 所在目录不存在")
    if doc.format == "docx":
        try:
            word = docx.Document(str(source))
        except Exception as exc:  # python-docx raises several types for broken packages
            raise AnnotateError(f"{source}: 无法打开 .docx（{type(exc).__name__}）；请在 Word/WPS 中打开并另存为 .docx") from None
        laid_out = doc
    else:
        word = text_as_docx(doc.text)
        buffer = io.BytesIO()
        word.save(buffer)
        try:
            laid_out = load_docx(buffer.getvalue(), doc.path)
        except DocumentError as exc:  # pragma: no cover - a document we just built
            raise AnnotateError(str(exc)) from None
    result = annotate(word, laid_out, findings_for(laid_out), author=author, track_changes=track_changes)
    try:
        _save(word, out)
    except OSError as exc:
        raise AnnotateError(f"{out}: 无法写入（{exc.strerror or exc}）") from None
    result.path = out
    return result
