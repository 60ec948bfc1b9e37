"""Property tests: whatever the text, every span is valid and one record comes out per line."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnterm.glossary import load_glossaries
from vnterm.vi import Segmenter

_PIECES = [
    "Thứ trưởng", "Bộ Ngoại giao", "Ngô Lê Văn", "ông", "bà", "Lộc", "UBND", "tỉnh", "Quảng Ninh",
    "thành phố", "Hải Phòng", "Nghị định", "58/2022/NĐ-CP", "số", "126-KL/TW", "đường", "Trần Hưng Đạo",
    "Phó Chủ tịch", ",", ".", "và", "hoà", "hòa", "Uỷ viên", "Ủy viên", "Bộ Chính trị", "TP.", "HĐND",
    "Nguyễn", "Thị", "Minh", "Khai", "Huân chương", "Hồ Chí Minh", "(", ")", "-", "\u00a0", "\t",
]
_SEG: Segmenter | None = None


def _seg() -> Segmenter:
    global _SEG
    if _SEG is None:
        from pathlib import Path

        _SEG = Segmenter(load_glossaries([Path(__file__).parent / "data" / "vi_glossary.tsv"]))
    return _SEG


def _check(text: str) -> None:
    line = _seg().segment(text)
    assert line.text == text
    prev_end = 0
    for t in line.tokens:
        assert 0 <= t.start < t.end <= len(text)
        assert t.start >= prev_end  # ordered, not overlapping
        assert text[t.start:t.end] == t.text
        assert t.text.strip() == t.text and t.text
        prev_end = t.end
    for e in line.entities:
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text
        assert e.type in ("PERSON", "TITLE", "ORG", "LOC", "LEGAL_REF")
        if e.title is not None:
            assert text[e.title.start:e.title.end] == e.title.text
    data = line.to_json()
    assert len(data["tokens"]) == len(line.tokens)


vietnamese_text = st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join)
any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), min_codepoint=0, max_codepoint=0x1FFFF), max_size=80
)
mixed = st.builds(lambda a, b, c: a + b + c, vietnamese_text, any_text, vietnamese_text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_offsets_valid_on_vietnamese_like_text(text):
    _check(text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mixed)
def test_offsets_valid_on_any_text(text):
    _check(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_offsets_valid_on_nfd_text(text):
    _check(unicodedata.normalize("NFD", text))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vietnamese_text)
def test_nfd_and_nfc_find_the_same_people(text):
    a = [unicodedata.normalize("NFC", e.text) for e in _seg().segment(text).entities if e.type == "PERSON"]
    b = [unicodedata.normalize("NFC", e.text)
         for e in _seg().segment(unicodedata.normalize("NFD", text)).entities if e.type == "PERSON"]
    assert a == b


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(vietnamese_text, any_text, st.just("")), max_size=6))
def test_one_record_per_line(lines):
    lines = [x.replace("\n", " ").replace("\r", " ") for x in lines]
    out = list(_seg().segment_lines(lines))
    assert [o.text for o in out] == lines


@pytest.mark.parametrize("style", ["old", "new"])
def test_tone_style_does_not_change_entities(style):
    from vnterm.text import to_tone_style

    text = "Uỷ viên Bộ Chính trị, Phó Thủ tướng Nguyễn Hoà Bình làm việc với UBND tỉnh Khánh Hoà."
    line = _seg().segment(to_tone_style(text, style))
    assert [(e.type, e.start, e.end, e.en) for e in line.entities if e.type != "TITLE"] == [
        ("ORG", 8, 20, "Politburo"),
        ("PERSON", 36, 51, "Nguyen Hoa Binh"),
        ("ORG", 65, 84, "Khanh Hoa Provincial People's Committee"),
        ("LOC", 75, 84, "Khanh Hoa"),
    ]
