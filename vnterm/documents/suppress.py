"""Suppression comments: ``vnterm: ignore``, ``vnterm-disable-line``, ``vnterm-disable-next-line``
and ``vnterm-disable`` … ``vnterm-enable`` blocks, each optionally naming rules."""

from __future__ import annotations

import re

from .model import Document

_DIRECTIVE_RE = re.compile(
    r"vnterm(?::\s*ignore\b|-disable-next-line\b|-disable-line\b|-disable\b|-enable\b)([^\n>]*)"
)


def _directives(doc: Document) -> list[tuple[int, int, str, set[str]]]:
    """(start line, end line, directive, rules) for each suppression directive in the file."""
    found = []
    if doc.kind in ("md", "html", "xliff"):
        spans = [(m.start(), m.end(), m.group(1)) for m in re.finditer(r"<!--(.*?)-->", doc.source, re.S)]
    elif doc.kind == "po":
        spans = [(m.start(), m.end(), m.group()) for m in re.finditer(r"^#.*$", doc.source, re.M)]
    else:
        spans = [(0, len(doc.source), doc.source)]
    for s, e, body in spans:
        base = s + (4 if doc.kind in ("md", "html", "xliff") else 0)
        for m in _DIRECTIVE_RE.finditer(body):
            word = m.group(0)[: m.start(1) - m.start()].strip()
            rules = {r for r in re.split(r"[\s,]+", m.group(1).replace("-->", "").strip()) if r}
            line, _ = doc.line_col(base + m.start())
            found.append((line, doc.line_col(e)[0], word, rules))
    return found


def suppressions(doc: Document) -> dict[int, set[str]]:
    """Suppressed rules per 1-based line (an empty set: every rule)."""
    out: dict[int, set[str]] = {}
    if "vnterm" not in doc.source:
        return out
    n_lines = len(doc.line_starts)

    def add(line: int, rules: set[str]) -> None:
        if line in out and (not out[line] or not rules):
            out[line] = set()
        else:
            out.setdefault(line, set()).update(rules)

    block: tuple[int, set[str]] | None = None
    for line, end_line, word, rules in _directives(doc):
        if word.startswith("vnterm:"):
            add(line, set())
        elif word == "vnterm-disable-line":
            add(line, rules)
        elif word == "vnterm-disable-next-line":
            add(end_line + 1, rules)
        elif word == "vnterm-disable":
            if block is None:
                block = (line, rules)
        elif word == "vnterm-enable" and block is not None:
            for ln in range(block[0], line + 1):
                add(ln, block[1])
            block = None
    if block is not None:
        for ln in range(block[0], n_lines + 1):
            add(ln, block[1])
    return out
