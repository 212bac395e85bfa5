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
) -> None:
    """Draft a work report from a facts file; every section is checked and repaired."""
    from draftcheck.draft.progress import stderr_console
    from draftcheck.draft.run import DraftOptions, run_draft

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
    )
    raise typer.Exit(run_draft(options, stderr_console()))
