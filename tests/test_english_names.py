"""The English-side finder of Vietnamese names."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.text import strip_diacritics
from vnterm.vi.english_names import find_vietnamese_names, is_vietnamese_syllable, name_key, vietnamese_lines


def found(text, known=()):
    return [(m.text, m.key, m.has_diacritics) for m in find_vietnamese_names(text, known)]


@pytest.mark.parametrize("marked, plain", [
    ("Hải Phòng", "Hai Phong"),
    ("Trần Thị Quỳnh Trang", "Tran Thi Quynh Trang"),
    ("Trạng Trình Nguyễn Bỉnh Khiêm", "Trang Trinh Nguyen Binh Khiem"),
    ("Tuệ Tĩnh", "Tue Tinh"),
])
def test_both_spellings_share_a_key(marked, plain):
    text = f"Leaders of {marked} met. Later, {plain} was honoured."
    assert found(text) == [(marked, plain, True), (plain, plain, False)]


def test_undiacritised_names_need_evidence():
    # no diacritic form in the document, no surname, not known: not taken as a name
    assert found("The Hai Phong portal.") == []
    # known from the glossary
    assert found("The Hai Phong portal.", known=["Hải Phòng"]) == [("Hai Phong", "Hai Phong", False)]
    # a common surname followed by valid syllables: a person
    assert found("Deputy Minister Ngo Le Van said.") == [("Ngo Le Van", "Ngo Le Van", False)]


def test_english_words_and_foreign_names_are_not_names():
    assert found("Do Not Enter. To Be Announced. Le Monde reported.") == []
    assert found("Jean-Noël Barrot met José Pérez in São Paulo.") == []


def test_left_trim_and_runs_stop_at_other_words():
    assert found("In Hải Phòng City, The Hà Nội office") == [
        ("Hải Phòng", "Hai Phong", True), ("Hà Nội", "Ha Noi", True)]


def test_known_key_inside_a_longer_run():
    assert found("Hải Phòng. In Hai Phong Port.") == [
        ("Hải Phòng", "Hai Phong", True), ("Hai Phong", "Hai Phong", False)]


def test_syllables():
    for word in ["nghiêng", "Nguyễn", "khuỷu", "Quỳnh", "gì", "Đà", "oanh", "uyên"]:
        assert is_vietnamese_syllable(word), word
    for word in ["Minister", "Paulo", "city", "Noël", "Hanoi", "strength", "Zoe"]:
        assert not is_vietnamese_syllable(word), word


def test_name_key():
    assert name_key("TRẦN  thị Quỳnh") == "Tran Thi Quynh"


_SYLLABLES = ["Nguyễn", "Trần", "Lê", "Hải", "Phòng", "Quỳnh", "Trang", "Văn", "Đức", "Thị", "Minh", "Hòa"]


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(["Nguyễn", "Trần", "Hải", "Quỳnh", "Đức", "Phạm"]),
       st.lists(st.sampled_from(_SYLLABLES), min_size=1, max_size=3),
       st.sampled_from(["met", "said", "and the delegation"]))
def test_property_marked_and_stripped_forms_pair_up(first, words, verb):
    marked = " ".join([first, *words])
    plain = strip_diacritics(marked)
    text = f"Then {marked} {verb}, while {plain} {verb}."
    mentions = find_vietnamese_names(text)
    assert [m.text for m in mentions] == [marked, plain]
    assert mentions[0].key == mentions[1].key == name_key(plain)
    for m in mentions:
        assert text[m.start:m.end] == m.text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "Zs", "P", "N")), max_size=200))
def test_property_spans_are_exact_and_ordered(text):
    mentions = find_vietnamese_names(text)
    last = -1
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start > last
        last = m.end - 1


def test_decomposed_input_keeps_original_offsets():
    import unicodedata

    text = unicodedata.normalize("NFD", "Leaders of Hải Phòng met.")
    [m] = find_vietnamese_names(text)
    assert text[m.start:m.end] == m.text and m.key == "Hai Phong" and m.has_diacritics


def test_language_names_are_not_names():
    assert found("Tiếng Việt | English") == []
    assert found("Switch to Tiếng Anh or Tiếng Việt.") == []


def test_vietnamese_lines_are_told_from_english_lines_that_borrow_a_word():
    text = ("She wore a red áo dài to the reception in Hà Nội.\n"
            "Phó Chủ tịch UBND tỉnh Lê Ngọc Hoa phát biểu tại buổi làm việc. Ảnh: TG\n"
            "Nguyễn Minh Vũ\n")
    second = text.index("Phó")
    assert vietnamese_lines(text) == [(second, text.index("\n", second))]


def test_vietnamese_lines_in_decomposed_form():
    import unicodedata

    line = "Phó Chủ tịch UBND tỉnh phát biểu tại buổi làm việc"
    text = "English first.\n" + unicodedata.normalize("NFD", line) + "\nEnglish last."
    start = text.index("\n") + 1
    assert vietnamese_lines(text) == [(start, text.index("\n", start))]
