"""Table-driven rule tests in the style of sqlfluff's std_rule_cases.

Each ``tests/rule_cases/<CODE>.yml`` holds named cases::

    fail_blank_sales:
      text: 实现工业销售收入亿元，同比增长%。
      flags: [收入亿元, 增长%]          # exact quotes this rule must flag, in order
      severity: error                    # one for all findings, or a list in the order of flags
      says: ["缺少金额：“亿元”前没有数字", "缺少百分比：“%”前没有数字"]  # the key part of each message or suggestion
    pass_idiom_above:
      text: 新开工亿元以上项目12个。
      flags: []                          # nothing may be flagged

Only the rule named by the file is run, so cases test one rule in isolation. A failing case must say
``severity`` and ``says`` (the arithmetic, the expected figure or the kind of problem, found in the
finding's message or suggestion); every finding must carry the file's code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

CASES_DIR = Path(__file__).parent / "rule_cases"


class _StrictLoader(yaml.SafeLoader):
    """YAML keeps only the last of two keys with one name: a repeated case name hides a case, a repeated
    ``severity`` or ``says`` hides what the case asserts. This loader refuses both."""


def _mapping_without_repeats(loader, node, deep=False):
    keys = [loader.construct_object(key, deep=deep) for key, _ in node.value]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise yaml.constructor.ConstructorError(None, None, f"repeated keys {repeated}", node.start_mark)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_repeats)


def _load(path: Path) -> dict:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader) or {}


def _cases():
    for path in sorted(CASES_DIR.glob("*.yml")):
        data = _load(path)
        for name, case in data.items():
            yield pytest.param(path.stem, case, id=f"{path.stem}:{name}")


@pytest.mark.parametrize(("code", "case"), list(_cases()))
def test_rule_case(code, case):
    rule_cls = find_rule(code)
    assert rule_cls is not None, f"no rule {code}"
    options = rule_cls.Options(**case.get("options", {}))
    result = lint_text(case["text"], [rule_cls(options)], reference_texts=case.get("reference"), raise_rule_errors=True)
    findings = result.findings
    quotes = [f.quote for f in findings]
    assert quotes == case["flags"], "\n".join(f"{f.quote}: {f.message}" for f in findings)
    if not case["flags"]:
        return
    assert "severity" in case and "says" in case, "a failing case states severity and says (see this module's doc)"
    assert [f.code for f in findings] == [rule_cls.code] * len(findings)
    severities = case["severity"] if isinstance(case["severity"], list) else [case["severity"]] * len(findings)
    assert [f.severity.value for f in findings] == severities, [f"{f.quote}: {f.severity.value}" for f in findings]
    assert len(case["says"]) == len(findings), "says needs one entry per flag"
    for finding, key in zip(findings, case["says"]):
        shown = f"{finding.message}\n{finding.suggestion or ''}"
        assert key in shown, f"“{key}” not in the message or suggestion of {finding.quote}:\n{shown}"


def test_every_rule_has_failing_and_passing_cases():
    from draftcheck.rules import all_rules

    for rule in all_rules():
        path = CASES_DIR / f"{rule.code}.yml"
        assert path.exists(), f"{rule.code} has no {path.name}"
        cases = _load(path)
        assert any(c["flags"] for c in cases.values()), f"{rule.code} has no failing case"
        assert any(not c["flags"] for c in cases.values()), f"{rule.code} has no passing case"


def test_case_names_and_case_keys_are_unique_within_a_file():
    """YAML keeps only the last of two keys with one name, so a repeated case name hides a case."""
    for path in sorted(CASES_DIR.glob("*.yml")):
        _load(path)  # raises on a repeated key at any level


def test_the_strict_loader_refuses_a_repeated_key_inside_a_case():
    with pytest.raises(yaml.constructor.ConstructorError, match="severity"):
        yaml.load("a:\n  text: x\n  severity: warning\n  severity: error\n", Loader=_StrictLoader)
    assert yaml.load("a:\n  text: x\n  severity: warning\n", Loader=_StrictLoader) == {"a": {"text": "x", "severity": "warning"}}
