"""Bilingual checks: --source (line or paragraph aligned), XLIFF 1.2/2.0 and PO files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import vnterm.vi
from vnterm.cli import cli

DATA = Path(__file__).parent / "data" / "check"
GLOSSARY = str(DATA / "glossary.tsv")


def check_json(*args):
    result = CliRunner().invoke(cli, ["check", *args, "-g", GLOSSARY, "--no-config", "--format", "json",
                                      "--disable", "source-name", "--style", "government"])
    return result.exit_code, json.loads(result.stdout)


def brief(data):
    return [(f["line"], f["column"], f["rule"], f["found"], f["expected"]) for f in data["findings"]]


def test_line_aligned_key_terms():
    code, data = check_json(str(DATA / "bi.en.txt"), "--source", str(DATA / "bi.vi.txt"))
    assert code == 1
    assert brief(data) == [
        (2, 1, "key-term", "chính quyền địa phương hai cấp", "two-tier local government"),
        (4, 1, "key-term", "Ủy ban nhân dân", "People's Committee"),
    ]


def test_paragraph_aligned(tmp_path):
    vi = tmp_path / "vi.txt"
    en = tmp_path / "en.txt"
    vi.write_text("Bộ Ngoại giao họp.\nHải Phòng chủ trì.\n\nỦy ban nhân dân họp.\n")
    en.write_text("The Ministry of Foreign Affairs met and Hai Phong chaired.\n\nThe committee met.\n")
    code, data = check_json(str(en), "--source", str(vi))
    assert brief(data) == [(3, 1, "key-term", "Ủy ban nhân dân", "People's Committee")]
    code, out = check_json(str(en), "--source", str(vi), "--align", "line")
    assert code == 2


def test_misaligned_source_is_an_input_error(tmp_path):
    vi = tmp_path / "vi.txt"
    vi.write_text("Một.\nHai.\nBa.\n")
    result = CliRunner().invoke(cli, ["check", str(DATA / "bi.en.txt"), "--source", str(vi), "-g", GLOSSARY,
                                      "--no-config"])
    assert result.exit_code == 2
    assert "cannot align with" in result.output and "3 lines / 1 paragraphs here, 4 lines / 2 paragraphs there" in result.output


def test_source_needs_one_english_file():
    result = CliRunner().invoke(cli, ["check", str(DATA / "bi.en.txt"), str(DATA / "bi.en.txt"), "--source",
                                      str(DATA / "bi.vi.txt"), "-g", GLOSSARY, "--no-config"])
    assert result.exit_code == 2 and "--source needs exactly one English file" in result.output


def test_xliff_12_targets_checked_alt_trans_ignored():
    code, data = check_json(str(DATA / "sample12.xlf"))
    assert brief(data) == [
        (7, 21, "term-deprecated", "Deputy FM", "Deputy Minister of Foreign Affairs"),
        (11, 17, "key-term", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
    ]


def test_xliff_20():
    code, data = check_json(str(DATA / "sample20.xlf"))
    assert brief(data) == [(7, 21, "term-deprecated", "two-tiered local government", "two-tier local government")]


def test_po_strings_with_escapes_and_continuations():
    code, data = check_json(str(DATA / "sample.po"))
    assert brief(data) == [
        (8, 13, "term-deprecated", "Deputy FM", "Deputy Minister of Foreign Affairs"),
        (9, 13, "name-diacritics", "Hải Phòng", "Hai Phong"),
        (12, 9, "key-term", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),
    ]


def test_malformed_xliff(tmp_path):
    bad = tmp_path / "bad.xlf"
    bad.write_text('<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source></body></xliff>\n')
    result = CliRunner().invoke(cli, ["check", str(bad), "-g", GLOSSARY, "--no-config"])
    assert result.exit_code == 2
    assert f"{bad}:1: malformed XLIFF" in result.output


def test_xliff_entities_are_not_expanded(tmp_path):
    bomb = tmp_path / "bomb.xlf"
    bomb.write_text('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n'
                    '<xliff version="1.2"><file><body><trans-unit id="1"><source>x</source>'
                    '<target>&b; Deputy FM</target></trans-unit></body></file></xliff>\n')
    code, data = check_json(str(bomb))
    assert [f["found"] for f in data["findings"]] == ["Deputy FM"]


@pytest.mark.skipif(not hasattr(vnterm.vi, "Segmenter"), reason="the segmenter has not landed")
def test_persons_in_the_source_must_appear_romanised(tmp_path):
    vi = tmp_path / "vi.txt"
    en = tmp_path / "en.txt"
    vi.write_text("Ông Ngô Lê Văn phát biểu.\nBà Trần Thị Quỳnh Trang phát biểu.\n")
    en.write_text("Mr. Ngo Le Van spoke.\nThe director spoke.\n")
    result = CliRunner().invoke(cli, ["check", str(en), "--source", str(vi), "-g", GLOSSARY, "--no-config",
                                      "--format", "json"])
    data = json.loads(result.output)
    assert brief(data) == [(2, 1, "source-name", "Trần Thị Quỳnh Trang", "Tran Thi Quynh Trang")]
