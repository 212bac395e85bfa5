"""A sentence cut off or left unfinished: 完成利润总额979.1万元,; / 一年来。 / a document that stops mid-sentence.

## What it does
Flags the traces that a sentence lost its end or its middle:

- an empty clause: a comma, enumeration comma or colon directly followed by another clause or
  sentence mark (``979.1万元,;``, ``精神状态，，``, ``引进了甲、乙、。``, ``主要表现在：。``);
- a sentence-opening time adverbial left alone before a full stop (``取得了可喜的成果，一年来。``,
  ``今年以来。突出抓好…``): the rest of that sentence was cut or moved;
- a clause that is only a noun phrase, its predicate lost (``由自然燃气公司投资的天然气供气工程。``);
- a document whose last paragraph stops in mid-sentence, with no closing mark
  (``…围绕四大产业和新兴产``).

Page-number residue (``2、,估量到年底``) belongs to web-residue (DC504) and is not flagged here.

## Why is this bad?
Something the reader needs was dropped: the base value and growth rate after a profit figure, the
subject after 一年来, the last paragraph of the report.

## Example
```text
完成利润总额预计累计值979.1万元,;
开发区虽然取得了诸多可喜的成果，一年来。但也存在一些不足。
```
Flagged: ``979.1万元,;`` and ``，一年来。``.

## Use instead
```text
完成利润总额预计累计值979.1万元，与去年同期相比增加53.2万元，同比增长5.7%；
一年来，开发区虽然取得了诸多可喜的成果，但也存在一些不足。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

# A clause mark followed (spaces aside) by another mark: the clause between them is empty.
# A 、 right after a number at a line start is a page marker (web-residue), not an empty clause.
# (The leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_EMPTY_CLAUSE = re.compile(r"(?=[,，、:：])(?<![\d\n])(?P<mark>[,，、:：])[ \t\u3000]*(?P<next>[,，;；。.!！?？、])(?![\d])")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*\d{1,3}$")
# What ends a clause when we quote the words before an empty one.
_CLAUSE_START = re.compile(r"[,，、;；。!！?？:：\n]")
# Time adverbials that open a sentence; alone before 。 they are a fragment.
_ORPHAN_ADVERBIAL = re.compile(
    r"(?P<lead>[,，;；。]|^|\n)[ \t\u3000]*(?P<adverbial>(?:一年来|今年来|今年以来|去年以来|近年来|近年以来|多年来|"
    r"几年来|五年来|年初以来|上半年以来|开年以来|入夏以来|三年来|(?:[一二三四五六七八九十]|[0-9]{1,2})个月来))"
    r"(?P<stop>[。.!！])",
    re.MULTILINE,
)
# A clause that is only a noun phrase: 由某公司投资的天然气供气工程。 (what happened to it is missing).
_PREDICATE_LESS = re.compile(
    r"(?:^|(?<=[。；;！!？?，,]))[ \t\u3000]*(?P<clause>由[^，,。；;！!？?\n]{2,30}?(?P<verb>投资|建设|承建|实施|出资|投资建设|投资兴建)"
    r"的(?P<thing>[^，,。；;！!？?\n的]{2,20}?(?:工程|项目))[。.])",
    re.MULTILINE,
)
# The closing marks a finished document can end on.
_FINAL_MARKS = "。.！!？?…”’）)》】」』|—-:：;；"
_MIN_DOCUMENT = 300
_MIN_LAST_PARAGRAPH = 16
_MIN_LAST_PARAGRAPH_WITH_LABELS = 60
# A web page footer, not the report's last sentence: 主办单位：… 地址：… 备案号 …
_PAGE_FOOTER = re.compile(
    r"(?:主办|承办|版权所有|地址|电话|邮编|来源|责任编辑|编辑|技术支持|关键词|标签)(?:单位)?\s*[：:]|备案号|ICP|扫一扫|分享到"
)


class Truncated(Rule):
    code = "DC404"
    slug = "truncated"
    family = "structure"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        yield from self._empty_clauses(ctx, folded)
        yield from self._orphan_adverbials(ctx, folded)
        yield from self._predicate_less(ctx, folded)
        yield from self._unfinished_ending(ctx)

    def _empty_clauses(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _EMPTY_CLAUSE.finditer(folded):
            mark_at = m.start("mark")
            if m.group("mark") == "、" and _NUMBER_BEFORE.search(folded, max(0, mark_at - 8), mark_at):
                continue
            if m.group("next") == "." and folded[m.end("next") : m.end("next") + 1] == ".":
                continue  # an ellipsis written as dots
            if m.group("next") == "?" and folded[m.end("next") : m.end("next") + 1].strip():
                continue  # a character lost in encoding (大兴寨、?水灌区), not punctuation
            begin = mark_at
            while begin > 0 and mark_at - begin < 20 and not _CLAUSE_START.match(folded, begin - 1):
                begin -= 1
            end = m.end("next")
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:end]}”中“{ctx.text[mark_at]}”与“{m.group('next')}”之间没有内容，"
                f"句子在此残缺或多了标点；请补全被删去的内容，或删去多余的标点",
            )

    def _orphan_adverbials(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _ORPHAN_ADVERBIAL.finditer(folded):
            begin = m.start("lead") if m.group("lead") in ",，" else m.start("adverbial")
            end = m.end("stop")
            adverbial = m.group("adverbial")
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{adverbial}”是句首状语，却独自以“{m.group('stop')}”结束，句子残缺或语序错乱；"
                f"应改为“{adverbial}，……”并与后文连成一句",
            )

    def _predicate_less(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _PREDICATE_LESS.finditer(folded):
            start, end = m.start("clause"), m.end("clause")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”只有“由……{m.group('verb')}的{m.group('thing')}”这一名词短语，缺少谓语"
                f"（进展如何未交代），句子不完整；请补全，如“……工程已开工建设”",
            )

    def _unfinished_ending(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text.rstrip()
        if not text or ("\n" not in text.strip() and len(text) < _MIN_DOCUMENT):
            return  # a phrase or a field value (a fact's progress note), not a document
        line_start = text.rfind("\n") + 1
        last = ctx.folded[line_start : len(text)].strip()
        if len(last) < _MIN_LAST_PARAGRAPH or not re.search(r"[，,。;；]", last) or _PAGE_FOOTER.search(last):
            return
        if len(last) < _MIN_LAST_PARAGRAPH_WITH_LABELS and re.search(r"[:：]", last):
            return  # 附件：1.…，2.… / 联系人：…，电话：…
        if re.search(r"[\d〇零一二三四五六七八九十]\s*[年月日]$", last):
            return  # a signature line ending in its date
        final = last[-1]
        if final in _FINAL_MARKS or final.isdigit() or final.isascii() and final.isalpha():
            return
        clause_start = max(last.rfind(mark) for mark in "，,。;；、") + 1
        begin = len(text) - (len(last) - clause_start)
        yield self.finding(
            ctx,
            begin,
            len(text),
            f"全文在“{ctx.text[begin:len(text)]}”处戛然而止，最后一句没有结束标点，后文似被截断；请补全结尾",
        )
