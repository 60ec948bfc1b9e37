"""Which English terms a Vietnamese segment requires, and whether a translation has them.

Required terms come from the glossary (strict-diacritics match on the Vietnamese side; the
concept's preferred English term is required) and, with ``vnterm.vi.Segmenter``, from
the names, titles, organisations, places and legal references it recognises (their ``en``
rendering is required). Overlaps are resolved longest-leftmost, glossary first on ties.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from ..glossary.matcher import Matcher
from ..glossary.model import Concept, Glossary
from ..text import fold

#: Entity types whose English rendering is required.
ENTITY_TYPES = ("PERSON", "TITLE", "ORG", "LOC", "LEGAL_REF")

#: entity provider: segment text → objects with ``type``, ``start``, ``end``, ``en`` (and ``text``).
EntityProvider = Callable[[str], Iterable[Any]]


@dataclass(frozen=True, slots=True)
class RequiredTerm:
    """A source span and the English text the translation must contain."""

    source: str
    target: str
    start: int
    end: int
    kind: str  # "glossary" or an entity type
    concept: Concept | None = None


def segmenter_entities(glossary: Glossary) -> EntityProvider:
    """An entity provider over :class:`vnterm.vi.Segmenter` with ``glossary`` (imported on first use)."""
    from ..vi import Segmenter

    segmenter = Segmenter(glossary)

    def provide(text: str) -> Iterable[Any]:
        return segmenter.segment(text).entities

    return provide


def _get(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)


class TermFinder:
    """Finds required terms in Vietnamese segments; build once per glossary."""

    def __init__(self, glossary: Glossary, entities: EntityProvider | None = None):
        self.glossary = glossary
        self.matcher_vi = Matcher(glossary, langs=("vi",))
        self.matcher_en = Matcher(glossary, langs=("en",))
        self.entities = entities

    def find(self, segment: str) -> list[RequiredTerm]:
        """Required terms of ``segment``, left to right, non-overlapping."""
        candidates: list[tuple[int, int, int, RequiredTerm]] = []
        for m in self.matcher_vi.find(segment, lang="vi", strict_marks=True):
            en = m.concept.preferred("en")
            if en is None:
                continue
            candidates.append((m.start, -(m.end - m.start), 0, RequiredTerm(m.text, en.text, m.start, m.end, "glossary", m.concept)))
        if self.entities is not None:
            for e in self.entities(segment) or ():
                for item in (e, _get(e, "title")):
                    if item is None:
                        continue
                    kind = _get(item, "type") or "TITLE"
                    en, start, end = _get(item, "en"), _get(item, "start"), _get(item, "end")
                    if kind not in ENTITY_TYPES or not en or start is None or end is None or end <= start:
                        continue
                    term = RequiredTerm(segment[start:end], str(en), int(start), int(end), kind)
                    candidates.append((term.start, -(term.end - term.start), 1, term))
        candidates.sort(key=lambda c: (c[0], c[1], c[2]))
        out: list[RequiredTerm] = []
        covered = 0
        for start, _neg, _prio, term in candidates:
            if start < covered:
                continue
            out.append(term)
            covered = term.end
        return out


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def count_occurrences(key: str, folded_text: str) -> int:
    """Token-bounded, non-overlapping occurrences of the folded ``key`` in folded text."""
    if not key:
        return 0
    n, count, i = len(folded_text), 0, folded_text.find(key)
    while i >= 0:
        end = i + len(key)
        left_ok = i == 0 or not (_is_word(folded_text[i - 1]) and _is_word(key[0]))
        right_ok = end == n or not (_is_word(folded_text[end]) and _is_word(key[-1]))
        if left_ok and right_ok:
            count += 1
            i = folded_text.find(key, end)
        else:
            i = folded_text.find(key, i + 1)
    return count


def satisfied(required: Sequence[RequiredTerm], text: str) -> list[bool]:
    """For each required term, whether ``text`` contains it (fold-insensitive, token-bounded).

    A target required twice must occur twice: the k-th requirement of a target is met when the
    text holds at least k occurrences.
    """
    if not required:
        return []
    folded = fold(text).text
    keys = [fold(r.target).text for r in required]
    have = {k: count_occurrences(k, folded) for k in set(keys)}
    seen: Counter[str] = Counter()
    out = []
    for k in keys:
        seen[k] += 1
        out.append(have[k] >= seen[k])
    return out
