"""A sentence cut off or left unfinished: 完成利润总额979.1万元,; / 一年来。 / a paragraph that stops mid-clause.

## What it does
Flags the traces that a sentence lost its end or its middle:

- an empty clause: a comma, enumeration comma or colon directly followed by another clause or
  sentence mark (``979.1万元,;``, ``精神状态，，``, ``引进了甲、乙、。``, ``主要表现在：。``);
- a sentence-opening time adverbial left alone before a full stop (``取得了可喜的成果，一年来。``,
  ``今年以来。突出抓好…``): the rest of that sentence was cut or moved;
- a clause that is only a noun phrase, its predicate lost (``由自然燃气公司投资的天然气供气工程。``);
- a paragraph (a line) that stops mid-clause without a closing mark: on a rate with no figure
  (``5.2亿元，同比增长``), a verb with no object or figure (``，完成`` / ``争取将园区列入``), an adverb
  with no verb (``，进一步``), a figure with no unit (``新增城镇就业1280``), an enumeration of figures
  whose last item lost its own (``营业收入12.8亿元、利润``), or a colon that introduces nothing: the
  document ends, or the next paragraph is a later outline item (``二、``) or moves on (``下一步，``);
- a document whose last paragraph stops in mid-sentence, with no closing mark
  (``…围绕四大产业和新兴产``);
- a single paragraph (a text of one line) that stops on a word that cannot end a sentence: a rate word
  (``同比``), a verb or preposition awaiting its object (``积极向``, ``须根据``, ``列入``), 的, 和/与/或,
  a comma or a colon; and a paragraph ending on 的 before a paragraph that opens a new sentence;
- an enumeration opened with 一是 that never reaches 二是: neither in its paragraph, nor at the start
  of the next one, nor (items written as paragraphs) within the next 3,000 characters;
- a doubled ellipsis right after a word (``园区陆续引进了安德…………``): a site's preview cut.

Headings and titles (``一、主要经济指标完成情况``), table rows and captions, short lines, a colon
followed by its list, and text wrapped at a fixed width (PDF text, where a line end is no paragraph
end) or split around links (wiki pages) are not flagged.

Not flagged either: a one-line text ending on a complete clause without a full stop (a field value
such as ``管网铺设同步推进``), words that merely end in a preposition's character (积极应对, 以人为本,
勇于面对, 发展方向), a paragraph ending on a comma or 的 before a short fragment or a continuation (a
scraped page broken at a bold word or a link; a comma before a wrapped line is left alone entirely),
an open 一是 in a document that itself stops mid-sentence (the cut is reported once, at the end), and
one ellipsis (``……``).

Page-number residue (``2、,估量到年底``) belongs to web-residue (DC504) and is not flagged here.

Also (issue 7): a paragraph that stops on 通过 used as a preposition (not 顺利通过, 审议通过); a last clause that
is only an adverb and a transitive verb (``，积极引进``; with a subject, ``重大项目加快推进``, it is finished); a
paragraph, other than the last, that stops one character short of a corpus term of 4-6 characters used by 20+
documents (``数字化转`` for 数字化转型) and does not end on a word itself; an open 一是 whose paragraph goes on with a
later or repeated item is a numbering slip (DC402), not a cut.
A last clause that is whole but for its full stop (subject, adverb of degree or manner, a predicate needing no
object or figure: ``生态环境持续改善``, ``安全发展基础更加牢固``) is not reported as a cut ending; endings on 的, 和, 同比,
a colon, a preposition or ``平均提高`` (no figure) still are.
A paragraph stopping on an average change without its figure (``平均提高``) or on 通过 + a bare verb (``通过建立健全``);
an open 一是 whose next paragraph is a later section's heading (``（三）…``).

Also (issue 7, second round): a paragraph that stops before its figure: on a verb of quantity (``达标率达到``,
``共计``, ``累计``, ``超过``, ``总产量达``), on an indicator after its verb (``累计完成投资``, ``全年实现旅游总收入``), on
a count of those who did something (``…的有``), on a share's whole (``占全社会用电量的比重``), or on a last clause that
only names an indicator (``全县林木绿化率``, ``其中城区占比``, ``新增公共充电桩``). Not flagged: an indicator with a
verb of aim or change (``持续提升森林覆盖率``), ``一批``/``若干`` items, ``取得新突破``, headings, and a line whose
next line opens with the predicate (``优良率⏎分别为94.5%``: one sentence broken across lines).

Also (issue 7, sixth round), a sentence that stops where its grammar is open, in any position:
- a short one-line text (a paragraph of its own) whose last sentence lacks its closing mark is read when a
  finished sentence stands before it, and reported when its grammar is open: a verb of quantity (``满意度达``,
  ``全街道共有``), a bare transitive verb (``。同时，加强``), a time adverbial awaiting its predicate
  (``预计于明年上半年``), an amount noun (``现场签约金额``), a class of items after 其中 (``其中，投资10亿元以上项目``),
  the last of a run of figure clauses without its figure (``…务工620人，发放劳务报酬``), a word cut short;
- a paragraph ending on a conjunction or linking word (``但``, ``然而``, ``从而``, ``特别是``) before the next;
- a full stop right after a word that opens what must follow (``并按照。``, ``从而。``) or after 开展了/进行了 whose
  target a preposition named (``对全县特困供养机构开展了。``).
Not flagged: a short text whose last sentence is whole but for its full stop (``特此报告``, ``详见附表``,
``共创美好未来``), ``四通八达``, ``其中…8个`` with its count, ``投入``/``落实``/``进一步加强`` before a full stop
(nouns, or a finished predicate).

Also (issue 7, text8): a figure cut after its decimal point (``到位资金12.``, ``收入28.。``, ``28.万吨``); a
one-character change verb after its base (``同比增``, ``比上年降。``); a modal verb (perhaps with a time) and an
adverb of manner whose predicate was cut (``预计年底前可全面。``, ``力争年底前基本``); a word cut short before a stop
(``全面推进乡村振。``) when its last character is one the corpus writes before at most 50 others (``经济体。``,
``政府专项债。`` end on characters words end on); ``，全年完成。`` / ``，共新增。`` (an aggregate word and a verb of
quantity alone); a transitive verb after its means at a paragraph end (``以更大的决心和力度推动``; not ``靠创新来推动``);
and, before any stop, the paragraph-end words the corpus never writes before one: a linking word, a rate or a share
without its figure, an adverb without its verb, a verb of quantity or naming without its complement (``森林覆盖率达到。``,
``占全县的。``, ``主要包括。``, ``预计将于。``; ``全部达到。`` is whole), and a change verb alone after a figure
(``，增长了。``).

Also (issue 7, text11): a stop right after a structural word, what it joins or introduces cut (``冷链仓储和。``,
``合作社与。``, ``主要分布在。``, ``逐户对。``, ``各村主动把。``, ``其中。``, ``一是。``); a paragraph ending on the base of a
comparison (``增速比``, ``增幅较``), an agent (``由``), ``分别``, ``主要`` or a clause-opening ``为``; a sentence that is only its
opening clause (``随着…的持续推进。``; ``为了…`` / ``在…方面`` at a paragraph end after a finished sentence); an amount
named by its indicator whose figure lost its unit before a mark (``完成固定资产投资26.4。``, ``实现营业收入138，``); a colon
line without a clause mark that announces what follows (``…的主要做法如下：``) before a paragraph that moves on; a
paragraph ending on a comma before one that moves on (``下一步，``); in a run of figure clauses, a last clause of counted
works without its figure at an unmarked end (``…560处，整治黑臭水``).
Not flagged: 之和, 缓和, 言和, 可感可及, 同在, 结对, ``12对``, 比比皆是, 相比, 比较, 自由, 作为; a paragraph of its own
opening with 随着 (a heading) or ``在教育方面。`` (a run-in lead); 随着 without a nominalised event (``随着时代发展变化。``);
ratios and indices without a unit (``比值为1.88``, ``指数为100.2``); labels and headings ending on a colon (``主要做法：``,
``二、存在的问题主要表现在：``); a comma before a wrapped line.

Also (issue 7, textfamilies): a last clause that is only a verb of aim or result (``…，确保`` / ``，力争`` / ``，争取``);
累计为 / 共为 / 均为 awaiting their figure; a relative clause whose head noun was cut before the stop
(``其中面向返乡创业人员开展的。``; not the 是…的 / 由…的 / 所…的 frames: ``是在县委领导下开展的。``); a last item that is
only its label after items of the same kind with content (``一期…，二期…，三期`` / ``第一批…，第二批…，第三批``); an
indicator running straight into another clause's subject and verb (``城镇调查失业率全市实现外贸进出口总额…``: the verb's
object is another indicator; ``增加值全县完成45亿元``, a topic then its scope and figure, is one sentence); a one-line text of
a sentence of two clauses or more with a figure is read as prose; after 其中, an indicator without its figure (``其中第一产业
增加值``); parallel clauses of counted works, the last without its figure (``累计清理垃圾3200吨，拆除违建``); an indicator of
degree (``群众满意度``) or the next thing counted in a run of counts (``在校学生8.6万人，专任教师``) without its figure (not
``…8.6万人，位居全市前列``).

Also (issue 7, trunc8), read on the shared segmentation (every sentence a 。 or ； closes, every paragraph end) with the
word classes of lexicon/words.toml [open_ends], a sentence whose grammar is open where it stops, wherever that is (before
the next sentence on the line, at a paragraph end, before a heading, page furniture or another topic):
- a clause that is only a transitive verb, perhaps after a linking word (``…产业投资基金，推动。`` / ``，并推进。``); at a
  paragraph end also after adverbs of time, scope or manner (``对…隐患点，已全部落实``);
- a verb and its result complement (``平均办理时限压缩至``, ``…缩短到。``), an adverb in 地 (``更加有效地。``), a comparison word
  (``明显高于。``) or the base of a comparison without its result (``增速比全市平均水平。``, ``较全省平均水平。``);
- a modifier in 的 whose head noun was cut (``着力解决群众反映强烈的。``, ``一批…领域的。``) outside the 是…的 / 由…的 / 所…的
  frames; an action verb with 了 after time or scope words only (``全年共组织开展了。``, ``重点支持了`` before a heading);
- 以…为 without its complement (``以创建国家森林城市为。``), a plan word and a time only (``力争年内。``, ``预计明年6月。``), 其中
  and a class of items without their count (``其中博士及以上学历人才。``), 不仅 without a second half in its sentence;
- a paragraph's last item closed by ； whose verb stands alone while the items before use it with an object
  (``…完成总工程量的75%；人才公寓项目完成；``);
- at a paragraph end: 于 introducing nothing (``，并于``, ``二期计划于``), a last clause of adverbs only (``，持续``,
  ``，进一步``), a verb of quantity and an indicator of the lexicon without its figure (``全区完成地区生产总值``);
- a paragraph is read where its text stops: web residue glued to its end (``同比增长【打印本页】``, found by DC504's
  ``residue_spans``, shared), a page number glued to it (``同比下降 - 4 -``), residue or a date standing on the next
  line (``…工作：⏎发布日期：…`` introduces nothing) are set aside first; a page number on a line of its own still
  joins the parts of a sentence broken around it.
Not flagged: 是…的 sentences (``是干出来的。``), 目的 / 有的 / reduplications (``长得壮壮的。``), an adverb and a verb before a
stop with the object fronted (``因势利导，积极推进。``), 服务周到 / 接踵而至 / 说到做到, 相比 / 对比 / 比较 / 可比 / 比例, 作为 /
行为 / 以下是为, 巩固了 / 解决了 (a state reached), 其中 with its predicate (``其中单产创历史新高。``), 不仅…还…, a sentence of one
verb on a line of its own (text wrapped before it), a one-character adverb at a line end (``，已`` before a page break).

Also (issue 7, sixth session): a formal verb with 了 (进行/开展/实施/加以/予以/给予/作出/采取/实行, lexicon
``open_ends.formal_verbs``) at any stop or at a paragraph's end (``并对城区20条主次干道实施了``, ``会同街道进行了。``): the
verbal noun that says what was done (实施了改造) was cut; published text never writes it so. Not flagged: the verb
with its object (``开展了专项整治``), 了 followed by more text (``进行了了解``).

Also (issue 7, trunc9), learnt from the corpus rather than listed: lexicon/open_endings.tsv (scripts/build_lexicons.py)
holds the words (jieba's segmentation) that ../shared/corpus writes often and never before the end of a sentence and at
most 0.3% of the times before any clause boundary, of the parts of speech that announce what follows (prepositions,
conjunctions, determiners, distinguishing words, and frequent adverbs and verbs: 以, 根据, 由于, 各类, 各级, 新型, 省级, 同比,
进一步, 实行, 采取), with the longer words ending on one that are none (可以, 认可): the longest ending written decides. A
sentence closed by 。 or ；, a paragraph's end (before a heading, page furniture, another paragraph) or a short text's
last sentence stopping on an open ending is reported (``…11家、新型。``, ``，对重点企业实行`` before a heading). Also: a
sentence cut in the middle of a line, a space where its end was and another sentence after it (``…优良天数比例达到
社会事业方面，新建…``); 分别 and a verb of quantity at an unmarked end (``南片区分别完成``); a comparison's base and its
adjective without the amount at an unmarked end (``增速比全市平均水平高``).
Not flagged: a space standing for a blank figure before its unit (``零售总额 亿元，``: DC101), a line with two spaces or
more between words (its layout), a word cut by a lost character before a space (``公共服务平 全年…``), 分别完成了任务,
``比上年高。`` closed by its full stop, nouns and numerals the corpus only writes before a head (全区, 两个: a park report
may end a sentence on them), rarer adverbs and verbs (贯穿始终, 有效减轻, 尚未下达).

Also (lead, seventh session): a word that totals (共, 累计, 共计, 总计) whose figure never comes (``全年共。``,
``全年共举办。``, ``全年共争取上级转移支付资金`` before a heading; not 共同, 共建, 公共, 中共, 美美与共, nor a line a PDF wrapped
mid-sentence); a clause of only a modal and a transitive verb (``下一步将进一步加大``; not ``力度将进一步加大``); a progressive
without its verb (``其余3件正在``); ``其中`` and a part's name without its figure before the next item; an empty clause
after a semicolon (``；。``); a text ending on a figure after a verb of quantity (``产量达到4.6``). Not flagged: the number
of an outline item counts as no figure of its sentence (``1.…产值同比下降；``); a list laid out without end marks
(numbered or bulleted, short items, no full stop) ends without one; a unit declared once (``（单位：万元）``) covers
the bare figures after it.

Also (issue 7, trunc10), by the kind of unit that was cut rather than by the words around it:
- a table laid out as text (cells set apart by tabs or spaces) whose last row has fewer cells than its header and every
  row before it (``…⏎柳林乡 1286``, ``…⏎进出口总额  亿元  38.6``, a row of one cell cut inside its label at the text's end:
  ``城乡居民人均可支``);
- an item of an enumeration cut: its marker with nothing after it (``…；（3）`` / ``…；3.`` at a paragraph's end), or the
  next item's marker glued to a clause that never ended, the item before it standing earlier in the run
  (``…全年新开工项目38个，竣工投产三是营商环境…``, ``年内（3）改造…``);
- an item opener (一是, 首先, （二）, 2.) is set aside before the clause after it is read: ``一是加强`` at a paragraph's end
  is a bare transitive verb as ``，加强`` is;
- a verb awaiting its figure or complement (达到, 列入, 降至, 分别为, 增速为 …, the words read before a stop) right before a
  comma, the sentence going on (``住院费用实际报销比例达到，同时…``): the corpus never writes one before ，;
- in a run of parallel clauses that each give an indicator's figure, one that only names it, ending on the head two
  siblings write before their figures (``…居住价格上涨0.2%，生活用品及服务价格，交通通信价格下降1.9%``; heads of figures:
  价格, 产量, 销售额, 增加值 …);
- a paragraph that stops inside a pair it opened (《, “, a bracket) before a heading, a later item, a sentence of its own or
  the text's end, the closer coming neither in it nor before another opener further on (``出台了《关于…的若干⏎二、…``,
  ``…7座（其中县道``); a lone outline marker as the text's last line (``…⏎（一）``);
- a paragraph ending on a comma before a paragraph that opens on a date and its comma and is a sentence of its own
  (``…要紧盯在谈项目，⏎9月26日，园区与…``: another dated item of a bulletin; not ``9月30日前报送…``);
- a modifier in 的 whose head noun was cut, when 由 or 所 stand only in an earlier clause (``全力推动园区由要素驱动向创新驱动
  转变，加快构建具有区域竞争力的。``; the 由…的 and 所…的 frames are read in their clause, 是…的 in the sentence).
Not flagged: a summary row (``合计 18960``) or, in a space-aligned table, a row whose last cell stands under the last
column (cells left empty before it); a table followed by a heading; a complete last row; 依次为：, 主要包括： before a
colon; a pair closed on the next line (a wrapped title) or further on (text in a scrambled order), a heading that lost
its closer (``（五产业集群情况``: an unbalanced pair); ``居住价格持平`` (its change said in words), an item of a 、 list (its predicate follows the list:
``工业投资、技改投资分别增长…``); a marker after a mark with its content (``；3.完善…``), 统一是, 第二是, 其三是, ``通知（2）的要求`` (no item before it).

## Why is this bad?
Something the reader needs was dropped: the base value and growth rate after a profit figure, the
subject after 一年来, the last paragraph of the report.

## Example
```text
完成利润总额预计累计值979.1万元,;
开发区虽然取得了诸多可喜的成果，一年来。但也存在一些不足。
全年完成工业总产值86.2亿元，同比增长
```
Flagged: ``979.1万元,;``, ``，一年来。`` and ``86.2亿元，同比增长``.

## Use instead
```text
完成利润总额预计累计值979.1万元，与去年同期相比增加53.2万元，同比增长5.7%；
一年来，开发区虽然取得了诸多可喜的成果，但也存在一些不足。
全年完成工业总产值86.2亿元，同比增长12.3%。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from draftcheck.finding import Finding, Severity
from draftcheck.lexicon import established_terms
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.text.windowed_scan import finditer_in_windows

# A clause mark followed (spaces aside) by another mark: the clause between them is empty.
# A 、 right after a number at a line start is a page marker (web-residue), not an empty clause.
# (The leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_EMPTY_CLAUSE = re.compile(r"(?P<mark>[,，、:：;；](?<![\d\n][,，、:：;；]))[ \t\u3000]*(?P<next>[,，;；。.!！?？、])(?![\d])")
_NUMBER_BEFORE = re.compile(r"(?:^|\n)[ \t\u3000]*\d{1,3}$")
# What ends a clause when we quote the words before an empty one.
_CLAUSE_START = re.compile(r"[,，、;；。!！?？:：\n]")
# Time adverbials that open a sentence; alone before 。 they are a fragment.
_ORPHAN_ADVERBIAL = re.compile(
    r"(?P<lead>[,，;；。]|^|\n)[ \t\u3000]*(?P<adverbial>(?:一年来|今年来|今年以来|去年以来|近年来|近年以来|多年来|"
    r"几年来|五年来|年初以来|上半年以来|开年以来|入夏以来|三年来|(?:[一二三四五六七八九十]|[0-9]{1,2})个月来))"
    r"(?P<stop>[。.!！])",
    re.MULTILINE,
)
# A clause that is only a noun phrase: 由某公司投资的天然气供气工程。 (what happened to it is missing).
_PREDICATE_LESS = re.compile(
    r"(?:^|(?<=[。；;！!？?，,]))[ \t\u3000]*(?P<clause>由[^，,。；;！!？?\n]{2,30}?(?P<verb>投资|建设|承建|实施|出资|投资建设|投资兴建)"
    r"的(?P<thing>[^，,。；;！!？?\n的]{2,20}?(?:工程|项目))[。.])",
    re.MULTILINE,
)
# What a match of _PREDICATE_LESS or _ORPHAN_ADVERBIAL holds, found by a search led by a literal (the patterns,
# led by a line start or a lookbehind, are tried at every position): a text without it skips the pattern.
_PREDICATE_LESS_NEEDS = re.compile(r"由[^，,。；;！!？?\n]{2,30}?(?:投资|建设|承建|实施|出资|投资建设|投资兴建)的")
_ORPHAN_ADVERBIAL_NEEDS = re.compile(r"来[。.!！]")
_ORPHAN_REACH = 24
# The closing marks a finished document can end on.
_FINAL_MARKS = "。.！!？?…”’）)》】」』|—-:：;；"
_MIN_DOCUMENT = 300
# A shorter one-line text is prose when a finished sentence of some length stands before its last one
# (…为全年工作奠定了基础。同时，加强): the last sentence was cut.
_CLOSED_SENTENCE = re.compile(r"[\u4e00-\u9fff\d%）)”][。！？!?][^。！？!?]{4,}$")
_MIN_LAST_PARAGRAPH = 16
_MIN_LAST_PARAGRAPH_WITH_LABELS = 60
# A web page footer, not the report's last sentence: 主办单位：… 地址：… 备案号 …
# A last clause that is finished but for its full stop: a subject, an adverb of degree or manner and a
# predicate that needs no object or figure (生态环境持续改善, 安全发展基础更加牢固, 发展活力持续迸发). 平均提高 and
# 同比增长 still await a figure, and an adverb before a transitive verb (积极引进) awaits its object: not here.
_COMPLETE_CLAUSE = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:持续|不断|更加|日益|日趋|稳步|明显|显著|进一步|全面|逐步|大幅|更为|总体|基本|有效|得到|得以|"
    r"全面|稳中)(?:改善|优化|向好|提升|增强|巩固|牢固|迸发|凸显|显现|彰显|加快|加强|完善|健全|扩大|壮大|夯实|坚实|"
    r"稳固|稳定|平稳|好转|改观|活跃|浓厚|良好|释放|激发|提速|加速|回升|上升|降低|下降|减少|增加|提高|落实|见效|有效|"
    r"增进|丰富|彰显|深化|拓展|拓宽|畅通|顺畅|规范|高效|便捷|安全|向好)$"
)
_PAGE_FOOTER = re.compile(
    r"(?:主办|承办|版权所有|地址|电话|邮编|来源|责任编辑|编辑|技术支持|关键词|标签)(?:单位)?\s*[：:]|备案号|ICP|扫一扫|分享到"
)


# --- paragraphs that stop mid-clause (each paragraph is one line) ---------------------------------
# Words a paragraph cannot end on: they promise a figure, an object or a complement.
_RATE_WITHOUT_FIGURE = (
    r"(?:同比|环比|比上年|比去年|较上年|较去年|比上年同期|比去年同期|较上年同期|较去年同期|与上年相比|与去年相比"
    r"|比年初|较年初)(?:分别)?(?:(?:增长|下降|提高|增加|减少|上升|回落|降低|上涨)(?:了|达到?|为)?|[增降减升涨])?"
    # an average change awaits its figure as a rate does: 劳动生产率平均提高
    r"|平均(?:增长|下降|提高|增加|减少|上升|降低|缩短|节约)(?:了|达到?|为)?"
)
_VERB_WITHOUT_COMPLEMENT = (
    r"(?:列入|纳入|列为|确定为|认定为|评为|评定为|提升至|提升到|提高到|提高至|增长到|增长至|下降到|下降至|减少到|减少至"
    r"|降至|增至|达到了|用于|位居|位列|跻身|分别为|依次为|分别是|主要包括|主要有"
    r"|(?:增幅|降幅|增速|增长率|占比|比重|完成率|总额|总量|金额|总数|合计|总计|共计)(?:为|达到?|约为?)"
    r"|(?:内容|范围|对象|主题|标准|方式|原则|期限|规模|面积|长度|总投资|投资额|建设地点)(?:主要)?(?:为|是|包括))"
)
_VERB_WITHOUT_COMPLEMENT += r"|(?:调整|变更|升级|更名|转化|核定|命名|划定|明确)为|(?:将|拟|定|计划|预计|已)于"
# 达 awaits its figure unless it ends a word (发达, 通达, 送达, 下达 …): 满意度达
_VERB_WITHOUT_COMPLEMENT += r"|(?<![发通抵畅送下传表转雷腾豁直到八])达"
# A verb of quantity awaiting its figure (达标率达到, 共计, 总量突破), an indicator with its verb but no figure
# (累计完成投资, 实现营业收入), a count of those who did something (…精准招商的有). 不足 as a noun
# (问题和不足, 存在的不足, 一些不足, 弥补短板不足) ends a heading or a clause whole.
_VERB_WITHOUT_COMPLEMENT += (
    r"|达到|共计|合计|总计|(?<![未全])累计|(?<![不])超过|高于|低于|(?<![和与及的些在补短])不足|约为|(?<=[率额量值数计共均])(?:为|达|约)"
    r"|(?:完成|实现|新增|累计完成|完成了|实现了)[\u4e00-\u9fff]{0,4}?(?:投资|总产值|产值|营业收入|主营业务收入|收入|增加值|销售额|总额|产量|利润|利税|税收|营收|进出口总额|出口额)"
    r"|的(?:共|累计|分别)?有"
    # a count awaiting its figure: 全街道共有, 现有, 拥有 (issue 7, sixth round)
    r"|(?:共|现|拥|总共|尚|仍|还|另)有"
)
# 通过 + a bare verb: the means is named without its object and the main clause never comes (通过建立健全).
_VERB_WITHOUT_COMPLEMENT += r"|通过(?:建立健全|建立完善|健全完善|建立|健全|完善|加强|强化|推行|实施|开展|创新|优化|深化|引进|搭建|构建)"
# Function words (and 和 / 与 / 及 / 在 / 是 outside the words that end in them: 总和, 参与, 普及, 存在, 实事求是).
_WORD_WITHOUT_OBJECT = (
    r"(?:将|把|按照|围绕|对照|遵照|随着|为了|对于|以及|并且|而且|对标|聚焦|紧扣|紧盯|着眼于|立足于|其中"
    r"|根据|依据|依托|针对|面向|关于|由于|通过对|(?<![棉])被|(?<![相面应针绝核反比查])对于?|(?<![方导面指倾意动走偏志取风转])向"
    r"|(?<![服遵听跟顺自何])从|(?<![可所难足得予加给用借据是之])以|或者|(?<![或])或"
    r"|(?<![总平缓祥温调饱随共柔谦中融讲附暖人])和|(?<![参给赋授干])与|(?<![普涉危惠波不企触论累遍顾提殃推以])及"
    r"|(?<![存所实正现内自潜外好])在|(?<!求)(?<!衷一)是"
    # 通过 as a preposition awaiting its means (园区通过); 顺利通过, 审议通过, 验收通过, 考核合格通过, 全部通过 are finished
    r"|(?<![利议已得审收票核查式测估经未格性均部都])通过"
    # (issue 7, text11) the base of a comparison (增速比 / 增幅较), the agent or source (由 / 从), the clause-opening 为
    # of a beneficiary, 分别 and 主要 before the figures or items they distribute: 相比, 比较, 自由, 理由, 作为 end words
    r"|(?<![对相占环同类无好正反配评攀])比|(?<![比计相])较|(?<![自理缘事来经因])由|分别|(?<![最的])主要"
    r"|(?<=[，,；;])(?:同时|并|还|也|要|将)?为)"
)
# A transitive verb after the means or manner it is done by (以更大的决心和力度推动, 用改革的办法推进), its object lost
# (with 来/去 between, 靠创新来推动, the verb is passive in sense and ends the sentence whole).
# (a transitive verb after the adverb that marks it as the predicate, 积极引进 / 加快推进, is the lexicon's adverbs_verb:
# _dangling_end; 工作有序推进 and 稳步推进 end a sentence, so the adverb is required)
_VERB_WITHOUT_OBJECT = (
    r"(?:以|用|靠|凭借)[^，,。；;：:！？!?\n]{1,14}?(?<![来去])"
    r"(?:推动|促进|推进|打造|构建|加强|实施|开展|落实|引进|培育|提升|深化|解决|破解)"
)
_ADVERB_WITHOUT_VERB = r"(?:进一步|(?<![尽举])全力|大力|着力|切实|逐步|稳步|更加|坚决|务必)"
# A figure whose unit was cut off (实现营业收入12.8, not 附件2 / 表12) or a share whose figure was
# (占全区工业产值的).
_FIGURE_WITHOUT_UNIT = r"(?<=[\u4e00-\u9fff])(?<![附件表图第号至到])(?:\d+\.\d+|\d{2,})"
_SHARE_WITHOUT_FIGURE = r"占[^，,。；;、]{1,14}的(?:比重|比例|份额)?|(?:任务|计划|目标|总量|总额|比重)的"
# A conjunction or a linking word that opens the next clause (…初步显现，但 / …，从而 / …，特别是): what it
# joins was cut. (达 awaits its figure unless it ends a word: 发达, 通达, 送达, 下达 …)
_CONJUNCTION_WITHOUT_CLAUSE = (
    r"(?:但是|但|然而|而且|并且|(?<![兼合吞])并|(?<![然从进因反继])而|(?<![并而况暂姑])且|因此|所以|从而|进而|以便|以免|甚至|乃至|特别是|尤其是"
    r"|包括|例如|比如|诸如|即|不仅|不但|既|虽然|尽管|如果|只要|只有|因为|同时|此外|另外|以及)"
)
_DANGLING_END = re.compile(
    rf"(?:(?P<conj>{_CONJUNCTION_WITHOUT_CLAUSE})|(?P<rate>{_RATE_WITHOUT_FIGURE})|(?P<verb>{_VERB_WITHOUT_COMPLEMENT})|(?P<word>{_WORD_WITHOUT_OBJECT})"
    rf"|(?P<adverb>{_ADVERB_WITHOUT_VERB})|(?P<unit>{_FIGURE_WITHOUT_UNIT})|(?P<share>{_SHARE_WITHOUT_FIGURE})"
    rf"|(?P<object>{_VERB_WITHOUT_OBJECT}))$"
)
_MISSING = {
    "conj": "它所引出的分句",
    "rate": "增减的幅度或数值",
    "verb": "应有的宾语或数值",
    "word": "应有的后续成分",
    "adverb": "它所修饰的动作",
    "unit": "数字的单位",
    "share": "所占的比例",
    "object": "动作的对象",
    "headless": "“的”字短语所修饰的中心语（如“……的培训”“……的项目”）",
}
# Endings that scraped pages also break lines on (bold or linked words): a comma, 的. Only a
# paragraph ending so right before a later outline item (二、 （三） 2. 二是) is taken as cut off;
# before 一是 or （一） it introduces a list.
_WEAK_END = re.compile(r"[，,]$|[\u4e00-\u9fff]的$")
# A final clause that is nothing but a verb awaiting its figure: …，完成 / …，累计实现 / …，同比增长.
_BARE_VERB_CLAUSE = re.compile(
    r"(?:全年|累计|共|预计|已|已经|力争|当年|新)?(?:完成|实现|达到|达|新增|完成了|实现了|累计完成)"
    r"|(?:增长|下降|提高|增加|减少|上升|回落)了?"
)
# An enumeration of figures whose last item lost its figure: 营业收入12.8亿元、利润
_FIGURE_ITEM = re.compile(
    r"\d(?:\.\d+)?\s*(?:%|[万亿千百]?(?:元|美元|吨|千瓦时|平方米|亩|公里|人|户|家|个|项|件|所|张|辆|台|套|人次|万人次))$"
)
_LAST_ITEM = re.compile(r"[^、\d]{1,8}")
# A last clause that names an indicator and stops before its figure: 森林覆盖率, 其中城区占比, 新增停车位
# (an aim with its verb, 提高城镇化率, is whole: _INDICATOR_PREDICATE).
_INDICATOR_WITHOUT_FIGURE = re.compile(
    r"(?:[\u4e00-\u9fff]{2,}(?:率|占比|比重|增速|增幅|(?:满意|知晓|覆盖|参与|贡献|依存|集中|开放|活跃|认可)度)|^\s*(?:其中|全年|累计|共)?(?:新增|新建|新开工|新培育|新认定|新招引|引进|签约)"
    r"(?![\u4e00-\u9fff]*(?:一批|若干|多个|一些|多家|多项|等))[\u4e00-\u9fff]{2,8})$"
)
_INDICATOR_CLAUSE_MAX = 40
_INDICATOR_PREDICATE = re.compile(
    r"提高|提升|降低|下降|增加|减少|扩大|优化|调整|稳定|保持|控制|压缩|缩小|增强|加大|高于|低于|超过|达到|突破|巩固|改善|"
    r"健全|完善|推进|推动|发挥|用好|确保|力争|争取|目标|计划|加快|继续|进一步|着力|重点|积极|大力|不断|持续|努力"
)
# Marks a finished paragraph (or a heading, a label, a link) may end on.
_PARAGRAPH_END_MARKS = frozenset("。.！!？?…”’）)》】」』|—-;；:：，,")
# Of those, the marks after which nothing is checked (a colon or comma may still end a cut paragraph).
_FINISHED_MARKS = _PARAGRAPH_END_MARKS - frozenset("：:，,")
_CLAUSE_MARKS = re.compile(r"[，,；;：:。！!？?]")
# A table row flattened to text: cells separated by a tab, a bar or a run of spaces.
_TABLE_ROW = re.compile(r"[\t|]|\S[ \u3000\xa0]{2,}\S")
# A table or figure caption: 表3 2024年客（货）运量、周转量
_CAPTION = re.compile(r"^(?:表|图|附表)\s*\d")
# A line that continues the one before it: it opens with a mark or a figure (比上年增长⏎26.2%).
_CONTINUATION = re.compile(r"^[，,。.、；;：:）)》」”’%\d]")
# A line opening with the predicate of the line before (优良率⏎分别为94.5%): one sentence broken across lines.
_PREDICATE_OPENING = re.compile(r"^(?:分别|(?:达到?|为|约为?|均为)\s*\d|较上年|较去年|比上年|比去年|同比|环比)")
# A line opening with a mark: in scraped text, the rest of a sentence after a link on its own line.
_OPENS_WITH_MARK = re.compile(r"^[，,。.、；;：:）)》」”’]")
# Lines that open with a mark in a document whose sentences are split around links (wiki pages).
_LINK_SPLIT_LINES = 2
# A page number on a line of its own (—11—, 第3页, - 12 -).
_PAGE_NUMBER_LINE = re.compile(r"^(?:[—\-－]\s*\d{1,3}\s*[—\-－]|第\s*\d{1,3}\s*页|\d{1,3})$")
# An outline marker numbered 2 or more at a line start: a colon paragraph followed by it introduced nothing.
_LATER_OUTLINE_ITEM = re.compile(
    r"^(?:[二三四五六七八九十]{1,3}[、.．]|[(（][二三四五六七八九十]{1,3}[)）]|(?:[2-9]|[1-9]\d)[、.．](?!\d)"
    r"|[(（](?:[2-9]|[1-9]\d)[)）]|[二三四五六七八九十]是|第[二三四五六七八九十][，,、]|其[二三四五六七八九十][，,、])"
)
# A paragraph opening on a date and its comma (10月15日，园区… / 2025年3月2日，…): another dated item of a bulletin.
_DATED_OPENING = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:[上下]午)?[，,]")
# Openers of a paragraph that moves on: after 主要原因是： they show the reasons were never given.
_MOVING_ON = re.compile(
    r"^(?:下一步|今后|下阶段|明年|展望|总之|综上|总的来看|总体来看|针对(?:上述|以上|这些)|对此|为此|此外|另外|与此同时|同时"
    r"|其次|再次|最后|另一方面)"
)
# A colon paragraph that promises what follows: 主要原因是： / 主要表现在： / 具体如下：
_PROMISING_COLON = re.compile(r"[\u4e00-\u9fff”》)）][:：]$")
# A colon line without a clause mark that still announces what follows (issue 7, text11): 主要指标完成情况如下： /
# 存在的问题主要表现在： (a label, 主要做法：, announces nothing a later paragraph could be missing).
_ANNOUNCING_COLON = re.compile(
    r"(?:如下|以下(?:几个方面|几点|几项|方面)|(?:原因|问题|不足|做法|措施|成效|表现|困难)(?:主要)?(?:是|为|有|在于|表现在|体现在))[：:]$"
)
_WRAPPED_PAIRS_LIMIT = 3
# A short line closing a sentence wrapped from the line before (not a heading: （二）园区建设。; no figure:
# 全年新增规上企业9家。 is a sentence of its own).
_WRAPPED_TAIL_MAX = 8
_OUTLINE_OPENING = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]")
# A paragraph of its own: long, with its own finished sentence (after a paragraph ending on 的 or a
# comma it shows that paragraph was cut, not broken at a bold word or a link).
_NEW_SENTENCE_LINE = re.compile(r"^[^\n]{20,}[。！？!?]")
# The marker opening an item of an enumeration (一是 / 首先 / （三） / 2.): the clause after it is read without it, so that
# 一是加强 at a paragraph end is a bare transitive verb as ，加强 is (issue 7, trunc10).
_ITEM_OPENER = re.compile(
    r"\s*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十]是?|首先|其次|再次|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]"
    r"|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}、)\s*"
)


def _without_item_opener(clause: str) -> str:
    opener = _ITEM_OPENER.match(clause)
    return clause[opener.end() :] if opener is not None else clause


# An enumeration opened with 一是 / 其一 that never reaches its second item.
_OPEN_FIRST_ITEM = re.compile(r"(?:^|(?<=[:：，,；;。]))[ \t\u3000]{0,4}(?P<first>一是|其一[，,是])")
# Two or more ellipses in a row right after a word: a preview cut, not a figure of speech.
_CUT_MARK = re.compile(r"…(?<=[\u4e00-\u9fff]…)…{2,}|\.(?<=[\u4e00-\u9fff]\.)\.{5,}|。(?<=[\u4e00-\u9fff]。)。{2,}")
_LATER_SECOND_ITEM = re.compile(r"二是|其二")
# A later item of the same enumeration in its paragraph, numbered wrongly: 一是…；一是…；三是…
_LATER_ITEM = re.compile(r"(?<=[;；。，,:：])[ \t\u3000]{0,4}(?:[一三四五六七八九]是|其[三四五六七八九])")
_SECOND_ITEM_REACH = 3000
_SECOND_ITEM = re.compile(r"二是|其二|再是|(?:^|[;；。，,])[ \t\u3000]{0,4}(?:二[、.．]|[(（]二[)）]|2[、.．](?!\d)|[(（]2[)）])")


# A full stop right after a word that opens what must follow (issue 7, sixth round): 并按照。 / ，从而。 / 对…开展了。
# (multi-character words only, which no other word ends in; 开展了 / 进行了 after a preposition naming the target:
# 投入, 落实, 实施 are nouns as often as verbs and stay out). Found from the last character before the stop.
_OPENERS_BEFORE_STOP = (
    "按照", "依照", "遵照", "根据", "围绕", "针对", "对于", "关于", "为了", "随着", "由于", "以及", "并且", "而且", "但是",
    "从而", "进而", "以便", "以免", "特别是", "尤其是", "通过对", "着眼于", "立足于",
    # a rate or a share whose figure was cut before the stop: …实现利税3.2亿元，同比增长。
    "同比", "环比", "同比增长", "同比下降", "同比增加", "同比减少", "同比提高", "同比上升", "比上年增长", "比上年下降",
    "较上年增长", "较上年下降", "比去年增长", "较去年增长", "增速为", "增幅为", "占比为", "比重为", "占比达", "增长率为",
    # the one-character change verbs that take their figure directly (同比增12.5%): cut before it
    "同比增", "同比降", "同比减", "环比增", "环比降", "比上年增", "比上年降", "较上年增", "较上年降", "比去年增", "较去年增",
)
# A modal verb (perhaps with a time) and an adverb of manner, the predicate they modify lost before the stop or the
# paragraph end: 预计年底前可全面。 / 将进一步。 / 力争年底前基本
# (Found from the adverb and the stop, which the regex engine skips to; the modal is then matched before it.)
_ADVERB_BEFORE_STOP = re.compile(
    r"(?P<stop>[。；;！!\n])(?:(?<=(?:全面|全部|基本|逐步|尽快|如期|按时|全力|切实|大力|不断|加快)[。；;！!\n])|(?<=进一步[。；;！!\n]))"
)
_ADVERB_WORDS = ("进一步", "全面", "全部", "基本", "逐步", "尽快", "如期", "按时", "全力", "切实", "大力", "不断", "加快")
_MODAL_BEFORE_ADVERB = re.compile(
    r"(?:(?:可|将|能|能够|可以|要|会|拟|力争|确保|预计|计划|争取|有望)"
    # (a time between: 力争年底前基本 / 预计明年6月全部)
    r"|(?:将|拟|力争|确保|预计|计划|争取|有望)[^，,。；;！!？?\n]{0,6}?(?:前|内|底|年|月|季度))$"
)
_MODAL_REACH = 10
# A clause that is only an aggregate or time word and a verb of quantity before the stop, its object and figure
# lost: ，全年完成。 / ，共新增。 / ，今年完成。 (not 力争年内完成, 已全部完成, 按期完成: a plan or a manner).
_BARE_QUANTITY_BEFORE_STOP = re.compile(
    r"[，,；;](?P<clause>(?:全年|累计|共计|共|当年|本年|今年|上半年|前三季度|一季度)(?:共|累计)?(?:完成|实现|新增|建成|发放|培训|引进|签约))[。；;]"
)
# Words of another time in the clause before a bare 今年完成 (去年开工，今年完成: a whole sentence).
_OTHER_TIME = re.compile(r"[年月]|开工|启动|开始|计划|预计|力争")
# What a clause cannot end on before its stop (the paragraph-end words of _DANGLING_END that the corpus never writes
# before a stop): a linking word, a rate without its figure, an adverb without its verb, a share without its figure,
# a verb of quantity or naming without its complement (森林覆盖率达到。 / 预计将于。 / 主要包括。 / 占年度目标任务的。).
_VERB_BEFORE_STOP = (
    r"(?:列入|列为|确定为|认定为|评为|评定为|提升至|提升到|提高到|提高至|增长到|增长至|下降到|下降至|减少到|减少至|降至|增至"
    # (全部达到, 均已达到, 如期达到: the target reached, whole)
    r"|(?<![部均已都本期面标])达到了?|用于|位居|位列|分别为|依次为|分别是|主要包括|主要有|(?:将|拟|计划|预计)于|共计|合计|总计|约为"
    r"|(?:增幅|降幅|增速|增长率|占比|比重|完成率|覆盖率)(?:为|达到?))"
)
# A structural word before the stop, what it joins or introduces cut (issue 7, text11): 和。/ 与。/ 及。 (not 总和, 参与,
# 普及), 在。 / 对。 (not 存在, 所在, 相对, 应对), 把。, 其中。, an item opener 一是。 (not 比比皆是, 实事求是).
_STRUCTURAL_BEFORE_STOP = (
    # (之和, 缓和, 言和, 不和 and 可及, 同在, a count of pairs 96对 / 结对 are words or phrases that end a sentence whole)
    r"(?<![总平缓緩祥温调饱随共柔谦中融讲附暖人之言不])和|(?<![参给赋授干])与|(?<![普涉危惠波不企触论累遍顾提殃推以可])及"
    r"|(?<![存所实正现内自潜外好同共何常健])在|(?<![相面应针绝核反比查校结配成\d万千余多])对|(?<![火一])把|其中"
    r"|(?:^|(?<=[:：，,；;。]))[一二三四五六七八九十]是"
)
# A relative clause whose head noun was cut before the stop (issue 7, textfamilies): …，其中面向返乡创业人员开展的。 (an
# action verb and 的, in a clause without 是: …是在…指导下开展的。 is the whole 是…的 frame).
_HEADLESS_RELATIVE = r"(?:开展|实施|建设|完成|组织|举办|发放|培训|引进|新建|投资|承建|落实|推进|兑现|拨付|签约|认定)的"
_DANGLING_BEFORE_STOP = re.compile(
    rf"(?:(?P<conj>{_CONJUNCTION_WITHOUT_CLAUSE})|(?P<rate>{_RATE_WITHOUT_FIGURE})|(?P<verb>{_VERB_BEFORE_STOP})"
    rf"|(?P<adverb>{_ADVERB_WITHOUT_VERB})|(?P<share>占(?!有)[^，,。；;、]{{1,14}}的(?:比重|比例|份额)?|(?:任务|计划|目标|总量|总额)的)"
    rf"|(?P<word>{_STRUCTURAL_BEFORE_STOP})|(?P<headless>{_HEADLESS_RELATIVE}))$"
)
# (issue 7, trunc10) The same verbs awaiting their figure or complement before a comma: the corpus never writes one of
# them before ，(only before a colon that opens a list: 依次为：…), so a clause stopping there lost what it reached
# (住院费用实际报销比例达到，同时…). Gated by the last character of the words.
_VERB_BEFORE_COMMA = re.compile(rf"(?:{_VERB_BEFORE_STOP})$")
_COMMA_AFTER_VERB = re.compile("[，,](?<=[到了于为是括有计入居列至达][，,])")
# The last characters of the words of _DANGLING_BEFORE_STOP and _BARE_CHANGE: a stop after any other is passed by
# (tests/test_truncated_stops.py checks that every word of the patterns ends on one of them).
_SHARE_LAST = frozenset("的重例额")
# What makes a verb and 的 before a stop a whole sentence: the 是…的 frame (或 由…的, 所…的: 由省里统一组织的。).
_COPULA_FRAME = re.compile(r"是|由|所")
_DANGLING_REACH = 12
_DANGLING_LAST = frozenset("和与在对把中是但然且并而此以便免至括如即仅既管果要有为时外及比年初期别长降高加少升落低涨了达到增减短约入于居列计步力实决必的重例额")
# A clause of only a change verb after a stated figure: …86.4亿元，增长了。
_BARE_CHANGE = re.compile(r"[ \t\u3000]*(?:比上年|同比)?(?:增长|下降|提高|增加|减少|上升|回落|降低)了?")
# A figure cut after its decimal point (到位资金12. / 12.。): its decimals and unit lost. A number after a Han character
# is a figure (an outline marker stands at a line start or after a mark).
# (Led by the point, which the regex engine skips to; the figure before it is read back from there.)
_CUT_DECIMAL = re.compile(r"[.．](?<=\d[.．])(?![\d.．])(?=[。，,；;、）)\n]|[ \t\u3000]*\Z|[\u4e00-\u9fff])")
_FIGURE_BEFORE_POINT = re.compile(r"(?<=[\u4e00-\u9fff])(?<![附件表图第号])\d+\Z")
_STOP_AFTER_OPENER = re.compile("[" + "".join(sorted({w[-1] for w in _OPENERS_BEFORE_STOP} | {"了"})) + "]。")
_TARGET_THEN_VERB = re.compile(r"(?:对|向|就)[^，,。；;！？\n]{1,30}?(?:开展|进行)了$")


_SENTENCE_END = re.compile(r"[。！？!?；;\n]")

# A sentence that is only its opening adverbial clause (issue 7, text11): 随着 + a nominalised event, 为了 / 为进一步 + a
# purpose, 在…方面 + a field, then a stop with no comma, so no main clause follows (随着一批重大项目的陆续投产。).
# (Led by the opener's words or by 方面 before a stop, which the regex engine skips to; the sentence start before the
# opener is checked from there.)
_LONE_OPENING = re.compile(
    r"(?P<clause>(?P<opener>伴随着|随着|伴随|为了|为进一步)[^，,。；;：:！？!?\n、“”《》]{3,36}?)(?P<stop>[。；;]|$)", re.MULTILINE
)
# 在…方面 alone: found from 方面 before a stop or a line end, its 在 matched back from there.
_FIELD_END = re.compile(r"方面(?P<stop>[。；;]|$)", re.MULTILINE)
_FIELD_OPENING = re.compile(r"在[^，,。；;：:！？!?\n、“”《》在]{2,24}$")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[。！？!?；;\n])[ \t\u3000]*$")
# An amount named by its indicator whose figure lost its unit before a mark: 完成投资3.2。 / 实现营业收入32， (a ratio, an
# index or a rate, 比值为1.88 / 指数为100.2 / 性别比为111.7, takes no unit and is not read: only amounts are named here).
# (Led by the figure before its mark; the indicator is then matched back from the figure.)
_FIGURE_BEFORE_MARK = re.compile(
    # (a comma before three digits separates thousands: 1,234.5万元; led by a digit, which the regex engine skips to)
    r"\d(?<=[\u4e00-\u9fff]\d)\d*(?:\.\d+)?(?=[。；;]|[，,](?!\d{3}))"
)
_AMOUNT_BEFORE_FIGURE = re.compile(
    r"(?:完成|实现|新增|累计|到位|争取|发放|带动|吸纳|引进)[\u4e00-\u9fff]{0,6}?"
    r"(?:投资|总产值|产值|营业收入|主营业务收入|收入|增加值|销售额|营业额|利润|利税|税收|资金|就业|人才|岗位|项目|企业)$"
)
_AMOUNT_REACH = 16


# Two clauses spliced where a piece was cut (issue 7, textfamilies): an indicator whose figure and predicate were lost runs
# straight into a new clause's subject and verb (城镇调查失业率全市实现外贸进出口总额…). An indicator names what is
# measured, never who acts: a scope word and a verb of achievement right after one open another sentence.
# (Led by the scope word, which the regex engine skips to; the indicator is matched back from there.)
_SPLICED_CLAUSE = re.compile(
    r"(?:全|我)(?<=[率重比速幅额量入值数积][全我])"
    r"(?:市|县|区|省|镇|乡|州|旗|街道)(?:全年|上半年|前三季度)?(?:共|累计)?(?:实现|完成|新增|新建|引进|签约|发放)"
)
# The verb's own object, another indicator, before any figure: what shows the indicator before it lost its clause.
_OTHER_OBJECT = re.compile(r"(?![了约近超达共计为])[\u4e00-\u9fff]{2,}")
_SPLICE_INDICATOR = re.compile(r"[\u4e00-\u9fff]{0,10}(?:率|比重|占比|增速|增幅|总额|总量|收入|产值|增加值|人数|面积)$")


# A unit declared once for the figures that follow: （单位：万元）, 单位为亿元, 计量单位:人
_UNIT_DECLARED = re.compile(r"单位\s*[:：为]")


def _paragraph_start(folded: str, at: int, lines: int = 1) -> int:
    """The start of the line holding ``at``, or of the ``lines - 1`` lines before it (a caption above a list)."""
    start = at
    for _ in range(lines):
        start = folded.rfind("\n", 0, max(0, start - 1)) + 1 if start > 0 else 0
        if start == 0:
            break
    return start


_LIST_ITEM_MAX = 60  # an item of a list laid out without marks is short and holds no full stop (a page's chunk is long)


def _unpunctuated_list_item(before: str, last: str) -> bool:
    """``last`` is an outline item (1. / （二） / ③ …) and so is the line before it, which also ends without a mark:
    the list is laid out without end punctuation."""
    previous = before.rstrip().rsplit("\n", 1)[-1].strip()
    return (
        bool(previous)
        and max(len(previous), len(last)) <= _LIST_ITEM_MAX
        and "。" not in previous + last
        and _ITEM_OPENING.match(last) is not None
        and _ITEM_OPENING.match(previous) is not None
        and previous[-1] not in _FINAL_MARKS
    )


# An item of a list: an outline number or a bullet (●新设立外商投资企业81家)
_ITEM_OPENING = re.compile(_OUTLINE_OPENING.pattern + r"|[●•▪■◆◇○☆★►▶➢❖]")


# Numerals that give a total its figure in words: 共举办培训班十二期, 累计三批
_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十百千万亿两几数多余")


@lru_cache(maxsize=1)
def _totals_pattern() -> re.Pattern:
    """共/累计/共计/总计/一共, then nothing, a verb that reports a quantity (lexicon words.toml [open_ends] quantity_verbs
    and action_verbs), or such a verb and a short object, then a stop or the end of the paragraph."""
    from draftcheck.lexicon.words import alternation

    verbs = alternation(("open_ends", "quantity_verbs"), ("open_ends", "action_verbs"))
    return re.compile(
        rf"(?P<total>共(?<![公中总与]共)(?![同享建生存商识赢融治])|累计|共计|总计)"  # (each branch opens on a character: a fast scan)
        rf"(?:(?P<verb>{verbs})(?P<rest>[^，,。；;！!？?：:、\n\d“”《》（）()]{{0,14}}))?"
        # (a line break ends it only before a heading or an item, or at the end: a PDF's line wraps mid-sentence)
        r"(?=[。；;！!？?]|[ \t\u3000]*(?:\Z|\n[ \t\u3000]*(?:" + _OUTLINE_OPENING.pattern + r")(?![\d.．])))"
    )


def _figure_before_in_sentence(folded: str, at: int, reach: int = 80) -> bool:
    """Whether a digit stands between the start of the sentence holding ``at`` and ``at``."""
    start = _clause_start(folded, at, reach, marks=_SENTENCE_END)
    sentence = folded[start:at]
    if any(char.isdigit() for char in sentence):
        # (the number of an item, 1.规上工业增长动力不足，…产值同比下降；, is no figure of the sentence)
        return any(char.isdigit() for char in _ITEM_NUMBER.sub("", sentence))
    return False


# An item's number at the start of a sentence or after a colon or semicolon: 1. / 2、 / (3)
_ITEM_NUMBER = re.compile(r"(?:^|(?<=[:：;；。\n]))[ \t\u3000]*[(（]?\d{1,2}[.．、)）](?!\d)")


def _clause_start(folded: str, at: int, reach: int = 30, marks: re.Pattern = _CLAUSE_MARKS) -> int:
    """Where the clause holding ``at`` begins (looking back at most ``reach`` characters); ``marks``: what
    ends the unit before it (``_SENTENCE_END`` for the sentence)."""
    floor = max(0, at - reach)
    return max((c.end() for c in marks.finditer(folded, floor, at)), default=floor)


# A paragraph cut inside a word: it ends on an established term of the corpus without its last character
# (…加快推进中小企业数字化转 for 数字化转型), and no word of the corpus ends there.
_MIN_CUT_TERM_DOCUMENTS = 20
_FUNCTION_CHARS = frozenset("的了和与及或是在对把被将等着过也都就而并但其之所")


@lru_cache(maxsize=1)
def _term_heads() -> tuple[dict[str, str], frozenset[str]]:
    """(established term of 4-6 characters minus its last character -> the term, every established term)."""
    terms = established_terms()
    heads: dict[str, str] = {}
    for term, (documents, _, _) in terms.items():
        # (a term holding 的, 和 … is a piece of a sentence: 社会发展的主 of 社会发展的主要目标)
        if 4 <= len(term) <= 6 and documents >= _MIN_CUT_TERM_DOCUMENTS and not _FUNCTION_CHARS.intersection(term):
            heads.setdefault(term[:-1], term)
    return heads, frozenset(terms)


# A character the corpus writes before at most this many different Han characters is bound to what follows it (振,
# 推, 贯, 壮: 乡村振 is a piece of 乡村振兴); one written before many (体, 债, 型) may end a word (经济体, 专项债).
_MAX_BOUND_FOLLOWERS = 50


@lru_cache(maxsize=512)
def _bound_character(char: str) -> bool:
    from draftcheck.lexicon import corpus_bigrams

    return len(corpus_bigrams().followers(char)) <= _MAX_BOUND_FOLLOWERS


@lru_cache(maxsize=1)
def _stops_worth_reading() -> tuple[re.Pattern, frozenset[str]]:
    """Stops after a character that ends a word of _DANGLING_BEFORE_STOP or a bound character ending the head of a
    term (乡村振。): the only stops ``_cut_figures_and_predicates`` reads (most stops follow neither); and the latter
    characters."""
    heads, _ = _term_heads()
    cut_last = frozenset(head[-1] for head in heads if _bound_character(head[-1]))
    last = _DANGLING_LAST | cut_last
    return re.compile("[。；;](?<=[" + re.escape("".join(sorted(last))) + "][。；;])"), cut_last


def _cut_term(line: str) -> tuple[str, str] | None:
    """(the cut tail, the term it begins) when ``line`` stops inside an established term."""
    heads, terms = _term_heads()
    if any(line[-n:] in terms for n in range(2, 7)):
        return None  # the line ends on a word of its own (…推动高质量发展)
    for n in (5, 4, 3):
        term = heads.get(line[-n:])
        if term is not None and len(line) > n:
            return line[-n:], term
    return None


# Open grammar at the end of a sentence (issue 7, sixth round), read where a missing full stop alone is no
# proof of a cut (a short one-line text): a time adverbial awaiting its predicate (计划于明年秋季, 将在年底前),
# an amount noun awaiting its figure (现场签约金额, 其中出口额), and after 其中 a class of items awaiting its
# count (其中，年营业收入超亿元企业).
_TIME_WITHOUT_PREDICATE = re.compile(
    r"(?:于|在|到|至|计划|预计|力争|争取|确保|拟|将)\s*(?:今年|明年|后年|年底|年末|年内|年中|年初|近期|下一步|下阶段"
    r"|\d{4}\s*年(?:\s*\d{1,2}\s*月)?|(?:今年|明年|后年)?\s*\d{1,2}\s*月)"
    r"(?:上半年|下半年|[一二三四]季度|春季|夏季|秋季|冬季|年底|年末|底|初|中旬|上旬|下旬|前后|左右)?(?:前|之前|以前|底前)?$"
)
_AMOUNT_NOUN = re.compile(
    r"(?:金额|总额|总量|收入|产值|人数|户数|数量|面积|规模|利润|利税|税收|增加值|销售额|营业额|产量|投资额|出口额|进口额|交易额|成交额|吞吐量|客流量|余额)$"
)
# A clause ending on its figure (务工620人, 清理垃圾3,400余吨) and a clause opening on a verb of quantity
# (发放劳务报酬, 带动就业): in a run of figures, the last such clause without a figure lost it.
_FIGURE_CLAUSE = re.compile(r"\d(?:[\d,.]*\d)?\s*(?:余|多)?\s*[\u4e00-\u9fff%]{1,4}$")
_QUANTITY_VERB_CLAUSE = re.compile(
    r"(?:共|累计|全年|新|另)?(?:发放|兑现|拨付|支付|吸纳|带动|帮助|惠及|覆盖|减免|节约|收回|清理|核实|培训|安置|提供|落实|争取|完成|实现|新增|改造|建成|发展"
    # (issue 7, text11) the counted works of a run of figures: …拆除残垣断壁560处，整治黑臭水
    r"|整治|拆除|治理|修复|新建|改建|硬化|疏浚|栽植|种植|排查|整改|化解|办理|受理|调处|走访|查处|关停|淘汰|招引|引进|签约|开工|竣工)"
    r"[\u4e00-\u9fff]{1,10}$"
)
# A comparison whose result was cut: 增速比1—10月, 较上季度 (the months or the period compared with, nothing after).
_BASE_WITHOUT_RESULT = re.compile(
    r"[比较](?:1\s*[-—至]\s*)?\d{1,2}\s*月(?:份)?(?:末|底)?$|[比较](?:上|第[一二三四]|[一二三四])(?:季度|月|半年)(?:末|底)?$"
)
# Each of several items changed, the figures lost: 三大主导产业分别增长
_EACH_WITHOUT_FIGURES = re.compile(r"分别(?:增长|下降|提高|增加|减少|上升|回落|为|达到?|占)$")
# (issue 7, trunc9) 分别 and one verb of quantity (lexicon open_ends.quantity_verbs) at an unmarked end: the figure of each
# item was cut (北片区、南片区分别完成); and the base of a comparison with its adjective only (增速比全市平均水平高),
# its amount cut, where the text stops without a mark.
_EACH_THEN_VERB_PATTERN = r"分别(?:{verbs})$"
_COMPARISON_WITHOUT_AMOUNT = re.compile(r"(?:增速|增幅|降幅|涨幅|比重|占比|[率量额值数])[比较][^，,。；;比较]{2,14}[高低快慢多少]$")
# The head nouns of indicators, read only right after a clause ending on a figure.
_INDICATOR_HEAD = re.compile(
    r"(?:投资|收入|产值|增加值|总额|利润|税收|消费|出口|进口|用电量|产量|销售额|营业额|零售额|人数|户数"
    # (issue 7, textfamilies) the next thing counted in a run of counts: …在校学生8.6万人，专任教师
    r"|教师|医生|医师|护士|床位|学生|职工|党员|人才|学校|医院|企业|项目|商户|农户|社区)$"
)
_INDICATOR_AFTER_FIGURE_MAX = 12
# A subject and the new items it counts, without their count: 园区新增入驻企业
_NEW_ITEMS = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:新增|新建|新引进|新签约|新认定|新培育|新开工|新入驻)[\u4e00-\u9fff]{1,10}$")
_COUNT_NOUN = re.compile(r"(?:企业|项目|单位|园区|平台|基地|载体|村|社区|学校|医院|人员|人才|农户|主体|商户)$")


# The label of an item in a run of numbered parts (一期…，二期…，三期 / 第一批…；第二批 / 1号楼…，2号楼): a last clause
# that is only the next label, its content cut (issue 7, textfamilies).
_ITEM_LABEL = re.compile(r"(?:第)?(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})(?P<kind>期|批|标段|阶段|号楼|号线|片区|组团)")


def _bare_item_label(line: str) -> str | None:
    """The last clause of ``line`` when it is only an item label whose kind the clause before opened with."""
    clauses = _CLAUSE_MARKS.split(line)
    if len(clauses) < 2:
        return None
    last = clauses[-1].strip()
    label = _ITEM_LABEL.fullmatch(last)
    if label is None:
        return None
    earlier = _ITEM_LABEL.match(clauses[-2].strip())
    if earlier is None or earlier.group("kind") != label.group("kind") or earlier.group("n") == label.group("n"):
        return None
    return last


# A one-line text of one long sentence with figures is prose, not a field value (issue 7, textfamilies): 招商引资成效明显，
# 全年新签约项目46个，协议总投资达126.5亿元，其中亿元以上项目 stops where its grammar is open.
_LONG_SENTENCE_CLAUSES = 2
_LONG_SENTENCE_CHARS = 16


def _long_sentence(line: str) -> bool:
    return (
        len(line) >= _LONG_SENTENCE_CHARS
        and len(_CLAUSE_MARKS.findall(line)) >= _LONG_SENTENCE_CLAUSES - 1
        and any(char.isdigit() for char in line)
    )


def _open_grammar(sentence: str) -> bool:
    """The last sentence of a text stops where its grammar is open (see above)."""
    clauses = [c.strip() for c in _CLAUSE_MARKS.split(sentence)]
    last = clauses[-1]
    before = clauses[-2] if len(clauses) >= 2 else ""
    if _TIME_WITHOUT_PREDICATE.search(last):
        return True
    if _cut_term(sentence) is not None:
        return True  # cut inside a word: 整治黑臭水 (黑臭水体)
    if (
        len(clauses) >= 3
        and _FIGURE_CLAUSE.search(clauses[-2])
        and sum(1 for c in clauses[:-1] if _FIGURE_CLAUSE.search(c)) >= 2
        and _QUANTITY_VERB_CLAUSE.match(last)
        and not re.search(r"\d", last)
    ):
        return True  # figures clause after clause, the last without its own: …务工620人，发放劳务报酬
    if (before == "其中" or last.startswith("其中")) and _COUNT_NOUN.search(last) and not _INDICATOR_PREDICATE.search(last):
        return True  # (a threshold may stand inside: 其中，投资10亿元以上项目)
    if (
        (before == "其中" or last.startswith("其中"))
        and not re.search(r"\d", last)
        and (_AMOUNT_NOUN.search(last) or _INDICATOR_HEAD.search(last) or last.endswith(("增加值", "产值")))
        and not _INDICATOR_PREDICATE.search(last.replace("增加值", ""))
    ):
        return True  # 其中第一产业增加值: the part's indicator, its figure cut
    if (
        len(clauses) >= 2
        and _QUANTITY_VERB_CLAUSE.match(last)
        and not re.search(r"\d", last)
        and _FIGURE_CLAUSE.search(clauses[-2])
        and _QUANTITY_VERB_CLAUSE.match(re.sub(r"[\d,.]+\s*(?:余|多)?\s*[\u4e00-\u9fff%]{1,4}$", "", clauses[-2]))
    ):
        return True  # 累计清理垃圾3200吨，拆除违建: parallel clauses of counted works, the last without its figure
    if _BASE_WITHOUT_RESULT.search(last) or _EACH_WITHOUT_FIGURES.search(last):
        return True  # 增速比1—10月 / 三大主导产业分别增长
    if _each_then_verb().search(last) or _COMPARISON_WITHOUT_AMOUNT.search(last):
        return True  # (issue 7, trunc9) 南片区分别完成 / 增速比全市平均水平高: the figures or the amount were cut
    if mined_open_ending(last) is not None:
        return True  # (issue 7, trunc9) a word the corpus never ends a clause on: …，实现全面 / …，对签约项目实行
    if _open_end_patterns()["modal_verb"].search(last) or _PROGRESSIVE_END.search(last):
        return True  # (lead, seventh session) 下一步将进一步加大 / 其余3件正在: a modal's verb or a progressive without its rest
    if _PART_WITHOUT_FIGURE.fullmatch(last):
        return True  # (lead, seventh session) …2418处，其中重大隐患: 其中 opens a part whose figure was cut
    if re.search(r"\d", last) or _INDICATOR_PREDICATE.search(last.replace("增加值", "")) or len(last) > _INDICATOR_CLAUSE_MAX:
        return False
    if _AMOUNT_NOUN.search(last) or _INDICATOR_WITHOUT_FIGURE.search(last):
        return True
    if _NEW_ITEMS.search(last) and _COUNT_NOUN.search(last):
        return True  # 园区新增入驻企业
    # an indicator named right after a clause that ended on its figure: …增长8.3%；基础设施投资
    return bool(before and _FIGURE_CLAUSE.search(before) and len(last) <= _INDICATOR_AFTER_FIGURE_MAX and _INDICATOR_HEAD.search(last))


# A text ending on a figure right after a verb of quantity (its unit cut): 食用菌产量达到4.6 (not a page number or a date)
_FIGURE_AT_END = re.compile(r"[\u4e00-\u9fff]{2,8}(?:达到|达|为|完成|实现|突破|增长|下降|提高|新增|累计|产量|总量|总额)约?\s*\d+(?:\.\d+)?$")
# A clause ending on a progressive or future marker, its verb cut: 其余3件正在 / 项目即将
_PROGRESSIVE_END = re.compile(r"(?:正在|即将|将要|还将|已经|仍在)$")
# 其中 and the name of a part without its figure or any predicate: …，其中重大隐患
_PART_WITHOUT_FIGURE = re.compile(r"其中[\u4e00-\u9fff]{1,10}(?<![为是有占达以在的])")


# --- open grammar where a sentence stops (issue 7, trunc8) ------------------------------------------
# Word classes from lexicon/words.toml [open_ends]; the patterns are built once, on first use.
@lru_cache(maxsize=1)
def _formal_verb_pattern() -> re.Pattern:
    from draftcheck.lexicon.words import alternation

    return re.compile(rf"(?P<verb>{alternation(('open_ends', 'formal_verbs'))})了(?=[。；;，,！？!?：:]|[ \t\u3000]*(?:\n|$))")


@lru_cache(maxsize=1)
def _open_end_patterns() -> dict[str, re.Pattern]:
    from draftcheck.lexicon.words import alternation, words

    verbs = alternation(("open_ends", "transitive_verbs"))
    linking = alternation(("open_ends", "linking_words"))
    adverbs = alternation(("open_ends", "linking_words"), ("open_ends", "adverbs"))
    manner = alternation(("open_ends", "manner_adverbs"))
    comparison = alternation(("open_ends", "comparison_words"))
    complements = "".join(words("open_ends", "result_complements"))
    whole = alternation(("open_ends", "complement_words"))
    de_words = alternation(("open_ends", "de_words"))
    return {
        # a clause that is only a transitive verb (after a linking word at most): its object was cut (，推动。)
        "bare_verb": re.compile(rf"\s*(?:{linking})?\s*(?:{verbs})"),
        "adverbs_only": re.compile(rf"\s*(?:(?:{adverbs})\s*)+"),
        "quantity_verb": re.compile(alternation(("open_ends", "quantity_verbs"))),
        "last_verb": re.compile(rf"(?<=[\u4e00-\u9fff])(?:{verbs})$"),
        # a clause of only a modal (after a time or the writer at most) and a transitive verb, its object cut: 下一步将进一步
        # 加大 / 我们要切实加强 (力度将进一步加大, 城市功能进一步强化 name what changes: whole)
        "modal_verb": re.compile(
            rf"^(?:下一步|下步|今后|明年|下半年|同时|此外|为此|对此)?(?:我们|我局|我镇|我县|我区|我委|我市|我乡)?(?:还|也|仍)?"
            rf"(?:将|要|需要|应当|必须)(?:进一步|继续|着力|全力|切实|大力|不断)?(?:{verbs})$"
        ),
        # the same after adverbs of time, scope or manner, at a paragraph end without its mark (，已全部落实)
        "adverbs_verb": re.compile(rf"\s*(?:(?:{adverbs})\s*)+(?:{verbs})"),
        # a verb and its result complement, the figure or state reached cut (平均办理时限压缩至)
        "complement": re.compile(rf"(?<=[\u4e00-\u9fff])[{complements}]$"),
        "whole_complement": re.compile(rf"(?:{whole})$"),
        # an adverb of manner with 地, its verb cut (更加有效地。)
        "manner": re.compile(rf"(?:{manner})地$"),
        # the second term of a comparison cut (增速比。 / 明显高于。): not 相比, 对比, 占比, 同比 …, words of their own
        "comparison": re.compile(rf"(?<![相对类无好正反评攀占配环同计比])(?:{comparison})$"),
        # a modifier in 的 whose head noun was cut (群众反映强烈的。); 目的, 有的 … are words, 长得壮壮的 a reduplication
        "de_word": re.compile(rf"(?:{de_words})$|([\u4e00-\u9fff])\1的$"),
        "de_frame": re.compile("|".join(re.escape(w) for w in words("open_ends", "de_frames"))),
        # an action verb with 了 after time, scope or manner words only: what was done is cut (全年共组织开展了。)
        "verb_le": re.compile(
            rf"\s*(?:{alternation(('open_ends', 'clause_openers'))})*(?:{alternation(('open_ends', 'action_verbs'))})+了"
        ),
        # the base of a comparison, its result cut (增速比全市平均水平。); 比例, 比重, 可比, 相比 … are other words
        "comparison_base": re.compile(
            rf"(?<![相对类无好正反评攀占配环同计比可])[比较](?![例重率值较])[\u4e00-\u9fff]{{0,10}}?"
            rf"(?:{alternation(('open_ends', 'comparison_bases'))})$"
        ),
        # 以…为 without what it is taken as (以创建国家森林城市为。); 作为, 行为, 有为 … end words
        # (以下是为, 以上, 以来 … are other words; 是为 is a copula)
        "yi_wei": re.compile(r"以(?![下上来及后前便免外内])[^，,。；;]{2,20}(?<![作有无行人认是])为$"),
        # a correlative opened, its second half never comes (不仅完善了村级基础设施。)
        "correlative": re.compile(alternation(("open_ends", "correlative_openers"))),
        "partner": re.compile(alternation(("open_ends", "correlative_partners"))),
    }


# --- open endings mined from the corpus (issue 7, trunc9) --------------------------------------------
# lexicon/open_endings.tsv (scripts/build_lexicons.py): the words the proofread corpus writes often and never at a
# clause's end (以, 把, 进一步, 同比, 根据, 为了, 各类 …), and the longer words ending on one that are none (可以, 所有).
_MAX_ENDING = 6


@lru_cache(maxsize=1)
def _open_endings() -> tuple[dict[str, tuple[bool, int]], frozenset[str]]:
    """ending -> (open, how often the corpus writes it); and the last characters of the open ones (a cheap gate)."""
    from draftcheck.lexicon import data_bytes

    table: dict[str, tuple[bool, int]] = {}
    lines = data_bytes("open_endings.tsv").decode("utf-8").splitlines()
    for line in lines:
        if not line or line.startswith("#") or line.startswith("ending\t"):
            continue
        word, kind, count, _ = line.split("\t")
        table[word] = (kind == "open", int(count))
    return table, frozenset(word[-1] for word, (is_open, _) in table.items() if is_open)


@lru_cache(maxsize=1)
def _each_then_verb() -> re.Pattern:
    from draftcheck.lexicon.words import alternation

    return re.compile(_EACH_THEN_VERB_PATTERN.format(verbs=alternation(("open_ends", "quantity_verbs"))))


def mined_open_ending(clause: str) -> tuple[str, int] | None:
    """The open ending ``clause`` stops on (the longest ending of the table decides: 以 is open, 可以 is not), with how
    often the corpus writes it, or None."""
    table, last_chars = _open_endings()
    if clause and clause[-1] not in last_chars and not clause[-1].isspace():
        return None
    tail = clause.rstrip()[-_MAX_ENDING:]
    if not tail or tail[-1] not in last_chars:
        return None
    start = len(tail)
    while start > 0 and "\u4e00" <= tail[start - 1] <= "\u9fff":
        start -= 1
    word = tail[start:]
    for k in range(len(word), 0, -1):
        entry = table.get(word[-k:])
        if entry is not None:
            return (word[-k:], entry[1]) if entry[0] else None
    return None


def _mined_reason(ending: str, count: int) -> str:
    return f"已校对的公开报告中“{ending}”出现{count}次，从不用在分句末尾，它后面应有的内容缺失"


# A clause opening on a word of aim or plan (力争年内。 / 预计明年6月): with only a time after it, what is to be done was cut.
_AIM_OPENING = re.compile(r"\s*(?:力争|争取|确保|计划|预计|将|拟|有望)")
# 其中 and a class of items without their count (其中博士及以上学历人才。), unless the clause says something of them.
_PART_CLASS_MAX = 16
_PART_PREDICATE = re.compile(r"提高|提升|降低|下降|增加|减少|扩大|达到|突破|占|为|是|有|获|被|新增|已|创|列|入选|认定")
_SHORT_LAST_CLAUSE = 6
_SHORT_CLAUSE_CONTEXT = 30
_OPEN_MISSING = {
    "bare_verb": "动作的对象",
    "complement": "达到的数值或程度",
    "manner": "它所修饰的动作",
    "comparison": "比较的另一方和结果",
    "de": "“的”字短语所修饰的中心语",
    "verb_le": "所做的具体事项",
    "yu": "“于”所引出的时间、地点或对象",
    "adverb": "它所修饰的动作",
    "indicator": "指标的数值",
    "comparison_base": "比较的结果（高出或低于多少）",
    "yi_wei": "“以……为”所要说明的内容（如“抓手”“重点”）",
    "correlative": "与之呼应的后半句（如“而且……”“还……”）",
    "aim_time": "计划在这一时间做成的事",
    "part_class": "这一类的数量",
}


_OPEN_LAST_CHARS = frozenset("至到地比较于了为的")
_AIM_WORDS = frozenset(("力争", "争取", "确保", "计划", "预计", "有望"))


def _may_be_open(clause: str, sentence: str) -> bool:
    """A cheap test before ``open_end``: whether the clause could end on any of its kinds."""
    clause = clause.strip()
    return (
        len(clause) <= _BARE_CLAUSE_MAX
        or clause[-1] in _OPEN_LAST_CHARS
        or "比" in clause
        or "较" in clause
        or clause.startswith("其中")
        or clause[0] in "将拟"
        or clause[:2] in _AIM_WORDS
        or "不仅" in sentence
    )


_BARE_CLAUSE_MAX = 8
# The words _may_be_open looks for anywhere in a clause (or its sentence), and the marks or spaces that make a clause short.
_MAY_BE_OPEN_WORDS = re.compile("比|较|其中|不仅|将|拟|" + "|".join(sorted(_AIM_WORDS)))
_TAIL_MARK = re.compile(r"[，,：:\s]")


def open_end(clause: str, sentence: str, at_stop: bool) -> str | None:
    """Which kind of open grammar ``clause`` (the last clause of ``sentence``, its closing mark removed) ends on, or
    None. ``at_stop``: a full stop or semicolon follows (else the paragraph ends there without one)."""
    patterns = _open_end_patterns()
    clause = _without_item_opener(clause.strip())
    if not clause:
        return None
    if patterns["bare_verb"].fullmatch(clause) or (not at_stop and patterns["adverbs_verb"].fullmatch(clause)):
        return "bare_verb"
    last = clause[-1]
    if last in "至到" and len(clause) >= 3 and patterns["complement"].search(clause) and not patterns["whole_complement"].search(clause):
        return "complement"
    if last == "地" and patterns["manner"].search(clause):
        return "manner"
    if last in "比较于" and patterns["comparison"].search(clause) and len(clause) >= 3:
        return "comparison"
    if last == "于" and len(clause) >= 2 and clause[-2] not in "等":
        return "yu"  # (并于 / 位于 / 用于 / 致力于: the time, place or object it introduces was cut)
    if not at_stop and len(clause) >= 2 and patterns["adverbs_only"].fullmatch(clause):
        return "adverb"
    if not at_stop and not re.search(r"\d", clause):
        from draftcheck.lexicon.indicators import indicator_at_end

        mention = indicator_at_end(clause)
        if mention is not None and mention.end == len(clause) and patterns["quantity_verb"].search(clause, 0, mention.start):
            return "indicator"
    if last == "了" and patterns["verb_le"].fullmatch(clause):
        return "verb_le"
    if last not in "的了" and patterns["comparison_base"].search(clause):
        return "comparison_base"
    if last == "为" and patterns["yi_wei"].search(clause):
        return "yi_wei"
    if at_stop and _TIME_WITHOUT_PREDICATE.search(clause) and _AIM_OPENING.match(clause):
        return "aim_time"
    if (
        at_stop
        and clause.startswith("其中")
        and len(clause) <= _PART_CLASS_MAX
        and _COUNT_NOUN.search(clause)
        and not re.search(r"\d", clause)
        and not _PART_PREDICATE.search(clause)
    ):
        return "part_class"
    if at_stop and "不" in sentence:
        opener = patterns["correlative"].search(sentence)
        if opener is not None and not patterns["partner"].search(sentence, opener.end()):
            return "correlative"
    if (
        last == "的"
        and at_stop
        and len(clause) >= 4
        and not patterns["de_word"].search(clause)
        # (是…的 may span clauses, 是在…支持下，由…完成的。; 由…的 and 所…的 are read in the clause: 由要素驱动向创新驱动转变，
        # 加快构建具有区域竞争力的。 lost its head noun, issue 7, trunc10)
        and not patterns["de_frame"].search(clause)
        and "是" not in sentence
    ):
        return "de"
    return None


def _sibling_verb(clause: str, before: str) -> str | None:
    """The verb ``clause`` ends on, alone, when a sentence of ``before`` (the same paragraph) uses it with an object."""
    clause = clause.strip()
    if not clause or len(clause) > 16 or re.search(r"\d", clause):
        return None
    verb = _open_end_patterns()["last_verb"].search(clause)
    if verb is None:
        return None
    word = verb.group()
    if re.search(re.escape(word) + r"[^，,。；;：:、\s]{2,}", before) is None:
        return None
    return word


def _wrapped_pairs(lines: list[str]) -> int:
    """How many pairs of consecutive lines look like one paragraph wrapped at a fixed width (PDF text):
    both stop mid-sentence and are (nearly) as long as each other."""
    pairs = 0
    for first, second in zip(lines, lines[1:]):
        if len(first) < 15 or len(second) < 15:
            continue
        if first[-1] in _PARAGRAPH_END_MARKS or second[-1] in _PARAGRAPH_END_MARKS:
            continue
        # (Width counts spaces in some PDF text and not in other: either length may match.)
        if abs(len(first) - len(second)) <= 2 or abs(len("".join(first.split())) - len("".join(second.split()))) <= 2:
            pairs += 1
            if pairs >= _WRAPPED_PAIRS_LIMIT:
                break
    return pairs


# Page furniture at a line's end: a page number glued after the text (…同比增长 - 2 -), a date alone on a line.
_GLUED_PAGE_NUMBER = re.compile(r"[ \t\u3000]+(?:[—\-－]\s*\d{1,3}\s*[—\-－]|第\s*\d{1,3}\s*页)$")
_DATE_LINE = re.compile(r"^\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?$")


def _residue_by_line_end(ctx: CheckContext) -> dict[int, int]:
    """Where the web residue reaching the end of a line (spaces aside) begins, keyed by that line's stripped end."""
    from draftcheck.rules.dc504_web_residue import residue_spans

    text = ctx.folded
    found: dict[int, int] = {}
    for start, end, _ in residue_spans(ctx):
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[end:line_end].strip():
            continue  # (report text follows the residue on its line)
        stripped_end = end
        while stripped_end > start and text[stripped_end - 1].isspace():
            stripped_end -= 1
        found.setdefault(stripped_end, start)
    return found


# A space between two Han characters inside a line (issue 7, trunc9): where a sentence was cut and the next one set on.
_GAP_BETWEEN_HAN = re.compile(r"[ \u3000](?<=[\u4e00-\u9fff][ \u3000])[ \u3000]?(?=[\u4e00-\u9fff])")  # (opens on the space: a fast scan)
_GAP_SIDE_MIN = 10
_AFTER_UNIT = frozenset("，,。；;、）) \u3000")


def _opens_with_unit(text: str) -> bool:
    """Whether ``text`` opens on a unit, perhaps after its magnitude, and a mark (亿元，/ 万美元,): the space stands for
    a blank figure (blank-amount, DC101), not for a cut (人才工作方面 opens on a word, not the unit 人)."""
    from draftcheck.lexicon import extraction_units

    rest = text[1:] if text[:1] in "万亿千百" else text
    return any(rest.startswith(unit) and rest[len(unit) : len(unit) + 1] in _AFTER_UNIT for unit in extraction_units())


# --- items and table rows cut (issue 7, trunc10) -------------------------------------------------------
# An item marker after a clause mark with nothing after it before the line's end or a stop: …；（3） / …：3. / ，三是。
_EMPTY_ITEM = re.compile(
    r"[;；:：。，,][ \t\u3000]*(?P<marker>[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[二三四五六七八九十]是"
    r"|\d{1,2}[、．](?!\d)|\d{1,2}\.(?!\d))[ \t\u3000]*(?=\n|\Z|[。；;])"
)
# Where such a marker ends (the scan opens on its last character; _EMPTY_ITEM is then read over the few before it).
_ITEM_MARKER_END = re.compile(r"[)）是、．.][ \t\u3000]*(?:\n|\Z|[。；;])")
_EMPTY_ITEM_REACH = 8
# The next item's marker glued to a clause that never ended: a Han character or a figure right before 三是 / （3）
# (not 第二是, 其三是, 十二是 of a longer run, nor a marker after a mark). The pattern opens on the marker (a fast scan);
# the character before it is tested after.
# (two patterns, each opening on one literal character: an alternation would be scanned at every position)
_GLUED_ITEMS = (
    re.compile(r"是(?<=(?P<n>[二三四五六七八九十])是)"),
    re.compile(r"[)）](?<=[(（](?P<n>[2-9]|[二三四五六七八九十])[)）])(?=[\u4e00-\u9fff])"),
)
_BEFORE_GLUED_ITEM = re.compile(r"[\u4e00-\u9fff\d%](?<![第其不唯之一二三四五六七八九十])")
_ITEM_NUMBERS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
# How far back the item before a glued marker may stand (items are sentences of one paragraph or of a few lines).
_GLUED_ITEM_REACH = 800


def _previous_item(shi: bool, number: int) -> re.Pattern:
    """The marker of item ``number`` (N是 or （N）) at an item's place (a paragraph's start or after a mark)."""
    chinese = "一二三四五六七八九十"[number - 1]
    if shi:
        marker = f"{chinese}是"
    else:
        marker = rf"[(（](?:{number}|{chinese})[)）]"
    return re.compile(rf"(?:^|(?<=[;；:：。，,\n]))[ \t\u3000]*{marker}", re.MULTILINE)


# A row of a table laid out as text: cells set apart by tabs (an empty cell kept) or spaces, none of them a clause of
# prose. A summary row (合计 …) spans the label columns: fewer cells, nothing cut.
_CELL_SPLIT = re.compile(r"[ \u3000\xa0]+")
_CELL_START = re.compile(r"[^\t \u3000\xa0]+")
_PROSE_MARKS = re.compile(r"[，,。；;：:！!？?、|]")
_SUMMARY_ROW = re.compile(r"^(?:合计|总计|小计|共计|总数)")
_CELL_MAX = 24
_MIN_TABLE_ROWS = 3


def _table_cells(line: str) -> list[str] | None:
    line = line.strip()
    if not line or _PROSE_MARKS.search(line):
        return None
    cells = [cell.strip() for cell in line.split("\t")] if "\t" in line else _CELL_SPLIT.split(line)
    return cells if all(len(cell) <= _CELL_MAX for cell in cells) else None


def _columns(line: str) -> list[int]:
    """Where each cell of a space-aligned row starts, in display columns (a Han or full-width character takes two)."""
    starts, column, at = [], 0, 0
    for cell in _CELL_START.finditer(line):
        gap = line[at : cell.start()]
        column += sum(2 if char == "\u3000" else 1 for char in gap)
        starts.append(column)
        column += sum(2 if ord(char) >= 0x2E80 else 1 for char in cell.group())
        at = cell.end()
    return starts


def _short_last_row(lines: list[str], block: list[int], last_line: int) -> tuple[int, int] | None:
    """(the index of the block's last row, the width of the others) when the rows before it (from the header on, a
    caption set aside) all have the same number of cells, three or more, figures stand in them, and it has fewer, its
    last cell standing under an earlier column than theirs (in a space-aligned table: 合计 with its figure under the last
    column only left cells empty); else None. A row of one cell counts only at the text's end (elsewhere it is a
    heading or a line of prose after the table)."""
    rows = [i for i in block if not _CAPTION.match(lines[i].strip())]
    if len(rows) < _MIN_TABLE_ROWS + 1:
        return None
    *body, last = rows
    widths = {len(_table_cells(lines[i]) or ()) for i in body}
    if len(widths) != 1:
        return None
    width = widths.pop()
    row = lines[last]
    cells = _table_cells(row) or []
    if width < 3 or len(cells) >= width or (len(cells) == 1 and last != last_line) or _SUMMARY_ROW.match(row.strip()):
        return None
    if sum(1 for i in body if re.search(r"\d", lines[i])) < len(body) - 1 or _OUTLINE_OPENING.match(row.strip()):
        return None
    if len(cells) >= 2 and "\t" not in row and re.search(r"\S[ \u3000\xa0]{2,}\S", row):
        above, own = _columns(lines[body[-1]]), _columns(row)
        if abs(own[-1] - above[-1]) < abs(own[-1] - above[len(own) - 1]):
            return None  # the last cell stands under the last column: cells left empty before it, not a cut row
    return last, width


# An item of a parallel run that only names its indicator (issue 7, trunc10): Han characters only between two item marks,
# ending on a head noun of figures; read when two siblings in its sentence write that head before a figure.
# (the last two characters of the heads: one width for the lookbehind; 加值 for 增加值, 售额 for 销售额)
_SIBLING_HEADS = "价格|指数|产量|人数|收入|支出|总额|产值|加值|面积|数量|售额|投资|人次|户数|比重|占比|增速"
_SIBLING_HEAD_CHARS = "[" + "".join(sorted({head[-1] for head in _SIBLING_HEADS.split("|")})) + "]"
# (opens on the head's last character, a fast scan; the item before it runs back to a ， or ；: an item of a 、 list shares
# the predicate written after the list, 社会资本投资、工业技改投资分别增长8.2%、21.4%)
_BARE_SIBLING = re.compile(rf"{_SIBLING_HEAD_CHARS}(?<=(?:{_SIBLING_HEADS}))(?=[，,；;。])")
_SIBLING_ITEM = re.compile(r"[\u4e00-\u9fff]{3,14}")
_SIBLING_ITEM_MAX = 15
_SIBLING_HEAD = 2
_SIBLINGS_WITH_FIGURES = 2


# Pairs a paragraph may leave open where it was cut (the text folded: half-width brackets).
_PAIRS = {"《": "》", "“": "”", "(": ")", "[": "]", "「": "」", "『": "』", "【": "】"}
_OPEN_PAIR_INSIDE_MAX = 40
_PAIR_REACH = 400
_MIN_PAIR_LINE = 8
_LONE_MARKER = re.compile(r"[(（]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是|第[一二三四五六七八九十]")


class Truncated(Rule):
    code = "DC404"
    slug = "truncated"
    family = "structure"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        folded = ctx.folded
        yield from self._empty_clauses(ctx, folded)
        yield from self._orphan_adverbials(ctx, folded)
        yield from self._predicate_less(ctx, folded)
        cut = list(self._cut_sentences(ctx, folded))
        yield from cut
        yield from self._spliced_clauses(ctx, folded)
        unfinished = list(self._unfinished_paragraphs(ctx, folded))
        unfinished.extend(self._open_enumerations(ctx, folded))
        unfinished.extend(self._cut_marks(ctx, folded))
        for finding in [
            *self._cut_before_gap(ctx, folded),
            *self._cut_figures_and_predicates(ctx, folded),
            *self._lone_opening_clauses(ctx, folded),
            *self._open_stops(ctx, folded),
            *self._verbs_before_comma(ctx, folded),
            *self._broken_items(ctx, folded),
            *self._cut_table_rows(ctx, folded),
            *self._figureless_siblings(ctx, folded),
            *self._open_pairs_at_end(ctx, folded),
            *self._formal_verbs_without_object(ctx, folded),
            *self._totals_without_figure(ctx, folded),
        ]:
            if not any(f.span.start < finding.span.end and finding.span.start < f.span.end for f in unfinished + cut):
                unfinished.append(finding)
        yield from unfinished
        if not any(f.span.end >= len(ctx.text.rstrip()) for f in unfinished):
            yield from self._unfinished_ending(ctx)

    def _totals_without_figure(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A word that totals (共, 累计, 共计, 总计, 一共) whose figure never comes: the sentence stops or the paragraph ends
        right after it, after its verb, or after its verb and object with no number (全年共。 / 全年共举办。 / 全年共争取上级
        转移支付资金⏎（三）…). Lead, seventh session. Not 共同, 公共, 中共 (no verb of counting follows), nor a clause whose
        figure is written in Chinese numerals (共举办培训班十二期)."""
        if "共" not in folded and "累计" not in folded and "总计" not in folded:
            return
        for m in _totals_pattern().finditer(folded):
            if any(char in _NUMERAL_CHARS for char in m.group("rest") or ""):
                continue
            begin = _clause_start(folded, m.start())
            stop = m.end()
            yield self.finding(
                ctx,
                begin,
                stop,
                f"“{ctx.text[begin:stop].rstrip()}”用了“{m.group('total')}”却没有写出数量，句子在此中断；请补全被删去的数字和单位",
            )

    def _verbs_before_comma(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc10) A verb awaiting its figure or complement right before a comma, the sentence going on with
        another clause (报销比例达到，同时… / 已列入，…): what it reached or was put into was cut."""
        for comma in _COMMA_AFTER_VERB.finditer(folded):
            begin = _clause_start(folded, comma.start())
            verb = _VERB_BEFORE_COMMA.search(folded, max(begin, comma.start() - _DANGLING_REACH), comma.start())
            if verb is None or verb.start() == begin:
                continue  # (a clause of the verb alone: 达到，超过… a list of thresholds, 主要包括，…, headings' labels)
            yield self.finding(
                ctx,
                begin,
                comma.end(),
                f"“{ctx.text[begin:comma.start()]}”停在“{verb.group()}”上就接了逗号，缺少{_MISSING['verb']}，"
                "句子残缺；请补全被删去的内容",
            )

    def _broken_items(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc10) An item of an enumeration cut: its marker with nothing after it before the paragraph's
        end or a stop (…；（3） / …：3. / 三是。), or the next item's marker glued to a clause that never ended
        (…全年新开工项目38个，竣工投产三是营商环境持续优化), the item before it being in the same run."""
        for end in _ITEM_MARKER_END.finditer(folded):
            m = _EMPTY_ITEM.search(folded, max(0, end.start() - _EMPTY_ITEM_REACH), end.end())
            if m is None:
                continue
            begin = _clause_start(folded, m.start("marker") - 1)
            yield self.finding(
                ctx,
                begin,
                m.end("marker"),
                f"列举的条目“{ctx.text[m.start('marker'):m.end('marker')]}”后面没有内容就结束了，列举被截断；请补全这一项（或删去编号）",
            )
        for pattern in _GLUED_ITEMS:
            for m in pattern.finditer(folded):
                start = m.start("n") - (0 if m.group().endswith("是") else 1)
                if start == 0 or not _BEFORE_GLUED_ITEM.match(folded, start - 1):
                    continue
                written = m.group("n")
                number = int(written) if written.isdigit() else _ITEM_NUMBERS[written]
                if not _previous_item(m.group().endswith("是"), number - 1).search(folded, max(0, start - _GLUED_ITEM_REACH), start):
                    continue
                begin = _clause_start(folded, start)
                yield self.finding(
                    ctx,
                    begin,
                    m.end(),
                    f"“{ctx.text[begin:start]}”没有写完，后面直接接上了下一项“{ctx.text[start:m.end()]}”，句子被截断；请补全被删去的内容",
                )

    def _figureless_siblings(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc10) In a run of parallel items that each name an indicator and give its figure, an item that only
        names it (…，居住价格上涨0.2%，生活用品及服务价格，交通通信价格下降1.9%): it ends on the head noun that two sibling
        items of its sentence write before their figures, and nothing follows it (居住价格持平 says its change: whole)."""
        for m in _BARE_SIBLING.finditer(folded):
            reach = max(0, m.start() - _SIBLING_ITEM_MAX)
            start = max(folded.rfind("，", reach, m.start()), folded.rfind(",", reach, m.start()), folded.rfind("；", reach, m.start()))
            if start < 0 or not _SIBLING_ITEM.fullmatch(folded, start + 1, m.end()):
                continue
            item_start, item_end = start + 1, m.end()
            head = folded[item_end - _SIBLING_HEAD : item_end]
            begin = _clause_start(folded, item_start, 200, _SENTENCE_END)
            stop = _SENTENCE_END.search(folded, item_end)
            end = stop.start() if stop else len(folded)
            sentence = folded[begin:end]
            if len(re.findall(re.escape(head) + r"[^，,、；;。\d]{0,8}\d", sentence)) < _SIBLINGS_WITH_FIGURES:
                continue
            yield self.finding(
                ctx,
                item_start,
                item_end + 1,
                f"并列各项都写了“{head}”的数值，“{ctx.text[item_start:item_end]}”却只有名称，缺少变动情况或数值，"
                "分句残缺；请补全被删去的内容",
            )

    def _open_pairs_at_end(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc10) A paragraph that stops inside a pair it opened (a title in 《, a quotation, a bracket), its
        closer never written, and the next paragraph does not close it either (…出台了《关于进一步优化营商环境的若干⏎二、…;
        …其中政府投资项目完成( at the text's end); a lone outline marker as the text's last line (…⏎(一))."""
        lines = folded.split("\n")
        kept = [(i, line) for i, line in enumerate(lines) if line.strip()]
        if _wrapped_pairs([line.strip() for _, line in kept]) >= _WRAPPED_PAIRS_LIMIT:
            return  # (a text wrapped at a fixed width: a pair goes on in the next line)
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        for k, (i, line) in enumerate(kept):
            stripped = line.rstrip()
            if not stripped or stripped[-1] in _FINISHED_MARKS or not any(opener in stripped for opener in _PAIRS):
                continue
            opener_at = max(stripped.rfind(opener) for opener in _PAIRS)
            closer = _PAIRS[stripped[opener_at]]
            inside = stripped[opener_at + 1 :]
            following = kept[k + 1][1] if k + 1 < len(kept) else ""
            if closer in inside or len(inside) > _OPEN_PAIR_INSIDE_MAX or closer in following[: _OPEN_PAIR_INSIDE_MAX]:
                continue
            if following and not _LATER_OUTLINE_ITEM.match(following.strip()) and not _NEW_SENTENCE_LINE.search(following.strip()):
                continue  # (the paragraph is read as cut before a heading, a later item or a sentence of its own)
            line_end = starts[i] + len(stripped)
            later = [at for at in (folded.find(closer, line_end, line_end + _PAIR_REACH), folded.find(stripped[opener_at], line_end, line_end + _PAIR_REACH)) if at >= 0]
            if later and folded[min(later)] == closer:
                continue  # the pair is closed further on, before another opens (text in a scrambled order, a wrapped line)
            if _OUTLINE_OPENING.match(stripped.strip()) or stripped.strip()[0] in _PAIRS:
                continue  # a heading that lost its closer (（五产业集群情况) is an unbalanced pair (DC4xx), not a cut
            if len(stripped.strip()) < _MIN_PAIR_LINE or _TABLE_ROW.search(stripped.strip()):
                continue
            begin = starts[i] + _clause_start(stripped, opener_at)
            while folded[begin] in " \t\u3000":
                begin += 1
            end = starts[i] + len(stripped)
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:end]}”打开了“{ctx.text[starts[i] + opener_at]}”却没有写出与之配对的“{closer}”，段落就此结束，"
                "内容似被截断；请补全",
            )
        if kept:
            i, line = kept[-1]
            if _LONE_MARKER.fullmatch(line.strip()) and len(kept) >= 2:
                begin = starts[i] + len(line) - len(line.lstrip())
                end = starts[i] + len(line.rstrip())
                yield self.finding(
                    ctx,
                    begin,
                    end,
                    f"全文最后一行只有编号“{ctx.text[begin:end]}”，后面的内容缺失，全文被截断；请补全",
                )

    def _cut_table_rows(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc10) A table laid out as text (cells set apart by tabs or spaces) whose last row has fewer
        cells than its header and every row before it: the row was cut (…⏎柳林乡 1286 / …⏎城乡居民人均可支)."""
        if "\t" not in folded and "  " not in folded and "\n" not in folded:
            return
        lines = folded.split("\n")
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line) + 1)
        last_line = max((i for i, line in enumerate(lines) if line.strip()), default=-1)
        block: list[int] = []
        for i, line in enumerate([*lines, ""]):
            cells = _table_cells(line) if i < len(lines) else None
            if cells is not None and (len(cells) >= 2 or (block and i == last_line)):
                block.append(i)
                continue
            short = _short_last_row(lines, block, last_line)
            if short is not None:
                cut, width = short
                row = lines[cut]
                begin = starts[cut] + len(row) - len(row.lstrip())
                end = starts[cut] + len(row.rstrip())
                yield self.finding(
                    ctx,
                    begin,
                    end,
                    f"表格最后一行“{ctx.text[begin:end]}”只有{len(_table_cells(row) or ())}栏，表头和前面各行都有{width}栏，"
                    "这一行在中途被截断；请补全缺失的数据",
                )
            block = []

    def _open_stops(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A sentence closed by 。 or ； where its grammar is still open (issue 7, trunc8): a clause of only a transitive
        verb (，推动。), a verb and its result complement (压缩至。), an adverb in 地 (有效地。), a comparison word (高于。),
        a modifier in 的 outside the 是…的 frame (着力解决群众反映强烈的。); and a paragraph's last clause closed by ；
        whose verb, used with its object in an earlier clause, stands alone (…完成总工程量的75%；人才公寓项目完成；)."""
        paragraphs = ctx.segmentation.paragraphs
        mined_last = _open_endings()[1]
        gate_chars = mined_last | _OPEN_LAST_CHARS
        for paragraph in paragraphs:
            sentences = paragraph.sentences
            for index, sentence in enumerate(sentences):
                stop_at = len(sentence.text.rstrip()) - 1
                stop = sentence.text[stop_at] if stop_at >= 0 else ""
                if stop not in "。；;":
                    continue
                # (the last clause found back from the stop, without building every sentence's clauses; most are
                # passed by the cheap test of _may_be_open, and most of those before it, by the same test made on the
                # sentence: a last character no kind ends on, a last clause longer than _BARE_CLAUSE_MAX, no word
                # of the other tests anywhere)
                text = sentence.text
                if (
                    stop == "。"
                    and text[stop_at - 1 : stop_at] not in gate_chars
                    and not _TAIL_MARK.search(text, max(0, stop_at - _BARE_CLAUSE_MAX - 1), stop_at)
                    and not _MAY_BE_OPEN_WORDS.search(text)
                ):
                    continue
                mark = max(text.rfind("，", 0, stop_at), text.rfind(",", 0, stop_at), text.rfind("：", 0, stop_at), text.rfind(":", 0, stop_at))
                clause = text[mark + 1 : stop_at]
                last_sentence = stop in "；;" and index == len(sentences) - 1 and len(sentences) >= 2
                if not clause.strip():
                    continue
                mined = None
                if not last_sentence and not _may_be_open(clause, text):
                    if clause[-1] not in mined_last and not clause[-1].isspace():
                        continue  # (the cheap gate of mined_open_ending, without its call: most sentences stop here)
                    mined = mined_open_ending(clause)  # (issue 7, trunc9: a word the corpus never ends a clause on)
                    if mined is None:
                        continue
                clause = folded[sentence.start + mark + 1 : sentence.start + stop_at]
                kind = open_end(clause, folded[sentence.start : sentence.start + stop_at], at_stop=True)
                if kind is None:
                    mined = mined or mined_open_ending(clause)
                    if mined is not None and (mark >= 0 or len(clause.strip()) > len(mined[0])):
                        kind = "mined"  # (a sentence of one word is a line wrapped before it, 扎实⏎推进。)
                if kind == "bare_verb" and mark < 0:
                    kind = None  # (a sentence of one verb: a line wrapped before it, 扎实⏎推进。)
                begin = sentence.start + mark + 1
                if kind is None and last_sentence:
                    verb = _sibling_verb(clause, folded[paragraph.start : sentence.start])
                    if verb is not None:
                        kind = "sibling"
                if kind is None:
                    continue
                if len(clause.strip()) < _SHORT_LAST_CLAUSE and mark >= 0:
                    before = max(text.rfind(c, 0, mark) for c in "，,：:")
                    # (，引进。 shown with its clause before)
                    begin = max(sentence.start + before + 1, begin - _SHORT_CLAUSE_CONTEXT)
                while begin < sentence.end and folded[begin] in " \t\u3000":
                    begin += 1
                end = sentence.start + stop_at + 1
                quote = ctx.text[begin:end]
                if kind == "mined":
                    message = f"“{quote}”在“{stop}”前停在“{mined[0]}”上：{_mined_reason(*mined)}，句子残缺；请补全被删去的内容"
                elif kind == "sibling":
                    message = (
                        f"“{quote}”是本段最后一项，其中的“{verb}”没有宾语或数值，而前面各项的“{verb}”都带有内容，"
                        "段落在此以分号结束，内容似被截去；请补全"
                    )
                else:
                    message = f"“{quote}”在“{stop}”前停在语法未完的地方，缺少{_OPEN_MISSING[kind]}，句子残缺；请补全被删去的内容"
                yield self.finding(ctx, begin, end, message)

    def _cut_before_gap(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """(issue 7, trunc9) A sentence cut in the middle of a line, a space left where its end was, and the text going
        on with another sentence (…空气质量优良天数比例达到 社会事业方面，新建…): the words before the space end where
        a paragraph end would be reported (a verb of quantity, an open ending of the corpus). A line with more than
        one such space is spaced by its layout (a table, words set apart), not cut."""
        if " " not in folded and "\u3000" not in folded:
            return
        offset = 0
        for raw in folded.split("\n"):
            gaps = list(_GAP_BETWEEN_HAN.finditer(raw)) if " " in raw or "\u3000" in raw else []
            if len(gaps) == 1 and not _TABLE_ROW.search(raw.strip()):
                gap = gaps[0]
                before, after = raw[: gap.start()].strip(), raw[gap.end() :]
                if (
                    len(before) >= _GAP_SIDE_MIN
                    and len(after) >= _GAP_SIDE_MIN
                    and _CLAUSE_MARKS.search(before)
                    and _CLAUSE_MARKS.search(after)
                    and not _OUTLINE_OPENING.match(before)
                    and not _opens_with_unit(after)
                    and _cut_term(before) is None  # (公共服务平 全年…: a character lost in extraction, no cut sentence)
                ):
                    reason = self._dangling_end(before, prose=True)
                    if reason is not None:
                        yield self._cut_paragraph(ctx, folded, offset + gap.start(), reason + "，空格后却另起一句")
            offset += len(raw) + 1

    def _formal_verbs_without_object(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A formal verb with 了 at a stop or a paragraph's end (对城区20条主次干道实施了 / 开展了。): its object, the
        verbal noun that says what was done (实施了改造), was cut. Published text never ends a clause so."""
        if "了" not in folded:
            return
        for m in _formal_verb_pattern().finditer(folded):
            begin = _clause_start(folded, m.start())
            while begin < m.start() and folded[begin] in " \t\u3000":
                begin += 1
            end = m.end() + 1 if folded.startswith(("。", "；", ";", "，", ","), m.end()) else m.end()  # (with its stop)
            quote = ctx.text[begin:end]
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{quote}”中的“{m.group('verb')}了”后缺少它的宾语（做了什么，如“{m.group('verb')}了整治”），句子残缺；请补全被删去的内容",
            )

    def _spliced_clauses(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """An indicator running straight into another clause's subject and verb: its figure and predicate were cut."""
        if "全" not in folded and "我" not in folded:
            return
        for m in _SPLICED_CLAUSE.finditer(folded):
            begin = _clause_start(folded, m.start(), reach=16)
            indicator = _SPLICE_INDICATOR.search(folded, begin, m.start())
            if indicator is None or not _OTHER_OBJECT.match(folded, m.end()):
                continue  # (增加值全县完成45亿元: a topic, then its scope and figure, is one sentence)
            yield self.finding(
                ctx,
                indicator.start(),
                m.end(),
                f"“{ctx.text[indicator.start():m.start()]}”之后缺少它的数值和谓语，就接上了另一句“{ctx.text[m.start():m.end()]}……”，"
                "句子在此被截断拼接；请补全被删去的内容",
            )

    def _empty_clauses(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        for m in _EMPTY_CLAUSE.finditer(folded):
            mark_at = m.start("mark")
            if m.group("mark") == "、" and _NUMBER_BEFORE.search(folded, max(0, mark_at - 8), mark_at):
                continue
            if m.group("next") == "." and folded[m.end("next") : m.end("next") + 1] == ".":
                continue  # an ellipsis written as dots
            if m.group("next") == "?" and folded[m.end("next") : m.end("next") + 1].strip():
                continue  # a character lost in encoding (大兴寨、?水灌区), not punctuation
            begin = mark_at
            while begin > 0 and mark_at - begin < 20 and not _CLAUSE_START.match(folded, begin - 1):
                begin -= 1
            end = m.end("next")
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:end]}”中“{ctx.text[mark_at]}”与“{m.group('next')}”之间没有内容，"
                f"句子在此残缺或多了标点；请补全被删去的内容，或删去多余的标点",
            )

    def _orphan_adverbials(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        # (every match ends on 来 and its stop and reaches at most _ORPHAN_REACH characters before them: the pattern, led
        # by an alternation holding ^, is run only on those windows, text/windowed_scan.py: the same matches)
        windows = [(m.start() - _ORPHAN_REACH, m.end()) for m in _ORPHAN_ADVERBIAL_NEEDS.finditer(folded)]
        for m in finditer_in_windows(_ORPHAN_ADVERBIAL, folded, windows):
            begin = m.start("lead") if m.group("lead") in ",，" else m.start("adverbial")
            end = m.end("stop")
            adverbial = m.group("adverbial")
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{adverbial}”是句首状语，却独自以“{m.group('stop')}”结束，句子残缺或语序错乱；"
                f"应改为“{adverbial}，……”并与后文连成一句",
            )

    def _predicate_less(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        if _PREDICATE_LESS_NEEDS.search(folded) is None:
            return
        for m in _PREDICATE_LESS.finditer(folded):
            start, end = m.start("clause"), m.end("clause")
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end]}”只有“由……{m.group('verb')}的{m.group('thing')}”这一名词短语，缺少谓语"
                f"（进展如何未交代），句子不完整；请补全，如“……工程已开工建设”",
            )

    def _cut_sentences(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A full stop right after a word that opens what must follow (…，并按照。 / …，从而。) or after a verb that
        still awaits its object once a preposition has named the target (对全县特困供养机构开展了。): the rest of
        the sentence was cut, the stop kept."""
        if "。" not in folded:
            return
        for m in _STOP_AFTER_OPENER.finditer(folded):
            before = folded[max(0, m.start() - 3) : m.start() + 1]
            word = next((w for w in _OPENERS_BEFORE_STOP if before.endswith(w)), None)
            if word == "根据" and before.endswith("有根据"):
                word = None
            if word and word[-1] in "长降加少高升增减" and not _figure_before_in_sentence(folded, m.start() - len(word) + 1):
                # 集中采购执行率同比提高。 is a whole sentence (a direction without its size); only after a stated
                # figure (实现利税3.2亿元，同比增长。) does the change verb await the figure that was cut.
                word = None
            verb = None
            if word is None and folded[m.start()] == "了":
                clause = folded[_clause_start(folded, m.start(), reach=40) : m.start() + 1]
                target = _TARGET_THEN_VERB.search(clause)
                verb = clause[-3:-1] if target else None
            if word is None and verb is None:
                continue
            begin = _clause_start(folded, m.start(), reach=40 if verb else 30)
            end = m.end()
            what = word or verb
            missing = "它所引出的内容" if word else "动作的对象"
            if word and word[-1] in "比长降加少高升为达增减":
                missing = "增减的幅度或数值"
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:end]}”在“{what}”之后就用了句号，缺少{missing}，句子残缺；请补全被删去的内容",
            )

    def _cut_figures_and_predicates(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A figure cut after its decimal point (招商引资实际到位资金12. / 12.。), and a modal verb with its adverb
        whose predicate was cut (预计年底前可全面。 / 将进一步), before a mark or at a paragraph end (issue 7, text8)."""
        if "." in folded or "．" in folded:
            for m in _CUT_DECIMAL.finditer(folded):
                figure = _FIGURE_BEFORE_POINT.search(folded, max(0, m.start() - 16), m.start())
                if figure is None:
                    continue
                begin = _clause_start(folded, figure.start())
                yield self.finding(
                    ctx,
                    begin,
                    m.end(),
                    f"数字“{folded[figure.start():m.end()]}”在小数点后就中断了，缺少小数部分和单位，句子残缺；请补全被删去的数字和单位",
                )
        for m in _BARE_QUANTITY_BEFORE_STOP.finditer(folded):
            begin = m.start("clause")
            if m.group("clause").startswith("今年") and _OTHER_TIME.search(folded, _clause_start(folded, m.start()), m.start()):
                continue
            yield self.finding(
                ctx,
                begin,
                m.end(),
                f"“{m.group('clause')}”之后就用了句号，缺少完成的内容和数量，句子残缺；请补全被删去的内容",
            )
        stops, cut_last = _stops_worth_reading()
        for stop in stops.finditer(folded):
            last = folded[stop.start() - 1]
            # (a clause opening its paragraph starts after the line break, not at the mark before it)
            begin = max(_clause_start(folded, stop.start()), folded.rfind("\n", 0, stop.start()) + 1)
            dangling = None
            if last in _DANGLING_LAST:
                # (the words are short: read the last _DANGLING_REACH characters; a share's 占…的 from the clause start)
                reach = begin if last in _SHARE_LAST else max(begin, stop.start() - _DANGLING_REACH)
                dangling = _DANGLING_BEFORE_STOP.search(folded, reach, stop.start())
            if dangling is not None:
                kind = dangling.lastgroup
                if kind == "rate" and folded[stop.start() - 1] not in "比" and not _figure_before_in_sentence(folded, begin):
                    dangling = None  # 执行率同比提高。: a direction without its size, whole when no figure was stated
                elif kind == "headless" and _COPULA_FRAME.search(folded, _clause_start(folded, stop.start(), 60, _SENTENCE_END), stop.start()):
                    dangling = None  # 是…开展的。 / 都是…建设的。: the 是…的 frame is whole
            elif last in _DANGLING_LAST and _BARE_CHANGE.fullmatch(folded, begin, stop.start()) and _figure_before_in_sentence(folded, begin):
                yield self.finding(
                    ctx,
                    begin,
                    stop.end(),
                    f"“{ctx.text[begin:stop.start()]}”之后就用了句号，缺少增减的幅度或数值，句子残缺；请补全被删去的内容",
                )
                continue
            if dangling is not None:
                yield self.finding(
                    ctx,
                    begin,
                    stop.end(),
                    f"“{ctx.text[begin:stop.start()]}”以“{dangling.group()}”结尾就用了句号，缺少{_MISSING[kind]}，句子残缺；"
                    "请补全被删去的内容",
                )
                continue
            if last not in cut_last:
                continue
            tail = folded[max(0, stop.start() - 7) : stop.start()]
            cut = _cut_term(tail)
            if cut is None:
                continue  # (经济体。 / 政府专项债。: words of their own that end on a character words end on)
            begin = stop.start() - len(cut[0])
            yield self.finding(
                ctx,
                begin,
                stop.end(),
                f"“{cut[0]}”在词语中间就用了句号（应为“{cut[1]}……”），句子被截断；请补全被删去的内容",
            )
        stops = [(m.start(), m.end() if m.group("stop").strip() else m.start()) for m in _ADVERB_BEFORE_STOP.finditer(folded)]
        text_end = len(folded.rstrip())
        if folded.endswith(_ADVERB_WORDS, 0, text_end):
            stops.append((text_end, text_end))  # the text's end, with no mark
        for stop_at, end in stops:
            adverb = next(word for word in _ADVERB_WORDS if folded.endswith(word, 0, stop_at))
            adverb_start = stop_at - len(adverb)
            if _MODAL_BEFORE_ADVERB.search(folded, max(0, adverb_start - _MODAL_REACH), adverb_start) is None:
                continue
            begin = _clause_start(folded, adverb_start)
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:stop_at]}”停在副词“{adverb}”上，缺少它所修饰的动作（如“完成”“投入使用”），"
                "句子残缺；请补全被删去的内容",
            )

    def _lone_opening_clauses(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A sentence that is only its opening clause (随着…的陆续投产。 / 为了加快项目进度。 / 在优化营商环境方面。), and an
        amount whose unit was cut before a mark (完成投资3.2。 / 实现营业收入32，)."""
        openings = [(m.start(), m.end(), m.group("clause"), m.group("opener"), m.group("stop")) for m in _LONE_OPENING.finditer(folded)]
        for m in _FIELD_END.finditer(folded):
            field = _FIELD_OPENING.search(folded, max(0, m.start() - 26), m.start())
            if field is not None:
                openings.append((field.start(), m.end(), folded[field.start() : m.start() + 2], "在", m.group("stop")))
        for start, end, clause, opener, stop in openings:
            if _SENTENCE_START_BEFORE.search(folded, max(0, start - 4), start) is None:
                continue  # the opener stands inside a sentence
            if opener.startswith(("随着", "伴随")) and "的" not in clause:
                continue  # (随着时代发展变化: a phrase, not the nominalised event an opening clause names)
            line_start = folded.rfind("\n", 0, start) + 1
            if not folded[line_start:start].strip() and (not stop or opener == "在"):
                continue  # a paragraph of its own: a heading (随着…的推进) or a run-in lead (在教育方面。)
            yield self.finding(
                ctx,
                start,
                end,
                f"“{ctx.text[start:end - len(stop)]}”只是句首的状语（以“{opener}”开头），后面没有主句就"
                + (f"用了“{stop}”" if stop else "到了段末")
                + "，句子残缺；请补全被删去的主句，或与下文连成一句",
            )
        for m in _FIGURE_BEFORE_MARK.finditer(folded):
            amount = _AMOUNT_BEFORE_FIGURE.search(folded, max(0, m.start() - _AMOUNT_REACH), m.start())
            if amount is None or _UNIT_DECLARED.search(folded, _paragraph_start(folded, m.start(), lines=2), m.start()):
                continue  # (单位：万元）：产业发展资金2860，…: the unit is declared once for the figures after it
            yield self.finding(
                ctx,
                amount.start(),
                m.end(),
                f"“{amount.group()}”后的数字“{m.group()}”没有单位（如“亿元”“人”），单位似被截去；请补全",
            )

    def _unfinished_paragraphs(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """Paragraphs (lines) that stop mid-clause: on a rate without its figure, a verb without its
        object, an adverb without its verb, an enumeration item without its figure, or a colon that
        introduces nothing."""
        single = "\n" not in folded.strip()
        kept: list[tuple[int, str]] = []  # (where the line ends, the line stripped), blank lines left out
        offset = 0
        residue = _residue_by_line_end(ctx)
        for raw in folded.split("\n"):
            line = raw.strip()
            if line:
                end = offset + len(raw.rstrip())
                # (issue 7, trunc8) a paragraph is read without the page furniture glued to its end or standing on a
                # line of its own after it (…同比增长【打印本页】 / …同比增长 - 2 - / a date line): where the text stops
                glued = residue.get(end)
                if glued is not None and glued <= offset + len(raw) - len(raw.lstrip()):
                    if not _PAGE_NUMBER_LINE.match(line):
                        line = ""  # (a page number on its own line stays: a sentence may go on after it)
                elif glued is not None:
                    line = folded[offset:glued].strip()
                    end = offset + len(folded[offset:glued].rstrip())
                if line and _DATE_LINE.match(line):
                    line = ""
                page = _GLUED_PAGE_NUMBER.search(line) if line else None
                if page is not None and page.start() > 0:
                    end -= len(line) - page.start()
                    line = line[: page.start()]
            if line:
                kept.append((end, line))
            offset += len(raw) + 1
        # Most paragraphs end on a full stop: only the others are looked at.
        candidates = [i for i, (_, line) in enumerate(kept) if line[-1] not in _FINISHED_MARKS and len(line) >= 8]
        if not candidates or _wrapped_pairs([line for _, line in kept]) >= _WRAPPED_PAIRS_LIMIT:
            return  # (a text wrapped at a fixed width: a line end is not a paragraph end)
        link_split: bool | None = None
        for index in candidates:
            end, line = kept[index]
            if _TABLE_ROW.search(line) or _CAPTION.match(line):
                continue
            following = kept[index + 1][1] if index + 1 < len(kept) else None
            if line[-1] in "：:":
                reason = self._empty_colon(line, following)
            elif not _CLAUSE_MARKS.search(line, 0, len(line) - 1) and "、" not in line:
                continue
            else:
                reason = None if line[-1] in _PARAGRAPH_END_MARKS else self._dangling_end(
                    line, last=following is None, prose=not single or bool(_CLOSED_SENTENCE.search(line)) or _long_sentence(line)
                )
                if reason is None and following and _LATER_OUTLINE_ITEM.match(following) and _open_grammar(line):
                    # (lead, seventh session) …发现隐患2418处，其中重大隐患⏎（3）…: open grammar before the next item
                    reason = f"最后一个分句停在语法未完的地方，下一段却另起新的条目“{following[:8]}”"
                if reason is None and _WEAK_END.search(line):
                    if following and _LATER_OUTLINE_ITEM.match(following):
                        reason = f"以“{line[-1]}”结尾，下一段却另起新的条目“{following[:8]}”"
                    elif following and line[-1] in "，," and _MOVING_ON.match(following) and _NEW_SENTENCE_LINE.search(following):
                        # (issue 7, text11) …不断提升服务水平，⏎下一步，…: the next paragraph moves on, the clause was cut
                        reason = f"以逗号结尾，下一段却以“{_MOVING_ON.match(following).group()}”转入别的话题"
                    elif following and line[-1] in "，," and _DATED_OPENING.match(following) and _NEW_SENTENCE_LINE.search(following):
                        # (issue 7, trunc10) …各企业要切实落实安全生产主体责任，⏎10月15日，园区组织…: the next paragraph is
                        # another dated item (a bulletin's news), the clause before it was cut
                        reason = f"以逗号结尾，下一段却以日期“{_DATED_OPENING.match(following).group()[:-1]}”另起一条"
                    elif single or (
                        line[-1] == "的" and following and _NEW_SENTENCE_LINE.search(following) and not _CONTINUATION.match(following)
                    ):
                        if link_split is None:
                            link_split = sum(1 for _, other in kept if _OPENS_WITH_MARK.match(other)) >= _LINK_SPLIT_LINES
                        if not link_split:
                            reason = f"以“{line[-1]}”结尾，" + ("全文却到此为止" if single else "下一段却另起一句")
                elif reason is not None:
                    if link_split is None:
                        link_split = sum(1 for _, other in kept if _OPENS_WITH_MARK.match(other)) >= _LINK_SPLIT_LINES
                    if self._continues_on_next_line(kept, index, link_split):
                        reason = None
            if reason is not None:
                yield self._cut_paragraph(ctx, folded, end, reason)

    def _cut_marks(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A doubled ellipsis (…………, ......) after a word: where a site cut the text for a preview."""
        for m in _CUT_MARK.finditer(folded):
            begin = m.start()
            while begin > 0 and m.start() - begin < 12 and not _CLAUSE_START.match(folded, begin - 1):
                begin -= 1
            yield self.finding(
                ctx,
                begin,
                m.end(),
                f"“{ctx.text[begin:m.end()]}”以连串省略号“{m.group()}”中断，正文在此被截去（网页预览常见）；请补全原文",
            )

    def _open_enumerations(self, ctx: CheckContext, folded: str) -> Iterator[Finding]:
        """A paragraph that opens an enumeration with 一是 but neither it nor the next paragraph
        reaches 二是 (or （二）, 2.): the list was cut after its first item."""
        lines = folded.split("\n")
        offset = 0
        for i, line in enumerate(lines):
            line_start, offset = offset, offset + len(line) + 1
            if "一是" not in line and "其一" not in line:
                continue
            m = _OPEN_FIRST_ITEM.search(line)
            if m is None or _SECOND_ITEM.search(line, m.end()) or _LATER_ITEM.search(line, m.end()):
                continue  # (a later item, or 一是 again: the list goes on, misnumbered at worst, DC402)
            following = next((other.strip() for other in lines[i + 1 :] if other.strip()), "")
            if _SECOND_ITEM.match(following) or _SECOND_ITEM.search(following[:30]):
                continue  # the list goes on in the next paragraph
            if _LATER_SECOND_ITEM.search(folded, line_start + m.end(), line_start + m.end() + _SECOND_ITEM_REACH):
                continue  # each item is a paragraph (or a section) of its own
            if following and not _NEW_SENTENCE_LINE.search(following) and not _LATER_OUTLINE_ITEM.match(following):
                continue  # a wrapped line, an item set off by a heading (but a later section's heading ends the list)
            if not following and line.rstrip()[-1:] not in _FINISHED_MARKS:
                continue  # the document itself stops mid-sentence: that is the cut to report
            begin = line_start + m.start("first")
            end = line_start + len(line.rstrip())
            clause_end = _CLAUSE_MARKS.search(folded, begin + 2, end)
            end = clause_end.end() if clause_end else end
            yield self.finding(
                ctx,
                begin,
                end,
                f"“{ctx.text[begin:end]}”以“{m.group('first')[:2]}”开始列举，本段" + ("及下一段" if following else "")
                + "却没有“二是”等后续各项，列举未完，内容似被截断；请补全其余各项，或改为不分项的写法",
            )

    @staticmethod
    def _dangling_end(line: str, last: bool = False, prose: bool = True) -> str | None:
        last_clause = _without_item_opener(_CLAUSE_MARKS.split(line)[-1])
        tail = _DANGLING_END.search(line[-12:])
        if tail and tail.lastgroup == "object" and last_clause.strip() != tail.group():
            tail = None  # 重大项目加快推进: a subject before the verb, which then needs no object
        if tail:
            return f"以“{tail.group()}”结尾，后面缺少{_MISSING[tail.lastgroup]}"
        # (the document's last paragraph cut inside a word is reported by _unfinished_ending)
        cut = None if last else _cut_term(line)
        if cut is not None:
            return f"以“{cut[0]}”结尾，像是“{cut[1]}”被截去了末字"
        indicator = _INDICATOR_WITHOUT_FIGURE.search(last_clause) if len(last_clause) <= _INDICATOR_CLAUSE_MAX else None
        if indicator and not re.search(r"\d", last_clause) and not _INDICATOR_PREDICATE.search(last_clause):
            return f"最后一个分句“{last_clause.strip()}”只有指标“{indicator.group().strip()}”，缺少它的数值"
        bare = _open_end_patterns()
        if bare["bare_verb"].fullmatch(last_clause) or bare["adverbs_verb"].fullmatch(last_clause):
            # a clause that is only a transitive verb, after a linking word or adverbs at most (。同时，加强 / ，并进一步完善 /
            # ，确保): its object was cut (lexicon/words.toml [open_ends])
            return f"最后一个分句只有动词“{last_clause.strip()}”，缺少动作的对象"
        kind = open_end(last_clause, line, at_stop=False) if prose and len(_CLAUSE_MARKS.split(line)) >= 2 else None
        if kind is not None:
            return f"最后一个分句“{last_clause.strip()}”停在语法未完的地方，缺少{_OPEN_MISSING[kind]}"
        mined = mined_open_ending(last_clause) if prose and len(_CLAUSE_MARKS.split(line)) >= 2 else None
        if mined is not None:
            return f"最后一个分句“{last_clause.strip()}”停在“{mined[0]}”上：{_mined_reason(*mined)}"
        label = _bare_item_label(line)
        if label is not None:
            return f"前面各项都有内容，最后一项“{label}”却只有序号"
        if _BARE_VERB_CLAUSE.fullmatch(last_clause):
            return f"最后一个分句只有“{last_clause}”，缺少完成或实现的内容"
        if line.endswith("、"):
            return "以顿号“、”结尾，列举未完"
        items = last_clause.split("、")
        if len(items) >= 2 and _FIGURE_ITEM.search(items[-2]) and _LAST_ITEM.fullmatch(items[-1]):
            return f"列举中前一项“{items[-2]}”带有数字，最后一项“{items[-1]}”却没有"
        if prose and re.search(r"[，,；;。]", line) and not _LATER_OUTLINE_ITEM.match(line) and _open_grammar(line):
            return f"最后一个分句“{last_clause.strip()}”没有说完（缺少数值、比较结果或谓语）"
        return None

    @staticmethod
    def _empty_colon(line: str, following: str | None) -> str | None:
        if not _PROMISING_COLON.search(line) or _PAGE_FOOTER.search(line):
            return None
        if not re.search(r"[，,。；;]", line) and (not _ANNOUNCING_COLON.search(line) or _OUTLINE_OPENING.match(line)):
            return None  # a label or a heading ending on its colon (主要做法： / 一、主要做法：)
        if following is None:
            return "以冒号结尾，全文却到此为止，冒号引出的内容缺失"
        if _LATER_OUTLINE_ITEM.match(following):
            return f"以冒号结尾，下一段却是“{following[:12]}”（另起的后续条目），冒号引出的内容缺失"
        if _MOVING_ON.match(following):
            return f"以冒号结尾，下一段却以“{_MOVING_ON.match(following).group()}”转入别的话题，冒号引出的内容缺失"
        return None

    @staticmethod
    def _continues_on_next_line(kept: list[tuple[int, str]], index: int, link_split: bool) -> bool:
        """The line goes on in the next one: a figure or a mark opens it, a page number stands
        between, or (a page whose sentences are split around links) a link's words stand on a line
        of their own between two parts of the sentence."""
        if index + 1 >= len(kept):
            return False
        following = kept[index + 1][1]
        if _CONTINUATION.match(following) or _PREDICATE_OPENING.match(following):
            return True
        if (
            len(following) <= _WRAPPED_TAIL_MAX
            and following[-1] in "。！？!?"
            and not _CLAUSE_MARKS.search(following[:-1])
            and not _OUTLINE_OPENING.match(following)
            and not re.search(r"\d", following)
        ):
            return True  # the sentence's last words wrapped onto a line of their own: …年度投资规模⏎逐年攀升。
        if index + 2 >= len(kept):
            return False
        if _PAGE_NUMBER_LINE.match(following):
            return True
        # (an outline heading, 二、2026年工作思路, is no link's words: the sentence before it stops there)
        is_fragment = len(following) <= 20 and not _CLAUSE_MARKS.search(following) and not _LATER_OUTLINE_ITEM.match(following)
        return is_fragment and (link_split or bool(_CONTINUATION.match(kept[index + 2][1])))

    def _cut_paragraph(self, ctx: CheckContext, folded: str, end: int, reason: str) -> Finding:
        """A finding on the last clause of the paragraph ending at ``end``; a short last clause is shown
        with the clause (or, in an enumeration, the item) before it: 5.2亿元，同比增长."""
        line_start = folded.rfind("\n", 0, end) + 1
        line = folded[line_start:end]
        marks = [m.end() for m in _CLAUSE_MARKS.finditer(line, 0, len(line) - 1)]
        begin = marks[-1] if marks else 0
        items = line[begin:].rstrip("、").split("、")
        if len(items) >= 2 and "、" not in line[-1:]:
            begin = end - line_start - len(items[-1]) - 1 - len(items[-2])
        elif len(line) - begin < 8 and len(marks) >= 1:
            begin = marks[-2] if len(marks) >= 2 else 0
            begin = max(begin, len(line) - 30)
        begin = line_start + begin
        while begin < end and folded[begin] in " \t\u3000":
            begin += 1
        quote = ctx.text[begin:end]
        return self.finding(
            ctx,
            begin,
            end,
            f"本段在“{quote}”处中断：{reason}，句子没有写完；请补全（或删去残句）",
        )

    def _unfinished_ending(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.text.rstrip()
        if not text:
            return
        short_line = "\n" not in text.strip() and len(text) < _MIN_DOCUMENT
        if short_line and not _CLOSED_SENTENCE.search(text):
            return  # a phrase or a field value (a fact's progress note), not a document
        line_start = text.rfind("\n") + 1
        last = ctx.folded[line_start : len(text)].strip()
        if len(last) < _MIN_LAST_PARAGRAPH or not re.search(r"[，,。;；]", last) or _PAGE_FOOTER.search(last):
            return
        if len(last) < _MIN_LAST_PARAGRAPH_WITH_LABELS and re.search(r"[:：]", last):
            return  # 附件：1.…，2.… / 联系人：…，电话：…
        if re.search(r"[\d〇零一二三四五六七八九十]\s*[年月日]$", last):
            return  # a signature line ending in its date
        final = last[-1]
        figure_cut = _FIGURE_AT_END.search(last) if final.isdigit() else None
        if figure_cut is not None:
            # (lead, seventh session) …食用菌产量达到4.6: the text ends on a figure after a verb of quantity, its unit cut
            begin = len(text) - (len(last) - figure_cut.start())
            yield self.finding(
                ctx,
                begin,
                len(text),
                f"全文在“{ctx.text[begin:len(text)]}”处戛然而止：数字后没有单位，后文似被截断；请补全结尾",
            )
            return
        if final in _FINAL_MARKS or final.isdigit() or final.isascii() and final.isalpha():
            return
        if _unpunctuated_list_item(ctx.folded[:line_start], last):
            return  # 4. 建设…8处⏎5. 实施…46公里: the items of this list end without marks, the last one too
        clause_start = max(last.rfind(mark) for mark in "，,。;；、") + 1
        if _COMPLETE_CLAUSE.fullmatch(last[clause_start:].strip()):
            return  # 营商环境持续优化: a whole clause that only lacks its full stop, not a cut
        if short_line and not _open_grammar(last):
            return  # a short text whose last sentence may be whole but for its full stop (特此报告, 详见附表)
        begin = len(text) - (len(last) - clause_start)
        yield self.finding(
            ctx,
            begin,
            len(text),
            f"全文在“{ctx.text[begin:len(text)]}”处戛然而止，最后一句没有结束标点，后文似被截断；请补全结尾",
        )
