"""Read a file (or standard input) into a :class:`Document` of its kind."""

from __future__ import annotations

from pathlib import PurePath
from typing import Callable

from ..errors import InputError
from ..textio import decode_text, read_bytes
from . import bilingual, markup
from .dates import mtime_date, text_date
from .model import Document
from .suppress import suppressions

#: File kinds by extension.
KINDS: dict[str, str] = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md", ".mdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xlf": "xliff", ".xliff": "xliff", ".po": "po",
}

_READERS: dict[str, Callable[[str, str], Document]] = {
    "txt": markup.plain,
    "md": markup.markdown,
    "html": markup.html_page,
    "xliff": bilingual.xliff,
    "po": bilingual.po,
}

#: The name standard input goes by.
STDIN = "<stdin>"


def kind_of(path: str, default: str = "txt") -> str:
    """The document kind for a path, by extension (``default`` for unknown ones and stdin)."""
    return KINDS.get(PurePath(path).suffix.lower(), default)


def load_document(path: str, source: str, kind: str | None = None, *, allow_empty: bool = False,
                  body_only: bool = False) -> Document:
    """Build a :class:`Document` of ``kind`` (by extension when None) from decoded ``source``.

    An empty (or all-white-space) text raises InputError unless ``allow_empty``. ``body_only``
    reads only the article body of an HTML news page (see :mod:`vnterm.documents.body`).
    """
    kind = kind or kind_of(path)
    if not source or source.isspace():  # (no stripped copy of a long file)
        if not allow_empty:
            raise InputError("file is empty", path)
        return Document(path, source, kind if kind in _READERS else "txt", source)
    reader = _READERS.get(kind, markup.plain)
    if body_only and kind == "html":
        from .body import article_page

        reader = article_page
    doc = reader(path, source)
    doc.suppressed = suppressions(doc)
    doc.date, doc.date_source = text_date(doc.kind, source)
    return doc


def read_document(
    path: str,
    *,
    kind: str | None = None,
    use_mtime: bool = False,
    allow_empty: bool = False,
    body_only: bool = False,
    stdin_name: str = STDIN,
    stdin_kind: str = "txt",
    read_stdin: Callable[[], bytes] | None = None,
) -> Document:
    """Read and parse one file; ``-`` reads standard input (``read_stdin``, else ``sys.stdin``) as
    ``stdin_name``, whose extension gives its kind. ``use_mtime`` dates a document that gives no
    date in its text by the file's modification time. Raises InputError naming the file."""
    if path == "-":
        if read_stdin is None:
            import sys

            data = sys.stdin.buffer.read()
        else:
            data = read_stdin()
        source = decode_text(data, stdin_name)
        return load_document(stdin_name, source, kind or kind_of(stdin_name, stdin_kind),
                             allow_empty=allow_empty, body_only=body_only)
    source = decode_text(read_bytes(path), path)
    doc = load_document(path, source, kind, allow_empty=allow_empty, body_only=body_only)
    if doc.date is None and use_mtime:
        doc.date = mtime_date(path)
        doc.date_source = "mtime" if doc.date else "none"
    return doc
