"""Collect files, read them, check them, and gather one :class:`Report` (no printing here)."""

from __future__ import annotations

import fnmatch
import multiprocessing
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..errors import AlignmentError, InputError
from ..textio import decode_text, read_text
from .documents import KINDS, Document, Pair, kind_of, load_document
from .engine import Checker
from .report import FileError, Report

DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{ext}" for ext in KINDS)
_SKIP_DIRS = {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"}


@dataclass(slots=True)
class Target:
    """One input: a file path, or ``-`` for standard input."""

    path: str
    kind: str | None = None


@dataclass(slots=True)
class Collected:
    targets: list[Target] = field(default_factory=list)
    errors: list[FileError] = field(default_factory=list)


def _matches(rel: str, patterns: Iterable[str]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel, pat + "/*") \
                or rel.startswith(pat + "/"):
            return True
    return False


def collect(paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Collected:
    """Expand ``paths`` (files, folders walked recursively, ``-``) into targets, in a stable order."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    out = Collected()
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            out.targets.append(Target("-"))
            continue
        p = Path(raw)
        if p.is_dir():
            found = []
            for folder, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    full = Path(folder) / name
                    rel = full.relative_to(p).as_posix()
                    shown = full.as_posix()
                    if _matches(rel, include) and not _matches(rel, exclude) and not _matches(shown, exclude):
                        found.append(shown)
            for f in found:
                if f not in seen:
                    seen.add(f)
                    out.targets.append(Target(f))
        elif p.exists() or p.is_symlink():
            if _matches(p.as_posix(), exclude):
                continue
            if raw not in seen:
                seen.add(raw)
                out.targets.append(Target(raw))
        else:
            out.errors.append(FileError(raw, f"{raw}: no such file or folder"))
    return out


def read_document(target: Target, stdin_name: str = "<stdin>", stdin_kind: str = "txt",
                  read_stdin: Callable[[], bytes] | None = None) -> Document:
    """Read and parse one target; raises InputError with the file name."""
    if target.path == "-":
        data = read_stdin() if read_stdin is not None else b""
        source = decode_text(data, stdin_name)
        return load_document(stdin_name, source, target.kind or (kind_of(stdin_name, stdin_kind)))
    source = read_text(target.path)
    return load_document(target.path, source, target.kind)


# --- bilingual alignment ------------------------------------------------------------------------

_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _LINE_RE.finditer(text):
        body = m.group().rstrip("\r\n")
        spans.append((m.start(), m.start() + len(body)))
    return spans


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start, end = [], None, None
    for s, e in _line_spans(text):
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


def align(doc: Document, vi_text: str, vi_path: str, mode: str = "auto") -> list[Pair]:
    """Pair the English document with its Vietnamese source, line by line or paragraph by paragraph.

    ``auto`` takes lines when both have the same number of lines, else paragraphs (blank-line
    separated) when those agree. Anything else raises AlignmentError.
    """
    en_lines, vi_lines = _line_spans(doc.source), _line_spans(vi_text)
    en_paras, vi_paras = _paragraph_spans(doc.source), _paragraph_spans(vi_text)
    if mode in ("auto", "line") and len(en_lines) == len(vi_lines):
        en_spans, vi_spans = en_lines, vi_lines
    elif mode in ("auto", "paragraph") and len(en_paras) == len(vi_paras):
        en_spans, vi_spans = en_paras, vi_paras
    else:
        raise AlignmentError(
            f"cannot align with {doc.path}: {len(vi_lines)} lines / {len(vi_paras)} paragraphs here, "
            f"{len(en_lines)} lines / {len(en_paras)} paragraphs there",
            vi_path,
        )
    pairs = []
    for (es, ee), (vs, ve) in zip(en_spans, vi_spans):
        ts, te = _text_span(doc, es, ee)
        pairs.append(Pair(vi_text[vs:ve], ts, te, vi_text.count("\n", 0, vs) + 1))
    return pairs


def _text_span(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The span of ``doc.text`` whose characters come from source[start:end]."""
    if doc.starts is None:
        return start, end
    from bisect import bisect_left

    return bisect_left(doc.starts, start), bisect_left(doc.starts, end)


#: the least input (bytes) worth a worker process of its own: below this, starting one costs more than it saves
BYTES_PER_JOB = 256 * 1024


def available_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_jobs(targets: list[Target]) -> int:
    """How many worker processes suit ``targets``: one per CPU, at most one per file and one per
    :data:`BYTES_PER_JOB` of input; 1 for a single file (or standard input)."""
    files = [t.path for t in targets if t.path != "-"]
    if len(files) < 2:
        return 1
    size = 0
    for path in files:
        try:
            size += os.path.getsize(path)
        except OSError:
            continue
    return max(1, min(available_cpus(), len(files), size // BYTES_PER_JOB))


_WORKER: dict[str, object] = {}


def _init_worker(checker: Checker) -> None:
    _WORKER["checker"] = checker


def _check_one(target: Target) -> tuple[Document | None, list, FileError | None]:
    """Read and check one file in a worker (set up by :func:`_init_worker`)."""
    checker = _WORKER["checker"]
    assert isinstance(checker, Checker)
    try:
        doc = read_document(target)
    except InputError as exc:
        return None, [], FileError(exc.path or target.path, str(exc), exc.line)
    return doc, checker.check(doc), None


def _pool(checker: Checker, jobs: int) -> ProcessPoolExecutor | None:
    """A pool of ``jobs`` forked workers that inherit ``checker`` (nothing pickled on the way in),
    or None where forking is not safe (no fork, or other threads running)."""
    if jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return None  # forking a threaded process is unsafe
    checker.matcher  # build the automaton once, before the fork: every worker inherits it
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork"),
                               initializer=_init_worker, initargs=(checker,))


def run_check(
    checker: Checker,
    targets: list[Target],
    *,
    read_stdin: Callable[[], bytes] | None = None,
    stdin_name: str = "<stdin>",
    stdin_kind: str = "txt",
    source: tuple[str, str] | None = None,
    align_mode: str = "auto",
    jobs: int | None = None,
) -> Report:
    """Check every target; unreadable ones become :class:`FileError` and the others still run.

    ``source`` is (path, Vietnamese text) for bilingual mode with a single English target.
    ``jobs``: worker processes for the files (None: :func:`default_jobs`); the report is the same
    whatever the number, in the order of ``targets``.
    """
    report = Report()
    if jobs is None:
        jobs = default_jobs(targets)
    files = [t for t in targets if t.path != "-"]
    workers = min(jobs, len(files))
    pool = _pool(checker, workers) if source is None and len(files) > 1 else None
    results: dict[int, tuple[Document | None, list, FileError | None]] = {}
    if pool is not None:
        with pool:
            chunk = max(1, len(files) // (workers * 4))
            indexed = [i for i, t in enumerate(targets) if t.path != "-"]
            for i, result in zip(indexed, pool.map(_check_one, [targets[i] for i in indexed], chunksize=chunk)):
                results[i] = result
    for i, target in enumerate(targets):
        if i in results:
            doc, findings, error = results[i]
            if error is not None:
                report.errors.append(error)
                continue
            assert doc is not None
            report.files += 1
            report.documents[doc.path] = doc
            report.findings.extend(findings)
            continue
        try:
            doc = read_document(target, stdin_name, stdin_kind, read_stdin)
            pairs = align(doc, source[1], source[0], align_mode) if source is not None else None
        except InputError as exc:
            report.errors.append(FileError(exc.path or target.path, str(exc), exc.line))
            continue
        report.files += 1
        report.documents[doc.path] = doc
        report.findings.extend(checker.check(doc, pairs))
    return report
