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
(``《A》《B》《C》两个政策文件``); 栋/幢/部/份/间/辆/艘 as classifiers. Not flagged: 两位数增长, 三大球, a series
cut off at its next marker (``……；三是`` at the end: a truncated paragraph, DC404).

Kinds added for issue 7 (numeric12), by the layout of the list rather than its wording:
- a count closing a heading line, in brackets or after 共, with the items on the lines below: numbered
  lines (``示范村名单（共7个）⏎1. 东湖村⏎…``, ``（1）``, ``①``), short unnumbered lines up to the first
  sentence, or table rows (numbered under a 序号 header, or unnumbered under a header of cells, Markdown or
  tab-separated; a 合计 row is no item); the same tables after ``具体如下：`` / ``名单如下：``;
- a threshold in figures between the count and its noun (``四个10亿元以上重大项目，分别为：A；B；C``);
  a scale after 个 (``八个万亩特色产业基地``); a bracketed alias before the colon (``8个村（社区）：…``);
- 分别位于/分别设在/分别落户… pairing three or more places one by one with the things counted, and
  分别于 pairing dates (``召开4次会议，分别于1月、3月、5月召开``);
- 包括/涉及 lists closed by 和/及 with no 等, read as complete when the count is at most two above them;
- ``A、B、C、D，共3家`` after 分别是; ``这5个项目分别是`` after an earlier sentence's count; the next sentence
  opening with the list (``建成五所学校。它们是：…``); titles issued in the next clause after a count of
  documents that they end like (``四项制度，先后出台了《…制度》《…制度》``); ``其一是…其二是`` series;
- classifiers that are the counted noun (``等3人``, ``三县``, ``两地``, ``三方``; a last item far longer than
  the others may hold several names: ``新疆、西藏、四川云南甘肃青海四省`` stays unchecked); people named with
  commas after 名/位/人; members between two dashes (``三大主导产业——A、B、C、D——实现…``); two names of
  one shape in brackets (``3场招聘会（春风行动专场、高校毕业生专场）``);
- quoted shorthands explained part by part, whose members end like them or open with their verb
  (``“三区”为高新区和临港区``, ``“四送”活动，即送政策、送技术、送资金``), ``“N个一”`` sets of 一X members, and
  quoted counts whose noun holds a verb (``“三个全覆盖”：…全覆盖、…全覆盖``);
- two counts of different things announcing one list: the items of the first count's kind are its
  members (``新建3所学校和2所医院：A小学、B小学、C中学、D中学、E医院…``; only the first count is checked).
Not flagged: numbered lines below a heading that are groups with their own lists or figures, a list or table
said to go on below (另有…, （其余9个项目略）, 详见附件), table rows stating counts in the count's own
classifier, 其中 subsets, titles after 其中, places too few or unlike to pair.

Kinds added for issue 7 (numeric13), taken from the shapes the published corpus itself writes:
- tiers named before N级 (``县、乡、村三级养老服务网络``, ``区、街道、社区、网格四级联动``); not read: grades
  (``三级以上``, ``三级医院``, ``一、二、三级批发``), tiers after the count, a tier made of joined names
  (``中央和省、市、自治区两级``: the provinces, cities and regions are one tier);
- editions counted and then named by ordinal, 届/轮/批/期/场 (``举办三届论坛：第一届…，第二届…``): the series
  must run 1, 2, 3 … in the paragraph; fewer editions than counted are flagged only after a colon (after a
  comma they may be a selection), an extra edition still to come (``第三届将于明年举办``) is not flagged, nor a
  series opened by 其中 or ended by 等.

Kinds added for issue 7 (countmodel), generalised by how the count is stated and how the items are
delimited (each with its look-alikes in ``tests/rule_cases/DC203.yml``):
- items: names opened by their specification in figures are names, not values (``200兆瓦风电场``,
  ``120MW农光互补电站``, ``年产30万吨…项目``); parallel clauses after a colon opened by the same word
  (``打好A攻坚战，打好B突破战，…``), closed by the sentence end or by a clause that ends otherwise than the
  items all do (``…，以硬仗硬作风推动…``; ``…，做好D`` may be an item and leaves it unchecked); ``一要…二要``
  series; nouns counted with 个 and then named by ordinal (``三个阶段：第一阶段…，第二阶段…``); table rows
  flattened onto a caption's line with ；(``（计8项） 序号 项目 …；1 …；2 …``); members named group by group
  after 其中 (``共9个，其中：工业项目有A、B；民生项目有C、D``, or ``A、B为国家级，C为省级``: the labels are of the
  counted kind or close each group; a count more than two above the names stays unchecked);
- where the count stands: a predicate holding 、 before the colon (``以下7个项目实现当年签约、当年开工：``,
  never one holding a second count), a year in it (``以下5家企业为2024年度…：``), a clause announcing the list
  after the count's own (``共有5个项目符合条件，现予以公示：``); a sentence closed by its counted noun, the next
  opening an inline series (``全年完成两项改革。一是…``; not after a list the count may close); ``以上/上述 N项``
  counting the inline series of the sentences before (not when the enumeration went on: 此外, 还有), or the
  numbered lines right above the line it opens (``1.…⏎2.…⏎3.…⏎以上4家企业须…``); the counted noun repeated
  later as the label of its list (``共表彰先进集体6个、先进个人4名。先进集体：A、B…；先进个人：…``; a label after
  其中 names a subset and is not read); members
  attached below the text (``8家（名单附后）`` … ``附：…名单`` ⏎ numbered lines); counts typeset with spaces
  (``共 7 个部门``);
- lists before the count: ``A、B、C、D等企业共3家`` (names, 等, their category: only a count below the names is
  wrong, and only when the count's noun is that category or the count closes it); a run of four or more short
  names totalled by 共 one off (``民政、人社、…残联共8个部门``); a 大 set after a dash whatever the heads of its
  names (``两大主导产业——新能源电池、智能装备、生物医药``); two full names of facilities in brackets
  (``国家级平台3个（…工程研究中心、…工作站）``).

Kinds added for issue 7 (countspath), by layout and notation (cases in ``tests/rule_cases/DC203.yml``):
- a count in an outline heading, its items the sub-headings right below of a lower level
  (``三、抓好四项重点工作⏎（一）…⏎（二）…⏎（三）…``, ``（二）推进五项改革⏎1.…⏎2.…``); headings of the heading's own
  style are siblings, not items (``（一）完成三项改革⏎（二）…``), and a year is no count (``一、2024年主要工作``);
- a quoted set name explained by an exhaustive opener, not only by a colon (``“六大专项行动”，即A、B、C、D、E``,
  ``“四项行动”，分别是…``); a quotation inside a longer phrase (``“三大工程”建设年活动，即…``) stays unchecked;
- names of one kind with different endings joined by 和 in the last item are two items (``东风村、新华村、
  红旗村和太平社区``: 村/社区; 公司/集团; 大学/学院; 医院/卫生院; 项目/工程: ``[counts] name_kind_endings``);
- 上述/前述 after a few words opening the sentence (``通过上述两方面举措``) still point back at the series before;
  以上 after words is a bound (``在亿元以上两个项目带动下``), never a back reference.
Kinds added by pathG: a bracketed alias after the counted noun is read through before the list's own opener,
predicate or not (``七个乡镇（街道）被评为…，分别是：A、B…``); a first item longer than the others is one item when
every item closes on the same two characters (``年产20万套…项目、…项目、…项目``: a name opened by its
specification), while ``建立覆盖省、州、县、乡`` stays unchecked.
Kinds added by pathGC: two plain names in brackets after a count of organisations (``企业3家（华晟精密、联创电子）``;
``[counts] organisation_classifiers``), never aliases (``（含新建、升规）``); places whose kind is written once, on the
last name, after 分别位于/分别设在 (``分别位于城关、河西、东岗、西苑社区``); clauses after a colon, each naming its
subjects before a predicate word (``4家上市企业：A在深交所上市，B、C在北交所上市`` counts A、B、C;
``[counts] subject_predicate_openers``); one subject at two exchanges (``A在深交所、港交所上市``) stays one.
Not recognised (deliberately): a count in a heading whose sub-headings are not on the next line; name lines
whose first item shares the colon's line (``建成3个示范基地：东湖基地⏎西岭基地⏎…``).

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
