"""Vietnamese→English machine translation with enforced official terms (CTranslate2, imported lazily)."""

from __future__ import annotations

from .backend import Backend, CT2Backend, Hypothesis
from .enforce import Enforcer, SegmentResult, TermResult, postedit
from .models import Adapter, ModelDir, inspect_model_dir
from .terms import RequiredTerm, TermFinder, satisfied
from .translator import LineResult, Translator

__all__ = [
    "Adapter",
    "Backend",
    "CT2Backend",
    "Enforcer",
    "Hypothesis",
    "LineResult",
    "ModelDir",
    "RequiredTerm",
    "SegmentResult",
    "TermFinder",
    "TermResult",
    "Translator",
    "inspect_model_dir",
    "postedit",
    "satisfied",
]
