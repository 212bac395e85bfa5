"""DC404 looks for a clause cut before its stop only after the characters its words can end on
(``_DANGLING_LAST``): every word its patterns know must end on one of them, or it would never be tried."""

from __future__ import annotations

try:  # Python 3.11+
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

from draftcheck.rules.dc404_truncated import _BARE_CHANGE, _DANGLING_BEFORE_STOP, _DANGLING_LAST

_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _last_characters(items) -> tuple[set[str], bool]:
    """The characters a match of the parsed sequence ``items`` can end on, and whether it can be empty."""
    ending: set[str] = set()
    for op, value in reversed(list(items)):
        if op in _ZERO_WIDTH:
            continue
        chars, empty = _last_of(op, value)
        ending |= chars
        if not empty:
            return ending, False
    return ending, True


def _last_of(op, value) -> tuple[set[str], bool]:
    if op is sre_constants.LITERAL:
        return {chr(value)}, False
    if op is sre_constants.IN:
        chars = set()
        for kind, item in value:
            if kind is sre_constants.LITERAL:
                chars.add(chr(item))
            elif kind is sre_constants.RANGE:
                chars.update(map(chr, range(item[0], item[1] + 1)))
            else:
                raise AssertionError(f"class item not expected: {kind}")
        return chars, False
    if op is sre_constants.SUBPATTERN:
        return _last_characters(value[-1])
    if op is sre_constants.BRANCH:
        chars, empty = set(), False
        for branch in value[1]:
            c, e = _last_characters(branch)
            chars |= c
            empty = empty or e
        return chars, empty
    if op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
        low, _, item = value
        chars, empty = _last_characters(item)
        return chars, empty or low == 0
    raise AssertionError(f"pattern element not expected: {op}")


def test_every_word_cut_before_a_stop_ends_on_a_known_character():
    for pattern in (_DANGLING_BEFORE_STOP, _BARE_CHANGE):
        chars, empty = _last_characters(sre_parse.parse(pattern.pattern))
        assert not empty
        assert chars <= _DANGLING_LAST, sorted(chars - _DANGLING_LAST)
