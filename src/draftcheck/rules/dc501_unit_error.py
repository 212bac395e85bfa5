"""A doubled or malformed unit, a unit that does not fit its neighbours or its indicator, a number that lost its %.

## What it does
Flags units that cannot be right as written:

- a doubled unit or sign after a number: ``7044.76万元元``, ``3.2亿元元``, ``500万万元``, ``6.1%%``, and a
  measure unit whose last character is doubled: ``26.4万平方米米``, ``3200亩亩``, ``3860万吨吨`` (not ``5万吨吨位``,
  ``3200亩亩均``, ``50公里里程``: the unit, then a word starting with the same character)
  (not ``3200万元元器件``: a unit followed by a word that starts with 元, such as 元器件, 元旦, 元素);
- magnitudes stacked in the wrong order: ``5.6亿万元`` (``万亿元`` and ``千万元`` are correct);
- a per cent sign before 个百分点: ``提高0.6%个百分点`` (points, not per cent);
- ``方米`` with its ``平`` or ``立`` lost: ``面积方米`` (平方米);
- a letter unit written backwards where the right one is used nearby: ``1500wm`` beside ``mw``
  (``kv``/``vk``, ``kwh``/``hwk``);
- a share or rate whose ``%`` was lost: ``已完成工程总量的90，``, ``完成年度任务的85。``,
  ``同比增长12.5，``;
- an indicator written in a unit of a dimension the published corpus never gives it
  (``lexicon/indicator_units.tsv``, mined by ``scripts/build_lexicons.py``): ``占地面积3万元`` (an area
  in money), ``入驻企业5亿元`` (a count of firms in money), ``工业产值12万平方米``, ``道路长度3.5万吨``. Only
  where the indicator governs the figure directly, at most with a linking word (达到, 为, 约, 共 ...);
  only measure units (money, area, mass, length, volume, energy, power), and only indicators the
  corpus writes before a figure at least 4 times, 90% of them in one dimension;
- figures damaged by OCR or PDF extraction: a decimal point read as a space (``国内生产总值5 9亿元``,
  ``占全年任务的108 3%``), a full stop read as the letter o after a per cent sign (``90%o铝基二路``),
  and the second of two coordinated figures whose unit became a stray character (``69%和78.47虬``:
  a character no decimal number is followed by in the corpus).

Deliberately not flagged: counts in the wrong measure word (``造林面积12个村``: 个 and 项 follow almost
any noun); lists where another noun intervenes (``面积、产值3万平方米、2亿元``, ``分别为``); a series
whose indicator is written once and then left unsaid (``国有控股企业利润2139亿元，股份制企业5616亿元``);
money for a class of firms (``税收超亿元企业12家``, ``为企业减税降费3.2亿元``); money after a project or
works (``工业项目2.1亿元``, ``一期工程0.5亿元``: counted and valued alike); thousands groups
(``12 345万元``) and a space before a unit (``2850 万元``).

Fixes: a doubled unit or sign has a safe fix (``lint --fix`` removes the repetition); the others carry
an unsafe fix (the suggested unit), applied only by a person.

Also (issue 7): indicators the mined table lacks are judged by their head noun: a rate or share (增速, 增幅,
比重, 占比, …率 but not 功率, 频率, 效率, 汇率, 利率, 税率, 费率) in a measure unit (``增速达到8.5亿元``), and a road,
pipe or channel (道路, 公路, 管网, 管线, 河道 …) in mass, energy, power or 平方公里 (``园区道路12.6吨``; length, paved
平方米 and money are fine). In the mined table, counts in 家 and in 个 are one kind for the 90% test. A rate
(…率, after 达到/为/保持在 …) whose figure lost its % (``调解成功率达到98.6。``); not ratios written without one
(容积率, 周转率, 汇率, 倍率, 比率, 功率, 频率) nor rates per thousand or ten thousand people (``千人口献血率11.4``).
A unit in words followed by its own symbol (``32.4万平方米㎡``, ``5公里km``): doubled, safe fix. More head nouns of
a known kind: a length (全长, 总长, 里程) only in length units, people employed (吸纳就业, 从业人员) in no measure unit
but money, energy consumed (能源消费量, 综合能耗, 用电量) never in power, area or length, a treatment or supply capacity
(日处理能力) never in power, energy, area or length, and 投入强度 as a rate (``研发投入强度达到3.1亿元``).

Also (fourth round): a count of people or firms after an indicator the mined table knows in a measure (``旅游收入126.8万人次``:
收入 is written 232 times in money, never in people); new jobs in money (``新增就业1.26万元``); natural gas in electricity
or power (``天然气供应量3.2亿千瓦时``); precipitation in a volume (``降水量1280毫升``); a rate or share as a level in
percentage points (``森林覆盖率达到45.3个百分点``; ``提高2个百分点`` is a change and fine); the change of an intensity in a
measure unit (``单位地区生产总值能耗下降3.2吨``). Orders of magnitude, from ``lexicon/indicator_magnitudes.tsv`` (mined by
``scripts/build_lexicons.py``: for each indicator phrase and dimension the smallest and largest figure the corpus gives it,
figures per head filed apart as 人均收入 …): a figure more than 1,000 times above that range (``人均可支配收入48620亿元``),
or a figure per head 1,000 times below it; a total below the range is not flagged (a township's 工业增加值1619万元 is
small, not wrong). A figure per head or per mu the corpus gives too few of, in a unit no such figure reaches
(``人均住房建筑面积38.6平方公里``, ``每千人口床位6.8万张``, ``亩产620吨``); not 户均 (per firm it may be 亿元) nor a
programme's area after 单产 (``单产提升示范区1000万亩``). Not recognised: a total of the right dimension but the wrong
magnitude for the place (``地区生产总值385.6万元`` of a county), and units outside ``units.toml`` (``毫克/立方米``).
A bare word of a total (总额, 总量, 合计 …) whose figure names what it totals after its unit (``征收总额388亿斤细粮``)
is not judged by what 总额 usually counts.

Also (fifth round): a unit's symbol followed by its word (``12.6km公里``, ``1.2万㎡平方米``, ``560kw千瓦``: doubled, safe fix);
人次 and 个百分点 with their last character doubled (``2.3万人次次``, ``2.1个百分点点``; not 人次 then 次数); floor space of buildings
(建筑面积, 竣工面积, 销售面积, 厂房, 商品住宅, 安置房 …) in the units of land (亩, 公顷, 平方公里), unless the indicator names the land
(占地, 用地, 规划面积); a share (比例, 比重, 占比, …率 but not 周转率) whose figure is in days, hours or months (``优良天数比例
达到88.6天``); PM2.5, PM10, ozone, SO2 or NO2 at 1 毫克/立方米 or more (micrograms are meant; not 一氧化碳, nor 0.035毫克/立方米);
the one figure of a list of three or more whose unit is the other of power/energy or area/volume (``300千瓦、260千瓦、280kwh``;
not two figures of two indicators); a share of a work quantity without its % (``总工程量的85，``). Still not recognised: a total
of the right unit but the wrong magnitude for the place (``地区生产总值385.6万元`` of a county).

Also (seventh round): a figure per unit that its indicator names (亩均, 每亩, 亩产, 单产, 人均, 户均, 地均, 单位GDP, 万元GDP …:
``lexicon/indicators.toml`` ``[per_unit]``) in a compound unit per something else (``亩均税收达到32.6万元/平方米``,
``人均可支配收入2.36万元/户``, ``单位GDP能耗0.42吨标准煤/亩``); the indicator is looked for in the figure's clause. A money figure out of
order with a related figure of the same paragraph (``[[orders]]``: a GDP is larger than its budget revenue, tax revenue and any
value added; 营业收入 larger than 利润总额; 工业总产值 larger than 工业增加值): ``地区生产总值268.4万元`` beside
``一般公共预算收入15.3亿元``; of the two, the one farther from the range the corpus gives its indicator is flagged (the larger
one when neither has a range); figures per head, changes (增加, 下降 …) and 其中 parts are not compared. A GDP named for a
county, city or province (全县, 我市, 全省 …) below 1亿元 (``[floors]``); not a town's or a park's. Not recognised: orders that
fail in some places (固定资产投资 or 一般公共预算支出 above GDP), a total of the right order but the wrong size with nothing to
compare it with.

Also (termunit round, issue 7): a part of a whole written in another unit of the same measure, told by the arithmetic:
the figures of the whole's dimension after it in its sentence, past 其中, 分别为, 包括, 含, a bracket or a colon, add up to it
only when the part whose unit no other part shares is read in the whole's unit or another part's (全长3.6公里，其中主线高架
2800米、匝道800公里: 800米; 总装机27.3兆瓦，分别为12.5兆瓦、8.6千瓦、6.2兆瓦: 8.6兆瓦). Not flagged: parts that add up as
written in two units (1.2公里、800米 of 2公里), parts that add up in no unit (DC201's), approximate figures. Not recognised: a
part in the same wrong unit as another part, or in a unit no figure of the breakdown uses (支管4200公里 beside 主管8.4公里 of
12.6公里: 米 is written nowhere).

Also (wordingdates round, issue 7): figures written with spaces around them (``占地面积 4.2 万元``, ``任务的 92，``,
``收入 38620万元``: PDF extraction), read by every check above on the text with those spaces taken out and reported where
they stand (no fix); any power unit among energy units in a list (``2.4兆瓦、1.8兆瓦和1600千瓦时``); the last part of a breakdown
in the measure writers confuse with the whole's (energy for power, volume for area) when, read in the whole's unit, it
closes the arithmetic the other parts alone do not, and its label is of the other parts' kind (``总装机容量15万千瓦，其中一期
8万千瓦…，二期7万千瓦时``; not ``…，配套蓄水池容积4万立方米``); the one part in a unit no other part uses that is larger than its
whole while, read in the others' unit, the parts make up 90% of it or more (``播种面积86.4万亩，其中…玉米38.5万公顷``); two
figures of one sentence after indicator words ending alike (four characters or more) in one unit, numbers within 30 times of
each other, magnitudes 300 times or more apart (``城市低保月人均救助水平726元，农村低保月人均救助水平578万元``; not a total beside
a figure per head: ``地区生产总值3万亿元…人均地区生产总值1万美元``). The mined table counts a dimension as written for an indicator
only when the corpus gives it twice or more (``MIN_SEEN_TIMES``), and projects or works measured in any measure are their
size (``“久供未建”项目907万平方米``). Not recognised: a part smaller than its whole in a wrong unit with no arithmetic to
show it, two parallel figures whose indicator words differ (``工资性收入`` under ``人均可支配收入``), and a magnitude slip of
a lone figure inside the range its indicator has in the corpus.

Also (unitX round, issue 7): the kind of quantity an indicator's head noun names is data (``lexicon/indicators.toml``
``[[unit_kinds]]``), read where the mined table does not know the indicator: a count (企业数, 户数, 人数, 人口, 门急诊量) in any
measure (``园区企业数达到326亿元``), money named as money (资金, 金额, 投资额, 税收, 产值) in another measure or in people or
firms, energy consumed or generated (用电量, 发电量, 工业用电) in power, a duration (时长, 工期, 时限) in a measure, water (用水量,
供水量) in electricity, an output (产量, 吞吐量) in money or power, an area (面积, 占地) in another measure or in people. The
indicator is read past a modal or a level verb between it and its figure (``年发电量可达``, ``预计``, ``降至``, ``压缩至``,
``分别为``; not where 分别/均 follows two names: ``面积和产值分别为``). A series of figures one after another (joined by 、 ，
和 及 与, each after at most a short label): the one item in another unit of the others' measure about a hundred times off
whose number is of the others' size (``分别新建通组道路4.0公里、4.7公里、6.7米``; not ``1.2公里、800米``, nor a property of
another name, ``长3.2公里、2.6公里，宽24米``, nor a whole and its parts), and the item in another measure where the indicator of
the first item, carried over to an item with a parallel label and no indicator of its own, is never written in it
(``一期建筑面积12万平方米，二期8万元``, ``占地面积分别为86亩、64亩和120万元``; not ``二期总投资8亿元``). Three or more items in one unit,
close together but for one a hundred times or more larger, which read with another magnitude (万 for 亿) or a smaller unit of
its measure falls among them (``分别投资3.2亿元、4.6亿元和5800亿元``, ``2.4兆瓦、1.8兆瓦和1600兆瓦``; not a small item among
large ones, ``434万亩、185万亩和1.7万亩``, nor items spread over more than ten times, ``6500亿元、120亿元和8.5亿元``). A unit followed by a longer unit
that begins with it (``4.3万人人次``). A part of a breakdown in Latin letters (``42kw`` among 兆瓦: read as 千瓦 for the
arithmetic). An area per head in per cent (``人均公园绿地面积14.2%``; not 面积占比, 面积增长, nor ``调整面积达28%``, a share meant). The
change of an amount in percentage points (``规上工业增加值同比增长8.2个百分点``; not a rate, a share, a gap ``快于…1.2个百分点``, nor
a contribution ``拉动国内生产总值增长2.2个百分点``). A figure per head whose head
noun merely contains a place word (``人均公园绿地面积15.2平方公里``: 园 no longer stops the per-head check; only a place or a
programme as the head does, ``单产提升示范区``). Not recognised: a product that fails (亩产 × 面积 ≠ 总产量 by 1,000: 粮食总产量
33.4万公斤), a part smaller than its whole in a wrong unit with no arithmetic, a list whose items all carry labels of
different kinds.

Also (lead, seventh session): not flagged, a change written without % after a score or an index given as a bare
figure (``综合得分86.7，较上年提高2.3``: the change is in the score's own points).

Also (unitW round, issue 7): a rate or share as a level in points after any verb that sets a level (``失业率控制在3.5个百分点
以内``, 维持在, 降至, 提高到; not ``比上年提高1.2个百分点``, a change, nor ``高于全省1.1个百分点``, a gap); the share of a work done
that lost its % after 完成 or 进度达到 (``主体工程已完成85，``; not ``完成12个``, ``完成3、4号楼``); a counting unit written twice
where its clause ends (``12.4万人人，``, ``1260户户；``; not ``5万人人均增收``, ``户户通``); a mega unit in a small m where the text
writes the same unit with M after other figures (``150mw`` beside ``320MW``; not a text that writes mw throughout); the
extreme member of a set (最高的, 最多的, 最低的, 最高达 …) 5,000 times or more off every other figure of its unit in its sentence
while its number is of their size (``均超过50万元，其中收入最高的桃源村达到86.5亿元``; not ``营收均超过2000万元，最高的达到12.6亿元``,
nor 最低工资标准, 最大限度); floor space or urban green space (``[[unit_kinds]]`` with ``highest``) above 10万平方公里
(``新增绿地面积18.6万平方公里``; not 森林面积, 国土面积); an indicator the corpus writes in several measures (产量 in 吨, 个,
立方米) in a measure its head noun rules out (``茶叶产量3200万元``); a count of firms in money after an earlier count of the same
firms (``企业数量达到216个，其中新增规上企业23亿元``: an indicator is taken as left unsaid only when the earlier figure is of the
later one's measure, ``企业利润2139亿元，股份制企业5616亿元``); the one part of a breakdown whose magnitude no other part shares,
the parts adding up to the whole only with another part's or the whole's (``总投资5.6亿元，其中一期3.2亿元、二期2.4万元``; not
after a total figures per head or a threshold, ``突破2万元、达到20793元``); the change of a share (比重, 占比, 城镇化率) in per cent
(``比重提高3.2%``: points; not ``比重提高到52.6%``, a level, nor ``利用率提高10%``); a cell of a table pasted as text in another
measure than its row label's bracketed unit (``规上工业企业（家） 126 8.6亿元``; 家 beside 个 are counts alike); a price per
square metre above 100万元 or an amount per person above 1亿元 (``均价1.2亿元/平方米``, ``投资强度350万元/平方米``); a plot ratio
in per cent (``容积率不低于1.2%``). Not recognised: a price written with 每平方米 in words (``8600万元每平方米``), a column
header's unit (the unit in a table's first row), and a lone figure of the right measure whose magnitude is wrong with
nothing in its sentence to compare it with.

## Why is this bad?
The figure may be right, but the reader cannot be sure of its unit; a lost ``%`` turns a share
into a bare number, and a doubled unit shows the sentence was edited carelessly.

## Example
```text
完成主营业务收入6853.5万元，与去年同期7044.76万元元相比减少191.26万元；桥梁工程已完成工程总量的90，铺设人行道面积方米，新建厂房占地面积3万元。
```
Flagged: ``7044.76万元元``, ``工程总量的90``, ``面积方米``, ``面积3万元``.

## Use instead
```text
完成主营业务收入6853.5万元，与去年同期7044.76万元相比减少191.26万元；桥梁工程已完成工程总量的90%，铺设人行道面积3200平方米，新建厂房占地面积3万平方米。
```
"""

from __future__ import annotations

import itertools
import math
from decimal import Decimal
import re
from bisect import bisect_right
from collections.abc import Iterator

from draftcheck.finding import Finding, Severity
from functools import lru_cache
from dataclasses import replace

from draftcheck.lexicon import (
    decimal_followers,
    elided_indicator,
    governing_run,
    indicator_magnitudes,
    indicator_units,
    magnitude_key,
    unit_dimension,
    unit_dimensions,
    unit_scale,
    unit_scales,
)
from draftcheck.lexicon.words import words
from draftcheck.lexicon.indicators import indicator_orders, per_unit_denominators, place_floor, unit_kinds
from draftcheck.numbers.formatting import plain
from draftcheck.numbers.quantity import BASE_UNITS, MAGNITUDES, Kind, document_quantities
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.figure_spaces import has_figure_spaces, squeeze_figure_spaces
from draftcheck.text.line_cells import cells_of_line
from draftcheck.text.windowed_scan import anchor_positions, finditer_in_windows, finditer_located

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Words that start with 元 and may follow a money unit: 3200万元元器件 is 3200万元 + 元器件.
_YUAN_WORD_AFTER = r"(?![器件旦宵素年首老气宇数代帅月])"
# A number followed by a doubled money unit or sign.
_DOUBLED = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<unit>(?:万亿|亿|万|千)?(?:元|美元)(?P<extra>元){_YUAN_WORD_AFTER}"
    r"|(?P<magnitude>万|亿)(?P=magnitude)(?:元|美元)?|%(?P<sign>%+))"
)
# A measure unit whose last character is written twice after a number: 26.4万平方米米, 3200亩亩,
# 3860万吨吨, 12公里里. Not where the second character starts a word of its own: 5万吨吨位, 3200亩亩均,
# 50公里里程, 20米米粒.
_DOUBLED_MEASURES = "(?:平方|立方)?米|平方公里|公里|亩|公顷|吨|千克|公斤|千瓦时|千瓦|人次|户次|个百分点"
_DOUBLED_AGAIN = "[米里亩顷吨克斤时瓦次点]"
_DOUBLED_MEASURE = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<unit>(?:万|千|亿)?(?P<measure>{_DOUBLED_MEASURES})(?P<again>{_DOUBLED_AGAIN}))"
)
# A counting unit written twice right before the clause ends: 签约服务重点人群12.4万人人，(not 5万人人均收入: the unit, then a
# word; not 户户通, 家家户户: no figure before them). Led by the doubled character, the figure matched backwards.
_DOUBLED_COUNT = re.compile(r"([人户家个项件台辆座所名位套处场批])\1(?=[，,。；;、：:）)]|$)", re.MULTILINE)
_COUNT_FIGURE_BEFORE = re.compile(rf"(?<![\d.,])(?P<number>{_NUMBER})\s*(?:万|千|亿)?$")
# What a finding of _DOUBLED / _DOUBLED_MEASURE cannot do without: a doubled 元, magnitude or %, or a measure
# unit's last character written twice. Texts without one skip those patterns (led by a digit, they are tried
# at every figure); a class-led pattern is scanned quickly.
_DOUBLED_SIGNS = ("元元", "万万", "亿亿", "%%")
# (one search for any of them, led by the class of their first characters, instead of a pass over the text per word:
# these gates and those below mostly find nothing, so every pass ran to the text's end)
_ANY_DOUBLED_SIGN = re.compile("|".join(map(re.escape, _DOUBLED_SIGNS)))
# A unit written in words and again as its symbol: 32.4万平方米㎡, 5公里km, 3万立方米m³ (an edit that added one
# without deleting the other). Led by the unit's last character and gated by _SYMBOL_AFTER_UNIT.
_UNIT_AND_SYMBOL = re.compile(
    r"(?P<unit>(?:平方米|平米)(?P<area>㎡|[mM][2²](?![\w])|平米)|立方米(?P<volume>㎥|[mM][3³](?![\w]))|平方公里(?P<sqkm>㎢|[kK][mM][2²](?![\w]))"
    r"|公里(?P<km>㎞|[kK][mM](?![\w²2]))|(?:千克|公斤)(?P<kg>㎏|[kK][gG](?![\w]))|千瓦时(?P<kwh>[kK][wW][hH](?![\w]))"
    r"|千瓦(?P<kw>[kK][wW](?![\w])))"
)
# The symbols _UNIT_AND_SYMBOL and _SYMBOL_AND_UNIT read (on the lower-cased text): a text holding none skips both.
_UNIT_SYMBOLS = ("㎡", "m2", "m²", "平米", "㎥", "m3", "m³", "㎢", "km", "㎞", "kg", "㎏", "kw", "mw")
_ANY_UNIT_SYMBOL = re.compile("|".join(map(re.escape, _UNIT_SYMBOLS)))  # (one search: see _ANY_DOUBLED_SIGN)


@lru_cache(maxsize=2)
def _lowered(folded: str) -> str:
    """The folded text in lower case, computed once for the checks that read letter units (a str caches its hash)."""
    return folded.lower()


@lru_cache(maxsize=2)
def _has_unit_symbol(folded: str) -> bool:
    """Whether the text writes a unit's symbol (㎡, m2, km …): two checks ask, each of the same text."""
    lowered = _lowered(folded)
    return _ANY_UNIT_SYMBOL.search(lowered) is not None


_SYMBOL_AFTER_UNIT = re.compile(r"[米里克斤时瓦][㎡㎥㎢㎞㎏a-zA-Z]")
_DOUBLED_MEASURE_END = re.compile(r"([米里亩顷吨克斤时瓦次点])\1")
# How far before its doubled character a _DOUBLED_MEASURE match may start: a number (24 characters is far more than any
# figure), a space, a magnitude and the unit (平方公里: 4).
_DOUBLED_MEASURE_REACH = 40
_WORD_AFTER_DOUBLED = {"吨": "位", "亩": "均产", "里": "程", "米": "粒面线饭酒粉价", "瓦": "特", "时": "间期代", "次": "数序", "点": "评击"}
# The symbol of a unit followed by the unit in words (5km公里, 280kw千瓦, 3.2㎡平方米): one of them is to go.
_SYMBOL_AND_UNIT = re.compile(
    rf"(?P<number>{_NUMBER})\s*(?P<unit>(?:万|千|亿)?(?:(?:㎞|km)(?:公里|千米)|(?:㎡|m2|m²)平方米|(?:㎥|m3|m³)立方米|(?:㎢|km2|km²)平方公里"
    r"|(?:㎏|kg)(?:公斤|千克)|kwh千瓦时|kw千瓦(?!时)|mw兆瓦)(?![\w]))",
    re.IGNORECASE,
)
_SYMBOL_BEFORE_UNIT = re.compile(r"[a-zA-Z㎡㎥㎢㎞㎏²³](?:公里|千米|平方|立方|公斤|千克|千瓦|兆瓦)")
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
# Its lead words, kept once for the pattern and for the locator below (which must know every first word):
_SHARE_BASES = ("总量", "任务", "计划", "目标", "比重", "总数", "总额", "进度", "进度达到", "进度达", "进度为", "比例", "占比")  # + 的?
_SHARE_CHANGE_BASES = ("同比", "比上年", "比去年", "比上年同期")  # optional, before a change word
_SHARE_CHANGES = ("增长", "下降", "提高", "降低", "上涨", "下跌")
_SHARE_PACES = ("增幅", "降幅", "增速")  # + 为|达?
_SHARE_LEAD_WORDS = (*_SHARE_BASES, "量的", *_SHARE_CHANGE_BASES, *_SHARE_CHANGES, *_SHARE_PACES)
_SHARE_WITHOUT_PERCENT = re.compile(
    "(?=[" + "".join(sorted({word[0] for word in _SHARE_LEAD_WORDS})) + "])"
    rf"(?P<lead>(?:{'|'.join(_SHARE_BASES)})的?|量的|(?:{'|'.join(_SHARE_CHANGE_BASES)})?(?:{'|'.join(_SHARE_CHANGES)})"
    rf"|(?:{'|'.join(_SHARE_PACES)})(?:为|达)?)"
    rf"(?P<number>{_NUMBER})(?=[，,。；;]|、(?!\d)|$)",
    re.MULTILINE,
)
# 完成 + a bare figure closing its clause is a share of the work done: 主体工程已完成85， (a literal-led pattern of its own:
# 完成 is too frequent a word to be one more lead word of the located scan above)
_WORK_DONE_WITHOUT_PERCENT = re.compile(rf"(?P<lead>完成)(?P<number>{_NUMBER})(?=[，,。；;]|、(?!\d)|$)", re.MULTILINE)
# Where a _SHARE_WITHOUT_PERCENT match may start: its lead words, which the regex engine skips to (its leading
# lookahead is tried at every position; text/windowed_scan.finditer_located, the same matches).
_SHARE_LEAD = re.compile("|".join(_SHARE_LEAD_WORDS))
# A rate (成功率, 办结率, 覆盖率) whose figure lost its %: 调解成功率达到98.6。 Not the ratios written without
# one (容积率2.5, 周转率3.1次, 汇率7.1, 比率1.2, 功率, 频率, 倍率) nor the per-mille rates of population
# (出生率, 死亡率, 自然增长率).
_RATE_WITHOUT_PERCENT = re.compile(
    r"率(?<![积频汇倍比转生亡]率)(?<![^成]功率)(?<!自然增长率)(?P<linker>达到|达|为|提高到|提升到|提高至|提升至|保持在|稳定在|超过|高达|约为|已达)?"
    rf"(?P<number>{_NUMBER})(?=[，,。；;]|、(?!\d)|$)",
    re.MULTILINE,
)
# The clause before a change naming a score or an index and ending on its bare figure (综合得分86.7，): the change is
# in that measure's own points (a document that lost every % sign, 占…的59.5，增长25.6, is not read here)
_BARE_VALUE_BEFORE = re.compile(
    r"(?:得分|评分|分值|总分|指数|积分)(?:为|达到?|是)?\d+(?:\.\d+)?[，,]\s*(?:较上年|比上年|较去年|比去年|较上期|比上期|同比|环比)?\s*$"
)
# A rate per thousand or ten thousand people (千人口献血率11.4, 每万人发明专利拥有量): written without a sign.
_PER_POPULATION = re.compile(r"千人|万人|每千|每万|十万")
# Letter units after a number (on lower-cased, width-folded text).
_LETTER_UNIT = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<unit>[a-z]{{2,3}})(?![a-z])")
# Damage done to figures by OCR or PDF extraction: a decimal point read as a space (5 9亿元, 108 3%),
# a full stop read as the letter o after a per cent sign (完成总工程量的90%o铝基二路). One or two digits
# after the space: three are a thousands group (12 345万元).
_SPACE_FOR_POINT = re.compile(
    r" (?<=\d )(?P<fraction>\d{1,2})(?P<unit>(?:万亿|亿|万|千)?(?:元|美元|%|吨|亩|平方米|平方公里|公里|千瓦时|个百分点))"
)
_WHOLE_BEFORE = re.compile(r"(?<![\d.,])\d{1,4}$")
_PERCENT_O = re.compile(r"%(?<=\d%)(?P<letter>[oO])(?![a-zA-Z])")
_FIGURE_BEFORE = re.compile(r"\d+(?:\.\d+)?$")

# The second of two coordinated figures whose unit became a stray character: 分别占园区比重为69%和78.47虬.
# (Led by a lookahead naming the conjunction, so the engine skips other positions quickly; the first
# figure is matched backwards by _SIBLING_BEFORE.)
_GARBLED_SIBLING = re.compile(r"[和、及与](?P<number>\d+\.\d+)(?P<stray>[\u4e00-\u9fff])")
_SIBLING_BEFORE = re.compile(r"(?P<first>\d+(?:\.\d+)?)(?P<unit>%|‰|(?:万亿|亿|万)?元|(?:万)?吨|(?:万)?平方米|亩)$")
# Characters that may follow a figure besides the corpus's own (decimal_followers.tsv): the first
# character of every unit and magnitude, and the words of approximation.
_FIGURE_FOLLOWERS = frozenset(u[0] for u in BASE_UNITS) | frozenset(m[0] for m in MAGNITUDES) | frozenset("左以多余上内至到")

# Dimensions that measure an amount of something; an indicator written in one it never has is wrong.
# Counts (个, 家, 人) are left out: 个 and 项 follow almost any noun.
MEASURE_DIMENSIONS = frozenset({"money", "area", "mass", "length", "volume", "energy", "power"})
DIMENSION_NAMES = {
    "money": "金额", "area": "面积", "mass": "重量", "length": "长度", "volume": "体积", "energy": "能耗或电量",
    "power": "功率", "firms": "企业户数", "items": "个数", "people": "人数", "containers": "集装箱量",
}
# An indicator phrase counts when the corpus writes it before a figure this often, this much of the
# time in one dimension.
MIN_INDICATOR_SUPPORT = 4
# Things a report both counts and measures: a figure in money after them is their investment, in area or length their
# size (处置“久供未建”项目907万平方米), not a unit slip.
_VALUED_THINGS = ("项目", "工程")
# Words of a total that say nothing of what is totalled, and a noun right after a figure's unit naming it.
_AGGREGATE_WORDS = frozenset({"总额", "总量", "总数", "数额", "合计", "总计", "共计"})
_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff](?<![的和与及以等左余多])")
MIN_MAIN_SHARE = 0.9
# A dimension counts as one an indicator is written in when the corpus gives it that dimension this often: once is an
# accident of the corpus (a 总额 of grain in 斤, a 产量 once in 千瓦), not a use, so 贷款总额3.5万吨 is still flagged.
MIN_SEEN_TIMES = 2
# Count dimensions are one kind for the share test: 企业 is written with 家 and with 个 (工业企业19家, 3个).
_DIMENSION_KIND = {"firms": "count", "items": "count"}
# Head nouns whose dimension is known from the kind of thing they name, for indicators the corpus does not
# write before a figure often enough to be mined (城市道路, 园区道路, 增加值增速): the measure dimensions
# a figure after them may have, and the magnitudes of area they may not (a road is paved in 平方米, never
# in 平方公里). Money after a road or a pipe network is its investment (新建道路3亿元): allowed.
_LINEAR_WORKS = re.compile(r"(?:道路|公路|铁路|绿道|干道|支路|管网|管道|管线|线路|河道|岸线|堤防|航道|轨道)$")
_LINEAR_DIMENSIONS = frozenset({"length", "area", "money"})
_LINEAR_AREA_UNITS = frozenset({"平方米", "平米", "㎡"})
# More head nouns whose kind of quantity is known (lexicon/indicators.toml ``[[unit_kinds]]``): a length (全长, 里程) only in
# length, people employed or counted (吸纳就业, 企业数, 人口) in no measure unit, energy consumed or generated (用电量, 发电量)
# never in power, area or length, money named as money (资金, 金额, 税收) only in money, a duration (时长, 工期) in no
# measure unit. The longest ending of an indicator that the table names decides.


@lru_cache(maxsize=1)
def _unit_kind_heads() -> tuple[re.Pattern[str], dict]:
    """One pattern for every head noun of ``[[unit_kinds]]`` ending a run (longest first), and each head's kind."""
    kinds: dict = {}
    for kind in unit_kinds():
        for head in kind.heads:
            kinds.setdefault(head, kind)
    return re.compile("(?:" + "|".join(map(re.escape, sorted(kinds, key=lambda name: (-len(name), name)))) + ")$"), kinds


@lru_cache(maxsize=8192)
def _unit_kind(run: str):
    """(head, kind) for the longest head noun of ``[[unit_kinds]]`` that ends ``run``, or None."""
    pattern, kinds = _unit_kind_heads()
    m = pattern.search(run)
    return (m.group(), kinds[m.group()]) if m else None


# Words between an indicator and its linking verb that the mined table's linkers leave on the indicator: 年发电量可达,
# 建筑面积分别为, 产值预计 (a modal or a distributive word, not part of what the figure measures).
_MODAL_TAIL = re.compile(r"(?:预计|预期|有望|力争|可|将|已经|均|分别)+$")
_JOINED_NAMES = re.compile(r"[和及与或]")
# A verb that makes the figure after it the indicator's new level (用水量降至860万立方米, 办理时长压缩至1.5个工作日).
_LEVEL_VERB = re.compile(r"(?:降|下降|降低|压缩|压减|缩短|缩减|减少|减|提高|提升|增加|增长|上升|升|扩大|控制|保持|稳定)(?:至|到|在)$")


def _indicator_run(folded: str, start: int) -> tuple[str, int] | None:
    """The governing run of the figure at ``start`` (lexicon.governing_run) without a modal or distributive word at its end
    (年发电量可达5400万千瓦: 年发电量; 建筑面积分别为: 建筑面积); never shorter than two characters."""
    governing = governing_run(folded, start)
    if governing is None:
        return None
    run, run_end = governing
    cut = _run_cut(run, folded[run_end - len(run) - 1 : run_end - len(run)])
    if cut is None:
        return None  # 面积和产值分别为 / 用地面积、总投资分别为120亩、3.6亿元: each figure has its own indicator
    return (run[: len(run) - cut], run_end - cut) if cut else governing


@lru_cache(maxsize=8192)
def _run_cut(run: str, before: str) -> int | None:
    """How many characters of a level verb, a modal or a distributive word end ``run`` (``before`` is the character before
    it), or None when a distributive word follows joined names (each figure has its own indicator)."""
    cut = 0
    level = _LEVEL_VERB.search(run)
    if level is not None and level.start() >= 2:
        cut = len(level.group())
        run = run[: level.start()]
    tail = _MODAL_TAIL.search(run)
    if tail is None or tail.start() < 2 or run.endswith(("人均", "户均", "亩均", "地均", "平均")):
        return cut
    if ("分别" in tail.group() or "均" in tail.group()) and (_JOINED_NAMES.search(run, 0, tail.start()) or before in ("、", "，", ",")):
        return None
    return cut + len(tail.group())


# A rate or share (增速, 增长率, 比重, 占比, 覆盖率): a percentage, never a measure unit. 功率, 频率 and
# 效率 are not shares; 汇率 and 利率 are left out (written with 元 in quotes of exchange).
_RATE_HEAD = re.compile(r"(?:增速|增幅|降幅|涨幅|比重|占比|比例|投入强度|(?<![功频效汇利税费])率)$")



# Floor space of buildings (建筑面积, 竣工面积, 厂房, 商品住宅): measured in 平方米, never in the units of land (亩, 公顷,
# 平方公里), which only the land under them takes (占地面积, 用地, 宗地).
_FLOOR_SPACE = re.compile(
    r"(?:建筑面积|竣工面积|施工面积|销售面积|住房面积|住宅面积|办公面积|营业面积|使用面积|厂房|标准厂房|商品房|商品住宅|住宅|安置房|保障房|"
    r"保障性住房|公租房|用房|写字楼|楼宇|车间|仓库|仓储面积)$"
)
_LAND_WORDS = re.compile(r"占地|用地|土地|宗地|地块|规划面积|面积达|覆盖")
_LAND_UNITS = frozenset({"亩", "公顷", "平方公里", "平方千米"})
# A share or rate (比例, 比重, 占比, …率) after which a figure in days or hours stands: 优良天数比例达到88.6天. Not 周转率
# (times) nor a count: only units of time.
_SHARE_HEAD = re.compile(r"(?:比例|比重|占比|(?<![功频效汇利税费转])率)$")
_DURATION_FIGURE = re.compile(
    r"(?P<number>\d(?<=[\u4e00-\u9fff]\d)\d*(?:\.\d+)?)(?P<unit>天|小时|个月)(?![\u4e00-\u9fff]*(?:以上|以下|以内))"
)
# The unit every _DURATION_FIGURE match holds, and how far before it the match starts (a Han character and a number).
_DURATION_UNIT = re.compile(r"天|小时|个月")
_DURATION_REACH = 40
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]*")


def _duration_windows(folded: str) -> list[tuple[int, int]]:
    """The windows _DURATION_FIGURE can match in (text/windowed_scan.finditer_in_windows): before each duration unit, and
    after it as far as its lookahead reads (the Han run that follows and the 以上 / 以下 / 以内 that may end it)."""
    return [
        (a.start() - _DURATION_REACH, _HAN_RUN.match(folded, a.end()).end() + 2)
        for a in _DURATION_UNIT.finditer(folded)
        if folded[a.start() - 1 : a.start()].isdigit()
    ]
# A concentration of fine particles, ozone, sulphur or nitrogen dioxide (PM2.5 32微克/立方米) is micrograms per cubic
# metre; written in milligrams the figure is a thousand times too large (一氧化碳, carbon monoxide, is in milligrams).
_AIR_IN_MILLIGRAMS = re.compile(
    r"(?P<head>pm2\.5|pm10|pm₂\.₅|细颗粒物|可吸入颗粒物|臭氧|二氧化硫|二氧化氮)[^，,。；;\d]{0,12}?"
    r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>(?:毫克|mg)/(?:立方米|m3|m³))",
    re.IGNORECASE,
)
# Units of one family that writers confuse: power and energy (千瓦 and 千瓦时), area and volume (平方米 and 立方米).
_CONFUSED_UNITS = (
    # (any power against any energy: 2.4兆瓦、1.8兆瓦和1600千瓦时 is as wrong as 300千瓦、260千瓦、280kwh)
    (frozenset({"千瓦", "kw", "兆瓦", "mw"}), frozenset({"千瓦时", "kwh", "度", "兆瓦时", "mwh"})),
    (frozenset({"平方米", "㎡", "m2", "m²"}), frozenset({"立方米", "㎥", "m3", "m³"})),
)
# The measure each of these is confused with (a part of a breakdown in the other one is re-read in the whole's unit).
_CONFUSED_DIMENSION = {"power": "energy", "energy": "power", "area": "volume", "volume": "area"}
# A list of three figures or more joined by 、 和 及 与 (装机容量分别为300千瓦、260千瓦、280kwh), each with its unit.
_FIGURE_LIST = re.compile(
    r"(?:\d+(?:\.\d+)?(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|kwh|kw|mwh|mw|平方米|立方米|㎡|㎥|m2|m²|m3|m³)[、和及与]){2,}"
    r"\d+(?:\.\d+)?(?:万|亿)?(?:千瓦时|千瓦|兆瓦时|兆瓦|kwh|kw|mwh|mw|平方米|立方米|㎡|㎥|m2|m²|m3|m³)(?![a-z0-9])",
    re.IGNORECASE,
)
# What every _FIGURE_LIST match holds (a unit, a joiner, the next figure's first digit), and how far from it the match may
# reach on either side within one item (a number of up to 24 characters, a magnitude, a unit).
_FIGURE_LIST_ANCHOR = re.compile(r"(?:千瓦时|千瓦|兆瓦时|兆瓦|kwh|kw|mwh|mw|平方米|立方米|㎡|㎥|m2|m²|m3|m³)[、和及与]\d")
_FIGURE_LIST_REACH = 40


def _figure_list_windows(lowered: str) -> list[tuple[int, int]]:
    """The windows _FIGURE_LIST can match in (text/windowed_scan.finditer_in_windows): around each unit, joiner and digit."""
    return [(a.start() - _FIGURE_LIST_REACH, a.end() + _FIGURE_LIST_REACH) for a in _FIGURE_LIST_ANCHOR.finditer(lowered)]


_LISTED_FIGURE = re.compile(r"(?P<number>\d+(?:\.\d+)?(?:万|亿)?)(?P<unit>千瓦时|千瓦|兆瓦时|兆瓦|kwh|kw|mwh|mw|平方米|立方米|㎡|㎥|m2|m²|m3|m³)", re.IGNORECASE)


# Counts of people or firms, judged only after an indicator the mined table knows in a measure (旅游总收入126.8万人次).
COUNTED_DIMENSIONS = frozenset({"people", "firms"})
_JUDGED_DIMENSIONS = MEASURE_DIMENSIONS | COUNTED_DIMENSIONS
# ... when the corpus writes that indicator before a figure this often.
MIN_COUNTED_SUPPORT = 5


@lru_cache(maxsize=1)
def _measured_figure() -> re.Pattern[str]:
    """A figure in a measure unit, or in a count of people or firms, right after a Han character: 面积3万元,
    产值达12.5亿元, 长度3.5万吨, 旅游总收入126.8万人次. Not a per-unit (万元/亩) nor a class boundary (5000万元以上项目, 亿元级)."""
    units = sorted(
        (u for u, d in unit_dimensions().items() if d in MEASURE_DIMENSIONS | COUNTED_DIMENSIONS or unit_scale(u) is not None),
        key=len,
        reverse=True,
    )
    magnitudes = sorted(MAGNITUDES, key=len, reverse=True)
    return re.compile(
        rf"(?P<number>\d(?<=[\u4e00-\u9fff]\d)\d*(?:\.\d+)?)(?P<magnitude>{'|'.join(magnitudes)})?"
        rf"(?P<unit>{'|'.join(map(re.escape, units))})(?!/|以上|以下|及以上|及以下|级|规模)"
    )


# (The governing runs of a document's figures repeat from figure to figure and from report to report: what the
# tables say of a run is looked up once per run, not once per figure.)
@lru_cache(maxsize=8192)
def _supported_phrase(run: str) -> str | None:
    """The longest ending of ``run`` (at least two characters) the corpus writes a figure after often enough
    (``indicator_units.tsv``), or None."""
    table = indicator_units()
    return next(
        (run[i:] for i in range(len(run) - 1) if sum(table.get(run[i:], {}).values()) >= MIN_INDICATOR_SUPPORT),
        None,
    )


@lru_cache(maxsize=8192)
def _magnitude_entry(run: str, dimension: str) -> tuple[str, str, tuple[int, float, float]] | None:
    """(key, phrase, (figures, low, high)) for the longest ending of ``run`` whose figures in ``dimension`` the
    corpus gives often enough (``indicator_magnitudes.tsv``, filed under ``magnitude_key``), or None."""
    table = indicator_magnitudes()
    # (a run naming no word of a figure per head or per unit files every ending under itself, and magnitude_key's search
    # of the words before each ending is skipped: the key of the empty ending is the word the whole run names, or "")
    per_unit = magnitude_key(run, "") != ""
    for i in range(len(run) - 1):
        phrase = run[i:]
        key = magnitude_key(run, phrase) if per_unit else phrase
        entry = table.get((key, dimension))
        if entry is not None and entry[0] >= MIN_MAGNITUDE_FIGURES:
            return key, phrase, entry
    return None


# Where matches of the patterns above may start, led by what the regex engine skips to (the patterns themselves
# are led by a lookahead, by a group of branches or by a repeat, and so tried at every position of the text):
# text/windowed_scan.finditer_located, the same matches.
_BARE_SQUARE_METRE_START = re.compile("方米")
_INTENSITY_HEAD = re.compile("单位|能耗|碳排放|排放|用水")


def _doubled_measure_windows(folded: str) -> list[tuple[int, int]]:
    """The windows _DOUBLED_MEASURE can match in (text/windowed_scan.finditer_in_windows): every match ends on a doubled
    character (米米, 亩亩), its number at most _DOUBLED_MEASURE_REACH characters before."""
    return [(d.start() - _DOUBLED_MEASURE_REACH, d.end()) for d in _DOUBLED_MEASURE_END.finditer(folded)]


# A rate or share as a level (达到, 为, 保持在 …, no change verb) in percentage points: 覆盖率达到45.3个百分点.
_LEVEL_IN_POINTS = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{1,6}(?:(?<![功频效汇利税费增降])率|比重|占比))(?:达到|达|为|是|保持在|稳定在|维持在|控制在|超过|约为?|"
    r"(?:降|下降|降低|回落|提高|提升|上升)(?:至|到))(?P<number>\d+(?:\.\d+)?)个?百分点"
)
# How far before its figure a level in points may start: a head of 1-6 Han characters and 率 / 比重 / 占比 (8),
# a verb (保持在: 3); the windows leave room to spare (text/windowed_scan.py: the matches are the same).
_LEVEL_REACH = 16


def _level_windows(folded: str) -> Iterator[tuple[int, int]]:
    """The windows ``_LEVEL_IN_POINTS`` can match in: each ends with a 百分点, and starts a reach before the
    figure written in front of it (个 and the digits of 45.3 skipped over)."""
    for position in anchor_positions(folded, "百分点"):
        start = position - 1 if folded[position - 1 : position] == "个" else position
        while start > 0 and (folded[start - 1].isdigit() or folded[start - 1] == "."):  # (\d: any decimal digit)
            start -= 1
        yield start - _LEVEL_REACH, position + len("百分点")


# The change of a share (比重, 占比, 城镇化率 …) in per cent: 第三产业比重提高3.2% (a share is a per cent; its change is in
# points). Not 比重提高到38.7% (a level), nor a rate that may change relatively (利用率提高10%).
_SHARE_CHANGE_IN_PERCENT = re.compile(
    r"(?P<head>比重|占比|城镇化率|城市化率)(?:比上年|较上年|同比|比去年|较去年)?(?:分别)?(?:提高|提升|上升|下降|降低|增加|减少|回落)了?"
    r"(?P<number>\d+(?:\.\d+)?)%(?!\s*个?百分点)"
)
_SHARE_CHANGE_HEADS = ("比重", "占比", "化率")
# The change of an amount (增加值, 收入, 投资) in percentage points: 规上工业增加值同比增长8.2个百分点 (an amount grows by a per
# cent; points are the change of a rate). Run around each 百分点 (text/windowed_scan.finditer_in_windows).
_AMOUNT_CHANGE_IN_POINTS = re.compile(
    r"(?P<head>[\u4e00-\u9fff]{2,12}?)(?:同比|比上年同期|比上年|比去年同期|比去年)?(?:分别)?(?:增长|下降|增加|减少)了?"
    r"(?P<number>\d+(?:\.\d+)?)个?百分点"
)
_AMOUNT_CHANGE_REACH = 40
# What names a rate, a share or a comparison of growth in the head of a change in points (增速, 比重, 快于 …): points are right.
# (and a contribution: 最终消费支出拉动国内生产总值增长2.2个百分点 is right)
_RATE_WORDS = re.compile(r"率|增速|增幅|降幅|涨幅|比重|占比|比例|份额|强度|指数|快于|慢于|高于|低于|水平|拉动|带动|贡献|推动|拉升|拉低")


def _points_windows(folded: str) -> Iterator[tuple[int, int]]:
    """Windows ending at each 百分点, reaching back over a head, a base word, a verb and a figure."""
    for position in anchor_positions(folded, "百分点"):
        yield position - _AMOUNT_CHANGE_REACH, position + len("百分点")


# The change of an intensity in a measure unit: 单位地区生产总值能耗下降3.2吨, 碳排放强度降低0.5万吨.
_INTENSITY_CHANGE = re.compile(
    r"(?P<head>单位[\u4e00-\u9fff]{1,10}?(?:能耗|能源消耗|二氧化碳排放|碳排放|用水量|水耗|用地|排放量)|(?:能耗|碳排放|排放|用水)强度)"
    r"(?:累计|分别|同比|比上年)?(?:下降|降低|减少|提高|增长|上升|增加)了?"
    r"(?P<figure>\d+(?:\.\d+)?(?:万|亿)?(?P<unit>吨标准煤|吨标煤|千瓦时|立方米|平方米|公斤|千克|吨|元|亩))"
)
# A figure per head, per household or per mu, and the most any such figure reaches in base units (元, 平方米,
# 公斤, 米, 立方米, one thing): 人均住房建筑面积 is tens of 平方米, 亩产 hundreds of 公斤, 每千人口床位 a few 张.
# (not 户均: per household for residents, but per firm for enterprises, 户均营业收入2.3亿元)
_PER_HEAD = re.compile(r"人均|每千人口?|每万人口?|每人|每亩|亩产|单产")
_PER_HEAD_CAPS = {"money": 1e7, "area": 1e5, "mass": 1e5, "length": 1e5, "volume": 1e5, "items": 1e4, "people": 1e4, "firms": 1e4}
_PER_HEAD_REACH = 10
# (a programme's verbs anywhere after the per word; a place or a programme only as the head: 单产提升示范区, not 人均公园绿地面积)
_NOT_PER_HEAD = re.compile(r"提升|提高|工程|示范|行动|项目|计划|(?:基地|区|田|园|点|村|镇|县|市)$")
_PER_WHAT = {"均": "人", "口": "人", "人": "人", "户": "户", "亩": "亩", "产": "亩"}
# A figure this many orders of magnitude outside the corpus's range for its indicator is a unit slip.
MAGNITUDE_SLACK = 3
MIN_MAGNITUDE_FIGURES = 8
_BASE_UNIT_NAMES = {"money": "元", "area": "平方米", "mass": "公斤", "length": "米", "volume": "立方米", "power": "千瓦"}


class _HeadMatch(str):
    """A head noun found at the end of a run, read like a match (``.group()``)."""

    def group(self) -> str:
        return str(self)


def _plain(value: float, dimension: str) -> str:
    """A base-unit value in words for a message: 5.5亿元, 12万平方米, 800个."""
    unit = _BASE_UNIT_NAMES.get(dimension, "")
    for size, word in ((1e8, "亿"), (1e4, "万")):
        if value >= size:
            return f"{_significant(value / size)}{word}{unit}"
    return f"{_significant(value)}{unit}"


# Two figures after the same indicator words (their governing runs end on this many characters in common) whose
# magnitudes are this far apart while their numbers are of one size: one 万 or 亿 is a slip.
_PARALLEL_LABEL = 4
_PARALLEL_MAGNITUDE_GAP = 300
_PARALLEL_NUMBER_SPREAD = 30
_PER_HEAD_WORD = re.compile(r"人均|户均|每|平均")
# The extreme member of a set (最高的桃源村达到86.5亿元) and how far its magnitude may be from every other figure of the
# paragraph in its unit before a 万 or 亿 is taken to have slipped (a 万/亿 slip makes 10,000 times, numbers of one size).
# (the word then 的 or a verb of value: 最高的青石村, 最高达到; not a term, 最低工资标准, 最大限度, 最多跑一次)
_EXTREME = re.compile(r"(?:最高|最多|最大|最低|最少|最小)(?=的|达|为|是|超过|仅)")
_EXTREME_HIGH = frozenset(("最高", "最多", "最大"))
_EXTREME_GAP = 5000
# A threshold crossed before a figure (突破2万元): a breakdown holding one is no sum.
_THRESHOLD_BEFORE = re.compile(r"突破|超过|跨越|迈上|站上|越过")
# A magnitude as a number -> its word (a part of a breakdown re-read with another magnitude is written with it).
_MAGNITUDE_WORDS = {value: word for word, value in MAGNITUDES.items() if word in ("千", "万", "亿", "万亿")} | {Decimal(1): ""}


def _common_ending(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


# The most parts of a breakdown read after a whole (a list of thousands is no breakdown; reading it from every figure of it
# would be quadratic).
_MOST_PARTS = 60
# A part larger than its whole is re-read in the other parts' unit when the parts then make up this much of the whole.
_MOST_OF_THE_WHOLE = 0.9


def _base(q, unit: str | None = None) -> float:
    """A figure in the base unit of its dimension (``unit``: read in that unit instead of its own)."""
    return float(q.scaled) * unit_scale(unit or q.unit)


def _written_and_number(ctx: CheckContext, q) -> tuple[str, str]:
    """A figure as written (12.5万千瓦) and its number with its magnitude but without its unit (12.5万)."""
    written = ctx.text[q.start : q.end]
    return written, written[: -len(q.unit)] if written.endswith(q.unit) else plain(q.scaled)


def _parallel_label(folded: str, q, parts) -> bool:
    """Whether the words right before figure ``q`` are a label of the kind the parts before it have (二期 after 一期,
    西区 after 东区: the same last character), so that it reads as one more part (not 配套蓄水池容积4万立方米)."""
    governing = governing_run(folded, q.start)
    if governing is None:
        return False
    labels = {run[-1] for run, _ in filter(None, (governing_run(folded, p.start) for p in parts))}
    return governing[0][-1] in labels


def _in_words(value: float) -> str:
    """A count of some unit in words for a message: 577.5万, 3.2亿, 860."""
    for size, word in ((1e8, "亿"), (1e4, "万")):
        if value >= size:
            return f"{_significant(value / size)}{word}"
    return _significant(value)


def _significant(value: float) -> str:
    """Three significant digits written out (2570, 12.6, 0.0312), never in e-notation."""
    if value >= 100:
        return f"{round(value, -int(math.floor(math.log10(value))) + 2):,.0f}"
    return f"{value:.3g}" if value >= 1e-3 else f"{value:.2e}"


_KNOWN_LETTER_UNITS = {"kw", "mw", "gw", "kv", "kva", "mva", "kwh", "mwh", "gwh", "km", "cm", "mm", "kg", "hz", "mpa", "kpa"}
# The reversed letter units that are no unit themselves (wk for kw): a text holding none has no finding of
# _reversed_letter_units, and skips its digit-led pattern.
_REVERSED_LETTER_UNITS = tuple(sorted({unit[::-1] for unit in _KNOWN_LETTER_UNITS} - _KNOWN_LETTER_UNITS))
# (led by the letters, which the regex engine skips to; a figure is looked for right before each: _LETTER_UNIT's own shape)
_REVERSED_LETTERS = re.compile("|".join(sorted(_REVERSED_LETTER_UNITS, key=len, reverse=True)))


# Letter units whose first letter's case is a different prefix (m milli, M mega): 150mw beside 320MW is a slip of the case.
_PREFIX_CASE_UNIT = re.compile(rf"(?P<number>{_NUMBER})\s*(?P<unit>[mM](?:[wW][hH]?|[vV][aA]|[pP][aA]))(?![a-zA-Z])")


def _after_a_figure(lowered: str, start: int, end: int) -> bool:
    """Whether the letters at ``start:end`` stand alone (no letter on either side) right after a figure (spaces between)."""
    if lowered[end : end + 1].isalpha() and lowered[end : end + 1].isascii():
        return False
    before = start
    while before > 0 and lowered[before - 1].isspace():
        before -= 1
    return before > 0 and lowered[before - 1].isdigit() and (before == start or not lowered[start - 1].isalpha())


# A figure in a compound unit (32.6万元/平方米, 420公斤/亩, 0.45吨标准煤/万元): its numerator and what follows the slash.
_PER_UNIT_FIGURE = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)(?P<magnitude>万亿|千亿|亿|千万|百万|万|千)?(?P<unit>[^\d\s/,，。;；、:：()（）]{1,5}?)/"
    r"(?P<per>万元GDP|万元|元|亩|公顷|平方公里|平方千米|平方米|㎡|人·年|人年|人|户|家|公里|千米|米|吨)"
)


# The most money a figure per square metre or per person can be (a price of 100万元/平方米 is beyond any; 1亿元/人 beyond any
# output per worker): 商品房均价1.2亿元/平方米 is 元 or 万元 written as 亿元.
_PRICE_CAPS = {"平方米": 1e6, "㎡": 1e6, "人": 1e8}
# What every _PER_UNIT_FIGURE match ends with (the slash and what it is per), and how far before it the match may start
# (a number of up to 24 characters, a magnitude, a unit of up to 5).
_PER_UNIT_ANCHOR = re.compile(r"/(?:万元GDP|万元|元|亩|公顷|平方公里|平方千米|平方米|㎡|人·年|人年|人|户|家|公里|千米|米|吨)")
_PER_UNIT_FIGURE_REACH = 40


def _per_unit_windows(folded: str) -> list[tuple[int, int]]:
    """The windows _PER_UNIT_FIGURE can match in (text/windowed_scan.finditer_in_windows): before each slash and per-unit."""
    return [(a.start() - _PER_UNIT_FIGURE_REACH, a.end()) for a in _PER_UNIT_ANCHOR.finditer(folded)]
_CLAUSE_BREAK = re.compile(r"[,，。;；:：!?！？、\n]")
_PER_UNIT_REACH = 24


@lru_cache(maxsize=1)
def _per_word() -> re.Pattern[str]:
    """The words that name what an indicator is counted per (亩均, 人均, 单位GDP …), longest first."""
    return re.compile("|".join(map(re.escape, sorted(per_unit_denominators(), key=lambda name: (-len(name), name)))))


@lru_cache(maxsize=1)
def _larger_names() -> tuple[str, ...]:
    """The names of the larger side of every order, and those the floor applies to."""
    return tuple(sorted({name for order in indicator_orders() for name in order.larger} | set(place_floor().names)))


# A money figure (no 美元: another currency is not compared) and the indicators an order or a floor names.
_MONEY_FIGURE = re.compile(
    r"(?P<number>\d+(?:\.\d+)?)(?P<magnitude>万亿|千亿|百亿|亿|千万|百万|十万|万|千)?元"
    # (not the boundary of a class: 年销售收入超10亿元的企业达到9家, 10亿元以上企业)
    r"(?!(?:及|或)?(?:以上|以下|以内)|的?(?:企业|项目|单位|工业企业|市场主体|重点企业))"
)
_AVERAGED = re.compile(r"人均|亩均|户均|地均|每|单位|平均|增加|增长|减少|下降|提高|降低|其中")


@lru_cache(maxsize=1)
def _ordered_names() -> tuple[re.Pattern[str], dict[str, list[tuple[int, str]]]]:
    """One pattern for every indicator name of the orders and the floor (longest first, ending a run), and for each
    name the orders it stands in with its side (``larger`` / ``smaller``)."""
    sides: dict[str, list[tuple[int, str]]] = {}
    for index, order in enumerate(indicator_orders()):
        for name in order.larger:
            sides.setdefault(name, []).append((index, "larger"))
        for name in order.smaller:
            sides.setdefault(name, []).append((index, "smaller"))
    names = set(sides) | set(place_floor().names)
    return re.compile("(?:" + "|".join(map(re.escape, sorted(names, key=lambda name: (-len(name), name)))) + ")$"), sides


@lru_cache(maxsize=1)
def _any_ordered_name() -> re.Pattern[str]:
    """Any indicator name of the orders and the floor, anywhere (a line without one has no figure to compare)."""
    names = {name for order in indicator_orders() for name in (*order.larger, *order.smaller)} | set(place_floor().names)
    return re.compile("|".join(map(re.escape, sorted(names, key=lambda name: (-len(name), name)))))


@lru_cache(maxsize=1)
def _breakdown_words() -> tuple[str, ...]:
    """What opens the parts of a whole (其中, 分别为, 包括, 含, a bracket or a colon): words.toml's completeness words."""
    return words("completeness", "exhaustive") + words("completeness", "partial") + ("（", "(", "：", ":", "分别")


# A series: figures of one sentence one after another, each after a joiner (、 ， 和 及 与 ；) and at most a short label
# (一期, 西区, 柳林镇): 分别新建通组道路4.0公里、4.7公里、6.7米; 一期建筑面积12万平方米，二期8万元.
_SERIES_GAP = re.compile(r"[、，,；;和及与]?[\u4e00-\u9fff]{0,8}")
# An item whose number, read in the series' unit, lies within this factor of the other items' numbers, while as written
# its value is this many times away from every one of them, took another unit of the measure by a slip.
_SERIES_NUMBER_SPREAD = 10
# A whole and its parts are no series (全长4.5公里，包括主线3200米: _part_in_other_scale's), nor a figure and its sum.
_SERIES_BREAK = re.compile(r"其中|包括|包含|含|合计|共计|总计|累计|总|全")
_SERIES_SCALE_GAP = 100
# The magnitudes a figure of money or of a counted unit is written with (万 for 亿 is the usual slip), and the units that
# take them.
_SERIES_MAGNITUDES = ((Decimal(1), ""), (Decimal(10000), "万"), (Decimal(100000000), "亿"))
_MAGNITUDE_UNITS = frozenset(("元", "美元"))
# How far from the others' range the odd item, read with another magnitude or unit, may still lie (items of one list differ:
# 12亿元、8.5亿元和6500万元).
_SERIES_FIT_SPREAD = 30
# Words that name another property of a thing measured in a series (道路长3.2公里、2.6公里，宽24米): not one more item.
_PROPERTY_WORDS = re.compile(r"宽|高|深|厚|直径|半径|跨径|标高|口径|埋深|间距")
# A unit followed by a longer unit that begins with it (4.3万人人次, 860户户次): one of the two is to go.
# An area followed by a per cent (人均公园绿地面积14.2%): led by the 面积 the engine skips to.
_AREA_PERCENT = re.compile(r"面积[\u4e00-\u9fff]{0,4}?(?P<number>\d+(?:\.\d+)?)%")
_SHARE_OR_CHANGE = re.compile(r"占|比|率|增|降|减|提高|提升|扩大|缩小|下|上")
# The last characters of the labels parallel items carry (一期/二期, 东区/西区, 高庙镇, 3号楼, 一标段): a place, a phase or a
# lot, not a verb or a product (建设年产1万立方米 after 固定资产投资800万元 is no item of 投资).
_LABEL_ENDS = frozenset("期区园镇乡村县市段线批号块栋楼站港组")
_UNIT_JUNCTION = re.compile(r"([人户家个件台项])\1次")
_UNIT_JUNCTIONS = tuple(f"{c}{c}次" for c in "人户家个件台项")
# (one search, see _ANY_DOUBLED_SIGN, led by 次, rarer than the units before it)
_ANY_UNIT_JUNCTION = re.compile("次(?<=" + "|".join(_UNIT_JUNCTIONS) + ")")


# Units in Latin letters the quantity reader leaves outside a figure (42kw: no unit, letters after it), by their name in
# units.toml, for comparing a part with its whole (126兆瓦，其中…84兆瓦、集中式光伏42kw).
_LATIN_UNIT_NAMES = {"kw": "千瓦", "mw": "兆瓦", "gw": "吉瓦", "kwh": "千瓦时", "km": "公里", "kg": "千克", "ha": "公顷"}
_LATIN_LETTERS = re.compile(r"[a-zA-Z]{1,3}(?![a-zA-Z])")


def _with_latin_unit(folded: str, q):
    """``q`` with its unit in Latin letters read as the unit it names (42kw: 42千瓦), the letters in its span."""
    if q.unit or q.kind != Kind.AMOUNT or folded[q.end : q.end + 1].isascii() is False:
        return q
    letters = _LATIN_LETTERS.match(folded, q.end)
    name = _LATIN_UNIT_NAMES.get(letters.group().lower()) if letters else None
    return q if name is None else replace(q, unit=name, end=letters.end())


def _carried_from(first_run: str, label: str) -> str | None:
    """The indicator a later item labelled ``label`` (二期) leaves unsaid: what follows, in the first item's run (人才公寓
    一期建筑面积), the last character the two labels share (期), at least two characters; None when none is shared."""
    if not label or len(label) > 4 or label[-1] not in _LABEL_ENDS:
        return None
    at = first_run.rfind(label[-1], len(label) - 1, len(first_run) - 2)
    return first_run[at + 1 :] if at >= 0 else None


# A plot ratio (a bare ratio of floor space to land, 1.0-3.0) written with a % sign: 容积率不低于1.2%.
_PLOT_RATIO_PERCENT = re.compile(r"容积率[\u4e00-\u9fff]{0,6}?(?P<number>\d{1,2}(?:\.\d+)?)%")
# A table pasted as text: its cells are parted by tabs, two spaces or more, or ideographic spaces; a row label ending with
# its unit in brackets (规上工业企业（家）, 地区生产总值（亿元）) gives the unit of the row's figures.
_CELL_GAPS = re.compile(r"\t+| {2,}|\u3000+")
_ROW_LABEL_UNIT = re.compile(r"[（(](?P<magnitude>万亿|亿|万|千)?(?P<unit>[^（）()\d]{1,5})[)）]\s*$")
_CELL_FIGURE = re.compile(rf"(?P<number>{_NUMBER})(?P<magnitude>万亿|亿|万|千)?(?P<unit>[^\d\s]{{1,5}})")


def _paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """Each line of ``text`` (a paragraph of a report) with its start."""
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1


class UnitError(Rule):
    code = "DC501"
    slug = "unit-error"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        found = list(self._check(ctx))
        yield from found
        if has_figure_spaces(ctx.folded):
            yield from self._spaced_figures(ctx, found)

    def _spaced_figures(self, ctx: CheckContext, found: list[Finding]) -> Iterator[Finding]:
        """The checks again on the paragraphs with spaces around their figures, those spaces taken out (播种面积 86.4
        万亩, 总量的 85，), each new finding reported where the user wrote it; no fix (its edits were made for the
        squeezed text). Only those paragraphs are read again: most of a scraped report has none."""
        spaced = [(start, line) for start, line in _paragraphs(ctx.text) if has_figure_spaces(line)]
        if not spaced:
            return
        joined = "\n".join(line for _, line in spaced)
        joined_starts: list[int] = []
        at = 0
        for _, line in spaced:
            joined_starts.append(at)
            at += len(line) + 1
        squeezed = squeeze_figure_spaces(joined)

        def original(offset: int) -> int:
            joined_at = squeezed.original(offset)
            index = bisect_right(joined_starts, joined_at) - 1
            return spaced[index][0] + joined_at - joined_starts[index]

        taken = [(f.span.start, f.span.end) for f in found]
        for finding in self._check(CheckContext(squeezed.text)):
            start = original(finding.span.start)
            end = original(finding.span.end - 1) + 1 if finding.span.end > finding.span.start else start
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            yield self.finding(ctx, start, end, finding.message, severity=finding.severity)

    def _check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        yield from self._doubled(ctx, folded)
        yield from self._stacked_magnitude(ctx, folded)
        yield from self._percent_points(ctx, folded)
        yield from self._bare_square_metre(ctx, folded)
        yield from self._lost_percent(ctx, folded)
        yield from self._reversed_letter_units(ctx, folded)
        yield from self._prefix_case(ctx, folded)
        yield from self._space_for_point(ctx, folded)
        yield from self._percent_o(ctx, folded)
        yield from self._indicator_dimension(ctx, folded)
        yield from self._garbled_sibling_unit(ctx, folded)
        yield from self._level_in_points(ctx, folded)
        yield from self._intensity_change(ctx, folded)
        yield from self._share_in_days(ctx, folded)
        yield from self._air_in_milligrams(ctx, folded)
        yield from self._odd_unit_in_list(ctx, folded)
        yield from self._per_unit_denominator(ctx, folded)
        yield from self._magnitude_beside_related(ctx, folded)
        yield from self._part_in_other_scale(ctx)
        yield from self._magnitude_beside_parallel(ctx)
        yield from self._extreme_of_set(ctx)
        yield from self._odd_item_of_series(ctx)
        yield from self._area_in_percent(ctx, folded)
        yield from self._amount_change_in_points(ctx, folded)
        yield from self._share_change_in_percent(ctx, folded)
        yield from self._cell_beside_row_unit(ctx, folded)
        yield from self._plot_ratio_in_percent(ctx, folded)
        yield from self._unit_then_longer_unit(ctx, folded)

    def _part_in_other_scale(self, ctx: CheckContext) -> Iterator[Finding]:
        """A part of a whole written in another unit of the same measure, where the parts add up to the whole only when
        it is read in the unit of the whole or of the other parts (全长3.6公里，其中主线高架2800米、匝道800公里: 2800米 +
        800米 = 3.6公里; 总装机27.3兆瓦，分别为12.5兆瓦、8.6千瓦、6.2兆瓦). The parts are the figures of the whole's
        dimension that follow it in its sentence (two or more, exact); the arithmetic is the evidence, so nothing more a word opening the parts (其中, 分别为, 包括, 含, a bracket, a colon), and a part in another unit that adds
        up as written (1.2公里和800米 of 2公里) is right."""
        scale_of, dimension_of, amount = unit_scales(), unit_dimensions(), Kind.AMOUNT
        quantities = [
            q for q in (q if q.unit else _with_latin_unit(ctx.folded, q) for q in document_quantities(ctx).quantities)
            if q.unit in scale_of and q.kind == amount and "/" not in q.unit and dimension_of.get(q.unit)
        ]
        scales: dict[str, set[float]] = {}
        magnitudes: dict[str, set] = {}
        for q in quantities:
            dimension = unit_dimension(q.unit)
            scales.setdefault(dimension, set()).add(unit_scale(q.unit))
            magnitudes.setdefault(dimension, set()).add(q.magnitude)

        rereadable = {
            dimension
            for dimension in scales
            if len(scales[dimension]) >= 2 or _CONFUSED_DIMENSION.get(dimension) in scales or len(magnitudes[dimension]) >= 2
        }
        if not rereadable:
            return  # no measure written in two units (nor in power and energy, area and volume): nothing to re-read
        by_sentence: dict[int, list] = {}
        segmentation = ctx.segmentation
        for q in quantities:
            if unit_dimension(q.unit) not in rereadable:
                continue
            sentence = segmentation.sentence_at(q.start)
            if sentence is not None:
                by_sentence.setdefault(sentence.start, []).append(q)
        for figures in by_sentence.values():
            if len({(unit_scale(q.unit), q.magnitude) for q in figures}) < 2 and not any(
                _CONFUSED_DIMENSION.get(unit_dimension(q.unit)) in scales for q in figures
            ):
                continue  # every figure of the sentence in one unit and one magnitude: nothing to re-read
            for i, whole in enumerate(figures[:-1]):
                dimension = unit_dimension(whole.unit)
                if not any(word in ctx.folded[whole.end : figures[i + 1].start] for word in _breakdown_words()):
                    continue  # no 其中, 分别为, 包括 … between the whole and the next figure: no breakdown opens here
                parts, confused = [], None
                for q in figures[i + 1 : i + 1 + _MOST_PARTS]:
                    if unit_dimension(q.unit) != dimension:
                        if _CONFUSED_DIMENSION.get(dimension) == unit_dimension(q.unit):
                            confused = q  # 总装机15万千瓦，其中一期8万千瓦…二期7万千瓦时: the last part in the other measure
                        break
                    parts.append(q)
                if whole.approximate or any(p.approximate for p in parts) or not parts:
                    continue
                finding = None
                if confused is not None and not confused.approximate and _parallel_label(ctx.folded, confused, parts):
                    finding = self._part_in_other_measure(ctx, whole, parts, confused)
                if finding is None and len(parts) >= 2:
                    finding = self._odd_scaled_part(ctx, whole, parts) or self._part_beyond_whole(ctx, whole, parts)
                if finding is not None:
                    yield finding
                    break

    def _magnitude_beside_parallel(self, ctx: CheckContext) -> Iterator[Finding]:
        """Two figures of one sentence after the same indicator words (城市低保月人均救助水平726元，农村低保月人均救助水平
        578万元), written with numbers of one size but magnitudes (万, 亿) at least 1,000 times apart: one of the two lost or
        gained its 万 or 亿. The figure per head (人均, 户均, 每) in the larger magnitude is flagged, else the later one."""
        folded = ctx.folded
        if "万" not in folded and "亿" not in folded:
            return
        segmentation = ctx.segmentation
        previous: dict[tuple[int, str], object] = {}  # (sentence start, dimension) -> the last figure seen there
        scale_of, dimension_of = unit_scales(), unit_dimensions()
        for q in document_quantities(ctx).quantities:
            if q.unit not in scale_of:
                continue
            dimension = dimension_of.get(q.unit)
            if dimension not in MEASURE_DIMENSIONS or q.kind != Kind.AMOUNT or q.is_range:
                continue
            sentence = segmentation.sentence_at(q.start)
            if sentence is None:
                continue
            key = (sentence.start, dimension)
            before, previous[key] = previous.get(key), q
            if before is None or before.magnitude == q.magnitude or before.unit != q.unit or not before.value or not q.value:
                continue
            high, low = (q, before) if q.scaled * Decimal(str(unit_scale(q.unit))) > before.scaled * Decimal(str(unit_scale(before.unit))) else (before, q)
            ratio = (high.scaled * Decimal(str(unit_scale(high.unit)))) / (low.scaled * Decimal(str(unit_scale(low.unit))))
            if ratio < _PARALLEL_MAGNITUDE_GAP or max(q.value, before.value) > _PARALLEL_NUMBER_SPREAD * min(q.value, before.value):
                continue
            labels = [governing_run(folded, figure.start) for figure in (before, q)]
            if None in labels or _common_ending(labels[0][0], labels[1][0]) < _PARALLEL_LABEL:
                continue
            if len({_PER_HEAD_WORD.search(run) is None for run, _ in labels}) > 1:
                continue  # 地区生产总值3万亿元 beside 人均地区生产总值1万美元: a total and a figure per head
            label = labels[0][0][-_common_ending(labels[0][0], labels[1][0]):]
            odd = high if _PER_HEAD_WORD.search(label) or high is q else q
            other = low if odd is high else high
            yield self.finding(
                ctx,
                odd.start,
                odd.end,
                f"“{ctx.text[odd.start:odd.end]}”量级可疑：同一句中同为“{label}”的“{ctx.text[other.start:other.end]}”数值相近，"
                f"两者却相差约{_in_words(float(ratio))}倍；请核对“万”“亿”等数量级",
            )

    def _extreme_of_set(self, ctx: CheckContext) -> Iterator[Finding]:
        """The extreme member of a set (最高的桃源村达到86.5亿元, 最多的…, 最低的…) whose magnitude (万, 亿) is thousands of times
        off every other figure of its unit in the sentence (均超过50万元, 村均82.6万元), while its number is of their size:
        the largest of a set cannot be 5,000 times its floor or its mean. Only figures of one unit written with different
        magnitudes are compared (a 万 or 亿 slipped); a spread the units themselves make (元 beside 亿元) is left alone."""
        folded = ctx.folded
        if "最" not in folded or ("万" not in folded and "亿" not in folded):
            return
        index = document_quantities(ctx)
        segmentation = ctx.segmentation
        dimension_of = unit_dimensions()
        read: dict[int, list] = {}  # sentence start -> its figures (up to _MOST_PARTS + 1), read once
        for word in _EXTREME.finditer(folded):
            clause_end = _CLAUSE_BREAK.search(folded, word.end())
            end = clause_end.start() if clause_end else len(folded)
            # the first amount of a measure in its clause (最少的3号厂房为1.6万元: not the label 3号)
            q = next((p for p in index.iter_between(word.end(), end) if p.kind == Kind.AMOUNT and dimension_of.get(p.unit) in MEASURE_DIMENSIONS), None)
            if q is None or q.is_range or not q.value:
                continue
            sentence = segmentation.sentence_at(q.start)
            if sentence is None:
                continue
            if sentence.start not in read:
                read[sentence.start] = list(itertools.islice(index.iter_between(sentence.start, sentence.end), _MOST_PARTS + 1))
            figures = read[sentence.start]
            if len(figures) > _MOST_PARTS:
                continue  # a list of hundreds of figures is no set of a few (and reading it per word would be quadratic)
            others = [p for p in figures if p is not q and p.unit == q.unit and p.value and not p.is_range and not p.is_percent]
            if not others or any(p.magnitude == q.magnitude for p in others):
                continue
            high = word.group()[:2] in _EXTREME_HIGH
            ratios = [float(q.scaled / p.scaled) if high else float(p.scaled / q.scaled) for p in others]
            if min(ratios) < _EXTREME_GAP:
                continue
            if not any(max(q.value, p.value) <= _PARALLEL_NUMBER_SPREAD * min(q.value, p.value) for p in others):
                continue  # the numbers are not of one size: no magnitude slipped
            written, number = _written_and_number(ctx, q)
            listed = "、".join(f"“{ctx.text[p.start:p.end]}”" for p in others[:4])
            yield self.finding(
                ctx,
                q.start,
                q.end,
                f"“{written}”量级可疑：它是一组数中最{'高' if high else '低'}的一个，同段的{listed}却比它"
                f"{'小' if high else '大'}约{_in_words(min(ratios))}倍；请核对“万”“亿”等数量级",
            )

    def _plot_ratio_in_percent(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A plot ratio (容积率: floor space over land, a bare number such as 1.2) written in per cent: 容积率不低于1.2%."""
        if "容积率" not in folded:
            return
        for m in _PLOT_RATIO_PERCENT.finditer(folded):
            written = ctx.text[m.start() : m.end()]
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{written}”单位有误：容积率是建筑面积与用地面积之比，写作不带单位的数（如“{m.group('number')}”），不用“%”",
                suggestion=written[:-1],
            )

    def _cell_beside_row_unit(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A cell of a table pasted as text whose figure carries a unit of another measure than the one its row label
        names in brackets (规上工业企业（家） 126 8.6亿元; 地区生产总值（亿元） 286.5 302.1万吨)."""
        if "\t" not in folded and "  " not in folded and "\u3000" not in folded:
            return
        dimension_of = unit_dimensions()
        for start, line in _paragraphs(folded):
            if "）" not in line and ")" not in line:
                continue
            cells = cells_of_line(folded, start, start + len(line), _CELL_GAPS)
            if len(cells) < 2:
                continue
            label = _ROW_LABEL_UNIT.search(folded, cells[0][0], cells[0][1])
            row_dimension = dimension_of.get(label.group("unit")) if label else None
            if row_dimension is None:
                continue
            for cell_start, cell_end in cells[1:]:
                figure = _CELL_FIGURE.fullmatch(folded, cell_start, cell_end)
                dimension = dimension_of.get(figure.group("unit")) if figure else None
                if dimension is None or dimension == row_dimension:
                    continue
                if not ({dimension, row_dimension} & MEASURE_DIMENSIONS) or {dimension, row_dimension} <= COUNTED_DIMENSIONS | {"items"}:
                    continue  # 家 beside 个: counts alike
                row = ctx.text[cells[0][0] : cells[0][1]].strip()
                written = ctx.text[cell_start:cell_end]
                yield self.finding(
                    ctx,
                    cell_start,
                    cell_end,
                    f"“{written}”单位与所在行不符：行名“{row}”写明以“{ctx.text[label.start() + 1 : label.end() - 1]}”计（{DIMENSION_NAMES.get(row_dimension, row_dimension)}），"
                    f"这一格却是{DIMENSION_NAMES.get(dimension, dimension)}单位（{figure.group('unit')}）；请核对单位或数值",
                )

    def _share_change_in_percent(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """The change of a share in per cent (比重提高3.2%): a share is a per cent already, its change is in points."""
        if "%" not in folded or not any(head in folded for head in _SHARE_CHANGE_HEADS):
            return
        for m in _SHARE_CHANGE_IN_PERCENT.finditer(folded):
            written = ctx.text[m.start() : m.end()]
            number = m.group("number")
            yield self.finding(
                ctx,
                m.start(),
                m.end(),
                f"“{written}”单位有误：“{m.group('head')}”本身是百分数，它的升降应以“个百分点”计，不用“%”"
                f"（应为“{number}个百分点”）",
                suggestion=f"{number}个百分点",
            )

    def _amount_change_in_points(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """The change of an amount in percentage points (规上工业增加值同比增长8.2个百分点, 实际利用外资下降3.5个百分点): an amount
        (money, a measure the corpus or the head noun gives it) grows by a per cent; points are the change of a rate."""
        if "百分点" not in folded:
            return
        for m in finditer_in_windows(_AMOUNT_CHANGE_IN_POINTS, folded, _points_windows(folded)):
            head = m.group("head")
            if _RATE_WORDS.search(folded, max(0, m.start("head") - _PER_UNIT_REACH), m.end("head")):
                continue  # (in its clause before it too: 拉动 … 国内生产总值增长2.2个百分点)
            phrase = _supported_phrase(head)
            if phrase is not None:
                seen = indicator_units()[phrase]
                main = max(seen, key=lambda d: (seen[d], d))
                if main not in MEASURE_DIMENSIONS or seen[main] < MIN_MAIN_SHARE * sum(seen.values()):
                    continue
                name = phrase
            else:
                known = _unit_kind(head)
                if known is None or not (known[1].allowed & MEASURE_DIMENSIONS):
                    continue
                name = known[0]
            start = m.end("head") - len(name)
            written = ctx.text[start : m.end()]
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"“{written}”单位有误：“{name}”是总量，其增减应以百分比（%）计；“个百分点”只用于比率之差（如“增速提高2个百分点”）；"
                f"应为“{m.group('number')}%”，或核对指标名称",
                suggestion=f"{m.group('number')}%",
            )

    def _area_in_percent(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """An area per head stated in per cent (人均公园绿地面积14.2%, 人均住房面积达到38%): a figure per head is in 平方米; not
        an area of something done, which may be meant as a share of all of it (调整面积达28%), nor 面积占比, 面积增长."""
        if "面积" not in folded or "%" not in folded:
            return
        for m in _AREA_PERCENT.finditer(folded):
            governing = _indicator_run(folded, m.start("number"))
            if governing is None:
                continue
            run, run_end = governing
            if not run.endswith("面积") or _SHARE_OR_CHANGE.search(run) or not _PER_HEAD_WORD.search(run):
                continue  # (an area of something done may be a share of all of it: 调整面积达28%; a figure per head never is)
            start = run_end - len(run)
            written = ctx.text[start : m.end()]
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"“{written}”单位与指标不符：“{run}”是面积，应以面积单位（平方米、亩、公顷）计，“{ctx.text[m.start('number'):m.end()]}”"
                f"却是百分比；请核对单位，或写明是比例（占比）还是增幅（增长）",
            )

    def _unit_then_longer_unit(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A figure's unit followed by a longer unit that begins with it (4.3万人人次, 860户户次, 12家家次): written twice
        over, one of them is to go (a counting unit and the same unit per time: 人 and 人次)."""
        if _ANY_UNIT_JUNCTION.search(folded) is None:
            return
        for m in _UNIT_JUNCTION.finditer(folded):
            figure = _NUMBER_BEFORE.search(folded, max(0, m.start() - 24), m.start() - 1 if folded[m.start() - 1 : m.start()] in "万千亿" and m.start() else m.start())
            if figure is None:
                continue
            start, end = figure.start("number"), m.end()
            written = ctx.text[start:end]
            fixed = ctx.text[start : m.start()] + ctx.text[m.start() + 1 : end]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”单位重复：“{m.group(1)}”与“{m.group(1)}次”连写，应为“{fixed}”（或“{written[:-1]}”，含义不同）",
                suggestion=fixed,
                fix=self.replacement(start, end, fixed, "unsafe"),
            )

    def _odd_item_of_series(self, ctx: CheckContext) -> Iterator[Finding]:
        """One figure of a series (figures one after another, each after a joiner and at most a short label) in a unit the
        others are not in: another unit of their measure, about a hundred times off, whose number is of the others' size
        (分别新建通组道路4.0公里、4.7公里、6.7米: 6.7公里), or a unit of another measure where the series' indicator, carried
        over to an item with no indicator of its own, is never written in it (一期建筑面积12万平方米，二期8万元)."""
        folded = ctx.folded
        segmentation = ctx.segmentation
        series: list = []
        previous = None
        scale_of, dimension_of = unit_scales(), unit_dimensions()
        for q in document_quantities(ctx).quantities:
            if q.unit not in scale_of or dimension_of.get(q.unit) not in MEASURE_DIMENSIONS or q.kind != Kind.AMOUNT or q.is_range:
                continue
            joined = (
                previous is not None
                and q.start - previous.end <= 10
                and _SERIES_GAP.fullmatch(folded, previous.end, q.start) is not None
                and _SERIES_BREAK.search(folded, previous.end, q.start) is None
                and segmentation.sentence_at(q.start) is segmentation.sentence_at(previous.start)
            )
            if not joined:
                if len(series) >= 2:
                    yield from self._series_finding(ctx, series)
                series = []
            series.append(q)
            previous = q
        if len(series) >= 2:
            yield from self._series_finding(ctx, series)

    def _series_finding(self, ctx: CheckContext, series: list) -> Iterator[Finding]:
        folded = ctx.folded
        # each item's label: what stands between it and the item before, past the joiner (the first item's: none)
        labels = [""] + [folded[a.end : b.start].lstrip("、，,；;和及与") for a, b in zip(series, series[1:])]
        first = _indicator_run(folded, series[0].start)
        first_run = first[0] if first is not None else ""
        units = [q.unit for q in series]
        # a run of three or more exact items in one unit (the series may go on in another: 装机容量…1600兆瓦，年发电量约620万千瓦时)
        at = 0
        while at < len(series):
            end = at
            while end < len(series) and units[end] == units[at]:
                end += 1
            if end - at >= 3 and not any(q.approximate for q in series[at:end]):
                found = list(self._odd_scale_in_series(ctx, series[at:end], [""] + labels[at + 1 : end], first_run if at == 0 else ""))
                if found:
                    yield from found
                    return
            at = end
        if any(q.approximate for q in series):
            return
        counts: dict[str, int] = {}
        for u in units:
            counts[u] = counts.get(u, 0) + 1
        if len(counts) != 2:
            return  # (every item but one in one unit: the candidates are the items whose unit no other item has, at most two)
        for k in [k for k, u in enumerate(units) if counts[u] == 1]:
            odd = series[k]
            others = series[:k] + series[k + 1 :]
            unit = next(u for u in counts if u != odd.unit)
            if not self._label_fits(labels[k], [labels[j] for j in range(1, len(series)) if j != k], first_run, k):
                continue
            if unit_dimension(unit) == unit_dimension(odd.unit):
                if len(series) < 3:
                    continue
                scale_gap = unit_scale(unit) / unit_scale(odd.unit)
                if 1 / _SERIES_SCALE_GAP < scale_gap < _SERIES_SCALE_GAP:
                    continue
                reread = _base(odd, unit)
                values = [_base(q) for q in others]
                if not min(values) / _SERIES_NUMBER_SPREAD <= reread <= max(values) * _SERIES_NUMBER_SPREAD:
                    continue
                if any(q.magnitude != odd.magnitude for q in others):
                    continue
                written, number = _written_and_number(ctx, odd)
                yield self.finding(
                    ctx,
                    odd.start,
                    odd.end,
                    f"“{written}”单位可疑：同列的其余{len(others)}项都用“{unit}”（{'、'.join(ctx.text[q.start:q.end] for q in others)}），"
                    f"“{written}”只有其中最小一项的{_base(odd) / min(values):.2%}；应为“{number}{unit}”",
                    suggestion=f"{number}{unit}",
                )
                return
            if unit_dimension(odd.unit) in _CONFUSED_DIMENSION and _CONFUSED_DIMENSION[unit_dimension(odd.unit)] == unit_dimension(unit) and len(series) >= 3:
                continue  # (power among energy, area among volume in a list of three: _odd_unit_in_list's)
            finding = self._carried_indicator(ctx, series, k, unit)
            if finding is not None:
                yield finding
                return

    def _odd_scale_in_series(self, ctx: CheckContext, series: list, labels: list[str], first_run: str) -> Iterator[Finding]:
        """(lead, eighth session) A series of three or more in one unit with one item a hundred times or more larger than every
        other while the others lie close together (within ``_SERIES_NUMBER_SPREAD`` of one another), which read with another
        magnitude (万 for 亿) or another unit of the same measure (千瓦 for 兆瓦) falls among them: 总投资分别为12亿元、8.5亿元和
        6500亿元 (6500万元), 装机容量分别为2.4兆瓦、1.8兆瓦和1600兆瓦 (1600千瓦)."""
        values = [_base(q) for q in series]
        if min(values) <= 0 or any(q.magnitude != series[0].magnitude for q in series):
            return
        for k, odd in enumerate(series):
            others = values[:k] + values[k + 1 :]
            low, high = min(others), max(others)
            if high / low > _SERIES_NUMBER_SPREAD or values[k] < high * _SERIES_SCALE_GAP:
                continue  # (only an item far larger than the rest: a small item among large ones is common, 434万亩、185万亩、1.7万亩)
            if not self._label_fits(labels[k], [labels[j] for j in range(1, len(series)) if j != k], first_run, k):
                return
            centre = math.sqrt(low * high)
            readings = []
            written = ctx.text[odd.start : odd.end]
            number = ctx.text[odd.number_start : odd.number_end]
            for magnitude, word in _SERIES_MAGNITUDES:
                if magnitude != odd.magnitude and odd.unit in _MAGNITUDE_UNITS:
                    readings.append((values[k] / float(odd.magnitude) * float(magnitude), f"{number}{word}{odd.unit}"))
            scale = unit_scale(odd.unit)
            number_with_magnitude = written[: -len(odd.unit)] if written.endswith(odd.unit) else number
            for unit, other_scale in unit_scales().items():
                if unit != odd.unit and unit_dimension(unit) == unit_dimension(odd.unit) and other_scale != scale:
                    readings.append((values[k] / scale * other_scale, f"{number_with_magnitude}{unit}"))
            fitting = [(abs(math.log(value / centre)), text) for value, text in readings if value > 0 and low / _SERIES_FIT_SPREAD <= value <= high * _SERIES_FIT_SPREAD]
            if not fitting:
                return
            suggestion = min(fitting)[1]
            times = values[k] / high
            yield self.finding(
                ctx,
                odd.start,
                odd.end,
                f"“{written}”量级可疑：同列的其余{len(series) - 1}项为{'、'.join(ctx.text[q.start:q.end] for q in series if q is not odd)}，"
                f"“{written}”与它们相差{times:,.0f}倍；应为“{suggestion}”？",
                suggestion=suggestion,
            )
            return

    @staticmethod
    def _label_fits(label: str, other_labels: list[str], first_run: str, k: int) -> bool:
        """Whether an item's label makes it one more item of its series: none (4.0公里、4.7公里、6.7米), or of the kind of
        another item's label or of the first item's leading word (二期 after 一期建筑面积: the same last character)."""
        if not label:
            return True
        if _PROPERTY_WORDS.search(label):
            return False
        if any(other and other[-1] == label[-1] for other in other_labels):
            return True
        return k > 0 and _carried_from(first_run, label) is not None

    def _carried_indicator(self, ctx: CheckContext, series: list, k: int, unit: str) -> Finding | None:
        """The item ``k`` of a series in a measure the series' indicator is never written in, the item naming no indicator of
        its own: 一期建筑面积12万平方米，二期8万元 (面积 carried over to 二期); 建筑面积分别为12万平方米、8万平方米和6万元."""
        folded = ctx.folded
        odd = series[k]
        dimension, odd_dimension = unit_dimension(unit), unit_dimension(odd.unit)
        own = _indicator_run(folded, odd.start)
        if own is not None and (_supported_phrase(own[0]) is not None or _unit_kind(own[0]) is not None or _RATE_HEAD.search(own[0])):
            return None  # 二期总投资8亿元: the item names its own indicator
        first = _indicator_run(folded, series[0].start)
        if first is None:
            return None
        run = first[0]
        carried = _carried_from(run, own[0]) if k > 0 and own is not None else None
        if carried is not None:
            run = carried  # 人才公寓一期建筑面积 -> 建筑面积, the indicator 二期 leaves unsaid
        phrase = _supported_phrase(run)
        if phrase is not None:
            seen = indicator_units()[phrase]
            main = max(seen, key=lambda d: (seen[d], d))
            if main != dimension or seen.get(odd_dimension, 0) >= MIN_SEEN_TIMES or seen[main] < MIN_MAIN_SHARE * sum(seen.values()):
                return None
            if phrase.endswith(_VALUED_THINGS) or phrase in _AGGREGATE_WORDS:
                return None
            name, expected = phrase, DIMENSION_NAMES.get(main, main) + "单位"
        else:
            known = _unit_kind(run)
            if known is None or dimension not in known[1].allowed or odd_dimension in known[1].allowed:
                return None
            name, expected = known[0], known[1].expected
        written = ctx.text[odd.start : odd.end]
        return self.finding(
            ctx,
            odd.start,
            odd.end,
            f"“{written}”单位与指标不符：与前面的“{ctx.text[series[0].start:series[0].end]}”同为“{name}”，应以{expected}计，"
            f"“{written}”却是{DIMENSION_NAMES[odd_dimension]}单位（{odd.unit}）；请核对单位",
        )

    def _part_in_other_measure(self, ctx: CheckContext, whole, parts, odd) -> Finding | None:
        """The last part of a breakdown in the measure writers confuse with the whole's (energy for power, volume for
        area) where, read in the whole's unit, it closes the arithmetic and the other parts alone do not
        (总装机容量15万千瓦，其中一期8万千瓦…，二期7万千瓦时: 8万 + 7万 = 15万千瓦)."""
        target = _base(whole)
        slack = float(whole.half_unit) * unit_scale(whole.unit) + sum(float(p.half_unit) * unit_scale(p.unit) for p in parts)
        slack += float(odd.half_unit) * unit_scale(whole.unit)
        written_total = sum(_base(p) for p in parts)
        if abs(written_total - target) <= slack:
            return None  # the parts add up without it: it is another figure
        reread = written_total + float(odd.scaled) * unit_scale(whole.unit)
        if abs(reread - target) > slack:
            return None
        written, number = _written_and_number(ctx, odd)
        terms = " + ".join(ctx.text[p.start : p.end] for p in parts)
        return self.finding(
            ctx,
            odd.start,
            odd.end,
            f"“{written}”单位可疑：“{odd.unit}”与“{whole.unit}”是两种量，不能作为“{ctx.text[whole.start:whole.end]}”的分项；"
            f"按{whole.unit}计，{terms} + {number}{whole.unit} 正好是{ctx.text[whole.start:whole.end]}；应为“{number}{whole.unit}”",
            suggestion=f"{number}{whole.unit}",
        )

    def _part_beyond_whole(self, ctx: CheckContext, whole, parts) -> Finding | None:
        """The one part of a breakdown in a unit no other part uses whose figure is larger than its whole, while read in
        the unit of the other parts it is not (播种面积86.4万亩，其中小麦41.2万亩、玉米38.5万公顷、大豆4.3万亩: 38.5万公顷 is
        577.5万亩). A part larger than its whole cannot be; the unit the other parts share tells which it was meant in."""
        target = _base(whole)
        units = [p.unit for p in parts]
        beyond = [p for p in parts if _base(p) > target + float(whole.half_unit) * unit_scale(whole.unit)]
        if len(beyond) != 1 or units.count(beyond[0].unit) > 1:
            return None
        odd = beyond[0]
        others = [p for p in parts if p is not odd]
        shared = {p.unit for p in others}
        if len(shared) != 1:
            return None
        unit = shared.pop()
        reread = _base(odd, unit) + sum(_base(p) for p in others)
        if unit_scale(unit) == unit_scale(odd.unit) or reread > target * 1.001 or reread < _MOST_OF_THE_WHOLE * target:
            return None  # (read in the others' unit, the parts must make up most of the whole: else DC201's sum)
        written, number = _written_and_number(ctx, odd)
        return self.finding(
            ctx,
            odd.start,
            odd.end,
            f"“{written}”单位可疑：分项大于总数——{written}即{_in_words(_base(odd) / unit_scale(unit))}{unit}，"
            f"超过了总数{ctx.text[whole.start:whole.end]}；其余分项都用“{unit}”，应为“{number}{unit}”",
            suggestion=f"{number}{unit}",
        )

    def _odd_scaled_part(self, ctx: CheckContext, whole, parts) -> Finding | None:
        target = _base(whole)
        slack = float(whole.half_unit) * unit_scale(whole.unit) + sum(float(p.half_unit) * unit_scale(p.unit) for p in parts)
        total = sum(_base(p) for p in parts)
        if abs(total - target) <= slack:
            return None  # the parts add up as written
        units = [p.unit for p in parts]
        for k, part in enumerate(parts):
            if units.count(part.unit) > 1:
                continue  # only a part whose unit no other figure of the breakdown shares is re-read
            for unit in dict.fromkeys([whole.unit] + units):
                if unit == part.unit or unit_scale(unit) == unit_scale(part.unit):
                    continue
                reread = total - _base(part) + _base(part, unit)
                if abs(reread - target) > slack:
                    continue
                written, number = _written_and_number(ctx, part)
                terms = " + ".join(f"{number}{unit}" if j == k else ctx.text[p.start : p.end] for j, p in enumerate(parts))
                return self.finding(
                    ctx,
                    part.start,
                    part.end,
                    f"“{written}”单位可疑：按{unit}计，{terms} 正好是{ctx.text[whole.start:whole.end]}；"
                    f"按{part.unit}计则各分项相加与之不符；应为“{number}{unit}”",
                    suggestion=f"{number}{unit}",
                )
        return self._odd_magnitude_part(ctx, whole, parts, total, target, slack)

    def _odd_magnitude_part(self, ctx: CheckContext, whole, parts, total: float, target: float, slack: float) -> Finding | None:
        """The one part of a breakdown whose magnitude (万, 亿) no other part shares, where the parts add up to the whole only
        when it is read with the whole's magnitude or another part's (一般公共预算收入12.6亿元，其中税收收入9.8万元、非税收入
        2.8亿元: 9.8亿元 + 2.8亿元 = 12.6亿元). The arithmetic is the evidence."""
        if _PER_HEAD_WORD.search(ctx.folded, whole.end, parts[-1].start) or _THRESHOLD_BEFORE.search(ctx.folded, whole.end, parts[-1].start):
            return None  # 人均可支配收入首次突破2万元、达到20793元 after a total: figures per head or a threshold, no parts
        magnitudes = [p.magnitude for p in parts]
        for k, part in enumerate(parts):
            if magnitudes.count(part.magnitude) > 1 or any(p.unit != part.unit for p in parts):
                continue
            others = total - _base(part)
            others_slack = slack - float(part.half_unit) * unit_scale(part.unit)
            if abs(others - target) <= others_slack:
                continue  # the other parts make the whole without it (…30户，全县经营主体总量达到6.3万户): another figure
            for magnitude in dict.fromkeys([whole.magnitude] + magnitudes):
                word = _MAGNITUDE_WORDS.get(magnitude)
                if magnitude == part.magnitude or word is None:
                    continue
                reread = others + float(part.value * magnitude) * unit_scale(part.unit)
                if abs(reread - target) > others_slack + float(part.half_unit / part.magnitude * magnitude) * unit_scale(part.unit):
                    continue
                fixed = f"{plain(part.value)}{word}{part.unit}"
                terms = " + ".join(fixed if j == k else ctx.text[p.start : p.end] for j, p in enumerate(parts))
                return self.finding(
                    ctx,
                    part.start,
                    part.end,
                    f"“{ctx.text[part.start:part.end]}”量级可疑：按“{fixed}”计，{terms} 正好是{ctx.text[whole.start:whole.end]}；"
                    f"按所写的量级则各分项相加与之不符；应为“{fixed}”",
                    suggestion=fixed,
                )
        return None

    def _share_in_days(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A share or rate whose figure is in days or hours (优良天数比例达到88.6天): a share is a per cent."""
        if not ("天" in folded or "小时" in folded or "个月" in folded):
            return
        for m in finditer_in_windows(_DURATION_FIGURE, folded, _duration_windows(folded)):
            governing = governing_run(folded, m.start())
            if governing is None:
                continue
            run, run_end = governing
            head = _SHARE_HEAD.search(run)
            if head is None:
                continue
            start = max(run_end - len(run), run_end - len(head.group()) - 2)
            written = ctx.text[start : m.end()]
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"“{written}”单位与指标不符：“{folded[start:run_end]}”是比例，应以百分比（%）计，“{ctx.text[m.start():m.end()]}”"
                f"却是时间单位（{m.group('unit')}）；请核对单位或指标名称",
                suggestion=f"{m.group('number')}%",
            )

    def _air_in_milligrams(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A concentration of PM2.5, PM10, ozone, SO2 or NO2 of 1 milligram per cubic metre or more: 32毫克/立方米 is a
        thousand times any air in the reports, which give these in micrograms (微克/立方米)."""
        if "毫克/" not in folded and "mg/" not in _lowered(folded):
            return
        for m in _AIR_IN_MILLIGRAMS.finditer(folded):
            if float(m.group("number")) < 1:
                continue  # 0.032毫克/立方米 is 32微克/立方米: right
            start, end = m.start("number"), m.end("unit")
            written = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”量级可疑：{ctx.text[m.start('head'):m.end('head')]}浓度以微克/立方米计，"
                f"{m.group('number')}毫克/立方米即{_significant(float(m.group('number')) * 1000)}微克/立方米，是通常水平的上千倍；"
                f"应为“{m.group('number')}微克/立方米”",
                suggestion=f"{m.group('number')}微克/立方米",
                fix=self.replacement(m.start("unit"), end, "微克/立方米", "unsafe"),
            )

    def _odd_unit_in_list(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """One figure of a list of three or more (分别为300千瓦、260千瓦、280kwh) in a unit of the family the others are
        not in: power among energy, volume among area."""
        lowered = _lowered(folded)
        present = [(a, b) for a, b in _CONFUSED_UNITS if any(u in lowered for u in a) and any(u in lowered for u in b)]
        if not present:
            return
        # (every list holds a unit, a joiner and a digit: the pattern is run only on the windows around those)
        for m in finditer_in_windows(_FIGURE_LIST, lowered, _figure_list_windows(lowered)):
            items = list(_LISTED_FIGURE.finditer(lowered, m.start(), m.end()))
            for first, second in present:
                sides = ["a" if item.group("unit") in first else "b" if item.group("unit") in second else "" for item in items]
                if "" in sides:
                    continue
                for side in ("a", "b"):
                    if sides.count(side) == 1 and len(sides) - 1 >= 2:
                        item = items[sides.index(side)]
                        other = items[sides.index("b" if side == "a" else "a")]
                        start, end = item.start("number"), item.end("unit")
                        written = ctx.text[start:end]
                        yield self.finding(
                            ctx,
                            start,
                            end,
                            f"“{written}”单位与同列的其他数字不一致：其余{len(sides) - 1}项都用“{ctx.text[other.start('unit'):other.end('unit')]}”，"
                            f"“{ctx.text[item.start('unit'):end]}”是另一种量（功率与电量、面积与体积不能混用）；请核对单位",
                        )

    def _level_in_points(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A rate or share stated as a level in percentage points (森林覆盖率达到45.3个百分点): points measure the
        difference of two rates (提高2个百分点), a level is a per cent."""
        if "百分点" not in folded:
            return
        for m in finditer_in_windows(_LEVEL_IN_POINTS, folded, _level_windows(folded)):
            written = ctx.text[m.start("head") : m.end()]
            yield self.finding(
                ctx,
                m.start("head"),
                m.end(),
                f"“{written}”单位有误：“{m.group('head')}”是一个水平值，应以百分比（%）计；“个百分点”只用于两个百分比之差"
                "（如“提高2个百分点”）；请改为“%”或补上变化的说法",
                suggestion=f"{m.group('number')}%",
            )

    def _intensity_change(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """The change of an intensity (单位地区生产总值能耗, 碳排放强度) given in a measure unit (下降3.2吨): an intensity
        falls or rises by a per cent."""
        for m in finditer_located(_INTENSITY_CHANGE, _INTENSITY_HEAD, folded):
            dimension = unit_dimensions().get(m.group("unit"))
            if dimension not in MEASURE_DIMENSIONS:
                continue
            written = ctx.text[m.start("head") : m.end()]
            yield self.finding(
                ctx,
                m.start("head"),
                m.end(),
                f"“{written}”单位有误：“{m.group('head')}”是强度（每单位产出的消耗或排放），其升降应以百分比（%）计，"
                f"“{m.group('figure')}”却是{DIMENSION_NAMES[dimension]}单位；请核对",
            )

    def _garbled_sibling_unit(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _GARBLED_SIBLING.finditer(folded):
            stray = m.group("stray")
            if stray in _FIGURE_FOLLOWERS or stray in decimal_followers():
                continue
            sibling = _SIBLING_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            if sibling is None:
                continue
            start, end = m.start("number"), m.end("stray")
            written = ctx.text[start:end]
            unit = sibling.group("unit")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”的单位有误：“{stray}”不是单位，并列的前一个数“{sibling.group('first')}{unit}”带“{unit}”，"
                f"疑为“{m.group('number')}{unit}”识别或录入错误",
                suggestion=f"{m.group('number')}{unit}",
            )

    def _space_for_point(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _SPACE_FOR_POINT.finditer(folded):
            whole = _WHOLE_BEFORE.search(folded, max(0, m.start() - 8), m.start())
            if whole is None:
                continue
            written = ctx.text[whole.start() : m.end()]
            fixed = f"{whole.group()}.{m.group('fraction')}{m.group('unit')}"
            yield self.finding(
                ctx,
                whole.start(),
                m.end(),
                f"“{written}”数字中间有空格，疑为小数点丢失（应为“{fixed}”），请核对原始数据",
                suggestion=fixed,
            )

    def _percent_o(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _PERCENT_O.finditer(folded):
            number = _FIGURE_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            if number is None:  # pragma: no cover - the lookbehind saw a digit
                continue
            written = ctx.text[number.start() : m.end()]
            yield self.finding(
                ctx,
                number.start(),
                m.end(),
                f"“{written}”中“%”后多了字母“{m.group('letter')}”，疑为句号“。”识别错误（或千分号“‰”误写）",
                suggestion=f"{number.group()}%。",
            )

    def _indicator_dimension(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        table = indicator_units()
        dimensions = unit_dimensions()
        for m in _measured_figure().finditer(folded):
            dimension = dimensions[m.group("unit")]
            q_start, q_end = m.start(), m.end()
            if dimension not in _JUDGED_DIMENSIONS and not _PER_HEAD.search(folded, max(0, q_start - 16), q_start):
                continue  # a count of things is judged per head only (每千人口床位6.8万张)
            governing = _indicator_run(folded, q_start)
            if governing is None:
                continue
            run, run_end = governing
            magnitude = self._magnitude(ctx, m, run, run_end, dimension)
            if magnitude is not None:
                yield magnitude
                continue
            if dimension == "area" and m.group("unit") in _LAND_UNITS and (floor := _FLOOR_SPACE.search(run)) and not _LAND_WORDS.search(run):
                start = run_end - len(floor.group())
                written = ctx.text[start : m.end()]
                yield self.finding(
                    ctx,
                    start,
                    m.end(),
                    f"“{written}”单位与指标不符：“{floor.group()}”是房屋面积，应以平方米计，“{ctx.text[m.start():m.end()]}”"
                    f"却是土地面积单位（{m.group('unit')}）；请核对单位（平方米）或指标名称（占地面积）",
                )
                continue
            if dimension not in MEASURE_DIMENSIONS | COUNTED_DIMENSIONS:
                continue
            phrase = _supported_phrase(run)
            if phrase is None:
                yield from self._head_noun_dimension(ctx, folded, m, run, run_end, dimension)
                continue
            seen = table[phrase]
            if seen.get(dimension, 0) >= MIN_SEEN_TIMES:
                continue
            if dimension in COUNTED_DIMENSIONS and (
                sum(seen.values()) < MIN_COUNTED_SUPPORT or max(seen, key=lambda d: (seen[d], d)) not in MEASURE_DIMENSIONS
            ):
                continue  # a count after an indicator of counts, or one the corpus seldom writes a figure after
            if dimension in MEASURE_DIMENSIONS and phrase.endswith(_VALUED_THINGS):
                continue  # 工业项目2亿元, 一期工程3.5亿元, “久供未建”项目907万平方米: projects are counted and measured alike
            if phrase in _AGGREGATE_WORDS and _NAMED_AFTER.match(folded, q_end):
                continue  # 征收总额388亿斤细粮: a bare total whose figure names what it totals after its unit

            main = max(seen, key=lambda d: (seen[d], d))
            kinds: dict[str, int] = {}
            for seen_dimension, times in seen.items():
                kind = _DIMENSION_KIND.get(seen_dimension, seen_dimension)
                kinds[kind] = kinds.get(kind, 0) + times
            if main == "duration" or max(kinds.values()) < MIN_MAIN_SHARE * sum(seen.values()):
                # the corpus writes the phrase in several measures (产量 in 吨, 个, 立方米): its head noun's kind still
                # rules out some (茶叶产量3200万元)
                if dimension in MEASURE_DIMENSIONS and not seen.get(dimension):
                    yield from self._head_noun_dimension(ctx, folded, m, run, run_end, dimension)
                continue
            def same_measure(at: int, dimension: str = dimension) -> bool:
                earlier = _measured_figure().match(folded, at)
                return earlier is not None and dimensions[earlier.group("unit")] == dimension

            if any(elided_indicator(folded, run_end - len(phrase), phrase[i:], same_measure) for i in range(len(phrase) - 1)):
                continue  # 国有控股企业利润…，外商投资企业17638亿元: 利润 left unsaid (not 企业数量216个 before 企业23亿元)
            start = run_end - len(phrase)
            written = ctx.text[start:q_end]
            figure = ctx.text[q_start:q_end]
            expected, got = DIMENSION_NAMES.get(main, main), DIMENSION_NAMES[dimension]
            rarely = f"仅{seen[dimension]}次用{got}单位" if seen.get(dimension) else f"从未用{got}单位"
            yield self.finding(
                ctx,
                start,
                q_end,
                f"“{written}”单位与指标不符：“{phrase}”应以{expected}单位计（已校对公文中“{phrase}”后的数字"
                f"{seen[main]}次用{expected}单位，{rarely}），“{figure}”却是{got}单位；请核对单位或指标名称",
            )

    def _per_unit_denominator(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A figure per unit of something the indicator names (亩均, 人均, 单位GDP) whose compound unit is per
        something else: 亩均税收32.6万元/平方米, 人均可支配收入3.2万元/户, 单位GDP能耗0.45吨标准煤/亩."""
        if "/" not in folded:
            return
        allowed_by_word = per_unit_denominators()
        for m in finditer_in_windows(_PER_UNIT_FIGURE, folded, _per_unit_windows(folded)):
            cap = _PRICE_CAPS.get(m.group("per")) if m.group("unit") == "元" else None
            if cap is not None and float(m.group("number")) * float(MAGNITUDES.get(m.group("magnitude") or "", 1)) > cap:
                written = ctx.text[m.start() : m.end()]
                yield self.finding(
                    ctx,
                    m.start(),
                    m.end(),
                    f"“{written}”量级可疑：每{m.group('per')}的金额超过了{_in_words(cap)}元，不可能是单价或人均数；"
                    f"请核对“万”“亿”等数量级或所除的单位（如“{m.group('number')}元/{m.group('per')}”“{m.group('number')}万元/{m.group('per')}”"
                    f"“{ctx.text[m.start():m.start('per')]}亩”）",
                )
                continue
            # the indicator is named in the figure's clause, before it (单位GDP能耗降至…: letters and verbs between)
            clause = _CLAUSE_BREAK.search(folded[max(0, m.start() - _PER_UNIT_REACH) : m.start()][::-1])
            clause_start = m.start() - (clause.start() if clause else min(m.start(), _PER_UNIT_REACH))
            words = list(_per_word().finditer(folded, clause_start, m.start()))
            if not words:
                continue
            word = words[-1]
            allowed = allowed_by_word[word.group()]
            if m.group("per") in allowed:
                continue
            start = word.start()
            written = ctx.text[start : m.end()]
            per = allowed[0]
            expected = f"{m.group('magnitude') or ''}{m.group('unit')}/{per}"
            yield self.finding(
                ctx,
                start,
                m.end(),
                f"“{written}”单位与指标不符：“{word.group()}”是按{per}平均的数，单位却是“每{m.group('per')}”"
                f"（{ctx.text[m.start():m.end()]}）；应为“{expected}”，或核对指标名称",
                suggestion=f"{ctx.text[m.start():m.start('per')]}{per}",
            )

    def _magnitude_beside_related(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A money figure out of order with a related figure of the same paragraph (``lexicon/indicators.toml``,
        ``[[orders]]``): 地区生产总值268.4万元 beside 一般公共预算收入15.3亿元 (a GDP smaller than the budget revenue it
        yields), 利润总额 above 营业收入; and a county's or city's GDP below the least any has (``[floors]``)."""
        pattern, sides = _ordered_names()
        floor = place_floor()
        orders = indicator_orders()
        if not any(name in folded for name in _larger_names()):
            return  # every order and the floor need a larger indicator (a GDP, a turnover, an output) named
        named_lines = _any_ordered_name()
        for line_start, line in _paragraphs(folded):
            if "元" not in line or named_lines.search(line) is None:
                continue  # (a figure is compared only after a name of an order or the floor)
            figures: list[tuple[str, float, int, int, int]] = []  # name, value in 元, start of the name, figure start, end
            for m in _MONEY_FIGURE.finditer(line):
                governing = governing_run(line, m.start())
                if governing is None:
                    continue
                run, run_end = governing
                named = pattern.search(run)
                if named is None or _AVERAGED.search(run):
                    continue
                value = float(m.group("number")) * float(MAGNITUDES.get(m.group("magnitude") or "", 1))
                figures.append((named.group(), value, line_start + run_end - len(named.group()), line_start + m.start(), line_start + m.end()))
            if not figures:
                continue
            flagged: set[int] = set()
            for index, order in enumerate(orders):
                larger = [f for f in figures if (index, "larger") in sides.get(f[0], ())]
                smaller = [f for f in figures if (index, "smaller") in sides.get(f[0], ())]
                for small in smaller:
                    if not larger:
                        break
                    large = min(larger, key=lambda f: abs(f[3] - small[3]))
                    if large[1] >= small[1] or large[3] in flagged or small[3] in flagged:
                        continue
                    # the figure far from what the corpus gives its indicator is the slip; without a range, the larger one
                    wrong, other = (small, large) if self._deviation(small) > self._deviation(large) else (large, small)
                    flagged.add(wrong[3])
                    ratio = large[1] / small[1]
                    yield self.finding(
                        ctx,
                        wrong[2],
                        wrong[4],
                        f"“{ctx.text[wrong[2]:wrong[4]]}”量级可疑：“{large[0]}”应大于同段的“{small[0]}”，"
                        f"而{ctx.text[large[3]:large[4]]}只有{ctx.text[small[3]:small[4]]}的{ratio:.2%}；"
                        f"请核对单位（万元/亿元）",
                        related=[(f"同段的“{other[0]}”", other[2], other[4])],
                    )
            places = [place for place in floor.places if place in line]
            for name, value, start, figure_start, end in figures:
                if places and name in floor.names and value < floor.least and figure_start not in flagged:
                    yield self.finding(
                        ctx,
                        start,
                        end,
                        f"“{ctx.text[start:end]}”量级可疑：{places[0]}的“{name}”不会少于{_plain(floor.least, 'money')}，"
                        f"“{ctx.text[figure_start:end]}”只有其{value / floor.least:.2%}；请核对单位（万元/亿元）",
                    )

    @staticmethod
    def _deviation(figure: tuple[str, float, int, int, int]) -> float:
        """How many orders of magnitude ``figure`` lies outside the range the corpus gives its indicator (0 inside it
        or when the corpus gives too few)."""
        known = _magnitude_entry(figure[0], "money")
        if known is None or figure[1] <= 0:
            return 0.0
        _, _, (_, low, high) = known
        size = math.log10(figure[1])
        return max(0.0, low - size, size - high)

    def _magnitude(self, ctx: CheckContext, m: re.Match, run: str, run_end: int, dimension: str) -> Finding | None:
        """A figure orders of magnitude away from every figure the corpus gives its indicator in that unit
        dimension (``lexicon/indicator_magnitudes.tsv``): 地区生产总值385.6万元, 人均可支配收入48620亿元,
        人均住房建筑面积38.6平方公里. The longest phrase of the governing run the table knows is used, per head
        apart (人均收入 is not 收入)."""
        scale = unit_scale(m.group("unit"))
        if scale is None:
            return None
        beyond = self._beyond_kind(ctx, m, run, run_end, dimension, scale)
        if beyond is not None:
            return beyond
        known = _magnitude_entry(run, dimension)
        if known is None:
            return self._per_head_magnitude(ctx, m, run, run_end, dimension, scale)
        key, phrase, (figures, low, high) = known
        magnitude = MAGNITUDES.get(m.group("magnitude") or "", 1)
        value = float(m.group("number")) * float(magnitude) * scale
        if value <= 0:
            return None
        size = math.log10(value)
        if size <= high + MAGNITUDE_SLACK and (size >= low - MAGNITUDE_SLACK or key == phrase):
            # (a total far below the corpus's is only a smaller place: 工业增加值1619万元 of a township; a figure
            # per head is not, 人均收入 is thousands of 元 anywhere)
            return None
        start = run_end - len(run)  # the whole indicator as written (城镇居民人均可支配收入)
        written = ctx.text[start : m.end()]
        figure = ctx.text[m.start() : m.end()]
        side = "小" if size < low else "大"
        times = 10 ** round(low - size if size < low else size - high)
        return self.finding(
            ctx,
            start,
            m.end(),
            f"“{written}”量级可疑：已校对公文中“{key}”的{figures}个数字在{_plain(10 ** low, dimension)}到"
            f"{_plain(10 ** high, dimension)}之间，“{figure}”比其中最{side}的还{side}约{times:,}倍；请核对单位（万/亿、平方米/平方公里、公斤/吨）",
        )

    def _beyond_kind(self, ctx: CheckContext, m: re.Match, run: str, run_end: int, dimension: str, scale: float) -> Finding | None:
        """A figure larger than its head noun's kind can be anywhere (``[[unit_kinds]]`` ``highest``): floor space or urban
        green space of 10万平方公里 or more (新增绿地面积18.6万平方公里: 平方米 meant)."""
        known = _unit_kind(run)
        if known is None or known[1].highest is None or dimension not in known[1].allowed:
            return None
        value = float(m.group("number")) * float(MAGNITUDES.get(m.group("magnitude") or "", 1)) * scale
        if value <= known[1].highest:
            return None
        start = run_end - len(known[0])
        written = ctx.text[start : m.end()]
        return self.finding(
            ctx,
            start,
            m.end(),
            f"“{written}”量级可疑：“{known[0]}”是房屋或城镇绿地的面积，“{ctx.text[m.start():m.end()]}”超过了"
            f"{_in_words(known[1].highest / 1e6)}平方公里，比一个国家的总量还大；请核对单位（平方米/平方公里、万/亿）",
        )

    def _per_head_magnitude(
        self, ctx: CheckContext, m: re.Match, run: str, run_end: int, dimension: str, scale: float
    ) -> Finding | None:
        """A figure per head, per household or per mu (人均, 每千人口, 亩产) the corpus gives too few of, in a unit no
        such figure can reach (人均住房建筑面积38.6平方公里, 每千人口床位6.8万张, 亩产620吨)."""
        per = _PER_HEAD.search(run)
        cap = _PER_HEAD_CAPS.get(dimension)
        if per is None or cap is None:
            return None
        rest = run[per.end() :]
        if len(rest) > _PER_HEAD_REACH or _NOT_PER_HEAD.search(rest):
            return None  # 单产提升示范区1000万亩: the figure counts the area of a programme, not a yield
        magnitude = MAGNITUDES.get(m.group("magnitude") or "", 1)
        value = float(m.group("number")) * float(magnitude) * scale
        if value <= cap:
            return None
        start = run_end - len(run) + per.start()
        written = ctx.text[start : m.end()]
        return self.finding(
            ctx,
            start,
            m.end(),
            f"“{written}”量级可疑：“{per.group()}”是按人、户或亩平均的数，“{ctx.text[m.start():m.end()]}”超过了"
            f"{_plain(cap, dimension)}，不可能是平均到每{_PER_WHAT.get(per.group()[-1], '单位')}的数；请核对单位（万、平方米/平方公里、公斤/吨）",
        )

    def _head_noun_dimension(
        self, ctx: CheckContext, folded: str, m: re.Match, run: str, run_end: int, dimension: str
    ) -> Iterator[Finding]:
        """An indicator the mined table does not know, judged by its head noun: a rate (增速) in a measure
        unit, a road or pipe (城市道路) in a unit of mass, energy or power, or in 平方公里."""
        unit = m.group("unit")
        counted = dimension in COUNTED_DIMENSIONS
        rate = None if counted else _RATE_HEAD.search(run)
        linear = None if counted else _LINEAR_WORKS.search(run)
        kind = None
        known = _unit_kind(run)
        if known is not None and dimension not in known[1].allowed and (not counted or not known[1].counts):
            kind = (_HeadMatch(known[0]), known[1].expected)
        if rate is not None:
            head, expected = rate.group(), "百分比（%）"
        elif kind is not None:
            head, expected = kind[0].group(), kind[1]
        elif linear is not None and (
            dimension not in _LINEAR_DIMENSIONS or (dimension == "area" and unit not in _LINEAR_AREA_UNITS)
        ):
            head, expected = linear.group(), "长度（公里、米）或铺装面积（平方米）"
        else:
            return
        start = run_end - len(head)
        if (rate is None and kind is None) or head == "率":
            # with the word naming the road (城市道路) or the rate (普及率, 增长率)
            start = max(run_end - len(run), start - 2)
            head = ctx.folded[start:run_end]
        written = ctx.text[start : m.end()]
        figure = ctx.text[m.start() : m.end()]
        yield self.finding(
            ctx,
            start,
            m.end(),
            f"“{written}”单位与指标不符：“{head}”应以{expected}计，“{figure}”却是{DIMENSION_NAMES[dimension]}单位"
            f"（{unit}）；请核对单位或指标名称",
        )

    def _doubled(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        yield from self._doubled_measure(ctx, folded)
        yield from self._doubled_count(ctx, folded)
        yield from self._unit_and_symbol(ctx, folded)
        yield from self._symbol_and_unit(ctx, folded)
        if _ANY_DOUBLED_SIGN.search(folded) is None:
            return
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
            yield self._doubled_finding(ctx, start, end, fixed)

    def _doubled_finding(self, ctx: CheckContext, start: int, end: int, fixed: str) -> Finding:
        """A doubled unit or sign: the text without the repetition is the one safe fix."""
        return self.finding(
            ctx,
            start,
            end,
            f"“{ctx.text[start:end]}”单位重复，应为“{fixed}”",
            suggestion=fixed,
            fix=self.replacement(start, end, fixed, "safe"),
        )

    def _unit_and_symbol(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A unit in words followed by its own symbol right after a figure: 32.4万平方米㎡."""
        if not _has_unit_symbol(folded) or _SYMBOL_AFTER_UNIT.search(folded) is None:
            return
        for m in _UNIT_AND_SYMBOL.finditer(folded):
            figure = _NUMBER_BEFORE.search(folded, max(0, m.start() - 24), m.start() - 1 if folded[m.start() - 1 : m.start()] in "万千亿" and m.start() else m.start())
            if figure is None:
                continue
            symbol = next(value for value in m.group("area", "volume", "sqkm", "km", "kg", "kwh", "kw") if value)
            start, end = figure.start("number"), m.end("unit")
            yield self._doubled_finding(ctx, start, end, ctx.text[start : end - len(symbol)])

    def _symbol_and_unit(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A unit's symbol followed by the unit in words right after a figure: 12.6km公里."""
        if not _has_unit_symbol(folded) or _SYMBOL_BEFORE_UNIT.search(folded) is None:
            return
        for m in _SYMBOL_AND_UNIT.finditer(folded):
            start, end = m.start("number"), m.end("unit")
            symbol = next(i for i in range(m.start("unit"), end) if folded[i] not in "万千亿")
            word = next(i for i in range(symbol, end) if "\u4e00" <= folded[i] <= "\u9fff")
            yield self._doubled_finding(ctx, start, end, ctx.text[start:symbol] + ctx.text[word:end])

    def _doubled_measure(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        # (every match ends on a doubled character: the pattern is run only on the windows before each one)
        windows = _doubled_measure_windows(folded)
        if not windows:
            return
        for m in finditer_in_windows(_DOUBLED_MEASURE, folded, windows):
            again = m.group("again")
            if again != m.group("measure")[-1]:
                continue
            after = folded[m.end() : m.end() + 1]
            if after and after in _WORD_AFTER_DOUBLED.get(again, ""):
                continue  # 5万吨吨位: the unit, then a word that starts with the same character
            start, end = m.start("number"), m.end("unit")
            yield self._doubled_finding(ctx, start, end, ctx.text[start : end - 1])

    def _doubled_count(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A counting unit written twice after a figure, closing its clause: 12.4万人人，(the doubled character ends it)."""
        for m in _DOUBLED_COUNT.finditer(folded):  # (one class-led scan: cheaper than a substring test per doubled unit)
            figure = _COUNT_FIGURE_BEFORE.search(folded, max(0, m.start() - 24), m.start())
            if figure is None:
                continue
            start, end = figure.start("number"), m.end()
            yield self._doubled_finding(ctx, start, end, ctx.text[start : end - 1])

    def _stacked_magnitude(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        if "亿万" not in folded:
            return  # (every match holds 亿万)
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
        for m in finditer_located(_BARE_SQUARE_METRE, _BARE_SQUARE_METRE_START, folded):
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
        shares = [(m.start("lead"), m) for m in finditer_located(_SHARE_WITHOUT_PERCENT, _SHARE_LEAD, folded)]
        shares += [(m.start("lead"), m) for m in _WORK_DONE_WITHOUT_PERCENT.finditer(folded)]
        # a rate is quoted with the two characters naming it (成功率达到98.6)
        rates = [
            (max(0, m.start() - 2), m)
            for m in _RATE_WITHOUT_PERCENT.finditer(folded)
            if not _PER_POPULATION.search(folded, max(0, m.start() - 10), m.start())
        ]
        for start, m in sorted(shares + rates, key=lambda pair: pair[0]):
            if m.re is _SHARE_WITHOUT_PERCENT and m.group("lead") == "量的":
                # quoted with the word the 量 ends (工程量的85): up to two Han characters before it
                while start > 0 and m.start("lead") - start < 2 and "\u4e00" <= folded[start - 1] <= "\u9fff":
                    start -= 1
            number = m.group("number")
            if not number.replace(".", "", 1).isdigit() or float(number) > 1000:
                continue
            if m.re is _SHARE_WITHOUT_PERCENT and _BARE_VALUE_BEFORE.search(folded, max(0, m.start("lead") - 16), m.start("lead")):
                continue  # 综合得分86.7，较上年提高2.3: the value changed is bare too, a score or an index in its own points
            end = m.end("number")
            written = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{written}”是比例或增幅，数字“{number}”后缺少“%”（应为“{number}%”）",
                suggestion=written + "%",
                fix=self.replacement(start, end, written + "%", "unsafe"),
            )

    def _prefix_case(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A mega unit written with a small m where the text writes it with a capital M after other figures (装机150mw beside
        320MW, 48MW): m is milli, a thousandth."""
        if "M" not in folded or "m" not in folded:
            return
        matches = list(_PREFIX_CASE_UNIT.finditer(folded))
        mega: dict[str, str] = {}  # the unit in lower case -> as the text writes it with a capital M (MW, MWh, MPa)
        for m in matches:
            if m.group("unit")[0] == "M":
                mega.setdefault(m.group("unit").lower(), m.group("unit"))
        for m in matches:
            unit = m.group("unit")
            if unit[0] != "m" or unit.lower() not in mega:
                continue
            start, end = m.start("number"), m.end("unit")
            intended = mega[unit.lower()]
            number = ctx.text[start : m.start("unit")]
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”单位写法有误：小写“m”表示“毫”（千分之一），文中其他数字写作“{intended}”（兆），"
                f"应为“{number}{intended}”",
                suggestion=number + intended,
                fix=self.replacement(start, end, number + intended, "unsafe"),
            )

    def _reversed_letter_units(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        lowered = _lowered(folded)
        if not any(_after_a_figure(lowered, m.start(), m.end()) for m in _REVERSED_LETTERS.finditer(lowered)):
            return  # no reversed unit right after a figure (the letters alone, mc or mk in a URL, are nothing)
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
