"""The contract between the drafting pipeline and whatever writes the prose.

A backend receives one :class:`SectionRequest` (rendered chat messages plus the
facts and derived figures the section is built from) and returns a
:class:`Completion`. The offline backend renders deterministic templates from
``request.data``; the LLM backend sends ``request.messages`` to an
OpenAI-compatible endpoint. Backends must be thread-safe: the pipeline drafts
sections concurrently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


@dataclass
class SectionRequest:
    section: str  # section id, e.g. "indicators", "projects", "investment", "other_work", "problems", "plans"
    title: str  # Chinese heading, e.g. "主要指标完成情况"
    messages: list[dict]  # [{"role": "system"|"user"|"assistant", "content": str}], rendered from prompts/
    data: dict  # the facts + derived figures handed to the template (JSON-serialisable); data["groups"]: the
    # fact groups of this paragraph (all of the section when absent)
    round: int = 0  # 0 = first draft, 1.. = repair rounds
    max_tokens: int | None = None  # the reply budget of this request (token budget), when the backend has one


@dataclass
class Completion:
    text: str
    usage: dict = field(default_factory=dict)  # {"prompt_tokens", "completion_tokens", "total_tokens"}
    latency_s: float = 0.0
    cached: bool = False
    model: str = ""
    finish_reason: str | None = None  # "length": the reply was cut off at the token limit, not a draft

    @property
    def truncated(self) -> bool:
        return self.finish_reason == "length"


@runtime_checkable
class Backend(Protocol):
    name: str

    def complete(self, request: SectionRequest) -> Completion: ...


class BackendError(Exception):
    """one-line, user-facing (Chinese), never contains the API key"""


class RequestTooLargeError(BackendError):
    """This one request failed on its own (its prompt exceeds the model's context window).

    The endpoint itself works, so the pipeline keeps the section's best draft and goes on with the
    other sections instead of stopping the run.
    """
