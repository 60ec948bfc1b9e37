"""The one adapter between the web workbench and the vnterm library.

Every call the web app makes into vnterm goes through :class:`Engine`: load the glossaries once,
look terms up, segment Vietnamese, check English copy of a kind with a house style, apply fixes,
browse and export the glossary, and audit an uploaded archive. JSON comes from the same builders
the CLI prints (``LookupResult.to_json``, ``SegmentedLine.to_json``, ``render_json``,
``AuditResult.to_json``), so the API's shapes are the CLI's.

Nothing here reads a path that came from a request or writes to the file system: uploads arrive as
bytes, file names are only labels (their extension picks the kind).
"""

from __future__ import annotations

import io
import json
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Iterable, Sequence

from ..errors import InputError
from ..glossary import STATUSES, Concept, Glossary, Term, load_glossaries
from ..glossary.lookup import LookupIndex, LookupResult
from ..styles import STYLES, HouseStyle, resolve_style
from ..text import fold_key

if TYPE_CHECKING:
    from ..audit import AuditResult
    from ..check.documents import Document
    from ..check.engine import Checker, Finding
    from ..check.report import Report
    from ..vi.model import SegmentedLine

#: Kinds a pasted or uploaded text may be checked as (the checker's kinds).
CHECK_KINDS: tuple[str, ...] = ("txt", "md", "html", "xliff", "po")
#: Extension of the label given to a pasted text of each kind.
KIND_EXTENSION = {"txt": ".txt", "md": ".md", "html": ".html", "xliff": ".xlf", "po": ".po"}
#: Glossary downloads: exports for MT services and linters, then the glossary's own formats.
EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "deepl": ("text/tab-separated-values; charset=utf-8", "vnterm-deepl.tsv"),
    "google": ("text/csv; charset=utf-8", "vnterm-google.csv"),
    "amazon": ("text/csv; charset=utf-8", "vnterm-amazon.csv"),
    "vale": ("application/yaml; charset=utf-8", "Terms.yml"),
    "prh": ("application/yaml; charset=utf-8", "prh.yml"),
    "tsv": ("text/tab-separated-values; charset=utf-8", "glossary.tsv"),
    "csv": ("text/csv; charset=utf-8", "glossary.csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "glossary.xlsx"),
    "tbx": ("application/x-tbx+xml", "glossary.tbx"),
}
#: Lookup answers kept (each a few concepts).
LOOKUP_CACHE = 4096
#: Archive members the audit reads (the audit's own extensions).
AUDIT_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm")


class ArchiveError(InputError):
    """An uploaded archive that cannot be audited (not a zip, too many or too large members)."""


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """One checked text: the document (source and visible text), its findings and the report."""

    name: str
    kind: str
    document: "Document"
    findings: list["Finding"]
    report: "Report"
    style: HouseStyle

    def to_json(self) -> dict[str, object]:
        """``vnterm check --format json``'s object for this one text."""
        from ..check.report import render_json

        return json.loads(render_json(self.report))


def safe_name(name: str | None, default: str) -> str:
    """The last component of an uploaded file's name, printable, at most 100 characters: a label only."""
    base = PurePosixPath((name or "").replace("\\", "/")).name
    base = "".join(c for c in base if c.isprintable() and c not in '"<>|:*?').strip(". ")
    return base[:100] or default


def kind_for(name: str, default: str = "txt") -> str:
    """The checker's kind for a file name, by extension (``default`` when unknown)."""
    from ..check.documents import kind_of

    return kind_of(name, default)


def decode_upload(data: bytes, name: str) -> str:
    """UTF-8 text of an upload, or InputError with the CLI's message naming ``name``."""
    from ..textio import decode_text

    return decode_text(data, name)


class Engine:
    """The glossary loaded once, with the lookup index, checkers per style and the segmenter."""

    def __init__(self, glossaries: Sequence[str] = (), style: str | None = None):
        self.glossary: Glossary = load_glossaries(list(glossaries) or None)
        self.index = LookupIndex(self.glossary).prepare()  # a server: indexes built before the first query
        #: (folded query, limit) → results, least recently used first: suggestions cost
        #: milliseconds, and search-as-you-type sends the same prefixes again and again
        self._cache: OrderedDict[tuple[str, int], tuple[LookupResult, ...]] = OrderedDict()
        self._bodies: OrderedDict[tuple[str, int], bytes] = OrderedDict()  # the same, as /api/lookup's body
        self._cache_lock = threading.Lock()
        self.default_style = resolve_style(style)
        self._checkers: dict[str, tuple["Checker", threading.Lock]] = {}
        self._segmenter = None
        self._seg_lock = threading.Lock()
        self._lock = threading.Lock()

    # --- styles ---------------------------------------------------------------------------------

    @staticmethod
    def styles() -> list[HouseStyle]:
        """Every house style, the default first."""
        return list(STYLES.values())

    def style(self, name: str | None) -> HouseStyle:
        """The style for an id or alias; empty means the server's default. UnknownStyle otherwise."""
        return resolve_style(name) if name else self.default_style

    # --- lookup -----------------------------------------------------------------------------------

    def lookup(self, query: str, limit: int = 10) -> list[LookupResult]:
        """Concepts for ``query`` in either language, best first (exact folded, then fuzzy)."""
        key = (fold_key(query), limit)
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
                return list(hit)
        # LookupIndex.lookup folds its query, and a folded key folds to itself
        results = tuple(self.index.lookup(key[0], limit=limit))
        with self._cache_lock:
            self._cache[key] = results
            if len(self._cache) > LOOKUP_CACHE:
                self._cache.popitem(last=False)
        return list(results)

    def lookup_json(self, query: str, limit: int = 10) -> list[dict[str, object]]:
        """``vnterm lookup --json``'s list."""
        return [r.to_json() for r in self.lookup(query, limit)]

    def lookup_body(self, query: str, limit: int = 10) -> bytes:
        """:meth:`lookup_json` as compact UTF-8 JSON, kept with the answer: a repeated query
        (search as you type) costs a dictionary look-up. The glossary never changes while the
        server runs, so nothing ever needs invalidating."""
        key = (fold_key(query), limit)
        with self._cache_lock:
            body = self._bodies.get(key)
            if body is not None:
                self._bodies.move_to_end(key)
                return body
        body = json.dumps([r.to_json() for r in self.lookup(query, limit)], ensure_ascii=False,
                          separators=(",", ":")).encode("utf-8")
        with self._cache_lock:
            self._bodies[key] = body
            if len(self._bodies) > LOOKUP_CACHE:
                self._bodies.popitem(last=False)
        return body

    def concept(self, concept_id: str) -> Concept | None:
        return self.glossary.get(concept_id)

    def concept_json(self, concept: Concept) -> dict[str, object]:
        """The concept as one ``vnterm lookup --json`` item (matched on its preferred term)."""
        term = concept.preferred("en") or concept.preferred("vi") or concept.terms[0]
        return LookupResult(concept, 100.0, term, True).to_json()

    @staticmethod
    def style_choice(concept: Concept, style: HouseStyle, lang: str = "en") -> Term | None:
        """The term the house style uses for ``concept`` (its own pick, else the preferred term)."""
        return concept.preferred(lang, style.id)

    # --- segment ----------------------------------------------------------------------------------

    def segment(self, text: str) -> list["SegmentedLine"]:
        """One segmented line per input line (offsets into each line as given)."""
        from ..textio import split_lines

        with self._seg_lock:
            if self._segmenter is None:
                from ..vi import Segmenter

                self._segmenter = Segmenter(self.glossary)
            return list(self._segmenter.segment_lines(split_lines(text)))

    def segment_json(self, text: str) -> list[dict[str, object]]:
        """``vnterm segment --json``'s records, one per line."""
        return [line.to_json() for line in self.segment(text)]

    # --- check ------------------------------------------------------------------------------------

    def _checker(self, style: HouseStyle) -> tuple["Checker", threading.Lock]:
        with self._lock:
            entry = self._checkers.get(style.id)
            if entry is None:
                from ..check.config import CheckConfig
                from ..check.engine import Checker

                config = CheckConfig(style=style.id)  # the preset, exactly as `vnterm check --style`
                entry = self._checkers[style.id] = (Checker(self.glossary, config), threading.Lock())
            return entry

    def check(self, text: str, name: str = "pasted.txt", kind: str | None = None,
              style: str | None = None) -> CheckOutcome:
        """Check ``text`` as a file called ``name`` (``kind`` overrides its extension)."""
        from ..check.documents import load_document
        from ..check.report import Report

        if kind is not None and kind not in CHECK_KINDS:
            raise InputError(f"unknown kind {kind!r} (known: {', '.join(CHECK_KINDS)})", name)
        house = self.style(style)
        doc = load_document(name, text, kind)
        checker, lock = self._checker(house)
        with lock:  # a Checker keeps per-call state
            findings = checker.check(doc)
        report = Report(findings=list(findings), documents={doc.path: doc}, files=1)
        return CheckOutcome(name, doc.kind, doc, list(findings), report, house)

    @staticmethod
    def fix(outcome: CheckOutcome, which: Iterable[int] | None = None) -> tuple[str, int]:
        """The text with the chosen fixable findings applied (all when ``which`` is None) and how many."""
        from ..check.fix import apply_fixes

        chosen = outcome.findings if which is None else [outcome.findings[i] for i in which
                                                         if 0 <= i < len(outcome.findings)]
        fixed, applied = apply_fixes(outcome.document.source, outcome.document.kind, chosen)
        return fixed, len(applied)

    @staticmethod
    def fixable(outcome: CheckOutcome) -> list[bool]:
        """For each finding, whether "apply" can replace its span."""
        from ..check.fix import can_fix

        doc = outcome.document
        return [can_fix(doc.source, doc.kind, f) for f in outcome.findings]

    # --- glossary ---------------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        """``vnterm glossary stats --json``."""
        return self.glossary.stats()

    def domains(self) -> list[str]:
        return sorted({c.domain for c in self.glossary if c.domain})

    def browse(self, domain: str = "", status: str = "", style: str = "", query: str = "") -> list[Concept]:
        """Concepts filtered by domain, by a term status, by a house style that picks one of its
        terms, and by a folded substring of any term."""
        from ..text import fold_key

        key = fold_key(query) if query else ""
        out: list[Concept] = []
        for c in self.glossary:
            if domain and c.domain != domain:
                continue
            if status and not any(t.status == status for t in c.terms):
                continue
            if style and not any(style in t.styles for t in c.terms):
                continue
            if key and not any(key in fold_key(t.text) for t in c.terms) and key not in fold_key(c.id):
                continue
            out.append(c)
        return out

    def export(self, fmt: str) -> tuple[bytes, str, str]:
        """The glossary in ``fmt`` (:data:`EXPORT_FORMATS`): (bytes, media type, file name)."""
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {fmt!r} (known: {', '.join(EXPORT_FORMATS)})")
        media, filename = EXPORT_FORMATS[fmt]
        from ..glossary.exports import EXPORTS

        if fmt in EXPORTS:
            return EXPORTS[fmt](self.glossary).encode("utf-8"), media, filename
        from ..glossary.formats import dumps_glossary

        return dumps_glossary(self.glossary, fmt), media, filename

    # --- audit ------------------------------------------------------------------------------------

    def audit_zip(self, data: bytes, *, period: str = "month", max_members: int = 5000,
                  max_total: int = 100 * 1024 * 1024, name: str = "archive.zip") -> "AuditResult":
        """Audit the .txt/.md/.html members of a zip archive held in memory. Members are dated by
        their text (front matter, meta) or else by the archive's time stamp, as files by mtime."""
        import calendar

        from ..audit import audit_documents, parse_document

        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ArchiveError("not a zip archive", name) from None
        with archive:
            members = [i for i in archive.infolist()
                       if not i.is_dir() and PurePosixPath(i.filename).suffix.lower() in AUDIT_EXTENSIONS
                       and not any(p.startswith(".") or p == "__MACOSX" for p in PurePosixPath(i.filename).parts)]
            if len(members) > max_members:
                raise ArchiveError(f"too many documents ({len(members)}; at most {max_members})", name)
            total = sum(i.file_size for i in members)
            if total > max_total:
                raise ArchiveError(f"too large once unpacked ({total} bytes; at most {max_total})", name)
            docs = []
            read = 0
            for info in sorted(members, key=lambda i: i.filename):
                label = f"{name}/{info.filename}"
                try:
                    raw = archive.read(info)
                except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError, EOFError) as exc:
                    raise ArchiveError(f"cannot read member: {exc}", label) from None
                read += len(raw)
                if read > max_total:  # the sizes in the directory lied
                    raise ArchiveError(f"too large once unpacked (more than {max_total} bytes)", name)
                try:
                    mtime: float | None = float(calendar.timegm((*info.date_time, 0, 0, 0)))
                except (OverflowError, ValueError):
                    mtime = None
                docs.append(parse_document(label, decode_upload(raw, label), mtime=mtime))
        if not docs:
            raise ArchiveError("no .txt, .md or .html documents in the archive", name)
        return audit_documents(docs, self.glossary, period=period)


def statuses() -> tuple[str, ...]:
    return STATUSES
