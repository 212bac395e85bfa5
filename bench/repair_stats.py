"""Repair statistics of the paragraph-by-paragraph loop against a real model endpoint.

For every paragraph of every section of every facts file, ``--runs`` times: is the model's paragraph clean
after round 0 (the first draft), round 1, round 2? How many fell back to the template, how many replies were
cut off, which rules fired in the first drafts and which were left before the fallback, and whether any
final section still carries a DC601–DC604 finding (issue 9's targets: ≥ 80% of paragraphs written by the
model and clean within 2 rounds; 0 DC601–DC604 findings in a final draft).

usage: python bench/repair_stats.py [FACTS.yaml ...] [--profile llamacpp] [--base-url URL] [--model NAME]
                                    [--max-rounds 2] [--concurrency 1] [--timeout 300] [--runs 3] [--cache]
                                    [--json OUT] [--dump ROUNDS.md]

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
import re
import statistics
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from difflib import SequenceMatcher
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
from draftcheck.draft.token_budget import DEFAULT_REPLY_TOKENS, TokenBudget

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def draft_alone(pipeline: DraftPipeline, plan: SectionPlan) -> SectionResult:
    try:
        return pipeline.draft_section(plan)
    except BackendError as error:
        return SectionResult(plan.id, plan.title, status="failed", error=str(error))


DRAFT_RULES = ("DC601", "DC602", "DC603", "DC604")


def clean_after(paragraph, round_no: int) -> bool:
    """Written by the model and clean by ``round_no``: some usable round up to it had no finding."""
    return any(r.usable and not r.findings and r.round <= round_no for r in paragraph.rounds)


def likeness(paragraph) -> float:
    """How close the model's kept text is to the fact lines it was given (1.0 = copied verbatim)."""
    given = "".join(line for g in paragraph.pieces for line in g.lines)
    return SequenceMatcher(None, given, re.sub(r"\s+", "", paragraph.text), autojunk=False).ratio()


def summarise(results: list[tuple[str, SectionResult]], max_rounds: int) -> dict:
    drafted = [r for _, r in results if r.paragraphs]
    paragraphs = [p for r in drafted for p in r.paragraphs]
    first_codes = Counter(f.code for p in paragraphs for rec in p.rounds[:1] for f in rec.findings)
    before_fallback = Counter(
        f.code for p in paragraphs if p.source != "model" and p.best_round is not None for f in p.rounds[p.best_round].findings
    )
    final_draft_rules = Counter(f.code for r in drafted for f in r.findings if f.code in DRAFT_RULES)
    usage = Counter()
    for r in drafted:
        usage.update({k: v for k, v in r.usage.items() if isinstance(v, int)})
    total = len(paragraphs) or 1
    clean = {str(n): sum(clean_after(p, n) for p in paragraphs) for n in range(max_rounds + 1)}
    written = [likeness(p) for p in paragraphs if p.source == "model"]
    return {
        "sections": len(results),
        "drafted": len(drafted),
        "paragraphs": len(paragraphs),
        "failed": [{"facts": name, "section": r.id, "status": r.status, "error": r.error} for name, r in results if r.error],
        "paragraphs_clean_after_round": clean,
        "share_model_clean_within_rounds": round(clean[str(max_rounds)] / total, 3),
        "model_paragraphs_likeness_to_fact_lines": {
            "median": round(statistics.median(written), 2) if written else None,
            "near_verbatim": sum(1 for x in written if x >= 0.9),
        },
        "paragraphs_clean_by_trimming": sum(1 for p in paragraphs if p.source == "model" and p.rounds[p.best_round].trimmed),
        "paragraphs_fell_back": sum(1 for p in paragraphs if p.source == "fallback"),
        "truncated_replies": sum(1 for p in paragraphs for rec in p.rounds if rec.truncated),
        "first_draft_findings": dict(first_codes.most_common()),
        "findings_before_fallback": dict(before_fallback.most_common()),
        "dc601_604_in_final_drafts": dict(final_draft_rules),
        "usage": dict(usage),
        "latency_s": round(sum(r.latency_s for r in drafted), 1),
        "per_section": [
            {
                "facts": name,
                "section": r.id,
                "status": r.status,
                "kept_rounds": [p.kept for p in r.paragraphs],
                "findings_per_round": [[None if rec.truncated else len(rec.findings) for rec in p.rounds] for p in r.paragraphs],
                "residual": [f"{f.code} {f.quote}" for f in r.findings],
            }
            for name, r in results
        ],
    }


def dump_rounds(results: list[tuple[str, SectionResult]]) -> str:
    """Every paragraph's rounds, text and findings, for reading what the model wrote and what the rules said."""
    out = []
    for name, r in results:
        out.append(f"## {name} · {r.title} ({r.status})\n")
        for n, p in enumerate(r.paragraphs, 1):
            out.append(f"### ¶{n} {'、'.join(p.groups)} → kept {p.kept}" + (f" ({p.note})" if p.note else "") + "\n")
            for rec in p.rounds:
                state = "truncated" if rec.truncated else f"{len(rec.findings)} findings" + (", trimmed" if rec.trimmed else "")
                out.append(f"round {rec.round} ({state}, {rec.latency_s:.0f} s):\n")
                out.append("> " + rec.text.replace("\n", "\n> ") + "\n")
                out.extend(f"- {f.code} 「{f.quote}」 {f.message}" for f in rec.findings)
                out.append("")
        if r.findings:
            out.append("final section findings: " + "; ".join(f"{f.code} {f.quote}" for f in r.findings) + "\n")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("facts", nargs="*", type=Path)
    parser.add_argument("--profile")
    parser.add_argument("--base-url")
    parser.add_argument("--model")
    parser.add_argument("--timeout", type=float, help="seconds per request (a 0.5B model on 2 cores is slow)")
    parser.add_argument("--max-rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=1, help="1 suits a local 2-core server")
    parser.add_argument("--runs", type=int, default=1, help="draft every file this many times (issue 9 asks for 3)")
    parser.add_argument("--cache", action="store_true", help="answer repeated requests from the response cache")
    parser.add_argument("--json", type=Path, help="also write the statistics here")
    parser.add_argument("--dump", type=Path, help="write every round's text and findings here (Markdown), to read them")
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
    budget = TokenBudget(settings.context_window, settings.max_tokens or DEFAULT_REPLY_TOKENS)

    results: list[tuple[str, SectionResult]] = []
    started = time.monotonic()
    for path in [f for f in files for _ in range(max(1, args.runs))]:
        try:
            facts, _ = load_facts(path)
        except FactsError as error:
            print(f"跳过 {path}：{error}", file=sys.stderr)
            continue
        pipeline = DraftPipeline(backend, Prompts(), max_rounds=args.max_rounds, concurrency=args.concurrency, budget=budget)
        plans = plan_sections(facts, derive(facts))
        with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            # Each section on its own: unlike a draft run, one failing section does not stop the others.
            section_results = list(pool.map(lambda plan: draft_alone(pipeline, plan), plans))
        for result in section_results:
            results.append((path.name, result))
            note = f"  ({result.error})" if result.error else ""
            print(f"{path.name:32} {result.title:10} {result.status:7} kept: {result.kept_label}  "
                  f"model {result.written} / template {result.fallbacks}{note}", file=sys.stderr)
        if args.dump:  # after every file, so a long run can be read while it goes on
            args.dump.parent.mkdir(parents=True, exist_ok=True)
            args.dump.write_text(dump_rounds(results), encoding="utf-8")

    stats = summarise(results, args.max_rounds)
    stats["per_file"] = {
        name: {k: v for k, v in summarise([r for r in results if r[0] == name], args.max_rounds).items() if k != "per_section"}
        for name in dict.fromkeys(name for name, _ in results)
    }
    stats["endpoint"] = {"host": settings.host, "model": settings.model, "preset": settings.preset}
    stats["wall_s"] = round(time.monotonic() - started, 1)
    total = stats["paragraphs"] or 1
    print(f"\n{stats['paragraphs']} paragraphs in {stats['drafted']}/{stats['sections']} sections, {stats['wall_s']} s")
    for n, clean in stats["paragraphs_clean_after_round"].items():
        print(f"written by the model and clean after round {n}: {clean}/{stats['paragraphs']} ({clean / total:.0%})")
    print(f"of these, clean once the sentences carrying a finding were deleted: {stats['paragraphs_clean_by_trimming']}")
    print(f"fell back to the template: {stats['paragraphs_fell_back']}; truncated replies: {stats['truncated_replies']}")
    like = stats["model_paragraphs_likeness_to_fact_lines"]
    print(f"model paragraphs' likeness to their fact lines: median {like['median']}, {like['near_verbatim']} near-verbatim (≥ 0.9)")
    print(f"first-draft findings by rule:     {stats['first_draft_findings']}")
    print(f"findings before fallback by rule: {stats['findings_before_fallback']}")
    print(f"DC601-DC604 in final drafts:      {stats['dc601_604_in_final_drafts'] or 0}")
    print(f"tokens: {stats['usage']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(stats, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0 if not stats["failed"] else 1


if __name__ == "__main__":
    sys.exit(main())
