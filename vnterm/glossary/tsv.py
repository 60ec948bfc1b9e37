"""The canonical glossary file: a versioned TSV, one term per row, loaded with polars.

Layout::

    # vnterm-glossary v1
    concept	lang	status	term	type	match	domain	note	source	term_note
    mofa	vi	preferred	Bộ Ngoại giao				...
    mofa	vi	admitted	BNG	abbreviation	case
    mofa	en	preferred	Ministry of Foreign Affairs
    mofa	en	admitted	MOFA	acronym	case

``concept``, ``lang``, ``status`` and ``term`` are required columns; the others may be omitted or
left empty. ``domain``, ``note`` and ``source`` belong to the concept: write them on any one row of
the concept (usually the first); two different non-empty values are an error. ``term_note`` belongs
to the row's term. Lines starting with ``#`` and blank lines are ignored. Rows of one concept need
not be adjacent, but the writer keeps them together.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import GlossaryError, GlossaryValidationError, InputError
from ..textio import decode_text, split_lines, read_text
from .model import (
    MATCH_MODES,
    READABLE_VERSIONS,
    SCHEMA_VERSION,
    STATUSES,
    TERM_TYPES,
    Concept,
    Glossary,
    Term,
)

REQUIRED_COLUMNS = ("concept", "lang", "status", "term")
OPTIONAL_COLUMNS = ("type", "match", "domain", "note", "source", "term_note")
#: Columns added in schema v2: house styles per term, validity in time per concept.
V2_COLUMNS = ("styles", "valid_from", "valid_to", "replaced_by")
V1_COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
ALL_COLUMNS = V1_COLUMNS + V2_COLUMNS
CONCEPT_FIELDS = ("domain", "note", "source", "valid_from", "valid_to", "replaced_by")

_VERSION_RE = re.compile(r"^#\s*vnterm-glossary\s+v?(\S+)\s*$")
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")


def loads_tsv(text: str, path: str = "<string>") -> Glossary:
    """Parse glossary TSV text; raise GlossaryValidationError listing every problem with its line."""
    lines = split_lines(text)
    if not lines or not any(line.strip() for line in lines):
        raise GlossaryError("glossary file is empty", path)
    first = lines[0]
    m = _VERSION_RE.match(first)
    if not m:
        raise GlossaryError(
            f"missing schema version line: the first line must be '# vnterm-glossary v{SCHEMA_VERSION}'", path, 1
        )
    if m.group(1) not in {str(v) for v in READABLE_VERSIONS}:
        raise GlossaryError(
            f"unknown glossary schema version {m.group(1)!r} (this vnterm reads "
            + ", ".join(f"v{v}" for v in READABLE_VERSIONS) + ")", path, 1
        )
    version = int(m.group(1))
    data_lines: list[tuple[int, str]] = []
    header: list[str] | None = None
    header_line = 0
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if header is None:
            header, header_line = line.split("\t"), number
            continue
        data_lines.append((number, line))
    if header is None:
        raise GlossaryError("missing header row (concept, lang, status, term, ...)", path)
    header = [h.strip() for h in header]
    problems: list[GlossaryError] = []
    known = ALL_COLUMNS if version >= 2 else V1_COLUMNS
    unknown = [h for h in header if h not in known]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    dupes = sorted({h for h in header if header.count(h) > 1})
    if unknown or missing or dupes:
        parts = []
        if missing:
            parts.append("missing column(s) " + ", ".join(missing))
        if unknown:
            parts.append("unknown column(s) " + ", ".join(unknown) + f" (known in v{version}: {', '.join(known)})")
        if dupes:
            parts.append("duplicate column(s) " + ", ".join(dupes))
        raise GlossaryError("; ".join(parts), path, header_line)
    width = len(header)
    good: list[tuple[int, str]] = []
    for number, line in data_lines:
        n = line.count("\t") + 1
        if n != width:
            problems.append(GlossaryError(f"malformed row: {n} fields, the header has {width}", path, number))
        else:
            good.append((number, line))
    rows = _read_rows_polars(header, [line for _, line in good])
    concepts: dict[str, Concept] = {}
    for (number, _), row in zip(good, rows):
        row = {k: (v or "").strip() for k, v in row.items()}
        cid, lang, status, term = row["concept"], row["lang"], row["status"], row["term"]
        if not cid:
            problems.append(GlossaryError("empty concept id", path, number))
            continue
        if not _ID_RE.match(cid):
            problems.append(GlossaryError(f"bad concept id {cid!r} (letters, digits, _ . : - only)", path, number))
            continue
        if not term:
            problems.append(GlossaryError(f"empty term in concept {cid!r}", path, number))
            continue
        if status not in STATUSES:
            problems.append(
                GlossaryError(f"unknown status {status!r} (expected one of {', '.join(STATUSES)})", path, number)
            )
            continue
        if not _LANG_RE.match(lang):
            problems.append(GlossaryError(f"bad language code {lang!r} (expected e.g. vi, en)", path, number))
            continue
        ttype = row.get("type") or "fullForm"
        if ttype not in TERM_TYPES:
            problems.append(
                GlossaryError(f"unknown term type {ttype!r} (expected one of {', '.join(TERM_TYPES)})", path, number)
            )
            continue
        match = row.get("match") or "fold"
        if match not in MATCH_MODES:
            problems.append(
                GlossaryError(f"unknown match mode {match!r} (expected one of {', '.join(MATCH_MODES)})", path, number)
            )
            continue
        concept = concepts.get(cid)
        if concept is None:
            concept = concepts[cid] = Concept(cid, path=path, line=number)
        for name in CONCEPT_FIELDS:
            value = row.get(name, "")
            if not value:
                continue
            current = getattr(concept, name)
            if current and current != value:
                problems.append(
                    GlossaryError(
                        f"concept {cid!r} has two different {name} values ({current!r} and {value!r})", path, number
                    )
                )
            else:
                setattr(concept, name, value)
        styles = tuple(s.strip() for s in (row.get("styles") or "").split(",") if s.strip())
        concept.terms.append(
            Term(term, lang, status, ttype, row.get("term_note", ""), match, number, styles)
        )
    if problems:
        raise GlossaryValidationError(problems)
    return Glossary(concepts, [path])


def _read_rows_polars(header: list[str], lines: list[str]) -> list[dict[str, str | None]]:
    """Read data rows with polars (every column as text, no quoting: TSV cells are literal)."""
    import polars as pl

    if not lines:
        return []
    payload = ("\t".join(header) + "\n" + "\n".join(lines) + "\n").encode("utf-8")
    frame = pl.read_csv(
        io.BytesIO(payload),
        separator="\t",
        quote_char=None,
        has_header=True,
        infer_schema=False,
    )
    return frame.to_dicts()


def load_tsv(path: str | Path) -> Glossary:
    """Load and structurally check a glossary TSV file (see :func:`loads_tsv`)."""
    try:
        text = read_text(path)
    except GlossaryError:
        raise
    except InputError as exc:
        raise GlossaryError(exc.message, exc.path, exc.line) from None
    return loads_tsv(text, str(path))


def dumps_tsv(glossary: Glossary, columns: tuple[str, ...] | None = None) -> str:
    """Serialise to the canonical TSV (concept rows together, concept fields on the first row).

    By default the v1 columns plus whichever v2 columns hold a value; a glossary that uses no v2
    column is written as v1, so older readers still read it.
    """
    if columns is None:
        used = {
            name for concept in glossary for name in V2_COLUMNS[1:] if getattr(concept, name)
        } | ({"styles"} if any(t.styles for _, t in glossary.terms()) else set())
        columns = V1_COLUMNS + tuple(c for c in V2_COLUMNS if c in used)
    version = 2 if any(c in V2_COLUMNS for c in columns) else 1
    out = [f"# vnterm-glossary v{version}", "\t".join(columns)]
    for concept in glossary:
        for i, term in enumerate(concept.terms):
            values = {
                "concept": concept.id,
                "lang": term.lang,
                "status": term.status,
                "term": term.text,
                "type": "" if term.type == "fullForm" else term.type,
                "match": "" if term.match == "fold" else term.match,
                "domain": concept.domain if i == 0 else "",
                "note": concept.note if i == 0 else "",
                "source": concept.source if i == 0 else "",
                "term_note": term.note,
                "styles": ",".join(term.styles),
                "valid_from": concept.valid_from if i == 0 else "",
                "valid_to": concept.valid_to if i == 0 else "",
                "replaced_by": concept.replaced_by if i == 0 else "",
            }
            out.append("\t".join(_cell(values[c]) for c in columns))
    return "\n".join(out) + "\n"


def _cell(value: str) -> str:
    """TSV cells cannot hold tabs or newlines: they become spaces."""
    return value.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def loads_bytes(data: bytes, path: str) -> Glossary:
    return loads_tsv(decode_text(data, path), path)
