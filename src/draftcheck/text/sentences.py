"""Split a document into sentences and clauses as spans, never copying or normalising the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？; (full- or half-width) or at a line break.
# (The leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_SENTENCE_END = re.compile(r"(?=[。！？!?；;\r\n])(?:[。！？!?；;]+|\r\n|\n|\r)")
# A clause ends at a comma or enumeration comma as well.
_CLAUSE_END = re.compile(r"[，,、：:]")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Segment]:
    """Sentences of ``text`` (terminators included), skipping those that are only whitespace."""
    segments: list[Segment] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        piece = text[start:end]
        if piece.strip():
            segments.append(Segment(start, end, piece))
        start = end
    if start < len(text) and text[start:].strip():
        segments.append(Segment(start, len(text), text[start:]))
    return segments


def split_clauses(sentence: Segment) -> list[Segment]:
    """Clauses of one sentence, as spans into the document."""
    clauses: list[Segment] = []
    start = 0
    for match in _CLAUSE_END.finditer(sentence.text):
        end = match.end()
        if sentence.text[start:end].strip():
            clauses.append(Segment(sentence.start + start, sentence.start + end, sentence.text[start:end]))
        start = end
    if start < len(sentence.text) and sentence.text[start:].strip():
        clauses.append(Segment(sentence.start + start, sentence.end, sentence.text[start:]))
    return clauses
