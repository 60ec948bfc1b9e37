"""Offsets ↔ LSP positions in every encoding, and incremental edits (property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.lsp.positions import LineIndex, apply_changes

# text with every line break LSP knows, characters str.splitlines also breaks on, and wide characters
ALPHABET = st.sampled_from(list("ab ếờ\n\r\u2028\x0c\x85") + ["😀", "\r\n", "𝔸"])
TEXTS = st.lists(ALPHABET, max_size=40).map("".join)
ENCODINGS = st.sampled_from(["utf-16", "utf-8", "utf-32"])


def _reference(text: str, offset: int, encoding: str) -> tuple[int, int]:
    """The LSP position of ``offset`` computed the slow, obvious way."""
    line = 0
    start = 0
    i = 0
    while i < offset:
        if text[i] == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            if i + 1 >= offset:
                break  # inside \r\n: still this line
            i += 2
            line, start = line + 1, i
            continue
        if text[i] in "\r\n":
            line, start = line + 1, i + 1
        i += 1
    prefix = text[start:offset]
    if encoding == "utf-8":
        return line, len(prefix.encode("utf-8"))
    if encoding == "utf-16":
        return line, len(prefix.encode("utf-16-le")) // 2
    return line, len(prefix)


@settings(max_examples=300, deadline=None)
@given(TEXTS, ENCODINGS, st.data())
def test_position_matches_the_definition_and_round_trips(text, encoding, data):
    index = LineIndex(text, encoding)
    offset = data.draw(st.integers(0, len(text)))
    if 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n":
        offset -= 1  # no position falls between \r and \n
    assert index.position(offset) == _reference(text, offset, encoding)
    assert index.offset(*index.position(offset)) == offset


def test_only_lsp_line_breaks_count():
    text = "a\u2028b\x0cc\x85d\r\ne\rf\ng"
    index = LineIndex(text)
    assert index.position(text.index("d")) == (0, 6)
    assert index.position(text.index("e")) == (1, 0)
    assert index.position(text.index("f")) == (2, 0)
    assert index.position(text.index("g")) == (3, 0)


def test_columns_past_the_end_of_a_line_mean_its_end():
    index = LineIndex("ab\r\ncd")
    assert index.offset(0, 99) == 2
    assert index.offset(7, 0) == 6
    assert index.offset(1, 99) == 6


def test_a_position_inside_a_surrogate_pair_falls_before_the_character():
    index = LineIndex("😀x", "utf-16")
    assert index.offset(0, 1) == 0
    assert index.offset(0, 2) == 1


@settings(max_examples=300, deadline=None)
@given(TEXTS, TEXTS, ENCODINGS, st.data())
def test_an_incremental_change_equals_the_splice(text, new, encoding, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for i in (start, end):
        if 0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n":
            return  # not a position a client can name
    index = LineIndex(text, encoding)
    rng = (*index.position(start), *index.position(end))
    assert apply_changes(text, [(rng, new)], encoding) == text[:start] + new + text[end:]


def test_changes_apply_in_order_and_a_full_change_replaces():
    text = apply_changes("hello\nworld\n", [((1, 0, 1, 5), "there"), ((0, 5, 0, 5), ",")])
    assert text == "hello,\nthere\n"
    assert apply_changes("x", [(None, "y"), ((0, 1, 0, 1), "z")]) == "yz"


def test_unknown_encoding_is_refused():
    with pytest.raises(ValueError):
        LineIndex("x", "utf-7")
