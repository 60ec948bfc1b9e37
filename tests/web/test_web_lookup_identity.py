"""Fuzzy suggestions score only the keys whose bound can reach the k-th best, yet the answers are
exactly those of rapidfuzz WRatio over every key (the lookup before issue 19), ties included; and
the completions that search as you type shows first are those of a naive scan."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from vnterm.glossary import load_glossaries
from vnterm.glossary.lookup import _SHARED_WORD_SCORE, LookupIndex, _Suggester, _word_starts
from vnterm.text import fold_key


@pytest.fixture(scope="module")
def index() -> LookupIndex:
    return LookupIndex(load_glossaries())


def reference(index: LookupIndex, key: str, limit: int, min_score: float = 60.0) -> list[tuple[str, float, int]]:
    """The lookup's suggestions before issue 19: WRatio over every key."""
    return [(k, s, i) for k, s, i in process.extract(key, index.keys, scorer=fuzz.WRatio, limit=limit)
            if s >= min_score]


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in text if not unicodedata.combining(c))


def fixed_queries() -> list[str]:
    """A seeded mix from the bundled glossary's terms, in both languages: prefixes as typed,
    dropped and swapped letters, shuffled and repeated words, extra words, noise."""
    terms = sorted(t.text for _, t in load_glossaries().terms())
    rng = random.Random(1919)
    out = ["bo tai chin", "Ministry of Financ", "People Comittee", "uy ban nhan dn", "bo truong bo ngoai gia",
           "xyzq", "q", "of", "the the", "ha  noi", "border trade Tổng", "Vien Kiem sat nhan dan toi cao xx"]
    for _ in range(70):
        t = rng.choice(terms)
        kind = rng.randrange(6)
        if kind == 0:
            q = t[: rng.randint(1, len(t))]
        elif kind == 1 and len(t) > 3:
            i = rng.randrange(1, len(t) - 1)
            q = t[:i] + t[i + 1 :]
        elif kind == 2 and len(t) > 3:
            i = rng.randrange(1, len(t) - 2)
            q = t[:i] + t[i + 1] + t[i] + t[i + 2 :]
        elif kind == 3:
            words = t.split()
            q = " ".join(rng.sample(words, len(words)) + [rng.choice(words)])
        elif kind == 4:
            q = t + " " + rng.choice(terms)[:6]
        else:
            q = "".join(rng.choice("abcdeghiklmnopqrstuvy ") for _ in range(rng.randint(1, 30)))
        out.append(strip_marks(q).lower() if rng.random() < 0.5 else q)
    return out


@pytest.mark.parametrize("limit", [15, 30])
def test_suggestions_are_exactly_wratio_over_every_key(index, limit) -> None:
    for q in fixed_queries():
        key = fold_key(q)
        if key:
            assert index.suggestions(key, limit, 60.0) == reference(index, key, limit), q


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_suggestions_match_the_reference_on_generated_queries(index, data) -> None:
    key = data.draw(st.sampled_from(index.keys))
    start = data.draw(st.integers(0, len(key)))
    piece = key[start : start + data.draw(st.integers(1, 30))]
    noise = data.draw(st.text(alphabet="abcdehiklmnogtuy ", max_size=8))
    q = fold_key(data.draw(st.sampled_from([piece, piece + noise, noise + piece, noise])))
    limit = data.draw(st.sampled_from([3, 15, 30]))
    if q:
        assert index.suggestions(q, limit, 60.0) == reference(index, q, limit)


def naive_completions(index: LookupIndex, key: str) -> list[int]:
    """Keys that begin with ``key``, then keys with a word that begins with it, shortest first."""
    words = [i for i, k in enumerate(index.keys)
             if not k.startswith(key) and any(k[at:].startswith(key) for at in _word_starts(k))]
    whole = [i for i, k in enumerate(index.keys) if k.startswith(key)]
    return sorted(whole, key=lambda i: (len(index.keys[i]), i)) + sorted(words, key=lambda i: (len(index.keys[i]), i))


def test_lookup_results_on_the_fixed_list(index) -> None:
    """LookupIndex.lookup: exact first; else what the writer may be typing (completions, shortest
    first); only when no term begins with it, WRatio suggestions over every key, best first; one
    result per concept."""
    for q in fixed_queries()[:40]:
        key = fold_key(q)
        got = index.lookup(q, limit=5)
        if not key or index.by_key.get(key):
            continue
        expected, seen = [], set()
        for i in naive_completions(index, key)[:15]:
            for concept, term in index.by_key[index.keys[i]]:
                if concept.id not in seen:
                    seen.add(concept.id)
                    expected.append((concept.id, min(max(fuzz.WRatio(key, index.keys[i]), 60.0), 99.0), term.text))
        typed = len(expected)
        for k, score, _ in reference(index, key, 15) if not typed else []:
            for concept, term in index.by_key[k]:
                if concept.id not in seen:
                    seen.add(concept.id)
                    expected.append((concept.id, min(score, 99.0), term.text))
        expected[typed:] = sorted(expected[typed:], key=lambda r: -r[1])
        assert [(r.concept.id, r.score, r.matched.text) for r in got] == expected[:5], q


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_completions_are_the_naive_scan(index, data) -> None:
    key = data.draw(st.sampled_from(index.keys))
    start = data.draw(st.sampled_from(_word_starts(key)))
    q = key[start : start + data.draw(st.integers(1, 12))]
    limit = data.draw(st.sampled_from([1, 5, 15]))
    assert index.completions(q, limit) == naive_completions(index, q)[:limit]


@pytest.mark.parametrize(("typed", "first"), [("bo ngo", "Bộ Ngoại giao"), ("Ministry of Fo", "Ministry of Foreign Affairs"),
                                              ("Deputy Min", "Deputy Minister"), ("uy ban nhan dan t", "Ủy ban nhân dân tỉnh")])
def test_a_term_being_typed_comes_first(index, typed, first) -> None:
    assert index.lookup(typed, limit=5)[0].matched.text == first


def test_the_shared_word_score_is_wratios() -> None:
    # a shared word, lengths 1.5 to 8 times apart, no other likeness: WRatio gives exactly this
    assert fuzz.WRatio("ab of", "zzzzzzzzzzzzz of") == _SHARED_WORD_SCORE
    assert fuzz.WRatio("ab of", "of " + "z" * 37) == _SHARED_WORD_SCORE  # length ratio exactly 8


def test_keys_and_queries_with_odd_spacing_are_scored_in_full() -> None:
    keys = ["people committee", "people\tcommittee", "ha noi", "ha noi ha noi", "z"]
    s = _Suggester(keys)
    assert s.always == [1]
    assert s.extract("people  committee", 5, 60.0) is None
    for q in ("ha noi", "people committe", "ha noi nha"):
        expected = process.extract(q, keys, scorer=fuzz.WRatio, limit=3)
        assert s.extract(q, 3, 60.0) == [(k, sc, i) for k, sc, i in expected if sc >= 60.0]


def test_the_suggester_is_built_only_after_a_few_fuzzy_queries() -> None:
    """A one-shot ``vnterm lookup`` scores every key once rather than build the bounds."""
    index = LookupIndex(load_glossaries())
    answers = [index.suggestions("bo tai chin", 15, 60.0) for _ in range(LookupIndex.SCAN_FIRST)]
    assert index._suggester is None
    answers.append(index.suggestions("bo tai chin", 15, 60.0))
    assert index._suggester is not None
    assert all(a == answers[0] for a in answers) and answers[0] == reference(index, "bo tai chin", 15)
