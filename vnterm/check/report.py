"""Render findings: text (with the line and a caret), JSON, SARIF 2.1.0, GitHub annotations, JUnit XML."""

from __future__ import annotations

import json
import re
from json.encoder import encode_basestring as _encode_string
from collections import Counter
from dataclasses import dataclass, field

from .. import __version__
from .documents import Document
from .engine import Finding
from .rules import RULES, SEVERITY_RANK

FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "junit")
_CONTEXT = 60
_NOT_TAB_RE = re.compile("[^\t]")


@dataclass(frozen=True, slots=True)
class FileError:
    """A file that could not be checked."""

    path: str
    message: str
    line: int | None = None


@dataclass(slots=True)
class Report:
    """Everything one run found: findings, unreadable files, and the documents (for context lines)."""

    findings: list[Finding] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)
    documents: dict[str, Document] = field(default_factory=dict)
    files: int = 0
    fail_level: str = "error"
    #: True: :meth:`add` counts findings (per rule and severity) instead of keeping them, for a
    #: report written as it goes, whose memory must not grow with the input
    counted_only: bool = False
    #: per (rule, severity), the findings :meth:`add` counted (with :attr:`counted_only`)
    tally: Counter = field(default_factory=Counter)

    def add(self, findings: list[Finding]) -> None:
        """Keep ``findings`` (or count them, with :attr:`counted_only`)."""
        if self.counted_only:
            self.tally.update((f.rule, f.severity) for f in findings)
        else:
            self.findings.extend(findings)

    def _pairs(self) -> Counter:
        """Per (rule, severity), how many findings."""
        if self.counted_only:
            return self.tally
        return Counter((f.rule, f.severity) for f in self.findings)

    def counts(self) -> dict[str, int]:
        c: Counter = Counter()
        for (_, severity), n in self._pairs().items():
            c[severity] += n
        return {"error": c["error"], "warning": c["warning"], "info": c["info"]}

    @property
    def failed(self) -> bool:
        """True when a finding is at or above the fail level."""
        if self.fail_level == "none":
            return False
        floor = SEVERITY_RANK[self.fail_level]
        return any(SEVERITY_RANK[severity] >= floor for (_, severity), n in self._pairs().items() if n)

    def total(self) -> int:
        """How many findings."""
        return sum(self.tally.values()) if self.counted_only else len(self.findings)

    def summary(self) -> dict[str, object]:
        counts = self.counts()
        by_rule: Counter = Counter()
        for (rule, _), n in self._pairs().items():
            by_rule[rule] += n
        return {
            "files": self.files,
            "findings": self.total(),
            "errors": counts["error"],
            "warnings": counts["warning"],
            "info": counts["info"],
            "by_rule": dict(sorted((+by_rule).items())),
            "unreadable": len(self.errors),
            "fail_level": self.fail_level,
            "failed": self.failed,
        }


def render(report: Report, fmt: str, *, color: bool = False) -> str:
    """The report in ``fmt`` (one of :data:`FORMATS`), ending with a newline where not empty."""
    if fmt == "json":
        return render_json(report)
    if fmt == "sarif":
        return render_sarif(report)
    if fmt == "github":
        return render_github(report)
    if fmt == "junit":
        return render_junit(report)
    return render_text(report, color=color)


# --- text ---------------------------------------------------------------------------------------

_STYLE = {"error": "\x1b[1;31m", "warning": "\x1b[1;33m", "info": "\x1b[1;36m"}
_RESET = "\x1b[0m"


def context_line(doc: Document, f: Finding) -> tuple[str, str]:
    """The finding's source line (clipped around the span when long) and a caret line under it."""
    # slices of the source, never the whole line: a 10 MB line with many findings stays linear
    source = doc.source
    s, e = doc.line_span(f.line)
    width = e - s
    col = f.column - 1
    length = max(1, min(f.end - f.start, width - col))
    left, right = 0, width
    prefix = suffix = ""
    if width > 2 * _CONTEXT + length:
        left = max(0, col - _CONTEXT)
        right = min(width, col + length + _CONTEXT)
        prefix = "…" if left > 0 else ""
        suffix = "…" if right < width else ""
    shown = prefix + source[s + left : s + right] + suffix
    before = prefix + source[s + left : s + col]
    pad = _NOT_TAB_RE.sub(" ", before) if "\t" in before else " " * len(before)
    return shown, pad + "^" * length


#: the formats whose findings can be written file by file as each file is checked (one line or
#: block per finding, the summary after them): :func:`render_findings` and :func:`render_tail`
STREAMED_FORMATS: tuple[str, ...] = ("text", "github", "json")


def render_head(fmt: str) -> str:
    """What :func:`render` writes before the findings, for a format of :data:`STREAMED_FORMATS`."""
    return '{\n  "findings": [' if fmt == "json" else ""


def render_findings(fmt: str, findings: list[Finding], doc: Document | None, *, color: bool = False,
                    after: int = 0) -> str:
    """The part of :func:`render`'s report that ``findings`` (of one document ``doc``) make, for a
    format of :data:`STREAMED_FORMATS`: written as each file (or segment of a long file) is done,
    after :func:`render_head` and before :func:`render_tail`, the output is :func:`render`'s byte
    for byte. ``after``: how many findings were written before these (JSON separates them)."""
    if fmt == "json":
        return "".join(("\n" if after == 0 and i == 0 else ",\n") + _finding_line(f) for i, f in enumerate(findings))
    documents = {doc.path: doc} if doc is not None else {}
    lines = _text_lines(findings, documents, color) if fmt == "text" else _github_lines(findings, documents)
    return "".join(line + "\n" for line in lines)


def render_tail(report: Report, fmt: str, *, color: bool = False) -> str:
    """What :func:`render` writes after the findings (the summary; unreadable files), for a format
    of :data:`STREAMED_FORMATS`."""
    if fmt == "json":
        return ("\n  " if report.total() else "") + render_json(report, findings=False)[len(render_head(fmt)):]
    lines = _text_summary(report) if fmt == "text" else _github_errors(report)
    return "".join(line + "\n" for line in lines)


def render_text(report: Report, *, color: bool = False) -> str:
    out = _text_lines(report.findings, report.documents, color) + _text_summary(report)
    return "\n".join(out) + "\n"


def _text_lines(findings: list[Finding], documents: dict[str, Document], color: bool) -> list[str]:
    out: list[str] = []
    for f in findings:
        sev = f"{_STYLE[f.severity]}{f.severity}{_RESET}" if color else f.severity
        found = " ".join(f.found.split())
        arrow = f"{found} → {f.expected}" if f.expected else found
        out.append(f"{f.path}:{f.line}:{f.column}: {sev} [{f.rule}] {arrow}")
        out.append(f"  {f.message}")
        doc = documents.get(f.path)
        if doc is not None:
            shown, caret = context_line(doc, f)
            out.append(f"  | {shown}")
            out.append(f"  | {(_STYLE[f.severity] + caret + _RESET) if color else caret}")
    return out


def _text_summary(report: Report) -> list[str]:
    out: list[str] = []
    c = report.counts()
    total = report.total()
    files = f"{report.files} file{'s' if report.files != 1 else ''}"
    if total:
        parts = [f"{c['error']} error{'s' if c['error'] != 1 else ''}",
                 f"{c['warning']} warning{'s' if c['warning'] != 1 else ''}",
                 f"{c['info']} info"]
        out.append(f"{total} finding{'s' if total != 1 else ''} ({', '.join(parts)}) in {files}.")
    else:
        out.append(f"No findings in {files}.")
    if report.errors:
        out.append(f"{len(report.errors)} file{'s' if len(report.errors) != 1 else ''} could not be checked.")
    return out


# --- JSON ---------------------------------------------------------------------------------------

def render_json(report: Report, *, findings: bool = True) -> str:
    """``{"findings": [...], "summary": {...}, "file_errors": [...]}``, one finding per line
    (``findings`` False: the array left empty, for :func:`render_tail`)."""
    def dump(obj: object) -> str:
        return json.dumps(obj, ensure_ascii=False)

    findings_text = ",\n".join(map(_finding_line, report.findings)) if findings else ""
    errors = ",\n".join(
        "    " + dump({"path": e.path, "line": e.line, "message": e.message}) for e in report.errors
    )
    return (
        "{\n"
        f'  "findings": [{chr(10) + findings_text + chr(10) + "  " if findings_text else ""}],\n'
        f'  "summary": {dump(report.summary())},\n'
        f'  "file_errors": [{chr(10) + errors + chr(10) + "  " if errors else ""}]\n'
        "}\n"
    )


def _finding_line(f: Finding) -> str:
    """``"    " + json.dumps(f.to_json(), ensure_ascii=False)``, built directly (same text, faster)."""
    try:
        if (f.line.__class__ is int and f.column.__class__ is int and f.start.__class__ is int
                and f.end.__class__ is int and f.fixable.__class__ is bool):
            return (
                f'    {{"path": {_encode_string(f.path)}, "line": {f.line}, "column": {f.column}, '
                f'"start": {f.start}, "end": {f.end}, "rule": {_encode_string(f.rule)}, '
                f'"severity": {_encode_string(f.severity)}, "found": {_encode_string(f.found)}, '
                f'"expected": {_encode_string(f.expected)}, '
                f'"concept": {"null" if f.concept is None else _encode_string(f.concept)}, '
                f'"message": {_encode_string(f.message)}, "fixable": {"true" if f.fixable else "false"}}}'
            )
    except TypeError:  # a field that is not a string where one is expected
        pass
    return "    " + json.dumps(f.to_json(), ensure_ascii=False)


# --- SARIF 2.1.0 --------------------------------------------------------------------------------

_SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(path.replace("\\", "/"), safe="/:._-~")


def render_sarif(report: Report) -> str:
    rule_ids = list(RULES)
    results = []
    for f in report.findings:
        doc = report.documents.get(f.path)
        end_line, end_col = (doc.line_col(f.end) if doc is not None else (f.line, f.column + (f.end - f.start)))
        result: dict[str, object] = {
            "ruleId": f.rule,
            "ruleIndex": rule_ids.index(f.rule),
            "level": _SARIF_LEVEL[f.severity],
            "message": {"text": f"{f.found} → {f.expected}: {f.message}" if f.expected else f.message},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(f.path)},
                    "region": {
                        "startLine": f.line, "startColumn": f.column,
                        "endLine": end_line, "endColumn": end_col,
                        "charOffset": f.start, "charLength": f.end - f.start,
                    },
                }
            }],
            "properties": {"found": f.found, "expected": f.expected, "concept": f.concept},
        }
        if f.fixable and f.expected:
            result["fixes"] = [{
                "description": {"text": f"Replace with '{f.expected}'"},
                "artifactChanges": [{
                    "artifactLocation": {"uri": _uri(f.path)},
                    "replacements": [{
                        "deletedRegion": {"charOffset": f.start, "charLength": f.end - f.start},
                        "insertedContent": {"text": f.expected},
                    }],
                }],
            }]
        results.append(result)
    notifications = [
        {"level": "error", "message": {"text": e.message},
         "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(e.path)}}}]}
        for e in report.errors
    ]
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "vnterm",
                "version": __version__,
                "informationUri": "https://github.com/vnterm/vnterm",
                "rules": [
                    {"id": r.id, "shortDescription": {"text": r.description},
                     "defaultConfiguration": {"level": _SARIF_LEVEL[r.severity]}}
                    for r in RULES.values()
                ],
            }},
            "invocations": [{"executionSuccessful": not report.errors, "toolExecutionNotifications": notifications}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


# --- GitHub workflow commands -------------------------------------------------------------------

def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


_GH_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def render_github(report: Report) -> str:
    out = _github_lines(report.findings, report.documents) + _github_errors(report)
    return "\n".join(out) + ("\n" if out else "")


def _github_lines(findings: list[Finding], documents: dict[str, Document]) -> list[str]:
    level = _GH_LEVEL
    out = []
    for f in findings:
        doc = documents.get(f.path)
        end_line, end_col = doc.line_col(f.end) if doc is not None else (f.line, f.column)
        props = f"file={_gh_prop(f.path)},line={f.line},col={f.column},endLine={end_line},endColumn={end_col},title={_gh_prop(f.rule)}"
        text = f"{f.found} → {f.expected}: {f.message}" if f.expected else f.message
        out.append(f"::{level[f.severity]} {props}::{_gh_data(text)}")
    return out


def _github_errors(report: Report) -> list[str]:
    out = []
    for e in report.errors:
        line = f",line={e.line}" if e.line else ""
        out.append(f"::error file={_gh_prop(e.path)}{line},title=unreadable::{_gh_data(e.message)}")
    return out


# --- JUnit XML ----------------------------------------------------------------------------------

def render_junit(report: Report) -> str:
    from xml.sax.saxutils import escape, quoteattr  # only here: it pulls in urllib

    by_path: dict[str, list[Finding]] = {}
    for path in report.documents:
        by_path.setdefault(path, [])
    for f in report.findings:
        by_path.setdefault(f.path, []).append(f)
    floor = SEVERITY_RANK.get(report.fail_level, 0)
    cases = []
    failures = 0
    for path, items in by_path.items():
        failing = [f for f in items if report.fail_level != "none" and SEVERITY_RANK[f.severity] >= floor]
        body = ""
        if items:
            detail = "\n".join(
                f"{f.line}:{f.column} {f.severity} [{f.rule}] {' '.join(f.found.split())} → {f.expected}: {f.message}"
                for f in items
            )
            tag = "failure" if failing else "system-out"
            if failing:
                failures += 1
                body = f"<failure message={quoteattr(f'{len(items)} finding(s)')} type=\"vnterm\">{escape(detail)}</failure>"
            else:
                body = f"<{tag}>{escape(detail)}</{tag}>"
        cases.append(f'    <testcase classname="vnterm.check" name={quoteattr(path)}>{body}</testcase>')
    for e in report.errors:
        cases.append(
            f'    <testcase classname="vnterm.check" name={quoteattr(e.path)}>'
            f"<error message={quoteattr(e.message)} type=\"InputError\"/></testcase>"
        )
    total = len(by_path) + len(report.errors)
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="vnterm check" tests="{total}" '
            f'failures="{failures}" errors="{len(report.errors)}">\n'
            f'  <testsuite name="vnterm check" tests="{total}" failures="{failures}" errors="{len(report.errors)}">')
    return "\n".join([head, *cases, "  </testsuite>", "</testsuites>"]) + "\n"
