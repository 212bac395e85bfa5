"""A fixed official formulation written wrongly: 科学进展观, 平安生产, 十七会议, 防腐拒变.

## What it does
Flags wrong forms of fixed official formulations (固定提法) from a curated table
(``draftcheck.rules.term_table``): 科学进展观 (科学发展观), 平安生产 (安全生产), 平安第一 (安全第一),
十七会议 (十七大), 入党乐观分子 (入党积极分子), 防腐拒变 (拒腐防变), 中国特点社会主义, 供应侧改革,
“五位一体”战略布局 (总体布局), and the political slogans with a garbled word: 两学一作 (两学一做),
两个维持 (两个维护), “两个确定” (两个确立), “四个认识” (四个意识), 三实三严, 三会一科, 不忘初衷、牢记使命,
管放服, “六稳”“六包”, 中央八条规定, 供给侧结构改革 … The suggestion carries the right form.

Only wrong forms that are never right are listed: 平安建设, 平安中国, 平安单位, 平安县 are correct and
never flagged; general synonyms (进展思路, 根底设施) are not official formulations and are left alone.

## Why is this bad?
Fixed formulations are checked word for word by every reviewer of an official document; a wrong
one reads as carelessness or, worse, as a political error. Such forms typically come from text that
was copied from a template site and run through a synonym replacer.

## Example
```text
坚持科学进展观，把平安生产列入重要议事日程，以十七会议精神为指导。
```
Flagged: ``科学进展观``, ``平安生产``, ``十七会议``.

## Use instead
```text
坚持科学发展观，把安全生产列入重要议事日程，以十七大精神为指导。
```
"""

from __future__ import annotations

import operator
from collections.abc import Iterator
from functools import lru_cache

from draftcheck.finding import Finding, Severity
from draftcheck.lexicon import character_readings, corpus_bigrams, established_terms, lookalike_characters
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.term_table import find_term_errors

_WILDCARD = "\0"


def _is_han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


@lru_cache(maxsize=1)
def _term_index() -> tuple[dict[str, list[str]], tuple[int, ...]]:
    """Each established term under every key made by blanking one of its characters (安全_产 ...).

    Terms of four characters or more, three-character slogans the corpus quotes (“放管服”) and
    two-character dictionary words (部署), the last under stricter tests (``_word_fits_beside``); other
    three-character runs are left out: 新工_ or _食品 is too little to tell a slip from a word or a name.
    """
    index: dict[str, list[str]] = {}
    lengths: set[int] = set()
    for term, (_, _, quoted) in established_terms().items():
        if len(term) == 3 and not quoted:
            continue
        lengths.add(len(term))
        for k in range(len(term)):
            index.setdefault(term[:k] + _WILDCARD + term[k + 1 :], []).append(term)
    return index, tuple(sorted(lengths, reverse=True))


# The fuzzy syllables of pinyin input methods (模糊音): a typist who does not tell z/zh, c/ch, s/sh or
# in/ing, en/eng, an/ang apart picks the character of the other syllable.
_FUZZY = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("ing", "in"), ("eng", "en"), ("ang", "an"))


@lru_cache(maxsize=4096)
def _fuzzy(syllable: str) -> str:
    for retroflex, flat in _FUZZY:
        syllable = syllable.replace(retroflex, flat)
    return syllable


def confusion(written: str, meant: str) -> str | None:
    """Why ``written`` may stand for ``meant``: 同音, 音近 (other tone or a fuzzy syllable), 形近, or None."""
    written_toned, written_toneless = character_readings(written)
    meant_toned, meant_toneless = character_readings(meant)
    if written_toned & meant_toned:
        return "同音"
    if written_toneless & meant_toneless or {_fuzzy(r) for r in written_toneless} & {_fuzzy(r) for r in meant_toneless}:
        return "音近"
    if meant in lookalike_characters().get(written, ()):
        return "形近"
    return None


_NUMERALS = frozenset("一二三四五六七八九十两百千万")


def _fits_beside(text: str, start: int, n: int, k: int, term: str, pairs: frozenset[str]) -> bool:
    """Whether a run that replaces ``term[k]`` can be that term, judged by the character just outside it.

    A replaced first or last character may instead belong to the word next to the run (中心整改 is
    中心 + 整改, not 中心镇 misspelt; 大运福食品 is a company name, not 副食品). A replaced last character
    must not make a pair the corpus writes with the character after it; a replaced first character,
    where names and modifiers stand, must follow a non-Han character, or a character that makes a
    corpus pair with the term's own first character and none with the written one.
    Numbered slogans (一企一策, 一园一策) are templates that writers fill freely, never checked.
    """
    if any(char in _NUMERALS for char in term):
        return False
    if n == 2:
        return _word_fits_beside(text, start, k, term, pairs)
    if k == 0 and start > 0 and _is_han(text[start - 1]):
        before = text[start - 1]
        return before + term[0] in pairs and before + text[start] not in pairs
    end = start + n
    if k == n - 1 and end < len(text) and _is_han(text[end]):
        return text[end - 1] + text[end] not in pairs
    return True


def _word_fits_beside(text: str, start: int, k: int, word: str, pairs: frozenset[str]) -> bool:
    """The stricter test for a two-character word (布署 for 部署), which has no third character to anchor it.

    On the side of the replaced character the neighbour must be a non-Han character, or one that makes
    a corpus pair with the word's own character and none with the written one (安排布署: 排部 is
    written, 排布 never). On the other side the kept character must not make a corpus pair with its
    neighbour (大理石有限公司 is 有限, 刷新页面 is 页面): a written pair there means the run straddles
    two words.
    """
    changed, kept_side = (start - 1, start + 2) if k == 0 else (start + 2, start - 1)
    if 0 <= changed < len(text) and _is_han(text[changed]):
        outside = text[changed]
        if k == 0:
            fits = outside + word[0] in pairs and outside + text[start] not in pairs
        else:
            fits = word[1] + outside in pairs and text[start + 1] + outside not in pairs
        if not fits:
            return False
    if 0 <= kept_side < len(text) and _is_han(text[kept_side]):
        kept = text[start + 1] if k == 0 else text[start]
        pair = kept + text[kept_side] if k == 0 else text[kept_side] + kept
        if pair in pairs:
            return False
    return True


def find_near_misses(text: str) -> Iterator[tuple[int, int, str, str]]:
    """Yield ``(start, end, term, why)`` for every near miss of an established term in ``text``.

    A near miss is a run as long as the term that differs from it in one character, the two characters
    sound or look alike, and every pair the replaced character makes with its neighbours inside the run
    is one the proofread corpus never writes. Only runs around such unseen pairs are
    examined, so a clean text costs one set difference.
    """
    pairs = corpus_bigrams()
    unseen = [p for p in set(map(operator.add, text, text[1:])) - pairs if _is_han(p[0]) and _is_han(p[1])]
    if not unseen:
        return
    index, lengths = _term_index()
    terms = established_terms()
    for pair in unseen:
        p = text.find(pair)
        while p != -1:
            for q, inside in ((p, lambda k, n: k < n - 1), (p + 1, lambda k, n: k > 0)):
                for n in lengths:
                    for k in range(n):
                        start = q - k
                        if start < 0 or start + n > len(text) or not inside(k, n):
                            continue
                        run = text[start : start + n]
                        terms_here = index.get(run[:k] + _WILDCARD + run[k + 1 :])
                        if not terms_here or (k > 0 and run[k - 1 : k + 1] in pairs) or (
                            k < n - 1 and run[k : k + 2] in pairs
                        ):
                            continue  # the replaced character makes a pair the corpus writes: maybe a word
                        for term in terms_here:
                            if not _fits_beside(text, start, n, k, term, pairs):
                                continue
                            why = confusion(run[k], term[k])
                            if n == 2 and why != "同音":
                                continue  # a two-character word: only a true homophone is evidence enough
                            if why is not None:
                                yield start, start + n, term, f"“{run[k]}”与“{term[k]}”{why}", terms[term][0]
            p = text.find(pair, p + 1)


class TermError(Rule):
    code = "DC503"
    slug = "term-error"
    family = "wording"
    default_severity = Severity.WARNING

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        seen: list[tuple[int, int]] = []
        for start, end, right, why in sorted(find_term_errors(ctx.folded)):
            if any(s <= start < e for s, e in seen):
                continue  # a shorter entry inside a longer one already flagged
            seen.append((start, end))
            wrong = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"固定提法有误：“{wrong}”应为“{right}”（{why}）",
                suggestion=right,
            )
        # Near misses of mined terms: where several overlap, the most widely used term of four or more
        # characters wins (营商环境 over 优化营商环境 and over the word 环境).
        candidates = sorted(find_near_misses(ctx.folded), key=lambda c: (c[1] - c[0] < 4, -c[4], c[0], c[2]))
        for start, end, term, why, documents in candidates:
            if any(s < end and start < e for s, e in seen):
                continue
            seen.append((start, end))
            wrong = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"疑似错别字：“{wrong}”应为“{term}”（{why}；“{term}”见于{documents}篇已校对的公文，"
                f"“{wrong}”从未出现）",
                suggestion=term,
            )
