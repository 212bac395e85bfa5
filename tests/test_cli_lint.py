"""``draftcheck lint`` and ``draftcheck config show`` end to end: exit codes, bad input, options, start-up cost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.commands import lint_command
from draftcheck.service import lint as lint_service

REPO = Path(__file__).resolve().parent.parent
BLANKS = "实现工业销售收入亿元，同比增长%。\n"
CLEAN = "实现工业销售收入32.5亿元，同比增长12.4%。\n"
SELECT = ["--select", "DC101,DC102"]


def invoke(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blanks.txt").write_text(BLANKS, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    return tmp_path


def test_exit_codes(files):
    assert invoke("lint", *SELECT, "clean.txt").exit_code == 0
    assert invoke("lint", *SELECT, "blanks.txt").exit_code == 1
    assert invoke("lint", *SELECT, "--exit-zero", "blanks.txt").exit_code == 0
    (files / "draftcheck.toml").write_text("[severity]\nDC101 = 'warning'\n", encoding="utf-8")
    assert invoke("lint", *SELECT, "blanks.txt").exit_code == 0
    assert invoke("lint", *SELECT, "--strict", "blanks.txt").exit_code == 1
    assert invoke("lint", *SELECT, "--strict", "--exit-zero", "blanks.txt").exit_code == 0


def test_usage_errors_exit_2(files):
    assert invoke("lint", "--no-such-option", "clean.txt").exit_code == 2
    assert invoke("lint", "--format", "xml", "clean.txt").exit_code == 2
    assert invoke("lint").exit_code == 2
    result = invoke("lint", "--max-file-size", "big", "clean.txt")
    assert result.exit_code == 2 and result.stderr.startswith("错误：--max-file-size: ")


def test_bad_inputs_are_reported_one_line_each_and_good_files_still_linted(files):
    (files / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (files / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    (files / "empty.md").write_bytes(b"")
    (files / "nothing").mkdir()
    result = invoke("lint", *SELECT, "--format", "concise", "missing.txt", "binary.txt", "old.doc", "nothing", "blanks.txt", "empty.md")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0].startswith("blanks.txt:1:1: DC101 ")
    errors = result.stderr.splitlines()
    assert [line.split(":")[0] for line in errors] == ["错误：missing.txt", "错误：binary.txt", "错误：old.doc", "错误：nothing"]
    assert "Traceback" not in result.stderr
    assert invoke("lint", *SELECT, "--exit-zero", "missing.txt", "blanks.txt").exit_code == 2


def test_failed_files_appear_in_machine_output(files):
    result = invoke("lint", *SELECT, "--format", "json", "missing.txt", "clean.txt")
    data = json.loads(result.stdout)
    assert [(f["path"], "error" in f) for f in data["files"]] == [("missing.txt", True), ("clean.txt", False)]


def test_a_50_mb_file_is_refused_before_it_is_read(files):
    with (files / "huge.txt").open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: costs no disk and proves nothing was read
    result = invoke("lint", "huge.txt", "blanks.txt", *SELECT, "--format", "concise")
    assert result.exit_code == 2
    assert result.stderr == "错误：huge.txt: 文件大小 50.0 MB 超过上限 20.0 MB；可用 --max-file-size 或配置项 max-file-size 调高上限\n"
    assert "blanks.txt:1:1" in result.stdout
    small = invoke("lint", "blanks.txt", "--max-file-size", "10b").stderr
    size = (files / "blanks.txt").stat().st_size
    assert f"文件大小 {size} 字节 超过上限 10 字节" in small  # real figures, never "0.0 MB 超过上限 0.0 MB"


def test_output_file_is_written_whole_and_stdout_stays_empty(files):
    result = invoke("lint", *SELECT, "--format", "json", "--output-file", "out.json", "blanks.txt")
    assert result.exit_code == 1 and result.stdout == ""
    assert len(json.loads((files / "out.json").read_text(encoding="utf-8"))["files"][0]["issues"]) == 2
    failed = invoke("lint", *SELECT, "-o", "no-such-dir/out.json", "blanks.txt")
    assert failed.exit_code == 2 and failed.stderr.startswith("错误：no-such-dir/out.json: 无法写入结果文件")


def test_statistics_go_to_stderr_for_machine_formats(files):
    result = invoke("lint", *SELECT, "--format", "json", "--statistics", "blanks.txt")
    json.loads(result.stdout)  # stdout stays pure JSON
    assert "规则统计：\n  2  DC101  blank-amount  错误\n" in result.stderr
    full = invoke("lint", *SELECT, "--statistics", "blanks.txt")
    assert "规则统计" in full.stdout and full.stderr == ""


def test_stdin_with_filename_and_docx_on_stdin(files):
    result = invoke("lint", *SELECT, "--format", "concise", "--stdin-filename", "piped.md", "-", input=BLANKS)
    assert result.stdout.startswith("piped.md:1:1: DC101 ")


def test_standard_input_named_twice_is_read_once(files):
    once = invoke("lint", *SELECT, "--format", "concise", "-", input=BLANKS).stdout
    assert once and invoke("lint", *SELECT, "--format", "concise", "-", "-", input=BLANKS).stdout == once
    result = invoke("lint", *SELECT, "-", "clean.txt", "-", input=BLANKS)
    assert result.exit_code == 1 and "共 2 个文件" in result.stdout


def test_reference_files_reach_the_engine(files, monkeypatch):
    (files / "last-year.txt").write_text("去年的报告。", encoding="utf-8")
    seen = []
    real = lint_service.lint_text

    def spy(text, rules=None, **kwargs):
        seen.append(kwargs["reference_archive"])
        return real(text, rules, **kwargs)

    monkeypatch.setattr(lint_service, "lint_text", spy)
    assert invoke("lint", *SELECT, "--reference", "last-year.txt", "clean.txt").exit_code == 0
    (archive,) = seen
    assert [Path(doc.path).name for doc in archive.store.documents()] == ["last-year.txt"]
    assert archive.store.text(archive.store.documents()[0].id) == "去年的报告。"
    missing = invoke("lint", *SELECT, "--reference", "gone.txt", "clean.txt")
    assert missing.exit_code == 2 and missing.stderr.startswith("错误：参考文件 gone.txt: 文件不存在")


def test_internal_error_in_one_file_is_one_line_and_others_still_reported(files, monkeypatch):
    real = lint_service.lint_text

    def fragile(text, rules=None, **kwargs):
        if text == CLEAN:
            raise ValueError("boom\nsecond line")
        return real(text, rules, **kwargs)

    monkeypatch.setattr(lint_service, "lint_text", fragile)
    result = invoke("lint", *SELECT, "--format", "concise", "clean.txt", "blanks.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：clean.txt: 检查时发生内部错误（ValueError: boom second line）")
    assert len(result.stderr.splitlines()) == 1 and "blanks.txt:1:1" in result.stdout
    monkeypatch.setenv("DRAFTCHECK_DEBUG", "1")
    assert "Traceback" in invoke("lint", *SELECT, "clean.txt").stderr


def test_a_rule_that_raises_does_not_hide_the_other_rules_findings(files, monkeypatch):
    from draftcheck.rules.dc102_placeholder import Placeholder

    def broken(self, ctx):
        raise KeyError("oops")

    monkeypatch.setattr(Placeholder, "check", broken)
    result = invoke("lint", *SELECT, "--format", "concise", "blanks.txt")
    assert result.exit_code == 2
    assert result.stderr.startswith("错误：blanks.txt: 规则 DC102 检查时发生内部错误（KeyError: 'oops'）")
    assert "blanks.txt:1:1: DC101 " in result.stdout  # DC101 still ran and is reported


def test_main_turns_unexpected_exceptions_into_one_line(monkeypatch, capsys):
    from draftcheck import cli

    def explode():
        raise RuntimeError("unexpected")

    monkeypatch.setattr(cli, "app", explode)
    with pytest.raises(SystemExit) as exited:
        cli.main()
    assert exited.value.code == 2
    assert capsys.readouterr().err.startswith("错误：检查时发生内部错误（RuntimeError: unexpected）")


def test_config_errors_exit_2_naming_file_and_key(files):
    (files / "draftcheck.toml").write_text("[rules.DC101]\ncolour = 'red'\n", encoding="utf-8")
    result = invoke("lint", "clean.txt")
    assert result.exit_code == 2
    assert result.stderr == f"错误：{files / 'draftcheck.toml'}: 未知配置项 “rules.DC101.colour”\n"
    assert invoke("lint", "--isolated", *SELECT, "clean.txt").exit_code == 0
    assert invoke("lint", "--select", "DC999", "clean.txt").exit_code == 2


def test_config_file_select_ignore_and_quote_ignores_apply(files):
    (files / "draftcheck.toml").write_text(
        "select = ['blanks']\nignore = ['DC102']\nignore-quotes = [{ quote = '同比增长%', rules = ['DC101'] }]\n",
        encoding="utf-8",
    )
    # 'blanks' is no selector: the family name is not a rule name
    assert invoke("lint", "clean.txt").exit_code == 2
    (files / "draftcheck.toml").write_text(
        "select = ['DC1']\nignore = ['DC102']\nignore-quotes = [{ quote = '同比增长%', rules = ['DC101'] }]\n",
        encoding="utf-8",
    )
    result = invoke("lint", "--format", "concise", "blanks.txt")
    assert [line.split(": ")[1].split()[0] for line in result.stdout.splitlines()] == ["DC101"]
    assert "“实现工业销售收入亿元”" in result.stdout
    assert invoke("lint", "--format", "concise", "--ignore", "blank-amount", "blanks.txt").stdout == ""


def test_colour_follows_tty_and_no_color(monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    assert lint_command.colour_wanted() is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert lint_command.colour_wanted() is False
    monkeypatch.delenv("NO_COLOR")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert lint_command.colour_wanted() is False


def test_config_show_names_the_source_and_the_enabled_rules(files):
    (files / "draftcheck.toml").write_text("ignore = ['DC102']\n[severity]\nDC101 = 'warning'\n", encoding="utf-8")
    text = invoke("config", "show").stdout
    assert f"# 来源：{files / 'draftcheck.toml'}" in text
    assert 'ignore = ["DC102"]\n' in text and 'select = ["ALL"]  # 默认' in text
    assert 'DC101 = "warning"  # blank-amount\n' in text
    data = json.loads(invoke("config", "show", "--format", "json").stdout)
    assert data["source"] == str(files / "draftcheck.toml") and "DC102" not in data["enabled"]
    assert data["set_in_file"] == ["ignore", "severity"]
    assert json.loads(invoke("config", "show", "--isolated", "--format", "json").stdout)["source"] is None
    (files / "draftcheck.toml").write_text("colour = 1\n", encoding="utf-8")
    broken = invoke("config", "show")
    assert broken.exit_code == 2 and "未知配置项 “colour”" in broken.stderr


def test_config_show_lists_exclude_patterns(files):
    (files / "draftcheck.toml").write_text("exclude = ['旧稿/**']\nextend-exclude = ['*.bak.md']\n", encoding="utf-8")
    text = invoke("config", "show").stdout
    assert 'exclude = ["旧稿/**"]\n' in text and 'extend-exclude = ["*.bak.md"]\n' in text
    data = json.loads(invoke("config", "show", "--format", "json").stdout)
    assert data["exclude"] == ["旧稿/**"] and data["extend-exclude"] == ["*.bak.md"]
    (files / "draftcheck.toml").write_text("ignore = ['DC102']\n", encoding="utf-8")
    assert "exclude = []  # 默认" in invoke("config", "show").stdout


def test_config_show_refuses_a_path_that_does_not_exist(files):
    result = invoke("config", "show", "no-such-dir")
    assert result.exit_code == 2
    assert result.stderr.strip() == "错误：no-such-dir: 路径不存在，请检查拼写（config show 从这个文件或目录向上查找配置）"
    assert result.stdout == ""


def test_lint_does_not_import_llm_libraries():
    """``draftcheck lint`` must start fast: no langchain, openai or jinja2 on its import path."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "draftcheck", "lint", "--format", "json", "fixtures/example-report.txt"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 1, completed.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in completed.stderr.splitlines() if line.startswith("import time:")}
    heavy = sorted(name for name in imported if name.split(".")[0] in {"langchain", "langchain_core", "langchain_openai", "openai", "jinja2"})
    assert heavy == []


def test_sarif_of_the_example_report_is_valid(shared_dir, monkeypatch):
    import jsonschema

    monkeypatch.chdir(REPO)
    schema = json.loads((shared_dir / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    result = invoke("lint", "--format", "sarif", "fixtures/example-report.txt")
    document = json.loads(result.stdout)
    jsonschema.validate(document, schema)
    assert document["runs"][0]["results"], "the example report has planted issues"


def _folder_of_reports(root: Path, n: int) -> None:
    (root / "reports" / "草稿").mkdir(parents=True)
    for i in range(n):
        body = BLANKS * (i % 3 + 1) + CLEAN * (n - i)  # different sizes, so the pool reorders the work
        (root / "reports" / f"r{i:02d}.txt").write_text(body, encoding="utf-8")
    (root / "reports" / "草稿" / "draft.txt").write_text(BLANKS, encoding="utf-8")
    (root / "reports" / "notes.md").write_text(BLANKS, encoding="utf-8")


def test_jobs_give_the_same_output_in_the_same_order(files):
    _folder_of_reports(files, 7)
    one = invoke("lint", *SELECT, "--format", "json", "--jobs", "1", "reports")
    two = invoke("lint", *SELECT, "--format", "json", "--jobs", "2", "reports")
    default = invoke("lint", *SELECT, "--format", "json", "reports")
    assert one.exit_code == two.exit_code == default.exit_code == 1
    assert one.stdout == two.stdout == default.stdout
    paths = [f["path"] for f in json.loads(one.stdout)["files"]]
    assert paths == sorted(paths) and len(paths) == 9
    assert invoke("lint", "--jobs", "0", "reports").exit_code == 2


def test_exclude_patterns_from_the_option_and_the_configuration(files):
    _folder_of_reports(files, 3)

    def linted(*args):
        result = invoke("lint", *SELECT, "--format", "json", *args, "reports")
        return [Path(f["path"]).name for f in json.loads(result.stdout)["files"]]

    assert "draft.txt" in linted() and "notes.md" in linted()
    assert "draft.txt" not in linted("--exclude", "草稿")
    assert linted("--exclude", "*.md", "--exclude", "r0[01].txt") == ["r02.txt", "draft.txt"]
    (files / "draftcheck.toml").write_text('exclude = ["草稿"]\nextend-exclude = ["*.md"]\n', encoding="utf-8")
    assert linted() == ["r00.txt", "r01.txt", "r02.txt"]
    # a file named on the command line is checked even when a pattern matches it
    assert invoke("lint", *SELECT, "--format", "concise", "reports/notes.md").stdout.startswith("reports/notes.md:1:1:")


def test_color_option_and_force_color(monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    assert lint_command.colour_wanted(lint_command.ColorChoice.always) is True
    assert lint_command.colour_wanted(lint_command.ColorChoice.auto) is False
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert lint_command.colour_wanted(lint_command.ColorChoice.auto) is True
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert lint_command.colour_wanted(lint_command.ColorChoice.never) is False


def test_color_always_colours_the_full_output(files):
    coloured = invoke("lint", *SELECT, "--color", "always", "blanks.txt").stdout
    plain = invoke("lint", *SELECT, "--color", "never", "blanks.txt").stdout
    assert "\x1b[" in coloured and "\x1b[" not in plain


def test_annotate_refuses_an_existing_output_before_any_work_and_decisions_must_exist(files):
    (files / "out.docx").write_bytes(b"not mine to overwrite")
    result = invoke("lint", *SELECT, "blanks.txt", "--annotate", "out.docx")
    assert result.exit_code == 2 and result.stdout == ""  # refused first: no report printed
    assert "out.docx: 文件已存在；加 --force 覆盖" in result.stderr
    assert (files / "out.docx").read_bytes() == b"not mine to overwrite"
    missing = invoke("lint", *SELECT, "blanks.txt", "--decisions", "nope.json")
    assert missing.exit_code == 2 and missing.stdout == ""
    assert "nope.json: 审阅决定文件不存在" in missing.stderr


def test_docx_findings_are_located_as_a_word_user_finds_them(files):
    from docx import Document as WordDocument

    doc = WordDocument()
    doc.add_paragraph("2024年工作总结")
    doc.add_paragraph("全年实现工业销售收入亿元，同比增长8.5%。")
    table = doc.add_table(rows=2, cols=2)
    for (row, col), text in {(0, 0): "指标", (0, 1): "完成", (1, 0): "税收", (1, 1): "xx.xx亿元"}.items():
        table.cell(row, col).text = text
    doc.save(str(files / "report.docx"))
    concise = invoke("lint", *SELECT, "--format", "concise", "report.docx").stdout.splitlines()
    assert [line.split(": ")[0] for line in concise] == ["report.docx:第2段", "report.docx:表1 第2行第2列"]
    full = invoke("lint", *SELECT, "report.docx").stdout
    assert "  第2段  错误  DC101" in full and "  表1 第2行第2列  错误  DC102" in full
    issues = json.loads(invoke("lint", *SELECT, "--format", "json", "report.docx").stdout)["files"][0]["issues"]
    assert [(i["location"], i["line"]) for i in issues] == [("第2段", 2), ("表1 第2行第2列", 6)]  # line/column kept
    # text files keep line:column and get no location key
    assert invoke("lint", *SELECT, "--format", "concise", "blanks.txt").stdout.startswith("blanks.txt:1:1: DC101")
    assert "location" not in invoke("lint", *SELECT, "--format", "json", "blanks.txt").stdout
