"""A response cache, so re-drafting the same facts with the same templates costs no model calls.

The key is a SHA-256 over the whole request as the backend would send it: the backend's identity (for the
LLM backend: base URL, model, temperature, max_tokens; never the API key), the section, the rendered
messages and the data. The repair round is not part of the key: identical messages get the identical answer.

    cache = ResponseCache(default_cache_path())
    backend = CachedBackend(LLMBackend(settings), cache)
    backend.complete(request)         # a hit returns Completion(cached=True, usage={}) and makes no call
    backend.hits, backend.misses

``--no-cache`` is simply not wrapping the backend (or ``CachedBackend(..., read=False)`` to refresh the
stored answers without reading them). Hits report empty usage: no tokens were spent on them.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

from draftcheck.disk_cache import cache_folder
from draftcheck.draft.backend import Backend, Completion, SectionRequest

SCHEMA_VERSION = 1


def default_cache_path() -> Path:
    """``$DRAFTCHECK_CACHE_DIR/responses.sqlite``, else under ``$XDG_CACHE_HOME`` or ``~/.cache``."""
    return cache_folder() / "responses.sqlite"


def backend_identity(backend: Any) -> dict[str, Any]:
    """What besides the request decides a backend's answer (``cache_identity()`` when it has one)."""
    identity = getattr(backend, "cache_identity", None)
    if callable(identity):
        return dict(identity())
    return {"backend": getattr(backend, "name", type(backend).__name__)}


def request_key(identity: dict[str, Any], request: SectionRequest) -> str:
    """SHA-256 over a canonical JSON of the backend identity and the full request (round excluded)."""
    payload = {
        "schema": SCHEMA_VERSION,
        "backend": identity,
        "section": request.section,
        "title": request.title,
        "messages": request.messages,
        "data": request.data,
    }
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class ResponseCache:
    """SQLite store of completions by request key. Thread-safe: one connection behind a lock."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._connection = sqlite3.connect(self.path, check_same_thread=False, timeout=30, isolation_level=None)
        with self._lock:
            self._connection.execute("PRAGMA journal_mode=WAL")
            self._connection.execute(
                """CREATE TABLE IF NOT EXISTS responses (
                       key TEXT PRIMARY KEY,
                       model TEXT NOT NULL,
                       text TEXT NOT NULL,
                       usage TEXT NOT NULL,
                       latency_s REAL NOT NULL,
                       created_at REAL NOT NULL
                   )"""
            )

    def get(self, key: str) -> Completion | None:
        with self._lock:
            row = self._connection.execute(
                "SELECT model, text, usage, latency_s FROM responses WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        model, text, usage, latency_s = row
        return Completion(text=text, usage=json.loads(usage), latency_s=latency_s, cached=True, model=model)

    def put(self, key: str, completion: Completion) -> None:
        with self._lock:
            self._connection.execute(
                "INSERT OR REPLACE INTO responses (key, model, text, usage, latency_s, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    key,
                    completion.model,
                    completion.text,
                    json.dumps(completion.usage),
                    completion.latency_s,
                    time.time(),
                ),
            )

    def __len__(self) -> int:
        with self._lock:
            return self._connection.execute("SELECT COUNT(*) FROM responses").fetchone()[0]

    def clear(self) -> None:
        with self._lock:
            self._connection.execute("DELETE FROM responses")

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    def __enter__(self) -> ResponseCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class CachedBackend:
    """Wraps any backend: answers repeated requests from the cache, stores fresh non-empty answers.

    ``read=False`` skips lookups but still stores (a refresh); errors and truncated replies are never cached.
    """

    def __init__(self, backend: Backend, cache: ResponseCache, *, read: bool = True) -> None:
        self.backend = backend
        self.cache = cache
        self.read = read
        self.name = backend.name
        self._identity = backend_identity(backend)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def cache_identity(self) -> dict[str, Any]:
        return dict(self._identity)

    def complete(self, request: SectionRequest) -> Completion:
        key = request_key(self._identity, request)
        if self.read:
            stored = self.cache.get(key)
            if stored is not None:
                with self._lock:
                    self.hits += 1
                # No tokens were spent this time: report none, keep the model and mark the hit.
                return Completion(text=stored.text, usage={}, latency_s=0.0, cached=True, model=stored.model)
        completion = self.backend.complete(request)
        with self._lock:
            self.misses += 1
        if completion.text.strip() and not completion.truncated:  # a cut-off reply is never an answer to keep
            self.cache.put(key, completion)
        return completion
