"""``vnterm translate`` through the CLI, with a tiny CTranslate2 model built in the session."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))

from tinymodel import DATA, tiny_model  # noqa: E402

from vnterm.cli import cli  # noqa: E402

GLOSSARY = str(DATA / "glossary.tsv")


@pytest.fixture(scope="session")
def model(tmp_path_factory) -> Path:
    return tiny_model(tmp_path_factory, "marian")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner, *args, input=None):
    return runner.invoke(cli, list(args), input=input, catch_exceptions=False)


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_help_has_an_example(runner):
    res = run(runner, "translate", "--help")
    assert res.exit_code == 0
    assert "Examples:" in res.output and "vnterm translate news.vi.txt --model" in res.output


def test_file_to_file_with_report(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Bộ Ngoại giao thông báo lịch trình.\n\nQuốc hội thông qua Luật Đất đai sửa đổi.\n")
    out, rep = tmp_path / "out.en", tmp_path / "report.json"
    res = run(runner, "translate", str(src), "--model", str(model), "-g", GLOSSARY, "-o", str(out), "--report", str(rep), "--no-entities")
    assert (res.exit_code, res.output) == (0, "")
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 4 and lines[1] == "" and lines[3] == ""
    assert "Ministry of Foreign Affairs" in lines[0]
    assert "National Assembly" in lines[2] and "Land Law" in lines[2]
    assert json.loads(rep.read_text(encoding="utf-8")) == [
        {"line": 1, "required": [{"source": "Bộ Ngoại giao", "target": "Ministry of Foreign Affairs", "satisfied": True, "step": "prefix", "reason": None}]},
        {"line": 2, "required": []},
        {
            "line": 3,
            "required": [
                {"source": "Quốc hội", "target": "National Assembly", "satisfied": True, "step": "prefix", "reason": None},
                {"source": "Luật Đất đai", "target": "Land Law", "satisfied": True, "step": "prefix", "reason": None},
            ],
        },
    ]


def test_stdin_to_stdout_json(runner, model):
    res = run(runner, "translate", "-", "-m", str(model), "-g", GLOSSARY, "--json", "--no-entities", input="Hà Nội.\n")
    assert res.exit_code == 0
    data = json.loads(res.output)
    assert [d["line"] for d in data] == [1] and data[0]["source"] == "Hà Nội."
    assert "Ha Noi" in data[0]["translation"]
    assert [(r["target"], r["satisfied"]) for r in data[0]["required"]] == [("Ha Noi", True)]


def test_no_enforce_reports_missing_terms_and_exits_1(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Quốc hội thông qua Luật Đất đai sửa đổi.\n")
    rep = tmp_path / "r.json"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "--no-enforce", "--no-entities", "--report", str(rep))
    assert res.exit_code == 1
    assert res.output.endswith("vnterm: 2 required term(s) missing from the translation\n")
    assert [(t["step"], t["reason"]) for t in json.loads(rep.read_text())[0]["required"]] == [("none", "unenforced")] * 2


def test_missing_model_directory(runner, tmp_path):
    src = write(tmp_path / "in.vi", "Hà Nội.\n")
    out = tmp_path / "out.en"
    res = run(runner, "translate", str(src), "-m", str(tmp_path / "nope"), "-g", GLOSSARY, "-o", str(out))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {tmp_path / 'nope'}: model directory not found\n")
    assert not out.exists()


def test_corrupt_model_directory(runner, model, tmp_path):
    bad = tmp_path / "bad"
    shutil.copytree(model, bad)
    (bad / "config.json").write_text("{", encoding="utf-8")
    src = write(tmp_path / "in.vi", "Hà Nội.\n")
    out = tmp_path / "out.en"
    res = run(runner, "translate", str(src), "-m", str(bad), "-g", GLOSSARY, "-o", str(out))
    assert res.exit_code == 2
    assert res.output.startswith(f"vnterm: error: {bad / 'config.json'}: corrupt config.json (")
    assert res.output.count("\n") == 1 and not out.exists()


def test_not_utf8(runner, model, tmp_path):
    src = tmp_path / "in.vi"
    src.write_bytes("Hà Nội.\n".encode("utf-8") + b"caf\xe9\n")
    out = tmp_path / "out.en"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "-o", str(out))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {src}:2: not valid UTF-8 (byte 0xe9 at offset 14)\n")
    assert not out.exists()


@pytest.mark.parametrize("text", ["", "\n\n", "   \n"])
def test_empty_input(runner, model, tmp_path, text):
    src = write(tmp_path / "in.vi", text)
    out = tmp_path / "out.en"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "-o", str(out))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {src}: input is empty: nothing to translate\n")
    assert not out.exists()


def test_ten_thousand_character_line(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Hà Nội.\n" + "Hà Nội " * 1428 + "nay.\n")
    out, rep = tmp_path / "out.en", tmp_path / "rep.json"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "-o", str(out), "--report", str(rep))
    assert (res.exit_code, res.output) == (
        2,
        f"vnterm: error: {src}:2: line is 10000 characters long (limit 5000); split it into paragraphs\n",
    )
    assert not out.exists() and not rep.exists()


def test_missing_input_file(runner, model, tmp_path):
    res = run(runner, "translate", str(tmp_path / "no.vi"), "-m", str(model))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {tmp_path / 'no.vi'}: no such file\n")


def test_output_folder_missing_writes_nothing(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Hà Nội.\n")
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "-o", str(tmp_path / "no" / "out.en"))
    assert (res.exit_code, res.output) == (2, f"vnterm: error: {tmp_path / 'no'}: output folder does not exist\n")


def test_crlf_input_keeps_line_count(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Hà Nội.\r\n\r\nĐà Nẵng.\r\n")
    out = tmp_path / "out.en"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "-o", str(out), "--no-entities")
    assert res.exit_code == 0
    lines = out.read_text(encoding="utf-8").split("\n")
    assert len(lines) == 4 and "Ha Noi" in lines[0] and lines[1] == "" and "Da Nang" in lines[2] and lines[3] == ""


def _greek_glossary(tmp_path: Path) -> Path:
    """A glossary whose English term the tiny model cannot spell (Greek letters are not in its vocabulary)."""
    return write(
        tmp_path / "greek.tsv",
        "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n"
        "na\tvi\tpreferred\tQuốc hội\nna\ten\tpreferred\tΒουλή Assembly\n",
    )


def test_an_unspellable_term_is_inserted_and_says_why(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Quốc hội họp.\n")
    out, rep = tmp_path / "out.en", tmp_path / "r.json"
    res = run(runner, "translate", str(src), "-m", str(model), "-g", str(_greek_glossary(tmp_path)), "--no-entities", "-o", str(out), "--report", str(rep))
    assert (res.exit_code, res.output) == (0, "")
    assert "Βουλή Assembly" in out.read_text(encoding="utf-8")
    assert json.loads(rep.read_text(encoding="utf-8")) == [
        {"line": 1, "required": [{"source": "Quốc hội", "target": "Βουλή Assembly", "satisfied": True, "step": "inserted", "reason": "unspellable"}]}
    ]


def test_no_insert_reports_the_reason_and_exits_1(runner, model, tmp_path):
    src = write(tmp_path / "in.vi", "Quốc hội họp.\n\n")
    out, rep = tmp_path / "out.en", tmp_path / "r.json"
    args = ["translate", str(src), "-m", str(model), "-g", str(_greek_glossary(tmp_path)), "--no-entities", "-o", str(out), "--report", str(rep)]
    res = run(runner, *args, "--no-insert")
    assert (res.exit_code, res.output) == (1, "vnterm: 1 required term(s) missing from the translation\n")
    assert "Βουλή" not in out.read_text(encoding="utf-8") and out.read_text(encoding="utf-8").count("\n") == 2
    assert json.loads(rep.read_text(encoding="utf-8"))[0]["required"] == [
        {"source": "Quốc hội", "target": "Βουλή Assembly", "satisfied": False, "step": "none", "reason": "unspellable"}
    ]


def test_the_cli_is_a_skin_over_the_library(runner, model, tmp_path):
    from vnterm.glossary import load_glossary
    from vnterm.translate import Translator

    text = "Quốc hội thông qua Luật Đất đai sửa đổi.\nBộ Ngoại giao thông báo.\n"
    src = write(tmp_path / "in.vi", text)
    for flags, kw in (([], {}), (["--no-enforce"], {"enforce": False}), (["--no-insert"], {"insert": False})):
        rep = tmp_path / "r.json"
        res = run(runner, "translate", str(src), "-m", str(model), "-g", GLOSSARY, "--no-entities", "--json", "--report", str(rep), *flags)
        lib = Translator(model, glossary=load_glossary(GLOSSARY), entities=None, **kw).translate_detailed(text.splitlines())
        assert json.loads(res.stdout) == [r.to_json() for r in lib]
        assert json.loads(rep.read_text(encoding="utf-8")) == [r.report() for r in lib]
        missing = any(not x.satisfied for r in lib for x in r.required)
        assert res.exit_code == (1 if missing else 0)
