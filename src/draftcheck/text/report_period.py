"""The period a report covers, read from its title: 2024年…工作总结 → year 2024; 上半年 → a half-year report.

Only the title region (the first lines, skipping page chrome) is read, and only a year that stands
in a title naming a report (工作总结, 工作报告, 政府工作报告, 汇报, 工作要点 ...) counts. When the title
names several different years, or none, the year is unknown and checks that need it stay silent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TITLE_REGION = 1200
_TITLE_LINE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年(?:度)?[^。！？\n]{0,30}?(?:工作总结|总结|工作报告|政府工作报告|汇报|工作情况|工作要点|工作计划|述职报告|统计公报)"
)
# The delivery line of a government work report: ——2024年3月5日在第十四届全国人民代表大会第二次会议上
_DELIVERED = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^\n。]{0,40}?(?:会议|大会)上")
_ANY_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年")
_HALF_YEAR = re.compile(r"(?:上半年|半年|1[-—至~]6月|一至六月)[^。！？\n]{0,12}(?:工作总结|总结|汇报|工作情况|工作开展情况)")


# A title that looks back on its year (a summary, an account of one's work), not one that sets the
# year's tasks (政府工作报告, 工作要点, 工作计划 are delivered at the start of the year they plan).
_LOOKING_BACK = re.compile(r"总结|述职|汇报|工作情况|统计公报")
_LOOKING_AHEAD = re.compile(r"政府工作报告|工作要点|工作计划|工作打算|工作思路|工作安排|计划|要点")


@dataclass(frozen=True)
class ReportPeriod:
    year: int | None
    half_year: bool
    # True when the title is a summary of its year (2024年工作总结): plans in it look at later years.
    retrospective: bool = False


_OUTLINE_HEADING = re.compile(r"\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）])")


def report_period(text: str) -> ReportPeriod:
    head = text[:_TITLE_REGION]
    lines = [line for line in head.splitlines() if line.strip()]
    title_lines = [line for line in lines if len(line.strip()) <= 80][:12]
    # (a line opened by an outline marker is a heading of the body: 四、2025年工作计划 under a 2025 summary)
    titles = [
        line for line in title_lines if (_TITLE_LINE.search(line) or _DELIVERED.search(line)) and not _OUTLINE_HEADING.match(line)
    ]
    years = {int(m.group("year")) for line in titles for m in _ANY_YEAR.finditer(line)}
    if not years:
        # A title run into the first paragraph: 1、2023年开发区管委年度总结 一年来，…
        first = lines[0] if lines else ""
        title = _TITLE_LINE.search(first[:60])
        years = {int(m.group("year")) for m in _ANY_YEAR.finditer(first[: title.end()])} if title else set()
    half = any(_HALF_YEAR.search(line) for line in title_lines)
    named = titles or lines[:1]
    retrospective = any(_LOOKING_BACK.search(line) for line in named) and not any(
        _LOOKING_AHEAD.search(line) or _DELIVERED.search(line) for line in named
    )
    return ReportPeriod(year=years.pop() if len(years) == 1 else None, half_year=half, retrospective=retrospective)
