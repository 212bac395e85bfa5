"""A growth or decline rate disagrees with the current and base values given beside it.

## What it does
Recomputes a stated rate from the two values that the same sentence ties to it, and flags it when
the result, allowing for the rounding of every figure as written, cannot round to what is stated:

- ``A，与去年同期B相比增加D，同比增长X%`` / ``A，去年同期B，同比增长X%`` / ``A，较上年的B增长X%`` /
  ``A，同比增长X%（去年同期B）`` / ``上年完成B，今年完成A，增长X%`` / ``2023年…B，2024年…A，增长X%``:
  X = (A − B) / B;
- ``A，比上年增加D，增长X%``: the base is A − D, so X = D / (A − D);
- ``由A增加到B，增长X%`` / ``从A下降到B，下降X%`` / ``下降X%，由A下降到B``;
- ``从2020年的A增加到2024年的B，年均增长X%``: compound, X = (B / A)^(1/4) − 1 (the years must be named);
  a period opening the sentence names them too (``2020—2024年，税收由A增加到B，年均增长X%``, also
  ``2019年至2024年``); since such a period may count from the year before its first (2021—2025年 from
  the 2020 base), a rate that fits either reading is accepted;
- ``增长N倍`` = B / A − 1, ``是…的N倍`` / ``增长到N倍`` = B / A, ``翻一番`` = ×2, ``翻两番`` = ×4, also
  stated before the transition it sums up (``企业数量翻了一番，由50家增加到160家``) or after a span of
  years (``四年实现翻一番``). 翻一番 holds for 1.9 to 2.5 times (1.68 times is no doubling), 近/接近翻一番
  for 1.5 to 2.1 times; for a real-growth subject (增加值) a nominal multiple already short of 1.9 is
  flagged too (prices rarely fall, so the real multiple is shorter still);
- two dated values with labels of up to 16 characters (``2020年全区高新技术产业产值为286亿元，到2024年达到
  452亿元，年均增长14.8%``); counts of incidents in 起 (``事故由上年的86起下降到61起，下降19.8%``);
- ``由45.2%提高到47.5%，提高2.3个百分点``: percentage points between two rates; also a rate and the
  base's own rate (``达标率62.5%，上年为58.1%，提高4.4个百分点``, ``比上年（36.9%）下降0.1个百分点``);
- bases read from the typed clauses (``ctx.clause_model``, role ``base``): after a part of the base
  period (``较上年一季度的B``), in a clause of their own that repeats the current value's measure
  (``今年入驻企业A，上年入驻企业为B``), in the next sentence of the statement (``…，同比增长X%；上年全年
  引进人才为B``), two values dated by years in either order or with the year in brackets after them
  (``2024年…A，2023年为B`` / ``A（2024年）…B（2021年）``), years in Chinese numerals (``比一九五二年的B``);
- ``三年年均增长X%``: a span of years before 年均 gives the years when the operands are not dated;
- the base year's value in the sentence before a semicolon, when it names the same indicator and its year
  is the one before (``2023年全区实现税收B；2024年实现税收A，增长X%``, ``上年…B；今年…A``; not 2022, not another
  indicator: one name repeats the other whole);
- ``环比`` after two values of consecutive sub-periods, each named in its clause (``三季度完成A1，四季度完成A2，
  环比增长X%``, months, 上半年/下半年): the earlier period is the base; not two periods apart, not 同比;
- rates in tenths: ``增长五成`` (45–55%), ``增长三成多`` / ``多出一成以上`` (30–40%), ``近三成`` (20–30%);
- three lists after 分别 paired item by item (``分别达到A1、A2（上年分别为B1、B2），分别增长X1%、X2%``);
- the growth of a total against its parts' (``进出口总额A，增长X%，其中出口B1，增长Y1%；进口B2，下降Y2%``,
  the parts adding up to the total): X = A / Σ Bi / (1 + Yi) − 1;
- (growthmodel) a base named by its own noun (``上年同期基数为B，今年…A，增幅X%``; 基数/基期值 in lexicon
  ``base.nouns``), a current value whose clause names only its period (``上年同期…资金为B，今年同期为A``:
  今年同期/本年同期 are no base period), items on both sides of a later base (``A，比上年增加D（上年为B），
  增长X%``), multiples of the base before a transition or a bracketed base (``为2020年的N倍，由A增加到B`` /
  ``是上年的N倍（上年为B）``), a rate against an amount named by its noun (``A，同比增长X%，增加额为D``);
  percentage points whose stated figure, widened for a derived figure, would only touch the computed
  difference at its end (``从61.2%提高到62.5%，提升1.5个百分点`` is flagged: 1.5 rounds nothing up to 1.4);
  a 年均 of income per head above its nominal compound rate (``由2020年的A元增加到2025年的B元，年均增长X%``
  with X above (B / A)^(1/5) − 1: prices rise over a plan period, so the real rate cannot be higher);
- tables pasted as text whose rows a web page joined on one line with ；(``指标｜2023年｜2024年｜增速 ；…｜…``);
- (growthpath2) the rate stated before its value, the base after (``税收同比增长X%，达到A，上年同期为B`` /
  ``增长X%，达到A（上年为B）``; only a verb of being between the rate and the value, so ``营业收入增长X%，实现
  利润A`` is another indicator's rate); a decline written as negative growth (``同比增长-8.6%``, ``负增长8.6%``,
  ``同比-8.6%``); a span of years heading the sentence names the years of 年均 (``五年来/近三年/五年间，…由A增加到B，
  年均增长X%``, read as N − 1, N or N + 1 years); a change in % between two percentages that fits neither
  percentage points nor growth (``由58.4%提高到60.1%，提高1.9%``); figures whose thousands are grouped by
  spaces (``21 460元``).
- (pathG) an aggregating adverb before the verb (``由A%提高到B%，累计提高D个百分点``, ``共增加D``; lexicon
  ``completeness.totals``), but not a change over another span than the dated operands (``由2023年的A提高到2024年
  的B，五年累计提高D``: not checkable); the base year's value in the sentence before, closed by 。 in the same
  paragraph (``2023年…B。2024年…A，增长X%``: consecutive years, the same indicator, no sub-period at either
  opening); concentrations in 微克/毫克 per cubic metre are values like any other (``lexicon/units.toml``).
- (growY) a base that repeats the current value's unit without its qualifier (``0.58吨标煤，较上年的0.61吨``,
  ``186.4万吨标准煤，比上年的172.0万吨``; not a frequency: ``512万人次`` against ``480万人`` is no base);
  ``翻一番多`` / ``翻一番以上`` claims at least the doubling (1.86 times is flagged, where plain ``翻一番`` still
  passes from 1.9 times); a 年均 of a real-growth subject (地区生产总值, 增加值) that is the simple average of the
  whole nominal growth over the years and above its nominal compound rate (``由2020年的A增加到2025年的B，年均增长X%``
  with X = (B − A) / A / 5): not what a deflator explains, the slip of dividing by the years; a change column of a
  table whose cells a copy parted by single spaces (``document/tables.py``, see DC302); a rate that the rounding
  of coarse figures would allow but that is, to its last digit, the change over the current value instead of the
  base (``由上年的38微克/立方米降至33微克/立方米，降幅为15.2%``: 5 / 33, where 5 / 38 = 13.2%), a warning (the 降幅
  form is reported as DC303, like every rate noun); 年均 over a five-year plan named before it (``2025年…A，2020年为B，
  “十四五”期间年均增长X%``, ``由2015年的B增加到2020年的A，“十三五”时期年均增长X%``) when the dated operands span the plan
  (its first year or the year before, and its last year); a plan of other years, or operands with no years, stay
  unchecked.
- (pathGC) a five-year plan named as a whole heading the sentence (``“十四五”期间，税收由A增加到B，年均增长X%``: from
  the plan's base year to its last, 2020—2025, five years; words ``lexicon/words.toml`` ``base.plan_spans``), while
  ``“十四五”以来`` stays unchecked; ``翻一番半`` / ``翻两番半`` (half a doubling more: 2^1.5 = 2.83 times, read loosely
  from 2.4 to 3.4 times), after the transition or stated before it; a total's rate against its parts' rates with a
  comparison between value and rate (``总额A，比上年增长X%，其中零售B1，比上年同期增长Y1%；…``); rates after
  ``扣除不可比因素`` are on a comparable basis and never recomputed (lexicon ``real_growth.markers``).

Growth at comparable prices: a nominal multiple already short of a stated multiple refutes it too
(``地区生产总值由2.9亿元增长到8.0亿元，增长2.7倍``: 1.76 times more), and a rate said to be at current
prices (``按现价计算``, ``名义增长``) is nominal whatever its subject. Per-head income's year-on-year rate
is nominal (the real one is written 实际增长), its 年均 over a plan period is read as real. ``翻一番`` is
judged on the figures as written (1.6 to 2.9 is 1.81 times, no doubling).

Not recognised (deliberately or not yet): a rate of 增加值 at comparable prices above the nominal one that is not the
simple average of the whole growth (a falling deflator may explain it); lists after 分别 that mix
directions (``分别增长X%和下降Y%``); parts that do not add up to their total.

Tolerance is the rounding of every figure as written (a stated rate may also have been cut rather than
rounded), widened for 约, 近, 余, 多, 左右. Real growth at comparable prices (地区生产总值, 增加值, 可支配收入, 实际增长, 按可比价格计算, 可比口径)
is never recomputed from nominal values; periods not named by years or a span (“十四五”以来, 这一时期) are not
checked; 人均可支配收入 and other survey figures are read as real growth even beside nominal values; a rate with no tied base stays silent (counted as not
checkable in ``--statistics``). The message carries the arithmetic and the operands are related
spans; the suggestion is the corrected figure. A correction that turns growth into decline is an
error, a rounding slip a warning.

Sentences come from the shared segmentation (``statement_spans.growth_sentences``: a line ending in
，or 、 continues on the next one). A sentence with neither a percentage nor two values is skipped.

Tables: a growth column (同比增长(%), 增速, 比上年±%) against the value and base columns of its
group (本年 | 上年同期, 2024年 | 2023年), row by row; kind ``table-growth``.

## Why is this bad?
A rate that does not follow from the figures printed next to it means one of the three numbers is
wrong, and a reader who checks one of them stops trusting the rest of the report.

## Example
```text
实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.50%。
税收由2020年的3.2亿元增加到2024年的5.6亿元，年均增长12.5%。
```
Flagged: ``增长12.50%`` ((1619.10 − 1442.87) / 1442.87 = 12.21%) and ``年均增长12.5%``
((5.6 / 3.2)^(1/4) − 1 = 15.02%).

## Use instead
```text
实现营业收入1619.10万元，去年同期1442.87万元，同比增长12.21%。
税收由2020年的3.2亿元增加到2024年的5.6亿元，年均增长15.0%。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class GrowthMismatch(NumericRule):
    code = "DC301"
    slug = "growth-mismatch"
    family = "rates"
    default_severity = Severity.WARNING
