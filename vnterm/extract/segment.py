"""Word boundaries and entities of Vietnamese lines, from the vnterm segmenter.

:class:`vnterm.vi.Segmenter` gives words with offsets and typed entities (PERSON, TITLE, ORG, LOC,
LEGAL_REF, each with an English rendering or ``None``). The ``underthesea`` backend (words only)
and ``none`` (every syllable a word) stay as choices for comparison; underthesea's output is
respelled and carries no offsets, so its words are re-aligned to the line on a diacritic-folded
copy. Each is imported only when used.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Sequence

from ..glossary.model import Glossary
from ..text import strip_diacritics

WordSpans = list[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Entity:
    """A typed span of a Vietnamese line (offsets into the NFC line) and its English rendering."""

    type: str
    start: int
    end: int
    en: str | None = None


@dataclass(slots=True)
class Analysis:
    words: WordSpans | None
    entities: list[Entity] = field(default_factory=list)


Analyzer = Callable[[str], Analysis]


def make_analyzer(glossary: Glossary | None, backend: str = "auto") -> Analyzer:
    """An analyser for Vietnamese lines (NFC text in, word spans and entities out).

    ``backend`` is ``segmenter`` (``auto`` is the same), ``underthesea`` (words only) or ``none``
    (every syllable boundary is a word boundary).
    """
    if backend in ("auto", "segmenter"):
        return _segmenter_analyzer(glossary)
    if backend == "underthesea":
        return _underthesea_analyzer()
    if backend == "none":
        return lambda line: Analysis(None, [])
    raise ValueError(f"unknown segmentation backend {backend!r}")


def _segmenter_analyzer(glossary: Glossary | None) -> Analyzer:
    from ..vi import Segmenter

    seg = Segmenter(glossary)
    inner = _inner_words()

    def analyze(line: str) -> Analysis:
        result = seg.segment(line)
        words: WordSpans = []
        for t in result.tokens:
            words.extend(inner(line, t.start, t.end))
        ents = [Entity(str(e.type), e.start, e.end, e.en) for e in result.entities]
        return Analysis(words, ents)

    return analyze


def _inner_words() -> Callable[[str, int, int], WordSpans]:
    """Word spans inside a long segmenter token. The segmenter keeps glossary terms and names whole
    ("Hội đồng nhân dân tỉnh"), which is right for reading but would hide their parts from
    extraction ("Hội đồng nhân dân"); underthesea gives the words inside such a token."""
    from underthesea import word_tokenize

    cache: dict[str, list[tuple[int, int]] | None] = {}

    def split(line: str, start: int, end: int) -> WordSpans:
        text = line[start:end]
        if len(text.split()) < 3:
            return [(start, end)]
        rel = cache.get(text)
        if text not in cache:
            rel = cache[text] = align_words(text, word_tokenize(text, use_token_normalize=False))
        if not rel:
            return [(start, end)]
        return [(start + s, start + e) for s, e in rel]

    return split


def _underthesea_analyzer() -> Analyzer:
    from underthesea import word_tokenize

    def analyze(line: str) -> Analysis:
        if not line.strip():
            return Analysis([], [])
        words = word_tokenize(line, use_token_normalize=False)
        return Analysis(align_words(line, words), [])

    return analyze


def _fold_char(c: str) -> str:
    s = strip_diacritics(c).lower()
    return s if len(s) == 1 else c.lower()


def align_words(line: str, words: Sequence[str]) -> WordSpans | None:
    """Offsets of ``words`` (strings that spell ``line`` up to white space, case, diacritics and
    Unicode form) in ``line``; ``None`` when they do not spell it."""
    positions: list[int] = []
    folded: list[str] = []
    for i, c in enumerate(line):
        if c.isspace():
            continue
        positions.append(i)
        folded.append(_fold_char(c))
    out: WordSpans = []
    k = 0
    for word in words:
        w = [_fold_char(c) for c in unicodedata.normalize("NFC", word) if not c.isspace()]
        if not w:
            continue
        if folded[k : k + len(w)] != w:
            return None
        out.append((positions[k], positions[k + len(w) - 1] + 1))
        k += len(w)
    if k != len(folded):
        return None
    return out
