"""Apply unambiguous fixes to a file's text: same line count, same line endings, nothing else touched."""

from __future__ import annotations

import difflib

from .engine import Finding

#: characters a replacement may not contain in each kind of file (they would need escaping)
_UNSAFE = {"html": "<>&", "xliff": "<>&", "po": '"\\', "md": "`*_[]<>", "txt": ""}


def can_fix(source: str, kind: str, finding: Finding) -> bool:
    """True when ``finding`` can be applied as a plain replacement of its span."""
    if not finding.fixable or not finding.expected or finding.start >= finding.end:
        return False
    if source[finding.start : finding.end] != finding.found:
        return False  # the span crosses markup, an entity or an escape
    if any(c in "\r\n" for c in finding.found + finding.expected):
        return False
    return not any(c in _UNSAFE.get(kind, "") for c in finding.expected)


def apply_fixes(source: str, kind: str, findings: list[Finding]) -> tuple[str, list[Finding]]:
    """The fixed text and the findings applied (left to right, never two overlapping)."""
    parts: list[str] = []
    applied: list[Finding] = []
    pos = 0
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if f.start < pos or not can_fix(source, kind, f):
            continue
        parts.append(source[pos : f.start])
        parts.append(f.expected)
        pos = f.end
        applied.append(f)
    parts.append(source[pos:])
    return "".join(parts), applied


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
