"""draftcheck's cache folder: compiled patterns (``pattern_cache``) and the lexicons' derived tables.

Everything kept here can be rebuilt from the package's own files: a missing, stale or damaged entry is
rebuilt, and a folder that cannot be written only means the next run rebuilds again. Entries are keyed
by what they are built from (the hash of the data files, a version the builder sets), never by time.

The command line turns the cache on (``enable()``, from ``draftcheck.cli.main``); the library API and
the tests build everything in memory unless they enable it. ``DRAFTCHECK_CACHE_DIR`` names the folder
(default ``$XDG_CACHE_HOME/draftcheck`` or ``~/.cache/draftcheck``); ``DRAFTCHECK_NO_CACHE=1`` turns it off.
"""

from __future__ import annotations

import marshal
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

_enabled = False


def cache_folder() -> Path:
    """draftcheck's cache folder (the drafter's response cache lives there too): ``DRAFTCHECK_CACHE_DIR``,
    else ``$XDG_CACHE_HOME/draftcheck``, else ``~/.cache/draftcheck``."""
    explicit = os.environ.get("DRAFTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base, "draftcheck")


def cache_dir() -> Path | None:
    """The folder of the start-up caches, or None when they are off (``DRAFTCHECK_NO_CACHE``)."""
    if os.environ.get("DRAFTCHECK_NO_CACHE"):
        return None
    return cache_folder()


def enable() -> None:
    """Let ``cached`` read and write the cache folder (the command line does; the library does not)."""
    global _enabled
    _enabled = True


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename; errors propagate (OSError)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def cached(name: str, sources: Iterable[bytes], version: str, build: Callable[[], Any]) -> Any:
    """``build()``, or the value it returned last time for the same ``sources`` and ``version``.

    The value must be marshal-able (str, int, float, bytes, tuple, list, dict, set of those); it is
    kept in ``<cache dir>/<name>-<key>.marshal``, where the key hashes ``sources`` (the contents of the
    data files it is built from) and ``version`` (bump it when ``build`` changes what it returns).
    """
    folder = cache_dir() if _enabled else None
    if folder is None:
        return build()
    import hashlib  # only when a cached table is asked for

    digest = hashlib.sha256(version.encode())
    for source in sources:
        digest.update(hashlib.sha256(source).digest())
    path = folder / f"{name}-{digest.hexdigest()[:20]}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    value = build()
    try:
        write_atomically(path, marshal.dumps(value))
        for stale in folder.glob(f"{name}-*.marshal"):  # built from files since changed
            if stale != path:
                stale.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass
    return value
