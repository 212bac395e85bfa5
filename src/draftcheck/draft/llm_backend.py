"""The LLM backend: one section request → one chat completion from an OpenAI-compatible endpoint.

LangChain's ``ChatOpenAI`` (over the openai SDK) is imported inside :class:`LLMBackend`, never at module
level, so ``lint`` and ``review`` never load the LLM stack.

Failure policy (bounded, and testable with the fake server in tests/fake_openai_server.py):

- every HTTP attempt has an explicit timeout (``settings.timeout``; the client has none by default);
  a timed-out attempt is not retried: a server that hangs once usually hangs again, and the user waits;
- 429 and 5xx answers and refused connections are retried at most ``settings.max_retries`` times, by this
  module's own loop (the SDK's retries are switched off so there is one policy, not two nested ones),
  waiting as the server's ``Retry-After`` asks or with exponential backoff, within ``retry_budget_s`` of
  waiting in total; a longer ``Retry-After`` fails at once;
- so one request takes at most ``(max_retries + 1) * timeout + retry_budget_s`` seconds;
- everything else (401, 403, 404, 400, an unparseable or empty answer) fails at once.

Every failure becomes a :class:`BackendError` with one Chinese line naming the cause; the API key is never
part of it (it is scrubbed from anything the server sends back).
"""

from __future__ import annotations

import contextlib
import email.utils
import os
import random
import re
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from draftcheck.draft.backend import BackendError, Completion, RequestTooLargeError, SectionRequest
from draftcheck.draft.providers import ProviderSettings

TRACING_VARIABLES = ("LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING", "LANGSMITH_TRACING", "LANGSMITH_TRACING_V2")

_THINK_BLOCK = re.compile(r"<think>.*?</think>", re.DOTALL | re.IGNORECASE)
_THINK_OPEN = re.compile(r"<think>", re.IGNORECASE)
_THINK_CLOSE = re.compile(r"</think>", re.IGNORECASE)


def tracing_requested() -> bool:
    """LangSmith tracing is on only when the user asks with ``DRAFTCHECK_TRACING=1``."""
    return os.environ.get("DRAFTCHECK_TRACING", "").strip().lower() in ("1", "true", "yes", "on")


def configure_tracing() -> None:
    """Switch LangChain/LangSmith tracing off unless requested: drafts and facts stay on this machine."""
    if tracing_requested():
        return
    for name in TRACING_VARIABLES:
        os.environ[name] = "false"


@contextlib.contextmanager
def _tracing_scope() -> Iterator[None]:
    """Per call (and per thread): tracing explicitly disabled, whatever a library cached from the env."""
    if tracing_requested():
        yield
        return
    try:
        from langsmith.run_helpers import tracing_context
    except ImportError:  # langsmith absent: nothing can trace
        yield
        return
    with tracing_context(enabled=False):
        yield


def strip_thinking(text: str) -> str:
    """Remove ``<think>…</think>`` blocks (reasoning models). An unclosed ``<think>`` hides the rest of
    the text; a stray ``</think>`` (the opening tag eaten by the chat template) hides what precedes it."""
    text = _THINK_BLOCK.sub("", text)
    close = None
    for close in _THINK_CLOSE.finditer(text):
        pass
    if close is not None:
        text = text[close.end() :]
    opening = _THINK_OPEN.search(text)
    if opening is not None:
        text = text[: opening.start()]
    return text.strip()


class ContextOverflowError(RequestTooLargeError):
    """The prompt (with the draft, in a repair round) does not fit the model's context window.

    A pipeline may keep the best draft so far when a *repair* round overflows instead of failing the
    section (a first draft that overflows is a real failure).
    """


_CONTEXT_OVERFLOW = re.compile(r"context[ _](length|window)|maximum context|too many tokens|exceeds? .*context", re.I)


@dataclass
class _Failure:
    message: str
    retryable: bool = False
    retry_after: float | None = None
    error_class: type[BackendError] = BackendError


def _retry_after_seconds(headers: Any) -> float | None:
    """Seconds the server asks us to wait (``retry-after-ms``, ``retry-after`` as seconds or HTTP date)."""
    if headers is None:
        return None
    milliseconds = headers.get("retry-after-ms")
    if milliseconds:
        try:
            return max(0.0, float(milliseconds) / 1000)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


class LLMBackend:
    """Drafts sections through ``ChatOpenAI``. Thread-safe: one client, shared by the worker threads."""

    name = "llm"

    def __init__(
        self,
        settings: ProviderSettings,
        *,
        backoff_base_s: float = 1.0,
        backoff_cap_s: float = 20.0,
        retry_budget_s: float = 90.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s
        self.retry_budget_s = retry_budget_s
        self._sleep = sleep
        self._key = settings.key_value()  # raises ProviderConfigError when a hosted preset has no key
        self._lock = threading.Lock()
        self.calls = 0  # HTTP attempts made, retries included
        configure_tracing()
        self._chat = self._build_client()

    # -- construction ----------------------------------------------------------------------------
    def _build_client(self) -> Any:
        try:
            from langchain_openai import ChatOpenAI
        except ImportError as error:  # pragma: no cover - a broken install
            raise BackendError(f"无法加载 langchain-openai（{error.name or error}）：请重新安装 draftcheck") from None

        s = self.settings
        extra_body: dict[str, Any] = {}
        if s.max_tokens is not None:
            # ChatOpenAI sends max_tokens as max_completion_tokens, which llama.cpp and older servers ignore.
            extra_body["max_tokens"] = s.max_tokens
        return ChatOpenAI(
            model=s.model,
            base_url=s.base_url,
            api_key=self._key,
            timeout=s.timeout,
            max_retries=0,  # retries are this module's loop, below
            temperature=s.temperature,
            streaming=s.stream,
            stream_usage=True,
            default_headers=dict(s.headers) or None,
            extra_body=extra_body or None,
            use_responses_api=False,  # chat completions: what every compatible server speaks
        )

    def cache_identity(self) -> dict[str, Any]:
        return {"backend": self.name, **self.settings.cache_identity()}

    # -- the call --------------------------------------------------------------------------------
    def complete(self, request: SectionRequest) -> Completion:
        messages = _langchain_messages(request.messages)
        started = time.monotonic()
        waited = 0.0
        attempt = 0
        while True:
            with self._lock:
                self.calls += 1
            try:
                with _tracing_scope():
                    reply = self._invoke(messages)
                break
            except Exception as error:  # classified below; nothing escapes unclassified
                failure = self._classify(error)
            if not failure.retryable:
                raise failure.error_class(self._scrub(f"起草「{request.title}」时{failure.message}"))
            if attempt >= self.settings.max_retries:
                raise BackendError(
                    self._scrub(f"起草「{request.title}」时{failure.message}；已重试 {attempt} 次仍失败，请稍后再试")
                )
            delay = failure.retry_after
            if delay is None:
                ceiling = min(self.backoff_cap_s, self.backoff_base_s * 2**attempt)
                delay = random.uniform(ceiling / 2, ceiling)
            if waited + delay > self.retry_budget_s:
                asked = f"服务要求等待 {delay:.0f} 秒，" if failure.retry_after is not None else f"已等待 {waited:.0f} 秒，"
                raise BackendError(
                    self._scrub(
                        f"起草「{request.title}」时{failure.message}；{asked}"
                        f"超出重试等待上限 {self.retry_budget_s:.0f} 秒，已放弃"
                    )
                )
            self._sleep(delay)
            waited += delay
            attempt += 1

        text = strip_thinking(_message_text(reply))
        metadata = getattr(reply, "response_metadata", None) or {}
        finish_reason = metadata.get("finish_reason")
        if not text and finish_reason == "length":
            text = ""  # cut off before any text: the pipeline treats it as a truncated reply
            return Completion(text="", usage=_usage(reply), latency_s=round(time.monotonic() - started, 3),
                              model=str(metadata.get("model_name") or self.settings.model), finish_reason="length")
        if not text:
            raw = _message_text(reply)
            cause = "只返回了 <think> 思考过程，没有正文" if raw.strip() else "返回了空内容"
            raise BackendError(f"起草「{request.title}」时模型 {self.settings.model}（{self.settings.host}）{cause}")
        return Completion(
            text=text,
            usage=_usage(reply),
            latency_s=round(time.monotonic() - started, 3),
            cached=False,
            model=str(metadata.get("model_name") or self.settings.model),
            finish_reason=str(finish_reason) if finish_reason else None,
        )

    def _invoke(self, messages: list[Any]) -> Any:
        if not self.settings.stream:
            return self._chat.invoke(messages)
        merged = None
        for chunk in self._chat.stream(messages):
            merged = chunk if merged is None else merged + chunk
        if merged is None:
            raise ValueError("empty stream")
        return merged

    # -- failures --------------------------------------------------------------------------------
    def _scrub(self, text: str) -> str:
        """One line, bounded, and never the key (servers quote it back in 401 bodies)."""
        if self._key and len(self._key) >= 4:
            text = text.replace(self._key, "****")
        text = " ".join(text.split())
        return text if len(text) <= 300 else text[:299] + "…"

    def _classify(self, error: Exception) -> _Failure:
        import openai

        s = self.settings
        host = s.host
        if isinstance(error, openai.APITimeoutError):
            return _Failure(
                f"模型服务 {host} 在 {s.timeout:g} 秒内没有响应（超时）：服务可能过慢或卡住，可用 --timeout 调大"
            )
        if isinstance(error, openai.APIConnectionError):
            return _Failure(
                f"无法连接模型服务 {host}：请确认服务已启动、--base-url 正确（通常以 /v1 结尾）",
                retryable=True,
            )
        if isinstance(error, openai.APIStatusError):
            status = error.status_code
            retry_after = _retry_after_seconds(getattr(error.response, "headers", None))
            detail = _server_detail(error)
            if status == 401:
                return _Failure(
                    f"模型服务 {host} 拒绝了 API 密钥（HTTP 401）：密钥无效或与该服务不符，"
                    f"请检查{s.key_source_label}中的密钥"
                )
            if status == 403:
                return _Failure(f"模型服务 {host} 拒绝访问（HTTP 403）：该密钥无权使用模型 {s.model}")
            if status == 404:
                return _Failure(
                    f"模型服务 {host} 找不到模型 {s.model} 或接口（HTTP 404）：请检查 --model 与 --base-url"
                )
            if status == 429:
                return _Failure(
                    f"模型服务 {host} 限流（HTTP 429{'：' + detail if detail else ''}），可降低 --concurrency",
                    retryable=True,
                    retry_after=retry_after,
                )
            if status >= 500 or status in (408, 409):
                return _Failure(f"模型服务 {host} 出错（HTTP {status}）", retryable=True, retry_after=retry_after)
            if status == 400 and _is_context_overflow(error, detail):
                return _Failure(
                    f"提示词超出模型 {s.model} 的上下文长度（HTTP 400{'：' + detail if detail else ''}）",
                    error_class=ContextOverflowError,
                )
            return _Failure(f"模型服务 {host} 拒绝了请求（HTTP {status}{'：' + detail if detail else ''}）")
        if isinstance(error, openai.OpenAIError | ValueError | KeyError | TypeError | AttributeError):
            return _Failure(f"模型服务 {host} 返回了无法解析的响应（不是合法的 OpenAI 兼容 JSON）")
        return _Failure(f"调用模型服务 {host} 失败（{type(error).__name__}）")


def _is_context_overflow(error: Any, detail: str) -> bool:
    body = getattr(error, "body", None)
    code = str(body.get("code") or "") if isinstance(body, dict) else ""
    overflow_class = type(error).__name__ == "OpenAIContextOverflowError"  # langchain-openai's own mapping
    return overflow_class or code == "context_length_exceeded" or bool(_CONTEXT_OVERFLOW.search(detail))


def _server_detail(error: Any) -> str:
    """The server's own error message, shortened (the caller scrubs the key)."""
    body = getattr(error, "body", None)
    message = None
    if isinstance(body, dict):
        inner = body.get("error", body)
        message = inner.get("message") if isinstance(inner, dict) else inner
    return str(message or "")[:160]


def _langchain_messages(messages: list[dict]) -> list[Any]:
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    converted = []
    for message in messages:
        kind = kinds.get(str(message.get("role")))
        if kind is None:
            raise BackendError(f"提示词消息角色无效：{message.get('role')!r}（应为 system、user 或 assistant）")
        converted.append(kind(content=str(message.get("content", ""))))
    return converted


def _message_text(message: Any) -> str:
    content = getattr(message, "content", "")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for block in content:
            if isinstance(block, str):
                parts.append(block)
            elif isinstance(block, dict) and block.get("type") == "text":
                parts.append(str(block.get("text", "")))
        return "".join(parts)
    return ""


def _usage(message: Any) -> dict[str, int]:
    """Token usage as the OpenAI names it: prompt_tokens, completion_tokens, total_tokens."""
    metadata = getattr(message, "usage_metadata", None)
    if metadata:
        prompt = int(metadata.get("input_tokens") or 0)
        completion = int(metadata.get("output_tokens") or 0)
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": int(metadata.get("total_tokens") or prompt + completion),
        }
    token_usage = (getattr(message, "response_metadata", None) or {}).get("token_usage") or {}
    return {key: int(token_usage[key]) for key in ("prompt_tokens", "completion_tokens", "total_tokens") if key in token_usage}
