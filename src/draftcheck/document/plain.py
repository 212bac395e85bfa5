"""Read .txt and .md files: detect UTF-8 (with or without BOM), UTF-16, GB18030/GBK and others."""

from __future__ import annotations

import codecs

from draftcheck.document.model import Block, Document, DocumentError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def looks_binary(data: bytes) -> bool:
    """True for data that is no text in any encoding we read (NUL bytes without a UTF-16 shape)."""
    sample = data[:8192]
    if b"\x00" not in sample:
        return False
    # UTF-16 without BOM: every other byte is NUL for ASCII, but Han characters have none.
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = max(1, len(sample) // 2)
    return not (odd_nuls > half * 0.3 and even_nuls < half * 0.05 or even_nuls > half * 0.3 and odd_nuls < half * 0.05)


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode report bytes; returns (text, encoding name). Raises DocumentError when impossible."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DocumentError(path, f"文件以 {encoding} 标记开头但无法解码（{exc.reason}）；请另存为 UTF-8 后重试") from None
    if looks_binary(data):
        raise DocumentError(path, "这是二进制文件而不是文本报告；请提供 .txt、.md 或 .docx 文件")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    raise DocumentError(path, "无法识别文件编码（不是 UTF-8、GBK/GB18030 或 UTF-16）；请用文本编辑器另存为 UTF-8 后重试")


def line_blocks(text: str) -> list[Block]:
    """One block per line, so plain-text findings map back to their line."""
    blocks: list[Block] = []
    start = 0
    index = 0
    for line in text.splitlines(keepends=True):
        blocks.append(Block(start, start + len(line), "line", index))
        start += len(line)
        index += 1
    return blocks


def load_plain(data: bytes, path: str, fmt: str) -> Document:
    text, encoding = decode_bytes(data, path)
    if encoding in ("utf-16", "utf-32") and text.startswith("\ufeff"):
        text = text[1:]
    return Document(path=path, text=text, format=fmt, encoding=encoding, blocks=line_blocks(text))
