"""Cold start of ``vnterm lookup``: wall time of the command as a fresh process, cache warm and cold.

Runs ``vnterm lookup "two-tier local government"`` N times as a subprocess with the parsed-glossary
cache warm (a private $XDG_CACHE_HOME, primed once) and cold (VNTERM_NO_CACHE=1), and prints the
medians beside the bare interpreter start (``python -c pass``) measured in the same run. Then runs
it once under ``python -X importtime`` and checks that neither underthesea, ctranslate2 nor polars
is imported when the cache is warm. Target: ≤ 0.3 s with a warm cache.

    .venv/bin/python bench/bench_lookup.py [-n 15] [--query "two-tier local government"] [-g FILE]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("underthesea", "ctranslate2", "polars", "sacrebleu", "sentencepiece", "rapidfuzz")


def vnterm_cmd(query: str, glossaries: list[str]) -> list[str]:
    script = Path(sys.executable).with_name("vnterm")
    head = [str(script)] if script.exists() else [sys.executable, "-m", "vnterm.cli"]
    cmd = head + ["lookup", query]
    for g in glossaries:
        cmd += ["-g", g]
    return cmd


def timed(cmd: list[str], env: dict[str, str], n: int) -> list[float]:
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        out.append(time.perf_counter() - t0)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"command failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
    return out


def imported_modules(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Top-level packages imported by ``cmd`` with their cumulative import time (s), via -X importtime."""
    rest = cmd[1:] if cmd[0] == sys.executable else cmd
    full = [sys.executable, "-X", "importtime"] + rest
    proc = subprocess.run(full, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    mods: dict[str, float] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = [p.strip() for p in line[len("import time:"):].split("|")]
        if len(parts) != 3 or not parts[1].isdigit():
            continue
        name = parts[2].strip()
        top = name.split(".")[0]
        mods[top] = max(mods.get(top, 0.0), int(parts[1]) / 1e6)
    return mods


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=15, help="runs per condition")
    ap.add_argument("--query", default="two-tier local government")
    ap.add_argument("-g", "--glossary", action="append", default=[], help="glossary file(s); default bundled")
    args = ap.parse_args(argv)
    cmd = vnterm_cmd(args.query, args.glossary)
    with tempfile.TemporaryDirectory() as cache:
        warm_env = {**os.environ, "XDG_CACHE_HOME": cache}
        warm_env.pop("VNTERM_NO_CACHE", None)
        cold_env = {**os.environ, "VNTERM_NO_CACHE": "1"}
        timed(cmd, warm_env, 1)  # primes the cache (and the OS file cache)
        if not any(Path(cache, "vnterm").glob("*.pickle")):
            print("warning: the glossary cache was not written; 'warm' below is not cached")
        base = timed([sys.executable, "-c", "pass"], warm_env, args.n)
        warm = timed(cmd, warm_env, args.n)
        cold = timed(cmd, cold_env, args.n)
        mods_warm = imported_modules(cmd, warm_env)
        mods_cold = imported_modules(cmd, cold_env)
    b, w, c = statistics.median(base), statistics.median(warm), statistics.median(cold)
    shown = ["vnterm"] + cmd[cmd.index("lookup"):]
    print(f"command: {' '.join(shown)}  (median of {args.n} runs)")
    print(f"  python -c pass        {b:6.3f} s")
    print(f"  lookup, cache warm    {w:6.3f} s   ({w / b:4.1f}x the bare interpreter)   target ≤ 0.300 s: "
          f"{'ok' if w <= 0.3 else 'MISSED'}")
    print(f"  lookup, cache cold    {c:6.3f} s   ({c / b:4.1f}x the bare interpreter)")
    for label, mods in (("warm", mods_warm), ("cold", mods_cold)):
        heavy = {m: mods[m] for m in HEAVY if m in mods}
        listing = ", ".join(f"{m} {t:.3f} s" for m, t in heavy.items()) or "none"
        print(f"  heavy imports, cache {label}: {listing}")
    top = sorted(mods_warm.items(), key=lambda kv: -kv[1])[:6]
    print("  slowest imports (warm): " + ", ".join(f"{m} {t:.3f} s" for m, t in top))
    bad = [m for m in ("underthesea", "ctranslate2", "polars") if m in mods_warm]
    if bad:
        print(f"FAIL: lookup with a warm cache imports {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
