"""The concept-oriented glossary model (as in TBX): concepts hold terms per language with a status."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Literal

Status = Literal["preferred", "admitted", "deprecated", "forbidden"]
STATUSES: tuple[str, ...] = ("preferred", "admitted", "deprecated", "forbidden")
#: Status order used for sorting terms: best first.
STATUS_RANK = {s: i for i, s in enumerate(STATUSES)}
#: One mark per status, shown beside a term by every face (lookup's text output, the web pages).
STATUS_MARKS: dict[str, str] = {"preferred": "✓", "admitted": "~", "deprecated": "✗", "forbidden": "⛔"}

#: Domains of the bundled glossary; other files may use these or leave the domain empty.
DOMAINS: tuple[str, ...] = ("org", "title", "admin", "party", "legal", "policy", "place", "event", "person", "general")

#: Term types, named as TBX ``termType`` values.
TERM_TYPES: tuple[str, ...] = ("fullForm", "abbreviation", "acronym", "shortForm", "variant")

#: How a term is matched in text: ``fold`` ignores case, diacritics and punctuation variants;
#: ``case`` also requires the same letter case (for acronyms such as "TW"); ``exact`` requires case
#: and diacritics.
MatchMode = Literal["fold", "case", "exact"]
MATCH_MODES: tuple[str, ...] = ("fold", "case", "exact")

SCHEMA_VERSION = 2
#: Older schema versions this vnterm still reads (v1 lacks the styles and validity columns).
READABLE_VERSIONS: tuple[int, ...] = (1, 2)


@dataclass(frozen=True, slots=True)
class Term:
    """One term of a concept in one language."""

    text: str
    lang: str
    status: str = "preferred"
    type: str = "fullForm"
    note: str = ""
    match: str = "fold"
    line: int | None = field(default=None, compare=False)
    #: House styles (ids in :mod:`vnterm.styles`) whose copy prefers this term over the
    #: concept's default preferred term, e.g. ``("vna",)`` on "Vietnam News Agency".
    styles: tuple[str, ...] = ()

    @property
    def is_preferred(self) -> bool:
        return self.status == "preferred"

    @property
    def is_flagged(self) -> bool:
        """True for variants copy must not use (deprecated or forbidden)."""
        return self.status in ("deprecated", "forbidden")


@dataclass(slots=True)
class Concept:
    """A concept: an id, concept-level data and its terms in every language."""

    id: str
    domain: str = ""
    note: str = ""
    source: str = ""
    terms: list[Term] = field(default_factory=list)
    path: str | None = field(default=None, compare=False)
    line: int | None = field(default=None, compare=False)
    #: ISO date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) the body or post came into being; "" unknown.
    valid_from: str = ""
    #: ISO date it was dissolved, merged or renamed; "" while it exists.
    valid_to: str = ""
    #: The concept id that took its place (a renamed or merged body), or "".
    replaced_by: str = ""

    def terms_for(self, lang: str) -> list[Term]:
        """Terms in ``lang``, best status first (stable within a status)."""
        return sorted((t for t in self.terms if t.lang == lang), key=lambda t: STATUS_RANK.get(t.status, 9))

    def preferred(self, lang: str, style: str | None = None) -> Term | None:
        """The preferred term in ``lang`` (or the best-ranked one when none is marked preferred).

        With a house ``style``, a preferred or admitted term that names the style wins.
        """
        terms = self.terms_for(lang)
        if style:
            for t in terms:
                if style in t.styles and t.status in ("preferred", "admitted"):
                    return t
        return terms[0] if terms and terms[0].status in ("preferred", "admitted") else None

    def valid_on(self, day: str) -> bool:
        """Whether the body existed on ``day`` (an ISO date string; prefixes compare as ranges)."""
        if self.valid_from and day[: len(self.valid_from)] < self.valid_from:
            return False
        if self.valid_to and day[: len(self.valid_to)] >= self.valid_to:
            return False
        return True

    @property
    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for t in self.terms:
            seen.setdefault(t.lang, None)
        return list(seen)


@dataclass(slots=True)
class Glossary:
    """An ordered collection of concepts, loaded from one or more files."""

    concepts: dict[str, Concept] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)
    _digest: str | None = field(default=None, repr=False, compare=False)
    _fold_keys: list[tuple[str, str, int]] | None = field(default=None, repr=False, compare=False)
    #: what consumers derive from the glossary alone, by key (see :attr:`memo`)
    _memo: dict[str, object] | None = field(default=None, repr=False, compare=False)
    #: the loader's cache file this glossary was read from or written to (None: not from a cache, or changed since)
    _cache_path: str | None = field(default=None, repr=False, compare=False)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts.values())

    def __len__(self) -> int:
        return len(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self.concepts

    def get(self, concept_id: str) -> Concept | None:
        return self.concepts.get(concept_id)

    def add(self, concept: Concept) -> None:
        """Add a concept; a concept with the same id is replaced (later files override earlier ones)."""
        self.concepts[concept.id] = concept
        self._digest = None
        self._fold_keys = None
        self._memo = None
        self._cache_path = None

    def terms(self) -> Iterator[tuple[Concept, Term]]:
        for concept in self.concepts.values():
            for term in concept.terms:
                yield concept, term

    def fold_keys(self) -> list[tuple[str, str, int]]:
        """(folded term, concept id, index of the term in its concept) for every term; memoised
        and kept in the loader's cache, so lookups need not fold every term at start-up."""
        if self._fold_keys is None:
            from ..text import fold_key

            self._fold_keys = [
                (fold_key(term.text), concept.id, i)
                for concept in self.concepts.values()
                for i, term in enumerate(concept.terms)
            ]
        return self._fold_keys

    @property
    def memo(self) -> dict[str, object]:
        """What a consumer derives from this glossary alone (the checker's automaton and tables), by
        a key that names the consumer and its code version. Cleared when a concept is added; kept
        in the loader's cache with the glossary when the consumer calls
        :func:`vnterm.glossary.loader.save_memo`, so a later run reads it instead of rebuilding it."""
        if self._memo is None:
            self._memo = {}
        return self._memo

    def merged(self, other: "Glossary") -> "Glossary":
        """A new glossary with ``other``'s concepts added (replacing same ids)."""
        out = Glossary(dict(self.concepts), self.paths + other.paths)
        for concept in other:
            out.add(concept)
        return out

    @property
    def digest(self) -> str:
        """A short content hash (sha256 of the canonical TSV), used in score signatures."""
        if self._digest is None:
            from .tsv import dumps_tsv

            self._digest = hashlib.sha256(dumps_tsv(self).encode("utf-8")).hexdigest()[:12]
        return self._digest

    def stats(self) -> dict[str, object]:
        """Counts as in ``vnterm glossary stats --json``."""
        by_status = {s: 0 for s in STATUSES}
        by_domain: dict[str, int] = {}
        by_lang: dict[str, int] = {}
        n_terms = 0
        for concept in self:
            by_domain[concept.domain or "(none)"] = by_domain.get(concept.domain or "(none)", 0) + 1
            for term in concept.terms:
                n_terms += 1
                by_status[term.status] = by_status.get(term.status, 0) + 1
                by_lang[term.lang] = by_lang.get(term.lang, 0) + 1
        return {
            "concepts": len(self),
            "terms": n_terms,
            "by_status": by_status,
            "by_domain": dict(sorted(by_domain.items())),
            "by_lang": dict(sorted(by_lang.items())),
        }


def default_glossary_path() -> Path:
    """The bundled glossary (or ``$VNTERM_GLOSSARY``, a file or a directory).

    In a checkout or an editable install it is the directory ``glossaries/official/`` at the project
    root (one ``*.tsv`` file per domain, loaded as one glossary); an installed wheel carries a copy as
    package data (``vnterm/data/official/``, a symlink to the former in the source tree), so
    pre-commit hooks and CI installs find it too.
    """
    import os

    env = os.environ.get("VNTERM_GLOSSARY")
    if env:
        return Path(env)
    package = Path(__file__).resolve().parents[1]
    in_tree = package.parent / "glossaries" / "official"
    return in_tree if in_tree.is_dir() else package / "data" / "official"
