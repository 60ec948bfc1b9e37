"""Benchmarks for ``vnterm check``.

    .venv/bin/python bench/bench_check.py labelled   # precision/recall on tests/data/check/labelled.jsonl
    .venv/bin/python bench/bench_check.py seeds      # raw findings on the five seed articles
    .venv/bin/python bench/bench_check.py speed      # vnterm vs textlint + prh, same text, same rules
    .venv/bin/python bench/bench_check.py            # all three

The speed run needs the peer: ``bash bench/peers/textlint.sh`` (installs into bench/.peers/).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from vnterm.check import Checker, CheckConfig, load_document, render  # noqa: E402
from vnterm.check.runner import run_check  # noqa: E402
from vnterm.documents import find_inputs  # noqa: E402
from vnterm.glossary import load_glossaries, load_glossary  # noqa: E402
from vnterm.glossary.model import Concept, Glossary, Term  # noqa: E402

DATA = ROOT / "tests" / "data" / "check"
SEEDS = ROOT / "corpora" / "seeds"
RESULTS = ROOT / "bench" / "results"
WORK = ROOT / "bench" / ".work"
PEER = ROOT / "bench" / ".peers" / "textlint"


# --- labelled set -------------------------------------------------------------------------------

#: rule groups scored together: the terminology rules of issue 14's target (term-deprecated,
#: term-dated, term-admitted, term-inconsistent)
TERM_GROUPS = {"terminology (term-*)": "term-"}

def _score(rows: list[tuple[str, Counter, Counter]]) -> dict:
    """Precision and recall, overall and per rule, of (id, got, want) rows; a finding counts when its
    rule and found text (spaces collapsed) match a label."""
    tp = fp = fn = 0
    per_rule: dict[str, list[int]] = {}
    misses, alarms = [], []
    for pid, got, want in rows:
        hit = got & want
        for (rule, _), n in hit.items():
            per_rule.setdefault(rule, [0, 0, 0])[0] += n
        for (rule, _), n in (got - want).items():
            per_rule.setdefault(rule, [0, 0, 0])[1] += n
        for (rule, _), n in (want - got).items():
            per_rule.setdefault(rule, [0, 0, 0])[2] += n
        tp += sum(hit.values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
        misses += [(pid, *k) for k in (want - got)]
        alarms += [(pid, *k) for k in (got - want)]

    def pr(t: int, f: int, n: int) -> tuple[float, float]:
        return (round(t / (t + f), 3) if t + f else 1.0), (round(t / (t + n), 3) if t + n else 1.0)

    p, r = pr(tp, fp, fn)
    rules = {rule: dict(zip(("tp", "fp", "fn"), v), precision=pr(*v)[0], recall=pr(*v)[1])
             for rule, v in sorted(per_rule.items())}
    groups = {}
    for group, prefix in TERM_GROUPS.items():
        v = [sum(c[j] for rule, c in per_rule.items() if rule.startswith(prefix)) for j in range(3)]
        groups[group] = dict(zip(("tp", "fp", "fn"), v), precision=pr(*v)[0], recall=pr(*v)[1])
    return {"paragraphs": len(rows), "tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r,
            "rules": rules, "groups": groups, "missed": misses, "false_alarms": alarms}


def _found(checker: Checker, pid: str, text: str) -> Counter:
    doc = load_document(f"{pid}.txt", text + "\n")
    return Counter((f.rule, " ".join(f.found.split())) for f in checker.check(doc))


def labelled(glossary_path: Path | None = DATA / "glossary.tsv", data: Path = DATA / "labelled.jsonl",
             style: str = "government") -> dict:
    """Precision and recall per split; a finding counts when its rule and found text match a label.

    ``glossary_path`` None: the bundled glossary (for ``blind_bundled.jsonl``, labelled by an
    editor's judgement before the checker was run on it, and not tuned on). These two sets were
    labelled for the Government/MOFA style ("Viet Nam", no diacritics): ``style`` picks the preset.
    """
    glossary = load_glossaries(None) if glossary_path is None else load_glossary(glossary_path)
    checker = Checker(glossary, CheckConfig(style=style))
    items = [json.loads(line) for line in data.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = {}
    for split in sorted({i["split"] for i in items}) + ["all"]:
        chosen = [i for i in items if split in ("all", i["split"])]
        rows = [(i["id"], _found(checker, i["id"], i["text"]), Counter((r, f) for r, f in i["findings"]))
                for i in chosen]
        out[split] = _score(rows)
    return out


def blind(folder: Path, glossary_paths: list[str] | None = None) -> dict:
    """The blind set of issue 14.6 (``paragraphs.jsonl``: id, split, outlet, style, text, findings
    with rule, found, under), scored under ``consistent`` and under each paragraph's own preset.

    A label ``under`` "both" counts in both runs, "consistent" in the consistent run (and in the
    preset run for a paragraph with no preset), "style" in the preset run only.
    """
    items = [json.loads(line) for line in (folder / "paragraphs.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]
    glossary = load_glossaries(glossary_paths)
    checkers: dict[str, Checker] = {}

    def checker_for(style: str) -> Checker:
        if style not in checkers:
            checkers[style] = Checker(glossary, CheckConfig(style=style))
        return checkers[style]

    out: dict[str, dict] = {}
    for run in ("consistent", "preset"):
        for split in sorted({i["split"] for i in items}) + ["all"]:
            rows = []
            for item in items:
                if split not in ("all", item["split"]):
                    continue
                style = (item.get("style") or "consistent") if run == "preset" else "consistent"
                wanted = {"both", "consistent"} if run == "consistent" or style == "consistent" else {"both", "style"}
                want = Counter((f["rule"], " ".join(f["found"].split())) for f in item["findings"]
                               if f.get("under", "both") in wanted)
                rows.append((item["id"], _found(checker_for(style), item["id"], item["text"]), want))
            out[f"{run}/{split}"] = _score(rows)
    return out


def _print_scores(res: dict) -> None:
    for split, r in res.items():
        print(f"labelled[{split}]: {r['paragraphs']} paragraphs  precision {r['precision']:.3f}  "
              f"recall {r['recall']:.3f}  (tp {r['tp']}, fp {r['fp']}, fn {r['fn']})")
        for group, v in r.get("groups", {}).items():
            print(f"   {group:22} precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
                  f"(tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
        for rule, v in r.get("rules", {}).items():
            print(f"   {rule:22} precision {v['precision']:.3f}  recall {v['recall']:.3f}  "
                  f"(tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
        for m in r["missed"]:
            print("   missed:", m)
        for a in r["false_alarms"]:
            print("   false alarm:", a)


# --- seeds --------------------------------------------------------------------------------------

def seeds(glossary_paths: list[str] | None = None) -> str:
    """The text report on the seed articles (written to bench/results/check_seeds.txt)."""
    checker = Checker(load_glossaries(glossary_paths), CheckConfig())
    report = run_check(checker, find_inputs([str(SEEDS)], include=["*.txt"]).files)
    text = render(report, "text")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "check_seeds.txt").write_text(text, encoding="utf-8")
    return text


# --- speed --------------------------------------------------------------------------------------

def corpus(words: int) -> Path:
    """The seed articles repeated to about ``words`` words, one file (bench/.work/)."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"seeds_{words}.txt"
    if not path.exists():
        text = "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(SEEDS.glob("*.txt")))
        n = len(text.split())
        path.write_text("\n\n".join([text] * max(1, round(words / n))) + "\n", encoding="utf-8")
    return path


def synthetic_glossary(base: Glossary, size: int, seed: int = 7) -> Glossary:
    """``base`` plus generated concepts up to ``size``: each a preferred and a deprecated English term."""
    rng = random.Random(seed)
    words = sorted({w.lower() for p in SEEDS.glob("*.txt") for w in re.findall(r"[A-Za-z]{4,}", p.read_text())})
    out = Glossary(dict(base.concepts), list(base.paths))
    i = 0
    while len(out) < size:
        a, b, c = rng.sample(words, 3)
        out.add(Concept(f"gen_{i}", "general", terms=[
            Term(f"{a} {b} {c} office", "en"), Term(f"{a} {b} {c} bureau", "en", "deprecated")]))
        i += 1
    return out


def _prh_pattern(text: str) -> str:
    """A prh pattern for a term: a regex when it holds characters prh 5 mishandles ('-' under /u)."""
    if re.search(r"[-.*+?()\[\]{}|^$\\/]", text):
        return "/" + re.escape(text).replace("/", "\\/") + "/"
    return text


def prh_yaml(glossary: Glossary) -> str:
    """prh rules from the glossary: every deprecated/forbidden English term → the preferred one.

    Uses ``vnterm glossary export --to prh`` when that export exists; otherwise this generator.
    """
    try:
        from vnterm.glossary import exports  # type: ignore[attr-defined]

        for name in ("export_prh", "to_prh", "dumps_prh"):
            fn = getattr(exports, name, None)
            if fn is not None:
                return fn(glossary)
    except ImportError:
        pass
    lines = ["version: 1", "rules:"]
    for concept in glossary:
        pref = concept.preferred("en")
        if pref is None:
            continue
        for term in concept.terms_for("en"):
            if term.is_flagged:
                lines.append(f"  - expected: {json.dumps(pref.text)}")
                lines.append(f"    patterns: [{json.dumps(_prh_pattern(term.text))}]")
    return "\n".join(lines) + "\n"


def compile_bytecode() -> None:
    """Write vnterm's bytecode, as ``pip install`` does: an editable install run with
    PYTHONDONTWRITEBYTECODE=1 (this machine's default) would otherwise compile every module from
    source on every run, about 0.07 s that no installed copy pays."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "vnterm")], check=True)


def median_time(run, repeat: int) -> tuple[float, int]:
    """The median wall time of ``repeat`` calls of ``run()`` (each returns seconds, findings)."""
    results = sorted(run() for _ in range(max(1, repeat)))
    return results[len(results) // 2]


def time_vnterm(glossary_file: Path, path: Path, cold: bool = False, one_process: bool = False) -> tuple[float, int]:
    """Wall time of the ``vnterm check`` command (start-up and glossary load included), findings.

    ``cold`` turns the parsed-glossary cache off (a first run); otherwise the cache is warmed first.
    ``one_process`` passes ``--jobs 1`` (one file is always checked in one process since the
    checker lost its forked side process; the option matters for several files).
    """
    vnterm = ROOT / ".venv" / "bin" / "vnterm"
    cmd = [str(vnterm) if vnterm.exists() else "vnterm", "check", str(path), "-g", str(glossary_file),
           "--no-config", "--format", "json"]
    env = dict(os.environ)
    if one_process:
        cmd.append("--jobs=1")
    if cold:
        env["VNTERM_NO_CACHE"] = "1"
    else:  # warm the glossary cache with a tiny run
        tiny = WORK / "tiny.txt"
        tiny.write_text("Warm-up.\n", encoding="utf-8")
        subprocess.run(cmd[:2] + [str(tiny)] + cmd[3:], capture_output=True, env=env)
    elapsed, proc, out = run_to_file(cmd, env=env)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"vnterm failed: {proc.stderr[-2000:]}")
    return elapsed, len(json.loads(out)["findings"])


def run_to_file(cmd: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess, str]:
    """Wall time of ``cmd`` with its output going to a file, read afterwards: a pipe read by this
    process while the command runs would take a CPU from the command (vnterm uses two)."""
    out_path = WORK / "stdout.json"
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True, **kwargs)
        elapsed = time.perf_counter() - t0
    return elapsed, proc, out_path.read_text(encoding="utf-8")


def time_textlint(glossary: Glossary, path: Path, tag: str) -> tuple[float, int] | None:
    """Wall time of ``textlint`` with textlint-rule-prh on the same file, rules from the same glossary."""
    binary = PEER / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        print("  textlint not installed: run bash bench/peers/textlint.sh", file=sys.stderr)
        return None
    rules = WORK / f"prh_{tag}.yml"
    rules.write_text(prh_yaml(glossary), encoding="utf-8")
    rc = WORK / f"textlintrc_{tag}.json"
    rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(rules)]}}}), encoding="utf-8")
    elapsed, proc, out = run_to_file([str(binary), "--config", str(rc), "--format", "json", str(path)], cwd=PEER)
    try:
        n = sum(len(f["messages"]) for f in json.loads(out))
    except (json.JSONDecodeError, KeyError):
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    return elapsed, n


#: (glossary, words for both tools). textlint with 10,000 prh rules needs about 3.5 minutes for
#: 12,000 words on this machine, so the 10k-concept comparison runs on 12k words; vnterm alone is
#: also timed on 1.2M words with that glossary.
RUNS = (("bundled", 1_200_000), ("10000", 12_000))


def speed(runs=RUNS, vnterm_only_words: int = 1_200_000, repeat: int = 3) -> list[dict]:
    """Both tools on the same file with the same rules; each time is the median of ``repeat`` runs
    (textlint runs once where one run takes over 30 s)."""
    from vnterm.glossary.tsv import dumps_tsv

    compile_bytecode()
    bundled = load_glossaries(None)
    WORK.mkdir(parents=True, exist_ok=True)
    rows = []
    for tag, words in runs:
        glossary = bundled if tag == "bundled" else synthetic_glossary(bundled, int(tag))
        gfile = WORK / f"glossary_{tag}.tsv"
        gfile.write_text(dumps_tsv(glossary), encoding="utf-8")
        path = corpus(words)
        vc, _ = median_time(lambda: time_vnterm(gfile, path, cold=True), repeat)
        v, vn = median_time(lambda: time_vnterm(gfile, path), repeat)
        v1, _ = median_time(lambda: time_vnterm(gfile, path, one_process=True), repeat)
        t = time_textlint(glossary, path, tag)
        if t is not None and t[0] < 30:
            t = median_time(lambda: time_textlint(glossary, path, tag), repeat)
        row = {"glossary": tag, "concepts": len(glossary), "words": len(path.read_text().split()), "repeat": repeat,
               "vnterm_s": round(v, 2), "vnterm_cold_s": round(vc, 2), "vnterm_one_process_s": round(v1, 2),
               "vnterm_findings": vn}
        if t is not None:
            row.update(textlint_s=round(t[0], 2), textlint_findings=t[1], ratio=round(t[0] / v, 1),
                       ratio_cold=round(t[0] / vc, 1), ratio_one_process=round(t[0] / v1, 1))
        rows.append(row)
        print(json.dumps(row), flush=True)
        if tag != "bundled" and vnterm_only_words and vnterm_only_words != words:
            big = corpus(vnterm_only_words)
            v2, vn2 = time_vnterm(gfile, big)
            row2 = {"glossary": tag, "concepts": len(glossary), "words": len(big.read_text().split()),
                    "vnterm_s": round(v2, 2), "vnterm_findings": vn2, "textlint_s": None}
            rows.append(row2)
            print(json.dumps(row2), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "check_speed.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["labelled", "seeds", "speed", "all"], default="all")
    ap.add_argument("--repeat", type=int, default=3, help="speed: runs per timing (the median is kept)")
    ap.add_argument("--blind", type=Path, help="labelled: also score the blind set in this folder (paragraphs.jsonl)")
    ap.add_argument("--style", default="government",
                    help="labelled: the preset for the regression sets (they were labelled for 'government')")
    args = ap.parse_args()
    if args.what in ("labelled", "all"):
        res = labelled(style=args.style)
        bundled = labelled(None, DATA / "blind_bundled.jsonl", style=args.style)
        res.update({f"{k} (bundled glossary)": v for k, v in bundled.items() if k != "all"})
        _print_scores({f"{k} [{args.style}]": v for k, v in res.items()})
        if args.blind is not None:
            _print_scores({f"blind {k}": v for k, v in blind(args.blind).items()})
    if args.what in ("seeds", "all"):
        text = seeds()
        print(text.strip().splitlines()[-1], "-> bench/results/check_seeds.txt")
    if args.what in ("speed", "all"):
        speed(repeat=args.repeat)


if __name__ == "__main__":
    main()
