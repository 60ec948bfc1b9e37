"""A long plain-text file read as segments: runs of whole paragraphs, each a :class:`Document` of its
own, so that a checker holds one segment at a time instead of the whole file (issue 18).

A segment ends after a line break that a blank line follows, so no glossary term, name or sentence
runs from one segment into the next (the matcher never finds a term across a blank line). Only
files whose segments are exactly the whole file's text are read this way: plain text (``.txt``),
UTF-8 without NUL bytes, ``\\n`` line breaks only (line numbers are counted by ``\\n``), and no
suppression comment (``vnterm: ignore`` and the rest can span paragraphs). Anything else is read
whole, as before.
"""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import Iterator, NamedTuple

from ..textio import MAX_INPUT_BYTES
from .load import kind_of
from .markup import plain
from .model import Document

#: files at least this large (bytes) are read as segments where they can be
STREAM_BYTES = 16 * 1024 * 1024
#: about how many bytes one segment holds (it ends at the last blank line of the bytes read)
SEGMENT_BYTES = 1024 * 1024

_UTF8_BOM = b"\xef\xbb\xbf"


class TextSegment(NamedTuple):
    """One segment: its document, where its text starts in the file's text, the lines before it."""

    document: Document
    offset: int
    line: int


def segmentable(path: str, min_bytes: int | None = None) -> bool:
    """True when ``path`` is a plain-text file of at least ``min_bytes`` that :func:`segments`
    reads exactly as :func:`~vnterm.documents.read_document` would (one pass over its bytes);
    ``min_bytes`` None: :data:`STREAM_BYTES`."""
    if min_bytes is None:
        min_bytes = STREAM_BYTES
    if path == "-" or kind_of(path) != "txt":
        return False
    try:
        size = os.path.getsize(path) if os.path.isfile(path) else -1
        if size < min_bytes or size > MAX_INPUT_BYTES:
            return False  # (too large: read_document's error, as before)
        decoder = codecs.getincrementaldecoder("utf-8")("strict")
        with open(path, "rb") as fh:
            head = fh.read(8192)
            if b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff") or not head.strip():
                return False
            fh.seek(0)
            tail = b""
            first = True
            while True:
                block = fh.read(SEGMENT_BYTES)
                if not block:
                    decoder.decode(b"", final=True)
                    return True
                if first and block.startswith(_UTF8_BOM):
                    block = block[3:]
                first = False
                if b"\r" in block or b"vnterm" in tail + block:
                    return False
                decoder.decode(block)
                tail = block[-8:]
    except (OSError, UnicodeDecodeError):
        return False


def segments(path: str, size: int | None = None) -> Iterator[TextSegment]:
    """The segments of a file :func:`segmentable` accepted, in order (each call reads it again);
    ``size`` None: :data:`SEGMENT_BYTES`."""
    if size is None:
        size = SEGMENT_BYTES
    offset = line = 0
    rest = b""
    with open(Path(path), "rb") as fh:
        first = True
        while True:
            block = fh.read(size)
            if first and block.startswith(_UTF8_BOM):
                block = block[3:]
            first = False
            buf = rest + block if rest else block
            if not block:
                if buf:
                    yield _segment(path, buf, offset, line)
                return
            cut = buf.rfind(b"\n\n")
            if cut < 0:
                rest = buf
                continue
            piece, rest = buf[: cut + 1], buf[cut + 1 :]
            seg = _segment(path, piece, offset, line)
            yield seg
            offset += len(seg.document.source)
            line += piece.count(b"\n")


def _segment(path: str, data: bytes, offset: int, line: int) -> TextSegment:
    return TextSegment(plain(path, data.decode("utf-8")), offset, line)
