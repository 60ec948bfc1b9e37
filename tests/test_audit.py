"""`vnterm audit`: variant use per concept across documents, with dates; text, JSON, CSV, HTML."""

from __future__ import annotations

import calendar
import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.audit import audit_paths
from vnterm.audit.aggregate import Aggregator
from vnterm.documents import find_inputs, parse_date
from vnterm.audit.report import render_html
from vnterm.audit.scan import read_document, scan_document, scan_text, variant_of
from vnterm.cli import cli
from vnterm.errors import InputError
from vnterm.glossary import load_glossary
from vnterm.glossary.matcher import Matcher

DATA = Path(__file__).resolve().parent / "data"
RUN = CliRunner()


def run(*args: str):
    return RUN.invoke(cli, list(args), catch_exceptions=False)


MD = """---
title: Conference
date: 2025-03-10
---

The Ministry of Foreign Affairs met the Hai Phong People's Committee.

Viet Nam and Haiphong signed a plan; the MOFA
and the Ministry of Foreign
Affairs agreed.
"""

HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="article:published_time" content="2025-06-01T08:00:00+07:00">
<title>Haiphong in the title is not copy</title>
<script>var s = "Haiphong";</script></head>
<body>
<p>The two-tiered local government model in Vietnam &amp; Viet Nam.</p>
<!-- Haiphong in a comment -->
<p>Haiphong&nbsp;port.</p>
</body></html>
"""

TXT = "Deputy Foreign Minister Ngo Le Van visited Hải Phòng.\nThe Deputy FM said Vietnam would grow.\n"


@pytest.fixture()
def archive(tmp_path) -> Path:
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    (root / "a.md").write_text(MD, encoding="utf-8")
    (root / "sub" / "b.html").write_text(HTML, encoding="utf-8")
    txt = root / "sub" / "c.txt"
    txt.write_text(TXT, encoding="utf-8")
    t = calendar.timegm((2024, 12, 31, 12, 0, 0))
    os.utime(txt, (t, t))
    (root / "notes.rst").write_text("Haiphong", encoding="utf-8")  # unknown extension: skipped in folders
    (root / ".hidden.txt").write_text("Haiphong", encoding="utf-8")
    return root


@pytest.fixture()
def glossary():
    return load_glossary(DATA / "small_glossary.tsv")


def test_dates_from_front_matter_meta_and_mtime(archive) -> None:
    assert read_document(str(archive / "a.md")).date == "2025-03-10"
    assert read_document(str(archive / "a.md")).date_source == "front-matter"
    assert read_document(str(archive / "sub" / "b.html")).date == "2025-06-01"
    assert read_document(str(archive / "sub" / "c.txt")).date == "2024-12-31"
    assert read_document(str(archive / "sub" / "c.txt")).date_source == "mtime"
    assert read_document(str(archive / "sub" / "c.txt"), use_mtime=False).date is None
    assert parse_date("2026-01-06T08:00:00Z") == "2026-01-06"
    assert parse_date("2026-02-30") is None and parse_date("January 6") is None


def test_html_text_maps_to_the_file_and_hides_markup(archive) -> None:
    src = (archive / "sub" / "b.html").read_text(encoding="utf-8")
    doc = read_document(str(archive / "sub" / "b.html"))
    assert "Haiphong" not in doc.text[: doc.source_to_text(0, src.index("<body>"))[1]]
    assert doc.text.count("Haiphong") == 1 and "&amp;" not in doc.text
    i = doc.text.index("two-tiered")
    s, e = doc.span_to_source(i, i + 10)
    assert src[s:e] == "two-tiered" and doc.text_line(i) == 7


def test_audit_result(archive, glossary) -> None:
    result = audit_paths([str(archive)], glossary, jobs=1)
    assert result.documents == 3
    assert result.date_sources == {"front-matter": 1, "meta": 1, "mtime": 1}
    by = {c.concept: c for c in result.concepts}
    hp = by["hai_phong"]
    assert hp.drifting
    assert [(v.variant, v.status, v.count, v.documents) for v in hp.variants] == [
        ("Haiphong", "deprecated", 2, 2),
        ("Hai Phong", "preferred", 1, 1),
        ("Hải Phòng", "preferred", 1, 1),
    ]
    haiphong = hp.variants[0]
    assert (haiphong.first_date, haiphong.last_date) == ("2025-03-10", "2025-06-01")
    assert haiphong.by_period == {"2025-03": 1, "2025-06": 1}
    assert haiphong.examples == [f"{archive}/a.md:8", f"{archive}/sub/b.html:9"]
    mofa = by["mofa"]
    assert [(v.variant, v.count) for v in mofa.variants] == [("Ministry of Foreign Affairs", 2), ("MOFA", 1)]
    assert mofa.variants[0].examples == [f"{archive}/a.md:6"]  # first use in the file; the second spans lines 9-10
    assert [(v.variant, v.count) for v in by["viet_nam"].variants] == [("Viet Nam", 2), ("Vietnam", 2)]
    assert [(v.variant, v.status) for v in by["deputy_minister_foreign_affairs"].variants] == [
        ("Deputy FM", "deprecated"),
        ("Deputy Foreign Minister", "deprecated"),
    ]
    assert not by["people_committee"].drifting
    assert result.periods == ["2024-12", "2025-03", "2025-06"]


TEXT_OUTPUT = """\
3 documents, {words} words, 16 term uses of 6 concepts; 5 drifting (2+ variants in use). Dates: front-matter 1, meta 1, mtime 1.

hai_phong  DRIFT  (4 uses)
  ✗ deprecated Haiphong        2× in     2 docs  2025-03-10 … 2025-06-01  {a}/a.md:8
  ✓ preferred  Hai Phong       1× in     1 docs  2025-03-10  {a}/a.md:6
  ✓ preferred  Hải Phòng       1× in     1 docs  2024-12-31  {a}/sub/c.txt:1

viet_nam  DRIFT  (4 uses)
  ✓ preferred  Viet Nam       2× in     2 docs  2025-03-10 … 2025-06-01  {a}/a.md:8
  ~ admitted   Vietnam        2× in     2 docs  2024-12-31 … 2025-06-01  {a}/sub/b.html:7

mofa  DRIFT  (3 uses)
  ✓ preferred  Ministry of Foreign Affairs       2× in     1 docs  2025-03-10  {a}/a.md:6
  ~ admitted   MOFA                              1× in     1 docs  2025-03-10  {a}/a.md:8

deputy_minister_foreign_affairs  DRIFT  (2 uses)
  ✗ deprecated Deputy FM                     1× in     1 docs  2024-12-31  {a}/sub/c.txt:2
  ✗ deprecated Deputy Foreign Minister       1× in     1 docs  2024-12-31  {a}/sub/c.txt:1

two_tier_local_government  DRIFT  (2 uses)
  ✓ preferred  two-tier local government         1× in     1 docs  2025-03-10  {a}/a.md:6
  ✗ deprecated two-tiered local government       1× in     1 docs  2025-06-01  {a}/sub/b.html:7
"""


def test_cli_text_output_exact(archive, glossary) -> None:
    # the preferred "two-tier local government" in one file, the deprecated form in another: drift
    md = archive / "a.md"
    md.write_text(MD.replace("People's Committee.", "People's Committee on two-tier local government."), encoding="utf-8")
    r = run("audit", str(archive), "-g", str(DATA / "small_glossary.tsv"), "--drifting")
    assert r.exit_code == 0, r.output
    words = audit_paths([str(archive)], glossary, jobs=1).words
    assert r.stdout == TEXT_OUTPUT.format(a=archive, words=words)


def test_cli_json_csv_html(archive, tmp_path) -> None:
    out_csv, out_html = tmp_path / "a.csv", tmp_path / "a.html"
    r = run("audit", str(archive), "-g", str(DATA / "small_glossary.tsv"), "--json", "--csv", str(out_csv),
            "--html", str(out_html), "--period", "year")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert set(data) == {"concepts", "periods", "summary"}
    assert data["periods"] == ["2024", "2025"]
    assert data["summary"]["documents"] == 3 and data["summary"]["period"] == "year"
    hp = next(c for c in data["concepts"] if c["concept"] == "hai_phong")
    assert hp["drifting"] is True and hp["preferred"] == "Hai Phong" and hp["total"] == 4
    assert hp["variants"][0]["by_period"] == {"2025": 2}
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows[0]["concept"] == "hai_phong" and rows[0]["variant"] == "Haiphong" and rows[0]["count"] == "2"
    assert sum(int(r["count"]) for r in rows) == data["summary"]["matches"]
    page = out_html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    drifting = [c for c in data["concepts"] if c["drifting"]]
    assert page.count("<svg") == len(drifting) >= 2
    for banned in ("<script", "<link", "src=", "http://", "https://", "@import", "url("):
        assert banned not in page  # self-contained: no external assets


def test_fail_on_drift_and_errors(archive, tmp_path) -> None:
    g = str(DATA / "small_glossary.tsv")
    r = run("audit", str(archive), "-g", g, "--fail-on-drift")
    assert r.exit_code == 1
    clean = tmp_path / "clean.txt"
    clean.write_text("The Ministry of Foreign Affairs.\n", encoding="utf-8")
    assert run("audit", str(clean), "-g", g, "--fail-on-drift").exit_code == 0
    bad = archive / "sub" / "d.txt"
    bad.write_bytes(b"Hai Phong\nHa\xefphong\n")
    r = run("audit", str(archive), "-g", g)
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr.startswith(f"vnterm: error: {bad}:2: not valid UTF-8")
    r = run("audit", str(tmp_path / "missing"), "-g", g)
    assert r.exit_code == 2 and r.stderr == f"vnterm: error: {tmp_path / 'missing'}: no such file or folder\n"


def test_help_has_an_example() -> None:
    r = run("audit", "--help")
    assert r.exit_code == 0 and "Examples:" in r.output


def test_parallel_equals_serial(archive, glossary, monkeypatch) -> None:
    import vnterm.audit as audit

    for i in range(12):
        (archive / f"copy{i}.md").write_text(MD.replace("2025-03-10", f"2025-{i % 12 + 1:02d}-01"), encoding="utf-8")
    serial = audit_paths([str(archive)], glossary, jobs=1).to_json()
    monkeypatch.setattr(audit, "PARALLEL_MIN_FILES", 1)
    parallel = audit_paths([str(archive)], glossary, jobs=2).to_json()
    assert parallel == serial


def test_aggregation_is_the_same_in_any_batch_size(archive, glossary) -> None:
    matcher = Matcher(glossary, langs=["en"])
    scanned = [scan_document(matcher, read_document(str(p))) for p in find_inputs([str(archive)]).files]
    tables = []
    for batch in (1, 2, 1000):
        agg = Aggregator(batch=batch)
        for s in scanned:
            agg.add(s)
        tables.append(agg.table().to_dicts())
    assert tables[0] == tables[1] == tables[2]


def test_unreadable_inputs(tmp_path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(str(tmp_path / "nope.txt"))
    d = tmp_path / "dir.txt"
    d.mkdir()
    with pytest.raises(InputError):
        read_document(str(d))


def test_html_report_escapes(tmp_path, glossary) -> None:
    p = tmp_path / "x<y>.txt"
    p.write_text("Haiphong and Hai Phong.\n", encoding="utf-8")
    page = render_html(audit_paths([str(p)], glossary, jobs=1))
    assert "x&lt;y&gt;.txt" in page and "x<y>" not in page


def test_variants_and_first_lines(glossary) -> None:
    m = Matcher(glossary, langs=["en"])
    text = "Haiphong.\nThe Hải Phòng port and HAI PHONG city.\nHai Phong again; Haiphong.\n"
    assert scan_text(m, text) == {
        ("hai_phong", "Haiphong", "Haiphong", "deprecated"): [2, 1],
        ("hai_phong", "Hải Phòng", "Hai Phong", "preferred"): [1, 2],
        ("hai_phong", "Hai Phong", "Hai Phong", "preferred"): [2, 2],
    }
    assert variant_of("Hải  Phòng", "Hai Phong", False) == "Hải Phòng"


def test_stdin_document(glossary) -> None:
    r = RUN.invoke(cli, ["audit", "-", "-g", str(DATA / "small_glossary.tsv"), "--json"],
                   input="Haiphong and Hai Phong.\n")
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert data["summary"]["documents"] == 1 and data["summary"]["dates"] == {"none": 1}
    assert data["concepts"][0]["variants"][0]["examples"] == ["<stdin>:1"]
