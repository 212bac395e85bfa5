"""Read .txt and .md files: detect UTF-8 (with or without BOM), UTF-16/32, GB18030/GBK, and refuse binaries."""

from __future__ import annotations

import codecs

from draftcheck.document.model import Block, Document, DocumentError
from draftcheck.text.positions import LineIndex

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 8192
# C0 controls other than tab, line feed, vertical tab, form feed and carriage return never occur in reports.
_CONTROL = frozenset(chr(c) for c in range(32) if chr(c) not in "\t\n\v\f\r") | {"\x7f"}
_MAX_CONTROL_SHARE = 0.02

BINARY_MESSAGE = "这是二进制文件而不是文本报告；请提供 .txt、.md 或 .docx 文件"


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when the bytes have UTF-16's shape (ASCII with a NUL beside every byte)."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(sample) % 2 or b"\x00" not in sample:
        return None
    half = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0), sample[1::2].count(0)
    if odd_nuls > half * 0.3 and even_nuls < half * 0.05:
        return "utf-16-le"
    if even_nuls > half * 0.3 and odd_nuls < half * 0.05:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    """True for data that is text in no encoding we read: NUL bytes without UTF-16's shape."""
    return b"\x00" in data[:_SAMPLE] and utf16_without_bom(data) is None


def _mostly_text(text: str) -> bool:
    sample = text[:_SAMPLE]
    return not sample or sum(map(sample.count, _CONTROL)) <= len(sample) * _MAX_CONTROL_SHARE


def _decoded(data: bytes, encoding: str, path: str) -> tuple[str, str]:
    text = data.decode(encoding)
    if not _mostly_text(text):
        raise DocumentError(path, BINARY_MESSAGE)
    return text, encoding


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode report bytes; returns (text without BOM, encoding name). Raises DocumentError when impossible."""
    if not data:
        return "", "utf-8"
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _decoded(data, encoding, path)
            except UnicodeDecodeError as exc:
                raise DocumentError(
                    path, f"文件以 {encoding} 字节顺序标记开头，但内容无法按 {encoding} 解码（{exc.reason}）；请另存为 UTF-8 后重试"
                ) from None
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _decoded(data, utf16, path)
        except UnicodeDecodeError:
            raise DocumentError(path, BINARY_MESSAGE) from None
    if looks_binary(data):
        raise DocumentError(path, BINARY_MESSAGE)
    try:
        return _decoded(data, "utf-8", path)
    except UnicodeDecodeError:
        pass
    try:
        return _chinese_legacy(data, path)
    except UnicodeDecodeError:
        raise DocumentError(
            path, "无法识别文件编码（不是 UTF-8、GBK/GB18030、Big5 或 UTF-16）；请用记事本或 WPS 打开后另存为 UTF-8 再检查"
        ) from None


def _private_use_share(text: str) -> float:
    wide = [ch for ch in text[:_SAMPLE] if ord(ch) > 0x7F]
    return sum(0xE000 <= ord(ch) <= 0xF8FF for ch in wide) / len(wide) if wide else 0.0


def _chinese_legacy(data: bytes, path: str) -> tuple[str, str]:
    """GB18030 (a superset of GBK and GB2312), or Big5 when GB18030 reads it as private-use garbage.

    Every Big5 byte pair is also a valid GB18030 pair, so Big5 text always "decodes" as GB18030; but it lands
    on unassigned codes that GB18030 maps to the private use area, which real GBK text almost never uses.
    """
    text, encoding = _decoded(data, "gb18030", path)
    share = _private_use_share(text)
    if share > 0.005:
        for candidate in ("cp950", "big5hkscs"):
            try:
                alternative, _ = _decoded(data, candidate, path)
            except UnicodeDecodeError:
                continue
            if _private_use_share(alternative) < share:
                return alternative, candidate
    return text, encoding


def line_blocks(text: str) -> list[Block]:
    """One block per line (line breaks as ``LineIndex`` counts them), so findings map back to their line."""
    starts = LineIndex(text).starts
    ends = [*starts[1:], len(text)]
    return [Block(start, end, "line", index) for index, (start, end) in enumerate(zip(starts, ends)) if start < len(text)]


def load_plain(data: bytes, path: str, fmt: str) -> Document:
    text, encoding = decode_bytes(data, path)
    if text.startswith("\ufeff"):  # a BOM the codec kept (utf-16-le/be named explicitly)
        text = text[1:]
    return Document(path=path, text=text, format=fmt, encoding=encoding, blocks=line_blocks(text))
