"""Exports for MT services and linters: golden files, DeepL rules, linter patterns vs the matcher, CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.cli import cli
from vnterm.errors import GlossaryError
from vnterm.glossary import Concept, Glossary, Term
from vnterm.glossary.exports import (
    EXPORTS,
    export_amazon,
    export_deepl,
    export_google,
    export_prh,
    export_vale,
    linter_rules,
    term_regex,
)
from vnterm.glossary.matcher import Matcher

GOLDEN = Path(__file__).resolve().parent / "golden" / "formats"
UPDATE = bool(os.environ.get("VNTERM_UPDATE_GOLDEN"))
RUN = CliRunner()
SUFFIX = {"deepl": "tsv", "google": "csv", "amazon": "csv", "vale": "yml", "prh": "yml"}


def run(*args: str):
    return RUN.invoke(cli, list(args), catch_exceptions=False)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8", newline="")
    assert path.read_text(encoding="utf-8") == text, f"{name} differs (VNTERM_UPDATE_GOLDEN=1 rewrites it)"


def py_regex(rule_pattern: str, ignore_case: bool) -> re.Pattern[str]:
    """The exported (JavaScript/.NET) pattern as a Python regex: \\p{L}\\p{N}_ is Python's \\w."""
    return re.compile(rule_pattern.replace(r"[\p{L}\p{N}_]", r"\w"), re.IGNORECASE if ignore_case else 0)


# --- golden files --------------------------------------------------------------------------------

@pytest.mark.parametrize("target", sorted(EXPORTS))
@pytest.mark.parametrize("admitted", [False, True])
def test_export_golden(small_glossary, target, admitted) -> None:
    text = EXPORTS[target](small_glossary, include_admitted=admitted)
    check_golden(f"small.{target}{'.admitted' if admitted else ''}.{SUFFIX[target]}", text)


# --- MT exports ----------------------------------------------------------------------------------

def test_deepl_entries_follow_deepl_rules(bundled_glossary, small_glossary) -> None:
    for g in (bundled_glossary, small_glossary):
        text = export_deepl(g, include_admitted=True)
        assert text.endswith("\n")
        sources = []
        for line in text.splitlines():
            src, tgt = line.split("\t")
            for cell in (src, tgt):
                assert cell and cell == cell.strip() and "  " not in cell
                assert not re.search(r"[\x00-\x1f\x7f-\x9f]", cell)
            sources.append(src)
        assert len(sources) == len(set(sources))


def test_deepl_maps_both_tone_styles_and_admitted_on_request(small_glossary) -> None:
    plain = export_deepl(small_glossary).splitlines()
    assert "Ủy ban nhân dân\tPeople's Committee" in plain and "Uỷ ban nhân dân\tPeople's Committee" in plain
    assert not any(line.startswith("BNG\t") for line in plain)
    assert "BNG\tMinistry of Foreign Affairs" in export_deepl(small_glossary, include_admitted=True).splitlines()


def test_mt_export_refuses_a_source_with_two_targets() -> None:
    g = Glossary()
    g.add(Concept("a", terms=[Term("Bộ", "vi"), Term("Ministry", "en")], path="g.tsv"))
    g.add(Concept("b", terms=[Term("Bộ", "vi", line=9), Term("Department", "en")], path="g.tsv"))
    with pytest.raises(GlossaryError) as info:
        export_deepl(g)
    assert str(info.value) == (
        "g.tsv:9: vi term 'Bộ' maps to 'Ministry' (concept 'a') and to 'Department' (concept 'b'); "
        "an MT glossary holds one target per source"
    )


def test_mt_export_preferred_source_wins_over_admitted() -> None:
    g = Glossary()
    g.add(Concept("a", terms=[Term("Sở", "vi", "admitted"), Term("Xã", "vi"), Term("Commune", "en")]))
    g.add(Concept("b", terms=[Term("Sở", "vi"), Term("Department", "en")]))
    assert export_deepl(g, include_admitted=True) == "Sở\tDepartment\nXã\tCommune\n"


def test_google_and_amazon_csv_quote_commas_and_quotes() -> None:
    g = Glossary()
    g.add(Concept("q", terms=[Term('Ban "Đổi mới", Hà Nội', "vi"), Term('"Doi moi" Board, Ha Noi', "en")]))
    assert export_google(g) == '"Ban ""Đổi mới"", Hà Nội","""Doi moi"" Board, Ha Noi"\n'
    amazon = export_amazon(g)
    assert list(csv.reader(io.StringIO(amazon))) == [["vi", "en"], ['Ban "Đổi mới", Hà Nội', '"Doi moi" Board, Ha Noi']]


# --- linter exports ------------------------------------------------------------------------------

def test_yaml_exports_parse_and_say_what_the_glossary_says(small_glossary) -> None:
    yaml = pytest.importorskip("yaml")
    prh = yaml.safe_load(export_prh(small_glossary))
    assert prh["version"] == 1
    pairs = {(r["expected"], p) for r in prh["rules"] for p in r["patterns"]}
    assert ("two-tier local government",
            r"/(?<![\p{L}\p{N}_])two[-\s\u2010-\u2015]+tiered[-\s\u2010-\u2015]+local[-\s\u2010-\u2015]+government"
            r"(?![\p{L}\p{N}_])/i") in pairs
    for rule in prh["rules"]:
        for spec in rule["specs"]:
            assert spec["to"] == rule["expected"]
    vale = yaml.safe_load(export_vale(small_glossary, include_admitted=True, level="warning"))
    assert (vale["extends"], vale["level"], vale["ignorecase"], vale["nonword"]) == ("substitution", "warning", True, True)
    assert vale["swap"][r"(?-i:(?<![\p{L}\p{N}_])MOFA(?![\p{L}\p{N}_]))"] == "Ministry of Foreign Affairs"
    assert vale["message"] == "Use '%s' instead of '%s'."


def test_vale_merges_one_variant_of_two_concepts() -> None:
    yaml = pytest.importorskip("yaml")
    g = Glossary()
    g.add(Concept("a", terms=[Term("Ministry of Foreign Affairs", "en"), Term("Foreign Ministry", "en", "deprecated")]))
    g.add(Concept("b", terms=[Term("Ministry for Foreign Affairs", "en"), Term("Foreign Ministry", "en", "deprecated")]))
    swap = yaml.safe_load(export_vale(g))["swap"]
    assert list(swap.values()) == ["Ministry of Foreign Affairs|Ministry for Foreign Affairs"]


def test_regex_special_characters_are_escaped_for_js_u_flag() -> None:
    pattern = term_regex("Dept. (HCMC) $1 a/b [x]+{y}? c|d ^e \\ f")
    assert pattern == (
        r"(?<![\p{L}\p{N}_])Dept\.[-\s\u2010-\u2015]+\(HCMC\)[-\s\u2010-\u2015]+\$1[-\s\u2010-\u2015]+a\/b"
        r"[-\s\u2010-\u2015]+\[x\]\+\{y\}\?[-\s\u2010-\u2015]+c\|d[-\s\u2010-\u2015]+\^e[-\s\u2010-\u2015]+\\"
        r"[-\s\u2010-\u2015]+f(?![\p{L}\p{N}_])"
    )
    assert py_regex(term_regex("Dept. (HCMC)"), True).search("the dept.  (hcmc) said")


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_patterns_compile_in_javascript_with_the_u_flag_and_match_like_python(bundled_glossary) -> None:
    """prh compiles every pattern with the gmu flags: check them with node itself."""
    rules = linter_rules(bundled_glossary, include_admitted=True) + linter_rules(LINTER_GLOSSARY)
    rules.append(linter_rules(_one("Dept. (HCMC) $1 a/b [x]+{y}? c|d ^e \\ f"))[0])
    cases = [
        {"source": r.pattern, "flags": "gmu" + ("i" if r.ignore_case else ""), "text": f"x {r.found}, y"}
        for r in rules
    ]
    script = (
        "const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "console.log(JSON.stringify(cases.map(c => { const m = new RegExp(c.source, c.flags).exec(c.text);"
        " return m ? [m.index, m.index + m[0].length] : null; })));"
    )
    proc = subprocess.run(["node", "-e", script], input=json.dumps(cases), capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    spans = json.loads(proc.stdout)
    assert spans == [[2, 2 + len(r.found)] for r in rules]


def _one(variant: str) -> Glossary:
    g = Glossary()
    g.add(Concept("one", terms=[Term("Preferred", "en"), Term(variant, "en", "deprecated")]))
    return g


def test_prh_escapes_dollar_in_expected() -> None:
    g = Glossary()
    g.add(Concept("d", terms=[Term("US$1 billion", "en"), Term("1 billion USD", "en", "deprecated")]))
    assert "  - expected: 'US$$1 billion'\n" in export_prh(g)


LINTER_GLOSSARY = Glossary()
for _c in (
    Concept("ttlg", terms=[Term("two-tier local government", "en"), Term("two-tiered local government", "en", "deprecated")]),
    Concept("pc", terms=[Term("People's Committee", "en"), Term("Peoples Committee", "en", "forbidden")]),
    Concept("fm", terms=[Term("Deputy Minister of Foreign Affairs", "en"), Term("Deputy FM", "en", "deprecated", match="case")]),
    Concept("hp", terms=[Term("Hải Phòng", "vi"), Term("Hai Phong", "en"), Term("Haiphong", "en", "deprecated")]),
):
    LINTER_GLOSSARY.add(_c)
LINTER_MATCHER = Matcher(LINTER_GLOSSARY, langs=["en"])
LINTER_RULES = linter_rules(LINTER_GLOSSARY)
SEPARATORS = [" ", "  ", "-", "\u2013", " \u2014 ", "\u00a0", "\u2011"]


@st.composite
def surfaces(draw):
    rule = draw(st.sampled_from(LINTER_RULES))
    out = []
    for c in rule.found:
        if c in " -":
            out.append(draw(st.sampled_from(SEPARATORS)))
        elif c == "'":
            out.append(draw(st.sampled_from(["'", "\u2019", "\u02bc"])))
        elif c.isalpha() and rule.ignore_case:
            out.append(c.upper() if draw(st.booleans()) else c.lower())
        else:
            out.append(c)
    prefix = draw(st.sampled_from(["", "The ", "(", "met the ", "\u201c"]))
    suffix = draw(st.sampled_from(["", ".", " said", ")", "\u201d today", ", and"]))
    return rule, prefix, "".join(out), suffix


@settings(max_examples=300, deadline=None)
@given(surfaces())
def test_linter_patterns_find_what_the_matcher_finds(case) -> None:
    rule, prefix, surface, suffix = case
    text = prefix + surface + suffix
    hits = LINTER_MATCHER.find(text, lang="en")
    assert [(h.start, h.end) for h in hits] == [(len(prefix), len(prefix) + len(surface))]
    assert hits[0].term.status == rule.status or rule.status == "diacritics"
    found = py_regex(rule.pattern, rule.ignore_case).search(text)
    assert found is not None and found.span() == (len(prefix), len(prefix) + len(surface))


@pytest.mark.parametrize(
    "text",
    [
        "two-tier local government",  # the preferred term itself
        "Haiphongese",  # inside a longer word
        "the Deputy fm",  # case-sensitive variant in another case
        "xHaiphong",
        "People's Committee",
        "two tiered local governments",
    ],
)
def test_linter_patterns_stay_silent_where_the_matcher_flags_nothing(text) -> None:
    flagged = [h for h in LINTER_MATCHER.find(text, lang="en") if h.term.status in ("deprecated", "forbidden")]
    assert flagged == []
    assert not any(py_regex(r.pattern, r.ignore_case).search(text) for r in LINTER_RULES if r.status != "diacritics")


def test_vietnamese_spelling_of_a_name_is_flagged_in_both_tone_styles() -> None:
    g = Glossary()
    g.add(Concept("hoa", terms=[Term("Thanh Hóa", "vi"), Term("Thanh Hoa", "en")]))
    assert [(r.found, r.expected, r.status) for r in linter_rules(g)] == [
        ("Thanh Hóa", "Thanh Hoa", "diacritics"),
        ("Thanh Hoá", "Thanh Hoa", "diacritics"),
    ]


# --- CLI -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("target", sorted(EXPORTS))
def test_cli_export_stdout_equals_golden(small_glossary_path, target) -> None:
    r = run("glossary", "export", "--to", target, "-g", str(small_glossary_path))
    assert (r.exit_code, r.stderr) == (0, "")
    assert r.stdout == (GOLDEN / f"small.{target}.{SUFFIX[target]}").read_text(encoding="utf-8")


def test_cli_export_to_file_is_atomic_and_reports(small_glossary_path, tmp_path) -> None:
    out = tmp_path / "deepl.tsv"
    r = run("glossary", "export", "--to", "deepl", "-o", str(out), "-g", str(small_glossary_path), "--include-admitted")
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", f"{out}: 11 entries (deepl)\n")
    assert out.read_text(encoding="utf-8") == (GOLDEN / "small.deepl.admitted.tsv").read_text(encoding="utf-8")
    out = tmp_path / "Terms.yml"
    r = run("glossary", "export", "--to", "vale", "--level", "warning", "-o", str(out), "-g", str(small_glossary_path))
    assert (r.exit_code, r.stderr) == (0, f"{out}: 7 replacements (vale)\n")
    assert "level: warning\n" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Terms.yml", "deepl.tsv"]


def test_cli_export_bad_glossary_exit_2_nothing_written(tmp_path) -> None:
    bomb = Path(__file__).resolve().parent / "data" / "formats" / "billion_laughs.tbx"
    out = tmp_path / "prh.yml"
    r = run("glossary", "export", "--to", "prh", "-o", str(out), "-g", str(bomb))
    assert r.exit_code == 2
    assert r.stderr.startswith(f"vnterm: error: {bomb}:3: entity declarations are not allowed")
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_cli_export_conflict_exit_2(tmp_path) -> None:
    src = tmp_path / "g.csv"
    src.write_text("vi,en\nBộ,Ministry\nBộ,Department\n", encoding="utf-8")
    r = run("glossary", "export", "--to", "amazon", "-g", str(src), "-o", str(tmp_path / "a.csv"))
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {src}:3: vi term 'Bộ' maps to 'Ministry' (concept 'ministry') and to 'Department' "
        "(concept 'department'); an MT glossary holds one target per source\n"
    )
    assert not (tmp_path / "a.csv").exists()


def test_cli_export_refuses_to_overwrite_its_glossary(small_glossary_path, tmp_path) -> None:
    copy = tmp_path / "g.tsv"
    copy.write_bytes(small_glossary_path.read_bytes())
    r = run("glossary", "export", "--to", "deepl", "-g", str(copy), "-o", str(copy))
    assert (r.exit_code, r.stderr) == (
        2, f"vnterm: error: {copy}: refusing to overwrite an input glossary; choose another output file\n"
    )
    assert copy.read_bytes() == small_glossary_path.read_bytes()


def test_cli_export_usage_errors() -> None:
    r = run("glossary", "export", "--to", "memoq")
    assert r.exit_code == 2 and "Invalid value for '--to'" in r.stderr
    r = run("glossary", "export", "--help")
    assert r.exit_code == 0 and "Examples:" in r.output and "vnterm glossary export --to deepl" in r.output
