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

The period is read by ``text/report_period.py``; its ``retrospective`` flag tells a summary of its year
(工作总结, 述职, 汇报, 统计公报) from a report that plans the year it is delivered in (政府工作报告,
工作要点, 工作计划), where plans for the title's year are right. In a summary of year Y it also flags:

- plans for Y itself (``2024年，园区将…``, ``2024年力争…``, a heading ``三、2024年工作打算``), unless they
  are still ahead at year end (``2024年将于年底前…``) or 将 is the object marker (``将招商引资作为…``);
- future tense (预计, 计划, 力争, 将于 …) about a month of Y that is over when the summary is written
  (January–September for a year's summary, January–April for a half-year's): ``预计2024年3月底竣工``;
- a title pairing the summary of a year with the plan of the same year (``2020年工作总结和2020年工作思路``),
  and a body that opens on another year (``2019年，园区…`` under a 2020 title) or is headed by another
  year's summary (Y+1, the plan, is left alone).

Everywhere it flags ranges that run backwards (``2024年9月至3月``, ``5月20日至10日``, a full date range),
but not a range into the next year that says so (``11月至次年3月``, ``12月至2025年2月``) nor a season
that recurs (``每年11月至3月``); quarters that do not exist (``第五季度``; ``连续5个季度`` counts them);
impossible dates in Chinese numerals (``二月三十日``) and 29 February of a common year; a date whose
weekday is wrong (``2024年3月5日（星期三）``: a Tuesday); without a year in the date, the last year named
earlier in the paragraph, else the report's year, is used, and nothing is checked without either.

Retrospective mentions of earlier years (``2020年以来``, ``原计划2022年建成``) are normal and are
not flagged; without a year in the title the period checks stay silent.

Also (issue 7): a plan heading for the summary's own year or an earlier one (``（三）2023年工作打算`` in a 2024
summary; a heading opened by an outline marker, 四、2025年工作计划, is a body heading, never the document's
title, so it no longer makes a summary look like a plan); an event told as past from a year after the report's (``自2027年获批…以来``, ``2026年以来``; not when
another year word stands between); a five-year plan whose years do not match its ordinal (``“十四五”规划
（2026—2030年）``: plan N runs from 1971 + 5 × (N − 4)); 截至 a month after July in a half-year summary.
A figure of the year summed up (the report's title year, or the year a paragraph opens on: ``2025年全年，``) compared
with that same year (``比2025年增长``), unless the sentence names another year or a target; a five-year plan on one
subject whose years are another plan's (``《园区“十四五”科技创新规划（2016—2020年）》``).

Also (issue 7, second round), dates read against the period words around them:
- a relative year whose bracket names another year (``去年（2025年）`` in a 2025 report; ``今年上半年（2023年1—6月）``);
  今年 is the title's year, else the year the report was delivered;
- a part of the year explained by months that are not its own (``下半年（1—6月）``, ``第三季度（4—6月）``);
- in a summary of part of a year (``前三季度``, ``上半年``, ``一季度`` in its title), cumulative months past it
  (``1—11月``), unless a forecast (``预计1—12月``);
- 截至 a date after the report was written: its delivery line (``——2025年1月8日在…会议上``) or a dated title
  (``…工作报告（2025年12月）``) says when; in a summary of year Y without them, after March of Y+1;
- an event told as done (``已于2026年5月建成投用``) two or more years after the report's year (or the year its
  paragraph opens on), or after the date it was written; not with a future word in its clause (``计划于``, ``力争``);
- a project finished before it started, in one sentence whose later clause opens on its date
  (``于2025年6月开工，于2025年3月竣工``; ``4月竣工，同年10月开工``); not when the later clause names another part
  (``二期``, ``项目``, ``工程``);
- a year that cannot be meant where a date is expected (``于20255年底前``, ``计划于2205年``);
- the opening or closing year of a five-year plan (``2025年是“十五五”开局之年``: 2026);
- under a plan heading or label (``三、2026年工作打算``, ``2026年重点工作安排：…``), a plan or deadline dated
  before its year (``2025年计划实施``, ``力争2020年底前``), unless the clause looks back (已, 实际, 比, 原);
  in a paragraph opening on a year (``2025年，…``), an expectation dated before it (``预计2019年3月入驻``);
- a forecast (``预计2022年全年``) two or more years before a date its paragraph tells as past
  (``2025年12月发布的…``).
Not flagged: an estimate of last year's full year in a report delivered this year (``预计2024年全年`` in a 2025
政府工作报告), 截至 the first months after a summary's year, phases finished and started in turn.

Also (issue 7, sixth round), each date read against the document's own time and the events it counts:
- the document's time is also read where a text without a title gives it: a note at either end
  (``（2025年工作总结）``, ``（本报告形成于2025年12月）``) or a label opening it (``2025年工作回顾：``); years written
  in Chinese digits (``二〇二五年``) are read as years by every check;
- tense against that time: an event told as past (``召开``, ``提出``, ``印发``, ``获批``, ``已…建成``) in a clause opening
  on a year two or more years after the report's (or after the date it was written; with no date of its own,
  after the current year: ``二〇五二年全县经济工作会议明确提出``); future tense about a past month of the summed
  year (``2024年4月，园区将举办…`` in a 2024 summary); done in the spring of the year after the year a paragraph
  tells (``2025年，…。已于2026年5月建成``); in a text that dates itself nowhere and names no other year, a forecast
  three or more years before the current one (``预计2019年1月正式入驻``);
- spans: a change from one year to a year not later (``由2024年的620元提高到2024年的660元``), backward ranges
  across years (``2025年3月至2024年10月``, ``自2025年3月起至2024年底止``), a part of the year explained by the
  dates of another (``三季度（4月1日至6月30日）``), 截至 a month past the part of the year its paragraph names
  (``今年上半年…截至9月底``) or a year before the report's after ``今年以来``/``目前``;
- comparisons: a base year after the figure's, or 同期 of a year other than the one before
  (``2024年…较2022年同期增长``), the figure's year being the one its sentence opens on (``2025年1—9月，``);
- counts of years: anniversaries (``2024年是新中国成立70周年``; a place's own from the founding year the text
  names: ``始建于2006年 … 2025年…建区20周年``; events in ``lexicon/dates.toml``), the N-th year of a five-year plan
  (``2023年是“十四五”规划实施的第四年``), 刚刚过去的Y against the delivery date, one numbered event told with two
  years (``第五届农民丰收节于2025年9月…第五届农民丰收节（2024年9月）``); a plan label inside a paragraph
  (``…。2026年重点工作：…力争2021年底前``).
Not flagged: goals (``展望2035年``, ``到2030年``, ``2028年举办`` without 已), a law in force from a later date
(``自2026年1月1日起施行``), 截至 an earlier year as a starting point (``截至2020年底累计…``) or before 今年以来,
longer comparisons without 同期 (``比2020年增长35.6%``), a range into the next year, events of other numbers
(``第四届`` and ``第五届``), an undated text that names its own years (an old report).

Also (issue 7, text8): the end of any span dated before its start when written start first (``2024年6月1日启动、5月30日
结束``, ``开幕…闭幕``, ``开班…结业``, ``开始至…结束``); a duration stated beside the dated start and end of its sentence that
they contradict by more than a third (``计划工期18个月，2024年3月开工建设，2024年6月竣工``; ``为期两周``, ``工期两年``),
unless the sentence says the span changed (``提前``, ``延期``, ``实际`` …); a year of 2200 or later wherever a date stands,
with the years its digits make in another order (``2204年，…``: 疑为2024年), or with a digit too many (``20244年，``),
not a count of years (``长达2600年``, ``2500多年``); a founding told with its year after the document's time
(``成立于2028年``); 截至 a month without its year past a half-year summary's period (``截至9月底``); 同期 of the figure's
own year (``2024年1—10月…比2024年同期``); in an undated text, 截至 a date after March of the year after the one a
sentence before it opens on (``2024年，…。截至2025年12月底``).

Also (issue 7, textfamilies), in a text no title dates: its own time is where its dates stand (截至2025年12月, a
year opening the text that does not open a history, ``2024年，开发区坚持…``). A dated event told as past (设立, 获批,
建成, 投运, 启用, 通车, 以来 …) two or more years after that time (``自2028年设立以来`` in a text opening on 2024), or,
with no such date, two or more years after today among events told as past (``2025年3月…投运；2028年6月…建成通车``);
and a plan or forecast two or more years before it (``截至2025年12月…预计2019年6月建成``). Not flagged: a history
told year by year (``2015年，园区成立；2018年，获批…；2022年…``), a sentence of plans (``到2030年…，2028年举办…``), a
plan told as done (``计划2019年…已如期完成``), ``原计划``. Everywhere: quarters of one year counted past four (``前五季度``,
``一至五季度``; not ``连续五个季度``) and weekdays that do not exist (``星期八``). In a summary of year Y: a clause opening on a
later year alone that reports results with their figure (``2026年，全县完成地区生产总值286亿元`` in a 2025 summary; not with
将, 力争, 目标 …), the future verb before a month already past (``将于2025年5月前完成`` in a 2025 summary), and a base named
in a 与…相比 frame that is the year summed (``与2025年相比`` in a 2025 summary). A planned end before the start
(``于2025年12月开工建设，计划2025年10月竣工``) is an event out of order like a told one.

Also (wordingdates round, issue 7): a comparison base after the year a figure is of, where the figure is of the report's
year by 年末/年底 or by a summary of that year (``比2026年末减少`` in a 2025 bulletin; a label opening the text, ``2025年统计
公报：``, ``2025年经济运行情况：``, dates it); a forecast or plan (预计, 计划于, 将于, 力争 …) dated two years or more before an
event its paragraph has already told as done (``主体工程已于2025年8月封顶…预计2019年底投入使用``; not ``原计划…``); a paragraph
opening on a part of its year (``2026年上半年，``, ``2025年1—9月，``) dates its expectations like one opening on the year; a
deadline fifteen years or more after its plan's year on no milestone (multiples of five, 2049: ``2026年工作打算：…力争2052年
底前``, with the swapped-digit hint); in a summary of part of a year (上半年, 前三季度), an event told as done (已于…, …了) two
months or more after its last month (``已于2024年11月建成`` in a 上半年 summary; July is when it is written). Not recognised:
a plan year one year off, a forecast one year before a done event, a base year after the report's year in a sentence that
names no 年末 and a report without a dated title.

Also (lead, seventh session): a project's start and end with clauses that only describe it between
them (``…开工建设，总投资…，建筑面积…，已于…建成``); a paragraph opening on ``2025年是…`` tells its year like ``2025年，…``.

Also (lead, ninth session): a paragraph tells a year from EVERY sentence that opens on one (``…。2025年，县经开区…预计2018年9月
试生产``; ``2026年城东污水处理厂…预计2020年底通水``, the year followed by its subject) to the next sentence opening on
another year; in it, a sentence planning an earlier year (``2025年，…完成全年目标任务。2024年，我们将…``) and an outlook to
one (``展望2024年``); a deadline set by a looking-ahead word earlier in its clause (``确保…项目于2025年6月底前建成`` under a
2027 plan label, ``力争…一期在2024年11月完成`` in a 2025 summary); the first phase of the project a sentence dates finished
before the project began (``于2024年5月开工建设，2022年12月一期建成``; not when the start names another phase); a figure
since year Y dated 截至 an earlier year (``2024年以来，…截至2023年10月底``); an event told as done two years after the date
a sentence's figures are as of (``截至2023年12月底，…已于2025年9月建成``). Not flagged: a past plan named as a modifier or
told as slipped (``计划于2020年建成的安置房因征迁滞后``), a later sentence opening on an earlier year that looks back (曾, 已),
an outlook to a later year, 将 as the object marker, a series of as-of dates (``截至2020年底…；截至2025年底``); a paragraph
opening on ``2018年以来`` tells no single year.

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

import calendar
import datetime as dt
import re
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.numbers.chinese_numerals import fold_han_years, integer_value
from draftcheck.text.outline import han_number
from draftcheck.text.report_period import report_period
from draftcheck.text.windowed_scan import finditer_at_line_starts, finditer_located

_YEAR = r"(?:19|20)\d{2}"
# A year no digit stands before, led by its first digit (which the regex engine skips to; a leading (?<!\d) is
# tried at every position): (?<!\d)(?:19|20)\d{2}.
_YEAR_ALONE = r"(?:1(?<!\d1)9|2(?<!\d2)0)\d{2}"
_SAME_YEAR_RANGE = re.compile(
    rf"(?P<first>{_YEAR_ALONE})\s*年?(?:度)?\s*(?:到|至|—|–|-|~|～|－)\s*(?P<second>{_YEAR})\s*年(?!\s*\d{{1,2}}\s*月|[一二三四上下前后末底初])"
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
# Where _MONTH_DAY and _DATED_EVENT can start (led by a class, which the regex engine skips to; the patterns, led by a
# lookahead, would be tried at every position): text/windowed_scan.finditer_located, the same matches.
# Each locator also reads what every match holds right after its start (a month, after a year or not; _DATED_EVENT's
# event word too), so the located scan tries the pattern at the few dates of a text instead of at each of its digits.
_MONTH_DAY_START = re.compile(r"\d(?<!\d\d)(?:\d{3}\s*年\s*\d)?\d?\s*月")
# A month written in digits, after a year or not, led by its first digit: where _MONTH_OPENING can start; with no digit
# or point before it, where _DATE_RANGE and _DATED_WEEKDAY can (their leading lookarounds are tried at every position).
_MONTH_AT = re.compile(r"\d(?:\d{3}\s*年\s*\d)?\d?\s*月")
_MONTH_ALONE_AT = re.compile(r"\d(?<![\d.]\d)(?:\d{3}\s*年\s*\d)?\d?\s*月")
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


# A range of two dates that runs backwards: 2024年9月至3月, 9月20日至9月5日, 2024年9月至2024年3月.
# (A range into the next year names it: 11月至次年3月, and a season repeats every year: 每年11—3月.)
_DATE_RANGE = re.compile(
    rf"(?=\d{{1,4}}\s*[年月])(?<![\d.])(?:(?P<y1>{_YEAR})\s*年\s*)?(?P<m1>\d{{1,2}})\s*月\s*(?:(?P<d1>\d{{1,2}})\s*[日号]\s*)?"
    rf"(?:至|到|—|–|~|～|－|-)\s*(?:(?P<y2>{_YEAR})\s*年\s*)?(?P<m2>\d{{1,2}})\s*月(?!份?[以来底末初中])\s*(?:(?P<d2>\d{{1,2}})\s*[日号])?"
)
_RECURRING_BEFORE = re.compile(r"每年|每个|历年|年度|冬|供暖|采暖|汛期|跨年|当年")
# A day range inside one month that runs backwards: 5月20日至10日
_DAY_RANGE_BACKWARDS = re.compile(r"(?P<month>\d(?<![\d.]\d)\d?)\s*月\s*(?P<first>\d{1,2})\s*[日号]?\s*(?:至|到|—|–|~|～|－|-)\s*(?P<second>\d{1,2})\s*[日号]")
# A quarter that does not exist: 第五季度, 2024年五季度 (a year has four; 连续5个季度 counts them).
_BAD_QUARTER = re.compile(
    r"(?=(?:第\s*)?[五六七八九5-9]\s*季度)(?:第\s*(?:[五六七八九]|[5-9])\s*季度|(?<=年)(?:[五六七八九]|[5-9])季度"
    # (issue 7, textfamilies) the quarters of one year counted past four: 前五季度, 一至五季度 (not 连续五个季度)
    r"|(?<=[前至到—\-~])(?:[五六七八九]|[5-9])季度)"
)
# A weekday that does not exist: 星期八, 周九, 礼拜零.
# (Led by the impossible day's character, which the regex engine skips to; the weekday word is matched back from it.)
_BAD_WEEKDAY = re.compile(r"[八九十零〇](?:(?<=星期.)|(?<=礼拜.)|(?<=周[八九])(?<![四每一本上下]周.))")
# A date in Chinese numerals: 二月三十日, 四月三十一号.
_HAN_DATE = re.compile(r"(?=[一二三四五六七八九十]{1,2}月)(?<![一二三四五六七八九十〇零])(?P<month>十[一二]?|[一二三四五六七八九])月(?P<day>[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]")
# What a match of _HAN_DATE needs, found by a search led by 月 (scanned quickly; _HAN_DATE, led by a
# lookahead, is tried at every position): a text without it skips _HAN_DATE.
_HAN_DATE_NEEDS = re.compile(r"月(?<=[一二三四五六七八九十]月)[一二三四五六七八九十]{1,3}[日号]")
# A date with its weekday: 2024年3月5日（星期三）, 3月5日周二.
_DATED_WEEKDAY = re.compile(
    rf"(?=\d{{1,4}}\s*[年月])(?<![\d.])(?:(?P<year>{_YEAR})\s*年\s*)?(?P<month>\d{{1,2}})\s*月\s*(?P<day>\d{{1,2}})\s*[日号]\s*[,，(（]?\s*"
    r"(?P<weekday>(?:星期|周|礼拜)(?P<name>[一二三四五六日天]))"
)
_WEEKDAY_NAMES = "一二三四五六日"
_WEEKDAY_WORD = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天]")
# A month (or a day) right before a range mark: a document without one has no date range to read.
_RANGE_HINT = re.compile(r"[月日号]\s*(?:至|到|[—–~～－-])")
_LAST_YEAR = re.compile(rf"({_YEAR_ALONE})\s*年")
# A plan for the year a summary already covers: 2024年，园区将… in a 2024 summary.
_FUTURE_IN_YEAR = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年(?:度)?\s*[,，]?\s*"
    r"(?:(?:我们|我局|我区|我镇|我县|我市|园区|开发区|管委会|全区|全镇|全县|全市|公司|我单位)\s*)?"
    r"(?P<verb>将(?![近来军领士帅])|力争|拟(?!定|订)|打算)"
)
_PLAN_HEADING = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]{{1,3}}[、.．]|[(（][一二三四五六七八九十]{{1,3}}[)）]|\d{{1,2}}[、.．])?\s*"
    rf"(?P<year>{_YEAR})\s*年(?:度)?(?:的)?(?:工作)?(?:打算|思路|计划|安排|展望|重点工作|工作重点|主要目标|目标任务)[:：]?\s*$",
    re.MULTILINE,
)
_DISPOSAL = re.compile(r"作为|列为|纳入|摆在|放在|视为|确定为|当作|打造成")
_STILL_IN_YEAR = re.compile(r"[^，,。；;\n]{0,8}?(?:年底|年末|底前|下半年|四季度|第四季度|12月|十二月|全年)")
# A title pairing the summary of a year with the plan of the same year (or an earlier one):
# 2020年工作总结和2020年工作思路 (the plan is for the year after).
_SUMMARY_AND_PLAN = re.compile(
    rf"(?P<y1>{_YEAR_ALONE})\s*年(?:度)?[^。!?\n]{{0,20}}?总结[^。!?\n]{{0,12}}?(?:和|及|与|暨|、|以及)\s*"
    rf"(?P<y2>{_YEAR})\s*年(?:度)?[^。!?\n]{{0,12}}?(?:计划|思路|打算|安排|要点)"
)
# What every match of _SUMMARY_AND_PLAN holds from its 总结 on, and of _PLAN_PHASE_YEAR from its 五 on: searches led
# by a literal, much cheaper than the patterns' own scans (led by a year's first digit); a text without them skips them.
_SUMMARY_AND_PLAN_SIGN = re.compile(rf"总结[^。!?\n]{{0,12}}?(?:和|及|与|暨|、|以及)\s*{_YEAR}")
_PLAN_PHASE_SIGN = re.compile(r"五[”\"]?(?:规划|时期|期间)?(?:的)?(?:开局之年|开局年|起步之年|第一年|收官之年|收官年|最后一年)")
# The body of a summary telling another year than its title: 一、2021年工作总结 / 2019年，园区… (opening)
_BODY_YEAR_HEADING = re.compile(
    rf"^\s*(?:[一二三四五六七八九十]{{1,3}}[、.．]|[(（][一二三四五六七八九十]{{1,3}}[)）])?\s*"
    rf"(?P<year>{_YEAR})\s*年(?:度)?(?:工作总结|工作回顾|主要工作|工作成效|总结)",
)
_BODY_OPENING_YEAR = re.compile(rf"^\s*(?P<year>{_YEAR})\s*年(?:度)?\s*(?:[,，]|是)")
_TITLE_LINES = 6
# A five-year plan with its years: “十四五”规划（2021—2025年）, 十四五时期(2026-2030年). From the fourth
# plan (1971—1975) on, plan N runs from 1971 + 5 × (N − 4).
# (found from the bracketed years, then the name read backwards: brackets holding a year are rare)
_PLAN_YEARS = re.compile(
    r"[(（](?=\s*(?:19|20))\s*(?P<start>" + _YEAR + r")\s*年?\s*[—–\-~～至到]{1,2}\s*(?P<end>" + _YEAR + r")\s*年?\s*[)）]"
)
_PLAN_NAME_BEFORE = re.compile(
    r"[“\"]?(?P<ordinal>十[一二三四五六七八九]?|[一二三四五六七八九])五[”\"]?(?:规划|时期|期间|计划)?(?:纲要)?\s*$"
    # a plan on one subject: 《园区“十四五”科技创新规划（2016—2020年）》
    r"|[“\"](?P<subject_ordinal>十[一二三四五六七八九]?)五[”\"][\u4e00-\u9fff]{2,10}?(?:规划|计划)(?:纲要)?\s*$"
)
_PLAN_NAME_REACH = 24
# A comparison with a base year: 比2025年增长10.6%. In a summary of 2025 a figure of 2025 cannot grow on 2025
# itself, unless the sentence names another year it is about (2026年比2025年增长) or looks ahead (力争, 预计).
_BASE_YEAR = re.compile(
    r"[比较](?P<year>(?:19|20)\d{2})年(?:同期|末|底)?(?P<change>增长|下降|提高|增加|减少|降低|上升|回落|增)"
)
# (issue 7, textfamilies) the base named in a 与…相比 frame: 与2025年相比，…增长 (a pattern of its own: led by its literal)
_BASE_YEAR_COMPARED = re.compile(r"与(?P<year2>(?:19|20)\d{2})年(?:同期|末|底)?相比")
# A sentence that opens on the year its figures are of: 2025年末全区常住人口… / 2025年，…
_SENTENCE_OPENING_YEAR = re.compile(r"\s*(?P<year>(?:19|20)\d{2})年(?:全年|度|以来|末|底)?(?!\s*\d)")
# A paragraph that opens on the year it tells of: 2025年全年，… / 2025年，…
_PARAGRAPH_YEAR = re.compile(r"\s*(?P<year>(?:19|20)\d{2})年(?:全年|度|以来)?[，,]")
_SENTENCE_START = re.compile(r"[。；;！!？?\n]")
# The words whose absence lets a check stop early, each set searched for at once (a substring test per word passed over
# the whole text for each word the text lacks): a base year's change or end (check, _base_is_report_year), a same-period
# base (_wrong_base_years), a duration (_durations_against_dates), a span 起至 (_ranges_from_to), a
# weekday (_bad_quarters).
_BASE_YEAR_SIGN = re.compile("年(?:增|相比|下降|提高|减少|同期|末|底)")
_SAME_PERIOD_SIGN = re.compile("年(?:同期|增|下降|末|底)")
_DURATION_WORD = re.compile("工期|周期|建设期|施工期|历时|用时|为期")
_SPAN_FROM_TO_SIGN = re.compile("起(?:至|到|，至)|开始至")
_WEEKDAY_SIGN = re.compile("星期|礼拜|周[八九]")
# A sentence mark where a sentence opening on a year may follow (_SENTENCE_YEAR, _SENTENCE_OPENING_YEAR: spaces, then 19
# or 20).
_SENTENCE_START_BEFORE_YEAR = re.compile(r"[。；;！!？?\n](?=\s*[12])")
# Looking out to a year: 展望2025年 (a goal far ahead is no slip; an outlook to a year already told is).
_OUTLOOK_YEAR = re.compile(rf"展望\s*(?P<year>{_YEAR})\s*年")
# A date set as a deadline (于/在/到 2025年…) and the looking-ahead words that make it one in its clause.
_DEADLINE_DATE = re.compile(rf"(?:于|在|到)\s*(?P<year>{_YEAR})\s*年(?!度)")
# The words that aim at a date; a deadline is also set by 务必/要求, a plan also told by 将/预期 (将于2025年 is read
# as a plan by _PLAN, not as a deadline).
_AIMING_WORDS = ("确保", "力争", "争取", "计划", "预计", "目标", "拟")
_DEADLINE_AIM = re.compile("|".join(_AIMING_WORDS + ("务必", "要求")))
# A dated plan that modifies a noun (计划于2019年建成的厂房): the plan is named, not made.
_PLAN_AS_MODIFIER = re.compile(r"(?:\s*\d{1,2}\s*月)?[^，,。；;！？\n的]{0,8}的")
_ANY_YEAR = re.compile(r"(?:19|20)\d{2}年")
_LOOKING_AHEAD = re.compile("|".join(_AIMING_WORDS + ("预期", "将")))
_FIRST_PLAN_YEAR = 1971
# An event told as past from a year on: 自2027年获批…以来, 2026年以来 (no other year word between:
# …2024年工作安排今年以来 is a title glued to the text).
# (found from 以来, then the year read backwards)
_SINCE = re.compile(r"以来")
_SINCE_YEAR_BEFORE = re.compile(
    rf"(?:(?:自|从)\s*)?(?<![\d—–\-~～至到])(?P<year>{_YEAR})\s*年(?:\s*\d{{1,2}}\s*月)?[^，,。；;！？\n\d()（）年]{{0,24}}$"
)
_SINCE_REACH = 40
# A figure as of a month: 截至2025年11月底, 截止到2025年10月.
_AS_OF_MONTH = re.compile(rf"截(?:至|止)(?:到)?\s*(?:(?P<year>{_YEAR})\s*年)?\s*(?P<month>\d{{1,2}})\s*月")
# The month after which a date of the report's own year is past when it is written: a year's summary
# is written at its end (after September at the latest), a half-year's after May.
_PAST_MONTH_IN_YEAR = 9
_PAST_MONTH_IN_HALF = 4


# --- issue 7, second round: dates read against the period words around them -----------------------
# A relative year explained in brackets: 去年（2025年）, 今年上半年（2023年1—6月）.
_RELATIVE_YEAR = re.compile(
    r"(?P<word>今年|本年|去年|上年|上一年|前年|明年|下一年)(?P<part>上半年|下半年|前三季度|[一二三四]季度|全年|以来)?"
    r"[(（]\s*(?P<year>(?:19|20)\d{2})\s*年"
)
_RELATIVE_OFFSET = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2, "明年": 1, "下一年": 1}
# A part of the year explained by its months: 下半年（1—6月）, 第三季度（4—6月）, 上半年（2023年1—6月）.
_PART_WITH_MONTHS = re.compile(
    r"(?P<part>上半年|下半年|前三季度|(?:第)?[一二三四]季度)\s*[(（]\s*(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?"
    r"(?P<m1>\d{1,2})\s*月?(?:\s*\d{1,2}\s*日)?\s*(?:[-—–~～至到]|－)\s*(?:(?:19|20)\d{2}\s*年\s*)?(?P<m2>\d{1,2})\s*月(?:份)?(?:\s*\d{1,2}\s*日)?\s*[)）]"
)
_PART_BRACKET_HINT = re.compile(r"[年度][(（]")
_PART_MONTHS = {"上半年": (1, 6), "下半年": (7, 12), "前三季度": (1, 9), "一季度": (1, 3), "二季度": (4, 6),
                "三季度": (7, 9), "四季度": (10, 12)}
# Cumulative months since January: 1—11月, 1至11月份, 1-11月.
# Where _PART_WITH_MONTHS can start, led by a class (its optional 第 would have it tried at every position).
_PART_WITH_MONTHS_START = re.compile(r"[上下前第一二三四](?:半年|三季度|[一二三四]?季度)\s*[(（]")
_MONTHS_SO_FAR = re.compile(r"1(?<![\d.]1)\s*(?:月份?)?\s*(?:[-—–~～至到]|－)\s*(?P<month>\d{1,2})\s*月")
# A figure as of a date: 截至2026年11月底, 截止到2025年12月31日.
_AS_OF_DATE = re.compile(rf"截(?:至|止)(?:到)?\s*(?P<year>{_YEAR})\s*年(?:\s*(?P<month>\d{{1,2}})\s*月)?")
# An event told as done on a date: 已于2026年5月建成, 于2027年竣工投产.
_DONE_ON = re.compile(
    rf"(?P<lead>已于|已经于|已在|于|在)\s*(?P<year>{_YEAR})\s*年(?:\s*(?P<month>\d{{1,2}})\s*月)?"
    r"(?P<rest>[^，,。；;！？\n]{0,14}?)(?P<verb>建成|竣工|完工|封顶|开工|投产|投用|投入使用|投入运营|开通|通车|贯通|获批|落成|交付|通过[^，,。；;！？\n]{0,4}?验收|揭牌|开业|开园|启用|召开|举行|举办|开幕|闭幕|印发|出台|签约)"
)
_FUTURE_MARK = re.compile(r"将|预计|计划|力争|拟|争取|有望|确保|目标|可望|预期|力求|要求|前$|底前|之前")
# Two dated events of one project in consecutive clauses: 于2025年6月开工…，于2025年3月竣工 / …4月竣工，同年10月开工.
_DATED_EVENT_TAIL = (
    r"(?:\s*(?P<day>\d{1,2})\s*日)?(?:份|底|初|中旬|上旬|下旬)?"
    # (issue 7, lead) the first phase of the project the sentence dates (于2023年3月开工建设，2021年10月一期建成投产)
    r"(?P<phase>(?:一期|首期)(?:工程|项目)?)?"
    r"(?:正式|全面|顺利|全部|基本|主体)?(?P<event>开工|动工|开建|启动建设|开始建设|竣工|完工|建成|投产|投用|通过验收"
    # the start and end of any span of time (an activity, a campaign): 6月1日启动、5月30日结束 (issue 7, text8)
    r"|启动|开始|开幕|开班|开营|开赛|结束|闭幕|截止|收官|结业|落幕|闭营)"
)
_DATED_EVENT = re.compile(
    rf"(?=\d|同年|当年)(?:(?P<year>{_YEAR})\s*年|(?P<same>同年|当年))?\s*(?P<month>\d{{1,2}})\s*月" + _DATED_EVENT_TAIL
)
_DATED_EVENT_START = re.compile(r"[\d同当](?:\d{3}\s*年\s*\d\d?|年\s*\d\d?|\d?)\s*月" + _DATED_EVENT_TAIL)
# What every _DATED_EVENT match holds: 月 and the event after it (3月开工, 6月1日启动). Led by the literal 月, its search is
# far cheaper than the located scan, whose locator is tried at every digit; most texts hold no dated event at all.
_DATED_EVENT_SIGN = re.compile("月" + _DATED_EVENT_TAIL)
# Events of a span that is not a project's: only read as a pair when the start is written first.
_SPAN_STARTS = frozenset(("启动", "开始", "开幕", "开班", "开营", "开赛"))
_SPAN_ENDS = frozenset(("结束", "闭幕", "截止", "收官", "结业", "落幕", "闭营"))
# A stated duration of the span between a start and an end dated in the same sentence (issue 7, text8): 计划工期18个月，
# 2024年3月开工建设，2024年6月竣工 (three months). Not read when the sentence says the span changed (提前, 延期 …).
_DURATION = re.compile(
    r"(?P<word>工期|建设周期|建设期|施工期|周期|历时|用时|为期)(?:为|约|仅|共|只有|达)?\s*"
    r"(?P<count>\d+|[一二三四五六七八九十两]{1,3})\s*(?:个)?(?P<unit>月|年|天|日|周|星期)(?![\d一二三四五六七八九十])"
)
_DURATION_CHANGED = re.compile(r"提前|延期|推迟|滞后|顺延|延长|缩短|超期|逾期|实际|调整|变更|压缩|原计划|原定")
# How far a span may be from its stated duration: this share of the duration, and at least this many days.
_DURATION_SLACK = 1 / 3
_DURATION_MIN_SLACK_DAYS = 45
_DURATION_MIN_SLACK_DAYS_DATED = 2
_SENTENCE_END = re.compile(r"[。；;！？\n]")
_START_EVENTS = frozenset(("开工", "动工", "开建", "启动建设", "开始建设"))
# A year that cannot be a date: 20255年底, 2205年底前 (a typo), read only where a date is expected.
# Where _BAD_QUARTER can start (第 or the numeral), led by a class (the pattern, led by a lookahead, is tried at every
# position).
_BAD_QUARTER_START = re.compile(r"[第五六七八九5-9](?:\s*[五六七八九5-9])?\s*季度")
_MALFORMED_YEAR = re.compile(
    r"(?:于|在|到|至|截至|截止|计划|预计|力争|争取|确保)\s*(?P<year>\d{5}|2[1-9]\d\d|1[0-8]\d\d)\s*年(?=底|末|初|前|内|中|\s*\d{1,2}\s*月|上半年|下半年|[一二三四]季度)"
)
# A year of 2200 or later written as a date anywhere (2204年，全镇…), not a count of years (长达2600年的, 2500多年, 距今
# 2300年): no work report is dated so far ahead.
_FAR_YEAR = re.compile(
    # (led by its first digit, which the regex engine skips to: see _YEAR_ALONE)
    r"2(?<![\d.．]2)(?:(?P<year>[2-9]\d\d)\s*年(?![前多余来]|之久|历史|左右|以前|以上)"
    # a year with a digit too many where a date stands: 20244年，… / 20245年3月
    r"|(?P<long>0\d{3})\s*年(?=\s*\d{1,2}\s*月|[，,]|底|末|初|上半年|下半年|全年|以来|[一二三四]季度))"
)
_YEARS_COUNTED_BEFORE = re.compile(r"(?:长达|距今|历经|历时|约|近|逾|有|超过|共|已有|经过|持续)\s*$")
# The years a mistyped year may have been meant as (its digits in another order).
_LIKELY_YEARS = range(1980, 2036)


# A deadline this many years after the year of its plan is read as a mistyped year unless it is a milestone year.
_FAR_TARGET_YEARS = 15
_MILESTONE_YEARS = frozenset({2049})


def _swapped_year_hint(digits: str) -> str:
    """``，疑为“2024年”之误`` when the digits of ``digits`` in another order make a year a report would name."""
    from itertools import permutations

    if len(digits) != 4:
        return ""
    meant = sorted({int("".join(p)) for p in permutations(digits)} & set(_LIKELY_YEARS))
    if not meant:
        return ""
    return "，疑为" + "或".join(f"“{year}年”" for year in meant) + "之误（数字顺序颠倒）"


def _date_words(date: tuple[int, int, int]) -> str:
    year, month, day = date
    return f"{year}年{month}月" + (f"{day}日" if day else "")


# The year a five-year plan opens or closes: 2025年是“十五五”规划开局之年 (the 15th plan opens in 2026).
_PLAN_PHASE_YEAR = re.compile(
    rf"(?P<year>{_YEAR})\s*年(?:是|为|作为)?[^，,。；;\n]{{0,6}}?[“\"]?(?P<ordinal>十[一二三四五六七八九]?|[四五六七八九])五[”\"]?"
    r"(?:规划|时期|期间)?(?:的)?(?P<phase>开局之年|开局年|起步之年|第一年|收官之年|收官年|最后一年)"
)
# A plan (a year before its verb): 2025年计划实施…, 2025年力争…, and the plan verbs before a year.
_YEAR_THEN_PLAN = re.compile(rf"(?P<year>{_YEAR_ALONE})\s*年(?:度)?\s*(?P<plan>计划|力争|拟|争取|确保|预计)")
# A target dated in a plan: 确保2021年底前…, 力争到2023年….
_TARGET_YEAR = re.compile(
    rf"(?P<plan>预计|计划于|计划在|计划|力争|将于|拟于|拟在|争取|有望|确保|务必|要在|要于)\s*(?:在|于|到|至)?\s*(?P<year>{_YEAR})\s*年(?!度)"
)
_PLAN_SECTION_HEADING = re.compile(
    rf"^[ \t\u3000]{{0,8}}(?:[一二三四五六七八九十]{{1,3}}[、.．]|[(（][一二三四五六七八九十]{{1,3}}[)）])?[^\n。]{{0,12}}?(?P<year>{_YEAR})年(?:度)?"
    r"[^\n。，,]{0,8}?(?:工作打算|工作计划|工作安排|工作思路|重点工作|主要任务|目标任务|工作要点|打算|计划|安排|思路)[ \t\u3000]*(?:[:：]|$)",
    re.MULTILINE,
)
# The end of every _PLAN_SECTION_HEADING (a heading of one line): its lines alone are tried (finditer_at_line_starts).
_PLAN_SECTION_HEADING_SIGN = re.compile(r"(?:打算|计划|安排|思路|重点工作|主要任务|目标任务|工作要点)[ \t\u3000]*(?:[:：]|$)", re.MULTILINE)
# A forecast, and a dated event told as past before it in its paragraph (…2025年12月发布的分析显示).
_FORECAST = re.compile(
    rf"(?:预计|预期|有望|可望|计划于|将于|拟于|力争于?|争取于?)\s*(?:在|到)?\s*(?P<year>{_YEAR})\s*年"
    r"(?:全年|底|末|初|上半年|下半年|[一二三四]季度|\s*\d{1,2}\s*月)"
)
_TOLD_DATE = re.compile(
    rf"(?P<year>{_YEAR})\s*年(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*日)?(?:发布|印发|召开|出台|公布|编制)(?:的|了)"
)
_TOP_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}[、.．]", re.MULTILINE)


# --- issue 7, sixth round ---------------------------------------------------------------------------
# A clause opening on a year that tells an event: 2052年全县经济工作会议明确提出, 2028年5月已建成.
_YEAR_LED_EVENT = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年(?:\s*(?P<month>\d{{1,2}})\s*月)?(?:\s*\d{{1,2}}\s*日)?[，,]?"
    r"(?P<clause>[^，,。；;！？\n]{0,24}?)"
    r"(?P<verb>明确提出|提出|召开|举行|印发|出台|审议通过|获批|揭牌|建成|竣工|完工|投产|开通|通车|成立|挂牌|开业|签约|举办)",
    re.MULTILINE,
)
# What stands before a year opening its clause: the text's start or a clause mark (在/于 aside).
_CLAUSE_OPENING_BEFORE = re.compile(r"(?:^|[。；;！？\n，,：:])\s*(?:在|于)?\s*$")
# What a match of _YEAR_LED_EVENT needs (cheap): one of its verbs.
_PAST_EVENT_NEEDS = re.compile(r"提出|召开|举行|印发|出台|审议通过|获批|揭牌|已")
# Verbs that only tell what happened (a plan writes 将召开, 计划建成 …); the others need 已 in their clause.
_ONLY_PAST_VERBS = frozenset(("明确提出", "提出", "召开", "举行", "印发", "出台", "审议通过", "获批", "揭牌"))
_TARGET_BEFORE = re.compile(r"到|至|展望|力争|预计|计划|将|拟|争取|目标|面向|迈向|锚定|截至|截止")
_FUTURE_IN_EVENT = re.compile(r"将|计划|预计|力争|拟|争取|有望|确保|目标|要|届时|前|远景|展望|基本实现|全面建成")
# Words of the current period: 今年以来, 本年度, 目前 (a figure dated 截至 an earlier year contradicts them).
# A sentence opening on the date its figures are as of: 截至2024年12月底，… (issue 7, lead)
_AS_OF_OPENING = re.compile(rf"\s*截(?:至|止)(?:到)?\s*(?P<year>{_YEAR})\s*年[^，,。；;！？\n]{{0,8}}[，,]")
_YEAR_SINCE = re.compile(rf"(?P<year>{_YEAR_ALONE})\s*年(?:\s*\d{{1,2}}\s*月)?以来")
_CURRENT_PERIOD = re.compile(r"今年以来|今年|本年度|本年|年初以来|目前|当前|截至目前")
# A forecast of a year this many years or more before the current one is stale in an undated text.
_STALE_YEARS = 3
# A summary of year Y told in a paragraph that opens on Y is written by this month of Y+1 at the latest.
_NEXT_YEAR_WRITTEN_BY = 3
# A base year of a comparison: 比2023年同期增长, 与2023年同期相比, 较2026年增长.
_SAME_PERIOD_BASE = re.compile(
    rf"(?:[比较]|与|同)\s*(?P<year>{_YEAR_ALONE})\s*年(?:(?P<same>同期)|末|底)?(?:相比|相较|比较)?[，,]?\s*"
    r"(?:(?<=相比)|(?<=相较)|(?<=比较)|(?<=[，,])|增长|下降|提高|增加|减少|降低|上升|回落|增|持平)"
)
# A figure of the report's own year without its number: 今年, 全年, and the year's end (年末全县户籍人口…; not 2026年末).
_FIGURE_OF_THE_YEAR = re.compile(r"今年|本年|全年|(?<![\d年])年(?:末|底)")
# The year a sentence opens on, with the part of it the figures are of: 2025年1—9月，/ 2024年全年，
_SENTENCE_YEAR = re.compile(
    rf"\s*(?P<year>{_YEAR})\s*年(?:\s*\d{{1,2}}\s*(?:[-—–~～至到]|－)\s*\d{{1,2}}\s*月(?:份)?|全年|度|以来|上半年|下半年|前三季度|[一二三四]季度)?(?:[，,]|(?<=年)是(?!\d))"
)
# An anniversary: 新中国成立75周年, 建区20周年, 建党一百周年.
_ANNIVERSARY = None
_FOUNDED = None
# The N-th year of a five-year plan: 2024年是“十四五”规划实施的第四年.
_PLAN_ORDINAL_YEAR = re.compile(
    rf"(?P<year>{_YEAR})\s*年(?:是|为)[^，,。；;\n]{{0,6}}?[“\"]?(?P<ordinal>十[一二三四五六七八九]?|[四五六七八九])五[”\"]?"
    r"(?:规划|时期|期间)?(?:实施)?(?:的)?第(?P<nth>[一二三四五1-5])(?:个)?年"
)


# A change from one year to another: 由2024年的620元提高到2024年的660元 (the second year must be later).
_CHANGE_BETWEEN_YEARS = re.compile(
    rf"(?P<first>{_YEAR_ALONE})\s*年(?:底|末|初)?的[^，,。；;！？\n]{{1,24}}?"
    r"(?:提高|增加|增长|上升|提升|扩大|下降|降低|减少|缩小|压缩|发展|调整|跃升|攀升)(?:到|至|为)\s*"
    rf"(?P<second>{_YEAR})\s*年(?:底|末|初)?的"
)
# A part of the year named in a paragraph (its figures stop at its last month): 上半年, 一季度, 前三季度, 1—6月.
_PART_OF_YEAR_WORD = re.compile(r"上半年|前三季度|(?:第)?一季度|1\s*(?:[-—–~～至到]|－)\s*(?:[1-9]|1[01])\s*月")
# The year just past, named: 刚刚过去的2022年, 过去的一年（2023年）.
_JUST_PAST_YEAR = re.compile(rf"(?:刚刚|刚)过去的\s*(?P<year>{_YEAR})\s*年|过去的一年\s*[(（]\s*(?P<year2>{_YEAR})\s*年")
# A label of the year's plan inside a paragraph: 2025年工作打算：
_PLAN_LABEL_IN_LINE = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年(?:度)?(?:的)?(?:主要)?(?:工作打算|工作计划|工作安排|工作思路|重点工作|工作重点|打算|计划)\s*[:]"
)


def _part_last_month(part: str) -> int | None:
    """The last month of a part of the year: 上半年 6, 一季度 3, 前三季度 9, 1—6月 6."""
    if part == "上半年":
        return 6
    if part == "前三季度":
        return 9
    if part.endswith("季度"):
        return 3
    months = re.findall(r"\d+", part)
    return int(months[-1]) if months else None


# A dated clause in the future tense: 2024年3月，园区将召开… / 2024年5月计划举办…
_FUTURE_IN_MONTH = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年\s*(?P<month>\d{{1,2}})\s*月(?:\s*\d{{1,2}}\s*日)?(?:份|初|中旬|上旬|下旬|底)?\s*[,，]?\s*"
    r"(?:(?:我们|我局|我区|我镇|我县|我市|园区|开发区|管委会|全区|全镇|全县|全市|公司|我单位)\s*)?"
    r"(?P<verb>将(?![近来军领士帅])|拟(?!定|订)|计划|预计|准备)"
)
# The future verb before its month (issue 7, textfamilies): 我们将在2024年5月前完成…, 计划于2025年3月启动.
_FUTURE_BEFORE_MONTH = re.compile(
    rf"(?P<verb>将(?![近来军领士帅])|拟|计划|预计|准备|力争|争取)\s*(?:在|于|到)?\s*(?P<year>{_YEAR})\s*年\s*(?P<month>\d{{1,2}})\s*月"
)
# A span 自…起至…止: 自2025年3月起至2024年底止.
_FROM_TO = re.compile(
    rf"(?:自|从)\s*(?P<y1>{_YEAR})\s*年(?:\s*(?P<m1>\d{{1,2}})\s*月)?(?:\s*\d{{1,2}}\s*日)?(?:份)?\s*(?:起|开始)\s*[,，]?\s*(?:至|到)\s*"
    rf"(?P<y2>{_YEAR})\s*年(?:\s*(?P<m2>\d{{1,2}})\s*月)?"
)
# A numbered event (第三届茶文化旅游节) and its year: in brackets or after 于 right after its name, or before it in its clause.
_NUMBERED_EVENT = re.compile(r"第(?P<nth>[一二三四五六七八九十百\d]{1,4})届(?P<name>[\u4e00-\u9fff“”]{2,16}?(?:节|会|赛|展|大会|博览会|论坛|峰会|运动会|交易会|洽谈会|年会|展会|活动))")
_EVENT_YEAR_AFTER = re.compile(rf"\s*(?:[(（]\s*|于\s*|在\s*)(?P<year>{_YEAR})\s*年")
_EVENT_YEAR_BEFORE = re.compile(rf"(?P<year>{_YEAR})\s*年(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*日)?[^，,。；;\d年]{{0,10}}$")
# What a match of _PLAN_ORDINAL_YEAR needs, found by a search led by 五 (scanned quickly).
_PLAN_ORDINAL_NEEDS = re.compile(r"五[”\"]?(?:规划|时期|期间)?(?:实施)?(?:的)?第")


def _anniversary_mentions(folded: str) -> Iterator[re.Match]:
    """Each anniversary (新中国成立75周年), read backwards from its 周年 (scanned quickly)."""
    at = folded.find("周年")
    while at >= 0:
        m = _ANNIVERSARY.search(folded, max(0, at - _ANNIVERSARY_REACH), at + 2)
        if m is not None and m.end() == at + 2:
            yield m
        at = folded.find("周年", at + 2)


_ANNIVERSARY_REACH = 24


# A founding, told with its year: 成立于2028年, 始建于2006年 (verbs of the past only).
_FOUNDED_IN = re.compile(
    # (led by 于, which the regex engine skips to; the verb, two characters, stands behind it)
    rf"于(?<=(?:成立|始建|创建|创办|组建|注册|设立|建立|挂牌|落户|诞生|建成|投产|竣工)于)\s*(?P<year>{_YEAR})\s*年"
    r"(?:\s*(?P<month>\d{1,2})\s*月)?"
)
# A whole year's results: 2026年全年，园区完成… / 2026年1—12月，…实现…
_YEAR_RESULTS = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年(?:全年|\s*1\s*[-—至]\s*12\s*月)[,，]?[^。；;！？\n]{{0,30}}?(?:完成|实现|达到|累计|新增|增长)"
)
_YEAR_THEN_RESULTS = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年[,，]\s*[^。；;！？\n\d]{{0,20}}?(?:完成|实现|达到|新增|累计)(?=[^。；;！？\n\d]{{0,16}}\d)"
)
# A clause opening on a month (and perhaps its year): 9月，… / 2025年10月，…
_MONTH_OPENING = re.compile(rf"(?:(?P<year>{_YEAR_ALONE})\s*年\s*)?(?<![\d—\-至到~])(?P<month>\d{{1,2}})\s*月(?:份|初|中旬|上旬|下旬|底)?\s*[,，]")
# --- issue 7, textfamilies: dates read against the text's own time when no title dates it ---------------------
# An event told as past with its date: 2025年9月，新院区启用 / 自2028年设立以来 / 2028年6月，高铁建成通车.
# (Led by the year's first digit, which the regex engine skips to.)
_PAST_FRAMED = re.compile(
    rf"(?P<year>{_YEAR_ALONE})\s*年(?:\s*(?P<month>\d{{1,2}})\s*月)?(?:\s*\d{{1,2}}\s*日)?(?:份|初|底|末)?[，,]?"
    r"(?P<clause>[^。；;！？\n\d]{0,24}?)"
    r"(?P<verb>设立|成立|组建|挂牌|揭牌|获批|建成|竣工|完工|投产|投运|投用|启用|开通|通车|开业|落成|召开|举行|举办|以来)"
)
# A plan or forecast with its date: 预计2019年6月建成投用, 计划于2023年底完成.
_FUTURE_FRAMED = re.compile(
    rf"(?P<plan>预计|计划|力争|拟|争取|有望|预期|可望|确保|将)\s*(?:在|于|到|至)?\s*(?P<year>{_YEAR})\s*年(?!度)"
)
# A date the text stands at: 截至2025年12月, or the year opening the text (2024年，开发区…).
_TEXT_OPENING_YEAR = re.compile(rf"\s*(?P<year>{_YEAR})\s*年(?:度|全年|以来)?[，,]")
# How far past the text's own time a dated past event, and how far before it a dated plan, must be to be a slip
# (a report written early in the next year tells that year's first events; one a year old may quote an old plan).
_TEXT_TIME_MARGIN = 2


def _today() -> dt.date:
    """Today's date (a function, so tests can fix it)."""
    return dt.date.today()


def _anniversary_events() -> dict[str, int]:
    """The anniversary table and the patterns built from it and from the founding words (dates.toml)."""
    global _ANNIVERSARY, _FOUNDED
    from draftcheck.lexicon.dates import anniversaries, founding_words

    events = anniversaries()
    if _ANNIVERSARY is None:
        names = sorted([*events, *founding_words("anniversary")], key=lambda name: (-len(name), name))
        _ANNIVERSARY = re.compile(
            "(?P<event>" + "|".join(map(re.escape, names)) + r")\s*(?P<n>\d{1,3}|[一二三四五六七八九十百]{1,4})\s*周年"
        )
        verbs = "|".join(map(re.escape, founding_words("verbs")))
        after = "|".join(map(re.escape, founding_words("after_year")))
        _FOUNDED = re.compile(rf"(?:{verbs})\s*(?P<year>{_YEAR})\s*年|(?P<year2>{_YEAR})\s*年(?:正式)?(?:{after})")
    return events


def _clause_start(folded: str, at: int, reach: int = 30) -> int:
    """Where the clause holding ``at`` begins (looking back at most ``reach`` characters)."""
    floor = max(0, at - reach)
    return max((c.end() for c in _CLAUSE.finditer(folded, floor, at)), default=floor)


def _period_named_before(period_words: re.Pattern, folded: str, at: int) -> re.Match | None:
    """The last period word (今年以来, 2023年以来 …) before ``at`` in its paragraph, with no year named between."""
    paragraph_start = folded.rfind("\n", 0, at) + 1
    named = None
    for named in period_words.finditer(folded, paragraph_start, at):
        pass
    if named is None or _ANY_YEAR.search(folded, named.end(), at):
        return None
    return named


def _told_year_regions(paragraph: str) -> Iterator[tuple[int, int, int]]:
    """Where a paragraph tells one year: from each sentence opening on a year (2025年，…, 2024年县人民医院…项目,
    2026年上半年，) to the next sentence opening on another year, or the paragraph's end. A sentence that plans a
    year (2025年，我们将…) after one that tells a year opens no region: it is read against the year told before it."""
    openings: list[tuple[int, int]] = []
    # (a sentence opens at the paragraph's start or after a sentence mark; one opening on a year starts with its first
    # digit, perhaps after spaces, so only the marks followed by one are tried)
    for at in (0, *(mark.end() for mark in _SENTENCE_START_BEFORE_YEAR.finditer(paragraph))):
        opening = _SENTENCE_YEAR.match(paragraph, at) or _SENTENCE_OPENING_YEAR.match(paragraph, at)
        if opening is None or openings and _FUTURE_IN_YEAR.match(paragraph, opening.start("year")):
            continue
        openings.append((opening.end(), int(opening.group("year"))))
    for (start, year), following in zip(openings, openings[1:] + [(len(paragraph), 0)]):
        yield start, following[0], year


def _deadlines(folded: str, start: int, end: int, read: list[re.Match]) -> Iterator[re.Match]:
    """Dates set as a deadline by a looking-ahead word earlier in their clause: 确保…二期于2024年12月底前竣工,
    力争…在2025年建成 (not after 原/已/实际 …, which the callers read), except the years the caller has already
    ``read`` as a plan (a match with a ``year`` group)."""
    years_read = {m.start("year") for m in read}
    for m in _DEADLINE_DATE.finditer(folded, start, end):
        if m.start("year") in years_read:
            continue
        clause = folded[_clause_start(folded, m.start()) : m.start()]
        if _DEADLINE_AIM.search(clause):
            yield m


def _told_as_done(folded: str, m: re.Match) -> bool:
    """Whether a ``_DONE_ON`` match tells its event as done: 已于…, or 已/均/先后 earlier in its clause, and no future
    word (将, 计划, 预计 …) before it in its clause or between its date and its verb."""
    clause_start = _clause_start(folded, m.start())
    if _FUTURE_MARK.search(folded, clause_start, m.start()) or _FUTURE_MARK.search(m.group("rest")):
        return False
    return m.group("lead").startswith("已") or re.search(r"已|均|先后|相继", folded[clause_start : m.start()]) is not None


class DateAnomaly(Rule):
    code = "DC502"
    slug = "date-anomaly"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = fold_han_years(ctx.folded)
        yield from self._same_year_ranges(ctx, folded)
        yield from self._impossible_ranges(ctx, folded)
        yield from self._impossible_dates(ctx, folded)
        yield from self._backward_ranges(ctx, folded)
        yield from self._bad_quarters(ctx, folded)
        yield from self._han_dates(ctx, folded)
        period = report_period(folded)
        yield from self._weekdays(ctx, folded, period.year)
        yield from self._summary_and_plan_titles(ctx, folded)
        # (the plan checks' findings are made once: the period-word checks below skip their spans)
        stale, since, as_of_half = [], [], []
        if period.year is not None:
            stale = list(self._stale_plans(ctx, folded, period.year, period))
            since = list(self._since_future_year(ctx, folded, period.year))
            if period.last_month < 12 and period.retrospective:
                as_of_half = list(self._as_of_after_half(ctx, folded, period.year, period.last_month))
        if period.year is not None:
            yield from stale
            if period.retrospective:
                yield from self._body_of_another_year(ctx, folded, period.year)
            if period.retrospective and not period.half_year:
                yield from self._plans_for_covered_year(ctx, folded, period.year)
        summed_year = period.year if period.retrospective and not period.half_year else None
        if _BASE_YEAR_SIGN.search(folded):
            yield from self._base_is_report_year(ctx, folded, summed_year)
        if period.half_year:
            yield from self._whole_year_claims(ctx, folded)
        yield from self._plan_period_years(ctx, folded)
        yield from since
        yield from as_of_half
        yield from self._period_words(ctx, folded, period, [(f.span.start, f.span.end) for f in stale + since + as_of_half])
        if period.year is None and period.plan_year is None and period.written is None:
            yield from self._dates_against_the_text_time(ctx, folded)

    def _dates_against_the_text_time(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """In a text no title dates, its own time is where its dates stand: the dates it tells as past or as of
        (2025年3月…投运, 截至2025年12月, a year opening the text). A date told as past two or more years after all
        the others (2028年6月…建成通车 among events of 2025; 自2028年设立以来 in a text opening on 2024年), and a
        plan or forecast two or more years before the date the text stands at (截至2025年12月…预计2019年6月建成),
        contradict that time: one year is a slip."""
        if "年" not in folded:
            return
        # (the past events are read only where one could be flagged, a year two past the text's time or today, or feed a
        # plan's check: a text with neither skips the scan of every year it names)
        years = [int(y) for y in _LAST_YEAR.findall(folded)]
        stood = [int(m.group("year")) for m in _AS_OF_DATE.finditer(folded)]
        opening_year = _TEXT_OPENING_YEAR.match(folded)
        bound = min(max(stood + ([int(opening_year.group("year"))] if opening_year else []), default=_today().year), _today().year)
        if not years or (max(years) < bound + _TEXT_TIME_MARGIN and _FUTURE_FRAMED.search(folded) is None):
            return
        past: list[tuple[int, int, int]] = []  # (year, start, end)
        for m in _PAST_FRAMED.finditer(folded):
            if not _CLAUSE_OPENING_BEFORE.search(folded, max(0, m.start() - 4), m.start()) and not folded.endswith(("自", "从"), 0, m.start()):
                continue  # the year must open its clause (or follow 自/从)
            before = folded[max(0, m.start() - 6) : m.start()]
            if _TARGET_BEFORE.search(before) or _FUTURE_IN_EVENT.search(m.group("clause")) or _FUTURE_MARK.search(before):
                continue  # 到2028年…建成 / 2028年将建成: a plan
            begin = m.start() - 1 if folded.endswith(("自", "从"), 0, m.start()) else m.start()
            past.append((int(m.group("year")), begin, m.end()))
        stands: list[int] = [int(m.group("year")) for m in _AS_OF_DATE.finditer(folded)]
        opening = _TEXT_OPENING_YEAR.match(folded)
        first_sentence = _SENTENCE_END.search(folded)
        if opening and not any(start < (first_sentence.start() if first_sentence else len(folded)) for _, start, _ in past):
            stands.append(int(opening.group("year")))  # (2015年，园区成立 opens a history: that year is no stand)
        now = _today().year
        for year, start, end in past:
            # (a history told year by year, 2015年成立…2022年升级, stands at its latest year: only a date the text says
            # it stands at, or today, bounds a past event)
            latest = max(stands) if stands else now
            if year < latest + _TEXT_TIME_MARGIN:
                continue
            if not stands and not any(y <= now for y, _, _ in past):
                continue  # (only among events told as past, 2025年3月…投运；…2028年6月…建成, does a bare verb tell the past)
            sentence_start = folded.rfind("。", 0, start) + 1
            if _LOOKING_AHEAD.search(folded, sentence_start, start) or _TARGET_BEFORE.search(folded, sentence_start, start):
                continue  # 到2030年，全面建成…，2028年举办…: a sentence of plans
            told = f"文中所写的时间不晚于{latest}年" if stands else f"现在才{now}年"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”把{year}年的事写成已经发生，但{told}（晚了{year - latest}年），"
                f"{year}年还没有到；很可能是年份写错，请核对",
            )
        as_of = [int(m.group("year")) for m in _AS_OF_DATE.finditer(folded)] + [y for y, _, _ in past]
        if not as_of:
            return
        standing = max(as_of)
        for m in _FUTURE_FRAMED.finditer(folded):
            year = int(m.group("year"))
            if year > standing - _TEXT_TIME_MARGIN or _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            if _RETROSPECTIVE_IN_CLAUSE.search(folded, m.end(), clause_end.start() if clause_end else len(folded)):
                continue  # 计划2019年…已如期完成: told as done
            month = re.match(r"\s*(\d{1,2})\s*月", folded[m.end() :])
            end = m.end() + (month.end() if month else 0)
            yield self.finding(
                ctx,
                m.start(),
                end,
                f"“{ctx.text[m.start():end]}”是对将来的安排或预期，但文中已写到{standing}年的情况，{year}年早已过去"
                f"（早{standing - year}年）；请核对年份",
            )

    def _period_words(self, ctx: CheckContext, folded: str, period, earlier: list[tuple[int, int]]) -> Iterator[Finding]:
        """Dates read against the period words around them (issue 7): each finding once, none on a span an
        earlier check of this rule already reported (``earlier``: the spans of the plan checks, _stale_plans,
        _since_future_year and _as_of_after_half, which these checks could report again)."""
        taken: list[tuple[int, int]] = earlier
        checks = (
            self._relative_years(ctx, folded, period),
            self._parts_with_months(ctx, folded),
            self._months_past_the_period(ctx, folded, period),
            self._as_of_after_writing(ctx, folded, period),
            self._done_after_the_report(ctx, folded, period),
            self._events_out_of_order(ctx, folded),
            self._durations_against_dates(ctx, folded),
            self._malformed_years(ctx, folded),
            self._plan_phase_years(ctx, folded),
            self._plans_before_their_year(ctx, folded, period),
            self._forecasts_after_the_fact(ctx, folded),
            self._past_events_after_their_time(ctx, folded, period),
            self._as_of_before_the_period(ctx, folded, period),
            self._as_of_before_since(ctx, folded),
            self._undated_stale_forecasts(ctx, folded, period),
            self._wrong_base_years(ctx, folded, period),
            self._founded_after_their_time(ctx, folded, period),
            self._anniversaries(ctx, folded, period),
            self._plan_ordinal_years(ctx, folded),
            self._changes_between_years(ctx, folded),
            self._as_of_after_the_part_named(ctx, folded, period),
            self._years_just_past(ctx, folded, period),
            self._future_in_a_past_month(ctx, folded, period),
            self._ranges_from_to(ctx, folded),
            self._one_event_two_years(ctx, folded),
            self._results_of_a_later_year(ctx, folded, period),
            self._months_told_past_the_period(ctx, folded, period),
        )
        for check in checks:
            for finding in check:
                span = (finding.span.start, finding.span.end)
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                taken.append(span)
                yield finding

    @staticmethod
    def _reference_year(period) -> int | None:
        """The year 今年 means in the report: its title's year, else the year it was delivered."""
        if period.year is not None:
            return period.year
        return period.written[0] if period.written else None

    def _relative_years(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """去年（2025年） in a report of 2025: the bracket must name the year the word means."""
        year = self._reference_year(period)
        if year is None or "年（" not in folded and "年(" not in folded:
            return
        for m in _RELATIVE_YEAR.finditer(folded):
            expected = year + _RELATIVE_OFFSET[m.group("word")]
            written = int(m.group("year"))
            if written == expected:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”自相矛盾：本文是{year}年的报告，“{m.group('word')}”是{expected}年，"
                f"括注的却是{written}年（相差{abs(written - expected)}年）；请核对年份",
            )

    def _parts_with_months(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A part of the year explained by months that are not its own: 下半年（1—6月）, 第三季度（4—6月）."""
        if not _PART_BRACKET_HINT.search(folded):
            return
        for m in finditer_located(_PART_WITH_MONTHS, _PART_WITH_MONTHS_START, folded):
            part = m.group("part").removeprefix("第")
            months = (int(m.group("m1")), int(m.group("m2")))
            own = _PART_MONTHS[part]
            if months == own or not all(1 <= month <= 12 for month in months):
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”自相矛盾：{m.group('part')}是{own[0]}—{own[1]}月，括注的却是"
                f"{months[0]}—{months[1]}月；请核对时段或月份",
            )

    def _months_past_the_period(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """In a summary of part of a year (前三季度, 上半年), cumulative figures for months after it: 1—11月."""
        if not period.retrospective or period.last_month >= 12 or period.year is None:
            return
        for m in _MONTHS_SO_FAR.finditer(folded):
            month = int(m.group("month"))
            if not period.last_month < month <= 12:
                continue
            year = re.search(rf"({_YEAR})\s*年\s*$", folded[max(0, m.start() - 8) : m.start()])
            if year and int(year.group(1)) != period.year:
                continue  # another year's months
            if re.search(r"(?:去年|上年|前年|同期|上一年)\s*$", folded[max(0, m.start() - 4) : m.start()]):
                continue  # 上年1—10月: last year's running total, known when the report is written
            clause_start = _clause_start(folded, m.start())
            if _FUTURE_MARK.search(folded, clause_start, m.start()):
                continue
            start, end = m.start(), m.end()
            span = "上半年" if period.last_month == 6 else f"1—{period.last_month}月"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”超出本文的统计期：本文是{period.year}年{span}的总结，"
                f"写成时还没有1—{month}月的数据；请核对月份",
            )

    def _as_of_after_writing(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A figure 截至 a date after the report was written (its delivery line or dated title says when),
        or, in a summary of year Y, after the first months of Y+1."""
        if "截" not in folded:
            return
        for m in _AS_OF_DATE.finditer(folded):
            year = int(m.group("year"))
            month = int(m.group("month")) if m.group("month") else None
            if month is not None and not 1 <= month <= 12:
                continue
            clause_start = _clause_start(folded, m.start(), reach=20)
            if _FUTURE_MARK.search(folded, clause_start, m.start()):
                continue  # 力争截至2026年底…: a target
            if period.written is not None:
                written_year, written_month = period.written
                if (year, month or 1) <= (written_year, written_month):
                    continue
                why = f"本文写于{written_year}年{written_month}月，那时还到不了{year}年{month or ''}{'月' if month else ''}"
            elif period.retrospective and period.year is not None and not period.half_year:
                if year < period.year + 2 and not (year == period.year + 1 and month is not None and month > 3):
                    continue
                why = f"本文是{period.year}年的总结，写成时还到不了{year}年{month or ''}{'月' if month else ''}"
            else:
                told = self._year_told_before(folded, m.start())
                if told is None or year < told + 2 and not (year == told + 1 and month is not None and month > 3):
                    continue
                why = f"这段讲的是{told}年（“{told}年，”），写成时还到不了{year}年{month or ''}{'月' if month else ''}"
            start, end = m.start(), m.end()
            yield self.finding(
                ctx, start, end, f"“{ctx.text[start:end]}”晚于本文写成的时间：{why}；请核对年份或月份"
            )

    @staticmethod
    def _year_told_before(folded: str, at: int, as_of: bool = False) -> int | None:
        """The year a sentence before ``at`` in its paragraph opens on (2024年，我镇…), when no other year is named
        between it and ``at`` (issue 7, text8); None otherwise. With ``as_of``, a sentence opening on the date its figures
        are as of (截至2023年12月底，…) tells that year too; a paragraph opening on 2018年以来 tells no one year."""
        line_start = folded.rfind("\n", 0, at) + 1
        told = None
        for mark in _SENTENCE_START.finditer("\n" + folded[line_start:at]):
            at_start = line_start + mark.end() - 1
            opening = _PARAGRAPH_YEAR.match(folded, at_start)
            if opening is None and as_of:
                opening = _AS_OF_OPENING.match(folded, at_start)
            if opening is not None and opening.end() <= at:
                told = opening
        if told is None or told.group().rstrip("，, ").endswith("以来"):
            return None  # (2018年以来，… tells a span up to the present, not one year)
        year = int(told.group("year"))
        if {int(y) for y in _LAST_YEAR.findall(folded, told.end(), at)} - {year}:
            return None
        return year

    def _done_after_the_report(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """An event told as done (已于2026年5月建成) dated two or more years after the report's year (or the
        year its paragraph opens on), or after the date it was written."""
        report_year = self._reference_year(period)
        for m in _DONE_ON.finditer(folded):
            year = int(m.group("year"))
            month = int(m.group("month")) if m.group("month") else None
            clause_start = _clause_start(folded, m.start())
            if _FUTURE_MARK.search(folded, clause_start, m.start()) or _FUTURE_MARK.search(m.group("rest")):
                continue
            if not m.group("lead").startswith("已") and not re.search(r"已|均|先后|相继", folded[clause_start : m.start()]):
                if report_year is None:
                    continue  # 于2027年建成 without 已 may be a plan: read only against the report's own year
            reference = report_year
            if reference is None:
                line_start = folded.rfind("\n", 0, m.start()) + 1
                opening = _PARAGRAPH_YEAR.match(folded, line_start)
                # (issue 7, lead) else a sentence before it opening on its year or its as-of date, no other year between
                reference = int(opening.group("year")) if opening else self._year_told_before(folded, m.start(), as_of=True)
            if reference is None:
                continue
            late = year >= reference + 2
            if (
                not late and month is not None and period.retrospective and period.year == year
                and period.last_month < 12 and month >= period.last_month + 2
                and (_told_as_done(folded, m) or folded.startswith("了", m.end()))
            ):
                # a summary of part of its year (上半年: to June, written in July) tells as done an event of a month after it
                yield self.finding(
                    ctx,
                    m.start(),
                    m.end(),
                    f"“{ctx.text[m.start():m.end()]}”把{year}年{month}月的事写成已经完成，但本文只总结到{year}年{period.last_month}月，"
                    f"写成时{month}月还没有到；请核对月份或时态",
                )
                continue
            if not late and period.written is not None:
                late = (year, month or 1) > period.written
            elif not late and month is not None and (period.year is None or period.retrospective):
                # a paragraph telling its year (2025年，…) is written by February of the next at the latest
                late = year == reference + 1 and month >= _NEXT_YEAR_WRITTEN_BY
            if not late:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”把{year}年的事写成已经完成，但本文是{reference}年的报告，"
                f"{year}年还没有到（晚{year - reference}年）；请核对年份",
            )

    def _events_out_of_order(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A project finished before it started: 于2025年6月开工建设，于2025年3月全面竣工 / 4月竣工，同年10月开工."""
        if "工" not in folded and "建成" not in folded and not any(end in folded for end in _SPAN_ENDS):
            return
        if _DATED_EVENT_SIGN.search(folded) is None:
            return
        found = list(finditer_located(_DATED_EVENT, _DATED_EVENT_START, folded))
        if len(found) < 2:
            return
        events: list[tuple[re.Match, tuple[int, int, int]]] = []
        for m in found:
            if m.group("year"):
                year = int(m.group("year"))
            else:
                sentence_start = max(folded.rfind(mark, 0, m.start()) for mark in "。；;！？\n") + 1
                earlier = _LAST_YEAR.findall(folded, sentence_start, m.start())
                if not earlier:
                    continue
                year = int(earlier[-1])
            month = int(m.group("month"))
            if 1 <= month <= 12:
                events.append((m, (year, month, int(m.group("day") or 0))))
        for (first, first_date), (second, second_date) in zip(events, events[1:]):
            if _SENTENCE_END.search(folded, first.end(), second.start()):
                continue  # events of two sentences
            spans = (first.group("event") in _SPAN_STARTS | _SPAN_ENDS, second.group("event") in _SPAN_STARTS | _SPAN_ENDS)
            if any(spans):
                # a span's start and end read in the order written only (启动…结束), both words of spans
                if not (first.group("event") in _SPAN_STARTS and second.group("event") in _SPAN_ENDS):
                    continue
                kinds = (True, False)
            else:
                kinds = (first.group("event") in _START_EVENTS, second.group("event") in _START_EVENTS)
            if kinds[0] == kinds[1]:
                continue
            start_date, end_date = (first_date, second_date) if kinds[0] else (second_date, first_date)
            if end_date >= start_date:
                continue
            # the same project: the later clause opens on its date (no new subject), and names no other part
            between = folded[first.end() : second.start()]
            # (clauses between that only describe the project, 总投资2860万元，建筑面积9600平方米，, keep its subject)
            marks = list(_CLAUSE.finditer(between))
            lead = between[marks[-1].end() :] if marks else between
            rest_end = _CLAUSE.search(folded, second.end())
            rest = folded[second.end() : rest_end.start() if rest_end else len(folded)]
            # (issue 7, textfamilies: a planned end before the start is as impossible: …开工建设，计划2025年10月竣工)
            if not re.fullmatch(r"[\s、]*(?:并|又|后|随后|最终|已|已于|于|并于|在|均|全部|至|到|直至|直到|计划|预计|力争|争取|拟|将|确保)*\s*", lead):
                continue
            if re.search(r"期|项目|工程|厂|线|段|号|楼|区", (between[marks[0].end() :] if marks else lead) + rest):
                continue
            if (first.group("phase") or second.group("phase")) and "期" in folded[_clause_start(folded, first.start()) : first.start()]:
                continue  # 二期于2023年5月开工，2022年12月首期竣工: phases in turn
            start, end = first.start(), second.end()
            written = ctx.text[start:end]
            start_event, end_event = (first, second) if kinds[0] else (second, first)
            if any(spans):
                yield self.finding(
                    ctx,
                    start,
                    end,
                    f"“{written}”先后颠倒：{end_event.group('event')}（{_date_words(end_date)}）早于"
                    f"{start_event.group('event')}（{_date_words(start_date)}）；请核对其中一个日期",
                )
                continue
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”先后颠倒：竣工（{end_date[0]}年{end_date[1]}月）早于开工（{start_date[0]}年"
                f"{start_date[1]}月）；请核对其中一个日期",
            )

    def _durations_against_dates(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A duration stated beside the dated start and end of its span that they contradict (计划工期18个月，2024年3月
        开工建设，2024年6月竣工: three months): one of the dates or the duration is wrong (issue 7, text8)."""
        if _DURATION_WORD.search(folded) is None:
            return
        for duration in _DURATION.finditer(folded):
            count = duration.group("count")
            number = int(count) if count.isdigit() else han_number(count.replace("两", "二"))
            if not number:
                continue
            sentence_start = max(folded.rfind(mark, 0, duration.start()) for mark in "。；;！？\n") + 1
            stop = _SENTENCE_END.search(folded, duration.end())
            sentence_end = stop.start() if stop else len(folded)
            if _DURATION_CHANGED.search(folded, sentence_start, sentence_end):
                continue
            dates = self._dated_events(folded, sentence_start, sentence_end)
            starts = [(m, d) for m, d in dates if m.group("event") in _START_EVENTS | _SPAN_STARTS]
            ends = [(m, d) for m, d in dates if m.group("event") not in _START_EVENTS | _SPAN_STARTS and m.group("event") != "通过验收"]
            if len(starts) != 1 or len(ends) != 1:
                continue  # none, or phases of their own
            (start_event, start_date), (end_event, end_date) = starts[0], ends[0]
            if end_date < start_date:
                continue  # out of order: _events_out_of_order
            unit = duration.group("unit")
            stated_days = number * {"年": 365, "月": 30.4, "天": 1, "日": 1, "周": 7, "星期": 7}[unit]
            if start_date[2] and end_date[2]:
                span_days = (dt.date(*end_date) - dt.date(*start_date)).days + 1
                slack = max(_DURATION_MIN_SLACK_DAYS_DATED, _DURATION_SLACK * stated_days)
                span_words = f"{span_days}天"
            else:
                months = (end_date[0] - start_date[0]) * 12 + end_date[1] - start_date[1]
                span_days = months * 30.4
                slack = max(_DURATION_MIN_SLACK_DAYS, _DURATION_SLACK * stated_days)
                span_words = f"约{months}个月"
            if abs(span_days - stated_days) <= slack:
                continue
            start = min(duration.start(), start_event.start(), end_event.start())
            end = max(duration.end(), start_event.end(), end_event.end())
            stated = f"{duration.group('word')}{count}{'个' if unit == '月' else ''}{unit}"
            apart = "只隔" if span_days < stated_days else "却隔了"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”前后矛盾：{stated}，而{start_event.group('event')}（{_date_words(start_date)}）"
                f"到{end_event.group('event')}（{_date_words(end_date)}）{apart}{span_words}；请核对日期或{duration.group('word')}",
            )

    @staticmethod
    def _dated_events(folded: str, start: int, end: int) -> list[tuple[re.Match, tuple[int, int, int]]]:
        """The dated events (_DATED_EVENT) of ``start .. end``, each with its date; a date without its year takes the
        last year named before it in the span (none: left out)."""
        events = []
        if _DATED_EVENT_SIGN.search(folded, start, end) is None:
            return events
        for m in finditer_located(_DATED_EVENT, _DATED_EVENT_START, folded, start, end):
            if m.group("year"):
                year = int(m.group("year"))
            else:
                earlier = _LAST_YEAR.findall(folded, start, m.start())
                if not earlier:
                    continue
                year = int(earlier[-1])
            month, day = int(m.group("month")), int(m.group("day") or 0)
            if not 1 <= month <= 12 or day > calendar.monthrange(year, month)[1]:
                continue
            events.append((m, (year, month, day)))
        return events

    def _malformed_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A year that cannot be meant where a date is expected: 于20255年底前, 计划于2205年底; and anywhere a year of
        2200 or later (2204年，全镇…: 2024 with its digits swapped), unless it counts years (长达2600年, 2500多年)."""
        reported: list[int] = []
        for m in _MALFORMED_YEAR.finditer(folded):
            start, end = m.start("year"), m.end()
            digits = m.group("year")
            why = f"年份多了一位数字（{len(digits)}位）" if len(digits) > 4 else f"{digits}年不是工作报告会写到的年份"
            reported.append(start)
            yield self.finding(ctx, start, end, f"“{ctx.text[start:end]}”年份有误：{why}{_swapped_year_hint(digits)}；请核对年份")
        for m in _FAR_YEAR.finditer(folded):
            start = m.start()
            if start in reported or _YEARS_COUNTED_BEFORE.search(folded, max(0, start - 4), start):
                continue
            digits = "2" + (m.group("long") or m.group("year"))
            if m.group("long"):
                why = f"年份多了一位数字（{digits}是5位）"
            else:
                why = f"{digits}年不是工作报告会写到的年份{_swapped_year_hint(digits)}"
            yield self.finding(ctx, start, m.end(), f"“{ctx.text[start:m.end()]}”年份有误：{why}；请核对年份")

    def _plan_phase_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """The year a five-year plan opens or closes, wrong: 2025年是“十五五”规划开局之年 (that is 2026)."""
        if _PLAN_PHASE_SIGN.search(folded) is None:
            return
        for m in _PLAN_PHASE_YEAR.finditer(folded):
            ordinal = han_number(m.group("ordinal"))
            if ordinal is None or ordinal < 4:
                continue
            first = _FIRST_PLAN_YEAR + 5 * (ordinal - 4)
            opening = m.group("phase") in ("开局之年", "开局年", "起步之年", "第一年")
            expected = first if opening else first + 4
            year = int(m.group("year"))
            if year == expected:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”年份有误：“{m.group('ordinal')}五”时期是{first}—{first + 4}年，"
                f"其{'开局' if opening else '收官'}之年是{expected}年，不是{year}年；请核对",
            )

    def _forecasts_after_the_fact(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A forecast for a year at least two years before a date the paragraph already tells as past
        (区统计局2025年12月发布的分析显示：预计2022年全年…): the forecast's year is a slip."""
        if not any(word in folded for word in ("预", "望", "计划", "将于", "拟于", "力争", "争取")):
            return
        for m in _FORECAST.finditer(folded):
            year = int(m.group("year"))
            if _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            line_start = folded.rfind("\n", 0, m.start()) + 1
            told = [int(t.group("year")) for t in _TOLD_DATE.finditer(folded, line_start, m.start())]
            # an event told as done earlier in the paragraph: 主体工程已于2025年8月封顶，…预计2019年底投入使用
            told += [int(t.group("year")) for t in _DONE_ON.finditer(folded, line_start, m.start()) if _told_as_done(folded, t)]
            if not told or max(told) < year + 2:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”是对{year}年的预测，但前文已说到{max(told)}年的事，{year}年早已过去"
                f"（早{max(told) - year}年）；请核对年份",
            )

    # --- issue 7, sixth round: each date read against the document's own time and the events it counts ---

    def _past_events_after_their_time(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A clause opening on a year that tells an event as past (2052年全县经济工作会议明确提出, 2028年已建成)
        when that year is two or more years after the report's (or after the date it was written), or, in a
        text that does not date itself, after the current year."""
        if not _PAST_EVENT_NEEDS.search(folded):
            return
        reference = self._reference_year(period)
        now = _today().year
        for m in _YEAR_LED_EVENT.finditer(folded):
            if not _CLAUSE_OPENING_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue  # the year must open its clause
            year = int(m.group("year"))
            limit = reference + 2 if reference is not None else now + 1
            if year < limit and not (period.written is not None and (year, int(m.group("month") or 1)) > period.written):
                continue
            before = folded[max(0, m.start() - 6) : m.start()]
            if _TARGET_BEFORE.search(before) or _FUTURE_IN_EVENT.search(m.group("clause")):
                continue
            if m.group("verb") not in _ONLY_PAST_VERBS and "已" not in m.group("clause"):
                continue
            start, end = m.start(), m.end()
            told = f"本文是{reference}年的报告" if reference is not None else f"现在才{now}年"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”把{year}年的事写成已经发生，但{told}，{year}年还没有到；"
                f"很可能是年份写错（数字颠倒或错位），请核对",
            )

    def _founded_after_their_time(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A founding told with its year (成立于2028年, 始建于2027年) when that year is two or more years after the
        report's (or after the date it was written), or, in a text that does not date itself, after the current
        year (issue 7, text8): these verbs only tell the past."""
        if "于" not in folded:
            return
        reference = self._reference_year(period)
        now = _today().year
        for m in _FOUNDED_IN.finditer(folded):
            year = int(m.group("year"))
            verb_start = m.start() - 2
            limit = reference + 2 if reference is not None else now + 1
            if year < limit and not (period.written is not None and (year, int(m.group("month") or 1)) > period.written):
                continue
            if _FUTURE_MARK.search(folded, _clause_start(folded, verb_start), verb_start):
                continue  # 计划成立于… / 将落户于…: a plan
            start, end = verb_start, m.end()
            told = f"本文是{reference}年的报告" if reference is not None else f"现在才{now}年"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”把{year}年写成已经过去的时间，但{told}，{year}年还没有到；"
                f"很可能是年份写错（数字颠倒或错位），请核对",
            )

    def _as_of_before_the_period(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A figure of the current period (今年以来, 本年, 目前 … before it in its paragraph) dated 截至 an earlier
        year than the report's: 今年以来…截至2023年11月底 in a 2025 summary."""
        year = self._reference_year(period)
        if year is None or "截" not in folded:
            return
        for m in _AS_OF_DATE.finditer(folded):
            as_of = int(m.group("year"))
            if as_of >= year:
                continue
            current = _period_named_before(_CURRENT_PERIOD, folded, m.start())
            if current is None:
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if re.search(r"以来|期间|累计", clause):
                continue  # a span that began then, or a running total since
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”早于本文所写的时段：前文说“{current.group()}”，本文是{year}年的报告，"
                f"数据却截至{as_of}年（早{year - as_of}年）；请核对年份",
            )

    def _as_of_before_since(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, lead) A running figure since year Y dated 截至 an earlier year: 2023年以来，…，截至2022年11月底，
        累计完成… (no other year named between them in the paragraph)."""
        if "以来" not in folded or "截" not in folded:
            return
        for m in _AS_OF_DATE.finditer(folded):
            since = _period_named_before(_YEAR_SINCE, folded, m.start())
            if since is None:
                continue
            first, as_of = int(since.group("year")), int(m.group("year"))
            if as_of >= first:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”早于前文的起点：前文说“{since.group()}”，数据却截至{as_of}年"
                f"（早{first - as_of}年）；请核对年份",
            )

    def _undated_stale_forecasts(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """In a text that names no other year and does not date itself, a forecast or plan for a year three or
        more years before the current one (预计2019年1月正式入驻): text carried over from an old report."""
        if period.year is not None or period.written is not None or period.plan_year is not None:
            return
        years = {int(y) for y in _LAST_YEAR.findall(folded)}
        if not years:
            return
        now = _today().year
        for m in _PLAN.finditer(folded):
            year = int(m.group("year"))
            if year > now - _STALE_YEARS or years != {year}:
                continue
            if _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if _RETROSPECTIVE_IN_CLAUSE.search(clause):
                continue
            month = re.match(r"\s*(\d{1,2})\s*月", folded[m.end() :])
            end = m.end() + (month.end() if month else 0)
            yield self.finding(
                ctx,
                m.start(),
                end,
                f"“{ctx.text[m.start():end]}”是对将来的预期，但{year}年早已过去（现在是{now}年，早{now - year}年），"
                f"文中也没有别的年份说明这是旧材料；很可能是沿用旧材料，请核对年份",
            )

    def _wrong_base_years(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A year-on-year comparison with a base that is not the year before the figure's: the figure's year
        is the one its sentence (or paragraph) opens on, or 今年 in a report that dates itself; 比2023年同期增长 /
        与2023年同期相比 of a 2025 figure (同期 is last year's), or a base year after the figure's (比2026年增长
        of a 2025 figure). A base equal to the figure's year is reported by the check above."""
        if _SAME_PERIOD_SIGN.search(folded) is None:
            return
        reference = self._reference_year(period)
        for m in _SAME_PERIOD_BASE.finditer(folded):
            base = int(m.group("year"))
            sentence_start = max((s.end() for s in _SENTENCE_START.finditer(folded, max(0, m.start() - 120), m.start())), default=max(0, m.start() - 120))
            sentence = folded[sentence_start : m.start()]
            opening = _SENTENCE_YEAR.match(folded, sentence_start)
            if opening:
                figure_year = int(opening.group("year"))
            elif reference is not None and _FIGURE_OF_THE_YEAR.search(folded, sentence_start, m.end() + 30):
                figure_year = reference
            elif period.retrospective and period.year is not None and base > period.year:
                figure_year = period.year  # a summary of its year compares with the past, never with a later year
            else:
                continue
            other_years = {int(y) for y in _LAST_YEAR.findall(sentence)} - {figure_year}
            if other_years or _LOOKING_AHEAD.search(sentence):
                continue  # the figure is of another year, or a target
            same_period = m.group("same") is not None
            if base == figure_year and (not same_period or (period.retrospective and not period.half_year and period.year == base)):
                continue  # (比2024年增长 of a 2024 figure in a 2024 summary: _base_is_report_year reports it)
            if same_period and base == figure_year - 1 or not same_period and base < figure_year:
                continue
            start, end = m.start(), m.end()
            while folded[end - 1] in "，, ":
                end -= 1
            why = (f"“同期”比的是上一年，{figure_year}年的数据应与{figure_year - 1}年同期相比" if same_period and base <= figure_year
                   else f"基期{base}年晚于数据所属的{figure_year}年")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”的基期年份有误：这里是{figure_year}年的数据，{why}；请核对年份",
            )

    def _anniversaries(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """An anniversary counted to the wrong year: 2024年是新中国成立70周年 (75), 2025年迎来建区20周年 of a zone
        the text says was founded in 2006 (19)."""
        if "周年" not in folded:
            return
        events = _anniversary_events()
        founded = None
        for m in _anniversary_mentions(folded):
            if m.group("event") not in events and founded is None:
                founded = _FOUNDED.search(folded)
            count = int(m.group("n")) if m.group("n").isdigit() else integer_value(m.group("n"))
            if count is None or count <= 0:
                continue
            name = m.group("event")
            if name in events:
                origin = events[name]
            elif founded is not None and founded.start() < m.start():
                origin = int(founded.group("year") or founded.group("year2"))
            else:
                continue
            sentence_start = max((s.end() for s in _SENTENCE_START.finditer(folded, max(0, m.start() - 60), m.start())), default=max(0, m.start() - 60))
            years = [
                int(y.group(1)) for y in _LAST_YEAR.finditer(folded, sentence_start, m.start())
                if founded is None or not founded.start() <= y.start() < founded.end()
            ]
            if not years:
                continue
            year = years[-1]
            if year == origin + count or origin == year:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”与年份不符：{name}在{origin}年，{year}年是{year - origin}周年，"
                f"{count}周年应在{origin + count}年；请核对年份或周年数",
            )

    def _plan_ordinal_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """The N-th year of a five-year plan told with the wrong year: 2024年是“十四五”规划实施的第三年 (2023)."""
        if not _PLAN_ORDINAL_NEEDS.search(folded):
            return
        for m in _PLAN_ORDINAL_YEAR.finditer(folded):
            ordinal = han_number(m.group("ordinal"))
            nth = int(m.group("nth")) if m.group("nth").isdigit() else han_number(m.group("nth"))
            if ordinal is None or ordinal < 4 or nth is None or not 1 <= nth <= 5:
                continue
            first = _FIRST_PLAN_YEAR + 5 * (ordinal - 4)
            year = int(m.group("year"))
            if year == first + nth - 1:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”年份有误：“{m.group('ordinal')}五”时期是{first}—{first + 4}年，"
                f"第{nth}年是{first + nth - 1}年，不是{year}年；请核对",
            )

    def _changes_between_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A change told from one year to another whose second year is not later: 由2024年的620元提高到2024年的660元,
        从2025年的86家增加到2023年的112家."""
        if "由" not in folded and "从" not in folded:
            return
        for m in _CHANGE_BETWEEN_YEARS.finditer(folded):
            if not re.search(r"[由从]\s*$", folded[max(0, m.start() - 2) : m.start()]):
                continue  # 由/从 opens the change
            first, second = int(m.group("first")), int(m.group("second"))
            if second > first:
                continue
            start, end = m.start("first"), m.end()
            same = second == first
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”前后年份{'相同（都是' + str(first) + '年）' if same else '倒置（' + str(first) + '年在前，' + str(second) + '年在后）'}："
                f"由…到…说的是变化，后一个年份应晚于前一个；请核对年份",
            )

    def _as_of_after_the_part_named(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """Figures of a part of the year (今年上半年, 一季度, 前三季度, 1—6月 opening the paragraph or the sentence
        before) dated 截至 a month past it: 今年上半年，…。截至2024年9月底，累计…."""
        if "截" not in folded or "季度" not in folded and "半年" not in folded and "月" not in folded:
            return
        for m in _AS_OF_DATE.finditer(folded):
            if not m.group("month"):
                continue
            month, year = int(m.group("month")), int(m.group("year"))
            paragraph_start = folded.rfind("\n", 0, m.start()) + 1
            part = None
            for part in _PART_OF_YEAR_WORD.finditer(folded, paragraph_start, m.start()):
                pass
            if part is None:
                continue
            last = _part_last_month(part.group())
            if last is None or month <= last + 1:
                continue
            named = {int(y) for y in _LAST_YEAR.findall(folded, paragraph_start, m.start())}
            reference = self._reference_year(period)
            if named - {year} or reference is not None and reference != year:
                continue  # another year's figures
            if _FUTURE_MARK.search(folded, _clause_start(folded, m.start()), m.start()):
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”超出前文所说的“{part.group()}”（到{last}月为止），截至{month}月的数据不属于这个时段；"
                f"请核对月份",
            )

    def _years_just_past(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """刚刚过去的2022年 in a report delivered in January 2024 (or in the summary of another year): the year just
        past is the one before the delivery (or the year summed up)."""
        if "过去的" not in folded:
            return
        if period.written is not None and period.written[1] <= _NEXT_YEAR_WRITTEN_BY + 3:
            expected, why = period.written[0] - 1, f"本文写于{period.written[0]}年{period.written[1]}月"
        elif period.year is not None and period.retrospective:
            expected, why = period.year, f"本文是{period.year}年的总结"
        else:
            return
        for m in _JUST_PAST_YEAR.finditer(folded):
            year = int(m.group("year") or m.group("year2"))
            if year == expected:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”年份有误：{why}，刚刚过去的一年是{expected}年，不是{year}年（相差{abs(expected - year)}年）；"
                f"请核对年份",
            )

    def _future_in_a_past_month(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """In a summary of year Y, a dated clause in the future tense about a month of Y that is over when the
        summary is written: 2024年3月，园区将召开… (a year's summary is written after September)."""
        if period.year is None or not period.retrospective:
            return
        last_past = _PAST_MONTH_IN_HALF if period.half_year else _PAST_MONTH_IN_YEAR
        matches = list(_FUTURE_IN_MONTH.finditer(folded))
        if "年" in folded:
            for m in _FUTURE_BEFORE_MONTH.finditer(folded):
                if not _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()) and not folded.endswith("已", 0, m.start()):
                    matches.append(m)
        for m in matches:
            year, month = int(m.group("year")), int(m.group("month"))
            if year != period.year or not 1 <= month <= last_past:
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if m.group("verb") == "将" and _DISPOSAL.search(clause) or _RETROSPECTIVE_IN_CLAUSE.search(clause):
                continue
            start, end = m.start(), m.end()
            span = "上半年" if period.half_year else "全年"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”用将来时，但本文是{year}年{span}的总结，写成时{year}年{month}月已经过去；"
                f"应写明实际结果，或核对年份",
            )

    def _ranges_from_to(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A span 自…起至…止 whose end comes before its start: 自2025年3月起至2024年底止."""
        if _SPAN_FROM_TO_SIGN.search(folded) is None:
            return
        for m in _FROM_TO.finditer(folded):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            m1 = int(m.group("m1")) if m.group("m1") else 1
            m2 = int(m.group("m2")) if m.group("m2") else 12
            if (y2, m2) >= (y1, m1):
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”的截止时间（{y2}年{m2}月）早于起始时间（{y1}年{m1}月），时间段倒置；请核对起止年份",
            )

    def _one_event_two_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """One numbered event told with two different years in one text: 第三届茶文化旅游节于2024年4月… and later
        第三届茶文化旅游节（2023年4月）. The year is the one in the event's clause, next to its name."""
        if "届" not in folded:
            return
        seen: dict[tuple[str, str], tuple[int, str]] = {}
        for m in _NUMBERED_EVENT.finditer(folded):
            name = (m.group("nth"), m.group("name")[:6])
            clause_start = _clause_start(folded, m.start(), reach=20)
            clause_end = _CLAUSE.search(folded, m.end())
            after = folded[m.end() : min(clause_end.start() if clause_end else len(folded), m.end() + 16)]
            dated = _EVENT_YEAR_AFTER.match(after) or _EVENT_YEAR_BEFORE.search(folded, clause_start, m.start())
            if dated is None:
                continue
            year = int(dated.group("year"))
            if name not in seen:
                seen[name] = (year, ctx.text[m.start() : m.end()])
                continue
            first_year, written = seen[name]
            if year == first_year:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”前后年份不一：前文写“{written}”在{first_year}年，这里是{year}年"
                f"（相差{abs(year - first_year)}年）；同一届活动只能有一个年份，请核对",
            )

    def _results_of_a_later_year(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """A whole year's results told for a year after the report's (2026年全年，园区完成出口总额12亿元 in a 2025
        bulletin): a year's results are known only once it is over."""
        reference = self._reference_year(period)
        if reference is None:
            return
        matches = list(_YEAR_RESULTS.finditer(folded)) if "全年" in folded or "12" in folded else []
        if period.retrospective and period.year is not None and not period.half_year:
            # (issue 7, textfamilies) in a summary of its year, a later year alone opening a clause of results with their
            # figure (2026年，全县完成地区生产总值286亿元 in a 2025 summary)
            matches.extend(m for m in _YEAR_THEN_RESULTS.finditer(folded) if int(m.group("year")) > period.year)
        for m in matches:
            year = int(m.group("year"))
            if year <= reference or not _CLAUSE_OPENING_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            sentence_end = _SENTENCE_END.search(folded, m.end())
            sentence = folded[m.start() : sentence_end.start() if sentence_end else len(folded)]
            if _FUTURE_IN_EVENT.search(sentence) or re.search(r"预期|目标|左右|以上|力争", sentence):
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”写的是{year}年全年的结果，但本文是{reference}年的报告，{year}年还没有过完；请核对年份",
            )

    def _months_told_past_the_period(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """In a summary of part of a year (上半年, 1—9月 in its title), a clause opening on a later month of that
        year and telling what was done then (9月，园区新签约项目12个 in a report on the first half)."""
        if period.year is None or not period.retrospective or period.last_month >= 12:
            return
        for m in finditer_located(_MONTH_OPENING, _MONTH_AT, folded):
            if m.group("year") and int(m.group("year")) != period.year:
                continue
            month = int(m.group("month"))
            if not period.last_month + 1 < month <= 12:
                continue
            if not _CLAUSE_OPENING_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            clause_end = _SENTENCE_END.search(folded, m.end())
            sentence = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if _FUTURE_MARK.search(sentence) or re.search(r"起|开始|以后|以来|同期|去年|上年", sentence[:6]):
                continue
            start, end = m.start(), m.end() - 1
            span = "上半年" if period.last_month == 6 else f"1—{period.last_month}月"
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”超出本文的统计期：本文是{period.year}年{span}的总结，写成时{month}月还没有到，"
                f"却写成已经发生的事；请核对月份",
            )

    def _plans_before_their_year(self, ctx: CheckContext, folded: str, period) -> Iterator[Finding]:
        """Plans for a year already past where the text looks ahead: under a heading (or a title, or a label
        opening the text) of year P's plan, a plan dated before P (三、2026年工作打算 … 2025年计划实施…);
        in a paragraph opening on year X (2025年，…), an expectation dated before X (预计2019年3月入驻)."""
        regions: list[tuple[int, int, int, str]] = []  # (start, end, year, what)
        if period.plan_year is not None:
            regions.append((0, len(folded), period.plan_year, f"本文是{period.plan_year}年的工作安排"))
        for heading in finditer_at_line_starts(_PLAN_SECTION_HEADING, folded, _PLAN_SECTION_HEADING_SIGN):
            following = _TOP_HEADING.search(folded, heading.end() + 1)
            year = int(heading.group("year"))
            regions.append((heading.end(), following.start() if following else len(folded), year, f"这里是{year}年的工作打算"))
        if "：" in ctx.text or ":" in folded:
            # a label of the year's plan inside a paragraph: …持续用力。2025年工作打算：一是…（to the paragraph's end)
            for label in _PLAN_LABEL_IN_LINE.finditer(folded):
                if not re.search(r"[。；;！？]\s*$", folded[max(0, label.start() - 3) : label.start()]):
                    continue  # inside a paragraph, after a sentence (a heading of its own is read above)
                line_end = folded.find("\n", label.end())
                year = int(label.group("year"))
                regions.append((label.end(), line_end if line_end >= 0 else len(folded), year, f"这里是{year}年的工作打算"))
        if period.year is None and period.plan_year is None:
            offset = 0
            for raw in folded.split("\n"):
                if "年" in raw:  # (a paragraph's years are told with 年: most lines of a text name none)
                    regions.extend(
                        (offset + start, offset + end, year, f"本段写的是{year}年") for start, end, year in _told_year_regions(raw)
                    )
                offset += len(raw) + 1
        for start, end, year, what in regions:
            matches = [(m, m.group("year")) for m in _TARGET_YEAR.finditer(folded, start, end)]
            if not what.startswith("本段"):
                matches += [(m, m.group("year")) for m in _YEAR_THEN_PLAN.finditer(folded, start, end)]
            else:
                # (issue 7, lead) in a paragraph telling year X, a sentence planning an earlier year (…。2025年，我们将…
                # after 2026年，…完成全年目标任务) or looking out to it (展望2025年)
                matches += [
                    (m, m.group("year"))
                    for m in _FUTURE_IN_YEAR.finditer(folded, start, end)
                    if _SENTENCE_END.match(folded, m.start() - 1) or m.start() == start
                ]
                matches += [(m, m.group("year")) for m in _OUTLOOK_YEAR.finditer(folded, start, end)]
            # (issue 7, lead) a deadline after a looking-ahead word of its clause: 确保光伏组件项目于2025年10月竣工投产
            matches += [(m, m.group("year")) for m in _deadlines(folded, start, end, [m for m, _ in matches])]
            for m, written in matches:
                planned = int(written)
                if planned >= year + _FAR_TARGET_YEARS and planned % 5 and planned not in _MILESTONE_YEARS:
                    # a deadline decades after the plan's year on no milestone (2035, 2049, 2050, 2060: multiples of
                    # five or the centenary) is a mistyped year: 力争2052年底前 in a plan for 2026
                    stop = m.end()
                    yield self.finding(
                        ctx,
                        m.start("year"),
                        stop,
                        f"“{ctx.text[m.start('year'):stop]}”年份有误：{what}，期限却定在{planned}年（晚{planned - year}年）"
                        f"{_swapped_year_hint(written) or '，不像工作安排的期限'}；请核对年份",
                    )
                    continue
                if planned >= year:
                    continue
                if _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                    continue
                clause_start = max(start, _clause_start(folded, m.start()))
                clause_end = _CLAUSE.search(folded, m.end())
                clause = folded[clause_start : clause_end.start() if clause_end else len(folded)]
                if re.search(r"已|均已|如期|实际|以来|比|较|回顾|原|推迟|延期|延迟|滞后|未能|未按", clause):
                    continue
                if _PLAN_AS_MODIFIER.match(folded, m.end()):
                    continue  # 计划于2019年建成的厂房…: a plan of the past named, not made
                if (m.groupdict().get("plan") or m.groupdict().get("verb")) == "将" and _DISPOSAL.search(clause):
                    continue
                month = re.match(r"\s*(\d{1,2})\s*月", folded[m.end() :])
                stop = m.end() + (month.end() if month else 0)
                yield self.finding(
                    ctx,
                    m.start(),
                    stop,
                    f"“{ctx.text[m.start():stop]}”是对{planned}年的安排，但{what}，{planned}年已经过去"
                    f"（早{year - planned}年）；很可能是沿用旧材料，请核对年份",
                )

    def _plan_period_years(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A five-year plan named with years that are not its own: “十四五”规划（2026—2030年）."""
        for m in _PLAN_YEARS.finditer(folded):
            name = _PLAN_NAME_BEFORE.search(folded, max(0, m.start() - _PLAN_NAME_REACH), m.start())
            if name is None:
                continue
            written_ordinal = name.group("ordinal") or name.group("subject_ordinal")
            ordinal = han_number(written_ordinal)
            if ordinal is None or ordinal < 4:
                continue  # the first three plans did not follow one another year by year
            first = _FIRST_PLAN_YEAR + 5 * (ordinal - 4)
            start_year, end_year = int(m.group("start")), int(m.group("end"))
            if (start_year, end_year) == (first, first + 4):
                continue
            written = ctx.text[name.start() : m.end()]
            yield self.finding(
                ctx,
                m.start("start"),
                m.end("end"),
                f"“{written}”年份有误：“{written_ordinal}五”时期是{first}—{first + 4}年，"
                f"这里写的是{start_year}—{end_year}年；请核对规划名称或年份",
            )

    def _base_is_report_year(self, ctx: CheckContext, folded: str, report_year: int | None) -> Iterator[Finding]:
        """In a summary of one year (the report's, or the year its paragraph opens on: 2025年全年，…), a figure
        compared with that same year: 比2025年增长."""
        bases = list(_BASE_YEAR.finditer(folded))
        if "相比" in folded:
            bases = sorted(bases + list(_BASE_YEAR_COMPARED.finditer(folded)), key=lambda b: b.start())
        for m in bases:
            line_start = folded.rfind("\n", 0, m.start()) + 1
            begin = max((s.end() for s in _SENTENCE_START.finditer(folded, max(0, m.start() - 120), m.start())), default=max(0, m.start() - 120))
            # the year the figure is of: the report's, else the one its paragraph or its sentence opens on
            opening = _PARAGRAPH_YEAR.match(folded, line_start) or _SENTENCE_OPENING_YEAR.match(folded, begin)
            year = report_year if report_year is not None else (int(opening.group("year")) if opening else None)
            base = int(m.group("year") if "year" in m.re.groupindex else m.group("year2"))
            if year is None or base != year:
                continue  # (a later base, 较2026年 in a 2025 summary, is _wrong_base_years')
            sentence = folded[begin : m.start()]
            if any(y.group() != f"{year}年" for y in _ANY_YEAR.finditer(sentence)) or _LOOKING_AHEAD.search(sentence):
                continue  # 2026年比2025年增长: the figure is of another year; 力争…: a target
            told = f"这里总结的正是{year}年，不能与自身相比"
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{ctx.text[m.start():m.end()]}”以{base}年为基期，但{told}；基期应为{year - 1}年（或写“比上年”），请核对年份",
            )

    def _since_future_year(self, ctx: CheckContext, folded: str, report_year: int) -> Iterator[Finding]:
        """An event told as past (自2027年获批…以来, 2026年以来) dated after the year of the report."""
        for since in _SINCE.finditer(folded):
            m = _SINCE_YEAR_BEFORE.search(folded, max(0, since.start() - _SINCE_REACH), since.start())
            if m is None:
                continue
            year = int(m.group("year"))
            if year <= report_year:
                continue
            yield self.finding(
                ctx,
                m.start(),
                since.end(),
                f"“{ctx.text[m.start():since.end()]}”把{year}年说成已经过去，但本文是{report_year}年的报告，"
                f"{year}年还没有到（晚{year - report_year}年）；请核对年份",
            )

    def _as_of_after_half(self, ctx: CheckContext, folded: str, report_year: int, last_month: int = 6) -> Iterator[Finding]:
        """In a half-year summary, a figure 截至 a month after the half-year (截至2025年11月底 in a report on
        the first half of 2025): the report is written in July."""
        for m in _AS_OF_MONTH.finditer(folded):
            month = int(m.group("month"))
            if m.group("year"):
                year = int(m.group("year"))
            else:
                # 截至9月底 without its year: the last year named before it in its paragraph, else the report's
                line_start = folded.rfind("\n", 0, m.start()) + 1
                named = _LAST_YEAR.findall(folded, line_start, m.start())
                year = int(named[-1]) if named else report_year
            if year != report_year or month <= last_month + 1:
                continue
            part = "上半年" if last_month == 6 else f"1—{last_month}月"
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{ctx.text[m.start():m.end()]}”晚于本文的统计期：本文是{report_year}年{part}的总结，"
                f"写成时还到不了{year}年{month}月；请核对月份（如“6月底”）",
            )

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
        for m in finditer_located(_MONTH_DAY, _MONTH_DAY_START, folded):
            month = int(m.group("month"))
            day = int(m.group("day")) if m.group("day") else None
            if day is None and m.group("year") is None:
                continue  # 13个月 / 1-13月: a bare 月 count is not a date
            if folded[m.end() : m.end() + 1] in "份个" and day is None:
                continue
            year = int(m.group("year")) if m.group("year") else None
            leap_slip = year is not None and month == 2 and day == 29 and not calendar.isleap(year)
            if 1 <= month <= 12 and (day is None or 1 <= day <= _DAYS_IN_MONTH[month]) and not leap_slip:
                continue
            start = m.start("year") if m.group("year") else m.start("month")
            written = ctx.text[start : m.end()].strip()
            if leap_slip:
                reason = f"{year}年不是闰年，2月只有28天"
            else:
                reason = f"没有{month}月" if not 1 <= month <= 12 else f"{month}月只有{_DAYS_IN_MONTH[month]}天"
            yield self.finding(
                ctx,
                start,
                start + len(written),
                f"“{written}”不是有效日期：{reason}；请核对日期",
            )

    def _stale_plans(self, ctx: CheckContext, folded: str, report_year: int, period) -> Iterator[Finding]:
        """Plans dated before the report's year; in a summary, plans dated in a month of its own year
        that is over when the summary is written (预计2024年3月竣工 in a 2024 summary)."""
        plans = list(_PLAN.finditer(folded))
        if "于" in folded or "在" in folded or "到" in folded:
            # (issue 7, lead) deadlines set by a looking-ahead word earlier in their clause (确保…于2024年12月底前),
            # read for a year before the report's only
            plans += [m for m in _deadlines(folded, 0, len(folded), plans) if int(m.group("year")) < report_year]
        for m in plans:
            year = int(m.group("year"))
            if year > report_year:
                continue
            if _RETROSPECTIVE_BEFORE.search(folded, max(0, m.start() - 4), m.start()):
                continue
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if _RETROSPECTIVE_IN_CLAUSE.search(clause):
                continue
            month = re.match(r"\s*(\d{1,2})\s*月", folded[m.end() :])
            end = m.end() + (month.end() if month else 0)
            if year == report_year - 1 and not period.retrospective and folded.startswith("全年", m.end()):
                continue  # 预计2024年全年… in a report delivered early in 2025: last year's figures are estimates
            if year < report_year:
                yield self.finding(
                    ctx,
                    m.start(),
                    end,
                    f"“{ctx.text[m.start():end]}”是对将来的预期，但{year}年早于本报告的年份{report_year}年"
                    f"（相差{report_year - year}年）；很可能是沿用旧材料，请核对年份",
                )
                continue
            if not period.retrospective or month is None:
                continue
            last_past = _PAST_MONTH_IN_HALF if period.half_year else _PAST_MONTH_IN_YEAR
            if int(month.group(1)) > last_past:
                continue
            span = "上半年" if period.half_year else "全年"
            yield self.finding(
                ctx,
                m.start(),
                end,
                f"“{ctx.text[m.start():end]}”用将来时，但本文是{report_year}年{span}的总结，写成时"
                f"{report_year}年{month.group(1)}月已经过去；应写明实际结果（如“已于……”），或核对年份",
            )

    def _plans_for_covered_year(self, ctx: CheckContext, folded: str, report_year: int) -> Iterator[Finding]:
        """In a summary of year Y, plans written for Y itself: 2024年，园区将… / 三、2024年工作打算
        (the plans of a summary look at Y+1)."""
        for m in _FUTURE_IN_YEAR.finditer(folded):
            if int(m.group("year")) != report_year or _MONTH_AFTER_FIRST.match(folded, m.end("year") - 0):
                continue
            if _STILL_IN_YEAR.match(folded, m.end()):
                continue  # 2024年将于年底前… : still ahead when the summary is written
            clause_end = _CLAUSE.search(folded, m.end())
            clause = folded[m.end() : clause_end.start() if clause_end else len(folded)]
            if m.group("verb") == "将" and _DISPOSAL.search(clause) or _RETROSPECTIVE_IN_CLAUSE.search(clause):
                continue  # 将…作为 (not the future), or the result is told
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{ctx.text[m.start():m.end()]}”是对{report_year}年的打算，但本文是{report_year}年的工作总结，"
                f"{report_year}年已经过去；下一步的打算应是{report_year + 1}年，请核对年份",
            )
        for m in finditer_at_line_starts(_PLAN_HEADING, folded):
            year = int(m.group("year"))
            if year > report_year:
                continue
            start, end = m.start("year"), m.end()
            written = ctx.text[start:end].strip()
            over = "已经过去" if year == report_year else f"早于本文所总结的{report_year}年"
            yield self.finding(
                ctx,
                start,
                start + len(written),
                f"“{written}”是对{year}年的打算，但本文是{report_year}年的工作总结，{year}年{over}；"
                f"下一步的打算应是{report_year + 1}年，请核对年份",
            )

    def _summary_and_plan_titles(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        if _SUMMARY_AND_PLAN_SIGN.search(folded) is None:
            return
        for m in _SUMMARY_AND_PLAN.finditer(folded):
            y1, y2 = int(m.group("y1")), int(m.group("y2"))
            if y2 > y1:
                continue
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{ctx.text[m.start():m.end()]}”把{y1}年的总结与{y2}年的打算并列，打算应是下一年"
                f"（{y1 + 1}年）的；请核对年份",
            )

    def _body_of_another_year(self, ctx: CheckContext, folded: str, report_year: int) -> Iterator[Finding]:
        """A summary of year Y whose body sums up another year: its heading (一、2021年工作总结) or its
        opening sentence (2019年，园区…) names a year other than Y (Y+1 is the plan, left alone)."""
        offset = 0
        lines: list[tuple[int, str]] = []
        for raw in folded.split("\n"):
            if raw.strip():
                lines.append((offset, raw))
            offset += len(raw) + 1
        opening_seen = False
        for index, (start, line) in enumerate(lines):
            heading = _BODY_YEAR_HEADING.match(line) if len(line.strip()) <= 30 or index < _TITLE_LINES else None
            opening = None
            if not opening_seen and index > 0 and len(line.strip()) >= 40:
                opening_seen = True
                opening = _BODY_OPENING_YEAR.match(line)
            m = heading or opening
            if m is None or index == 0 and heading is None:
                continue
            year = int(m.group("year"))
            if year in (report_year, report_year + 1) or (heading and index < _TITLE_LINES and _SUMMARY_AND_PLAN.search(line)):
                continue
            begin, end = start + m.start("year"), start + m.end()
            written = ctx.text[begin:end].rstrip("，,")
            yield self.finding(
                ctx,
                begin,
                begin + len(written),
                f"本文标题是{report_year}年的总结，正文“{written}”写的却是{year}年"
                f"（相差{abs(report_year - year)}年）；标题或正文的年份有误，请核对",
            )

    def _backward_ranges(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """Date ranges whose end comes before their start: 2024年9月至3月, 5月20日至10日."""
        if not _RANGE_HINT.search(folded):
            return
        seen_end = -1
        for m in finditer_located(_DATE_RANGE, _MONTH_ALONE_AT, folded):
            y1 = int(m.group("y1")) if m.group("y1") else None
            y2 = int(m.group("y2")) if m.group("y2") else y1
            m1, m2 = int(m.group("m1")), int(m.group("m2"))
            d1 = int(m.group("d1")) if m.group("d1") else None
            d2 = int(m.group("d2")) if m.group("d2") else None
            if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                continue  # an impossible month is reported on its own
            if m.group("y2") and y1 is None:
                continue  # 12月至2025年3月: the end names its own year
            if y1 is not None and y2 is not None and y1 < y2:
                continue  # into a later year: 2024年11月至2025年3月
            if y1 is not None and y2 is not None and y1 > y2:
                start, end = m.start(), m.end()
                seen_end = end
                written = ctx.text[start:end].strip()
                yield self.finding(
                    ctx,
                    start,
                    start + len(written),
                    f"“{written}”的截止时间（{y2}年{m2}月）早于起始时间（{y1}年{m1}月），时间段倒置"
                    f"（差{y1 - y2}年）；请核对起止年份",
                )
                continue
            first, second = (m1, d1 or 0), (m2, d2 if d2 is not None else (d1 or 0) if m1 == m2 else 0)
            if second >= first or (m1 == m2 and d2 is None):
                continue
            if _RECURRING_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
                continue
            start, end = m.start(), m.end()
            seen_end = end
            written = ctx.text[start:end].strip()
            yield self.finding(
                ctx,
                start,
                start + len(written),
                f"“{written}”的截止日期早于起始日期（{m1}月{d1 or ''}{'日' if d1 else ''}之后才是"
                f"{m2}月{d2 or ''}{'日' if d2 else ''}所在的下一年），时间段倒置；请核对起止日期，跨年应写明“次年”",
            )
        for m in _DAY_RANGE_BACKWARDS.finditer(folded):
            if m.start() < seen_end:
                continue
            month, first, second = int(m.group("month")), int(m.group("first")), int(m.group("second"))
            days = _DAYS_IN_MONTH.get(month)
            if days is None or not (1 <= first <= days and 1 <= second <= days) or second >= first:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”的截止日（{second}日）早于起始日（{first}日），日期区间倒置；请核对起止日期",
            )

    def _bad_quarters(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        if _WEEKDAY_SIGN.search(folded):
            for m in _BAD_WEEKDAY.finditer(folded):
                yield self.finding(ctx, m.start() - (1 if folded[m.start() - 1] == "周" else 2), m.end(), f"“{ctx.text[m.start() - (1 if folded[m.start() - 1] == '周' else 2):m.end()]}”不存在：一周只有七天（星期一至星期日）；请核对")
        if "季度" not in folded:
            return
        for m in finditer_located(_BAD_QUARTER, _BAD_QUARTER_START, folded):
            yield self.finding(
                ctx, m.start(), m.end(), f"“{ctx.text[m.start():m.end()]}”不存在：一年只有四个季度；请核对"
            )

    def _han_dates(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """Impossible dates written in Chinese numerals: 二月三十日, 四月三十一日."""
        if _HAN_DATE_NEEDS.search(folded) is None:
            return
        for m in _HAN_DATE.finditer(folded):
            month, day = han_number(m.group("month")), han_number(m.group("day"))
            if month is None or day is None or not 1 <= month <= 12 or 1 <= day <= _DAYS_IN_MONTH[month]:
                continue
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{ctx.text[m.start():m.end()]}”不是有效日期：{month}月只有{_DAYS_IN_MONTH[month]}天；请核对日期",
            )

    def _weekdays(self, ctx: CheckContext, folded: str, report_year: int | None) -> Iterator[Finding]:
        """A date given with its weekday where the two disagree (2024年3月5日（星期三）: a Tuesday).
        Without a year in the date, the last year named before it in its paragraph, else the
        report's year, is used; with none, nothing is checked."""
        if not _WEEKDAY_WORD.search(folded):
            return
        for m in finditer_located(_DATED_WEEKDAY, _MONTH_ALONE_AT, folded):
            year = int(m.group("year")) if m.group("year") else None
            if year is None:
                paragraph_start = folded.rfind("\n", 0, m.start()) + 1
                earlier = _LAST_YEAR.findall(folded, paragraph_start, m.start())
                year = int(earlier[-1]) if earlier else report_year
            if year is None:
                continue
            try:
                date = dt.date(year, int(m.group("month")), int(m.group("day")))
            except ValueError:
                continue  # an impossible date is reported on its own
            name = m.group("name").replace("天", "日")
            actual = _WEEKDAY_NAMES[date.weekday()]
            if name == actual:
                continue
            start, end = m.start(), m.end()
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”中日期与星期不符：{year}年{date.month}月{date.day}日是星期{actual}，"
                f"不是星期{name}；请核对日期或星期",
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
