"""A doubled or malformed unit, a unit contradicting its neighbours, or a number that lost its %.

## What it does
Flags units that cannot be right as written:

- a doubled unit or sign after a number: ``7044.76万元元``, ``3.2亿元元``, ``500万万元``, ``6.1%%``
  (not ``3200万元元器件``: a unit followed by a word that starts with 元, such as 元器件, 元旦, 元素);
- magnitudes stacked in the wrong order: ``5.6亿万元`` (``万亿元`` and ``千万元`` are correct);
- a per cent sign before 个百分点: ``提高0.6%个百分点`` (points, not per cent);
- ``方米`` with its ``平`` or ``立`` lost: ``面积方米`` (平方米);
- a letter unit written backwards where the right one is used nearby: ``1500wm`` beside ``mw``
  (``kv``/``vk``, ``kwh``/``hwk``);
- a share or rate whose ``%`` was lost: ``已完成工程总量的90，``, ``完成年度任务的85。``,
  ``同比增长12.5，``.

Fixes: a doubled unit or sign has a safe fix (``lint --fix`` removes the repetition); the others carry
an unsafe fix (the suggested unit), applied only by a person.

## Why is this bad?
The figure may be right, but the reader cannot be sure of its unit; a lost ``%`` turns a share
into a bare number, and a doubled unit shows the sentence was edited carelessly.

## Example
```text
完成主营业务收入6853.5万元，与去年同期7044.76万元元相比减少191.26万元；桥梁工程已完成工程总量的90，铺设人行道面积方米。
```
Flagged: ``7044.76万元元``, ``工程总量的90``, ``面积方米``.

## Use instead
```text
完成主营业务收入6853.5万元，与去年同期7044.76万元相比减少191.26万元；桥梁工程已完成工程总量的90%，铺设人行道面积3200平方米。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Words that start with 元 and may follow a money unit: 3200万元元器件 is 3200万元 + 元器件.
_YUAN_WORD_AFTER = r"(?![器件旦宵素年首老气宇数代帅月])"
# A number followed by a doubled money unit or sign.
_DOUBLED = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<unit>(?:万亿|亿|万|千)?(?:元|美元)(?P<extra>元){_YUAN_WORD_AFTER}"
    r"|(?P<magnitude>万|亿)(?P=magnitude)(?:元|美元)?|%(?P<sign>%+))"
)
# Magnitudes stacked in the wrong order: 5.6亿万元, 3万亿万元 (亿 above 万 cannot be followed by 万;
# 万亿元 and 千万元 are correct units).
# (Both patterns start at their unit, which the regex engine finds fast; the number before it is
# matched backwards by _NUMBER_BEFORE.)
_STACKED_MAGNITUDE = re.compile(r"(?P<unit>(?P<head>万亿|亿)(?P<tail>万)(?:元|美元|千瓦时|吨|平方米|亩))")
# A percentage followed by 个百分点: the difference of two rates is in points, not per cent.
# (Also the reverse order, 0.6个百分点%.)
_PERCENT_POINTS = re.compile(r"(?P<unit>%\s*个?百分点|个百分点\s*%)")
_NUMBER_BEFORE = re.compile(rf"(?<![\d.,])(?P<number>{_NUMBER})\s*$")
# 方米 without the 平 (or 立) that makes it a unit.
# Only after a figure or 面积: 地方米粉 / 南方米市 are words, not units.
_BARE_SQUARE_METRE = re.compile(r"(?=方米)(?:(?<=[\d万千百])|(?<=面积)|(?<=面积约)|(?<=面积达))方米")
# A share or rate that should carry %, followed straight by clause punctuation.
# (A leading lookahead names the characters a match can start with: the regex engine then skips
# every other position quickly; the matches are the same.)
_SHARE_WITHOUT_PERCENT = re.compile(
    r"(?=[总任计目比进占同增下提降上])"
    rf"(?P<lead>(?:总量|任务|计划|目标|比重|总数|总额|进度|比例|占比)的?|(?:同比|比上年|比去年|比上年同期)?(?:增长|下降|提高|降低|上涨|下跌)|(?:增幅|降幅|增速)(?:为|达)?)"
    rf"(?P<number>{_NUMBER})(?=[，,。；;]|、(?!\d)|$)",
    re.MULTILINE,
)
# Letter units after a number (on lower-cased, width-folded text).
_LETTER_UNIT = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<unit>[a-z]{{2,3}})(?![a-z])")
_KNOWN_LETTER_UNITS = {"kw", "mw", "gw", "kv", "kva", "mva", "kwh", "mwh", "gwh", "km", "cm", "mm", "kg", "hz", "mpa", "kpa"}


class UnitError(Rule):
    code = "DC501"
    slug = "unit-error"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        yield from self._doubled(ctx, folded)
        yield from self._stacked_magnitude(ctx, folded)
        yield from self._percent_points(ctx, folded)
        yield from self._bare_square_metre(ctx, folded)
        yield from self._lost_percent(ctx, folded)
        yield from self._reversed_letter_units(ctx, folded)

    def _doubled(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _DOUBLED.finditer(folded):
            start, end = m.start("number"), m.end("unit")
            written = ctx.text[start:end]
            if m.group("extra"):
                fixed = written[:-1]
            elif m.group("sign"):
                fixed = written[: m.start("sign") - start]
            else:
                cut = m.start("magnitude") - start
                fixed = written[:cut] + written[cut + 1 :]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”单位重复，应为“{fixed}”",
                suggestion=fixed,
                fix=self.replacement(start, end, fixed, "safe"),
            )

    def _stacked_magnitude(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _STACKED_MAGNITUDE.finditer(folded):
            number_match = _NUMBER_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            if number_match is None:
                continue
            start, end = number_match.start(), m.end("unit")
            written = ctx.text[start:end]
            number = ctx.text[start : m.start("unit")].rstrip()
            unit = ctx.text[m.end("tail") : end]
            head = m.group("head")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”单位错误：“{head}万”不是数量单位（{head}已大于万），"
                f"应为“{number}{head}{unit}”或“{number}万{unit}”，请核对数量级",
                suggestion=f"{number}{head}{unit}",
                fix=self.replacement(start, end, f"{number}{head}{unit}", "unsafe"),
            )

    def _percent_points(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _PERCENT_POINTS.finditer(folded):
            number_match = _NUMBER_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            if number_match is None:
                continue
            start, end = number_match.start(), m.end("unit")
            written = ctx.text[start:end]
            number = number_match.group("number")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”单位重复：两个百分比之差以“个百分点”计，“%”与“个百分点”不能连用；"
                f"应为“{number}个百分点”（或“{number}%”，但含义不同）",
                suggestion=f"{number}个百分点",
                fix=self.replacement(start, end, f"{number}个百分点", "unsafe"),
            )

    def _bare_square_metre(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _BARE_SQUARE_METRE.finditer(folded):
            start = m.start()
            while start > 0 and (folded[start - 1].isdigit() or folded[start - 1] == "."):
                start -= 1
            if start == m.start():
                while start > max(0, m.start() - 2) and "\u4e00" <= folded[start - 1] <= "\u9fff":
                    start -= 1
            written = ctx.text[start : m.end()]
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"“{written}”中的单位“方米”不完整，应为“平方米”（或“立方米”）",
                suggestion=written.replace("方米", "平方米"),
                fix=self.replacement(start, m.end(), written.replace("方米", "平方米"), "unsafe"),
            )

    def _lost_percent(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _SHARE_WITHOUT_PERCENT.finditer(folded):
            number = m.group("number")
            if not number.replace(".", "", 1).isdigit() or float(number) > 1000:
                continue
            start, end = m.start("lead"), m.end("number")
            written = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”是比例或增幅，数字“{number}”后缺少“%”（应为“{number}%”）",
                suggestion=written + "%",
                fix=self.replacement(start, end, written + "%", "unsafe"),
            )

    def _reversed_letter_units(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        lowered = folded.lower()
        matches = list(_LETTER_UNIT.finditer(lowered))
        used = {m.group("unit") for m in matches if m.group("unit") in _KNOWN_LETTER_UNITS}
        for m in matches:
            unit = m.group("unit")
            intended = unit[::-1]
            if unit in _KNOWN_LETTER_UNITS or intended not in _KNOWN_LETTER_UNITS or intended not in used:
                continue
            start, end = m.start("number"), m.end("unit")
            written = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”的单位“{ctx.text[m.start('unit'):end]}”不是计量单位，文中其他处用的是“{intended}”，"
                f"应为“{ctx.text[start:m.start('unit')]}{intended}”",
                suggestion=ctx.text[start : m.start("unit")] + intended,
                fix=self.replacement(start, end, ctx.text[start : m.start("unit")] + intended, "unsafe"),
            )
