"""A fake OpenAI-compatible server on 127.0.0.1 for tests: real HTTP, scripted replies, fault modes.

    server = FakeOpenAIServer().start()
    server.script(Reply.server_error(), Reply(text="一、主要指标完成情况……"))
    ...  # point a client at server.base_url ("http://127.0.0.1:PORT/v1")
    assert len(server.chat_requests()) == 2
    server.stop()

Replies come from the scripted queue first, then from ``server.responder(request)`` (a function of the
recorded request) when set, else ``server.default_reply``. Every request is recorded. ``/v1/models`` lists
the models in ``server.models``. Streaming requests (``"stream": true``) are answered with server-sent
events, with a usage chunk when ``stream_options.include_usage`` is set.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HANG_LIMIT_S = 60.0  # a hanging reply waits at most this long (or until the server stops)


@dataclass
class Reply:
    """One scripted answer. ``body`` (raw bytes/str) overrides the JSON chat completion."""

    text: str = "好的。"
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | str | None = None
    usage: dict[str, int] | None = None  # default: counts derived from the request and reply lengths
    hang: bool = False
    finish_reason: str = "stop"
    model: str | None = None  # default: the model the request asked for
    refuse_key: bool = False  # answer 401, quoting the whole key the client sent

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls(status=status, body=json.dumps({"error": {"message": "internal error", "type": "server_error"}}))

    @classmethod
    def rate_limited(cls, retry_after: float | None = 1) -> Reply:
        headers = {} if retry_after is None else {"retry-after": f"{retry_after:g}"}
        body = {"error": {"message": "Rate limit reached", "type": "rate_limit_error", "code": "rate_limit"}}
        return cls(status=429, headers=headers, body=json.dumps(body))

    @classmethod
    def unauthorized(cls) -> Reply:
        # The real OpenAI message quotes part of the key; the fake quotes all of it (see Handler) so tests
        # can assert that draftcheck never repeats it.
        return cls(status=401, refuse_key=True)

    @classmethod
    def malformed(cls) -> Reply:
        return cls(body='{"id": "chatcmpl-broken", "choices": [{"message": {"content": "未闭合', headers={})

    @classmethod
    def not_json(cls) -> Reply:
        return cls(body="<html><body>502 Bad Gateway</body></html>", headers={"content-type": "text/html"})

    @classmethod
    def empty(cls) -> Reply:
        return cls(text="")

    @classmethod
    def thinking(cls, text: str, thought: str = "先算一下增长率……") -> Reply:
        return cls(text=f"<think>\n{thought}\n</think>\n\n{text}")

    @classmethod
    def hanging(cls) -> Reply:
        return cls(hang=True)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    body: dict[str, Any] | None
    received_at: float

    @property
    def messages(self) -> list[dict[str, Any]]:
        return list((self.body or {}).get("messages") or [])

    @property
    def user_text(self) -> str:
        return "\n".join(str(m.get("content", "")) for m in self.messages if m.get("role") == "user")


class FakeOpenAIServer:
    def __init__(self) -> None:
        self.models: list[str] = ["fake"]
        self.default_reply: Reply = Reply()
        self.responder: Callable[[RecordedRequest], Reply] | None = None
        self.requests: list[RecordedRequest] = []
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self) -> FakeOpenAIServer:
        server = self

        class Handler(_Handler):
            fake = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-openai", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting -------------------------------------------------------------------------------
    def script(self, *replies: Reply | str) -> None:
        with self._lock:
            self._queue.extend(Reply(text=r) if isinstance(r, str) else r for r in replies)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()
        self.responder = None
        self.default_reply = Reply()

    def pending(self) -> int:
        with self._lock:
            return len(self._queue)

    def chat_requests(self) -> list[RecordedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def _record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def _next_reply(self, request: RecordedRequest) -> Reply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.responder is not None:
            reply = self.responder(request)
            return Reply(text=reply) if isinstance(reply, str) else reply
        return self.default_reply


def _rough_tokens(text: str) -> int:
    return max(1, len(text) // 2)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeOpenAIServer
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        return

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        merged = {"content-type": "application/json"} | (headers or {})
        for name, value in merged.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _read_json(self) -> dict[str, Any] | None:
        length = int(self.headers.get("content-length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            return json.loads(raw) if raw else None
        except json.JSONDecodeError:
            return {"_unparsed": raw.decode("utf-8", "replace")}

    def _recorded(self, body: dict[str, Any] | None) -> RecordedRequest:
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            received_at=time.monotonic(),
        )
        self.fake._record(request)
        return request

    def do_GET(self) -> None:
        self._recorded(None)
        if self.path.rstrip("/").endswith("/models"):
            data = [{"id": m, "object": "model", "created": 0, "owned_by": "fake"} for m in self.fake.models]
            self._send(200, json.dumps({"object": "list", "data": data}).encode())
        else:
            self._send(404, b'{"error": {"message": "not found"}}')

    def do_POST(self) -> None:
        body = self._read_json()
        request = self._recorded(body)
        if not self.path.rstrip("/").endswith("/chat/completions"):
            self._send(404, b'{"error": {"message": "not found"}}')
            return
        reply = self.fake._next_reply(request)
        if reply.hang:
            self.fake._stopping.wait(HANG_LIMIT_S)
            return
        if reply.delay:
            time.sleep(reply.delay)
        if reply.refuse_key:
            key = request.headers.get("authorization", "").removeprefix("Bearer ")
            error = {
                "message": f"Incorrect API key provided: {key}. You can find your API key at the console.",
                "type": "invalid_request_error",
                "code": "invalid_api_key",
            }
            self._send(401, json.dumps({"error": error}).encode(), reply.headers)
            return
        if reply.body is not None:
            raw = reply.body.encode() if isinstance(reply.body, str) else reply.body
            self._send(reply.status, raw, reply.headers)
            return
        body = body or {}
        model = reply.model or str(body.get("model") or "fake")
        prompt_text = "".join(str(m.get("content", "")) for m in body.get("messages") or [])
        usage = reply.usage or {
            "prompt_tokens": _rough_tokens(prompt_text),
            "completion_tokens": _rough_tokens(reply.text) if reply.text else 0,
        }
        usage = {**usage, "total_tokens": usage.get("prompt_tokens", 0) + usage.get("completion_tokens", 0)}
        if body.get("stream"):
            include_usage = bool((body.get("stream_options") or {}).get("include_usage"))
            self._stream(model, reply, usage if include_usage else None)
            return
        completion = {
            "id": "chatcmpl-fake",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.text},
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": usage,
        }
        self._send(reply.status, json.dumps(completion, ensure_ascii=False).encode(), reply.headers)

    def _stream(self, model: str, reply: Reply, usage: dict[str, int] | None) -> None:
        self.send_response(reply.status)
        self.send_header("content-type", "text/event-stream")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()

        def event(choices: list[dict[str, Any]], extra: dict[str, Any] | None = None) -> None:
            chunk = {"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": 0, "model": model}
            chunk["choices"] = choices
            chunk.update(extra or {})
            self.wfile.write(f"data: {json.dumps(chunk, ensure_ascii=False)}\n\n".encode())
            self.wfile.flush()

        event([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])
        pieces = [reply.text[i : i + 8] for i in range(0, len(reply.text), 8)]
        for piece in pieces:
            event([{"index": 0, "delta": {"content": piece}, "finish_reason": None}])
        event([{"index": 0, "delta": {}, "finish_reason": reply.finish_reason}])
        if usage is not None:
            event([], {"usage": usage})
        self.wfile.write(b"data: [DONE]\n\n")
        self.wfile.flush()
