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
    r"(?P<year>(?:19|20)\d{2})\s*年(?:度)?[^。！？\n]{0,30}?(?:工作总结|总结|工作报告|政府工作报告|汇报|工作情况|工作要点|工作计划|述职报告|统计公报|运行简报|运行情况|简报|快报)"
)
# The delivery line of a government work report: ——2024年3月5日在第十四届全国人民代表大会第二次会议上
_DELIVERED = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^\n。]{0,40}?(?:会议|大会)上")
_ANY_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})\s*年")
_HALF_YEAR = re.compile(r"(?:上半年|半年|1[-—至~]6月|一至六月)[^。！？\n]{0,12}(?:工作总结|总结|汇报|工作情况|工作开展情况|运行简报|运行情况|简报|快报)")


# A title that looks back on its year (a summary, an account of one's work), not one that sets the
# year's tasks (政府工作报告, 工作要点, 工作计划 are delivered at the start of the year they plan).
_LOOKING_BACK = re.compile(r"总结|述职|汇报|工作情况|统计公报|运行情况|运行简报|运行分析|简报|快报|情况通报|月报|季报")
_LOOKING_AHEAD = re.compile(r"政府工作报告|工作要点|工作计划|工作打算|工作思路|工作安排|计划|要点")


@dataclass(frozen=True)
class ReportPeriod:
    year: int | None
    half_year: bool
    # True when the title is a summary of its year (2024年工作总结): plans in it look at later years.
    retrospective: bool = False
    # When the report was written or delivered, (year, month), if its first lines say so: the delivery line
    # of a government work report (——2025年1月8日在…会议上), a dated title (开发区2025年工作报告（2025年12月）).
    written: tuple[int, int] | None = None
    # The last month the report covers: 6 for 上半年, 9 for 前三季度 / 1—9月, 3 for 一季度; 12 otherwise.
    last_month: int = 12
    # A title that plans its year rather than sums it up, found when no summary title is: 2026年重点工作安排.
    plan_year: int | None = None


# A title of the year's plan: 2026年工作打算 / 2026年重点工作安排 (a heading opened by 三、 is a body heading).
_PLAN_TITLE = re.compile(
    r"(?P<year>(?:19|20)\d{2})\s*年(?:度)?[^。！？\n，,]{0,12}?(?:工作打算|工作计划|工作安排|工作思路|工作要点|重点工作|主要任务|目标任务)(?:安排|计划|打算|要点|部署)?"
)
# A title dated with its month: （2025年12月）, a line of its own 2025年12月.
_DATED_TITLE = re.compile(r"^[(（]?\s*(?P<year>(?:19|20)\d{2})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]?$|[(（]\s*(?P<year2>(?:19|20)\d{2})\s*年\s*(?P<month2>\d{1,2})\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]\s*$")
# The months a title covers when they are fewer than twelve.
_PART_OF_YEAR = (
    (re.compile(r"前三季度|1\s*[-—至~－]\s*9\s*月|一至九月"), 9),
    (re.compile(r"(?<![前后第三四])(?:第?一季度)|1\s*[-—至~－]\s*3\s*月|一至三月"), 3),
    (re.compile(r"(?<![前后])(?:第?二季度)"), 6),
    (re.compile(r"(?<![前后])(?:第?三季度)"), 9),
)
# Cumulative months in a title: 1—11月 (issue 7, sixth round: any month, read after the fixed parts above).
_MONTHS_IN_TITLE = re.compile(r"(?<![\d.])1\s*[-—至~－]\s*(?P<month>[1-9]|1[01])\s*月")
_PERIOD_TITLE = re.compile(r"工作总结|总结|汇报|工作情况|工作开展情况|经济运行|运行情况|分析|简报|快报|通报|月报|季报")


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
    last_month = 6 if half else 12
    for line in title_lines:
        if not _PERIOD_TITLE.search(line):
            continue
        for pattern, month in _PART_OF_YEAR:
            if pattern.search(line):
                last_month = month
        months = _MONTHS_IN_TITLE.search(line)
        if months:
            last_month = int(months.group("month"))
    year = years.pop() if len(years) == 1 else None
    written = _written(title_lines)
    if year is None:
        # No title: the text may date itself in a note or a label (issue 7, sixth round).
        noted = _self_dating(text)
        if noted is not None:
            year, retrospective, noted_written = noted
            written = written or noted_written
    return ReportPeriod(
        year=year,
        half_year=half,
        retrospective=retrospective,
        written=written,
        last_month=last_month,
        plan_year=_plan_year(lines) if year is None else None,
    )


def _written(title_lines: list[str]) -> tuple[int, int] | None:
    """(year, month) the report was delivered or dated, read from its first lines."""
    for line in title_lines[:8]:
        delivered = _DELIVERED.search(line)
        if delivered:
            month = re.search(r"年\s*(\d{1,2})\s*月", line[delivered.start() :])
            return int(delivered.group("year")), int(month.group(1))
        dated = _DATED_TITLE.search(line.strip())
        if dated:
            year, month = dated.group("year") or dated.group("year2"), dated.group("month") or dated.group("month2")
            if 1 <= int(month) <= 12:
                return int(year), int(month)
    return None


def _plan_year(lines: list[str]) -> int | None:
    """The year a plan's title (or a label opening the text: 2026年重点工作安排：…) is for."""
    for line in lines[:3]:
        head = line.strip()[:40]
        if _OUTLINE_HEADING.match(head):
            continue
        m = _PLAN_TITLE.match(head.lstrip("（(【"))
        if m and (len(line.strip()) <= 40 or re.match(r"[：:)）】]", line.strip().lstrip("（(【")[m.end() :] or "")):
            return int(m.group("year"))
    return None


# --- a text that dates itself outside a title (issue 7, sixth round) ------------------------------
# A note in brackets at either end of the text naming the report it belongs to or when it was written:
# （2025年工作总结）, （本报告形成于2025年12月）, （2025年12月20日在区委全会上的报告）.
_SELF_NOTE = re.compile(
    r"[(（]\s*(?:"
    r"本(?:报告|文|材料|总结|汇报)(?:形成|撰写|写|起草|定稿|成稿|完成)于\s*(?P<wy>(?:19|20)\d{2})\s*年(?:\s*(?P<wm>\d{1,2})\s*月)?"
    r"|(?P<ty>(?:19|20)\d{2})\s*年(?:度)?[^（）()\n。]{0,20}?(?P<kind>工作总结|总结|工作报告|汇报|述职报告|工作回顾)(?P<more>[^（）()\n。]{0,20})"
    r")\s*[)）]"
)
# A label opening the text: 2025年工作回顾：, 2025年工作总结：, 2025年统计公报：, 2025年经济运行情况：
_OPENING_LABEL = re.compile(
    r"\s*(?P<year>(?:19|20)\d{2})\s*年(?:度)?(?:(?:主要)?(?:工作)?(?:回顾|总结|成效|完成情况)"
    r"|(?:国民经济和社会发展)?统计公报|(?:经济)?运行情况)\s*[:：]"
)
_NOTE_REACH = 200


def _self_dating(text: str) -> tuple[int, bool, tuple[int, int] | None] | None:
    """(year, retrospective, written) from a note at either end of a text without a title, or a label
    opening it; None when it says nothing (or names two years: 2025年工作总结暨2026年工作计划)."""
    label = _OPENING_LABEL.match(text)
    if label:
        return int(label.group("year")), True, None
    for part in (text[-_NOTE_REACH:], text[:_NOTE_REACH]):
        for m in _SELF_NOTE.finditer(part):
            if m.group("wy"):
                month = int(m.group("wm")) if m.group("wm") else 12
                if 1 <= month <= 12:
                    return int(m.group("wy")), True, (int(m.group("wy")), month)
                continue
            note = m.group()
            if len(set(_ANY_YEAR.findall(note))) > 1 or _LOOKING_AHEAD.search(note) or "在" in note:
                continue  # a summary paired with a plan, or a speech delivered at a meeting
            return int(m.group("ty")), True, None
    return None
