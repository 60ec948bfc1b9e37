"""`vnterm score` through the CLI: exact output, JSON contract, thresholds, HTML, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "score"
GOLDEN = ROOT / "tests" / "golden" / "score"
SMALL = ROOT / "tests" / "data" / "small_glossary.tsv"
HYP, REF1, REF2, SRC = (str(DATA / n) for n in ("hyp.en", "ref1.en", "ref2.en", "src.vi"))


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["score", *args], input=input, catch_exceptions=False)


def test_help_has_an_example():
    r = run("--help")
    assert r.exit_code == 0
    assert "Examples:" in r.output and "vnterm score mt.en --ref ref.en" in r.output


def test_text_table_exact():
    r = run(HYP, "--ref", REF1)
    assert r.exit_code == 0
    assert r.output == (
        "BLEU   60.0  nrefs:1|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0\n"
        "chrF2  81.7  nrefs:1|case:mixed|eff:yes|nc:6|nw:0|space:no|version:2.6.0\n"
        "TER    23.4  nrefs:1|case:lc|tok:tercom|norm:no|punct:yes|asian:no|version:2.6.0\n"
        "6 segments  glossary:none|align:no|vnterm:0.1.0\n"
    )


def test_thresholds_terms_and_worst_segments_golden():
    r = run(HYP, "-r", REF1, "-r", REF2, "-s", SRC, "-g", str(SMALL),
            "--min-bleu", "50", "--min-term-accuracy", "60", "--max-ter", "20", "--worst", "2")
    assert r.exit_code == 1
    assert r.output == (GOLDEN / "fixture_thresholds.out").read_text(encoding="utf-8")


def test_all_thresholds_met_exit_zero():
    r = run(HYP, "-r", REF1, "-s", SRC, "-g", str(SMALL), "--min-bleu", "50", "--min-chrf", "80",
            "--max-ter", "30", "--min-term-accuracy", "50")
    assert r.exit_code == 0
    assert "--min-term-accuracy 50: ok (50.0)" in r.output
    assert "worst segments" not in r.output


def test_json_contract():
    r = run(HYP, "-r", REF1, "-r", REF2, "-s", SRC, "-g", str(SMALL), "--json", "--min-bleu", "70", "--worst", "1")
    assert r.exit_code == 1
    data = json.loads(r.output)
    for key in ("bleu", "chrf", "ter"):
        assert set(data[key]) >= {"score", "signature", "vnterm_signature"}
        assert data[key]["vnterm_signature"] == data[key]["signature"] + "|" + data["signature"]
    assert data["bleu"]["signature"] == "nrefs:2|case:mixed|eff:no|tok:13a|smooth:exp|version:2.6.0"
    assert data["signature"] == "glossary:0d5c5d69e077|align:no|vnterm:0.1.0"
    terms = data["term_accuracy"]
    assert (terms["score"], terms["terms"], terms["preferred"], terms["admitted"], terms["missed"]) == (50.0, 8, 4, 2, 2)
    assert [m["concept"] for m in terms["misses"]] == [
        "deputy_minister_foreign_affairs", "mofa", "viet_nam", "dept_foreign_affairs_cultural_diplomacy"]
    assert data["passed"] is False
    assert data["thresholds"] == [
        {"option": "min-bleu", "metric": "bleu", "bar": 70.0, "value": data["bleu"]["score"], "passed": False}]
    [worst] = data["worst_segments"]["bleu"]
    assert worst["label"] == "line 4" and worst["hyp"] == "Vietnam and Japan strengthen local cooperation."
    assert data["alignment"] is None and data["segments"] == 6


def test_json_without_source_has_null_term_accuracy():
    data = json.loads(run(HYP, "--ref", REF1, "--json").output)
    assert data["term_accuracy"] is None
    assert "segment_scores" not in data
    data = json.loads(run(HYP, "--ref", REF1, "--json", "--segments").output)
    assert [s["segment"] for s in data["segment_scores"]] == [1, 2, 3, 4, 5, 6]
    assert data["segment_scores"][5]["bleu"] == pytest.approx(100.0)


def test_chrf_plus_plus():
    r = run(HYP, "--ref", REF1, "--chrf-plus-plus")
    assert "chrF2++" in r.output and "nw:2" in r.output


def test_stdin_hypothesis():
    r = run("-", "--ref", REF1, input=(DATA / "hyp.en").read_text(encoding="utf-8"))
    assert r.exit_code == 0 and r.output.startswith("BLEU   60.0")


def test_align_documents_golden(seeds_dir):
    r = run(str(seeds_dir / "004_83d8280c87259e33.txt"), "-r", str(seeds_dir / "003_e346842bea5cd862.txt"),
            "--align", "-w", "2")
    assert r.exit_code == 0
    assert r.output == (GOLDEN / "align_004_003.out").read_text(encoding="utf-8")


def test_align_json_reports_unaligned(seeds_dir):
    r = run(str(seeds_dir / "004_83d8280c87259e33.txt"), "-r", str(seeds_dir / "003_e346842bea5cd862.txt"),
            "--align", "--json")
    data = json.loads(r.output)
    a = data["alignment"]
    assert a["hyp_sentences"] == 50 and a["ref_sentences"] == 64
    assert data["segments"] == sum(v for k, v in a["beads"].items() if "0" not in k.split("-"))
    assert {"side": "ref", "sentence": 64, "line": 62, "text": "Back to top"} in a["unaligned"]
    assert data["signature"].endswith("align:gc+lex|vnterm:0.1.0")


def test_align_with_source_counts_terms_over_the_document(tmp_path):
    hyp = tmp_path / "hyp.txt"
    hyp.write_text("Hai Phong hosted the forum. The Foreign Ministry took part.\n", encoding="utf-8")
    ref = tmp_path / "ref.txt"
    ref.write_text("Hai Phong hosted the forum.\nThe Ministry of Foreign Affairs took part.\n", encoding="utf-8")
    src = tmp_path / "src.vi"
    src.write_text("Hải Phòng đăng cai diễn đàn.\nBộ Ngoại giao tham dự.\n", encoding="utf-8")
    r = run(str(hyp), "-r", str(ref), "--align", "-s", str(src), "-g", str(SMALL), "--json")
    data = json.loads(r.output)
    assert data["segments"] == 2
    assert [(m["line"], m["outcome"]) for m in data["term_accuracy"]["misses"]] == [(2, "admitted")]


def test_html_report_is_self_contained(tmp_path):
    out = tmp_path / "report.html"
    r = run(HYP, "-r", REF1, "-s", SRC, "-g", str(SMALL), "--html", str(out), "--max-ter", "10")
    assert r.exit_code == 1
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html and "<style>" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in html
    assert "<script" not in html and "<link" not in html and "src=" not in html
    assert "Deputy Foreign Minister" in html  # a term miss
    assert "Worst segments by TER" in html
    assert html.count("<tr><td>line ") >= 6  # every segment listed
    assert [p.name for p in tmp_path.iterdir()] == ["report.html"]  # no temporary file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["empty.en", "-r", "ref1.en"], "empty.en: file is empty"),
        (["hyp.en", "-r", "short.en"], "short.en: has 5 lines but {d}/hyp.en has 6 (use --align"),
        (["hyp.en", "-r", "ref1.en", "-r", "short.en"], "short.en: has 5 lines but"),
        (["latin1.en", "-r", "ref1.en"], "latin1.en:1: not valid UTF-8 (byte 0xff at offset 16)"),
        (["hyp.en", "-r", "missing.en"], "missing.en: no such file"),
        (["hyp.en", "-r", "ref1.en", "-s", "short.en"], "short.en: has 5 lines but {d}/hyp.en has 6"),
        (["hyp.en", "-r", "ref1.en", "-s", "src.vi", "-g", "bad_glossary.tsv"],
         "bad_glossary.tsv:4: unknown status 'best'"),
        (["hyp.en", "-r", "ref1.en", "--min-term-accuracy", "90"], "--min-term-accuracy needs --source"),
        (["hyp.en", "-r", "ref1.en", "-r", "ref2.en", "--align"], "--align takes one reference document"),
        (["hyp.en", "-r", "ref1.en", "-s", "empty.en"], "empty.en: file is empty"),
    ],
)
def test_bad_input_exit_2_one_message_nothing_written(tmp_path, args, message):
    html = tmp_path / "r.html"
    full = [str(DATA / a) if a.endswith((".en", ".vi", ".tsv")) else a for a in args]
    r = CliRunner().invoke(cli, ["score", *full, "--html", str(html)])
    assert r.exit_code == 2
    assert r.output.startswith("vnterm: error: ") and message.format(d=DATA) in r.output
    assert r.output.count("\n") == 1
    assert not html.exists()


def test_two_stdin_inputs_refused():
    r = CliRunner().invoke(cli, ["score", "-", "--ref", "-"], input="a\n")
    assert r.exit_code == 2
    assert r.output == "vnterm: error: only one input can be read from standard input ('-')\n"


def test_unrelated_documents_cannot_be_aligned(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text("Cats sleep most of the day.\n", encoding="utf-8")
    r = CliRunner().invoke(cli, ["score", str(a), "--ref", str(DATA / "ref1.en"), "--align"])
    assert r.exit_code == 2 and "could be aligned" in r.output
