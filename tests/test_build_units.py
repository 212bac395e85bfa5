"""scripts/build_units.py mines measure words by the grammar of a counted figure, on material made here."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_units.py"
UNITS = Path(__file__).resolve().parents[1] / "src" / "draftcheck" / "lexicon" / "units.toml"


def load_script():
    spec = importlib.util.spec_from_file_location("build_units", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


KNOWN = {"个": "items", "件": "items", "人": "people", "人次": "people", "家": "firms", "亩": "area"}


def test_a_character_closing_counted_figures_in_two_documents_is_a_measure_word():
    script = load_script()
    texts = [
        "全年签订协议28份，办理案件12件次减少。",  # 份 closes its figure; 件次 is a compound with 次
        "收到建议46份。报告病例12例，同比下降。新增500强企业3家。",
        "印发文件9份和通知。报告病例8例。完成120件次。",
    ]
    mined = script.mine_measure_words(texts, KNOWN, rejected={"强"}, not_compounds=set(), min_documents=2)
    assert mined == {"份": ("items", 3), "例": ("items", 2), "件次": ("items", 2)}


def test_a_character_seen_once_or_never_closing_a_figure_is_not_mined():
    script = load_script()
    texts = ["3.0版本上线，建成5G基站。", "发布3.0版本。", "其中12份。"]
    mined = script.mine_measure_words(texts, KNOWN, rejected=set(), not_compounds=set(), min_documents=2)
    assert mined == {}  # 版 is followed by 本 (a noun goes on), 份 closes a figure in one document only


def test_compounds_with_ci_are_generated_for_counting_words_except_the_reviewed_ones():
    script = load_script()
    generated = script.compounds(["个", "件", "家"], KNOWN, not_compounds={"个次"})
    assert generated == {"件次": "items", "家次": "firms"}


def test_the_shipped_file_is_what_the_script_writes_from_its_hand_written_part(tmp_path):
    script = load_script()
    current = UNITS.read_text(encoding="utf-8")
    assert script.MINED_MARK in current
    head = script.hand_written(current)
    for word in head["not_measure_words"]["words"]:  # a reviewed non-unit is never mined or hand-listed
        assert all(word not in units for units in head["dimensions"].values())
    rendered = script.render(current.split(script.MINED_MARK)[0], {"份": ("items", 8)}, {"台次": "items"}, ["x" * 10])
    assert rendered.startswith(current.split(script.MINED_MARK)[0].rstrip("\n"))
    assert '"份" = "items"  # 8 documents' in rendered and '"台次" = "items"  # generated' in rendered


def test_missing_material_is_one_clear_line(tmp_path, capsys):
    script = load_script()
    assert script.main(["--shared", str(tmp_path), "--out", str(tmp_path / "units.toml")]) == 2
    assert "找不到语料目录" in capsys.readouterr().err
