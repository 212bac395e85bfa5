"""scripts/build_lexicons.py runs on a small corpus made here, deterministically, and says why it cannot run."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script_module

from draftcheck.lexicon import HAND_LISTED_DOCUMENTS

pytest.importorskip("jieba")

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "build_lexicons.py"


def load_script():
    return load_script_module("build_lexicons")


REPORTS = [
    "全年狠抓安全生产，持续优化营商环境。园区占地面积3.5万平方米，新增入驻企业12家。",
    "坚持安全生产，营商环境持续改善。新建厂房面积2万平方米，引进企业8家，实现产值5.2亿元。",
    "安全生产形势稳定，营商环境评价位居前列。项目用地面积120亩，规上企业45家，工业产值12.6亿元。",
]


def make_corpus(root: Path) -> Path:
    corpus = root / "corpus" / "reports"
    corpus.mkdir(parents=True)
    for i, text in enumerate(REPORTS):
        (corpus / f"report{i}.txt").write_text(text * 3, encoding="utf-8")
    (root / "corpus" / "SOURCES.md").write_text("# 来源说明 安全生产 营商环境", encoding="utf-8")
    return root / "corpus"


def rows(path: Path) -> list[list[str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]


def test_builds_the_tables_from_a_small_corpus(tmp_path, capsys):
    build = load_script()
    corpus, out = make_corpus(tmp_path), tmp_path / "out"
    assert build.main(["--corpus", str(corpus), "--out", str(out), "--min-documents", "3", "--min-count", "3"]) == 0
    assert "3 documents" in capsys.readouterr().out  # SOURCES.md describes the corpus, it is not a report

    terms = {row[0]: row for row in rows(out / "established_terms.tsv")}
    assert terms["安全生产"][1:3] == ["3", "9"] and terms["营商环境"][1] == "3"
    assert "全生产" not in terms  # a piece of 安全生产, never on its own

    units = {(row[0], row[1]): int(row[2]) for row in rows(out / "indicator_units.tsv")}
    assert units[("面积", "area")] == 9 and units[("企业", "firms")] == 9 and units[("产值", "money")] == 6
    assert ("面积", "money") not in units

    pairs = {row[0]: row[1] for row in rows(out / "corpus_bigrams.tsv")}
    assert "产" in pairs["生"] and "署" not in pairs.get("布", "")
    assert (out / "decimal_followers.tsv").read_text(encoding="utf-8").startswith("# ")


def test_rebuilding_gives_identical_files(tmp_path):
    build = load_script()
    corpus = make_corpus(tmp_path)
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        assert build.main(["--corpus", str(corpus), "--out", str(out), "--min-documents", "2", "--min-count", "2"]) == 0
    for path in sorted(first.iterdir()):
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_a_missing_corpus_is_one_chinese_line_and_exit_2(tmp_path, capsys):
    build = load_script()
    assert build.main(["--corpus", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "找不到语料目录" in err and "--corpus" in err and not (tmp_path / "out").exists()


def test_coined_terms_must_stand_on_word_boundaries():
    build = load_script()
    texts = ["推进碳达峰，实现碳达峰目标。", "全力推进碳达峰。产业发展加快，企业发展壮大，农业发展稳定。"]
    kept = build.clean_edged(texts, {"碳达峰", "业发展"})
    assert kept == {"碳达峰"}  # 业发展 is always the end of 产业/企业/农业 followed by 发展


def test_slips_among_written_pairs_are_listed_for_widely_used_terms():
    build = load_script()
    terms = [("形式主义", 80, 135, 0), ("形式多样", 12, 20, 0), ("形式主体", 5, 9, 0)]
    bigrams = {"形": "式势", "势": "主多", "式": "主多", "主": "义体"}
    rows = build.mine_known_pair_slips(terms, bigrams, ["坚决反对形式主义。"])
    # 势 for 式 keeps every pair written (形势, 势主, 势多); 形式主体 is used by too few documents and never quoted
    assert rows == [("势主", "形式主义", 1, "势", "同音"), ("势多", "形式多样", 1, "势", "同音")]
    # a three-character run around the written character that the corpus writes makes it a phrase of its own
    # (当前形势多变: 形势多 is written), so that slip is no longer listed
    rows = build.mine_known_pair_slips(terms, bigrams, ["坚决反对形式主义。", "当前形势多变。"])
    assert rows == [("势主", "形式主义", 1, "势", "同音")]


def test_closed_word_slots_are_mined_from_the_frames_the_corpus_fills():
    build = load_script()
    assert build.term_words("全面从严治党") == ["全面", "从严", "治党"]  # 从严治党 split into two dictionary words
    texts = ["坚持全面从严治党。"] * 25 + ["提高城乡居民收入。"] * 25 + ["城乡人民生活改善，人民收入增加。", "高质量发展。"] * 30
    texts += ["高质量完成任务。", "高质量推进建设。"] * 5
    terms = [("全面从严治党", 25, 25, 0), ("城乡居民收入", 25, 25, 0), ("高质量发展", 30, 30, 0)]
    slots = {(term, start, end): (support, attested) for term, start, end, support, attested in build.mine_closed_slots(texts, terms)}
    assert slots[("全面从严治党", 2, 4)] == (25, "")  # 全面__治党: only 从严
    # 城乡人民 and 人民收入 are both written: 城乡人民收入 is attested, not a slip
    assert slots[("城乡居民收入", 2, 4)] == (25, "人民")
    # 高质量 + a two-character word is an open slot (发展, 完成, 推进); a slot ending a term needs 50 uses anyway
    assert not any(term == "高质量发展" for term, _, _ in slots)



def test_hand_listed_formulations_join_the_known_pair_slips():
    build = load_script()
    rows = build.hand_listed_rows([("安全生产", 30, 40, 0)])
    assert ("社会主义核心价值观", HAND_LISTED_DOCUMENTS, 0, 0) in rows  # a formulation the corpus holds too thinly to mine
    assert all(term != "安全生产" for term, *_ in rows)


def test_open_endings_are_words_the_corpus_never_ends_a_clause_on():
    build = load_script()
    texts = ["我们根据规划推进建设，全面提升城市品质。"] * 60 + ["各类企业发展壮大。"] * 60
    rows = {word: (kind, count, at_boundary) for word, kind, count, at_boundary in build.mine_open_endings(texts)}
    # 根据 (a preposition), 各类 and 我们 (determiner, pronoun) never stand before a clause's end: open
    assert {word for word, (kind, _, _) in rows.items() if kind == "open"} == {"根据", "各类", "我们"}
    assert rows["根据"] == ("open", 60, 0)
    # 品质 and 壮大 end clauses; 推进 and 全面 are written fewer than MIN_OPEN_CONTENT_COUNT times: none is listed
    assert not {"品质", "壮大", "推进", "全面"} & set(rows)
    # the closed rows are longer words ending on an open one (a dictionary word such as 依据 does not: 据 is not open),
    # so that the longest ending written decides
    closed = [word for word, (kind, _, _) in rows.items() if kind == "closed"]
    assert closed and all(any(word.endswith(o) and word != o for o in ("根据", "各类", "我们")) for word in closed)

def test_measure_endings_are_dictionary_words_ending_in_a_measure():
    build = load_script()
    words = dict(build.mine_measure_endings())
    assert {"工人", "负责人", "企业家", "农户", "配套"} <= set(words)
    # runs that end in a measure but are no words: a count was deleted before the measure
    assert not {"口人", "创业人", "住房套"} & set(words)
    assert all(word[-1] in build.MEASURE_ENDINGS and 2 <= len(word) <= 4 for word in words)


# --- The shipped tables are what the script writes from ../shared/corpus -------------------------------------------

LEXICON = Path(__file__).resolve().parents[1] / "src" / "draftcheck" / "lexicon"
# Every table scripts/build_lexicons.py writes (its ``main``), each shipped in src/draftcheck/lexicon/.
BUILT_TABLES = (
    "established_terms.tsv",
    "corpus_bigrams.tsv",
    "known_pair_slips.tsv",
    "dictionary_slips.tsv",
    "closed_slots.tsv",
    "indicator_units.tsv",
    "indicator_magnitudes.tsv",
    "decimal_followers.tsv",
    "open_endings.tsv",
    "shortened_formulations.tsv",
    "measure_endings.tsv",
)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> Path:
    """The tables rebuilt from ../shared/corpus into a fresh folder (one build for every table: about 50 s of one core,
    see README 'Rebuilding the lexicons')."""
    corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is not present beside this checkout")
    out = tmp_path_factory.mktemp("lexicon")
    assert load_script().main(["--corpus", str(corpus), "--out", str(out)]) == 0
    return out


def test_the_script_writes_exactly_the_shipped_tables_checked_here(rebuilt):
    assert sorted(path.name for path in rebuilt.iterdir()) == sorted(BUILT_TABLES)


@pytest.mark.parametrize("name", BUILT_TABLES)
def test_the_shipped_table_is_what_the_script_builds_from_the_corpus(rebuilt, name):
    shipped, built = (LEXICON / name).read_bytes(), (rebuilt / name).read_bytes()
    if shipped != built:
        import difflib

        diff = difflib.unified_diff(
            shipped.decode("utf-8").splitlines(), built.decode("utf-8").splitlines(), f"shipped/{name}", f"rebuilt/{name}", lineterm="", n=0
        )
        pytest.fail(f"{name} differs from what scripts/build_lexicons.py builds; rerun the script:\n" + "\n".join(list(diff)[:40]))
