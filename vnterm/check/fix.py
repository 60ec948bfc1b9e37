"""Fix planning: which findings can be applied to a file, as edits of its text, and the fixed text.

Planning is pure (no file is touched): :func:`plan_fixes` turns one document's findings into
non-overlapping :class:`Edit` rows; :func:`plan_report` plans every file of a run first, so a caller
writes nothing when any input failed. A fix keeps the line count and line endings, touches nothing
else, and never needs escaping in the file's format.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .documents import Document
from .engine import Finding

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report

__all__ = ["Edit", "FilePlan", "FixPlan", "can_fix", "plan_fixes", "apply_edits", "apply_fixes", "plan_report",
           "unified_diff"]

#: characters a replacement may not contain in each kind of file (they would need escaping)
_UNSAFE = {"html": "<>&", "xliff": "<>&", "po": '"\\', "md": "`*_[]<>", "txt": ""}


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``source[start:end]`` with ``text``, because of ``finding``."""

    start: int
    end: int
    text: str
    finding: Finding


@dataclass(slots=True)
class FilePlan:
    """One file's fix: its text before and after, and the findings applied."""

    path: str
    before: str
    after: str
    applied: list[Finding]

    @property
    def changed(self) -> bool:
        return self.before != self.after


@dataclass(slots=True)
class FixPlan:
    """Every file's fix, and the findings no fix applies to (still reported)."""

    files: list[FilePlan] = field(default_factory=list)
    remaining: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> list[FilePlan]:
        return [f for f in self.files if f.changed]


def can_fix(source: str, kind: str, finding: Finding) -> bool:
    """True when ``finding`` can be applied as a plain replacement of its span."""
    if not finding.fixable or not finding.expected or finding.start >= finding.end:
        return False
    if source[finding.start : finding.end] != finding.found:
        return False  # the span crosses markup, an entity or an escape
    if any(c in "\r\n" for c in finding.found + finding.expected):
        return False
    return not any(c in _UNSAFE.get(kind, "") for c in finding.expected)


def plan_fixes(doc: Document, findings: Iterable[Finding]) -> list[Edit]:
    """The edits that fix ``findings`` in ``doc.source``: left to right, never two overlapping
    (the first finding of a span wins), only those :func:`can_fix` allows."""
    edits: list[Edit] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or not can_fix(doc.source, doc.kind, f):
            continue
        edits.append(Edit(f.start, f.end, f.expected, f))
        pos = f.end
    return edits


def apply_edits(source: str, edits: list[Edit]) -> str:
    """``source`` with ``edits`` (sorted, non-overlapping, as :func:`plan_fixes` gives them) applied."""
    parts: list[str] = []
    pos = 0
    for e in edits:
        parts.append(source[pos : e.start])
        parts.append(e.text)
        pos = e.end
    parts.append(source[pos:])
    return "".join(parts)


def apply_fixes(source: str, kind: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """The fixed text and the findings applied (left to right, never two overlapping)."""
    edits = plan_fixes(Document("", source, kind, source), findings)
    return apply_edits(source, edits), [e.finding for e in edits]


def plan_report(report: "Report") -> FixPlan:
    """Plan the fixes of every file of ``report`` (nothing is written)."""
    plan = FixPlan()
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    for path, doc in report.documents.items():
        items = by_path.get(path, [])
        edits = plan_fixes(doc, items)
        done = {id(e.finding) for e in edits}
        plan.remaining.extend(f for f in items if id(f) not in done)
        plan.files.append(FilePlan(path, doc.source, apply_edits(doc.source, edits), [e.finding for e in edits]))
    return plan


def unified_diff(path: str, before: str, after: str) -> str:
    """A unified diff of one file's fix (empty when nothing changes)."""
    if before == after:
        return ""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{path}", f"b/{path}"
    )
    out = []
    for line in lines:
        out.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(out)
