"""Where the corpus's CPU goes: the shared analysis layers, each relation finder's own work, and each text rule.

``bench/speed.py`` charges a shared analysis to the first rule that asks for it, so DC201 carries the whole numeric
analysis and every relation finder. This splits that charge. Each document of the corpus is linted on a fresh
``CheckContext``: first the layers every numeric rule reads (width folding when the context is built, the
segmentation, the quantities, the tables), then each relation finder in the order ``find_relations`` runs them,
then every default rule as the engine runs it (the numeric rules then only read the shared relations). Calls into
the shared layers made from inside a finder or a rule (typing a sentence, ``ClauseModel.sentence``; masking one,
``mask_sentence``; the statement spans) are timed apart and charged to the layer, not to the caller: the times are
exclusive. CPU seconds (``time.process_time``), per label the best of ``--repeat`` runs of each document, summed
over the corpus. Nothing is asserted; the totals differ from a plain lint by the timers' own cost (a few percent).

Relations are counted for ``--statistics`` only with ``--statistics`` (as ``draftcheck lint`` does).

usage: python bench/cost_layers.py [--corpus DIR] [--repeat N] [--statistics]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

from draftcheck.engine import default_rules, lint_text
from draftcheck.rules import CheckContext

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


class ExclusiveClock:
    """CPU seconds per label, each call's time less the time of the timed calls made inside it."""

    def __init__(self, now=time.process_time) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._now = now
        self._stack: list[list] = []  # [label, started, time of timed calls inside]

    def run(self, label: str, function, *args, **kwargs):
        frame = [label, self._now(), 0.0]
        self._stack.append(frame)
        try:
            return function(*args, **kwargs)
        finally:
            self._stack.pop()
            spent = self._now() - frame[1]
            self.seconds[label] += spent - frame[2]
            if self._stack:
                self._stack[-1][2] += spent

    def wrap(self, label: str, function):
        def timed(*args, **kwargs):
            return self.run(label, function, *args, **kwargs)

        return timed


def _patch_layers(clock: ExclusiveClock) -> list[tuple[object, str, object]]:
    """Route the shared layers' entry points through the clock, wherever a module imported them by name; returns
    (owner, attribute, original) of every patch, for ``_restore``."""
    from draftcheck.numbers import clause_model, masked_sentence, statement_spans
    from draftcheck.numbers.relations import _finders

    patched: list[tuple[object, str, object]] = []

    def patch(owner, attribute: str, label: str) -> None:
        original = getattr(owner, attribute)
        patched.append((owner, attribute, original))
        setattr(owner, attribute, clock.wrap(label, original))

    patch(clause_model.ClauseModel, "sentence", "typing (ClauseModel.sentence)")
    layers = {
        masked_sentence.mask_sentence: "masked sentences (mask_sentence)",
        statement_spans.statements: "statements (statement_spans)",
        statement_spans.growth_sentences: "statements (statement_spans)",
    }
    for name, module in list(sys.modules.items()):
        if not name.startswith("draftcheck.") or module is None:
            continue
        for attribute, value in list(vars(module).items()):
            label = layers.get(value) if callable(value) else None
            if label is not None:
                patch(module, attribute, label)
    for module in _finders():  # each finder's find, charged to the finder (find_relations calls it by module)
        patch(module, "find", "finder " + module.__name__.rsplit(".", 1)[-1])
    return patched


def _restore(patched: list[tuple[object, str, object]]) -> None:
    for owner, attribute, original in reversed(patched):
        setattr(owner, attribute, original)


def measure(documents: list[str], repeat: int = 1, statistics: bool = False) -> dict[str, float]:
    """CPU seconds per label (see the module's docstring) over ``documents``, exclusive, best of ``repeat``."""
    from draftcheck.numbers.quantity import document_quantities
    from draftcheck.numbers.relations import find_relations

    rules = default_rules()
    for text in documents[:3]:  # first use of the lazy tables and patterns
        lint_text(text, rules)
    clock = ExclusiveClock()
    patched = _patch_layers(clock)
    totals: dict[str, float] = defaultdict(float)
    try:
        for text in documents:
            best: dict[str, float] = {}
            for _ in range(repeat):
                clock.seconds = defaultdict(float)
                ctx = clock.run("layer: context (width folding)", CheckContext, text, statistics=statistics)
                clock.run("layer: segmentation", lambda: ctx.segmentation)
                clock.run("layer: quantities", document_quantities, ctx)
                clock.run("layer: tables", lambda: ctx.tables)
                ctx.shared("relations", lambda c: clock.run("find_relations (its own loop)", find_relations, c))
                for rule in rules:
                    clock.run("rule " + rule.code, lambda r=rule: list(r.check(ctx)))
                for label, seconds in clock.seconds.items():
                    best[label] = min(best.get(label, seconds), seconds)
            for label, seconds in best.items():
                totals[label] += seconds
    finally:
        _restore(patched)
    return dict(totals)


def _group(label: str) -> str:
    if label.startswith(("layer", "typing", "masked", "statements")):
        return "shared numeric analysis"
    if label.startswith(("finder", "find_relations")):
        return "relation finders (own work)"
    if label.startswith("rule DC2") or label.startswith("rule DC3"):
        return "numeric rules (reading the relations)"
    return "text rules"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--statistics", action="store_true", help="count the relations, as lint --statistics does")
    args = parser.parse_args(argv)
    paths = sorted(args.corpus.glob("*/*.txt"))
    if not paths:
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    documents = [p.read_text(encoding="utf-8") for p in paths]
    totals = measure(documents, args.repeat, args.statistics)
    whole = sum(totals.values())
    groups: dict[str, float] = defaultdict(float)
    for label, seconds in totals.items():
        groups[_group(label)] += seconds
    print(f"{len(documents)} documents, {sum(map(len, documents)):,} characters; CPU seconds, exclusive, "
          f"best of {args.repeat} per document; total {whole:.3f} s")
    for group, seconds in sorted(groups.items(), key=lambda item: -item[1]):
        print(f"\n{group}: {seconds:.3f} s ({seconds / whole:.0%})")
        for label, own in sorted(totals.items(), key=lambda item: -item[1]):
            if _group(label) == group and own >= 0.0005:
                print(f"  {label:44s} {own:7.3f} s  {own / whole:5.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
