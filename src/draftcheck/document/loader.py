"""Pick the reader for a path, collect files under directories, and read stdin."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftcheck.document.model import Document, DocumentError
from draftcheck.error_wording import os_error_text
from draftcheck.document.plain import load_plain
from draftcheck.document.word import OLE_MAGIC, load_docx

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".docx")
_SAVE_AS_DOCX = "请在 Word/WPS 中打开，选择“文件 → 另存为”，保存类型选 Word 文档 (*.docx) 后再检查"
UNSUPPORTED_SUFFIXES = {
    ".doc": f"Word 97-2003 .doc 是旧版二进制格式，无法直接检查；{_SAVE_AS_DOCX}",
    ".wps": f"WPS .wps 是旧版二进制格式，无法直接检查；{_SAVE_AS_DOCX}",
    ".wpt": f"WPS 模板是二进制格式，无法直接检查；{_SAVE_AS_DOCX}",
    ".dot": f"Word 97-2003 模板是二进制格式，无法直接检查；{_SAVE_AS_DOCX}",
    ".rtf": f"暂不支持 RTF；{_SAVE_AS_DOCX}",
    ".odt": f"暂不支持 OpenDocument (.odt)；{_SAVE_AS_DOCX}",
    ".pdf": "暂不支持 PDF；请用原始的 Word/WPS 文件，或把正文另存为 .docx 或 .txt 再检查",
    ".xls": "这是表格文件，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
    ".xlsx": "这是表格文件，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
    ".et": "这是 WPS 表格文件，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
    ".ppt": "这是演示文稿，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
    ".pptx": "这是演示文稿，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
    ".dps": "这是 WPS 演示文稿，不是报告正文；请把报告另存为 .docx 或 .txt 再检查",
}
ZIP_MAGIC = b"PK\x03\x04"


def _format_for(suffix: str) -> str:
    return {".md": "md", ".markdown": "md", ".docx": "docx"}.get(suffix, "txt")


def load_bytes(data: bytes, path: str, max_bytes: int = 0) -> Document:
    """Read report bytes as the format their name says (.docx or text), refusing what cannot be a report."""
    suffix = Path(path).suffix.lower()
    if suffix in UNSUPPORTED_SUFFIXES:
        raise DocumentError(path, UNSUPPORTED_SUFFIXES[suffix])
    if suffix == ".docx":
        return load_docx(data, path, max_bytes)
    if data.startswith(OLE_MAGIC):
        raise DocumentError(path, f"这是旧版 Word/WPS 二进制文档，不是文本；{_SAVE_AS_DOCX}")
    if data.startswith(ZIP_MAGIC):
        raise DocumentError(path, "这是压缩包或 .docx 文件，不是文本；若是 Word 文档，请把扩展名改回 .docx 再检查")
    return load_plain(data, path, _format_for(suffix))


def human_size(size: int) -> str:
    """A size as people read it: 512 字节, 3.5 KB, 20.0 MB (never 0.0 MB for a small file)."""
    if size < 1024:
        return f"{size} 字节"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1048576:.1f} MB"


def _size_message(size: int, max_bytes: int) -> str:
    return (
        f"文件大小 {human_size(size)} 超过上限 {human_size(max_bytes)}；"
        "可用 --max-file-size 或配置项 max-file-size 调高上限"
    )


def load_document(path: str | os.PathLike, max_bytes: int = 0) -> Document:
    """Read one report file (``max_bytes`` 0: no limit). Raises DocumentError with a one-line, fixable message."""
    name = str(path)
    p = Path(path)
    try:
        if not p.exists():
            raise DocumentError(name, "文件不存在；请检查路径是否写对")
        if p.is_dir():
            raise DocumentError(name, "这是目录，不是文件")
        size = p.stat().st_size
        if max_bytes and size > max_bytes:
            raise DocumentError(name, _size_message(size, max_bytes))
        with p.open("rb") as handle:  # read at most one byte past the limit, even if the file grows
            data = handle.read(max_bytes + 1) if max_bytes else handle.read()
    except PermissionError:
        raise DocumentError(name, "没有读取权限；请检查文件权限") from None
    except OSError as exc:
        raise DocumentError(name, f"无法读取文件（{os_error_text(exc)}）") from None
    if max_bytes and len(data) > max_bytes:
        raise DocumentError(name, _size_message(len(data), max_bytes))
    return load_bytes(data, name, max_bytes)


def load_stdin(filename: str | None = None, max_bytes: int = 0) -> Document:
    """Read a report from standard input; ``filename`` names it and decides its format (.docx or text)."""
    name = filename or "-"
    data = sys.stdin.buffer.read(max_bytes + 1) if max_bytes else sys.stdin.buffer.read()
    if max_bytes and len(data) > max_bytes:
        raise DocumentError(name, f"标准输入超过上限 {human_size(max_bytes)}；可用 --max-file-size 调高上限")
    if filename is None and data.startswith(ZIP_MAGIC):
        raise DocumentError(name, "标准输入是压缩包或 .docx 文件，不是文本；若是 Word 文档，请加 --stdin-filename 报告.docx")
    return load_bytes(data, name, max_bytes)


def collect_paths(path: Path) -> list[Path]:
    """Every supported file under a directory, sorted, skipping hidden folders and Office lock files."""
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.startswith("~$"):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return found
