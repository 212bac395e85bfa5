"""Provider settings: precedence (CLI > environment > config profile > preset), presets, keys never shown."""

from __future__ import annotations

import subprocess
import sys

import pytest

from draftcheck.draft.backend import BackendError
from draftcheck.draft.providers import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT_S,
    PLACEHOLDER_KEY,
    PRESETS,
    ProviderConfigError,
    endpoint_configured,
    resolve_settings,
)

CONFIG = {
    "draft": {
        "profile": "office",
        "profiles": {
            "office": {"preset": "vllm", "base-url": "http://10.0.0.5:8000/v1", "model": "qwen2.5-14b", "timeout": 120},
            "ds": {"preset": "deepseek", "max-retries": 5, "temperature": 0.0},
            "local": {"base_url": "http://127.0.0.1:9000/v1", "model": "m", "headers": {"X-Team": "park"}},
        },
    }
}


def test_defaults_are_the_openai_preset_with_explicit_timeout_and_bounded_retries(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-abcdef")
    settings = resolve_settings({}, None)
    assert settings.preset == "openai"
    assert settings.base_url == "https://api.openai.com/v1"
    assert settings.model == PRESETS["openai"].model
    assert settings.timeout == DEFAULT_TIMEOUT_S == 60
    assert settings.max_retries == DEFAULT_MAX_RETRIES == 3
    assert settings.api_key_source == "env:OPENAI_API_KEY"
    assert settings.key_value() == "sk-test-abcdef"


@pytest.mark.parametrize(
    ("name", "base_url", "model"),
    [
        ("deepseek", "https://api.deepseek.com/v1", "deepseek-chat"),
        ("dashscope", "https://dashscope.aliyuncs.com/compatible-mode/v1", "qwen-plus"),
        ("vllm", "http://127.0.0.1:8000/v1", "Qwen/Qwen2.5-7B-Instruct"),
        ("ollama", "http://127.0.0.1:11434/v1", "qwen2.5:7b"),
        ("llamacpp", "http://127.0.0.1:8080/v1", "qwen2.5-coder-0.5b-instruct"),
    ],
)
def test_every_preset_is_reachable_by_name(name, base_url, model):
    settings = resolve_settings({"profile": name}, None)
    assert (settings.preset, settings.base_url, settings.model) == (name, base_url, model)


def test_local_presets_need_no_key_and_send_a_placeholder():
    settings = resolve_settings({"preset": "llamacpp"}, None)
    assert settings.key_value() == PLACEHOLDER_KEY
    assert settings.max_tokens == 768  # a paragraph; the prompt has the rest of the context
    assert settings.context_window == 4096  # scripts/local-llm.sh serves with --n_ctx 4096
    assert settings.timeout == 300  # and is slow on 2 cores


def test_hosted_preset_without_a_key_names_the_variable_to_set():
    settings = resolve_settings({"preset": "deepseek"}, None)
    with pytest.raises(BackendError, match="DEEPSEEK_API_KEY"):
        settings.key_value()


@pytest.mark.parametrize("preset", ["openai", "deepseek"])
def test_missing_key_message_names_each_variable_once(preset, monkeypatch):
    for name in ("DRAFTCHECK_API_KEY", "OPENAI_API_KEY", "DEEPSEEK_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(BackendError) as raised:
        resolve_settings({"preset": preset}, None).key_value()
    message = str(raised.value)
    for name in ("DRAFTCHECK_API_KEY", "OPENAI_API_KEY", PRESETS[preset].key_env):
        assert message.count(name) == 1, message


def test_provider_specific_key_variable_wins_over_openai_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    monkeypatch.setenv("DASHSCOPE_API_KEY", "sk-dashscope")
    settings = resolve_settings({"preset": "dashscope"}, None)
    assert settings.key_value() == "sk-dashscope"
    assert settings.api_key_source == "env:DASHSCOPE_API_KEY"


def test_openai_key_is_the_fallback_for_any_preset(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-openai")
    assert resolve_settings({"preset": "deepseek"}, None).key_value() == "sk-openai"


def test_config_profile_is_used_and_kebab_case_keys_are_accepted():
    settings = resolve_settings({}, CONFIG)
    assert settings.profile == "office"
    assert settings.preset == "vllm"
    assert settings.base_url == "http://10.0.0.5:8000/v1"
    assert settings.model == "qwen2.5-14b"
    assert settings.timeout == 120


def test_profile_fields_fall_back_to_their_preset():
    settings = resolve_settings({"profile": "ds"}, CONFIG)
    assert settings.base_url == "https://api.deepseek.com/v1"
    assert settings.model == "deepseek-chat"
    assert settings.max_retries == 5
    assert settings.temperature == 0.0


def test_environment_beats_config_and_cli_beats_environment(monkeypatch):
    monkeypatch.setenv("DRAFTCHECK_MODEL", "from-env")
    monkeypatch.setenv("DRAFTCHECK_BASE_URL", "http://env-host:1234/v1")
    monkeypatch.setenv("DRAFTCHECK_TIMEOUT", "15")
    settings = resolve_settings({}, CONFIG)
    assert (settings.model, settings.base_url, settings.timeout) == ("from-env", "http://env-host:1234/v1", 15)
    settings = resolve_settings({"model": "from-cli", "base_url": "http://cli-host:1/v1", "timeout": 5}, CONFIG)
    assert (settings.model, settings.base_url, settings.timeout) == ("from-cli", "http://cli-host:1/v1", 5)


def test_profile_choice_precedence(monkeypatch):
    monkeypatch.setenv("DRAFTCHECK_PROFILE", "local")
    assert resolve_settings({}, CONFIG).profile == "local"
    assert resolve_settings({"profile": "ds"}, CONFIG).profile == "ds"


def test_none_valued_cli_overrides_are_ignored():
    settings = resolve_settings({"model": None, "base_url": "", "timeout": None}, CONFIG)
    assert settings.model == "qwen2.5-14b"


def test_openai_base_url_redirects_the_openai_preset_but_not_a_profile_with_its_own_url(monkeypatch):
    monkeypatch.setenv("OPENAI_BASE_URL", "http://proxy.example:8000/v1")
    assert resolve_settings({}, None).base_url == "http://proxy.example:8000/v1"
    assert resolve_settings({"profile": "local"}, CONFIG).base_url == "http://127.0.0.1:9000/v1"
    assert resolve_settings({"preset": "ollama"}, None).base_url == "http://127.0.0.1:11434/v1"


def test_custom_base_url_does_not_demand_a_key():
    settings = resolve_settings({"base_url": "http://127.0.0.1:5000/v1", "model": "m"}, None)
    assert settings.key_value() == PLACEHOLDER_KEY


def test_headers_from_profile():
    assert resolve_settings({"profile": "local"}, CONFIG).headers == {"X-Team": "park"}


def test_unknown_profile_lists_the_known_ones():
    with pytest.raises(ProviderConfigError, match="nosuch.*可用：.*deepseek.*office"):
        resolve_settings({"profile": "nosuch"}, CONFIG)


def test_unknown_profile_key_is_an_error_naming_it():
    config = {"draft": {"profiles": {"x": {"modle": "typo"}}}}
    with pytest.raises(ProviderConfigError, match="modle"):
        resolve_settings({"profile": "x"}, config)


@pytest.mark.parametrize(
    ("overrides", "fragment"),
    [
        ({"timeout": "soon"}, "timeout"),
        ({"timeout": 0}, "timeout"),
        ({"max_retries": 50}, "max_retries"),
        ({"base_url": "api.example.com"}, "base_url"),
        ({"preset": "nosuch"}, "未知的预设"),
    ],
)
def test_invalid_values_are_one_line_errors(overrides, fragment):
    with pytest.raises(ProviderConfigError) as caught:
        resolve_settings(overrides, None)
    assert fragment in str(caught.value)
    assert "\n" not in str(caught.value)


def test_key_is_masked_in_every_display(monkeypatch):
    secret = "sk-live-DO-NOT-SHOW-123456"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    settings = resolve_settings({}, None)
    for shown in (repr(settings), str(settings), str(settings.describe()), settings.model_dump_json()):
        assert secret not in shown
    assert settings.describe()["api_key"].startswith("****")
    assert settings.describe()["base_url_host"] == "api.openai.com"


def test_cache_identity_has_no_key(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-xyz")
    identity = resolve_settings({}, None).cache_identity()
    assert "sk-secret-xyz" not in str(identity)
    assert identity["model"] == "gpt-4o-mini"


def test_endpoint_configured_only_by_explicit_choice(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-exported-for-another-tool")
    assert not endpoint_configured({}, None)
    assert not endpoint_configured({"model": None}, {"select": ["DC1"]})
    assert endpoint_configured({"base_url": "http://127.0.0.1:1/v1"}, None)
    assert endpoint_configured({"profile": "deepseek"}, None)
    assert endpoint_configured({}, CONFIG)
    assert endpoint_configured({}, {"draft": {"backend": "llm"}})
    monkeypatch.setenv("DRAFTCHECK_PROFILE", "ollama")
    assert endpoint_configured({}, None)


def test_importing_providers_does_not_load_the_llm_stack():
    code = (
        "import sys, draftcheck.draft.providers, draftcheck.draft.llm_backend, draftcheck.draft.cache;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('langchain_openai','langchain_core','openai')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
