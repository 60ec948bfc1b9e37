"""Blind set 3's classes (issue 14): a Party commission named a "Committee", a fix that keeps the
document's country and -ise/-ize spelling, the country's name before a body, a descriptive epithet
after a title. Sentences written for these tests (no third-party copy); the bundled glossary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.check.fix import fix_document
from vnterm.check.rules.commissions import commission_keys, stems
from vnterm.glossary import load_glossaries


@pytest.fixture(scope="module")
def glossary():
    return load_glossaries(None)


@pytest.fixture(scope="module")
def checker(glossary):
    return Checker(glossary, CheckConfig())


def found(checker, text, date=None, rules=None):
    doc = load_document("t.txt", text)
    doc.date = date
    return [(f.rule, f.found, f.expected, f.fixable) for f in checker.check(doc)
            if rules is None or f.rule in rules]


TERMS = {"term-deprecated", "term-inconsistent", "term-dated", "title-form"}


# --- a Party commission named a "Committee" ------------------------------------------------------

def test_stems_ignore_order_spelling_and_function_words():
    assert stems("Central Strategic Policy Committee") == stems("Central Policy and Strategy Commission")
    assert stems("Central Organizing Committee") == stems("Party Central Committee's Organisation Commission")
    assert stems("Central Committee") == frozenset()


def test_every_commission_key_names_one_party_concept(glossary):
    keys = commission_keys(glossary)
    assert keys[stems("Central Organization Commission")] == "central_organisation_commission"
    assert keys[stems("Central Internal Affairs Commission")] == "central_internal_affairs_commission"
    assert all(glossary.concepts[cid].domain == "party" for cid in keys.values())


@pytest.mark.parametrize("name, expected", [
    ("Central Organization Committee", "Central Organization Commission"),
    ("Central Internal Affairs Committee", "Central Internal Affairs Commission"),
    ("Central Mass Mobilization Committee", "Central Mass Mobilization Commission"),
])
def test_committee_for_a_commission_is_deprecated_and_the_fix_changes_one_word(checker, name, expected):
    text = f"Attending were Le Van Nam, Head of the {name}, and other officials.\n"
    assert found(checker, text, "2024-07-17", TERMS) == [("term-deprecated", name, expected, True)]


def test_a_committee_in_other_words_gets_the_concept_preferred_name(checker):
    text = "He was assigned to the Central Strategic Policy Committee last month.\n"
    (f,) = found(checker, text, "2025-11-28", TERMS)
    assert f[:2] == ("term-deprecated", "Central Strategic Policy Committee")
    assert "Commission" in f[2] and f[3]


def test_committee_beside_the_commission_in_one_text_is_inconsistent(checker):
    text = ("Head of the Central Mass Mobilization Commission Bui Thi Minh Hoai spoke.\n\n"
            "Later, Head of the Central Mass Mobilization Committee Bui Thi Minh Hoai left.\n")
    assert found(checker, text, "2024-07-17", TERMS) == [
        ("term-inconsistent", "Central Mass Mobilization Committee", "Central Mass Mobilization Commission", True)]


def test_committee_of_a_dissolved_commission_after_the_change_is_dated(checker):
    text = "Head of the Central Economic Committee spoke at the congress.\n"
    (f,) = found(checker, text, "2025-10-16", TERMS)
    assert f[0] == "term-dated" and f[1] == "Central Economic Committee" and not f[3]
    assert "Policies and Strategies" in f[2]
    # before the change it is a wrong name of a body that existed: deprecated, with a fix
    assert found(checker, text, "2024-03-01", TERMS)[0][0] == "term-deprecated"


@pytest.mark.parametrize("text", [
    "The Central Steering Committee for Anti-Corruption met.\n",
    "The Central Highlands Committee met.\n",
    "The Party Central Committee met; the Central Committee decided.\n",
    "The CPC Central Organization Committee hosted the delegation.\n",
    "Chinese Central Propaganda Committee officials visited.\n",
])
def test_committees_that_are_no_party_commission_of_ours_are_left_alone(checker, text):
    assert found(checker, text, "2025-10-16", TERMS) == []


def test_commission_fixes_are_idempotent(checker):
    text = ("Head of the Central Organization Committee Le Van Nam and Head of the Central Internal Affairs "
            "Committee Tran Van Binh attended.\n")
    plan = fix_document(checker, load_document("t.txt", text))
    assert "Central Organization Commission" in plan.after and "Central Internal Affairs Commission" in plan.after
    assert not [f for f in plan.remaining if f.fixable]
    again = fix_document(checker, load_document("t.txt", plan.after))
    assert again.after == plan.after


# --- a fix keeps the document's own spellings where the style leaves them open ------------------

def test_fix_keeps_the_country_spelling_under_the_default_style(glossary, checker):
    text = "Do Van Chien, Chairman of the Central Committee of the Vietnam Fatherland Front, spoke.\n"
    (f,) = found(checker, text, rules=TERMS)
    assert f[2] == "President of the Vietnam Fatherland Front Central Committee"
    government = Checker(glossary, CheckConfig(style="government"))
    assert found(government, text, rules=TERMS)[0][2] == "President of the Viet Nam Fatherland Front Central Committee"


def test_fix_keeps_the_ize_spelling_under_the_default_style(checker):
    text = "Representatives of the Central Organizing Committee attended.\n"
    (f,) = found(checker, text, rules=TERMS)
    assert "Organization" in f[2]


@settings(max_examples=30, deadline=None)
@given(st.sampled_from(["Vietnam", "Viet Nam"]), st.sampled_from(["Chairman", "Chairwoman"]))
def test_country_spelling_of_a_fix_matches_the_found_text(checker, country, title):
    text = f"{title} of the Central Committee of the {country} Fatherland Front Do Van Chien.\n"
    for _, got, expected, _ in found(checker, text, rules=TERMS):
        assert ("Viet Nam" in expected) == ("Viet Nam" in got)


# --- title-form: the country before a body is not a place named first ----------------------------

def test_the_country_in_a_front_committee_name_is_no_place_first(checker):
    text = ("The People's Council of Nghe An province held its session. Vo Thi Minh Sinh, Chairwoman of the "
            "Provincial Vietnam Fatherland Front Committee, attended.\n")
    assert found(checker, text, rules={"title-form"}) == []
    # a real place named first still makes the "of" form inconsistent
    text2 = text + "The Ha Tinh People's Council sent a delegation.\n"
    assert [f[1] for f in found(checker, text2, rules={"title-form"})] == ["People's Council of Nghe An province"]


# --- term-inconsistent: a descriptive epithet after the title -----------------------------------

def test_party_chief_after_general_secretary_is_a_short_reference(checker):
    text = "General Secretary To Lam was re-elected as the Party chief for the 2026-2031 term.\n"
    assert found(checker, text, rules={"term-inconsistent"}) == []


# --- legal-ref: a Politburo document's symbol, decrees cited by number and year -------------------

@pytest.mark.parametrize("text, expected", [
    ("Units follow Resolution No. 57-NQ/TU of the Politburo on science.\n", "Resolution No. 57-NQ/TW"),
    ("Units follow the Politburo's Resolution 57-NQ/TU on science.\n", "Resolution 57-NQ/TW"),
    ("Units follow Directive No. 05-CT/TU issued by the Secretariat.\n", "Directive No. 05-CT/TW"),
])
def test_a_central_party_document_with_a_provincial_symbol_gets_tw(checker, text, expected):
    assert [(f[0], f[2]) for f in found(checker, text, rules={"legal-ref"})] == [("legal-ref", expected)]


def test_a_provincial_party_document_keeps_its_symbol(checker):
    text = "The provincial Party Committee issued Resolution No. 12-NQ/TU on tourism.\n"
    assert found(checker, text, rules={"legal-ref"}) == []


@pytest.mark.parametrize("text, found_, expected", [
    ("The decree will replace Decrees 54/2018 and 66/2023 on consultation.\n",
     "Decrees 54/2018 and 66/2023", "Decrees 54/2018/ND-CP and 66/2023/ND-CP"),
    ("It amends Decrees 15/2020/ND-CP, 14/2022 and 91/2023 on fines.\n",
     "Decrees 15/2020/ND-CP, 14/2022 and 91/2023", "Decrees 15/2020/ND-CP, 14/2022/ND-CP and 91/2023/ND-CP"),
    ("It replaces Decree 54/2018 on consultation.\n", "Decree 54/2018", "Decree 54/2018/ND-CP"),
])
def test_decrees_cited_by_number_and_year_get_the_government_symbol(checker, text, found_, expected):
    assert found(checker, text, rules={"legal-ref"}) == [("legal-ref", found_, expected, True)]


def test_decrees_with_symbols_and_foreign_decrees_are_left_alone(checker):
    assert found(checker, "It replaces Decrees 54/2018/ND-CP and 66/2023/ND-CP.\n", rules={"legal-ref"}) == []
    assert found(checker, "The European Union's Decree 12/2020 applies.\n", rules={"legal-ref"}) == []


def test_decree_fixes_are_idempotent(checker):
    text = "It replaces Decrees 54/2018 and 66/2023, and Resolution No. 57-NQ/TU of the Politburo.\n"
    plan = fix_document(checker, load_document("t.txt", text))
    assert "Decrees 54/2018/ND-CP and 66/2023/ND-CP" in plan.after and "57-NQ/TW" in plan.after
    assert fix_document(checker, load_document("t.txt", plan.after)).after == plan.after


# --- glossary rows added for blind set 3's gaps ----------------------------------------------------

@pytest.mark.parametrize("text, wrong, right", [
    ("It will be reviewed by the Ho Chi Minh City Department of Internal Affairs.\n",
     "Department of Internal Affairs", "Department of Home Affairs"),
    ("Le Tan Toi chairs the Committee on National Defence, Security, and External Affairs.\n",
     "Committee on National Defence, Security, and External Affairs",
     "Committee for National Defence, Security and Foreign Affairs"),
])
def test_wrong_names_of_home_affairs_and_the_na_defence_committee(checker, text, wrong, right):
    assert found(checker, text, rules=TERMS) == [("term-deprecated", wrong, right, True)]


def test_propaganda_and_education_committee_after_the_merger_is_dated(checker):
    text = "Head of the Central Propaganda and Education Committee Nguyen Trong Nghia attended.\n"
    (f,) = found(checker, text, "2025-10-16", TERMS)
    assert f[0] == "term-dated" and "Information, Education and Mass Mobilisation" in f[2]


# --- title-form: the head of a Party commission or office --------------------------------------

@pytest.mark.parametrize("text, rule, found_, expected", [
    ("Welcoming him was Vice Chairman of the Party Central Committee's Office Dang Khanh Toan.\n", "title-form",
     "Vice Chairman of the Party Central Committee's Office", "Deputy Chief of the Party Central Committee's Office"),
    ("Head of the Central Inspection Commission Nguyen Duy Ngoc attended.\n", "title-form",
     "Head of the Central Inspection Commission", "Chairman of the Central Inspection Commission"),
    ("Head of the Central Inspection Committee Nguyen Duy Ngoc attended.\n", "term-deprecated",
     "Head of the Central Inspection Committee", "Chairman of the Party Central Committee's Inspection Commission"),
    ("Deputy Head of the Provincial Party Committee's Inspection Commission Le Van A spoke.\n", "title-form",
     "Deputy Head of the Provincial Party Committee's Inspection Commission",
     "Vice Chairman of the Provincial Party Committee's Inspection Commission"),
])
def test_a_head_title_the_glossary_never_gives_the_body_is_flagged(checker, text, rule, found_, expected):
    assert found(checker, text, rules=TERMS) == [(rule, found_, expected, True)]


@pytest.mark.parametrize("text", [
    # a Party commission ("Ban") is headed by a Head, or (VNS) a Chairman
    "Chairman of the Party Central Committee's Organisation Commission Le Minh Hung spoke.\n",
    "Head of the Party Central Committee's Commission for Internal Affairs Phan Dinh Trac spoke.\n",
    "Permanent Vice Chairman of the Party Central Committee's Commission for Internal Affairs Le Minh Tri spoke.\n",
    "Chairman of the Central Inspection Commission Nguyen Duy Ngoc spoke.\n",
    "Chief of the Party Central Committee's Office Le Hoai Trung spoke.\n",
    # a description, not a title
    "The commission met under the chair of its head, the head of the Central Inspection Commission.\n",
])
def test_head_titles_the_glossary_gives_are_left_alone(checker, text):
    assert found(checker, text, rules=TERMS) == []


def test_a_committee_of_a_commission_is_no_commission_named_a_committee(checker, glossary):
    assert "cmc_standing_board" not in commission_keys(glossary).values()
    text = "He left the Central Military Commission Standing Committee and the Central Military Committee.\n"
    assert found(checker, text, "2025-11-04", TERMS) == [
        ("term-deprecated", "Central Military Committee", "Central Military Commission", True)]
