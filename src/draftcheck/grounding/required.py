"""Facts a drafted paragraph must state, and how their presence is decided.

A figure (``value: 386.5亿元``) is present when the draft writes it, after unit normalisation and
rounding to the precision written. A name (``text: 城市更新一期``) is present verbatim (spaces aside). A
text fact (``gist``: a problem, a plan, a work item's content) is present *in substance*: enough of its key
phrases — the two-character words of its Han runs, a paraphrase keeps most of them — occur in the draft.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, model_validator

# Share of a text fact's key phrases a draft must contain to state it in substance.
GIST_COVERAGE = 0.5
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_SPACE = re.compile(r"\s+")
# Two-character sequences that carry no content of their own (公文 glue); they never count.
_GLUE = frozenset(
    "进一步 不断 持续 加快 加强 推进 推动 工作 方面 存在 问题 一些 部分 相关 有关 我们 目前 当前 仍然 还是 以及 "
    "进行 开展 实现 完成 提升 提高 全面 积极 努力 着力 重点 主要 情况 需要 有待 较为 比较 不够 不足 一定".split()
)


class RequiredFact(BaseModel):
    """A fact the paragraph must state: a figure (``value``), a name (``text``) or a text in substance (``gist``)."""

    model_config = ConfigDict(extra="forbid")

    label: str
    value: str | None = None
    text: str | None = None
    gist: str | None = None
    anchor: str | None = None  # where to point when missing (the indicator's name); default: the label

    @model_validator(mode="after")
    def _one_of(self) -> "RequiredFact":
        if sum(x is not None for x in (self.value, self.text, self.gist)) != 1:
            raise ValueError("a required fact has exactly one of value, text or gist")
        return self

    @property
    def shown(self) -> str:
        return self.value or self.text or self.gist or ""


def key_phrases(text: str) -> set[str]:
    """The two-character sequences of the Han runs of ``text``, without 公文 glue."""
    phrases = set()
    for run in _HAN_RUN.findall(text):
        phrases.update(run[i : i + 2] for i in range(len(run) - 1))
    return phrases - _GLUE


def gist_coverage(fact: str, draft: str) -> float:
    """Share of ``fact``'s key phrases found in ``draft`` (1.0 when it has none)."""
    wanted = key_phrases(fact)
    if not wanted:
        return 1.0
    compact = _SPACE.sub("", draft)
    return sum(1 for p in wanted if p in compact) / len(wanted)


def states_text(fact: str, draft: str) -> bool:
    return _SPACE.sub("", fact) in _SPACE.sub("", draft)


def states_gist(fact: str, draft: str) -> bool:
    return gist_coverage(fact, draft) >= GIST_COVERAGE
