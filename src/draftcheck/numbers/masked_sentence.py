"""A sentence with every quantity masked as one token, so relation patterns can match around numbers.

Relation finders describe phrasings such as ``由A增加到B，增长X%`` as regular expressions over the
masked text, where each quantity is replaced, character for character, by a token
(``QUANTITY_MARK`` for a value a relation may use, ``YEAR_MARK`` for a year such as ``2020年``,
``OTHER_MARK`` for dates, ordinals, thresholds and ranges). The masked text has the same length as the
original, so a match position plus ``start`` is a document offset, and ``quantity_at`` turns a token
back into its ``Quantity``.

Patterns built from these tokens use only bounded gaps, so matching stays linear in the sentence.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from draftcheck.numbers.interval import Interval, last_step
from draftcheck.numbers.quantity import COUNT_UNITS, Kind, Quantity  # units of things counted one by one: exact counts
from draftcheck.text.width import fold_width

QUANTITY_MARK = "\ue000"
YEAR_MARK = "\ue002"
OTHER_MARK = "\ue003"
FILL = "\ue001"


# Regex fragments for patterns over masked text.
Q = f"{QUANTITY_MARK}{FILL}*"
YEAR = f"{YEAR_MARK}{FILL}*年?"
# Label text inside one clause: no clause punctuation and no other number.
LABEL_CHARS = f"[^，,。；;：:！？!?\n{QUANTITY_MARK}{YEAR_MARK}{OTHER_MARK}{FILL}]"


def gap(limit: int) -> str:
    """Up to ``limit`` characters of label text within a clause."""
    return f"{LABEL_CHARS}{{0,{limit}}}"


@dataclass
class MaskedSentence:
    start: int  # document offset of the sentence
    text: str  # original sentence text (width-folded)
    masked: str  # same length, quantities replaced by tokens
    by_offset: dict[int, Quantity]  # sentence-relative start of a token -> its quantity
    # what finders derive once per sentence (sorted token offsets, clause ends, stated targets ...):
    # a long sentence must not be rescanned for every figure in it
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def values_between(self, start: int, end: int) -> list[Quantity]:
        """Value tokens (``QUANTITY_MARK``) starting in the sentence-relative range [start, end), in order."""
        offsets = self.memo.get("value_offsets")
        if offsets is None:
            offsets = self.memo["value_offsets"] = sorted(o for o in self.by_offset if self.masked[o] == QUANTITY_MARK)
        return [self.by_offset[o] for o in offsets[bisect.bisect_left(offsets, start) : bisect.bisect_left(offsets, end)]]

    def quantity_at(self, index: int) -> Quantity | None:
        """The quantity whose token starts at sentence-relative ``index``."""
        return self.by_offset.get(index)

    def year_at(self, index: int) -> int | None:
        quantity = self.by_offset.get(index)
        return int(quantity.value) if quantity is not None and self.masked[index] == YEAR_MARK else None

    def interval(self, quantity: Quantity) -> Interval:
        """The interval ``quantity`` stands for in base units (``written_interval``)."""
        return written_interval(quantity)

    def paired_intervals(self, a: Quantity, b: Quantity) -> tuple[Interval, Interval]:
        """The intervals of two operands written side by side (由两千亩扩大到三千五百亩): whole Chinese
        numerals in the same magnitude share the precision of the finer one (两千 beside 三千五百 is
        [1950, 2050], not [1500, 2500])."""
        if _whole_chinese(a) and _whole_chinese(b) and a.magnitude == b.magnitude:
            step = min(last_step(a.value, 0), last_step(b.value, 0))
            return tuple(
                Interval(q.value - step / 2, q.value + step / 2).scale(q.magnitude) for q in (a, b)
            )  # type: ignore[return-value]
        return self.interval(a), self.interval(b)

    def doc(self, index: int) -> int:
        return self.start + index


def written_interval(quantity: Quantity) -> Interval:
    """The interval a written ``quantity`` stands for in base units (rounding, 约/近/余/以上, ranges).

    A whole number in Chinese numerals is rounded at its last non-zero digit: 五亿二千万 stands
    for [5.15亿, 5.25亿], not for exactly 520000000. A count without magnitude or qualifier (46个,
    38家, 二百六十家) is exact, in digits or in Chinese numerals.
    """
    if (
        quantity.unit in COUNT_UNITS
        and quantity.magnitude == 1
        and quantity.decimals == 0
        and not quantity.qualifier
        and quantity.high is None
    ):
        return Interval.exact(quantity.value)  # 46个, 38家, 二百家: a count is exact
    if quantity.script == "chinese" and quantity.decimals == 0 and not quantity.qualifier and quantity.high is None:
        half = last_step(quantity.value, 0) / 2
        return Interval(quantity.value - half, quantity.value + half).scale(quantity.magnitude)
    return Interval.of(quantity)


def _whole_chinese(quantity: Quantity) -> bool:
    return (
        quantity.script == "chinese" and quantity.decimals == 0 and not quantity.qualifier
        and quantity.high is None and quantity.unit not in COUNT_UNITS and quantity.unit != "%"
    )


def _mark(quantity: Quantity) -> str:
    if quantity.kind == Kind.YEAR:
        return YEAR_MARK
    if quantity.kind in Kind.VALUES and quantity.high is None:
        return QUANTITY_MARK
    return OTHER_MARK  # dates, ordinals, list markers, thresholds, ranges: never an operand


def mask_sentence(text: str, start: int, end: int, quantities: list[Quantity]) -> MaskedSentence:
    """Mask the quantities lying inside ``text[start:end]`` (``text`` is the width-folded document)."""
    sentence = text[start:end]
    # The quantities come in order of position and do not overlap (every finder's case): the masked text is
    # put together from slices, each token with the spaces around it that _token_span would give it (never
    # those an earlier token took: ``low > taken``). Anything else is masked character by character below.
    pieces: list[str] = []
    by_offset: dict[int, Quantity] = {}
    taken = 0  # sentence-relative end of the last token
    length = len(sentence)
    for quantity in quantities:
        if quantity.start < start or quantity.end > end or quantity.end <= quantity.start:
            continue
        rel_start, rel_end = quantity.start - start, quantity.end - start
        if rel_start < taken:
            return _mask_by_character(sentence, start, end, quantities)
        low = rel_start
        while rel_start - low < _MAX_PDF_SPACES and low > taken and sentence[low - 1] in _PDF_SPACES:
            low -= 1
        high = rel_end
        while high - rel_end < _MAX_PDF_SPACES and high < length and sentence[high] in _PDF_SPACES:
            high += 1
        pieces.append(sentence[taken:low])
        pieces.append(_mark(quantity))
        pieces.append(FILL * (high - low - 1))
        by_offset[low] = quantity
        taken = high
    if not by_offset:
        return MaskedSentence(start=start, text=sentence, masked=sentence, by_offset=by_offset)
    pieces.append(sentence[taken:])
    return MaskedSentence(start=start, text=sentence, masked="".join(pieces), by_offset=by_offset)


def _mask_by_character(sentence: str, start: int, end: int, quantities: list[Quantity]) -> MaskedSentence:
    chars = list(sentence)
    by_offset: dict[int, Quantity] = {}
    for quantity in quantities:
        if quantity.start < start or quantity.end > end or quantity.end <= quantity.start:
            continue
        rel_start, rel_end = _token_span(chars, quantity.start - start, quantity.end - start)
        chars[rel_start] = _mark(quantity)
        chars[rel_start + 1 : rel_end] = [FILL] * (rel_end - rel_start - 1)
        by_offset[rel_start] = quantity
    return MaskedSentence(start=start, text=sentence, masked="".join(chars), by_offset=by_offset)


# Spaces that PDF extraction puts between digits and Chinese text (同比增长 19.6% / 占营业收入 32.4 亿元的).
_PDF_SPACES = frozenset(" \t\u3000\u00a0")
_MAX_PDF_SPACES = 2


def _token_span(chars: list[str], rel_start: int, rel_end: int) -> tuple[int, int]:
    """The token of a quantity, with the spaces a PDF put right around it: ``增长 19.6% ，`` masks as
    ``增长`` + one token + ``，``, so patterns written for unspaced text match spaced text too.
    Spaces already taken by the previous token stay there; a token never crosses a line break."""
    low = rel_start
    while rel_start - low < _MAX_PDF_SPACES and low > 0 and chars[low - 1] in _PDF_SPACES:
        low -= 1
    high = rel_end
    while high - rel_end < _MAX_PDF_SPACES and high < len(chars) and chars[high] in _PDF_SPACES:
        high += 1
    return low, high


def same_dimension(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities measure the same thing (亿元 with 万元 yes, 亩 with 万元 never)."""
    if a.kind != b.kind or a.unit != b.unit:
        return False
    return a.unit != "" or (a.magnitude > 1 and b.magnitude > 1)


def number_text(quantity: Quantity, text: str) -> str:
    """The digits of ``quantity`` as written (commas removed); a Chinese numeral in digits (二百六十 -> 260)."""
    if quantity.script == "chinese":
        return format(quantity.value, "f")
    return fold_width(text[quantity.number_start : quantity.number_end]).replace(",", "")


def quantity_text(quantity: Quantity, text: str) -> str:
    return fold_width(text[quantity.start : quantity.end]).replace(" ", "")
