"""The Aho-Corasick matcher: folding-insensitive, token-bounded, longest-leftmost, original offsets."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.glossary.matcher import Matcher
from vnterm.glossary.tsv import loads_tsv
from vnterm.text import fold_key, to_tone_style

GLOSSARY = loads_tsv(
    "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tmatch\n"
    "tt\ten\tpreferred\ttwo-tier local government\t\n"
    "tt\ten\tdeprecated\ttwo-tiered local government\t\n"
    "tt\tvi\tpreferred\tchính quyền địa phương hai cấp\t\n"
    "pc\tvi\tpreferred\tỦy ban nhân dân\t\n"
    "pc\tvi\tadmitted\tUBND\tcase\n"
    "pc\ten\tpreferred\tPeople's Committee\t\n"
    "hpc\ten\tpreferred\tHai Phong People's Committee\t\n"
    "hp\ten\tpreferred\tHai Phong\t\n"
    "hp\tvi\tpreferred\tHải Phòng\t\n"
    "tw\tvi\tadmitted\tTW\tcase\n"
    "tw\tvi\tpreferred\tTrung ương\t\n"
    "tp\tvi\tadmitted\tTP.\tcase\n"
    "tp\tvi\tpreferred\tthành phố\t\n"
    "bo\tvi\tpreferred\tbộ\t\n",
    "m.tsv",
)
M = Matcher(GLOSSARY)


def spans(text: str, **kw) -> list[tuple[str, str, str]]:
    return [(m.text, m.concept.id, m.term.status) for m in M.find(text, **kw)]


def test_finds_variants_with_status_and_original_offsets() -> None:
    text = "The two-tiered local government and the Two-Tier Local Government model."
    found = M.find(text)
    assert [(m.start, m.end, m.term.status) for m in found] == [(4, 31, "deprecated"), (40, 65, "preferred")]
    assert text[found[0].start:found[0].end] == "two-tiered local government"


def test_longest_leftmost_wins() -> None:
    assert spans("the Hai Phong People’s Committee met") == [("Hai Phong People’s Committee", "hpc", "preferred")]


def test_token_boundaries() -> None:
    assert spans("Hai Phongese and XHai Phong") == []
    assert spans("(Hai Phong)") == [("Hai Phong", "hp", "preferred")]


def test_diacritics_folded_but_reported() -> None:
    (m,) = M.find("in Hải Phòng city", lang="en")
    assert (m.text, m.exact_marks) == ("Hải Phòng", False)
    (v,) = M.find("in Hải Phòng city", lang="vi")
    assert v.exact_marks


def test_strict_marks_for_vietnamese() -> None:
    assert spans("con bò ăn cỏ", lang="vi", strict_marks=True) == []
    assert spans("Bộ Ngoại giao", lang="vi", strict_marks=True) == [("Bộ", "bo", "preferred")]


def test_case_sensitive_abbreviations() -> None:
    assert spans("UBND TP. Hải Phòng", lang="vi") == [
        ("UBND", "pc", "admitted"), ("TP.", "tp", "admitted"), ("Hải Phòng", "hp", "preferred")
    ]
    assert spans("ubnd tw", lang="vi") == []
    assert spans("Ban Chấp hành TW Đảng", lang="vi") == [("TW", "tw", "admitted")]


def test_nfd_and_old_tone_style_match_with_original_offsets() -> None:
    text = unicodedata.normalize("NFD", "Uỷ ban nhân dân thành phố")
    (m, tp) = M.find(text, lang="vi", strict_marks=True)
    assert m.concept.id == "pc" and m.start == 0
    assert unicodedata.normalize("NFC", text[m.start:m.end]) == "Uỷ ban nhân dân"
    assert tp.end == len(text)


def test_line_wrapped_term_matches() -> None:
    assert spans("the two-tier\nlocal   government") == [("two-tier\nlocal   government", "tt", "preferred")]


def test_empty_glossary_and_text() -> None:
    empty = Matcher(loads_tsv("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n", "e.tsv"))
    assert empty.find("anything") == []
    assert M.find("") == []


words = st.sampled_from(
    ["two-tier", "two-tiered", "local", "government", "Hai", "Phong", "Hải", "Phòng", "People's", "Committee",
     "Ủy", "Uỷ", "ban", "nhân", "dân", "the", "and", "UBND", "TP.", ",", "\u00a0", "—"]
)
sentences = st.lists(words, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(sentences)
def test_matches_are_sorted_disjoint_bounded_and_deterministic(text: str) -> None:
    found = M.find(text)
    assert found == M.find(text)
    prev_end = 0
    for m in found:
        assert prev_end <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
        assert fold_key(m.text) == fold_key(m.term.text)
        prev_end = m.end


@settings(max_examples=200, deadline=None)
@given(sentences)
def test_unicode_form_and_tone_style_do_not_change_what_is_found(text: str) -> None:
    def keys(t: str) -> list[tuple[str, str]]:
        return [(m.concept.id, m.term.text) for m in M.find(t)]

    base = keys(text)
    assert keys(unicodedata.normalize("NFD", text)) == base
    assert keys(to_tone_style(text, "old")) == base
    assert keys(to_tone_style(text, "new")) == base


def test_same_input_many_times_same_output() -> None:
    text = "UBND TP. Hải Phòng and the Hai Phong People's Committee on two-tiered local government " * 20
    first = [(m.start, m.end, m.concept.id) for m in M.find(text)]
    for _ in range(50):
        assert [(m.start, m.end, m.concept.id) for m in Matcher(GLOSSARY).find(text)] == first


# --- the fast path against the rule it implements ------------------------------------------------

TRICKY = loads_tsv(
    "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tmatch\n"
    "a\ten\tpreferred\tart\t\n"  # inside "party", "start"
    "pa\ten\tpreferred\tparty\t\n"
    "pb\ten\tpreferred\tparty and state\t\n"
    "pc\ten\tpreferred\tstate\t\n"
    "pd\ten\tpreferred\tand state affairs office\t\n"  # long, overlaps the end of "party and state"
    "fa\ten\tpreferred\tforeign affairs\t\n"
    "fb\ten\tpreferred\tministry of foreign affairs\t\n"
    "fc\ten\tpreferred\tof foreign\t\n"
    "na\ten\tadmitted\tNA\tcase\n"  # only in capitals: 'na' in 'national' is no hit, nor is 'Na'
    "nb\ten\tpreferred\tNA office\tcase\n"
    "nc\ten\tpreferred\tna office staff\t\n"
    "x\ten\tpreferred\ta b\t\n"
    "y\ten\tpreferred\tb c d\t\n"
    "z\ten\tpreferred\ta b c\t\n"
    "v\tvi\tpreferred\tbộ\t\n",
    "tricky.tsv",
)
TRICKY_M = Matcher(TRICKY)


def reference_find(matcher: Matcher, text: str, **kw) -> list[tuple[int, int, str, str]]:
    """The rule in the module docstring, done plainly: every occurrence of every key, token-bounded and
    accepted by its entries, sorted by (start, longest first), taken greedily."""
    from vnterm.text import fold

    norm = fold(text)
    ft = norm.text
    langs = kw.get("lang")
    langs = {langs} if isinstance(langs, str) else langs
    occurrences = []
    for key, idx in matcher.keys.items():
        at = ft.find(key)
        while at >= 0:
            occurrences.append((at, at + len(key), tuple(idx), key))
            at = ft.find(key, at + 1)
    occurrences.sort(key=lambda o: (o[0], o[0] - o[1]))
    out, covered = [], 0
    for start, end, idx, key in occurrences:
        if start < covered:
            continue
        if key[0].isalnum() and start > 0 and (ft[start - 1].isalnum() or ft[start - 1] == "_"):
            continue
        if key[-1].isalnum() and end < len(ft) and (ft[end].isalnum() or ft[end] == "_"):
            continue
        ostart, oend = norm.span_to_original(start, end)
        choice = matcher._choose(text[ostart:oend], idx, langs, kw.get("strict_marks", False))
        if choice is None:
            continue
        out.append((ostart, oend, choice[0][0].id, choice[0][1].text))
        covered = end
    return out


tricky_words = st.sampled_from(
    ["art", "party", "and", "state", "affairs", "office", "staff", "foreign", "ministry", "of", "NA", "na", "Na",
     "national", "start", "a", "b", "c", "d", "ab", "bộ", "bò", "-", ",", "  ", "\n"]
)
tricky_texts = st.lists(tricky_words, max_size=40).map(lambda ws: "".join(
    w if i % 3 == 0 else " " + w for i, w in enumerate(ws)))  # some words glued together


@settings(max_examples=600, deadline=None)
@given(tricky_texts)
def test_fast_path_equals_the_plain_rule(text: str) -> None:
    got = [(m.start, m.end, m.concept.id, m.term.text) for m in TRICKY_M.find(text)]
    assert got == reference_find(TRICKY_M, text)


@settings(max_examples=300, deadline=None)
@given(tricky_texts)
def test_fast_path_equals_the_plain_rule_with_language_and_marks(text: str) -> None:
    for kw in ({"lang": "vi", "strict_marks": True}, {"lang": "en"}):
        got = [(m.start, m.end, m.concept.id, m.term.text) for m in TRICKY_M.find(text, **kw)]
        assert got == reference_find(TRICKY_M, text, **kw)


def test_a_key_inside_a_word_does_not_hide_the_hit_after_it() -> None:
    # leftmost-longest scanning sees "a b c" in "xa b c d" first; the valid hit is "b c d"
    assert [m.text for m in TRICKY_M.find("xa b c d")] == ["b c d"]
    assert [m.text for m in TRICKY_M.find("the party and state affairs office")] == [
        "party and state"]
    assert [m.text for m in TRICKY_M.find("NA office staff and the na office staff")] == [
        "NA office staff", "na office staff"]


small_keys = st.lists(st.text(alphabet="ab -", min_size=1, max_size=5).filter(lambda k: fold_key(k) != ""),
                      min_size=1, max_size=6, unique_by=fold_key)


@settings(max_examples=1500, deadline=None)
@given(small_keys, st.text(alphabet="abAB -.", max_size=40), st.lists(st.booleans(), min_size=6, max_size=6))
def test_fast_path_equals_the_plain_rule_on_random_glossaries(keys: list[str], text: str, case: list[bool]) -> None:
    rows = "".join(f"k{i}\ten\tpreferred\t{k}\t{'case' if case[i] else ''}\n" for i, k in enumerate(keys))
    matcher = Matcher(loads_tsv("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tmatch\n" + rows, "r.tsv"))
    got = [(m.start, m.end, m.concept.id, m.term.text) for m in matcher.find(text)]
    assert got == reference_find(matcher, text)


def test_a_shorter_hit_taken_inside_a_failed_one_does_not_hide_the_next() -> None:
    # "a b a" fails (a letter follows), "a" is taken at 0, and "b" at 2 must still be found
    rows = "".join(f"k{i}\ten\tpreferred\t{k}\t\n" for i, k in enumerate(["a b a", "a", "b"]))
    matcher = Matcher(loads_tsv("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\tmatch\n" + rows, "r.tsv"))
    text = "a b ab a"
    assert [m.text for m in matcher.find(text)] == ["a", "b", "a"]
    assert [(m.start, m.end) for m in matcher.find(text)] == [(s, e) for s, e, _, _ in reference_find(matcher, text)]


def test_the_scanner_turns_into_a_dfa_on_long_texts_with_the_same_hits(monkeypatch) -> None:
    from vnterm.glossary import matcher as matcher_module

    text = "UBND TP. Hải Phòng and the Hai Phong People's Committee on two-tiered local government. " * 5
    before = [(m.start, m.end, m.concept.id) for m in Matcher(GLOSSARY).find(text)]
    monkeypatch.setattr(matcher_module, "_DFA_CHARS", 100)
    fresh = Matcher(GLOSSARY)
    assert [(m.start, m.end, m.concept.id) for m in fresh.find(text)] == before
    assert fresh._scanners[None].scanned is None  # it is a DFA now
    assert [(m.start, m.end, m.concept.id) for m in fresh.find(text)] == before
