"""Look a term up in either language: exact (insensitive to case, diacritics, tone and form), then fuzzy."""

from __future__ import annotations

from dataclasses import dataclass

from ..text import fold_key
from .model import Concept, Glossary, Term


@dataclass(frozen=True, slots=True)
class LookupResult:
    """One concept that answers a query; ``score`` is 100 for an exact (folded) match."""

    concept: Concept
    score: float
    matched: Term
    exact: bool

    def to_json(self, style: str | None = None) -> dict[str, object]:
        """The public ``vnterm lookup --json`` item (fields may be added, never renamed).

        A term carries ``styles`` when house styles prefer it; ``style_preferred`` maps each
        language to the preferred term of ``style`` (null without a style).
        """
        terms: dict[str, list[dict[str, object]]] = {}
        for lang in self.concept.languages:
            terms[lang] = [
                {
                    "term": t.text,
                    "status": t.status,
                    **({"type": t.type} if t.type != "fullForm" else {}),
                    **({"styles": list(t.styles)} if t.styles else {}),
                }
                for t in self.concept.terms_for(lang)
            ]
        style_preferred = None
        if style:
            style_preferred = {}
            for lang in self.concept.languages:
                best = self.concept.preferred(lang, style)
                style_preferred[lang] = best.text if best else None
        return {
            "concept": self.concept.id,
            "score": round(self.score, 1),
            "domain": self.concept.domain or None,
            "note": self.concept.note or None,
            "source": self.concept.source or None,
            "matched": {"term": self.matched.text, "lang": self.matched.lang, "status": self.matched.status},
            "exact": self.exact,
            "terms": terms,
            "valid_from": self.concept.valid_from or None,
            "valid_to": self.concept.valid_to or None,
            "replaced_by": self.concept.replaced_by or None,
            "style": style,
            "style_preferred": style_preferred,
        }


class LookupIndex:
    """Folded keys of every term, for exact lookups and rapidfuzz suggestions."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self.by_key: dict[str, list[tuple[Concept, Term]]] = {}
        concepts = glossary.concepts
        for key, concept_id, i in glossary.fold_keys():
            concept = concepts[concept_id]
            self.by_key.setdefault(key, []).append((concept, concept.terms[i]))
        self.keys = list(self.by_key)

    def lookup(self, query: str, *, limit: int = 10, min_score: float = 60.0) -> list[LookupResult]:
        """Concepts for ``query``, best first: exact folded matches, then fuzzy suggestions."""
        key = fold_key(query)
        if not key:
            return []
        results: list[LookupResult] = []
        seen: set[str] = set()
        for concept, term in self.by_key.get(key, []):
            if concept.id not in seen:
                seen.add(concept.id)
                results.append(LookupResult(concept, 100.0, term, True))
        if results:
            return results[:limit]
        from rapidfuzz import fuzz, process  # lazy: only for suggestions

        for cand, score, _ in process.extract(key, self.keys, scorer=fuzz.WRatio, limit=limit * 3):
            if score < min_score:
                continue
            for concept, term in self.by_key[cand]:
                if concept.id in seen:
                    continue
                seen.add(concept.id)
                results.append(LookupResult(concept, min(float(score), 99.0), term, False))
        results.sort(key=lambda r: -r.score)
        return results[:limit]


def lookup(glossary: Glossary, query: str, *, limit: int = 10, min_score: float = 60.0) -> list[LookupResult]:
    """Convenience wrapper: build a :class:`LookupIndex` and query it once."""
    return LookupIndex(glossary).lookup(query, limit=limit, min_score=min_score)
