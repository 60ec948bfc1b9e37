"""Schema v2 and the directory glossary: loading a directory as one glossary, the v2 validation
rules (sources, house styles, dates, replaced_by) and `vnterm lookup --style`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.errors import GlossaryError, GlossaryValidationError
from vnterm.glossary import load_glossaries, load_glossary
from vnterm.glossary.validate import date_problem

HEAD = "# vnterm-glossary v2\nconcept\tlang\tstatus\tterm\tsource\tstyles\tvalid_from\tvalid_to\treplaced_by\n"


def _write(path: Path, rows: str) -> Path:
    path.write_text(HEAD + rows, encoding="utf-8")
    return path


def _run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def gdir(tmp_path: Path) -> Path:
    d = tmp_path / "g"
    d.mkdir()
    _write(d / "b_old.tsv", "old\ten\tpreferred\tOld Ministry\tact 1\t\t1990\t2025-03-01\tnew\n")
    _write(
        d / "a_new.tsv",
        "new\ten\tpreferred\tViet Nam News Agency\tsite\t\t2025-03-01\t\t\n"
        "new\ten\tadmitted\tVietnam News Agency\t\tvna,nhandan\t\t\t\n",
    )
    (d / "notes.txt").write_text("not a glossary", encoding="utf-8")
    return d


def test_directory_loads_its_tsv_files_as_one_glossary(gdir: Path) -> None:
    g = load_glossary(gdir)
    assert list(g.concepts) == ["new", "old"]  # sorted file order: a_new.tsv, b_old.tsv
    assert g.get("old").replaced_by == "new" and g.get("old").valid_to == "2025-03-01"
    assert g.get("new").terms[1].styles == ("vna", "nhandan")
    assert g.get("old").path.endswith("b_old.tsv")
    assert len(load_glossaries([gdir])) == 2


def test_directory_concept_in_two_files_is_an_error(gdir: Path) -> None:
    _write(gdir / "c_dup.tsv", "new\ten\tpreferred\tSomething\tx\t\t\t\t\n")
    with pytest.raises(GlossaryValidationError) as exc:
        load_glossary(gdir)
    (problem,) = exc.value.problems
    assert str(problem) == f"{gdir / 'c_dup.tsv'}:3: concept 'new' is already defined in {gdir / 'a_new.tsv'}:3"


def test_a_file_of_the_directory_sees_a_changed_sibling(gdir: Path) -> None:
    assert len(load_glossary(gdir)) == 2
    _write(gdir / "d_more.tsv", "more\ten\tpreferred\tMore\tx\t\t\t\t\n")
    assert len(load_glossary(gdir)) == 3  # the cache is keyed on every file


def test_single_file_still_loads(gdir: Path) -> None:
    assert list(load_glossary(gdir / "a_new.tsv").concepts) == ["new"]
    with pytest.raises(GlossaryValidationError, match="replaced_by 'new' names no concept"):
        load_glossary(gdir / "b_old.tsv")
    r = _run("glossary", "validate", "--no-references", str(gdir / "b_old.tsv"))
    assert (r.exit_code, r.output) == (0, f"{gdir / 'b_old.tsv'}: ok (1 concepts, 1 terms)\n")
    # merged with the file that defines it, the reference resolves
    assert len(load_glossaries([gdir / "b_old.tsv", gdir / "a_new.tsv"])) == 2


@pytest.mark.parametrize(
    "row, message",
    [
        ("x\ten\tpreferred\tX\ts\tbbc\t\t\t\n", "3: unknown house style 'bbc' on term 'X'"),
        ("x\ten\tpreferred\tX\ts\t\t\t\t\nx\ten\tdeprecated\tY\t\tvna\t\t\t\n",
         "4: deprecated term 'Y' names house style 'vna'"),
        ("x\ten\tpreferred\tX\ts\t\t2025-07-01\t2025-03\t\n", "3: concept 'x': valid_to 2025-03 is before valid_from 2025-07-01"),
        ("x\ten\tpreferred\tX\ts\t\t1 July 2025\t\t\n", "3: concept 'x': valid_from '1 July 2025' is not an ISO date"),
        ("x\ten\tpreferred\tX\ts\t\t\t2025-02-30\t\n", "3: concept 'x': valid_to '2025-02-30' is not a calendar date"),
        ("x\ten\tpreferred\tX\ts\t\t\t\tnowhere\n", "3: concept 'x': replaced_by 'nowhere' names no concept"),
    ],
)
def test_validate_v2_rules_name_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    bad = _write(tmp_path / "bad.tsv", row)
    r = _run("glossary", "validate", str(bad))
    assert r.exit_code == 2
    assert r.output.startswith(f"{bad}:{message}")


def test_missing_source_is_an_error_when_required(tmp_path: Path) -> None:
    f = _write(tmp_path / "nosrc.tsv", "x\ten\tpreferred\tX\t\t\t\t\t\n")
    assert _run("glossary", "validate", str(f)).exit_code == 0
    r = _run("glossary", "validate", "--require-source", str(f))
    assert (r.exit_code, r.output) == (2, f"{f}:3: concept 'x' has no source\n")


def test_date_problem() -> None:
    assert date_problem("2025") is None and date_problem("2025-07") is None and date_problem("2025-07-01") is None
    assert date_problem("2025-13") == "is not a calendar date"
    assert date_problem("25-07-01") is not None


def test_validate_without_arguments_checks_the_bundled_glossary() -> None:
    r = _run("glossary", "validate")
    assert r.exit_code == 0, r.output
    assert r.output.rstrip().endswith("terms)") and ": ok (" in r.output


def test_missing_directory_or_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="holds no"):
        load_glossary(tmp_path)


def test_lookup_style_text_and_json(gdir: Path) -> None:
    r = _run("lookup", "Vietnam News Agency", "-g", str(gdir), "--style", "vietnamplus")
    assert r.exit_code == 0
    assert r.output == (
        "new\n"
        "  en  ✓ preferred  Viet Nam News Agency\n"
        "  en  ~ admitted   Vietnam News Agency (style: vna, nhandan)\n"
        "  vna en: Vietnam News Agency\n"
        "  valid:  from 2025-03-01\n"
        "  source: site\n"
    )
    (item,) = json.loads(_run("lookup", "Old Ministry", "-g", str(gdir), "--json", "--style", "gov").output)
    assert item["valid_from"] == "1990" and item["valid_to"] == "2025-03-01" and item["replaced_by"] == "new"
    assert item["style"] == "government" and item["style_preferred"] == {"en": "Old Ministry"}
    (item,) = json.loads(_run("lookup", "Viet Nam News Agency", "-g", str(gdir), "--json").output)
    assert item["terms"]["en"][1] == {"term": "Vietnam News Agency", "status": "admitted", "styles": ["vna", "nhandan"]}
    assert item["style"] is None and item["style_preferred"] is None


def test_lookup_unknown_style_exit_2(gdir: Path) -> None:
    r = _run("lookup", "x", "-g", str(gdir), "--style", "bbc")
    assert r.exit_code == 2 and r.output.startswith("vnterm: error: unknown house style 'bbc'")


def test_convert_a_directory_and_refuse_to_overwrite_a_member(gdir: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.tsv"
    r = _run("glossary", "convert", str(gdir), str(out))
    assert r.exit_code == 0
    assert list(load_glossary(out).concepts) == ["new", "old"]
    before = (gdir / "a_new.tsv").read_text(encoding="utf-8")
    r = _run("glossary", "convert", str(gdir), str(gdir / "a_new.tsv"))
    assert r.exit_code == 2 and "refusing to overwrite" in r.output
    assert (gdir / "a_new.tsv").read_text(encoding="utf-8") == before
