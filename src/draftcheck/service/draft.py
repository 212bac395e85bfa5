"""One ``draftcheck draft`` run below the CLI: facts -> plans -> backend -> pipeline -> output + manifest.

``prepare_draft(options)`` validates everything that can fail before a model is called (facts,
templates, output path, configuration, endpoint settings) and raises :class:`DraftInputError` with
one-line messages; ``PreparedDraft.run(on_event)`` drafts, writes the output and the manifest, and returns
a :class:`DraftOutcome`. Nothing here prints: the ``draft`` command renders progress and the summary.

Imported lazily by the ``draft`` command. The LLM stack (langchain, openai) is imported only when the
LLM backend is chosen; the offline backend needs none of it.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck import __version__
from draftcheck.config import ConfigError, ConfigSource, discover_config, resolve_config
from draftcheck.draft.backend import Backend, BackendError
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import FactsError, load_facts_text
from draftcheck.draft.offline_backend import OfflineBackend
from draftcheck.draft.pipeline import DraftPipeline, SectionResult, add_usage, findings_dicts
from draftcheck.draft.prompts import PromptError, Prompts
from draftcheck.draft.sections import SectionPlan, plan_sections
from draftcheck.draft.token_budget import DEFAULT_REPLY_TOKENS, TokenBudget
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
    fallback: str = "template"  # template: a paragraph still not clean is replaced by the template's | keep
    context_window: int | None = None

    def provider_overrides(self) -> dict:
        return {
            "profile": self.profile,
            "preset": self.preset,
            "base_url": self.base_url,
            "model": self.model,
            "timeout": self.timeout,
            "context_window": self.context_window,
        }


@dataclass
class BackendChoice:
    backend: Backend
    info: dict = field(default_factory=dict)  # manifest-safe: name, model, base URL host, preset, cache
    budget: TokenBudget | None = None  # the model's context window and reply reserve; None: unbounded


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
        raise BackendError(f"未知后端 “{options.backend}”；可选：{'、'.join(BACKENDS)}")
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
    budget = TokenBudget(settings.context_window, settings.max_tokens or DEFAULT_REPLY_TOKENS)
    info["token_budget"] = budget.describe()
    return BackendChoice(backend, info, budget)


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
        paragraphs = [p for r in results for p in r.paragraphs]
        clean_after: dict[str, int] = {str(n): 0 for n in range(self.options.max_rounds + 1)}
        before_fallback: dict[str, int] = {}
        for p in paragraphs:
            first_clean = next((rec.round for rec in p.rounds if rec.usable and not rec.findings), None)
            if first_clean is not None:
                clean_after[str(first_clean)] = clean_after.get(str(first_clean), 0) + 1
            if p.source != "model" and p.best_round is not None:
                for f in p.rounds[p.best_round].findings:
                    before_fallback[f.code] = before_fallback.get(f.code, 0) + 1
        return {
            "draftcheck_version": __version__,
            "created": self.created,
            "status": self.status,
            "elapsed_s": round(time.perf_counter() - self.started, 3),
            "facts": {"path": str(self.options.facts_path), "sha256": self.facts_sha256},
            "output": str(self.options.output),
            "templates": {name: info.as_dict() for name, info in sorted(self.prompts.used().items())},
            "backend": self.backend,
            "settings": {"max_rounds": self.options.max_rounds, "concurrency": self.options.concurrency,
                         "fallback": self.options.fallback},
            "usage": add_usage(r.usage for r in results),
            "latency_s": round(sum(r.latency_s for r in results), 3),
            "calls": sum(1 for r in results for rec in r.rounds if not rec.cached and not rec.trimmed),
            "cache_hits": sum(r.cache_hits for r in results),
            "repair": {
                "paragraphs": len(paragraphs),
                "paragraphs_clean_after_round": clean_after,
                "paragraphs_written_by_model": sum(1 for p in paragraphs if p.source != "fallback"),
                "paragraphs_fell_back": sum(1 for p in paragraphs if p.source == "fallback"),
                # clean once the sentences carrying a finding were deleted from the model's reply (no word added)
                "paragraphs_clean_by_trimming": sum(
                    1 for p in paragraphs if p.source == "model" and p.best_round is not None and p.rounds[p.best_round].trimmed
                ),
                "paragraphs_truncated_replies": sum(1 for p in paragraphs for rec in p.rounds if rec.truncated),
                "findings_before_fallback_by_rule": dict(sorted(before_fallback.items())),
                "sections_not_clean": sum(1 for r in results if r.drafted and r.findings),
            },
            "sections": [r.as_dict() for r in results],
            "document_findings": self.document_findings,
        }

    def write(self) -> None:
        write_json(self.path, self.as_dict())


class DraftInputError(Exception):
    """The run cannot start; ``lines`` are one-line, user-facing messages."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclass
class DraftOutcome:
    exit_code: int
    results: list[SectionResult] = field(default_factory=list)
    document_findings: list[dict] = field(default_factory=list)
    output: Path | None = None  # None when nothing was written
    manifest: Path | None = None
    errors: list[str] = field(default_factory=list)  # one line each, already deduplicated
    interrupted: bool = False

    @property
    def sections_written(self) -> int:
        return sum(1 for r in self.results if r.drafted)


@dataclass
class PreparedDraft:
    options: DraftOptions
    plans: list[SectionPlan]
    pipeline: DraftPipeline
    writer: DraftWriter
    manifest: RunManifest
    report_rules: Callable
    suppressions: list

    @property
    def titles(self) -> dict[str, str]:
        return {p.id: p.title for p in self.plans}

    def run(self, on_event: Callable[[str, str, dict], None] | None = None) -> DraftOutcome:
        options, writer, manifest = self.options, self.writer, self.manifest
        if on_event is not None:
            self.pipeline.on_event = on_event

        def on_section(result: SectionResult) -> None:
            manifest.record(result)
            if result.drafted:  # done, or partial: paragraphs exist though the endpoint failed
                writer.add(result.id, result.text)
            manifest.write()

        def written() -> Path | None:
            return options.output if writer.texts else None

        try:
            results = self.pipeline.run(self.plans, on_section)
        except KeyboardInterrupt:
            manifest.status = "interrupted"
            manifest.write()
            return DraftOutcome(EXIT_INTERRUPTED, list(manifest.results.values()), output=written(),
                                manifest=manifest.path, interrupted=True)
        except PromptError as exc:
            manifest.status = "failed"
            manifest.write()
            return DraftOutcome(EXIT_ERROR, output=written(), manifest=manifest.path, errors=[str(exc)])
        except OSError as exc:  # the output or the manifest cannot be written
            return DraftOutcome(EXIT_ERROR, errors=[f"{exc.filename or options.output}: 无法写入：{exc.strerror or exc}"])

        in_sections = {(f.code, f.message) for r in results for f in r.findings}
        document_findings: list[dict] = []
        if writer.texts:
            document = writer.document_text()
            whole = lint_text(document, self.report_rules(), quote_suppressions=self.suppressions).findings
            document_findings = findings_dicts(document, [f for f in whole if (f.code, f.message) not in in_sections])
        manifest.document_findings = document_findings
        failed = [r for r in results if r.status != "done"]
        manifest.status = "failed" if failed else "complete"
        manifest.write()
        errors = list(dict.fromkeys(endpoint_error(r.error) for r in results if r.error and r.status in ("failed", "partial")))
        outcome = DraftOutcome(EXIT_CLEAN, results, document_findings, written(), manifest.path, errors)
        if failed:
            outcome.exit_code = EXIT_ERROR
        elif any(r.findings for r in results) or any(f["severity"] == "error" for f in document_findings):
            outcome.exit_code = EXIT_FINDINGS
        return outcome


def endpoint_error(message: str) -> str:
    """The cause without the section it happened in: one endpoint failure is one line, not one per section."""
    for prefix in ("起草「",):
        if message.startswith(prefix) and "」时" in message:
            return message.split("」时", 1)[1]
    return message


def prepare_draft(options: DraftOptions, backend: BackendChoice | None = None) -> PreparedDraft:
    """Everything that can be checked before a model call. Raises DraftInputError.

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
            budget=choice.budget,
            fallback=options.fallback,
        )
        pipeline.prepare(plans)
    except FactsError as exc:
        raise DraftInputError(list(exc.lines)) from None
    except (OutputError, PromptError, BackendError, ConfigError) as exc:
        raise DraftInputError([str(exc)]) from None
    author = facts.author or draft_setting(source.config, "author") or facts.organisation
    writer = DraftWriter(options.output, facts.display_title, facts.overview, [(p.id, p.title) for p in plans], author=author)
    manifest = RunManifest(manifest_path(options.output), options, digest, choice.info, prompts, plans)
    return PreparedDraft(options, plans, pipeline, writer, manifest, report_rules, suppressions)


def draft_setting(config, key: str):
    """A plain setting of the ``[draft]`` table (``author``), or None."""
    from draftcheck.draft.providers import draft_section

    value = draft_section(config).get(key)
    return str(value) if value else None
