"""DC503's near-miss search: why two characters are confused; odd text that must not break DC503 or DC501."""

from __future__ import annotations

import pytest

from draftcheck.engine import lint_text
from draftcheck.rules.dc501_unit_error import UnitError
from draftcheck.rules.dc503_term_error import TermError, confusion, find_near_misses


@pytest.mark.parametrize(
    ("written", "meant", "why"),
    [
        ("竟", "境", "同音"),  # jing4
        ("布", "部", "同音"),  # bu4
        ("法", "发", "音近"),  # fa3 / fa1
        ("新", "兴", "音近"),  # xin / xing: the fuzzy in/ing of pinyin input
        ("没", "设", "形近"),
        ("县", "省", None),  # xian / sheng: the rare reading xian3 of 省 does not count
        ("由", "要", None),  # you / yao: the rare reading yao2 of 由 does not count
    ],
)
def test_confusion_names_the_reason(written, meant, why):
    assert confusion(written, meant) == why


def test_each_slip_is_reported_once_with_the_established_form():
    findings = lint_text("持续优化营商环竟，营商环竟明显改善。", [TermError()]).findings
    assert [(f.quote, f.suggestion) for f in findings] == [("营商环竟", "营商环境"), ("营商环竟", "营商环境")]
    assert "同音" in findings[0].message and "从未出现" in findings[0].message


@pytest.mark.parametrize(
    "text",
    [
        "",
        "营",
        "（（（营商环竟" * 300,
        "营商环竟" * 2000,  # every window a near miss
        "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(20000)),  # unseen pairs everywhere
        "abc营商环竟١٢٣ 𠀀𠀁 环竟\u200b营商",
        "占地面积" * 5000 + "3万元" + "5 9亿元%o和1.5虬" * 1000,
    ],
)
def test_odd_text_never_breaks_the_search(text):
    for start, end, term, why, documents, _never in find_near_misses(text):
        assert 0 <= start < end <= len(text) and len(term) == end - start and documents > 0 and why
    lint_text(text, [TermError(), UnitError()], raise_rule_errors=True)


def test_near_miss_messages_do_not_depend_on_the_hash_seed(tmp_path):
    """Two readings of one slip (a quoted slogan's homophone and a mined term's near miss) differ only in their
    wording; the message chosen must be the same in every process, whatever the order of a set."""
    import os
    import subprocess
    import sys

    report = tmp_path / "slogans.txt"
    report.write_text("主动融入“一代一路”建设，坚持“一国两治”方针，深化“放管福”改革。", encoding="utf-8")
    outputs = set()
    for seed in ("1", "2", "3", "4"):
        env = dict(os.environ, PYTHONHASHSEED=seed, DRAFTCHECK_NO_CACHE="1")
        proc = subprocess.run(
            [sys.executable, "-m", "draftcheck", "lint", str(report), "--isolated", "--format", "json", "--exit-zero"],
            capture_output=True, text=True, encoding="utf-8", env=env,
        )
        assert proc.returncode == 0, proc.stderr
        outputs.add(proc.stdout.replace(str(report), "REPORT"))
    assert len(outputs) == 1
