"""The one :class:`Document` every face of vnterm reads: a file's text as given, the visible text
the rules and counters read, and a map from each visible character back to the file."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Pair:
    """A bilingual unit: the Vietnamese source text and the span of its target in ``Document.text``."""

    source: str
    start: int
    end: int
    line: int  # 1-based line of the source text in its own file (or of the unit)


@dataclass(slots=True)
class Document:
    """A file ready to read. ``text`` is what the rules read; ``source`` is the file as read.

    ``kind`` is txt, md, html, xliff or po. ``date`` (ISO yyyy-mm-dd) and ``date_source``
    (front-matter, meta, mtime or none) say when it was published, when it says so.
    """

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
    date: str | None = None
    date_source: str = "none"
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

    def source_to_text(self, start: int, end: int) -> tuple[int, int]:
        """The span of :attr:`text` whose characters come from ``source[start:end]``."""
        if self.starts is None:
            return start, end
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    @property
    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            self._line_starts = line_starts(self.source)
        return self._line_starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column (in characters) of a source offset."""
        i = bisect_right(self.line_starts, offset) - 1
        return i + 1, offset - self.line_starts[i] + 1

    def text_line(self, offset: int) -> int:
        """1-based source line of the character at ``offset`` in :attr:`text`."""
        return self.line_col(self.span_to_source(offset, offset + 1)[0])[0]

    def line_span(self, line: int) -> tuple[int, int]:
        """Source span of line ``line`` (1-based) without its terminator; a span, not a copy, so a
        caller that needs a few characters of a 10 MB line takes just those."""
        starts, source = self.line_starts, self.source
        s = starts[line - 1]
        e = starts[line] if line < len(starts) else len(source)
        while e > s and source[e - 1] in "\r\n":
            e -= 1
        return s, e

    def is_suppressed(self, line: int, rule: str) -> bool:
        rules = self.suppressed.get(line)
        return rules is not None and (not rules or rule in rules)

    def lines(self) -> list[tuple[int, int]]:
        """Source spans of the lines, without their terminators (a final terminator adds none)."""
        return line_spans(self.source)

    def paragraphs(self) -> list[tuple[int, int]]:
        """Source spans of the paragraphs (runs of non-blank lines)."""
        return paragraph_spans(self.source)


def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts (lines end at \\n, \\r\\n or \\r)."""
    if "\r" in text:
        return [0] + [m.end() for m in LINE_BREAK_RE.finditer(text)]
    # only \n: every line is one longer than its text (C-level passes, no per-line Python code)
    starts = list(accumulate(map((1).__add__, map(len, text.split("\n"))), initial=0))
    starts.pop()
    return starts


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` without its terminator."""
    spans = []
    for m in _LINE_RE.finditer(text):
        body = m.group().rstrip("\r\n")
        spans.append((m.start(), m.start() + len(body)))
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of ``text``: non-blank lines between blank ones."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for s, e in line_spans(text):
        if text[s:e].strip():
            if start is None:
                start = s
            end = e
        elif start is not None:
            spans.append((start, end))
            start = None
    if start is not None:
        spans.append((start, end))
    return spans


class Builder:
    """Accumulates visible text with, per character, its source start and end offsets."""

    __slots__ = ("parts", "starts", "ends", "length")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.length = 0

    def copy(self, source: str, start: int, end: int) -> None:
        if end > start:
            self.parts.append(source[start:end])
            self.starts.extend(range(start, end))
            self.ends.extend(range(start + 1, end + 1))
            self.length += end - start

    def put(self, text: str, start: int, end: int) -> None:
        """Visible ``text`` standing for source[start:end] (an entity, a gap)."""
        for ch in text:
            self.parts.append(ch)
            self.starts.append(start)
            self.ends.append(end)
        self.length += len(text)

    def extend(self, other: "Builder", shift: int = 0) -> None:
        """Append what ``other`` built, its offsets shifted by ``shift``."""
        self.parts.extend(other.parts)
        if shift:
            self.starts.extend(x + shift for x in other.starts)
            self.ends.extend(x + shift for x in other.ends)
        else:
            self.starts.extend(other.starts)
            self.ends.extend(other.ends)
        self.length += other.length

    def decoded(self, text: str, starts: list[int], ends: list[int]) -> None:
        """Append decoded ``text`` with its per-character offsets."""
        self.parts.append(text)
        self.starts.extend(starts)
        self.ends.extend(ends)
        self.length += len(text)

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

    def text(self) -> str:
        return "".join(self.parts)

    def build(self, path: str, source: str, kind: str) -> Document:
        return Document(path, source, kind, "".join(self.parts), self.starts, self.ends)


#: stands in for hidden characters of plain text (URLs): not a letter, not a space, so no term or
#: name can match across it, and the text keeps the source's length (offsets stay the identity)
HIDDEN = "\ue000"
