"""Result types of the Vietnamese segmenter: tokens, entities and one segmented line."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Entity types the segmenter reports.
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "TITLE", "ORG", "LOC", "LEGAL_REF")


@dataclass(frozen=True, slots=True)
class Token:
    """A word: ``text`` is ``line[start:end]`` of the line as given (syllables joined by spaces)."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Entity:
    """A recognised name, title chain, organisation, place or legal reference.

    ``en`` is the English rendering composed from the glossary (``None`` when unsure); ``title`` is,
    for a PERSON, the TITLE entity of the chain right before the name; ``concept`` is the glossary
    concept id when the whole span is one glossary term; ``norm`` is an extra normalised form (the
    canonical number of a legal reference, the expanded form of an abbreviation) or ``None``.
    """

    type: str
    text: str
    start: int
    end: int
    en: str | None = None
    title: "Entity | None" = None
    concept: str | None = None
    norm: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "type": self.type,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "en": self.en,
        }
        if self.type == "PERSON":
            t = self.title
            out["title"] = None if t is None else {"text": t.text, "start": t.start, "end": t.end, "en": t.en}
        out["concept"] = self.concept
        out["norm"] = self.norm
        return out


@dataclass(frozen=True, slots=True)
class SegmentedLine:
    """One input line with its words and entities; every offset indexes :attr:`text`."""

    text: str
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The public ``vnterm segment --json`` record (see DESIGN.md)."""
        return {
            "text": self.text,
            "tokens": [t.to_json() for t in self.tokens],
            "entities": [e.to_json() for e in self.entities],
        }

    def to_text(self) -> str:
        """Words joined by spaces, the syllables of a word joined by ``_`` (white space inside → ``_``)."""
        return " ".join("_".join(t.text.split()) for t in self.tokens)

    def top_entities(self) -> list[Entity]:
        """Entities not nested inside another one, left to right (for BIO tagging)."""
        out: list[Entity] = []
        end = -1
        for e in sorted(self.entities, key=lambda e: (e.start, -e.end)):
            if e.start >= end:
                out.append(e)
                end = e.end
        return out
