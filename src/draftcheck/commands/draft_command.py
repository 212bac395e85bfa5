"""``draftcheck draft``: draft a report from a facts file, check every section, repair, write.

The drafting stack is imported inside the command, so ``lint`` and ``review`` never load it, and
the LLM client (langchain, openai) is imported only when the LLM backend is chosen.
"""

from __future__ import annotations

from pathlib import Path

import typer


def draft(
    facts: Path = typer.Argument(..., help="事实文件（YAML），可用 draftcheck facts init 生成示例", dir_okay=False),
    output: Path = typer.Option(..., "-o", "--output", help="输出文件：.md 或 .docx；同名的 .run.json 为运行记录", dir_okay=False),
    backend: str | None = typer.Option(None, "--backend", help="offline（内置模板）或 llm；缺省：配置了模型端点时用 llm，否则 offline"),
    model: str | None = typer.Option(None, "--model", help="模型名称"),
    base_url: str | None = typer.Option(None, "--base-url", help="OpenAI 兼容端点地址，如 http://127.0.0.1:8080/v1"),
    profile: str | None = typer.Option(None, "--profile", help="配置文件中 draft.profiles.NAME 下的配置档（或内置预设名）"),
    preset: str | None = typer.Option(None, "--preset", help="内置预设：openai、deepseek、dashscope、vllm、ollama、llamacpp"),
    max_rounds: int = typer.Option(2, "--max-rounds", min=0, max=10, help="检查后最多修改几轮"),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=32, help="同时起草几个部分"),
    prompts: Path | None = typer.Option(None, "--prompts", help="自定义提示词模板目录（同名文件替换内置模板）", file_okay=False),
    no_cache: bool = typer.Option(False, "--no-cache", help="不使用响应缓存"),
    force: bool = typer.Option(False, "--force", help="输出文件已存在时覆盖"),
    timeout: float | None = typer.Option(None, "--timeout", min=0.1, help="每次请求的超时秒数"),
    fallback: str = typer.Option("template", "--fallback", help="修改后仍有问题的段落：template（换成模板段落，缺省）或 keep（保留并报告）"),
    context_window: int | None = typer.Option(None, "--context-window", min=256, help="模型上下文长度（tokens），缺省取预设或配置档"),
) -> None:
    """Draft a work report from a facts file; every paragraph is checked, repaired or replaced."""
    from draftcheck.draft.progress import stderr_console
    from draftcheck.service.draft import DraftOptions

    if fallback not in ("template", "keep"):
        stderr_console().print(f"错误：--fallback 应为 template 或 keep（当前为 “{fallback}”）", markup=False)
        raise typer.Exit(2)

    options = DraftOptions(
        facts_path=facts,
        output=output,
        backend=backend,
        model=model,
        base_url=base_url,
        profile=profile,
        preset=preset,
        timeout=timeout,
        max_rounds=max_rounds,
        concurrency=concurrency,
        prompts_dir=prompts,
        no_cache=no_cache,
        force=force,
        fallback=fallback,
        context_window=context_window,
    )
    raise typer.Exit(run_draft(options, stderr_console()))


def run_draft(options, console, backend=None) -> int:
    """Prepare the run, show its progress, render the outcome; return the exit code."""
    from draftcheck.draft.progress import DraftProgress, print_summary
    from draftcheck.service.draft import EXIT_ERROR, DraftInputError, prepare_draft

    try:
        prepared = prepare_draft(options, backend)
    except DraftInputError as exc:
        for line in exc.lines:
            console.print(f"错误：{line}", markup=False)
        return EXIT_ERROR
    with DraftProgress(console, prepared.titles) as progress:
        outcome = prepared.run(on_event=progress)
    if outcome.interrupted:
        if outcome.output:
            console.print(f"已中断：已完成的 {outcome.sections_written} 个部分已写入 {outcome.output}", markup=False)
        else:
            console.print("已中断：没有已完成的部分，未生成草稿", markup=False)
        return outcome.exit_code
    if not outcome.results:
        for line in outcome.errors:
            console.print(f"错误：{line}", markup=False)
        return outcome.exit_code
    print_summary(console, outcome.results, outcome.document_findings, outcome.errors)
    draft = f"草稿：{outcome.output}" if outcome.output else "未生成草稿（没有起草完成的部分）"
    console.print(f"{draft}　运行记录：{outcome.manifest}", markup=False)
    return outcome.exit_code
