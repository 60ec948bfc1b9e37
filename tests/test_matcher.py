"""The Aho-Corasick matcher: folding-insensitive, token-bounded, longest-leftmost, original offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.glossary.matcher import Matcher
from vnterm.glossary.tsv import loads_tsv
from vnterm.text import fold_key, to_tone_style

GLOSSARY = loads_tsv(
    "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tmatch\n"
    "tt\ten\tpreferred\ttwo-tier local government\t\n"
    "tt\ten\tdeprecated\ttwo-tiered local government\t\n"
    "tt\tvi\tpreferred\tchính quyền địa phương hai cấp\t\n"
    "pc\tvi\tpreferred\tỦy ban nhân dân\t\n"
    "pc\tvi\tadmitted\tUBND\tcase\n"
    "pc\ten\tpreferred\tPeople's Committee\t\n"
    "hpc\ten\tpreferred\tHai Phong People's Committee\t\n"
    "hp\ten\tpreferred\tHai Phong\t\n"
    "hp\tvi\tpreferred\tHải Phòng\t\n"
    "tw\tvi\tadmitted\tTW\tcase\n"
    "tw\tvi\tpreferred\tTrung ương\t\n"
    "tp\tvi\tadmitted\tTP.\tcase\n"
    "tp\tvi\tpreferred\tthành phố\t\n"
    "bo\tvi\tpreferred\tbộ\t\n",
    "m.tsv",
)
M = Matcher(GLOSSARY)


def spans(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(m.text, m.concept.id, m.term.status) for m in M.find(text, **kw)]


def test_finds_variants_with_status_and_original_offsets() -> None:
    text = "The two-tiered local government and the Two-Tier Local Government model."
    found = M.find(text)
    assert [(m.start, m.end, m.term.status) for m in found] == [(4, 31, "deprecated"), (40, 65, "preferred")]
    assert text[found[0].start:found[0].end] == "two-tiered local government"


def test_longest_leftmost_wins() -> None:
    assert spans("the Hai Phong People’s Committee met") == [("Hai Phong People’s Committee", "hpc", "preferred")]


def test_token_boundaries() -> None:
    assert spans("Hai Phongese and XHai Phong") == []
    assert spans("(Hai Phong)") == [("Hai Phong", "hp", "preferred")]


def test_diacritics_folded_but_reported() -> None:
    (m,) = M.find("in Hải Phòng city", lang="en")
    assert (m.text, m.exact_marks) == ("Hải Phòng", False)
    (v,) = M.find("in Hải Phòng city", lang="vi")
    assert v.exact_marks


def test_strict_marks_for_vietnamese() -> None:
    assert spans("con bò ăn cỏ", lang="vi", strict_marks=True) == []
    assert spans("Bộ Ngoại giao", lang="vi", strict_marks=True) == [("Bộ", "bo", "preferred")]


def test_case_sensitive_abbreviations() -> None:
    assert spans("UBND TP. Hải Phòng", lang="vi") == [
        ("UBND", "pc", "admitted"), ("TP.", "tp", "admitted"), ("Hải Phòng", "hp", "preferred")
    ]
    assert spans("ubnd tw", lang="vi") == []
    assert spans("Ban Chấp hành TW Đảng", lang="vi") == [("TW", "tw", "admitted")]


def test_nfd_and_old_tone_style_match_with_original_offsets() -> None:
    text = unicodedata.normalize("NFD", "Uỷ ban nhân dân thành phố")
    (m, tp) = M.find(text, lang="vi", strict_marks=True)
    assert m.concept.id == "pc" and m.start == 0
    assert unicodedata.normalize("NFC", text[m.start:m.end]) == "Uỷ ban nhân dân"
    assert tp.end == len(text)


def test_line_wrapped_term_matches() -> None:
    assert spans("the two-tier\nlocal   government") == [("two-tier\nlocal   government", "tt", "preferred")]


def test_empty_glossary_and_text() -> None:
    empty = Matcher(loads_tsv("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n", "e.tsv"))
    assert empty.find("anything") == []
    assert M.find("") == []


words = st.sampled_from(
    ["two-tier", "two-tiered", "local", "government", "Hai", "Phong", "Hải", "Phòng", "People's", "Committee",
     "Ủy", "Uỷ", "ban", "nhân", "dân", "the", "and", "UBND", "TP.", ",", "\u00a0", "—"]
)
sentences = st.lists(words, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentences)
def test_matches_are_sorted_disjoint_bounded_and_deterministic(text: str) -> None:
    found = M.find(text)
    assert found == M.find(text)
    prev_end = 0
    for m in found:
        assert prev_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert fold_key(m.text) == fold_key(m.term.text)
        prev_end = m.end


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_unicode_form_and_tone_style_do_not_change_what_is_found(text: str) -> None:
    def keys(t: str) -> list[tuple[str, str]]:
        return [(m.concept.id, m.term.text) for m in M.find(t)]

    base = keys(text)
    assert keys(unicodedata.normalize("NFD", text)) == base
    assert keys(to_tone_style(text, "old")) == base
    assert keys(to_tone_style(text, "new")) == base


def test_same_input_many_times_same_output() -> None:
    text = "UBND TP. Hải Phòng and the Hai Phong People's Committee on two-tiered local government " * 20
    first = [(m.start, m.end, m.concept.id) for m in M.find(text)]
    for _ in range(50):
        assert [(m.start, m.end, m.concept.id) for m in Matcher(GLOSSARY).find(text)] == first
