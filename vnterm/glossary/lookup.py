"""Look a term up in either language: exact (insensitive to case, diacritics, tone and form), then fuzzy."""

from __future__ import annotations

import math
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
        self._suggester: _Suggester | None = None

    def suggestions(self, key: str, limit: int, min_score: float) -> list[tuple[str, float, int]]:
        """The ``limit`` folded keys most like the folded ``key`` by rapidfuzz WRatio, best first
        (ties: glossary order), each scoring at least ``min_score``: (key, score, index)."""
        if self._suggester is None:
            self._suggester = _Suggester(self.keys)
        found = self._suggester.extract(key, limit, min_score)
        if found is None:  # a query the bounds do not cover: score every key
            from rapidfuzz import fuzz, process

            found = [(k, s, i) for k, s, i in process.extract(key, self.keys, scorer=fuzz.WRatio, limit=limit)
                     if s >= min_score]
        return found

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
        for cand, score, _ in self.suggestions(key, limit * 3, min_score):
            for concept, term in self.by_key[cand]:
                if concept.id in seen:
                    continue
                seen.add(concept.id)
                results.append(LookupResult(concept, min(float(score), 99.0), term, False))
        results.sort(key=lambda r: -r.score)
        return results[:limit]



# --- fuzzy suggestions: rapidfuzz WRatio, the same top-k, without scoring every key --------------

#: WRatio's score for a key that shares a word with the query, their lengths 1.5 to 8 times
#: apart: partial_token_ratio is 100, scaled by WRatio's UNBASE (0.95) and PARTIAL (0.9) factors
_SHARED_WORD_SCORE = 100 * 0.95 * 0.9
_UNBASE = 0.95
_EPS = 1e-6  # the bounds are computed in floating point: keep them on the safe side


def _plain_words(text: str) -> list[str] | None:
    """The words of ``text`` when it is single-spaced with no other white space, else None."""
    words = text.split(" ")
    if not text or "" in words or any(c.isspace() for c in text.replace(" ", "")):
        return None
    return words


def _least(target: float, whole: int | None, scale: float, short: int | None) -> int | None:
    """The least LCS ``L`` with ``200L/whole >= target`` or ``scale*200L/(short+L) >= target``
    (either form may be absent); None when no L can reach it."""
    needs = []
    if whole is not None:
        needs.append(target * whole / 200)
    if short is not None and 200 * scale > target:
        needs.append(target * short / (200 * scale - target))
    if not needs:
        return None
    return max(0, math.ceil(min(needs) - 1e-7))


class _Suggester:
    """Exactly ``process.extract(query, keys, scorer=WRatio, limit=k)`` with scores below a
    minimum dropped (ties in key order), but scoring only the keys whose upper bound reaches the
    k-th best score.

    WRatio is the largest of scaled Indel ratios: of the two strings (``200L/(m+n)``, L their
    longest common subsequence), of their sorted words and of their word sets (the same with the
    LCS of those strings), and partial ratios over windows of the shorter string's length ``s``,
    each at most ``200L/(s+L)`` for the same L. The LCS of every key comes from rapidfuzz's bulk
    C scorer with a cutoff, one call per key length. A shared word makes the word ratios 100
    whatever the letters: those keys come from an inverted index (scored, or known to score
    exactly :data:`_SHARED_WORD_SCORE`). Keys and queries that are not single-spaced, and
    queries that repeat a word, are scored in full."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.words: dict[str, list[int]] = {}
        self.always: list[int] = []  # keys not split the way the bounds assume: always scored
        plain: dict[int, tuple[list[str], list[int]]] = {}  # length -> (keys, indices)
        sorted_words: dict[int, tuple[list[str], list[int]]] = {}  # length -> (sorted words, indices)
        repeats: dict[int, tuple[list[str], list[int]]] = {}  # the same, sets of keys that repeat a word
        word_sets: dict[int, tuple[list[str], list[int]]] = {}  # the same, sets of every key
        self.set_length: dict[int, int] = {}  # shortest word set of each length
        for i, key in enumerate(keys):
            words = _plain_words(key)
            if words is None:
                self.always.append(i)
                continue
            for w in set(words):
                self.words.setdefault(w, []).append(i)
            n = len(key)
            by_words = " ".join(sorted(words))
            by_set = " ".join(sorted(set(words)))
            tables = [(plain, key), (sorted_words, by_words), (word_sets, by_set)]
            if by_set != by_words:  # the word-set ratio sees each word once
                tables.append((repeats, by_set))
            for table, text in tables:
                strings, idx = table.setdefault(n, ([], []))
                strings.append(text)
                idx.append(i)
            self.set_length[n] = min(self.set_length.get(n, n), len(by_set))
        self.plain = sorted(plain.items())
        self.sorted_words = sorted(sorted_words.items())
        self.repeats = sorted(repeats.items())
        self.word_sets = sorted(word_sets.items())

    def extract(self, query: str, limit: int, min_score: float) -> list[tuple[str, float, int]] | None:
        """(key, score, index), best first, ties by index, each scoring at least ``min_score``;
        None for a query the bounds do not cover (the caller scores every key)."""
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import LCSseq

        qwords = _plain_words(query)
        if qwords is None:
            return None
        m = len(query)
        keys = self.keys
        shared: set[int] = set()
        for w in qwords:
            shared.update(self.words.get(w, ()))
        near: list[int] = []  # a shared word, lengths less than 1.5 times apart: up to 95
        known: list[int] = []  # a shared word, 1.5 to 8 times apart: at least _SHARED_WORD_SCORE
        for i in shared:
            n = len(keys[i])
            ratio = max(m, n) / min(m, n)
            if ratio < 1.5:
                near.append(i)
            elif ratio <= 8.0:  # WRatio's own test
                known.append(i)
        scores: dict[int, float] = {}
        for i in (*near, *self.always):
            scores[i] = fuzz.WRatio(query, keys[i], score_cutoff=min_score)
        floor = sorted([*scores.values(), *[_SHARED_WORD_SCORE] * min(len(known), limit)], reverse=True)
        target = max(min_score, floor[limit - 1] if len(floor) >= limit else min_score) - _EPS
        picked: set[int] = set()

        def pick(text: str, table, least) -> None:
            """Keys of ``table`` whose LCS with ``text`` reaches the least for their length; the
            lengths that share a least are looked at in one call."""
            runs: list[tuple[int, list[str], list[int]]] = []
            for n, (strings, idx) in table:
                cutoff = least(n)
                if cutoff is None:
                    continue
                if runs and runs[-1][0] == cutoff:
                    runs[-1][1].extend(strings)
                    runs[-1][2].extend(idx)
                else:
                    runs.append((cutoff, list(strings), list(idx)))
            for cutoff, strings, idx in runs:
                for _, _, j in process.extract(text, strings, scorer=LCSseq.similarity, score_cutoff=cutoff, limit=None):
                    picked.add(idx[j])

        def shape(n: int) -> tuple[bool, float, int]:
            hi, lo = max(m, n), min(m, n)
            return hi / lo < 1.5, 0.9 if hi / lo <= 8.0 else 0.6, lo

        def least_plain(n: int) -> int | None:  # ratio, and partial_ratio when lengths differ
            near_len, scale, lo = shape(n)
            found = _least(target, m + n, scale, None if near_len else lo)
            return found if found is not None and found <= lo else None

        def least_sorted(n: int) -> int | None:  # token_sort_ratio, or partial_token_ratio
            near_len, scale, lo = shape(n)
            if near_len:
                found = _least(target / _UNBASE, m + n, 1.0, None)
            else:
                found = _least(target, None, _UNBASE * scale, lo)
            return found if found is not None and found <= lo else None

        qset = " ".join(sorted(set(qwords)))
        ms = len(qset)

        def least_set(n: int) -> int | None:  # token_set_ratio, or partial_token_ratio on the sets
            near_len, scale, _ = shape(n)
            nv = self.set_length[n]  # the shortest set of this length: the least that can do
            if near_len:
                found = _least(target / _UNBASE, ms + nv, 1.0, None)
            else:
                found = _least(target, None, _UNBASE * scale, min(ms, nv))
            return found if found is not None and found <= min(ms, n) else None

        pick(query, self.plain, least_plain)
        pick(" ".join(sorted(qwords)), self.sorted_words, least_sorted)
        # the word sets differ from the sorted words only where the key (or the query) repeats a word
        pick(qset, self.word_sets if ms < m else self.repeats, least_set)
        for i in picked:
            if i not in scores:
                scores[i] = fuzz.WRatio(query, keys[i], score_cutoff=min_score)
        # a shared word, 1.5 to 8 times apart, letters too far apart to be picked: exactly the
        # shared-word score (below the target, they rank below every key that reaches it)
        for i in sorted(i for i in known if i not in scores)[:limit]:
            scores[i] = _SHARED_WORD_SCORE
        best = sorted((i for i, s in scores.items() if s >= min_score), key=lambda i: (-scores[i], i))[:limit]
        return [(keys[i], scores[i], i) for i in best]

def lookup(glossary: Glossary, query: str, *, limit: int = 10, min_score: float = 60.0) -> list[LookupResult]:
    """Convenience wrapper: build a :class:`LookupIndex` and query it once."""
    return LookupIndex(glossary).lookup(query, limit=limit, min_score=min_score)
