"""The lexical rules (DC101, DC102, DC503, DC504) measured on ../shared: recall on the hand-labelled
seeds and false flags on the proofread corpus. Skips cleanly when ../shared is absent.

Matching follows ../shared/tools/score_gold.py: a finding credits a gold label of the same rule
(blank-amount and placeholder form one family) whose quote lies within 40 characters of it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"  # as in conftest.py
LEXICAL = ("DC101", "DC102", "DC503", "DC504")
SLACK = 40
FAMILY = {"blank-amount": "blank", "placeholder": "blank"}


def _rules():
    return [find_rule(code)() for code in LEXICAL]


def _same_kind(a: str, b: str) -> bool:
    return a == b or (a in FAMILY and FAMILY.get(a) == FAMILY.get(b))


def _locate(text: str, quote: str, occurrence: int) -> tuple[int, int]:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        assert pos >= 0, f"gold quote not found: {quote!r}"
    return pos, pos + len(quote)


@pytest.fixture(scope="module")
def gold_outcome():
    """(found, total, false flags) per rule slug over the seeds, for the lexical rules only."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside this checkout")
    slugs = {find_rule(code).slug for code in LEXICAL}
    found: dict[str, int] = {}
    total: dict[str, int] = {}
    false_flags: list[tuple[str, str, str]] = []
    for gold_path in sorted((SHARED / "gold").glob("*.jsonl")):
        text = (SHARED / "seeds" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
        labels = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
        spans = [(g["rule"], *_locate(text, g["quote"], g.get("occurrence", 1))) for g in labels if g["rule"] in slugs]
        hit = [False] * len(spans)
        for finding in lint_text(text, _rules()).findings:
            s, e = finding.span.start, finding.span.end
            best = None
            for i, (rule, gs, ge) in enumerate(spans):
                if _same_kind(finding.rule, rule) and s <= ge + SLACK and e >= gs - SLACK:
                    distance = abs(s - gs) + (1000 if hit[i] else 0)
                    if best is None or distance < best[0]:
                        best = (distance, i)
            if best is None:
                false_flags.append((gold_path.stem, finding.rule, finding.quote))
            else:
                hit[best[1]] = True
        for (rule, _, _), ok in zip(spans, hit):
            total[rule] = total.get(rule, 0) + 1
            found[rule] = found.get(rule, 0) + int(ok)
    return found, total, false_flags


@pytest.mark.parametrize(
    ("slug", "minimum"),
    [("blank-amount", 0.95), ("placeholder", 0.95), ("web-residue", 0.9), ("term-error", 0.9)],
)
def test_recall_on_gold_seeds(gold_outcome, slug, minimum):
    found, total, _ = gold_outcome
    assert total.get(slug), f"no gold labels for {slug}"
    assert found[slug] / total[slug] >= minimum, f"{slug}: {found[slug]}/{total[slug]}"


def test_no_false_flags_on_gold_seeds(gold_outcome):
    _, _, false_flags = gold_outcome
    assert false_flags == []


@pytest.mark.parametrize(
    ("folder", "codes", "maximum_per_50k"),
    [
        # proofread reports: any finding of these rules is a false flag
        ("provincial-gwr-2025", LEXICAL, 0.1),
        ("national-gwr-wikisource", ("DC101", "DC102", "DC503"), 0.1),
        # the only DC504 findings here are the Wikisource licence footer, one per file (true residue)
        ("national-gwr-wikisource", ("DC504",), 1.3 * 50_000 / 20_000),
        ("stat-communiques-a23", ("DC101", "DC102", "DC503"), 0.3),
    ],
)
def test_few_findings_on_proofread_corpus(shared_dir, folder, codes, maximum_per_50k):
    rules = [find_rule(code)() for code in codes]
    findings = 0
    chars = 0
    examples = []
    for path in sorted((shared_dir / "corpus" / folder).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        chars += len(text)
        for finding in lint_text(text, rules).findings:
            findings += 1
            examples.append(f"{path.name}: {finding.code} {finding.quote!r}")
    assert chars, f"{folder} is empty"
    assert findings * 50_000 / chars <= maximum_per_50k, "\n".join(examples[:20])


def test_web_residue_found_in_raw_scrape(shared_dir):
    """Every file of the raw web scrape with a chrome line (来源：…, 当前位置, 相关报道) gets a DC504 finding."""
    rule = find_rule("DC504")()
    missed = []
    for path in sorted((shared_dir / "corpus" / "provincial-gwr-2026-scraped").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^(?:来源[:：]|当前位置|您的位置|相关报道)", text, flags=re.M):
            if not lint_text(text, [rule]).findings:
                missed.append(path.name)
    assert missed == []


def test_inline_source_attribution_in_raw_scrape(shared_dir):
    """A bracketed source attribution inside the scraped text is residue; the byline lines
    (来源：某某日报) under the titles of the proofread 2025 reports are not flagged."""
    rule = find_rule("DC504")()
    text = (shared_dir / "corpus" / "provincial-gwr-2026-scraped" / "2026_青海省_政府工作报告.txt").read_text(encoding="utf-8")
    quotes = [finding.quote for finding in lint_text(text, [rule]).findings]
    assert "（来源：青海日报）" in quotes
    for path in sorted((shared_dir / "corpus" / "provincial-gwr-2025").glob("*.txt")):
        assert not lint_text(path.read_text(encoding="utf-8"), [rule]).findings, path.name


def test_passage_repeated_behind_a_lead_in_on_corpus(shared_dir):
    """DC401 at clause granularity: the 1964 summary states two sentences, then repeats them
    verbatim behind 周总理指出，; its headlines taken up again in the body are not flagged."""
    rule = find_rule("DC401")()
    path = shared_dir / "corpus" / "national-gwr-wikisource" / "1964年中华人民共和国国务院政府工作报告（摘要）.txt"
    text = path.read_text(encoding="utf-8")
    found = lint_text(text, [rule]).findings
    quotes = [finding.quote for finding in found]
    assert any(quote.startswith("在社会主义国家中，对资本主义复辟的危险估计不足") for quote in quotes), quotes
    assert not any("在和平共处五项原则的基础上" in quote for quote in quotes), quotes
