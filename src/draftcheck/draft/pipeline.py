"""Draft, check and repair, paragraph by paragraph; then assemble each section and check it whole.

Each section's fact groups (``draft/groups.py``) are packed into paragraphs: one short request per group
or small set of groups, sized by the token budget to fit the model's context with room for the reply (a
group that cannot fit is split, never sent to fail). A paragraph's reply is linted with every report rule
plus the draft rules: DC601 (ungrounded number), DC602 (missing fact, each one counted), DC603 (figure
given to the wrong subject) and DC604 (not prose). While findings remain and rounds are left, the findings
go back in a repair request. A reply that states some groups and drops others whole, with no other finding, is completed by a request
for the dropped groups alone, whose reply is added after it. A reply whose faulty sentences can be
deleted, leaving a clean paragraph, is kept without them (a trimmed round: no word of the program's is
added). A reply cut off at the token limit (``finish_reason == "length"``) or a
request the model refuses as too long is never a draft: it is retried once, shorter (the groups apart,
or a group halved, or a briefer request). The round kept is the one with the fewest findings counted one
by one (errors first, then missing facts), never the latest. A paragraph still not clean is replaced by
the offline template's paragraph for the same facts (``fallback="template"``) or kept and reported
(``fallback="keep"``); each section records how many paragraphs the model wrote and how many fell back.

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
from draftcheck.draft.groups import FactGroup
from draftcheck.draft.offline_backend import OfflineBackend, theme_of
from draftcheck.draft.prompts import Prompts
from draftcheck.draft.sections import SectionPlan
from draftcheck.draft.token_budget import TokenBudget
from draftcheck.engine import default_rules, lint_text
from draftcheck.finding import Finding, Severity, issue_dict
from draftcheck.rules.base import Rule
from draftcheck.rules.dc601_ungrounded_number import UngroundedNumber
from draftcheck.rules.dc602_missing_fact import MissingFact
from draftcheck.rules.dc603_misattributed_figure import MisattributedFigure
from draftcheck.rules.dc604_not_prose import NotProse
from draftcheck.suppression import QuoteSuppression
from draftcheck.text.positions import LineIndex
from draftcheck.text.sentences import split_sentences

DEFAULT_MAX_ROUNDS = 2
DEFAULT_CONCURRENCY = 4
FALLBACKS = ("template", "keep")
USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")
# How many groups one request may carry, by kind: short requests are what a small model writes well.
GROUPS_PER_REQUEST = {"indicator": 3, "project": 2, "work_item": 2, "problem": 6, "plan": 2}


@dataclass
class RoundRecord:
    round: int
    text: str
    findings: list[Finding]
    usage: dict
    latency_s: float
    cached: bool
    model: str
    truncated: bool = False  # cut off at the token limit (or refused as too long): never a draft
    error: str | None = None
    trimmed: bool = False  # the model's text of this round with its faulty sentences deleted (no word added)

    @property
    def usable(self) -> bool:
        return not self.truncated and self.error is None and bool(self.text)

    def as_dict(self) -> dict:
        return {
            "round": self.round,
            "findings": findings_dicts(self.text, self.findings),
            "usage": self.usage,
            "latency_s": round(self.latency_s, 3),
            "cached": self.cached,
            "model": self.model,
            "truncated": self.truncated,
            "trimmed": self.trimmed,
            "error": self.error,
        }


@dataclass
class ParagraphResult:
    groups: list[str]  # labels of the fact groups it states
    rounds: list[RoundRecord] = field(default_factory=list)
    best_round: int | None = None
    source: str = "model"  # model: written by the backend and clean | kept: written, findings kept | fallback
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    note: str | None = None  # why it fell back
    pieces: list[FactGroup] = field(default_factory=list, repr=False)  # the groups (or halves) it states

    @property
    def kept(self) -> str:
        """Which round was kept: "0", "1" … or "模板" (the template's paragraph)."""
        if self.source == "fallback" or self.best_round is None:
            return "模板"
        return str(self.rounds[self.best_round].round)  # the round, not the record (a trimmed or retried round adds one)

    def as_dict(self) -> dict:
        best = self.rounds[self.best_round] if self.best_round is not None else None
        return {
            "groups": self.groups,
            "source": self.source,
            "best_round": self.best_round,
            "note": self.note,
            "findings_before_fallback": findings_dicts(best.text, best.findings) if best else [],
            "residual_findings": findings_dicts(self.text, self.findings),
            "rounds": [r.as_dict() for r in self.rounds],
        }


@dataclass
class SectionResult:
    id: str
    title: str
    status: str = "pending"  # pending | done | partial (the endpoint failed mid-section) | failed | skipped
    paragraphs: list[ParagraphResult] = field(default_factory=list)
    text: str = ""
    findings: list[Finding] = field(default_factory=list)  # of the assembled section
    error: str | None = None
    endpoint_failed: bool = False

    @property
    def rounds(self) -> list[RoundRecord]:
        return [r for p in self.paragraphs for r in p.rounds]

    @property
    def drafted(self) -> bool:
        return bool(self.text)

    @property
    def written(self) -> int:
        return sum(1 for p in self.paragraphs if p.source != "fallback")

    @property
    def fallbacks(self) -> int:
        return sum(1 for p in self.paragraphs if p.source == "fallback")

    @property
    def kept_label(self) -> str:
        """The rounds kept, as the progress line and the summary table both show them: paragraphs per round
        kept, in report order of first use (``0×4、1×1、模板×1``)."""
        counts: dict[str, int] = {}
        for p in self.paragraphs:
            counts[p.kept] = counts.get(p.kept, 0) + 1
        return "、".join(f"{kept}×{n}" for kept, n in counts.items()) or "—"

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
            "clean": self.status == "done" and not self.findings,
            "kept": self.drafted,
            "kept_rounds": [p.kept for p in self.paragraphs],
            "paragraphs_written_by_model": self.written,
            "paragraphs_fell_back": self.fallbacks,
            "residual_findings": findings_dicts(self.text, self.findings),
            "paragraphs": [p.as_dict() for p in self.paragraphs],
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


def score(findings: list[Finding]) -> tuple[int, int, int]:
    """Lower is better, counted one by one: errors first, then missing facts, then every finding."""
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    missing = sum(1 for f in findings if f.code == MissingFact.code)
    return (errors, missing, len(findings))


_FENCE = re.compile(r"^```[\w-]*\s*\n(.*?)\n```\s*$", re.S)
# The repair request's own wording, which a small model goes on copying after its paragraph: everything
# from it on is the prompt echoed, never report text (v2 and v3 of prompts/repair.j2).
_PROMPT_ECHO = re.compile(r"程序检查发现\d+处问题|草稿有\d+处要改|请依照事实改写草稿|请只改正这些问题|^\s*(?:事实|草稿|你起草的一段)：\s*$", re.M)


def clean_reply(text: str, title: str) -> str:
    """Drop a code fence around the whole reply, a repeated section heading at its top and the repair
    request's wording copied after the paragraph."""
    text = text.strip()
    echo = _PROMPT_ECHO.search(text)
    if echo:
        text = text[: echo.start()].strip()
    fenced = _FENCE.match(text)
    if fenced:
        text = fenced.group(1).strip()
    lines = text.splitlines()
    if lines and title in lines[0] and len(lines[0].strip("#*　 一二三四五六七八九十、.（）()")) <= len(title) + 2:
        text = "\n".join(lines[1:]).strip()
    return text


class _EndpointFailed(Exception):
    """The endpoint failed in a repair round: the paragraph keeps what it has, the run stops."""

    def __init__(self, paragraph: "ParagraphResult", error: BackendError) -> None:
        self.paragraph = paragraph
        self.error = error


class _Shorter(Exception):
    """The request must be made shorter: draft these units instead."""

    def __init__(self, units: list[list[FactGroup]], rounds: list["RoundRecord"]) -> None:
        self.units = units
        self.rounds = rounds  # the cut-off attempt, recorded with the paragraph that retries it


def pack_key(group: FactGroup) -> tuple[str, str]:
    return (group.kind, theme_of(group.label) if group.kind == "indicator" else "")


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
        budget: TokenBudget | None = None,
        fallback: str = "template",
    ) -> None:
        if fallback not in FALLBACKS:
            raise ValueError(f"fallback must be one of {FALLBACKS}")
        self.backend = backend
        self.prompts = prompts
        self.max_rounds = max(0, max_rounds)
        self.concurrency = max(1, concurrency)
        self.report_rules = report_rules
        self.quote_suppressions = quote_suppressions
        self.on_event = on_event or (lambda kind, section, info: None)
        self.budget = budget
        self.fallback = fallback
        self.template = OfflineBackend()
        self._event_lock = threading.Lock()

    def _emit(self, kind: str, section: str, **info) -> None:
        with self._event_lock:
            self.on_event(kind, section, info)

    # ------------------------------------------------------------------ rules

    def rules_for(self, plan: SectionPlan, groups: list[FactGroup] | None = None) -> list[Rule]:
        """Report rules plus DC601–DC604 for the whole section, or for the paragraph of ``groups``."""
        required = plan.required if groups is None else [r for g in groups for r in g.required]
        return [
            *self.report_rules(),
            UngroundedNumber(UngroundedNumber.Options(grounded=plan.grounded)),
            MissingFact(MissingFact.Options(required=required)),
            MisattributedFigure(MisattributedFigure.Options(subjects=plan.subjects)),
            NotProse(),
        ]

    def lint(self, text: str, rules: list[Rule]) -> list[Finding]:
        return lint_text(text, rules, quote_suppressions=self.quote_suppressions).findings

    # ------------------------------------------------------------------ requests

    def context(self, plan: SectionPlan, groups: list[FactGroup], *, brief: bool = False) -> dict:
        first_kinds = {g.kind for g in plan.groups[:1]}
        return {
            **plan.data,
            "lines": [line for g in groups for line in g.lines],
            "required": [{"label": r.label, "display": r.shown} for g in groups for r in g.required],
            "kinds": sorted({g.kind for g in groups}),
            "numbers": [g.ref.get("index", 0) + 1 for g in groups],
            "first": bool(groups) and groups[0] is plan.groups[0] and bool(first_kinds),
            "brief": brief,
        }

    def paragraph_messages(self, plan: SectionPlan, groups: list[FactGroup], *, brief: bool = False) -> list[dict]:
        return self.prompts.section_messages(self.context(plan, groups, brief=brief), plan.spec.template)

    def fits(self, messages: list[dict]) -> bool:
        return self.budget is None or self.budget.fits(messages)

    def units(self, plan: SectionPlan) -> list[list[FactGroup]]:
        """The section's groups packed into paragraphs, each request within the token budget."""
        units: list[list[FactGroup]] = []
        for group in plan.groups:
            for piece in self._fitting(plan, group):
                current = units[-1] if units else None
                if (
                    current
                    and pack_key(current[-1]) == pack_key(piece)
                    and len(current) < GROUPS_PER_REQUEST.get(piece.kind, 1)
                    and piece.part == (1, 1)
                    and current[-1].part == (1, 1)
                    and self.fits(self.paragraph_messages(plan, [*current, piece]))
                ):
                    current.append(piece)
                else:
                    units.append([piece])
        return units

    def _fitting(self, plan: SectionPlan, group: FactGroup) -> list[FactGroup]:
        """``group``, or its halves (recursively) when it does not fit the budget on its own."""
        if self.fits(self.paragraph_messages(plan, [group])):
            return [group]
        halves = group.split()
        if len(halves) == 1:
            return [group]  # one line too long for the model: never sent, the template writes it
        return [piece for half in halves for piece in self._fitting(plan, half)]

    def prepare(self, plans: list[SectionPlan]) -> None:
        """Render every paragraph's prompt and a sample repair prompt before any backend call.

        A template that references a missing field fails here (PromptError), not after sections
        have been paid for.
        """
        sample = {"code": "DC601", "line": 1, "context": "", "found": "", "message": "", "expected": ""}
        for plan in plans:
            for unit in self.units(plan):
                context = self.context(plan, unit)
                if self.max_rounds:
                    self.prompts.repair_messages({**context, "findings": [sample], "round": 1, "max_rounds": self.max_rounds, "draft": ""})

    # ------------------------------------------------------------------ one paragraph

    def draft_paragraph(
        self, plan: SectionPlan, groups: list[FactGroup], *, shortened: bool = False, earlier: Sequence[RoundRecord] = ()
    ) -> ParagraphResult:
        """Draft one paragraph through its repair rounds. Raises _Shorter; BackendError (endpoint failures)."""
        result = ParagraphResult([g.label for g in groups], rounds=list(earlier), pieces=list(groups))
        rules = self.rules_for(plan, groups)
        context = self.context(plan, groups, brief=shortened)
        messages = self.paragraph_messages(plan, groups, brief=shortened)
        data = {**plan.data, "groups": [g.ref for g in groups], "brief": shortened}
        if not self.fits(messages):
            return self._finish(plan, groups, result, rules, note="事实过长，无法放入模型上下文，未发送")
        round_no = 0
        while True:
            request = SectionRequest(plan.id, plan.title, messages, data, round=round_no,
                                     max_tokens=self.budget.reply_tokens if self.budget else None)
            try:
                completion = self.backend.complete(request)
                refused = None
            except RequestTooLargeError as exc:  # the server says the request does not fit: same as cut off
                completion, refused = Completion(text="", finish_reason="length"), str(exc)
            except BackendError as exc:
                if result.best_round is None:
                    raise
                raise _EndpointFailed(self._finish(plan, groups, result, rules), exc) from None
            if not isinstance(completion, Completion):
                raise BackendError(f"“{plan.title}”：后端返回了无法识别的结果")
            text = clean_reply(completion.text, plan.title)
            if completion.truncated:
                record = RoundRecord(round_no, text, [], completion.usage, completion.latency_s, completion.cached,
                                     completion.model, truncated=True, error=refused)
                result.rounds.append(record)
                self._emit("round", plan.id, round=round_no, findings=None, usage=completion.usage, cached=completion.cached, truncated=True)
                if round_no == 0 and not shortened:
                    raise _Shorter(self._shorter(groups), result.rounds)
                break  # a repair cut off, or a shortened request cut off again: keep what there is
            if not text:
                raise BackendError(f"“{plan.title}”：模型返回了空内容（第{round_no}轮）")
            findings = self.lint(text, rules)
            record = RoundRecord(round_no, text, findings, completion.usage, completion.latency_s, completion.cached, completion.model)
            result.rounds.append(record)
            best = result.rounds[result.best_round] if result.best_round is not None else None
            if best is None or score(findings) < score(best.findings):
                result.best_round = len(result.rounds) - 1
            self._emit("round", plan.id, round=round_no, findings=len(findings), usage=completion.usage, cached=completion.cached, truncated=False)
            trimmed = self._trimmed(text, findings, rules) if findings else None
            if trimmed is not None:
                result.rounds.append(RoundRecord(round_no, trimmed, [], {}, 0.0, False, completion.model, trimmed=True))
                result.best_round = len(result.rounds) - 1
                break
            if not findings or round_no >= self.max_rounds:
                break
            previous = [r for r in result.rounds[:-1] if r.usable]
            if previous and previous[-1].text == text:
                break  # the backend repeats itself: more rounds cannot help
            dropped = self._dropped_groups(plan, groups, text, findings)
            if dropped:
                # Only whole groups are missing and nothing else is wrong: ask for those groups alone and add
                # the model's paragraph for them after this one (a repair request just showed the draft back).
                round_no += 1
                self._supplement(plan, groups, dropped, result, record, rules, round_no)
                if not result.rounds[-1].usable or not result.rounds[-1].findings or round_no >= self.max_rounds:
                    break
                record = result.rounds[-1]
            repair = self._repair_messages(context, record, round_no + 1)
            if repair is None:
                break  # even the shortest repair request would not fit the context
            messages = repair
            round_no += 1
        return self._finish(plan, groups, result, rules)

    def _dropped_groups(self, plan: SectionPlan, groups: list[FactGroup], text: str, findings: list[Finding]) -> list[FactGroup]:
        """The groups of which the reply states nothing, when their missing facts are its only findings."""
        if len(groups) < 2 or any(f.code != MissingFact.code for f in findings):
            return []
        dropped, missing = [], 0
        for group in groups:
            if not group.required:
                continue
            absent = self.lint(text, [MissingFact(MissingFact.Options(required=group.required))])
            if len(absent) == len(group.required):
                dropped.append(group)
                missing += len(absent)
        return dropped if dropped and missing == len(findings) and len(dropped) < len(groups) else []

    def _supplement(self, plan: SectionPlan, groups: list[FactGroup], dropped: list[FactGroup], result: ParagraphResult,
                    record: RoundRecord, rules: list[Rule], round_no: int) -> None:
        """Draft the dropped groups alone (the ordinary paragraph request for them) and append the reply."""
        messages = self.paragraph_messages(plan, dropped)
        if not self.fits(messages):
            return
        request = SectionRequest(plan.id, plan.title, messages, {**plan.data, "groups": [g.ref for g in dropped]},
                                 round=round_no, max_tokens=self.budget.reply_tokens if self.budget else None)
        try:
            completion = self.backend.complete(request)
        except RequestTooLargeError:
            return
        except BackendError as exc:
            raise _EndpointFailed(self._finish(plan, groups, result, rules), exc) from None
        added = clean_reply(completion.text, plan.title)
        if completion.truncated or not added:
            result.rounds.append(RoundRecord(round_no, "", [], completion.usage, completion.latency_s, completion.cached,
                                             completion.model, truncated=completion.truncated))
            return
        text = f"{record.text}\n{added}"
        findings = self.lint(text, rules)
        result.rounds.append(RoundRecord(round_no, text, findings, completion.usage, completion.latency_s, completion.cached, completion.model))
        if score(findings) < score(result.rounds[result.best_round].findings):
            result.best_round = len(result.rounds) - 1
        self._emit("round", plan.id, round=round_no, findings=len(findings), usage=completion.usage, cached=completion.cached, truncated=False)
        trimmed = self._trimmed(text, findings, rules) if findings else None
        if trimmed is not None:
            result.rounds.append(RoundRecord(round_no, trimmed, [], {}, 0.0, False, completion.model, trimmed=True))
            result.best_round = len(result.rounds) - 1

    def _trimmed(self, text: str, findings: list[Finding], rules: list[Rule]) -> str | None:
        """The reply with every sentence that carries a finding deleted, when what is left is clean.

        A small model often writes the facts right and then goes on (an invented rate, a formula, a line
        of the prompt): deleting those sentences adds no word of the program's, and the remainder is linted
        with the paragraph's rules, so a sentence that held a required fact cannot go (DC602 would fire). A
        missing fact cannot be mended by deleting: then ``None``, and the model is asked to repair.
        """
        if any(f.code == MissingFact.code for f in findings):
            return None
        sentences = split_sentences(text)
        faulty = [s for s in sentences if any(f.span.start < s.end and max(f.span.end, f.span.start + 1) > s.start for f in findings)]
        if not faulty or len(faulty) == len(sentences):
            return None
        kept = text
        for sentence in reversed(faulty):
            kept = kept[: sentence.start] + kept[sentence.end :]
        kept = re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept.splitlines())).strip()
        if not kept or self.lint(kept, rules):
            return None
        return kept

    def _shorter(self, groups: list[FactGroup]) -> list[list[FactGroup]]:
        """Several groups: one request each. One group: the same facts, asking for a briefer paragraph."""
        return [[g] for g in groups]

    def _finish(self, plan: SectionPlan, groups: list[FactGroup], result: ParagraphResult, rules: list[Rule], note: str | None = None) -> ParagraphResult:
        if result.best_round is not None:
            best = result.rounds[result.best_round]
            result.text, result.findings = best.text, best.findings
            if not best.findings:
                result.source = "model"
                return result
            result.source = "kept"
            note = note or f"{len(result.rounds)}轮后仍有{len(best.findings)}处问题"
        else:
            refused = any(r.error for r in result.rounds)
            cut = "请求超出模型上下文" if refused else "回复被截断（finish_reason=length）"
            note = note or (f"{cut}，缩短重试后仍不成" if result.rounds else "未起草")
        result.note = note
        if self.fallback == "template" or result.best_round is None:
            request = SectionRequest(plan.id, plan.title, [], {**plan.data, "groups": [g.ref for g in groups]})
            result.text = self.template.complete(request).text
            result.findings = self.lint(result.text, rules)
            result.source = "fallback"
        return result

    def _repair_messages(self, context: dict, record: RoundRecord, round_no: int) -> list[dict] | None:
        items = self._finding_items(record)
        while items:
            messages = self.prompts.repair_messages(
                {**context, "findings": items, "round": round_no, "max_rounds": self.max_rounds, "draft": record.text}
            )
            if self.fits(messages):
                return messages
            items = items[: len(items) // 2]  # fewer findings per request; the rest in the next round
        return None

    def _finding_items(self, record: RoundRecord) -> list[dict]:
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
        return items

    # ------------------------------------------------------------------ one section

    def draft_section(self, plan: SectionPlan) -> SectionResult:
        """Draft every paragraph of one section, assemble and check it. Raises BackendError; PromptError."""
        result = SectionResult(plan.id, plan.title)
        self._emit("start", plan.id, title=plan.title)
        queue: list[tuple[list[FactGroup], bool, list[RoundRecord]]] = [(unit, False, []) for unit in self.units(plan)]
        try:
            while queue:
                unit, shortened, earlier = queue.pop(0)
                try:
                    result.paragraphs.append(self.draft_paragraph(plan, unit, shortened=shortened, earlier=earlier))
                except _Shorter as shorter:
                    queue[:0] = [(u, True, shorter.rounds if n == 0 else []) for n, u in enumerate(shorter.units)]
                except _EndpointFailed as failure:
                    result.paragraphs.append(failure.paragraph)
                    raise failure.error from None
        except BackendError as exc:
            if not result.paragraphs:
                raise
            result.status = "partial"
            result.error = f"{exc}（保留已完成的{len(result.paragraphs)}段）"
            result.endpoint_failed = True
            self._assemble(plan, result)
            self._emit("failed", plan.id, error=result.error)
            return result
        self._merge_split_fallbacks(plan, result)
        self._assemble(plan, result)
        result.status = "done"
        self._emit("done", plan.id, findings=len(result.findings), usage=result.usage, kept=result.kept_label,
                   written=result.written, fallbacks=result.fallbacks)
        return result

    def _merge_split_fallbacks(self, plan: SectionPlan, result: SectionResult) -> None:
        """A group drafted in halves with any half fallen back: the template states the whole group once."""
        halves: dict[str, list[ParagraphResult]] = {}
        for paragraph in result.paragraphs:
            if len(paragraph.pieces) == 1 and paragraph.pieces[0].part != (1, 1):
                halves.setdefault(repr(paragraph.pieces[0].ref), []).append(paragraph)
        for group in halves.values():
            if not any(p.source == "fallback" for p in group):
                continue
            piece = group[0].pieces[0]
            request = SectionRequest(plan.id, plan.title, [], {**plan.data, "groups": [piece.ref]})
            for n, paragraph in enumerate(group):
                if paragraph.source != "fallback":
                    paragraph.note = "同一组事实的另一半改用模板，整组由模板写出"
                paragraph.source = "fallback"
                paragraph.text = self.template.complete(request).text if n == 0 else ""
                paragraph.findings = []

    def _assemble(self, plan: SectionPlan, result: SectionResult) -> None:
        result.text = "\n\n".join(p.text for p in result.paragraphs if p.text)
        complete = result.status != "partial"
        rules = self.rules_for(plan) if complete else self.rules_for(plan, [])
        result.findings = self.lint(result.text, rules) if result.text else []

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
                return SectionResult(plan.id, plan.title, status="skipped", error="因模型服务出错而未起草")
            try:
                result = self.draft_section(plan)
                if result.status == "partial" and result.endpoint_failed:
                    failed.set()  # the endpoint itself failed: do not keep calling it
                return result
            except BackendError as exc:
                failed.set()
                self._emit("failed", plan.id, error=str(exc))
                return SectionResult(plan.id, plan.title, status="failed", error=str(exc), endpoint_failed=True)

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
