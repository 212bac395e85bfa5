"""Table-driven rule tests in the style of sqlfluff's std_rule_cases.

Each ``tests/rule_cases/<CODE>.yml`` holds named cases::

    fail_blank_sales:
      text: 实现工业销售收入亿元，同比增长%。
      flags: [收入亿元, 增长%]          # exact quotes this rule must flag, in order
    pass_idiom_above:
      text: 新开工亿元以上项目12个。
      flags: []                          # nothing may be flagged

Only the rule named by the file is run, so cases test one rule in isolation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from draftcheck.engine import lint_text
from draftcheck.rules import find_rule

CASES_DIR = Path(__file__).parent / "rule_cases"


def _cases():
    for path in sorted(CASES_DIR.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for name, case in data.items():
            yield pytest.param(path.stem, case, id=f"{path.stem}:{name}")


@pytest.mark.parametrize(("code", "case"), list(_cases()))
def test_rule_case(code, case):
    rule_cls = find_rule(code)
    assert rule_cls is not None, f"no rule {code}"
    options = rule_cls.Options(**case.get("options", {}))
    result = lint_text(case["text"], [rule_cls(options)], reference_texts=case.get("reference"))
    quotes = [f.quote for f in result.findings]
    assert quotes == case["flags"], "\n".join(f"{f.quote}: {f.message}" for f in result.findings)


def test_every_rule_has_failing_and_passing_cases():
    from draftcheck.rules import all_rules

    for rule in all_rules():
        path = CASES_DIR / f"{rule.code}.yml"
        assert path.exists(), f"{rule.code} has no {path.name}"
        cases = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        assert any(c["flags"] for c in cases.values()), f"{rule.code} has no failing case"
        assert any(not c["flags"] for c in cases.values()), f"{rule.code} has no passing case"
