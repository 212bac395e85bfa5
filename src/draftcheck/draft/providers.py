"""Where the drafter sends its requests: OpenAI-compatible endpoints, presets and profiles.

Settings resolve field by field, first match wins:

1. command-line flags (``cli_overrides``: ``profile``, ``preset``, ``base_url``, ``model``, ``api_key``,
   ``timeout``, ``max_retries``, ``temperature``, ``max_tokens``, ``stream``);
2. the environment: ``DRAFTCHECK_PROFILE``, ``DRAFTCHECK_BASE_URL``, ``DRAFTCHECK_MODEL``,
   ``DRAFTCHECK_API_KEY``, ``DRAFTCHECK_TIMEOUT``, ``DRAFTCHECK_MAX_RETRIES``, ``DRAFTCHECK_TEMPERATURE``,
   then the variables of the chosen preset (``OPENAI_API_KEY`` / ``OPENAI_BASE_URL`` for ``openai``,
   ``DEEPSEEK_API_KEY``, ``DASHSCOPE_API_KEY``); ``OPENAI_API_KEY`` is the fallback key for every preset;
3. the chosen profile in the config file (``[draft.profiles.NAME]`` in draftcheck.toml);
4. the built-in preset the profile names (or whose name the profile has).

This module never imports the LLM stack; it is safe to import from ``config show`` or ``lint``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from draftcheck.draft.backend import BackendError

DEFAULT_TIMEOUT_S = 60.0
DEFAULT_MAX_RETRIES = 3
MAX_RETRIES_LIMIT = 10
DEFAULT_TEMPERATURE = 0.2
DEFAULT_PRESET = "openai"

# Sent when an endpoint needs no key: the openai client refuses to start without one.
PLACEHOLDER_KEY = "not-needed"


class ProviderConfigError(BackendError):
    """A provider setting is wrong or missing (one line, Chinese, never the key)."""


@dataclass(frozen=True)
class Preset:
    """A built-in OpenAI-compatible endpoint."""

    name: str
    label: str
    base_url: str
    model: str
    key_env: str | None  # the variable holding this provider's key; None: the endpoint needs no key
    base_url_env: str | None = None  # a provider-specific variable overriding base_url
    max_tokens: int | None = None
    timeout: float = DEFAULT_TIMEOUT_S
    context_window: int = 32768  # tokens of prompt + reply the model accepts

    @property
    def needs_key(self) -> bool:
        return self.key_env is not None


PRESETS: dict[str, Preset] = {
    preset.name: preset
    for preset in (
        Preset("openai", "OpenAI", "https://api.openai.com/v1", "gpt-4o-mini", "OPENAI_API_KEY", "OPENAI_BASE_URL",
               context_window=128000),
        Preset("deepseek", "DeepSeek", "https://api.deepseek.com/v1", "deepseek-chat", "DEEPSEEK_API_KEY",
               context_window=65536),
        Preset(
            "dashscope",
            "阿里云百炼 DashScope（兼容模式）",
            "https://dashscope.aliyuncs.com/compatible-mode/v1",
            "qwen-plus",
            "DASHSCOPE_API_KEY",
            context_window=131072,
        ),
        Preset("vllm", "vLLM", "http://127.0.0.1:8000/v1", "Qwen/Qwen2.5-7B-Instruct", None),
        Preset("ollama", "Ollama", "http://127.0.0.1:11434/v1", "qwen2.5:7b", None, context_window=4096),
        Preset(
            "llamacpp",
            "llama.cpp server（scripts/local-llm.sh）",
            "http://127.0.0.1:8080/v1",
            "qwen2.5-coder-0.5b-instruct",
            None,
            max_tokens=768,  # a paragraph; the rest of the 4,096-token context is the prompt's
            timeout=300.0,
            context_window=4096,  # scripts/local-llm.sh runs the server with --n_ctx 4096
        ),
    )
}


class ProviderSettings(BaseModel):
    """Everything the LLM backend needs to reach one endpoint. ``api_key`` is masked in every display."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    profile: str | None = None
    preset: str = DEFAULT_PRESET
    base_url: str
    model: str
    api_key: SecretStr | None = None
    api_key_source: str = "none"  # "cli", "env:NAME", "config", "placeholder", "none": never the key itself
    timeout: float = Field(DEFAULT_TIMEOUT_S, gt=0, le=3600)
    max_retries: int = Field(DEFAULT_MAX_RETRIES, ge=0, le=MAX_RETRIES_LIMIT)
    temperature: float = Field(DEFAULT_TEMPERATURE, ge=0, le=2)
    max_tokens: int | None = Field(None, gt=0)
    context_window: int = Field(32768, ge=256, le=10_000_000)
    stream: bool = False
    headers: dict[str, str] = Field(default_factory=dict)
    key_required: bool = False  # a hosted preset at its own URL; custom and local endpoints get a placeholder

    @field_validator("base_url")
    @classmethod
    def _absolute_http_url(cls, value: str) -> str:
        parts = urlsplit(value.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"不是 http(s) 地址：{value!r}")
        return value.strip().rstrip("/")

    @field_validator("model")
    @classmethod
    def _model_named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("模型名称为空")
        return value.strip()

    @property
    def host(self) -> str:
        """The endpoint's host and port, for manifests and messages (never the path, query or key)."""
        return urlsplit(self.base_url).netloc.rsplit("@", 1)[-1]

    def key_value(self) -> str:
        """The key to send: the real one, or a placeholder for endpoints that need none."""
        if self.api_key is not None and self.api_key.get_secret_value():
            return self.api_key.get_secret_value()
        if self.key_required:
            preset = PRESETS[self.preset]
            others = [name for name in ("DRAFTCHECK_API_KEY", "OPENAI_API_KEY") if name != preset.key_env]
            raise ProviderConfigError(
                f"未找到 {preset.label} 的 API 密钥：请设置环境变量 {preset.key_env}"
                f"（或 {'、'.join(others)}）后重试"
            )
        return PLACEHOLDER_KEY

    @property
    def key_source_label(self) -> str:
        """Where the key came from, in Chinese, for messages (never the key)."""
        source = self.api_key_source
        if source.startswith("env:"):
            return f"环境变量 {source[4:]}"
        return {"cli": "命令行参数", "config": "配置文件", "placeholder": "占位密钥"}.get(source, "未设置密钥")

    def describe(self) -> dict[str, Any]:
        """A display- and manifest-safe summary: the key appears only as where it came from."""
        return {
            "profile": self.profile,
            "preset": self.preset,
            "base_url_host": self.host,
            "model": self.model,
            "api_key": f"****（{self.api_key_source}）" if self.api_key is not None else "未设置",
            "timeout_s": self.timeout,
            "max_retries": self.max_retries,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "context_window": self.context_window,
            "stream": self.stream,
        }

    def cache_identity(self) -> dict[str, Any]:
        """What, besides the messages, decides the reply: keys a response cache (never the API key)."""
        return {
            "base_url": self.base_url,
            "model": self.model,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
        }


_PROFILE_KEYS = {
    "preset", "base_url", "model", "api_key", "api_key_env", "timeout", "max_retries",
    "temperature", "max_tokens", "stream", "headers", "context_window",
}  # fmt: skip


def draft_section(config: Any) -> dict[str, Any]:
    """The ``[draft]`` table of a loaded config (a whole config dict, the table itself, ``ConfigValues`` or
    a pydantic model)."""
    if config is None:
        return {}
    if not isinstance(config, Mapping) and isinstance(getattr(config, "draft", None), Mapping):
        return dict(config.draft)
    if hasattr(config, "model_dump"):
        config = config.model_dump()
    if not isinstance(config, Mapping):
        return {}
    if isinstance(config.get("draft"), Mapping):
        return dict(config["draft"])
    if isinstance(config.get("profiles"), Mapping) or "profile" in config:
        return dict(config)
    return {}


def _config_profiles(config: Any) -> dict[str, dict[str, Any]]:
    profiles = draft_section(config).get("profiles") or {}
    if not isinstance(profiles, Mapping):
        raise ProviderConfigError("配置项 [draft.profiles] 应为表（每个配置档一个子表）")
    result = {}
    for name, table in profiles.items():
        if not isinstance(table, Mapping):
            raise ProviderConfigError(f"配置档 [draft.profiles.{name}] 应为表")
        # The config file is kebab-case (base-url, max-retries); accept snake_case too.
        table = {str(key).replace("-", "_"): value for key, value in table.items()}
        unknown = sorted(set(table) - _PROFILE_KEYS)
        if unknown:
            raise ProviderConfigError(
                f"配置档 [draft.profiles.{name}] 含未知配置项 {', '.join(k.replace('_', '-') for k in unknown)}；"
                f"可用：{', '.join(sorted(k.replace('_', '-') for k in _PROFILE_KEYS))}"
            )
        result[str(name)] = dict(table)
    return result


def _present(value: Any) -> bool:
    return value is not None and value != ""


def _environment(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


def _chosen_profile(cli: Mapping[str, Any], config: Any) -> tuple[str | None, str]:
    """(profile name, where it was chosen)."""
    if _present(cli.get("profile")):
        return str(cli["profile"]), "命令行 --profile"
    if _environment("DRAFTCHECK_PROFILE"):
        return os.environ["DRAFTCHECK_PROFILE"], "环境变量 DRAFTCHECK_PROFILE"
    default = draft_section(config).get("profile")
    if _present(default):
        return str(default), "配置文件 [draft] profile"
    return None, ""


def endpoint_configured(cli_overrides: Mapping[str, Any] | None = None, config: Any = None) -> bool:
    """Whether the user chose an LLM endpoint; otherwise drafting defaults to the offline backend.

    Chosen means: a profile, preset, base URL or model on the command line; ``DRAFTCHECK_PROFILE`` or
    ``DRAFTCHECK_BASE_URL`` in the environment; or a ``profile`` (or ``backend = "llm"``) under ``[draft]``
    in the config file. An ``OPENAI_API_KEY`` alone does not count: a key exported for other tools must not
    turn a free offline draft into paid API calls.
    """
    cli = cli_overrides or {}
    if any(_present(cli.get(key)) for key in ("profile", "preset", "base_url", "model")):
        return True
    if _environment("DRAFTCHECK_PROFILE") or _environment("DRAFTCHECK_BASE_URL"):
        return True
    section = draft_section(config)
    return _present(section.get("profile")) or section.get("backend") == "llm"


def _number(value: Any, label: str, kind: type) -> Any:
    try:
        number = kind(value)
    except (TypeError, ValueError):
        raise ProviderConfigError(f"{label} 应为数字，实际为 {value!r}") from None
    if kind is float and not math.isfinite(number):
        raise ProviderConfigError(f"{label} 应为有限数字，实际为 {value!r}")
    return number


def _boolean(value: Any, label: str) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off", ""):
        return False
    raise ProviderConfigError(f"{label} 应为 true/false，实际为 {value!r}")


def resolve_settings(cli_overrides: Mapping[str, Any] | None = None, config: Any = None) -> ProviderSettings:
    """Resolve the endpoint settings (CLI flag > environment > config profile > built-in preset).

    ``config`` is the loaded configuration as a plain dict (the whole file or its ``[draft]`` table) or None.
    Raises :class:`ProviderConfigError` (a :class:`BackendError`) with a one-line Chinese message.
    """
    cli = {key: value for key, value in (cli_overrides or {}).items() if _present(value)}
    profiles = _config_profiles(config)
    profile_name, chosen_by = _chosen_profile(cli, config)

    profile: dict[str, Any] = {}
    if profile_name is not None:
        if profile_name in profiles:
            profile = profiles[profile_name]
        elif profile_name not in PRESETS:
            known = sorted(set(profiles) | set(PRESETS))
            raise ProviderConfigError(
                f"{chosen_by} 指定的配置档 {profile_name!r} 不存在；可用：{', '.join(known)}"
            )

    preset_name = str(
        cli.get("preset")
        or profile.get("preset")
        or (profile_name if profile_name in PRESETS else None)
        or DEFAULT_PRESET
    )
    preset = PRESETS.get(preset_name)
    if preset is None:
        raise ProviderConfigError(f"未知的预设 {preset_name!r}；可用：{', '.join(PRESETS)}")
    # A profile or flag naming its own base URL is a custom endpoint: the preset's own URL variable
    # (OPENAI_BASE_URL) must not redirect it.
    custom_endpoint = _present(profile.get("base_url")) or _present(cli.get("base_url"))

    def pick(field: str, env_names: tuple[str, ...], preset_value: Any) -> tuple[Any, str]:
        if field in cli:
            return cli[field], "cli"
        for name in env_names:
            if _environment(name):
                return os.environ[name], f"env:{name}"
        if _present(profile.get(field)):
            return profile[field], "config"
        return preset_value, "preset"

    base_url_envs = ("DRAFTCHECK_BASE_URL",)
    if preset.base_url_env and not custom_endpoint:
        base_url_envs += (preset.base_url_env,)
    base_url, _ = pick("base_url", base_url_envs, preset.base_url)
    model, _ = pick("model", ("DRAFTCHECK_MODEL",), preset.model)
    timeout, _ = pick("timeout", ("DRAFTCHECK_TIMEOUT",), preset.timeout)
    max_retries, _ = pick("max_retries", ("DRAFTCHECK_MAX_RETRIES",), DEFAULT_MAX_RETRIES)
    temperature, _ = pick("temperature", ("DRAFTCHECK_TEMPERATURE",), DEFAULT_TEMPERATURE)
    max_tokens, _ = pick("max_tokens", ("DRAFTCHECK_MAX_TOKENS",), preset.max_tokens)
    stream, _ = pick("stream", ("DRAFTCHECK_STREAM",), False)
    context_window, _ = pick("context_window", ("DRAFTCHECK_CONTEXT_WINDOW",), preset.context_window)

    key_envs = ["DRAFTCHECK_API_KEY"]
    if _present(profile.get("api_key_env")):
        key_envs.append(str(profile["api_key_env"]))
    if preset.key_env:
        key_envs.append(preset.key_env)
    key_envs.append("OPENAI_API_KEY")
    api_key, key_source = pick("api_key", tuple(dict.fromkeys(key_envs)), None)
    if api_key is None:
        key_source = "none"

    headers = profile.get("headers") or {}
    if not isinstance(headers, Mapping):
        raise ProviderConfigError(f"配置档 {profile_name!r} 的 headers 应为表（名称 = 值）")

    try:
        return ProviderSettings(
            profile=profile_name,
            preset=preset_name,
            base_url=str(base_url),
            model=str(model),
            api_key=SecretStr(str(api_key)) if api_key is not None else None,
            api_key_source=key_source,
            timeout=_number(timeout, "timeout（超时秒数）", float),
            max_retries=_number(max_retries, "max_retries（重试次数）", int),
            temperature=_number(temperature, "temperature", float),
            max_tokens=_number(max_tokens, "max_tokens", int) if max_tokens is not None else None,
            stream=_boolean(stream, "stream"),
            context_window=_number(context_window, "context-window（上下文长度，tokens）", int),
            headers={str(name): str(value) for name, value in headers.items()},
            key_required=preset.needs_key and str(base_url).rstrip("/") == preset.base_url,
        )
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "设置"
        raise ProviderConfigError(f"模型服务设置 {field} 无效：{first['msg']}") from None


def presets_table() -> list[dict[str, str]]:
    """The built-in presets, for ``config show`` and the README."""
    return [
        {
            "name": preset.name,
            "label": preset.label,
            "base_url": preset.base_url,
            "model": preset.model,
            "key_env": preset.key_env or "（无需密钥）",
        }
        for preset in PRESETS.values()
    ]
