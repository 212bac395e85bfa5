"""What every rule is: metadata, documented sections, options, and a pure ``check`` over text."""

from __future__ import annotations

import inspect
import sys
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from draftcheck.finding import Edit, Finding, Fix, RelatedSpan, Severity, Span
from draftcheck.rules.options import NoOptions, OptionsModel, RuleOptions, default_options

DOC_SECTIONS = ("## What it does", "## Why is this bad?", "## Example", "## Use instead")
# The Chinese documentation users read (draftcheck rule CODE): rules/docs/<CODE>.md, a faithful
# translation of the docstring, with these sections; its first line is the one-line summary.
DOC_SECTIONS_ZH = ("## 作用", "## 为什么", "## 示例", "## 应写为")


class Rule:
    """Base class of a rule. Subclasses live one per file in ``draftcheck/rules``.

    A subclass sets ``code`` (DCnnn, fixed by RULES.md), ``slug``, ``default_severity``,
    ``family``, optionally ``options_type`` (a ``RuleOptions`` dataclass, see ``rules/options.py``; its
    pydantic model is ``Options``), and implements ``check``.
    Its docstring carries the sections in ``DOC_SECTIONS``.
    """

    code: ClassVar[str]
    slug: ClassVar[str]
    family: ClassVar[str]
    default_severity: ClassVar[Severity] = Severity.WARNING
    options_type: ClassVar[type[RuleOptions]] = NoOptions
    Options: ClassVar[Any] = OptionsModel()  # the pydantic model of options_type, built when first asked for
    drafts_only: ClassVar[bool] = False

    def __init__(self, options: Any = None, severity: Severity | None = None) -> None:
        self.options = options if options is not None else default_options(type(self))
        self.severity = severity or self.default_severity
        # A severity set in the configuration wins over the per-finding severity a rule may choose.
        self.severity_configured = severity is not None

    @classmethod
    def doc(cls) -> str:
        """The rule's documentation: the class docstring, or else its module's (one rule per file)."""
        own = cls.__dict__.get("__doc__")
        return inspect.cleandoc(own or sys.modules[cls.__module__].__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().splitlines()[0] if cls.doc() else ""

    @classmethod
    def doc_zh(cls) -> str | None:
        """The Chinese documentation (rules/docs/<CODE>.md), or None when it is missing."""
        from importlib import resources

        path = resources.files("draftcheck.rules").joinpath("docs", f"{cls.code}.md")
        return path.read_text(encoding="utf-8").strip() if path.is_file() else None

    @classmethod
    def summary_zh(cls) -> str:
        """The first line of the Chinese documentation (the English summary when there is none)."""
        doc = cls.doc_zh()
        return doc.splitlines()[0] if doc else cls.summary()

    def check(self, ctx: "CheckContext") -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def finding(
        self,
        ctx: "CheckContext",
        start: int,
        end: int,
        message: str,
        *,
        related: list[tuple[str, int, int]] | None = None,
        suggestion: str | None = None,
        severity: Severity | None = None,
        fix: Fix | None = None,
    ) -> Finding:
        """Build a Finding for ``text[start:end]`` with this rule's code and slug."""
        return Finding(
            code=self.code,
            rule=self.slug,
            severity=self.severity if self.severity_configured else (severity or self.severity),
            message=message,
            span=Span(start=start, end=end),
            quote=ctx.text[start:end],
            related=[
                RelatedSpan(label=label, span=Span(start=s, end=e), quote=ctx.text[s:e]) for label, s, e in (related or [])
            ],
            suggestion=suggestion,
            fix=fix,
        )

    @staticmethod
    def replacement(start: int, end: int, content: str, applicability: str) -> Fix:
        """A fix that replaces ``text[start:end]`` with ``content``."""
        return Fix(applicability=applicability, edits=[Edit(span=Span(start=start, end=end), content=content)])


class CheckContext:
    """The text under check plus analyses that several rules share, each computed once."""

    def __init__(
        self,
        text: str,
        *,
        reference_texts: dict[str, str] | None = None,
        reference_archive: Any = None,
        tables: list | None = None,
        statistics: bool = True,
    ) -> None:
        from draftcheck.text.width import fold_width

        self.text = text
        self._tables = tables
        self.folded = fold_width(text)
        self.reference_texts = reference_texts or {}
        # An ``archive.search.Archive`` (past reports, from --reference or --reference-index), or None.
        self.reference_archive = reference_archive
        self._cache: dict[str, Any] = {}
        self.statistics: dict[str, dict[str, int]] = {}
        # whether relations are counted for ``--statistics``: without it, ``count`` records nothing and finders may
        # leave out what only the count needs (growth's rates tied to no operands)
        self.keeps_statistics = statistics

    def shared(self, key: str, factory) -> Any:
        """Compute ``factory(self)`` once per document and hand the same result to every rule."""
        if key not in self._cache:
            self._cache[key] = factory(self)
        return self._cache[key]

    @property
    def sentences(self):
        from draftcheck.text.sentences import split_sentences

        return self.shared("sentences", lambda ctx: split_sentences(ctx.text))

    @property
    def tables(self) -> list:
        """The document's tables (``draftcheck.document.tables.Table``): those the loader read from the
        file's structure (.docx), else the Markdown pipe tables, the tables pasted as spaced text, and
        the aligned label-and-figures blocks closed by a 合计 row that no spaced table already covers."""
        if self._tables is None:
            from draftcheck.document.tables import aligned_tables, markdown_tables, spaced_tables

            tables = markdown_tables(self.text)
            tables += spaced_tables(self.text, start_index=len(tables))
            covered = [(t.start, t.end) for t in tables]
            for table in aligned_tables(self.text, len(tables)):
                if not any(s < table.end and table.start < e for s, e in covered):
                    table.index = len(tables)
                    tables.append(table)
            self._tables = tables
        return self._tables

    @property
    def segmentation(self):
        """Paragraphs -> sentences -> clauses of the document (bracket-aware), computed once."""
        found = self._cache.get("segmentation")  # (read tens of thousands of times: no import per read)
        if found is not None:
            return found
        from draftcheck.text.segmentation import segment

        return self.shared("segmentation", lambda ctx: segment(ctx.text))

    @property
    def clause_model(self):
        """Typed clauses, typed sentence by sentence on demand (see draftcheck.numbers.clause_model)."""
        found = self._cache.get("clause_model")
        if found is not None:
            return found
        from draftcheck.numbers.clause_model import ClauseModel

        return self.shared("clause_model", ClauseModel)

    @property
    def clauses(self):
        """The typed clauses of the document (quantities with roles and indicators), computed once."""
        from draftcheck.numbers.clause_model import typed_clauses

        return self.shared("typed_clauses", typed_clauses)

    def count(self, kind: str, outcome: str, n: int = 1) -> None:
        """Record a relation of ``kind`` ending in ``outcome`` for ``--statistics`` (when they are kept)."""
        if not self.keeps_statistics:
            return
        bucket = self.statistics.setdefault(kind, {})
        bucket[outcome] = bucket.get(outcome, 0) + n


def iter_subclasses() -> Iterator[type[Rule]]:
    stack = list(Rule.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if getattr(cls, "code", None):
            yield cls
