"""Expand the paths a user gives (files, folders walked recursively, ``-``) into the files to read."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from .load import KINDS, read_document
from .model import Document

#: Files read inside folders unless ``include`` says otherwise (a file named outright is always read).
DEFAULT_INCLUDE: tuple[str, ...] = tuple(f"*{ext}" for ext in KINDS)
SKIP_DIRS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", ".mypy_cache"})


class NoInputError(InputError):
    """The paths given name no file to read (an empty folder, or nothing matched the patterns)."""


@dataclass(slots=True)
class Inputs:
    """The files to read, in a stable order, and the paths that name nothing."""

    files: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def require_some(self, paths: Iterable[str], include: Iterable[str] = ()) -> None:
        """Raise :class:`NoInputError` when no file was found and no path was missing."""
        if self.files or self.errors:
            return
        named = ", ".join(paths) or "(no path)"
        pats = " ".join(tuple(include) or DEFAULT_INCLUDE)
        raise NoInputError(f"no file to read under {named} (files matching: {pats})")


def matches(rel: str, patterns: Iterable[str]) -> bool:
    """True when the relative path ``rel`` (or its file name, or a folder above it) matches a glob."""
    name = rel.rsplit("/", 1)[-1]
    for pat in patterns:
        pat = pat.rstrip("/")
        if fnmatch.fnmatch(rel, pat) or fnmatch.fnmatch(name, pat) or fnmatch.fnmatch(rel, pat + "/*") \
                or rel.startswith(pat + "/"):
            return True
    return False


def find_inputs(paths: Iterable[str], include: Iterable[str] = (), exclude: Iterable[str] = ()) -> Inputs:
    """Expand ``paths`` into files: a folder gives the files under it that match ``include``
    (default: every known kind) and not ``exclude``, hidden and tool folders skipped, sorted; a
    file named outright is kept unless excluded; ``-`` is standard input. A path that does not
    exist becomes an error (the others are still found)."""
    include = tuple(include) or DEFAULT_INCLUDE
    exclude = tuple(exclude)
    out = Inputs()
    seen: set[str] = set()
    for raw in paths:
        if raw == "-":
            out.files.append("-")
            continue
        p = Path(raw)
        if p.is_dir():
            found = []
            for folder, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    full = Path(folder) / name
                    rel = full.relative_to(p).as_posix()
                    shown = full.as_posix()
                    if matches(rel, include) and not matches(rel, exclude) and not matches(shown, exclude):
                        found.append(shown)
            for f in found:
                if f not in seen:
                    seen.add(f)
                    out.files.append(f)
        elif p.exists() or p.is_symlink():
            if matches(p.as_posix(), exclude):
                continue
            if raw not in seen:
                seen.add(raw)
                out.files.append(raw)
        else:
            out.errors.append(InputError("no such file or folder", raw))
    return out


def iter_documents(
    paths: Iterable[str],
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    *,
    require: bool = True,
    read: Callable[[str], Document] | None = None,
) -> Iterator[Document | InputError]:
    """Every document under ``paths``, or the InputError of a path or file that cannot be read
    (missing paths first). ``read`` reads one path (default :func:`read_document`). With
    ``require``, raise :class:`NoInputError` when the paths name no file at all."""
    paths = list(paths)
    inputs = find_inputs(paths, include, exclude)
    if require:
        inputs.require_some(paths, include)
    yield from inputs.errors
    reader = read or read_document
    for path in inputs.files:
        try:
            yield reader(path)
        except InputError as exc:
            yield exc
