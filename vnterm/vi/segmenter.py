"""The Vietnamese segmenter: words (underthesea's CRF with our own protections) and entities.

Pipeline for one line:

1. normalise a copy (NFC, invisible characters out, OLD tone style, unified punctuation — all
   length preserving after NFC, with an offset map back to the line as given);
2. find glossary terms (two Aho-Corasick passes: titles, everything else) and legal references;
3. tokenise into syllables with underthesea's regular expression, cutting tokens at those spans;
4. let underthesea's CRF decide word boundaries, then force protected spans (glossary terms, names,
   places, legal numbers) to be single words and never glued to a neighbour;
5. recognise entities with rules over the syllables (:mod:`vnterm.vi.recognize`, with the rules in
   :mod:`~vnterm.vi.titles`, :mod:`~vnterm.vi.orgs`, :mod:`~vnterm.vi.places`, :mod:`~vnterm.vi.names`
   and :mod:`~vnterm.vi.legal`) and compose their English renderings from the glossary
   (:mod:`vnterm.vi.compose`);
6. map every span back to the original line.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from ..glossary.model import Glossary
from ..styles import HouseStyle, resolve_style
from ..text import normalize
from . import words
from .model import Entity, SegmentedLine, Token

#: Lines longer than this many characters are processed in pieces cut at sentence ends.
CHUNK_CHARS = 4000

_SENT_CUT = re.compile(r"[.!?;…]\s+|\n")


class Segmenter:
    """Segment Vietnamese lines into words and entities (names, titles, organisations, places, legal refs).

    ``glossary``: a :class:`~vnterm.glossary.model.Glossary`, or ``None`` for the bundled one.
    ``style``: a house style id or alias (:mod:`vnterm.styles`) or a :class:`~vnterm.styles.HouseStyle`
    that the English renderings follow; ``None`` is the default style. Raises
    :class:`~vnterm.styles.UnknownStyle` for an unknown id.
    Build once and reuse: construction compiles the glossary; the CRF model loads on first use.
    """

    def __init__(self, glossary: Glossary | None = None, style: "str | HouseStyle | None" = None):
        if glossary is None:
            from ..glossary import load_glossaries

            glossary = load_glossaries()
        from .recognize import Lexicon

        self.glossary = glossary
        self.lexicon = Lexicon(glossary, _style(style))

    @property
    def style(self) -> HouseStyle:
        """The house style of the English renderings."""
        return self.lexicon.style

    def with_style(self, style: "str | HouseStyle | None") -> "Segmenter":
        """A segmenter sharing this one's compiled glossary, rendering English in another house style."""
        other = object.__new__(Segmenter)
        other.glossary = self.glossary
        other.lexicon = self.lexicon.with_style(_style(style))
        return other

    def segment(self, line: str) -> SegmentedLine:
        """Segment one line; every offset in the result indexes ``line`` as given."""
        if not line or line.isspace():
            return SegmentedLine(line, [], [])
        if len(line) <= CHUNK_CHARS:
            tokens, entities = self._segment_piece(line)
            return SegmentedLine(line, tokens, entities)
        tokens: list[Token] = []
        entities: list[Entity] = []
        for start, end in _chunks(line):
            t, e = self._segment_piece(line[start:end])
            tokens.extend(Token(x.text, x.start + start, x.end + start) for x in t)
            entities.extend(_shift(x, start) for x in e)
        return SegmentedLine(line, tokens, entities)

    def segment_lines(self, lines: Iterable[str]) -> Iterator[SegmentedLine]:
        """One :class:`SegmentedLine` per input line, in order (empty lines give empty records)."""
        for line in lines:
            yield self.segment(line)

    # -------------------------------------------------------------------------------------------

    def _segment_piece(self, line: str) -> tuple[list[Token], list[Entity]]:
        from .recognize import analyse

        norm = normalize(line, tone="old")
        s = words.prepare(norm.text)
        word_spans, ents = analyse(s, self.lexicon)
        if norm.offsets is None:  # the common case: nothing moved
            tokens = [Token(line[a:b], a, b) for a, b in word_spans]
        else:
            tokens = []
            for a, b in word_spans:
                oa, ob = norm.span_to_original(a, b)
                if ob > oa:
                    tokens.append(Token(line[oa:ob], oa, ob))
        mapped: dict[int, Entity] = {}
        for e in sorted(ents, key=lambda x: x.type == "PERSON"):  # titles before the people linked to them
            oa, ob = norm.span_to_original(e.start, e.end)
            title = mapped.get(id(e.title)) if e.title is not None else None
            mapped[id(e)] = Entity(e.type, line[oa:ob], oa, ob, e.en, title, e.concept, e.norm)
        return tokens, [mapped[id(e)] for e in ents]


def _style(style: "str | HouseStyle | None") -> HouseStyle:
    return style if isinstance(style, HouseStyle) else resolve_style(style)


def _shift(e: Entity, by: int) -> Entity:
    title = _shift(e.title, by) if e.title is not None else None
    return Entity(e.type, e.text, e.start + by, e.end + by, e.en, title, e.concept, e.norm)


def _chunks(line: str) -> list[tuple[int, int]]:
    """Cut a long line into pieces of about CHUNK_CHARS, at sentence ends, else at white space."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(line)
    while n - start > CHUNK_CHARS:
        limit = start + CHUNK_CHARS
        cut = -1
        for m in _SENT_CUT.finditer(line, start + CHUNK_CHARS // 2, limit):
            cut = m.end()
        if cut <= start:
            ws = max(line.rfind(" ", start + 1, limit), line.rfind("\t", start + 1, limit))
            cut = ws + 1 if ws > start else limit
        while cut < n and _is_mark(line[cut]):  # never split a letter from its combining marks
            cut += 1
        out.append((start, cut))
        start = cut
    out.append((start, n))
    return out


def _is_mark(c: str) -> bool:
    import unicodedata

    return bool(unicodedata.combining(c)) or 0xDC00 <= ord(c) <= 0xDFFF
