"""How many tokens a request may take, counted conservatively for Chinese, so none is sent to fail.

A model's context window holds the prompt and the reply. ``TokenBudget(context_window, reply_tokens)``
leaves ``reply_tokens`` for the reply and a safety margin, and ``fits(messages)`` says whether a request
is small enough. Tokens are estimated without the model's tokenizer, erring high: every Han character
and every full-width mark counts 1 (Qwen and GPT tokenizers average 0.6–0.8 per Han character), every
digit 1 (Qwen splits numbers digit by digit), other characters one per two, plus a few tokens per
message for the chat template.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

PER_MESSAGE = 6  # role markers and separators of a chat template
PER_REQUEST = 8
MARGIN = 0.05  # of the context window, on top of the estimate
DEFAULT_REPLY_TOKENS = 1024

_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\U00020000-\U0002ffff]")
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"\s")


def estimate_tokens(text: str) -> int:
    """An upper estimate of the tokens of ``text`` (≥ 1 per Han character)."""
    wide = len(_WIDE.findall(text))
    digits = len(_DIGIT.findall(text))
    spaces = len(_SPACE.findall(text))
    other = len(text) - wide - digits - spaces
    return wide + digits + math.ceil(other / 2) + math.ceil(spaces / 4)


def message_tokens(messages: list[dict]) -> int:
    return PER_REQUEST + sum(PER_MESSAGE + estimate_tokens(str(m.get("content", ""))) for m in messages)


@dataclass(frozen=True)
class TokenBudget:
    context_window: int
    reply_tokens: int = DEFAULT_REPLY_TOKENS

    @property
    def prompt_limit(self) -> int:
        """The largest prompt (estimated) that leaves room for the reply."""
        return max(0, self.context_window - self.reply_tokens - math.ceil(self.context_window * MARGIN))

    def fits(self, messages: list[dict]) -> bool:
        return message_tokens(messages) <= self.prompt_limit

    def describe(self) -> dict:
        return {"context_window": self.context_window, "reply_tokens": self.reply_tokens, "prompt_limit": self.prompt_limit}
