"""A stated count differs from the items enumerated beside it: 以下20个项目 naming 19, A、B、C、D等3家企业.

## What it does
Recomputes every count that is tied to a list and flags the ones that do not match:

- a list closed by its count: ``甲公司、乙公司和丙公司3家企业``, ``A、B、C、D等3家企业``,
  ``新建A路、B路、C路、D路、E路六条道路``, also after a verb that opens the list
  (``涉及道路交通、城镇燃气…等4个行业``; the verb is not part of the first name in the message);
- a count that introduces its list: ``以下20个项目：A、B……``, ``建成3个园区，分别是……``,
  ``成立3个工作组（综合组、宣传组、督导组）``, ``重点抓好五个方面：一是……四是……``, and outline headings
  ``(一)……(九)`` after ``以下9个方面的工作：``, and after a comma ``聚焦三个重点，一是……四是……``;
- other layouts of the list: book titles back to back (``三个文件，即《A》《B》《C》``), ；-items after a
  colon that open alike (``“三个突破”：在A上实现突破，……；在B上实现突破，……``), and ``以A、B、C为代表的
  两个…`` (a sample: the count may not fall short of the names). Counts are read anywhere in a clause,
  also right after a comma, with 次/场/轮 as classifiers too (``开展了四次检查，分别是……``).

Chinese-numeral counts (六条道路, 三大产业, 两个项目, 十项工作) are read like Arabic ones. A list that ends
with 等 (or is introduced by 包括/涵盖/主要有) may be a sample: the count may exceed the names listed,
but never fall short of them. Fixed formulations whose number is part of a name (三个代表, 四个全面,
五位一体, “五个一”工程) and counts inside quotes are never flagged; lists whose reading is ambiguous
(nested lists, items that are numbers, a verb between list and count) are left alone and only counted
as "not checkable" in ``--statistics``. A list whose items carry their own figures in the count's
unit (``共有企业120家，分别为内资企业80家、外资企业40家``) is a total and its parts (DC201), never a
count of names.

Kinds added for issue 7 (numeric7): a 大 set or members with names of four characters or more before
the count (``生物医药、电子信息、…绿色食品五大主导产业``; short items such as 城东、城西 may be places the
counted things lie in and stay unchecked); tiers joined before the counted noun (``五项国家级和省级荣誉称号``);
a verb inside the last name (``省级生态文明建设示范县``) is no predicate, only one that closes it right before
the count (``在深圳设立2个中心``); names with bracketed notes (``远航船舶（4.74亿元）、华瑞电子（…）3家企业``);
a clause starting with 每/各/均 after the list does not continue it (``…工程，每项工程明确…``); three or more
plain names in brackets after a count, and the counted noun before its number (``示范家庭农场6家（青禾、丰源…）``,
``城市道路四条（文昌路、…）``; ``县（市、区）`` aliases stay out); names after a dash (``4条通村公路——柳湾路、
石桥路、杏林路均已建成``); deeds listed as clauses that each close on a figure (``七件民生实事全部办结：新增学位
2642个，改造危房149户，……``, for 实事/任务/工程/行动/举措/工作 counts); numbered items ``1.年产…项目``; an
ordinal series 首先…其次…再次…最后 closed by 最后; titles back to back before the count
(``《A》《B》《C》两个政策文件``); 栋/幢/部/份/间/辆/艘 as classifiers. Kinds added for issue 7 (numeric9): a class boundary between the count and its noun
(``四个10亿元以上重大项目，分别为：A；B；C``), things measured in 万亩/万吨 counted (``八个万亩特色产业基地``).
Not flagged: 两位数增长, 三大球, a series
cut off at its next marker (``……；三是`` at the end: a truncated paragraph, DC404).

## Why is this bad?
A reader who counts the names finds a different number: either an item was dropped or added while
editing, or the count was never updated. Reviewers check these by hand, item by item.

## Example
```text
引进了甲公司、乙公司、丙公司和丁公司等3家企业。
重点抓好以下五个方面工作：一是稳投资；二是促消费；三是强产业；四是优环境。
```
Flagged: ``3家企业`` (4 names before 等, 3 < 4) and ``以下五个方面工作`` (4 items follow).

## Use instead
```text
引进了甲公司、乙公司、丙公司和丁公司等4家企业。
重点抓好以下四个方面工作：一是稳投资；二是促消费；三是强产业；四是优环境。
```
"""

from __future__ import annotations

from draftcheck.finding import Severity
from draftcheck.rules.numeric import NumericRule


class CountMismatch(NumericRule):
    code = "DC203"
    slug = "count-mismatch"
    family = "totals"
    default_severity = Severity.ERROR
