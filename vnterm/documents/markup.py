"""Plain text, Markdown and HTML: the visible text of a file, each character mapped to the file.

Plain text is read as is (URLs hidden). Markdown loses code blocks, inline code, front matter, link
targets, HTML comments and tags, and emphasis markers (its blocks are found by markdown-it-py, a
CommonMark parser, from its tokens' line maps; inline markup by the patterns below); HTML keeps only visible text (no scripts,
styles, code or ``<head>``), read with the standard library's HTML parser, which gives every tag's
line and column (lxml's HTML parser gives lines only).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ..errors import InputError
from .model import HIDDEN, LINE_BREAK_RE, Builder as _Builder, Document

_LINE_BREAK_RE = LINE_BREAK_RE

_URL_RE = re.compile(r"\b(?:https?|ftp)://[^\s<>\"')\]]+|\bwww\.[^\s<>\"')\]]+", re.I)


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


def plain(path: str, source: str) -> Document:
    """Plain text with its URLs hidden (same length: the identity map)."""
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


_PARSER = None


def _commonmark():
    """markdown-it-py's CommonMark parser (made once, on first use)."""
    global _PARSER
    if _PARSER is None:
        from markdown_it import MarkdownIt

        # block structure only: inline markup is read by the patterns below
        _PARSER = MarkdownIt("commonmark").disable(["inline", "text_join"], ignoreInvalid=True)
    return _PARSER


def _markdown_hidden_lines(source: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of lines hidden whole: front matter, fenced and indented code (from markdown-it-py's
    CommonMark block tokens and their line maps), and reference definitions (lines no block holds)."""
    hidden: set[int] = set()
    n = len(lines)
    body = source
    first = source[lines[0][0] : lines[0][1]] if lines else ""
    if first.strip() in ("---", "+++"):
        fence = first.strip()
        for j in range(1, n):
            if source[lines[j][0] : lines[j][1]].strip() in (fence, "..."):
                hidden.update(range(0, j + 1))
                # the parser sees blank lines there, so its line numbers stay the file's
                body = LINE_BREAK_RE.sub("\n", source[: lines[j][1]]).count("\n") * "\n" + source[lines[j][1] :]
                break
    covered = bytearray(n)
    for token in _commonmark().parse(body):
        if token.map is None:
            continue
        start, end = token.map
        if token.level == 0:
            covered[start:end] = b"\x01" * (min(end, n) - start)
        if token.type in ("fence", "code_block"):
            hidden.update(range(start, min(end, n)))
    for i in range(n):
        if not covered[i] and i not in hidden:
            s, e = lines[i]
            if not source[s:e].isspace() and e > s:
                hidden.add(i)  # a reference definition ("[id]: url"): markdown-it keeps it out of the blocks
    return hidden


def _comment_spans(source: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"<!--.*?(?:-->|\Z)", source, re.S):
        spans.append((m.start(), m.end()))
    return spans


def markdown(path: str, source: str) -> Document:
    """Visible text of a Markdown file."""
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


def html_page(path: str, source: str) -> Document:
    """Visible text of an HTML page."""
    unterminated = re.search(r"<!--(?:(?!-->).)*\Z", source, re.S)
    if unterminated:
        line = source.count("\n", 0, unterminated.start()) + 1
        raise InputError("malformed HTML: comment never closed", path, line)
    b = visible_text(path, source)
    return b.build(path, source, "html")
