"""Load benchmark of the web workbench: 50 concurrent clients on /api/lookup and on /api/check.

Starts ``vnterm serve`` (``--workers``, default one per CPU it may use) as a child process on a
free loopback port (127.0.0.1 only), then, for each endpoint, runs CLIENTS concurrent keep-alive
HTTP/1.1 clients (plain asyncio streams on uvloop when installed, so the load generator stays
light) until REQUESTS requests are done or SECONDS have passed, whichever comes first, and stops
the server. Where the machine has two CPUs or more, the load generator is pinned to the last CPU
and the server to the others (``os.sched_setaffinity``; ``--no-pin`` shares them all). Prints
requests/s, p50/p95/p99 latency per endpoint, the CPU seconds the server (all its processes) and
the client used, the load average, and checks the lookup p95 target (< 50 ms). Bounded in count
and time; nothing leaves the machine.

Workloads (seeded, so runs are comparable):

* lookup, as translators type: a term of the bundled glossary (Vietnamese or English, half of them
  without diacritics and in another case, ``--misspelled`` of them with a dropped or swapped
  letter) sent once per keystroke, each prefix from the first letter to the whole term. Short
  prefixes are answered with the terms they begin, misspellings with fuzzy suggestions (the
  output counts each kind); a query seen before is answered from the
  worker's cache, as in real use (the output says how many are distinct);
* check: paragraphs of the English seed articles (corpora/seeds), 200-1,500 characters each.

    .venv/bin/python bench/bench_web.py [--clients 50] [--requests 3000] [--seconds 20] [--workers N]
                                        [--no-pin] [--mix typed|terms] [--json OUT]
    .venv/bin/python bench/bench_web.py --service 400     # CPU per lookup in process, no server

``--mix terms`` is the earlier workload (whole terms, a tenth misspelled, no prefixes), for
comparison with figures taken before the typed mix.

On a shared, busy machine the figures are noisy: report them as busy-machine figures, with the
load average the output shows.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
import unicodedata
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LOOKUP_P95_TARGET_MS = 50.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c))


def _as_typed(rng: random.Random, q: str) -> str:
    """Half the terms as a writer without a Vietnamese keyboard types them: no diacritics, and then
    upper case (30%) or lower case."""
    if rng.random() < 0.5:
        q = strip_marks(q)
        q = q.upper() if rng.random() < 0.3 else q.lower()
    return q



def lookup_queries(rng: random.Random, n: int = 6000, misspelled: float = 0.1) -> tuple[list[str], int]:
    """Queries as sent by search-as-you-type: every prefix of each typed term, in typing order;
    and how many terms were typed."""
    from vnterm.glossary import load_glossaries

    terms = [t.text for _, t in load_glossaries().terms()]
    out: list[str] = []
    typed = 0
    while len(out) < n:
        q = rng.choice(terms)
        q = _as_typed(rng, q)
        if rng.random() < misspelled and len(q) > 4:
            i = rng.randrange(1, len(q) - 2)
            if rng.random() < 0.5:
                q = q[:i] + q[i + 1 :]  # a dropped letter
            else:
                q = q[:i] + q[i + 1] + q[i] + q[i + 2 :]  # two letters swapped
        typed += 1
        out.extend(q[:k] for k in range(1, len(q) + 1) if q[:k].strip())
    return out[:n], typed


def term_queries(rng: random.Random, n: int = 2000, misspelled: float = 0.1) -> tuple[list[str], int]:
    """The earlier mix (``--mix terms``): whole terms, half without diacritics and in another case,
    ``misspelled`` of them with a dropped letter; each query is one typed term."""
    from vnterm.glossary import load_glossaries

    terms = [t.text for _, t in load_glossaries().terms()]
    out = []
    for _ in range(n):
        q = rng.choice(terms)
        q = _as_typed(rng, q)
        if rng.random() < misspelled and len(q) > 4:
            i = rng.randrange(1, len(q) - 1)
            q = q[:i] + q[i + 1 :]
        out.append(q)
    return out, n


def check_bodies(rng: random.Random) -> list[bytes]:
    paras: list[str] = []
    for path in sorted((ROOT / "corpora" / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        block: list[str] = []
        for line in text.splitlines():
            if line.strip() and line.isascii():
                block.append(line)
            if sum(map(len, block)) >= 200 and (not line.strip() or sum(map(len, block)) >= 1500):
                paras.append("\n".join(block) + "\n")
                block = []
    rng.shuffle(paras)
    return [json.dumps({"text": p}).encode() for p in paras]


async def client(host: str, port: int, make_request, state: dict, latencies: list[tuple[str, float]]) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while state["sent"] < state["limit"] and time.perf_counter() < state["deadline"]:
            state["sent"] += 1
            tag, request = make_request(state["sent"])
            t0 = time.perf_counter()
            writer.write(request)
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            status = int(head.split(b" ", 2)[1])
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append((tag, time.perf_counter() - t0))
            if status != 200:
                state["errors"] += 1
    finally:
        writer.close()


def summary(ms: list[float], elapsed: float) -> dict:
    ms = sorted(ms)

    def pct(p: float) -> float:
        return round(ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))], 1) if ms else float("nan")

    return {"requests": len(ms), "rps": round(len(ms) / elapsed, 1), "p50_ms": pct(50), "p95_ms": pct(95),
            "p99_ms": pct(99), "mean_ms": round(statistics.fmean(ms), 1) if ms else None}


async def run_load(host: str, port: int, make_request, clients: int, limit: int, seconds: float) -> dict:
    latencies: list[tuple[str, float]] = []
    state = {"sent": 0, "limit": limit, "errors": 0, "deadline": time.perf_counter() + seconds}
    t0 = time.perf_counter()
    await asyncio.gather(*(client(host, port, make_request, state, latencies) for _ in range(clients)))
    elapsed = time.perf_counter() - t0
    out = summary([x * 1000 for _, x in latencies], elapsed)
    out.update(errors=state["errors"], seconds=round(elapsed, 2))
    tags = sorted({t for t, _ in latencies})
    if len(tags) > 1:
        out["by_kind"] = {t: summary([x * 1000 for k, x in latencies if k == t], elapsed) for t in tags}
    return out


def start_server(port: int, workers: int | None, cpus: set[int] | None) -> subprocess.Popen:
    script = Path(sys.executable).with_name("vnterm")
    cmd = [str(script)] if script.exists() else [sys.executable, "-c", "from vnterm.cli import main; main()"]
    cmd += ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers:
        cmd += ["--workers", str(workers)]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    pin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None  # workers inherit it
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=pin)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit("vnterm serve exited: " + proc.stderr.read().decode(errors="replace"))
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("vnterm serve did not start within 60 s")


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its descendants (from /proc; 0 where unreadable)."""
    ticks = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / ticks
    total, todo = 0.0, [pid]
    while todo:
        p = todo.pop()
        total += times.get(p, 0.0)
        todo.extend(children.get(p, ()))
    return total


def wait_ready(host: str, port: int, workers: int, seconds: float = 60) -> None:
    """Until every worker answers (each builds its own app): a run of quick answers in a row."""
    import urllib.request

    deadline = time.monotonic() + seconds
    quick = 0
    while time.monotonic() < deadline and quick < 4 * workers:
        t0 = time.perf_counter()
        with urllib.request.urlopen(f"http://{host}:{port}/api/lookup?q=ha+noi", timeout=60) as r:
            r.read()
        quick = quick + 1 if time.perf_counter() - t0 < 0.05 else 0


def service_time(queries: list[str], n: int) -> None:
    """In-process CPU time per lookup on the first ``n`` queries (no cache, no HTTP): the bounded
    suggestions against rapidfuzz WRatio over every key (the lookup before issue 19), checking that
    both give the same suggestions."""
    from rapidfuzz import fuzz, process

    from vnterm.glossary import load_glossaries
    from vnterm.glossary.lookup import LookupIndex
    from vnterm.text import fold_key

    index = LookupIndex(load_glossaries())
    for _ in range(index.SCAN_FIRST + 1):  # past the first few full scans: the bounded suggester is built
        index.suggestions("warm up", 15, 60.0)
    keys = [k for k in dict.fromkeys(fold_key(q) for q in queries[:n]) if k and k not in index.by_key]
    t0 = time.process_time()
    for q in queries[:n]:
        index.lookup(q, limit=5)
    lookup_cpu = time.process_time() - t0
    t0 = time.process_time()
    ours = [index.suggestions(k, 15, 60.0) for k in keys]
    ours_cpu = time.process_time() - t0
    t0 = time.process_time()
    full = [[x for x in process.extract(k, index.keys, scorer=fuzz.WRatio, limit=15) if x[1] >= 60.0] for k in keys]
    full_cpu = time.process_time() - t0
    same = sum(a == b for a, b in zip(ours, full))
    load = os.getloadavg()
    print(f"service time, in process, CPU seconds (load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}):")
    print(f"  LookupIndex.lookup, first {n} queries of the mix: {lookup_cpu / n * 1000:.2f} ms per lookup")
    print(f"  suggestions for the {len(keys)} distinct fuzzy ones: {ours_cpu / len(keys) * 1000:.2f} ms bounded, "
          f"{full_cpu / len(keys) * 1000:.2f} ms WRatio over all {len(index.keys)} keys; "
          f"identical top 15: {same} of {len(keys)}")
    if same != len(keys):
        raise SystemExit(1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=3000, help="Most requests per endpoint.")
    ap.add_argument("--seconds", type=float, default=20.0, help="Most seconds per endpoint.")
    ap.add_argument("--misspelled", type=float, default=0.1,
                    help="Share of lookup terms with a dropped (or, typed mix, swapped) letter.")
    ap.add_argument("--mix", choices=("typed", "terms"), default="typed",
                    help="Lookup queries: every keystroke of typed terms (default), or whole terms only.")
    ap.add_argument("--workers", type=int, default=None, help="vnterm serve --workers (default: its own).")
    ap.add_argument("--no-pin", action="store_true", help="Do not pin the client and the server to separate CPUs.")
    ap.add_argument("--json", dest="json_out", help="Also write the figures to this JSON file.")
    ap.add_argument("--service", type=int, metavar="N",
                    help="Only measure the in-process CPU time per lookup on N queries of the mix (no server).")
    args = ap.parse_args()

    from vnterm.glossary import load_glossaries
    from vnterm.glossary.lookup import LookupIndex
    from vnterm.text import fold_key

    index = LookupIndex(load_glossaries())

    def kind(q: str) -> str:
        """How the server answers ``q``: an exact term, the terms it begins, or fuzzy suggestions."""
        key = fold_key(q)
        return "exact" if key in index.by_key else "completion" if index.completions(key, 1) else "fuzzy"
    rng = random.Random(19)
    queries, typed = (lookup_queries if args.mix == "typed" else term_queries)(rng, misspelled=args.misspelled)
    if args.service:
        return service_time(queries, args.service)
    kinds = {q: kind(q) for q in set(queries)}
    bodies = check_bodies(rng)
    cpus = sorted(os.sched_getaffinity(0))
    pinned = not args.no_pin and len(cpus) >= 2
    server_cpus, client_cpus = (set(cpus[:-1]), {cpus[-1]}) if pinned else (set(cpus), set(cpus))
    workers = args.workers or len(server_cpus)
    host, port = "127.0.0.1", free_port()
    proc = start_server(port, workers, server_cpus if pinned else None)
    if pinned:
        os.sched_setaffinity(0, client_cpus)
    results: dict[str, dict] = {}
    try:
        def lookup_request(i: int) -> tuple[str, bytes]:
            q = queries[(i - 1) % len(queries)]
            tag = kinds[q]
            return tag, f"GET /api/lookup?q={quote(q)} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode()

        def check_request(i: int) -> tuple[str, bytes]:
            body = bodies[i % len(bodies)]
            return "check", (f"POST /api/check HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                             f"Content-Length: {len(body)}\r\n\r\n").encode() + body

        try:  # a lighter event loop for the load generator
            import uvloop

            run = uvloop.run
        except ImportError:
            run = asyncio.run
        wait_ready(host, port, workers)
        # warm up each worker's checker (its first check builds the matchers); lookups stay cold
        run(run_load(host, port, check_request, 2 * workers, 10 * workers, 30))
        for name, make in (("lookup", lookup_request), ("check", check_request)):
            server0, client0 = tree_cpu_seconds(proc.pid), time.process_time()
            results[name] = run(run_load(host, port, make, args.clients, args.requests, args.seconds))
            results[name]["server_cpu_s"] = round(tree_cpu_seconds(proc.pid) - server0, 2)
            results[name]["client_cpu_s"] = round(time.process_time() - client0, 2)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    load = os.getloadavg()
    sent = [queries[i % len(queries)] for i in range(results["lookup"]["requests"])]
    print(f"vnterm serve --workers {workers} on {host} (loopback), {args.clients} concurrent keep-alive clients, "
          f"at most {args.requests} requests or {args.seconds:g} s per endpoint; {len(cpus)} CPUs, "
          + (f"server on CPU {','.join(map(str, sorted(server_cpus)))}, client on CPU {cpus[-1]}"
             if pinned else "server and client share the CPUs")
          + f"; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"{'endpoint':10} {'requests':>8} {'errors':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}"
          f" {'server CPU s':>12} {'client CPU s':>12} {'wall s':>6}")
    for name, r in results.items():
        print(f"{name:10} {r['requests']:8} {r['errors']:6} {r['rps']:8} {r['p50_ms']:8} {r['p95_ms']:8} {r['p99_ms']:8}"
              f" {r['server_cpu_s']:12} {r['client_cpu_s']:12} {r['seconds']:6}")
        for tag, k in r.get("by_kind", {}).items():
            print(f"  {tag:10} {k['requests']:8} {'':6} {'':8} {k['p50_ms']:8} {k['p95_ms']:8} {k['p99_ms']:8}")
    ok = results["lookup"]["p95_ms"] < LOOKUP_P95_TARGET_MS
    print(f"lookup p95 target < {LOOKUP_P95_TARGET_MS:g} ms: {'met' if ok else 'NOT met'}")
    print(f"lookup queries ({args.mix} mix) sent: {len(sent)}, "
          + (f"the keystrokes of {typed} typed terms in the full stream " if args.mix == "typed" else "whole terms ")
          + f"({args.misspelled:.0%} misspelled); {len(set(map(fold_key, sent)))} distinct once folded; "
          f"{sum(kinds[q] == 'completion' for q in sent)} begin known terms, "
          f"{sum(kinds[q] == 'fuzzy' for q in sent)} need fuzzy suggestions; check paragraphs: {len(bodies)}")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"clients": args.clients, "workers": workers, "pinned": pinned,
                                                   "mix": args.mix,
                                                   "loadavg": load, "results": results}, indent=2) + "\n")
    if any(r["errors"] for r in results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
