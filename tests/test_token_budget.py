"""The token budget: a conservative count for Chinese, and requests that always fit the context."""

from __future__ import annotations

from pathlib import Path

from draftcheck.draft.backend import Completion
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import load_facts
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.sections import plan_sections
from draftcheck.draft.token_budget import TokenBudget, estimate_tokens, message_tokens

FACTS = Path(__file__).resolve().parent.parent / "fixtures" / "facts-jiajuqu-2024.yaml"


def test_at_least_one_token_per_han_character_and_digit():
    assert estimate_tokens("规模以上工业总产值") >= 9
    assert estimate_tokens("386.5亿元") >= 4 + 2  # digits one each, two Han characters
    assert estimate_tokens("，。；：（）") == 6  # full-width marks count too
    assert estimate_tokens("") == 0


def test_budget_leaves_room_for_the_reply():
    budget = TokenBudget(4096, 768)
    assert budget.prompt_limit == 4096 - 768 - 205
    assert budget.fits([{"role": "user", "content": "短"}])
    assert not budget.fits([{"role": "user", "content": "长" * 3200}])


def plans():
    facts, _ = load_facts(FACTS)
    return plan_sections(facts, derive(facts))


class Recording:
    """A model that answers nonsense and records what it was sent."""

    name = "recording"

    def __init__(self):
        self.requests = []

    def complete(self, request):
        self.requests.append(request)
        return Completion(text="各项工作扎实推进，占比78.9%。", usage={}, model="recording")


def test_every_request_sent_fits_a_small_window_groups_are_split_never_sent_to_fail():
    budget = TokenBudget(620, 256)
    backend = Recording()
    pipeline = DraftPipeline(backend, Prompts(), budget=budget)
    split = 0
    for plan in plans():
        for unit in pipeline.units(plan):
            split += any(g.part != (1, 1) for g in unit)
            if message_tokens(pipeline.paragraph_messages(plan, unit)) > budget.prompt_limit:
                assert len(unit) == 1 and len(unit[0].split()) == 1  # cannot be halved: the template writes it
        result = pipeline.draft_section(plan)
        assert result.findings == [] and result.fallbacks == len(result.paragraphs)
    assert split > 0  # the window is small enough that some group had to be halved
    assert backend.requests and all(message_tokens(r.messages) <= budget.prompt_limit for r in backend.requests)


def test_with_a_roomy_window_groups_are_packed_but_stay_short():
    pipeline = DraftPipeline(OfflineBackend(), Prompts(), budget=TokenBudget(32768, 1024))
    indicators = plans()[0]
    units = pipeline.units(indicators)
    assert 1 < len(units) < len(indicators.groups)  # packed by theme, not one request for everything
    assert all(len(unit) <= 3 for unit in units)


def test_halves_that_fall_back_are_replaced_by_one_template_paragraph():
    """A small window halves a project; both halves failing, the template states the project once."""
    pipeline = DraftPipeline(Recording(), Prompts(), budget=TokenBudget(620, 256))
    projects = next(p for p in plans() if p.id == "projects")
    result = pipeline.draft_section(projects)
    assert any(g.part != (1, 1) for p in result.paragraphs for g in p.pieces)
    assert result.findings == [] and result.text.count("年产20万吨新能源电池材料项目") == 1
