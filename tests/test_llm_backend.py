"""The LLM backend over the real client path (ChatOpenAI → openai SDK → HTTP) against the fake server."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_openai_server import FakeOpenAIServer, Reply

from draftcheck.draft.backend import Backend, BackendError, SectionRequest
from draftcheck.draft.llm_backend import ContextOverflowError, LLMBackend, strip_thinking
from draftcheck.draft.providers import resolve_settings

SECRET = "sk-test-NEVER-PRINT-5f3a9c"


def make_backend(server: FakeOpenAIServer, **overrides) -> LLMBackend:
    options = {"base_url": server.base_url, "model": "fake", "timeout": 5, "max_retries": 2, "api_key": SECRET}
    tuning = {key: overrides.pop(key) for key in ("backoff_base_s", "retry_budget_s", "sleep") if key in overrides}
    options.update(overrides)
    return LLMBackend(resolve_settings(options, None), backoff_base_s=tuning.pop("backoff_base_s", 0.01), **tuning)


def request(title: str = "主要指标完成情况", section: str = "indicators") -> SectionRequest:
    return SectionRequest(
        section=section,
        title=title,
        messages=[
            {"role": "system", "content": "你是开发区管委会的文字综合人员。"},
            {"role": "user", "content": "根据以下数据写一段：地区生产总值125.6亿元，增长8.2%。"},
        ],
        data={"gdp": 125.6},
    )


def test_backend_satisfies_the_protocol(fake_llm):
    assert isinstance(make_backend(fake_llm), Backend)


def test_completion_text_usage_and_model(fake_llm):
    fake_llm.script(Reply(text="全区实现地区生产总值125.6亿元，同比增长8.2%。", usage={"prompt_tokens": 120, "completion_tokens": 30}))
    completion = make_backend(fake_llm).complete(request())
    assert completion.text == "全区实现地区生产总值125.6亿元，同比增长8.2%。"
    assert completion.usage == {"prompt_tokens": 120, "completion_tokens": 30, "total_tokens": 150}
    assert completion.model == "fake"
    assert completion.cached is False
    assert completion.latency_s > 0


def test_request_carries_messages_model_temperature_and_key(fake_llm):
    make_backend(fake_llm, temperature=0.0).complete(request())
    (sent,) = fake_llm.chat_requests()
    assert sent.body["model"] == "fake"
    assert sent.body["temperature"] == 0.0
    assert [m["role"] for m in sent.messages] == ["system", "user"]
    assert "125.6亿元" in sent.user_text
    assert sent.headers["authorization"] == f"Bearer {SECRET}"
    assert "response_format" not in sent.body  # llama.cpp's server answers json_schema with HTTP 500


def test_max_tokens_is_sent_as_max_tokens(fake_llm):
    make_backend(fake_llm, max_tokens=300).complete(request())
    body = fake_llm.chat_requests()[0].body
    assert body["max_tokens"] == 300
    assert "max_completion_tokens" not in body


def test_think_block_is_stripped(fake_llm):
    fake_llm.script(Reply.thinking("今年以来，园区经济运行稳中有进。", thought="增长率=(125.6-116.1)/116.1……"))
    assert make_backend(fake_llm).complete(request()).text == "今年以来，园区经济运行稳中有进。"


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("<think>a</think>正文", "正文"),
        ("<THINK>\n多行\n思考\n</THINK>\n\n正文", "正文"),
        ("思考被模板吃掉了开头</think>正文", "正文"),
        ("正文<think>没有结束的思考", "正文"),
        ("<think>a</think>第一段<think>b</think>第二段", "第一段第二段"),
        ("没有思考", "没有思考"),
    ],
)
def test_strip_thinking_variants(raw, clean):
    assert strip_thinking(raw) == clean


def test_streaming_reply_is_assembled_with_usage(fake_llm):
    fake_llm.script(Reply.thinking("重点项目建设加快推进，全年实施项目42个。", thought="想一想"))
    completion = make_backend(fake_llm, stream=True).complete(request())
    assert completion.text == "重点项目建设加快推进，全年实施项目42个。"
    assert completion.usage["completion_tokens"] > 0
    body = fake_llm.chat_requests()[0].body
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


def test_retries_500_and_429_then_succeeds(fake_llm):
    fake_llm.script(Reply.server_error(500), Reply.rate_limited(retry_after=0.3), Reply(text="终于成功"))
    waits: list[float] = []
    backend = make_backend(fake_llm, sleep=waits.append)
    assert backend.complete(request()).text == "终于成功"
    assert len(fake_llm.chat_requests()) == 3
    assert backend.calls == 3
    assert len(waits) == 2 and waits[-1] == 0.3  # the Retry-After was honoured


def test_retry_after_decides_the_wait(fake_llm):
    waits: list[float] = []
    fake_llm.script(Reply.rate_limited(retry_after=7), Reply(text="好"))
    backend = make_backend(fake_llm, sleep=waits.append)
    backend.complete(request())
    assert waits == [7.0]


def test_backoff_grows_exponentially_without_retry_after(fake_llm):
    waits: list[float] = []
    fake_llm.script(Reply.server_error(503), Reply.server_error(502), Reply.server_error(500), Reply(text="好"))
    make_backend(fake_llm, max_retries=3, backoff_base_s=1.0, sleep=waits.append).complete(request())
    assert len(waits) == 3
    for attempt, wait in enumerate(waits):
        assert 2**attempt / 2 <= wait <= 2**attempt


def test_rate_limited_forever_fails_after_bounded_retries(fake_llm):
    fake_llm.responder = lambda _request: Reply.rate_limited(retry_after=0.05)
    waits: list[float] = []
    backend = make_backend(fake_llm, max_retries=3, sleep=waits.append)
    with pytest.raises(BackendError) as caught:
        backend.complete(request())
    assert waits == [0.05] * 3
    assert len(fake_llm.chat_requests()) == 4  # one try + three retries
    message = str(caught.value)
    assert "429" in message and "限流" in message and "重试 3 次" in message
    assert "主要指标完成情况" in message


def test_retry_after_beyond_the_budget_fails_at_once(fake_llm):
    fake_llm.script(Reply.rate_limited(retry_after=3600))
    waits: list[float] = []
    with pytest.raises(BackendError, match="3600 秒"):
        make_backend(fake_llm, retry_budget_s=60, sleep=waits.append).complete(request())
    assert waits == []
    assert len(fake_llm.chat_requests()) == 1


def test_hang_times_out_within_the_configured_timeout(fake_llm):
    fake_llm.script(Reply.hanging())
    backend = make_backend(fake_llm, timeout=1, max_retries=3)
    # Not timed: without the client's timeout the fake would hang for 60 s and then close the connection,
    # which is not reported as a timeout.
    with pytest.raises(BackendError, match="1 秒内没有响应") as caught:
        backend.complete(request())
    assert len(fake_llm.chat_requests()) == 1  # a timeout is not retried
    assert "--timeout" in str(caught.value)


def test_unauthorized_names_the_cause_and_never_the_key(fake_llm):
    fake_llm.script(Reply.unauthorized())  # the fake quotes the whole key back, as a careless server might
    with pytest.raises(BackendError) as caught:
        make_backend(fake_llm).complete(request())
    message = str(caught.value)
    assert "401" in message and "密钥" in message
    assert SECRET not in message
    assert SECRET[-6:] not in message
    assert len(fake_llm.chat_requests()) == 1  # 401 is not retried


def test_unauthorized_message_names_the_key_source(fake_llm, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    fake_llm.script(Reply.unauthorized())
    backend = LLMBackend(resolve_settings({"base_url": fake_llm.base_url, "model": "fake"}, None))
    with pytest.raises(BackendError, match="环境变量 OPENAI_API_KEY") as caught:
        backend.complete(request())
    assert SECRET not in str(caught.value)


def test_server_error_detail_with_the_key_is_scrubbed(fake_llm):
    fake_llm.script(Reply(status=400, body=f'{{"error": {{"message": "bad key {SECRET} for model"}}}}'))
    with pytest.raises(BackendError) as caught:
        make_backend(fake_llm).complete(request())
    assert "HTTP 400" in str(caught.value)
    assert SECRET not in str(caught.value)


@pytest.mark.parametrize("reply", [Reply.malformed(), Reply.not_json()], ids=["truncated-json", "html"])
def test_malformed_response_is_a_clear_error(fake_llm, reply):
    fake_llm.script(reply)
    with pytest.raises(BackendError, match="无法解析"):
        make_backend(fake_llm).complete(request())


def test_empty_output_is_an_error(fake_llm):
    fake_llm.script(Reply.empty())
    with pytest.raises(BackendError, match="空内容"):
        make_backend(fake_llm).complete(request())


def test_thinking_only_output_is_an_error(fake_llm):
    fake_llm.script(Reply(text="<think>我想了很久，但没有写正文"))
    with pytest.raises(BackendError, match="think"):
        make_backend(fake_llm).complete(request())


@pytest.mark.parametrize(
    "body",
    [
        # llama-cpp-python's server
        '{"error": {"message": "This model\'s maximum context length is 2048 tokens. However, you requested 2301 '
        'tokens (2301 in the messages, None in the completion).", "type": "invalid_request_error", '
        '"code": "context_length_exceeded"}}',
        # vLLM
        '{"object": "error", "message": "This model\'s maximum context length is 4096 tokens.", "code": 400}',
    ],
    ids=["llama.cpp", "vllm"],
)
def test_context_overflow_is_its_own_error(fake_llm, body):
    fake_llm.script(Reply(status=400, body=body))
    with pytest.raises(ContextOverflowError, match="上下文长度") as caught:
        make_backend(fake_llm).complete(request())
    assert isinstance(caught.value, BackendError)
    assert len(fake_llm.chat_requests()) == 1


def test_unknown_model_404(fake_llm):
    fake_llm.script(Reply(status=404, body='{"error": {"message": "model not found"}}'))
    with pytest.raises(BackendError, match="404.*--model"):
        make_backend(fake_llm).complete(request())


def test_connection_refused_is_retried_then_reported():
    with FakeOpenAIServer() as server:
        base_url = server.base_url
    backend = LLMBackend(
        resolve_settings({"base_url": base_url, "model": "fake", "max_retries": 1, "timeout": 2}, None),
        sleep=lambda _s: None,
    )
    with pytest.raises(BackendError, match="无法连接"):
        backend.complete(request())
    assert backend.calls == 2


def test_missing_key_for_a_hosted_preset_fails_before_any_call():
    with pytest.raises(BackendError, match="DEEPSEEK_API_KEY"):
        LLMBackend(resolve_settings({"preset": "deepseek"}, None))


def test_every_error_is_one_line(fake_llm):
    for reply in (Reply.unauthorized(), Reply.malformed(), Reply(status=400, body='{"error": {"message": "a\\nb"}}')):
        fake_llm.script(reply)
        with pytest.raises(BackendError) as caught:
            make_backend(fake_llm, max_retries=0).complete(request())
        assert "\n" not in str(caught.value)


def test_concurrent_sections_overlap(fake_llm):
    titles = ["主要指标完成情况", "重点项目建设", "招商引资", "存在问题"]
    # Each reply waits until all four requests are in the server: one at a time, the barrier would break.
    rendezvous = threading.Barrier(len(titles), timeout=60)

    def responder(_request):
        rendezvous.wait()
        return Reply(text="段落。")

    fake_llm.responder = responder
    backend = make_backend(fake_llm, max_retries=0)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda title: backend.complete(request(title)), titles))
    assert not rendezvous.broken
    assert [r.text for r in results] == ["段落。"] * 4
    assert len(fake_llm.chat_requests()) == 4


def test_tracing_is_off_unless_asked(fake_llm, monkeypatch):
    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGCHAIN_TRACING_V2", "true")
    make_backend(fake_llm)
    assert os.environ["LANGSMITH_TRACING"] == "false"
    assert os.environ["LANGCHAIN_TRACING_V2"] == "false"


def test_tracing_left_alone_when_asked(fake_llm, monkeypatch):
    monkeypatch.setenv("DRAFTCHECK_TRACING", "1")
    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    make_backend(fake_llm)
    assert os.environ["LANGSMITH_TRACING"] == "true"


def test_no_request_leaves_the_machine_for_tracing(fake_llm, monkeypatch):
    """With tracing env set by a developer, the drafter still talks only to the model endpoint."""
    monkeypatch.setenv("LANGSMITH_TRACING", "true")
    monkeypatch.setenv("LANGSMITH_ENDPOINT", fake_llm.base_url.removesuffix("/v1") + "/langsmith")
    monkeypatch.setenv("LANGSMITH_API_KEY", "ls-fake")
    backend = make_backend(fake_llm)
    backend.complete(request())
    time.sleep(0.2)
    assert all("/langsmith" not in r.path for r in fake_llm.requests)


def test_complete_is_thread_safe_for_call_counting(fake_llm):
    backend = make_backend(fake_llm)
    threads = [threading.Thread(target=backend.complete, args=(request(),)) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert backend.calls == 6


def test_backoff_stops_at_the_waiting_budget(fake_llm):
    waits: list[float] = []
    fake_llm.responder = lambda _request: Reply.server_error(503)
    backend = make_backend(fake_llm, max_retries=10, backoff_base_s=4.0, retry_budget_s=10, sleep=waits.append)
    with pytest.raises(BackendError, match="超出重试等待上限 10 秒") as caught:
        backend.complete(request())
    assert sum(waits) <= 10
    assert "服务要求" not in str(caught.value)  # the server asked for nothing: our own backoff ran out
