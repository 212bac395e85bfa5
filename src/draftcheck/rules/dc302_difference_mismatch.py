"""A stated increase or decrease amount differs from the current value minus the base value.

## What it does
Recomputes the amount of change from the two values that the same sentence ties to it:
``A，与去年同期B相比增加D`` / ``A，去年同期B，减少D`` / ``由A增加到B，增加D`` (D = A − B, or B − A for
a transition), and ``从2020年的A增加到2024年的B，平均每年增加D`` (D = (B − A) / 4).

Differences named by a word of the gap (``numbers/relations/named_differences.py``, words in
``lexicon/words.toml`` [difference]): ``收入A，支出B，结余D`` (also 缺口, 净流入, 顺差, 差距, 节约 …,
``尚有D的缺口``), ``A，高出全市平均水平（B）D个百分点`` / ``比…B多D`` / ``超额完成目标（B）D`` / ``提前了D``,
``由A延长至B，新增里程D`` / ``由A压缩至B，缩短了D`` (not a bare 新增 after a transition: 由86家增至97家，新增14家
is the gross inflow), and operands in brackets after the gap (``差距扩大到D（全区增长A%，全市增长B%）``).
A change whose base and arrival are both in its sentence, in any order, read from the typed clauses
(one ``change``, one ``base``, the value it arrives at next to it: ``较上年减少D，降至B（上年为A）``,
``增加了D，达到B，上年同期为A``), and a gap to a target named by its word (``任务A，实际建成B，比计划多完成D``);
two changes of one unit in the sentence leave it unread.
D is checked against |A − B|; a cumulative balance (累计结余), a yearly average, 分别 lists, 不低于 lists
and 比 inside 比重/占比 are not read as gaps. Units are
converted (亿元 with 万元), different dimensions are never compared, and the tolerance is the
rounding of the figures as written (widened for 约, 近, 余, 多, 左右). A correction that turns an
increase into a decrease is an error, a rounding slip a warning.

What is left of a task after what has been done (``年度任务A，已开工B，竣工C，剩余D``, also 尚有, 还剩 …): D against
A minus any stage; a change clause naming its indicator again (``A，上年为B，全市工业用水量下降D``: the names end
alike, not 税收收入 after 一般公共预算收入); a per-unit figure's change written in its numerator unit
(``0.482吨标准煤/万元 … 下降0.045吨标准煤``); the base year's value before a semicolon (``2023年…B；2024年…A，
比上年多D``). Every measure word of ``lexicon/units.toml`` carries the difference (件次, 场次, 艘次, 份, 例 …).

(growthmodel) A change between the current value and a base stated after it (``A，比上年增加D（上年为B）``);
``比上年B多完成D`` / ``较上年的B少了D`` (the clause model types 多/少 after 比/较 as a change); an amount named by
its noun (``增收额D``, ``减少额为D``); a gap noun opening the statement after the one that states its two figures
(``城镇…A元，…；农村…B元，…。城乡居民收入差距为D元``: exactly two figures of D's measure there, no comparison word
before the noun); a comparison whose other operand is named, not written (``A，全省平均水平为B，低于全省D`` /
``新建A，改造B，新建比改造多出D``: the name after the word in one figure's label only) or whose verb follows a
bracketed operand (``比全市平均水平（B）高出D``, ``较年初预算的B超收D``); what was done beyond a task (``计划A，实际
B，超额完成D``) and what is still short of it (``还差D``). Not read: a bare ``，多支出D`` with no 比/较 (the base is
only implied), a named comparison with three figures of the measure before it.

(growthpath2) A comparison whose other operand follows D in the next clause, that clause naming it again
(``A，比全省平均水平高出D，全省平均为B`` / ``A，比计划多出D，年度计划为B``; not ``…，新建农村公路为B``), and two
operands in brackets after a comparison, each named in the comparison's clause (``支出比收入多出D（支出A，收入B）``;
not ``（其中…）`` parts of D). The ends of a transition and whether a figure is itself a change are the clause
model's (``TypedQuantity.transition``, role ``change``).

(pathG) An aggregating adverb before the change verb after a transition or a stated base (``由A家发展到B家，共增加D家``),
and concentrations in 微克/立方米 or 毫克/立方米 (``为A微克/立方米，较上年的B微克/立方米下降D微克/立方米``).
(pathGC) A base in a bracketed aside that names its measure after the base period (``A，比年初增加D（年初余额为B）``,
``比上年多完成D（上年同期完成投资B）``: the clause model types such a figure ``base``); an aside stating the base's own
change (``（上年同期增长8.2%）``) is no base. A difference within the rounding of the figures as written stays
consistent (``2.8%，比上年末的3.2%下降0.3个百分点``, ``31，较上年的36下降4``: RULES.md's tolerance), deliberately.

Tables: a change column (增减额, 增量, 增减 with a unit, 差额, 增（+）减（-）) against value − base, row by row;
kind ``table-difference``. Signed cells (+583), a caption's unit in brackets (（人）), pasted rows separated
by one 　 or by ｜; a 增减 column without % or unit is a change when its figures lie nearer value − base than
the growth rate, a growth when nearer that. Headers 12月末余额 / 比年初增加 name the value and the change; pipe rows
joined on one line by ；(after a sentence of prose) are split back into rows. (growY) Rows whose cells a copy
parted by single spaces (``指标 2024年 2025年 增减`` over ``监测对象（户） 1286 1143 -133``): every cell after the
label a figure, the rows as wide as each other and as the line of short heads above them (a single space also
groups thousands: ``税收收入 6 284 5 917`` under three heads is no table); a line with a comma, a colon or a sentence
mark is prose. (growY) A base whose unit is the current value's without its qualifier
(``A吨标准煤，比上年的B吨减少D吨``) is read as DC301 reads it. A change in points that DC301 already checks after a
transition (``由A%提高到B%，提高D个百分点``) is DC301's finding only, not a second one here.

Not read: a difference of integers one unit off in the last digit (``31微克/立方米，较上年的36微克/立方米下降4微克/
立方米``): 35.6 and 31.4 print as 36 and 31 and differ by 4.2, so the rounding of the printed figures allows it.

## Why is this bad?
The amount of change is the figure readers quote; when it does not match the two values it comes
from, one of the three numbers is wrong.

## Example
```text
完成规上工业总产值7270.3万元，与去年同期累计值6479万元相比增加781.3万元，同比增长12.21%。
```
Flagged: ``增加781.3万元`` (7270.3 − 6479 = 791.3万元).

## Use instead
```text
完成规上工业总产值7270.3万元，与去年同期累计值6479万元相比增加791.3万元，同比增长12.21%。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class DifferenceMismatch(NumericRule):
    code = "DC302"
    slug = "difference-mismatch"
    family = "rates"
    default_severity = Severity.WARNING
