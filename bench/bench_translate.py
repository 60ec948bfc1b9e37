"""Benchmark ``vnterm translate``: term accuracy before/after enforcement, and overhead against raw
``ctranslate2.Translator.translate_batch`` on the same model and inputs (same process, same run).

    .venv/bin/python bench/bench_translate.py            # everything (about 5 minutes on 2 cores)
    .venv/bin/python bench/bench_translate.py --quick    # tiny model only for the overhead part

Sections: term accuracy; the issue-16 run (60 Vietnamese sentences full of glossary terms over
random OPUS-MT-layout models whose vocabulary has ``<blank>`` at id 0: required terms in the
output, steps, reasons, special tokens leaked); overhead against raw ``translate_batch`` for "no
terms", "terms already satisfied" and "every term forced"; the default thread count against 1 and
2 threads.

Data: tests/data/translate/sentences.tsv (110 Vietnamese sentences written for vnterm, English
references, 187 annotated required terms: glossary terms, names, titles) and the fixture glossary
tests/data/translate/glossary.tsv. No network, no real model: the CTranslate2 models are built
from numpy here (``tiny``: 2 layers, d=32; ``marian``: the shape of Helsinki-NLP/opus-mt-vi-en,
6+6 layers, d=512, FFN 2048, 53k vocabulary, int8) with random weights, so their output is
nonsense but their cost is real. Term accuracy is the WMT 2021 terminology exact-match accuracy:
the share of annotated terms whose English target occurs in the hypothesis (fold-insensitive,
token-bounded; a strict case-sensitive substring figure is printed too).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from tinymodel import DATA, Script, ScriptedBackend, build_model_dir, corrupt, read_parallel, training_lines  # noqa: E402

from vnterm.glossary import Glossary, load_glossary  # noqa: E402
from vnterm.translate import Translator  # noqa: E402
from vnterm.translate.terms import RequiredTerm, satisfied  # noqa: E402


# -- term accuracy -----------------------------------------------------------------------------


def term_accuracy(hyps: list[str], rows) -> tuple[float, float, list[tuple[int, str, str]]]:
    """(fold-insensitive accuracy, strict substring accuracy, misses) over the annotated terms."""
    total = hit = strict = 0
    misses = []
    for n, (hyp, (_vi, _en, terms)) in enumerate(zip(hyps, rows), 1):
        req = [RequiredTerm(a, b, 0, 0, "annotation") for a, b in terms]
        for (a, b), ok in zip(terms, satisfied(req, hyp)):
            total += 1
            hit += ok
            strict += b in hyp
            if not ok:
                misses.append((n, a, b))
    return hit / total, strict / total, misses


def oracle_entities(rows, glossary: Glossary):
    """Names from the annotation (terms not in the glossary) as PERSON entities: stands in for the
    segmenter so that the enforcement of names is measured even while vnterm.vi is being written."""
    vi_terms = {t.text for _, t in glossary.terms() if t.lang == "vi"}
    names = {a: b for _, _, terms in rows for a, b in terms if a not in vi_terms}

    def provide(text: str):
        out = []
        for vi, en in names.items():
            i = text.find(vi)
            if i >= 0:
                out.append({"type": "PERSON", "text": vi, "start": i, "end": i + len(vi), "en": en})
        return out

    return provide


def scripted_backend(rows, glossary: Glossary) -> ScriptedBackend:
    """A fake MT system that renders ~1/3 of the terms right, ~1/3 with a glossary variant (to be
    post-edited) and ~1/3 wrongly (to be forced by a prefix); its second hypothesis is another
    such corruption, so n-best reranking has something to find."""
    variant: dict[str, str] = {}
    for concept in glossary:
        pref = concept.preferred("en")
        others = [t.text for t in concept.terms_for("en") if t.status != "preferred"]
        if pref and others:
            variant[pref.text] = others[0]
    scripts = {}
    for vi, en, terms in rows:
        triples = [(a, b, variant.get(b)) for a, b in terms]
        h1, align1, _ = corrupt(en, triples, "first")
        h2, _, _ = corrupt(en, triples, "second")
        scripts[vi] = Script([(h1, -0.5), (h2, -0.7)], align1, en)
    return ScriptedBackend(scripts)


def accuracy_section(tmp: Path) -> None:
    rows = read_parallel(DATA / "sentences.tsv")
    glossary = load_glossary(DATA / "glossary.tsv")
    src = [vi for vi, _, _ in rows]
    n_terms = sum(len(t) for _, _, t in rows)
    print(f"Term accuracy (WMT 2021 exact match), {len(rows)} sentences, {n_terms} annotated terms")
    print(f"{'system':<44} {'before':>8} {'after':>8} {'strict':>8} misses")
    tiny = build_model_dir(tmp / "tiny", training_lines())
    systems = [
        ("fake MT, glossary + oracle names", lambda e: Translator(backend=scripted_backend(rows, glossary), glossary=glossary, entities=oracle_entities(rows, glossary), enforce=e)),
        ("fake MT, glossary only", lambda e: Translator(backend=scripted_backend(rows, glossary), glossary=glossary, entities=None, enforce=e)),
        ("tiny CT2 model, glossary + oracle names", lambda e: Translator(tiny, glossary=glossary, entities=oracle_entities(rows, glossary), enforce=e)),
        ("fake MT, glossary + real Segmenter", lambda e: Translator(backend=scripted_backend(rows, glossary), glossary=glossary, entities="auto", enforce=e)),
        ("tiny CT2 model, glossary + real Segmenter", lambda e: Translator(tiny, glossary=glossary, entities="auto", enforce=e)),
    ]
    for name, make in systems:
        before, _, _ = term_accuracy(make(False).translate(src), rows)
        t = make(True)
        detailed = t.translate_detailed(src)
        after, strict, misses = term_accuracy([r.text for r in detailed], rows)
        steps: dict[str, int] = {}
        for r in detailed:
            for x in r.required:
                steps[x.step] = steps.get(x.step, 0) + 1
        print(f"{name:<44} {before:>8.1%} {after:>8.1%} {strict:>8.1%} {len(misses)}")
        print(f"{'':<44} steps: {dict(sorted(steps.items()))}")
        for n, a, b in misses[:10]:
            print(f"{'':<44}   miss line {n}: {a} → {b}")


# -- the issue-16 run ---------------------------------------------------------------------------

JUNK = ("<blank>", "<pad>", "<unk>", "<s>", "</s>", "⁇")


def dense_sentences(glossary: Glossary, n: int = 60, seed: int = 16) -> list[str]:
    """``n`` Vietnamese sentences full of glossary terms (three each, in five frames), deterministic."""
    import random

    vi = sorted(
        {c.preferred("vi").text for c in glossary if c.preferred("vi") is not None and c.preferred("en") is not None}
    )
    rng = random.Random(seed)
    frames = [
        "{a} và {b} họp tại {c}.",
        "{a} đã trao đổi với {b} về {c}.",
        "Hôm nay {a} tiếp {b} và {c}.",
        "{a} ký kết với {b} và {c} văn bản mới.",
        "Theo {a}, {b} sẽ làm việc với {c} vào tuần tới.",
    ]
    return [rng.choice(frames).format(**dict(zip("abc", rng.sample(vi, 3)))) for _ in range(n)]


def issue16_section(tmp: Path, seeds: list[int]) -> None:
    glossary = load_glossary(DATA / "glossary.tsv")
    src = dense_sentences(glossary)
    print()
    print(f"Issue 16 run: {len(src)} sentences full of glossary terms, random OPUS-MT-layout models (<blank> at id 0)")
    print(f"{'model seed':<11} {'insert':<7} {'in output':>10} {'steps':<40} {'reasons':<24} {'junk':>5}")
    for seed in seeds:
        path = build_model_dir(tmp / f"issue16-{seed}", training_lines(), seed=seed)
        for insert in (False, True):
            t = Translator(path, glossary=glossary, entities=None, insert=insert)
            res = t.translate_detailed(src)
            terms = [x for r in res for x in r.required]
            steps: dict[str, int] = {}
            reasons: dict[str, int] = {}
            for x in terms:
                steps[x.step] = steps.get(x.step, 0) + 1
                if x.reason:
                    reasons[x.reason] = reasons.get(x.reason, 0) + 1
            junk = sum(r.text.count(j) for r in res for j in JUNK)
            have = sum(x.satisfied for x in terms)
            print(
                f"{seed:<11} {str(insert):<7} {f'{have}/{len(terms)}':>10} {str(dict(sorted(steps.items()))):<40} "
                f"{str(dict(sorted(reasons.items()))):<24} {junk:>5}"
            )


# -- overhead ----------------------------------------------------------------------------------


def raw_translate(ct2, sp, sources: list[str], beam: int, batch: int) -> list[str]:
    """The minimal pipeline: sentencepiece, translate_batch over length-sorted batches, detokenise."""
    toks = [sp.encode(s, out_type=str) + ["</s>"] for s in sources]
    order = sorted(range(len(toks)), key=lambda i: len(toks[i]))
    out = [""] * len(toks)
    for b in range(0, len(order), batch):
        idx = order[b : b + batch]
        chunk = [toks[i] for i in idx]
        res = ct2.translate_batch(chunk, beam_size=beam, max_decoding_length=min(1024, 2 * max(map(len, chunk)) + 10))
        for i, r in zip(idx, res):
            out[i] = sp.decode(r.hypotheses[0])
    return out


def own_output_glossary(path: Path, src: list[str], tmp: Path) -> Glossary:
    """A glossary whose terms the model's first hypothesis already has: for each sentence, the
    sentence itself (so that it matches there only) → the first word of the model's own output."""
    plain = Translator(path, glossary=Glossary(), entities=None, beam_size=4, threads=1).translate(src)
    rows = ["# vnterm-glossary v1", "concept\tlang\tstatus\tterm"]
    for i, (vi, en) in enumerate(zip(src, plain)):
        word = en.split()[0] if en.split() else ""
        if word and vi.strip(". ") and "\t" not in vi:
            rows += [f"s{i}\tvi\tpreferred\t{vi.strip('. ')}", f"s{i}\ten\tpreferred\t{word}"]
    out = tmp / f"own-{path.name}.tsv"
    out.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return load_glossary(out, check=False)


def overhead_section(tmp: Path, sizes: list[str], repeat: int, limit: int | None, marian_repeat: int = 1) -> None:
    import gc

    import ctranslate2
    import sentencepiece as spm

    rows = read_parallel(DATA / "sentences.tsv")
    glossary = load_glossary(DATA / "glossary.tsv")
    print()
    print("Overhead against raw translate_batch (same model, same inputs, beam 4, batch 32, 1 thread each,")
    print(f"runs interleaved, best of {repeat} (tiny) / {marian_repeat} (marian); random weights never emit </s>, so every output runs to the")
    print("length cap 2*source+10 in both pipelines). Busy 2-core machine: figures are noisy.")
    print(f"{'model':<7} {'n':>4} {'pipeline':<58} {'seconds':>8} {'ratio':>7}")
    for size in sizes:
        src = [vi for vi, _, _ in rows][: (limit if size != "tiny" else None)]
        path = build_model_dir(tmp / size, training_lines(), size=size)
        ct2 = ctranslate2.Translator(str(path), device="cpu", intra_threads=1)
        sp = spm.SentencePieceProcessor(model_file=str(path / "source.spm"))
        own = own_output_glossary(path, src, tmp)
        pipelines = [
            ("raw ctranslate2 translate_batch (+ sentencepiece)", lambda: raw_translate(ct2, sp, src, 4, 32)),
        ]
        variants = [
            ("vnterm, no term in the input (cheap path)", dict(glossary=Glossary(), entities=None)),
            ("vnterm, terms already satisfied (n-best 4, verify)", dict(glossary=own, entities=None)),
            ("vnterm, every term missing, all forced by prefix", dict(glossary=glossary, entities=None)),
        ]
        translators = []
        for label, kw in variants:
            t = Translator(path, beam_size=4, batch_size=32, threads=1, **kw)
            translators.append(t)
            pipelines.append((label, (lambda t=t: t.translate(src))))
        raw_translate(ct2, sp, src[:2], 4, 32)  # warm up (allocations, first-call costs)
        for t in translators:
            t.translate(src[:2])
        times: dict[str, list[float]] = {label: [] for label, _ in pipelines}
        for _ in range(repeat if size == "tiny" else marian_repeat):
            for label, fn in pipelines:
                t0 = time.perf_counter()
                fn()
                times[label].append(time.perf_counter() - t0)
        raw = min(times[pipelines[0][0]])
        for label, _ in pipelines:
            best = min(times[label])
            print(f"{size:<7} {len(src):>4} {label:<58} {best:>8.3f} {best / raw:>6.2f}x")
        for label, t in zip(("terms already satisfied", "every term forced"), translators[1:]):
            steps: dict[str, int] = {}
            for r in t.translate_detailed(src):
                for x in r.required:
                    steps[x.step] = steps.get(x.step, 0) + 1
            print(f"{'':<13}{label}: steps {dict(sorted(steps.items()))}")
        finder = translators[2].finder
        t0 = time.perf_counter()
        for _ in range(repeat):
            for s in src:
                finder.find(s)
        per = (time.perf_counter() - t0) / repeat / len(src)
        print(f"{size:<7} {len(src):>4} {'term finding alone (glossary matcher), per sentence':<58} {per * 1000:>7.3f}ms")
        del translators, pipelines
        gc.collect()


def threads_section(tmp: Path, sizes: list[str], repeat: int, limit: int) -> None:
    """End-to-end enforcement with the default thread count (0: automatic) against 1 and 2 threads."""
    rows = read_parallel(DATA / "sentences.tsv")
    glossary = load_glossary(DATA / "glossary.tsv")
    print()
    print(f"Threads: full enforcement end to end, best of {repeat}, runs interleaved (busy 2-core machine: noisy)")
    for size in sizes:
        src = [vi for vi, _, _ in rows][: (limit if size != "tiny" else None)]
        path = build_model_dir(tmp / f"threads-{size}", training_lines(), size=size)
        ts = {n: Translator(path, glossary=glossary, entities=None, threads=n) for n in (0, 1, 2)}
        for t in ts.values():
            t.translate(src[:2])
        times: dict[int, list[float]] = {n: [] for n in ts}
        for _ in range(repeat):
            for n, t in ts.items():
                t0 = time.perf_counter()
                t.translate(src)
                times[n].append(time.perf_counter() - t0)
        auto = ts[0].backend.threads
        shown = ", ".join(f"{n} thread(s) {min(v):.3f} s" for n, v in times.items() if n)
        print(f"{size:<7} {len(src):>4} default (automatic: {auto} thread(s)) {min(times[0]):.3f} s; {shown}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="overhead on the tiny model only")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--marian-sentences", type=int, default=16, help="sentences for the Marian-sized model")
    ap.add_argument("--marian-repeat", type=int, default=1, help="timed runs per pipeline, Marian-sized model")
    ap.add_argument("--seeds", default="2,5,7", help="random model seeds for the issue-16 run")
    args = ap.parse_args()
    sizes = ["tiny"] if args.quick else ["tiny", "marian"]
    with tempfile.TemporaryDirectory() as tmp:
        accuracy_section(Path(tmp))
        issue16_section(Path(tmp), [int(x) for x in args.seeds.split(",")])
        overhead_section(Path(tmp), sizes, args.repeat, args.marian_sentences, args.marian_repeat)
        threads_section(Path(tmp), sizes, args.repeat if "marian" not in sizes else 1, args.marian_sentences // 2)


if __name__ == "__main__":
    main()
