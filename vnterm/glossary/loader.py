"""Load glossaries of any supported format, validate them, and cache the parsed result.

A glossary is a file (TSV, CSV, XLSX or TBX by extension) or a directory of ``*.tsv`` files, which
are read in sorted name order, merged and validated as one glossary (the bundled glossary is the
directory ``glossaries/official/``). A concept id may appear in only one file of a directory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import Iterable

from ..errors import GlossaryError, GlossaryValidationError, InputError
from ..textio import atomic_write_bytes
from .model import Glossary, default_glossary_path
from .validate import validate

#: Bump when the pickled model changes shape, so stale caches are ignored.
_CACHE_FORMAT = 7


def _cache_dir() -> Path | None:
    if os.environ.get("VNTERM_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnterm"


def _stat_ident(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def _cache_file(kind: str, idents: list[str | None]) -> Path | None:
    directory = _cache_dir()
    if directory is None or not idents or any(i is None for i in idents):
        return None
    from .. import __version__

    ident = f"{_CACHE_FORMAT}|{__version__}|{kind}|" + "\n".join(idents)  # type: ignore[arg-type]
    return directory / (hashlib.sha256(ident.encode()).hexdigest()[:24] + ".pickle")


def _read_cache(cache: Path | None) -> Glossary | None:
    if cache is None or not cache.exists():
        return None
    try:
        with cache.open("rb") as handle:
            cached = pickle.load(handle)
    except Exception:  # a corrupt cache is ignored and rebuilt
        return None
    return cached if isinstance(cached, Glossary) else None


def _write_cache(cache: Path | None, glossary: Glossary) -> None:
    if cache is None:
        return
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(glossary, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(cache, data, sync=False)
    except (OSError, InputError):
        pass  # caching is an optimisation only


def _read_any(path: Path) -> Glossary:
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".txt"):
        from .tsv import load_tsv

        return load_tsv(path)
    from . import formats

    return formats.read_glossary(path)


def _parse_file(path: Path) -> Glossary:
    """One file, parsed (not yet semantically validated); the parse is cached per file."""
    cache = _cache_file("parse", [_stat_ident(path)])
    cached = _read_cache(cache)
    if cached is not None:
        return cached
    glossary = _read_any(path)
    _write_cache(cache, glossary)
    return glossary


def glossary_files(directory: Path) -> list[Path]:
    """The ``*.tsv`` files of a glossary directory, in sorted name order."""
    return sorted(p for p in directory.glob("*.tsv") if p.is_file())


def _merge_directory(files: list[Path]) -> Glossary:
    """Merge the files of one directory; a concept id defined in two files is an error."""
    result = Glossary({}, [])
    problems: list[GlossaryError] = []
    for f in files:
        part = _parse_file(f)
        for concept in part:
            first = result.concepts.get(concept.id)
            if first is not None:
                problems.append(
                    GlossaryError(
                        f"concept {concept.id!r} is already defined in {first.path}:{first.line}",
                        concept.path,
                        concept.line,
                    )
                )
                continue
            result.concepts[concept.id] = concept
        result.paths.extend(part.paths)
    if problems:
        raise GlossaryValidationError(problems)
    return result


def load_glossary(
    path: str | Path, *, check: bool = True, references: bool = True, require_source: bool = False
) -> Glossary:
    """Load one glossary (a file, or a directory of ``*.tsv`` files merged as one) and validate it.

    Raises GlossaryError (with file and line) or GlossaryValidationError (every problem).
    ``references=False`` skips the check that each ``replaced_by`` names a concept of this glossary
    (for a file that is merged with others); ``require_source`` makes a concept without a source an
    error (as for the bundled glossary). A valid glossary is cached in ``~/.cache/vnterm`` keyed by
    the path, size and mtime of each file, so start-up stays fast.
    """
    p = Path(path)
    if not p.exists():
        raise GlossaryError("no such glossary file", p)
    if p.is_dir():
        files = glossary_files(p)
        if not files:
            raise GlossaryError("glossary directory holds no *.tsv file", p)
        idents = [_stat_ident(f) for f in files]
    else:
        files, idents = [p], [_stat_ident(p)]
    cache = _cache_file(f"valid|{references}|{require_source}", idents) if check else None
    cached = _read_cache(cache)
    if cached is not None:
        cached._cache_path = str(cache)
        return cached
    glossary = _merge_directory(files) if p.is_dir() else _read_any(p)
    if check:
        problems = validate(glossary, references=references, require_source=require_source)
        if problems:
            raise GlossaryValidationError(problems)
    if cache is not None:
        glossary.fold_keys()  # computed once here, then read from the cache
        glossary.digest  # noqa: B018 - the content hash save_memo compares against
        _write_cache(cache, glossary)
        glossary._cache_path = str(cache)
    return glossary


def save_memo(glossary: Glossary) -> bool:
    """Write ``glossary`` with its :attr:`~Glossary.memo` back to the cache file it was loaded
    from, so the next run reads what was derived from it. Nothing is written for a glossary that
    came from no cache, or whose content changed since (its digest no longer matches): the cache
    must only ever hold the files' content. True when written."""
    path = glossary._cache_path
    stored = glossary._digest
    if path is None or stored is None:
        return False
    glossary._digest = None
    if glossary.digest != stored:  # changed in place since it was loaded: never cache that
        glossary._cache_path = None
        return False
    _write_cache(Path(path), glossary)
    return True


def is_bundled(path: str | Path) -> bool:
    """Whether ``path`` is the bundled glossary (held to the stricter rules: every concept sourced)."""
    try:
        return Path(path).resolve() == default_glossary_path().resolve()
    except OSError:
        return False


def load_glossaries(paths: Iterable[str | Path] | None = None, *, check: bool = True) -> Glossary:
    """Load and merge several glossaries (later ones override concept ids); none → the bundled one."""
    items = list(paths or [])
    if not items:
        items = [default_glossary_path()]
    single = len(items) == 1
    result: Glossary | None = None
    for item in items:
        g = load_glossary(item, check=check, references=single, require_source=is_bundled(item))
        result = g if result is None else result.merged(g)
    assert result is not None
    if check and not single:  # conflicts can span files (preferred here, deprecated there)
        problems = validate(result)
        if problems:
            raise GlossaryValidationError(problems)
    return result
