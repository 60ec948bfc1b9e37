"""Read the inputs through :mod:`vnterm.documents` (whose :func:`~vnterm.documents.find_inputs` finds
them), check them, and gather one :class:`Report`."""

from __future__ import annotations

import os
import sys
from contextlib import ExitStack
from typing import TYPE_CHECKING, Callable, Iterable

from ..documents import Document, Pair, read_document
from ..documents.model import line_spans, paragraph_spans
from ..documents.segments import TextSegment, segmentable, segments
from ..errors import AlignmentError, InputError
from .cpus import available_cpus, busy_cpus, free_cpus
from .engine import Checker
from .report import FileError, Report

if TYPE_CHECKING:  # pragma: no cover
    from concurrent.futures import ProcessPoolExecutor


# --- bilingual alignment ------------------------------------------------------------------------


def align(doc: Document, vi_text: str, vi_path: str, mode: str = "auto") -> list[Pair]:
    """Pair the English document with its Vietnamese source, line by line or paragraph by paragraph.

    ``auto`` takes lines when both have the same number of lines, else paragraphs (blank-line
    separated) when those agree. Anything else raises AlignmentError. Linear in the two texts.
    """
    en_lines, vi_lines = line_spans(doc.source), line_spans(vi_text)
    if mode in ("auto", "line") and len(en_lines) == len(vi_lines):
        en_spans, vi_spans = en_lines, vi_lines
    else:
        en_paras, vi_paras = paragraph_spans(doc.source), paragraph_spans(vi_text)
        if mode in ("auto", "paragraph") and len(en_paras) == len(vi_paras):
            en_spans, vi_spans = en_paras, vi_paras
        else:
            raise AlignmentError(
                f"cannot align with {doc.path}: {len(vi_lines)} lines / {len(vi_paras)} paragraphs here, "
                f"{len(en_lines)} lines / {len(en_paras)} paragraphs there",
                vi_path,
            )
    pairs = []
    line, counted = 1, 0  # the line of vi_text at offset ``counted`` (newlines counted once)
    for (es, ee), (vs, ve) in zip(en_spans, vi_spans):
        line += vi_text.count("\n", counted, vs)
        counted = vs
        ts, te = doc.source_to_text(es, ee)
        pairs.append(Pair(vi_text[vs:ve], ts, te, line))
    return pairs


#: the least input (bytes) worth a worker process of its own: below this, starting one costs more than it saves
BYTES_PER_JOB = 256 * 1024


def default_jobs(paths: list[str]) -> int:
    """How many worker processes suit ``paths``: one per free CPU (:func:`free_cpus`: the CPUs
    this process may run on, less those other processes keep busy), at most one per file and one
    per :data:`BYTES_PER_JOB` of input; 1 for a single file (or standard input). On a busy machine
    this is 1: forked workers competing with other processes for the same cores are slower than
    one process (issue 18)."""
    files = [p for p in paths if p != "-"]
    if len(files) < 2:
        return 1
    size = 0
    for path in files:
        try:
            size += os.path.getsize(path)
        except OSError:
            continue
    jobs = min(len(files), size // BYTES_PER_JOB)
    if jobs < 2:
        return 1
    return max(1, min(free_cpus(available_cpus(), busy_cpus()), jobs))


_WORKER: dict[str, object] = {}


def _init_worker(checker: Checker, body_only: bool) -> None:
    _WORKER["checker"] = checker
    _WORKER["body_only"] = body_only


def _check_one(path: str) -> tuple[Document | None, list, FileError | None]:
    """Read and check one file in a worker (set up by :func:`_init_worker`)."""
    checker = _WORKER["checker"]
    assert isinstance(checker, Checker)
    try:
        doc = read_document(path, body_only=bool(_WORKER["body_only"]))
    except InputError as exc:
        return None, [], FileError(exc.path or path, str(exc), exc.line)
    return doc, checker.check(doc), None


def _pool(checker: Checker, jobs: int, body_only: bool) -> "ProcessPoolExecutor | None":
    """A pool of ``jobs`` forked workers that inherit ``checker`` (nothing pickled on the way in),
    or None where forking is not safe (no fork, or other threads running). multiprocessing is
    imported here: a run in one process (one file, a busy machine) never pays for it."""
    if jobs < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None  # forking a threaded process is unsafe
    checker.matcher  # build the automaton once, before the fork: every worker inherits it
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker, initargs=(checker, body_only))


def run_check(
    checker: Checker,
    targets: Iterable[str],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    stdin_name: str = "<stdin>",
    stdin_kind: str = "txt",
    source: tuple[str, str] | None = None,
    align_mode: str = "auto",
    body_only: bool = False,
    jobs: int | None = None,
    on_file: "Callable[[Document, list], None] | None" = None,
    keep_documents: bool = True,
    report: Report | None = None,
) -> Report:
    """Check every file of ``targets`` (paths, ``-`` for standard input); unreadable ones become
    :class:`FileError` and the others still run.

    ``source`` is (path, Vietnamese text) for bilingual mode with a single English target.
    ``jobs``: worker processes for the files (None: :func:`default_jobs`); the report is the same
    whatever the number, in the order of ``targets``.
    ``on_file(document, findings)`` is called for each file checked, in that order, as soon as it
    is done (a report written as it goes); ``keep_documents`` False leaves the documents out of
    the report, so memory does not grow with the number of files (the findings stay, unless
    ``report`` is given with :attr:`Report.counted_only`), and lets a long plain file be checked
    segment by segment (:func:`vnterm.documents.segments.segments`), ``on_file`` then called per segment.
    ``report``: the report to fill (a new one when None).
    """
    if report is None:
        report = Report()
    paths = [getattr(t, "path", t) for t in targets]  # (Targets of older callers)
    if jobs is None:
        jobs = default_jobs(paths)
    indexed = [i for i, p in enumerate(paths) if p != "-"]
    workers = min(jobs, len(indexed))
    pool = _pool(checker, workers, body_only) if source is None and len(indexed) > 1 else None
    with ExitStack() as stack:
        # the workers' results, in the order of ``indexed``, taken as the loop below reaches them
        results = iter(())
        if pool is not None:
            stack.enter_context(pool)
            chunk = max(1, len(indexed) // (workers * 4))
            results = pool.map(_check_one, [paths[i] for i in indexed], chunksize=chunk)
        for i, path in enumerate(paths):
            if pool is not None and path != "-":
                doc, findings, error = next(results)
                if error is not None:
                    report.errors.append(error)
                    continue
                assert doc is not None
                _add(report, doc, findings, on_file, keep_documents)
                continue
            _check_here(report, checker, path, read_stdin=read_stdin, stdin_name=stdin_name, stdin_kind=stdin_kind,
                        source=source, align_mode=align_mode, body_only=body_only, on_file=on_file,
                        keep_documents=keep_documents)
    return report


def _add(report: Report, doc: Document, findings: list, on_file: "Callable[[Document, list], None] | None",
         keep_documents: bool) -> None:
    report.files += 1
    if keep_documents:
        report.documents[doc.path] = doc
    report.add(findings)
    if on_file is not None:
        on_file(doc, findings)


def _check_here(report: Report, checker: Checker, path: str, *, read_stdin, stdin_name: str, stdin_kind: str,
                source: tuple[str, str] | None, align_mode: str, body_only: bool,
                on_file: "Callable[[Document, list], None] | None", keep_documents: bool) -> None:
    """Read and check one file in this process."""
    if source is None and not keep_documents and checker.streamable and segmentable(path):
        _check_segments(report, checker, path, on_file)
        return
    try:
        doc = read_document(path, stdin_name=stdin_name, stdin_kind=stdin_kind, read_stdin=read_stdin,
                            body_only=body_only)
        pairs = align(doc, source[1], source[0], align_mode) if source is not None else None
    except InputError as exc:
        report.errors.append(FileError(exc.path or path, str(exc), exc.line))
        return
    _add(report, doc, checker.check(doc, pairs), on_file, keep_documents)


class SegmentView:
    """What the report formats read of a document (:meth:`Document.line_span`,
    :meth:`Document.line_col`, ``source``) for the findings of one segment of it, in the whole
    document's lines and offsets."""

    __slots__ = ("path", "kind", "source", "segment")

    def __init__(self, segment: TextSegment):
        doc = segment.document
        self.path, self.kind, self.segment = doc.path, doc.kind, segment
        self.source = doc.source

    def line_span(self, line: int) -> tuple[int, int]:
        """The span of line ``line`` of the document in :attr:`source` (the segment's)."""
        return self.segment.document.line_span(line - self.segment.line)

    def line_col(self, offset: int) -> tuple[int, int]:
        line, col = self.segment.document.line_col(offset - self.segment.offset)
        return line + self.segment.line, col


def _check_segments(report: Report, checker: Checker, path: str,
                    on_file: "Callable[[Document, list], None] | None") -> None:
    """Check a long plain file segment by segment; ``on_file`` is called once per segment with a
    :class:`SegmentView` and that segment's findings (the report is written as it goes)."""
    report.files += 1
    for seg, findings in checker.check_segments(lambda: segments(path)):
        report.add(findings)
        if on_file is not None:
            on_file(SegmentView(seg), findings)  # type: ignore[arg-type]
