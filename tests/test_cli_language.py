"""What a user reads from the command line is Chinese, with no Python or pydantic wording: help texts,
type labels, usage errors, configuration and facts validation messages."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from draftcheck.cli import app
from draftcheck.commands.help_language import usage_error_line

COMMANDS = [[], ["lint"], ["review"], ["rules"], ["rule"], ["draft"], ["config"], ["config", "show"], ["facts"], ["facts", "init"],
            ["facts", "check"], ["index"], ["index", "build"], ["index", "add"], ["index", "info"]]
PYTHON_WORDING = ["<list[", "<bool>", "<str>", "<int", "<float", "<path>", "<file>", "NoneType", "Input should", "Show this message",
                  "Usage:", "[default:", "[required]", "Options", "Arguments", "Commands", "Value error"]
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def runner(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    return CliRunner()


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "draftcheck")
def test_help_is_chinese_without_python_wording(runner, command):
    result = runner.invoke(app, [*command, "--help"])
    assert result.exit_code == 0, result.output
    for word in PYTHON_WORDING:
        assert word not in result.output, f"{word!r} in draftcheck {' '.join(command)} --help"
    description = [line for line in result.output.splitlines() if line.strip() and not line.lstrip().startswith(("用法", "╭", "│", "╰"))]
    assert description and HAN.search(description[0]), result.output
    assert "显示本帮助并退出" in result.output


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["lint", "--colour", "never", "x"], "没有选项 --colour；可能是 --color"),
        (["lint", "-j", "x", "a"], "--jobs / -j 的取值无效：应为整数"),
        (["lint", "-j", "0", "a"], "--jobs / -j 的取值无效：应不小于 1"),
        (["lint", "--format", "xml", "a"], "--format 的取值无效：“xml”不在可选值 full、concise、json、sarif、github、rdjson 之中"),
        (["lint"], "缺少参数 paths"),
        (["facts", "derive"], "没有命令 derive"),
        (["lnit", "a.txt"], "没有命令 lnit；是否想用 lint？"),
    ],
)
def test_usage_errors_are_one_chinese_line(runner, argv, expected):
    result = runner.invoke(app, argv)
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("错误：") and expected in lines[0], lines[0]
    assert "查看用法" in lines[0]


def test_unknown_click_messages_pass_through_unchanged():
    assert usage_error_line("something new") == "something new"


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('select = "DC101"\n', "配置项 “select” 无效：应为列表"),
        ("[severity]\nDC101 = 'fatal'\n", "取值应为 error、warning 或 info（当前为 “fatal”）"),
        ("[rules.DC102]\nflag_mou_mou = 'maybe'\n", "应为 true 或 false"),
        ("exclude = [1]\n", "配置项 “exclude.0” 无效：应为文字"),
        ('exclude = "x"\n', '配置项 “exclude” 无效：应为列表，如 ["草稿", "*.bak.md"]'),
        ('extend-exclude = "x"\n', '配置项 “extend-exclude” 无效：应为列表，如 ["草稿", "*.bak.md"]'),
        ("ignore-quotes = [{ rules = ['DC101'] }]\n", "缺少必填字段"),
    ],
)
def test_configuration_errors_carry_no_pydantic_wording(runner, tmp_path, monkeypatch, toml, expected):
    (tmp_path / "draftcheck.toml").write_text(toml, encoding="utf-8")
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lint", "a.txt"])
    assert result.exit_code == 2
    assert expected in result.output, result.output
    for word in ("Input should", " or ", "valid", "NoneType", "list["):
        assert word not in result.output, result.output


def test_rule_documentation_is_chinese_and_english_on_request(runner):
    result = runner.invoke(app, ["rule", "DC201"])
    assert result.exit_code == 0, result.output
    for section in ("作用", "为什么", "示例", "应写为"):
        assert section in result.output
    assert "What it does" not in result.output
    english = runner.invoke(app, ["rule", "sum-mismatch", "--english"])
    assert english.exit_code == 0 and "What it does" in english.output and "作用" not in english.output


def test_rules_list_summaries_are_chinese(runner, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    assert "合计与所列分项之和不符" in result.output


def test_os_and_toml_errors_are_worded_in_chinese(runner, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["lint", "--isolated", "-o", str(tmp_path / "missing" / "out.json"), "a.txt"])
    assert result.exit_code == 2 and "无法写入结果文件（文件或目录不存在）" in result.output, result.output
    (tmp_path / "draftcheck.toml").write_text('select = ["DC101"]\nselect = []\n', encoding="utf-8")
    result = runner.invoke(app, ["lint", "a.txt"])
    assert result.exit_code == 2 and "不是有效的 TOML（第 2 行第 12 列：同一个键写了两次）" in result.output, result.output
    (tmp_path / "draftcheck.toml").write_text("select = [\n", encoding="utf-8")
    result = runner.invoke(app, ["lint", "a.txt"])
    assert "文件末尾" in result.output and "Invalid" not in result.output, result.output


def test_every_command_is_in_the_help_check():
    """A command added later must be listed in COMMANDS, so its help is checked too."""
    import typer.main

    group = typer.main.get_command(app)

    def walk(command, path):
        yield path
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    assert sorted(map(tuple, walk(group, []))) == sorted(map(tuple, COMMANDS))


def test_rules_table_wraps_summaries_whole_at_80_columns(runner):
    result = runner.invoke(app, ["rules"], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    assert all(len(line) <= 80 for line in result.output.splitlines())
    from draftcheck.rules import all_rules

    written = sum(cls.summary_zh().count("…") for cls in all_rules())
    assert result.output.count("…") == written  # wrapped, never cut with an ellipsis of rich's
