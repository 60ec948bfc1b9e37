"""vnterm's CRF features: underthesea's CRFFeaturizer strings (less those the model lacks), same tags."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.text import normalize
from vnterm.vi import words

SENTENCES = [
    "Phó Chủ tịch UBND tỉnh Đặng Quốc Vinh dự họp ngày 12/3/2024 tại Hà Nội.",
    "HÀ NỘI - Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ; 2 bên trao đổi về hợp tác.",
    "Giá vàng tăng 1,5% lên 79.500.000 đồng/lượng, +3 so với hôm qua (-2147483648).",
    "Ông A. B. Smith, ĐÀ nẵng, ΣΑΣ İstanbul ß ǅemal ª ʰ 中国 ½ ² ٣ １ ＡＢ …",
    "x",
    "Một. Hai",
]


def _clear() -> None:
    words._tok_cache.clear()
    words._pair_cache.clear()
    words._tri_cache.clear()
    words._END_RECORDS = None


def _check(forms: list[str]) -> None:
    _, model = words._load()
    got = words.crf_features(forms)
    attrs = words._attrs
    expected = model.featurizer.process([[[f] for f in forms]])[0]  # type: ignore[attr-defined]
    assert len(got) == len(expected)
    for g, e in zip(got, expected):  # the same strings, less those the model has no weight for
        assert sorted(g) == sorted(x for x in e if attrs is None or x in attrs)
    assert model.estimator.tag(got) == model.predict([[f] for f in forms])  # type: ignore[attr-defined]


def test_model_attributes_are_read() -> None:
    attrs = words._model_attributes()
    assert attrs is not None and "T[0]=Hà" in attrs and "T[-1].isdigit=BOS" in attrs


def test_features_match_all_attributes(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no filter, the strings are exactly the featurizer's (as a multiset per token)."""
    words.crf_features(["x"])  # load the model and its attribute set first
    monkeypatch.setattr(words, "_attrs", None)
    _clear()
    try:
        for text in SENTENCES:
            s = words.prepare(normalize(text, tone="old").text)
            _check([s[a:b] for a, b in words.syllables(s)])
    finally:
        _clear()


@pytest.mark.parametrize("text", SENTENCES)
def test_features_match_underthesea_on_sentences(text: str) -> None:
    s = words.prepare(normalize(text, tone="old").text)
    _check([s[a:b] for a, b in words.syllables(s)])


def test_features_match_after_cache_clears(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(words, "_CACHE_MAX", 3)
    monkeypatch.setattr(words, "_NGRAM_CACHE_MAX", 2)
    _clear()
    for text in SENTENCES:
        s = words.prepare(normalize(text, tone="old").text)
        _check([s[a:b] for a, b in words.syllables(s)])
    assert len(words._tok_cache) <= 30


def test_empty_sequence() -> None:
    assert words.crf_features([]) == []


# no blanks: the tokenizer never makes them (and the Rust featurizer panics on an empty word)
_TOKEN = st.text(
    alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯHÀẢÃÁẠàảãáạốồổ0123456789-+.,/%'ǅßİΣς中½²٣１Ａ_")),
    min_size=1,
    max_size=6,
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_TOKEN, min_size=1, max_size=9))
def test_features_match_underthesea_on_any_tokens(forms: list[str]) -> None:
    _check(forms)


def test_marks_class_is_unicodedata_combining() -> None:
    import unicodedata

    m = words._marks()
    for cp in (0x300, 0x301, 0x323, 0x36F, 0x1DC0, 0x20D0, 0xFE20, 0x41, 0x1EA0, 0x2E, 0x1D165):
        assert bool(m.fullmatch(chr(cp))) == bool(unicodedata.combining(chr(cp)))
