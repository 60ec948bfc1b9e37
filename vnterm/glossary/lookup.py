"""Look a term up in either language: exact (insensitive to case, diacritics, tone and form), then fuzzy."""

from __future__ import annotations

import heapq
import math
import re
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

    #: Fuzzy queries answered by scoring every key before the bounded suggester is built: building
    #: it costs about three full scans, which a one-shot ``vnterm lookup`` would not win back
    SCAN_FIRST = 3

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self.by_key: dict[str, list[tuple[Concept, Term]]] = {}
        concepts = glossary.concepts
        for key, concept_id, i in glossary.fold_keys():
            concept = concepts[concept_id]
            self.by_key.setdefault(key, []).append((concept, concept.terms[i]))
        self.keys = list(self.by_key)
        self._suggester: _Suggester | None = None
        self._fuzzy_queries = 0
        self._starts: list[tuple[str, int]] | None = None

    def prepare(self) -> "LookupIndex":
        """Build now what the first queries would otherwise build (the word-start index of
        :meth:`completions` and the bounded fuzzy suggester): for a long-running server, so that
        no user's query waits for it."""
        self._word_index()
        if self._suggester is None:
            self._suggester = _Suggester(self.keys)
        return self

    def _word_index(self) -> list[tuple[str, int]]:
        """Every word start of every key, sorted: (the key's text from there, key index)."""
        if self._starts is None:
            self._starts = sorted((k[at:], i) for i, k in enumerate(self.keys) for at in _word_starts(k))
        return self._starts

    def completions(self, key: str, limit: int) -> list[int]:
        """Indices of up to ``limit`` keys that a writer typing the folded ``key`` may be on the way
        to: keys that begin with it, then keys with a word that begins with it, each group shortest
        first (ties: glossary order). Search as you type shows these before fuzzy suggestions, and
        finds them with two binary searches instead of scoring every key."""
        from bisect import bisect_left

        starts, keys = self._word_index(), self.keys
        lo = bisect_left(starts, (key, -1))
        hi = bisect_left(starts, (key + "\U0010ffff", -1))
        whole: set[int] = set()
        inner: set[int] = set()
        for text, i in starts[lo:hi]:
            (whole if len(text) == len(keys[i]) else inner).add(i)
        inner -= whole
        order = lambda i: (len(keys[i]), i)  # noqa: E731
        found = heapq.nsmallest(limit, whole, key=order)
        if len(found) < limit:
            found += heapq.nsmallest(limit - len(found), inner, key=order)
        return found

    def suggestions(self, key: str, limit: int, min_score: float) -> list[tuple[str, float, int]]:
        """The ``limit`` folded keys most like the folded ``key`` by rapidfuzz WRatio, best first
        (ties: glossary order), each scoring at least ``min_score``: (key, score, index)."""
        self._fuzzy_queries += 1
        if self._suggester is None and self._fuzzy_queries > self.SCAN_FIRST:
            self._suggester = _Suggester(self.keys)
        found = self._suggester.extract(key, limit, min_score) if self._suggester else None
        if found is None:  # not built yet, or a query the bounds do not cover: score every key
            from rapidfuzz import fuzz, process

            found = [(k, s, i) for k, s, i in process.extract(key, self.keys, scorer=fuzz.WRatio, limit=limit)
                     if s >= min_score]
        return found

    def _add(self, results: list[LookupResult], seen: set[str], key: str, score: float, exact: bool) -> None:
        """Append a result for each concept of the folded ``key`` not already in ``seen``."""
        for concept, term in self.by_key.get(key, ()):
            if concept.id not in seen:
                seen.add(concept.id)
                results.append(LookupResult(concept, score, term, exact))

    def lookup(self, query: str, *, limit: int = 10, min_score: float = 60.0) -> list[LookupResult]:
        """Concepts for ``query``, best first: exact folded matches; else the terms it begins
        (:meth:`completions`); else, for a query no term begins with, fuzzy suggestions."""
        key = fold_key(query)
        if not key:
            return []
        results: list[LookupResult] = []
        seen: set[str] = set()
        self._add(results, seen, key, 100.0, True)
        if results:
            return results[:limit]
        from rapidfuzz import fuzz

        for i in self.completions(key, limit * 3):
            cand = self.keys[i]
            self._add(results, seen, cand, min(max(fuzz.WRatio(key, cand), min_score), 99.0), False)
        if results:  # the query begins a known term: it is being typed, not misspelt
            return results[:limit]
        for cand, score, _ in self.suggestions(key, limit * 3, min_score):
            self._add(results, seen, cand, min(float(score), 99.0), False)
        results.sort(key=lambda r: -r.score)
        return results[:limit]


# --- fuzzy suggestions: rapidfuzz WRatio, the same top-k, without scoring every key --------------

#: WRatio's score for a key that shares a word with the query, their lengths 1.5 to 8 times
#: apart: partial_token_ratio is 100, scaled by WRatio's UNBASE (0.95) and PARTIAL (0.9) factors
_SHARED_WORD_SCORE = 100 * 0.95 * 0.9
_UNBASE = 0.95
_EPS = 1e-6  # the bounds are computed in floating point: keep them on the safe side


def _word_starts(key: str) -> list[int]:
    """Where each word of the folded ``key`` begins (after a space, hyphen, slash or bracket)."""
    return [0, *(m.end() for m in _WORD_GAP.finditer(key))]


_WORD_GAP = re.compile(r"[\s\-/(\"'“‘]+")


def _plain_words(text: str) -> list[str] | None:
    """The words of ``text`` when it is single-spaced with no other white space, else None."""
    words = text.split(" ")
    if not text or "" in words or any(c.isspace() for c in text.replace(" ", "")):
        return None
    return words


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
    exactly :data:`_SHARED_WORD_SCORE`). The k-th best score is first bounded from below by what
    is known without scoring (shared words; keys that hold the query, as when it is typed), so
    that a short prefix does not score every key. Keys and queries that are not single-spaced
    are scored in full."""

    def __init__(self, keys: list[str]):
        self.keys = keys
        self.joined = "\n".join(keys)  # one string, for finding the keys that hold a query
        self.starts = [0] * len(keys)
        pos = 0
        for i, key in enumerate(keys):
            self.starts[i] = pos
            pos += len(key) + 1
        self.words: dict[str, dict[int, list[int]]] = {}  # word -> key length -> indices
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
            n = len(key)
            for w in set(words):
                self.words.setdefault(w, {}).setdefault(n, []).append(i)
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

    def holding(self, query: str) -> list[int]:
        """Indices of the keys that contain ``query``."""
        from bisect import bisect_right

        found: list[int] = []
        joined, starts = self.joined, self.starts
        at = joined.find(query)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.append(i)
            at = joined.find(query, starts[i] + len(self.keys[i]) + 1) if i + 1 < len(starts) else -1
        return found

    def extract(self, query: str, limit: int, min_score: float) -> list[tuple[str, float, int]] | None:
        """(key, score, index), best first, ties by index, each scoring at least ``min_score``;
        None for a query the bounds do not cover (the caller scores every key)."""
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import LCSseq

        qwords = _plain_words(query)
        if qwords is None or "\n" in query:
            return None
        m = len(query)
        keys = self.keys
        near: set[int] = set()  # a shared word, lengths less than 1.5 times apart: up to 95
        known: set[int] = set()  # a shared word, 1.5 to 8 times apart: at least _SHARED_WORD_SCORE
        for w in qwords:
            for n, idx in self.words.get(w, {}).items():
                ratio = max(m, n) / min(m, n)
                if ratio < 1.5:
                    near.update(idx)
                elif ratio <= 8.0:  # WRatio's own test
                    known.update(idx)
        scores: dict[int, float] = {}

        def score(indices: list[int]) -> None:  # one bulk call: the query is prepared once
            scores.update(dict.fromkeys(indices, 0.0))
            found = process.extract(query, [keys[i] for i in indices], scorer=fuzz.WRatio,
                                    score_cutoff=min_score, limit=None)
            scores.update((indices[j], value) for _, value, j in found)

        score([*near, *self.always])
        # lower bounds of some keys' scores, each key once: the scores above; a shared word's; and a
        # key that holds the query (as typed so far) scores at least the ratio of the two when
        # their lengths are close, else partial_ratio's 100 times WRatio's partial scale
        lower = dict.fromkeys(known, _SHARED_WORD_SCORE)
        for i in self.holding(query):
            n = len(keys[i])
            ratio = max(m, n) / min(m, n)
            bound = 200 * m / (m + n) if ratio < 1.5 else 90.0 if ratio <= 8.0 else 60.0
            if bound > lower.get(i, 0.0):
                lower[i] = bound
        lower.update(scores)
        floor = heapq.nlargest(limit, lower.values())
        t = max(min_score, floor[limit - 1] if len(floor) >= limit else min_score) - _EPS
        picked: set[int] = set()
        qset = " ".join(sorted(set(qwords)))
        ms = len(qset)

        def pick(text: str, table, part: int) -> None:
            """Keys of ``table`` whose LCS with ``text`` reaches the least that can score ``t``
            for their length (part 0: the strings; 1: sorted words; 2: word sets); the lengths
            that share a least are looked at in one call."""
            runs: list[tuple[int, list[str], list[int]]] = []
            for n, (strings, idx) in table:
                hi, lo = (m, n) if m > n else (n, m)
                ratio = hi / lo
                if part == 2:  # token_set_ratio sees each word once: the shortest set of this length
                    nv = self.set_length[n]
                    whole, short, most = ms + nv, min(ms, nv), min(ms, n)
                else:
                    whole, short, most = m + n, lo, lo
                if ratio < 1.5:  # ratio, or the word ratios (scaled by 0.95)
                    need = t * whole / 200 if part == 0 else t / _UNBASE * whole / 200
                else:  # ratio and partial_ratio, or partial_token_ratio (scaled by 0.95)
                    scale = (0.9 if ratio <= 8.0 else 0.6) * (1.0 if part == 0 else _UNBASE)
                    d = 200 * scale - t
                    need = t * short / d if d > 0 else float("inf")
                    if part == 0:
                        need = min(need, t * whole / 200)
                if need > most:
                    continue
                cutoff = max(0, math.ceil(need - 1e-7))
                if runs and runs[-1][0] == cutoff:
                    runs[-1][1].extend(strings)
                    runs[-1][2].extend(idx)
                else:
                    runs.append((cutoff, list(strings), list(idx)))
            for cutoff, strings, idx in runs:
                for _, _, j in process.extract(text, strings, scorer=LCSseq.similarity, score_cutoff=cutoff, limit=None):
                    picked.add(idx[j])

        pick(query, self.plain, 0)
        pick(" ".join(sorted(qwords)), self.sorted_words, 1)
        # the word sets differ from the sorted words only where the key (or the query) repeats a word
        pick(qset, self.word_sets if ms < m else self.repeats, 2)
        score([i for i in picked if i not in scores])
        # a shared word, 1.5 to 8 times apart, letters too far apart to be picked: exactly the
        # shared-word score (below the target, they rank below every key that reaches it)
        for i in heapq.nsmallest(limit, (i for i in known if i not in scores)):
            scores[i] = _SHARED_WORD_SCORE
        best = heapq.nsmallest(limit, (i for i, s in scores.items() if s >= min_score), key=lambda i: (-scores[i], i))
        return [(keys[i], scores[i], i) for i in best]

def lookup(glossary: Glossary, query: str, *, limit: int = 10, min_score: float = 60.0) -> list[LookupResult]:
    """Convenience wrapper: build a :class:`LookupIndex` and query it once."""
    return LookupIndex(glossary).lookup(query, limit=limit, min_score=min_score)
