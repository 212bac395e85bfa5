"""Find the passages of a report that were carried over from an archived document.

1. The report is cut into sentence units (``text/sentence_units.py``); each unit's MinHash band keys are looked
   up in the archive (``store.collisions``): a stored unit sharing ``MIN_BANDS`` bands is a candidate.
2. Boilerplate: a unit whose near-copies (``STRONG_BANDS`` or more agreeing bands, Jaccard ≈ 0.6+)
   stand in at least ``boilerplate_share`` of the archive's documents (and in at least
   ``boilerplate_min_documents``) is a set phrase of the genre (在市委、市政府的正确领导下，…), not a
   carry-over, and is left alone.
3. Candidates are confirmed on the normalised text (difflib ratio ≥ ``min_unit_similarity``).
4. Within one paragraph of the report, the confirmed units are grouped by the archived paragraph
   they copy (the paragraph covering most of them first), so a copied paragraph with a sentence
   added, or paragraphs in another order, each give one carry-over naming its source paragraph.
5. Each group is compared token by token on the original text (``text/passage_diff.py``): how similar,
   which figures changed, whether the wording changed too.
"""

from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import NamedTuple

from draftcheck.archive import minhash
from draftcheck.text.passage_diff import FigureChange, compare
from draftcheck.text.sentence_units import normalise, split_units
from draftcheck.archive.store import UNIT_BITS, ArchiveStore, DocumentRecord

STRONG_BANDS = 6
# Candidates need this many agreeing bands: a pair at Jaccard 0.5 has 2 or more with probability 0.94.
MIN_BANDS = 2
_MAX_CANDIDATES = 16


class SourceUnit(NamedTuple):
    doc_id: int
    paragraph: int
    start: int
    end: int
    normalised: str


@dataclass(frozen=True)
class CarryOver:
    """Text ``start .. end`` of the report copies paragraph ``source_paragraph`` of an archived document."""

    start: int
    end: int
    source_path: str
    source_title: str
    source_paragraph: int
    source_start: int
    source_end: int
    source_text: str
    similarity: float
    figure_changes: tuple[FigureChange, ...]
    wording_changed: bool
    other_documents: int  # further archived documents holding the same passage
    sentences_added: int = 0  # sentences inside the copy that the archived paragraph does not have

    @property
    def figures_only(self) -> bool:
        return bool(self.figure_changes) and not self.wording_changed

    @property
    def verbatim(self) -> bool:
        return not self.figure_changes and not self.wording_changed


@dataclass(frozen=True)
class SearchOptions:
    min_chars: int = 24
    min_unit_similarity: float = 0.8
    boilerplate_share: float = 0.2
    boilerplate_min_documents: int = 3


class Archive:
    """A searchable archive over an ``ArchiveStore`` (an index file, or built in memory)."""

    def __init__(self, store: ArchiveStore, excluded: frozenset[int] = frozenset()) -> None:
        self.store = store
        self.excluded = excluded  # document ids never reported as a source
        self._records: dict[int, DocumentRecord] = {}

    def excluding(self, path: str) -> "Archive":
        """This archive without the document stored under ``path`` (the report under check may be
        in the archive folder itself: it is not a copy of itself)."""
        row = self.store.connection.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
        if row is None:
            return self
        view = Archive(self.store, self.excluded | {row[0]})
        view._records = self._records
        return view

    def record(self, doc_id: int) -> DocumentRecord:
        if doc_id not in self._records:
            self._records[doc_id] = self.store.document(doc_id)
        return self._records[doc_id]

    def carry_overs(self, text: str, options: SearchOptions = SearchOptions()) -> list[CarryOver]:
        units = split_units(text)
        if not units:
            return []
        keys = [minhash.band_keys(minhash.signature(u.normalised)) for u in units]
        collisions = self.store.collisions(keys)
        total = self.store.document_count()
        boilerplate_documents = max(options.boilerplate_min_documents, options.boilerplate_share * total)

        wanted: dict[int, list[int]] = {}
        for number, refs in collisions.items():
            if self.excluded:
                refs = {ref: bands for ref, bands in refs.items() if ref >> UNIT_BITS not in self.excluded}
            strong = {ref >> UNIT_BITS for ref, bands in refs.items() if bands >= STRONG_BANDS}
            if len(strong) >= boilerplate_documents:
                continue  # boilerplate: in a large share of the archive
            likely = [(bands, ref) for ref, bands in refs.items() if bands >= MIN_BANDS]
            wanted[number] = sorted(likely, key=lambda item: (-item[0], item[1]))[:_MAX_CANDIDATES]
        places = self.store.units(sorted({ref for refs in wanted.values() for _, ref in refs}))
        sources: dict[int, SourceUnit] = {}
        # unit number -> [source unit refs that it copies]
        confirmed: dict[int, list[int]] = {}
        for number, refs in wanted.items():
            unit = units[number]
            found = []
            for bands, ref in refs:
                if ref not in places:
                    continue
                paragraph, start, end = places[ref]
                doc_id = ref >> UNIT_BITS
                if bands == minhash.BANDS:
                    # Every band agrees: the sketches are identical, the sentences (nearly) so; the
                    # copy is compared on the text below, without loading each such document here.
                    sources.setdefault(ref, SourceUnit(doc_id, paragraph, start, end, ""))
                    found.append(ref)
                    continue
                if not sources.get(ref, SourceUnit(0, 0, 0, 0, "")).normalised:
                    sources[ref] = SourceUnit(doc_id, paragraph, start, end, normalise(self.store.text(doc_id)[start:end]))
                if unit.normalised == sources[ref].normalised:
                    found.append(ref)
                    continue
                matcher = SequenceMatcher(None, unit.normalised, sources[ref].normalised, autojunk=False)
                if matcher.real_quick_ratio() >= options.min_unit_similarity and matcher.ratio() >= options.min_unit_similarity:
                    found.append(ref)
            if found:
                confirmed[number] = found

        by_paragraph: dict[int, list[int]] = defaultdict(list)
        for number in sorted(confirmed):
            by_paragraph[units[number].paragraph].append(number)
        results: list[CarryOver] = []
        for numbers in by_paragraph.values():
            results += self._groups(text, units, numbers, confirmed, sources, options)
        results.sort(key=lambda c: c.start)
        return results

    def _groups(self, text, units, numbers, confirmed, sources, options) -> list[CarryOver]:
        remaining = list(numbers)
        results = []
        while remaining:
            # The archived paragraph that the most normalised characters of the remaining units copy
            # (ties: the most recent report, then the first indexed).
            weight: dict[tuple[int, int], int] = defaultdict(int)
            for number in remaining:
                for place in {(sources[ref].doc_id, sources[ref].paragraph) for ref in confirmed[number]}:
                    weight[place] += len(units[number].normalised)
            (doc_id, paragraph), _ = min(
                weight.items(), key=lambda item: (-item[1], -(self.record(item[0][0]).year or 0), item[0])
            )
            members = []
            for number in remaining:
                for ref in confirmed[number]:
                    if sources[ref].doc_id == doc_id and sources[ref].paragraph == paragraph:
                        members.append((number, ref))
                        break
            taken = {n for n, _ in members}
            remaining = [n for n in remaining if n not in taken]
            # Members more than one unit apart are separate copies of the same paragraph.
            runs: list[list[tuple[int, int]]] = []
            for member in members:
                if runs and member[0] - runs[-1][-1][0] <= 2:
                    runs[-1].append(member)
                else:
                    runs.append([member])
            for run in runs:
                if sum(len(units[n].normalised) for n, _ in run) < options.min_chars:
                    continue
                results.append(self._carry_over(text, units, run, doc_id, paragraph, confirmed, sources))
        return results

    def _carry_over(self, text, units, run, doc_id, paragraph, confirmed, sources) -> CarryOver:
        start, end = units[run[0][0]].start, units[run[-1][0]].end
        source_start = min(sources[ref].start for _, ref in run)
        source_end = max(sources[ref].end for _, ref in run)
        source_text = self.store.text(doc_id)
        comparison = compare(text[start:end], source_text[source_start:source_end])
        others = {sources[ref].doc_id for n, _ in run for ref in confirmed[n]} - {doc_id}
        record = self.record(doc_id)
        copied = {n for n, _ in run}
        added = sum(1 for n in range(run[0][0], run[-1][0] + 1) if n not in copied and n not in confirmed)
        return CarryOver(
            start=start,
            end=end,
            source_path=record.path,
            source_title=record.title,
            source_paragraph=paragraph,
            source_start=source_start,
            source_end=source_end,
            source_text=source_text[source_start:source_end],
            similarity=comparison.similarity,
            figure_changes=comparison.figure_changes,
            wording_changed=comparison.wording_changed,
            other_documents=len(others),
            sentences_added=added,
        )


def archive_of_texts(texts: dict[str, str]) -> Archive:
    """An in-memory archive of ``texts`` (name -> text), for references given as texts."""
    from draftcheck.archive.build import analyse_text

    store = ArchiveStore.memory()
    for name, text in texts.items():
        store.add(analyse_text(text, name, ""))
    return Archive(store)


# Each process opens the reference index once (an SQLite connection never crosses a fork).
_ARCHIVES: dict[tuple, object] = {}


def open_archive(reference_index: str | None, name: str):
    """The archive of past reports to compare ``name`` with, without ``name`` itself; None without one."""
    if reference_index is None:
        return None
    stat = os.stat(reference_index)  # a rebuilt index (a new file renamed into place) is opened anew
    key = (os.getpid(), reference_index, stat.st_ino, stat.st_mtime_ns)
    if key not in _ARCHIVES:
        _ARCHIVES[key] = Archive(ArchiveStore.open(reference_index))
    archive = _ARCHIVES[key]
    return archive if name == "-" else archive.excluding(str(Path(name).resolve()))
