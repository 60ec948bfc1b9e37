"""Count, per document, which variant of each glossary concept the English copy uses, and where."""

from __future__ import annotations

from dataclasses import dataclass

from ..glossary.matcher import Matcher
from ..glossary.model import Glossary
from .documents import Document, read_document

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


def scan_text(matcher: Matcher, text: str) -> Hits:
    """Hits of English glossary terms in ``text``, per variant: [count, first line (1-based)]."""
    hits: Hits = {}
    for m in matcher.find(text, lang="en"):
        key = (m.concept.id, variant_of(m.text, m.term.text, m.exact_marks), m.term.text, m.term.status)
        entry = hits.get(key)
        if entry is None:
            hits[key] = [1, text.count("\n", 0, m.start) + 1]
        else:
            entry[0] += 1
    return hits


def scan_document(matcher: Matcher, doc: Document) -> Scanned:
    return Scanned(doc.path, doc.date, doc.date_source, scan_text(matcher, doc.text), len(doc.text.split()))


# --- worker processes ------------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def init_worker(glossary: Glossary, use_mtime: bool, period: str) -> None:
    _WORKER["matcher"] = Matcher(glossary, langs=["en"])
    _WORKER["use_mtime"] = use_mtime
    _WORKER["period"] = period


def scan_chunk(paths: list[str]) -> tuple:
    """Read, scan and aggregate a chunk of files in a worker (set up by :func:`init_worker`);
    returns the aggregate's state for :meth:`Aggregator.merge`."""
    from .aggregate import Aggregator

    matcher = _WORKER["matcher"]
    assert isinstance(matcher, Matcher)
    agg = Aggregator(period=str(_WORKER["period"]), batch=10**9)
    for path in paths:
        agg.add(scan_document(matcher, read_document(path, use_mtime=bool(_WORKER["use_mtime"]))))
    return agg.state()
