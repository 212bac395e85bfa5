"""bench/cost_layers.py (issue 10): the CPU of a lint split into the shared analysis layers, the relation finders'
own work and the text rules, each call charged exclusively. Only the accounting is tested; times are never asserted."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from draftcheck.engine import lint_text
from draftcheck.numbers import clause_model, masked_sentence
from draftcheck.numbers.relations import _finders

REPO = Path(__file__).resolve().parent.parent
REPORT = (REPO / "fixtures" / "example-report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def cost_layers():
    spec = importlib.util.spec_from_file_location("cost_layers", REPO / "bench" / "cost_layers.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nested_calls_are_charged_to_the_inner_label_only(cost_layers):
    ticks = iter([0.0, 2.0, 5.0, 10.0, 20.0, 21.0])
    clock = cost_layers.ExclusiveClock(now=lambda: next(ticks))

    def outer():
        return clock.run("inner", lambda: "done")

    assert clock.run("outer", outer) == "done"  # outer 0 -> 10, inner 2 -> 5
    assert clock.seconds == {"outer": 7.0, "inner": 3.0}
    clock.run("inner", lambda: None)  # 20 -> 21, at the top level
    assert clock.seconds["inner"] == 4.0


def test_an_exception_still_charges_and_unwinds(cost_layers):
    ticks = iter([0.0, 1.0, 4.0, 6.0])
    clock = cost_layers.ExclusiveClock(now=lambda: next(ticks))

    def failing():
        clock.run("inner", lambda: 1 / 0)

    with pytest.raises(ZeroDivisionError):
        clock.run("outer", failing)
    assert clock.seconds == {"outer": 3.0, "inner": 3.0}


def test_measure_splits_layers_finders_and_rules_and_restores_every_patch(cost_layers):
    before_sentence = clause_model.ClauseModel.sentence
    before_finds = [module.find for module in _finders()]
    findings = [f.message for f in lint_text(REPORT).findings]
    totals = cost_layers.measure([REPORT])
    assert {"layer: segmentation", "layer: quantities", "typing (ClauseModel.sentence)", "rule DC401"} <= set(totals)
    assert any(label.startswith("finder ") for label in totals)
    assert all(seconds >= 0 for seconds in totals.values())
    groups = {cost_layers._group(label) for label in totals}
    assert groups == {"shared numeric analysis", "relation finders (own work)", "numeric rules (reading the relations)", "text rules"}
    # the patches are gone and the lint is what it was
    assert clause_model.ClauseModel.sentence is before_sentence
    assert [module.find for module in _finders()] == before_finds
    assert masked_sentence.mask_sentence.__module__ == "draftcheck.numbers.masked_sentence"
    assert [f.message for f in lint_text(REPORT).findings] == findings
