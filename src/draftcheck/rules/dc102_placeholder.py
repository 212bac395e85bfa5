"""Template or masked placeholders left in the text: xx.xx亿元, **00万元, 党的XX大, ××乳业, ○○.

## What it does
Flags characters that stand in for a number, date or name that was never filled in:

- Latin ``x``/``X`` runs where a number or a name belongs: ``xx.xx亿元``, ``20XX年``, ``xxxx年x月``,
  ``党的XX大``, ``XX县``, ``XX公司``;
- asterisk masks: ``**00万元``, ``**县**年``, ``杜**``, ``普发【**】18号``;
- typographic masks: ``××乳业``, ``○○公司``, ``□□``;
- fill-in blanks of a form: ``____万元``, ``普发【】18号``, ``（    ）``, and two underscores for a name
  beside Chinese (``作为__工业经济的主平台``);
- one asterisk where a number or its last digit belongs, before a unit or a date word (``200*年``,
  ``营业收入*亿元``, ``新增*公里``), and an x-run whose unit follows after a line break (``201X⏎年``).

Not flagged: a footnote asterisk after a word with no unit after it (``增加值*``), the note naming that sign
(``注：带*号数据为快报数``, ``标*号的``), ``3*4``, a bullet
``*`` at a line start, Markdown ``__emphasis__``, snake_case names; Markdown emphasis (``**注：**`` on its own line, or any ``**text**`` pair in a document
that is Markdown), 〇 used as the digit zero (``二〇二四年``), ``×`` or ``x`` between numbers
(``2×350兆瓦``, ``3x4``), Latin words (``Xbox``), a single ``○`` or ``□`` used as a bullet or a box.
``某某`` (often a deliberate anonymisation) is flagged only with the option ``flag_mou_mou``.

Also (issue 7, trunc8): one mask character of any notation (× □ ○ ＊ Ｘ ？ …) in a date's or an ordinal's number slot, after
a year, 届 or 第 and before the date word or the thing numbered (``截至2025年×月底``, ``二十届×中全会``, ``第□季度``, ``？月？日``).

Also (issue 7, textfamilies): a plenum number masked (``二十届X中全会``). Not flagged: a single X in a paragraph that
names a model by a formula with X (``“1+X”网格化管理…吸纳X名党员``: the model's variable part).

## Why is this bad?
A placeholder means a figure or a name was never filled in. Submitted as is, the report tells the
reader that nobody finished it.

## Example
```text
完成固定资产投资xx.xx亿元，同比增长XX%。引资额**00万元，签约××乳业等企业。
```
Flagged: ``xx.xx``, ``XX``, ``**00``, ``××``.

## Use instead
```text
完成固定资产投资12.36亿元，同比增长8.5%。引资额2300万元，签约蒙牛乳业等企业。
```
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from draftcheck.finding import Finding, Severity
from draftcheck.rules.base import CheckContext, Rule
from draftcheck.rules.options import RuleOptions

# What may follow a Latin x-run for it to be a placeholder: a unit, a date word, a party congress,
# an administrative or organisational name.
_AFTER_X = (
    r"(?:万亿|亿|万|千)?(?:元|美元|%|‰|年|月|日|号|个|家|项|人|名|亩|吨|大|届|次|期|中全会|县|市|区|省|镇|乡|村|"
    r"公司|同志|单位|企业|项目|园区|集团|局|委|办|厅|部|街道|社区|平方|公里|米)"
)
# (The leading lookahead names the characters a match can start with, so the regex engine skips
# every other position quickly; the matches are the same.)
_X_RUN = re.compile(rf"(?=[\dxX])(?<![A-Za-z])(?P<mask>\d*[xX]{{1,6}}(?:\.[xX\d]{{1,4}})?\d*)(?![A-Za-z])(?=[ \t]?\n?[ \t]?{_AFTER_X})")
# One asterisk standing for a number or its last digits: 200*年, 营业收入*亿元, 新增*公里, 增长*%
# (not a footnote mark after a word, not 3*4, not a list bullet at a line start).
_SINGLE_ASTERISK = re.compile(
    rf"(?=\d{{2,3}}\*|\*)(?P<mask>(?<![\d.*])\d{{2,3}}[*](?![*])|(?<=[\u4e00-\u9fff])[*](?![*\d]))(?=[ \t]?\n?[ \t]?{_AFTER_X})"
)
# A verb of marking before ``*号``: the note that explains a footnote asterisk names the sign (注：带*号数据为快报数).
_MARKING_VERBS = frozenset("带加标打有注以用")


def _names_the_sign(text: str, start: int, end: int) -> bool:
    """Whether the asterisk at ``start`` is the sign a note names (带*号, 标*号), not a masked figure (第*号)."""
    return end - start == 1 and text[end : end + 1] == "号" and start > 0 and text[start - 1] in _MARKING_VERBS


# Two underscores for a name left blank, beside Chinese: 作为__工业经济的主平台 (three or more: _FILL_IN).
_DOUBLE_UNDERSCORE = re.compile(r"(?=__)(?:(?<![_\w])__(?![_\w])|(?<=[\u4e00-\u9fff,。;:、])__(?=[\u4e00-\u9fff]))")
# Two or more x standing next to Chinese on either side: 与XX乳业签约, 由xxx牵头.
_X_BESIDE_HAN = re.compile(r"(?=[xX])(?<![A-Za-z0-9])(?:(?<=[\u4e00-\u9fff])[xX]{2,6}(?![A-Za-z0-9\-])|[xX]{2,6}(?=[\u4e00-\u9fff]))")
# Fill-in lines and empty brackets of a form: ____万元, 普发【】18号, （    ）.
_FILL_IN = re.compile(r"__{2,}|【\s*】|〔\s*〕|\(\s{2,}\)")  # (every branch led by a literal: the engine skips to them)
_ASTERISKS = re.compile(r"[*＊]{2,}")
_DIGITS_AFTER = re.compile(r"\d*")
_TYPOGRAPHIC = re.compile(r"[×✕○〇□■△◯][×✕○〇□■△◯]+")
_MOU_MOU = re.compile(r"某某+")
# One mask character of any notation standing in a date's or an ordinal's number slot (issue 7, trunc8): after a year,
# a 届 or 第 and before the date word or count it numbers (2025年×月底, 二十届×中全会, 第□季度, ？月？日); not between two
# figures (2×350兆瓦) and not a bullet at a line start.
_SLOT_MASK = re.compile(
    r"(?P<mask>[×✕○□■△◯＊ＸｘXx？?])(?<=(?:年|届|第|月|\d)[×✕○□■△◯＊ＸｘXx？?])"
    r"(?=(?:月(?:底|末|份|初|中旬|上旬|下旬)?|日|号|季度|中全会|次全会|届|批|期)(?![\d]))"
)
_CHINESE_DIGITS = set("一二三四五六七八九十〇零")

# Lines that only a Markdown document has: headings, table rules, horizontal rules, quotes.
_MARKDOWN_LINE = re.compile(r"^(?:#{1,6}\s|\|?\s*:?-{3,}:?\s*\||\s*(?:[-*_]\s*){3,}$|>\s)", re.M)
# A line that is wholly bold: **注：**
_BOLD_LINE = re.compile(r"^\s*[*＊]{2}[^*＊\n]+[*＊]{2}\s*$", re.M)
# What may stand right outside an emphasis pair: space, punctuation, line edges.
_EMPHASIS_EDGE = set(" \t\u3000\n\r,.;:!?，。；：！？、()（）[]【】《》“”\"'-")


@dataclass(frozen=True)
class PlaceholderOptions(RuleOptions):
    flag_mou_mou: bool = field(default=False, metadata={"strict": True})
    """Also flag 某某 (某某公司, 某某同志): a placeholder in templates, but often deliberate anonymisation."""


class Placeholder(Rule):
    code = "DC102"
    slug = "placeholder"
    family = "blanks"
    default_severity = Severity.ERROR
    options_type = PlaceholderOptions

    def check(self, ctx: CheckContext) -> Iterator[Finding]:
        text = ctx.folded
        spans: list[tuple[int, int]] = []
        # Each pattern below needs its character (an x, an asterisk, two underscores): a text without it
        # skips the pattern, which the regex engine would otherwise try at every position (led by a
        # lookahead, these patterns are not scanned for their first character).
        if "x" in text or "X" in text:
            for m in _X_RUN.finditer(text):
                if not _is_multiplication(m.group("mask")) and not _model_variable(text, m.start("mask"), m.group("mask")):
                    spans.append((m.start("mask"), m.end("mask")))
            spans.extend((m.start(), m.end()) for m in _X_BESIDE_HAN.finditer(text))
        if "*" in text or "＊" in text:
            spans.extend(_asterisk_masks(text))
            spans.extend(
                (m.start("mask"), m.end("mask")) for m in _SINGLE_ASTERISK.finditer(text) if not _names_the_sign(text, m.start("mask"), m.end("mask"))
            )
        if "__" in text:
            for m in _DOUBLE_UNDERSCORE.finditer(text):
                if not _is_emphasis_underscores(text, m):
                    spans.append((m.start(), m.end()))
        for m in _FILL_IN.finditer(text):
            if not _is_rule_line(text, m):
                spans.append((m.start(), m.end()))
        for m in _TYPOGRAPHIC.finditer(text):
            if not _is_year_zero(text, m.start(), m.end()):
                spans.append((m.start(), m.end()))
        for m in _SLOT_MASK.finditer(text):
            if text[m.start() - 1].isdigit() and text[m.end() : m.end() + 1].isdigit():
                continue  # (a multiplication between figures)
            spans.append((m.start("mask"), m.end("mask")))
        if self.options.flag_mou_mou:
            spans.extend((m.start(), m.end()) for m in _MOU_MOU.finditer(text))
        covered_to = -1
        for start, end in sorted(set(spans), key=lambda span: (span[0], -span[1])):
            if end <= covered_to:
                continue  # inside a mask already flagged (xx.xx and its xx)
            covered_to = end
            quote = ctx.text[start:end]
            yield self.finding(
                ctx,
                start,
                end,
                f"占位符“{quote}”未替换为实际内容（{_context(ctx.text, start, end)}）；请填写真实的数字、日期或名称",
            )


def _is_multiplication(mask: str) -> bool:
    """2x350, 3X4, x1000: one x before digits is a multiplication sign, not a mask (20x8 aside)."""
    return mask.count("x") + mask.count("X") == 1 and mask[-1].isdigit()


# A model named by a formula with a variable (“1+X”网格化管理, “X+N”模式, 1+X证书): X is the model's variable.
_MODEL_FORMULA = re.compile(r"(?:\d|[A-Za-z])\s*[+＋]\s*[xX](?![A-Za-z])|(?<![A-Za-z])[xX]\s*[+＋]\s*(?:\d|[A-Za-z])")


def _model_variable(text: str, at: int, mask: str) -> bool:
    """A single X in a paragraph that names a “1+X” model stands for that model's variable part (吸纳X名党员), not a blank."""
    if mask not in ("x", "X"):
        return False
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return _MODEL_FORMULA.search(text, line_start, line_end if line_end >= 0 else len(text)) is not None


def _is_emphasis_underscores(text: str, run: re.Match) -> bool:
    """__text__ on one line, a Markdown emphasis, or __ with nothing Chinese beside it."""
    before = text[run.start() - 1] if run.start() > 0 else "\n"
    after = text[run.end()] if run.end() < len(text) else "\n"
    if not ("\u4e00" <= before <= "\u9fff" or "\u4e00" <= after <= "\u9fff"):
        return True
    line_start = text.rfind("\n", 0, run.start()) + 1
    line_end = text.find("\n", run.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return line.count("__") % 2 == 0 and bool(re.search(r"(?:^|[\s(（])__[^_\n]{1,40}__(?:$|[\s,.;:，。；：)）])", line))


def _is_year_zero(text: str, start: int, end: int) -> bool:
    """二〇〇八年: 〇 used as the digit zero next to other Chinese digits."""
    if set(text[start:end]) - {"〇", "○"}:
        return False
    return (start > 0 and text[start - 1] in _CHINESE_DIGITS) or (end < len(text) and text[end] in _CHINESE_DIGITS)


def _asterisk_masks(text: str) -> Iterator[tuple[int, int]]:
    """Asterisk runs that mask something, skipping the pairs that are Markdown emphasis."""
    markdown = bool(_MARKDOWN_LINE.search(text) or _BOLD_LINE.search(text))
    runs = list(_ASTERISKS.finditer(text))
    i = 0
    while i < len(runs):
        run = runs[i]
        if i + 1 < len(runs) and _is_emphasis_pair(text, run, runs[i + 1], markdown):
            i += 2
            continue
        if not _is_rule_line(text, run):
            # **00万元: the digits kept after the mask belong to the masked number
            yield run.start(), _DIGITS_AFTER.match(text, run.end()).end()
        i += 1


def _is_emphasis_pair(text: str, opening: re.Match, closing: re.Match, markdown: bool) -> bool:
    if opening.group() not in ("**", "＊＊") or closing.group() not in ("**", "＊＊"):
        return False
    inner = text[opening.end() : closing.start()]
    if len(inner.strip()) < 2 or "\n" in inner or inner != inner.strip():
        return False
    if markdown:
        return True
    # Outside Markdown, emphasis must stand apart from the words around it: **注：** on its own,
    # not 中共**市委**市人民政府 where the pair masks a name inside a word.
    before = text[opening.start() - 1] if opening.start() > 0 else "\n"
    after = text[closing.end()] if closing.end() < len(text) else "\n"
    return before in _EMPHASIS_EDGE and after in _EMPHASIS_EDGE


def _is_rule_line(text: str, run: re.Match) -> bool:
    """A line of only asterisks is a Markdown horizontal rule or a separator."""
    line_start = text.rfind("\n", 0, run.start()) + 1
    line_end = text.find("\n", run.end())
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return not line.replace("*", "").replace("＊", "").replace("_", "").strip()


def _context(text: str, start: int, end: int, width: int = 8) -> str:
    left = text[max(0, start - width) : start].split("\n")[-1]
    right = text[end : end + width].split("\n")[0]
    return f"“{left}{text[start:end]}{right}”"
