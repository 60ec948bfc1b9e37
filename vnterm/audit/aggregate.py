"""Incremental aggregation of variant counts with polars: memory stays flat as documents grow.

Documents arrive one by one; their hits are buffered as rows and, every ``batch`` documents,
grouped with polars into a running table keyed by (concept, variant, term, status, period). That
table's size depends on the glossary and the number of periods, not on the number of documents.
A few example locations per variant are kept (at most ``examples``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .scan import Scanned

if TYPE_CHECKING:
    import polars as pl

KEYS = ["concept", "variant", "term", "status", "period"]
PERIODS = ("day", "month", "year")


def period_of(date: str | None, period: str) -> str:
    if not date:
        return "undated"
    if period == "year":
        return date[:4]
    if period == "month":
        return date[:7]
    return date


_SCHEMA_NAMES = KEYS + ["count", "documents", "first_date", "last_date"]


@dataclass
class Aggregator:
    """Feed :class:`Scanned` documents with :meth:`add` (or other aggregators' :meth:`state` with
    :meth:`merge`); read :meth:`table` at the end."""

    period: str = "month"
    batch: int = 500
    examples: int = 3
    documents: int = 0
    words: int = 0
    matches: int = 0
    date_sources: dict[str, int] = field(default_factory=dict)
    #: (concept, variant, term, status, period) → [count, documents, first date, last date]
    _partial: dict[tuple[str, str, str, str, str], list] = field(default_factory=dict)
    _pending: int = 0
    _table: "pl.DataFrame | None" = None
    _examples: dict[tuple[str, str], list[str]] = field(default_factory=dict)

    def add(self, doc: Scanned) -> None:
        self.documents += 1
        self.words += doc.words
        self.date_sources[doc.date_source] = self.date_sources.get(doc.date_source, 0) + 1
        period = period_of(doc.date, self.period)
        date = doc.date or ""
        partial = self._partial
        for (concept, variant, term, status), (count, line) in doc.hits.items():
            key = (concept, variant, term, status, period)
            entry = partial.get(key)
            if entry is None:
                partial[key] = [count, 1, date, date]
            else:
                entry[0] += count
                entry[1] += 1
                if date < entry[2]:
                    entry[2] = date
                if date > entry[3]:
                    entry[3] = date
            self.matches += count
            ex = self._examples.setdefault((concept, variant), [])
            if len(ex) < self.examples:
                ex.append(f"{doc.path}:{line}")
        self._pending += 1
        if self._pending >= self.batch:
            self._flush()

    def state(self) -> tuple:
        """What :meth:`merge` needs (picklable, small): the counts not yet flushed and the totals."""
        return (self._partial, self._examples, self.documents, self.words, self.matches, self.date_sources)

    def merge(self, state: tuple) -> None:
        partial, examples, documents, words, matches, date_sources = state
        self.documents += documents
        self.words += words
        self.matches += matches
        for k, v in date_sources.items():
            self.date_sources[k] = self.date_sources.get(k, 0) + v
        for key, ex in examples.items():
            mine = self._examples.setdefault(key, [])
            mine.extend(ex[: max(0, self.examples - len(mine))])
        self._flush(partial)

    def _flush(self, extra: dict | None = None) -> None:
        import polars as pl

        self._pending = 0
        frames = []
        for part in (self._partial, extra or {}):
            if part:
                cols: dict[str, list] = {k: [] for k in _SCHEMA_NAMES}
                for key, (count, docs, first, last) in part.items():
                    for name, value in zip(KEYS, key):
                        cols[name].append(value)
                    cols["count"].append(count)
                    cols["documents"].append(docs)
                    cols["first_date"].append(first or None)
                    cols["last_date"].append(last or None)
                frames.append(pl.DataFrame(cols, schema=_schema()))
        self._partial = {}
        if not frames:
            return
        if self._table is not None:
            frames.insert(0, self._table)
        self._table = pl.concat(frames).group_by(KEYS).agg(
            pl.col("count").sum(),
            pl.col("documents").sum(),
            pl.col("first_date").min(),
            pl.col("last_date").max(),
        )

    def table(self) -> "pl.DataFrame":
        """Per (concept, variant, term, status, period): count, documents, first and last date."""
        import polars as pl

        self._flush()
        if self._table is None:
            return pl.DataFrame(schema=_schema())
        return self._table.sort(KEYS)

    def examples_of(self, concept: str, variant: str) -> list[str]:
        return list(self._examples.get((concept, variant), []))


def _schema() -> dict:
    import polars as pl

    return {
        "concept": pl.String, "variant": pl.String, "term": pl.String, "status": pl.String,
        "period": pl.String, "count": pl.Int64, "documents": pl.Int64,
        "first_date": pl.String, "last_date": pl.String,
    }
