"""vnterm.text: normalisation, folding, tone style and romanisation, with offsets back into the input."""

from __future__ import annotations

import unicodedata

import pytest
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.text import (
    fold,
    fold_key,
    has_diacritics,
    mark_key,
    normalize,
    romanize,
    strip_diacritics,
    to_tone_style,
)

VIETNAMESE = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐ" + "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VIETNAMESE + "bcdghklmnpqrstvx" + " -–—’‘“”'\"\u00a0\u200b.,\n\t" + "\u0300\u0301\u0303\u0309\u0323"
texts = st.text(alphabet=ALPHABET, max_size=60)
any_text = st.text(max_size=40)


@pytest.mark.parametrize(
    ("old", "new"),
    [("hoà", "hòa"), ("thuỷ", "thủy"), ("Uỷ ban", "Ủy ban"), ("khoẻ", "khỏe"), ("Hoà Bình", "Hòa Bình")],
)
def test_tone_style_both_directions(old: str, new: str) -> None:
    assert to_tone_style(old, "new") == new
    assert to_tone_style(new, "old") == old


@pytest.mark.parametrize("word", ["hoàng", "ngoài", "khuỷu", "quý", "của", "chùa", "khuya", "toán", "thuyền"])
def test_tone_style_leaves_closed_and_qu_syllables(word: str) -> None:
    assert to_tone_style(word, "old") == word
    assert to_tone_style(word, "new") == word


def test_normalize_unifies_punctuation_and_keeps_case_and_marks() -> None:
    n = normalize("People’s\u00a0Committee – “Hải Phòng”")
    assert n.text == "People's Committee - \"Hải Phòng\""
    assert n.offsets is None  # one character for one: identity map


def test_fold_drops_case_marks_hyphens_and_extra_spaces() -> None:
    assert fold_key("Two-Tiered   Local  Government") == "two tiered local government"
    assert fold_key("Ủy ban nhân dân TP. Hải Phòng") == "uy ban nhan dan tp. hai phong"
    assert fold_key("ĐÀ NẴNG") == "da nang"


def test_fold_maps_controls_dashes_quotes_and_spaces() -> None:
    assert fold_key("a\x0bb\x0cc–d’e`f\u2028g\u00a0h´i\tj\r\nk") == "a b c d'e'f g h'i j k"


def test_fold_maps_spans_back_into_nfd_input() -> None:
    original = unicodedata.normalize("NFD", "Sở Ngoại vụ Hải Phòng")
    folded = fold(original)
    i = folded.text.index("hai phong")
    start, end = folded.span_to_original(i, i + len("hai phong"))
    assert unicodedata.normalize("NFC", original[start:end]) == "Hải Phòng"


def test_span_excludes_dropped_trailing_space_but_keeps_marks() -> None:
    original = "a  " + unicodedata.normalize("NFD", "hải") + "  "
    folded = fold(original)
    assert folded.text == "a hai"
    assert folded.span_to_original(2, 5) == (3, len(original) - 2)


def test_span_never_swallows_a_following_dash_or_space() -> None:
    original = "Ha Long Bay - Cat Ba"
    folded = fold(original)
    assert folded.text == "ha long bay cat ba"
    assert folded.span_to_original(0, 11) == (0, 11)
    assert folded.span_to_original(12, 18) == (14, 20)


@pytest.mark.parametrize(
    ("name", "roman"),
    [("Ngô Lê Văn", "Ngo Le Van"), ("Đà Nẵng", "Da Nang"), ("Trần Thị Quỳnh Trang", "Tran Thi Quynh Trang"),
     ("Nguyễn Bỉnh Khiêm", "Nguyen Binh Khiem"), ("Tuệ Tĩnh", "Tue Tinh"), ("Thừa Thiên Huế", "Thua Thien Hue")],
)
def test_romanize_names(name: str, roman: str) -> None:
    assert romanize(name) == roman
    assert romanize(unicodedata.normalize("NFD", name)) == roman


def test_has_diacritics() -> None:
    assert has_diacritics("Hải Phòng")
    assert has_diacritics("Đa")
    assert not has_diacritics("Hai Phong")


def test_mark_key_equates_tone_styles_but_not_different_marks() -> None:
    assert mark_key("Uỷ Ban") == mark_key("ủy ban")
    assert mark_key("bộ") != mark_key("bò")


# --- properties -----------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(texts)
def test_fold_is_idempotent(s: str) -> None:
    once = fold(s).text
    assert fold(once).text == once


@settings(max_examples=300, deadline=None)
@given(texts)
def test_normalize_is_idempotent(s: str) -> None:
    once = normalize(s).text
    assert normalize(once).text == once
    old = normalize(s, tone="old").text
    assert normalize(old, tone="old").text == old


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_normalize_and_fold_idempotent_on_any_unicode(s: str) -> None:
    assert normalize(normalize(s).text).text == normalize(s).text
    assert fold(fold(s).text).text == fold(s).text


@settings(max_examples=300, deadline=None)
@given(st.one_of(texts, any_text))
def test_every_offset_maps_inside_the_input(s: str) -> None:
    for result in (normalize(s), normalize(s, tone="old"), fold(s)):
        n = len(result.text)
        assert result.to_original(n) <= len(s)
        for i in range(n):
            assert 0 <= result.to_original(i) < len(s)
        for i in range(n):
            for j in range(i, min(n, i + 6) + 1):
                a, b = result.span_to_original(i, j)
                assert 0 <= a <= b <= len(s)
        if result.offsets is not None:
            assert list(result.offsets) == sorted(result.offsets)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_nfc_nfd_old_and_new_tone_fold_to_the_same_key(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    key = fold_key(nfc)
    assert fold_key(unicodedata.normalize("NFD", s)) == key
    assert fold_key(to_tone_style(nfc, "old")) == key
    assert fold_key(to_tone_style(nfc, "new")) == key
    assert mark_key(to_tone_style(nfc, "old")) == mark_key(to_tone_style(nfc, "new"))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_tone_style_round_trip_and_length(s: str) -> None:
    nfc = unicodedata.normalize("NFC", s)
    old = to_tone_style(nfc, "old")
    assert len(old) == len(nfc)
    assert to_tone_style(to_tone_style(old, "new"), "old") == old


@settings(max_examples=200, deadline=None)
@given(texts)
def test_romanize_leaves_no_vietnamese_marks(s: str) -> None:
    r = romanize(s)
    assert not has_diacritics(r)
    assert strip_diacritics(r) == r


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_short_cuts_equal_the_general_path(s: str) -> None:
    assert fold_key(s) == fold(s).text
    general = normalize(s, tone="new").text.lower().replace("-", " ")
    assert mark_key(s) == " ".join(general.split())


@settings(max_examples=200, deadline=None)
@given(st.one_of(texts, any_text), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 8)), max_size=12))
def test_span_mapper_agrees_with_span_to_original(s: str, spans: list[tuple[int, int]]) -> None:
    folded = fold(s)
    n = len(folded.text)
    if not n:
        return
    mapped = folded.span_mapper()
    for start, width in sorted(spans):
        start = start % n
        end = min(n, start + width)
        assert mapped(start, end) == folded.span_to_original(start, end)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=" ab\n", max_size=40))
def test_space_collapse_equals_the_regex_deletion(s: str) -> None:
    from vnterm.text import _collapse_spaces, _delete_matches

    assert _collapse_spaces(s) == _delete_matches(s, re.compile(r" (?= )"))  # each space before a space


paragraphs = st.lists(st.one_of(texts, st.sampled_from(["", " ", "\t", "\r", "Hải Phòng", "a-b  c"])), max_size=8).map(
    "\n".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(texts, any_text, paragraphs))
def test_fold_keeps_paragraph_breaks_and_is_otherwise_one_line(s: str) -> None:
    # fold works line by line; a newline next to a blank line stays a newline (no term spans a
    # paragraph break), every other newline is a space: apart from those newlines, the result is
    # the fold of the text as one line
    a, b = fold(s), fold(s.replace("\n", " "))
    assert re.sub(" +", " ", a.text.replace("\n", " ")).strip(" ") == b.text
    if a.text and "\n" not in a.text:  # (an empty result maps nothing)
        assert a.runs == b.runs


def test_paragraph_break_stops_a_term_and_costs_no_offset_runs() -> None:
    assert fold("Ministry of Foreign\nAffairs").text == "ministry of foreign affairs"
    para = fold("Ministry of Foreign\n\nAffairs")
    assert para.text == "ministry of foreign\n\naffairs" and para.runs is None
    assert fold("a\r\n\r\nb").text == "a \n \nb"
    assert fold("\n\nLead and trail\n\n").text == "lead and trail"
    assert fold("one\ntwo\n\n\nthree").text == "one two\n\n\nthree"


@settings(max_examples=500, deadline=None)
@given(st.lists(st.integers(0, 30), min_size=1, max_size=8, unique=True), st.integers(0, 40), st.integers(0, 40))
def test_dropping_a_lead_equals_composing_the_cut(starts: list[int], lead: int, length: int) -> None:
    from vnterm.text import _compose, _drop_lead, _merge_runs

    outs = sorted(set(starts) | {0})
    runs = _merge_runs(outs, [o * 2 + 3 for o in outs])  # a map with gaps: every run is its own
    assert _drop_lead(runs, lead, length) == _compose(runs, ((0,), (lead,)), length)
