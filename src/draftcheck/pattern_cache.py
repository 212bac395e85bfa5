"""A persistent cache of compiled regular expressions for the ``draftcheck`` command (start-up speed).

The rules compile a few hundred patterns, many with large Han character classes whose compilation in
pure Python (``re._compiler``) costs a process about 0.15 s, on every run. The result of that
compilation is a list of integers that depends only on the pattern, its flags and the Python version,
so the command keeps it in a marshal file in the cache folder (``cache_dir()``) and hands it straight
to ``_sre.compile`` on the next run; the ``re`` module's own in-memory cache and every pattern's
behaviour are unchanged. CPython validates the code it is given (a damaged entry raises instead of
matching wrongly), and any failure falls back to ordinary compilation: the cache can only make a run
faster, never different.

Only ``draftcheck.cli.main`` installs it (``install()``); the library API compiles as usual.
``DRAFTCHECK_NO_CACHE=1`` turns every draftcheck cache off (``disk_cache``).
"""

from __future__ import annotations

import atexit
import marshal
from array import array
import sys
from pathlib import Path

from draftcheck.disk_cache import cache_dir, write_atomically

try:  # CPython's regular expression engine; on another implementation the cache stays off
    import _sre
    from re import _compiler
except ImportError:  # pragma: no cover
    _sre = None
    _compiler = None

# An array typecode as wide as the engine's code words (``_sre.CODESIZE`` bytes).
_WORD = next((code for code in "IL" if _sre is not None and array(code).itemsize == _sre.CODESIZE), "I")

# A cache holding more entries than this is rewritten with only the current run's patterns (a user's
# configuration may build patterns from its own words; the file must not grow without bound).
MAX_ENTRIES = 4000

_state: dict = {}


def _cache_file(folder: Path) -> Path:
    return folder / f"patterns-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


def install() -> bool:
    """Serve ``re`` compilations from the cache file and save new ones when the process exits.
    Returns whether the cache is in use (False: caching off, not CPython, or already installed)."""
    folder = cache_dir()
    if folder is None or _compiler is None or _state:
        return False
    path = _cache_file(folder)
    try:
        entries = marshal.loads(path.read_bytes())
        if not isinstance(entries, dict):
            entries = {}
    except (OSError, ValueError, EOFError, TypeError):
        entries = {}
    _state.update(path=path, entries=entries, added={}, original=_compiler.compile)
    _compiler.compile = _compile
    atexit.register(save)
    return True


def _compile(pattern, flags=0):
    original = _state["original"]
    if not isinstance(pattern, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
        return original(pattern, flags)
    key = (pattern, flags)
    entry = _state["entries"].get(key)
    if entry is not None:
        try:
            return _build(pattern, entry)
        except Exception:  # a damaged or foreign entry: compile as usual and replace it
            del _state["entries"][key]
    try:
        entry = _entry_of(pattern, flags)
        compiled = _build(pattern, entry)
    except Exception:  # pragma: no cover - another Python's internals: the ordinary way, uncached
        return original(pattern, flags)
    _state["added"][key] = entry
    return compiled


def _entry_of(pattern, flags) -> tuple:
    """What ``re._compiler.compile`` computes before calling ``_sre.compile``, as marshal-able data."""
    parsed = _compiler._parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, number in groupindex.items():
        indexgroup[number] = name
    # The code is kept as the bytes of an array of unsigned words (marshal loads one bytes object in
    # no time, where a list of integers costs an object each: the file loads in 1 ms instead of 15).
    return (int(flags | parsed.state.flags), array(_WORD, code).tobytes(), int(parsed.state.groups - 1), groupindex,
            tuple(indexgroup))


def _build(pattern, entry: tuple):
    final_flags, packed, groups, groupindex, indexgroup = entry
    code = array(_WORD)
    code.frombytes(packed)
    return _sre.compile(pattern, final_flags, code.tolist(), groups, dict(groupindex), tuple(indexgroup))


def save() -> None:
    """Add the patterns compiled in this process to the cache file (nothing when none is new). What the
    file holds now is merged in: the worker processes of a run save theirs before the parent does."""
    added = _state.get("added")
    if not added:
        return
    path = _state["path"]
    try:
        on_disk = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        on_disk = {}
    if not isinstance(on_disk, dict):
        on_disk = {}
    merged = {**on_disk, **_state["entries"], **added}
    if len(merged) > MAX_ENTRIES:
        merged = dict(added)
    try:
        write_atomically(path, marshal.dumps(merged))
    except (OSError, ValueError):
        pass  # a read-only home or a full disk: the next run compiles again
    added.clear()
