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
from typing import Callable, Iterable, NamedTuple, Sequence

import ahocorasick_rs

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
        #: per key: its entries best first, and whether its first and last characters are word
        #: characters (a hit must then start/end on a token boundary)
        self._patterns: dict[str, tuple[tuple[int, ...], bool, bool]] = {}
        for key, idx in keys.items():
            idx.sort(key=lambda i: (STATUS_RANK.get(self.entries[i][1].status, 9), i))
            self._patterns[key] = (tuple(idx), _is_word_char(key[0]), _is_word_char(key[-1]))
        #: per language selection of :meth:`find`, its scanner (built when first asked for)
        self._scanners: dict[frozenset[str] | None, _Scanner | None] = {}
        self._choices: dict[tuple[object, ...], dict[tuple[int, str], object]] = {}

    def __len__(self) -> int:
        return len(self.entries)

    def __getstate__(self) -> dict[str, object]:
        """Pickled without its scanners (compiled automata, rebuilt on first use) and its caches."""
        state = dict(self.__dict__)
        state["_scanners"] = {}
        state["_choices"] = {}
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

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

        How: the scanner reports the leftmost-longest occurrences of the keys in one call, ignoring
        token boundaries and the entries' own conditions. A reported occurrence that meets them is
        the answer at its start. One that does not (a key inside a longer word, a ``case`` term in
        the wrong case) may hide a valid hit that starts inside it; :meth:`_Scanner.settle` then
        decides that stretch from every occurrence in it. The result is the rule in the module
        docstring exactly (a property test compares the two).
        """
        if not self.keys or not text:
            return []
        langs = {lang} if isinstance(lang, str) else (set(lang) if lang is not None else None)
        langs_key = frozenset(langs) if langs is not None else None
        scanner = self._scanners.get(langs_key, _MISSING)
        if scanner is _MISSING:
            scanner = self._scanners[langs_key] = self._scanner(langs)
        if scanner is None:
            return []
        norm = folded if folded is not None else fold(text)
        ftext = norm.text
        hits = scanner.scan(ftext)
        if not hits:
            return []
        cache = self._choices.get((langs_key, strict_marks))
        if cache is None or len(cache) > 200_000:
            cache = self._choices[(langs_key, strict_marks)] = {}
        to_original = norm.span_mapper()
        patterns = scanner.patterns
        choose = self._choose
        new_match = tuple.__new__  # Match(...) without the Python-level __new__ of a named tuple
        n = len(ftext)

        def valid(p: int, start: int, end: int) -> Match | None:
            """The hit of key ``p`` at ``ftext[start:end]``, if it is one."""
            idx, word_start, word_end = patterns[p]
            if word_start and start > 0:
                c = ftext[start - 1]
                if c != " " and (c.isalnum() or c == "_"):
                    return None
            if word_end and end < n:
                c = ftext[end]
                if c != " " and (c.isalnum() or c == "_"):
                    return None
            ostart, oend = to_original(start, end)
            surface = text[ostart:oend]
            choice = cache.get((p, surface), _MISSING)  # p stands for idx: one scanner per cache
            if choice is _MISSING:
                choice = cache[(p, surface)] = choose(surface, idx, langs, strict_marks)
            if choice is None:
                return None
            (concept, term), exact, candidates = choice  # type: ignore[misc]
            return new_match(Match, (ostart, oend, surface, concept, term, exact, candidates))

        out: list[Match] = []
        append = out.append
        settle = scanner.settle
        pos = 0  # everything before pos is decided
        prev_end = 0  # end of the scanner's occurrence before the current one
        i = 0
        count = len(hits)
        while i < count:
            p, start, end = hits[i]
            if start < pos:
                prev_end = end
                i += 1
                continue
            if prev_end > pos:  # the previous occurrence was not taken and may hide others
                pos = settle(ftext, pos, prev_end, valid, append)
                continue
            m = valid(p, start, end)
            if m is not None:
                append(m)
                pos = end
            elif ftext[start:end].isalnum() and _in_word(ftext, start, end, n):
                # part of a longer word: no valid hit can start inside it (it would start after a
                # letter), nor a shorter one at its start (it would end before one)
                pos = end
            else:
                pos = settle(ftext, start, end, valid, append)
            prev_end = end
            i += 1
        while prev_end > pos:
            pos = settle(ftext, pos, prev_end, valid, append)
        return out

    def _scanner(self, langs: set[str] | None) -> "_Scanner | None":
        """The scanner over the keys with an entry in one of ``langs`` (None: every key)."""
        keys = [k for k, idx in self.keys.items() if langs is None or any(self.entries[i][1].lang in langs for i in idx)]
        return _Scanner(keys, [self._patterns[k] for k in keys]) if keys else None

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


def _in_word(ftext: str, start: int, end: int, n: int) -> bool:
    """True when letters or digits touch ``ftext[start:end]`` on the left or on the right."""
    return (start > 0 and ftext[start - 1].isalnum()) or (end < n and ftext[end].isalnum())


class _Scanner:
    """The keys of one language selection, compiled for :meth:`Matcher.find`.

    ``first`` reports the leftmost-longest occurrences, ignoring token boundaries and the entries'
    conditions; :meth:`settle` decides a stretch from every occurrence in it.
    """

    __slots__ = ("keys", "patterns", "longest", "first", "scanned", "_every")

    def __init__(self, keys: list[str], patterns: list[tuple[tuple[int, ...], bool, bool]]):
        self.keys = keys
        #: per key index: its entries best first, and whether it must start/end on a token boundary
        self.patterns = patterns
        self.longest = max(map(len, keys))
        self.first = self._leftmost_longest(dfa=False)
        self.scanned: int | None = 0  # characters scanned so far; None once ``first`` is a DFA
        self._every: ahocorasick_rs.AhoCorasick | None = None  # built when first needed

    def _leftmost_longest(self, dfa: bool) -> ahocorasick_rs.AhoCorasick:
        kind = ahocorasick_rs.Implementation.DFA if dfa else ahocorasick_rs.Implementation.ContiguousNFA
        return ahocorasick_rs.AhoCorasick(self.keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest,
                                          implementation=kind)

    def scan(self, ftext: str) -> list[tuple[int, int, int]]:
        """The leftmost-longest occurrences in ``ftext``: (key index, start, end).

        The automaton becomes a DFA once it has millions of characters to scan: a DFA scans about
        40% faster but takes longer to build (0.03 s at 3,000 keys, 0.6 s at 20,000), which pays
        only on long texts and for glossaries up to :data:`_DFA_PATTERNS` keys.
        """
        if self.scanned is not None:
            self.scanned += len(ftext)
            if self.scanned >= _DFA_CHARS and len(self.keys) <= _DFA_PATTERNS:
                self.first = self._leftmost_longest(dfa=True)
                self.scanned = None
        return self.first.find_matches_as_indexes(ftext)

    def settle(
        self,
        ftext: str,
        pos: int,
        stop: int,
        valid: Callable[[int, int, int], Match | None],
        append: Callable[[Match], None],
    ) -> int:
        """Take the first valid hit that starts in ``[pos, stop)``, looking at every occurrence there.

        Returns where the search goes on: the end of the hit taken, or ``stop`` when no valid hit
        starts in the stretch. ``stop - pos`` is at most the longest key.
        """
        if self._every is None:
            self._every = ahocorasick_rs.AhoCorasick(self.keys)
        width = stop - pos
        found = self._every.find_matches_as_indexes(ftext[pos : stop + self.longest], overlapping=True)
        for start, neg_len, p in sorted((s, s - e, p) for p, s, e in found if s < width):
            m = valid(p, pos + start, pos + start - neg_len)
            if m is not None:
                append(m)
                return pos + start - neg_len
        return stop


#: the scanner becomes a DFA after this many characters, for glossaries of up to this many keys
_DFA_CHARS = 4_000_000
_DFA_PATTERNS = 5000
