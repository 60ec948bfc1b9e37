"""Content of the bundled glossary (glossaries/official/*.tsv): validity, coverage, matchability.

These tests read the bundled file itself (not $VNTERM_GLOSSARY), because its content is what they
check. Exact-output tests elsewhere use fixture glossaries under tests/data/.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.glossary import load_glossary
from vnterm.glossary.matcher import Matcher
from vnterm.glossary.validate import validate
from vnterm.text import fold_key, romanize, to_tone_style

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "glossaries" / "official"
SEED_TERMS = Path(__file__).resolve().parent / "data" / "glossary_seed_terms.tsv"
ALLOWED_DOMAINS = {"org", "title", "admin", "party", "legal", "policy", "place", "event", "person", "general"}


@pytest.fixture(scope="module")
def official():
    return load_glossary(BUNDLED, check=False)


@pytest.fixture(scope="module")
def matcher(official):
    return Matcher(official)


def _seed_rows() -> list[tuple[str, int, str, str, str]]:
    lines = [l for l in SEED_TERMS.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    assert lines[0].split("\t") == ["seed", "line", "term", "concept", "status"]
    rows = []
    for line in lines[1:]:
        seed, number, term, concept, status = line.split("\t")
        rows.append((seed, int(number), term, concept, status))
    return rows


SEED_ROWS = _seed_rows()


def _seed_lines(seed: str) -> list[str]:
    (path,) = sorted((ROOT / "corpora" / "seeds").glob(f"{seed}_*.txt"))
    return path.read_text(encoding="utf-8").splitlines()


# ------------------------------------------------------------------------------ (a) validity, shape


def test_bundled_glossary_validates(official) -> None:
    assert validate(official) == []
    # and through the loader with its checks on
    assert len(load_glossary(BUNDLED)) == len(official)


def test_at_least_500_concepts(official) -> None:
    assert len(official) >= 500


def test_every_concept_has_vi_and_en_preferred_domain_and_source(official) -> None:
    missing = []
    for c in official:
        for lang in ("vi", "en"):
            if sum(1 for t in c.terms if t.lang == lang and t.status == "preferred") != 1:
                missing.append(f"{c.id}: needs exactly one preferred {lang} term")
        if c.domain not in ALLOWED_DOMAINS:
            missing.append(f"{c.id}: domain {c.domain!r}")
        if not c.source.strip():
            missing.append(f"{c.id}: no source")
    assert missing == []


def test_cli_validate_reports_ok(official) -> None:
    from vnterm.cli import cli

    result = CliRunner().invoke(cli, ["glossary", "validate", str(BUNDLED)])
    s = official.stats()
    assert result.exit_code == 0
    assert result.output == f"{BUNDLED}: ok ({s['concepts']} concepts, {s['terms']} terms)\n"


# ------------------------------------------------------------------------------ (b) every term matchable


def _frame(term: str) -> tuple[str, int]:
    return f"Yesterday {term} said.", len("Yesterday ")


def test_every_term_is_found_alone_and_maps_to_its_concept(official, matcher) -> None:
    failures = []
    for concept in official:
        for term in concept.terms:
            sentence, start = _frame(term.text)
            hits = [h for h in matcher.find(sentence) if h.start == start and h.end == start + len(term.text)]
            if not hits or hits[0].concept.id != concept.id:
                failures.append((concept.id, term.text, [(h.text, h.concept.id) for h in matcher.find(sentence)]))
    assert failures == []


def test_no_term_is_shared_by_two_concepts(official) -> None:
    """A shared term would make the matcher's choice arbitrary: each folded surface (whatever the match
    mode) belongs to one concept."""
    owner: dict[str, str] = {}
    shared = []
    for concept in official:
        for term in concept.terms:
            key = fold_key(term.text)
            if owner.setdefault(key, concept.id) != concept.id:
                shared.append((term.text, owner[key], concept.id))
    assert shared == []


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_matching_ignores_case_diacritics_and_tone_style(official, matcher, data) -> None:
    fold_terms = [(c.id, t.text) for c in official for t in c.terms if t.match == "fold"]
    cid, text = data.draw(st.sampled_from(fold_terms))
    variant = data.draw(
        st.sampled_from(
            [text.upper(), text.lower(), romanize(text), to_tone_style(text, "old"), to_tone_style(text, "new")]
        )
    )
    sentence, start = _frame(variant)
    hits = [h for h in matcher.find(sentence) if h.start == start and h.end == start + len(variant)]
    assert hits and hits[0].concept.id == cid


def test_case_terms_do_not_fire_in_lower_case(official, matcher) -> None:
    """Acronyms and abbreviations with match = case (TW, UBND, NA, MOFA...) ignore lower-case prose."""
    leaks = []
    for concept in official:
        for term in concept.terms:
            if term.match != "case" or term.text.lower() == term.text:
                continue
            sentence, start = _frame(term.text.lower())
            for h in matcher.find(sentence):
                if h.start == start and h.end == start + len(term.text) and h.term is term:
                    leaks.append(term.text)
    assert leaks == []


def test_short_english_acronyms_match_case(official) -> None:
    loose = [
        (c.id, t.text)
        for c in official
        for t in c.terms
        if t.lang == "en" and re.fullmatch(r"[A-Z][A-Za-z]{1,5}", t.text) and t.text[1:].isupper() and t.match == "fold"
    ]
    assert loose == []


# ------------------------------------------------------------------------------ (c) the seeds are covered


def test_seed_fixture_is_substantial() -> None:
    assert len(SEED_ROWS) >= 60
    assert {r[0] for r in SEED_ROWS} == {"000", "001", "002", "003", "004"}
    statuses = {r[4] for r in SEED_ROWS}
    assert {"preferred", "admitted", "deprecated"} <= statuses


@pytest.mark.parametrize(
    "seed,line,term,concept,status", SEED_ROWS, ids=[f"{r[0]}:{r[1]}:{r[2]}" for r in SEED_ROWS]
)
def test_seed_term_is_covered(matcher, seed, line, term, concept, status) -> None:
    text = _seed_lines(seed)[line - 1]
    starts = [m.start() for m in re.finditer(re.escape(term), text)]
    assert starts, f"{term!r} is not on line {line} of seed {seed}"
    hits = {(h.start, h.end): h for h in matcher.find(text, lang="en")}
    found = [hits[(s, s + len(term))] for s in starts if (s, s + len(term)) in hits]
    assert any(h.concept.id == concept and h.term.status == status for h in found), [
        (h.text, h.concept.id, h.term.status) for h in hits.values()
    ]


def test_seed_deprecated_variants_are_flagged(official, matcher) -> None:
    """The known inconsistencies of the seeds come out as deprecated terms of the right concept."""
    text = "\n".join(line for seed in ("000", "002", "003", "004") for line in _seed_lines(seed))
    flagged = {(h.text, h.concept.id) for h in matcher.find(text, lang="en") if h.term.is_flagged}
    assert flagged == {
        ("Deputy FM", "deputy_minister_foreign_affairs"),
        ("two-tiered local government", "two_tier_local_government"),
        ("two-tiered government", "two_tier_local_government"),
        ("Department for External Relations and Cultural Diplomacy", "dept_foreign_affairs_cultural_diplomacy"),
        ("Vietnamese representative offices abroad", "representative_agencies_abroad"),
    }


# ------------------------------------------------------------------------------ required coverage

PROVINCIAL_UNITS_2025 = {
    # 6 centrally-run cities
    "Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Thành phố Hồ Chí Minh",
    # 28 provinces
    "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
    "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Quảng Trị",
    "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long",
    "Đồng Tháp", "Cà Mau", "An Giang",
}  # fmt: skip


def _preferred(concept, lang):
    return next(t.text for t in concept.terms if t.lang == lang and t.status == "preferred")


def test_34_provincial_level_units_with_english_forms(official) -> None:
    assert len(PROVINCIAL_UNITS_2025) == 34
    by_vi = {_preferred(c, "vi"): c for c in official if c.domain == "place"}
    missing = PROVINCIAL_UNITS_2025 - set(by_vi)
    assert missing == set()
    for name in PROVINCIAL_UNITS_2025 - {"Thành phố Hồ Chí Minh", "Hà Nội"}:
        assert _preferred(by_vi[name], "en") == romanize(name)
    assert _preferred(by_vi["Thành phố Hồ Chí Minh"], "en") == "Ho Chi Minh City"
    assert {t.text for t in by_vi["Hà Nội"].terms if t.lang == "en"} >= {"Ha Noi", "Hanoi"}
    former = [c for c in official if c.domain == "place" and c.note.startswith("FORMER province")]
    assert len(former) == 30  # the 29 merged on 1 July 2025, plus Thua Thien Hue (became Hue city)


def test_government_after_march_2025(official) -> None:
    ministries = {
        "Bộ Quốc phòng", "Bộ Công an", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Tài chính", "Bộ Công Thương",
        "Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
        "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo",
        "Ngân hàng Nhà nước Việt Nam", "Thanh tra Chính phủ", "Văn phòng Chính phủ",
    }  # fmt: skip
    by_vi = {_preferred(c, "vi"): c for c in official}
    assert ministries <= set(by_vi)
    for name in ("Bộ Kế hoạch và Đầu tư", "Bộ Giao thông vận tải", "Bộ Thông tin và Truyền thông"):
        assert by_vi[name].note.startswith("DISSOLVED"), name


def test_required_bodies_titles_and_policies(official) -> None:
    en = {t.text for c in official for t in c.terms if t.lang == "en"}
    required = {
        "Politburo", "Secretariat of the Party Central Committee", "Party Central Committee", "General Secretary",
        "Central Commission for External Relations", "President", "National Assembly", "Government",
        "Viet Nam National Commission for UNESCO", "State Committee for Overseas Vietnamese Affairs",
        "Department of Foreign Affairs and Cultural Diplomacy", "Minister", "Deputy Minister",
        "Permanent Deputy Minister", "Assistant Minister", "Director General", "Ambassador", "Consul General",
        "Spokesperson", "Chairman", "Vice Chairman", "Secretary", "Deputy Secretary", "Director", "Deputy Director",
        "People's Committee", "People's Council", "Department of Foreign Affairs", "Deputy Minister of Foreign Affairs",
        "Member of the Politburo", "Member of the Party Central Committee", "commune", "ward", "special zone",
        "Resolution", "Decree", "Circular", "Decision", "Directive", "Law", "Conclusion", "Regulation",
        "economic diplomacy", "cultural diplomacy", "people-to-people diplomacy", "Party diplomacy",
        "State diplomacy", "local foreign affairs", "Vietnamese representative agencies abroad",
        "overseas Vietnamese", "Comprehensive Strategic Partnership", "strategic autonomy",
        "nation's era of rising", "international integration", "14th National Party Congress", "ASEAN Summit",
        "APEC",
    }  # fmt: skip
    assert required - en == set()


def test_vietnamese_abbreviations_are_case_matched(official) -> None:
    abbreviations = {t.text: t for c in official for t in c.terms if t.lang == "vi" and t.type == "abbreviation"}
    for text in ("UBND", "HĐND", "TP.", "TW", "BNG", "MTTQ"):
        term = abbreviations[text]
        assert (term.status, term.match) == ("admitted", "case"), text


def test_house_style_viet_nam(official) -> None:
    concept = official.get("viet_nam")
    assert [(t.text, t.status) for t in concept.terms if t.lang == "en"] == [
        ("Viet Nam", "preferred"),
        ("Vietnam", "admitted"),
    ]
    # every English name with "Viet Nam" also admits the "Vietnam" spelling, with the same status
    for c in official:
        texts = {t.text: t.status for t in c.terms if t.lang == "en"}
        for text, status in texts.items():
            if "Viet Nam" in text:
                assert texts.get(text.replace("Viet Nam", "Vietnam")) == (
                    "admitted" if status == "preferred" else status
                ), (c.id, text)


def test_legal_document_types_carry_the_number_format_rule(official) -> None:
    for cid in ("resolution", "decree", "circular", "decision", "directive", "conclusion", "regulation", "law"):
        note = official.get(cid).note
        assert "No." in note and "diacritics" in note, cid
    assert "Decree No. 58/2022/ND-CP" in official.get("decree").note


def test_flagged_variants_are_not_common_words(official) -> None:
    """Every deprecated/forbidden English variant is an error wherever it appears, so none may be a
    bare lower-case word that ordinary prose uses: each is a phrase or a capitalised name."""
    loose = [
        (c.id, t.text)
        for c in official
        for t in c.terms
        if t.lang == "en" and t.is_flagged and " " not in t.text and not t.text[0].isupper()
    ]
    assert loose == []
