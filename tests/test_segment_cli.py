"""``vnterm segment``: exact text, JSON Lines and CoNLL output, golden files, errors and exit codes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

GOLDEN_MODES = {"txt": [], "jsonl": ["--json"], "conll": ["--conll"]}


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def gloss(data_dir) -> str:
    return str(data_dir / "vi_glossary.tsv")


def run(runner, args, input=None):
    return runner.invoke(cli, ["segment", *args], input=input, catch_exceptions=False)


def test_text_output_exact(runner, gloss):
    res = run(runner, ["-", "-g", gloss], input="Thứ trưởng Bộ Ngoại giao Ngô Lê Văn tiếp ông Lộc.\n\nBộ Y tế họp.\n")
    assert res.exit_code == 0
    assert res.output == "Thứ_trưởng Bộ_Ngoại_giao Ngô_Lê_Văn tiếp ông Lộc .\n\nBộ_Y_tế họp .\n"


def test_json_output_exact(runner, gloss):
    res = run(runner, ["-", "--json", "-g", gloss], input="ông Lộc\n\n")
    assert res.exit_code == 0
    lines = res.output.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0]) == {
        "text": "ông Lộc",
        "tokens": [{"text": "ông", "start": 0, "end": 3}, {"text": "Lộc", "start": 4, "end": 7}],
        "entities": [
            {"type": "PERSON", "text": "Lộc", "start": 4, "end": 7, "en": "Loc", "title": None,
             "concept": None, "norm": None}
        ],
    }
    assert json.loads(lines[1]) == {"text": "", "tokens": [], "entities": []}


def test_conll_output_exact(runner, gloss):
    res = run(runner, ["-", "--conll", "-g", gloss], input="Nghị định 58/2022/NĐ-CP\n\nông Lộc\n")
    assert res.exit_code == 0
    assert res.output == (
        "1\tNghị_định\t0\t9\tB-LEGAL_REF\tDecree No. 58/2022/ND-CP\n"
        "2\t58/2022/NĐ-CP\t10\t23\tI-LEGAL_REF\t_\n"
        "\n"
        "\n"
        "1\tông\t0\t3\tO\t_\n"
        "2\tLộc\t4\t7\tB-PERSON\tLoc\n"
        "\n"
    )


def test_tone_option_restyles_printed_words_only(runner, gloss):
    res = run(runner, ["-", "--tone", "new", "-g", gloss], input="Uỷ ban nhân dân tỉnh Khánh Hoà\n")
    assert res.output == "Ủy_ban_nhân_dân tỉnh Khánh_Hòa\n"
    res = run(runner, ["-", "--tone", "old", "-g", gloss], input="Ủy ban nhân dân tỉnh Khánh Hòa\n")
    assert res.output == "Uỷ_ban_nhân_dân tỉnh Khánh_Hoà\n"
    res = run(runner, ["-", "--json", "--tone", "new", "-g", gloss], input="Khánh Hoà\n")
    assert json.loads(res.output)["text"] == "Khánh Hoà"


@pytest.mark.parametrize("mode", sorted(GOLDEN_MODES))
def test_golden(runner, gloss, root, mode):
    golden = root / "tests" / "golden" / "segment"
    res = run(runner, [str(golden / "news.in"), "-g", gloss, *GOLDEN_MODES[mode]])
    assert res.exit_code == 0
    assert res.output == (golden / f"news.{mode}.out").read_text(encoding="utf-8")


def test_one_record_per_line_with_crlf_and_no_final_newline(runner, gloss):
    res = run(runner, ["-", "--json", "-g", gloss], input="ông Lộc\r\n\r\n...\r\nbà Lan")
    assert [json.loads(x)["text"] for x in res.output.splitlines()] == ["ông Lộc", "", "...", "bà Lan"]


def test_missing_file_is_exit_2(runner, tmp_path):
    res = runner.invoke(cli, ["segment", str(tmp_path / "nope.txt")])
    assert res.exit_code == 2
    assert res.output == f"vnterm: error: {tmp_path / 'nope.txt'}: no such file\n"


def test_non_utf8_is_exit_2_naming_file_and_line(runner, tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes("ông Lộc\n".encode() + b"\xff\xfe bad\n")
    res = runner.invoke(cli, ["segment", str(p)])
    assert res.exit_code == 2
    assert res.output.startswith(f"vnterm: error: {p}:2: not valid UTF-8")


def test_json_and_conll_together_is_exit_2(runner, gloss):
    res = runner.invoke(cli, ["segment", "-", "--json", "--conll", "-g", gloss], input="x\n")
    assert res.exit_code == 2
    assert res.output == "vnterm: error: choose one of --json and --conll\n"


def test_bad_glossary_is_exit_2(runner, tmp_path):
    g = tmp_path / "g.tsv"
    g.write_text("not a glossary\n", encoding="utf-8")
    res = runner.invoke(cli, ["segment", "-", "-g", str(g)], input="x\n")
    assert res.exit_code == 2
    assert res.output.startswith("vnterm: error: ")


def test_empty_input_gives_no_output(runner, gloss):
    res = run(runner, ["-", "-g", gloss], input="")
    assert res.exit_code == 0 and res.output == ""


def test_help_has_an_example(runner):
    res = runner.invoke(cli, ["segment", "--help"])
    assert res.exit_code == 0
    assert "Examples:" in res.output and "vnterm segment" in res.output
