"""Find glossary terms in text: one Aho-Corasick automaton over folded keys, spans in original offsets.

Matching ignores case, diacritics, tone placement, Unicode form and quote/dash/space variants (see
:func:`vnterm.text.fold`); terms whose ``match`` column is ``case`` or ``exact`` are checked again on
the original surface. Hits must start and end on token boundaries. Overlaps are resolved
longest-leftmost: scan left to right, take the longest valid hit at each position, skip what it
covers. The result is deterministic for a given glossary and text; cost depends on the text length
and the number of hits, not on the number of concepts.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, NamedTuple, Sequence

import ahocorasick

from ..text import Normalized, fold, fold_key, mark_key, normalize, strip_diacritics
from .model import STATUS_RANK, Concept, Glossary, Term


class Match(NamedTuple):
    """A glossary term found in text. ``start``/``end`` index the text as given.

    A named tuple: immutable, and cheap to build (the matcher makes one per hit).
    """

    start: int
    end: int
    text: str
    concept: Concept
    term: Term
    #: True when the surface has the term's own diacritics (up to case and tone placement).
    exact_marks: bool
    #: Every (concept, term) whose key matched this span, best first (``concept``/``term`` is the first).
    candidates: tuple[tuple[Concept, Term], ...]

    @property
    def concept_id(self) -> str:
        return self.concept.id

    @property
    def ambiguous(self) -> bool:
        """True when the span matches terms of more than one concept."""
        return len({c.id for c, _ in self.candidates}) > 1


@lru_cache(maxsize=65536)
def _surface_mark_key(surface: str) -> str:
    """``mark_key`` of a matched surface; surfaces repeat a lot within and across documents."""
    return mark_key(surface)


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


@lru_cache(maxsize=16384)
def _case_key(text: str) -> str:
    """Case kept, diacritics and punctuation variants dropped (for ``match = case``)."""
    s = strip_diacritics(normalize(text, tone=None).text).replace("-", " ")
    return " ".join(s.split())


@lru_cache(maxsize=16384)
def _exact_key(text: str) -> str:
    s = normalize(text, tone="new").text.replace("-", " ")
    return " ".join(s.split())


class Matcher:
    """A compiled glossary. Build once, then call :meth:`find` on as many texts as needed."""

    def __init__(self, glossary: Glossary, langs: Sequence[str] | None = None):
        self.glossary = glossary
        self.langs = tuple(langs) if langs else None
        self.entries: list[tuple[Concept, Term, str]] = []  # (concept, term, mark key)
        keys: dict[str, list[int]] = {}
        for concept, term in glossary.terms():
            if self.langs is not None and term.lang not in self.langs:
                continue
            key = fold_key(term.text)
            if not key:
                continue
            keys.setdefault(key, []).append(len(self.entries))
            self.entries.append((concept, term, mark_key(term.text)))
        self.keys = keys
        self._automaton = ahocorasick.Automaton()
        for key, idx in keys.items():
            idx.sort(key=lambda i: (STATUS_RANK.get(self.entries[i][1].status, 9), i))
            self._automaton.add_word(key, (len(key), tuple(idx), _is_word_char(key[0]), _is_word_char(key[-1])))
        if keys:
            self._automaton.make_automaton()
        #: languages present under each key's entries (to skip keys of other languages fast)
        self._key_langs: dict[tuple[int, ...], frozenset[str]] = {}
        for key, idx in keys.items():
            self._key_langs[tuple(idx)] = frozenset(self.entries[i][1].lang for i in idx)
        self._choices: dict[tuple[object, ...], object] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def find(
        self,
        text: str,
        *,
        lang: str | Iterable[str] | None = None,
        strict_marks: bool = False,
        folded: Normalized | None = None,
    ) -> list[Match]:
        """All non-overlapping glossary hits in ``text``, left to right.

        ``lang`` keeps terms of that language (or languages) only. ``strict_marks`` keeps only hits
        whose diacritics equal the term's (for Vietnamese source, where "bộ" and "bò" differ).
        ``folded`` may pass ``fold(text)`` when the caller already has it.
        """
        if not self.keys or not text:
            return []
        langs = {lang} if isinstance(lang, str) else (set(lang) if lang is not None else None)
        norm = folded if folded is not None else fold(text)
        ftext = norm.text
        n = len(ftext)
        raw: list[tuple[int, int, tuple[int, ...]]] = []
        append = raw.append
        for end_index, (length, idx, word_start, word_end) in self._automaton.iter(ftext):
            start = end_index - length + 1
            if word_start and start > 0:
                c = ftext[start - 1]
                if c.isalnum() or c == "_":
                    continue
            if word_end and end_index + 1 < n:
                c = ftext[end_index + 1]
                if c.isalnum() or c == "_":
                    continue
            append((start, end_index + 1, idx))
        if not raw:
            return []
        raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
        langs_key = frozenset(langs) if langs is not None else None
        cache = self._choices
        if len(cache) > 200_000:
            cache.clear()
        to_original = norm.span_mapper()  # hits are sorted by start
        out: list[Match] = []
        covered = 0
        for start, end, idx in raw:
            if start < covered:
                continue
            if langs is not None and not (self._key_langs[idx] & langs):
                continue
            ostart, oend = to_original(start, end)
            surface = text[ostart:oend]
            ckey = (idx, surface, langs_key, strict_marks)
            choice = cache.get(ckey, _MISSING)
            if choice is _MISSING:
                choice = cache[ckey] = self._choose(surface, idx, langs, strict_marks)
            if choice is None:
                continue
            (concept, term), exact, candidates = choice
            out.append(Match(ostart, oend, surface, concept, term, exact, candidates))
            covered = end
        return out

    def _choose(
        self,
        surface: str,
        idx: tuple[int, ...],
        langs: set[str] | None,
        strict_marks: bool,
    ) -> tuple[tuple[Concept, Term], bool, tuple[tuple[Concept, Term], ...]] | None:
        """Which entries a surface form matches, best first (None: none of them)."""
        surface_marks: str | None = None
        good: list[tuple[int, int, Concept, Term]] = []
        for i in idx:
            concept, term, tkey = self.entries[i]
            if langs is not None and term.lang not in langs:
                continue
            if term.match == "case" and _case_key(surface) != _case_key(term.text):
                continue
            if term.match == "exact" and _exact_key(surface) != _exact_key(term.text):
                continue
            if surface_marks is None:
                surface_marks = _surface_mark_key(surface)
            exact = surface_marks == tkey
            if strict_marks and not exact:
                continue
            good.append((0 if exact else 1, STATUS_RANK.get(term.status, 9), concept, term))
        if not good:
            return None
        good.sort(key=lambda g: (g[0], g[1]))
        best = good[0]
        return (best[2], best[3]), best[0] == 0, tuple((g[2], g[3]) for g in good)


_MISSING = object()
