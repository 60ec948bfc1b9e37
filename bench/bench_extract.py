"""Benchmark `vnterm glossary extract`: recall of gold term pairs at rank 1 and rank 5.

For each gold Vietnamese term, is the gold English term the top candidate for that Vietnamese span
(rank 1), or among its five best (rank 5)? Measured on the tuning set (tests/data/extract/dev.*) and
on a held-out set that was never tuned on (heldout.*), with anchors (the fixture glossary
tests/data/extract/anchors.tsv), with the bundled glossary as anchors ("official", what a user gets
by default), and without. "new" counts only gold pairs that the fixture anchor glossary does not
already hold; "absent-from-official" counts the pairs the bundled glossary lacks today (with
"official" anchors, that is the figure that matters: the others are in the glossary already).

The peer is a plain co-occurrence baseline measured in the same run on the same input: every
Vietnamese and English n-gram of a line pair, scored by Dice over line co-occurrence (the textbook
method the issue names), so the ratio shows what alignment and anchors add.

    .venv/bin/python bench/bench_extract.py [--set dev|heldout|all] [--verbose]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnterm.extract import extract_pairs, read_parallel  # noqa: E402
from vnterm.glossary import load_glossary  # noqa: E402
from vnterm.text import fold_key  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"


def read_gold(path: Path) -> list[tuple[str, str]]:
    rows = path.read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(r.split("\t")[:2]) for r in rows if r.strip()]  # type: ignore[misc]


def ranked(cands) -> dict[str, list[str]]:
    out: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for c in cands:
        out[fold_key(c.vi)].append((c.rank, fold_key(c.en)))
    return {k: [e for _, e in sorted(v)] for k, v in out.items()}


def recall(table: dict[str, list[str]], gold: list[tuple[str, str]], k: int) -> float:
    if not gold:
        return float("nan")
    hits = sum(1 for v, e in gold if fold_key(e) in table.get(fold_key(v), [])[:k])
    return hits / len(gold)


def dice_baseline(vi_lines: list[str], en_lines: list[str], top: int = 5) -> dict[str, list[str]]:
    """The peer: n-grams on both sides, Dice over lines; no alignment, no anchors."""
    from vnterm.extract.segment import make_analyzer
    from vnterm.extract.tokens import english_side, spans, vietnamese_side

    analyzer = make_analyzer(None, "underthesea")
    vi_sets: dict[str, set[int]] = defaultdict(set)
    en_sets: dict[str, set[int]] = defaultdict(set)
    for i, (v, e) in enumerate(zip(vi_lines, en_lines)):
        vs = vietnamese_side(v, analyzer(v).words)
        es = english_side(e)
        for a, b in spans(vs, 10):
            vi_sets[fold_key(vs.span_text(a, b))].add(i)
        for a, b in spans(es, 10):
            en_sets[fold_key(es.span_text(a, b))].add(i)
    by_line: dict[int, list[str]] = defaultdict(list)
    for ek, ls in en_sets.items():
        for i in ls:
            by_line[i].append(ek)
    table: dict[str, list[str]] = {}
    for vk, vl in vi_sets.items():
        cands = {ek for i in vl for ek in by_line[i]}
        scored = sorted(cands, key=lambda ek: (-2 * len(vl & en_sets[ek]) / (len(vl) + len(en_sets[ek])), -len(ek), ek))
        table[vk] = scored[:top]
    return table


def run(name: str, verbose: bool) -> dict[str, float]:
    vi, en = read_parallel(DATA / f"{name}.vi", DATA / f"{name}.en")
    gold = read_gold(DATA / f"{name}.gold.tsv")
    anchors = load_glossary(DATA / "anchors.tsv")
    official = load_glossary(ROOT / "glossaries" / "official")
    in_anchor = {(fold_key(t.text)) for _, t in anchors.terms() if t.lang == "vi"}
    in_official = {(fold_key(t.text)) for _, t in official.terms() if t.lang == "vi"}
    new = [g for g in gold if fold_key(g[0]) not in in_anchor]
    absent = [g for g in gold if fold_key(g[0]) not in in_official]
    print(f"== {name}: {len(vi)} line pairs, {len(gold)} gold pairs "
          f"({len(new)} not in the anchor glossary, {len(absent)} absent from the bundled glossary)")
    t0 = time.perf_counter()
    base = dice_baseline(vi, en)
    t_base = time.perf_counter() - t0
    results = {}
    for label, glossary in (("no anchors", None), ("anchors", anchors), ("official", official)):
        t0 = time.perf_counter()
        table = ranked(extract_pairs(vi, en, glossary, top=5))
        dt = time.perf_counter() - t0
        r1, r5 = recall(table, gold, 1), recall(table, gold, 5)
        n1, n5 = recall(table, new, 1), recall(table, new, 5)
        a1, a5 = recall(table, absent, 1), recall(table, absent, 5)
        results[label] = r1
        print(f"  vnterm {label:<10}  R@1 {r1:.3f}  R@5 {r5:.3f}   new R@1 {n1:.3f} R@5 {n5:.3f}   "
              f"absent-from-official R@1 {a1:.3f} R@5 {a5:.3f}   ({dt:.2f} s)")
        if label == "official":
            continue
        if verbose:
            for v, e in gold:
                got = table.get(fold_key(v), [])
                if not got or got[0] != fold_key(e):
                    print(f"      miss {v!r} → {e!r}: {got[:5]}")
    b1, b5 = recall(base, gold, 1), recall(base, gold, 5)
    print(f"  peer Dice n-gram     R@1 {b1:.3f}  R@5 {b5:.3f}   ({t_base:.2f} s)")
    for label, r1 in results.items():
        if label == "official":
            continue
        ratio = r1 / b1 if b1 else float("inf")
        print(f"  ratio R@1 vnterm ({label}) / peer: {ratio:.2f}")
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=("dev", "heldout", "heldout2", "heldout3", "all"), default="all")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    for name in ("dev", "heldout", "heldout2", "heldout3") if args.set == "all" else (args.set,):
        run(name, args.verbose)


if __name__ == "__main__":
    main()
