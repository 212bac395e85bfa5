"""An opening quote or bracket with no closing one, or a closing one with no opener: “五个一工程的要求.

## What it does
Pairs the quotation marks and brackets of each paragraph — “” ‘’ （） () 《》 【】 〔〕 「」 『』 — and
flags an opener that is never closed (``依据县委“五个一工程的要求，``) or a closer that was never
opened (``五产业集群情况）``). Marks pair within a paragraph: a stray ） in a later paragraph does
not close an （ left open earlier (both are flagged). A quote or bracket broken by a page break or
a line wrap in scraped text is still paired across the break, and so is a quotation of several
paragraphs (each opens with “, the last one closes), and a quotation introduced by a colon whose items
run over several lines (``就是：“一是…；⏎二是…；⏎三是…。”``). List markers that only have a closer (``1)``, ``a)``, ``一）``) and
apostrophes (``People’s``) are not flagged.

Also (issue 7): a quotation introduced by a colon whose items run over several lines (first line ending on ；
or ，, last line closing with ”) pairs across the lines.

## Why is this bad?
The reader cannot tell where the quoted name, slogan or document title ends; usually the closing
mark was lost in editing, and often part of the name went with it.

## Example
```text
依据县委“五个一工程的要求，我们把“五个一工程延长到开发区股级以上领导干部。
```
Flagged: ``“五个一工程的要求`` and ``“五个一工程延长到开发区股级以上领导干部``.

## Use instead
```text
依据县委“五个一工程”的要求，我们把“五个一工程”延长到开发区股级以上领导干部。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

# Opener -> closer, on width-folded text (（） folds to ()).
PAIRS = {"“": "”", "‘": "’", "(": ")", "《": "》", "【": "】", "〔": "〕", "「": "」", "『": "』", "[": "]"}
CLOSERS = {closer: opener for opener, closer in PAIRS.items()}
_MARK = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "\"']")
# A straight quote may stand in for a curly closer (“五个一工程"): not an unbalanced pair.
_STRAIGHT = {'"': "“", "'": "‘"}
_NAMES = {"“": "左引号", "‘": "左单引号", "(": "左括号", "《": "左书名号", "【": "左方头括号", "〔": "左六角括号",
          "「": "左直角引号", "『": "左双直角引号", "[": "左方括号"}
_CLOSER_NAMES = {"”": "右引号", "’": "右单引号", ")": "右括号", "》": "右书名号", "】": "右方头括号",
                 "〕": "右六角括号", "」": "右直角引号", "』": "右双直角引号", "]": "右方括号"}

# A closer that ends a list marker: 1) 12) a) 一） ① ) — there is no opener by design.
_LIST_MARKER_BEFORE = re.compile(r"(?:(?<![0-9.])[0-9]{1,2}|(?<![A-Za-z])[A-Za-z]|(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}|[①-⑳])\s*$")
# Marks doubled as decoration in scraped page chrome (》》更多, 【【).
_DECORATIVE = frozenset("《》【】")
# An opener whose line stops in an ellipsis: a snippet cut short by the web page, not by the writer.
_TRUNCATED_SNIPPET = re.compile(r"[^\n]{0,60}?(?:\.\.\.|…)[ \t]*(?:\n|$)")
# Where a quoted stretch shown in a message stops: a clause or sentence end.
_CLAUSE_END = re.compile(r"[，,。；;：:！!？?、\n]")
# A line break that ends a paragraph: the line before ends a sentence (or is a heading / blank).
_HARD_BREAK_BEFORE = "。！？!?；;：:"
# How far (characters) an opener may be paired with a closer across a soft (page) break.
_SOFT_REACH = 300
# A mark this close (characters) to the edge of its paragraph may pair across the break: an opener
# that ends its line (【字号：⏎…⏎】, 根据《⏎…⏎》) or a closer that starts its line.
_OPENER_EDGE = 4
_CLOSER_EDGE = 2


@dataclass
class _Mark:
    char: str
    pos: int
    # The paragraph the mark stands in (set by the rule; used to pair marks across a line break).
    para_start: int = 0
    para_end: int = 0


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Paragraph spans: lines joined across soft breaks (a line that stops mid-sentence)."""
    start = 0
    length = len(text)
    pos = 0
    while pos < length:
        newline = text.find("\n", pos)
        if newline < 0:
            break
        line = text[pos:newline].rstrip()
        following = text[newline + 1 : newline + 2]
        if not line or line[-1] in _HARD_BREAK_BEFORE or not following.strip() or len(line) < 40:
            yield start, newline
            start = newline + 1
        pos = newline + 1
    if start < length:
        yield start, length


def unbalanced_marks(folded: str, start: int, end: int) -> tuple[list[_Mark], list[_Mark]]:
    """Unclosed openers and unopened closers of ``folded[start:end]``."""
    stack: list[_Mark] = []
    lone_closers: list[_Mark] = []
    unclosed: list[_Mark] = []
    for m in _MARK.finditer(folded, start, end):
        char, pos = m.group(), m.start()
        if char in _STRAIGHT:
            if stack and stack[-1].char == _STRAIGHT[char]:
                stack.pop()
            continue
        if char in _DECORATIVE and (folded[pos - 1 : pos] == char or folded[pos + 1 : pos + 2] == char):
            continue  # 》》点击进入专题《《: page chrome, not a title mark
        if char in PAIRS:
            stack.append(_Mark(char, pos))
            continue
        opener = CLOSERS[char]
        if char == "’" and _is_apostrophe(folded, pos):
            continue
        if stack and stack[-1].char == opener:
            stack.pop()
            continue
        depth = next((i for i in range(len(stack) - 1, -1, -1) if stack[i].char == opener), None)
        if depth is not None:
            # Everything opened after the matching opener was never closed.
            unclosed.extend(stack[depth + 1 :])
            del stack[depth:]
            continue
        if char == ")" and _LIST_MARKER_BEFORE.search(folded, max(start, pos - 4), pos):
            continue
        lone_closers.append(_Mark(char, pos))
    unclosed.extend(stack)
    return unclosed, lone_closers


def _is_apostrophe(folded: str, pos: int) -> bool:
    before = folded[pos - 1 : pos]
    after = folded[pos + 1 : pos + 2]
    return before.isascii() and before.isalpha() and (not after or after.isascii())


class UnbalancedPair(Rule):
    code = "DC403"
    slug = "unbalanced-pair"
    family = "structure"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        unclosed: list[_Mark] = []
        lone: list[_Mark] = []
        carried: list[_Mark] = []
        for start, end in _paragraphs(folded):
            openers, closers = unbalanced_marks(folded, start, end)
            for mark in (*openers, *closers):
                mark.para_start, mark.para_end = start, end
            if carried and _continues_quotation(folded, start, end, carried[-1].char, openers):
                # A quotation of several paragraphs: each opens with “ and only the last one closes.
                carried.pop()
            unclosed.extend(carried)
            carried = openers
            lone.extend(closers)
        unclosed.extend(carried)
        unclosed, lone = _pair_across_breaks(folded, unclosed, lone)
        for mark in unclosed:
            if _TRUNCATED_SNIPPET.match(folded, mark.pos):
                continue  # 村意识形态工作总结(全文...: a title cut short in a page's link list
            stop = _CLAUSE_END.search(folded, mark.pos + 1, min(len(folded), mark.pos + 21))
            end = stop.start() if stop else min(len(folded), mark.pos + 16)
            end = max(end, mark.pos + 1)
            shown = ctx.text[mark.pos:end].rstrip()
            end = mark.pos + max(1, len(shown))
            yield self.finding(
                ctx,
                mark.pos,
                end,
                f"{_NAMES[mark.char]}{ctx.text[mark.pos]} 未闭合：「{ctx.text[mark.pos:end]}」之后本段内没有对应的"
                f"{_closing_form(ctx.text[mark.pos], PAIRS[mark.char])}；请在引用或括注内容结束处补上，或删去多余的{_NAMES[mark.char]}",
            )
        for mark in lone:
            begin = mark.pos
            while begin > 0 and mark.pos - begin < 16 and not _CLAUSE_END.match(folded, begin - 1):
                begin -= 1
            yield self.finding(
                ctx,
                begin,
                mark.pos + 1,
                f"{_CLOSER_NAMES[mark.char]}{ctx.text[mark.pos]} 没有开头：「{ctx.text[begin:mark.pos + 1]}」之前本段内没有对应的"
                f"{_opening_form(ctx.text[mark.pos], CLOSERS[mark.char])}；请在引用或括注内容开始处补上，或删去多余的{_CLOSER_NAMES[mark.char]}",
            )


def _pair_across_breaks(folded: str, unclosed: list[_Mark], lone: list[_Mark]) -> tuple[list[_Mark], list[_Mark]]:
    """Pair an opener left open at the end of one paragraph with a closer left alone soon after.

    Page furniture in scraped text (``【字号：⏎加大⏎还原⏎】``) and quotes broken across lines close
    in a later paragraph; only what is still alone after this is reported. Only marks at the edge
    of their paragraphs pair so: an opener near the end of its line or on a line that stops
    mid-sentence (a wrapped line), a closer near the start of its line, or a quotation that opens
    one paragraph and closes the end of a later one. A stray ） in
    the middle of a later paragraph is a mistake of its own and does not excuse an unclosed （
    earlier (both are reported).
    """
    if not unclosed or not lone:
        return unclosed, lone
    used_closers: set[int] = set()
    kept_openers: list[_Mark] = []
    for opener in unclosed:
        match = next(
            (
                i
                for i, closer in enumerate(lone)
                if i not in used_closers
                and closer.pos > opener.pos
                and closer.pos - opener.pos <= _SOFT_REACH
                and CLOSERS[closer.char] == opener.char
                and _may_pair_across_break(folded, opener, closer)
            ),
            None,
        )
        if match is None:
            kept_openers.append(opener)
        else:
            used_closers.add(match)
    return kept_openers, [closer for i, closer in enumerate(lone) if i not in used_closers]


def _continues_quotation(folded: str, start: int, end: int, carried: str, openers: list[_Mark]) -> bool:
    """The paragraph ``folded[start:end]`` goes on with a quotation left open before it: it opens with
    the same quote mark, and that mark is left open too (a middle paragraph) or closes at the
    paragraph's end (the last one). A paragraph that merely starts with a quoted name
    (“一窗受理”改革…) does not."""
    body = folded[start:end].strip()
    if carried not in ("“", "「", "『") or not body.startswith(carried):
        return False
    first = start + folded[start:end].index(carried)
    if any(mark.pos == first for mark in openers):
        return True
    return body.rstrip("。.！!？?").endswith(PAIRS[carried]) or body[-2:-1] == PAIRS[carried]


def _may_pair_across_break(folded: str, opener: _Mark, closer: _Mark) -> bool:
    if opener.para_end == closer.para_end:
        return True  # the same paragraph (a soft break inside it)
    after_opener = len(folded[opener.pos + 1 : opener.para_end].strip())
    before_closer = len(folded[closer.para_start : closer.pos].strip())
    if after_opener <= _OPENER_EDGE or before_closer <= _CLOSER_EDGE:
        return True
    opener_line = folded[opener.para_start : opener.para_end].rstrip()
    if opener_line and opener_line[-1] not in _HARD_BREAK_BEFORE:
        return True  # the opener's line stops mid-sentence: a wrapped line (PDF text), not a paragraph
    opens_paragraph = not folded[opener.para_start : opener.pos].strip()
    closes_paragraph = len(folded[closer.pos + 1 : closer.para_end].strip()) <= 1
    # a quotation introduced by a colon whose items run over several lines (就是：“一是…；⏎二是…；⏎三是…。”):
    # its first line ends on an item separator, not on a full stop
    introduced = folded[opener.para_start : opener.pos].rstrip()[-1:] in (":", "：") and opener_line[-1:] in "；;，,"
    return (opens_paragraph or introduced) and closes_paragraph


def _closing_form(opener_as_written: str, closer_folded: str) -> str:
    return "）" if opener_as_written == "（" else closer_folded


def _opening_form(closer_as_written: str, opener_folded: str) -> str:
    return "（" if closer_as_written == "）" else opener_folded
