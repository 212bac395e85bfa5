"""The patterns the rules compile are the same strings in every process, whatever its hash seed: the command's
pattern cache (``pattern_cache``) finds them on the next run and the workers of ``lint --jobs`` have nothing to add
to it at exit. A pattern joined from a set in the set's order (its names sorted by length only, equal lengths in
hash order) is a new pattern in every process: compiled each run, and saved again by every worker."""

from __future__ import annotations

import os
import subprocess
import sys

_PROGRAM = r"""
import hashlib
from re import _compiler

seen = set()
original = _compiler.compile


def recording(pattern, flags=0):
    seen.add(repr((pattern, int(flags))))
    return original(pattern, flags)


_compiler.compile = recording
from draftcheck.engine import default_rules, lint_text
from draftcheck.service.lint import _WARM_UP_TEXT

lint_text(_WARM_UP_TEXT + "单位地区生产总值能耗下降3.2%，规上工业增加值增长8%，人均可支配收入4.2万元。", default_rules())
print(len(seen), hashlib.sha256("\n".join(sorted(seen)).encode()).hexdigest())
"""


def _patterns_digest(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "DRAFTCHECK_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", _PROGRAM], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_compiled_patterns_do_not_depend_on_the_hash_seed():
    first = _patterns_digest("1")
    assert int(first.split()[0]) > 100  # the rules' patterns were seen
    assert [_patterns_digest(seed) for seed in ("2", "3")] == [first, first]
