"""Fuzz: normalise and fold keep an exact offset map; the matcher reports spans in original offsets."""

from __future__ import annotations

import functools
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st

from fuzz_strategies import (
    FUZZ,
    composed_pair,
    english_copy,
    hostile_pieces,
    joined,
    marked,
    plain_pieces,
    target,
    term_variant,
    vietnamese,
)
from vnterm.text import Normalized, fold, fold_key, normalize


def _base(c: str) -> str:
    """The first character of ``c``'s canonical decomposition, case and diacritics folded."""
    return fold_key(unicodedata.normalize("NFD", c)[:1]) or c


def assert_offset_map(result: Normalized, *, by_letter: bool = True) -> None:
    """Every output character maps inside the input, in order, to the input character it came from.

    ``by_letter``: a letter or digit of the output has the same base letter (case and marks
    folded) as the input character the map points at, which catches a map that drifts after a
    composition, a deletion or an insertion.
    """
    src, out = result.source, result.text
    n = len(out)
    assert result.to_original(n) <= len(src)
    prev = 0
    for i in range(n):
        a = result.to_original(i)
        assert prev <= a < len(src), (i, a)
        prev = a
        if by_letter and out[i].isalnum():
            expect = _base(out[i])
            if len(expect) == 1 and len(_base(src[a])) == 1:
                assert _base(src[a]) == expect, (out, i, src, a)
    for i in range(0, n, 3):
        for j in (i, i + 1, i + 4):
            if j <= n:
                a, b = result.span_to_original(i, j)
                assert 0 <= a <= b <= len(src)
                assert result.span_mapper()(i, j) == (a, b)


safe_text = joined(st.one_of(plain_pieces(), marked(st.sampled_from("aeiouyAEIOUYnNcC"))))


@FUZZ
@given(safe_text)
@target("normalize")
def test_normalize_offset_map(s: str) -> None:
    for result in (normalize(s), normalize(s, tone="old"), normalize(s, tone=None, unify_punctuation=False)):
        assert_offset_map(result)
    assert normalize(normalize(s).text).text == normalize(s).text


@FUZZ
@given(safe_text)
@target("fold")
def test_fold_offset_map_and_key(s: str) -> None:
    f = fold(s)
    assert_offset_map(f)
    assert f.text == fold_key(s)
    assert fold_key(unicodedata.normalize("NFD", s)) == fold_key(unicodedata.normalize("NFC", s))


@FUZZ
@given(safe_text)
@example("a\u0651\u20dd\u064b")  # found by this fuzzer: deleting U+20DD (class 0) left the marks around it out of order
@target("fold-idempotent")
def test_fold_is_idempotent(s: str) -> None:
    assert fold(fold(s).text).text == fold(s).text


@FUZZ
@given(joined(st.one_of(composed_pair(), marked(), plain_pieces()), 10))
@target("compose-any")
def test_offset_map_follows_every_canonical_composition(s: str) -> None:
    for result in (normalize(s), normalize(s, tone=None, unify_punctuation=False), fold(s)):
        assert_offset_map(result)


@functools.lru_cache(maxsize=1)
def _matcher():
    from vnterm.glossary import load_glossaries
    from vnterm.glossary.matcher import Matcher

    return Matcher(load_glossaries())


def assert_matches(text: str) -> list:
    """Matches lie in the text, left to right without overlap, and each span folds to its term."""
    m = _matcher()
    found = m.find(text)
    assert found == m.find(text), "not deterministic"
    pos = 0
    for hit in found:
        assert pos <= hit.start < hit.end <= len(text), (hit.start, hit.end)
        pos = hit.end
        assert hit.text == text[hit.start : hit.end]
        key = fold_key(hit.text)
        assert key in {fold_key(t.text) for _, t in hit.candidates}, (hit.text, hit.term.text)
    return found


@FUZZ
@given(st.one_of(english_copy(), joined(st.one_of(term_variant("vi"), vietnamese(4), plain_pieces()), 12)))
@target("match")
def test_matcher_spans_are_original_offsets(text: str) -> None:
    found = assert_matches(text)
    # the same text in NFD finds the same terms
    nfd = unicodedata.normalize("NFD", text)
    assert [h.term for h in _matcher().find(nfd)] == [h.term for h in found]


@FUZZ
@given(st.one_of(english_copy(hostile=True), joined(st.one_of(term_variant("vi"), hostile_pieces()), 12)))
@target("match-hostile")
def test_matcher_on_hostile_text(text: str) -> None:
    m = _matcher()
    found = m.find(text)
    assert found == m.find(text)
    pos = 0
    for hit in found:
        assert pos <= hit.start < hit.end <= len(text)
        pos = hit.end
        assert hit.text == text[hit.start : hit.end]
