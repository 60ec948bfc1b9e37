"""Benchmark `vnterm audit`: throughput on 1,000 and 10,000 generated documents, and peak memory.

Documents of about 1,000 words are generated from the seed articles (corpora/seeds) into a temporary
folder: paragraphs sampled at random, some official terms swapped for their variants with a drift
over time (older documents favour the deprecated forms), dates spread over 2023–2026 and carried as
Markdown front matter (40 %), HTML <meta name="date"> (30 %) or the file's mtime (30 %).

Each measurement runs in a fresh child process (`--measure DIR`) that calls vnterm.audit.audit_paths
with the bundled glossary, and reports wall time and peak RSS (its own and its worker processes').
Flat memory means the 10k peak is close to the 1k peak.

The peer, measured on the same 1,000 documents in the same run: the script a person would write
first — one case-insensitive, word-bounded regular expression alternating every English term of the
same glossary, run over each file, counting matches per term (no folding, no offsets, no dates).

    .venv/bin/python bench/bench_audit.py [--docs 10000] [--words 1000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SWAPS = [  # (preferred, variant) pairs that drift in the generated archive
    ("Viet Nam", "Vietnam"),
    ("two-tier local government", "two-tiered local government"),
    ("Deputy Minister of Foreign Affairs", "Deputy Foreign Minister"),
    ("Department of Foreign Affairs and Cultural Diplomacy", "Department for External Relations and Cultural Diplomacy"),
    ("Hai Phong", "Haiphong"),
]


def paragraphs() -> list[str]:
    out = []
    for p in sorted((ROOT / "corpora" / "seeds").glob("*.txt")):
        out += [line.strip() for line in p.read_text(encoding="utf-8").splitlines() if len(line.split()) >= 8]
    return out


def generate(folder: Path, n: int, words: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    paras = paragraphs()
    start = 1672531200  # 2023-01-01
    span = 3 * 365 * 86400
    total = 0
    for i in range(n):
        t = start + rng.randrange(span)
        drift = (t - start) / span  # 0 → old, 1 → recent
        body: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paras)
            for pref, var in SWAPS:
                if pref in p and rng.random() > drift:
                    p = p.replace(pref, var)
            body.append(p)
            count += len(p.split())
        total += count
        date = time.strftime("%Y-%m-%d", time.gmtime(t))
        kind = rng.random()
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        if kind < 0.4:
            path = sub / f"doc{i:05d}.md"
            path.write_text(f"---\ntitle: Document {i}\ndate: {date}\n---\n\n" + "\n\n".join(body) + "\n", encoding="utf-8")
        elif kind < 0.7:
            path = sub / f"doc{i:05d}.html"
            html = "".join(f"<p>{p.replace('&', '&amp;')}</p>\n" for p in body)
            path.write_text(
                f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="date" content="{date}">'
                f"<title>Document {i}</title></head>\n<body>\n{html}</body></html>\n",
                encoding="utf-8",
            )
        else:
            path = sub / f"doc{i:05d}.txt"
            path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
            os.utime(path, (t, t))
    return total


def measure(folder: str, jobs: int) -> None:
    """Child process: audit ``folder`` and print JSON (seconds, peak RSS in MiB)."""
    from vnterm.audit import audit_paths
    from vnterm.glossary import load_glossaries

    glossary = load_glossaries()
    t0 = time.perf_counter()
    result = audit_paths([folder], glossary, jobs=jobs)
    dt = time.perf_counter() - t0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(json.dumps({
        "seconds": dt, "rss_main_mib": own, "rss_worker_mib": kids, "documents": result.documents,
        "words": result.words, "matches": result.matches, "drifting": len(result.drifting),
    }))


def peer_vs_vnterm(folder: Path, limit: int) -> tuple[float, int, float, int]:
    """The regex baseline and vnterm, both in this process, one core, on the same ``limit`` files."""
    from vnterm.audit import audit_paths
    from vnterm.glossary import load_glossaries

    glossary = load_glossaries()
    files = sorted(p for p in folder.rglob("*") if p.is_file())[:limit]
    terms = sorted({t.text for _, t in glossary.terms() if t.lang == "en"}, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    n = 0
    for path in files:
        for m in pattern.finditer(path.read_text(encoding="utf-8")):
            k = m.group().lower()
            counts[k] = counts.get(k, 0) + 1
            n += 1
    t_peer = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = audit_paths([str(p) for p in files], glossary, jobs=1)
    t_vn = time.perf_counter() - t0
    return t_peer, n, t_vn, result.matches


def child(folder: Path, jobs: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--measure", str(folder), "--jobs", str(jobs)],
        check=True, capture_output=True, text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=0)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        measure(args.measure, args.jobs)
        return
    base = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vnterm-audit-bench-"))
    try:
        small, large = base / "small", base / "large"
        small.mkdir(parents=True, exist_ok=True)
        large.mkdir(parents=True, exist_ok=True)
        n_small = max(1, args.docs // 10)
        t0 = time.perf_counter()
        w_small = generate(small, n_small, args.words)
        w_large = generate(large, args.docs, args.words)
        print(f"generated {n_small} + {args.docs} documents ({w_small:,} + {w_large:,} words) in {time.perf_counter() - t0:.1f} s")
        print(f"machine: {os.cpu_count()} CPUs; jobs={args.jobs or 'auto'}")
        r_small = child(small, args.jobs)
        r_large = child(large, args.jobs)
        for label, r in ((f"{n_small:>6} docs", r_small), (f"{args.docs:>6} docs", r_large)):
            print(f"  vnterm audit {label}: {r['seconds']:6.2f} s  {r['words'] / r['seconds'] / 1e6:5.2f} M words/s  "
                  f"peak RSS main {r['rss_main_mib']:.0f} MiB, workers {r['rss_worker_mib']:.0f} MiB  "
                  f"({r['matches']:,} term uses, {r['drifting']} drifting concepts)")
        growth = r_large["rss_main_mib"] / r_small["rss_main_mib"]
        print(f"  memory: peak RSS {args.docs // n_small}× more documents → ×{growth:.2f} main, "
              f"×{r_large['rss_worker_mib'] / r_small['rss_worker_mib']:.2f} workers")
        target = "met" if r_large["seconds"] < 60 * args.docs / 10000 * args.words / 1000 else "MISSED"
        print(f"  target (10,000 × 1,000-word documents in under 60 s): {target}")
        t_peer, n_peer, t_vn, n_vn = peer_vs_vnterm(small, 200)
        print(f"  same process, one core, 200 docs: peer regex alternation {t_peer:6.2f} s ({n_peer:,} matches), "
              f"vnterm {t_vn:6.2f} s ({n_vn:,} matches)")
        print(f"  ratio peer time / vnterm time: {t_peer / t_vn:.2f}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
