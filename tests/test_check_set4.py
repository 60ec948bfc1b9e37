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
    "Decree No. 35/2025/NĐ-CP took effect on March 1, 2025.\n",
    "Under Decision No. 1265/QĐ-TTg and Decision No. 1266/QĐ-TTg, two chairmen were appointed.\n",
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
