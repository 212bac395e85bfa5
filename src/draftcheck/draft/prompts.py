"""Prompt templates: Jinja2 files of the ``draftcheck.prompts`` package (``prompts/`` at the top of the
repository), rendered strictly.

Every template starts with a header comment naming its id and version::

    {# draftcheck-prompt indicators v1 — 主要指标完成情况 #}

and its sha256 is recorded in the run manifest. A missing field is an error that names the
template file, the line and the field, never an empty string (``StrictUndefined``). ``--prompts
DIR`` puts the user's directory in front of the built-in one: a file there replaces the built-in
template of the same name; templates it lacks fall back to the built-in ones.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path

import jinja2

# An installed package is a folder on disk (wheels are unpacked), so Jinja2 reads it directly.
BUILTIN_DIR = Path(str(resources.files("draftcheck.prompts")))
SYSTEM_TEMPLATE = "system.j2"
REPAIR_TEMPLATE = "repair.j2"
_HEADER = re.compile(r"^\s*\{#\s*draftcheck-prompt\s+(?P<id>[\w-]+)\s+v(?P<version>\d+)")
_UNDEFINED_NAME = re.compile(r"'(?P<name>[^']+)' is undefined|has no attribute '(?P<attr>[^']+)'")


class PromptError(Exception):
    """A template cannot be loaded or rendered; the message is one line naming file, line and field."""


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # file name: indicators.j2
    id: str  # from the header: indicators
    version: int
    sha256: str
    path: str  # where it was loaded from

    def as_dict(self) -> dict:
        return asdict(self)


def to_json_block(value) -> str:
    """JSON for a prompt: readable Chinese (no \\u escapes), compact, key order kept, and without the
    fields that say nothing (null, false, empty), which small models with short contexts cannot afford."""
    return json.dumps(_without_empty(value), ensure_ascii=False, default=str)


def _without_empty(value):
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in (None, False, "", [], {})}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


class Prompts:
    def __init__(self, override_dir: str | Path | None = None) -> None:
        self.override_dir = Path(override_dir) if override_dir else None
        if self.override_dir is not None and not self.override_dir.is_dir():
            raise PromptError(f"{self.override_dir}: 提示词目录不存在")
        search = [str(self.override_dir)] if self.override_dir else []
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(search + [str(BUILTIN_DIR)], encoding="utf-8"),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            keep_trailing_newline=False,
        )
        self.env.filters["tojson_cn"] = to_json_block
        self._used: dict[str, TemplateInfo] = {}

    def info(self, name: str) -> TemplateInfo:
        if name not in self._used:
            try:
                source, filename, _ = self.env.loader.get_source(self.env, name)
            except jinja2.TemplateNotFound:
                raise PromptError(f"找不到提示词模板 {name}") from None
            header = _HEADER.match(source)
            if not header:
                raise PromptError(
                    f"{filename}:1: 模板首行缺少版本注释，应为 {{# draftcheck-prompt {Path(name).stem} v1 — 说明 #}}"
                )
            self._used[name] = TemplateInfo(
                name=name,
                id=header["id"],
                version=int(header["version"]),
                sha256=hashlib.sha256(source.encode("utf-8")).hexdigest(),
                path=filename,
            )
        return self._used[name]

    def used(self) -> dict[str, TemplateInfo]:
        """Every template rendered so far, by file name."""
        return dict(self._used)

    def render(self, name: str, context: dict) -> str:
        info = self.info(name)
        try:
            template = self.env.get_template(name)
            return template.render(**context, data=context).strip()
        except jinja2.TemplateSyntaxError as exc:
            raise PromptError(f"{exc.filename or info.path}:{exc.lineno}: 模板语法错误：{exc.message}") from None
        except jinja2.UndefinedError as exc:
            line = _template_line(exc, info.path)
            match = _UNDEFINED_NAME.search(str(exc))
            field = (match["name"] or match["attr"]) if match else str(exc)
            raise PromptError(f"{info.path}:{line}: 模板引用了不存在的字段 “{field}”") from None

    def section_messages(self, data: dict, template: str) -> list[dict]:
        return [
            {"role": "system", "content": self.render(SYSTEM_TEMPLATE, data)},
            {"role": "user", "content": self.render(template, data)},
        ]

    def repair_messages(self, context: dict) -> list[dict]:
        """A standalone repair request: the system prompt, then the paragraph's facts, its draft and the
        findings in one user turn (short: the first-round conversation is not repeated)."""
        return [
            {"role": "system", "content": self.render(SYSTEM_TEMPLATE, context)},
            {"role": "user", "content": self.render(REPAIR_TEMPLATE, context)},
        ]


def _template_line(exc: BaseException, filename: str) -> int | str:
    """The template line where rendering failed: Jinja rewrites traceback frames to template lines."""
    line: int | str = "?"
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line
