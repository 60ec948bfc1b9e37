"""Archive scale: ``vnterm audit`` with the local engine and with Ray on this machine, same run.

Generates an archive of N dated Markdown documents from the seeds' sentences, then times the audit
(local engine, then Ray with a local cluster: start-up included, and reported apart), checks the two
JSON reports are equal, and prints per-document cost and Ray's overhead for docs/scale.md's model.

    PYTHONPATH=. python bench/bench_scale.py --docs 100000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def generate(out: Path, n: int) -> None:
    lines = [l for p in sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
             for l in p.read_text(encoding="utf-8").splitlines() if l.strip()]
    for i in range(n):
        sub = out / f"{i // 1000:04}"
        sub.mkdir(exist_ok=True)
        body = "\n".join(lines[(i * 7 + k * 13) % len(lines)] for k in range(6))
        (sub / f"{i:07}.md").write_text(f"---\ndate: {2010 + i % 15}-{1 + i % 12:02}-{1 + i % 28:02}\n---\n{body}\n",
                                        encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    args = ap.parse_args()
    from vnterm.audit import audit_paths
    from vnterm.engines.local import usable_cpus
    from vnterm.glossary import load_glossaries

    glossary = load_glossaries(None)
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        generate(Path(tmp), args.docs)
        print(f"generated {args.docs} documents in {time.perf_counter() - t:.1f} s; cores: {usable_cpus()}")
        t = time.perf_counter()
        local = audit_paths([tmp], glossary, jobs=0, use_mtime=False)
        t_local = time.perf_counter() - t
        import ray

        t = time.perf_counter()
        ray.init(num_cpus=usable_cpus(), include_dashboard=False, logging_level="WARNING")
        t_start = time.perf_counter() - t
        t = time.perf_counter()
        remote = audit_paths([tmp], glossary, engine="ray", use_mtime=False)
        t_ray = time.perf_counter() - t
        ray.shutdown()
        same = json.dumps(local.to_json()) == json.dumps(remote.to_json())
        n = args.docs
        print(f"local engine: {t_local:.1f} s ({1000 * t_local / n:.2f} ms/doc wall, {usable_cpus()} workers)")
        print(f"ray engine:   {t_ray:.1f} s ({1000 * t_ray / n:.2f} ms/doc wall) + {t_start:.1f} s ray.init")
        print(f"ray overhead vs local: {t_ray - t_local:+.1f} s; reports equal: {same}")


if __name__ == "__main__":
    main()
