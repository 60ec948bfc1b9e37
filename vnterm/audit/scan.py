"""Count, per document, which variant of each glossary concept the English copy uses, and where.

The hits counted are the checker's: :meth:`vnterm.check.Checker.term_hits` makes the same
decisions ``vnterm check`` does (another country's titles, a place inside a person's name, a
caption written in Vietnamese, brand names), so ``audit`` and ``check`` never disagree on a file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

from ..check import Checker
from ..glossary.matcher import Matcher
from ..glossary.model import Glossary
from ..documents import Document
from ..documents.model import LINE_BREAK_RE
from ..documents import load_document, read_document as _read_document

#: what counts the hits: the checker (what ``audit`` uses), or a bare matcher (every hit)
HitSource = Union[Checker, Matcher]

#: A document's hits: (concept, variant, term, status) → [count, first line]
Hits = dict[tuple[str, str, str, str], list[int]]


@dataclass(frozen=True, slots=True)
class Scanned:
    path: str
    date: str | None
    date_source: str
    hits: Hits
    words: int


def variant_of(surface: str, term_text: str, exact_marks: bool) -> str:
    """The variant a match stands for: the glossary term, or the surface when its diacritics differ
    from the term's ("Hải Phòng" in English copy where the term is "Hai Phong")."""
    return term_text if exact_marks else " ".join(surface.split())


def scan_text(counter: HitSource, text: str, line_of: Callable[[int], int] | None = None) -> Hits:
    """Hits of English glossary terms in ``text``, per variant: [count, first line (1-based)].

    ``counter``: a :class:`Checker` (its accepted term hits), or a :class:`Matcher` (every hit).
    ``line_of`` gives the line of an offset of ``text`` (default: count the line breaks).
    """
    hits: Hits = {}
    found = counter.term_hits(text) if isinstance(counter, Checker) else counter.find(text, lang="en")
    for m in found:
        key = (m.concept.id, variant_of(m.text, m.term.text, m.exact_marks), m.term.text, m.term.status)
        entry = hits.get(key)
        if entry is None:
            hits[key] = [1, line_of(m.start) if line_of is not None else _line(text, m.start)]
        else:
            entry[0] += 1
    return hits


def _line(text: str, offset: int) -> int:
    return len(LINE_BREAK_RE.findall(text, 0, offset)) + 1


def read_document(path: str, *, use_mtime: bool = True, body_only: bool = False) -> Document:
    """One document of an archive (an empty file is a document with no words), dated;
    ``body_only`` reads only the article body of an HTML page."""
    return _read_document(path, use_mtime=use_mtime, allow_empty=True, body_only=body_only)


def parse_document(path: str, source: str, *, mtime: float | None = None) -> Document:
    """A document from text already in memory: ``path`` is only a label (its extension picks the
    kind); ``mtime`` (seconds since the epoch) dates it when its text carries no date."""
    import datetime as _dt

    doc = load_document(path, source, allow_empty=True)
    if doc.date is None and mtime is not None:
        try:
            doc.date = _dt.datetime.fromtimestamp(mtime, tz=_dt.timezone.utc).date().isoformat()
            doc.date_source = "mtime"
        except (OverflowError, OSError, ValueError):
            pass
    return doc


def scan_document(counter: HitSource, doc: Document) -> Scanned:
    """A document's hits, with lines in the file as given (\\n, \\r\\n or \\r line ends)."""
    return Scanned(doc.path, doc.date, doc.date_source, scan_text(counter, doc.text, doc.text_line),
                   len(doc.text.split()))


# --- worker processes ------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def init_worker(glossary: Glossary, use_mtime: bool, period: str, body_only: bool = False) -> None:
    _WORKER["matcher"] = Checker(glossary)
    _WORKER["use_mtime"] = use_mtime
    _WORKER["body_only"] = body_only
    _WORKER["period"] = period


def scan_chunk(paths: list[str]) -> tuple:
    """Read, scan and aggregate a chunk of files in a worker (set up by :func:`init_worker`);
    returns the aggregate's state for :meth:`Aggregator.merge`."""
    from .aggregate import Aggregator

    matcher = _WORKER["matcher"]
    assert isinstance(matcher, Checker)
    agg = Aggregator(period=str(_WORKER["period"]), batch=10**9)
    for path in paths:
        agg.add(scan_document(matcher, read_document(path, use_mtime=bool(_WORKER["use_mtime"]),
                                                        body_only=bool(_WORKER.get("body_only")))))
    return agg.state()
