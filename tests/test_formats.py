"""Glossary formats: CSV, XLSX, TBX 2 and TBX v3 readers/writers, hostile XML, `vnterm glossary convert`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.errors import GlossaryError, GlossaryValidationError
from vnterm.glossary import Concept, Glossary, Term, load_glossary
from vnterm.glossary import formats
from vnterm.glossary.formats.tabular import dumps_csv, loads_csv
from vnterm.glossary.formats.tbx import dumps_tbx, loads_tbx
from vnterm.glossary.tsv import dumps_tsv

FORMATS = Path(__file__).resolve().parent / "data" / "formats"
GOLDEN = Path(__file__).resolve().parent / "golden" / "formats"
UPDATE = bool(os.environ.get("VNTERM_UPDATE_GOLDEN"))
RUN = CliRunner()


def run(*args: str):
    return RUN.invoke(cli, list(args), catch_exceptions=False)


def shape(g: Glossary) -> list[tuple]:
    """Everything a glossary says, with terms grouped by language (their order within a language kept)."""
    out = []
    for c in g:
        terms = []
        for lang in sorted({t.lang for t in c.terms}):
            terms.extend((t.lang, t.text, t.status, t.type, t.match, t.note) for t in c.terms if t.lang == lang)
        out.append((c.id, c.domain, c.note, c.source, tuple(terms)))
    return out


def check_golden(name: str, data: bytes) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_bytes(data)
    assert path.read_bytes() == data, f"{name} differs from its golden file (VNTERM_UPDATE_GOLDEN=1 rewrites it)"


def rich_glossary() -> Glossary:
    """Every field set, ids that are not xsd:IDs, a forbidden term, notes with markup characters."""
    g = Glossary()
    g.add(
        Concept(
            "2025:reform",
            "policy",
            'Concept note with <tags> & "quotes"',
            "seeds/002:1",
            [
                Term("sắp xếp đơn vị hành chính", "vi", "preferred", note="NQ 60 wording"),
                Term("administrative reorganisation", "en", "preferred"),
                Term("administrative restructuring", "en", "admitted", note="older press releases"),
                Term("merger of provinces", "en", "forbidden", note="misleading"),
                Term("ARO", "en", "deprecated", "acronym", match="case"),
                Term("Admin. Reorg.", "en", "deprecated", "abbreviation", match="exact"),
            ],
        )
    )
    g.add(Concept("x", "", "", "", [Term("ổn", "vi"), Term("fine", "en")]))
    return g


# --- round trips ---------------------------------------------------------------------------------

@pytest.mark.parametrize("version", [2, 3])
def test_tbx_round_trip_small_glossary_is_lossless(small_glossary, version) -> None:
    back = loads_tbx(dumps_tbx(small_glossary, version=version), "x.tbx")
    assert dumps_tsv(back) == dumps_tsv(small_glossary)


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_round_trip_bundled_glossary_is_lossless(bundled_glossary, version) -> None:
    back = loads_tbx(dumps_tbx(bundled_glossary, version=version), "x.tbx")
    assert shape(back) == shape(bundled_glossary)


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_round_trip_keeps_every_field(version) -> None:
    g = rich_glossary()
    data = dumps_tbx(g, version=version)
    assert shape(loads_tbx(data, "x.tbx")) == shape(g)
    text = data.decode("utf-8")
    assert 'id="c_2025_reform"' in text and "vnterm:id=2025:reform" in text
    assert "vnterm:status=forbidden" in text and "vnterm:match=exact" in text


def test_tbx_versions_have_their_own_roots(small_glossary) -> None:
    v2 = dumps_tbx(small_glossary, version=2).decode()
    v3 = dumps_tbx(small_glossary, version=3).decode()
    assert v2.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX-Basic" xml:lang="en">\n')
    assert "<termEntry id=\"mofa\">" in v2 and "<langSet xml:lang=\"vi\">" in v2 and "<tig>" in v2
    assert v3.startswith(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2" style="dca" type="TBX-Basic" xml:lang="en">\n'
    )
    assert "<conceptEntry id=\"mofa\">" in v3 and "<langSec xml:lang=\"vi\">" in v3 and "<termSec>" in v3


@pytest.mark.parametrize("version", [2, 3])
def test_tbx_golden(small_glossary, version) -> None:
    check_golden(f"small.tbx{version}.tbx", dumps_tbx(small_glossary, version=version))


def test_csv_golden(small_glossary) -> None:
    check_golden("small.csv", dumps_csv(small_glossary).encode("utf-8"))


@pytest.mark.parametrize("ext", [".tsv", ".csv", ".xlsx", ".tbx"])
def test_write_then_read_every_format(small_glossary, tmp_path, ext) -> None:
    path = tmp_path / f"g{ext}"
    formats.write_glossary(small_glossary, path)
    back = load_glossary(path)
    assert dumps_tsv(back) == dumps_tsv(small_glossary)


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_tabular_round_trip_keeps_every_field(tmp_path, ext) -> None:
    path = tmp_path / f"rich{ext}"
    formats.write_glossary(rich_glossary(), path)
    assert shape(formats.read_glossary(path)) == shape(rich_glossary())


def test_csv_rows_keep_their_line_numbers(small_glossary_path, tmp_path) -> None:
    path = tmp_path / "g.csv"
    formats.write_glossary(load_glossary(small_glossary_path), path)
    g = formats.read_glossary(path)
    mofa = g.get("mofa")
    assert mofa is not None and mofa.line == 2 and [t.line for t in mofa.terms] == [2, 3, 4, 5, 6]
    assert g.get("two_tier_local_government").line == 7  # type: ignore[union-attr]


def test_xlsx_text_that_looks_like_a_formula_stays_text(tmp_path) -> None:
    g = Glossary()
    g.add(Concept("eq", "", "", "", [Term("=SUM(A1)", "en"), Term("bằng", "vi")]))
    path = tmp_path / "f.xlsx"
    formats.write_glossary(g, path)
    assert [t.text for t in formats.read_glossary(path).get("eq").terms] == ["=SUM(A1)", "bằng"]  # type: ignore[union-attr]


def test_xlsx_rows_are_spreadsheet_rows(tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append([])
    sheet.append(["Concept", "Lang", "Status", "Term"])
    sheet.append(["hai_phong", "vi", "preferred", "Hải Phòng"])
    sheet.append(["hai_phong", "en", "preferred", "Hai Phong"])
    sheet.append(["hai_phong", "en", "wrong", "Haiphong"])
    path = tmp_path / "rows.xlsx"
    book.save(path)
    with pytest.raises(GlossaryError) as info:
        formats.read_glossary(path)
    assert str(info.value) == (
        f"{path}:5: unknown status 'wrong' (expected one of preferred, admitted, deprecated, forbidden)"
    )


# --- other tools' files --------------------------------------------------------------------------

def test_cat_tool_tbx2_with_external_dtd_ntig_grp_and_missing_statuses() -> None:
    g = load_glossary(FORMATS / "cat_tool_tbx2.tbx")
    assert dumps_tsv(g) == (
        "# vnterm-glossary v1\n"
        "concept\tlang\tstatus\tterm\ttype\tmatch\tdomain\tnote\tsource\tterm_note\n"
        "c17\tvi\tpreferred\tchính quyền địa phương hai cấp\t\t\tpolicy\t"
        "Local government with province and commune levels only.\t\t\n"
        "c17\ten\tpreferred\ttwo-tier local government\t\t\t\t\t\t\n"
        "c17\ten\tdeprecated\ttwo-level local government\t\t\t\t\t\tused until mid-2025\n"
        "c17\ten\tadmitted\ttwo-tiered local government\t\t\t\t\t\t\n"
        "tbx-2\tvi\tpreferred\tHải Phòng\t\t\t\t\t\t\n"
        "tbx-2\ten\tpreferred\tHai Phong\t\t\t\t\t\t\n"
    )
    c17 = g.get("c17")
    assert c17 is not None and c17.line == 9 and [t.line for t in c17.terms] == [17, 25, 30, 36]


def test_tbx3_dct_style_is_read() -> None:
    g = load_glossary(FORMATS / "tbx3_dct.tbx")
    assert shape(g) == [
        (
            "people_committee",
            "org",
            "",
            "",
            (
                ("en", "People's Committee", "preferred", "fullForm", "fold", ""),
                ("vi", "Ủy ban nhân dân", "preferred", "fullForm", "fold", ""),
                ("vi", "UBND", "admitted", "abbreviation", "case", ""),
            ),
        )
    ]


def test_xml_extension_is_sniffed_as_tbx(small_glossary, tmp_path) -> None:
    path = tmp_path / "export.xml"
    path.write_bytes(dumps_tbx(small_glossary, version=2))
    assert dumps_tsv(load_glossary(path)) == dumps_tsv(small_glossary)


def test_bilingual_csv_makes_one_concept_per_row() -> None:
    g = load_glossary(FORMATS / "bilingual.csv")
    assert [(c.id, c.domain, [(t.lang, t.text, t.status) for t in c.terms], c.line) for c in g] == [
        ("ministry_of_foreign_affairs", "org", [("vi", "Bộ Ngoại giao", "preferred"), ("en", "Ministry of Foreign Affairs", "preferred")], 2),
        (
            "department_of_foreign_affairs_and_cultural_diplomacy",
            "org",
            [("vi", "Cục Ngoại vụ và Ngoại giao Văn hóa", "preferred"),
             ("en", "Department of Foreign Affairs and Cultural Diplomacy", "preferred")],
            3,
        ),
        ("hai_phong", "place", [("vi", "Hải Phòng", "preferred"), ("en", "Hai Phong", "preferred")], 4),
        ("people_s_committee_the", "org", [("vi", "Ủy ban nhân dân", "preferred"), ("en", "People's Committee, the", "preferred")], 6),
    ]


def test_bilingual_xlsx_and_duplicate_english_ids(tmp_path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in (["VI", "EN"], ["Hải Phòng", "Hai Phong"], ["TP Hải Phòng", "Hai Phong"], [None, None], ["Huế", "Hue"]):
        sheet.append(row)
    path = tmp_path / "bi.xlsx"
    book.save(path)
    g = formats.read_glossary(path)
    assert [(c.id, c.line) for c in g] == [("hai_phong", 2), ("hai_phong_2", 3), ("hue", 5)]


def test_semicolon_csv() -> None:
    g = load_glossary(FORMATS / "semicolon.csv")
    assert [(t.text, t.status, t.type, t.match) for t in g.get("mofa").terms] == [  # type: ignore[union-attr]
        ("Bộ Ngoại giao", "preferred", "fullForm", "fold"),
        ("Ministry of Foreign Affairs", "preferred", "fullForm", "fold"),
        ("MOFA", "admitted", "acronym", "case"),
    ]


# --- bad input -----------------------------------------------------------------------------------

ENTITIES = (
    "entity declarations are not allowed in a glossary file "
    "(refused: entities can expand without bound or read local files)"
)


@pytest.mark.parametrize(
    "name, message",
    [
        ("billion_laughs.tbx", f"billion_laughs.tbx:3: {ENTITIES}"),
        ("external_entity.tbx", f"external_entity.tbx:2: {ENTITIES}"),
        ("undeclared_entity.tbx", "undeclared_entity.tbx:4: malformed XML: Entity 'secret' not defined"),
        ("malformed.tbx", "malformed.tbx:6: malformed XML: Opening and ending tag mismatch: langSet line 5 and termEntry"),
        ("unknown_root.xml", "unknown_root.xml:2: unknown TBX root element <glossary> "
                             "(expected <martif> for TBX 2 or <tbx> for TBX v3)"),
        ("empty.tbx", "empty.tbx: glossary file is empty"),
        ("bad_status.tbx", "bad_status.tbx:8: unknown administrativeStatus 'bestTerm-admn-sts' in concept 'a' "
                           "(expected one of preferredTerm-admn-sts, admittedTerm-admn-sts, "
                           "deprecatedTerm-admn-sts, supersededTerm-admn-sts)"),
        ("latin1.csv", "latin1.csv:2: not valid UTF-8 (byte 0xe9 at offset 44)"),
        ("unclosed_quote.csv", "unclosed_quote.csv:3: malformed CSV: unexpected end of data"),
        ("bad_rows.csv", "bad_rows.csv:3: unknown status 'best' (expected one of preferred, admitted, deprecated, "
                         "forbidden)\n"
                         f"{FORMATS}/bad_rows.csv:6: bad language code 'english' (expected e.g. vi, en)"),
        ("broken.xlsx", "broken.xlsx: not a valid .xlsx workbook (File is not a zip file)"),
    ],
)
def test_bad_files_raise_one_glossary_error_naming_file_and_line(name, message) -> None:
    with pytest.raises(GlossaryError) as info:
        load_glossary(FORMATS / name)
    assert str(info.value) == f"{FORMATS}/{message}"


def test_entity_bomb_is_never_expanded() -> None:
    data = (FORMATS / "billion_laughs.tbx").read_bytes()
    with pytest.raises(GlossaryError, match="entity declarations are not allowed"):
        loads_tbx(data, "bomb.tbx")


def test_utf16_entity_declaration_is_refused() -> None:
    data = (FORMATS / "external_entity.tbx").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    with pytest.raises(GlossaryError, match="entity declarations are not allowed"):
        loads_tbx(data.encode("utf-16"), "x.tbx")


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "x.csv: glossary file is empty"),
        ("\n\n", "x.csv: glossary file is empty"),
        ("term,lang\nfoo,en\n", "x.csv:1: unrecognised header: expected the glossary columns (concept, lang, status, "
                                "term, ...) or a bilingual sheet with 'vi' and 'en' columns"),
        ("\nconcept,lang,term\na,en,x\n", "x.csv:2: missing column(s) status"),
        ("concept,lang,status,term\na,en,preferred,x,extra\n", "x.csv:2: malformed row: 5 fields, the header has 4"),
        ("concept,lang,status,term\n,en,preferred,x\n", "x.csv:2: empty concept id"),
        ("concept,lang,status,term\n#a,en,preferred,x\n", "x.csv:2: bad concept id '#a' (letters, digits, _ . : - only)"),
        ("vi,en,owner\nx,y,z\n", "x.csv:1: unknown column(s) 'owner' in a bilingual sheet (known: vi, en, domain, "
                                 "note, source)"),
        ("vi,en\nHải Phòng,\n", "x.csv:2: empty en term"),
    ],
)
def test_bad_csv_text(text, message) -> None:
    with pytest.raises(GlossaryError) as info:
        loads_csv(text, "x.csv")
    assert str(info.value) == message


def test_tbx_structure_errors_name_the_line() -> None:
    no_lang = b'<martif><text><body><termEntry id="a">\n<langSet><tig><term>x</term></tig></langSet></termEntry></body></text></martif>'
    with pytest.raises(GlossaryValidationError) as info:
        loads_tbx(no_lang, "t.tbx")
    assert str(info.value) == "t.tbx:2: language section of concept 'a' has no valid xml:lang ('')"
    dup = (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2"><text><body>\n'
           b'<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>x</term></termSec></langSec></conceptEntry>\n'
           b'<conceptEntry id="a"><langSec xml:lang="en"><termSec><term>y</term></termSec></langSec></conceptEntry>\n'
           b'</body></text></tbx>')
    with pytest.raises(GlossaryValidationError) as info:
        loads_tbx(dup, "t.tbx")
    assert str(info.value) == "t.tbx:3: duplicate concept id 'a' (first on line 2)"
    with pytest.raises(GlossaryError) as info:
        loads_tbx(b"<tbx/>", "t.tbx")
    assert str(info.value) == "t.tbx:1: no <conceptEntry> in this TBX file"


def test_unknown_extensions() -> None:
    with pytest.raises(GlossaryError) as info:
        formats.read_glossary("terms.json")
    assert str(info.value) == (
        "terms.json: unknown glossary format '.json' (expected one of .tsv, .txt, .csv, .xlsx, .tbx, .xml)"
    )
    with pytest.raises(GlossaryError) as info:
        formats.write_glossary(Glossary(), "terms.json")
    assert str(info.value) == "terms.json: cannot write glossary format '.json' (expected one of .tsv, .csv, .xlsx, .tbx)"


# --- CLI: vnterm glossary convert ----------------------------------------------------------------

def test_cli_convert_tsv_to_tbx_and_back(small_glossary_path, tmp_path) -> None:
    tbx = tmp_path / "g.tbx"
    r = run("glossary", "convert", str(small_glossary_path), str(tbx), "--tbx-version", "2")
    assert (r.exit_code, r.stdout, r.stderr) == (0, "", f"{tbx}: 7 concepts, 24 terms\n")
    assert tbx.read_bytes() == (GOLDEN / "small.tbx2.tbx").read_bytes()
    back = tmp_path / "back.tsv"
    r = run("glossary", "convert", str(tbx), str(back))
    assert (r.exit_code, r.stderr) == (0, f"{back}: 7 concepts, 24 terms\n")
    assert back.read_text(encoding="utf-8") == small_glossary_path.read_text(encoding="utf-8")


def test_cli_convert_chain_through_every_format(small_glossary_path, tmp_path) -> None:
    src = str(small_glossary_path)
    for ext in (".xlsx", ".csv", ".tbx", ".tsv"):
        dst = str(tmp_path / f"step{ext}")
        assert run("glossary", "convert", src, dst).exit_code == 0
        src = dst
    assert Path(src).read_text(encoding="utf-8") == small_glossary_path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name, expected",
    [
        ("billion_laughs.tbx", f"billion_laughs.tbx:3: {ENTITIES}"),
        ("external_entity.tbx", f"external_entity.tbx:2: {ENTITIES}"),
        ("latin1.csv", "latin1.csv:2: not valid UTF-8 (byte 0xe9 at offset 44)"),
        ("broken.xlsx", "broken.xlsx: not a valid .xlsx workbook (File is not a zip file)"),
        ("empty.tbx", "empty.tbx: glossary file is empty"),
        ("unknown_root.xml", "unknown_root.xml:2: unknown TBX root element <glossary> "
                             "(expected <martif> for TBX 2 or <tbx> for TBX v3)"),
    ],
)
def test_cli_convert_bad_input_exit_2_and_writes_nothing(tmp_path, name, expected) -> None:
    out = tmp_path / "out.tsv"
    r = run("glossary", "convert", str(FORMATS / name), str(out))
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == f"vnterm: error: {FORMATS}/{expected}\n"
    assert list(tmp_path.iterdir()) == []


def test_cli_convert_invalid_glossary_lists_problems(tmp_path) -> None:
    src = tmp_path / "two_preferred.csv"
    src.write_text("concept,lang,status,term\nhp,en,preferred,Hai Phong\nhp,en,preferred,Haiphong\n", encoding="utf-8")
    r = run("glossary", "convert", str(src), str(tmp_path / "out.tbx"))
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {src}:3: concept 'hp' has 2 preferred en terms ('Hai Phong', 'Haiphong'); "
        "mark all but one admitted\n"
    )
    assert not (tmp_path / "out.tbx").exists()


def test_cli_convert_refuses_to_overwrite_source_and_unknown_targets(small_glossary_path, tmp_path) -> None:
    copy = tmp_path / "g.tsv"
    copy.write_bytes(small_glossary_path.read_bytes())
    r = run("glossary", "convert", str(copy), str(copy))
    assert (r.exit_code, r.stderr) == (
        2, f"vnterm: error: {copy}: refusing to overwrite the source glossary; choose another output file\n"
    )
    assert copy.read_bytes() == small_glossary_path.read_bytes()
    r = run("glossary", "convert", str(copy), str(tmp_path / "g.json"))
    assert (r.exit_code, r.stderr) == (
        2, f"vnterm: error: {tmp_path / 'g.json'}: cannot write glossary format '.json' "
           "(expected one of .tsv, .csv, .xlsx, .tbx)\n"
    )
    r = run("glossary", "convert", str(tmp_path / "missing.tsv"), str(tmp_path / "x.tbx"))
    assert (r.exit_code, r.stderr) == (2, f"vnterm: error: {tmp_path / 'missing.tsv'}: no such glossary file\n")
    r = run("glossary", "convert", str(copy), str(tmp_path / "no" / "such" / "dir.tbx"))
    assert (r.exit_code, r.stderr) == (2, f"vnterm: error: {tmp_path / 'no' / 'such'}: output folder does not exist\n")


def test_cli_convert_help_has_an_example() -> None:
    r = run("glossary", "convert", "--help")
    assert r.exit_code == 0 and "Examples:" in r.output and "vnterm glossary convert" in r.output


# --- property: any glossary survives TBX (2 and 3) and CSV ---------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), min_size=0, max_size=30
).map(lambda s: " ".join(s.split()))
_NOTE = _TEXT.filter(lambda s: not s.startswith("vnterm:"))
_TERM = st.builds(
    Term,
    text=_TEXT.filter(bool),
    lang=st.sampled_from(["vi", "en", "fr"]),
    status=st.sampled_from(["preferred", "admitted", "deprecated", "forbidden"]),
    type=st.sampled_from(["fullForm", "abbreviation", "acronym", "shortForm", "variant"]),
    note=_NOTE,
    match=st.sampled_from(["fold", "case", "exact"]),
)
_CONCEPT = st.builds(
    Concept,
    id=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,12}", fullmatch=True),
    domain=_TEXT,
    note=_NOTE,
    source=_TEXT,
    terms=st.lists(_TERM, min_size=1, max_size=5),
)


def _glossary(concepts: list[Concept]) -> Glossary:
    g = Glossary()
    for c in concepts:
        g.add(c)
    return g


@settings(max_examples=60, deadline=None)
@given(st.lists(_CONCEPT, min_size=1, max_size=5, unique_by=lambda c: c.id))
def test_any_glossary_round_trips_through_tbx_and_csv(concepts) -> None:
    g = _glossary(concepts)
    for version in (2, 3):
        assert shape(loads_tbx(dumps_tbx(g, version=version), "p.tbx")) == shape(g)
    assert shape(loads_csv(dumps_csv(g), "p.csv")) == shape(g)


def test_characters_xml_cannot_hold_are_an_error_not_a_crash(tmp_path) -> None:
    g = Glossary()
    g.add(Concept("vt", terms=[Term("x\x0by", "en", line=4)], path="g.tsv"))
    for ext in ("tbx", "xlsx"):
        with pytest.raises(GlossaryError) as info:
            formats.write_glossary(g, tmp_path / f"out.{ext}")
        assert str(info.value) == f"g.tsv:4: term of concept 'vt' contains U+000B, which a .{ext} file cannot hold"
    assert list(tmp_path.iterdir()) == []


def test_tbx_written_by_translate_toolkit_is_read() -> None:
    """A TBX file as translate-toolkit 3 writes it (public DOCTYPE, no ids, no statuses)."""
    g = load_glossary(FORMATS / "translate_toolkit.tbx")
    assert [(c.id, [(t.lang, t.text, t.status) for t in c.terms]) for c in g] == [
        ("tbx-1", [("vi", "Ủy ban nhân dân", "preferred"), ("en", "People's Committee", "preferred")]),
        ("tbx-2", [("vi", "Hải Phòng", "preferred"), ("en", "Hai Phong", "preferred")]),
    ]


def test_xlsx_with_an_entity_bomb_inside_is_refused(tmp_path) -> None:
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["vi", "en"])
    book.active.append(["Hải Phòng", "Hai Phong"])
    plain = tmp_path / "plain.xlsx"
    book.save(plain)
    bomb = tmp_path / "bomb.xlsx"
    entities = '<!ENTITY a0 "aaaaaaaaaa">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 9))
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(bomb, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = f"<!DOCTYPE worksheet [{entities}]>".encode() + data.replace(b"Hai Phong", b"&a8;")
            zout.writestr(item, data)
    r = run("glossary", "convert", str(bomb), str(tmp_path / "out.tsv"))
    assert (r.exit_code, r.stderr) == (
        2, f"vnterm: error: {bomb}: entity declarations are not allowed in a glossary file (xl/worksheets/sheet1.xml)\n"
    )
    assert not (tmp_path / "out.tsv").exists()
