"""Regenerate docs/reliability.md: every command run on every bad-input class, the limits, kill -9 runs.

Each cell runs the real CLI in a fresh temporary folder (under a memory and time limit, so that a
blow-up shows as a defect instead of taking the machine down) and records the exit code, the first
line of standard error and every file written or changed. A cell is "one line, exit 2, nothing
written" or "handled" (a legitimate input processed: exit 0/1, no traceback, correct line numbers);
anything else is listed as a defect.

    python scripts/reliability_table.py -o docs/reliability.md [--jobs 2] [--kills 20] [--fuzz-json F]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

TIMEOUT_S = 240
MEMORY_BYTES = 6 * 1024**3
TEN_MB = 10 * 1024 * 1024

GOOD_EN = ("The Ministry of Foreign Affairs said on Monday.\n"
           "Prime Minister Pham Minh Chinh met the delegation in Ha Noi.\n"
           "The two-tiered local government model works.\n")
GOOD_VI = ("Bộ Ngoại giao cho biết hôm thứ Hai.\n"
           "Thủ tướng Phạm Minh Chính tiếp đoàn tại Hà Nội.\n"
           "Mô hình chính quyền địa phương hai cấp vận hành tốt.\n")
GOOD_GLOSSARY = ("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n"
                 "mofa\tvi\tpreferred\tBộ Ngoại giao\nmofa\ten\tpreferred\tMinistry of Foreign Affairs\n")
BOMB_ENTITIES = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' +
                 "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)) +
                 "]>")


# --- bad-input classes ---------------------------------------------------------------------------


@dataclass
class Case:
    """One bad-input class: how to make its text file and its glossary file in a folder."""

    id: str
    label: str
    text: Callable[[Path, str], Path] | None  # (folder, "en"|"vi") -> path; None: a glossary class
    glossary: Callable[[Path], Path]
    error: bool  # True: only "one line, exit 2, nothing written" is acceptable
    folder_ok: bool = False  # check/audit accept a folder here


def _w(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def _good(lang: str) -> str:
    return GOOD_EN if lang == "en" else GOOD_VI


def _long_line(lang: str) -> str:
    unit = "The Ministry of Foreign Affairs met the two-tiered local government. " if lang == "en" else \
        "Bộ Ngoại giao gặp chính quyền địa phương hai cấp. "
    return (unit * (TEN_MB // len(unit.encode("utf-8")) + 1))[: TEN_MB // (2 if lang == "vi" else 1)] + "\n"


def _dir_with(folder: Path, name: str, lang: str) -> Path:
    d = folder / name
    d.mkdir()
    _w(d / "a.txt", _good(lang))
    return d


def _empty_folder(folder: Path) -> Path:
    d = folder / "nothing"
    d.mkdir()
    _w(d / "picture.png", b"\x89PNG\r\n\x1a\n")
    return d


CASES = [
    Case("missing", "missing file", lambda d, l: d / "missing.txt", lambda d: d / "missing.tsv", True),
    Case("directory", "a directory", lambda d, l: _dir_with(d, "folder", l), lambda d: _dir_with(d, "folder.tsv", "en"),
         True, folder_ok=True),
    Case("latin1", "non-UTF-8 (Latin-1)", lambda d, l: _w(d / "latin1.txt", "ok\nCaf\xe9 Ha Noi\n".encode("latin-1")),
         lambda d: _w(d / "latin1.tsv", GOOD_GLOSSARY.encode("utf-8") + "x\ten\tpreferred\tCaf\xe9\n".encode("latin-1")),
         True),
    Case("utf16", "UTF-16 (with BOM)", lambda d, l: _w(d / "utf16.txt", _good(l).encode("utf-16")),
         lambda d: _w(d / "utf16.tsv", GOOD_GLOSSARY.encode("utf-16")), False),
    Case("empty", "empty file", lambda d, l: _w(d / "empty.txt", b""), lambda d: _w(d / "empty.tsv", b""), False),
    Case("longline", "10 MB single line", lambda d, l: _w(d / "long.txt", _long_line(l)),
         lambda d: _w(d / "long.tsv", GOOD_GLOSSARY + "long\ten\tpreferred\t" + "x" * TEN_MB + "\n"), False),
    Case("binary", "binary", lambda d, l: _w(d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40),
         lambda d: _w(d / "image.tsv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40), True),
    Case("badrow", "malformed glossary row", None,
         lambda d: _w(d / "badrow.tsv", GOOD_GLOSSARY + "mofa\ten\tsometimes\tMOFA\textra\tcells\there\n"), True),
    Case("xmlbomb", "XML bomb (TBX / XLIFF)",
         lambda d, l: _w(d / "bomb.xlf", f'<?xml version="1.0"?>{BOMB_ENTITIES}<xliff version="1.2"><file><body>'
                                         '<trans-unit id="1"><source>&lol9;</source><target>&lol9;</target></trans-unit>'
                                         "</body></file></xliff>\n"),
         lambda d: _w(d / "bomb.tbx", f'<?xml version="1.0"?>{BOMB_ENTITIES}<tbx type="TBX-Basic" xml:lang="en" '
                                      'xmlns="urn:iso:std:iso:30042:ed-2"><text><body><conceptEntry id="c1">'
                                      '<langSec xml:lang="en"><termSec><term>&lol9;</term></termSec></langSec>'
                                      "</conceptEntry></body></text></tbx>\n"), True),
    Case("version", "unknown glossary version", None,
         lambda d: _w(d / "v99.tsv", GOOD_GLOSSARY.replace("v1", "v99", 1)), True),
    Case("cronly", "CR-only line ends", lambda d, l: _w(d / "cr.txt", _good(l).replace("\n", "\r")),
         lambda d: _w(d / "cr.tsv", GOOD_GLOSSARY.replace("\n", "\r")), False),
    Case("nomatch", "no matching files in a folder", lambda d, l: _empty_folder(d), lambda d: _empty_folder(d), True),
]

# --- commands ----------------------------------------------------------------------------------------


@dataclass
class Command:
    """How to run one command with a text file T (English or Vietnamese) and a glossary G."""

    name: str
    lang: str  # language of T
    argv: Callable[[Path, Path | None, Path], list[str]]  # (T, G, folder) -> arguments
    glossary_input: bool = False  # the command's main input is a glossary
    takes_folders: bool = False
    verify: Callable[[Case, subprocess.CompletedProcess], str | None] | None = None
    needs: list[str] = field(default_factory=list)


def _g(g: Path | None) -> list[str]:
    return ["-g", str(g)] if g is not None else []


def _model_dir() -> Path:
    """The tiny CTranslate2 model of tests/tinymodel.py, built once."""
    global _MODEL
    if _MODEL is None:
        import tinymodel

        out = Path(tempfile.mkdtemp(prefix="vnterm-reliability-model-")) / "model"
        _MODEL = tinymodel.build_model_dir(out, tinymodel.training_lines(), family="marian")
    return _MODEL


_MODEL: Path | None = None


def _companion(t: Path, out: Path, lang: str) -> Path:
    """The other side of a line-aligned pair: the good text, or for a long line a long line too (so
    that the command gets past its line-count check to the long segment itself)."""
    try:
        long = t.is_file() and t.stat().st_size > TEN_MB // 4
    except OSError:
        long = False
    return _w(out, _long_line(lang) if long else _good(lang))


def _cr_lines(case: Case, proc: subprocess.CompletedProcess) -> str | None:
    """In a CR-only file the deprecated term is on line 3: the report must say so."""
    if case.id == "cronly" and ":3:" not in proc.stdout:
        return "CR-only file: the finding on line 3 is not reported at line 3"
    return None


COMMANDS = [
    Command("lookup", "en", lambda t, g, d: ["lookup", "Bộ Ngoại giao", *_g(g)], glossary_input=True),
    Command("glossary validate", "en", lambda t, g, d: ["glossary", "validate", str(g)], glossary_input=True),
    Command("glossary convert", "en", lambda t, g, d: ["glossary", "convert", str(g), str(d / "out.tbx")],
            glossary_input=True),
    Command("glossary export", "en", lambda t, g, d: ["glossary", "export", "--to", "deepl", *_g(g), "-o",
                                                       str(d / "export.tsv")], glossary_input=True),
    Command("segment", "vi", lambda t, g, d: ["segment", str(t), "--json", *_g(g)]),
    Command("check", "en", lambda t, g, d: ["check", str(t), *_g(g)], takes_folders=True, verify=_cr_lines),
    Command("check --fix", "en", lambda t, g, d: ["check", str(t), "--fix", *_g(g)], takes_folders=True),
    Command("check -o", "en", lambda t, g, d: ["check", str(t), "--format", "json", "-o", str(d / "report.json"),
                                               *_g(g)], takes_folders=True),
    Command("score", "en", lambda t, g, d: ["score", str(t), "--ref", str(_companion(t, d / "ref.txt", "en")), *_g(g),
                                            *(["--source", str(_w(d / "src.vi.txt", GOOD_VI))] if g else [])]),
    Command("translate", "vi", lambda t, g, d: ["translate", str(t), "--model", str(_model_dir()), "-o",
                                                str(d / "out.en.txt"), *_g(g)]),
    Command("glossary extract", "vi", lambda t, g, d: ["glossary", "extract", "--vi", str(t), "--en",
                                                       str(_companion(t, d / "en.txt", "en")), "--json", *_g(g)]),
    Command("audit", "en", lambda t, g, d: ["audit", str(t), "--no-mtime", "-j", "1", *_g(g)], takes_folders=True),
]

# --- running one cell ----------------------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, str]:
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.is_file():
            st = p.stat()
            digest = hashlib.sha1(p.read_bytes()).hexdigest() if st.st_size < 50_000_000 else str(st.st_mtime_ns)
            out[str(p.relative_to(folder))] = f"{st.st_size}:{digest}"
    return out


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    os.setsid()


def run_cli(args: list[str], cwd: Path, timeout: float = TIMEOUT_S) -> tuple[subprocess.CompletedProcess, float, bool]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), VNTERM_NO_CACHE="1", NO_COLOR="1")
    cmd = [sys.executable, "-c", "import sys; from vnterm.cli import main; sys.exit(main())", *args]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace", preexec_fn=_limits)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err), time.monotonic() - start, timed_out


@dataclass
class Cell:
    case: str
    command: str
    exit: int
    first_line: str
    lines: int
    written: list[str]
    verdict: str  # "one line, exit 2, nothing written" | "handled" | "DEFECT: ..."
    seconds: float


OK_ERROR = "one line, exit 2, nothing written"


def run_cell(case: Case, command: Command) -> Cell:
    with tempfile.TemporaryDirectory(prefix="vnterm-reliability-") as tmp:
        d = Path(tmp)
        if command.glossary_input:
            g: Path | None = case.glossary(d)
            t = _w(d / "good.txt", _good(command.lang))
        elif case.text is None:  # a glossary class, given to a text command with -g
            g = case.glossary(d)
            t = _w(d / ("good.txt"), _good(command.lang))
        else:
            g = None
            t = case.text(d, command.lang)
        args = command.argv(t, g, d)
        before = _snapshot(d)
        proc, took, timed_out = run_cli(args, d)
        after = _snapshot(d)
    written = sorted(k for k in after if before.get(k) != after[k]) + sorted(f"{k} (deleted)" for k in before if k not in after)
    err_lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    first = err_lines[0] if err_lines else ""
    first = first.replace(tmp + "/", "").replace(tmp, ".")
    rc = proc.returncode
    must_error = case.error and not (case.folder_ok and command.takes_folders and case.id == "directory")
    if case.id == "xmlbomb" and not command.glossary_input and command.name.split()[0] != "check":
        must_error = False  # an .xlf given to a command that does not read XLIFF is plain text
    problems = []
    if timed_out:
        problems.append(f"no answer within {TIMEOUT_S} s (killed)")
    elif rc is not None and rc < 0:
        problems.append(f"killed by signal {-rc}")
    if "Traceback" in proc.stderr or "MemoryError" in proc.stderr:
        problems.append("traceback" + (" (MemoryError under a 6 GB limit)" if "MemoryError" in proc.stderr else ""))
    # `glossary validate` is a linter: it prints one `FILE[:LINE]: problem` line per problem, by design
    report_style = command.name == "glossary validate" and bool(err_lines) and \
        all(ln.startswith(err_lines[0].split(":")[0] + ":") for ln in err_lines)
    if not problems and rc == 2:
        if report_style and err_lines:
            pass
        elif len(err_lines) != 1 or not first.startswith("vnterm: error:"):
            problems.append(f"{len(err_lines)}-line message" if len(err_lines) != 1 else "message not 'vnterm: error: ...'")
        if written:
            problems.append("exit 2 with files written: " + ", ".join(written))
        if case.id == "utf16" and "binary" in first:
            problems.append("UTF-16 reported as binary")
    elif not problems and rc in (0, 1):
        if must_error:
            problems.append(f"exit {rc} on a bad input" + (" (checked nothing)" if case.id == "nomatch" else ""))
        elif command.verify is not None:
            problem = command.verify(case, proc)
            if problem:
                problems.append(problem)
    elif not problems:
        problems.append(f"exit {rc}")
    if problems:
        verdict = "DEFECT: " + "; ".join(problems)
    elif rc == 2:
        verdict = OK_ERROR
    else:
        verdict = "handled"
    return Cell(case.id, command.name, rc if rc is not None else -9, first[:160], len(err_lines), written, verdict,
                round(took, 1))


# --- kill -9 during writes ---------------------------------------------------------------------------


def kill_runs(n: int, seed: int = 17) -> dict[str, object]:
    """``check --fix`` on a large file with many fixes, SIGKILLed at spread-out moments; then a normal run."""
    rng = random.Random(seed)
    line = "The two-tiered local government model and the Deputy FM met in Ha Noi.\n"
    old = line * 60_000  # about 4.3 MB
    outcomes = {"old": 0, "new": 0, "other": 0}
    temps_after_kill = 0
    runs_with_temp = 0
    with tempfile.TemporaryDirectory(prefix="vnterm-kill-") as tmp:
        d = Path(tmp)
        target = d / "copy.txt"
        _w(target, old)
        proc, full, _ = run_cli(["check", str(target), "--fix"], d, timeout=600)
        new = target.read_text(encoding="utf-8")
        if new == old:
            return {"error": "check --fix changed nothing: no write to interrupt"}
        killed = 0
        for i in range(n):
            _w(target, old)
            env = dict(os.environ, PYTHONPATH=str(ROOT), VNTERM_NO_CACHE="1")
            p = subprocess.Popen([sys.executable, "-c", "import sys; from vnterm.cli import main; sys.exit(main())",
                                  "check", str(target), "--fix"], cwd=d, env=env, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
            if i % 2 == 0:  # the moment its temporary file appears: a kill in the middle of the write
                deadline = time.monotonic() + 4 * full + 30
                while p.poll() is None and time.monotonic() < deadline:
                    if any(".vnterm-tmp-" in x.name for x in d.iterdir()):
                        break
                    time.sleep(0.0005)
            else:  # a random moment near the end of the run
                time.sleep(rng.uniform(0.75, 1.05) * full)
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
                killed += 1
            p.wait()
            data = target.read_text(encoding="utf-8", errors="replace")
            outcomes["old" if data == old else "new" if data == new else "other"] += 1
            left = [x for x in d.iterdir() if ".vnterm-tmp-" in x.name]
            temps_after_kill += len(left)
            runs_with_temp += bool(left)
        run_cli(["check", str(target), "--fix"], d, timeout=600)
        left_after_next = [x.name for x in d.iterdir() if ".vnterm-tmp-" in x.name]
    return {"runs": n, "killed_before_exit": killed, "full_run_s": round(full, 1), "file_old": outcomes["old"],
            "file_new": outcomes["new"], "file_partial_or_other": outcomes["other"],
            "runs_leaving_a_temp": runs_with_temp, "temps_left_after_next_run": len(left_after_next),
            "file_bytes": len(old.encode())}


# --- the document ---------------------------------------------------------------------------------------


def limits_section() -> list[str]:
    from vnterm.textio import MAX_INPUT_BYTES as MAX_DOCUMENT_BYTES
    from vnterm.extract.align import MAX_TOKENS
    from vnterm.glossary.formats.tabular import MAX_WORKBOOK_BYTES
    from vnterm.score.align import MAX_CELLS
    from vnterm.textio import MAX_INPUT_BYTES
    from vnterm.translate.translator import MAX_LINE_CHARS
    from vnterm.vi.segmenter import CHUNK_CHARS
    from vnterm.vi.words import MAX_CRF_TOKENS

    rows = [
        ("any input file (read_bytes)", f"{MAX_INPUT_BYTES:,} bytes", "vnterm/textio.py MAX_INPUT_BYTES"),
        ("audit: one document", f"{MAX_DOCUMENT_BYTES:,} bytes", "vnterm/audit/documents.py MAX_DOCUMENT_BYTES"),
        ("glossary .xlsx workbook (unpacked)", f"{MAX_WORKBOOK_BYTES:,} bytes", "vnterm/glossary/formats/tabular.py"),
        ("translate: one line", f"{MAX_LINE_CHARS:,} characters", "vnterm/translate/translator.py MAX_LINE_CHARS"),
        ("segment: a long line is cut at sentence ends into pieces of", f"{CHUNK_CHARS:,} characters",
         "vnterm/vi/segmenter.py CHUNK_CHARS"),
        ("segment: tokens per CRF call", f"{MAX_CRF_TOKENS:,}", "vnterm/vi/words.py MAX_CRF_TOKENS"),
        ("glossary extract: words per aligned line", f"{MAX_TOKENS:,}", "vnterm/extract/align.py MAX_TOKENS"),
        ("score --align: sentence pairs compared", f"{MAX_CELLS:,}", "vnterm/score/align.py MAX_CELLS"),
        ("XML (TBX, XLIFF)", "entities never expanded, no network, no DTD loading", "parse_untrusted_xml"),
    ]
    out = ["| input | limit | where |", "|---|---|---|"]
    out += [f"| {a} | {b} | `{c}` |" for a, b, c in rows]
    return out


def _md(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(cells: list[Cell], kills: dict, fuzz: dict | None, took: float) -> str:
    cmds = [c.name for c in COMMANDS]
    by = {(c.case, c.command): c for c in cells}
    defects = [c for c in cells if c.verdict.startswith("DEFECT")]
    out = [
        "# Reliability: bad input, limits, kill -9 and fuzzing",
        "",
        "Generated by `scripts/reliability_table.py` (`make reliability`); do not edit by hand. Every cell ran",
        "the real CLI in a fresh temporary folder under a 6 GB address-space and "
        f"{TIMEOUT_S} s limit. Regenerated in {took:.0f} s on a busy shared 2-core machine (times are noisy).",
        "",
        "A cell passes when it is **one line, exit 2, nothing written** (an error input) or **handled** (a",
        "legitimate input processed: exit 0 or 1, no traceback, correct line numbers). Anything else is a",
        "**defect**, listed below the table.",
        "",
        "## Bad-input table",
        "",
        "Legend: `E2` one line, exit 2, nothing written · `ok` handled · `DEFECT n` see the list.",
        "",
        "| class | " + " | ".join(cmds) + " |",
        "|---|" + "---|" * len(cmds),
    ]
    numbers = {id(c): i + 1 for i, c in enumerate(defects)}
    for case in CASES:
        row = []
        for name in cmds:
            c = by.get((case.id, name))
            if c is None:
                row.append("–")
            elif c.verdict == OK_ERROR:
                row.append("E2")
            elif c.verdict == "handled":
                row.append(f"ok ({c.exit})")
            else:
                row.append(f"**DEFECT {numbers[id(c)]}**")
        out.append(f"| {case.label} | " + " | ".join(row) + " |")
    out += ["", f"{len(cells)} cells: {sum(c.verdict == OK_ERROR for c in cells)} `E2`, "
                f"{sum(c.verdict == 'handled' for c in cells)} handled, {len(defects)} defects.", ""]
    out += ["## Defects", ""]
    if not defects:
        out.append("None.")
    for c in defects:
        out.append(f"{numbers[id(c)]}. **{c.command}** on *{dict((x.id, x.label) for x in CASES)[c.case]}*: "
                   f"{_md(c.verdict[8:])} (exit {c.exit}; stderr: `{_md(c.first_line) or '(empty)'}`)")
    out += ["", "## Messages", "", "The first line of standard error of every cell.", "",
            "| class | command | exit | first line of stderr | files written |", "|---|---|---|---|---|"]
    for c in cells:
        out.append(f"| {c.case} | {c.command} | {c.exit} | `{_md(c.first_line)}` | {_md(', '.join(c.written)) or '–'} |")
    out += ["", "## Documented limits", ""] + limits_section()
    out += ["", "## Fault injection: kill -9 during a write", ""]
    if "error" in kills:
        out.append(f"Not run: {kills['error']}")
    else:
        out += [
            f"`vnterm check FILE --fix` on a {kills['file_bytes']:,}-byte file with a fix on every line (an",
            f"uninterrupted run took {kills['full_run_s']} s), sent SIGKILL {kills['runs']} times: every other run the",
            "moment its temporary file appeared (mid-write), the others at a random moment between 75 % and 105 %",
            f"of that time ({kills['killed_before_exit']} runs were killed before they exited).",
            "",
            "| after the kill | runs |", "|---|---|",
            f"| file holds the old content | {kills['file_old']} |",
            f"| file holds the new content | {kills['file_new']} |",
            f"| file partial or other | {kills['file_partial_or_other']} |",
            f"| a `.NAME.vnterm-tmp-PID-RAND` file was left | {kills['runs_leaving_a_temp']} |",
            f"| temporary files left after the next (normal) run | {kills['temps_left_after_next_run']} |",
            "",
            "Every atomic write goes through `vnterm.textio.atomic_write_bytes`: a temporary file of our naming",
            "next to the target, fsync, then `os.replace`. The next write into the same folder removes our",
            "temporary files whose process is no longer alive (`clean_stale_temps`). Tests:",
            "`tests/test_atomic_temp.py` (a simulated stale file; a writer killed mid-write).",
        ]
    out += ["", "## Fuzzing", ""]
    if fuzz:
        rounds = fuzz.get("rounds", 1)
        seeds = f"seeds {fuzz['seed']}..{fuzz['seed'] + rounds - 1} ({rounds} rounds)" if rounds > 1 else f"seed {fuzz['seed']}"
        out += [f"`make fuzz` (`{fuzz['command']}`), {seeds}: {fuzz['inputs']:,} inputs run in all "
                f"({fuzz['total_asked']:,} asked, split over {len(fuzz['rows'])} targets).", "",
                "| target | inputs | outcome |", "|---|---|---|"]
        for r in fuzz["rows"]:
            note = f" — {r['reason']}" if r.get("reason") else ""
            err = f"; first error: `{_md(r['first_error'][:120])}`" if r.get("first_error") else ""
            out.append(f"| {r['target']} | {r['inputs']:,} | {r['outcome']}{_md(note)}{err} |")
        out += ["", "A target marked xfail stops at its first failing input (then shrinks it), so it runs fewer",
                "inputs than its share; the mark names the issue and the branch that fixes it."]
    else:
        out.append("No `make fuzz` figures given to this run (`--fuzz-json`).")
    out += ["", "Targets (tests/fuzz/): normalise and fold offset maps (every output letter maps to the input",
            "character it came from), canonical composition anywhere in Unicode, fold idempotence, matcher spans",
            "in original offsets and determinism (NFC = NFD), the segmenter (tokens ordered, non-overlapping,",
            "inside the line, line count kept), check + fix (line count and line endings kept, no non-preferred",
            "form written, idempotence), check on hostile documents, every document reader (txt, md, html, XLIFF,",
            "PO; bytes mangled: truncated, bit-flipped, UTF-16, BOM, CR-only, NUL), document offset maps, and",
            "every glossary reader (TSV, CSV, TBX with entity bombs and external entities, XLSX incl. a",
            "zip bomb). In the test suite each target runs 25 inputs (profile `vnterm-short`, no shrinking).", ""]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "docs" / "reliability.md")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--fuzz-json", type=Path, help="rows written by scripts/fuzz.py --json")
    ap.add_argument("--fuzz-command", default="python scripts/fuzz.py", help="the command that made --fuzz-json")
    ap.add_argument("--only", help="comma-separated class ids (a quick look; the document needs all)")
    ap.add_argument("--json", type=Path, help="also write the cells and kill runs as JSON")
    ap.add_argument("--from-json", type=Path, help="render a run saved with --json instead of running again")
    args = ap.parse_args(argv)

    start = time.monotonic()
    if args.from_json:  # re-render a saved run (e.g. to add the fuzz figures)
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        cells = [Cell(**c) for c in saved["cells"]]
        kills = saved["kills"]
        took = saved["seconds"]
    else:
        cases = [c for c in CASES if not args.only or c.id in args.only.split(",")]
        _model_dir()
        jobs = [(case, cmd) for case in cases for cmd in COMMANDS]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            cells = list(pool.map(lambda cc: run_cell(*cc), jobs))
        kills = kill_runs(args.kills) if args.kills else {"error": "--kills 0"}
        took = time.monotonic() - start
    for c in cells:
        print(f"{c.case:10} {c.command:18} exit {c.exit:>3}  {c.seconds:>6}s  {c.verdict}", flush=True)
    print("kill -9:", kills)
    fuzz = None
    if args.fuzz_json:
        fuzz = json.loads(args.fuzz_json.read_text(encoding="utf-8"))
        fuzz["command"] = args.fuzz_command
    if args.json:
        args.json.write_text(json.dumps({"cells": [c.__dict__ for c in cells], "kills": kills, "seconds": took},
                                        indent=1), encoding="utf-8")
    args.output.write_text(render(cells, kills, fuzz, took), encoding="utf-8")
    print(f"wrote {args.output}")
    if _MODEL is not None:
        shutil.rmtree(_MODEL.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
