"""A year or date that cannot be right for the report's period: 从2024年到2024年, 2月30日, 预计2017年1月入驻 in a 2024 report.

## What it does
Flags dates that are impossible or contradict the period the report covers:

- a range whose start and end are the same year, with no month to tell them apart
  (``从2024年到2024年``, ``2023—2023年``), or whose end year comes before its start
  (``从2025年至2023年``, ``2025—2023年``; ``2021—2025年`` is a plan period and fine);
- a month or day range that runs past the calendar (``1—13月``, ``2月15日至30日``);
- a date that does not exist (``2月30日``, ``4月31日``, ``2024年13月``);
- a plan or expectation (预计, 计划, 力争, 将于, 拟于 …) dated before the year of the report, which
  is read from its title (``2024年开发区工作总结`` … ``预计2017年1月中旬可以入驻``);
- a half-year report (``上半年工作总结``) that states a result for the whole year as already
  achieved (``园区全年无安全生产事故发生``).

Retrospective mentions of earlier years (``2020年以来``, ``原计划2022年建成``) are normal and are
not flagged; without a year in the title the period checks stay silent.

## Why is this bad?
A wrong year is usually text carried over from an older report; the reader can no longer trust
the other dates and figures around it.

## Example
```text
2024年工业园区工作总结
……创业大厦主体已封顶，预计2017年1月中旬可以入驻。
```
Flagged: ``预计2017年1月``.

## Use instead
```text
……创业大厦主体已封顶，预计2025年1月中旬可以入驻。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.report_period import report_period

_YEAR = r"(?:19|20)\d{2}"
_SAME_YEAR_RANGE = re.compile(
    rf"(?=[12])(?<!\d)(?P<first>{_YEAR})\s*年?(?:度)?\s*(?:到|至|—|–|-|~|～|－)\s*(?P<second>{_YEAR})\s*年(?!\s*\d{{1,2}}\s*月|[一二三四上下前后末底初])"
)
_MONTH_AFTER_FIRST = re.compile(r"\s*年\s*\d{1,2}\s*月|\s*年[一二三四上下][季半]")
# The end of a month or day range: …至13月 / …—30日. The regex engine finds the dash fast; the start
# of the range is then matched backwards (_MONTH_RANGE_START, _DAY_RANGE_START).
_RANGE_END = re.compile(r"[到至—–\-~～－]—?\s*(?P<second>\d{1,2})\s*(?P<unit>月(?!龄)|日)")
# A range of months: 1—13月 / 1月至13月 (not 13个月, not 月龄).
_MONTH_RANGE_START = re.compile(r"(?<![\d.])(?P<first>\d{1,2})\s*(?:月份?)?\s*$")
# A range of days inside one month: 2月15日至30日 / 4月1—31日.
_DAY_RANGE_START = re.compile(r"(?<![\d.])(?P<month>\d{1,2})\s*月\s*(?P<first>\d{1,2})\s*日?\s*$")
_MONTH_DAY = re.compile(r"(?=\d)(?<!\d)(?:(?P<year>" + _YEAR + r")\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?:(?P<day>\d{1,2})\s*日)?")
_DAYS_IN_MONTH = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_PLAN = re.compile(
    rf"(?P<plan>预计|计划于|计划在|计划|力争|将于|拟于|拟在|争取|有望|预期|预定|可望)\s*(?:在|于|到|至)?\s*(?P<year>{_YEAR})\s*年(?!度)"
)
_RETROSPECTIVE_BEFORE = re.compile(r"(?:原|原本|原定|曾|此前|当初|按照|根据|按|依照)$")
_RETROSPECTIVE_IN_CLAUSE = re.compile(r"已|均已|如期|提前|顺利完成|全部完成")
_CLAUSE = re.compile(r"[，,。；;！？\n]")
_WHOLE_YEAR_DONE = re.compile(
    r"全年(?:共|累计)?(?:无|未发生|没有发生|实现零)[^。，,；;\n]{0,20}?(?:事故|案件|事件)(?:发生)?"
)
_WHOLE_YEAR_AIM_BEFORE = re.compile(r"(?:确保|力争|争取|保持|实现|预计|目标|努力|做到|保证)[^。，,；;\n]{0,8}$")


class DateAnomaly(Rule):
    code = "DC502"
    slug = "date-anomaly"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        yield from self._same_year_ranges(ctx, folded)
        yield from self._impossible_ranges(ctx, folded)
        yield from self._impossible_dates(ctx, folded)
        period = report_period(folded)
        if period.year is not None:
            yield from self._stale_plans(ctx, folded, period.year)
        if period.half_year:
            yield from self._whole_year_claims(ctx, folded)

    def _same_year_ranges(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """Year ranges that are no range: the same year twice, or the end before the start."""
        for m in _SAME_YEAR_RANGE.finditer(folded):
            first, second = int(m.group("first")), int(m.group("second"))
            if first < second or _MONTH_AFTER_FIRST.match(folded, m.end("first")):
                continue
            start = m.start("first")
            if folded[start - 1 : start] in ("从", "自"):
                start -= 1
            written = ctx.text[start : m.end()]
            if first == second:
                message = f"“{written}”的起止年份相同（都是{first}年），不成其为时间段；请核对起始年份"
            else:
                message = (f"“{written}”的起始年份{first}年晚于截止年份{second}年（倒置{first - second}年），"
                           f"时间段不成立；应为“{second}—{first}年”，或核对其中一个年份")
            yield self.finding(ctx, start, m.end(), message)

    def _impossible_ranges(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """Month ranges past December (1—13月) and day ranges past the month's end (2月15日至30日)."""
        for m in _RANGE_END.finditer(folded):
            second = int(m.group("second"))
            if m.group("unit") == "月":
                start_match = _MONTH_RANGE_START.search(folded, max(0, m.start() - 6), m.start())
                if start_match is None:
                    continue
                first = int(start_match.group("first"))
                if 1 <= first <= 12 and 1 <= second <= 12:
                    continue
                bad = second if not 1 <= second <= 12 else first
                reason = f"不是有效的月份区间：一年只有12个月，没有{bad}月；请核对起止月份"
            else:
                start_match = _DAY_RANGE_START.search(folded, max(0, m.start() - 12), m.start())
                if start_match is None:
                    continue
                month, first = int(start_match.group("month")), int(start_match.group("first"))
                if not 1 <= month <= 12:
                    continue  # 13月 itself is reported as an impossible date
                days = _DAYS_IN_MONTH[month]
                if 1 <= first <= days and 1 <= second <= days:
                    continue
                bad = second if not 1 <= second <= days else first
                reason = f"不是有效的日期区间：{month}月只有{days}天，没有{bad}日；请核对起止日期"
            start, end = start_match.start(), m.end()
            yield self.finding(ctx, start, end, f"“{ctx.text[start:end]}”{reason}")

    def _impossible_dates(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _MONTH_DAY.finditer(folded):
            month = int(m.group("month"))
            day = int(m.group("day")) if m.group("day") else None
            if day is None and m.group("year") is None:
                continue  # 13个月 / 1-13月: a bare 月 count is not a date
            if folded[m.end() : m.end() + 1] in "份个" and day is None:
                continue
            if 1 <= month <= 12 and (day is None or 1 <= day <= _DAYS_IN_MONTH[month]):
                continue
            start = m.start("year") if m.group("year") else m.start("month")
            written = ctx.text[start : m.end()].strip()
            reason = f"没有{month}月" if not 1 <= month <= 12 else f"{month}月只有{_DAYS_IN_MONTH[month]}天"
            yield self.finding(
                ctx,
                start,
                start + len(written),
                f"“{written}”不是有效日期：{reason}；请核对日期",
            )

    def _stale_plans(self, ctx: CheckContext, folded: str, report_year: int) -> Iterator[Finding]:
        for m in _PLAN.finditer(folded):
            year = int(m.group("year"))
            if year >= report_year:
                continue
            if _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if _RETROSPECTIVE_IN_CLAUSE.search(clause):
                continue
            month = re.match(r"\s*\d{1,2}\s*月", folded[m.end() :])
            end = m.end() + (month.end() if month else 0)
            yield self.finding(
                ctx,
                m.start(),
                end,
                f"“{ctx.text[m.start():end]}”是对将来的预期，但{year}年早于本报告的年份{report_year}年"
                f"（相差{report_year - year}年）；很可能是沿用旧材料，请核对年份",
            )

    def _whole_year_claims(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _WHOLE_YEAR_DONE.finditer(folded):
            if _WHOLE_YEAR_AIM_BEFORE.search(folded, max(0, m.start() - 12), m.start()):
                continue
            start = m.start()
            # Quote the subject too: 园区全年无…
            while start > 0 and m.start() - start < 4 and not _CLAUSE.match(folded, start - 1):
                start -= 1
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"本文是上半年（半年）工作总结，却称“{ctx.text[start:m.end()]}”——全年尚未结束；"
                f"应为“上半年”或“今年以来”",
            )
