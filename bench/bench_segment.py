"""Benchmark the Vietnamese segmenter against underthesea alone and pyvi, in one run on the same input.

    .venv/bin/python bench/bench_segment.py            # everything (about a minute)
    .venv/bin/python bench/bench_segment.py --quick    # dev split only, fewer throughput rounds
    .venv/bin/python bench/bench_segment.py --labelled /work/blind/segment/held.tsv --style-from-split \
        -g glossaries/official   # one labelled set only

Prints:

1. word-segmentation P/R/F1 on UD Vietnamese-VTB (dev and train; spans aligned to the raw ``# text``,
   punctuation included, diacritic-folded search as the fallback when a tool respells) for vnterm,
   ``underthesea.word_tokenize`` with its defaults, and pyvi (a subprocess in bench/.peers/pyvi,
   installed by bench/peers/pyvi.sh; skipped with a note when absent);
2. PERSON / TITLE precision, recall, F1, romanisation and title-rendering exact match on the labelled
   set tests/data/vi_labelled.tsv (dev part tuned on, held-out part only evaluated), with the fixture
   glossary tests/data/vi_glossary.tsv (the gold renderings follow it) and with the bundled glossary;
3. throughput in syllables/s of vnterm (words + entities + glossary) and underthesea.word_tokenize on
   the same sentences (UD dev + the labelled set), rounds interleaved, medians of wall and CPU time,
   the 1-minute load average, and the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnterm.glossary import load_glossaries  # noqa: E402
from vnterm.vi import Segmenter  # noqa: E402
from vnterm.vi.evaluate import (  # noqa: E402
    align_words,
    parse_labelled,
    read_conllu,
    row_styles,
    score_entities,
    word_prf,
)

UD = Path(os.environ.get("VNTERM_UD_VTB", ROOT.parent / "shared" / "data" / "ud-vtb"))
PYVI = ROOT / "bench" / ".peers" / "pyvi" / "bin" / "python"

_PYVI_SCRIPT = r"""
import sys, json
from pyvi import ViTokenizer
for line in sys.stdin:
    s = json.loads(line)
    print(json.dumps(ViTokenizer.tokenize(s), ensure_ascii=False), flush=False)
"""


def pyvi_tokenize(sentences: list[str]) -> tuple[list[list[str]] | None, float]:
    if not PYVI.exists():
        return None, 0.0
    data = "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in sentences)
    t0 = time.perf_counter()
    proc = subprocess.run([str(PYVI), "-c", _PYVI_SCRIPT], input=data, capture_output=True, text=True, check=True)
    dt = time.perf_counter() - t0
    out = [json.loads(x).split() for x in proc.stdout.splitlines()]
    return [[w.replace("_", " ") for w in ws] for ws in out], dt


def word_scores(split: str, seg: Segmenter) -> dict[str, dict]:
    from underthesea import word_tokenize

    sents = read_conllu(UD / f"vi_vtb-ud-{split}.conllu")
    texts = [t for t, _ in sents]
    gold = [set(align_words(t, forms)) for t, forms in sents]
    res: dict[str, dict] = {}
    res["vnterm"] = word_prf(gold, [{(w.start, w.end) for w in seg.segment(t).tokens} for t in texts])
    res["underthesea"] = word_prf(gold, [set(align_words(t, word_tokenize(t))) for t in texts])
    res["underthesea_old_tone"] = word_prf(
        gold, [set(align_words(t, word_tokenize(_old(t), use_token_normalize=False))) for t in texts]
    )
    pv, _ = pyvi_tokenize(texts)
    if pv is not None:
        res["pyvi"] = word_prf(gold, [set(align_words(t, ws)) for t, ws in zip(texts, pv)])
    return res


def _old(t: str) -> str:
    import unicodedata

    from vnterm.text import to_tone_style

    return to_tone_style(unicodedata.normalize("NFC", t), "old")


def throughput(seg: Segmenter, texts: list[str], rounds: int) -> dict[str, object]:
    """Both tools over the same sentences, rounds interleaved; medians of wall and CPU time per round."""
    import statistics

    from underthesea import word_tokenize

    syllables = sum(len(t.split()) for t in texts)
    word_tokenize(texts[0])
    seg.segment(texts[0])
    u_wall: list[float] = []
    u_cpu: list[float] = []
    v_wall: list[float] = []
    v_cpu: list[float] = []
    load_before = os.getloadavg()[0]
    for _ in range(rounds):  # interleaved, so both see the same machine state
        w, c = time.perf_counter(), time.process_time()
        for t in texts:
            word_tokenize(t)
        u_wall.append(time.perf_counter() - w)
        u_cpu.append(time.process_time() - c)
        w, c = time.perf_counter(), time.process_time()
        for t in texts:
            seg.segment(t)
        v_wall.append(time.perf_counter() - w)
        v_cpu.append(time.process_time() - c)
    uw, uc = statistics.median(u_wall), statistics.median(u_cpu)
    vw, vc = statistics.median(v_wall), statistics.median(v_cpu)
    return {
        "syllables": syllables,
        "sentences": len(texts),
        "rounds": rounds,
        "underthesea_syl_per_s": round(syllables / uw),
        "vnterm_syl_per_s": round(syllables / vw),
        "ratio_vnterm_over_underthesea": round(uw / vw, 3),
        "underthesea_wall_s": round(uw, 3),
        "vnterm_wall_s": round(vw, 3),
        "underthesea_cpu_s": round(uc, 3),
        "vnterm_cpu_s": round(vc, 3),
        "ratio_cpu_vnterm_over_underthesea": round(uc / vc, 3),
        "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
    }


def labelled_only(args: argparse.Namespace) -> None:
    """PERSON/TITLE F1, title-English accuracy and streets/wards tagged PERSON on one labelled set."""
    seg = Segmenter(load_glossaries(args.glossary or None))
    items = parse_labelled(args.labelled)
    styles = row_styles(args.labelled, items) if args.style_from_split else None
    r = score_entities(seg, items, styles)
    errors = r.pop("errors")
    r["rows"] = len(items)
    if args.style_from_split:
        r["styles"] = {str(k): sum(1 for v in styles.values() if v == k) for k in sorted(set(styles.values()), key=str)}  # type: ignore[union-attr]
    if args.json:
        print(json.dumps(r, ensure_ascii=False, indent=2))
    else:
        print(f"Labelled set {args.labelled} ({len(items)} rows)")
        for k in ("person", "title"):
            x = r[k]  # type: ignore[index]
            print(f"  {k.upper():7s} P {x['precision']:.4f}  R {x['recall']:.4f}  F1 {x['f1']:.4f}  (gold {x['gold']}, found {x['pred']})")
        print(f"  person English exact {r['romanisation']['exact']:.4f} (n={r['romanisation']['n']})")  # type: ignore[index]
        print(f"  title English exact {r['title_rendering']['exact']:.4f} (n={r['title_rendering']['n']})")  # type: ignore[index]
        print(f"  title English, first-letter case and a leading 'the' ignored {r['title_rendering_loose']['exact']:.4f}")  # type: ignore[index]
        print(f"  streets/wards tagged PERSON: {r['place_as_person']}")
        if args.style_from_split:
            print(f"  styles: {r['styles']}")
    if args.errors:
        for e in errors:  # type: ignore[union-attr]
            print(e)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="dev split only, 3 throughput rounds")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--labelled", metavar="PATH", help="score only this labelled set (split, sentence TSV)")
    ap.add_argument("--style-from-split", action="store_true",
                    help="render each row in the house style its split names (real-<style>) or that a "
                         "sources.tsv beside the set gives (columns split, row, style)")
    ap.add_argument("-g", "--glossary", action="append", default=[], help="glossary for --labelled (repeatable)")
    ap.add_argument("--errors", action="store_true", help="with --labelled: print every error too")
    args = ap.parse_args()
    if args.labelled:
        labelled_only(args)
        return

    report: dict[str, object] = {}
    seg_bundled = Segmenter()  # what `vnterm segment` uses by default
    for split in ("dev",) if args.quick else ("dev", "train"):
        report[f"words_{split}"] = word_scores(split, seg_bundled)

    seg_fixture = Segmenter(load_glossaries([ROOT / "tests" / "data" / "vi_glossary.tsv"]))
    items = parse_labelled(ROOT / "tests" / "data" / "vi_labelled.tsv")
    for part in ("dev", "held"):
        r = score_entities(seg_fixture, [i for i in items if i.split == part])
        r.pop("errors")
        report[f"entities_{part}"] = r
        # the same sentences with the bundled glossary (renderings then follow its wording choices)
        r = score_entities(seg_bundled, [i for i in items if i.split == part])
        r.pop("errors")
        report[f"entities_{part}_bundled"] = r

    texts = [t for t, _ in read_conllu(UD / "vi_vtb-ud-dev.conllu")]
    texts += [i.text for i in items]
    report["throughput"] = throughput(seg_bundled, texts, 3 if args.quick else 5)
    pv, dt = pyvi_tokenize(texts)
    if pv is not None:
        report["throughput"]["pyvi_syl_per_s_incl_startup"] = round(report["throughput"]["syllables"] / dt)  # type: ignore[index]

    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for split in ("dev", "train"):
        key = f"words_{split}"
        if key not in report:
            continue
        print(f"Word segmentation, UD Vietnamese-VTB {split} (F1 over word spans):")
        ws = report[key]
        for name, r in ws.items():  # type: ignore[union-attr]
            print(f"  {name:22s} P {r['precision']:.4f}  R {r['recall']:.4f}  F1 {r['f1']:.4f}")
        if "pyvi" in ws:  # type: ignore[operator]
            print(f"  vnterm − pyvi F1: {ws['vnterm']['f1'] - ws['pyvi']['f1']:+.4f}")  # type: ignore[index]
        print(f"  vnterm − underthesea F1: {ws['vnterm']['f1'] - ws['underthesea']['f1']:+.4f}")  # type: ignore[index]
    for part in ("dev", "held", "dev_bundled", "held_bundled"):
        r = report[f"entities_{part}"]
        name = part.replace("_bundled", ", bundled glossary")
        print(f"Entities, labelled set ({name}):")
        for k in ("person", "title"):
            x = r[k]  # type: ignore[index]
            print(f"  {k.upper():7s} P {x['precision']:.4f}  R {x['recall']:.4f}  F1 {x['f1']:.4f}  (gold {x['gold']})")
        print(f"  romanisation exact {r['romanisation']['exact']:.4f} (n={r['romanisation']['n']})")  # type: ignore[index]
        print(f"  title rendering exact {r['title_rendering']['exact']:.4f} (n={r['title_rendering']['n']})")  # type: ignore[index]
    t = report["throughput"]
    print(f"Throughput on {t['syllables']} syllables, {t['sentences']} sentences "  # type: ignore[index]
          f"(median of {t['rounds']} interleaved rounds, same process; "  # type: ignore[index]
          f"1-min load average {t['load_average_1min'][0]} before, {t['load_average_1min'][1]} after):")  # type: ignore[index]
    print(f"  underthesea.word_tokenize {t['underthesea_syl_per_s']:>8} syllables/s")  # type: ignore[index]
    print(f"  vnterm Segmenter.segment  {t['vnterm_syl_per_s']:>8} syllables/s")  # type: ignore[index]
    if "pyvi_syl_per_s_incl_startup" in t:  # type: ignore[operator]
        print(f"  pyvi (subprocess, incl. start-up) {t['pyvi_syl_per_s_incl_startup']:>8} syllables/s")  # type: ignore[index]
    print(f"  wall s per round: underthesea {t['underthesea_wall_s']}, vnterm {t['vnterm_wall_s']}")  # type: ignore[index]
    print(f"  CPU s per round:  underthesea {t['underthesea_cpu_s']}, vnterm {t['vnterm_cpu_s']}")  # type: ignore[index]
    print(f"  ratio vnterm / underthesea: {t['ratio_vnterm_over_underthesea']:.3f}x wall, "  # type: ignore[index]
          f"{t['ratio_cpu_vnterm_over_underthesea']:.3f}x CPU")  # type: ignore[index]


if __name__ == "__main__":
    main()
