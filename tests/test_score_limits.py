"""`vnterm score` bounds a segment's length before sacrebleu (TER is quadratic in memory on one segment)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from vnterm.cli import cli
from vnterm.errors import InputError
from vnterm.score.metrics import MAX_SEGMENT_CHARS, score_corpus


def run(*args: str):
    return CliRunner().invoke(cli, ["score", *args], catch_exceptions=False)


def test_a_line_over_the_limit_is_one_error_line_and_exit_2(tmp_path):
    long = "word " * (MAX_SEGMENT_CHARS // 5 + 1)
    hyp = tmp_path / "hyp.en"
    ref = tmp_path / "ref.en"
    out = tmp_path / "report.html"
    hyp.write_text("A short line.\n" + long.strip() + "\nAnother.\n", encoding="utf-8")
    ref.write_text("A short line.\nA reference.\nAnother.\n", encoding="utf-8")
    r = run(str(hyp), "--ref", str(ref), "--html", str(out))
    assert r.exit_code == 2
    n = len(long.strip())
    assert r.output == f"vnterm: error: {hyp}:2: line is {n} characters long (limit {MAX_SEGMENT_CHARS}); split it into sentences\n"
    assert not out.exists()


def test_the_reference_side_and_aligned_documents_are_bounded_too(tmp_path):
    hyp = tmp_path / "hyp.en"
    ref = tmp_path / "ref.en"
    hyp.write_text("One sentence here.\nTwo.\n", encoding="utf-8")
    ref.write_text("One sentence here.\n" + "x" * (MAX_SEGMENT_CHARS + 1) + "\n", encoding="utf-8")
    r = run(str(hyp), "--ref", str(ref))
    assert (r.exit_code, r.output) == (2, f"vnterm: error: {ref}:2: line is {MAX_SEGMENT_CHARS + 1} characters long (limit {MAX_SEGMENT_CHARS}); split it into sentences\n")
    r = run(str(hyp), "--ref", str(ref), "--align")
    assert r.exit_code == 2
    assert r.output.startswith(f"vnterm: error: {ref}:2: segment is ") and r.output.count("\n") == 1


def test_the_library_raises_a_typed_error_and_the_limit_itself_scores():
    at_limit = ("word " * MAX_SEGMENT_CHARS)[:MAX_SEGMENT_CHARS]
    assert score_corpus([at_limit], [[at_limit]], metrics=("bleu",))["bleu"].score == pytest.approx(100.0)
    with pytest.raises(InputError, match=r"^hypothesis:1: segment is 10001 characters long"):
        score_corpus([at_limit + "b"], [[at_limit]])
