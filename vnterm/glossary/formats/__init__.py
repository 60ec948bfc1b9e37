"""Glossary file formats other than the canonical TSV: CSV, XLSX and TBX (TBX-Basic 2 and TBX v3).

``read_glossary(path)`` and ``write_glossary(glossary, path)`` pick the format from the extension
(``.xml`` is sniffed as TBX). Every reader returns a :class:`~vnterm.glossary.model.Glossary` whose
concepts and terms carry the file name and line (or spreadsheet row), so validation messages point
at the right place. Readers raise :class:`~vnterm.errors.GlossaryError`; nothing here prints.
"""

from __future__ import annotations

import re
from pathlib import Path

from ...errors import GlossaryError
from ..model import Glossary

#: Characters XML 1.0 (and so TBX and XLSX) cannot hold, not even escaped.
_NOT_XML_RE = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: Extensions ``read_glossary`` understands (``.txt`` and ``.tsv`` are the canonical TSV).
READ_EXTENSIONS: tuple[str, ...] = (".tsv", ".txt", ".csv", ".xlsx", ".tbx", ".xml")
#: Extensions ``write_glossary`` can produce.
WRITE_EXTENSIONS: tuple[str, ...] = (".tsv", ".csv", ".xlsx", ".tbx")
#: TBX versions ``write_glossary`` can produce: 2 (``<martif type="TBX-Basic">``) and 3 (ISO 30042:2019).
TBX_VERSIONS: tuple[int, ...] = (2, 3)

__all__ = [
    "READ_EXTENSIONS",
    "TBX_VERSIONS",
    "WRITE_EXTENSIONS",
    "check_xml_text",
    "dumps_glossary",
    "read_glossary",
    "write_glossary",
]


def read_glossary(path: str | Path) -> Glossary:
    """Read a glossary file of any supported format, chosen by extension (not validated here)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".tsv", ".txt"):
        from ..tsv import load_tsv

        return load_tsv(p)
    if suffix == ".csv":
        from .tabular import read_csv

        return read_csv(p)
    if suffix == ".xlsx":
        from .tabular import read_xlsx

        return read_xlsx(p)
    if suffix in (".tbx", ".xml"):
        from .tbx import read_tbx

        return read_tbx(p)
    raise GlossaryError(
        f"unknown glossary format {suffix or '(no extension)'!r} (expected one of {', '.join(READ_EXTENSIONS)})", p
    )


def dumps_glossary(glossary: Glossary, fmt: str, *, tbx_version: int = 3) -> bytes:
    """Serialise ``glossary`` as ``fmt`` (``tsv``, ``csv``, ``xlsx`` or ``tbx``) and return the bytes."""
    fmt = fmt.lower().lstrip(".")
    if fmt in ("tsv", "txt"):
        from ..tsv import dumps_tsv

        return dumps_tsv(glossary).encode("utf-8")
    if fmt == "csv":
        from .tabular import dumps_csv

        return dumps_csv(glossary).encode("utf-8")
    if fmt in ("xlsx", "tbx"):
        check_xml_text(glossary, fmt)
    if fmt == "xlsx":
        from .tabular import dumps_xlsx

        return dumps_xlsx(glossary)
    if fmt == "tbx":
        from .tbx import dumps_tbx

        return dumps_tbx(glossary, version=tbx_version)
    raise GlossaryError(
        f"cannot write glossary format {fmt!r} (expected one of {', '.join(e[1:] for e in WRITE_EXTENSIONS)})"
    )


def check_xml_text(glossary: Glossary, fmt: str = "tbx") -> None:
    """Raise GlossaryError naming the concept (file and line) whose text holds a character XML cannot."""
    for concept in glossary:
        fields = [("id", concept.id, concept.line), ("domain", concept.domain, concept.line),
                  ("note", concept.note, concept.line), ("source", concept.source, concept.line)]
        fields += [("term", t.text, t.line) for t in concept.terms] + [("term note", t.note, t.line) for t in concept.terms]
        for name, value, line in fields:
            bad = _NOT_XML_RE.search(value)
            if bad:
                raise GlossaryError(
                    f"{name} of concept {concept.id!r} contains U+{ord(bad.group()):04X}, "
                    f"which a .{fmt} file cannot hold",
                    concept.path,
                    line,
                )


def write_glossary(glossary: Glossary, path: str | Path, *, tbx_version: int = 3) -> None:
    """Write ``glossary`` to ``path`` atomically in the format named by its extension."""
    from ...textio import atomic_write_bytes

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in WRITE_EXTENSIONS:
        raise GlossaryError(
            f"cannot write glossary format {suffix or '(no extension)'!r} "
            f"(expected one of {', '.join(WRITE_EXTENSIONS)})",
            p,
        )
    atomic_write_bytes(p, dumps_glossary(glossary, suffix, tbx_version=tbx_version))
