"""Grow the glossary from parallel text: candidate term pairs, a review file, and merging it back.

>>> from vnterm.extract import extract_pairs  # doctest: +SKIP
>>> pairs = extract_pairs(vi_lines, en_lines, glossary)  # doctest: +SKIP

Heavy imports (numpy, underthesea, the segmenter) happen inside the functions that need them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from ..errors import AlignmentError, InputError
from ..textio import read_lines

if TYPE_CHECKING:
    from ..glossary.model import Glossary
    from .align import Candidate, Options

__all__ = ["extract_pairs", "read_parallel"]


def read_parallel(vi_path: str | Path, en_path: str | Path) -> tuple[list[str], list[str]]:
    """Read two sentence-aligned files; raise AlignmentError when they cannot be paired line by line.

    Both files must have the same number of lines, and a line may be empty only when its partner is
    empty too (a blank line facing a sentence means the files have drifted apart).
    """
    if str(vi_path) == "-" and str(en_path) == "-":
        raise InputError("--vi and --en cannot both read standard input")
    vi = read_lines(vi_path)
    en = read_lines(en_path)
    vi_name = "<stdin>" if str(vi_path) == "-" else str(vi_path)
    en_name = "<stdin>" if str(en_path) == "-" else str(en_path)
    if not any(line.strip() for line in vi):
        raise InputError("file is empty", vi_name)
    if not any(line.strip() for line in en):
        raise InputError("file is empty", en_name)
    if len(vi) != len(en):
        raise AlignmentError(
            f"the files are not line-aligned: {len(vi)} lines here, {len(en)} in {en_name}", vi_name
        )
    for n, (v, e) in enumerate(zip(vi, en), start=1):
        if bool(v.strip()) != bool(e.strip()):
            empty, other = (vi_name, en_name) if not v.strip() else (en_name, vi_name)
            raise AlignmentError(f"empty line facing a non-empty line in {other}: the files are not aligned", empty, n)
    return vi, en


def extract_pairs(
    vi_lines: Sequence[str],
    en_lines: Sequence[str],
    glossary: "Glossary | None" = None,
    *,
    top: int = 5,
    backend: str = "auto",
    options: "Options | None" = None,
    vi_name: str = "<vi>",
    en_name: str = "<en>",
    engine: str = "local",
    ray_address: str | None = None,
    progress: bool = False,
) -> "list[Candidate]":
    """Candidate Vietnamese→English term pairs, best first.

    ``glossary`` supplies anchors (``None``: extract without any); ``top`` is how many English
    candidates to keep per Vietnamese span; ``backend`` picks the word segmenter (see
    :func:`vnterm.extract.segment.make_analyzer`). ``engine`` ``ray`` tokenises and segments the
    line pairs on Ray Data (:mod:`vnterm.engines`; ``ray_address``: the cluster, else a local Ray);
    the model is trained and the pairs counted here either way, so the result is the same.
    """
    from .align import Options, extract, prepare
    from .segment import make_analyzer

    if len(vi_lines) != len(en_lines):
        raise AlignmentError(f"the inputs are not line-aligned: {len(vi_lines)} and {len(en_lines)} lines", vi_name)
    from ..glossary.model import Glossary as _Glossary

    anchors = glossary if glossary is not None else _Glossary()
    if engine == "local":
        lines = prepare(vi_lines, en_lines, make_analyzer(anchors, backend), vi_name=vi_name, en_name=en_name)
    else:
        lines = _prepare_on(engine, vi_lines, en_lines, anchors, backend, vi_name, en_name, ray_address, progress)
    return extract(lines, glossary, top=top, opts=options or Options())


def _prepare_on(engine: str, vi_lines: Sequence[str], en_lines: Sequence[str], glossary: "Glossary", backend: str,
                vi_name: str, en_name: str, ray_address: str | None, progress: bool) -> list:
    """:func:`~vnterm.extract.align.prepare` on an engine, chunk by chunk, lines in file order; the
    first failing chunk's error is raised, as locally."""
    from ..engines import WorkerLost, map_items
    from .tasks import PrepareTask, chunks

    task = PrepareTask(glossary, backend, vi_name, en_name)
    items = chunks(vi_lines, en_lines)
    lines: list = []
    for (first, vi, _), result in zip(items, map_items(items, task, engine=engine, ray_address=ray_address,
                                                       progress=progress)):
        if isinstance(result, WorkerLost):
            raise InputError(f"lines {first}-{first + len(vi) - 1}: {result.message}", vi_name, first)
        if isinstance(result, tuple):
            raise InputError(*result)
        lines.extend(result)
    return lines
