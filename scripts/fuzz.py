"""The long fuzz run (``make fuzz``): every target in tests/fuzz under the ``fuzz`` hypothesis profile.

The total number of inputs is split evenly over the targets; targets run in parallel processes
(``--jobs``), all with one ``--hypothesis-seed``. Prints one row per target (inputs run, outcome,
seconds, first error) and a total; exits 1 when a target fails that is not marked as a known
failure (xfail naming its issue).

    python scripts/fuzz.py --total 1000000 --seed 17 --jobs 4 [--json fuzz.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ_DIR = ROOT / "tests" / "fuzz"


def fuzz_tests() -> list[str]:
    """The fuzz test functions, from the source (every ``@target`` test)."""
    names = []
    for path in sorted(FUZZ_DIR.glob("test_*.py")):
        src = path.read_text(encoding="utf-8")
        # the def may follow other decorators (@example) and comment lines
        for m in re.finditer(r"@target\(\"[^\"]+\"\)\s*\n(?:[ \t]*[@#].*\n)*def (test_\w+)", src):
            names.append(f"{path.relative_to(ROOT)}::{m.group(1)}")
    return names


def run_one(test: str, total: int, n_targets: int, seed: int, workdir: Path) -> list[dict]:
    stats = workdir / (test.rsplit("::", 1)[-1] + ".json")
    env = dict(os.environ, HYPOTHESIS_PROFILE="fuzz", VNTERM_FUZZ_TOTAL=str(total), VNTERM_FUZZ_STATS=str(stats),
               PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]).rstrip(os.pathsep))
    cmd = [sys.executable, "-m", "pytest", test, "-q", "-p", "no:cacheprovider", f"--hypothesis-seed={seed}",
           "-o", "addopts=", "-W", "ignore::DeprecationWarning"]
    start = time.monotonic()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    took = time.monotonic() - start
    if stats.exists():
        rows = json.loads(stats.read_text(encoding="utf-8"))
        for r in rows:
            r["seconds"] = round(took, 1)
        return rows
    tail = (proc.stdout + proc.stderr).strip().splitlines()[-1:] or ["no output"]
    return [{"target": test, "test": test, "inputs": 0, "outcome": "error", "reason": "", "first_error": tail[0],
             "seconds": round(took, 1)}]


def _summary(rounds: list[list[dict]]) -> list[dict]:
    """One row per target over every round: inputs summed, the worst outcome, its first error."""
    by: dict[str, dict] = {}
    for rows in rounds:
        for r in rows:
            s = by.setdefault(r["target"], {**r, "inputs": 0, "seconds": 0.0})
            s["inputs"] += r["inputs"]
            s["seconds"] = round(s["seconds"] + r["seconds"], 1)
            if r["outcome"] != "passed" and s["outcome"] == "passed":
                s.update(outcome=r["outcome"], reason=r["reason"], first_error=r["first_error"])
    return list(by.values())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--total", type=int, default=1_000_000, help="inputs in all, split over the targets")
    ap.add_argument("--seed", type=int, default=17, help="--hypothesis-seed of the first round (then +1 per round)")
    ap.add_argument("--rounds", type=int, default=1,
                    help="split the run into this many rounds, each with its own seed; the totals and the JSON "
                         "are written after every round, so a long run that is stopped still reports what it ran")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="targets run at once")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON here")
    ap.add_argument("-k", dest="only", help="run only targets whose test name contains this")
    args = ap.parse_args(argv)

    tests = [t for t in fuzz_tests() if not args.only or args.only in t]
    n = len(fuzz_tests())
    rounds = max(1, args.rounds)
    per_round = -(-args.total // rounds)  # rounded up, as each target's share: the run is never short of --total
    print(f"fuzz: {n} targets, {args.total} inputs in all (at least {-(-args.total // n)} each), seeds {args.seed}"
          f"{f'..{args.seed + rounds - 1} ({rounds} rounds)' if rounds > 1 else ''}, {args.jobs} jobs", flush=True)
    start = time.monotonic()
    done: list[list[dict]] = []
    for k in range(rounds):
        seed = args.seed + k
        with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda t: run_one(t, per_round, n, seed, Path(tmp)), tests))
        done.append([r for rs in results for r in rs])
        rows = _summary(done)
        total = sum(r["inputs"] for r in rows)
        if rounds > 1:
            print(f"round {k + 1}/{rounds} (seed {seed}): {sum(r['inputs'] for r in done[-1])} inputs; "
                  f"{total} so far in {time.monotonic() - start:.0f} s", flush=True)
        if args.json:
            args.json.write_text(json.dumps({"seed": args.seed, "rounds": k + 1, "rounds_asked": rounds,
                                             "total_asked": args.total, "inputs": total, "rows": rows},
                                            indent=1) + "\n", encoding="utf-8")
    rows = _summary(done)
    width = max(len(r["target"]) for r in rows)
    print(f"{'target':{width}}  {'inputs':>9}  {'seconds':>8}  outcome")
    for r in rows:
        note = f"  [{r['reason']}]" if r["reason"] else ""
        err = f"\n{'':{width}}  first error: {r['first_error']}" if r["first_error"] else ""
        print(f"{r['target']:{width}}  {r['inputs']:>9}  {r['seconds']:>8}  {r['outcome']}{note}{err}")
    failed = [r for r in rows if r["outcome"] in ("failed", "error")]
    known = [r for r in rows if r["outcome"].startswith("known failure")]
    total = sum(r["inputs"] for r in rows)
    print(f"total: {total} inputs in {time.monotonic() - start:.0f} s; {len(failed)} failing targets, "
          f"{len(known)} known failures (xfail)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
