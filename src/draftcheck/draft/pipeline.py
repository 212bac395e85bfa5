"""Draft, check and repair, section by section.

For each section: render the prompt, ask the backend, lint the reply with every report rule plus
DC601 (ungrounded number) and DC602 (missing fact); while findings remain and rounds are left,
send the findings back (location, what was found, what is expected) and lint the repair. The
draft with the fewest findings is kept; its residual findings are returned, never dropped.

Sections run concurrently in a thread pool. The pipeline prints nothing: it reports through
``on_event`` (progress) and ``on_section`` (a section is final: write it now).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from draftcheck.draft.backend import Backend, BackendError, Completion, RequestTooLargeError, SectionRequest
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.sections import SectionPlan
from draftcheck.engine import default_rules, lint_text
from draftcheck.finding import Finding, Severity, issue_dict
from draftcheck.rules.base import Rule
from draftcheck.suppression import QuoteSuppression
from draftcheck.rules.dc601_ungrounded_number import UngroundedNumber
from draftcheck.rules.dc602_missing_fact import MissingFact
from draftcheck.text.positions import LineIndex
from draftcheck.text.sentences import split_sentences

DEFAULT_MAX_ROUNDS = 2
DEFAULT_CONCURRENCY = 4
USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")


@dataclass
class RoundRecord:
    round: int
    text: str
    findings: list[Finding]
    usage: dict
    latency_s: float
    cached: bool
    model: str

    def as_dict(self) -> dict:
        return {
            "round": self.round,
            "findings": findings_dicts(self.text, self.findings),
            "usage": self.usage,
            "latency_s": round(self.latency_s, 3),
            "cached": self.cached,
            "model": self.model,
        }


@dataclass
class SectionResult:
    id: str
    title: str
    status: str = "pending"  # pending | done | partial (a repair round failed) | failed | skipped
    rounds: list[RoundRecord] = field(default_factory=list)
    best_round: int | None = None
    error: str | None = None
    endpoint_failed: bool = False  # a partial section whose error was the endpoint's, not this request's

    @property
    def best(self) -> RoundRecord | None:
        return self.rounds[self.best_round] if self.best_round is not None else None

    @property
    def text(self) -> str:
        return self.best.text if self.best else ""

    @property
    def findings(self) -> list[Finding]:
        return self.best.findings if self.best else []

    @property
    def usage(self) -> dict:
        return add_usage(r.usage for r in self.rounds)

    @property
    def cache_hits(self) -> int:
        return sum(1 for r in self.rounds if r.cached)

    @property
    def latency_s(self) -> float:
        return sum(r.latency_s for r in self.rounds)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "best_round": self.best_round,
            "clean": self.status == "done" and not self.findings,
            "kept": self.best is not None,
            "residual_findings": findings_dicts(self.text, self.findings),
            "rounds": [r.as_dict() for r in self.rounds],
            "usage": self.usage,
            "latency_s": round(self.latency_s, 3),
            "cache_hits": self.cache_hits,
            "error": self.error,
        }


def add_usage(usages) -> dict:
    total = dict.fromkeys(USAGE_KEYS, 0)
    for usage in usages:
        for key in USAGE_KEYS:
            total[key] += int(usage.get(key) or 0)
    return total


def findings_dicts(text: str, findings: list[Finding]) -> list[dict]:
    """Findings in the shape of ``lint --format json`` (line, column, span, quote, suggestion ...)."""
    lines = LineIndex(text)
    return [issue_dict(finding, lines.line_col) for finding in findings]


def score(findings: list[Finding]) -> tuple[int, int]:
    """Lower is better: errors first, then all findings."""
    return (sum(1 for f in findings if f.severity == Severity.ERROR), len(findings))


_FENCE = re.compile(r"^```[\w-]*\s*\n(.*?)\n```\s*$", re.S)


def clean_reply(text: str, title: str) -> str:
    """Drop a code fence around the whole reply and a repeated section heading at its top."""
    text = text.strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    lines = text.splitlines()
    if lines and title in lines[0] and len(lines[0].strip("#*　 一二三四五六七八九十、.（）()")) <= len(title) + 2:
        text = "\n".join(lines[1:]).strip()
    return text


class DraftPipeline:
    def __init__(
        self,
        backend: Backend,
        prompts: Prompts,
        *,
        max_rounds: int = DEFAULT_MAX_ROUNDS,
        concurrency: int = DEFAULT_CONCURRENCY,
        report_rules: Callable[[], list[Rule]] = default_rules,
        quote_suppressions: Sequence[QuoteSuppression] = (),
        on_event: Callable[[str, str, dict], None] | None = None,
    ) -> None:
        self.backend = backend
        self.prompts = prompts
        self.max_rounds = max(0, max_rounds)
        self.concurrency = max(1, concurrency)
        self.report_rules = report_rules
        self.quote_suppressions = quote_suppressions
        self.on_event = on_event or (lambda kind, section, info: None)
        self._event_lock = threading.Lock()

    def _emit(self, kind: str, section: str, **info) -> None:
        with self._event_lock:
            self.on_event(kind, section, info)

    def rules_for(self, plan: SectionPlan) -> list[Rule]:
        return [
            *self.report_rules(),
            UngroundedNumber(UngroundedNumber.Options(grounded=plan.grounded)),
            MissingFact(MissingFact.Options(required=plan.required)),
        ]

    def prepare(self, plans: list[SectionPlan]) -> None:
        """Render every first-round prompt and a sample repair prompt before any backend call.

        A template that references a missing field fails here (PromptError), not after sections
        have been paid for.
        """
        sample = {"code": "DC601", "line": 1, "context": "", "found": "", "message": "", "expected": ""}
        for plan in plans:
            first = self.prompts.section_messages(plan.data, plan.spec.template)
            if self.max_rounds:
                context = {**plan.data, "findings": [sample], "round": 1, "max_rounds": self.max_rounds, "draft": ""}
                self.prompts.repair_messages(first, "", context)

    # ------------------------------------------------------------------ one section

    def draft_section(self, plan: SectionPlan) -> SectionResult:
        """Draft one section through its repair rounds. Raises BackendError; PromptError."""
        result = SectionResult(plan.id, plan.title)
        rules = self.rules_for(plan)
        first_messages = self.prompts.section_messages(plan.data, plan.spec.template)
        self._emit("start", plan.id, title=plan.title)
        try:
            self._rounds(plan, rules, first_messages, result)
        except BackendError as exc:
            if not result.rounds:
                raise
            # A repair round failed: keep the best draft so far, and say why it was not repaired further.
            result.status = "partial"
            result.error = f"{exc}（保留第{result.best_round}轮草稿）"
            result.endpoint_failed = not isinstance(exc, RequestTooLargeError)
            self._emit("failed", plan.id, error=result.error)
            return result
        result.status = "done"
        self._emit("done", plan.id, findings=len(result.findings), usage=result.usage, best_round=result.best_round)
        return result

    def _rounds(self, plan: SectionPlan, rules: list[Rule], first_messages: list[dict], result: SectionResult) -> None:
        messages = first_messages
        for round_no in range(self.max_rounds + 1):
            request = SectionRequest(plan.id, plan.title, messages, plan.data, round=round_no)
            completion = self._complete(request)
            text = clean_reply(completion.text, plan.title)
            if not text:
                raise BackendError(f"“{plan.title}”：模型返回了空内容（第{round_no}轮）")
            findings = lint_text(text, rules, quote_suppressions=self.quote_suppressions).findings
            record = RoundRecord(round_no, text, findings, completion.usage, completion.latency_s, completion.cached, completion.model)
            result.rounds.append(record)
            if result.best is None or score(findings) < score(result.best.findings):
                result.best_round = round_no
            self._emit("round", plan.id, round=round_no, findings=len(findings), usage=completion.usage, cached=completion.cached)
            if not findings or round_no == self.max_rounds:
                break
            if round_no > 0 and text == result.rounds[-2].text:
                break  # the backend repeats itself: more rounds cannot help
            messages = self.prompts.repair_messages(first_messages, text, self._repair_context(plan, record, round_no + 1))

    def _complete(self, request: SectionRequest) -> Completion:
        completion = self.backend.complete(request)
        if not isinstance(completion, Completion):
            raise BackendError(f"“{request.title}”：后端返回了无法识别的结果")
        return completion

    def _repair_context(self, plan: SectionPlan, record: RoundRecord, round_no: int) -> dict:
        lines = LineIndex(record.text)
        sentences = split_sentences(record.text)
        items = []
        for finding in record.findings:
            where = next((s for s in sentences if s.start <= finding.span.start < s.end), None)
            items.append(
                {
                    "code": finding.code,
                    "line": lines.line_col(finding.span.start)[0],
                    "context": (where.text.strip() if where else finding.quote),
                    "found": finding.quote,
                    "message": finding.message,
                    "expected": finding.suggestion or "",
                }
            )
        return {**plan.data, "findings": items, "round": round_no, "max_rounds": self.max_rounds, "draft": record.text}

    # ------------------------------------------------------------------ all sections

    def run(self, plans: list[SectionPlan], on_section: Callable[[SectionResult], None] | None = None) -> list[SectionResult]:
        """Draft every section concurrently; ``on_section`` is called (serially) as each becomes final.

        A backend failure stops sections not yet started (marked ``skipped``); sections already
        running finish and are kept. Ctrl-C cancels what has not started and re-raises.
        """
        results = {plan.id: SectionResult(plan.id, plan.title) for plan in plans}
        failed = threading.Event()
        self.report_rules()  # load the rule registry once, before the worker threads need it

        def task(plan: SectionPlan) -> SectionResult:
            if failed.is_set():
                return SectionResult(plan.id, plan.title, status="skipped", error="因其他部分出错而未起草")
            try:
                result = self.draft_section(plan)
                if result.status == "partial" and result.endpoint_failed:
                    failed.set()  # the endpoint itself failed: do not keep calling it
                return result
            except BackendError as exc:
                failed.set()
                self._emit("failed", plan.id, error=str(exc))
                return SectionResult(plan.id, plan.title, status="failed", error=str(exc))

        executor = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="draft")
        order: dict[Future, int] = {}
        try:
            for index, plan in enumerate(plans):
                order[executor.submit(task, plan)] = index
            pending = set(order)
            while pending:
                done, pending = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
                # Keep every section that finished before raising what another one raised.
                finished = sorted(done, key=order.__getitem__)
                for future in finished:
                    if future.exception() is None:
                        result = future.result()
                        results[result.id] = result
                        if on_section is not None:
                            on_section(result)
                for future in finished:
                    if future.exception() is not None:
                        raise future.exception()
        except BaseException:
            executor.shutdown(wait=False, cancel_futures=True)
            raise
        executor.shutdown(wait=True)
        return [results[plan.id] for plan in plans]
