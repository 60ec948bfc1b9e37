"""Benchmarks for ``vnterm check``.

    .venv/bin/python bench/bench_check.py labelled   # precision/recall on tests/data/check/labelled.jsonl
    .venv/bin/python bench/bench_check.py seeds      # raw findings on the five seed articles
    .venv/bin/python bench/bench_check.py fixes --sets DIR...   # every fix offered, in its sentence, to read
    .venv/bin/python bench/bench_check.py speed      # vnterm vs textlint + prh, same text, same rules
    .venv/bin/python bench/bench_check.py parallel   # default workers vs --jobs 1, idle and under a busy loop
    .venv/bin/python bench/bench_check.py memory     # peak RSS at 1.2M and 12M words
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
from vnterm.check.cpus import free_cpus  # noqa: E402
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


def _spans(checker: Checker, pid: str, text: str, date: str | None = None) -> list[tuple[str, str, int, int]]:
    """(rule, found text with spaces collapsed, start, end) of each finding; ``date``: the page's
    date, as an HTML page's meta tag or a Markdown front matter gives it to ``vnterm check``."""
    doc = load_document(f"{pid}.txt", text + "\n")
    if date:
        doc.date = date
    return [(f.rule, " ".join(f.found.split()), f.start, f.end) for f in checker.check(doc)]


def _found(checker: Checker, pid: str, text: str, date: str | None = None) -> Counter:
    return Counter((rule, found) for rule, found, _, _ in _spans(checker, pid, text, date))


#: the rules scored together by the group/overlap scoring: every terminology rule and title-form
#: (a wrong body or title name is labelled under one or the other, and the checker may say either)
OVERLAP_GROUP = ("term-", "title-form")


def _in_group(rule: str) -> bool:
    return rule.startswith(OVERLAP_GROUP)


def _label_spans(text: str, findings: list[dict]) -> list[tuple[int, int, dict]]:
    """Each label's span in ``text``: its ``occurrence``-th occurrence of ``found`` (1-based)."""
    out = []
    for f in findings:
        pos, n = -1, max(1, int(f.get("occurrence") or 1))
        for _ in range(n):
            pos = text.find(f["found"], pos + 1)
            if pos < 0:
                break
        if pos >= 0:
            out.append((pos, pos + len(f["found"]), f))
    return out


def _overlap_score(rows: list[tuple[str, list[tuple[str, str, int, int]], list[tuple[int, int, dict]]]]) -> dict:
    """The terminology group with span overlap (reported BESIDE the strict score, never instead):
    a label of a group rule is found when some group finding overlaps its span; a group finding
    is right when it overlaps some group label's span. Precision counts findings, recall labels."""
    right = wrong = found = missed = 0
    misses, alarms = [], []
    for pid, got, want in rows:
        spans = [(s, e) for s, e, f in want if _in_group(f["rule"])]
        finds = [(s, e, rule, text) for rule, text, s, e in got if _in_group(rule)]
        for s, e, rule, text in finds:
            if any(s < we and ws < e for ws, we in spans):
                right += 1
            else:
                wrong += 1
                alarms.append((pid, rule, text))
        for s, e, f in want:
            if not _in_group(f["rule"]):
                continue
            if any(fs < e and s < fe for fs, fe, _, _ in finds):
                found += 1
            else:
                missed += 1
                misses.append((pid, f["rule"], f["found"]))
    return {"findings_right": right, "findings_wrong": wrong, "labels_found": found, "labels_missed": missed,
            "precision": round(right / (right + wrong), 3) if right + wrong else 1.0,
            "recall": round(found / (found + missed), 3) if found + missed else 1.0,
            "missed": misses, "false_alarms": alarms}


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
    """The blind set of issue 14.6 (``paragraphs.jsonl``: id, split, outlet, style, date, text,
    findings with rule, found, occurrence, under), scored under ``consistent`` and under each
    paragraph's own preset; each paragraph is checked with its page's date as the document's date
    (what ``vnterm check`` reads from a page's meta tag or a Markdown front matter).

    Two scores: the strict one (rule and found text must match a label) and, beside it, the
    terminology group with span overlap (:func:`_overlap_score`).

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
            rows, overlap_rows = [], []
            for item in items:
                if split not in ("all", item["split"]):
                    continue
                style = (item.get("style") or "consistent") if run == "preset" else "consistent"
                wanted = {"both", "consistent"} if run == "consistent" or style == "consistent" else {"both", "style"}
                labels = [f for f in item["findings"] if f.get("under", "both") in wanted]
                want = Counter((f["rule"], " ".join(f["found"].split())) for f in labels)
                got = _spans(checker_for(style), item["id"], item["text"], item.get("date"))
                rows.append((item["id"], Counter((r, t) for r, t, _, _ in got), want))
                overlap_rows.append((item["id"], got, _label_spans(item["text"], labels)))
            out[f"{run}/{split}"] = _score(rows)
            out[f"{run}/{split}"]["overlap"] = _overlap_score(overlap_rows)
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
        o = r.get("overlap")
        if o is not None:
            print(f"   GROUP/OVERLAP (term-* and title-form as one group, a finding counts when it overlaps a "
                  f"labelled span; beside the strict score above, not instead): precision {o['precision']:.3f}  "
                  f"recall {o['recall']:.3f}  (findings right {o['findings_right']}, wrong {o['findings_wrong']}; "
                  f"labels found {o['labels_found']}, missed {o['labels_missed']})")
            for m in o["missed"]:
                print("      overlap missed:", m)
            for a in o["false_alarms"]:
                print("      overlap false alarm:", a)


# --- every fix in its sentence -------------------------------------------------------------------

_SENTENCE_RE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding ``text[start:end]``."""
    lo = max(text.rfind("\n", 0, start), *(text.rfind(p, 0, start) for p in (". ", "! ", "? "))) + 1
    hi = min([i for i in (text.find("\n", end), *(text.find(p, end) for p in (". ", "! ", "? "))) if i >= 0]
             or [len(text)])
    return lo, min(len(text), hi + 1)


def fixes(sets: list[Path], seeds_dir: Path = SEEDS, styles: tuple[str, ...] = ("consistent", "preset")) -> list[dict]:
    """Every fix the checker offers on the labelled sets (``paragraphs.jsonl`` or ``*.jsonl`` rows with
    ``text``) and the seed articles, under ``consistent`` and each paragraph's preset: the sentence
    before and after the one replacement, for a reader to judge (issue 14: no fix may write wrong English)."""
    glossary = load_glossaries(None)
    checkers: dict[str, Checker] = {}
    docs: list[tuple[str, str, str | None, str | None]] = []  # (id, text, date, preset)
    for path in sets:
        files = [path / "paragraphs.jsonl"] if path.is_dir() else [path]
        for f in files:
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    docs.append((f"{f.parent.name}/{item['id']}", item["text"], item.get("date"), item.get("style")))
    for p in sorted(seeds_dir.glob("*.txt")):
        docs.append((f"seeds/{p.name}", p.read_text(encoding="utf-8"), None, None))
    rows, seen = [], set()
    for pid, text, date, preset in docs:
        for run in styles:
            style = (preset or "consistent") if run == "preset" else "consistent"
            checker = checkers.setdefault(style, Checker(glossary, CheckConfig(style=style)))
            doc = load_document(f"{pid.replace('/', '_')}.txt", text + ("" if text.endswith("\n") else "\n"))
            if date:
                doc.date = date
            for f in checker.check(doc):
                if not f.fixable or not f.expected:
                    continue
                key = (pid, f.start, f.rule, f.expected)
                if key in seen:
                    continue
                seen.add(key)
                lo, hi = _sentence_around(doc.text, f.start, f.end)
                before = doc.text[lo:hi].strip()
                after = (doc.text[lo:f.start] + f.expected + doc.text[f.end:hi]).strip()
                rows.append({"id": pid, "style": style, "rule": f.rule, "found": f.found, "expected": f.expected,
                             "before": before, "after": after})
    return rows


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


def run_to_file(cmd: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess, str]:
    """Wall time of ``cmd`` with its output going to a file, read afterwards: a pipe read by this
    process while the command runs would take a CPU from the command (vnterm uses two)."""
    out_path = WORK / "stdout.json"
    with open(out_path, "wb") as out:
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True, **kwargs)
        elapsed = time.perf_counter() - t0
    return elapsed, proc, out_path.read_text(encoding="utf-8")


def load() -> list[float]:
    """The load averages (1, 5, 15 minutes): every figure is reported with them (a shared machine)."""
    return [round(x, 2) for x in os.getloadavg()]


def vnterm_cmd(glossary_file: Path, paths: list[Path], jobs: int | None = None, fmt: str = "json") -> list[str]:
    vnterm = ROOT / ".venv" / "bin" / "vnterm"
    if not vnterm.exists():  # the command installed next to this interpreter (a shared venv)
        vnterm = Path(sys.executable).parent / "vnterm"
    cmd = [str(vnterm) if vnterm.exists() else "vnterm", "check", *map(str, paths), "-g", str(glossary_file),
           "--no-config", "--format", fmt]
    return cmd + ([f"--jobs={jobs}"] if jobs is not None else [])


def textlint_cmd(glossary: Glossary, paths: list[Path], tag: str) -> list[str] | None:
    binary = PEER / "node_modules" / ".bin" / "textlint"
    if not binary.exists():
        print("  textlint not installed: run bash bench/peers/textlint.sh", file=sys.stderr)
        return None
    rules = WORK / f"prh_{tag}.yml"
    rules.write_text(prh_yaml(glossary), encoding="utf-8")
    rc = WORK / f"textlintrc_{tag}.json"
    rc.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(rules)]}}}), encoding="utf-8")
    return [str(binary), "--config", str(rc), "--format", "json", *map(str, paths)]


def wall(cmd: list[str], env: dict | None = None) -> float:
    """Wall time of one run of ``cmd`` (output to a file, start-up included)."""
    elapsed, proc, _ = run_to_file(cmd, env=env, cwd=PEER if "textlint" in cmd[0] else None)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{cmd[0]} failed: {proc.stderr[-2000:]}")
    return elapsed


def interleaved(cmds: dict[str, list[str]], rounds: int, env: dict | None = None,
                probe=None) -> dict[str, list]:
    """Each command once per round, the order rotated every round (so drifts in the machine's load
    fall on all of them alike): per command, its wall times; ``probe()``, when given, is called
    before each run and its answers kept under ``probe:NAME``."""
    names = list(cmds)
    times: dict[str, list] = {n: [] for n in names}
    for r in range(rounds):
        order = names[r % len(names):] + names[: r % len(names)]
        for name in order:
            if probe is not None:
                times.setdefault(f"probe:{name}", []).append(probe())
            times[name].append(wall(cmds[name], env))
    return times


def _median(xs: list[float]) -> float:
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


#: (glossary, words for both tools). textlint with 10,000 prh rules needs minutes for 12,000 words,
#: so that comparison runs on 12k words.
RUNS = (("bundled", 1_200_000), ("10000", 12_000))


def speed(runs=RUNS, rounds: int = 5, baseline: Path | None = None) -> list[dict]:
    """Both tools as a user runs them (commands, start-up included, glossary cache warm), on the same
    file with the same rules, in interleaved rounds: vnterm in one process (``--jobs 1``), vnterm
    as run by default, textlint + prh. Each row: the medians, and the median of the per-round
    ratios (textlint / vnterm one process), the text size, and the load averages before and after.
    ``baseline``: a folder holding another version's ``vnterm`` package (``git archive REV vnterm |
    tar -x -C DIR``), run on ``PYTHONPATH`` in the same rounds as ``vnterm_baseline`` (one process)."""
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
        tiny = WORK / "tiny.txt"
        tiny.write_text("Warm-up.\n", encoding="utf-8")
        wall(vnterm_cmd(gfile, [tiny]))  # the parsed-glossary cache, as a user's second run has it
        cmds = {"vnterm_one_process": vnterm_cmd(gfile, [path], jobs=1), "vnterm_default": vnterm_cmd(gfile, [path])}
        if baseline is not None:
            cmds["vnterm_baseline"] = ["/usr/bin/env", f"PYTHONPATH={baseline}"] + vnterm_cmd(gfile, [path], jobs=1)
            wall(cmds["vnterm_baseline"][:2] + vnterm_cmd(gfile, [tiny]))  # its own glossary cache
        peer = textlint_cmd(glossary, [path], tag)
        if peer is not None:
            cmds["textlint"] = peer
        before = load()
        times = interleaved(cmds, rounds)
        row: dict[str, object] = {
            "glossary": tag, "concepts": len(glossary), "words": len(path.read_text(encoding="utf-8").split()),
            "bytes": path.stat().st_size, "rounds": rounds, "load_before": before, "load_after": load(),
            **{f"{n}_s": round(_median(t), 2) for n, t in times.items()},
        }
        if peer is not None:
            row["ratio_one_process"] = round(_median([t / v for t, v in zip(times["textlint"], times["vnterm_one_process"])]), 2)
            row["ratio_default"] = round(_median([t / v for t, v in zip(times["textlint"], times["vnterm_default"])]), 2)
        if baseline is not None:
            row["now_over_baseline"] = round(_median([n / b for n, b in zip(times["vnterm_one_process"],
                                                                            times["vnterm_baseline"])]), 3)
            if peer is not None:
                row["ratio_baseline"] = round(_median([t / v for t, v in zip(times["textlint"], times["vnterm_baseline"])]), 2)
        row["times"] = {n: [round(x, 2) for x in t] for n, t in times.items()}
        rows.append(row)
        print(json.dumps(row), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "check_speed.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return rows


def _busy_loop() -> subprocess.Popen:
    """A process spinning on one core (the artificial load of issue 18)."""
    spin = "import os\nif hasattr(os, 'sched_setaffinity'): os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})\nwhile True: pass"
    return subprocess.Popen([sys.executable, "-c", spin])


def parallel(files: int = 8, words_per_file: int = 150_000, rounds: int = 5) -> list[dict]:
    """``vnterm check`` on several files: the default (workers sized by the free CPUs) against
    ``--jobs 1``, in interleaved rounds, on an idle-as-it-gets machine and with a busy-loop process
    on one core. The default must never be slower than one process."""
    compile_bytecode()
    bundled = load_glossaries(None)
    from vnterm.glossary.tsv import dumps_tsv

    gfile = WORK / "glossary_bundled.tsv"
    gfile.write_text(dumps_tsv(bundled), encoding="utf-8")
    folder = WORK / f"files_{files}x{words_per_file}"
    folder.mkdir(parents=True, exist_ok=True)
    source = corpus(words_per_file).read_text(encoding="utf-8")
    paths = []
    for i in range(files):
        p = folder / f"{i:02}.txt"
        if not p.exists():
            p.write_text(source, encoding="utf-8")
        paths.append(p)
    wall(vnterm_cmd(gfile, paths[:1]))
    cmds = {"default": vnterm_cmd(gfile, paths), "one_process": vnterm_cmd(gfile, paths, jobs=1),
            "two_processes": vnterm_cmd(gfile, paths, jobs=2)}
    rows = []
    for loaded in (False, True):
        busy = _busy_loop() if loaded else None
        try:
            if busy is not None:
                time.sleep(2)
            before = load()
            times = interleaved(cmds, rounds, probe=free_cpus)
        finally:
            if busy is not None:
                busy.kill()
                busy.wait()
        row = {"files": files, "words": files * len(source.split()), "busy_loop": loaded, "rounds": rounds,
               "cpus": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
               "load_before": before, "load_after": load(),
               **{f"{n}_s": round(_median(t), 2) for n, t in times.items() if not n.startswith("probe:")},
               "free_cpus_before_default": times.pop("probe:default"),
               "default_over_one_process": round(_median([d / o for d, o in zip(times["default"], times["one_process"])]), 2),
               "times": {n: [round(x, 2) for x in t] for n, t in times.items() if not n.startswith("probe:")}}
        rows.append(row)
        print(json.dumps(row), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "check_parallel.json").write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")
    return rows


def memory(sizes=(1_200_000, 12_000_000), fmt: str = "json") -> list[dict]:
    """Peak RSS of ``vnterm check --jobs 1`` (bundled glossary) by text size: each run in a fresh
    wrapper whose RUSAGE_CHILDREN is that run's alone. Each row after the first gives its peak
    over the first row's (issue 18: at most 2 from 1.2M to 12M words); the rows are appended to
    bench/results/check_memory.json."""
    from vnterm.glossary.tsv import dumps_tsv

    gfile = WORK / "glossary_bundled.tsv"
    gfile.write_text(dumps_tsv(load_glossaries(None)), encoding="utf-8")
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t, p.returncode)")
    rows = []
    for words in sizes:
        path = corpus(words)
        before = load()
        out = subprocess.run([sys.executable, "-c", probe, *vnterm_cmd(gfile, [path], jobs=1, fmt=fmt)],
                             capture_output=True, text=True, check=True).stdout.split()
        row = {"words": len(path.read_text(encoding="utf-8").split()), "bytes": path.stat().st_size, "format": fmt,
               "peak_rss_mb": round(int(out[0]) / 1024, 1), "wall_s": round(float(out[1]), 2),
               "load_before": before, "load_after": load()}
        if rows:
            row["peak_over_first"] = round(row["peak_rss_mb"] / rows[0]["peak_rss_mb"], 2)
        rows.append(row)
        print(json.dumps(row), flush=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    kept = RESULTS / "check_memory.json"
    history = json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else []
    kept.write_text(json.dumps(history + rows, indent=2) + "\n", encoding="utf-8")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", choices=["labelled", "fixes", "seeds", "speed", "parallel", "memory", "all"],
                    default="all")
    ap.add_argument("--sets", type=Path, nargs="*", default=[],
                    help="fixes: labelled sets (folders with paragraphs.jsonl, or .jsonl files) besides the seeds")
    ap.add_argument("--repeat", type=int, default=5, help="speed, parallel: interleaved rounds (medians are kept)")
    ap.add_argument("--runs", default="bundled:1200000,10000:12000",
                    help="speed: GLOSSARY:WORDS pairs (bundled, or a number of concepts)")
    ap.add_argument("--formats", default="json", help="memory: report formats to measure (comma-separated)")
    ap.add_argument("--baseline", type=Path, help="speed: also time the vnterm package in this folder (A/B)")
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
    if args.what == "fixes":
        rows = fixes(args.sets)
        for r in rows:
            print(f"[{r['id']} {r['style']}] {r['rule']}: {r['found']!r} -> {r['expected']!r}\n"
                  f"   - {r['before']}\n   + {r['after']}")
        print(f"{len(rows)} fixes")
    if args.what in ("seeds", "all"):
        text = seeds()
        print(text.strip().splitlines()[-1], "-> bench/results/check_seeds.txt")
    if args.what in ("speed", "all"):
        speed(tuple((tag, int(words)) for tag, words in (r.split(":") for r in args.runs.split(","))), rounds=args.repeat,
              baseline=args.baseline)
    if args.what == "parallel":
        parallel(rounds=args.repeat)
    if args.what == "memory":
        for fmt in args.formats.split(","):
            memory(fmt=fmt)


if __name__ == "__main__":
    main()
