"""Audit an archive of English copy: which variant of each glossary concept is used, how often,
where, and when.

>>> from vnterm.audit import audit_paths  # doctest: +SKIP
>>> result = audit_paths(["corpora/seeds"], glossary)  # doctest: +SKIP
>>> [c.concept for c in result.concepts if c.drifting]  # doctest: +SKIP

Documents are read one at a time (in worker processes when there are many) and their counts are
folded into a running polars table, so memory does not grow with the number of documents.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterable

from ..glossary.model import Glossary
from .aggregate import PERIODS, Aggregator
from ..documents import Document, find_inputs
from .scan import init_worker, parse_document, read_document, scan_chunk, scan_document

__all__ = ["AuditResult", "ConceptUsage", "VariantUsage", "audit_documents", "audit_paths", "parse_document", "PERIODS"]

#: Below this many files, worker processes cost more than they save.
PARALLEL_MIN_FILES = 200


@dataclass(slots=True)
class VariantUsage:
    variant: str
    term: str
    status: str
    count: int
    documents: int
    first_date: str | None
    last_date: str | None
    examples: list[str]
    by_period: dict[str, int]

    def to_json(self) -> dict[str, object]:
        return {
            "variant": self.variant,
            "term": self.term,
            "status": self.status,
            "count": self.count,
            "documents": self.documents,
            "first_date": self.first_date,
            "last_date": self.last_date,
            "examples": self.examples,
            "by_period": self.by_period,
        }


@dataclass(slots=True)
class ConceptUsage:
    concept: str
    domain: str
    preferred: str | None
    variants: list[VariantUsage]

    @property
    def total(self) -> int:
        return sum(v.count for v in self.variants)

    @property
    def drifting(self) -> bool:
        """Two or more variants in use."""
        return len({v.variant for v in self.variants if v.count}) >= 2

    def to_json(self) -> dict[str, object]:
        return {
            "concept": self.concept,
            "domain": self.domain,
            "preferred": self.preferred,
            "drifting": self.drifting,
            "total": self.total,
            "variants": [v.to_json() for v in self.variants],
        }


@dataclass(slots=True)
class AuditResult:
    concepts: list[ConceptUsage]
    periods: list[str]
    period: str
    documents: int
    words: int
    matches: int
    date_sources: dict[str, int] = field(default_factory=dict)

    @property
    def drifting(self) -> list[ConceptUsage]:
        return [c for c in self.concepts if c.drifting]

    def summary(self) -> dict[str, object]:
        return {
            "documents": self.documents,
            "words": self.words,
            "matches": self.matches,
            "concepts": len(self.concepts),
            "drifting": len(self.drifting),
            "period": self.period,
            "dates": dict(sorted(self.date_sources.items())),
        }

    def to_json(self) -> dict[str, object]:
        return {"concepts": [c.to_json() for c in self.concepts], "periods": self.periods, "summary": self.summary()}


def _run(agg: Aggregator, paths: list[str], glossary: Glossary, jobs: int, use_mtime: bool, chunk: int = 64,
         body_only: bool = False) -> None:
    if jobs <= 0:  # the CPUs this process may use that other processes leave free (issue 18)
        from ..check import free_cpus

        jobs = min(free_cpus(), 8)
    if jobs > 1 and len(paths) >= PARALLEL_MIN_FILES:
        import multiprocessing as mp

        try:
            ctx = mp.get_context("fork")
        except ValueError:  # pragma: no cover - platforms without fork
            ctx = None
        if ctx is not None:
            chunks = [paths[i : i + chunk] for i in range(0, len(paths), chunk)]
            with ctx.Pool(jobs, initializer=init_worker, initargs=(glossary, use_mtime, agg.period, body_only)) as pool:
                for state in pool.imap(scan_chunk, chunks):
                    agg.merge(state)
            return
    from ..check import Checker

    matcher = Checker(glossary)  # counts what `check` would match
    for path in paths:
        agg.add(scan_document(matcher, read_document(path, use_mtime=use_mtime, body_only=body_only)))


def _run_engine(agg: Aggregator, paths: list[str], glossary: Glossary, engine: str, use_mtime: bool,
                body_only: bool, ray_address: str | None, progress: bool) -> None:
    """Scan on :mod:`vnterm.engines` (Ray); documents are added in path order, as locally."""
    from ..engines import WorkerLost, map_items
    from ..errors import InputError
    from .tasks import AuditTask, raise_failure

    task = AuditTask(glossary, use_mtime=use_mtime, body_only=body_only)
    for result in map_items(paths, task, engine=engine, ray_address=ray_address, progress=progress):
        if isinstance(result, tuple):
            raise_failure(result)
        if isinstance(result, WorkerLost):  # a document that killed its worker every time
            raise InputError(result.message, result.item)
        agg.add(result)


def audit_paths(
    paths: Iterable[str],
    glossary: Glossary,
    *,
    period: str = "month",
    jobs: int = 0,
    use_mtime: bool = True,
    batch: int = 500,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    body_only: bool = False,
    engine: str = "local",
    ray_address: str | None = None,
    progress: bool = False,
) -> AuditResult:
    """Audit the documents under ``paths`` against the English terms of ``glossary``.

    ``period`` buckets dates (day, month, year); ``jobs`` is the number of worker processes
    (0: one per CPU; used from :data:`PARALLEL_MIN_FILES` files up); ``use_mtime`` dates documents
    without a date in their text by their modification time; ``include``/``exclude`` are globs
    for the files read inside folders (see :func:`vnterm.documents.find_inputs`); ``body_only``
    reads only the article body of HTML pages (:mod:`vnterm.documents.body`); ``engine`` ``ray``
    scans on Ray Data (:mod:`vnterm.engines`; ``ray_address``: the cluster, else a local Ray;
    ``progress``: Ray's progress bars) with the same aggregation, hence the same result. Raises InputError on an unreadable or
    non-UTF-8 file or a missing path, naming it, and NoInputError when the
    paths name no file.
    """
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    paths = list(paths)
    inputs = find_inputs(paths, include, exclude)
    if inputs.errors:
        raise inputs.errors[0]
    inputs.require_some(paths, include)  # an audit of nothing is an error, not an empty report
    files = inputs.files
    agg = Aggregator(period=period, batch=batch)
    if engine == "local":
        _run(agg, files, glossary, jobs, use_mtime, body_only=body_only)
    else:
        _run_engine(agg, files, glossary, engine, use_mtime, body_only, ray_address, progress)
    return _result(agg, glossary)


def audit_documents(documents: Iterable[Document], glossary: Glossary, *, period: str = "month",
                    batch: int = 500) -> AuditResult:
    """Audit documents already in memory (see :func:`parse_document`), in
    this process: nothing is read from or written to the file system."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}")
    from ..check import Checker

    counter = Checker(glossary)  # counts what `check` would match, as audit_paths does
    agg = Aggregator(period=period, batch=batch)
    for doc in documents:
        agg.add(scan_document(counter, doc))
    return _result(agg, glossary)


def _result(agg: Aggregator, glossary: Glossary) -> AuditResult:
    import polars as pl

    table = agg.table()
    totals = (
        table.group_by(["concept", "variant", "term", "status"])
        .agg(
            pl.col("count").sum(),
            pl.col("documents").sum(),
            pl.col("first_date").min(),
            pl.col("last_date").max(),
        )
        .sort(["concept", "count", "variant"], descending=[False, True, False])
    )
    by_period: dict[tuple[str, str], dict[str, int]] = {}
    for concept, variant, period, count in table.group_by(["concept", "variant", "period"]).agg(
        pl.col("count").sum()
    ).sort(["concept", "variant", "period"]).iter_rows():
        by_period.setdefault((concept, variant), {})[period] = count
    concepts: dict[str, ConceptUsage] = {}
    for concept, variant, term, status, count, documents, first, last in totals.iter_rows():
        usage = concepts.get(concept)
        if usage is None:
            c = glossary.get(concept)
            pref = c.preferred("en") if c is not None else None
            usage = concepts[concept] = ConceptUsage(
                concept, c.domain if c is not None else "", pref.text if pref is not None else None, []
            )
        usage.variants.append(
            VariantUsage(
                variant, term, status, count, documents, first, last,
                agg.examples_of(concept, variant), by_period.get((concept, variant), {}),
            )
        )
    ordered = sorted(concepts.values(), key=lambda c: (not c.drifting, -c.total, c.concept))
    periods = sorted(table.get_column("period").unique().to_list()) if table.height else []
    return AuditResult(ordered, periods, agg.period, agg.documents, agg.words, agg.matches, dict(agg.date_sources))
