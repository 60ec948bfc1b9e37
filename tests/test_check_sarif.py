"""SARIF 2.1.0 output validates against the official schema (vendored in tests/data/check/)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from vnterm.cli import cli

DATA = Path(__file__).parent / "data" / "check"
SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(args, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", *args, "-g", str(DATA / "glossary.tsv"), "--no-config",
                                      "--format", "sarif"])
    return result, json.loads(result.stdout)


def validate(log):
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER).validate(log)


def test_findings_validate_and_carry_regions_and_fixes(tmp_path, monkeypatch):
    (tmp_path / "news file.md").write_text("# Title\n\nThe Deputy FM visited Hải Phòng and Hai Phong.\n")
    result, log = sarif(["news file.md"], tmp_path, monkeypatch)
    assert result.exit_code == 1
    validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["term-deprecated", "name-diacritics"]
    first = results[0]
    assert first["level"] == "error"
    assert first["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "news%20file.md"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3, "startColumn": 5, "endLine": 3, "endColumn": 14, "charOffset": 13, "charLength": 9}
    assert first["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == (
        "Deputy Minister of Foreign Affairs")
    rules = log["runs"][0]["tool"]["driver"]["rules"]
    assert rules[first["ruleIndex"]]["id"] == "term-deprecated"


def test_clean_run_and_unreadable_file_validate(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text("Nothing to see.\n")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe broken")
    result, log = sarif(["ok.txt", "bad.txt"], tmp_path, monkeypatch)
    assert result.exit_code == 2
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["message"]["text"].startswith("bad.txt:1: not valid UTF-8")
    assert log["runs"][0]["results"] == []


def test_schema_rejects_a_broken_log():
    with pytest.raises(jsonschema.ValidationError):
        validate({"version": "2.1.0", "runs": [{"tool": {"driver": {}}}]})
