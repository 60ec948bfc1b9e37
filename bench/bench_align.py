"""Benchmark: sentence-alignment accuracy on seeds 003/004 against the hand alignment.

Gold: ``bench/data/align_003_004.tsv`` (sentence ids of 003 ↔ 004 from
``vnterm.score.align.split_sentences``). Precision and recall are over aligned sentence pairs (a
2-1 bead gives two pairs). The same run scores three aligners on the same sentences:

* vnterm (Gale-Church length cost + lexical similarity, then a second pass for moved passages),
* vnterm without the second pass (monotone only),
* plain Gale-Church (length only, the classic priors) — the textbook peer,

and prints each one's precision/recall/F1 and the ratio to the peer. It also times the default
aligner on a long synthetic document pair (seed sentences, shuffled blocks) to show its cost.

    .venv/bin/python bench/bench_align.py
"""

from __future__ import annotations

import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnterm.score.align import AlignParams, align, split_sentences  # noqa: E402

SEEDS = ROOT / "corpora" / "seeds"
GOLD = ROOT / "bench" / "data" / "align_003_004.tsv"


def gold_pairs() -> set[tuple[int, int]]:
    rows = [line.split("\t") for line in GOLD.read_text(encoding="utf-8").splitlines() if line[:1].isdigit()]
    return {(int(r[0]), int(r[1])) for r in rows}


def gale_church(left: list[str], right: list[str]) -> set[tuple[int, int]]:
    """Classic Gale & Church (1993): character lengths, c = 1, s² = 6.8, their bead priors."""
    priors = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2, (2, 2): 0.011}

    def cost(l1: int, l2: int, prior: float) -> float:
        if l1 == 0 and l2 == 0:
            return -math.log(prior)
        mean = (l1 + l2) / 2.0
        z = (l2 - l1) / math.sqrt(max(mean, 1.0) * 6.8)
        p = max(math.erfc(abs(z) / math.sqrt(2.0)), 1e-12)
        return -math.log(prior) - math.log(p)

    n, m = len(left), len(right)
    ll, rl = [len(s) for s in left], [len(s) for s in right]
    inf = float("inf")
    d = [[inf] * (m + 1) for _ in range(n + 1)]
    back = [[None] * (m + 1) for _ in range(n + 1)]
    d[0][0] = 0.0
    for i in range(n + 1):
        for j in range(m + 1):
            for (di, dj), pr in priors.items():
                if (i, j) == (0, 0) or i < di or j < dj:
                    continue
                c = d[i - di][j - dj] + cost(sum(ll[i - di : i]), sum(rl[j - dj : j]), pr)
                if c < d[i][j]:
                    d[i][j], back[i][j] = c, (di, dj)
    pairs: set[tuple[int, int]] = set()
    i, j = n, m
    while i or j:
        di, dj = back[i][j]
        pairs |= {(a, b) for a in range(i - di, i) for b in range(j - dj, j)}
        i, j = i - di, j - dj
    return pairs


def prf(pred: set[tuple[int, int]], gold: set[tuple[int, int]]) -> tuple[float, float, float]:
    tp = len(pred & gold)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    s003 = split_sentences((SEEDS / "003_e346842bea5cd862.txt").read_text(encoding="utf-8"))
    s004 = split_sentences((SEEDS / "004_83d8280c87259e33.txt").read_text(encoding="utf-8"))
    gold = gold_pairs()
    left, right = [s.text for s in s004], [s.text for s in s003]  # hypothesis 004, reference 003

    def as_gold(pairs) -> set[tuple[int, int]]:  # (004 index, 003 index) 0-based → (id_003, id_004)
        return {(j + 1, i + 1) for i, j in pairs}

    def beads_pairs(beads) -> set[tuple[int, int]]:
        return {(i, j) for b in beads for i in b.left for j in b.right}

    rows = []
    t = time.perf_counter()
    full = beads_pairs(align(left, right))
    t_full = time.perf_counter() - t
    rows.append(("vnterm (GC + lexical + moved pass)", as_gold(full)))
    rows.append(("vnterm, monotone only", as_gold(beads_pairs(align(left, right, AlignParams(moved_similarity=None))))))
    rows.append(("plain Gale-Church (peer)", as_gold(gale_church(left, right))))
    print(f"seeds 003 ({len(s003)} sentences) ↔ 004 ({len(s004)} sentences); gold pairs: {len(gold)}")
    peer_f = prf(rows[-1][1], gold)[2]
    for name, pred in rows:
        p, r, f = prf(pred, gold)
        ratio = f"{f / peer_f:.2f}x peer F1" if peer_f else "peer F1 = 0"
        print(f"{name:<36} pairs {len(pred):3d}  correct {len(pred & gold):2d}  P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({ratio})")
    print(f"time for the 003/004 alignment: {t_full * 1000:.0f} ms")

    # cost on a long document pair: 1,000 sentences each side, blocks moved and sentences dropped
    rng = random.Random(5)
    pool = [s.text for p in sorted(SEEDS.glob("0*.txt")) for s in split_sentences(p.read_text(encoding="utf-8"))]
    doc = [pool[k % len(pool)] + f" ({k})" for k in range(1000)]
    other = [s for s in doc if rng.random() > 0.1]
    t, c = time.perf_counter(), time.process_time()
    beads = align(doc, other)
    dt, dc = time.perf_counter() - t, time.process_time() - c
    ok = sum(1 for b in beads if b.aligned and doc[b.left[0]] == other[b.right[0]])
    print(f"1,000 × {len(other)} sentences: {dt:.1f} s wall, {dc:.1f} s CPU "
          f"({dc / (1000 * len(other)) * 1e6:.1f} µs CPU per sentence pair); "
          f"{ok}/{len(other)} sentences paired with their copy")


if __name__ == "__main__":
    main()
