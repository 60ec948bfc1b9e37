"""The international and diplomatic glossary files (glossaries/official/{countries,international,diplomacy}.tsv).

They are loaded together with the bundled glossary, as `-g` would load them, and checked for shape
(ids, one preferred term per language, a source a reader can open), for conflicts with the bundled
concepts, for matchability, and for a few facts a reader can verify.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.glossary import load_glossary
from vnterm.glossary.loader import load_glossaries
from vnterm.glossary.matcher import Matcher
from vnterm.glossary.model import DOMAINS
from vnterm.glossary.validate import validate
from vnterm.text import fold_key

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "glossaries" / "official"  # the bundled glossary: a directory holding these files too
FILES = {
    "countries": (ROOT / "glossaries" / "official" / "countries.tsv", ("ctry_", "cap_")),
    "international": (ROOT / "glossaries" / "official" / "international.tsv", ("int_",)),
    "diplomacy": (ROOT / "glossaries" / "official" / "diplomacy.tsv", ("dip_",)),
}
PRESENT = {name: spec for name, spec in FILES.items() if spec[0].exists()}
PATHS = [BUNDLED]


@pytest.fixture(scope="module")
def combined():
    return load_glossaries(PATHS)  # checks on: cross-file conflicts raise


@pytest.fixture(scope="module")
def ours():
    return {name: load_glossary(path, check=False) for name, (path, _) in PRESENT.items()}  # checked together in `combined`


@pytest.fixture(scope="module")
def matcher(combined):
    return Matcher(combined)


def _our_concepts(ours):
    return [c for g in ours.values() for c in g]


def _preferred(concept, lang: str) -> str:
    (term,) = [t.text for t in concept.terms if t.lang == lang and t.status == "preferred"]
    return term


def test_the_three_files_exist_and_hold_1100_concepts(ours) -> None:
    assert set(ours) == set(FILES)
    assert len(ours["countries"]) >= 320
    assert sum(len(g) for g in ours.values()) >= 1100


def test_combined_with_the_bundled_glossary_validates(combined) -> None:
    assert validate(combined) == []


def test_ids_are_prefixed_per_file_and_unique_across_files(ours) -> None:
    ours_paths = {path for path, _ in FILES.values()}
    bundled = {c.id for p in sorted(BUNDLED.glob("*.tsv")) if p not in ours_paths
               for c in load_glossary(p, check=False)}
    seen: dict[str, str] = {}
    for name, g in ours.items():
        prefixes = FILES[name][1]
        for c in g:
            assert c.id.startswith(prefixes), (name, c.id)
            assert c.id not in bundled, c.id
            assert seen.setdefault(c.id, name) == name, c.id


def test_every_concept_has_one_preferred_per_language_a_domain_and_an_openable_source(ours) -> None:
    problems = []
    for c in _our_concepts(ours):
        for lang in ("vi", "en"):
            if sum(1 for t in c.terms if t.lang == lang and t.status == "preferred") != 1:
                problems.append(f"{c.id}: needs exactly one preferred {lang} term")
        if c.domain not in DOMAINS:
            problems.append(f"{c.id}: domain {c.domain!r}")
        if not re.search(r"https?://\S+|\b\d+/\d{4}/[A-ZĐ]", c.source):
            problems.append(f"{c.id}: source {c.source!r} is neither a URL nor a legal document")
    assert problems == []


def test_no_term_is_shared_by_two_concepts(combined) -> None:
    owner: dict[str, str] = {}
    shared = []
    for concept in combined:
        for term in concept.terms:
            key = fold_key(term.text)
            if owner.setdefault(key, concept.id) != concept.id:
                shared.append((term.text, owner[key], concept.id))
    assert shared == []


def test_every_term_is_found_alone_and_maps_to_its_concept(ours, matcher) -> None:
    failures = []
    for concept in _our_concepts(ours):
        for term in concept.terms:
            sentence, start = f"Yesterday {term.text} said.", len("Yesterday ")
            hits = [h for h in matcher.find(sentence) if h.start == start and h.end == start + len(term.text)]
            if not hits or hits[0].concept.id != concept.id:
                failures.append((concept.id, term.text))
    assert failures == []


def test_short_acronyms_and_abbreviations_match_case(ours) -> None:
    loose = [
        (c.id, t.text)
        for c in _our_concepts(ours)
        for t in c.terms
        if (t.type in ("acronym", "abbreviation") or re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", t.text)) and t.match == "fold"
    ]
    assert loose == []


def test_flagged_variants_are_phrases_or_names(ours) -> None:
    loose = [
        (c.id, t.text)
        for c in _our_concepts(ours)
        for t in c.terms
        if t.is_flagged and " " not in t.text and not t.text[0].isupper()
    ]
    assert loose == []


def test_viet_nam_names_have_a_vietnam_twin_for_the_vna_style(ours) -> None:
    for c in _our_concepts(ours):
        texts = {t.text: t for t in c.terms if t.lang == "en"}
        for text, term in texts.items():
            if "Viet Nam" in text:
                twin = texts.get(text.replace("Viet Nam", "Vietnam"))
                assert twin is not None and "vna" in twin.styles, (c.id, text)
                assert twin.status == ("admitted" if term.status == "preferred" else term.status)


# ------------------------------------------------------------------------------ countries and capitals


def test_every_un_member_state_is_a_place_concept(combined) -> None:
    places = {fold_key(t.text) for c in combined if c.domain == "place" for t in c.terms if t.lang == "en"}
    # a sample across regions, written as the UN's English short names
    for name in ("Afghanistan", "Cabo Verde", "Côte d'Ivoire", "Democratic Republic of the Congo", "Eswatini",
                 "Holy See", "North Macedonia", "Saint Vincent and the Grenadines", "Tuvalu", "Türkiye",
                 "United Republic of Tanzania", "State of Palestine", "Kyrgyzstan", "Vanuatu", "Uruguay"):
        assert fold_key(name) in places, name


def test_each_capital_names_a_country_of_the_glossary(ours, combined, matcher) -> None:
    for c in ours["countries"]:
        if not c.id.startswith("cap_"):
            continue
        m = re.search(r"[Cc]apital of (?:the )?", c.note)
        assert m, (c.id, c.note)
        hits = [h for h in matcher.find(c.note) if h.start == m.end()]
        assert hits and hits[0].concept.domain == "place" and not hits[0].concept.id.startswith("cap_"), c.id
        iso = c.id.removeprefix("cap_")
        if f"ctry_{iso}" in combined:
            assert hits[0].concept.id == f"ctry_{iso}", c.id


def test_capitals_and_countries_facts(combined, matcher) -> None:
    def en_of(text: str) -> tuple[str, str]:
        (hit,) = [h for h in matcher.find(text) if h.start == 0 and h.end == len(text)]
        return hit.concept.id, _preferred(hit.concept, "en")

    assert en_of("Bình Nhưỡng") == ("cap_prk", "Pyongyang")
    assert en_of("Viêng Chăn") == ("cap_lao", "Vientiane")
    assert en_of("Cộng hòa Dân chủ Congo") == ("ctry_cod", "Democratic Republic of the Congo")
    assert en_of("Cộng hòa Congo") == ("ctry_cog", "Republic of the Congo")
    assert en_of("Bờ Biển Ngà") == ("ctry_civ", "Côte d'Ivoire")
    assert en_of("Liban") == ("ctry_lbn", "Lebanon")
    assert en_of("Tòa Thánh Vatican") == ("ctry_vat", "Holy See")


def test_english_words_that_are_also_country_or_capital_names_match_only_capitalised(matcher) -> None:
    text = "a guinea pig, a male chad, the jordan almond and lima beans"
    assert [h.concept.id for h in matcher.find(text)] == []
    ids = [h.concept.id for h in matcher.find("Chad, Guinea, Jordan, Lima and Malé")]
    assert ids == ["ctry_tcd", "ctry_gin", "ctry_jor", "cap_per", "cap_mdv"]


def test_cli_lookup_with_the_files_as_glossaries() -> None:
    from vnterm.cli import cli

    args = ["lookup", "--json"]
    for path in PATHS:
        args += ["-g", str(path)]
    result = CliRunner().invoke(cli, args + ["Xơ-un"], catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data[0]["concept"] == "cap_kor"
    assert data[0]["terms"]["en"][0] == {"term": "Seoul", "status": "preferred"}


# ------------------------------------------------------------------------------ organisations, diplomacy, dates


def _en_of(matcher, text: str) -> tuple[str, str]:
    (hit,) = [h for h in matcher.find(text) if h.start == 0 and h.end == len(text)]
    return hit.concept.id, _preferred(hit.concept, "en")


def test_diplomatic_and_international_facts(matcher) -> None:
    assert _en_of(matcher, "Tổng Lãnh sự quán")[1] == "Consulate General"
    assert _en_of(matcher, "Ủy ban Thường vụ Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc") == (
        "dip_npc_standing_committee",
        "Standing Committee of the National People's Congress of China",
    )
    assert _en_of(matcher, "Bí thư thứ nhất") == ("dip_first_secretary", "First Secretary")
    assert _en_of(matcher, "Tùy viên Quốc phòng") == ("dip_defence_attache", "Defence Attaché")
    assert _en_of(matcher, "Thư ủy nhiệm") == ("dip_credentials", "letter of credence")
    assert _en_of(matcher, "Nhà Trắng") == ("dip_white_house", "White House")
    assert _en_of(matcher, "Điện Kremlin") == ("dip_kremlin", "Kremlin")
    # "Tổng thống" is a foreign head of State, never Viet Nam's President (Chủ tịch nước)
    assert _en_of(matcher, "Tổng thống") == ("dip_tong_thong", "President of the Republic")
    assert _en_of(matcher, "Tổng thống Pháp") == ("dip_france_president", "President of France")
    # three different European councils
    assert _en_of(matcher, "Hội đồng châu Âu") == ("int_european_council", "European Council")
    assert _en_of(matcher, "Ủy hội châu Âu") == ("int_council_of_europe", "Council of Europe")
    assert _en_of(matcher, "Hội đồng Liên minh châu Âu") == ("int_council_eu", "Council of the European Union")
    assert _en_of(matcher, "Cơ chế Rà soát định kỳ phổ quát") == ("int_upr", "Universal Periodic Review")


def test_validity_dates_and_successors_resolve(ours, combined) -> None:
    dated = 0
    for c in _our_concepts(ours):
        for value in (c.valid_from, c.valid_to):
            assert value == "" or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value), (c.id, value)
        if c.valid_from and c.valid_to:
            assert c.valid_from <= c.valid_to, c.id
        if c.replaced_by:
            assert c.replaced_by in combined, (c.id, c.replaced_by)
            assert c.replaced_by != c.id
        dated += bool(c.valid_to or c.replaced_by)
    assert dated >= 10
    old = combined.get("mofa_dept_cultural_diplomacy_unesco_old")
    assert old.replaced_by == "dept_foreign_affairs_cultural_diplomacy"
    assert old.valid_on("2024-12-31") and not old.valid_on("2025-06-01")


def test_vna_style_gets_the_vietnam_spelling(combined) -> None:
    concept = combined.get("dip_pm_un_ny")
    assert concept.preferred("en").text == "Permanent Mission of Viet Nam to the United Nations"
    assert concept.preferred("en", style="vna").text == "Permanent Mission of Vietnam to the United Nations"
    assert concept.preferred("en", style="government").text == "Permanent Mission of Viet Nam to the United Nations"
