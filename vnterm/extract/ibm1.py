"""IBM Model 1 word translation probabilities, trained by EM, vectorised with numpy.

Each sentence pair contributes a matrix of (target word × source word + NULL) cells; a per-cell
prior weight carries the cues the corpus alone cannot teach: a relative-position (diagonal) prior,
a boost for cognates (names, numbers and codes spelled alike), and zeros that forbid links across
glossary anchors (competitive linking: words an anchor explains are not free for anything else).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(slots=True)
class Sentence:
    """Source and target token ids, and an optional prior weight matrix [len(tgt), len(src) + 1]
    (column 0 is NULL)."""

    src: np.ndarray
    tgt: np.ndarray
    weight: np.ndarray | None = None


class Model1:
    """P(target word | source word) trained on sentence pairs; :meth:`posteriors` gives, per target
    word of a sentence, the distribution of its link over NULL and the source words."""

    def __init__(
        self, sentences: list[Sentence], n_src: int, n_tgt: int, iterations: int = 8, smoothing: float = 0.0
    ):
        self.smoothing = smoothing
        self.n_tgt = n_tgt
        self.sentences = sentences
        pid_parts, row_parts, w_parts = [], [], []
        self.offsets: list[tuple[int, int, int]] = []  # (cell offset, rows, cols)
        cell = 0
        row = 0
        for s in sentences:
            src = np.concatenate(([0], s.src + 1))  # 0 = NULL
            rows, cols = len(s.tgt), len(src)
            keys = (src[None, :].astype(np.int64) * n_tgt + s.tgt[:, None].astype(np.int64)).ravel()
            pid_parts.append(keys)
            row_parts.append(np.repeat(np.arange(row, row + rows, dtype=np.int64), cols))
            w = np.ones((rows, cols)) if s.weight is None else s.weight
            w_parts.append(np.asarray(w, dtype=np.float64).ravel())
            self.offsets.append((cell, rows, cols))
            cell += rows * cols
            row += rows
        if cell:
            keys = np.concatenate(pid_parts)
            self.pairs, self.pid = np.unique(keys, return_inverse=True)
            self.row = np.concatenate(row_parts)
            self.w = np.concatenate(w_parts)
        else:
            self.pairs = np.zeros(0, dtype=np.int64)
            self.pid = np.zeros(0, dtype=np.int64)
            self.row = np.zeros(0, dtype=np.int64)
            self.w = np.zeros(0)
        self.n_rows = row
        self.src_of_pair = self.pairs // n_tgt
        self.t = np.ones(len(self.pairs))
        self.post = np.zeros(cell)
        for _ in range(iterations):
            self._step()
        self._expect()

    def _expect(self) -> None:
        if not len(self.pid):
            return
        tw = self.t[self.pid] * self.w
        denom = np.bincount(self.row, weights=tw, minlength=self.n_rows)
        safe = np.where(denom > 0, denom, 1.0)
        self.post = tw / safe[self.row]

    def _step(self) -> None:
        if not len(self.pid):
            return
        self._expect()
        counts = np.bincount(self.pid, weights=self.post, minlength=len(self.pairs))
        totals = np.bincount(self.src_of_pair, weights=counts)
        tot = totals[self.src_of_pair]
        n = self.smoothing  # add-n smoothing (Moore 2004): rare source words cannot grab every link
        self.t = (counts + n) / np.maximum(tot + n * self.n_tgt, 1e-12) + 1e-9

    def posteriors(self, index: int) -> np.ndarray:
        """Link posteriors of sentence ``index``: [len(tgt), len(src) + 1], column 0 = NULL."""
        start, rows, cols = self.offsets[index]
        return self.post[start : start + rows * cols].reshape(rows, cols)
