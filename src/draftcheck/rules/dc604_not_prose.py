"""A drafted paragraph that is not 公文 prose.

## What it does
Drafts only (``draftcheck draft``). Flags what a model copies from its prompt or its training instead
of writing sentences: a table (lines of ``|`` cells, or a Markdown rule ``|---|``), ``标签: 值`` lines
(two or more short lines of a label, a colon and a value), a formula (``=``, ``≈``, ``×``, ``÷`` between
figures, 〔…〕 workings), code (fences, braces, tags), Markdown other than headings (bullets, numbered
lists, bold, quotes, links), and a block written twice (a sentence of ten characters or more repeated).

## Why is this bad?
A report is read as prose. A pasted table or a "项目名称: … / 签约总金额: …" block repeated three times
is scaffolding, not a paragraph; a formula cut off at the token limit is worse.

## Example
```text
项目名称：城市更新一期
总投资：12亿元
```
Flagged: the two label lines.

## Use instead
```text
城市更新一期项目总投资12亿元。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.positions import LineIndex

_TABLE_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$", re.M)
_LABEL_LINE = re.compile(r"^[ \t]*(?:[-*•·][ \t]*)?[\u4e00-\u9fffA-Za-z（）()]{2,16}[:：][ \t]*[^\n。；]{1,40}$", re.M)
_FORMULA = re.compile(
    r"\d[\d.,]*\s*(?:%|％)?\s*[=≈×÷]\s*[(（]?\s*\d"  # 412.7 ÷ 860, = 47.98
    r"|〔[^〕\n]*[=≈÷×]"  # 〔(386.5 − 342.1) ÷ …〕, also cut off mid-way
    r"|[=≈]\s*\d[\d.]*\s*%?\s*$",
    re.M,
)
_CODE = re.compile(r"```|^[ \t]*[{}\[\]][ \t]*$|</?[a-zA-Z][a-zA-Z0-9]*[ >/]|^\s*(?:def|import|return|print)\b", re.M)
_MARKDOWN = re.compile(
    r"^[ \t]*(?:[-*+•][ \t]+|\d{1,2}[.)][ \t]+|>[ \t]?)"  # bullets, numbered lists, quotes
    r"|\*\*[^*\n]+\*\*|__[^_\n]+__"  # bold
    r"|\[[^\]\n]+\]\([^)\n]+\)",  # links
    re.M,
)
_SENTENCE = re.compile(r"[^。！？；\n]{10,}[。！？；]?")


class NotProse(Rule):
    code = "DC604"
    slug = "not-prose"
    family = "draft"
    default_severity = Severity.ERROR
    drafts_only = True

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text
        table = list(_TABLE_ROW.finditer(text)) + list(_TABLE_RULE.finditer(text))
        if table:
            first, last = min(m.start() for m in table), max(m.end() for m in table)
            yield self.finding(ctx, first, last, "这是表格，不是正文；请把各项写成完整的句子")
        labels = [m for m in _LABEL_LINE.finditer(text) if not _is_heading(m.group(0))]
        if len(labels) >= 2:
            yield self.finding(
                ctx, labels[0].start(), labels[-1].end(),
                f"这是 {len(labels)} 行“标签：值”的清单，不是正文；请写成完整的句子",
            )
        for m in _FORMULA.finditer(text):
            yield self.finding(ctx, m.start(), m.end(), "正文中出现了算式；只写结果（如“增长13.0%”），不写计算过程")
        for m in _CODE.finditer(text):
            yield self.finding(ctx, m.start(), max(m.end(), m.start() + 1), "正文中出现了代码或标记；请只写正文")
        for m in _MARKDOWN.finditer(text):
            if not _is_heading(text[m.start() : text.find("\n", m.start()) if "\n" in text[m.start():] else len(text)]):
                yield self.finding(ctx, m.start(), m.end(), "正文中出现了列表、加粗或链接等 Markdown 标记；除小标题外请写成段落")
        seen: dict[str, int] = {}
        for m in _SENTENCE.finditer(text):
            key = re.sub(r"\s+", "", m.group(0)).rstrip("。！？；")
            if key in seen:
                yield self.finding(
                    ctx, m.start(), m.end(),
                    f"这一句与第 {LineIndex(text).line_col(seen[key])[0]} 行的句子重复；同一内容只写一次",
                )
            else:
                seen[key] = m.start()


def _is_heading(line: str) -> bool:
    """（一）标题。 / 一、标题 / # 标题: headings are allowed."""
    return bool(re.match(r"^\s*(#{1,6}\s|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)", line))
