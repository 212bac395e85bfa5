"""Outline numbering that repeats or skips within one level: 一、二、二、 / （三）…（三） / （4）（6） / 一是…一是 / 第一，…第二，…第二，.

## What it does
Follows the outline levels of the report — 一、 > （一） > 1. / 1、 > （1） > 1） > ① , and the
enumerations inside a paragraph, 一是、二是 / 第一，第二， / 其一，其二， (首先、其次 carry no
number) — and flags an item whose number repeats the previous item of the same level under the
same parent (``（三）加快空间拓展 … （三）狠抓有效投资``) or skips one (``（4） … （6）``).
A new parent item restarts its sublevels, and so does a new article on a multi-article page
(篇一, 篇二 …). Numbers in body text (``2、3月份``, ``一、二产业``) and page numbers left in
scraped text (``2、`` starting a line that continues a sentence) are not outline items.

Also (issue 7): circled numerals are markers by themselves (② then ④ is a skip); in ``一是…一是…三是`` only the
repeated 一是 is reported, not 三是 after it; a skip whose missing item stands between with a broken bracket
(``（二外贸``, ``（⏎三）``) is left to DC403.

Also (fifth round): an item that steps back into the gap a reported skip left (一、 三、 二、) is reported once, as items out
of order, on the item out of place (the skip is withdrawn); a list restarted at 1 on the line right after its item 2 or
later (1. 2. 1.) is a repeated number when no item 2 follows it; not under a line ending on a colon (2.抓好三项工作：⏎1.…),
not after a line of prose, and not a restarted list that goes on (1. 2. 1. 2.).

Also (seventh round): list labels made of an ordinal word (第一项，… 第二项，… 第二项，; 第一步…第四步; 第一条, 第一个方面, 第一阶段,
第一点), each word its own series, opening a clause or a line; 第N部分 / 第N章 and 第N节 opening a heading line, as outline
levels above 一、 (a repeated 第二部分 with 一、 items between is found); an enumeration by numerals before one verb inside a
sentence (一要…二要…二要…四要, 一抓…二抓, 一则…二则, 一来…二来), counted only when the paragraph holds its 一 and its 二 (or three
items from 一): 一抓到底, 一季度…二季度, 一来二去 and “一看二帮三促” are no series.

Also (lead, seventh session): an enumeration starting again after a semicolon inside its own sentence
(``一是…；二是…；三是…；一是…``; a new sentence may start a new list). ``(2)项目…`` is an item (``(2)项``, ``(2)款``, ``(2)条``
name a clause of a law and are not read).

## Why is this bad?
A reader who is told there are 五个方面 and finds two 第三 (or no 第五) doubts the whole report;
usually an item was inserted or deleted without renumbering the rest.

## Example
```text
（二）落实联席会议，着力推动东城建设。
（三）加快空间拓展，着力加强要素保障。
（三）狠抓有效投资，着力保障项目建设。
```
Flagged: ``（三）狠抓有效投资``.

## Use instead
```text
（二）落实联席会议，着力推动东城建设。
（三）加快空间拓展，着力加强要素保障。
（四）狠抓有效投资，着力保障项目建设。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.outline import ENUMERATIONS, HAN_DIGITS, RANK, Marker, article_starts, find_markers

# The heading words quoted after a marker stop at a clause or sentence mark.
_HEADING_END = re.compile(r"[，,。；;：:！!？?\n]|[(（][一二三四五六七八九十\d]")
_HEADING_CHARS = 10


@dataclass
class _Level:
    """One outline level under its current parent.

    ``runs`` holds the last marker of each list at this level, outermost first: a list restarted
    at 1 inside another (四、 … 一、二、三、 … 五、, a sub-list written in the same style) is pushed,
    and the outer list may continue once the inner one is done.
    """

    kind: str
    runs: list[Marker]
    # The last item repeated its predecessor's number: the next may follow either numbering
    # (（一）（一）（三） or （三）（三）（四）), and is not flagged again.
    after_repeat: bool = False
    # The last skip reported at this level (the item before, the item that skipped, the finding's index): an item
    # stepping back into the gap (一、三、二、) shows the order is wrong, not a number missing.
    skip: tuple[Marker, Marker, int] | None = None
    # A list restarted at 1 right on the line after its item 2 or later (1. 2. 1.), reported unless it goes on (2.).
    restart: tuple[Marker, int] | None = None

    def advance(self, marker: Marker) -> Marker | None:
        """Record ``marker``; return the item it should have followed when its number is wrong."""
        wrong = self._advance(marker)
        tolerated = self.after_repeat and wrong is not None and marker.value == wrong.value + 2
        self.after_repeat = wrong is not None and marker.value == wrong.value
        return None if tolerated else wrong

    def _advance(self, marker: Marker) -> Marker | None:
        last = self.runs[-1]
        if marker.value == 1:
            if last.value == 1:
                self.runs[-1] = marker
                return last  # （一）…（一） with nothing between: the second should be （二）
            self.runs.append(marker)
            return None
        for depth in range(len(self.runs) - 1, -1, -1):
            if marker.value == self.runs[depth].value + 1:
                del self.runs[depth + 1 :]
                self.runs[depth] = marker
                return None
        if marker.value > last.value:
            self.runs[-1] = marker
            return last
        if marker.value == last.value:
            return last
        return None  # a step back (四、 … 三、): a different list, not judged


class Numbering(Rule):
    code = "DC402"
    slug = "numbering"
    family = "structure"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        restarts = article_starts(folded)
        stack: list[_Level] = []
        # The last item of each enumeration style in the current paragraph group (一是 / 第一， / 其一，).
        enumerations: dict[str, Marker] = {}
        repeated: set[str] = set()  # enumeration items reported as repeating the one before
        restart_index = 0
        found: list[Finding | None] = []  # outline findings, one withdrawn when a later item explains it
        for marker in find_markers(folded, ctx.text):
            while restart_index < len(restarts) and restarts[restart_index] < marker.start:
                stack.clear()
                enumerations.clear()
                restart_index += 1
            if marker.kind in ENUMERATIONS:
                previous = enumerations.get(marker.kind)
                enumerations[marker.kind] = marker
                if previous is not None and marker.value >= previous.value and marker.value != previous.value + 1:
                    # after a repeated item (一是…一是…三是) the next may follow the intended numbering
                    after_repeat = previous.kind + str(previous.start) in repeated
                    if (marker.value != 1 or previous.value == 1) and not (after_repeat and marker.value == previous.value + 2):
                        if marker.value == previous.value:
                            repeated.add(marker.kind + str(marker.start))
                        found.append(self._report(ctx, previous, marker))
                elif previous is not None and marker.value < previous.value and _same_sentence_item(folded, previous, marker):
                    # 一是…；二是…；三是…；一是…: a list cannot start again inside its own sentence
                    found.append(self._report_restart_in_sentence(ctx, previous, marker))
                continue
            enumerations.clear()
            depth = next((i for i, level in enumerate(stack) if level.kind == marker.kind), None)
            if marker.tentative and (depth is None or marker.value != stack[depth].runs[-1].value + 1):
                continue
            if depth is None:
                # A new level: it cannot sit below a level that is conventionally deeper than itself.
                while stack and RANK[stack[-1].kind] >= RANK[marker.kind]:
                    stack.pop()
                stack.append(_Level(marker.kind, [marker]))
                continue
            del stack[depth + 1 :]
            level = stack[depth]
            last = level.runs[-1]
            if level.restart is not None and level.restart[0] is last and marker.value == 2:
                found[level.restart[1]] = None  # 1. 2. 1. 2.: the restart is a list of its own after all
                level.restart = None
            if level.skip is not None and level.skip[1] is last and level.skip[0].value < marker.value < last.value:
                found[level.skip[2]] = None
                level.skip = None
                found.append(self._report_order(ctx, last, marker))
            previous = level.advance(marker)
            if previous is not None and not _broken_marker_between(ctx.text, previous, marker):
                found.append(self._report(ctx, previous, marker))
                if marker.value > previous.value + 1:
                    level.skip = (previous, marker, len(found) - 1)
            elif previous is None and marker.value == 1 and last.value > 1 and level.runs[-1] is marker and _next_line(ctx.text, last, marker):
                found.append(self._report_restart(ctx, last, marker))
                level.restart = (marker, len(found) - 1)
        yield from (finding for finding in found if finding is not None)

    def _report_order(self, ctx: CheckContext, later: Marker, marker: Marker) -> Finding:
        end, here, before_end, before = _headings(ctx, later, marker)
        return self.finding(
            ctx,
            marker.start,
            end,
            f"编号顺序错乱：上一项已是“{before}”，此处却是“{here}”（{marker.value} 在 {later.value} 之后）；"
            f"“{ctx.text[marker.start : marker.end]}”一项应排在“{ctx.text[later.start : later.end]}”之前，或重新编号",
            related=[("上一项", later.start, before_end)],
        )

    def _report_restart(self, ctx: CheckContext, last: Marker, marker: Marker) -> Finding:
        end, here, before_end, before = _headings(ctx, last, marker)
        expected = _render(ctx.text[marker.start : marker.end], marker.value, last.value + 1)
        return self.finding(
            ctx,
            marker.start,
            end,
            f"编号重复：上一行已是“{before}”，此处又从“{ctx.text[marker.start : marker.end]}”编起，其后没有第二项；"
            f"此处应为“{expected}”",
            related=[("上一项", last.start, before_end)],
            suggestion=expected + here[marker.end - marker.start :],
        )

    def _report_restart_in_sentence(self, ctx: CheckContext, previous: Marker, marker: Marker) -> Finding:
        end, here, before_end, before = _headings(ctx, previous, marker)
        expected = _render(ctx.text[marker.start : marker.end], marker.value, previous.value + 1)
        return self.finding(
            ctx,
            marker.start,
            end,
            f"编号重复：同一句里上一项已是“{before}”，此处又从“{ctx.text[marker.start : marker.end]}”编起；"
            f"此处应为“{expected}”",
            related=[("上一项", previous.start, before_end)],
            suggestion=expected + here[marker.end - marker.start :],
        )

    def _report(self, ctx: CheckContext, previous: Marker, marker: Marker) -> Finding:
        end, here, before_end, before = _headings(ctx, previous, marker)
        expected = _render(ctx.text[marker.start : marker.end], marker.value, previous.value + 1)
        if marker.value == previous.value:
            message = (f"编号重复：上一项已是“{before}”，此处又是“{here}”；"
                       f"此处应为“{expected}”，其后各项依次顺延")
        else:
            missing = "、".join(
                _render(ctx.text[marker.start : marker.end], marker.value, v)
                for v in range(previous.value + 1, marker.value)
            )
            message = (f"编号跳号：上一项是“{before}”，此处是“{here}”，中间缺少“{missing}”；"
                       f"此处应为“{expected}”，或补上缺少的一项")
        return self.finding(
            ctx,
            marker.start,
            end,
            message,
            related=[("上一项", previous.start, before_end)],
            suggestion=expected + here[marker.end - marker.start :],
        )


def _same_sentence_item(folded: str, previous: Marker, marker: Marker) -> bool:
    """``marker`` opens an item right after a semicolon, in the sentence (and line) of ``previous``."""
    between = folded[previous.end : marker.start]
    return between.rstrip(" \t\u3000").endswith((";", "；")) and not any(mark in between for mark in "。!?！？\n")


def _headings(ctx: CheckContext, previous: Marker, marker: Marker) -> tuple[int, str, int, str]:
    """Where ``marker``'s heading ends and its words, and the same of ``previous``: what a finding quotes."""
    end = _heading_end(ctx.folded, marker.end)
    before_end = _heading_end(ctx.folded, previous.end)
    return end, ctx.text[marker.start : end], before_end, ctx.text[previous.start : before_end]


def _next_line(text: str, last: Marker, marker: Marker) -> bool:
    """Whether ``marker`` opens the line right after the line of ``last``, which ends on no colon (a line ending on
    ``：`` announces a list under it: 2.抓好三项工作：⏎1.…)."""
    between = text[last.end : marker.start]
    if between.count("\n") != 1 or between.strip(" \t\u3000\n")[-1:] in ("：", ":"):
        return False
    return not between[between.index("\n") + 1 :].strip(" \t\u3000")


def _broken_marker_between(text: str, previous: Marker, marker: Marker) -> bool:
    """Whether the one missing item stands between the two, its marker lacking a bracket (（二外贸进出口…):
    the numbering is right, the bracket is what is wrong (unbalanced-pair, DC403, reports it)."""
    if marker.value != previous.value + 2:
        return False
    written = text[marker.start : marker.end]
    if written[:1] not in "(（" or written[-1:] not in ")）":
        return False
    missing = _render(written, marker.value, previous.value + 1)
    between = text[previous.end : marker.start]
    number = re.escape(missing[1:-1])
    return re.search(rf"(?:^|\n)[ \t\u3000]*(?:[(（]{number}(?![)）\d])|{number}[)）])", between) is not None


def _heading_end(folded: str, after_marker: int) -> int:
    stop = _HEADING_END.search(folded, after_marker, after_marker + _HEADING_CHARS + 1)
    return stop.start() if stop else min(len(folded), after_marker + _HEADING_CHARS)


def _render(marker_text: str, value: int, new_value: int) -> str:
    """``marker_text`` with its number ``value`` replaced by ``new_value`` in the same numerals."""
    if any(c in HAN_DIGITS for c in marker_text):
        old, new = _han(value), _han(new_value)
    elif any("①" <= c <= "⑳" for c in marker_text):
        old, new = chr(ord("①") + value - 1), chr(ord("①") + min(new_value, 20) - 1)
    else:
        old, new = str(value), str(new_value)
    return marker_text.replace(old, new, 1)


def _han(value: int) -> str:
    if value <= 10:
        return HAN_DIGITS[value - 1]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else HAN_DIGITS[tens - 1]) + "十" + (HAN_DIGITS[units - 1] if units else "")
