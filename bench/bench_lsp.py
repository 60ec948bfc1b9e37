"""Latency of ``vnterm lsp`` seen by a real client over stdio (pygls' LanguageClient, JSON-RPC).

    .venv/bin/python bench/bench_lsp.py                 # 5,000-word document, 200 edits
    .venv/bin/python bench/bench_lsp.py --words 5000 --edits 200 --kind md

The document is the seed articles (corpora/seeds, repeated when short) cut at the first paragraph
end after ``--words`` words. The server runs with ``--debounce-ms 0`` so each ``didChange`` is
checked at once: the time measured is from sending the change to receiving the diagnostics of that
version (the whole round trip: JSON, the incremental edit, the check of the whole document,
positions, JSON back). An editor adds its debounce (250 ms by default) on top. Each edit types or
deletes a few words at a random place (seeded), including glossary terms, so findings come and go.
Hover, completion and code-action requests are timed the same way. Results:
bench/results/lsp.json.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

from lsprotocol import types as lsp
from pygls.lsp.client import LanguageClient

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora" / "seeds"
RESULTS = ROOT / "bench" / "results"
PHRASES = ["the Deputy FM ", "two-tiered local government ", "Hải Phòng ", "Hai Phong ", "the Foreign Ministry ",
           "Decree 58/2022/ND-CP ", "Vietnam ", "organisation ", "organization ", "and the delegation "]


def document(words: int) -> str:
    paragraphs = []
    for path in sorted(SEEDS.glob("*.txt")):
        paragraphs += [p for p in path.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, count = [], 0
    while count < words:
        for p in paragraphs:
            out.append(p)
            count += len(p.split())
            if count >= words:
                break
    return "\n\n".join(out) + "\n"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(q * (len(values) - 1))))
    return values[k]


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "median_ms": round(statistics.median(values), 2), "p95_ms": round(pct(values, 0.95), 2),
            "max_ms": round(max(values), 2)}


async def run(words: int, edits: int, kind: str, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    text = document(words)
    client = LanguageClient("vnterm-bench", "1")
    waiting: dict[int, asyncio.Future[list[lsp.Diagnostic]]] = {}

    @client.feature(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: lsp.PublishDiagnosticsParams) -> None:
        fut = waiting.pop(params.version, None) if params.version is not None else None
        if fut is not None and not fut.done():
            fut.set_result(list(params.diagnostics))

    env = dict(os.environ, PYTHONPATH=str(ROOT), VNTERM_JOBS="1")
    t0 = time.perf_counter()
    await client.start_io(sys.executable, "-m", "vnterm", "lsp", "--debounce-ms", "0", env=env)
    await client.initialize_async(lsp.InitializeParams(capabilities=lsp.ClientCapabilities()))
    client.initialized(lsp.InitializedParams())
    started = (time.perf_counter() - t0) * 1000

    uri = (ROOT / "bench" / ".work" / f"lsp_doc.{kind}").as_uri()
    loop = asyncio.get_running_loop()
    version = 1
    waiting[version] = loop.create_future()
    t0 = time.perf_counter()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        lsp.TextDocumentItem(uri, "markdown" if kind == "md" else "plaintext", version, text)))
    first_diags = await waiting[version] if version in waiting else None
    first = (time.perf_counter() - t0) * 1000

    changes: list[float] = []
    counts: list[int] = []
    # (line, column, phrase) typed and not yet deleted; deleting the last one typed undoes it exactly
    inserted: list[tuple[int, int, str]] = []
    lines = text.split("\n")
    for i in range(edits):
        version += 1
        if inserted and (i % 3 == 2):
            line, col, phrase = inserted.pop()
            change = lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(line, col), lsp.Position(line, col + len(phrase))), text="")
            lines[line] = lines[line][:col] + lines[line][col + len(phrase):]
        else:
            line = rng.choice([n for n, body in enumerate(lines) if body])
            spaces = [n + 1 for n, ch in enumerate(lines[line]) if ch == " "] or [0]
            col = rng.choice(spaces)
            phrase = rng.choice(PHRASES)
            change = lsp.TextDocumentContentChangePartial(
                range=lsp.Range(lsp.Position(line, col), lsp.Position(line, col)), text=phrase)
            lines[line] = lines[line][:col] + phrase + lines[line][col:]
            inserted.append((line, col, phrase))
        fut = waiting[version] = loop.create_future()
        t0 = time.perf_counter()
        client.text_document_did_change(lsp.DidChangeTextDocumentParams(
            lsp.VersionedTextDocumentIdentifier(uri=uri, version=version), [change]))
        diags = await fut
        changes.append((time.perf_counter() - t0) * 1000)
        counts.append(len(diags))
    final_text = "\n".join(lines)

    hovers, completions, actions = [], [], []
    for _ in range(50):
        line = rng.choice([n for n, body in enumerate(lines) if body])
        col = rng.randrange(len(lines[line]))
        t0 = time.perf_counter()
        await client.text_document_hover_async(lsp.HoverParams(lsp.TextDocumentIdentifier(uri), lsp.Position(line, col)))
        hovers.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        await client.text_document_completion_async(lsp.CompletionParams(
            lsp.TextDocumentIdentifier(uri), lsp.Position(line, col)))
        completions.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        await client.text_document_code_action_async(lsp.CodeActionParams(
            lsp.TextDocumentIdentifier(uri), lsp.Range(lsp.Position(line, 0), lsp.Position(line, len(lines[line]))),
            lsp.CodeActionContext(diagnostics=[])))
        actions.append((time.perf_counter() - t0) * 1000)

    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "document": {"kind": kind, "words": len(final_text.split()), "characters": len(text),
                     "findings_first": len(first_diags or []), "findings_range": [min(counts), max(counts)]},
        "server_start_and_initialize_ms": round(started, 1),
        "first_check_ms": round(first, 1),
        "recheck_after_change": summary(changes),
        "hover": summary(hovers),
        "completion": summary(completions),
        "code_action": summary(actions),
        "edits": edits,
        "seed": seed,
        "python": sys.version.split()[0],
        "cpus": os.cpu_count(),
        "note": "shared, busy machine: timings are noisy",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--edits", type=int, default=200)
    parser.add_argument("--kind", choices=["txt", "md"], default="txt")
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--out", default=str(RESULTS / "lsp.json"))
    args = parser.parse_args()
    result = asyncio.run(run(args.words, args.edits, args.kind, args.seed))
    print(json.dumps(result, indent=2))
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
