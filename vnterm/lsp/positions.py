"""Offsets into a document's text ↔ LSP positions, and incremental edits.

LSP lines end at ``\\n``, ``\\r\\n`` or ``\\r`` only (not at the other characters ``str.splitlines``
knows), and a column counts UTF-16 code units unless client and server agreed on ``utf-8`` or
``utf-32``. The checker's offsets count code points, so every conversion goes through here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from ..check.documents import line_starts

ENCODINGS = ("utf-16", "utf-8", "utf-32")

#: per encoding, the characters that take more than one unit in it
_WIDE = {"utf-8": re.compile("[^\x00-\x7f]+"), "utf-16": re.compile("[\U00010000-\U0010ffff]")}


class LineIndex:
    """Line starts of one text and the conversions between offsets and (line, column) in an encoding."""

    __slots__ = ("text", "encoding", "starts", "_wide")

    def __init__(self, text: str, encoding: str = "utf-16"):
        if encoding not in ENCODINGS:
            raise ValueError(f"unknown position encoding {encoding!r}")
        self.text = text
        self.encoding = encoding
        self.starts = line_starts(text)
        # offsets of the characters that take more than one unit, with their extra units (only
        # these make a column differ from a count of code points); None when there are none
        self._wide: tuple[list[int], list[int]] | None = None
        if encoding != "utf-32" and not text.isascii():
            offsets, extra, total = [], [], 0
            for m in _WIDE[encoding].finditer(text):
                for i, ch in enumerate(m.group(), m.start()):
                    total += _units(ch, encoding) - 1
                    offsets.append(i)
                    extra.append(total)
            if offsets:
                self._wide = (offsets, extra)

    def _extra_before(self, offset: int) -> int:
        """Extra units taken by the wide characters before ``offset``."""
        if self._wide is None:
            return 0
        offsets, extra = self._wide
        i = bisect_left(offsets, offset)
        return extra[i - 1] if i else 0

    def line_of(self, offset: int) -> int:
        """0-based line of a code-point offset."""
        return bisect_right(self.starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column in units) of a code-point offset (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self.starts[line]
        return line, offset - start + self._extra_before(offset) - self._extra_before(start)

    def offset(self, line: int, character: int) -> int:
        """Code-point offset of an LSP position; past the end of a line means its end (as LSP says)."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > start and self.text[end - 1] in "\r\n":
            end -= 1
        if character <= 0:
            return start
        if self._wide is None:
            return min(start + character, end)
        base = self._extra_before(start)
        lo, hi = start, end  # the largest offset whose column is <= character
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if mid - start + self._extra_before(mid) - base <= character:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _units(ch: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(ch.encode("utf-8"))
    if encoding == "utf-16":
        return 2 if ord(ch) > 0xFFFF else 1
    return 1


def apply_changes(text: str, changes: Iterable[tuple[tuple[int, int, int, int] | None, str]],
                  encoding: str = "utf-16") -> str:
    """Apply LSP content changes in order: (range as (line, col, line, col) or None for the whole text, new text)."""
    for rng, new in changes:
        if rng is None:
            text = new
            continue
        index = LineIndex(text, encoding)
        start = index.offset(rng[0], rng[1])
        end = max(start, index.offset(rng[2], rng[3]))
        text = text[:start] + new + text[end:]
    return text
