"""Pick the reader for a path, collect files under directories, and read stdin."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from draftcheck.document.model import Document, DocumentError
from draftcheck.document.plain import load_plain
from draftcheck.document.word import OLE_MAGIC, load_docx

SUPPORTED_SUFFIXES = (".txt", ".md", ".docx")
LEGACY_SUFFIXES = {".doc": "Word 97-2003 .doc", ".wps": "WPS .wps", ".et": "WPS .et", ".rtf": "RTF"}
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


def _format_for(suffix: str) -> str:
    return {".md": "md", ".markdown": "md", ".docx": "docx"}.get(suffix, "txt")


def load_bytes(data: bytes, path: str) -> Document:
    suffix = Path(path).suffix.lower()
    if suffix in LEGACY_SUFFIXES:
        raise DocumentError(
            path,
            f"{LEGACY_SUFFIXES[suffix]} 是旧版二进制格式，无法直接检查；请在 Word/WPS 中打开，"
            "选择“文件 → 另存为”，保存类型选 Word 文档 (*.docx) 后再检查",
        )
    if suffix == ".docx":
        return load_docx(data, path)
    if data.startswith(OLE_MAGIC):
        raise DocumentError(path, "这是旧版 Word/WPS 二进制文档，不是文本；请另存为 .docx 后再检查")
    return load_plain(data, path, _format_for(suffix))


def load_document(path: str | os.PathLike, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one report file. Raises DocumentError with a one-line, fixable message."""
    name = str(path)
    p = Path(path)
    if not p.exists():
        raise DocumentError(name, "文件不存在；请检查路径是否写对")
    if p.is_dir():
        raise DocumentError(name, "这是目录，不是文件")
    try:
        size = p.stat().st_size
        if max_bytes and size > max_bytes:
            raise DocumentError(
                name,
                f"文件大小 {size / 1048576:.1f} MB 超过上限 {max_bytes / 1048576:.1f} MB；"
                "可用 --max-file-size 或配置项 max-file-size 调高上限",
            )
        data = p.read_bytes()
    except PermissionError:
        raise DocumentError(name, "没有读取权限；请检查文件权限") from None
    except OSError as exc:
        raise DocumentError(name, f"无法读取文件（{exc.strerror}）") from None
    return load_bytes(data, name)


def load_stdin(filename: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    name = filename or "-"
    data = sys.stdin.buffer.read(max_bytes + 1 if max_bytes else -1)
    if max_bytes and len(data) > max_bytes:
        raise DocumentError(name, f"标准输入超过上限 {max_bytes / 1048576:.1f} MB；可用 --max-file-size 调高上限")
    return load_bytes(data, name)


def collect_paths(path: Path) -> list[Path]:
    """Every supported file under a directory, sorted, skipping hidden folders."""
    found: list[Path] = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name.startswith("~$"):
                continue
            if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(Path(root) / name)
    return found
