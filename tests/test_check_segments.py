"""A long plain file checked segment by segment (issue 18): the same findings, and the same report
bytes, as checking it whole, without holding it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings, strategies as st

import vnterm.documents.segments as segmod
from vnterm.check import CheckConfig, Checker
from vnterm.check.report import Report
from vnterm.check.runner import run_check
from vnterm.cli import cli
from vnterm.documents import read_document
from vnterm.documents.segments import segmentable, segments
from vnterm.glossary import load_glossaries

DATA = Path(__file__).parent / "data" / "check"
SEEDS = sorted((Path(__file__).parents[1] / "corpora" / "seeds").glob("*.txt"))
PARAGRAPHS = [p.strip() for seed in SEEDS for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def bundled():
    return load_glossaries(None)


def _segmented(checker: Checker, path: str, size: int) -> list:
    assert checker.streamable and segmentable(path, 0)
    return [f for _, part in checker.check_segments(lambda: segments(path, size)) for f in part]


@pytest.mark.parametrize("style", ["consistent", "government", "vna", "vns", "nhandan"])
@pytest.mark.parametrize("size", [64, 1500])
def test_each_seed_checked_in_segments_has_the_findings_of_the_whole(bundled, style, size):
    config = CheckConfig().with_overrides(style=style)
    for strict in (False, True):
        if strict:
            config = dataclasses.replace(config, inconsistent_admitted="flag", admitted="prefer")
        checker = Checker(bundled, config)
        for seed in SEEDS:
            whole = checker.check(read_document(str(seed)))
            assert _segmented(checker, str(seed), size) == whole, (style, strict, seed.name)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.integers(0, len(PARAGRAPHS) - 1), min_size=2, max_size=40),
       size=st.integers(1, 4000), style=st.sampled_from(["consistent", "government", "vns"]))
def test_any_document_in_any_segment_size_has_the_findings_of_the_whole(tmp_path, bundled, picks, size, style):
    """Document-wide decisions (majorities, first mentions, names written with diacritics
    elsewhere, compounds written two ways) are the same whichever paragraphs they fall in."""
    path = tmp_path / "doc.txt"
    path.write_text("\n\n".join(PARAGRAPHS[i] for i in picks) + "\n", encoding="utf-8")
    checker = Checker(bundled, CheckConfig().with_overrides(style=style))
    assert _segmented(checker, str(path), size) == checker.check(read_document(str(path)))


@pytest.mark.parametrize("size", [1, 3, 4, 7, 100])
def test_segments_cut_after_a_line_break_before_a_blank_line(tmp_path, size):
    path = tmp_path / "a.txt"
    text = "One.\nTwo.\n\nThree.\n\n\nFour https://x.org/a b.\n"
    path.write_text(text, encoding="utf-8")
    parts = list(segments(str(path), size))
    assert "".join(p.document.source for p in parts) == text
    for before, after in zip(parts, parts[1:]):
        assert before.document.source.endswith("\n") and after.document.source.startswith("\n")
        assert after.offset == before.offset + len(before.document.source)
        assert after.line == text.count("\n", 0, after.offset)
    assert parts[0].offset == parts[0].line == 0
    assert "https" not in parts[-1].document.text  # URLs hidden as the whole file's reader hides them
    assert len(parts) > 1


@pytest.mark.parametrize("name, data", [
    ("crlf.txt", b"One.\r\n\r\nTwo.\r\n"),
    ("directive.txt", b"One.\n\n<!-- vnterm-disable -->Two.\n"),
    ("latin1.txt", b"Caf\xe9.\n\nTwo.\n"),
    ("utf16.txt", "One.\n\nTwo.\n".encode("utf-16")),
    ("note.md", b"One.\n\nTwo.\n"),
    ("blank.txt", b"\n\n\n"),
])
def test_files_not_read_exactly_in_segments_are_read_whole(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert not segmentable(str(path), 0)


def test_a_file_under_the_threshold_or_over_the_input_limit_is_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text("One.\n\nTwo.\n", encoding="utf-8")
    assert segmentable(str(path), 0) and not segmentable(str(path), 1 << 20)
    monkeypatch.setattr(segmod, "MAX_INPUT_BYTES", 5)
    assert not segmentable(str(path), 0)  # read whole, so the reader's "file too large" stands


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_cli_streams_a_long_file_with_the_bytes_of_the_whole_report(tmp_path, monkeypatch, fmt):
    doc = tmp_path / "long.txt"
    doc.write_text("\n\n".join(PARAGRAPHS * 2) + "\n", encoding="utf-8")
    args = ["check", str(doc), str(SEEDS[0]), "-g", str(DATA / "glossary.tsv"), "--no-config", "--format", fmt,
            "--jobs", "1"]
    whole = CliRunner().invoke(cli, args)
    seen: list[int] = []
    real = segmod.segments

    def counted(path, size=None):
        seen.append(1)
        return real(path, 2000)

    monkeypatch.setattr(segmod, "STREAM_BYTES", 10_000)
    monkeypatch.setattr("vnterm.check.runner.segments", counted)
    streamed = CliRunner().invoke(cli, args)
    assert seen, "the long file was not read in segments"
    assert streamed.exit_code == whole.exit_code == 1
    assert streamed.output == whole.output and "long.txt" in whole.output


def test_a_counted_report_has_the_summary_of_a_kept_one(bundled):
    checker = Checker(bundled, CheckConfig())
    kept = run_check(checker, [str(p) for p in SEEDS], jobs=1)
    counted = run_check(checker, [str(p) for p in SEEDS], jobs=1, keep_documents=False,
                        report=Report(counted_only=True))
    assert counted.findings == [] and kept.findings
    assert counted.summary() == kept.summary() and counted.failed == kept.failed
    for level in ("error", "warning", "info", "none"):
        kept.fail_level = counted.fail_level = level
        assert counted.failed == kept.failed
