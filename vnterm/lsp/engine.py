"""The language server's ONE door into the library: configuration, glossary, checker, fixes, hover.

Everything the server needs from vnterm goes through :class:`Engine`, in LSP-neutral terms (code-point
offsets into the document's text, plain dataclasses), so a change in the checker, the document layer,
the configuration or the glossary is absorbed here and nowhere else in :mod:`vnterm.lsp`.

The glossary, the :class:`~vnterm.check.Checker` and the hover matcher are built once per server and
per configuration file (found upward from the document's folder as ``vnterm check`` finds it), and
rebuilt when that file changes on disk.
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Sequence

from ..check.config import CheckConfig, find_config, load_config
from ..check.documents import KINDS, Document, kind_of, line_starts, load_document
from ..check.engine import Checker, Finding
from ..check.fix import apply_fixes, can_fix
from ..check.rules import RULES
from ..errors import InputError, VntermError
from ..glossary import Concept, Glossary, Term, load_glossaries
from ..glossary.matcher import Matcher
from ..text import fold_key

#: Kinds of document the server checks, by LSP language id (extensions come from the checker).
LANGUAGE_KINDS: dict[str, str] = {
    "plaintext": "txt", "text": "txt", "markdown": "md", "html": "html", "xliff": "xliff", "xlf": "xliff",
    "po": "po", "gettext": "po",
}
#: Documents longer than this are not checked as the user types (a diagnostic says so).
MAX_CHARS = 8_000_000
#: Hover looks for a term in this many characters around the position.
_HOVER_WINDOW = 400
_SUPPRESS_LINE_RE = re.compile(r"vnterm-disable-line\b([ \t]+[\w,-]+(?:[ \t]*,[ \t]*[\w-]+)*)?")


@dataclass(frozen=True, slots=True)
class Issue:
    """A finding as the editor shows it; ``start``/``end`` are code-point offsets into the text."""

    start: int
    end: int
    rule: str
    severity: str  # "error" | "warning" | "info"
    message: str
    found: str
    expected: str
    concept: str | None
    #: True when the fix can be applied as a plain replacement of ``start:end`` by ``expected``
    fixable: bool


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace ``text[start:end]`` with ``new_text`` (offsets into the text the edit was made for)."""

    start: int
    end: int
    new_text: str


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a document could not be checked: bad input (``code`` "input"), configuration ("config"),
    binary or oversized content ("input"). ``line`` is 0-based when known."""

    code: str
    message: str
    line: int | None = None


@dataclass(slots=True)
class Outcome:
    """The result of checking one document's text."""

    issues: list[Issue] = field(default_factory=list)
    problem: Problem | None = None
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class HoverInfo:
    start: int
    end: int
    markdown: str


@dataclass(frozen=True, slots=True)
class CompletionItem:
    label: str
    detail: str
    documentation: str
    #: the code-point span of the typed prefix the item replaces
    start: int
    end: int
    sort_text: str


class _Context:
    """What one configuration file gives: the house style, the glossary and a checker over it."""

    def __init__(self, config: CheckConfig, glossary: Glossary):
        self.config = config
        self.glossary = glossary
        self.checker = Checker(glossary, config)
        self.style: str | None = getattr(config, "style", None)
        self._hover: Matcher | None = None
        self._prefixes: tuple[list[str], list[tuple[Concept, Term]]] | None = None

    @property
    def hover_matcher(self) -> Matcher:
        if self._hover is None:
            self._hover = Matcher(self.glossary)  # both languages
        return self._hover

    @property
    def prefixes(self) -> tuple[list[str], list[tuple[Concept, Term]]]:
        """Folded keys of the terms worth completing (preferred or admitted), sorted, with their terms."""
        if self._prefixes is None:
            rows = sorted((
                (fold_key(t.text), t.text, c.id, c, t)
                for c, t in self.glossary.terms()
                if t.status in ("preferred", "admitted") and fold_key(t.text)
            ), key=lambda r: r[:3])
            self._prefixes = ([r[0] for r in rows], [(r[3], r[4]) for r in rows])
        return self._prefixes


class Engine:
    """Checks documents and answers editor questions; one per server.

    ``glossaries`` replaces the configured glossaries (like ``vnterm check -g``); ``config_path``
    picks one configuration file for every document and ``no_config`` uses none.
    """

    def __init__(self, *, glossaries: Sequence[str] = (), config_path: str | None = None, no_config: bool = False):
        self.glossaries = tuple(glossaries)
        self.config_path = config_path
        self.no_config = no_config
        self._found: dict[str, Path | None] = {}  # folder → config file found from it
        self._contexts: dict[tuple[str | None, tuple[int, int]], _Context] = {}  # (file, (mtime, size)) → context
        self._glossaries: dict[tuple[str, ...], Glossary] = {}
        self._documents: dict[str | None, Document] = {}  # path → its last checked document (for hover)

    # --- configuration ------------------------------------------------------------------------

    def forget_configuration(self) -> None:
        """Find and read configuration files again (a ``vnterm.toml`` or ``pyproject.toml`` was saved)."""
        self._found.clear()
        self._contexts.clear()  # a save within the file system's time resolution keeps the same mtime

    def _config_file(self, path: str | None) -> Path | None:
        if self.no_config:
            return None
        if self.config_path is not None:
            return Path(self.config_path)
        folder = str(Path(path).parent) if path else os.getcwd()
        if folder not in self._found:
            self._found[folder] = find_config(folder)
        return self._found[folder]

    def context(self, path: str | None) -> _Context:
        """The context for a document at ``path``; raises VntermError for a bad configuration or glossary."""
        file = self._config_file(path)
        try:
            info = file.stat() if file is not None else None
            stamp = (info.st_mtime_ns, info.st_size) if info is not None else (0, 0)
        except OSError:
            stamp = (-1, -1)  # a vanished file: load_config reports it
        key = (str(file) if file is not None else None, stamp)
        ctx = self._contexts.get(key)
        if ctx is None:
            config = load_config(file, search=False) if file is not None else CheckConfig()
            paths = self.glossaries or tuple(config.glossaries)
            glossary = self._glossaries.get(paths)
            if glossary is None:
                glossary = self._glossaries[paths] = load_glossaries(list(paths) or None)
            ctx = self._contexts[key] = _Context(config, glossary)
        return ctx

    # --- checking -----------------------------------------------------------------------------

    @staticmethod
    def kind(path: str | None, language_id: str | None = None) -> str | None:
        """The document kind (txt, md, html, xliff, po) or None when the server does not check it."""
        if path:
            suffix = Path(path).suffix.lower()
            if suffix in KINDS:
                return kind_of(path)
        return LANGUAGE_KINDS.get((language_id or "").lower())

    def check(self, path: str | None, text: str, language_id: str | None = None) -> tuple[Outcome, Document | None]:
        """Check ``text`` (the editor's buffer for ``path``); problems come back in the outcome, never raised."""
        kind = self.kind(path, language_id)
        outcome = Outcome(kind=kind)
        if kind is None:
            return outcome, None
        name = path or "untitled"
        if "\x00" in text[:8192]:
            outcome.problem = Problem("input", "binary content (NUL bytes): vnterm checks UTF-8 text only", 0)
            return outcome, None
        if len(text) > MAX_CHARS:
            outcome.problem = Problem(
                "input", f"document too large to check as you type ({len(text):,} characters; the limit is "
                f"{MAX_CHARS:,}): run `vnterm check` on it", 0)
            return outcome, None
        if not text.strip():
            return outcome, None  # a new, empty file: nothing to say yet
        try:
            ctx = self.context(path)
        except VntermError as exc:
            outcome.problem = Problem("config", f"configuration: {exc}", 0)
            return outcome, None
        try:
            doc = load_document(name, text, kind)
        except InputError as exc:
            line = exc.line - 1 if exc.line else 0
            outcome.problem = Problem("input", exc.message, line)
            return outcome, None
        findings = ctx.checker.check(doc)
        outcome.issues = [_issue(f, text, kind) for f in findings]
        self._documents[path] = doc
        return outcome, doc

    def forget(self, path: str | None) -> None:
        """Drop what is kept for a document (it was closed)."""
        self._documents.pop(path, None)

    # --- fixes and suppressions ---------------------------------------------------------------

    @staticmethod
    def fix(text: str, kind: str, issue: Issue) -> Edit | None:
        """The edit that applies one issue's fix, or None when it has no unambiguous fix."""
        if not issue.fixable:
            return None
        return Edit(issue.start, issue.end, issue.expected)

    @staticmethod
    def fix_all(text: str, kind: str, issues: Sequence[Issue]) -> list[Edit]:
        """Edits for every unambiguous fix in the document (never two overlapping), left to right."""
        findings = [_finding(i) for i in issues if i.fixable]
        _, applied = apply_fixes(text, kind, findings)
        return [Edit(f.start, f.end, f.expected) for f in applied]

    @staticmethod
    def suppress(text: str, kind: str, line: int, rule: str) -> Edit | None:
        """An edit that turns ``rule`` off on 0-based ``line`` with the checker's inline comment.

        Markdown, HTML and XLIFF get ``<!-- vnterm-disable-line RULE -->`` at the end of the line and
        plain text ``vnterm-disable-line RULE``; a directive already there gets the rule added. A PO
        entry cannot hold a comment between its lines, so its lines are wrapped in ``# vnterm-disable
        RULE`` … ``# vnterm-enable`` comments. None when the line is already fully suppressed.
        """
        starts = line_starts(text)
        if not 0 <= line < len(starts):
            return None
        s = starts[line]
        e = starts[line + 1] if line + 1 < len(starts) else len(text)
        body_end = e
        while body_end > s and text[body_end - 1] in "\r\n":
            body_end -= 1
        newline = text[body_end:e] or _newline(text)
        if kind == "po":
            return _suppress_po(text, starts, line, rule, newline)
        body = text[s:body_end]
        existing = _SUPPRESS_LINE_RE.search(body)
        if existing is not None and (kind == "txt" or _inside_comment(body, existing.start())):
            rules = existing.group(1)
            if not rules or rule in re.split(r"[\s,]+", rules.strip()):
                return None  # every rule, or this one, is off already
            at = s + existing.end(1)
            return Edit(at, at, f",{rule}")
        if kind != "txt" and _ends_inside_markup(body):
            return None  # the line ends inside a tag or a comment: a comment there would break the file
        trimmed = body.rstrip()
        if kind == "md" and trimmed.endswith("\\"):
            trimmed = trimmed[:-1]  # a backslash hard break stays last on the line
        at = s + len(trimmed)  # trailing spaces (a Markdown hard break) stay after the comment
        directive = f"vnterm-disable-line {rule}"
        comment = directive if kind == "txt" else f"<!-- {directive} -->"
        return Edit(at, at, f"{' ' if trimmed else ''}{comment}")

    # --- hover and completion -----------------------------------------------------------------

    def hover(self, path: str | None, text: str, offset: int) -> HoverInfo | None:
        """The glossary concept of the English or Vietnamese term at ``offset``, as Markdown."""
        try:
            ctx = self.context(path)
        except VntermError:
            return None
        # the text the checker reads (no markup, code or URLs; entities decoded) when the buffer
        # is the one last checked, else the buffer itself; the Vietnamese side of XLIFF and PO
        # (<source>, msgid) is not in the checked text, so there the buffer is read too
        doc = self._documents.get(path)
        if doc is not None and doc.source == text:
            at = offset if doc.starts is None else bisect_left(doc.starts, offset)
            found = _term_at(ctx, doc.text, at, offset, doc.span_to_source)
            if found is not None or doc.kind not in ("xliff", "po"):
                return found
        return _term_at(ctx, text, offset, offset, _same_span)

    def complete(self, path: str | None, text: str, offset: int, *, limit: int = 50) -> list[CompletionItem]:
        """Preferred and admitted terms that start with the words typed before ``offset`` (two
        characters at least); the longest typed run of up to four words that matches wins."""
        try:
            ctx = self.context(path)
        except VntermError:
            return []
        line_start = text.rfind("\n", 0, offset) + 1
        before = text[max(line_start, offset - 120):offset]
        word = re.search(r"[\w'’-]*$", before)
        if word is None or len(word.group()) < 2:
            return []
        keys, terms = ctx.prefixes
        # candidate starts: the current word, then one, two, three words earlier (longest first)
        starts = [m.start() for m in re.finditer(r"(?<![\w'’-])[\w'’-]", before)][-4:]
        for st in starts:
            typed = before[st:]
            key = fold_key(typed)
            if len(key) < 2:
                continue
            i = bisect_left(keys, key)
            items: list[CompletionItem] = []
            seen: set[str] = set()
            while i < len(keys) and keys[i].startswith(key) and len(items) < limit:
                concept, term = terms[i]
                i += 1
                if term.text in seen:
                    continue
                seen.add(term.text)
                best = concept.preferred(term.lang, ctx.style)
                detail = f"{term.status} · {concept.domain or 'term'} · {concept.id}"
                if best is not None and best.text != term.text:
                    detail += f" (preferred: {best.text})"
                items.append(CompletionItem(
                    term.text, detail, _describe(ctx, concept, term, term.text, ()),
                    offset - len(typed), offset, f"{0 if term.is_preferred else 1}{term.text.lower()}",
                ))
            if items:
                return items
        return []


# --- helpers ------------------------------------------------------------------------------------

def _issue(f: Finding, text: str, kind: str) -> Issue:
    return Issue(f.start, f.end, f.rule, f.severity, f.message, f.found, f.expected, f.concept,
                 can_fix(text, kind, f))


def _finding(i: Issue) -> Finding:
    return Finding("", 0, 0, i.start, i.end, i.rule, i.severity, i.found, i.expected, i.concept, i.message, True)


def _term_at(ctx: _Context, base: str, at: int, offset: int, to_source) -> HoverInfo | None:
    """The term of ``base`` around index ``at`` whose source span holds ``offset``."""
    lo = max(0, at - _HOVER_WINDOW)
    hi = min(len(base), at + _HOVER_WINDOW)
    window = base[lo:hi]
    for m in ctx.hover_matcher.find(window):
        if (m.start == 0 and lo > 0) or (m.end == len(window) and hi < len(base)):
            continue  # cut by the window: not a whole term
        start, end = to_source(m.start + lo, m.end + lo)
        if start <= offset < end or (offset == end and offset > start):
            return HoverInfo(start, end, _describe(ctx, m.concept, m.term, m.text, m.candidates))
    return None


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


def _newline(text: str) -> str:
    m = re.search(r"\r\n|\r|\n", text)
    return m.group() if m else "\n"


def _ends_inside_markup(body: str) -> bool:
    """True when a line of HTML-like markup ends inside a tag or an unclosed comment."""
    if body.rfind("<!--") > body.rfind("-->"):
        return True
    return body.rfind("<") > body.rfind(">") and re.search(r"<[A-Za-z/!?][^>]*$", body) is not None


def _inside_comment(body: str, at: int) -> bool:
    opened = body.rfind("<!--", 0, at)
    return opened >= 0 and body.rfind("-->", 0, at) < opened


def _suppress_po(text: str, starts: list[int], line: int, rule: str, newline: str) -> Edit | None:
    """Wrap the PO entry holding ``line`` in ``# vnterm-disable RULE`` … ``# vnterm-enable``."""
    def body(i: int) -> str:
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        return text[starts[i]:e].strip()

    first = line
    while first > 0 and body(first - 1):
        first -= 1
    last = line
    while last + 1 < len(starts) and body(last + 1):
        last += 1
    if any(body(i).startswith("#") and "vnterm-disable" in body(i) and rule in body(i) for i in range(first, last + 1)):
        return None
    s = starts[first]
    e = starts[last + 1] if last + 1 < len(starts) else len(text)
    tail = f"# vnterm-enable{newline}" if last + 1 < len(starts) else ""  # else: to the end of the file
    return Edit(s, e, f"# vnterm-disable {rule}{newline}{text[s:e]}{tail}")


def _describe(ctx: _Context, concept: Concept, term: Term, surface: str,
              candidates: Sequence[tuple[Concept, Term]]) -> str:
    """Markdown for one concept: preferred forms, this term's status, dates, note, source."""
    glossary = ctx.glossary
    lines: list[str] = []
    en = concept.preferred("en", ctx.style)
    vi = concept.preferred("vi", ctx.style)
    head = en.text if en is not None else (vi.text if vi is not None else concept.id)
    lines.append(f"**{head}**" + (f" · {vi.text}" if vi is not None and en is not None else ""))
    meta = [f"`{concept.id}`"] + ([concept.domain] if concept.domain else [])
    lines.append(" · ".join(meta))
    lang = "English" if term.lang == "en" else ("Vietnamese" if term.lang == "vi" else term.lang)
    status = term.status + (f", {term.type}" if term.type != "fullForm" else "")
    advice = ""
    if term.is_flagged:
        best = concept.preferred(term.lang, ctx.style)
        advice = f": use **{best.text}**" if best is not None else ""
    lines.append(f"\n*{surface}*: {lang} term, **{status}**{advice}")
    if term.note:
        lines.append(f"\n{term.note}")
    others = [t for t in concept.terms_for(term.lang) if t.text != term.text]
    if others:
        lines.append("\nOther forms: " + "; ".join(f"{t.text} ({t.status})" for t in others[:8]))
    if concept.valid_from or concept.valid_to:
        span = f"{concept.valid_from or '…'} – {concept.valid_to or 'today'}"
        lines.append(f"\nValid: {span}")
    if concept.replaced_by:
        successor = glossary.get(concept.replaced_by)
        name = concept.replaced_by
        if successor is not None:
            best = successor.preferred("en", ctx.style)
            name = f"{best.text} (`{successor.id}`)" if best is not None else successor.id
        lines.append(f"\nReplaced by: {name}")
    if concept.note:
        lines.append(f"\nNote: {concept.note}")
    if concept.source:
        lines.append(f"\nSource: {concept.source}")
    also = sorted({c.id for c, _ in candidates if c.id != concept.id})
    if also:
        lines.append("\nAlso matches: " + ", ".join(f"`{cid}`" for cid in also))
    return "\n".join(lines)


__all__ = ["Engine", "Issue", "Edit", "Problem", "Outcome", "HoverInfo", "CompletionItem", "RULES", "MAX_CHARS"]
