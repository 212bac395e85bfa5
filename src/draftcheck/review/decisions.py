"""The decisions file beside a report (``REPORT.draftcheck.json``): what a person decided about each finding.

Decisions are keyed by the findings' fingerprints (rule + quote + a little context, never a line number), so
they survive edits elsewhere in the report. Every save is atomic (a temporary file, then a rename): a reader
(``lint`` running at the same time) never sees half a file and a killed review loses nothing already decided.
A corrupt file or one written for another document is never discarded: loading raises ``DecisionsError`` and
``back_up`` keeps a copy before anything new is written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path

from draftcheck.finding import Finding
from draftcheck.output import write_atomically

SCHEMA_VERSION = 1
SUFFIX = ".draftcheck.json"


class Verdict(str, Enum):
    CONFIRMED = "confirmed"  # a real problem: stays in lint's output
    DISMISSED = "dismissed"  # a false alarm: never shown again
    FIXED = "fixed"  # its safe fix was applied from the review

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self]


VERDICT_LABELS = {Verdict.CONFIRMED: "已确认", Verdict.DISMISSED: "已忽略", Verdict.FIXED: "已修正"}


class DecisionsError(Exception):
    """A decisions file that cannot be used as it is. The message is one Chinese line: what, which file, how to fix."""


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    rule: str
    quote: str
    note: str = ""
    time: str = ""

    def to_json(self) -> dict:
        return {"rule": self.rule, "quote": self.quote, "decision": self.verdict.value, "note": self.note, "time": self.time}


@dataclass
class Decisions:
    """Every decision about one document, keyed by fingerprint."""

    document: str  # the report's file name: a file written for another document is detected
    text_sha256: str = ""  # the text the decisions were last saved against (informative: fingerprints do the matching)
    entries: dict[str, Decision] = field(default_factory=dict)

    def to_json(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {"name": self.document, "sha256": self.text_sha256},
            "decisions": {fp: decision.to_json() for fp, decision in sorted(self.entries.items())},
        }


def decisions_path_for(report: str | Path, folder: Path | None = None, root: Path | None = None) -> Path:
    """``报告.docx`` → ``报告.draftcheck.json`` beside it; with ``folder`` (the configuration's ``decisions-dir``),
    in that folder under the report's path relative to ``root`` (the configuration file's folder), so that two
    reports of the same name in different folders never share a file."""
    path = Path(report)
    name = path.stem + SUFFIX
    if folder is None:
        return path.with_name(name)
    try:
        relative = path.resolve().parent.relative_to((root or Path.cwd()).resolve())
    except ValueError:  # a report outside the configured tree: its name alone
        relative = Path()
    return folder / relative / name


def configured_decisions_dir(settings) -> tuple[Path | None, Path | None]:
    """(folder, root) from the resolved configuration's ``decisions-dir``, or (None, None) when it is not set."""
    configured = settings.source.config.decisions_dir
    if not configured:
        return None, None
    root = settings.source.path.parent if settings.source.path is not None else Path.cwd()
    return root / configured, root


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _fail(path: Path, what: str) -> DecisionsError:
    return DecisionsError(
        f"{path}: 审阅决定文件{what}；文件未被改动。可删除或改名后重新审阅，或用 --no-decisions 忽略它"
    )


def load_decisions(path: str | Path, document: str) -> Decisions | None:
    """The decisions in ``path`` for the report named ``document``; None when there is no such file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        raise _fail(path, "不是 draftcheck 写的 UTF-8 JSON 文件（无法按 UTF-8 解码）") from None
    except OSError as exc:
        raise _fail(path, f"无法读取（{getattr(exc, 'strerror', None) or exc}）") from None
    import json  # json and shutil are imported only where a file is there (start-up of lint)

    try:
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError("schema_version")
        name = data["document"]["name"]
        entries = {
            str(fp): Decision(
                verdict=Verdict(item["decision"]),
                rule=str(item["rule"]),
                quote=str(item["quote"]),
                note=str(item.get("note", "")),
                time=str(item.get("time", "")),
            )
            for fp, item in data["decisions"].items()
        }
    except (ValueError, KeyError, TypeError, AttributeError):
        raise _fail(path, "已损坏或格式不对（不是 draftcheck 写的 JSON）") from None
    if name != Path(document).name:
        raise _fail(path, f"属于另一份文档“{name}”，不是“{Path(document).name}”")
    return Decisions(document=name, text_sha256=str(data["document"].get("sha256", "")), entries=entries)


def save_decisions(path: str | Path, decisions: Decisions) -> None:
    """Write every decision atomically (readers see the old file or the new one, never a mix)."""
    import json

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(decisions.to_json(), ensure_ascii=False, indent=2) + "\n")


def back_up(path: str | Path) -> Path:
    """Copy an unusable decisions file to ``NAME.bak`` (``NAME.bak2``... if taken) and return the copy's path."""
    path = Path(path)
    candidate = path.with_name(path.name + ".bak")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.bak{number}")
    import shutil

    shutil.copy2(path, candidate)
    return candidate


@dataclass
class DecisionOutcome:
    """What the decisions did to one file's findings in ``lint``."""

    kept: list[Finding]
    dismissed: list[Finding]
    stale: list[tuple[str, Decision]]  # decisions whose finding no longer exists: (fingerprint, decision)


def apply_decisions(findings: list[Finding], decisions: Decisions | None, also_present: Iterable[Finding] = ()) -> DecisionOutcome:
    """Drop the dismissed (and fixed) findings; report decisions whose fingerprint matches no current finding
    (stale: the text changed under them), never dropping them silently.

    ``also_present`` are findings that exist but are hidden otherwise (inline suppressions): their decisions are
    not stale.
    """
    if decisions is None:
        return DecisionOutcome(list(findings), [], [])
    kept: list[Finding] = []
    dismissed: list[Finding] = []
    for finding in findings:
        decision = decisions.entries.get(finding.fingerprint)
        if decision is not None and decision.verdict in (Verdict.DISMISSED, Verdict.FIXED):
            dismissed.append(finding)
        else:
            kept.append(finding)
    present = {f.fingerprint for f in findings} | {f.fingerprint for f in also_present}
    # A fixed finding is gone by design once its fix is saved: not stale.
    stale = [(fp, d) for fp, d in sorted(decisions.entries.items()) if fp not in present and d.verdict != Verdict.FIXED]
    return DecisionOutcome(kept, dismissed, stale)
