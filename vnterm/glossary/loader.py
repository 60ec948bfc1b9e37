"""Load glossaries of any supported format, validate them, and cache the parsed result."""

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
_CACHE_FORMAT = 5


def _cache_dir() -> Path | None:
    if os.environ.get("VNTERM_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vnterm"


def _cache_file(path: Path) -> Path | None:
    directory = _cache_dir()
    if directory is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None
    from .. import __version__

    ident = f"{_CACHE_FORMAT}|{__version__}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    return directory / (hashlib.sha256(ident.encode()).hexdigest()[:24] + ".pickle")


def _read_any(path: Path) -> Glossary:
    suffix = path.suffix.lower()
    if suffix in (".tsv", ".txt"):
        from .tsv import load_tsv

        return load_tsv(path)
    from . import formats

    return formats.read_glossary(path)


def load_glossary(path: str | Path, *, check: bool = True) -> Glossary:
    """Load one glossary file (TSV, CSV, XLSX or TBX by extension) and validate it.

    Raises GlossaryError (with file and line) or GlossaryValidationError (every problem). A valid
    TSV is cached in ``~/.cache/vnterm`` keyed by path, size and mtime, so start-up stays fast.
    """
    p = Path(path)
    if not p.exists():
        raise GlossaryError("no such glossary file", p)
    if p.is_dir():
        raise GlossaryError("is a directory, expected a glossary file", p)
    cache = _cache_file(p) if check else None
    if cache is not None and cache.exists():
        try:
            with cache.open("rb") as handle:
                cached = pickle.load(handle)
            if isinstance(cached, Glossary):
                return cached
        except Exception:  # a corrupt cache is ignored and rebuilt
            pass
    glossary = _read_any(p)
    if check:
        problems = validate(glossary)
        if problems:
            raise GlossaryValidationError(problems)
    if cache is not None:
        glossary.fold_keys()  # computed once here, then read from the cache
        _write_cache(cache, glossary)
    return glossary


def _write_cache(cache: Path, glossary: Glossary) -> None:
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        data = pickle.dumps(glossary, protocol=pickle.HIGHEST_PROTOCOL)
        atomic_write_bytes(cache, data, sync=False)
    except (OSError, InputError):
        pass  # caching is an optimisation only


def load_glossaries(paths: Iterable[str | Path] | None = None, *, check: bool = True) -> Glossary:
    """Load and merge several glossaries (later ones override concept ids); none → the bundled one."""
    items = list(paths or [])
    if not items:
        items = [default_glossary_path()]
    result: Glossary | None = None
    for item in items:
        g = load_glossary(item, check=check)
        result = g if result is None else result.merged(g)
    assert result is not None
    if check and len(items) > 1:  # conflicts can span files (preferred here, deprecated there)
        problems = validate(result)
        if problems:
            raise GlossaryValidationError(problems)
    return result
