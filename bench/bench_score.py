"""Benchmark: `vnterm score` against sacrebleu's own corpus_score on 10k sentence pairs, same run.

Pairs are generated from the sentences of the five seed articles with seeded perturbations (word
drops, swaps, substitutions, case and punctuation changes), so both sides are realistic English of
realistic length. The peer is the lower bound: sacrebleu's ``corpus_score`` for BLEU, chrF2 and TER
on lists already in memory. vnterm is measured twice: the library call ``score_files`` (reads and
checks the files, keeps per-segment statistics) and the whole CLI command in-process (``--json``).
Each variant runs ROUNDS times, interleaved; the best time of each is compared, as wall time and as
CPU time of this process (the CPU figure is the one to trust when other jobs share the machine).

    .venv/bin/python bench/bench_score.py [--pairs 10000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def seed_sentences() -> list[str]:
    from vnterm.score.align import split_sentences

    out: list[str] = []
    for path in sorted((ROOT / "corpora" / "seeds").glob("0*.txt")):
        out.extend(s.text for s in split_sentences(path.read_text(encoding="utf-8")) if len(s.text.split()) >= 4)
    return out


def perturb(sentence: str, rng: random.Random, vocab: list[str]) -> str:
    words = sentence.split()
    for _ in range(rng.randint(0, 4)):
        op = rng.random()
        i = rng.randrange(len(words))
        if op < 0.25 and len(words) > 3:
            del words[i]
        elif op < 0.5 and i + 1 < len(words):
            words[i], words[i + 1] = words[i + 1], words[i]
        elif op < 0.75:
            words[i] = rng.choice(vocab)
        elif op < 0.9:
            words[i] = words[i].lower() if words[i][:1].isupper() else words[i].capitalize()
        else:
            words[i] = words[i].rstrip(".,;:") + rng.choice([",", ";", ""])
    return " ".join(words)


def make_pairs(n: int, seed: int = 13) -> tuple[list[str], list[str]]:
    rng = random.Random(seed)
    sents = seed_sentences()
    vocab = sorted({w for s in sents for w in s.split()})
    hyps, refs = [], []
    for k in range(n):
        s = sents[k % len(sents)]
        refs.append(perturb(s, rng, vocab) if rng.random() < 0.3 else s)
        hyps.append(perturb(s, rng, vocab))
    return hyps, refs


def peer(hyps: list[str], refs: list[str]) -> dict[str, float]:
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {name: m.corpus_score(hyps, [refs]).score for name, m in (("bleu", BLEU()), ("chrf", CHRF()), ("ter", TER()))}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()

    from click.testing import CliRunner

    from vnterm.cli import cli
    from vnterm.score.core import score_files

    hyps, refs = make_pairs(args.pairs)
    tmp = Path(tempfile.mkdtemp(prefix="vnterm-bench-score-"))
    hyp_path, ref_path = tmp / "hyp.en", tmp / "ref.en"
    hyp_path.write_text("\n".join(hyps) + "\n", encoding="utf-8")
    ref_path.write_text("\n".join(refs) + "\n", encoding="utf-8")
    runner = CliRunner()
    times: dict[str, list[float]] = {"sacrebleu corpus_score": [], "vnterm score_files": [], "vnterm CLI --json": []}
    peer_scores = ours = None
    cpu: dict[str, list[float]] = {k: [] for k in times}

    def timed(name, fn):
        w, c = time.perf_counter(), time.process_time()
        value = fn()
        times[name].append(time.perf_counter() - w)
        cpu[name].append(time.process_time() - c)
        return value

    for _ in range(args.rounds):
        peer_scores = timed("sacrebleu corpus_score", lambda: peer(hyps, refs))
        result = timed("vnterm score_files", lambda: score_files(str(hyp_path), [str(ref_path)]))
        ours = {k: m.score for k, m in result.metrics.items()}
        r = timed("vnterm CLI --json", lambda: runner.invoke(cli, ["score", str(hyp_path), "--ref", str(ref_path), "--json"]))
        assert r.exit_code == 0, r.output

    assert peer_scores == ours, (peer_scores, ours)
    print(f"{args.pairs} sentence pairs from {len(seed_sentences())} seed sentences; best of {args.rounds} rounds")
    print(f"scores (identical in both): BLEU {ours['bleu']:.2f}  chrF2 {ours['chrf']:.2f}  TER {ours['ter']:.2f}")
    base = min(times["sacrebleu corpus_score"])
    cbase = min(cpu["sacrebleu corpus_score"])
    print(f"{'':<28} {'wall':>9}  {'ratio':>6}   {'cpu':>9}  {'ratio':>6}")
    for name, ts in times.items():
        cs = cpu[name]
        print(f"{name:<28} {min(ts):7.2f} s  {min(ts) / base:5.3f}x   {min(cs):7.2f} s  {min(cs) / cbase:5.3f}x"
              f"   (wall runs: {', '.join(f'{x:.1f}' for x in ts)})")

    # What a failed threshold or --html adds: per-segment scores from the kept statistics, the report.
    from vnterm.score.report_html import render_html

    t = time.perf_counter()
    for m in result.metrics.values():
        m.segment_scores()
    seg = time.perf_counter() - t
    t = time.perf_counter()
    html = render_html(result)
    rep = time.perf_counter() - t
    print(f"per-segment BLEU+chrF+TER for all {len(result.segments)} segments: {seg * 1000:.0f} ms "
          f"({seg / base * 100:.1f}% of the sacrebleu time); HTML report: {rep * 1000:.0f} ms, {len(html) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
