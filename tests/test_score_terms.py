"""Glossary term accuracy: exact outcomes on a fixture glossary, and properties of the matching."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.errors import AlignmentError
from vnterm.score import TermScorer, term_accuracy
from vnterm.text import strip_diacritics

DATA = Path(__file__).resolve().parent / "data" / "score"


@pytest.fixture(scope="module")
def scorer(small_glossary):
    return TermScorer(small_glossary)


def lines(name: str) -> list[str]:
    return (DATA / name).read_text(encoding="utf-8").splitlines()


def test_fixture_outcomes(small_glossary):
    acc = term_accuracy(small_glossary, lines("src.vi"), lines("hyp.en"))
    got = [(c.line, c.concept, c.outcome, c.found, c.found_status) for c in acc.checks]
    assert got == [
        (1, "deputy_minister_foreign_affairs", "missed", "Deputy Foreign Minister", "deprecated"),
        (1, "hai_phong", "preferred", "Hai Phong", "preferred"),
        (2, "mofa", "admitted", "Foreign Ministry", "admitted"),
        (2, "two_tier_local_government", "preferred", "two-tier local government", "preferred"),
        (3, "people_committee", "preferred", "People's Committee", "preferred"),
        (3, "hai_phong", "preferred", "Hai Phong", "preferred"),
        (4, "viet_nam", "admitted", "Vietnam", "admitted"),
        (5, "dept_foreign_affairs_cultural_diplomacy", "missed",
         "Department for External Relations and Cultural Diplomacy", "deprecated"),
    ]
    assert (acc.total, acc.preferred, acc.admitted, acc.missed) == (8, 4, 2, 2)
    assert acc.score == 50.0
    assert acc.lenient_score == 75.0
    assert acc.checks[0].source == "Thứ trưởng Bộ Ngoại giao"
    assert acc.signature.startswith(f"glossary:{small_glossary.digest}|")


def test_reference_translation_scores_full_marks(small_glossary):
    acc = term_accuracy(small_glossary, lines("src.vi"), lines("ref1.en"))
    assert acc.score == 100.0 and acc.total == 8


def test_each_source_occurrence_needs_its_own_target(scorer):
    src = "Đoàn Hải Phòng gặp đoàn Hải Phòng."
    assert [c.outcome for c in scorer.check_line(1, src, "Hai Phong met Hai Phong.")] == ["preferred", "preferred"]
    assert [c.outcome for c in scorer.check_line(1, src, "Hai Phong met its guests.")] == ["preferred", "missed"]


def test_term_must_be_a_whole_token(scorer):
    assert [c.outcome for c in scorer.check_line(1, "Hải Phòng", "Hai Phongese")] == ["missed"]


def test_source_needs_exact_diacritics(scorer):
    # "Hai Phong" without marks in the Vietnamese source is not the glossary term (strict marks)
    assert scorer.check_line(1, "Hai Phong", "Hai Phong") == []


def test_line_count_mismatch_names_the_source(scorer):
    with pytest.raises(AlignmentError, match="src.vi: has 1 lines but the hypothesis has 2"):
        scorer.score(["Hải Phòng"], ["Hai Phong", "x"], source_name="src.vi")


def test_document_mode_maps_back_to_source_lines(scorer):
    acc = scorer.score_document("Xin chào.\nBộ Ngoại giao tại Hải Phòng.\n", "Hai Phong hosted.\nThe Ministry of Foreign Affairs.")
    assert [(c.line, c.start, c.end, c.outcome) for c in acc.checks] == [(2, 0, 13, "preferred"), (2, 18, 27, "preferred")]


_case = st.sampled_from([str.lower, str.upper, str.title, lambda s: s])


@settings(max_examples=60, deadline=None)
@given(_case, st.text(alphabet="abc xyz,.", max_size=20), st.text(alphabet="abc xyz,.", max_size=20))
def test_preferred_term_in_any_case_and_context_is_found(scorer, change_case, before, after):
    hyp = f"{before} {change_case('Ministry of Foreign Affairs')} {after}"
    [check] = scorer.check_line(1, "Bộ Ngoại giao", hyp)
    assert check.outcome == "preferred"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(["Bộ Ngoại giao", "Hải Phòng", "Ủy ban nhân dân", "Việt Nam"]))
def test_stripped_source_never_matches(scorer, term):
    assert scorer.check_line(1, strip_diacritics(term), "anything") == []
