"""Corpus and segment scores equal sacrebleu's own CLI on the same files; shapes are checked."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnterm.errors import AlignmentError, InputError
from vnterm.score import check_streams, score_corpus, score_files

DATA = Path(__file__).resolve().parent / "data" / "score"
SACREBLEU = str(Path(sys.executable).with_name("sacrebleu"))


def sacrebleu_json(refs: list[Path], hyp: Path, *extra: str) -> dict[str, dict]:
    """Run the sacrebleu CLI (offline: files only) and index its JSON output by metric name."""
    cmd = [SACREBLEU, *map(str, refs), "-i", str(hyp), "-m", "bleu", "chrf", "ter", "-f", "json", "-w", "4", *extra]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout
    return {d["name"]: d for d in json.loads(out)}


@pytest.mark.parametrize(
    ("refs", "vnterm_opts", "sacre_opts"),
    [
        (["ref1.en"], {}, []),
        (["ref1.en", "ref2.en"], {}, []),
        (["ref1.en"], {"chrf_word_order": 2}, ["--chrf-word-order", "2"]),
        (["ref1.en", "ref2.en"], {"tokenize": "intl", "lowercase": True}, ["-tok", "intl", "-lc"]),
        (["ref2.en"], {"tokenize": "char"}, ["-tok", "char"]),
    ],
)
def test_corpus_scores_equal_sacrebleu_cli(refs, vnterm_opts, sacre_opts):
    ref_paths = [DATA / r for r in refs]
    ours = score_files(str(DATA / "hyp.en"), [str(p) for p in ref_paths], **vnterm_opts)
    theirs = sacrebleu_json(ref_paths, DATA / "hyp.en", *sacre_opts)
    assert len(theirs) == 3
    for m in ours.metrics.values():
        t = theirs[m.name]
        assert f"{m.score:.4f}" == f"{t['score']:.4f}"
        assert m.signature == t["signature"]
        assert m.verbose == t.get("verbose_score", "")


def test_sentence_scores_equal_sacrebleu_sentence_level():
    refs = [DATA / "ref1.en", DATA / "ref2.en"]
    ours = score_files(str(DATA / "hyp.en"), [str(p) for p in refs])
    for key, m in ours.metrics.items():
        cmd = [SACREBLEU, *map(str, refs), "-i", str(DATA / "hyp.en"), "-m", key, "--sentence-level", "-w", "6"]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout.splitlines()
        theirs = [line.split(" = ")[1].split()[0] for line in out if line]
        assert theirs == [f"{s:.6f}" for s in m.segment_scores()], key


def test_crlf_and_trailing_spaces_read_as_sacrebleu_does(tmp_path):
    ref = tmp_path / "ref.en"
    ref.write_bytes((DATA / "ref1.en").read_text(encoding="utf-8").replace("\n", "  \r\n").encode())
    ours = score_files(str(DATA / "hyp.en"), [str(ref)])
    theirs = sacrebleu_json([ref], DATA / "hyp.en")
    assert f"{ours.metrics['bleu'].score:.4f}" == f"{theirs['BLEU']['score']:.4f}"
    assert f"{ours.metrics['ter'].score:.4f}" == f"{theirs['TER']['score']:.4f}"


def test_identical_text_scores_perfectly():
    lines = (DATA / "ref1.en").read_text(encoding="utf-8").splitlines()
    s = score_corpus(lines, [lines])
    assert s["bleu"].score == pytest.approx(100.0)
    assert s["chrf"].score == pytest.approx(100.0)
    assert s["ter"].score == 0.0
    assert s["bleu"].segment_scores() == pytest.approx([100.0] * len(lines))


def test_ter_lower_is_better_in_thresholds():
    lines = ["a b c d"]
    s = score_corpus(["a b x d"], [lines])
    assert s["ter"].score == pytest.approx(25.0)
    assert s["ter"].passes(30) and not s["ter"].passes(20)
    assert s["bleu"].passes(0) and not s["bleu"].passes(90)


def test_different_lengths_are_an_error_not_a_truncated_score():
    with pytest.raises(AlignmentError, match="has 2 segments but hypothesis has 3"):
        check_streams(["a", "b", "c"], [["a", "b"]])


def test_transposed_references_are_named():
    hyps = ["one", "two", "three"]
    per_segment = [["one", "uno"], ["two", "dos"], ["three", "tres"]]  # one list per segment: wrong
    with pytest.raises(AlignmentError, match="transposed"):
        check_streams(hyps, per_segment)


def test_a_bare_list_of_strings_is_refused():
    with pytest.raises(AlignmentError, match="list of streams"):
        check_streams(["one", "two"], ["one", "two"])  # type: ignore[list-item]


def test_empty_hypothesis_is_refused():
    with pytest.raises(InputError, match="no segments"):
        check_streams([], [[]])


def test_unknown_tokenizer_is_refused():
    with pytest.raises(InputError, match="unknown tokenizer"):
        score_corpus(["a"], [["a"]], tokenize="flores200")
