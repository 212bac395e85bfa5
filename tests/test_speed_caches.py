"""The start-up caches (issue 10): compiled patterns and the lexicons' derived tables are kept on disk
and reused, and reusing them never changes a result. Speed itself is measured in bench/speed.py."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from draftcheck import disk_cache
from draftcheck.lexicon import CorpusPairs, _data_rows, corpus_bigrams
from draftcheck.rules import dc503_term_error

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "example-report.txt"

PATTERNS = [
    r"(?P<value>\d+(?:\.\d+)?)(?P<unit>[万亿]?元)",
    r"[\u4e00-\u9fff]{2,}?(?:达到|为)?$",
    r"(?i)draftcheck:\s*ignore\[(?P<codes>[A-Z0-9, ]+)\]",
    r"(?<![%‰])[\W_]+",
]
SAMPLES = ["实现工业销售收入12.5亿元，同比增长3%", "draftcheck: IGNORE[DC101, DC102]", "abc，。", "", "营商环境达到"]

PROBE = """
import re, sys
from draftcheck import pattern_cache
assert pattern_cache.install()
out = []
for pattern in {patterns!r}:
    compiled = re.compile(pattern)
    for sample in {samples!r}:
        out.append([(m.span(), m.groupdict(), m.groups()) for m in compiled.finditer(sample)])
    out.append([compiled.flags, compiled.groups, sorted(compiled.groupindex.items())])
print(repr(out))
"""


def _probe(cache: Path, **env) -> str:
    environment = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(cache), **env}
    environment.pop("DRAFTCHECK_NO_CACHE", None)
    code = PROBE.format(patterns=PATTERNS, samples=SAMPLES)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _expected() -> str:
    out = []
    for pattern in PATTERNS:
        compiled = re.compile(pattern)
        for sample in SAMPLES:
            out.append([(m.span(), m.groupdict(), m.groups()) for m in compiled.finditer(sample)])
        out.append([compiled.flags, compiled.groups, sorted(compiled.groupindex.items())])
    return repr(out) + "\n"


def test_cached_patterns_match_as_compiled_ones(tmp_path):
    first = _probe(tmp_path)  # compiles and writes the cache
    files = list(tmp_path.glob("patterns-*.marshal"))
    assert len(files) == 1
    entries = marshal.loads(files[0].read_bytes())
    assert {(pattern, 0) for pattern in PATTERNS} <= set(entries)
    second = _probe(tmp_path)  # served from the cache
    assert first == second == _expected()


def test_a_damaged_pattern_cache_is_ignored_and_replaced(tmp_path):
    _probe(tmp_path)
    (path,) = tmp_path.glob("patterns-*.marshal")
    entries = marshal.loads(path.read_bytes())
    # invalid engine code for one pattern (the engine's validator refuses it), garbage for the others
    flags, code, groups, groupindex, indexgroup = entries[(PATTERNS[0], 0)]
    entries[(PATTERNS[0], 0)] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)
    entries[(PATTERNS[1], 0)] = "not an entry"
    entries[(PATTERNS[2], 0)] = (0, [1, 2, 3], 1, {}, (None,))
    path.write_bytes(marshal.dumps(entries))
    assert _probe(tmp_path) == _expected()
    path.write_bytes(b"\x00not marshal at all")
    assert _probe(tmp_path) == _expected()


def test_no_cache_switch_writes_nothing(tmp_path):
    code = "from draftcheck import pattern_cache; print(pattern_cache.install())"
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(tmp_path), "DRAFTCHECK_NO_CACHE": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.stdout == "False\n"
    assert not list(tmp_path.iterdir())


def test_cached_tables_are_keyed_by_their_sources(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(disk_cache, "_enabled", True)
    calls = []

    def build(value):
        def run():
            calls.append(value)
            return {"value": value}
        return run

    assert disk_cache.cached("table", [b"source 1"], "1", build(1)) == {"value": 1}
    assert disk_cache.cached("table", [b"source 1"], "1", build(2)) == {"value": 1}  # from the cache
    assert disk_cache.cached("table", [b"source 2"], "1", build(3)) == {"value": 3}  # the data changed
    assert disk_cache.cached("table", [b"source 2"], "2", build(4)) == {"value": 4}  # the builder changed
    assert calls == [1, 3, 4]
    assert len(list(tmp_path.glob("table-*.marshal"))) == 1  # stale entries are removed
    next(tmp_path.glob("table-*.marshal")).write_bytes(b"garbage")
    assert disk_cache.cached("table", [b"source 2"], "2", build(5)) == {"value": 5}


def test_library_use_never_touches_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(disk_cache, "_enabled", False)
    assert disk_cache.cached("table", [b"x"], "1", lambda: 7) == 7
    assert not list(tmp_path.iterdir())


def _all_pairs() -> frozenset[str]:
    pairs = set()
    for first, followers in _data_rows("corpus_bigrams.tsv"):
        pairs.update(first + second for second in followers)
    return frozenset(pairs)


@pytest.mark.parametrize("after", [0, 5, CorpusPairs.SET_AFTER_LOOKUPS])
def test_corpus_pairs_behave_as_the_set_of_pairs(after, monkeypatch):
    expected = _all_pairs()
    monkeypatch.setattr(CorpusPairs, "SET_AFTER_LOOKUPS", after)
    pairs = CorpusPairs(dict(corpus_bigrams()._followers))
    probes = ["安全", "全生", "生产", "产安", "a", "安", "", "安全生", "xy", "发展", "展发"]
    assert [p in pairs for p in probes] == [p in expected for p in probes]
    text_pairs = {"安全", "全产", "发展", "展发", "ab", "营商", "商营", "x"}
    assert text_pairs - pairs == text_pairs - expected
    assert len(pairs) == len(expected)
    assert set(pairs) == expected


@pytest.mark.parametrize("unpack_after", [0, 10, 10**9])
def test_the_packed_term_index_files_every_term_as_built_directly(unpack_after, monkeypatch):
    monkeypatch.setattr(dc503_term_error.TermIndex, "UNPACK_AFTER", unpack_after)
    index = dc503_term_error._term_index.__wrapped__()
    expected: dict[str, list[tuple[str, int]]] = {}
    for term, (documents, _, quoted) in dc503_term_error.near_miss_terms().items():  # (the hand-listed formulations too)
        first = 0
        if len(term) == 3 and not quoted:
            if documents < dc503_term_error._MIN_DOCUMENTS_THREE:
                continue
            first = 1  # widely used three-character terms, past their first character
        for k in range(first, len(term)):
            expected.setdefault(dc503_term_error._context_key(term, k), []).append((term, k))
    assert len(index._entries) == len(expected)
    for key, entries in expected.items():
        assert index.get(key) == entries
    assert index.get("no such key", ()) == ()


def test_the_command_line_uses_the_caches(tmp_path):
    """A second ``draftcheck lint`` process finds the patterns and tables the first one stored."""
    exe = Path(sys.executable).with_name("draftcheck")
    if not exe.exists():
        pytest.skip("the draftcheck console script is not installed beside this Python")
    text = tmp_path / "report.txt"
    text.write_text("坚持科学进展观，持续优化营商环竟。\n实现工业销售收入亿元。\n", encoding="utf-8")
    cache = tmp_path / "cache"
    env = {**os.environ, "DRAFTCHECK_CACHE_DIR": str(cache)}
    env.pop("DRAFTCHECK_NO_CACHE", None)
    runs = [
        subprocess.run([str(exe), "lint", "--isolated", "--format", "concise", str(text)], capture_output=True,
                       text=True, env=env, timeout=120)
        for _ in range(2)
    ]
    assert runs[0].stdout == runs[1].stdout and "DC503" in runs[0].stdout and "DC101" in runs[0].stdout
    names = {path.name.split("-")[0] for path in cache.iterdir()}
    assert {"patterns", "established", "term"} <= names


def test_the_pool_parent_loads_what_rules_load_on_their_first_text_before_forking():
    """``lint --jobs N`` lints a short passage in the parent first, so that the workers inherit the relation
    finders (imported on first use) instead of each importing them before its first file."""
    from draftcheck.engine import default_rules
    from draftcheck.numbers.relations import _finders
    from draftcheck.service.lint import _load_lazy_tables

    _finders.cache_clear()
    _load_lazy_tables(default_rules())
    assert _finders.cache_info().currsize == 1


def test_fixed_positions_read_back_from_the_cache_folder_unchanged(tmp_path, monkeypatch):
    from draftcheck import lexicon

    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(disk_cache, "_enabled", True)
    built = []
    for _ in range(2):  # the first call writes the cache folder, the second reads it back
        lexicon.fixed_numbered_positions.cache_clear()
        built.append(lexicon.fixed_numbered_positions())
    lexicon.fixed_numbered_positions.cache_clear()
    assert any(p.name.startswith("fixed-numbered-positions-") for p in tmp_path.iterdir())
    assert built[0] == built[1] == lexicon.fixed_numbered_positions_of(lexicon.established_terms())


def test_prepared_known_slips_hold_each_entrys_run_its_pairs_and_the_pairs_offset():
    from draftcheck import lexicon

    for pair, entries in lexicon.known_pair_slips().items():
        rows = dc503_term_error._prepared_slips(pair)
        assert [row[:4] for row in rows] == list(entries)
        for term, k, written, _, run, run_pairs, offset in rows:
            assert run == term[:k] + written + term[k + 1 :]
            assert run_pairs == frozenset(run[i : i + 2] for i in range(len(run) - 1))
            assert offset == run.find(pair)
