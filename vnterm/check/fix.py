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

from .documents import Document, load_document
from .engine import Checker, Finding

if TYPE_CHECKING:  # pragma: no cover
    from .report import Report

#: fix passes at most per file: a fix can make another finding fixable (a corrected term changes a
#: document's majority form), so fixing repeats, as ESLint's --fix does, until nothing is left to fix
MAX_PASSES = 10

__all__ = ["Edit", "FilePlan", "FixPlan", "can_fix", "plan_fixes", "apply_edits", "apply_fixes", "fix_document",
           "plan_report", "unified_diff", "MAX_PASSES"]

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
    """One file's fix: its text before and after, the findings applied, and the fixed document
    with the findings left in it (positions in the fixed text)."""

    path: str
    before: str
    after: str
    applied: list[Finding]
    document: Document | None = None
    remaining: list[Finding] = field(default_factory=list)

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


def fix_document(checker: Checker, doc: Document, findings: list[Finding] | None = None,
                 passes: int = MAX_PASSES) -> FilePlan:
    """Fix ``doc`` until no fixable finding is left (at most ``passes`` rounds of
    :func:`plan_fixes`); nothing is written. ``findings``: the document's findings when known."""
    current = doc
    found = checker.check(doc) if findings is None else findings
    applied: list[Finding] = []
    for _ in range(max(1, passes)):
        edits = plan_fixes(current, found)
        if not edits:
            break
        applied += [e.finding for e in edits]
        current = load_document(doc.path, apply_edits(current.source, edits), doc.kind)
        found = checker.check(current)
    return FilePlan(doc.path, doc.source, current.source, applied, current, found)


def plan_report(report: "Report", checker: Checker | None = None, passes: int = MAX_PASSES) -> FixPlan:
    """Plan the fixes of every file of ``report`` (nothing is written).

    With a ``checker``, each file is fixed until nothing fixable is left (:func:`fix_document`) and
    the findings left are those of the fixed text; without one (or with ``passes`` 1), one round,
    and the findings left are the report's own that no fix applied to.
    """
    plan = FixPlan()
    by_path: dict[str, list[Finding]] = {}
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    for path, doc in report.documents.items():
        items = by_path.get(path, [])
        if checker is not None and passes > 1:
            file_plan = fix_document(checker, doc, items, passes)
            plan.remaining.extend(file_plan.remaining if file_plan.changed else items)
            plan.files.append(file_plan)
            continue
        edits = plan_fixes(doc, items)
        done = {id(e.finding) for e in edits}
        remaining = [f for f in items if id(f) not in done]
        plan.remaining.extend(remaining)
        plan.files.append(FilePlan(path, doc.source, apply_edits(doc.source, edits), [e.finding for e in edits],
                                   None, remaining))
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
