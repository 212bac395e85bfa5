"""Suppression is a pure post-filter: inline Markdown directives and ignore-quotes from the configuration."""

from __future__ import annotations

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule
from draftcheck.suppression import QuoteSuppression, apply_suppressions, inline_regions

RULES = [find_rule("DC101")(), find_rule("DC102")()]


def _quotes(text: str, **kwargs) -> list[str]:
    return [f.quote for f in lint_text(text, RULES, **kwargs).findings]


def test_directive_on_its_own_line_silences_the_next_paragraph_only():
    text = (
        "<!-- draftcheck: ignore[DC101] -->\n"
        "实现工业销售收入亿元，\n党的XX大精神。\n"
        "\n"
        "引进内资亿元。\n"
    )
    result = lint_text(text, RULES)
    assert [f.quote for f in result.findings] == ["XX", "引进内资亿元"]
    assert [f.quote for f in result.suppressed] == ["实现工业销售收入亿元"]


def test_directive_without_rules_silences_every_rule_and_trailing_directive_its_line():
    text = "实现工业销售收入亿元，党的XX大。<!-- draftcheck: ignore -->\n引进内资亿元。\n"
    assert _quotes(text) == ["引进内资亿元"]
    text = "<!-- draftcheck: ignore -->\n\n\n实现工业销售收入亿元，党的XX大。\n\n引进内资亿元。"
    assert _quotes(text) == ["引进内资亿元"]


def test_ignore_file_and_selectors_by_prefix_or_slug():
    text = "<!-- draftcheck: ignore-file[placeholder] -->\n党的XX大。\n\n引进内资亿元。\n\n党的XX大。"
    assert _quotes(text) == ["引进内资亿元"]
    assert _quotes("<!-- draftcheck: ignore-file[DC1] -->\n党的XX大。引进内资亿元。") == []
    assert _quotes("<!--draftcheck:ignore-file-->党的XX大。") == []


def test_quote_suppressions_cover_the_span_and_respect_rules():
    text = "签约××乳业等企业。引进内资亿元。××公司"
    assert _quotes(text, quote_suppressions=[QuoteSuppression("××乳业")]) == ["引进内资亿元", "××"]
    only_dc101 = QuoteSuppression("××乳业", frozenset({"DC101"}))
    assert _quotes(text, quote_suppressions=[only_dc101]) == ["××", "引进内资亿元", "××"]
    # a quote that only partly overlaps the flagged span does not silence it
    assert _quotes(text, quote_suppressions=[QuoteSuppression("内资")]) == ["××", "引进内资亿元", "××"]


def test_suppression_keeps_the_other_findings_fingerprints():
    text = "党的XX大。引进内资亿元。\n实现工业销售收入亿元。党的XX大。"
    everything = lint_text(text, RULES).findings
    kept = lint_text(text, RULES, quote_suppressions=[QuoteSuppression("引进内资亿元")]).findings
    assert [f.fingerprint for f in kept] == [f.fingerprint for f in everything if f.quote != "引进内资亿元"]
    assert len(kept) == len(everything) - 1


def test_filter_is_pure():
    text = "<!-- draftcheck: ignore -->\n党的XX大。"
    findings = lint_text(text.replace("ignore", "note"), RULES).findings
    assert apply_suppressions(text, findings) == apply_suppressions(text, findings)
    assert len(inline_regions(text)) == 1
    assert inline_regions("没有指令的正文") == []
