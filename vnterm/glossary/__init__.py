"""The glossary: model, canonical TSV, validation, other formats, matcher and lookup."""

from __future__ import annotations

from .loader import load_glossaries, load_glossary
from .model import (
    DOMAINS,
    MATCH_MODES,
    STATUSES,
    TERM_TYPES,
    Concept,
    Glossary,
    Term,
    default_glossary_path,
)

__all__ = [
    "Concept",
    "DOMAINS",
    "Glossary",
    "MATCH_MODES",
    "STATUSES",
    "TERM_TYPES",
    "Term",
    "default_glossary_path",
    "load_glossaries",
    "load_glossary",
]
