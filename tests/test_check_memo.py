"""The checker's glossary-only state is kept with the parsed glossary in the loader's cache (issue 18)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.glossary import load_glossary
from vnterm.glossary.loader import save_memo

DATA = Path(__file__).parent / "data" / "check"
SEEDS = Path(__file__).parents[1] / "corpora" / "seeds"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.delenv("VNTERM_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    glossary = tmp_path / "g.tsv"
    glossary.write_text((DATA / "glossary.tsv").read_text(encoding="utf-8"), encoding="utf-8")
    return glossary


def _findings(checker: Checker) -> list:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        out += checker.check(load_document(path.name, path.read_text(encoding="utf-8")))
    return out


def test_a_second_run_reads_the_state_from_the_cache(cache):
    first = load_glossary(cache)
    fresh = Checker(first, CheckConfig())
    want = _findings(fresh)  # builds the matcher, which writes the state to the cache
    second = load_glossary(cache)
    assert second is not first and second.memo  # read back with the glossary
    cached = Checker(second, CheckConfig(style="government"))
    assert cached._state.matcher is not None  # nothing to rebuild
    assert _findings(Checker(second, CheckConfig())) == want
    assert _findings(cached) == _findings(Checker(load_glossary(DATA / "glossary.tsv"), CheckConfig(style="government")))


def test_a_glossary_changed_after_loading_is_never_cached(cache):
    glossary = load_glossary(cache)
    concept = next(iter(glossary))
    concept.terms = [dataclasses.replace(concept.terms[0], text=concept.terms[0].text + " changed"), *concept.terms[1:]]
    assert save_memo(glossary) is False
    reloaded = load_glossary(cache)
    assert next(iter(reloaded)).terms[0].text == concept.terms[0].text.removesuffix(" changed")
    added = load_glossary(cache)
    added.add(dataclasses.replace(concept, id="new_one"))
    assert save_memo(added) is False and "new_one" not in load_glossary(cache)


def test_no_cache_keeps_the_state_in_memory_only(tmp_path, monkeypatch):
    monkeypatch.setenv("VNTERM_NO_CACHE", "1")
    glossary = load_glossary(DATA / "glossary.tsv")
    a, b = Checker(glossary), Checker(glossary, CheckConfig(style="vna"))
    assert a.matcher is b.matcher  # one automaton per glossary, whatever the configuration
    assert save_memo(glossary) is False


def test_another_code_versions_state_is_dropped(tmp_path, monkeypatch):
    from vnterm.check import engine

    monkeypatch.setenv("VNTERM_NO_CACHE", "1")
    glossary = load_glossary(DATA / "glossary.tsv")
    glossary.memo[engine._MEMO_PREFIX + "an older build"] = object()
    glossary.memo["another consumer"] = 1
    Checker(glossary)
    assert sorted(glossary.memo) == sorted(["another consumer", engine._memo_key()])
