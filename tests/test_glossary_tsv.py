"""The canonical glossary TSV: parsing, structural errors with file:line, semantic validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnterm.errors import GlossaryError, GlossaryValidationError
from vnterm.glossary import load_glossary
from vnterm.glossary.tsv import dumps_tsv, loads_tsv
from vnterm.glossary.validate import validate

HEADER = "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tdomain\n"


def g(rows: str):
    return loads_tsv(HEADER + rows, "g.tsv")


def problems(rows: str) -> list[str]:
    try:
        glossary = g(rows)
    except GlossaryValidationError as exc:
        return [str(p) for p in exc.problems]
    return [str(p) for p in validate(glossary)]


def test_parses_concepts_and_terms() -> None:
    glossary = g("c1\tvi\tpreferred\tBộ Ngoại giao\torg\nc1\ten\tpreferred\tMinistry of Foreign Affairs\t\n")
    assert len(glossary) == 1
    c = glossary.get("c1")
    assert c is not None and c.domain == "org"
    assert c.preferred("en").text == "Ministry of Foreign Affairs"
    assert [t.line for t in c.terms] == [3, 4]


def test_round_trip_through_canonical_tsv(small_glossary) -> None:
    again = loads_tsv(dumps_tsv(small_glossary), "again.tsv")
    assert dumps_tsv(again) == dumps_tsv(small_glossary)
    assert again.stats() == small_glossary.stats()


def test_unknown_version_is_refused_at_line_1() -> None:
    with pytest.raises(GlossaryError) as exc:
        loads_tsv("# vnterm-glossary v9\nconcept\tlang\tstatus\tterm\n", "x.tsv")
    assert str(exc.value) == "x.tsv:1: unknown glossary schema version '9' (this vnterm reads v1, v2)"


def test_missing_version_line() -> None:
    with pytest.raises(GlossaryError, match=r"^x.tsv:1: missing schema version line"):
        loads_tsv("concept\tlang\tstatus\tterm\n", "x.tsv")


def test_empty_file() -> None:
    with pytest.raises(GlossaryError, match=r"^x.tsv: glossary file is empty$"):
        loads_tsv("", "x.tsv")


def test_unknown_column() -> None:
    with pytest.raises(GlossaryError, match=r"^x.tsv:2: unknown column\(s\) colour"):
        loads_tsv("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tcolour\n", "x.tsv")


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("c\ten\tpreferrd\tX\t\n", "g.tsv:3: unknown status 'preferrd' (expected one of preferred, admitted, deprecated, forbidden)"),
        ("c\ten\tpreferred\t\t\n", "g.tsv:3: empty term in concept 'c'"),
        ("c\ten\tpreferred\tX\n", "g.tsv:3: malformed row: 4 fields, the header has 5"),
        ("c\tEnglish\tpreferred\tX\t\n", "g.tsv:3: bad language code 'English' (expected e.g. vi, en)"),
        ("c\ten\tpreferred\tX\torg\nc\ten\tadmitted\tY\tplace\n", "g.tsv:4: concept 'c' has two different domain values ('org' and 'place')"),
    ],
)
def test_row_errors_name_file_and_line(rows: str, message: str) -> None:
    assert problems(rows) == [message]


def test_two_preferred_terms_in_one_language() -> None:
    assert problems("c\ten\tpreferred\tX\t\nc\ten\tpreferred\tY\t\n") == [
        "g.tsv:4: concept 'c' has 2 preferred en terms ('X', 'Y'); mark all but one admitted"
    ]


def test_preferred_in_one_concept_deprecated_in_another() -> None:
    rows = "a\ten\tpreferred\tFoo Bar\t\nb\ten\tpreferred\tBaz\t\nb\ten\tdeprecated\tFoo Bar\t\n"
    assert problems(rows) == ["g.tsv:5: en term 'foo bar' is deprecated in concept 'b' but preferred in concept 'a' (g.tsv:3)"]


def test_variant_contained_in_its_own_preferred_form() -> None:
    rows = "a\ten\tpreferred\ttwo-tier local government model\t\na\ten\tdeprecated\ttwo-tier local government\t\n"
    assert problems(rows) == [
        "g.tsv:4: deprecated variant 'two-tier local government' is contained in its own preferred form "
        "'two-tier local government model': correct copy would be flagged"
    ]


def test_variant_equal_to_preferred_up_to_folding() -> None:
    rows = "a\ten\tpreferred\tHai Phong\t\na\ten\tdeprecated\tHải Phòng\t\n"
    assert problems(rows)[0].startswith("g.tsv:4: deprecated variant 'Hải Phòng' differs from the preferred")


def test_crlf_bom_and_comments_are_accepted(tmp_path: Path) -> None:
    text = HEADER + "# a comment\n\nc\ten\tpreferred\tX\t\n"
    path = tmp_path / "g.tsv"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    glossary = load_glossary(path)
    assert glossary.get("c").terms[0].line == 5


def test_non_utf8_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    data = HEADER.encode() + b"c\ten\tpreferred\tCaf\xe9\t\n"
    path.write_bytes(data)
    with pytest.raises(GlossaryError) as exc:
        load_glossary(path)
    assert str(exc.value) == f"{path}:3: not valid UTF-8 (byte 0xe9 at offset {data.index(0xE9)})"


def test_bundled_glossary_is_valid(bundled_glossary) -> None:
    assert len(bundled_glossary) > 0
    assert validate(bundled_glossary) == []
