"""The response cache: keyed on the full request, thread-safe, hits cost no call and are marked cached."""

from __future__ import annotations

import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from fake_openai_server import Reply

from draftcheck.draft.backend import Backend, BackendError, Completion, SectionRequest
from draftcheck.draft.cache import CachedBackend, ResponseCache, default_cache_path, request_key
from draftcheck.draft.llm_backend import LLMBackend
from draftcheck.draft.providers import resolve_settings


class CountingBackend:
    name = "counting"

    def __init__(self, identity: dict | None = None) -> None:
        self.calls = 0
        self._identity = identity or {"backend": "counting", "model": "m"}
        self._lock = threading.Lock()

    def cache_identity(self) -> dict:
        return self._identity

    def complete(self, request: SectionRequest) -> Completion:
        with self._lock:
            self.calls += 1
        return Completion(
            text=f"{request.title}：第{self.calls}次", usage={"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}, model="m"
        )


def section(content: str = "写主要指标", round: int = 0, data: dict | None = None) -> SectionRequest:
    return SectionRequest(
        section="indicators",
        title="主要指标完成情况",
        messages=[{"role": "system", "content": "系统"}, {"role": "user", "content": content}],
        data=data if data is not None else {"gdp": 125.6},
        round=round,
    )


def test_hit_returns_the_stored_text_marked_cached_with_no_usage(tmp_path):
    inner = CountingBackend()
    backend = CachedBackend(inner, ResponseCache(tmp_path / "c.sqlite"))
    first = backend.complete(section())
    second = backend.complete(section())
    assert inner.calls == 1
    assert first.cached is False and first.usage["total_tokens"] == 15
    assert second.cached is True and second.text == first.text and second.usage == {}
    assert second.model == "m"
    assert (backend.hits, backend.misses) == (1, 1)
    assert isinstance(backend, Backend) and backend.name == "counting"


def test_cache_survives_a_new_process_worth_of_objects(tmp_path):
    path = tmp_path / "c.sqlite"
    CachedBackend(CountingBackend(), ResponseCache(path)).complete(section())
    inner = CountingBackend()
    again = CachedBackend(inner, ResponseCache(path)).complete(section())
    assert again.cached and inner.calls == 0


@pytest.mark.parametrize(
    "changed",
    [
        lambda: (section(content="写主要指标（改）"), None),
        lambda: (section(data={"gdp": 125.7}), None),
        lambda: (section(), {"backend": "counting", "model": "other"}),
        lambda: (section(), {"backend": "counting", "model": "m", "temperature": 0.9}),
    ],
    ids=["messages", "data", "model", "temperature"],
)
def test_any_change_in_the_request_is_a_miss(tmp_path, changed):
    cache = ResponseCache(tmp_path / "c.sqlite")
    CachedBackend(CountingBackend(), cache).complete(section())
    request, identity = changed()
    inner = CountingBackend(identity)
    result = CachedBackend(inner, cache).complete(request)
    assert not result.cached and inner.calls == 1


def test_round_number_alone_does_not_change_the_key():
    identity = {"backend": "x"}
    assert request_key(identity, section(round=0)) == request_key(identity, section(round=2))


def test_key_is_a_sha256_hex_and_stable():
    key = request_key({"model": "m"}, section())
    assert len(key) == 64 and int(key, 16) >= 0
    assert key == request_key({"model": "m"}, section())


def test_read_false_refreshes_without_reading(tmp_path):
    cache = ResponseCache(tmp_path / "c.sqlite")
    CachedBackend(CountingBackend(), cache).complete(section())
    inner = CountingBackend()
    fresh = CachedBackend(inner, cache, read=False).complete(section())
    assert not fresh.cached and inner.calls == 1
    assert len(cache) == 1


def test_errors_and_empty_answers_are_not_cached(tmp_path):
    class Failing:
        name = "failing"

        def complete(self, request):
            raise BackendError("坏了")

    class Empty:
        name = "empty"

        def complete(self, request):
            return Completion(text="  ")

    cache = ResponseCache(tmp_path / "c.sqlite")
    with pytest.raises(BackendError):
        CachedBackend(Failing(), cache).complete(section())
    CachedBackend(Empty(), cache).complete(section())
    assert len(cache) == 0


def test_concurrent_use_from_threads(tmp_path):
    cache = ResponseCache(tmp_path / "c.sqlite")
    inner = CountingBackend()
    backend = CachedBackend(inner, cache)
    requests = [section(content=f"第{i}节") for i in range(20)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(backend.complete, requests))
        results = list(pool.map(backend.complete, requests))
    assert all(r.cached for r in results)
    assert inner.calls == 20 and len(cache) == 20


def test_file_is_sqlite_and_holds_no_key(tmp_path, fake_llm):
    secret = "sk-cache-SECRET-991"
    path = tmp_path / "c.sqlite"
    llm = LLMBackend(resolve_settings({"base_url": fake_llm.base_url, "model": "fake", "api_key": secret}, None))
    CachedBackend(llm, ResponseCache(path)).complete(section())
    rows = sqlite3.connect(path).execute("SELECT * FROM responses").fetchall()
    assert len(rows) == 1
    for stored in tmp_path.iterdir():  # the database and its WAL
        assert secret.encode() not in stored.read_bytes()


def test_llm_rerun_makes_no_request(tmp_path, fake_llm):
    fake_llm.script(Reply(text="全区实现地区生产总值125.6亿元。"))
    settings = resolve_settings({"base_url": fake_llm.base_url, "model": "fake"}, None)
    cache = ResponseCache(tmp_path / "c.sqlite")
    first = CachedBackend(LLMBackend(settings), cache).complete(section())
    second = CachedBackend(LLMBackend(settings), cache).complete(section())
    assert len(fake_llm.chat_requests()) == 1
    assert second.cached and second.text == first.text == "全区实现地区生产总值125.6亿元。"


def test_llm_identity_separates_endpoints(fake_llm):
    a = LLMBackend(resolve_settings({"base_url": fake_llm.base_url, "model": "a"}, None))
    b = LLMBackend(resolve_settings({"base_url": fake_llm.base_url, "model": "b"}, None))
    assert request_key(a.cache_identity(), section()) != request_key(b.cache_identity(), section())


def test_default_cache_path_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(tmp_path / "dc"))
    assert default_cache_path() == tmp_path / "dc" / "responses.sqlite"
    monkeypatch.delenv("DRAFTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_path() == tmp_path / "xdg" / "draftcheck" / "responses.sqlite"
