"""Turn a file into the text the checker reads, with a map back to positions in the file.

Plain text is checked as is. Markdown loses code blocks, inline code, front matter, link targets,
HTML comments and tags, and emphasis markers; HTML keeps only visible text (no scripts, styles,
code or ``<head>``). XLIFF 1.2/2.0 and PO files are bilingual: their targets are the English copy
and their sources give the key-term check its Vietnamese side. Every character of
:attr:`Document.text` knows the source offset it came from, so findings point into the file.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from html.parser import HTMLParser
from itertools import accumulate
from pathlib import PurePath

from ..errors import InputError

#: File kinds by extension.
KINDS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xlf": "xliff", ".xliff": "xliff", ".po": "po",
}

_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")
_URL_RE = re.compile(r"\b(?:https?|ftp)://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+", re.I)
_DIRECTIVE_RE = re.compile(
    r"vnterm(?::\s*ignore\b|-disable-next-line\b|-disable-line\b|-disable\b|-enable\b)([^\n>]*)"
)


@dataclass(frozen=True, slots=True)
class Pair:
    """A bilingual unit: the Vietnamese source text and the span of its target in ``Document.text``."""

    source: str
    start: int
    end: int
    line: int  # 1-based line of the source text in its own file (or of the unit)


@dataclass(slots=True)
class Document:
    """A file ready to check. ``text`` is what the rules read; ``source`` is the file as read."""

    path: str
    source: str
    kind: str
    text: str
    #: per character of ``text``: start offset in ``source`` (``None``: identity map)
    starts: list[int] | None = None
    #: per character of ``text``: end offset in ``source`` (``None``: start + 1)
    ends: list[int] | None = None
    pairs: list[Pair] = field(default_factory=list)
    #: suppressed rules per 1-based source line; an empty set means every rule
    suppressed: dict[int, set[str]] = field(default_factory=dict)
    _line_starts: list[int] | None = None

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of :attr:`text` to the span of :attr:`source` it came from."""
        if self.starts is None:
            return start, end
        if end <= start:
            s = self.starts[start] if start < len(self.starts) else len(self.source)
            return s, s
        e = self.ends[end - 1] if self.ends is not None else self.starts[end - 1] + 1
        return self.starts[start], e

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.source)
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def line_text(self, line: int) -> str:
        """The source line ``line`` (1-based) without its terminator."""
        starts = self.line_starts
        s = starts[line - 1]
        e = starts[line] if line < len(starts) else len(self.source)
        return self.source[s:e].rstrip("\r\n")

    def is_suppressed(self, line: int, rule: str) -> bool:
        rules = self.suppressed.get(line)
        return rules is not None and (not rules or rule in rules)


def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts (lines end at \\n, \\r\\n or \\r)."""
    if "\r" in text:
        return [0] + [m.end() for m in _LINE_BREAK_RE.finditer(text)]
    # only \n: every line is one longer than its text (C-level passes, no per-line Python code)
    starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
    starts.pop()
    return starts


def kind_of(path: str, default: str = "txt") -> str:
    """The document kind for a path, by extension (``default`` for unknown ones and stdin)."""
    return KINDS.get(PurePath(path).suffix.lower(), default)


def load_document(path: str, source: str, kind: str | None = None) -> Document:
    """Build a :class:`Document` of ``kind`` (by extension when None) from decoded ``source``."""
    kind = kind or kind_of(path)
    if not source or source.isspace():  # (no stripped copy of a long file)
        raise InputError("file is empty", path)
    if kind == "md":
        doc = _markdown(path, source)
    elif kind == "html":
        doc = _html(path, source)
    elif kind == "xliff":
        doc = _xliff(path, source)
    elif kind == "po":
        doc = _po(path, source)
    else:
        doc = _plain(path, source)
    doc.suppressed = _suppressions(doc)
    return doc


# --- building visible text ----------------------------------------------------------------------

class _Builder:
    """Accumulates visible text with, per character, its source start and end offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self.parts.append(source[start:end])
            self.starts.extend(range(start, end))
            self.ends.extend(range(start + 1, end + 1))

    def put(self, text: str, start: int, end: int) -> None:
        """Visible ``text`` standing for source[start:end] (an entity, a gap)."""
        for ch in text:
            self.parts.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def gap(self, start: int, end: int, newline: bool = False, paragraph: bool = False) -> None:
        """Hidden source[start:end]: a separator keeps words on either side apart.

        ``paragraph`` (a block boundary: a paragraph, a heading, a table cell, a segment) leaves a
        blank line, which :func:`vnterm.text.fold` treats as a paragraph break, so no glossary term
        is found across two blocks. ``newline`` (a ``<br>``) leaves a line break, and a plain gap a
        space, unless white space is already there.
        """
        if not self.parts:
            return
        tail = self.parts[-1][-2:]
        if len(tail) < 2 and len(self.parts) > 1:
            tail = self.parts[-2][-1:] + tail
        if paragraph:
            if not tail.endswith("\n\n"):
                self.put("\n" if tail.endswith("\n") else "\n\n", start, end)
        elif tail[-1:] not in (" ", "\n"):
            self.put("\n" if newline else " ", start, end)

    def build(self, path: str, source: str, kind: str) -> Document:
        return Document(path, source, kind, "".join(self.parts), self.starts, self.ends)


#: stands in for hidden characters of plain text (URLs): not a letter, not a space, so no term or
#: name can match across it, and the text keeps the source's length (offsets stay the identity)
HIDDEN = "\ue000"


def url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of URLs in ``text`` (a literal search for "://" and "www." first: fast on long texts)."""
    starts: set[int] = set()
    for lit, back in (("://", 5), ("www.", 0)):
        pos = text.find(lit)
        while pos >= 0:
            starts.add(max(0, pos - back))
            pos = text.find(lit, pos + 1)
    spans: list[tuple[int, int]] = []
    for start in sorted(starts):
        if spans and start < spans[-1][1]:
            continue
        m = _URL_RE.search(text, start, start + 4096)
        if m and (not spans or m.start() >= spans[-1][1]):
            end = m.end()
            while end > m.start() and text[end - 1] in ".,;:!?":
                end -= 1  # sentence punctuation after a URL is not part of it
            spans.append((m.start(), end))
    return spans


def _plain(path: str, source: str) -> Document:
    spans = url_spans(source)
    if not spans:
        return Document(path, source, "txt", source)
    parts, pos = [], 0
    for s, e in spans:
        parts += [source[pos:s], HIDDEN * (e - s)]
        pos = e
    parts.append(source[pos:])
    return Document(path, source, "txt", "".join(parts))


# --- Markdown -----------------------------------------------------------------------------------

_FENCE_RE = re.compile(r"^( {0,3})(`{3,}|~{3,})")
_REFDEF_RE = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+.*$")
_LIST_RE = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
#: spans hidden inside a Markdown line: inline code, link targets, autolinks, HTML tags/comments, URLs
_MD_INLINE_RE = re.compile(
    r"(?P<code>(?P<ticks>`+).+?(?P=ticks))"
    r"|(?P<target>(?<=\])\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\))"
    r"|(?P<ref>(?<=\])\[[^\]]*\])"
    r"|(?P<auto><(?:https?|mailto|ftp):[^>\s]*>)"
    r"|(?P<tag></?[A-Za-z][^>]*>)"
    r"|(?P<url>\b(?:https?|ftp)://[^\s<>\"')\]]+)"
)
#: emphasis and link brackets dropped without a gap, so "**Deputy** FM" still reads "Deputy FM"
_MD_DROP_RE = re.compile(r"(?<!\w)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?!\w)|!?\[|\]")


def _markdown_hidden_lines(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines hidden whole: front matter, fenced and indented code, reference definitions."""
    hidden: set[int] = set()
    n = len(lines)
    i = 0
    first = source[lines[0][0] : lines[0][1]] if lines else ""
    if first.strip() in ("---", "+++"):
        fence = first.strip()
        for j in range(1, n):
            if source[lines[j][0] : lines[j][1]].strip() in (fence, "..."):
                hidden.update(range(0, j + 1))
                i = j + 1
                break
    prev_blank = True
    in_list = False
    while i < n:
        s, e = lines[i]
        line = source[s:e]
        m = _FENCE_RE.match(line)
        if m:
            marker = m.group(2)
            j = i + 1
            while j < n:
                inner = source[lines[j][0] : lines[j][1]].strip()
                if inner.startswith(marker[0] * len(marker)) and not inner.strip(marker[0]):
                    break
                j += 1
            hidden.update(range(i, min(j, n - 1) + 1))
            i = j + 1
            prev_blank = False
            continue
        blank = not line.strip()
        if not blank:
            indented = line.startswith(("    ", "\t"))
            if indented and (prev_blank or (i - 1) in hidden) and not in_list:
                hidden.add(i)
            elif _REFDEF_RE.match(line):
                hidden.add(i)
            else:
                if _LIST_RE.match(line):
                    in_list = True
                elif not indented and prev_blank:
                    in_list = False
        prev_blank = blank
        i += 1
    return hidden


def _comment_spans(source: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"<!--.*?(?:-->|\Z)", source, re.S):
        spans.append((m.start(), m.end()))
    return spans


def _markdown(path: str, source: str) -> Document:
    lines = []
    pos = 0
    for m in _LINE_BREAK_RE.finditer(source):
        lines.append((pos, m.start()))
        pos = m.end()
    if pos < len(source):
        lines.append((pos, len(source)))
    hidden = _markdown_hidden_lines(source, lines)
    comments = _comment_spans(source)
    b = _Builder()
    ci = 0
    for idx, (s, e) in enumerate(lines):
        if idx > 0:
            b.copy(source, lines[idx - 1][1], s)  # the line terminator
        if idx in hidden:
            continue
        pos = s
        while pos < e:
            while ci < len(comments) and comments[ci][1] <= pos:
                ci += 1
            if ci < len(comments) and comments[ci][0] <= pos < comments[ci][1]:
                end = min(comments[ci][1], e)
                b.gap(pos, end)
                pos = end
                continue
            stop = e
            if ci < len(comments) and comments[ci][0] < e:
                stop = comments[ci][0]
            _markdown_inline(b, source, pos, stop)
            pos = stop
        if _block_ends_after(source, lines, idx):
            b.gap(e, e, paragraph=True)
    return b.build(path, source, "md")


_HEADING_RE = re.compile(r"[ ]{0,3}#{1,6}(?:[ \t]|$)")


def _block_ends_after(source: str, lines: list[tuple[int, int]], idx: int) -> bool:
    """True when a Markdown block ends with line ``idx`` without a blank line: a heading, or the
    line before a heading or a new list item (a list item's wrapped lines stay with it)."""
    s, e = lines[idx]
    if _HEADING_RE.match(source, s, e):
        return True
    if idx + 1 < len(lines):
        ns, ne = lines[idx + 1]
        nxt = source[ns:ne]
        return bool(_HEADING_RE.match(nxt) or _LIST_RE.match(nxt))
    return False


def _markdown_inline(b: _Builder, source: str, start: int, end: int) -> None:
    segment = source[start:end]
    pos = 0
    for m in _MD_INLINE_RE.finditer(segment):
        _copy_dropping(b, source, start + pos, start + m.start())
        b.gap(start + m.start(), start + m.end())
        pos = m.end()
    _copy_dropping(b, source, start + pos, end)


def _copy_dropping(b: _Builder, source: str, start: int, end: int) -> None:
    pos = start
    for m in _MD_DROP_RE.finditer(source, start, end):
        b.copy(source, pos, m.start())
        pos = m.end()
    b.copy(source, pos, end)


# --- HTML ---------------------------------------------------------------------------------------

_SKIP_TAGS = {"script", "style", "noscript", "template", "code", "pre", "kbd", "samp", "head", "svg", "math", "textarea"}
_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "nav", "aside", "blockquote", "figure", "figcaption",
    "hr", "dd", "dt", "dl", "main", "form", "option", "caption", "title", "body", "html", "address",
}
_VOID_TAGS = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr", "param"}


class _VisibleText(HTMLParser):
    def __init__(self, source: str, base: int = 0):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.base = base
        self.b = _Builder()
        self.skip: list[str] = []
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", source)]
        self.comments: list[tuple[int, str]] = []

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        if tag in _SKIP_TAGS and tag not in _VOID_TAGS:
            self.skip.append(tag)
        if tag in _BLOCK_TAGS:
            self.b.gap(self.base + start, self.base + end, newline=True, paragraph=tag != "br")

    def handle_startendtag(self, tag, attrs):
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        if tag in _BLOCK_TAGS:
            self.b.gap(self.base + start, self.base + end, newline=True, paragraph=tag != "br")

    def handle_endtag(self, tag):
        if self.skip and tag == self.skip[-1]:
            self.skip.pop()
        elif tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
        if tag in _BLOCK_TAGS:
            start = self._offset()
            self.b.gap(self.base + start, self.base + start + len(tag) + 3, newline=True, paragraph=tag != "br")

    def handle_data(self, data):
        if self.skip:
            return
        start = self._offset()
        if self.source[start : start + len(data)] == data:
            self.b.copy(self.source, start, start + len(data))
            if self.base:
                n = len(data)
                self.b.starts[-n:] = [x + self.base for x in self.b.starts[-n:]]
                self.b.ends[-n:] = [x + self.base for x in self.b.ends[-n:]]
        else:  # CDATA and other rewritten data: map every character to the data start
            self.b.put(data, self.base + start, self.base + start + len(data))

    def _entity(self, raw: str):
        if self.skip:
            return
        start = self._offset()
        self.b.put(html.unescape(raw), self.base + start, self.base + start + len(raw))

    def handle_entityref(self, name):
        raw = f"&{name};" if self.source.startswith(f"&{name};", self._offset()) else f"&{name}"
        self._entity(raw)

    def handle_charref(self, name):
        raw = f"&#{name};" if self.source.startswith(f"&#{name};", self._offset()) else f"&#{name}"
        self._entity(raw)

    def handle_comment(self, data):
        self.comments.append((self._offset(), data))


def visible_text(path: str, source: str, base: int = 0) -> _Builder:
    """Visible text of an HTML/XML fragment with offsets (shifted by ``base``)."""
    parser = _VisibleText(source, base)
    try:
        parser.feed(source)
        parser.close()
    except Exception as exc:  # html.parser is lenient; anything it raises means broken markup
        raise InputError(f"malformed markup: {exc}", path) from None
    rest = parser.rawdata
    if rest.strip():
        where = len(source) - len(rest)
        line = source.count("\n", 0, where) + 1
        raise InputError(f"malformed HTML: unterminated markup {rest[:20]!r}", path, line)
    return parser.b


def _html(path: str, source: str) -> Document:
    unterminated = re.search(r"<!--(?:(?!-->).)*\Z", source, re.S)
    if unterminated:
        line = source.count("\n", 0, unterminated.start()) + 1
        raise InputError("malformed HTML: comment never closed", path, line)
    b = visible_text(path, source)
    return b.build(path, source, "html")


# --- XLIFF --------------------------------------------------------------------------------------

_UNIT_RE = re.compile(r"<(trans-unit|segment)\b[^>]*>(.*?)</\1\s*>", re.S)
_ALT_RE = re.compile(r"<alt-trans\b.*?</alt-trans\s*>", re.S)


def _inner(unit: str, tag: str) -> tuple[int, int] | None:
    m = re.search(rf"<{tag}\b[^>]*?(?:/>|>(.*?)</{tag}\s*>)", unit, re.S)
    if not m or m.group(1) is None:
        return None
    return m.start(1), m.end(1)


def _check_xml(path: str, source: str) -> None:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        etree.fromstring(source.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise InputError(f"malformed XLIFF: {exc.msg}", path, line) from None


def _xliff(path: str, source: str) -> Document:
    _check_xml(path, re.sub(r"^\s*<\?xml[^>]*\?>", "", source))
    swap = bool(re.search(r"\b(?:source-language|srcLang)\s*=\s*[\"']en", source))
    b = _Builder()
    pairs: list[Pair] = []
    for unit in _UNIT_RE.finditer(source):
        body_start = unit.start(2)
        body = _ALT_RE.sub(lambda m: " " * len(m.group()), unit.group(2))
        src_span, tgt_span = _inner(body, "source"), _inner(body, "target")
        if swap:
            src_span, tgt_span = tgt_span, src_span
        if tgt_span is None:
            continue
        frag_start = body_start + tgt_span[0]
        frag = source[frag_start : body_start + tgt_span[1]]
        vi = ""
        if src_span is not None:
            vi_builder = visible_text(path, source[body_start + src_span[0] : body_start + src_span[1]])
            vi = "".join(vi_builder.parts)
        sub = visible_text(path, frag, base=frag_start)
        b.gap(frag_start, frag_start, paragraph=True)
        start = len("".join(b.parts))
        b.parts.extend(sub.parts)
        b.starts.extend(sub.starts)
        b.ends.extend(sub.ends)
        end = start + len("".join(sub.parts))
        pairs.append(Pair(vi, start, end, source.count("\n", 0, unit.start()) + 1))
    doc = b.build(path, source, "xliff")
    doc.pairs = pairs
    return doc


# --- PO -----------------------------------------------------------------------------------------

_PO_KEY_RE = re.compile(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+"')
_PO_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "r": "\r"}


def _po_string(source: str, start: int, end: int, path: str, line: int) -> tuple[str, list[int], list[int]]:
    """Decode the quoted PO string at source[start:end] (quotes included) with per-char offsets."""
    if end - start < 2 or source[start] != '"' or source[end - 1] != '"':
        raise InputError("malformed PO string (expected a quoted string)", path, line)
    chars, starts, ends = [], [], []
    i = start + 1
    while i < end - 1:
        c = source[i]
        if c == "\\" and i + 1 < end - 1:
            chars.append(_PO_ESCAPES.get(source[i + 1], source[i + 1]))
            starts.append(i)
            ends.append(i + 2)
            i += 2
            continue
        chars.append(c)
        starts.append(i)
        ends.append(i + 1)
        i += 1
    return "".join(chars), starts, ends


def _po(path: str, source: str) -> Document:
    entries: list[dict[str, list[tuple[str, list[int], list[int]]]]] = []
    current: dict[str, list[tuple[str, list[int], list[int]]]] = {}
    key = None
    line_no = 0
    first_line: dict[int, int] = {}
    for line_no, m in enumerate(re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", source), start=1):
        if m.start() >= len(source) and not m.group():
            break
        raw = m.group().rstrip("\r\n")
        s = m.start()
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            if not stripped and current:
                entries.append(current)
                current = {}
                key = None
            continue
        km = _PO_KEY_RE.match(raw)
        if km:
            key = km.group(1)
            if key in ("msgid", "msgctxt") and any(k.startswith("msgstr") for k in current):
                entries.append(current)
                current = {}
            if not current:
                first_line[len(entries)] = line_no
            q = raw.index('"')
            current.setdefault(key, []).append(_po_string(source, s + q, s + len(raw.rstrip()), path, line_no))
        elif stripped.startswith('"') and key is not None:
            q = raw.index('"')
            current[key].append(_po_string(source, s + q, s + len(raw.rstrip()), path, line_no))
        else:
            raise InputError(f"malformed PO line: {stripped[:40]!r}", path, line_no)
    if current:
        entries.append(current)
    b = _Builder()
    pairs: list[Pair] = []
    for index, entry in enumerate(entries):
        msgid = "".join(p[0] for p in entry.get("msgid", []))
        if not msgid:
            continue  # the header entry
        target_key = "msgstr" if "msgstr" in entry else "msgstr[0]"
        pieces = entry.get(target_key, [])
        b.gap(0, 0, paragraph=True)
        start = len("".join(b.parts))
        for text, starts, ends in pieces:
            b.parts.append(text)
            b.starts.extend(starts)
            b.ends.extend(ends)
        end = start + sum(len(p[0]) for p in pieces)
        pairs.append(Pair(msgid, start, end, first_line.get(index, 1)))
    doc = b.build(path, source, "po")
    doc.pairs = pairs
    return doc


# --- suppression comments -----------------------------------------------------------------------

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


def _suppressions(doc: Document) -> dict[int, set[str]]:
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
