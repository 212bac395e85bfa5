"""Repair statistics of the check-and-repair loop against a real model endpoint.

For every section of every facts file: is the draft clean (no finding left) after round 0 (the first draft),
after round 1, after round 2? Plus which rules fired in the first drafts (DC601 ungrounded-number is the
usual one: small models invent figures), residual findings, token usage and latency.

usage: python bench/repair_stats.py [FACTS.yaml ...] [--profile llamacpp] [--base-url URL] [--model NAME]
                                    [--max-rounds 2] [--concurrency 1] [--timeout 300] [--cache] [--json OUT]

With no facts files, every ``fixtures/facts-*.yaml`` is used. Settings resolve as for ``draftcheck draft``
(flags, then DRAFTCHECK_*/OPENAI_* variables, then presets); start the local model with
``scripts/local-llm.sh`` and use ``--profile llamacpp``. The response cache is off unless ``--cache``:
a benchmark measures the model, not the cache.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from draftcheck.draft.backend import BackendError
from draftcheck.draft.cache import CachedBackend, ResponseCache, default_cache_path
from draftcheck.draft.derive import derive
from draftcheck.draft.facts import FactsError, load_facts
from draftcheck.draft.llm_backend import LLMBackend
from draftcheck.draft.pipeline import DraftPipeline, SectionResult
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.providers import resolve_settings
from draftcheck.draft.sections import SectionPlan, plan_sections

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def draft_alone(pipeline: DraftPipeline, plan: SectionPlan) -> SectionResult:
    try:
        return pipeline.draft_section(plan)
    except BackendError as error:
        return SectionResult(plan.id, plan.title, status="failed", error=str(error))


def clean_after(result: SectionResult, round_no: int) -> bool:
    """Clean by ``round_no``: some round up to it had no finding (the loop stops at the first clean one)."""
    return any(not record.findings for record in result.rounds[: round_no + 1])


def summarise(results: list[tuple[str, SectionResult]], max_rounds: int) -> dict:
    drafted = [r for _, r in results if r.rounds]  # done, or partial (a repair round failed)
    first_codes = Counter(f.code for r in drafted for f in r.rounds[0].findings)
    residual_codes = Counter(f.code for r in drafted for f in r.findings)
    usage = Counter()
    for r in drafted:
        usage.update({k: v for k, v in r.usage.items() if isinstance(v, int)})
    return {
        "sections": len(results),
        "drafted": len(drafted),
        "failed": [{"facts": name, "section": r.id, "status": r.status, "error": r.error} for name, r in results if r.error],
        "clean_after_round": {str(n): sum(clean_after(r, n) for r in drafted) for n in range(max_rounds + 1)},
        "first_draft_findings": dict(first_codes.most_common()),
        "residual_findings": dict(residual_codes.most_common()),
        "usage": dict(usage),
        "latency_s": round(sum(r.latency_s for r in drafted), 1),
        "per_section": [
            {
                "facts": name,
                "section": r.id,
                "status": r.status,
                "findings_per_round": [len(record.findings) for record in r.rounds],
                "residual": [f"{f.code} {f.quote}" for f in r.findings],
            }
            for name, r in results
        ],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=Path)
    parser.add_argument("--profile")
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--timeout", type=float, help="seconds per request (a 0.5B model on 2 cores is slow)")
    parser.add_argument("--max-rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=1, help="1 suits a local 2-core server")
    parser.add_argument("--cache", action="store_true", help="answer repeated requests from the response cache")
    parser.add_argument("--json", type=Path, help="also write the statistics here")
    args = parser.parse_args()

    files = args.facts or sorted(FIXTURES.glob("facts-*.yaml"))
    if not files:
        print("没有事实文件：请给出 FACTS.yaml 或在 fixtures/ 放置 facts-*.yaml", file=sys.stderr)
        return 2
    try:
        settings = resolve_settings(
            {"profile": args.profile, "base_url": args.base_url, "model": args.model, "timeout": args.timeout}, None
        )
        backend = LLMBackend(settings)
    except BackendError as error:
        print(f"错误：{error}", file=sys.stderr)
        return 2
    if args.cache:
        backend = CachedBackend(backend, ResponseCache(default_cache_path()))
    print(f"endpoint {settings.host}, model {settings.model}, max rounds {args.max_rounds}", file=sys.stderr)

    results: list[tuple[str, SectionResult]] = []
    started = time.monotonic()
    for path in files:
        try:
            facts, _ = load_facts(path)
        except FactsError as error:
            print(f"跳过 {path}：{error}", file=sys.stderr)
            continue
        pipeline = DraftPipeline(backend, Prompts(), max_rounds=args.max_rounds, concurrency=args.concurrency)
        plans = plan_sections(facts, derive(facts))
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            # Each section on its own: unlike a draft run, one failing section does not stop the others.
            section_results = list(pool.map(lambda plan: draft_alone(pipeline, plan), plans))
        for result in section_results:
            results.append((path.name, result))
            rounds = " → ".join(str(len(record.findings)) for record in result.rounds) or "-"
            note = f"  ({result.error})" if result.error else ""
            print(f"{path.name:32} {result.title:10} {result.status:7} findings per round: {rounds}{note}", file=sys.stderr)

    stats = summarise(results, args.max_rounds)
    stats["endpoint"] = {"host": settings.host, "model": settings.model, "preset": settings.preset}
    stats["wall_s"] = round(time.monotonic() - started, 1)
    drafted = stats["drafted"] or 1
    print(f"\n{stats['drafted']}/{stats['sections']} sections drafted in {stats['wall_s']} s")
    for n, clean in stats["clean_after_round"].items():
        print(f"clean after round {n}: {clean}/{stats['drafted']} ({clean / drafted:.0%})")
    print(f"first-draft findings by rule: {stats['first_draft_findings']}")
    print(f"residual findings by rule:    {stats['residual_findings']}")
    print(f"tokens: {stats['usage']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(stats, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if not stats["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
