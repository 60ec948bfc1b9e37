"""``vnterm check`` under the default style on the error classes of blind set 4 (issue 14): each test
is a class of false alarm or miss, written in new sentences (not the set's text)."""

from __future__ import annotations

import pytest

from vnterm.check import CheckConfig, Checker, load_document


@pytest.fixture(scope="module")
def checker(bundled_glossary):
    return Checker(bundled_glossary, CheckConfig())


@pytest.fixture(scope="module")
def gov(bundled_glossary):
    return Checker(bundled_glossary, CheckConfig(style="government"))


def found(checker, text, date=None, rule=None):
    doc = load_document("t.txt", text)
    if date:
        doc.date = date
    return [(f.rule, f.found, f.expected) for f in checker.check(doc) if rule is None or f.rule == rule]


# --- legal-ref -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Politburo issued Resolution No. 57-NQ/TW on science. Resolution 57 sets targets for 2030.\n",
    "Under Resolution No. 68-NQ/TW, the plan for Resolution 68 and Resolution 139 was adopted.\n",
    "Minister Đỗ Đức Duy took office under Decree No. 35/2025/NĐ-CP on March 1, 2025.\n",
    "Under Decision No. 1265/QĐ-TTg and Decision No. 1266/QĐ-TTg, Phạm Minh Chính appointed two chairmen.\n",
])
def test_short_references_and_symbols_keeping_their_d_are_consistent(checker, text):
    assert found(checker, text, rule="legal-ref") == []


def test_a_text_mixing_symbol_marks_takes_its_majority(checker):
    text = "Decree No. 1/2024/ND-CP, Decree No. 2/2024/ND-CP and Decree No. 3/2024/NĐ-CP apply.\n"
    assert found(checker, text, rule="legal-ref") == [
        ("legal-ref", "Decree No. 3/2024/NĐ-CP", "Decree No. 3/2024/ND-CP")]


def test_a_fixed_style_still_asks_for_no(gov):
    assert found(gov, "Resolution 57 was issued.\n", rule="legal-ref") == [
        ("legal-ref", "Resolution 57", "Resolution No. 57")]


# --- title-form ------------------------------------------------------------------------------------

def test_a_document_that_writes_a_body_of_its_place_throughout_is_consistent(checker):
    text = ("He was Chairman of the People’s Committee of Nghệ An Province until 2024.\n\n"
            "He was then elected Secretary of the Nghệ An Provincial Party Committee.\n")
    assert found(checker, text, rule="title-form") == []


def test_the_same_body_both_ways_is_flagged_with_the_whole_dashed_name(checker):
    text = ("Nguyen Van A, Chairman of the Ba Ria–Vung Tau People’s Committee, attended.\n\n"
            "Chairman of the People’s Committee of Ba Ria–Vung Tau Province Nguyen Van A spoke.\n")
    assert found(checker, text, rule="title-form") == [
        ("title-form", "People’s Committee of Ba Ria–Vung Tau Province", "Ba Ria–Vung Tau Provincial People’s Committee")]


def test_a_place_after_two_joined_bodies_is_not_moved(checker):
    text = ("The Hanoi People's Council met. Its office, the Office of the National Assembly Delegation "
            "and the People's Council of Hanoi, reported.\n")
    assert found(checker, text, rule="title-form") == []


def test_a_bare_title_abbreviation_is_the_documents_own_under_the_default_style(checker, gov):
    text = "Deputy PM and FM Bui Thanh Son met Japanese FM Iwaya Takeshi.\n"
    assert found(checker, text, rule="title-form") == []
    assert ("title-form", "FM", "Minister of Foreign Affairs") in found(gov, text, rule="title-form")
    assert found(gov, "The station broadcasts on FM radio and VOV FM Channel.\n", rule="title-form") == []


# --- term-dated ------------------------------------------------------------------------------------

def test_a_year_after_the_texts_date_is_a_plan_not_the_events_date(checker):
    text = "Kien Giang Province has proposed 40 projects for APEC in 2027 on Phu Quoc island.\n"
    assert found(checker, text, date="2025-03-03", rule="term-dated") == []


def test_a_dated_event_after_the_change_is_still_flagged(checker):
    text = "On August 12, 2025, Kien Giang Province opened a new port.\n"
    assert found(checker, text, date="2025-09-01", rule="term-dated") == [("term-dated", "Kien Giang", "An Giang")]
    # a plan after the text's date does not hide the event's own date in the same sentence
    text = "On August 12, 2025, Kien Giang Province opened a port it will expand in 2027.\n"
    assert found(checker, text, date="2025-09-01", rule="term-dated") == [("term-dated", "Kien Giang", "An Giang")]


# --- term-inconsistent -----------------------------------------------------------------------------

def test_another_name_is_not_a_short_form(checker):
    text = ("Employers see Tet as a chance to thank workers.\n\n"
            "Lunar New Year bonuses are projected for 64,935 workers.\n")
    assert found(checker, text, rule="term-inconsistent") == []


def test_captions_before_the_dateline_are_no_first_mention(checker):
    text = ("Delegates of the 14th Party Central Committee. — VNA/VNS Photo\n"
            "Members of the 14th Central Committee of the Communist Party of Viet Nam. — VNA/VNS Photo\n"
            "HA NOI — The 14th National Congress of the Communist Party of Viet Nam has concluded.\n")
    assert found(checker, text, rule="term-inconsistent") == []


def test_the_body_after_captions_is_judged_as_a_text_of_its_own(checker):
    """Captions that do not name the concept change nothing: the body's own order decides."""
    body = ("HA NOI — The Party Central Committee met on Monday. The Central Committee of the Communist Party "
            "of Viet Nam then voted.\n")
    flagged = [("term-inconsistent", "Central Committee of the Communist Party of Viet Nam", "Party Central Committee")]
    assert found(checker, body, rule="term-inconsistent") == flagged
    lead = "Leaders meet in the city. — VNA Photo\n"
    assert found(checker, lead + body, rule="term-inconsistent") == flagged
    lead = "Members of the Central Committee of the Communist Party of Viet Nam. — VNA Photo\n"
    assert found(checker, lead + body, rule="term-inconsistent") == flagged


def test_a_name_with_diacritics_is_not_respelt_without_them(checker):
    text = "HÀ NỘI — The conference opened in Hanoi on Saturday with Phạm Minh Chính.\n"
    assert [f for f in found(checker, text) if f[2] == "Ha Noi"] == []


def test_a_short_name_after_the_full_reference_is_kept_under_a_preset(gov):
    text = "The Politburo's Resolution No. 57-NQ/TW (Resolution 57) sets targets.\n"
    assert found(gov, text, rule="legal-ref") == []


# --- wrong fixes found by reading every fix (bench_check.py fixes) ---------------------------------

def test_an_english_word_is_not_a_vietnamese_name_without_marks(bundled_glossary):
    keep = Checker(bundled_glossary, CheckConfig(style="vns"))
    text = "VIENTIANE — The newspaper of the Lao People’s Revolutionary Party praised Phạm Minh Chính.\n"
    assert [f for f in found(keep, text, rule="name-diacritics") if f[1] == "Lao"] == []


def test_a_family_tied_between_its_forms_takes_the_documents_dialect(checker):
    text = ("Recognised as an urban centre, the city covers 567 square kilometers.\n\n"
            "It will welcome international organizations and build a convention center.\n")
    assert found(checker, text, rule="spelling") == [
        ("spelling", "Recognised", "Recognized"), ("spelling", "centre", "center")]


def test_oxford_spelling_is_still_consistent(checker):
    text = "The organizations recognized the colour of the festival and its centre.\n"
    assert found(checker, text, rule="spelling") == []


# --- misses of set 4 -------------------------------------------------------------------------------

def test_a_proper_name_in_lower_case_is_flagged_where_the_text_capitalises_its_words(checker):
    text = ("He visited former party and state leaders.\n\n"
            "He praised her contributions to the Party, State and parliament.\n")
    assert found(checker, text, rule="term-inconsistent") == [
        ("term-inconsistent", "party and state", "Party and State")]


@pytest.mark.parametrize("text", [
    "He visited former party and state leaders.\n",                      # nothing capitalised elsewhere
    "The Prime Minister issued an official dispatch. Official Dispatch No. 110/CD-TTg followed.\n",
    "Tô Lâm, general secretary of the 13th Party Central Committee, spoke. The General Secretary left.\n",
])
def test_common_nouns_in_lower_case_are_not_names(checker, text):
    assert [f for f in found(checker, text, rule="term-inconsistent") if f[1].islower()] == []


def test_one_post_called_chairman_and_chairwoman(checker):
    text = ("Delegate Vo Thi Minh Sinh, Chairman of the Vietnam Fatherland Front Committee of Nghe An province, spoke.\n\n"
            "Photo: Vo Thi Minh Sinh, Chairwoman of the Vietnam Fatherland Front Committee of Nghe An province.\n")
    assert found(checker, text, rule="term-inconsistent") == [("term-inconsistent", "Chairman", "Chairwoman")]


@pytest.mark.parametrize("text", [
    # several holders, or a past one
    "Vice Chairman of the Hanoi People's Committee A and Vice Chairwoman of the Hanoi People's Committee B met.\n",
    "Former Chairman of the Hanoi People's Committee A met Chairwoman of the Hanoi People's Committee B.\n",
    # two different posts
    "Chairman of the Hanoi People's Committee A met Chairwoman of the Hanoi People's Council B.\n",
])
def test_chairman_beside_chairwoman_of_other_posts_is_fine(checker, text):
    assert [f for f in found(checker, text) if f[2] == "Chairwoman"] == []


def test_a_non_standard_name_of_a_defunct_department_is_deprecated(checker):
    text = "According to the Department of Labour, War Invalids, and Social Affairs, 261 businesses reported.\n"
    assert found(checker, text, rule="term-deprecated") == [
        ("term-deprecated", "Department of Labour, War Invalids, and Social Affairs",
         "Department of Labour, Invalids and Social Affairs")]


def test_a_symbols_d_in_unaccented_copy_is_dropped(checker):
    text = "The Ministry began operating under Decree No. 35/2025/NĐ-CP.\n"
    assert found(checker, text, rule="legal-ref") == [
        ("legal-ref", "Decree No. 35/2025/NĐ-CP", "Decree No. 35/2025/ND-CP")]


def test_a_preferred_short_form_then_a_rival_full_form_is_still_flagged(checker):
    text = ("The Politburo met on Monday. The Politburo then issued a resolution.\n\n"
            "Members of the Political Bureau and the Secretariat were present.\n")
    assert found(checker, text, rule="term-inconsistent") == [
        ("term-inconsistent", "Political Bureau", "Politburo")]


def test_chairmen_of_committees_with_on_in_their_names_are_different_posts(checker):
    text = ("A was elected Chairman of the Committee on Legal and Judicial Affairs, and B was chosen as "
            "Chairwoman of the Committee on Deputies' Affairs.\n")
    assert [f for f in found(checker, text) if f[2] == "Chairwoman"] == []
