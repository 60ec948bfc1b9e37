"""Archive scale: ``vnterm audit`` and ``vnterm check`` with the local engine and with Ray on this
machine, same run, same generated archive.

Generates an archive of N dated Markdown documents from the seeds' sentences (its size is printed),
then for each command times the local engine and Ray (a local cluster, started once: its start-up is
reported apart), checks that the two reports are equal byte for byte (audit JSON, check JSON), and
prints the per-document cost and Ray's overhead for docs/scale.md's model.

    PYTHONPATH=. python bench/bench_scale.py --docs 100000 [--commands audit,check]   # default: audit
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generate(out: Path, n: int) -> int:
    """``n`` documents under ``out``; returns their total size in bytes."""
    lines = [l for p in sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
             for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    size = 0
    for i in range(n):
        sub = out / f"{i // 1000:04}"
        sub.mkdir(exist_ok=True)
        body = "\n".join(lines[(i * 7 + k * 13) % len(lines)] for k in range(6))
        text = f"---\ndate: {2010 + i % 15}-{1 + i % 12:02}-{1 + i % 28:02}\n---\n{body}\n"
        (sub / f"{i:07}.md").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def _audit(tmp: str, glossary, engine: str) -> str:
    from vnterm.audit import audit_paths

    return json.dumps(audit_paths([tmp], glossary, jobs=0, use_mtime=False, engine=engine).to_json())


def _check(tmp: str, glossary, engine: str) -> str:
    from vnterm.check import CheckConfig, Checker, render
    from vnterm.check.runner import run_check
    from vnterm.documents import find_inputs
    from vnterm.engines.check import check_files

    files = find_inputs([tmp]).files
    config = CheckConfig()
    if engine == "local":
        report = run_check(Checker(glossary, config), files)
    else:
        report = check_files(files, glossary, config, engine=engine)
    return render(report, "json")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--commands", default="audit",
                    help="comma-separated: audit, check (check keeps every document in memory: >10 GB at 100,000)")
    args = ap.parse_args()
    from vnterm.engines.local import usable_cpus
    from vnterm.glossary import load_glossaries

    glossary = load_glossaries(None)
    n = args.docs
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (a shared machine: noisy)")
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        size = generate(Path(tmp), n)
        print(f"generated {n} documents, {size / 1e6:.1f} MB, in {time.perf_counter() - t:.1f} s; "
              f"cores: {usable_cpus()}")
        import ray

        t = time.perf_counter()
        ray.init(num_cpus=usable_cpus(), include_dashboard=False, logging_level="WARNING")
        print(f"ray.init: {time.perf_counter() - t:.1f} s")
        try:
            for command in args.commands.split(","):
                run = {"audit": _audit, "check": _check}[command]
                t = time.perf_counter()
                local = run(tmp, glossary, "local")
                t_local = time.perf_counter() - t
                t = time.perf_counter()
                remote = run(tmp, glossary, "ray")
                t_ray = time.perf_counter() - t
                print(f"{command} local engine: {t_local:.1f} s ({1000 * t_local / n:.2f} ms/doc wall, "
                      f"{usable_cpus()} workers)")
                print(f"{command} ray engine:   {t_ray:.1f} s ({1000 * t_ray / n:.2f} ms/doc wall, "
                      f"{usable_cpus()} actors, start-up of the actors included)")
                print(f"{command} ray - local: {t_ray - t_local:+.1f} s; reports equal byte for byte: {local == remote}")
        finally:
            ray.shutdown()
        print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
