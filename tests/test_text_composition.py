"""Offsets survive canonical composition anywhere in Unicode (issue 17.1) and segmenter tokens
never overlap or lose characters after one (issue 17.6)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnterm.text import _composition, fold, normalize


def _all_pairs() -> list[tuple[str, str, str]]:
    """Every primary composite of Unicode, from unicodedata itself: each character whose canonical
    decomposition is two characters and that NFC keeps, plus the Hangul jamo L+V and LV+T."""
    out = []
    for cp in range(0x110000):
        c = chr(cp)
        d = unicodedata.decomposition(c)
        if not d or d.startswith("<"):
            continue
        parts = [chr(int(x, 16)) for x in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", c) == c:
            out.append((parts[0], parts[1], c))
    for lead in range(19):
        for vowel in range(21):
            lv = chr(0xAC00 + (lead * 21 + vowel) * 28)
            out.append((chr(0x1100 + lead), chr(0x1161 + vowel), lv))
            out.append((lv, chr(0x11A8 + (lead + vowel) % 27), chr(ord(lv) + 1 + (lead + vowel) % 27)))
    return out


PAIRS = _all_pairs()


def test_the_pair_list_is_unicodes_and_the_table_agrees() -> None:
    table = _composition()[0]
    assert len(PAIRS) > 1200
    assert ("\u0bc6", "\u0bbe", "\u0bca") in PAIRS and ("\u1100", "\u1161", "\uac00") in PAIRS
    for a, b, c in PAIRS:
        assert table[(a, b)] == c


def test_every_composition_pair_maps_back_to_both_of_its_parts() -> None:
    bad = []
    for a, b, c in PAIRS:
        source = "x " + a + b + " y"  # "x" at 0, the pair at 2..4, "y" at 5
        norm = normalize(source, tone=None, unify_punctuation=False)
        if norm.text != "x " + c + " y":
            bad.append((a, b, "text", norm.text))
        for result in (norm, fold(source)):
            text = result.text
            assert text.count(" ") == 2, (a, b, text)
            i = text.index(" ") + 1
            j = text.index(" ", i)
            spans = [result.span_to_original(0, 1), result.span_to_original(i, j), result.span_to_original(j + 1, j + 2)]
            mapper = result.span_mapper()
            if spans != [(0, 1), (2, 4), (5, 6)] or [mapper(0, 1), mapper(i, j), mapper(j + 1, j + 2)] != spans:
                bad.append((a, b, spans))
    assert bad == []


def test_normalize_equals_nfc_on_every_pair_in_context() -> None:
    for a, b, _c in PAIRS:
        for source in (a + b, "ab" + a + b + "\u0301c", a + "\u0301" + b, a + b + "\u0323\u0301"):
            assert normalize(source, tone=None, unify_punctuation=False).text == unicodedata.normalize("NFC", source)


# --- any span maps back to the input span it came from, over mixed scripts ------------------------

_ALPHABET = list("aAoOeu5 .-'") + [
    "\u0300", "\u0301", "\u0302", "\u0303", "\u0309", "\u0323", "\u0306", "\u031b",  # Vietnamese marks
    "\u0b95", "\u0bc6", "\u0bc7", "\u0bbe", "\u0bd7",  # Tamil
    "\u0995", "\u09c7", "\u09be", "\u09d7",  # Bengali
    "\u0b15", "\u0b47", "\u0b3e", "\u0b56", "\u0b57",  # Oriya
    "\u0d15", "\u0d46", "\u0d3e", "\u0d57",  # Malayalam
    "\u0dd9", "\u0dca", "\u0dcf", "\u0ddf",  # Sinhala
    "\u0cbf", "\u0cd5", "\u0cc6", "\u0cc2",  # Kannada
    "\u1100", "\u1101", "\u1161", "\u1175", "\u11a8", "\u11c2", "\uac00",  # Hangul jamo
    "\u212b", "\u0344", "\u00c5", "\u1e0b", "\u200b", "\u00a0", "ơ", "ư", "Đ",
]
mixed = st.lists(st.sampled_from(_ALPHABET), max_size=30).map("".join)


def _units(result) -> list[int]:
    """Boundaries of the normalised text where a span may start or end: before every character
    that does not join the one before it (a span cannot split a cluster of the input)."""
    from vnterm.text import _joins_previous

    text = result.text
    return [i for i in range(len(text) + 1) if i == 0 or i == len(text) or not _joins_previous(text[i])]


@settings(max_examples=400, deadline=None)
@given(mixed)
def test_any_span_maps_back_to_the_input_span_it_came_from(s: str) -> None:
    plain = normalize(s, tone=None, unify_punctuation=False)
    for result in (plain, normalize(s), fold(s)):
        cuts = _units(result)
        mapper = result.span_mapper()
        for x, i in enumerate(cuts):
            for j in cuts[x + 1 : x + 4]:
                a, b = result.span_to_original(i, j)
                assert (a, b) == mapper(i, j)
                assert 0 <= a < b <= len(s)
                if result is plain:  # the input span, normalised on its own, is the span
                    assert unicodedata.normalize("NFC", s[a:b].replace("\u200b", "")) == result.text[i:j]
        offsets = [result.to_original(i) for i in range(len(result.text))]
        assert offsets == sorted(offsets)
    folded = fold(s)
    for x, i in enumerate(cuts := _units(folded)):
        for j in cuts[x + 1 : x + 4]:
            want = folded.text[i:j]
            if want == want.strip(" "):
                a, b = folded.span_to_original(i, j)
                assert fold(s[a:b]).text == want


def test_tamil_vowel_sign_does_not_shift_later_spans() -> None:
    s = "Tamil \u0b95\u0bc6\u0bbe\u0b9f\u0bc6\u0bbe.\nThe two-tiered local government model."
    result = fold(s)
    i = result.text.index("two tiered")
    a, b = result.span_to_original(i, i + len("two tiered local government"))
    assert s[a:b] == "two-tiered local government"


# --- segmenter tokens (17.6) ----------------------------------------------------------------------

@pytest.fixture(scope="module")
def segmenter():
    from vnterm.vi import Segmenter

    return Segmenter()


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("5\u0301 ho\u0300a", [(0, 2), (3, 7)]),
        ("\u1100\u1161", [(0, 2)]),
        ("\u1100\u1161\u11a8 b", [(0, 3), (4, 5)]),
    ],
)
def test_digit_with_mark_and_hangul_jamo(segmenter, text, tokens) -> None:
    assert [(t.start, t.end) for t in segmenter.segment(text).tokens] == tokens


_SEG_ALPHABET = list("ab5 .,") + ["ho\u0300a", "\u0301", "\u0323", "\u1100", "\u1161", "\u11a8", "\u0b95\u0bc6", "\u0bbe", "Hà Nội", "\u0302"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_SEG_ALPHABET), max_size=20).map("".join))
def test_tokens_are_ordered_disjoint_and_cover_every_non_space_character(segmenter, text: str) -> None:
    tokens = segmenter.segment(text).tokens
    covered = set()
    prev = 0
    for t in tokens:
        assert prev <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        covered.update(range(t.start, t.end))
        prev = t.end
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


def test_check_fix_after_a_tamil_two_part_vowel_sign_writes_the_right_text(tmp_path) -> None:
    from click.testing import CliRunner

    from vnterm.cli import cli

    path = tmp_path / "t.txt"
    path.write_text(
        "Tamil \u0b95\u0bc6\u0bbe\u0b9f\u0bc6\u0bbe.\nThe two-tiered local government model works. The Deputy FM spoke.\n",
        encoding="utf-8",
    )
    res = CliRunner().invoke(cli, ["check", str(path), "--fix"], catch_exceptions=False)
    assert res.exit_code == 0
    assert path.read_text(encoding="utf-8") == (
        "Tamil \u0b95\u0bc6\u0bbe\u0b9f\u0bc6\u0bbe.\n"
        "The two-tier local government model works. The Deputy Minister of Foreign Affairs spoke.\n"
    )
