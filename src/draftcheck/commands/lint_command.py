"""``draftcheck lint`` for Typer: the options, their help texts and types; ``run_lint`` does the rest."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

import typer

from draftcheck.commands.lint_run import ColorChoice, colour_wanted, run_lint
from draftcheck.output import FORMATS

__all__ = ["ColorChoice", "OutputFormat", "colour_wanted", "lint"]

OutputFormat = Enum("OutputFormat", {name: name for name in FORMATS}, type=str)


def lint(
    paths: list[str] = typer.Argument(..., help="要检查的文件或目录（目录下的 .txt/.md/.docx 全部检查）；- 表示标准输入"),
    output_format: OutputFormat = typer.Option("full", "--format", help="输出格式", case_sensitive=False),
    output_file: Path | None = typer.Option(
        None, "--output-file", "-o", help="把结果写入文件（原子写入：先写临时文件再替换）而不是标准输出", dir_okay=False
    ),
    statistics: bool = typer.Option(
        False, "--statistics", help="统计每条规则的问题数和各类数值关系（一致/不一致/无法核对）；机器格式下写到标准错误"
    ),
    config_file: Path | None = typer.Option(
        None, "--config", help="使用指定的配置文件（draftcheck.toml 或 pyproject.toml），不再向上查找", dir_okay=False
    ),
    isolated: bool = typer.Option(False, "--isolated", help="忽略所有配置文件，只用内置默认值和命令行选项"),
    select: list[str] | None = typer.Option(
        None, "--select", help="只启用这些规则（代码、代码前缀如 DC2、名称或 ALL；逗号分隔，可重复），取代配置中的 select"
    ),
    extend_select: list[str] | None = typer.Option(None, "--extend-select", help="在已选规则之外再启用这些规则"),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="停用这些规则（代码、前缀或名称；逗号分隔，可重复），追加到配置中的 ignore"),
    max_file_size: str | None = typer.Option(
        None, "--max-file-size", help="单个文件大小上限，如 20MB、512KB；0 表示不限（默认 20MB）"
    ),
    reference: list[str] | None = typer.Option(
        None,
        "--reference",
        help="参考文档（如去年的报告）：文件、目录或通配符，查找从中沿用的段落；可重复",
    ),
    reference_index: Path | None = typer.Option(
        None, "--reference-index", help="存档报告索引（draftcheck index build 生成），查找从中沿用的段落", dir_okay=False
    ),
    stdin_filename: str | None = typer.Option(None, "--stdin-filename", help="标准输入的文件名（用于显示、查找配置和判断格式）"),
    exclude: list[str] | None = typer.Option(
        None, "--exclude", help="检查目录时跳过与这些通配符匹配的文件或目录（如 草稿*、archive/*）；可重复，追加到配置中的 exclude"
    ),
    jobs: int | None = typer.Option(
        None, "--jobs", "-j", min=1, help="同时检查的进程数（默认：全部 CPU 核心；1 表示单进程）；输出顺序不变"
    ),
    color: ColorChoice = typer.Option(
        ColorChoice.auto, "--color", help="颜色：auto（终端上才用，遵守 NO_COLOR / FORCE_COLOR）、always、never", case_sensitive=False
    ),
    strict: bool = typer.Option(False, "--strict", help="有警告也以 1 退出（默认只看错误级别）"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="发现问题也以 0 退出（无法读取文件等错误仍以 2 退出）"),
    no_decisions: bool = typer.Option(False, "--no-decisions", help="不读取报告旁的审阅决定文件（报告名.draftcheck.json），已忽略的问题也照常报告"),
    decisions: Path | None = typer.Option(
        None, "--decisions", help="使用指定的审阅决定文件，而不是报告旁的 报告名.draftcheck.json（只能检查一个文件）", dir_okay=False
    ),
    baseline: Path | None = typer.Option(None, "--baseline", help="不再报告基线文件中记录的问题（基线由 --write-baseline 生成）", dir_okay=False),
    fix: bool = typer.Option(False, "--fix", help="把安全修正直接写回 .txt/.md 文件（如“万元元”→“万元”），并报告改了什么、还剩什么；Word 文件不改动"),
    diff: bool = typer.Option(False, "--diff", help="只显示安全修正会做的改动（统一差异格式），不写文件；有改动时以 1 退出"),
    annotate: Path | None = typer.Option(
        None, "--annotate", help="另存一份带 Word 批注的 .docx（每个问题一条批注，标在出问题的文字上）；.txt/.md 会先排成 .docx；只能检查一个文件", dir_okay=False
    ),
    track_changes: bool = typer.Option(False, "--track-changes", help="与 --annotate 一起用：把安全修正写成 Word 修订（可在 Word/WPS 中接受或拒绝）"),
    comment_author: str = typer.Option("draftcheck", "--comment-author", help="批注和修订的作者名（默认 draftcheck）"),
    force: bool = typer.Option(False, "--force", help="--annotate 的输出文件已存在时覆盖它"),
    write_baseline: Path | None = typer.Option(
        None, "--write-baseline", help="把当前发现的所有问题记入基线文件（之后用 --baseline 只看新问题），不输出检查结果", dir_okay=False
    ),

) -> None:
    """Check reports (.txt, .md, .docx) for blanks, placeholders and inconsistent numbers."""
    try:
        run_lint(
            paths,
            output_format=OutputFormat(output_format).value,
            output_file=output_file,
            statistics=statistics,
            config_file=config_file,
            isolated=isolated,
            select=select,
            extend_select=extend_select,
            ignore=ignore,
            max_file_size=max_file_size,
            reference=reference,
            reference_index=reference_index,
            stdin_filename=stdin_filename,
            exclude=exclude,
            jobs=jobs,
            color=color,
            strict=strict,
            exit_zero=exit_zero,
            no_decisions=no_decisions,
            decisions=decisions,
            baseline=baseline,
            fix=fix,
            diff=diff,
            annotate=annotate,
            track_changes=track_changes,
            comment_author=comment_author,
            force=force,
            write_baseline=write_baseline,
        )
    except SystemExit as exc:  # Typer's way of ending a command with a code
        raise typer.Exit(exc.code or 0) from None
