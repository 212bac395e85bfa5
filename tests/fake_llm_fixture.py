"""Pytest fixture ``fake_llm``: a running :class:`FakeOpenAIServer`, stopped after the test.

Imported by tests/conftest.py so every test module can ask for it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_openai_server import FakeOpenAIServer


@pytest.fixture
def fake_llm() -> Iterator[FakeOpenAIServer]:
    server = FakeOpenAIServer().start()
    try:
        yield server
    finally:
        server.stop()
