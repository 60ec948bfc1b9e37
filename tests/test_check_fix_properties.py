"""Properties of ``check --fix`` (issues 14.3 and 17.2), over texts made of the fragments the rules
care about: a fixed text has no fixable finding left, fixing twice changes nothing, and a fix never
writes a deprecated glossary form."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.check.fix import fix_document
from vnterm.glossary import load_glossary

DATA = Path(__file__).parent / "data" / "check"

FRAGMENTS = [
    "Deputy FM", "Deputy Foreign Minister", "Deputy Minister of Foreign Affairs", "two-tier", "two-tiered",
    "two-tier local government", "two-tiered local government", "Vietnam", "Viet Nam", "Việt Nam",
    "Hải Phòng", "Hai Phong", "Huế", "Hue", "organise", "organize", "colour", "color", "realise", "realize",
    "Decree 58/2022/NĐ-CP", "Decree No. 58/2022/ND-CP", "Resolution No. 18/NQ-TW", "Resolution 57-NQ/TW",
    "People's Committee of Hai Phong", "Department of Foreign Affairs of Dong Nai province",
    "the Provincial People's Committee of Quang Ninh", "socio-economic", "socioeconomic", "Ha Noi", "Hanoi",
    "Ministry of Foreign Affairs", "Foreign Ministry", "Foreign Affairs Ministry", "Lao", "Chinese", "Japan's",
    "State President", "President", "Party Central Committee",
    "Central Committee of the Communist Party of Viet Nam", "Ngo Le Van", "Ngô Lê Văn", "Vietnam News Agency",
    "Viet Nam News", "Vietnam Airlines", "on August 12, 2025,", "Hoa Binh province", "Party and the State",
    "Party and State", "National Party Congress", "Party National Congress", "Congress Party National",
    "fulfill", "fulfil", "emphasised", "re-organise", "reorganise", "Vice-Chairmen", "Vice Chairmen",
    "Bộ Ngoại giao", "Binh Duong", "province", "the", "met", "and", "of", "in", "said", ".", ",", '"', "“", "”", "\n", "\n\n",
]

CASES = [("glossary.tsv", "consistent"), ("glossary.tsv", "government"), ("newsroom.tsv", "vna"),
         ("newsroom.tsv", "vns"), ("newsroom.tsv", "consistent")]
_CHECKERS: dict[tuple[str, str], Checker] = {}


def checker_for(glossary: str, style: str) -> Checker:
    key = (glossary, style)
    if key not in _CHECKERS:
        _CHECKERS[key] = Checker(load_glossary(DATA / glossary), CheckConfig(style=style))
    return _CHECKERS[key]


def fix(checker: Checker, text: str) -> str:
    return fix_document(checker, load_document("t.txt", text)).after


texts = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=25).map(lambda parts: "Text " + " ".join(parts) + "\n")


@pytest.mark.parametrize("glossary, style", CASES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_fix_is_a_fixed_point_and_never_writes_a_deprecated_form(glossary, style, text):
    checker = checker_for(glossary, style)
    fixed = fix(checker, text)
    after = checker.check(load_document("t.txt", fixed))
    assert [f for f in after if f.fixable] == []
    assert fix(checker, fixed) == fixed
    before = checker.check(load_document("t.txt", text))
    deprecated_before = Counter(f.found for f in before if f.rule == "term-deprecated")
    deprecated_after = Counter(f.found for f in after if f.rule == "term-deprecated")
    assert not deprecated_after - deprecated_before
    assert fixed.count("\n") == text.count("\n")


@pytest.mark.parametrize("glossary, style", CASES)
def test_seeds_concatenated_fix_once(glossary, style):
    """Issue 17.2's reproduction: the five seed files in one text, fixed, give nothing more to fix."""
    seeds = sorted((Path(__file__).parents[1] / "corpora" / "seeds").glob("*.txt"))
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in seeds)
    checker = checker_for(glossary, style)
    fixed = fix(checker, text)
    assert [f for f in checker.check(load_document("t.txt", fixed)) if f.fixable] == []
