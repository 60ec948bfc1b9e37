"""CSV and XLSX glossaries: the canonical TSV columns, or a simple two-column ``vi``/``en`` sheet.

A sheet with a ``concept`` column uses the columns of the canonical TSV (``concept, lang, status,
term`` required; ``type, match, domain, note, source, term_note`` optional) and goes through the very
same row checks as a TSV file, so every format obeys one set of rules. A sheet whose header holds
``vi`` and ``en`` (and optionally ``domain``, ``note``, ``source``) is a bilingual list: one concept
per row, both terms preferred, the concept id made from the English term.

Errors name the file and the line (CSV) or row (XLSX).
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Sequence

from ...errors import GlossaryError, GlossaryValidationError, InputError
from ...text import romanize
from ...textio import decode_text, read_bytes
from ..model import SCHEMA_VERSION, Concept, Glossary, Term
from ..tsv import dumps_tsv, loads_tsv

#: Columns allowed besides ``vi`` and ``en`` in a bilingual sheet (concept-level data).
BILINGUAL_EXTRA = ("domain", "note", "source")

Record = tuple[int, list[str]]  # (line or row number, cells)


# --- reading -------------------------------------------------------------------------------------

def read_csv(path: str | Path) -> Glossary:
    """Read a CSV glossary (UTF-8, comma, semicolon or tab separated, RFC 4180 quoting)."""
    name = str(path)
    data = _read_bytes(path)
    try:
        text = decode_text(data, name)
    except InputError as exc:
        raise GlossaryError(exc.message, exc.path, exc.line) from None
    return loads_csv(text, name)


def loads_csv(text: str, path: str = "<string>") -> Glossary:
    """Parse CSV text (see :func:`read_csv`)."""
    if not text.strip():
        raise GlossaryError("glossary file is empty", path)
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = _sniff_delimiter(first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[Record] = []
    previous = 0
    try:
        for cells in reader:
            start = previous + 1
            previous = reader.line_num
            records.append((start, cells))
    except csv.Error as exc:
        raise GlossaryError(f"malformed CSV: {exc}", path, previous + 1) from None
    return records_to_glossary(records, path)


def _sniff_delimiter(header_line: str) -> str:
    """The header's separator: comma unless the line has none and has semicolons or tabs."""
    if "," in header_line:
        return ","
    if ";" in header_line:
        return ";"
    if "\t" in header_line:
        return "\t"
    return ","


def read_xlsx(path: str | Path) -> Glossary:
    """Read the sheet named ``glossary`` (or else the first sheet) of an Excel workbook."""
    import zipfile

    from openpyxl import load_workbook

    name = str(path)
    data = _read_bytes(path)
    if not data:
        raise GlossaryError("glossary file is empty", name)
    _refuse_hostile_workbook(data, name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, zipfile.LargeZipFile) as exc:
        raise GlossaryError(f"not a valid .xlsx workbook ({exc})", name) from None
    except Exception as exc:  # openpyxl raises many types for broken workbooks
        raise GlossaryError(f"not a valid .xlsx workbook ({type(exc).__name__}: {exc})", name) from None
    try:
        sheets = book.worksheets
        if not sheets:
            raise GlossaryError("workbook has no worksheet", name)
        sheet = next((s for s in sheets if s.title.strip().lower() == "glossary"), sheets[0])
        records: list[Record] = []
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                records.append((number, [_cell_text(v) for v in row]))
        except GlossaryError:
            raise
        except Exception as exc:
            raise GlossaryError(f"not a valid .xlsx workbook ({type(exc).__name__}: {exc})", name) from None
    finally:
        book.close()
    return records_to_glossary(records, name, unit="row")


#: What zipfile raises for a damaged archive: a bad header or CRC, a corrupt deflate stream (zlib.error),
#: an unsupported compression method (NotImplementedError), an encrypted member (RuntimeError).
_BROKEN_ZIP = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError,
               NotImplementedError, RuntimeError)

#: Most uncompressed bytes vnterm reads from one workbook (a guard against zip bombs).
MAX_WORKBOOK_BYTES = 256 * 1024 * 1024


def _refuse_hostile_workbook(data: bytes, name: str) -> None:
    """Refuse workbooks whose XML parts declare entities or that inflate beyond MAX_WORKBOOK_BYTES."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except _BROKEN_ZIP as exc:
        raise GlossaryError(f"not a valid .xlsx workbook ({exc})", name) from None
    total = 0
    with archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            tail = b""
            try:
                with archive.open(info) as member:
                    while chunk := member.read(1 << 20):
                        total += len(chunk)
                        if total > MAX_WORKBOOK_BYTES:
                            raise GlossaryError(
                                f"workbook inflates beyond {MAX_WORKBOOK_BYTES // (1024 * 1024)} MB; refused", name
                            )
                        if b"<!ENTITY" in tail + chunk:
                            raise GlossaryError(
                                f"entity declarations are not allowed in a glossary file ({info.filename})", name
                            )
                        tail = chunk[-8:]
            except _BROKEN_ZIP as exc:
                raise GlossaryError(f"not a valid .xlsx workbook ({exc})", name) from None


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[union-attr]
    return str(value)


def _read_bytes(path: str | Path) -> bytes:
    return read_bytes(path, noun="glossary file", error=GlossaryError)


def records_to_glossary(records: Sequence[Record], path: str, *, unit: str = "line") -> Glossary:
    """Build a glossary from spreadsheet records ``(number, cells)``; the first non-empty one is the header."""
    rows = [(n, [c.strip() for c in cells]) for n, cells in records]
    rows = [(n, cells) for n, cells in rows if any(cells)]
    if not rows:
        raise GlossaryError("glossary file is empty", path)
    header_number, header = rows[0]
    while header and not header[-1]:
        header.pop()
    names = [h.lower() for h in header]
    data = rows[1:]
    if "concept" in names:
        return _canonical(header_number, names, data, path)
    if "vi" in names and "en" in names:
        return _bilingual(header_number, names, data, path, unit)
    raise GlossaryError(
        "unrecognised header: expected the glossary columns (concept, lang, status, term, ...) "
        "or a bilingual sheet with 'vi' and 'en' columns",
        path,
        header_number,
    )


def _canonical(header_number: int, names: list[str], data: list[Record], path: str) -> Glossary:
    """Rows with the TSV columns: checked by the TSV parser itself, line numbers kept."""
    # The TSV parser is given a text whose line k+2 is record k's line (k = 0 for the header):
    # blank filler lines (which it skips) keep the numbers aligned; errors are mapped back.
    shift = header_number - 2
    concept_col = names.index("concept")
    order = [concept_col] + [i for i in range(len(names)) if i != concept_col]
    width = len(names)
    lines = [f"# vnterm-glossary v{SCHEMA_VERSION}", "\t".join(names[i] for i in order)]
    for number, cells in data:
        while len(cells) > width and not cells[-1]:
            cells = cells[:-1]
        if len(cells) < width:
            cells = cells + [""] * (width - len(cells))
        if len(cells) > width:
            raise GlossaryError(f"malformed row: {len(cells)} fields, the header has {width}", path, number)
        cid = cells[concept_col]
        if not cid:
            raise GlossaryError("empty concept id", path, number)
        if cid.startswith("#"):
            raise GlossaryError(f"bad concept id {cid!r} (letters, digits, _ . : - only)", path, number)
        target = number - shift
        lines.extend([""] * (target - len(lines) - 1))
        lines.append("\t".join(_flat(cells[i]) for i in order))
    try:
        glossary = loads_tsv("\n".join(lines) + "\n", path)
    except GlossaryValidationError as exc:
        raise GlossaryValidationError([_moved(p, shift) for p in exc.problems]) from None
    except GlossaryError as exc:
        raise _moved(exc, shift) from None
    for concept in glossary:
        if concept.line is not None:
            concept.line += shift
        concept.terms = [
            dataclasses.replace(t, line=t.line + shift) if t.line is not None else t for t in concept.terms
        ]
    return glossary


def _moved(problem: GlossaryError, shift: int) -> GlossaryError:
    line = problem.line + shift if problem.line is not None else None
    return GlossaryError(problem.message, problem.path, line)


def _flat(value: str) -> str:
    return " ".join(value.split()) if any(c in value for c in "\t\r\n") else value


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def _bilingual(header_number: int, names: list[str], data: list[Record], path: str, unit: str) -> Glossary:
    """A two-column ``vi``/``en`` sheet: one concept per row, both terms preferred."""
    allowed = ("vi", "en") + BILINGUAL_EXTRA
    unknown = [n for n in names if n not in allowed]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if unknown or dupes:
        parts = []
        if unknown:
            parts.append(
                "unknown column(s) " + ", ".join(repr(n) for n in unknown) + f" in a bilingual sheet (known: {', '.join(allowed)})"
            )
        if dupes:
            parts.append("duplicate column(s) " + ", ".join(dupes))
        raise GlossaryError("; ".join(parts), path, header_number)
    col = {n: i for i, n in enumerate(names)}
    problems: list[GlossaryError] = []
    concepts: dict[str, Concept] = {}
    for number, cells in data:
        def cell(name: str) -> str:
            i = col.get(name)
            return _flat(cells[i]).strip() if i is not None and i < len(cells) else ""

        extra = [c for c in cells[len(names):] if c]
        if extra:
            problems.append(GlossaryError(f"malformed row: cells beyond the {len(names)} header columns", path, number))
            continue
        vi, en = cell("vi"), cell("en")
        missing = [lang for lang, value in (("vi", vi), ("en", en)) if not value]
        if missing:
            problems.append(GlossaryError(f"empty {' and '.join(missing)} term", path, number))
            continue
        cid = _unique_id(_slug(en) or f"{unit}{number}", concepts)
        concepts[cid] = Concept(
            cid,
            domain=cell("domain"),
            note=cell("note"),
            source=cell("source"),
            terms=[Term(vi, "vi", "preferred", line=number), Term(en, "en", "preferred", line=number)],
            path=path,
            line=number,
        )
    if problems:
        raise GlossaryValidationError(problems)
    return Glossary(concepts, [path])


def _slug(text: str) -> str:
    return _SLUG_RE.sub("_", romanize(text).lower()).strip("_")[:60].rstrip("_")


def _unique_id(base: str, taken: dict[str, Concept]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}_{n}" in taken:
        n += 1
    return f"{base}_{n}"


# --- writing -------------------------------------------------------------------------------------

def glossary_rows(glossary: Glossary) -> list[list[str]]:
    """The canonical TSV table (header first) as rows of cells: what CSV and XLSX files hold."""
    lines = dumps_tsv(glossary).split("\n")[1:]
    return [line.split("\t") for line in lines if line]


def dumps_csv(glossary: Glossary) -> str:
    """The glossary as CSV text with the canonical columns (UTF-8, no BOM, LF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(glossary_rows(glossary))
    return out.getvalue()


def dumps_xlsx(glossary: Glossary) -> bytes:
    """The glossary as an Excel workbook with one sheet named ``glossary``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    from . import check_xml_text

    check_xml_text(glossary, "xlsx")
    book = Workbook(write_only=True)
    sheet = book.create_sheet("glossary")
    for row in glossary_rows(glossary):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value or None)
            if value.startswith("="):
                cell.data_type = "s"  # text, never a formula
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
