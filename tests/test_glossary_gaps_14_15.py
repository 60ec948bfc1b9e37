"""The bundled glossary rows added for issues 14 (checker misses) and 15 (segmenter gaps)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.glossary import load_glossary
from vnterm.glossary.matcher import Matcher
from vnterm.vi import Segmenter

BUNDLED = Path(__file__).resolve().parent.parent / "glossaries" / "official"


@pytest.fixture(scope="module")
def official():
    return load_glossary(BUNDLED, check=False)


@pytest.fixture(scope="module")
def matcher(official) -> Matcher:
    return Matcher(official)


@pytest.fixture(scope="module")
def seg(official) -> Segmenter:
    return Segmenter(official)


def _concept_of(matcher: Matcher, text: str) -> str | None:
    sentence = f"Hôm qua {text} cho biết."
    start = len("Hôm qua ")
    hits = [h for h in matcher.find(sentence) if h.start == start and h.end == start + len(text)]
    return hits[0].concept.id if hits else None


@pytest.mark.parametrize(
    ("text", "concept"),
    [
        ("Đảng ủy Chính phủ", "government_party_committee"),
        ("Đảng ủy Quốc hội", "na_party_committee"),
        ("Đảng ủy các cơ quan Đảng Trung ương", "party_committee_central_agencies"),
        ("Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương", "vff_party_committee"),
        ("Đức", "germany"),
        ("Mỹ", "united_states"),
        ("Nga", "russia"),
        ("Séc", "czechia"),
        ("Ngoại trưởng Mỹ", "dip_secretary_of_state_us"),
        ("Phái đoàn Việt Nam tại ASEAN", "dip_pm_asean"),
        ("Phái đoàn Việt Nam tại Liên hợp quốc", "dip_pm_un_ny"),
        ("Thủ tướng Chính phủ Hoàng gia Campuchia", "dip_cambodia_pm"),
        ("Chỉ huy trưởng", "commander"),
        ("Sở GD-ĐT", "provincial_dept_education_training"),
        ("Sở GD&ĐT", "provincial_dept_education_training"),
        ("Sở KH-CN", "provincial_dept_science_technology"),
        ("Sở VH-TT-DL", "provincial_dept_culture_sports_tourism"),
        ("Sở NN-MT", "provincial_dept_agriculture_environment"),
        ("Sở LĐ-TB-XH", "provincial_dept_labour_invalids_social_old"),
        ("Sở TN-MT", "provincial_dept_natural_resources_environment_old"),
        ("Sở KH-ĐT", "provincial_dept_planning_investment_old"),
        ("Sở GTVT", "provincial_dept_transport_old"),
        ("Sở TT-TT", "provincial_dept_information_communications_old"),
        ("Sở NN&PTNT", "provincial_dept_agriculture_rural_development_old"),
    ],
)
def test_vietnamese_forms_map_to_their_concept(matcher, text, concept) -> None:
    assert _concept_of(matcher, text) == concept


@pytest.mark.parametrize("text", ["đức tính", "nga", "mỹ thuật", "sở gd-đt"])
def test_case_matched_short_forms_ignore_lower_case(matcher, text) -> None:
    """"đức" (virtue), "mỹ" (beauty) in prose are not countries; Sở abbreviations are written in capitals."""
    assert _concept_of(matcher, text) not in {"germany", "russia", "united_states", "provincial_dept_education_training"}


def _check(text: str) -> list[tuple[str, str, str]]:
    result = CliRunner().invoke(cli, ["check", "-", "--format", "json"], input=text)
    assert result.exit_code in (0, 1), result.output
    return [(f["rule"], f["found"], f["concept"]) for f in json.loads(result.output)["findings"]]


def test_checker_flags_the_mistranslations() -> None:
    text = (
        "The Central Inspection Committee met on Monday. Deputy Head of the Central Organizing Committee "
        "Pham Thi Thanh Tra spoke. Le Minh Hoan was elected Deputy Chairman of the National Assembly. "
        "Bui Thi Minh Hoai, Chairwoman of the Central Committee of the Vietnam Fatherland Front, attended.\n"
    )
    assert _check(text) == [
        ("term-deprecated", "Central Inspection Committee", "central_inspection_commission"),
        ("term-deprecated", "Central Organizing Committee", "central_organisation_commission"),
        ("term-deprecated", "Deputy Chairman of the National Assembly", "na_vice_chairman"),
        ("term-deprecated", "Chairwoman of the Central Committee of the Vietnam Fatherland Front", "vff_president"),
    ]


def test_checker_accepts_the_outlets_short_forms() -> None:
    text = (
        "Do Van Chien, President of the VFF Central Committee, and Hoang Cong Thuy, Vice President of the "
        "VFF Central Committee, attended.\n"
    )
    assert _check(text) == []


def test_segmenter_renders_the_new_rows(seg) -> None:
    def titles(line: str) -> list[tuple[str, str | None]]:
        return [(e.text, e.en) for e in seg.segment(line).entities if e.type == "TITLE"]

    assert titles("Ngoại trưởng Mỹ Marco Rubio phát biểu.") == [("Ngoại trưởng Mỹ", "US Secretary of State")]
    assert titles("Thủ tướng Chính phủ Hoàng gia Campuchia Hun Manet phát biểu.") == [
        ("Thủ tướng Chính phủ Hoàng gia Campuchia", "Prime Minister of Cambodia")
    ]
    assert titles("Phó Giám đốc Sở NN&PTNT Trần Huy Oánh phát biểu.") == [
        ("Phó Giám đốc Sở NN&PTNT", "Deputy Director of the Department of Agriculture and Rural Development")
    ]
