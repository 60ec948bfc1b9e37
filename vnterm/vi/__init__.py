"""Vietnamese-side analysis: word segmentation, names, titles, organisations, legal references.

Keep this module light: underthesea is imported only when segmentation actually runs.

    >>> from vnterm.vi import Segmenter
    >>> line = Segmenter().segment("Thứ trưởng Bộ Ngoại giao Ngô Lê Văn tiếp Đại sứ Nhật Bản.")
    >>> [(e.type, e.text, e.en) for e in line.entities if e.type == "PERSON"]
    [('PERSON', 'Ngô Lê Văn', 'Ngo Le Van')]
"""

from __future__ import annotations

from typing import Any

from .model import ENTITY_TYPES, Entity, SegmentedLine, Token

__all__ = ["ENTITY_TYPES", "Entity", "SegmentedLine", "Segmenter", "Token"]


def __getattr__(name: str) -> Any:
    """``Segmenter`` is imported on first use: importing ``vnterm.vi.english_names`` (the checker)
    should not load the segmenter's tables."""
    if name == "Segmenter":
        from .segmenter import Segmenter

        globals()["Segmenter"] = Segmenter
        return Segmenter
    raise AttributeError(f"module 'vnterm.vi' has no attribute {name!r}")
