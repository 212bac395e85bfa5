"""Shared fixtures. No test reaches the network; LLM tests use a fake server on 127.0.0.1."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from fake_llm_fixture import fake_llm  # noqa: F401  (the fake OpenAI-compatible server fixture)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def _session_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("draftcheck-cache")


@pytest.fixture(autouse=True)
def _no_provider_environment(monkeypatch, _session_cache_dir):
    """Keep a developer's OpenAI / LangSmith / LangChain settings out of every test, and the caches of the
    commands that tests start (``python -m draftcheck``) out of the developer's own cache folder."""
    for name in list(os.environ):
        if name.startswith(("OPENAI_", "LANGSMITH_", "LANGCHAIN_", "LC_", "DRAFTCHECK_")):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("DRAFTCHECK_CACHE_DIR", str(_session_cache_dir))


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present beside this checkout")
    return SHARED


def load_script_module(name: str):
    """A script of scripts/ (``build_lexicons``, ``build_lookalikes``) loaded as a module, for its functions."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
