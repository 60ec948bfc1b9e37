"""`vnterm glossary extract`: candidate term pairs from sentence-aligned text (library and CLI)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from vnterm.cli import cli
from vnterm.errors import AlignmentError, InputError
from vnterm.extract import extract_pairs, read_parallel
from vnterm.extract.segment import align_words, make_analyzer
from vnterm.extract.tokens import english_side, spans, stem, vietnamese_side
from vnterm.glossary import load_glossary
from vnterm.text import fold_key

DATA = Path(__file__).resolve().parent / "data" / "extract"
GOLDEN = Path(__file__).resolve().parent / "golden" / "extract"
RUN = CliRunner()


def run(*args: str, **kw):
    return RUN.invoke(cli, list(args), catch_exceptions=False, **kw)


def read_gold(name: str) -> list[tuple[str, str]]:
    rows = (DATA / f"{name}.gold.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return [tuple(r.split("\t")[:2]) for r in rows if r.strip()]  # type: ignore[misc]


def recall(cands, gold, k: int) -> float:
    table: dict[str, list[tuple[int, str]]] = {}
    for c in cands:
        table.setdefault(fold_key(c.vi), []).append((c.rank, fold_key(c.en)))
    hits = 0
    for v, e in gold:
        ranked = [en for _, en in sorted(table.get(fold_key(v), []))]
        hits += fold_key(e) in ranked[:k]
    return hits / len(gold)


# --- tokens and spans ---------------------------------------------------------------------------

def test_english_tokens_keep_codes_possessives_and_abbreviations() -> None:
    side = english_side("Under Resolution No. 250/2025/QH15, the People's Committee met.")
    keys = [t.key for t in side.tokens]
    assert keys == ["under", "resolution", "no.", "250/2025/qh15", "the", "people's", "committee", "met"]
    assert side.span_text(1, 4) == "Resolution No. 250/2025/QH15"
    # a comma is a break: no span crosses it, and no span starts or ends on a function word
    got = {side.span_text(a, b) for a, b in spans(side, 10)}
    assert "Resolution No. 250/2025/QH15" in got
    assert "People's Committee" in got
    assert not any(s.startswith("the ") or s.endswith(" the") for s in got)
    assert "250/2025/QH15 the" not in got and "250/2025/QH15, the" not in got


def test_vietnamese_spans_follow_word_boundaries() -> None:
    line = "Thứ trưởng Ngô Lê Văn dự hội nghị tổng kết tại Hải Phòng."
    words = ["Thứ trưởng", "Ngô Lê Văn dự", "hội nghị", "tổng kết", "tại", "Hải Phòng", "."]
    side = vietnamese_side(line, align_words(line, words))
    got = {side.span_text(a, b) for a, b in spans(side, 10)}
    assert "Ngô Lê Văn" in got  # the name glued to "dự" is cut at the case change
    assert "hội nghị tổng kết" in got
    assert "nghị tổng" not in got  # never cuts a word in two
    assert not any(s.startswith("tại") or s.endswith("tại") for s in got)


def test_function_word_inside_a_word_is_not_an_edge() -> None:
    line = "thí điểm khu thương mại tự do"
    side = vietnamese_side(line, align_words(line, ["thí điểm", "khu thương mại tự do"]))
    got = {side.span_text(a, b) for a, b in spans(side, 10)}
    assert "khu thương mại tự do" in got  # "do" is a syllable of "tự do" here, not "because"


def test_align_words_tolerates_respelling_and_refuses_other_text() -> None:
    line = "Ủy ban nhân dân  tỉnh"
    assert align_words(line, ["Uỷ ban nhân dân", "tỉnh"]) == [(0, 15), (17, 21)]
    assert align_words(line, ["Ủy ban", "tỉnh"]) is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["Bộ", "Ngoại", "giao", "hòa", "Hoà", "tỉnh", "Đà", "Nẵng", "2025", "QH15"]), min_size=1, max_size=12),
       st.lists(st.integers(1, 3), min_size=12, max_size=12))
def test_align_words_recovers_any_grouping(sylls: list[str], sizes: list[int]) -> None:
    line = " ".join(sylls)
    words, i, k = [], 0, 0
    while i < len(sylls):
        n = sizes[k % len(sizes)]
        words.append(" ".join(sylls[i : i + n]))
        i += n
        k += 1
    spans_ = align_words(line, words)
    assert spans_ is not None
    assert [line[s:e] for s, e in spans_] == words


def test_stem() -> None:
    assert {stem(w) for w in ("organised", "organise", "organizing")} == {"organiz"}
    assert stem("policies") == stem("policy") == "policy"
    assert stem("affairs") == "affair" and stem("process") == "process"


# --- extraction -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dev():
    return read_parallel(DATA / "dev.vi", DATA / "dev.en")


@pytest.fixture(scope="module")
def anchors():
    return load_glossary(DATA / "anchors.tsv")


@pytest.fixture(scope="module")
def dev_with_anchors(dev, anchors):
    return extract_pairs(*dev, anchors, top=5)


def test_recall_on_the_tuning_set_with_anchors(dev_with_anchors) -> None:
    gold = read_gold("dev")
    assert len(gold) >= 40
    assert recall(dev_with_anchors, gold, 1) >= 0.8
    assert recall(dev_with_anchors, gold, 5) >= 0.95


def test_recall_on_the_tuning_set_without_anchors(dev) -> None:
    gold = read_gold("dev")
    cands = extract_pairs(*dev, None, top=5)
    assert recall(cands, gold, 1) >= 0.8
    assert recall(cands, gold, 5) >= 0.95
    assert all(c.known is None for c in cands)


def test_anchored_pairs_are_marked_known(dev_with_anchors) -> None:
    known = {(c.vi, c.en): c.known for c in dev_with_anchors if c.known and c.rank == 1}
    assert known[("Hải Phòng", "Hai Phong")] == "hai_phong"
    assert known[("Bộ Ngoại giao", "Ministry of Foreign Affairs")] == "mofa"


def test_candidates_carry_counts_and_an_example(dev_with_anchors) -> None:
    c = next(c for c in dev_with_anchors if c.vi == "Bộ Tài chính" and c.rank == 1)
    assert c.en == "Ministry of Finance"
    assert (c.count, c.vi_count, c.en_count) == (3, 3, 3)
    vi = (DATA / "dev.vi").read_text(encoding="utf-8").splitlines()
    assert c.example_vi == vi[c.line - 1] and "Bộ Tài chính" in c.example_vi
    data = c.to_json()
    assert {"vi", "en", "score", "count"} <= set(data) and 0 < data["score"] <= 1


def test_deterministic(dev, anchors) -> None:
    a = [c.to_json() for c in extract_pairs(dev[0][:20], dev[1][:20], anchors)]
    b = [c.to_json() for c in extract_pairs(dev[0][:20], dev[1][:20], anchors)]
    assert a == b


@pytest.mark.parametrize("backend", ["underthesea", "segmenter", "none"])
def test_every_segmentation_backend_finds_the_pairs(backend) -> None:
    vi, en = read_parallel(DATA / "small.vi", DATA / "small.en")
    cands = extract_pairs(vi, en, load_glossary(DATA.parent / "small_glossary.tsv"), top=3, backend=backend)
    best = {c.vi: c.en for c in cands if c.rank == 1}
    assert best["Sở Ngoại vụ"] == "Department of Foreign Affairs"
    assert best["Đà Nẵng"] == "Da Nang"


def test_auto_backend_is_the_segmenter() -> None:
    line = "Thứ trưởng Bộ Ngoại giao Ngô Lê Văn tổ chức hội nghị."
    auto, seg = make_analyzer(None)(line), make_analyzer(None, "segmenter")(line)
    assert auto == seg and any(e.type == "PERSON" for e in auto.entities)
    under = make_analyzer(None, "underthesea")("Bộ Ngoại giao tổ chức hội nghị.")
    assert under.entities == [] and under.words is not None and under.words[:2] == [(0, 2), (3, 13)]  # Bộ | Ngoại giao


# --- input checks ---------------------------------------------------------------------------------

def write(path: Path, text: str | bytes) -> str:
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_misaligned_files_are_refused(tmp_path) -> None:
    vi = write(tmp_path / "a.vi", "Bộ Ngoại giao\nSở Ngoại vụ\nĐà Nẵng\n")
    en = write(tmp_path / "a.en", "Ministry of Foreign Affairs\nDepartment of Foreign Affairs\n")
    with pytest.raises(AlignmentError):
        read_parallel(vi, en)
    r = run("glossary", "extract", "--vi", vi, "--en", en, "--no-anchors")
    assert r.exit_code == 2
    assert r.stdout == ""
    assert r.stderr == f"vnterm: error: {vi}: the files are not line-aligned: 3 lines here, 2 in {en}\n"


def test_empty_line_facing_a_sentence_is_refused(tmp_path) -> None:
    vi = write(tmp_path / "a.vi", "Bộ Ngoại giao\n\nĐà Nẵng\n")
    en = write(tmp_path / "a.en", "Ministry of Foreign Affairs\nDepartment of Foreign Affairs\nDa Nang\n")
    r = run("glossary", "extract", "--vi", vi, "--en", en, "--no-anchors")
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {vi}:2: empty line facing a non-empty line in {en}: the files are not aligned\n"
    )


def test_blank_lines_on_both_sides_are_kept_as_paragraph_breaks(tmp_path) -> None:
    vi, en = read_parallel(DATA / "small.vi", DATA / "small.en")
    assert vi[4] == en[4] == ""
    cands = extract_pairs(vi, en, None)
    assert max(c.line for c in cands) == 6  # line numbers count the blank line


def test_non_utf8_and_empty_files_are_refused(tmp_path) -> None:
    vi = write(tmp_path / "a.vi", "Bộ Ngoại giao\n".encode("utf-8") + "Đà Nẵng\n".encode("cp1258", errors="replace") + b"\xff\n")
    en = write(tmp_path / "a.en", "Ministry of Foreign Affairs\nDa Nang\nx\n")
    r = run("glossary", "extract", "--vi", vi, "--en", en)
    assert r.exit_code == 2
    assert r.stderr.startswith(f"vnterm: error: {vi}:2: not valid UTF-8")
    empty = write(tmp_path / "e.vi", "\n\n")
    r = run("glossary", "extract", "--vi", empty, "--en", en)
    assert r.exit_code == 2 and r.stderr == f"vnterm: error: {empty}: file is empty\n"
    with pytest.raises(InputError):
        read_parallel(tmp_path / "missing.vi", en)


def test_usage_errors() -> None:
    r = run("glossary", "extract", "--vi", str(DATA / "small.vi"))
    assert r.exit_code == 2 and "give both --vi FILE and --en FILE" in r.stderr
    r = run("glossary", "extract", "--merge", "g.tsv")
    assert r.exit_code == 2 and "--merge needs the reviewed file" in r.stderr
    r = run("glossary", "extract", "--vi", "a", "--en", "b", "--no-anchors", "-g", "x.tsv")
    assert r.exit_code == 2 and "contradict" in r.stderr


# --- CLI output -----------------------------------------------------------------------------------

def small_args(*extra: str) -> list[str]:
    return [
        "glossary", "extract", "--vi", str(DATA / "small.vi"), "--en", str(DATA / "small.en"),
        "-g", str(DATA.parent / "small_glossary.tsv"), "--segmenter", "underthesea", *extra,
    ]


def test_review_tsv_matches_golden() -> None:
    r = run(*small_args("--min-count", "2", "--top", "1"))
    assert r.exit_code == 0
    golden = GOLDEN / "small.review.tsv"
    if os.environ.get("VNTERM_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(r.stdout, encoding="utf-8")
    assert r.stdout == golden.read_text(encoding="utf-8")
    lines = r.stdout.splitlines()
    assert lines[0] == "# vnterm-review v1"
    assert lines[1].split("\t")[:3] == ["accept", "vi", "en"]


def test_json_contract() -> None:
    r = run(*small_args("--json", "--top", "2"))
    assert r.exit_code == 0
    data = json.loads(r.stdout)
    assert isinstance(data, list) and data
    for item in data:
        assert {"vi", "en", "score", "count"} <= set(item)
        assert isinstance(item["score"], float) and isinstance(item["count"], int)
        assert item["known"] is None  # known pairs only with --include-known
    assert {"vi": "Sở Ngoại vụ", "en": "Department of Foreign Affairs"}.items() <= next(
        d for d in data if d["vi"] == "Sở Ngoại vụ" and d["rank"] == 1
    ).items()


def test_include_known_and_no_anchors() -> None:
    known = json.loads(run(*small_args("--json", "--include-known")).stdout)
    assert any(d["known"] == "hai_phong" for d in known)
    r = run("glossary", "extract", "--vi", str(DATA / "small.vi"), "--en", str(DATA / "small.en"), "--no-anchors", "--json")
    assert r.exit_code == 0
    assert all(d["known"] is None for d in json.loads(r.stdout))


def test_output_file_is_written_atomically(tmp_path) -> None:
    out = tmp_path / "review.tsv"
    r = run(*small_args("-o", str(out), "--min-count", "2", "--top", "1"))
    assert r.exit_code == 0
    assert r.stdout == ""
    n = len(out.read_text(encoding="utf-8").splitlines()) - 2
    assert r.stderr == f"{n} candidate pairs written to {out}\n"
    assert out.read_text(encoding="utf-8") == (GOLDEN / "small.review.tsv").read_text(encoding="utf-8")


def test_help_has_an_example() -> None:
    r = run("glossary", "extract", "--help")
    assert r.exit_code == 0 and "Examples:" in r.output and "--merge" in r.output


def test_names_may_hold_commas_dashes_and_capitalised_function_words() -> None:
    vi = vietnamese_side("Bộ Văn hóa, Thể thao và Du lịch làm việc với Cần Thơ, Hà Nội về cao tốc Bắc - Nam.", None)
    got = {vi.span_text(a, b) for a, b in spans(vi, 10)}
    assert {"Bộ Văn hóa, Thể thao và Du lịch", "cao tốc Bắc - Nam"} <= got
    en = english_side("The Ministry of Culture, Sports and Tourism met Can Tho officials in localities, Hanoi.")
    got = {en.span_text(a, b) for a, b in spans(en, 10)}
    assert {"Ministry of Culture, Sports and Tourism", "Can Tho"} <= got
    assert not any("localities, Hanoi" in s for s in got)  # a comma after a lower-case word ends a span


def test_english_shape_prior() -> None:
    from vnterm.extract.tokens import english_prior

    side = english_side("It welcomed two million international visitors and organised a cultural festival at the Department of Foreign Affairs.")
    spans_ = {side.span_text(a, b): (a, b) for a, b in spans(side, 10)}

    def prior(text: str) -> float:
        return english_prior(side, *spans_[text])

    assert prior("international visitors") == 0.0
    assert prior("million international visitors") < 0.0  # a count before the term
    assert prior("organised a cultural festival") < prior("cultural festival") == 0.0
    assert prior("Department of Foreign") < prior("Department of Foreign Affairs") == 0.0


def test_stdin_and_overlong_lines(tmp_path) -> None:
    en = str(DATA / "small.en")
    r = RUN.invoke(cli, ["glossary", "extract", "--vi", "-", "--en", en, "--no-anchors", "--json", "--top", "1"],
                   input=(DATA / "small.vi").read_text(encoding="utf-8"))
    assert r.exit_code == 0 and json.loads(r.stdout)
    r = run("glossary", "extract", "--vi", "-", "--en", "-")
    assert r.exit_code == 2 and "cannot both read standard input" in r.stderr
    long_vi = write(tmp_path / "l.vi", "Bộ Ngoại giao\n" + "tỉnh " * 5000 + "\n")
    long_en = write(tmp_path / "l.en", "Ministry of Foreign Affairs\nprovince\n")
    r = run("glossary", "extract", "--vi", long_vi, "--en", long_en, "--no-anchors")
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {long_vi}:2: line too long to align (5000 words, at most 400); split it into sentences\n"
    )
