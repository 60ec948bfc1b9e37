"""Reports written file by file as each file is checked (issue 18): the same bytes as the whole report."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.check import CheckConfig, Checker, render
from vnterm.check.report import STREAMED_FORMATS, render_findings, render_head, render_tail
from vnterm.check.runner import run_check
from vnterm.cli import cli
from vnterm.glossary import load_glossary

DATA = Path(__file__).parent / "data" / "check"
SEEDS = sorted((Path(__file__).parents[1] / "corpora" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(load_glossary(DATA / "glossary.tsv"), CheckConfig())


@pytest.mark.parametrize("jobs", [1, 2])
def test_on_file_sees_each_file_in_order_as_it_is_done(checker, tmp_path, jobs):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    targets = [str(SEEDS[0]), str(bad), *map(str, SEEDS[1:])]
    whole = run_check(checker, targets, jobs=jobs)
    seen = []
    streamed = run_check(checker, targets, jobs=jobs, keep_documents=False,
                         on_file=lambda doc, findings: seen.append((doc.path, list(findings))))
    assert [p for p, _ in seen] == list(whole.documents) and len(seen) == len(SEEDS)
    assert [f for _, fs in seen for f in fs] == whole.findings == streamed.findings
    assert streamed.documents == {} and streamed.errors == whole.errors and streamed.files == whole.files


@pytest.mark.parametrize("fmt", STREAMED_FORMATS)
@pytest.mark.parametrize("color", [False, True])
def test_parts_make_the_whole_report(checker, fmt, color):
    report = run_check(checker, [str(p) for p in SEEDS] + ["missing.txt"], jobs=1)
    parts, after = render_head(fmt), 0
    for path, doc in report.documents.items():
        mine = [f for f in report.findings if f.path == path]
        parts += render_findings(fmt, mine, doc, color=color, after=after)
        after += len(mine)
    kwargs = {"color": color} if fmt == "text" else {}
    assert parts + render_tail(report, fmt, color=color) == render(report, fmt, **kwargs)


@pytest.mark.parametrize("fmt", ["text", "github", "json"])
def test_cli_writes_the_same_report_streamed_or_to_a_file(tmp_path, fmt):
    out = tmp_path / "report.out"
    args = ["check", *map(str, SEEDS), "-g", str(DATA / "glossary.tsv"), "--no-config", "--format", fmt]
    streamed = CliRunner().invoke(cli, args)
    written = CliRunner().invoke(cli, [*args, "-o", str(out)])
    assert streamed.exit_code == written.exit_code == 1
    assert streamed.output == out.read_text(encoding="utf-8") and streamed.output
