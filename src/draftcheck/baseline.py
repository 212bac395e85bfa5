"""Baselines: every finding of an archive recorded as accepted, so that only new findings are reported.

``lint --write-baseline FILE`` records each finding's fingerprint per file; ``lint --baseline FILE`` suppresses
exactly those. Paths are stored relative to the baseline file's folder, so the baseline moves with the archive.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from draftcheck.finding import Finding
from draftcheck.output import write_atomically

SCHEMA_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read. One Chinese line: what, which file, how to fix."""


def _key(baseline_file: Path, report_path: str) -> str:
    """The report's path relative to the baseline's folder (posix), or absolute when it is elsewhere."""
    report = Path(report_path).resolve()
    folder = baseline_file.resolve().parent
    try:
        return Path(os.path.relpath(report, folder)).as_posix()
    except ValueError:  # another drive on Windows
        return report.as_posix()


@dataclass
class Baseline:
    path: Path
    files: dict[str, set[str]] = field(default_factory=dict)  # relative path -> fingerprints

    def accepted(self, report_path: str) -> set[str]:
        return self.files.get(_key(self.path, report_path), set())

    def split(self, report_path: str, findings: list[Finding]) -> tuple[list[Finding], list[Finding]]:
        """(new findings, findings in the baseline)."""
        accepted = self.accepted(report_path)
        new = [f for f in findings if f.fingerprint not in accepted]
        known = [f for f in findings if f.fingerprint in accepted]
        return new, known


def load_baseline(path: str | Path) -> Baseline:
    import json  # json is imported only where a file is read or written (start-up of lint)

    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError("schema_version")
        files = {str(name): {str(item["fingerprint"]) for item in items} for name, items in data["files"].items()}
    except FileNotFoundError:
        raise BaselineError(f"{path}: 基线文件不存在；先用 draftcheck lint 路径 --write-baseline {path} 生成") from None
    except UnicodeDecodeError:
        raise BaselineError(
            f"{path}: 不是 draftcheck 写的 UTF-8 JSON 基线文件（无法按 UTF-8 解码）；请用 --write-baseline 重新生成"
        ) from None
    except OSError as exc:
        raise BaselineError(f"{path}: 无法读取基线文件（{getattr(exc, 'strerror', None) or exc}）") from None
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BaselineError(f"{path}: 基线文件已损坏或不是 draftcheck 写的；请用 --write-baseline 重新生成") from None
    return Baseline(path, files)


def write_baseline(path: str | Path, reports: list[tuple[str, list[Finding]]]) -> int:
    """Record every finding of ``reports`` ((path, findings) pairs) as accepted; returns how many were recorded."""
    path = Path(path)
    files: dict[str, list[dict]] = {}
    for report_path, findings in reports:
        items = files.setdefault(_key(path, report_path), [])
        items += [{"fingerprint": f.fingerprint, "code": f.code, "quote": f.quote} for f in findings]
    for items in files.values():
        items.sort(key=lambda item: item["fingerprint"])
    import json

    write_atomically(path, json.dumps({"schema_version": SCHEMA_VERSION, "files": dict(sorted(files.items()))}, ensure_ascii=False, indent=2) + "\n")
    return sum(len(items) for items in files.values())
