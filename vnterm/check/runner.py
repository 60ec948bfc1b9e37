"""Read the inputs through :mod:`vnterm.documents` (whose :func:`~vnterm.documents.find_inputs` finds
them), check them, and gather one :class:`Report`."""

from __future__ import annotations

from typing import Callable, Iterable

from ..documents import Document, Pair, read_document
from ..documents.model import line_spans, paragraph_spans
from ..errors import AlignmentError, InputError
from .engine import Checker
from .report import FileError, Report


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
) -> Report:
    """Check every file of ``targets`` (paths, ``-`` for standard input); unreadable ones become
    :class:`FileError` and the others still run.

    ``source`` is (path, Vietnamese text) for bilingual mode with a single English target.
    """
    report = Report()
    for target in targets:
        path = getattr(target, "path", target)  # (a Target of older callers)
        try:
            doc = read_document(path, stdin_name=stdin_name, stdin_kind=stdin_kind, read_stdin=read_stdin,
                                body_only=body_only)
            pairs = align(doc, source[1], source[0], align_mode) if source is not None else None
        except InputError as exc:
            report.errors.append(FileError(exc.path or path, str(exc), exc.line))
            continue
        report.files += 1
        report.documents[doc.path] = doc
        report.findings.extend(checker.check(doc, pairs))
    return report
