"""vnterm: Vietnamese→English official terminology and translation toolkit.

Public API (heavy parts — the segmenter, the translator — import their dependencies lazily).
"""

from __future__ import annotations

__version__ = "0.1.0"

from .errors import (
    AlignmentError,
    ConfigError,
    GlossaryError,
    GlossaryValidationError,
    InputError,
    ModelError,
    VntermError,
)
from .glossary import Concept, Glossary, Term, load_glossaries, load_glossary
from .glossary.lookup import LookupIndex, LookupResult, lookup
from .glossary.matcher import Match, Matcher
from .text import Normalized, fold, fold_key, mark_key, normalize, romanize, to_tone_style

__all__ = [
    "AlignmentError",
    "Concept",
    "ConfigError",
    "Glossary",
    "GlossaryError",
    "GlossaryValidationError",
    "InputError",
    "LookupIndex",
    "LookupResult",
    "Match",
    "Matcher",
    "ModelError",
    "Normalized",
    "Term",
    "VntermError",
    "__version__",
    "fold",
    "fold_key",
    "load_glossaries",
    "load_glossary",
    "lookup",
    "mark_key",
    "normalize",
    "romanize",
    "to_tone_style",
]
