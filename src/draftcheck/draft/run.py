"""One ``draftcheck draft`` run: facts -> plans -> backend -> pipeline -> output + manifest.

Imported lazily by the ``draft`` command. The LLM stack (langchain, openai) is imported only
when the LLM backend is chosen; the offline backend needs none of it.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console

from draftcheck import __version__
from draftcheck.config import ConfigError, ConfigSource, discover_config, resolve_config
from draftcheck.draft.backend import Backend, BackendError
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import FactsError, load_facts_text
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline, SectionResult, add_usage, findings_dicts
from draftcheck.draft.progress import DraftProgress, print_summary
from draftcheck.draft.prompts import PromptError, Prompts
from draftcheck.draft.sections import plan_sections
from draftcheck.draft.writer import DraftWriter, OutputError, check_output_path, write_json
from draftcheck.engine import lint_text

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130
BACKENDS = ("offline", "llm")


@dataclass
class DraftOptions:
    facts_path: Path
    output: Path
    backend: str | None = None  # offline | llm | None: llm when an endpoint is configured
    model: str | None = None
    base_url: str | None = None
    profile: str | None = None
    preset: str | None = None
    timeout: float | None = None
    max_rounds: int = 2
    concurrency: int = 4
    prompts_dir: Path | None = None
    no_cache: bool = False
    force: bool = False

    def provider_overrides(self) -> dict:
        return {
            "profile": self.profile,
            "preset": self.preset,
            "base_url": self.base_url,
            "model": self.model,
            "timeout": self.timeout,
        }


@dataclass
class BackendChoice:
    backend: Backend
    info: dict = field(default_factory=dict)  # manifest-safe: name, model, base URL host, preset, cache


def manifest_path(output: Path) -> Path:
    """OUT.md -> OUT.run.json"""
    return output.with_name(output.stem + ".run.json")


def report_rules_from(source: ConfigSource):
    """The report rules the project's configuration enables (severities, options), fresh per call."""
    resolved = resolve_config(source)

    def report_rules():
        return [type(rule)(rule.options, rule.severity) for rule in resolved.rules]

    return report_rules, resolved.quote_suppressions


def choose_backend(options: DraftOptions, config=None) -> BackendChoice:
    """The offline backend unless the LLM one is asked for or an endpoint is configured."""
    if options.backend not in (None, *BACKENDS):
        raise BackendError(f"未知后端 {options.backend!r}；可选 {', '.join(BACKENDS)}")
    if options.backend == "offline":
        return BackendChoice(OfflineBackend(), {"name": "offline", "model": "offline-templates", "base_url_host": None, "cache": None})
    from draftcheck.draft.providers import endpoint_configured, resolve_settings

    if options.backend is None and not endpoint_configured(options.provider_overrides(), config):
        return BackendChoice(OfflineBackend(), {"name": "offline", "model": "offline-templates", "base_url_host": None, "cache": None})
    settings = resolve_settings(options.provider_overrides(), config)
    from draftcheck.draft.llm_backend import LLMBackend

    backend: Backend = LLMBackend(settings)
    cache_path = None
    if not options.no_cache:
        from draftcheck.draft.cache import CachedBackend, ResponseCache, default_cache_path

        cache_path = default_cache_path()
        backend = CachedBackend(backend, ResponseCache(cache_path))
    info = {
        "name": "llm",
        "model": settings.model,
        "base_url_host": settings.host,
        "preset": settings.preset,
        "profile": settings.profile,
        "timeout_s": settings.timeout,
        "max_retries": settings.max_retries,
        "cache": str(cache_path) if cache_path else None,
    }
    return BackendChoice(backend, info)


class RunManifest:
    """``OUT.run.json``: rewritten after every section, so an interrupted run still has one."""

    def __init__(self, path: Path, options: DraftOptions, facts_sha256: str, backend: dict, prompts: Prompts, plans) -> None:
        self.path = path
        self.options = options
        self.facts_sha256 = facts_sha256
        self.backend = backend
        self.prompts = prompts
        self.results: dict[str, SectionResult] = {p.id: SectionResult(p.id, p.title) for p in plans}
        self.started = time.perf_counter()
        self.created = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        self.status = "running"
        self.document_findings: list[dict] = []

    def record(self, result: SectionResult) -> None:
        self.results[result.id] = result

    def as_dict(self) -> dict:
        results = list(self.results.values())
        done = [r for r in results if r.best is not None]  # done, or partial with a kept draft
        clean_after: dict[str, int] = {str(n): 0 for n in range(self.options.max_rounds + 1)}
        for r in done:
            first_clean = next((rec.round for rec in r.rounds if not rec.findings), None)
            if first_clean is not None:
                clean_after[str(first_clean)] = clean_after.get(str(first_clean), 0) + 1
        return {
            "draftcheck_version": __version__,
            "created": self.created,
            "status": self.status,
            "elapsed_s": round(time.perf_counter() - self.started, 3),
            "facts": {"path": str(self.options.facts_path), "sha256": self.facts_sha256},
            "output": str(self.options.output),
            "templates": {name: info.as_dict() for name, info in sorted(self.prompts.used().items())},
            "backend": self.backend,
            "settings": {"max_rounds": self.options.max_rounds, "concurrency": self.options.concurrency},
            "usage": add_usage(r.usage for r in results),
            "latency_s": round(sum(r.latency_s for r in results), 3),
            "calls": sum(1 for r in results for rec in r.rounds if not rec.cached),
            "cache_hits": sum(r.cache_hits for r in results),
            "repair": {
                "sections_clean_after_round": clean_after,
                "sections_not_clean": sum(1 for r in done if r.findings),
            },
            "sections": [r.as_dict() for r in results],
            "document_findings": self.document_findings,
        }

    def write(self) -> None:
        write_json(self.path, self.as_dict())


def run_draft(options: DraftOptions, console: Console, backend: BackendChoice | None = None) -> int:
    """Run one draft; return the exit code. Never raises for bad input: it prints one line per cause.

    ``backend`` replaces the backend chosen from the options (tests pass scripted backends).
    """
    try:
        check_output_path(options.output, options.force)
        facts, _, digest = load_facts_text(options.facts_path)
        prompts = Prompts(options.prompts_dir)
        plans = plan_sections(facts, derive(facts))
        if not plans:
            raise FactsError([f"{options.facts_path}: 没有可起草的内容：indicators、totals、projects、investment、work_items、problems、plans 均为空"])
        source = discover_config(Path.cwd())
        report_rules, suppressions = report_rules_from(source)
        choice = backend or choose_backend(options, source.config)
        pipeline = DraftPipeline(
            choice.backend,
            prompts,
            max_rounds=options.max_rounds,
            concurrency=options.concurrency,
            report_rules=report_rules,
            quote_suppressions=suppressions,
        )
        pipeline.prepare(plans)
    except FactsError as exc:
        for line in exc.lines:
            console.print(f"错误：{line}", markup=False)
        return EXIT_ERROR
    except (OutputError, PromptError, BackendError, ConfigError) as exc:
        console.print(f"错误：{exc}", markup=False)
        return EXIT_ERROR

    writer = DraftWriter(options.output, facts.display_title, facts.overview, [(p.id, p.title) for p in plans])
    manifest = RunManifest(manifest_path(options.output), options, digest, choice.info, prompts, plans)

    def on_section(result: SectionResult) -> None:
        manifest.record(result)
        if result.best is not None:  # done, or partial: a draft exists though a repair round failed
            writer.add(result.id, result.text)
        manifest.write()

    try:
        with DraftProgress(console, {p.id: p.title for p in plans}) as progress:
            pipeline.on_event = progress
            results = pipeline.run(plans, on_section)
    except KeyboardInterrupt:
        manifest.status = "interrupted"
        manifest.write()
        console.print(f"已中断：已完成的 {len(writer.texts)} 个部分已写入 {options.output}", markup=False)
        return EXIT_INTERRUPTED
    except PromptError as exc:
        manifest.status = "failed"
        manifest.write()
        console.print(f"错误：{exc}", markup=False)
        return EXIT_ERROR
    except OSError as exc:  # the output or the manifest cannot be written
        console.print(f"错误：{exc.filename or options.output}: 无法写入：{exc.strerror or exc}", markup=False)
        return EXIT_ERROR

    document = writer.document_text()
    in_sections = {(f.code, f.message) for r in results for f in r.findings}
    whole = lint_text(document, report_rules(), quote_suppressions=suppressions).findings
    manifest.document_findings = findings_dicts(document, [f for f in whole if (f.code, f.message) not in in_sections])
    # A section whose repair round was too large for the model keeps its best draft: that is a
    # residual finding to report, not a failed run. Any other failure is.
    failed = [r for r in results if r.status != "done" and not (r.status == "partial" and not r.endpoint_failed)]
    manifest.status = "failed" if failed else "complete"
    manifest.write()
    print_summary(console, results, manifest.document_findings)
    console.print(f"草稿：{options.output}　运行记录：{manifest.path}", markup=False)
    if failed:
        return EXIT_ERROR
    residual = [f for r in results for f in r.findings]
    if residual or any(f["severity"] == "error" for f in manifest.document_findings):
        return EXIT_FINDINGS
    return EXIT_CLEAN
