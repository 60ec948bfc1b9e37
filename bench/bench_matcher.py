"""Matcher throughput: words/s of ``Matcher.find`` on ~1M words of English copy, by glossary size.

Glossaries of 10, 1,000 and 10,000 concepts: bundled concepts plus synthetic, realistic ones
(multi-word English official names with deprecated variants, Vietnamese preferred terms), in two
series: A keeps the same 10 bundled concepts at every size (so the number of hits is constant and
the ratio shows what the glossary size alone costs); B takes as many bundled concepts as fit (the
real hit density of the bundled glossary on this copy: the cost per hit). The text
is the five seed articles repeated, matched one article at a time (as ``vnterm check`` does).
The peer, measured in the same run on the same text, is a single compiled Python ``re``
alternation of every English term (what a simple regex linter does), on up to 100k words
(at most ``--peer-seconds`` per size, since it slows down with every term).

Targets: time(10,000) / time(10) ≤ 1.5 and ≥ 1M words/s.

    .venv/bin/python bench/bench_matcher.py [--words 1000000] [--repeat 7]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnterm.glossary import Concept, Glossary, Term, load_glossaries  # noqa: E402
from vnterm.glossary.matcher import Matcher  # noqa: E402

SEEDS = ROOT / "corpora" / "seeds"

_OFFICES = ["Department", "Office", "Bureau", "Agency", "Institute", "Centre", "Board", "Directorate", "Commission"]
_FIELDS = [
    "Foreign Affairs", "Cultural Diplomacy", "Economic Cooperation", "Consular Affairs", "Overseas Vietnamese",
    "International Law", "Press and Information", "Protocol", "Border Management", "Treaty Affairs",
    "Public Security", "Natural Resources", "Environmental Protection", "Rural Development", "Maritime Affairs",
    "Science and Technology", "Digital Transformation", "Investment Promotion", "Trade Remedies", "Ethnic Minorities",
    "Religious Affairs", "Labour and Invalids", "Social Affairs", "Healthcare Insurance", "Cadre Organisation",
    "Inspection", "Emulation and Commendation", "Archives", "State Records", "Civil Aviation", "Inland Waterways",
]
_SCOPES = [
    "Provincial", "Municipal", "Central", "Regional", "National", "Local", "District", "Commune", "Northern",
    "Southern", "Coastal", "Highland", "Mekong Delta", "Red River Delta", "Border", "Inter-provincial",
]
_PLACES = [
    "Ha Noi", "Hai Phong", "Da Nang", "Hue", "Can Tho", "Quang Ninh", "Lao Cai", "Nghe An", "Thanh Hoa", "Gia Lai",
    "Dak Lak", "Khanh Hoa", "Lam Dong", "Dong Nai", "Tay Ninh", "An Giang", "Ca Mau", "Vinh Long", "Dong Thap",
    "Cao Bang", "Lang Son", "Son La", "Dien Bien", "Lai Chau", "Tuyen Quang", "Phu Tho", "Bac Ninh", "Hung Yen",
    "Ninh Binh", "Quang Tri", "Quang Ngai", "Ho Chi Minh City",
]
_VI_WORDS = ["Sở", "Cục", "Vụ", "Ban", "Viện", "Trung tâm", "Ủy ban", "Phòng", "Tổng cục"]
_VI_FIELDS = ["Ngoại vụ", "Văn hóa", "Kinh tế", "Lãnh sự", "Pháp luật", "Báo chí", "Lễ tân", "Biên giới", "Điều ước"]


def synthetic_concepts(n: int, seed: int = 7) -> list[Concept]:
    """``n`` distinct concepts: "<Scope> <Office> of <Field> of <Place>" with deprecated variants."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out: list[Concept] = []
    while len(out) < n:
        scope, office, field, place = (
            rng.choice(_SCOPES), rng.choice(_OFFICES), rng.choice(_FIELDS), rng.choice(_PLACES)
        )
        preferred = f"{scope} {office} of {field} of {place}"
        if preferred in seen:
            continue
        seen.add(preferred)
        i = len(out)
        terms = [
            Term(f"{rng.choice(_VI_WORDS)} {rng.choice(_VI_FIELDS)} {place} {i}", "vi", "preferred"),
            Term(preferred, "en", "preferred"),
            Term(f"{place} {scope} {field} {office}", "en", "deprecated"),
            Term(f"{office} for {field}, {place} ({scope.lower()})", "en", "deprecated"),
        ]
        if rng.random() < 0.3:
            terms.append(Term(f"{scope[:3].upper()}{office[:2].upper()}{i}", "en", "admitted", "acronym", match="case"))
        out.append(Concept(f"syn_{i}", "org", "", "", terms))
    return out


def glossary_of(size: int, bundled: Glossary, keep: int | None = None) -> Glossary:
    """``size`` concepts: the first ``keep`` bundled ones (all that fit when None), then synthetic ones."""
    g = Glossary()
    for concept in list(bundled)[: min(size, keep if keep is not None else size)]:
        g.add(concept)
    for concept in synthetic_concepts(max(0, size - len(g))):
        g.add(concept)
    return g


def corpus(words: int) -> list[str]:
    docs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    out: list[str] = []
    total = 0
    while total < words:
        for d in docs:
            out.append(d)
            total += len(d.split())
            if total >= words:
                break
    return out


def time_matcher(matcher: Matcher, docs: list[str]) -> tuple[float, float, int]:
    """One pass over ``docs``: wall seconds, CPU seconds of this process, hits."""
    w0, c0 = time.perf_counter(), time.process_time()
    hits = sum(len(matcher.find(d, lang="en")) for d in docs)
    return time.perf_counter() - w0, time.process_time() - c0, hits


def regex_peer(glossary: Glossary) -> re.Pattern[str]:
    terms = sorted({t.text for _, t in glossary.terms() if t.lang == "en"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.IGNORECASE)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=7, help="interleaved rounds (each times every size once)")
    ap.add_argument("--peer-words", type=int, default=100_000)
    ap.add_argument("--peer-seconds", type=float, default=5.0, help="time budget of the peer per size")
    ap.add_argument("--sizes", default="10,1000,10000")
    args = ap.parse_args(argv)
    bundled = load_glossaries()
    docs = corpus(args.words)
    n_words = sum(len(d.split()) for d in docs)
    peer_docs = corpus(args.peer_words)
    print(f"text: {n_words:,} words in {len(docs)} articles (seeds repeated); bundled concepts: {len(bundled)}")
    sizes = [int(x) for x in args.sizes.split(",")]
    series = [
        ("A: the same 10 bundled concepts + synthetic ones (same hits at every size: the cost of size)", 10),
        ("B: as many bundled concepts as fit + synthetic ones (real hit density: the cost of hits)", None),
    ]
    best = 0.0
    ratios = []
    for title, keep in series:
        print(f"\n{title}")
        print(f"{'concepts':>9} {'terms':>7} {'build s':>8} {'match s':>8} {'words/s':>11} {'hits':>8}   "
              f"{'peer re words/s':>15} {'vnterm/peer':>11}")
        built: dict[int, tuple[Glossary, Matcher, float]] = {}
        for size in sizes:
            g = glossary_of(size, bundled, keep)
            t0 = time.perf_counter()
            matcher = Matcher(g)
            built[size] = (g, matcher, time.perf_counter() - t0)
            matcher.find(docs[0], lang="en")  # warm-up
        # rounds interleave the sizes (10, 1,000, 10,000, 10, ...): load on this shared machine
        # falls on every size alike; the ratio is the median of the per-round ratios
        walls: dict[int, list[float]] = {size: [] for size in sizes}
        cpus: dict[int, list[float]] = {size: [] for size in sizes}
        hits_of: dict[int, int] = {}
        for _ in range(args.repeat):
            for size in sizes:
                wall, cpu, hits_of[size] = time_matcher(built[size][1], docs)
                walls[size].append(wall)
                cpus[size].append(cpu)
        results: dict[int, float] = {}
        for size in sizes:
            g, matcher, build = built[size]
            seconds, hits = statistics.median(walls[size]), hits_of[size]
            results[size] = seconds
            pattern = regex_peer(g)
            peer_words, t0 = 0, time.perf_counter()
            for d in peer_docs:  # stops after --peer-seconds: the peer slows down with every term
                pattern.findall(d)
                peer_words += len(d.split())
                if time.perf_counter() - t0 > args.peer_seconds:
                    break
            peer_seconds = time.perf_counter() - t0
            ours = n_words / seconds
            best = max(best, ours)
            peer = peer_words / peer_seconds
            print(f"{len(g):>9,} {len(matcher):>7,} {build:>8.2f} {seconds:>8.2f} {ours:>11,.0f} {hits:>8,}   "
                  f"{peer:>15,.0f} {ours / peer:>10.1f}x   cpu {statistics.median(cpus[size]):.2f} s")
        lo, hi = min(sizes), max(sizes)
        per_round = [w_hi / w_lo for w_hi, w_lo in zip(walls[hi], walls[lo])]
        cpu_round = [c_hi / c_lo for c_hi, c_lo in zip(cpus[hi], cpus[lo])]
        print(f"per-round ratios time({hi:,}) / time({lo:,}): wall "
              + " ".join(f"{r:.2f}" for r in per_round) + "; cpu " + " ".join(f"{r:.2f}" for r in cpu_round))
        print(f"median per-round ratio: wall {statistics.median(per_round):.2f}, cpu {statistics.median(cpu_round):.2f}"
              f" (load average {os.getloadavg()[0]:.1f})")
        ratio = statistics.median(per_round)
        ratios.append(ratio)
        print(f"ratio time({hi:,}) / time({lo:,}) = {ratio:.2f} (median of the rounds; of the medians "
              f"{results[hi] / results[lo]:.2f})  (target ≤ 1.5)")
    print(f"\nsize ratio (series A) {ratios[0]:.2f} (target ≤ 1.5); best throughput {best:,.0f} words/s "
          "(target ≥ 1,000,000)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
