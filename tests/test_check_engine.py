"""The checker engine: exact findings per rule on small texts, with a fixture glossary."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.check.config import load_config
from vnterm.check.engine import match_case
from vnterm.errors import ConfigError, InputError
from vnterm.glossary import load_glossary

DATA = Path(__file__).parent / "data" / "check"


@pytest.fixture(scope="module")
def glossary():
    return load_glossary(DATA / "glossary.tsv")


@pytest.fixture(scope="module")
def checker(glossary):
    """The tests below were written for the Government/MOFA house style ("Viet Nam", no diacritics)."""
    return Checker(glossary, CheckConfig(style="government"))


def run(checker, text, path="t.txt"):
    doc = load_document(path, text)
    return [(f.rule, f.severity, f.found, f.expected, f.line, f.column) for f in checker.check(doc)]


def test_deprecated_term_points_at_the_original_text(checker):
    text = "Intro.\nThe Deputy FM met\u00a0them.\n"
    doc = load_document("t.txt", text)
    [f] = checker.check(doc)
    assert (f.rule, f.severity, f.found, f.expected, f.concept) == (
        "term-deprecated", "error", "Deputy FM", "Deputy Minister of Foreign Affairs", "deputy_minister_foreign_affairs")
    assert (f.line, f.column, text[f.start:f.end]) == (2, 5, "Deputy FM")
    assert f.fixable


def test_deprecated_term_case_follows_sentence_start(checker):
    assert run(checker, "Two-tiered local government is new.\n") == [
        ("term-deprecated", "error", "Two-tiered local government", "Two-tier local government", 1, 1)]


def test_admitted_term_is_quiet_by_default_and_flagged_when_house_style_prefers(glossary, checker):
    text = "The Foreign Ministry spoke.\n"
    assert run(checker, text) == []
    prefer = Checker(glossary, CheckConfig(admitted="prefer"))
    assert run(prefer, text) == [
        ("term-admitted", "warning", "Foreign Ministry", "Ministry of Foreign Affairs", 1, 5)]


def test_full_form_first_then_short_form_is_consistent(checker):
    # newsroom convention (issue 14.4): full form at first mention, short form after; the reverse is flagged
    text = "The Ministry of Foreign Affairs met. Later the Foreign Ministry said MOFA agreed.\n"
    assert run(checker, text) == []
    reverse = "The Foreign Ministry met. Later the Ministry of Foreign Affairs said MOFA agreed.\n"
    assert run(checker, reverse) == [
        ("term-inconsistent", "warning", "Foreign Ministry", "Ministry of Foreign Affairs", 1, 5)]


def test_one_concept_two_ways_flagged_when_the_style_asks(glossary):
    strict = Checker(glossary, CheckConfig(style="government", inconsistent_admitted="flag"))
    text = "The Ministry of Foreign Affairs met. Later the Foreign Ministry said MOFA agreed.\n"
    assert run(strict, text) == [
        ("term-inconsistent", "warning", "Foreign Ministry", "Ministry of Foreign Affairs", 1, 48)]


def test_foreign_ministries_are_not_ours(checker):
    assert run(checker, "The French Foreign Ministry and the Ministry of Foreign Affairs met.\n") == []


def test_trap_foreign_affairs_as_ordinary_words(checker):
    assert run(checker, "Local foreign affairs work and foreign affairs officials of the province.\n") == []


def test_compound_two_tier_and_two_tiered(checker):
    text = "A two-tier model. Another two-tier plan. A two-tiered plan.\n"
    assert run(checker, text) == [("compound-inconsistent", "warning", "two-tiered", "two-tier", 1, 44)]


def test_two_tier_used_alone_is_clean(checker):
    assert run(checker, "A two-tier approach and a two-tier pricing scheme.\n") == []


def test_names_with_and_without_diacritics(checker):
    text = "Trần Thị Quỳnh Trang met Tran Thi Quynh Trang's team in Hai Phong.\n"
    assert run(checker, text) == [
        ("name-diacritics", "warning", "Trần Thị Quỳnh Trang", "Tran Thi Quynh Trang", 1, 1)]


def test_a_vietnamese_caption_inside_english_copy_is_not_linted_for_names(checker):
    text = ("Deputy Minister Nguyễn Minh Vũ visited the province.\n"
            "Thứ trưởng Nguyễn Minh Vũ phát biểu tại buổi làm việc. Ảnh: TG\n"
            "Tiếng Việt | English\n")
    assert run(checker, text) == [
        ("name-diacritics", "warning", "Nguyễn Minh Vũ", "Nguyen Minh Vu", 1, 17)]


def test_names_keep_style_uses_the_document_or_glossary_form(glossary):
    keep = Checker(glossary, CheckConfig(diacritics="keep"))
    text = "Hải Phòng and Hai Phong; Quang Ninh too.\n"
    assert run(keep, text) == [
        ("name-diacritics", "warning", "Hai Phong", "Hải Phòng", 1, 15),
        ("name-diacritics", "warning", "Quang Ninh", "Quảng Ninh", 1, 26)]


def test_legal_reference_forms(checker):
    text = "Decree 58/2022/NĐ-CP, Resolution No 250/2025/QH15, Decision No. 1227/QĐ-TTg and Decree No. 80/2020/ND-CP.\n"
    assert run(checker, text) == [
        ("legal-ref", "warning", "Decree 58/2022/NĐ-CP", "Decree No. 58/2022/ND-CP", 1, 1),
        ("legal-ref", "warning", "Resolution No 250/2025/QH15", "Resolution No. 250/2025/QH15", 1, 23),
        ("legal-ref", "warning", "Decision No. 1227/QĐ-TTg", "Decision No. 1227/QD-TTg", 1, 52)]


def test_legal_reference_skips_un_resolutions_and_years(checker):
    assert run(checker, "The UN Security Council adopted Resolution 1325. The Law 2020 applies.\n") == []


def test_legal_ref_no_off_keeps_the_number_form(glossary):
    off = Checker(glossary, CheckConfig(legal_ref_no=False))
    assert run(off, "Decree 58/2022/ND-CP and Decree 58/2022/NĐ-CP.\n") == [
        ("legal-ref", "warning", "Decree 58/2022/NĐ-CP", "Decree 58/2022/ND-CP", 1, 26)]


def test_local_body_title_form(checker):
    text = "Chairman of the People's Committee of Hai Phong and the Provincial People's Committee of Quang Ninh Cao Tuong Huy.\n"
    assert run(checker, text) == [
        ("title-form", "warning", "People's Committee of Hai Phong", "Hai Phong People's Committee", 1, 17),
        ("title-form", "warning", "Provincial People's Committee of Quang Ninh", "Quang Ninh Provincial People's Committee", 1, 57)]


def test_body_of_a_ministry_is_not_a_place(checker):
    assert run(checker, "The Party Committee of the Ministry of Foreign Affairs met.\n") == []


def test_viet_nam_house_style_both_ways(glossary):
    text = "Viet Nam and Vietnam; Vietnam Airlines flies.\n"
    assert run(Checker(glossary, CheckConfig()), text) == [("viet-nam", "warning", "Vietnam", "Viet Nam", 1, 14)]
    assert run(Checker(glossary, CheckConfig(viet_nam="Vietnam")), text) == [
        ("viet-nam", "warning", "Viet Nam", "Vietnam", 1, 1)]


def test_spelling_consistent_british_american(glossary, checker):
    text = "We organise, prioritise and realize. The colour.\n"
    assert run(checker, text) == [("spelling", "warning", "realize", "realise", 1, 29)]
    american = Checker(glossary, CheckConfig(spelling="american"))
    assert [r[2:4] for r in run(american, text)] == [
        ("organise", "organize"), ("prioritise", "prioritize"), ("colour", "color")]


def test_severity_off_and_override(glossary):
    cfg = CheckConfig(style="government", severities={"term-deprecated": "off", "viet-nam": "error"})
    assert run(Checker(glossary, cfg), "Deputy FM in Vietnam.\n") == [("viet-nam", "error", "Vietnam", "Viet Nam", 1, 14)]


def test_line_suppression_in_plain_text(checker):
    text = "Deputy FM one. vnterm: ignore\nDeputy FM two. vnterm-disable-line legal-ref\nDeputy FM three.\n"
    assert [r[4] for r in run(checker, text)] == [2, 3]


def test_block_suppression_in_markdown(checker):
    text = "Deputy FM a.\n<!-- vnterm-disable term-deprecated -->\nDeputy FM b.\n<!-- vnterm-enable -->\nDeputy FM c.\n"
    assert [r[4] for r in run(checker, text, "a.md")] == [1, 5]


def test_markdown_skips_code_front_matter_and_link_targets(checker):
    text = ("---\ntitle: Deputy FM\n---\nSee [the page](https://x.org/Deputy%20FM) and `Deputy FM`.\n\n"
            "    Deputy FM indented code\n\n```\nDeputy FM\n```\n**Deputy** FM in bold.\n")
    assert run(checker, text, "a.md") == [
        ("term-deprecated", "error", "Deputy FM", "Deputy Minister of Foreign Affairs", 11, 3)]


def test_html_visible_text_positions_in_source(checker):
    text = "<html><head><title>Deputy FM</title></head><body><p>The Deputy&nbsp;FM came.</p><script>Deputy FM</script></body></html>"
    doc = load_document("a.html", text)
    [f] = checker.check(doc)
    assert text[f.start:f.end] == "Deputy&nbsp;FM"
    assert (f.found, f.line, f.column) == ("Deputy\u00a0FM", 1, 57)


def test_broken_html_and_empty_files_raise_input_errors():
    with pytest.raises(InputError, match="comment never closed"):
        load_document("a.html", "<p>fine</p>\n<!-- never closed\n")
    with pytest.raises(InputError, match="file is empty"):
        load_document("a.txt", "\n\n")


def test_deterministic_across_runs(checker):
    text = (Path(__file__).parents[1] / "corpora" / "seeds" / "000_4979db7925fa6fd8.txt").read_text()
    first = checker.check(load_document("s.txt", text))
    assert first
    for _ in range(5):
        assert checker.check(load_document("s.txt", text)) == first


def test_match_case():
    assert match_case("DEPUTY FM", "Deputy Minister") == "DEPUTY MINISTER"
    assert match_case("Organise", "organize") == "Organize"
    assert match_case("colour", "Color") == "color"


def test_config_file(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vnterm]\nviet_nam = "Vietnam"\nspelling = "british"\nglossaries = ["g.tsv"]\n'
        'model_dir = "models/opus"\n[tool.vnterm.rules]\nspelling = "off"\n[tool.vnterm.translate]\nbeam = 4\n')
    cfg = load_config(tmp_path / "pyproject.toml")
    assert (cfg.viet_nam, cfg.spelling, cfg.severity("spelling"), cfg.severity("legal-ref")) == (
        "Vietnam", "british", "off", "warning")
    assert cfg.glossaries == (str(tmp_path / "g.tsv"),)


@pytest.mark.parametrize("body, message", [
    ('viet_nam = "VN"', "viet_nam = 'VN': expected one of 'Viet Nam', 'Vietnam'"),
    ('[rules]\nnope = "off"', "unknown rule 'nope'"),
    ('speling = "british"', "unknown key 'speling' in \\[tool.vnterm\\] \\(did you mean 'spelling'\\?\\)"),
    ('viet_nam = ', "invalid TOML"),
])
def test_bad_config(tmp_path, body, message):
    (tmp_path / "vnterm.toml").write_text(body + "\n")
    with pytest.raises(ConfigError, match=message if "\\" in message else message.replace("(", r"\(").replace(")", r"\)")):
        load_config(tmp_path / "vnterm.toml")


def test_no_term_across_two_html_blocks(checker):
    one = "<p>The two-tiered local government model.</p>\n"
    two = "<h2>The two-tiered</h2><p>local government model.</p>\n"
    assert [f[0] for f in run(checker, one, "a.html")] == ["term-deprecated"]
    assert run(checker, two, "b.html") == []


def test_a_br_inside_a_paragraph_does_not_split_a_term(checker):
    assert [f[0] for f in run(checker, "<p>The two-tiered<br>local government model.</p>\n", "c.html")] == [
        "term-deprecated"]


def test_markdown_headings_and_list_items_end_a_block(checker):
    md = "## The two-tiered\nlocal government model\n\n- the two-tiered\n- local government model\n"
    assert run(checker, md, "d.md") == []
    wrapped = "- the two-tiered\n  local government model\n"
    assert [f[0] for f in run(checker, wrapped, "e.md")] == ["term-deprecated"]


# --- the rule table -------------------------------------------------------------------------------

def test_every_rule_has_one_row_and_a_kind_that_yields_it():
    import inspect

    from vnterm.check.rules import KINDS, RULES, RuleKind

    for rule in RULES.values():
        assert rule.id in rule.kind.yields and rule.kind in KINDS
        assert rule.severity in ("error", "warning", "info") and rule.description.endswith(".")
    assert {r for k in KINDS for r in k.yields} == set(RULES)
    modules = {inspect.getmodule(k).__name__ for k in KINDS}
    assert all(m.startswith("vnterm.check.rules.") for m in modules)
    assert all(issubclass(k, RuleKind) and k.needs <= {"hits", "text", "pairs"} for k in KINDS)


def test_a_kind_whose_rules_are_off_does_not_run(glossary):
    checker = Checker(glossary, CheckConfig(severities={"legal-ref": "off"}))
    assert "LegalRefs" not in {type(k).__name__ for k in checker.kinds}
    assert run(checker, "Decree 58/2022/ND-CP applies.\n") == []
