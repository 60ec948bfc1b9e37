"""The checker's fast paths give exactly what the straightforward code gives.

Each fast path (the name finder's single split, the anchor scan for legal references and local
bodies, the demonym test, line starts, the JSON writer, the forked text rules) is compared with a
direct implementation of the same rule, on fixed cases and on generated text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.check import CheckConfig, Checker, load_document
from vnterm.check import engine
from vnterm.check.rules import anchors
from vnterm.check.documents import _LINE_BREAK_RE, line_starts
from vnterm.check.engine import Finding
from vnterm.check.report import _finding_line
from vnterm.glossary import load_glossary
from vnterm.text import normalize, strip_diacritics
from vnterm.vi import english_names as en
from vnterm.vi.english_names import find_vietnamese_names, known_keys, name_key

DATA = Path(__file__).parent / "data" / "check"


# --- the name finder against the run-by-run reference ----------------------------------------------

_REF_RUN_RE = re.compile(
    f"[{en._UP}][{en._LOW}]{{0,6}}(?![{en._LOW}])(?:[ \u00a0][{en._UP}][{en._LOW}]{{0,6}}(?![{en._LOW}]))*"
)


def _reference_names(text, known=()):
    """The name finder written run by run (the definition the fast one must match)."""
    source = text
    norm = normalize(text, tone=None, unify_punctuation=False)
    text = norm.text
    runs = []
    for m in _REF_RUN_RE.finditer(text):
        base, end, run = m.start(), m.end(), m.group()
        if base and en._is_letter(text[base - 1]):
            cut = run.find(" ") if " " in run else len(run)
            base, run = base + cut + 1, run[cut + 1 :]
        if run and end < len(text) and en._is_letter(text[end]):
            run = run[: max(0, run.rfind(" "))]
        if run:
            runs += [[(base + s, base + e, w) for s, e, w in sub] for sub in en._split_run(run)]
    marks = lambda w: strip_diacritics(w) != w  # noqa: E731
    keys = {tuple(name_key(k).lower().split()) for k in known if k.strip()}
    mentions, plain_runs = [], []
    for run in runs:
        if any(marks(w) for _, _, w in run):
            while len(run) > 1 and not marks(run[0][2]) and run[0][2].lower() in en._LEFT_TRIM:
                run = run[1:]
            if run[0][2].lower() == "tiếng":  # a language ("Tiếng Việt"), not a name
                continue
            if len(run) == 1 and not en._VI_SPECIFIC_RE.search(run[0][2]):
                continue
            s, e = run[0][0], run[-1][1]
            mentions.append((s, e, text[s:e], name_key(text[s:e]), True))
            keys.add(tuple(name_key(text[s:e]).lower().split()))
        else:
            plain_runs.append(run)
    longest = max((len(k) for k in keys), default=0)
    for run in plain_runs:
        if len(run) == 1 and (run[0][2].lower(),) not in keys:
            continue
        words = [w.lower() for _, _, w in run]
        i = 0
        while i < len(run):
            hit = next((n for n in range(min(longest, len(run) - i), 0, -1) if tuple(words[i : i + n]) in keys), 0)
            if hit:
                s, e = run[i][0], run[i + hit - 1][1]
                mentions.append((s, e, text[s:e], name_key(text[s:e]), False))
                i += hit
                continue
            rest = words[i:]
            if rest[0] in en.SURNAMES and 2 <= len(rest) <= 5 and not any(w in en._ENGLISH_SYLLABLES for w in rest[1:]):
                s, e = run[i][0], run[-1][1]
                mentions.append((s, e, text[s:e], name_key(text[s:e]), False))
                break
            i += 1
    mentions.sort(key=lambda m: m[0])
    if norm.text == source:
        return mentions
    out = []
    for s, e, _, key, has in mentions:
        s, e = norm.span_to_original(s, e)
        out.append((s, e, source[s:e], key, has))
    return out


def _fast_names(text, known=()):
    return [(m.start, m.end, m.text, m.key, m.has_diacritics) for m in find_vietnamese_names(text, known)]


_WORDS = ["Nguyễn", "Nguyen", "Trần", "Tran", "Lê", "Le", "Hải", "Hai", "Phòng", "Phong", "Hà", "Ha", "Nội", "Noi",
          "Văn", "Van", "Thị", "Thi", "Quỳnh", "Đức", "Duc", "The", "In", "Do", "Not", "São", "Paulo", "Minister",
          "Hue", "Huế", "Ngo", "Ngô", "Mr", "the", "and", "Ủy", "Uỷ", "HA", "A", "Bà", "iPhone", "McDonald", "Khuỷu",
          "Noël", "Long", "An", "Cần", "Thơ", "Tho", "Can", "Ho", "Chi", "Minh"]
_SEPARATORS = [" ", " ", " ", "  ", "\u00a0", "-", ", ", ". ", "\n", "x", "1", "_", "'", "’", "\u200b", "\u00ad", "("]
_KNOWN = ["Hải Phòng", "Hue", "Hà Nội", "Can Tho", "Long An", "Nguyen Van", "An", "Ha"]


@pytest.mark.parametrize("text", [
    "Leaders of Hải Phòng met. Later, Hai Phong was honoured. In Hai Phong Port, iHai Phong and Hai Phongx.",
    "Deputy Minister Ngo Le Van and Le Thi Hong Van met Mr Tran\u00a0Van Duc in Hà Nội; Hanoi is Ha Noi.",
    "xHà Nội, Nguyễn Vănx, Trạng Trình Nguyễn Bỉnh Khiêm, Tiếng Việt, São Paulo, The Hà Nội office.",
    "Hai\u00a0Phong Lê\u200bVăn Ha\u0300 Nô\u0323i and Nguyen_Van 1Tran Thi",
])
@pytest.mark.parametrize("known", [(), ("Hải Phòng", "Hue", "An")])
def test_names_match_the_reference(text, known):
    assert _fast_names(text, known) == _reference_names(text, known)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=14),
       st.lists(st.sampled_from(_KNOWN), max_size=3), st.sampled_from(["", "a", "Z", "1", " ", "é"]))
def test_property_names_match_the_reference(pairs, known, lead):
    text = lead + "".join(w + s for w, s in pairs)
    assert _fast_names(text, known) == _reference_names(text, known)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", categories=("L", "Zs", "P", "N", "Mn")), max_size=200))
def test_property_names_match_the_reference_on_any_text(text):
    assert _fast_names(text, ["Hải Phòng"]) == _reference_names(text, ["Hải Phòng"])


def test_known_keys():
    assert known_keys(["Hải Phòng", " ", "TRẦN  thị"]) == {("hai", "phong"), ("tran", "thi")}


# --- legal references and local bodies: anchors against finditer ---------------------------------

_LEGAL_SCAN_RE = re.compile(r"(?<![^\W_])" + anchors._LEGAL_RE.pattern)  # _LEGAL_RE where a kind starts a word


@pytest.mark.parametrize("text", [
    "Decree 58/2022/ND-CP, Joint Circular 12/2015, xDecree 5/2020, Circular No. 3/2019 and Joint Circularity 4.",
    "People's Committee of Hai Phong, Provincial People’s Council of Quang Ninh Cao Tuong Huy, "
    "CityPeople's Committee of Hue, District Police of Ha Noi's, Party Committee of Da Nang City.",
    "Resolution 57-NQ/TW Law No. 12 Decision Notice\nPlan 2030 Directive number 4 Regulation no. 9",
])
def test_anchor_scan_finds_what_finditer_finds(text):
    legal, bodies = anchors.anchors(text)
    assert [m.span() for m in anchors.matches_at(text, legal, anchors._LEGAL_RE)] == [
        m.span() for m in _LEGAL_SCAN_RE.finditer(text)]
    assert [m.span() for m in anchors.matches_at(text, bodies, anchors._BODY_RE)] == [
        m.span() for m in anchors._BODY_RE.finditer(text)]


_PIECES = ["Decree ", "Joint Circular ", "Circular ", "No. ", "number ", "12", "/2020/ND-CP", " of ", "the ",
           "People's Committee ", "People’s Council ", "Provincial ", "City ", "Police ", "Hai Phong", "Ha Noi",
           "x", "\n", ", ", "Cao Tuong Huy", "'s", "Law ", "Plan "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_property_anchor_scan(pieces):
    test_anchor_scan_finds_what_finditer_finds("".join(pieces))


# --- demonyms ----------------------------------------------------------------------------------------

def _reference_foreign(text, start):
    j = start
    while j > 0 and text[j - 1] == " ":
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’"):
        k -= 1
    return text[k:j].replace("’", "'") in engine._DEMONYMS


@pytest.mark.parametrize("before", ["the French ", "French", "xFrench ", "Korea’s  ", "Korea's ", "Laos' ",
                                    "the ", "", "Singaporean ", "ASingaporean ", "(US ", "US", "Frenchman ",
                                    "a Lao ", "’Lao ", "1Lao "])
def test_demonym_test_matches_the_reference(before):
    text = before + "Foreign Ministry"

    class Hit:
        start = len(before)

    seen: dict[str, bool] = {}
    assert engine._foreign(Hit, text) == _reference_foreign(text, len(before))
    assert engine._foreign(Hit, text, seen) == _reference_foreign(text, len(before))
    assert engine._foreign(Hit, text, seen) == _reference_foreign(text, len(before))  # from the cache


# --- line starts and JSON -------------------------------------------------------------------------

@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab \n\r", max_size=40))
def test_property_line_starts(text):
    assert line_starts(text) == [0] + [m.end() for m in _LINE_BREAK_RE.finditer(text)]


@pytest.mark.parametrize("finding", [
    Finding("a\"b\\c.txt", 1, 2, 3, 4, "spelling", "warning", "f’ö\x00\u2028", "e\t", None, "m\"", True),
    Finding("p", 1, 2, 3, 4, "term-deprecated", "error", "", "", "c\u00e9", "", False),
    Finding("p", True, 2, 3, 4, "r", "info", "", "", None, "", False),  # unusual types: the slow path
    Finding("p", 1, 2, 3, 4, "r", "info", "", "", 5, "", False),
])
def test_finding_line_is_json_dumps(finding):
    assert _finding_line(finding) == "    " + json.dumps(finding.to_json(), ensure_ascii=False)


# --- parallelism over files ----------------------------------------------------------------------------

def test_jobs_give_the_same_report_in_the_same_order(tmp_path):
    from vnterm.check.runner import default_jobs, run_check

    checker = Checker(load_glossary(DATA / "glossary.tsv"), CheckConfig())
    seeds = sorted((Path(__file__).parents[1] / "corpora" / "seeds").glob("*.txt"))
    targets = [str(p) for p in seeds] + [str(tmp_path / "missing.txt")]
    sequential = run_check(checker, targets, jobs=1)
    parallel = run_check(checker, targets, jobs=3)
    assert parallel.findings == sequential.findings and sequential.findings
    assert parallel.errors == sequential.errors and len(sequential.errors) == 1
    assert list(parallel.documents) == list(sequential.documents)
    assert parallel.files == sequential.files == len(seeds)
    assert default_jobs(targets[:1]) == 1


def test_default_jobs_follow_the_amount_of_work(tmp_path, monkeypatch):
    from vnterm.check import runner

    small = [tmp_path / f"{i}.txt" for i in range(4)]
    for p in small:
        p.write_text("x" * 10, encoding="utf-8")
    targets = [str(p) for p in small]
    assert runner.default_jobs(targets) == 1  # 40 bytes: not worth a process
    monkeypatch.setattr(runner, "BYTES_PER_JOB", 10)
    monkeypatch.setattr(runner, "available_cpus", lambda: 3)
    monkeypatch.setattr(runner, "busy_cpus", lambda: 0.2)
    assert runner.default_jobs(targets) == 3  # capped by the CPUs
    assert runner.default_jobs(targets[:2]) == 2  # capped by the files
    monkeypatch.setattr(runner, "busy_cpus", lambda: 1.0)  # a busy loop on one core
    assert runner.default_jobs(targets) == 2
    monkeypatch.setattr(runner, "busy_cpus", lambda: 7.6)  # more work than cores: one process
    assert runner.default_jobs(targets) == 1


def test_busy_and_free_cpus_are_sane():
    from vnterm.check import runner

    assert runner.busy_cpus() >= 0
    assert 1 <= runner.free_cpus() <= runner.available_cpus()


@pytest.mark.parametrize("before", ["The Lao ", "The xLao ", "Lao" + " " * 30, "the" + " " * 30, " " * 40, "",
                                    "(Lao) ", "Korea’s ", "a Korea's ", "Singaporean   ", "Frenchmen "])
def test_demonyms_before_a_title_in_the_checker(before):
    checker = Checker(load_glossary(DATA / "glossary.tsv"), CheckConfig())
    text = "Intro. " + before + "Deputy Foreign Minister spoke.\n"
    found = [f.found for f in checker.check(load_document("t.txt", text)) if f.rule == "term-deprecated"]
    foreign = _reference_foreign(text, text.index("Deputy Foreign Minister"))
    assert found == ([] if foreign else ["Deputy Foreign Minister"])


@pytest.mark.parametrize("cpus,busy,free", [(2, 0.0, 2), (2, 0.4, 2), (2, 1.0, 1), (2, 8.4, 1), (16, 3.6, 12), (1, 0, 1)])
def test_free_cpus_leave_the_busy_ones(cpus, busy, free):
    from vnterm.check import free_cpus

    assert free_cpus(cpus, busy) == free


@given(st.text(alphabet='ab .!?\n"”)', max_size=40), st.data())
def test_sentence_around_a_hit_is_the_whole_text_scan(text, data):
    """term-dated's sentence looked up from the line's start equals the bisect over every sentence end."""
    from bisect import bisect_right

    from vnterm.check.rules.dated import _SENTENCE_END_RE, _sentence

    pos = data.draw(st.integers(0, len(text)))
    ends = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    i = bisect_right(ends, pos)
    assert _sentence(text, pos) == (ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(text))


@given(st.text(alphabet='ab "“”\n', max_size=60), st.data())
def test_line_quotes_are_the_whole_text_quotes(text, data):
    """The settling step's quotes looked up per line equal quoted_spans over the whole text."""
    from bisect import bisect_right

    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    quotes = engine.quoted_spans(text)
    q = bisect_right([s for s, _, _ in quotes], start) - 1
    want = quotes[q] if q >= 0 and end <= quotes[q][1] else None
    assert engine._LineQuotes(text).around(start, end) == want
