"""Sentence alignment of two documents in the same language (two translations of one text).

1. :func:`split_sentences` splits each non-empty line (a paragraph) into sentences with the shared
   splitter of :mod:`vnterm.sentences` (titles such as ``Mr.`` and ``No.``, initials such as
   ``U.S.``, URLs and e-mail addresses do not end a sentence). Lines are never merged, so a
   sentence never spans two lines.
2. :func:`align` runs a Gale-Church dynamic programme over beads 1-1, 1-2, 2-1, 1-0 and 0-1. A
   bead's cost adds the Gale-Church length cost (character lengths, c = 1, s² = 6.8, scaled down
   because free translations vary in length more than the parallel text it was fitted on) to a
   lexical cost: one minus a weighted Dice overlap of content-word stems, weighted by inverse
   document frequency, where numbers and capitalised names count double as anchors. Skipping a
   sentence (1-0, 0-1) has a fixed cost, so passages found in only one document stay unaligned
   instead of being forced onto a neighbour. In a 1-2/2-1 bead each merged sentence must share part
   of its own content with the other side.
3. A second pass pairs sentences left over on both sides when they are similar enough: translations
   move passages, which a monotone programme cannot follow (such beads have ``moved=True``).

The programme is O(n·m) in time and memory (about 9 µs of CPU per sentence pair): 1,000 × 1,000
sentences take about 9 s.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Sequence

from ..errors import InputError
from ..sentences import split

#: Largest n·m the aligner accepts (about 3,000 × 3,000 sentences).
MAX_CELLS = 9_000_000

_WORD = re.compile(r"\w+(?:[.,]\d+)*", re.UNICODE)

_STOP = frozenset(
    """a an the and or but if of in on at to for from by with as is are was were be been being this that
    these those it its their there they them he she his her we our you your i not no so such than then
    also has have had do does did will would can could should may might must into over under about
    after before between through during within without while which who whom whose what when where how
    all any each both more most other some many much very just only own same too up out per via""".split()
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: 1-based ``index`` in the document, 1-based ``line`` it sits on."""

    index: int
    line: int
    text: str


@dataclass(frozen=True, slots=True)
class Bead:
    """One alignment step: sentence indexes (0-based positions in the sentence lists) on each side."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    cost: float
    similarity: float
    #: True for a pair found by the second pass (out of document order).
    moved: bool = False

    @property
    def kind(self) -> str:
        return f"{len(self.left)}-{len(self.right)}"

    @property
    def aligned(self) -> bool:
        return bool(self.left) and bool(self.right)


def split_sentences(text: str) -> list[Sentence]:
    """Split a document into sentences; each non-empty line is a paragraph (see the module doc)."""
    from ..textio import split_lines

    out: list[Sentence] = []
    for lineno, line in enumerate(split_lines(text), 1):
        for sent in split_paragraph(line):
            out.append(Sentence(len(out) + 1, lineno, sent))
    return out


def split_paragraph(paragraph: str) -> list[str]:
    """The sentences of one paragraph (stripped; empty paragraphs give none): :func:`vnterm.sentences.split`."""
    return split(paragraph.strip())


def _stem(word: str) -> str:
    return word[:5]


def features(sentence: str) -> dict[str, float]:
    """Lexical features of a sentence: content-word stems → 1, numbers and capitalised names → 2.

    :func:`align` multiplies these by each feature's inverse document frequency over both documents,
    so words every sentence shares ("Ministry", "localities") count for little and rare anchors
    (a figure, a place name) for much.
    """
    out: dict[str, float] = {}
    for i, m in enumerate(_WORD.finditer(sentence)):
        w = m.group(0)
        if w[0].isdigit():
            out["#" + re.sub(r"[.,]", "", w)] = 2.0
            continue
        low = w.lower()
        if low in _STOP or len(low) < 3:
            continue
        weight = 2.0 if (w[0].isupper() and i > 0) else 1.0
        key = _stem(low)
        if out.get(key, 0.0) < weight:
            out[key] = weight
    return out


def weigh(feats: Sequence[dict[str, float]]) -> list[dict[str, float]]:
    """Multiply each feature by its inverse document frequency over ``feats`` (smoothed)."""
    df: dict[str, int] = {}
    for f in feats:
        for k in f:
            df[k] = df.get(k, 0) + 1
    n = len(feats)
    idf = {k: math.log((n + 1) / (c + 0.5)) for k, c in df.items()}
    return [{k: w * idf[k] for k, w in f.items()} for f in feats]


def similarity(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted Dice overlap of two feature sets, 0..1."""
    if not a or not b:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(w, b[k]) for k, w in a.items() if k in b)
    return 2.0 * shared / (sum(a.values()) + sum(b.values()))


def containment(part: dict[str, float], whole: dict[str, float]) -> float:
    """Share of ``part``'s feature weight that ``whole`` also has, 0..1."""
    total = sum(part.values())
    if not total:
        return 0.0
    return sum(min(w, whole[k]) for k, w in part.items() if k in whole) / total


def _merge(*feats: dict[str, float]) -> dict[str, float]:
    out: dict[str, float] = {}
    for f in feats:
        for k, w in f.items():
            if out.get(k, 0.0) < w:
                out[k] = w
    return out


def _norm_sf(z: float) -> float:
    """Two-sided tail probability of a standard normal: 2·(1 − Φ(|z|))."""
    return math.erfc(abs(z) / math.sqrt(2.0))



@dataclass(frozen=True, slots=True)
class AlignParams:
    """Weights of the bead costs: length_weight·GC length cost + lexical_weight·(1 − similarity) [+ merge_cost].

    A 1-1 bead of similar length wins over skipping both sentences when similarity ≳ 0.33.
    """

    length_weight: float = 0.25
    lexical_weight: float = 6.0
    skip_cost: float = 2.0
    #: Extra cost of a 1-2 or 2-1 bead over a 1-1 bead; below ``skip_cost``, so that a sentence split
    #: in two is merged rather than half skipped. (Gale-Church's priors, -log(0.0445/0.89) ≈ 3.0 for a
    #: merge and ≈ 5.2 for a skip, assume parallel text with almost no omissions; free translations
    #: of overlapping articles omit whole passages, so skips are cheap here and merges cheaper still.)
    merge_cost: float = 1.0
    #: In a 1-2 or 2-1 bead, each of the two sentences must find at least this share of its own
    #: (weighted) features in the single sentence, so an unrelated neighbour is not swallowed.
    part_containment: float = 0.3
    variance: float = 6.8
    min_similarity: float = 0.12
    #: After the in-order pass, pair left-over sentences whose similarity reaches this (None: off).
    moved_similarity: float | None = 0.5


def _length_cost(l1: int, l2: int, variance: float) -> float:
    if l1 == 0 and l2 == 0:
        return 0.0
    mean = (l1 + l2) / 2.0
    z = (l2 - l1) / math.sqrt(max(mean, 1.0) * variance)
    p = max(_norm_sf(z), 1e-12)
    return -math.log(p)


def align(left: Sequence[str], right: Sequence[str], params: AlignParams | None = None) -> list[Bead]:
    """Align two sentence lists; every sentence appears in exactly one bead, in order."""
    p = params or AlignParams()
    n, m = len(left), len(right)
    if n * m > MAX_CELLS:
        raise InputError(f"documents too long to align ({n} × {m} sentences; at most {MAX_CELLS:,} pairs)")
    weighted = weigh([features(s) for s in left] + [features(s) for s in right])
    lf, rf = weighted[:n], weighted[n:]
    ll = [len(s) for s in left]
    rl = [len(s) for s in right]
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    skip = p.skip_cost

    contained: dict[tuple[int, int, int], bool] = {}

    def parts_ok(side: int, parts: range, other: int) -> bool:
        """Each sentence of the 2-side shares enough of its content with the single sentence."""
        for k in parts:
            key = (side, k, other)
            ok = contained.get(key)
            if ok is None:
                if side == 0:
                    ok = containment(lf[k], rf[other]) >= p.part_containment
                else:
                    ok = containment(rf[k], lf[other]) >= p.part_containment
                contained[key] = ok
            if not ok:
                return False
        return True

    def bead_cost(i0: int, i1: int, j0: int, j1: int) -> tuple[float, float]:
        if i1 - i0 == 2 and not parts_ok(0, range(i0, i1), j0):
            return inf, 0.0
        if j1 - j0 == 2 and not parts_ok(1, range(j0, j1), i0):
            return inf, 0.0
        fa = lf[i0] if i1 - i0 == 1 else _merge(*lf[i0:i1])
        fb = rf[j0] if j1 - j0 == 1 else _merge(*rf[j0:j1])
        sim = similarity(fa, fb)
        if sim < p.min_similarity:
            return inf, sim
        lc = _length_cost(sum(ll[i0:i1]), sum(rl[j0:j1]), p.variance)
        c = p.length_weight * lc + p.lexical_weight * (1.0 - sim) + (p.merge_cost if (i1 - i0) + (j1 - j0) > 2 else 0.0)
        return c, sim

    for i in range(n + 1):
        row = cost[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best = inf
            arg: tuple[int, int, float] | None = None
            if i > 0 and cost[i - 1][j] + skip < best:
                best, arg = cost[i - 1][j] + skip, (1, 0, 0.0)
            if j > 0 and row[j - 1] + skip < best:
                best, arg = row[j - 1] + skip, (0, 1, 0.0)
            for di, dj in ((1, 1), (1, 2), (2, 1)):
                if i >= di and j >= dj:
                    prev = cost[i - di][j - dj]
                    if prev == inf or prev >= best:
                        continue
                    c, sim = bead_cost(i - di, i, j - dj, j)
                    if prev + c < best:
                        best, arg = prev + c, (di, dj, sim)
            row[j] = best
            back[i][j] = arg
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        step = back[i][j]
        assert step is not None
        di, dj, sim = step
        beads.append(
            Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), cost[i][j] - cost[i - di][j - dj], sim)
        )
        i, j = i - di, j - dj
    beads.reverse()
    if p.moved_similarity is not None:
        beads = _pair_moved(beads, lf, rf, p.moved_similarity)
    return beads


def _pair_moved(
    beads: list[Bead], lf: list[dict[str, float]], rf: list[dict[str, float]], threshold: float
) -> list[Bead]:
    """Second pass for reordered passages: pair unaligned sentences, most similar first (1-1 only).

    The programme is monotone; documents that move a paragraph leave it unaligned on both sides.
    Left-over sentences are paired greedily by similarity when it reaches ``threshold``; each pair
    becomes a 1-1 bead placed at its left sentence's position, and its two skips are removed.
    """
    lefts = [b.left[0] for b in beads if b.left and not b.right]
    rights = [b.right[0] for b in beads if b.right and not b.left]
    if not lefts or not rights:
        return beads
    cands = []
    for i in lefts:
        for j in rights:
            sim = similarity(lf[i], rf[j])
            if sim >= threshold:
                cands.append((-sim, i, j))
    if not cands:
        return beads
    cands.sort()
    used_l: dict[int, tuple[int, float]] = {}
    used_r: set[int] = set()
    for neg, i, j in cands:
        if i in used_l or j in used_r:
            continue
        used_l[i] = (j, -neg)
        used_r.add(j)
    out: list[Bead] = []
    for b in beads:
        if b.left and not b.right and b.left[0] in used_l:
            j, sim = used_l[b.left[0]]
            out.append(Bead(b.left, (j,), 0.0, sim, moved=True))
        elif b.right and not b.left and b.right[0] in used_r:
            continue
        else:
            out.append(b)
    return out
