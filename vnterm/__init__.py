"""vnterm: Vietnamese→English official terminology and translation toolkit.

The public API is re-exported here. Names are resolved on first use (PEP 562), so importing
``vnterm`` stays cheap: the matcher, segmenter and translator load their dependencies only when used.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "VntermError": "vnterm.errors",
    "InputError": "vnterm.errors",
    "GlossaryError": "vnterm.errors",
    "GlossaryValidationError": "vnterm.errors",
    "ModelError": "vnterm.errors",
    "ConfigError": "vnterm.errors",
    "AlignmentError": "vnterm.errors",
    "Concept": "vnterm.glossary.model",
    "Glossary": "vnterm.glossary.model",
    "Term": "vnterm.glossary.model",
    "load_glossary": "vnterm.glossary.loader",
    "load_glossaries": "vnterm.glossary.loader",
    "LookupIndex": "vnterm.glossary.lookup",
    "LookupResult": "vnterm.glossary.lookup",
    "lookup": "vnterm.glossary.lookup",
    "Match": "vnterm.glossary.matcher",
    "Matcher": "vnterm.glossary.matcher",
    "Normalized": "vnterm.text",
    "fold": "vnterm.text",
    "fold_key": "vnterm.text",
    "mark_key": "vnterm.text",
    "normalize": "vnterm.text",
    "romanize": "vnterm.text",
    "to_tone_style": "vnterm.text",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'vnterm' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
