"""``vnterm check`` through the CLI: exit codes, formats, fixes, bad input, folders, configuration."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

GLOSSARY = str(Path(__file__).parent / "data" / "check" / "glossary.tsv")


def invoke(args, input=None):
    return CliRunner().invoke(cli, ["check", *args, "-g", GLOSSARY, "--no-config"], input=input)


@pytest.fixture
def work(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_help_has_an_example():
    result = CliRunner().invoke(cli, ["check", "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and "vnterm check corpora/seeds/" in result.output


def test_list_rules():
    result = CliRunner().invoke(cli, ["check", "--list-rules"])
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:2] == ["term-deprecated", "error"]


def test_no_path_is_a_usage_error():
    result = invoke([])
    assert result.exit_code == 2
    assert "give at least one PATH" in result.output


def test_exit_codes_follow_fail_level(work):
    Path("w.txt").write_text("Vietnam and Viet Nam.\n")
    assert invoke(["w.txt"]).exit_code == 0  # a warning is below the default fail level (error)
    assert invoke(["w.txt", "--fail-level", "warning"]).exit_code == 1
    Path("e.txt").write_text("Deputy FM.\n")
    assert invoke(["e.txt"]).exit_code == 1
    assert invoke(["e.txt", "--fail-level", "none"]).exit_code == 0


def test_stdin_json(work):
    result = invoke(["-", "--format", "json"], input="Hello.\nThe Deputy FM came.\n")
    assert result.exit_code == 1
    data = json.loads(result.output)
    assert data["findings"] == [{
        "path": "<stdin>", "line": 2, "column": 5, "start": 11, "end": 20, "rule": "term-deprecated",
        "severity": "error", "found": "Deputy FM", "expected": "Deputy Minister of Foreign Affairs",
        "concept": "deputy_minister_foreign_affairs",
        "message": "'Deputy FM' is a deprecated variant; use 'Deputy Minister of Foreign Affairs'", "fixable": True}]
    assert data["summary"]["errors"] == 1 and data["summary"]["failed"] is True


def test_stdin_name_picks_the_format(work):
    result = invoke(["-", "--stdin-name", "x.md", "--format", "json"], input="`Deputy FM` in code.\n")
    assert result.exit_code == 0
    assert json.loads(result.output)["findings"] == []


def test_junit(work):
    Path("a.txt").write_text("Deputy FM.\n")
    Path("b.txt").write_text("Fine text.\n")
    result = invoke(["a.txt", "b.txt", "--format", "junit"])
    assert result.exit_code == 1
    from xml.etree import ElementTree

    root = ElementTree.fromstring(result.output)
    assert root.get("tests") == "2" and root.get("failures") == "1"
    cases = root.findall(".//testcase")
    assert [c.get("name") for c in cases] == ["a.txt", "b.txt"]
    assert "1:1 error [term-deprecated] Deputy FM" in cases[0].find("failure").text


def test_fix_rewrites_atomically_and_keeps_lines(work):
    src = "Deputy FM met.\r\n\r\nHải Phòng and Hai Phong.\r\nDecree 58/2022/NĐ-CP\r\n"
    Path("a.txt").write_bytes(src.encode())
    result = invoke(["a.txt", "--fix", "--style", "government"])
    assert result.exit_code == 0, result.output
    fixed = Path("a.txt").read_bytes().decode()
    assert fixed == ("Deputy Minister of Foreign Affairs met.\r\n\r\nHai Phong and Hai Phong.\r\n"
                     "Decree No. 58/2022/ND-CP\r\n")
    assert result.output.endswith("No findings in 1 file.\n")


def test_dry_run_prints_a_diff_and_writes_nothing(work):
    Path("a.txt").write_text("Deputy FM met.\nSame line.\n")
    result = invoke(["a.txt", "--dry-run"])
    assert result.exit_code == 1
    assert result.output == (
        "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-Deputy FM met.\n+Deputy Minister of Foreign Affairs met.\n"
        " Same line.\n")
    assert Path("a.txt").read_text() == "Deputy FM met.\nSame line.\n"
    Path("c.txt").write_text("Clean.\n")
    assert invoke(["c.txt", "--dry-run"]).exit_code == 0


def test_fix_leaves_markup_spans_alone(work):
    Path("a.html").write_text("<p>The <b>Deputy</b> FM and the Deputy FM.</p>\n")
    result = invoke(["a.html", "--fix"])
    assert Path("a.html").read_text() == "<p>The <b>Deputy</b> FM and the Deputy Minister of Foreign Affairs.</p>\n"
    assert result.exit_code == 1  # the span across <b> is still reported
    assert "a.html:1:11: error [term-deprecated] Deputy FM" in result.output


def test_bad_inputs_one_message_each_others_still_checked(work):
    Path("bin.txt").write_bytes(b"abc\x00def")
    Path("latin1.txt").write_bytes("Caf\u00e9 Deputy FM\n".encode("latin-1"))
    Path("empty.txt").write_text("")
    Path("broken.html").write_text("<p>ok</p>\n<!-- open\n")
    Path("good.txt").write_text("Deputy FM.\n")
    result = invoke(["bin.txt", "latin1.txt", "empty.txt", "broken.html", "good.txt", "missing.txt"])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("vnterm: error:")]
    assert errors == [
        "vnterm: error: missing.txt: no such file or folder",
        "vnterm: error: bin.txt: binary file (NUL bytes), expected UTF-8 text",
        "vnterm: error: latin1.txt:1: not valid UTF-8 (byte 0xe9 at offset 3)",
        "vnterm: error: empty.txt: file is empty",
        "vnterm: error: broken.html:2: malformed HTML: comment never closed",
    ]
    assert "good.txt:1:1: error [term-deprecated] Deputy FM" in result.output


def test_ten_megabyte_single_line(work):
    line = ("local foreign affairs work continues; " * 280_000)[:10_000_000] + " Deputy FM.\n"
    Path("big.txt").write_text(line)
    result = invoke(["big.txt", "--format", "json"])
    assert result.exit_code == 1
    [f] = json.loads(result.output)["findings"]
    assert f["found"] == "Deputy FM" and f["line"] == 1 and f["column"] == 10_000_002


def test_folders_include_exclude(work):
    (work / "docs" / "drafts").mkdir(parents=True)
    (work / ".git").mkdir()
    Path("docs/a.md").write_text("Deputy FM.\n")
    Path("docs/b.txt").write_text("Deputy FM.\n")
    Path("docs/c.py").write_text("Deputy FM\n")
    Path("docs/drafts/d.txt").write_text("Deputy FM.\n")
    Path(".git/e.txt").write_text("Deputy FM.\n")
    result = invoke(["docs", "--format", "json", "--exclude", "drafts"])
    assert sorted({f["path"] for f in json.loads(result.output)["findings"]}) == ["docs/a.md", "docs/b.txt"]
    result = invoke(["docs", "--format", "json", "--include", "*.md"])
    assert sorted({f["path"] for f in json.loads(result.output)["findings"]}) == ["docs/a.md"]


def test_config_file_is_found_and_overridden_by_options(work):
    Path("vnterm.toml").write_text('viet_nam = "Vietnam"\n[rules]\nviet-nam = "error"\n')
    Path("a.txt").write_text("Viet Nam.\n")
    result = CliRunner().invoke(cli, ["check", "a.txt", "-g", GLOSSARY])
    assert result.exit_code == 1
    assert "a.txt:1:1: error [viet-nam] Viet Nam → Vietnam" in result.output
    result = CliRunner().invoke(cli, ["check", "a.txt", "-g", GLOSSARY, "--viet-nam", "Viet Nam"])
    assert result.exit_code == 0


def test_bad_config_is_exit_2(work):
    Path("vnterm.toml").write_text('diacritics = "sometimes"\n')
    Path("a.txt").write_text("Text.\n")
    result = CliRunner().invoke(cli, ["check", "a.txt", "-g", GLOSSARY])
    assert result.exit_code == 2
    assert "diacritics = 'sometimes': expected one of 'strip', 'keep'" in result.output


def test_disable_unknown_rule(work):
    Path("a.txt").write_text("Text.\n")
    result = invoke(["a.txt", "--disable", "nope"])
    assert result.exit_code == 2 and "--disable nope: unknown rule" in result.output


def test_output_file(work):
    Path("a.txt").write_text("Deputy FM.\n")
    result = invoke(["a.txt", "--format", "sarif", "-o", "out.sarif"])
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(Path("out.sarif").read_text())["runs"][0]["results"][0]["ruleId"] == "term-deprecated"


# --- plan, then write (issue 17.5) ------------------------------------------------------------------

def test_multi_file_fix_writes_nothing_when_an_input_fails(work):
    Path("a.txt").write_text("Deputy FM met.\n")
    Path("b.txt").write_text("The Deputy PM spoke.\n")
    Path("bad.txt").write_bytes(b"abc\x00def")
    result = invoke(["a.txt", "b.txt", "bad.txt", "--fix"])
    assert result.exit_code == 2
    assert Path("a.txt").read_text() == "Deputy FM met.\n" and Path("b.txt").read_text() == "The Deputy PM spoke.\n"
    errors = [line for line in result.output.splitlines() if line.startswith("vnterm: error:")]
    assert errors == ["vnterm: error: bad.txt: binary file (NUL bytes), expected UTF-8 text",
                      "vnterm: error: nothing fixed: 1 input could not be read (2 files left as they were)"]
    assert "fixed" not in result.output.replace("nothing fixed", "")


def test_multi_file_fix_writes_every_file_when_all_inputs_are_good(work):
    Path("a.txt").write_text("Deputy FM met.\n")
    Path("b.txt").write_text("The Deputy PM spoke.\n")
    result = invoke(["a.txt", "b.txt", "--fix", "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert Path("a.txt").read_text() == "Deputy Minister of Foreign Affairs met.\n"
    assert Path("b.txt").read_text() == "The Deputy Prime Minister spoke.\n"


def test_output_report_is_not_written_on_exit_2(work):
    Path("a.txt").write_text("Deputy FM met.\n")
    result = invoke(["a.txt", "missing.txt", "-o", "report.json", "--format", "json"])
    assert result.exit_code == 2
    assert not Path("report.json").exists()
    assert result.output == "vnterm: error: missing.txt: no such file or folder\n"  # one line; exit 2 writes nothing
    assert invoke(["a.txt", "-o", "report.json", "--format", "json"]).exit_code == 1
    assert json.loads(Path("report.json").read_text())["findings"][0]["found"] == "Deputy FM"


def test_fix_planning_lives_in_the_library_and_is_idempotent():
    from vnterm.check import CheckConfig, Checker, load_document
    from vnterm.check.fix import apply_edits, plan_fixes
    from vnterm.glossary import load_glossary

    checker = Checker(load_glossary(GLOSSARY), CheckConfig(style="government"))
    doc = load_document("a.txt", "The Deputy FM met the Deputy FM. Decree 58/2022/ND-CP.\n")
    edits = plan_fixes(doc, checker.check(doc))
    fixed = apply_edits(doc.source, edits)
    assert fixed == "The Deputy Minister of Foreign Affairs met the Deputy Minister of Foreign Affairs. " \
                    "Decree No. 58/2022/ND-CP.\n"
    again = load_document("a.txt", fixed)
    assert plan_fixes(again, checker.check(again)) == []


def test_exit_codes_are_named_once():
    from vnterm.cli.exitcodes import ExitCode

    assert (ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE) == (0, 1, 2)
    source = (Path(__file__).parents[1] / "vnterm" / "cli" / "check.py").read_text(encoding="utf-8")
    assert "sys.exit(0)" not in source and "sys.exit(1" not in source and "sys.exit(2)" not in source
    assert "_fix.changed" not in source
