"""The same or nearly the same passage appears twice, or is copied from a reference document.

## What it does
Compares the report with itself on its content (Han characters, letters and digits; whitespace and
punctuation ignored) and flags the SECOND copy of a passage of a sentence or more (30+ characters)
that already appeared earlier, verbatim or with a small edit (90% of the characters the same);
a passage that stood as whole sentences earlier and comes back as whole clauses of a longer
sentence (30+ characters, from a clause start after ，/： to a clause end) counts too, so a copy
behind a lead-in (``在生态环保方面，<passage>。``) is found;
the first copy is given as the related span. A title or phrase repeated back to back
(``2007年工业园区工作总结2007年工业园区工作总结``) is flagged even when shorter.
With reference documents (``draftcheck lint --reference last-year.txt``, a folder or a glob of
past reports, or an index built by ``draftcheck index build``) it also flags the sentences and
paragraphs carried over from them, figures changed or not, naming the source document and paragraph
and listing the figures that changed (a copy whose only changes are figures is reported at ``info``
severity, one with its figures unchanged or its wording edited at ``warning``). Sentences that stand
in a large share of the archived documents (``boilerplate_share``, default 20%, and at least
``boilerplate_min_documents``) are the genre's set phrases and are not reported.
A sentence that repeats an earlier one with only its figures different is flagged when one copy
has blanks where the other has figures (a template left beside its filled copy), or when it stands
within ``max_figure_copy_distance`` characters of the earlier one, no year changed and most of its
figures are the same (pasted twice, a figure edited); ``2023年末…`` / ``2024年末…`` are two
statements, a series of parallel statements with all figures different (社区卫生服务中心次均住院费用
3193.9元… / 乡镇卫生院次均住院费用2095.8元…) is a frame, and a bulletin restating last year's frame
pages later is not a copy.
Repeated short slogans and phrases inside different sentences, headings and rows of figures are
not passages and are not flagged.

Also (issue 7): a copy pasted behind an adverb (``，进一步<passage>。``, ``，同时<passage>``) when it is 40+
content characters, holds a figure and the first copy is whole clauses (not necessarily a sentence); a sentence
repeated nearby word for word (20+ Han characters) with every figure edited by at most 20% (an older draft's figures:
``186.4亿元 → 176.4亿元``). Not flagged: clauses without figures that speeches repeat by design, a frame repeated for
another subject with figures of other sizes, and paraphrases that do not share their opening (not recognised).
A sentence whose first 20 content characters and whose figures are those of a sentence up to 600 characters
before, only its tail reworded, is the same statement twice (flagged); the same opening with other figures
(上半年…860人 / 下半年…1000人) is a parallel statement.

Also (fourth round): a sentence (closed by 。 or ；, mostly Han characters) repeating one at most 800 characters before it:
word for word however short when it states a figure (12+ content characters; 20+ without a figure), an outline marker
aside (``1. …`` / ``3. …``); with the same opening of 20+ content characters (60% of the shorter) and only its end changed,
shortened or extended, the opening possibly repeating a clause inside the earlier sentence (``园区将突出抓好招商引资，…`` /
``突出抓好招商引资，…``); nearly the same (85% of the characters, figures masked) with a word or clause added or removed,
or as a template without figures beside its filled copy, provided the figures of one are among the other's or only one
figure was edited by at most 20%; a clause written twice in a row (``聚焦…重要阶段，聚焦…重要阶段，``). Not flagged: a
slogan repeated for emphasis (an exclamation, ``实干成就梦想，奋斗开创未来！``), a headline taken up by the body below it,
lines of page metadata, and parallel statements about other subjects (城镇/农村居民 … with their own figures).

Also (issue 7, text8): a run of whole clauses written again close by as PART of a sentence (within 400 characters and
one paragraph break, inside one sentence each): each copy ends at a clause end and holds a clause mark, starts at most
4 content characters into its clause (a subject or an edited word: ``今年，我镇<copy>``), and both carry the same figures;
carried past small edits (``等地区`` → ``等重点地区``, up to 4 characters inserted, dropped or changed, 85% the same).
A run with figures counts from 24 content characters, or 16 when two of its clauses hold figures; a run without
figures from 24 when both copies open their sentences (behind at most a short lead-in: ``同时，``/``过去一年，``).
A sentence that is word for word (figures masked) a part of one shortly before it, whole clauses added or dropped,
with two or more figures each edited by at most 20% (``全年城镇新增就业4260人，…`` / ``城镇新增就业3980人，…``).
Not flagged: formulas behind other words (``坚持以…为指导，全面贯彻…精神`` after ``一年来，我们`` and after ``总体
要求是：``), short stock phrases (``坚持稳中求进工作总基调``), one frame for two subjects (``钱塘江<frame>`` /
``运河、苕溪<frame>``), clauses with other figures (parallel statements), and two years' statements (``2024年，…`` /
``2025年，…``).

Also (issue 7, dupspeed): a whole sentence without figures (24+ content characters, two clauses or more) taken up again
close by as the opening clauses of a longer sentence behind a subject (``与此同时，园区<sentence>，形成…``); a sentence whose
clauses come back in order with words swapped, dropped or added inside them (``餐饮、住宿`` → ``住宿、餐饮``, ``大宗商品消费`` →
``大宗消费``, ``对照反馈`` → ``对照巡察反馈``), each clause keeping 80% of its characters and all of them 90%, a clause added or
dropped at the end or a lead-in clause dropped (``巡察反馈问题整改方面，<clauses>。`` / ``<clauses>，做到…。``), the figures the
same. Not flagged: the same clauses for another subject or object named in the first clause (``城镇居民…`` / ``农村居民…``,
``推进城区道路提升改造`` / ``推进城区管网提升改造``), clauses with other figures (``上半年…`` / ``下半年…``), and a formula
that stands inside longer sentences both times (``过去一年，全县坚持把…`` / ``新的一年，我们坚持把…``).

## Why is this bad?
A copied paragraph is padding at best; in a work report it usually means a section was pasted
twice, or last year's text was carried over without being rewritten for this year.

## Example
```text
园区全年新开工项目32个，完成固定资产投资86.5亿元，同比增长12.3%。……
园区全年新开工项目32个，完成固定资产投资86.5亿元，同比增长12.3%。
```
Flagged: the second ``园区全年新开工项目32个，完成固定资产投资86.5亿元…``.

## Use instead
Keep one copy, or rewrite the second to say what is new.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.options import RuleOptions
from draftcheck.text.passage_diff import FigureChange, compare
from draftcheck.text.sentence_units import Unit, normalises_by_characters, split_units
from draftcheck.text.repeats import Content, Repeat, content_of, repeats_from, repeats_within, shingle_index

_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
_FIGURE_OR_BLANK = re.compile(r"\d+(?:[.,]\d+)*|[xX]{2,}|[×□○＿_]+")
_BLANK = re.compile(r"[xX×□○＿_]")
_YEAR = re.compile(r"(?:19|20)\d{2}年(?:度|末|初)?")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
# Punctuation that closes a clause (a passage embedded in a longer sentence starts and ends at one).
_CLAUSE_BREAK = frozenset("，,：:；;。！？!?")
_SPACES = frozenset(" \t\u3000\r")
# Share of a repeated passage's content that must be Han characters (rows of figures repeat by nature).
_MIN_HAN_SHARE = 0.6
# Content characters of the whole sentences a repeated passage must hold, and of
# the shortest copy that counts when it opens a paragraph without reaching the sentence end.
_MIN_SENTENCE = 30
_MIN_PARAGRAPH_OPENING = 30
_NOTE_OR_CAPTION = re.compile(
    r"[ \t\u3000#*]*(?:注|附注|注释|说明|资料来源|数据来源|本公报|\[\d+\]|［\d+］|[表图] ?\d|[表图][一二三四五六七八九十])"
)
_OUTLINE_MARKER = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．)）])?[ \t\u3000]*$")
# An adverb opening the clause a copied passage was pasted into: ，进一步<passage>, ，同时<passage>.
_LEAD_ADVERB = re.compile(r"(?:进一步|同时|持续|继续|不断|全面|切实|着力|大力|深入|扎实|积极|并|还|也|再)$")
# A passage this long (content characters) holding a figure counts as a copy when both copies are whole
# clauses, even if the first is no whole sentence (加强…1432处，立案处罚… / ，进一步加强…1432处。). Without a
# figure such clauses are the formulas that speeches repeat (高举…伟大旗帜，以…为指导).
_MIN_CLAUSE_COPY = 40
# A sentence pasted again nearby with every figure edited still is a copy when this many of its Han
# characters are word for word the same and each figure moved by at most _MAX_EDIT_SHIFT of its size
# (186.4亿元 → 176.4亿元, 9.2% → 8.7%: an older draft's figures). A frame repeated for another subject
# (次均住院费用9870.0元 … / 次均住院费用3193.9元 …) has figures of other sizes.
_MIN_SAME_WORDING = 20
_MAX_EDIT_SHIFT = 0.2
# A sentence reworded only after its opening: this many characters of the opening the same (whole
# clauses of content, figures aside), the same figures, within this distance of the first.
_MIN_SAME_OPENING = 20
_MAX_REWORDED_DISTANCE = 600
# Content characters of a stray sentence fragment trimmed off either end of a copy.
_MAX_FRAGMENT = 3
# Quoted part of a flagged copy.
_QUOTE_MIN = 30
_QUOTE_MAX = 60


@dataclass(frozen=True)
class DuplicatePassageOptions(RuleOptions):
    # metadata: the pydantic constraints a configured value must meet (rules/options.py)
    min_chars: int = field(
        default=24, metadata={"ge": 8, "description": "content characters (punctuation excluded) a repeated passage needs"}
    )
    min_similarity: float = field(
        default=0.9, metadata={"gt": 0, "le": 1, "description": "share of identical characters for a near-duplicate"}
    )
    min_adjacent_chars: int = field(
        default=8, metadata={"ge": 4, "description": "content characters for a phrase repeated back to back"}
    )
    max_figure_copy_distance: int = field(default=2000, metadata={
        "ge": 0, "description": "characters between a sentence and its copy with other figures (blanks: any distance)"
    })
    min_reference_similarity: float = field(default=0.8, metadata={
        "gt": 0, "le": 1, "description": "difflib ratio of a sentence to an archived one, digits and blanks masked"
    })
    boilerplate_share: float = field(default=0.2, metadata={
        "gt": 0, "le": 1, "description": "share of archived documents holding a sentence that makes it boilerplate"
    })
    boilerplate_min_documents: int = field(default=3, metadata={
        "ge": 2, "description": "archived documents a sentence must be in, at least, to be boilerplate"
    })


class DuplicatePassage(Rule):
    code = "DC401"
    slug = "duplicate-passage"
    family = "structure"
    default_severity = Severity.WARNING
    options_type = DuplicatePassageOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        content = ctx.shared("content-characters", lambda c: content_of(c.text, c.folded))
        flagged: list[tuple[int, int]] = []
        clause_runs: list[Repeat] = []  # repeats that are no passage: tried last, as runs of clauses
        for repeat in repeats_within(content.chars):
            if repeat.figures_only:
                continue
            if repeat.length >= self.options.min_chars or _may_be_adjacent(repeat):
                trimmed = _trim_fragments(ctx.text, content, repeat)
                if not trimmed.figures_only and self._counts(ctx.text, content, trimmed, within=True):
                    finding = self._within(ctx, content, trimmed)
                    flagged.append(content.span(trimmed.later, trimmed.later + trimmed.length))
                    yield finding
                    continue
            clause_runs.append(repeat)
        units = split_units(ctx.text, ctx.folded)
        yield from self._figure_copies(ctx, flagged, units)
        yield from self._reworded_copies(ctx, flagged, units)
        yield from self._near_copies(ctx, flagged, units)
        yield from self._doubled_clauses(ctx, flagged)
        yield from self._reordered_copies(ctx, flagged, units)
        yield from self._clause_runs(ctx, content, flagged, clause_runs)
        archive = ctx.reference_archive
        if archive is None and ctx.reference_texts:
            from draftcheck.archive.search import archive_of_texts  # only when references are given

            archive = archive_of_texts(ctx.reference_texts)
        if archive is not None:
            yield from self._carried_over(ctx, archive)

    def _figure_copies(self, ctx: CheckContext, flagged: list[tuple[int, int]], units: list[Unit]) -> Iterator[Finding]:
        """Sentences that repeat an earlier one with only figures or blanks different: a template copy
        left beside its filled copy (全年实现工业总产值亿元 … / 全年实现工业总产值86.2亿元 …), or a
        sentence pasted again nearby with a figure edited. Two statements of different periods (a
        changed year: 2023年末… / 2024年末…) and frames repeated far apart (a bulletin restating last
        year's figures) are not copies."""
        first: dict[str, Unit] = {}
        copies: list[tuple[Unit, Unit, tuple[FigureChange, ...], bool]] = []
        for unit in units:
            earlier = first.setdefault(unit.normalised, unit)
            if earlier is unit or len(unit.normalised) < self.options.min_chars:
                continue
            if any(s < unit.end and unit.start < e for s, e in flagged):
                continue
            ours = _FIGURE_OR_BLANK.findall(ctx.folded, unit.start, unit.end)
            theirs = _FIGURE_OR_BLANK.findall(ctx.folded, earlier.start, earlier.end)
            if len(ours) == len(theirs) and not any(_BLANK.match(f) for f in ours + theirs):
                # Same number of figures, no blanks: a copy only if near and most figures are kept.
                differing = sum(o != t for o, t in zip(ours, theirs))
                if unit.start - earlier.end > self.options.max_figure_copy_distance:
                    continue
                if 2 * differing > len(ours) and not (
                    _han_length(ctx.text, unit.start, unit.end) >= _MIN_SAME_WORDING and _edited_figures(ours, theirs)
                ):
                    continue
            comparison = compare(ctx.text[unit.start : unit.end], ctx.text[earlier.start : earlier.end])
            if comparison.wording_changed or not comparison.figure_changes:
                continue
            blanks = any(c.blank for c in comparison.figure_changes)
            if not blanks:
                if unit.start - earlier.end > self.options.max_figure_copy_distance:
                    continue
                if any(_YEAR.fullmatch(c.before) or _YEAR.fullmatch(c.after) for c in comparison.figure_changes):
                    continue
                figures = len(_FIGURE.findall(ctx.text, unit.start, unit.end))
                edited = _han_length(ctx.text, unit.start, unit.end) >= _MIN_SAME_WORDING and _edited_figures(ours, theirs)
                if figures - len(comparison.figure_changes) < len(comparison.figure_changes) and not edited:
                    continue  # most figures differ: a parallel statement about another subject
            copies.append((unit, earlier, comparison.figure_changes, blanks))
        for unit, earlier, changes, blanks in copies:
            shown = "、".join(f"{c.before} → {c.after}" for c in changes[:_MAX_CHANGES_SHOWN])
            if blanks:
                message = (
                    f"此句与前文一句只差数字，一处的数字空缺（前文 → 此处：{shown}）；"
                    "疑为模板和填好的稿子都留在了文中，请删去未填数字的一处"
                )
            else:
                message = f"此句与前文一句只差数字（前文 → 此处：{shown}）；疑为同一句粘贴两次后改了数字，请删去一处并核对数字"
            flagged.append((unit.start, unit.end))
            yield self.finding(
                ctx,
                unit.start,
                _quote_end(ctx.text, unit.start, unit.end),
                message,
                related=[("前文一句", earlier.start, earlier.end)],
            )

    def _reworded_copies(self, ctx: CheckContext, flagged: list[tuple[int, int]], units: list[Unit]) -> Iterator[Finding]:
        """A sentence that opens with the same words as one shortly before it (20+ characters) and states
        the same figures, only its tail reworded (聚焦企业急难愁盼，建立…工作机制，全年协调解决用工、融资等问题
        217个。… 聚焦企业急难愁盼，建立…工作机制，协调解决企业各类问题217个。): the same statement twice."""
        first: dict[str, Unit] = {}
        for unit in units:
            opening = unit.normalised[:_MIN_SAME_OPENING]
            if len(opening) < _MIN_SAME_OPENING:
                continue
            earlier = first.setdefault(opening, unit)
            if earlier is unit or unit.normalised == earlier.normalised:
                continue
            if unit.start - earlier.end > _MAX_REWORDED_DISTANCE or any(s < unit.end and unit.start < e for s, e in flagged):
                continue
            ours = _FIGURE.findall(ctx.text, unit.start, unit.end)
            if not ours or sorted(ours) != sorted(_FIGURE.findall(ctx.text, earlier.start, earlier.end)):
                continue
            flagged.append((unit.start, unit.end))
            yield self.finding(
                ctx,
                unit.start,
                _quote_end(ctx.text, unit.start, unit.end),
                f"此句与前文一句开头相同（前{_MIN_SAME_OPENING}字一致）、数字也相同（{'、'.join(ours[:_MAX_CHANGES_SHOWN])}），"
                "只是后半句换了说法；疑为同一内容写了两遍，请删去一处",
                related=[("前文一句", earlier.start, earlier.end)],
            )

    def _near_copies(self, ctx: CheckContext, flagged: list[tuple[int, int]], units: list[Unit]) -> Iterator[Finding]:
        """A sentence that repeats one shortly before it: word for word however short (12+ content characters,
        an outline marker aside: 1. … / 3. …), with the same opening of 20+ characters and only its end changed or
        extended (…项目68个，协议总投资412亿元，其中现代服务业项目19个), or nearly the same (85% of the characters) with
        a clause or a word added or removed, or as a template beside its filled copy, so long as the figures of one
        are among the other's (a parallel statement about another subject has other figures)."""
        folded = ctx.folded
        contents = _unit_contents(folded, units)
        statements = _statement_flags(folded, units, contents)
        for j, nearest_first in _near_copy_candidates(units, contents, statements):
            unit = units[j]
            if any(s < unit.end and unit.start < e for s, e in flagged):
                continue
            if _in_note_or_caption(ctx.text, unit.start):
                continue
            later = contents[j]
            for i in nearest_first:
                earlier_unit = units[i]
                kind = _near_copy_kind(contents[i], later) or _edited_clauses_kind(
                    _unit_clauses(folded, earlier_unit), _unit_clauses(folded, unit)
                )
                if kind is None:
                    continue
                if kind.startswith(_EDITED_FIGURES_KIND) and unit.start - earlier_unit.end > self.options.max_figure_copy_distance:
                    continue
                flagged.append((unit.start, unit.end))
                yield self.finding(
                    ctx,
                    unit.start,
                    _quote_end(ctx.text, unit.start, unit.end),
                    f"此句与前文一句{kind}；疑为同一内容粘贴了两次，请删去一处或改写为新的内容",
                    related=[("前文一句", earlier_unit.start, earlier_unit.end)],
                )
                break

    def _doubled_clauses(self, ctx: CheckContext, flagged: list[tuple[int, int]]) -> Iterator[Finding]:
        """A clause written twice in a row (聚焦企业和群众全生命周期重要阶段，聚焦企业和群众全生命周期重要阶段，推出…)."""
        # (searched in the text behind a line break, so that a clause at its very start follows a mark too: the
        # pattern is led by the mark it consumes, which the engine skips to; offsets are one less in the text)
        for m in _DOUBLED_CLAUSE.finditer("\n" + ctx.folded):
            clause = m.group("clause")
            content = _NOT_CONTENT.sub("", clause)
            if len(content) < _MIN_DOUBLED_CLAUSE or len(content) - len(_HAN_RUN.sub("", content)) < _MIN_HAN_SHARE * len(content):
                continue
            start, end = m.start("again") - 1, m.end("again") - 1
            if any(s < end and start < e for s, e in flagged):
                continue
            flagged.append((start, end))
            yield self.finding(
                ctx,
                start,
                end,
                f"分句“{_excerpt(ctx.text, start, end)}”紧接着重复了一遍；请删去重复的一处",
                related=[("前一分句", m.start("clause") - 1, m.end("clause") - 1)],
            )

    def _reordered_copies(self, ctx: CheckContext, flagged: list[tuple[int, int]], units: list[Unit]) -> Iterator[Finding]:
        """A sentence made of the same clauses as one shortly before it, in another order (全面推行河湖长制，全年巡河
        2.6万人次，… / 全年巡河2.6万人次，全面推行河湖长制，…): the statement pasted twice and its clauses moved
        (issue 7, sixth round). Each clause counts once, by its characters; two clauses of 4+ characters at least."""
        first: dict[tuple[str, ...], tuple[Unit, tuple[str, ...]]] = {}
        long_enough = [unit for unit in units if len(unit.normalised) >= self.options.min_chars]
        if normalises_by_characters(ctx.folded):
            long_enough = _with_an_anagram_nearby(long_enough)
        for unit, clauses in zip(long_enough, _clauses_of(ctx.folded, long_enough)):
            if len(clauses) < 2 or min(map(len, clauses)) < _MIN_REORDERED_CLAUSE:
                continue
            key = tuple(sorted(clauses))
            seen = first.setdefault(key, (unit, clauses))
            earlier, order = seen
            if earlier is unit or order == clauses:
                continue
            if unit.start - earlier.end > _MAX_NEAR_DISTANCE or any(s < unit.end and unit.start < e for s, e in flagged):
                continue
            flagged.append((unit.start, unit.end))
            yield self.finding(
                ctx,
                unit.start,
                _quote_end(ctx.text, unit.start, unit.end),
                f"此句与前文一句由相同的{len(clauses)}个分句组成，只是顺序不同；疑为同一内容粘贴两次后调换了语序，请删去一处",
                related=[("前文一句", earlier.start, earlier.end)],
            )

    def _clause_runs(
        self, ctx: CheckContext, content: Content, flagged: list[tuple[int, int]], repeats: list[Repeat]
    ) -> Iterator[Finding]:
        """Runs of whole clauses written again close by, as part of a sentence (issue 7, text8): see
        ``_clause_run_copy``."""
        for repeat in repeats:
            run = _clause_run_copy(ctx.text, content, repeat, self.options)
            if run is None:
                continue
            start, end = content.span(run.later, run.later + run.length)
            if any(s < end and start < e for s, e in flagged):
                continue
            flagged.append((start, end))
            yield self._within(ctx, content, run, "这几个分句与前文的分句")

    def _carried_over(self, ctx: CheckContext, archive) -> Iterator[Finding]:
        from draftcheck.archive.search import SearchOptions

        options = self.options
        search = SearchOptions(
            min_chars=options.min_chars,
            min_unit_similarity=options.min_reference_similarity,
            boilerplate_share=options.boilerplate_share,
            boilerplate_min_documents=options.boilerplate_min_documents,
        )
        for carry in archive.carry_overs(ctx.text, search):
            if _in_note_or_caption(ctx.text, carry.start):
                continue
            yield self.finding(
                ctx,
                carry.start,
                _quote_end(ctx.text, carry.start, carry.end),
                carry_over_message(carry),
                severity=Severity.INFO if carry.figures_only else Severity.WARNING,
            )

    def _counts(self, text: str, content: Content, repeat: Repeat, *, within: bool) -> bool:
        options = self.options
        chars = content.chars[repeat.later : repeat.later + repeat.length]
        if sum(1 for c in chars if "\u4e00" <= c <= "\u9fff") < _MIN_HAN_SHARE * len(chars):
            return False
        if repeat.similarity < options.min_similarity:
            return False
        start, end = content.span(repeat.later, repeat.later + repeat.length)
        if _in_note_or_caption(text, start):
            return False
        if within and repeat.earlier + repeat.earlier_length == repeat.later and repeat.length >= options.min_adjacent_chars:
            # Repeated back to back with nothing but spaces between: 工作总结2007 年工作总结
            first_end = content.span(repeat.earlier, repeat.earlier + repeat.earlier_length)[1]
            if not text[first_end:start].strip(" \t\u3000"):
                return True
        if repeat.length < options.min_chars:
            return False
        return (
            _covers_sentence(text, start, end)
            or (repeat.length >= _MIN_PARAGRAPH_OPENING and _opens_paragraph(text, start))
            or (within and repeat.length >= _MIN_SENTENCE and self._embedded_copy(text, content, repeat, start, end))
        )

    @staticmethod
    def _embedded_copy(text: str, content: Content, repeat: Repeat, start: int, end: int) -> bool:
        """A passage that stood as whole sentences earlier and comes back as whole clauses of a
        longer sentence (在生态环保方面，<passage>。). Slogans embedded in both places (总体要求是：
        坚持以…为指导，…) are phrasing, not a pasted passage."""
        if not _covers_clauses(text, start, end):
            return False
        first_start, first_end = content.span(repeat.earlier, repeat.earlier + repeat.earlier_length)
        if _is_heading(text, first_start, first_end):
            return False  # a heading taken up again in the body text
        return (
            _covers_sentence(text, first_start, first_end)
            or _opens_paragraph(text, first_start)
            or (
                repeat.length >= _MIN_CLAUSE_COPY
                and _FIGURE.search(text, start, end) is not None
                and _covers_clauses(text, first_start, first_end)
            )
        )

    def _within(self, ctx: CheckContext, content: Content, repeat: Repeat, what: str = "此段与前文一段") -> Finding:
        start, end = content.span(repeat.later, repeat.later + repeat.length)
        first_start, first_end = content.span(repeat.earlier, repeat.earlier + repeat.earlier_length)
        quote_end = _quote_end(ctx.text, start, end)
        kind = "重复" if repeat.matched == repeat.length == repeat.earlier_length else "几乎重复"
        return self.finding(
            ctx,
            start,
            quote_end,
            f"{what}{kind}（{repeat.length}字，{_percent(repeat)}相同）："
            f"“{_excerpt(ctx.text, start, end)}”；请删去重复的一处，或改写为新的内容",
            related=[("前文第一处", first_start, first_end)],
        )


# A run of whole clauses written again nearby, inside a sentence or across two (issue 7, text8): at most this many
# characters after the first copy and one paragraph break away; without a figure it must be this long (content
# characters), since clause pairs without figures are the stock phrasing speeches repeat.
_MAX_CLAUSE_RUN_DISTANCE = 400
_MIN_PLAIN_CLAUSE_RUN = 24
# A run with figures may be shorter than ``min_chars`` (this share of it) when two of its clauses hold figures
# (持续推进河湖长制，全年巡河2.6万人次 is one; 发放创业担保贷款1.86亿元，扶持创业1260人 is two).
_FIGURE_RUN_SHARE = 2 / 3
# Content characters a copy may start after its clause start (a subject or a word edited: 我镇完成… / 今年，我镇完成…).
_MAX_CLAUSE_HEAD = 4
# A copy carried on past a small edit (等地区 → 等重点地区): up to this many characters inserted, dropped or changed,
# then this many the same again.
_MAX_EDIT_SKIP = 4
_MIN_RESUMED = 4
_CLAUSE_MARK = re.compile(r"[，,；;：:、。！？!?]")
_FULL_STOP = re.compile(r"[。！？!?]")
_SENTENCE_MARKS = frozenset("。！？!?；;\n")
_MAX_LEAD_IN = 6  # content characters of a lead-in clause before a sentence's copied opening (从产业分布看，)


def _with_an_anagram_nearby(units: list[Unit]) -> list[Unit]:
    """The units of ``units`` (in order) whose normalised form has the length and the characters of another's that
    stands at most ``_MAX_NEAR_DISTANCE`` characters from it, with every other unit of the same length and characters.
    Two sentences made of the same clauses hold the same characters, so normalise alike in length and characters (when
    ``normalises_by_characters``): a sentence alone with its length and characters, or whose like stand far apart (each
    pair farther than two neighbours are), has no reordered copy near it and is the first copy of none; the rest are
    looked at exactly as before. Most sentences of a report are alone, and their clauses are never split."""
    # (the characters are told apart by ``_classes``, their code points' low bytes, which costs far less than a set
    # of the characters themselves: a set of the same characters has the same classes. The units are grouped by their
    # length alone first, which costs less still: two units of one length and characters stand close only where two
    # units of that length do (the units between two of them stand closer), so only the lengths with a close pair
    # have their units told apart by their classes; the others' groups would all be rejected)
    texts = [unit.normalised for unit in units]
    sizes = list(map(len, texts))
    by_size: dict[int, list[int]] = {}
    for k, size in enumerate(sizes):
        by_size.setdefault(size, []).append(k)
    chosen = sorted(k for members in by_size.values() if _close_pair(units, members) for k in members)
    chosen_sizes = [sizes[k] for k in chosen]
    groups: dict[tuple[int, bytes], list[int]] = {}
    for k, key in zip(chosen, zip(chosen_sizes, _classes([texts[k] for k in chosen], chosen_sizes))):
        groups.setdefault(key, []).append(k)
    kept: list[int] = []
    for members in groups.values():
        if _close_pair(units, members):
            kept.extend(members)
    return [units[k] for k in sorted(kept)]


def _close_pair(units: list[Unit], members: list[int]) -> bool:
    """Whether two consecutive units of ``members`` (indices into ``units``, in order) stand at most
    ``_MAX_NEAR_DISTANCE`` characters apart."""
    return len(members) > 1 and any(units[b].start - units[a].end <= _MAX_NEAR_DISTANCE for a, b in zip(members, members[1:]))


def _clause_run_copy(text: str, content: Content, repeat: Repeat, options: DuplicatePassageOptions) -> Repeat | None:
    """``repeat`` (carried on past small edits) when it is a run of whole clauses written again close by: inside one
    paragraph or the next, each copy inside one sentence, ending at a clause end and holding a clause mark, one of them
    starting at most a few characters after a clause start (园区新签约项目9个、协议总投资46.8亿元，其中亿元以上项目5个；…
    从产业分布看，园区新签约项目9个、…), mostly Han characters, with the same figures in both (other figures make a
    parallel statement). A run with figures in two clauses counts from two thirds of ``min_chars``. Without a figure both copies must open their sentences (behind at most a short lead-in:
    同时，/今年，): the formulas a report repeats (坚持以…为指导，全面贯彻…精神) stand behind other words. None when it
    is not a copy."""
    # (the starts of the copies stay where they are when the copy is carried on: what they decide is tested first,
    # before the search past edits, and most repeats, which start inside a clause, stop here)
    start, first_start = content.offsets[repeat.later], content.offsets[repeat.earlier]
    head = _clause_head(text, start)
    heads = head, (_clause_head(text, first_start) if head is not None else None)  # (no need of the second without the first)
    if None in heads or (heads[0] and heads[1] and not set(heads[0]) & set(heads[1])):
        return None  # a copy starts mid-clause, or both behind words of their own: 钱塘江<frame> / 运河、苕溪<frame>
    repeat = _carried_past_edits(content.chars, repeat)
    if repeat.length < _FIGURE_RUN_SHARE * options.min_chars or repeat.similarity < min(options.min_similarity, _MIN_EDITED_RATIO):
        return None
    chars = content.chars[repeat.later : repeat.later + repeat.length]
    if len(_HAN_RUN.sub("", chars)) > (1 - _MIN_HAN_SHARE) * len(chars):
        return None
    end = content.span(repeat.later, repeat.later + repeat.length)[1]
    first_end = content.span(repeat.earlier, repeat.earlier + repeat.earlier_length)[1]
    if start - first_end > _MAX_CLAUSE_RUN_DISTANCE or text.count("\n", first_end, start) > 1:
        return None
    if not (_ends_clause(text, end) and _ends_clause(text, first_end)):
        return None
    if _CLAUSE_MARK.search(text, start, end) is None or _CLAUSE_MARK.search(text, first_start, first_end) is None:
        return None
    if _FULL_STOP.search(text, start, end) or _FULL_STOP.search(text, first_start, first_end):
        return None  # (copies of whole sentences are the sentence-level checks' to find)
    if _FIGURE.findall(text, start, end) != _FIGURE.findall(text, first_start, first_end):
        return None  # other figures: a parallel statement (居民收入增长5.4%、增速居全国第3位 / …增长5%、增速居全国第3位)
    if _FIGURE.search(text, start, end) is None:
        if not (
            repeat.length >= _MIN_PLAIN_CLAUSE_RUN
            and _opens_sentence(text, first_start)
            and (
                _opens_sentence(text, start)
                # a whole sentence taken up again behind a subject (与此同时，园区<copy>，…): the subject is no lead-in
                # of the formulas speeches repeat, which stand inside longer sentences both times
                or (heads[0] and _whole_sentence(text, first_start, first_end) and _opens_sentence(text, _clause_start(text, start)))
            )
        ):
            return None
    elif repeat.length < options.min_chars and not (_FIGURE.search(text, first_start, first_end) and _figures_in_two_clauses(text, start, end)):
        return None
    if _in_note_or_caption(text, start) or _is_heading(text, first_start, first_end):
        return None
    return repeat


def _carried_past_edits(chars: str, repeat: Repeat) -> Repeat:
    """``repeat`` extended past up to two small edits after its end (a word inserted, dropped or changed:
    赴长三角、珠三角等地开展驻点招商 / …等重点地区开展驻点招商) while the copies go on alike."""
    size = len(chars)
    for _ in range(2):
        later_end = repeat.later + repeat.length
        earlier_end = repeat.earlier + repeat.earlier_length
        # the fewest characters skipped in all, then the fewest in the later copy: the first match of the skips in
        # that order (each copy's resumed runs sliced once; a run past the text's end, or reaching into the later
        # copy on the earlier side, cannot resume)
        later_runs = [
            chars[a : a + _MIN_RESUMED] if a + _MIN_RESUMED <= size else None
            for a in range(later_end, later_end + _MAX_EDIT_SKIP + 1)
        ]
        earlier_runs = [
            chars[b : b + _MIN_RESUMED] if b + _MIN_RESUMED <= repeat.later else None
            for b in range(earlier_end, earlier_end + _MAX_EDIT_SKIP + 1)
        ]
        best = None
        for skipped in range(1, 2 * _MAX_EDIT_SKIP + 1):
            for skip_later in range(max(0, skipped - _MAX_EDIT_SKIP), min(_MAX_EDIT_SKIP, skipped) + 1):
                resumed = later_runs[skip_later]
                if resumed is not None and resumed == earlier_runs[skipped - skip_later]:
                    best = (skip_later, skipped - skip_later)
                    break
            if best is not None:
                break
        if best is None:
            break
        a, b = later_end + best[0], earlier_end + best[1]
        length = 0
        while a + length < len(chars) and b + length < repeat.later and chars[a + length] == chars[b + length]:
            length += 1
        repeat = Repeat(
            earlier=repeat.earlier,
            earlier_length=b + length - repeat.earlier,
            later=repeat.later,
            length=a + length - repeat.later,
            matched=repeat.matched + length,
        )
    return repeat


def _ends_clause(text: str, end: int) -> bool:
    after = end
    while after < len(text) and text[after] in _SPACES:
        after += 1
    return after == len(text) or text[after] in _CLAUSE_BREAK or text[after] in "、\n"


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence, or the clause after a short lead-in that does (同时，/ 过去一年，)."""
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    if before == 0 or text[before - 1] in _SENTENCE_MARKS:
        return True
    if text[before - 1] not in "，,":
        return False
    lead_start = before - 1
    while lead_start > 0 and text[lead_start - 1] not in _SENTENCE_MARKS and text[lead_start - 1] not in _CLAUSE_BREAK:
        lead_start -= 1
    if lead_start > 0 and text[lead_start - 1] not in _SENTENCE_MARKS:
        return False
    return _content_length(text, lead_start, before) <= _MAX_LEAD_IN


def _clause_start(text: str, start: int) -> int:
    """Where the clause holding ``start`` begins (after the clause mark, 、 or line break before it)."""
    before = start
    while before > 0 and text[before - 1] not in _CLAUSE_BREAK and text[before - 1] not in "、\n":
        before -= 1
    return before


def _whole_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``start .. end`` is a sentence by itself: a sentence mark, a line break or the text's start before it
    (spaces aside) and a sentence mark, a line break or the text's end after it."""
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    after = end
    while after < len(text) and text[after] in _SPACES:
        after += 1
    return (before == 0 or text[before - 1] in _SENTENCE_MARKS) and (after == len(text) or text[after] in _SENTENCE_MARKS)


def _clause_head(text: str, start: int) -> str | None:
    """The content characters between the start of the clause holding ``start`` and ``start`` ('' for an adverb
    opening the clause: ，同时<copy>), or None when there are more than ``_MAX_CLAUSE_HEAD`` (a subject or an
    edited word may stand before a copy: 今年，我镇<copy>)."""
    before = start
    head = []
    while before > 0 and text[before - 1] not in _CLAUSE_BREAK and text[before - 1] not in "、\n":
        before -= 1
        if text[before].isalnum():
            head.append(text[before])
            if len(head) > _MAX_CLAUSE_HEAD:
                return None
    words = "".join(reversed(head))
    return "" if _LEAD_ADVERB.fullmatch(words) else words


def _figures_in_two_clauses(text: str, start: int, end: int) -> bool:
    """Whether two clauses of ``start .. end`` hold a figure each."""
    return sum(1 for clause in _CLAUSE_MARK.split(text[start:end]) if _FIGURE.search(clause)) >= 2


# A sentence repeating one at most this far before it (characters), and its content characters.
_MAX_NEAR_DISTANCE = 800
_MAX_NEAR_UNITS = 10  # sentences looked back over, at most
_MIN_NEAR_COPY = 12
_MIN_SHARED_OPENING = 20
_MIN_OPENING_SHARE = 0.6
_MIN_EDITED_COPY = 16
_MIN_EDITED_RATIO = 0.85
_MAX_LENGTH_GAP = (1 - _MIN_EDITED_RATIO) * 2  # a ratio of 0.85 allows lengths this far apart, at most
# Content characters a copy's opening must share with a clause inside the earlier sentence to be aligned to it.
_ANCHOR = 8
_LIST_MARKER = re.compile(
    r"[ \t\u3000]*(?:\d{1,2}[ \t]*[.、．)）](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]是)[ \t\u3000]*"
)
_NUMBER_RUN = re.compile(r"\d+")
_NOT_CONTENT = re.compile(r"[\W_]+")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
# A clause (after a clause mark) and what may stand between a clause and its repetition.
_DOUBLED_CLAUSE = re.compile(
    r"[，,；;。！？!?：:\n][ \t\u3000]*(?P<clause>[^，,；;。！？!?：:\n]{8,})[ \t\u3000]*[，,；;、][ \t\u3000]*"
    r"(?P<again>(?P=clause))(?=[，,；;。！？!?：:\n]|$)"
)
_MIN_DOUBLED_CLAUSE = 8
# The clauses of a sentence whose order may have been changed in a copy (issue 7, sixth round).
_REORDER_CLAUSE = re.compile(r"[，,；;：:、]")
_MIN_REORDERED_CLAUSE = 4


def _unit_content(folded: str, unit: Unit) -> str:
    """The content characters (Han, letters, digits) of a sentence unit, its outline marker (1. / （三） / 二是) aside."""
    marker = _LIST_MARKER.match(folded, unit.start, unit.end)
    start = marker.end() if marker else unit.start
    return _NOT_CONTENT.sub("", folded[start : unit.end].lower())


def _is_statement(folded: str, unit: Unit, content: str) -> bool:
    """Whether a unit is a sentence of report text: closed by 。 or ；, mostly Han characters (not a line of page
    metadata such as ``Public domain``, a heading or a caption), and not an exclamation (实干成就梦想，奋斗开创未来！,
    a slogan a speech repeats on purpose)."""
    body = folded[unit.start : unit.end].rstrip()
    if not body or body[-1] not in "。；;":
        return False
    return len(content) - len(_HAN_RUN.sub("", content)) >= _MIN_HAN_SHARE * len(content)


# The same content for many units at once: the units' text joined by line breaks (a unit never holds one) is
# stripped of outline markers after each line break and of non-content characters in a few passes over the whole
# (each pattern led by a literal or a class, which the engine skips to). Lowering the joined text lowers each unit
# alike unless a unit holds a character str.lower treats by its neighbours (final sigma) or turns into two (İ):
# such a text takes the per-unit path.
_MARKER_AFTER_BREAK = re.compile("\n" + _LIST_MARKER.pattern)
_NOT_CONTENT_NOR_BREAK = re.compile(r"[^\w\n][^\w\n]*")
_CONTEXT_LOWERED = ("\u03a3", "\u0130")


def _unit_contents(folded: str, units: list[Unit]) -> list[str]:
    """``[_unit_content(folded, unit) for unit in units]``, in a few passes over the whole text."""
    if units and not any(char in folded for char in _CONTEXT_LOWERED):
        joined = "\n" + "\n".join([folded[unit.start : unit.end] for unit in units])
        joined = _MARKER_AFTER_BREAK.sub("\n", joined).replace("_", "").lower()
        contents = _NOT_CONTENT_NOR_BREAK.sub("", joined).split("\n")[1:]
        if len(contents) == len(units):
            return contents
    return [_unit_content(folded, unit) for unit in units]


# The clause marks kept, and the line breaks joining the units, where the content of many units' clauses is taken in one
# pass (``_clauses_of``).
_NOT_CONTENT_NOR_CLAUSE_MARK = re.compile(r"[^\w\n，,；;：:、][^\w\n，,；;：:、]*")


def _clauses_of(folded: str, units: list[Unit]) -> list[tuple[str, ...]]:
    """The non-empty clauses (split at ``_REORDER_CLAUSE``) of each unit, each reduced to its content characters:
    ``tuple(c for c in (_NOT_CONTENT.sub("", part) for part in _REORDER_CLAUSE.split(unit's text)) if c)``, with the
    non-content characters removed from all units joined by line breaks (a unit never holds one) in one pass."""
    joined = "\n".join([folded[unit.start : unit.end] for unit in units]).replace("_", "")
    contents = _NOT_CONTENT_NOR_CLAUSE_MARK.sub("", joined).split("\n")
    if len(contents) != len(units):
        return [
            tuple(c for c in (_NOT_CONTENT.sub("", part) for part in _REORDER_CLAUSE.split(folded[u.start : u.end])) if c)
            for u in units
        ]
    return [tuple(filter(None, _REORDER_CLAUSE.split(content))) for content in contents]


def _statement_flags(folded: str, units: list[Unit], contents: list[str]) -> list[bool]:
    """``len(content) >= _MIN_NEAR_COPY and _is_statement(...)`` of every unit, the Han characters counted in one pass."""
    others = list(map(len, _HAN_RUN.sub("", "\n".join(contents)).split("\n")))  # (contents hold no line break)
    if len(others) != len(units):
        return [len(c) >= _MIN_NEAR_COPY and _is_statement(folded, u, c) for u, c in zip(units, contents)]
    flags = []
    for unit, content, other in zip(units, contents, others):
        size = len(content)
        if size < _MIN_NEAR_COPY:
            flags.append(False)
            continue
        last = folded[unit.end - 1]
        if last.isspace():
            body = folded[unit.start : unit.end].rstrip()
            last = body[-1] if body else "."
        flags.append(last in "。；;" and size - other >= _MIN_HAN_SHARE * size)
    return flags


# Classes of characters for the pair gate below: the low byte of the code point (256 classes).
_ALL_CLASSES = bytes(range(256))
_REJECTED_WINDOW = (1 << 30, 0)


@lru_cache(maxsize=1024)
def _length_window(size: int) -> tuple[int, int]:
    """Lengths an earlier sentence may have to pass ``_near_copies``'s length test against one of ``size``
    characters (a superset: the exact test is made again)."""
    if size < _MIN_EDITED_COPY:
        return _REJECTED_WINDOW
    return max(_MIN_EDITED_COPY, int(size * (1 - _MAX_LENGTH_GAP)) - 1), int(size / (1 - _MAX_LENGTH_GAP)) + 1


def _classes(texts: list[str], sizes: list[int]) -> list[bytes]:
    """The classes of the characters of each of ``texts``, each class once (sorted), for all texts in a few C passes."""
    from itertools import accumulate, repeat

    raw = "".join(texts).encode("utf-32-le", "surrogatepass")[0::4]  # the low byte of every code point
    ends = list(accumulate(sizes))
    parts = map(raw.__getitem__, map(slice, [0, *ends[:-1]], ends))
    absent = map(bytes.translate, repeat(_ALL_CLASSES), repeat(None), parts)
    return list(map(bytes.translate, repeat(_ALL_CLASSES), repeat(None), absent))


def _near_copy_candidates(units: list[Unit], contents: list[str], statements: list[bool]) -> list[tuple[int, list[int]]]:
    """(j, [i, nearest first]) for every statement j and earlier statement i that ``_near_copies`` compares: i among
    the ``_MAX_NEAR_UNITS`` units before j, ending at most ``_MAX_NEAR_DISTANCE`` characters before it, and either
    holding j's first ``_ANCHOR`` characters or of a like length (``_MAX_LENGTH_GAP``) sharing 85% of the characters of
    the one with fewer. Exactly the pairs of the loop over every sentence and the ten before it, found with a few C
    passes over each distance (1..10 units back) and exact tests only on the few left. A pair sharing 85% of its
    characters loses at most 15% of the smaller one's, so of its classes of characters (the code point's low byte)
    at most that many are absent from the other: pairs that lose more classes both ways are dropped unexamined."""
    from bisect import bisect_left
    from itertools import compress, repeat
    from operator import add, and_, contains, ge, le, or_

    chosen = [k for k, statement in enumerate(statements) if statement]
    count = len(chosen)
    if count < 2:
        return []
    # the first statement each may be compared with: among the ten units before it, ending at most 800 characters before
    # it (both increase along the text)
    ends = [units[k].end for k in chosen]
    reach = [units[k].start - _MAX_NEAR_DISTANCE for k in chosen]
    first = list(map(max, map(bisect_left, repeat(chosen), [k - _MAX_NEAR_UNITS for k in chosen]), map(bisect_left, repeat(ends), reach)))
    texts = [contents[k] for k in chosen]
    anchors = [text[:_ANCHOR] for text in texts]
    sizes = list(map(len, texts))
    windows = list(map(_length_window, sizes))
    shortest = [w[0] for w in windows]
    longest = [w[1] for w in windows]
    classes = _classes(texts, sizes)
    allowed = [(1 - _MIN_EDITED_RATIO) * size + 0.5 for size in sizes]
    pairs: dict[int, list[int]] = {}
    translate = bytes.translate
    for d in range(1, _MAX_NEAR_UNITS + 1):
        m = count - d
        if m <= 0:
            break
        near = list(map(ge, range(m), first[d:]))
        if not any(near):
            break  # farther back, every earlier sentence is farther still
        found = set(compress(range(m), map(and_, near, map(contains, texts[:m], anchors[d:]))))
        alike = list(compress(range(m), map(and_, near, map(and_, map(le, shortest[d:], sizes[:m]), map(le, sizes[:m], longest[d:])))))
        if alike:
            later = list(map(add, alike, repeat(d)))
            theirs = list(map(classes.__getitem__, alike))
            ours = list(map(classes.__getitem__, later))
            lost_theirs = map(le, map(len, map(translate, theirs, repeat(None), ours)), map(allowed.__getitem__, alike))
            lost_ours = map(le, map(len, map(translate, ours, repeat(None), theirs)), map(allowed.__getitem__, later))
            found.update(compress(alike, map(or_, lost_theirs, lost_ours)))
        for a in found:
            pairs.setdefault(a + d, []).append(a)
    candidates: list[tuple[int, list[int]]] = []
    for b in sorted(pairs):
        later = texts[b]
        anchor, size, letters = anchors[b], sizes[b], frozenset(later)
        nearest_first = []
        for a in sorted(pairs[b], reverse=True):
            earlier = texts[a]
            if anchor not in earlier:
                other = len(earlier)
                short, long = (other, size) if other < size else (size, other)
                if short < _MIN_EDITED_COPY or long - short > _MAX_LENGTH_GAP * long:
                    continue
                theirs = frozenset(earlier)
                if len(theirs & letters) < _MIN_EDITED_RATIO * min(len(theirs), len(letters)):
                    continue
            nearest_first.append(chosen[a])
        if nearest_first:
            candidates.append((chosen[b], nearest_first))
    return candidates


def _near_copy_kind(earlier: str, later: str) -> str | None:
    """How ``later`` repeats ``earlier``, in words for the message, or None when it does not. A short sentence
    (under 20 content characters) repeated word for word counts when it states a figure."""
    if earlier == later:
        if len(later) < _MIN_SHARED_OPENING and not _NUMBER_RUN.search(later):
            return None
        return f"完全相同（{len(later)}字）"
    # the later sentence may repeat the earlier one from a clause inside it on (园区将突出抓好招商引资… / 突出抓好招商引资…)
    offsets = [0] if earlier[:_ANCHOR] == later[:_ANCHOR] else []
    at = earlier.find(later[:_ANCHOR], 1)
    while at > 0:
        offsets.append(at)
        at = earlier.find(later[:_ANCHOR], at + 1)
    for offset in offsets:
        tail = earlier[offset:]
        shorter = min(len(tail), len(later))
        shared = 0
        while shared < shorter and tail[shared] == later[shared]:
            shared += 1
        if shared >= _MIN_SHARED_OPENING and shared >= _MIN_OPENING_SHARE * shorter:
            return f"前{shared}字相同（{'与其后半一致' if offset else '开头一致'}），只是结尾改了、删了或续写了"
    if len(earlier) > len(later) and earlier.find(later[:_ANCHOR], 1) > 0:
        earlier = earlier[earlier.find(later[:_ANCHOR], 1) :]  # compare with the part that the copy repeats
    shorter, longer = sorted((len(earlier), len(later)))
    if shorter < _MIN_EDITED_COPY or longer - shorter > (1 - _MIN_EDITED_RATIO) * 2 * longer:
        return None
    # (the characters alone bound the share of the same characters: most pairs stop here, cheaply)
    mine, other = _characters(later), _characters(earlier)
    if len(mine & other) < _MIN_EDITED_RATIO * min(len(mine), len(other)):
        return None
    ours, theirs = _NUMBER_RUN.findall(later), _NUMBER_RUN.findall(earlier)
    if not (_within(ours, theirs) or _within(theirs, ours)):
        if _masked(earlier) == _masked(later) and _one_figure_edited(ours, theirs):
            return "只改了一个数字"
        edited = _figures_edited_in_part(earlier, later)
        if edited:
            return f"{_EDITED_FIGURES_KIND}（{edited}），疑为误留的旧稿数字"
        return None  # a parallel statement about another subject, with its own figures
    import difflib

    matcher = difflib.SequenceMatcher(None, _masked(earlier), _masked(later), autojunk=False)
    if matcher.quick_ratio() < _MIN_EDITED_RATIO:
        return None  # (an upper bound from the characters alone, cheap: most pairs stop here)
    ratio = matcher.ratio()
    if ratio < _MIN_EDITED_RATIO:
        return None
    what = "一处有数字、一处数字空缺（模板和填好的稿子都留在了文中）" if bool(ours) != bool(theirs) else "只增删了个别字词或分句"
    return f"几乎相同（{ratio:.0%}），{what}"


# A sentence pasted again with words swapped, dropped or added inside its clauses and a clause added or dropped at its end
# (消费市场持续回暖，餐饮、住宿等接触型消费加快恢复，汽车、家电等大宗商品消费稳步增长。/ 消费市场持续回暖，住宿、餐饮等…，
# 汽车、家电等大宗消费稳步增长，新能源汽车零售额增长36.2%。): its clauses, in order, hold the characters of the other's.
_EDIT_CLAUSE_MARK = re.compile(r"[，,；;：:]")
_MIN_EDITED_CLAUSES = 24  # content characters of the clauses both copies hold
_MIN_CLAUSE_KEPT = 0.8  # share of a clause's characters (the longer of the two) found in its copy
_MIN_FIRST_CLAUSE_KEPT = 0.85  # (the first clause of the run)
_CLAUSE_OPENING = 4  # characters the first clauses of the run open with alike
_MAX_EDITED_CLAUSES = 30  # (no sentence of prose has more clauses: a list written with commas is no copy to compare)
_MIN_CLAUSES_KEPT = 0.9  # and of all the clauses' characters


def _unit_clauses(folded: str, unit: Unit) -> list[str]:
    """The content (as ``_unit_content``) of each clause of a unit, split at ，；： (not 、: list items stay together)."""
    marker = _LIST_MARKER.match(folded, unit.start, unit.end)
    start = marker.end() if marker else unit.start
    parts = (_NOT_CONTENT.sub("", part).lower() for part in _EDIT_CLAUSE_MARK.split(folded[start : unit.end]))
    return [part for part in parts if part]


def _edited_clauses_kind(earlier: list[str], later: list[str]) -> str | None:
    """How ``later`` repeats ``earlier`` clause by clause, or None: a run of two or more clauses of one (24+ content
    characters, mostly Han) comes back, in order, as clauses of the other, each holding 80% of the characters of its
    copy (the longer of the two) and all of them 90%, with a clause edited (swapped words: 餐饮、住宿 / 住宿、餐饮; a word
    dropped or added: 大宗商品消费 / 大宗消费, 对照反馈 / 对照巡察反馈). The run opens one of the sentences, or follows
    a lead-in clause or two of it (巡察反馈问题整改方面，<run>。), and runs to the end of the other or of its own (a
    clause added or dropped at the end). Its first clause opens with the same four characters in both and holds 85% of
    their characters (a parallel statement names another subject first: 城镇居民… / 农村居民…), and its figures are the
    same (other figures: a parallel statement, or figures edited, which the other tests judge)."""
    for skip_earlier, skip_later in ((0, 0), (1, 0), (2, 0), (0, 1), (0, 2)):
        kind = _edited_clause_run(earlier[skip_earlier:], later[skip_later:])
        if kind is not None:
            return kind
    return None


def _edited_clause_run(earlier: list[str], later: list[str]) -> str | None:
    from collections import Counter

    count = min(len(earlier), len(later))
    if not 2 <= count <= _MAX_EDITED_CLAUSES or earlier[0][:_CLAUSE_OPENING] != later[0][:_CLAUSE_OPENING]:
        return None
    kept = size = 0
    for k, (mine, theirs) in enumerate(zip(earlier[:count], later[:count])):
        same = sum((Counter(mine) & Counter(theirs)).values())
        if same < (_MIN_FIRST_CLAUSE_KEPT if k == 0 else _MIN_CLAUSE_KEPT) * max(len(mine), len(theirs)):
            return None
        kept += same
        size += len(mine)
    ours, theirs = earlier[:count], later[:count]
    if size < _MIN_EDITED_CLAUSES or ours == theirs or kept < _MIN_CLAUSES_KEPT * size:
        return None
    joined = "".join(ours)
    if len(_HAN_RUN.sub("", joined)) > (1 - _MIN_HAN_SHARE) * len(joined):
        return None
    if _NUMBER_RUN.findall(joined) != _NUMBER_RUN.findall("".join(theirs)):
        return None
    return f"的{count}个分句依次相同，只调换、增删了个别字词"


@lru_cache(maxsize=4096)
def _characters(content: str) -> frozenset[str]:
    return frozenset(content)


@lru_cache(maxsize=4096)
def _masked(content: str) -> str:
    return _NUMBER_RUN.sub("#", content)


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# How _near_copy_kind names a copy with figures edited (held to max_figure_copy_distance, as _figure_copies is).
_EDITED_FIGURES_KIND = "措辞相同、只改了数字"


def _figures_edited_in_part(earlier: str, later: str) -> str | None:
    """``前 → 后`` of the figures edited when one sentence, figures masked, is word for word a part of the other
    (whole clauses added or dropped: 全年城镇新增就业4260人，…，参保率稳定在95%以上 / 城镇新增就业3980人，…), with
    two or more figures in the shared part, one at least kept and the others moved by at most _MAX_EDIT_SHIFT:
    the sentence pasted twice and one copy left with an older draft's figures (issue 7, text8). Parallel statements
    about other subjects differ in their words (城镇/农村), so their masks are no part of each other."""
    mine, other = _masked(later), _masked(earlier)
    short, long = (mine, other) if len(mine) <= len(other) else (other, mine)
    if len(_HAN_RUN.sub("", short)) > len(short) - _MIN_EDITED_COPY:
        return None  # too few Han characters in the shared wording
    at = long.find(short)
    if at < 0 or long.find(short, at + 1) >= 0:
        return None
    skip = long.count("#", 0, at)
    short_figures = _NUMBER_RUN.findall(later if short is mine else earlier)
    long_figures = _NUMBER_RUN.findall(earlier if short is mine else later)[skip : skip + len(short_figures)]
    if len(short_figures) < 2 or len(long_figures) != len(short_figures):
        return None
    pairs = list(zip(long_figures, short_figures)) if short is mine else list(zip(short_figures, long_figures))
    changed = [(a, b) for a, b in pairs if a != b]
    if len(changed) == len(pairs):
        return None  # every figure moved: a frame filled for another row (项目500个… / 项目501个…)
    if any(_YEAR_DIGITS.fullmatch(a) and _YEAR_DIGITS.fullmatch(b) for a, b in changed):
        return None  # 2024年… / 2025年…: two years' statements
    if not changed or not _edited_figures([b for _, b in changed], [a for a, _ in changed]):
        return None
    return "、".join(f"{a} → {b}" for a, b in changed[:_MAX_CHANGES_SHOWN])


def _one_figure_edited(ours: list[str], theirs: list[str]) -> bool:
    """The same figures in the same order but one (协议总投资265亿元 → 268亿元: a figure edited after pasting)."""
    if len(ours) != len(theirs) or len(ours) < 2:
        return False
    changed = [(a, b) for a, b in zip(ours, theirs) if a != b]
    return len(changed) == 1 and _edited_figures([changed[0][0]], [changed[0][1]])


def _within(part: list[str], whole: list[str]) -> bool:
    """Whether every figure of ``part`` stands among ``whole`` (as many times)."""
    remaining = list(whole)
    for figure in part:
        if figure not in remaining:
            return False
        remaining.remove(figure)
    return True


def _may_be_adjacent(repeat: Repeat) -> bool:
    """Whether ``repeat`` may follow its earlier copy back to back once ``_trim_fragments`` has cut at
    most ``_MAX_FRAGMENT`` characters from its head and from its tail (the only way a repeat shorter
    than ``min_chars`` counts)."""
    return -1 <= repeat.earlier + repeat.earlier_length - repeat.later <= 2 * _MAX_FRAGMENT


def _trim_fragments(text: str, content: Content, repeat: Repeat) -> Repeat:
    """Drop a stray tail of the previous sentence (``%。``) or head of the next one from a copy."""
    head = 0
    while head < min(_MAX_FRAGMENT + 1, repeat.length - 1):
        here, following = content.offsets[repeat.later + head], content.offsets[repeat.later + head + 1]
        if _SENTENCE_END.search(text, here, following):
            head += 1
            break
        head += 1
    else:
        head = 0
    if head > _MAX_FRAGMENT:
        head = 0
    tail = 0
    last = repeat.later + repeat.length - 1
    while tail < min(_MAX_FRAGMENT + 1, repeat.length - head - 1):
        here, previous = content.offsets[last - tail], content.offsets[last - tail - 1]
        if _SENTENCE_END.search(text, previous + 1, here):
            tail += 1
            break
        tail += 1
    else:
        tail = 0
    if tail > _MAX_FRAGMENT:
        tail = 0
    if not head and not tail:
        return repeat
    return Repeat(
        earlier=repeat.earlier + head,
        earlier_length=max(1, repeat.earlier_length - head - tail),
        later=repeat.later + head,
        length=repeat.length - head - tail,
        matched=max(0, repeat.matched - head - tail),
        figures_only=repeat.figures_only,
    )


def _covers_sentence(text: str, start: int, end: int) -> bool:
    """True when ``start .. end`` holds whole sentences (each 90% inside) of 30+ content characters."""
    covered = 0
    sentence_start = start
    while sentence_start > 0 and not _SENTENCE_END.match(text, sentence_start - 1):
        sentence_start -= 1
    while sentence_start < end:
        stop = _SENTENCE_END.search(text, sentence_start)
        sentence_end = stop.start() if stop else len(text)
        total = _content_length(text, sentence_start, sentence_end)
        inside = _content_length(text, max(start, sentence_start), min(end, sentence_end))
        if total and inside >= 0.9 * total:
            covered += total
            if covered >= _MIN_SENTENCE:
                return True
        if stop is None:
            break
        sentence_start = stop.end()
    return False


def _covers_clauses(text: str, start: int, end: int) -> bool:
    """True when ``start .. end`` begins at a clause start and ends at a clause end: a passage
    embedded after a lead-in (在生态环保方面，<passage>。) or before a tail clause. An adverb may
    open the clause before the passage (，进一步<passage>。, ，同时<passage>): the copy was pasted behind it."""
    before = start
    while before > 0 and text[before - 1] in _SPACES:
        before -= 1
    lead = _LEAD_ADVERB.search(text, max(0, before - 4), before)
    if lead is not None:
        before = lead.start()
    if before > 0 and text[before - 1] not in _CLAUSE_BREAK and text[before - 1] != "\n":
        return False
    after = end
    while after < len(text) and text[after] in _SPACES:
        after += 1
    return after == len(text) or text[after] in _CLAUSE_BREAK or text[after] == "\n"


def _is_heading(text: str, start: int, end: int) -> bool:
    """``start .. end`` is (nearly) a whole line with no sentence end: a heading or a headline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if any(mark in line for mark in "。！？!?"):
        return False
    return _content_length(text, start, end) >= 0.9 * _content_length(text, line_start, line_start + len(line))


def _in_note_or_caption(text: str, start: int) -> bool:
    """Notes, source lines and table or figure captions repeat by design (注：…, 资料来源：…, 表3 …)."""
    line_start = text.rfind("\n", 0, start) + 1
    return _NOTE_OR_CAPTION.match(text, line_start) is not None


def _opens_paragraph(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _OUTLINE_MARKER.match(text, line_start, start) is not None


def _edited_figures(ours: list[str], theirs: list[str]) -> bool:
    """Whether every figure of a copy is within _MAX_EDIT_SHIFT of the one it replaces."""
    for mine, other in zip(ours, theirs):
        try:
            a, b = float(mine.replace(",", "")), float(other.replace(",", ""))
        except ValueError:
            return False
        if abs(a - b) > _MAX_EDIT_SHIFT * max(abs(a), abs(b)):
            return False
    return True


def _han_length(text: str, start: int, end: int) -> int:
    return sum(1 for c in text[start:end] if "\u4e00" <= c <= "\u9fff")


def _content_length(text: str, start: int, end: int) -> int:
    return sum(1 for c in text[start:end] if c.isalnum())


def _quote_end(text: str, start: int, end: int) -> int:
    """End of the flagged quote: the first sentence of the copy, at least 30 and at most 60 chars."""
    stop = _SENTENCE_END.search(text, start + _QUOTE_MIN, min(end, start + _QUOTE_MAX))
    quote_end = stop.start() if stop else min(end, start + _QUOTE_MAX)
    return max(min(end, start + _QUOTE_MIN), quote_end)


def _excerpt(text: str, start: int, end: int, limit: int = 24) -> str:
    piece = re.sub(r"\s+", "", text[start:end])
    return piece if len(piece) <= limit else piece[:limit] + "……"


def _percent(repeat: Repeat) -> str:
    return f"{repeat.similarity:.0%}"


_MAX_CHANGES_SHOWN = 6


def carry_over_message(carry) -> str:
    """与《2023年工作总结》第4段相同（97%），仅数字不同：2023年 → 2024年、12.6亿元 → 14.1亿元 …"""
    source = f"《{carry.source_title}》第{carry.source_paragraph}段"
    percent = f"{carry.similarity:.0%}"
    changes = "、".join(f"{c.before} → {c.after}" for c in carry.figure_changes[:_MAX_CHANGES_SHOWN])
    if len(carry.figure_changes) > _MAX_CHANGES_SHOWN:
        changes += f"等{len(carry.figure_changes)}处"
    if carry.verbatim:
        what = f"此段与{source}相同（{percent}），文字和数字都未改动"
    elif carry.figures_only:
        what = f"此段与{source}相同（{percent}），仅数字不同：{changes}"
    else:
        added = f"中间增加了{carry.sentences_added}句" if carry.sentences_added else "有少量文字改动"
        if carry.figure_changes:
            what = f"此段与{source}几乎相同（{percent}），其中数字不同：{changes}，另{added}"
        else:
            what = f"此段与{source}几乎相同（{percent}），数字未变，{added}"
    also = f"；另有{carry.other_documents}篇存档报告含相同段落" if carry.other_documents else ""
    original = "" if carry.verbatim else f"；原文为“{_excerpt(carry.source_text, 0, len(carry.source_text), 30)}”"
    return f"{what}{original}（{Path(carry.source_path).name}）{also}；请按本期实际情况改写"
