"""Cut a text into pieces at the edges of highlighted spans, for inline marks in a page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text and the indices of the spans that cover all of it (empty: not highlighted)."""

    text: str
    start: int
    marks: tuple[int, ...] = ()


def pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[Piece]:
    """``text`` split at every span boundary; the pieces join back to ``text``.

    Spans are (start, end) character offsets; empty or out-of-range parts are clipped away, and
    overlapping spans are allowed (a piece then lists every span over it, in the given order).
    """
    n = len(text)
    clipped = [(max(0, min(s, n)), max(0, min(e, n))) for s, e in spans]
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(clipped):
        if s < e:
            opens.setdefault(s, []).append(i)
            closes.setdefault(e, []).append(i)
    cuts = sorted({0, n, *opens, *closes})
    active: set[int] = set()
    out: list[Piece] = []
    for a, b in zip(cuts, cuts[1:]):
        active.difference_update(closes.get(a, ()))
        active.update(opens.get(a, ()))
        if a < b:
            out.append(Piece(text[a:b], a, tuple(sorted(active))))
    return out
