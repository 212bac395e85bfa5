"""Find the passages of a report that were carried over from an archived document.

1. The report is cut into sentence units (``text/sentence_units.py``); each unit's MinHash band keys are looked
   up in the archive (``store.collisions``): every stored unit sharing a band is a candidate.
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

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from draftcheck.archive import minhash
from draftcheck.text.passage_diff import FigureChange, compare
from draftcheck.text.sentence_units import Unit, split_units
from draftcheck.archive.store import UNIT_BITS, ArchiveStore

STRONG_BANDS = 6
_MAX_CANDIDATES = 16
_UNIT_MASK = (1 << UNIT_BITS) - 1


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

    def __init__(self, store: ArchiveStore) -> None:
        self.store = store
        self._units: dict[int, list[Unit]] = {}

    def units_of(self, doc_id: int) -> list[Unit]:
        if doc_id not in self._units:
            self._units[doc_id] = split_units(self.store.text(doc_id))
        return self._units[doc_id]

    def carry_overs(self, text: str, options: SearchOptions = SearchOptions()) -> list[CarryOver]:
        units = split_units(text)
        if not units:
            return []
        keys = [minhash.band_keys(minhash.signature(u.normalised)) for u in units]
        collisions = self.store.collisions(keys)
        total = self.store.document_count()
        boilerplate_documents = max(options.boilerplate_min_documents, options.boilerplate_share * total)

        # unit number -> [(doc id, source unit number, ratio)]
        confirmed: dict[int, list[tuple[int, int, float]]] = {}
        for number, refs in collisions.items():
            strong = {ref >> UNIT_BITS for ref, bands in refs.items() if bands >= STRONG_BANDS}
            if len(strong) >= boilerplate_documents:
                continue
            unit = units[number]
            best = sorted(refs.items(), key=lambda item: (-item[1], item[0]))[:_MAX_CANDIDATES]
            found = []
            for ref, _ in best:
                doc_id, source_number = ref >> UNIT_BITS, ref & _UNIT_MASK
                source_units = self.units_of(doc_id)
                if source_number >= len(source_units):
                    continue
                other = source_units[source_number].normalised
                matcher = SequenceMatcher(None, unit.normalised, other, autojunk=False)
                if matcher.real_quick_ratio() < options.min_unit_similarity:
                    continue
                ratio = matcher.ratio()
                if ratio >= options.min_unit_similarity:
                    found.append((doc_id, source_number, ratio))
            if found:
                confirmed[number] = found

        by_paragraph: dict[int, list[int]] = defaultdict(list)
        for number in sorted(confirmed):
            by_paragraph[units[number].paragraph].append(number)
        results: list[CarryOver] = []
        for numbers in by_paragraph.values():
            results += self._groups(text, units, numbers, confirmed, options)
        results.sort(key=lambda c: c.start)
        return results

    def _groups(self, text, units, numbers, confirmed, options) -> list[CarryOver]:
        remaining = list(numbers)
        results = []
        while remaining:
            # The archived paragraph that the most normalised characters of the remaining units copy.
            weight: dict[tuple[int, int], int] = defaultdict(int)
            for number in remaining:
                seen = set()
                for doc_id, source_number, _ in confirmed[number]:
                    place = (doc_id, self.units_of(doc_id)[source_number].paragraph)
                    if place not in seen:
                        seen.add(place)
                        weight[place] += len(units[number].normalised)
            (doc_id, paragraph), _ = min(weight.items(), key=lambda item: (-item[1], -self._recency(item[0][0]), item[0]))
            members = []
            for number in remaining:
                for d, source_number, _ in confirmed[number]:
                    if d == doc_id and self.units_of(d)[source_number].paragraph == paragraph:
                        members.append((number, source_number))
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
                results.append(self._carry_over(text, units, run, doc_id, paragraph, confirmed))
        return results

    def _recency(self, doc_id: int) -> int:
        return self.store.document(doc_id).year or 0

    def _carry_over(self, text, units, run, doc_id, paragraph, confirmed) -> CarryOver:
        source_units = self.units_of(doc_id)
        start, end = units[run[0][0]].start, units[run[-1][0]].end
        source_start = min(source_units[s].start for _, s in run)
        source_end = max(source_units[s].end for _, s in run)
        source_text = self.store.text(doc_id)
        comparison = compare(text[start:end], source_text[source_start:source_end])
        others = {d for n, _ in run for d, _, _ in confirmed[n]} - {doc_id}
        record = self.store.document(doc_id)
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
        )


def archive_of_texts(texts: dict[str, str]) -> Archive:
    """An in-memory archive of ``texts`` (name -> text), for references given as texts."""
    from draftcheck.archive.build import analyse_text

    store = ArchiveStore.memory()
    for name, text in texts.items():
        store.add(analyse_text(text, name, ""))
    return Archive(store)
