"""`vnterm glossary extract --merge`: reviewed rows into a glossary, validated, atomic."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.errors import GlossaryValidationError, InputError
from vnterm.extract.review import COLUMNS, MAGIC, loads_review, plan_merge
from vnterm.glossary import load_glossary

DATA = Path(__file__).resolve().parent / "data"
RUN = CliRunner()

HEADER = MAGIC + "\n" + "\t".join(COLUMNS) + "\n"


def run(*args: str):
    return RUN.invoke(cli, list(args), catch_exceptions=False)


def review_row(accept: str, vi: str, en: str, concept: str = "", status: str = "", domain: str = "") -> str:
    cells = {"accept": accept, "vi": vi, "en": en, "concept": concept, "status": status, "domain": domain}
    return "\t".join(cells.get(c, "") for c in COLUMNS) + "\n"


@pytest.fixture()
def glossary(tmp_path) -> Path:
    path = tmp_path / "g.tsv"
    path.write_bytes((DATA / "small_glossary.tsv").read_bytes() + b"# a comment the merge must keep\n")
    return path


def write_review(tmp_path, *rows: str) -> Path:
    path = tmp_path / "review.tsv"
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def test_merge_adds_new_concepts_and_variants(tmp_path, glossary) -> None:
    review = write_review(
        tmp_path,
        review_row("y", "Sở Ngoại vụ", "Department of Foreign Affairs", domain="org"),
        review_row("", "kinh tế", "economic diplomacy"),  # not accepted
        review_row("y", "Hải Phòng", "Hai Phong City", status="admitted"),  # vi known → joins hai_phong
        review_row("yes", "Bộ Ngoại giao", "Ministry of Foreign Affairs"),  # both known: nothing to add
        review_row("x", "ngoại giao kinh tế", "economic diplomacy", concept="economic_diplomacy", domain="policy"),
    )
    before = glossary.read_text(encoding="utf-8")
    r = run("glossary", "extract", "--merge", str(glossary), str(review))
    assert r.exit_code == 0, r.output
    assert r.stdout == f"{glossary}: added 5 terms (2 new concepts); 1 accepted rows already present\n"
    after = glossary.read_text(encoding="utf-8")
    assert after.startswith(before)  # the original text, comments included, is kept as is
    g = load_glossary(glossary)
    dofa = g.get("department_of_foreign_affairs")
    assert dofa is not None and dofa.domain == "org"
    assert [(t.lang, t.status, t.text) for t in dofa.terms] == [
        ("vi", "preferred", "Sở Ngoại vụ"),
        ("en", "preferred", "Department of Foreign Affairs"),
    ]
    assert dofa.source == "extract: review.tsv:3"
    assert ("en", "admitted", "Hai Phong City") in [(t.lang, t.status, t.text) for t in g.get("hai_phong").terms]
    assert g.get("economic_diplomacy").domain == "policy"


def test_dry_run_writes_nothing(tmp_path, glossary) -> None:
    review = write_review(tmp_path, review_row("y", "Sở Ngoại vụ", "Department of Foreign Affairs"))
    before = glossary.read_bytes()
    r = run("glossary", "extract", "--merge", str(glossary), str(review), "--dry-run")
    assert r.exit_code == 0
    assert r.stdout == f"{glossary}: would add 2 terms (1 new concepts); 0 accepted rows already present\n"
    assert glossary.read_bytes() == before


def test_a_row_that_breaks_validation_leaves_the_glossary_untouched(tmp_path, glossary) -> None:
    # a second preferred English term for mofa is a validation error; the review row is blamed
    review = write_review(
        tmp_path,
        review_row("y", "Sở Ngoại vụ", "Department of Foreign Affairs"),
        review_row("y", "Bộ Ngoại giao", "Foreign Office", concept="mofa", status="preferred"),
    )
    before = glossary.read_bytes()
    r = run("glossary", "extract", "--merge", str(glossary), str(review))
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {review}:4: accepting this row would make the glossary invalid: concept 'mofa' has 2 "
        "preferred en terms ('Ministry of Foreign Affairs', 'Foreign Office'); mark all but one admitted\n"
    )
    assert glossary.read_bytes() == before
    assert not list(tmp_path.glob(".g.tsv.*"))  # no temporary file left behind


def test_an_invalid_glossary_is_refused_untouched(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\nx\ten\tpreferred\tA\nx\ten\tpreferred\tB\n", encoding="utf-8"
    )
    review = write_review(tmp_path, review_row("y", "Sở Ngoại vụ", "Department of Foreign Affairs"))
    before = bad.read_bytes()
    r = run("glossary", "extract", "--merge", str(bad), str(review))
    assert r.exit_code == 2
    assert r.stderr == (
        f"vnterm: error: {bad}:4: concept 'x' has 2 preferred en terms ('A', 'B'); mark all but one admitted\n"
    )
    assert bad.read_bytes() == before


def test_bad_review_files(tmp_path, glossary) -> None:
    review = write_review(tmp_path, review_row("maybe", "Sở Ngoại vụ", "Department of Foreign Affairs"))
    r = run("glossary", "extract", "--merge", str(glossary), str(review))
    assert r.exit_code == 2
    assert r.stderr == f"vnterm: error: {review}:3: accept must be y/yes/x/1 or empty/n/no, not 'maybe'\n"
    with pytest.raises(InputError, match="missing column"):
        loads_review("vi\ten\nA\tB\n", "r.tsv")
    with pytest.raises(InputError, match="unknown status"):
        loads_review(HEADER + review_row("y", "A", "B", status="great"), "r.tsv")
    conflict = write_review(tmp_path, review_row("y", "Bộ Ngoại giao", "Hai Phong"))
    r = run("glossary", "extract", "--merge", str(glossary), str(conflict))
    assert r.exit_code == 2
    assert "belongs to concept 'mofa' but 'Hai Phong' to 'hai_phong'" in r.stderr
    other = tmp_path / "g.csv"
    other.write_text("x", encoding="utf-8")
    r = run("glossary", "extract", "--merge", str(other), str(review))
    assert r.exit_code == 2 and "canonical TSV" in r.stderr


def test_round_trip_from_extraction(tmp_path, glossary) -> None:
    """Extract, accept the first row, merge: the glossary grows by that pair and stays valid."""
    out = tmp_path / "review.tsv"
    r = run(
        "glossary", "extract", "--vi", str(DATA / "extract" / "small.vi"), "--en", str(DATA / "extract" / "small.en"),
        "-g", str(glossary), "--segmenter", "underthesea", "--min-count", "2", "--top", "1", "-o", str(out),
    )
    assert r.exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    first = lines[2].split("\t")
    lines[2] = "\t".join(["y"] + first[1:])
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = plan_merge(glossary, out)
    assert result.added == 2 and result.concepts == 1
    r = run("glossary", "extract", "--merge", str(glossary), str(out))
    assert r.exit_code == 0
    g = load_glossary(glossary)
    assert any(t.text == first[1] for _, t in g.terms()) and any(t.text == first[2] for _, t in g.terms())


def test_validation_error_type(tmp_path, glossary) -> None:
    review = write_review(tmp_path, review_row("y", "Bộ Ngoại giao", "Foreign Office", concept="mofa", status="preferred"))
    with pytest.raises(GlossaryValidationError):
        plan_merge(glossary, review)


def test_rows_sharing_a_new_term_share_a_concept(tmp_path, glossary) -> None:
    review = write_review(
        tmp_path,
        review_row("y", "Sở Ngoại vụ", "Department of Foreign Affairs"),
        review_row("y", "Sở Ngoại vụ", "Foreign Affairs Department"),
    )
    result = plan_merge(glossary, review)
    assert (result.added, result.concepts) == (3, 1)
    assert result.text.splitlines()[-1] == (
        "department_of_foreign_affairs\ten\tadmitted\tForeign Affairs Department\t\t\t\t\t\t"
    )
