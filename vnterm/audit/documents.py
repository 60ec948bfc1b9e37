"""Find the documents of an archive, read their visible text and their date.

The visible text keeps every character at its offset (markup is blanked out with spaces, line
breaks stay), so a match's offset gives the line in the file as is. Dates come from Markdown front
matter (``date:``), HTML ``<meta name="date">`` / ``<meta property="article:published_time">``
(also ``name="article:published_time"``, ``itemprop="datePublished"``), or the file's mtime.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..textio import decode_text, read_bytes

#: Extensions read when a folder is given (a file given by name is read whatever its extension).
EXTENSIONS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024

_FRONT_RE = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)(?:\r?\n)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_DATE_RE = re.compile(r"^(?:date|published|pubdate|publishDate)\s*:\s*[\"']?([^\"'\r\n#]+)", re.M | re.I)
_META_RE = re.compile(r"<meta\b[^>]*>", re.I | re.S)
_ATTR_RE = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.S)
_META_KEYS = ("date", "article:published_time", "datepublished", "dc.date", "dcterms.date", "pubdate")
_ISO_RE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_HIDDEN_BLOCK_RE = re.compile(r"<(script|style|head|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_TAG_RE = re.compile(r"<[^>]*>", re.S)
_ENTITY_RE = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


@dataclass(frozen=True, slots=True)
class Document:
    """A document's visible text (same length as the file's text) and its date."""

    path: str
    text: str
    date: str | None  # ISO yyyy-mm-dd
    date_source: str  # front-matter | meta | mtime | none


def iter_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named, and files with a known extension under folders named (sorted, recursive)."""
    for raw in paths:
        if raw == "-":
            yield raw  # one document on standard input
            continue
        p = Path(raw)
        if p.is_dir():
            found = []
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    if Path(name).suffix.lower() in EXTENSIONS and not name.startswith("."):
                        found.append(os.path.join(root, name))
            yield from sorted(found)
        elif p.exists():
            yield str(p)
        else:
            raise InputError("no such file or folder", raw)


def parse_date(value: str) -> str | None:
    """The ISO date at the start of ``value`` ("2026-01-06", "2026-01-06T08:00:00+07:00")."""
    m = _ISO_RE.search(value.strip()[:40])
    if not m:
        return None
    try:
        return _dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
    except ValueError:
        return None


def _blank(text: str) -> str:
    """Spaces for every character but line breaks (markup hidden, offsets and lines kept)."""
    return re.sub(r"[^\r\n]", " ", text)


def _html_text(source: str) -> str:
    text = _HIDDEN_BLOCK_RE.sub(lambda m: _blank(m.group()), source)
    text = _TAG_RE.sub(lambda m: _blank(m.group()), text)

    def entity(m: re.Match[str]) -> str:
        import html

        ch = html.unescape(m.group())
        if len(ch) != 1 or ch == m.group():
            return _blank(m.group())
        if ch == "\u00a0":
            ch = " "
        return ch + " " * (len(m.group()) - 1)

    return _ENTITY_RE.sub(entity, text)


def _html_date(source: str) -> str | None:
    for m in _META_RE.finditer(source[:200_000]):
        attrs = {k.lower(): (a or b or c) for k, a, b, c in _ATTR_RE.findall(m.group())}
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        if key in _META_KEYS and attrs.get("content"):
            d = parse_date(attrs["content"])
            if d:
                return d
    return None


def read_document(path: str, *, use_mtime: bool = True) -> Document:
    """Read one document strictly (UTF-8; InputError naming the file and line otherwise).
    ``-`` reads standard input as plain text (undated)."""
    if path == "-":
        import sys

        return Document("<stdin>", decode_text(sys.stdin.buffer.read(), "<stdin>"), None, "none")
    data = read_bytes(path, max_bytes=MAX_DOCUMENT_BYTES)
    mtime: float | None = None
    if use_mtime:
        try:
            mtime = os.path.getmtime(path)
        except OSError:
            pass
    return parse_document(path, decode_text(data, path), mtime=mtime)


def parse_document(path: str, source: str, *, mtime: float | None = None) -> Document:
    """A document from text already in memory: ``path`` is only a label (its extension picks the
    kind); ``mtime`` (seconds since the epoch) dates it when its text carries no date."""
    kind = EXTENSIONS.get(Path(path).suffix.lower(), "txt")
    date: str | None = None
    origin = "none"
    text = source
    if kind == "md":
        m = _FRONT_RE.match(source)
        if m:
            dm = _FRONT_DATE_RE.search(m.group(1))
            if dm:
                date = parse_date(dm.group(1))
                origin = "front-matter" if date else origin
            text = _blank(m.group()) + source[m.end() :]
    elif kind == "html":
        date = _html_date(source)
        origin = "meta" if date else origin
        text = _html_text(source)
    if date is None and mtime is not None:
        try:
            date = _dt.datetime.fromtimestamp(mtime, tz=_dt.timezone.utc).date().isoformat()
            origin = "mtime"
        except (OverflowError, OSError, ValueError):
            pass
    return Document(path, text, date, origin)
