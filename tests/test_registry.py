"""Every rule is registered once, carries its documented sections, and matches RULES.md codes."""

from __future__ import annotations

import re

import pytest

from draftcheck.rules import all_rules, find_rule
from draftcheck.rules.base import DOC_SECTIONS, DOC_SECTIONS_ZH

RULE_CODE = re.compile(r"^DC\d{3}$")
SLUG = re.compile(r"^[a-z]+(?:-[a-z]+)*$")


def test_codes_and_slugs_are_unique_and_well_formed():
    rules = all_rules()
    assert len({r.code for r in rules}) == len(rules)
    assert len({r.slug for r in rules}) == len(rules)
    for rule in rules:
        assert RULE_CODE.match(rule.code), rule.code
        assert SLUG.match(rule.slug), rule.slug


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_documents_every_section(rule):
    doc = rule.doc()
    for section in DOC_SECTIONS:
        assert section in doc, f"{rule.code} lacks {section}"


@pytest.mark.parametrize("rule", all_rules(), ids=lambda r: r.code)
def test_rule_has_a_chinese_doc_with_every_section(rule):
    doc = rule.doc_zh()
    assert doc is not None, f"{rule.code} has no src/draftcheck/rules/docs/{rule.code}.md"
    positions = [doc.find(section) for section in DOC_SECTIONS_ZH]
    assert all(p > 0 for p in positions), f"{rule.code}.md lacks {[s for s, p in zip(DOC_SECTIONS_ZH, positions) if p <= 0]}"
    assert positions == sorted(positions), f"{rule.code}.md: sections out of order"
    summary = doc.splitlines()[0]
    assert re.search(r"[\u4e00-\u9fff]", summary) and not summary.startswith("#"), summary
    for section, start in zip(DOC_SECTIONS_ZH, positions):
        body = doc[start + len(section):].split("\n## ", 1)[0].strip()
        assert body, f"{rule.code}.md: {section} is empty"


def test_codes_match_the_shared_catalogue(shared_dir):
    catalogue = (shared_dir / "RULES.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| (DC\d{3}) \| ([a-z-]+) \|", catalogue, flags=re.M))
    for rule in all_rules():
        assert listed.get(rule.code) == rule.slug, f"{rule.code} {rule.slug} not in RULES.md"


def test_find_rule_by_code_or_slug():
    assert find_rule("dc101").slug == "blank-amount"
    assert find_rule("placeholder").code == "DC102"
    assert find_rule("DC999") is None
