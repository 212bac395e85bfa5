"""One SQLite file holds the archive: its documents (path, title, period, hash, compressed text)
and the LSH band keys of their units.

A band row is ``(key, ref)`` with ``ref = document id << 20 | unit number`` in a WITHOUT ROWID
table whose primary key is the lookup order, so the band index is one B-tree; ``units`` maps a ref
to its paragraph number and span in the document's text (ref is its rowid: no second index).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.archive import minhash

FORMAT = "draftcheck-archive"
VERSION = "2"
UNIT_BITS = 20
MAX_UNITS = (1 << UNIT_BITS) - 1
_PARAMETERS = {
    "format": FORMAT,
    "version": VERSION,
    "shingle": str(minhash.SHINGLE),
    "bins": str(minhash.BINS),
    "rows": str(minhash.ROWS),
    "key-check": minhash.key_check(),
}
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER,
    half_year INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    units INTEGER NOT NULL,
    text BLOB NOT NULL
);
CREATE TABLE units (ref INTEGER PRIMARY KEY, paragraph INTEGER NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL);
CREATE TABLE bands (key INTEGER NOT NULL, ref INTEGER NOT NULL, PRIMARY KEY (key, ref)) WITHOUT ROWID;
"""


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


class ArchiveError(Exception):
    """An index file that cannot be used; the message is one Chinese line naming the file and the fix."""


@dataclass
class AnalysedDocument:
    """A document ready to be stored: what ``build.analyse`` computes in a worker process."""

    path: str
    title: str
    year: int | None
    half_year: bool
    sha256: str
    text: str
    units: list[tuple[int, int, int]] = field(default_factory=list)  # (paragraph, start, end) per unit
    chars: int = 0
    size: int = 0  # of the file, with its modification time: a cheap staleness check before hashing
    mtime_ns: int = 0
    compressed: bytes = b""  # the text, zlib-compressed (in the worker, not in the process writing the index)
    band_keys: list[list[int]] = field(default_factory=list)  # one list per unit


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    path: str
    title: str
    year: int | None
    half_year: bool
    sha256: str
    chars: int
    units: int
    size: int
    mtime_ns: int


_RECORD_COLUMNS = "id, path, title, year, half_year, sha256, chars, units, size, mtime_ns"


def _record(row) -> DocumentRecord:
    return DocumentRecord(row[0], row[1], row[2], row[3], bool(row[4]), row[5], row[6], row[7], row[8], row[9])


class ArchiveStore:
    def __init__(self, connection: sqlite3.Connection, path: str) -> None:
        self.connection = connection
        self.path = path
        self._texts: dict[int, str] = {}

    @classmethod
    def memory(cls) -> "ArchiveStore":
        connection = sqlite3.connect(":memory:")
        connection.executescript(_SCHEMA)
        connection.executemany("INSERT INTO meta VALUES (?, ?)", _PARAMETERS.items())
        return cls(connection, ":memory:")

    @classmethod
    def create(cls, path: str | Path) -> "ArchiveStore":
        connection = sqlite3.connect(str(path))
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        # Band keys arrive in random order: keep the B-tree's pages in memory while it is built.
        connection.execute("PRAGMA cache_size = -262144")
        connection.executescript(_SCHEMA)
        connection.executemany("INSERT INTO meta VALUES (?, ?)", _PARAMETERS.items())
        connection.commit()
        return cls(connection, str(path))

    @classmethod
    def open(cls, path: str | Path) -> "ArchiveStore":
        name = str(path)
        rebuild = "请用 draftcheck index build 重新生成"
        p = Path(path)
        if not p.exists():
            raise ArchiveError(f"{name}: 索引文件不存在；请检查路径，或先用 draftcheck index build 建立索引")
        if p.is_dir():
            raise ArchiveError(f"{name}: 这是目录，不是索引文件；请指定 draftcheck index build -o 生成的 .dcidx 文件")
        try:
            connection = sqlite3.connect(f"file:{p.resolve()}?mode=rw", uri=True)
            rows = dict(connection.execute("SELECT key, value FROM meta").fetchall())
            connection.execute("SELECT count(*) FROM documents").fetchone()
        except sqlite3.DatabaseError as exc:
            if "no such table" in str(exc):
                raise ArchiveError(f"{name}: 这是其他程序的 SQLite 数据库，不是 draftcheck 索引；{rebuild}") from None
            raise ArchiveError(f"{name}: 不是 draftcheck 索引文件，或文件已损坏（{exc}）；{rebuild}") from None
        if rows.get("format") != FORMAT:
            raise ArchiveError(f"{name}: 这是其他程序的 SQLite 数据库，不是 draftcheck 索引；{rebuild}")
        different = [k for k, v in _PARAMETERS.items() if rows.get(k) != v]
        if different:
            raise ArchiveError(
                f"{name}: 索引由另一版本的 draftcheck 生成（{different[0]} = {rows.get(different[0])}，"
                f"本版本为 {_PARAMETERS[different[0]]}）；{rebuild}"
            )
        return cls(connection, name)

    def close(self) -> None:
        self.connection.close()

    # Writing

    def add(self, doc: AnalysedDocument) -> int:
        """Store ``doc`` (replacing a document stored under the same path); returns its id."""
        self.remove(doc.path)
        cursor = self.connection.execute(
            "INSERT INTO documents (path, title, year, half_year, sha256, size, mtime_ns, chars, units, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.path,
                doc.title,
                doc.year,
                int(doc.half_year),
                doc.sha256,
                doc.size,
                doc.mtime_ns,
                doc.chars or len(doc.text),
                len(doc.band_keys),
                doc.compressed or compress(doc.text),
            ),
        )
        doc_id = cursor.lastrowid
        base = doc_id << UNIT_BITS
        self.connection.executemany(
            "INSERT INTO units VALUES (?, ?, ?, ?)",
            ((base + number, *unit) for number, unit in enumerate(doc.units[:MAX_UNITS])),
        )
        self.connection.executemany(
            "INSERT OR IGNORE INTO bands VALUES (?, ?)",
            ((key, base + number) for number, keys in enumerate(doc.band_keys[:MAX_UNITS]) for key in keys),
        )
        return doc_id

    def remove(self, path: str) -> bool:
        row = self.connection.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
        if row is None:
            return False
        doc_id = row[0]
        self.connection.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
        low, high = doc_id << UNIT_BITS, (doc_id + 1) << UNIT_BITS
        self.connection.execute("DELETE FROM units WHERE ref >= ? AND ref < ?", (low, high))
        # No index on ref: one pass over the band table, which is what an update costs.
        self.connection.execute(
            "DELETE FROM bands WHERE ref >= ? AND ref < ?", (doc_id << UNIT_BITS, (doc_id + 1) << UNIT_BITS)
        )
        self._texts.pop(doc_id, None)
        return True

    def commit(self) -> None:
        self.connection.commit()

    # Reading

    def documents(self) -> list[DocumentRecord]:
        rows = self.connection.execute(
            f"SELECT {_RECORD_COLUMNS} FROM documents ORDER BY path"
        ).fetchall()
        return [_record(r) for r in rows]

    def document(self, doc_id: int) -> DocumentRecord:
        return _record(self.connection.execute(f"SELECT {_RECORD_COLUMNS} FROM documents WHERE id = ?", (doc_id,)).fetchone())

    def document_count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM documents").fetchone()[0]

    def band_count(self) -> int:
        return self.connection.execute("SELECT count(*) FROM bands").fetchone()[0]

    def text(self, doc_id: int) -> str:
        if doc_id not in self._texts:
            (blob,) = self.connection.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            self._texts[doc_id] = zlib.decompress(blob).decode("utf-8")
        return self._texts[doc_id]

    def units(self, refs: list[int]) -> dict[int, tuple[int, int, int]]:
        """ref -> (paragraph, start, end) of stored units."""
        found: dict[int, tuple[int, int, int]] = {}
        for chunk in range(0, len(refs), 500):
            part = refs[chunk : chunk + 500]
            query = f"SELECT ref, paragraph, start, end FROM units WHERE ref IN ({','.join('?' * len(part))})"
            found.update((ref, (paragraph, start, end)) for ref, paragraph, start, end in self.connection.execute(query, part))
        return found

    def collisions(self, band_keys: list[list[int]]) -> dict[int, dict[int, int]]:
        """For each query unit (by position in ``band_keys``): stored unit ref -> bands that agree."""
        by_key: dict[int, list[int]] = defaultdict(list)
        for number, keys in enumerate(band_keys):
            for key in keys:
                by_key[key].append(number)
        found: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
        keys = list(by_key)
        for chunk in range(0, len(keys), 500):
            part = keys[chunk : chunk + 500]
            query = f"SELECT key, ref FROM bands WHERE key IN ({','.join('?' * len(part))})"
            for key, ref in self.connection.execute(query, part):
                for number in by_key[key]:
                    found[number][ref] += 1
        return found
