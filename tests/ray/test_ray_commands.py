"""``check`` and ``glossary extract`` on Ray (issue 21): the same bytes as the local engine in every
format, the same exit codes and file errors, ``--fix`` planned and written the same way, and a
document that kills its worker every time reported as that file's error (exit 2) while the run
completes. Shares one local Ray with test_ray_engine.py (conftest.py)."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

ray = pytest.importorskip("ray")
pytest.importorskip("pandas")
pytest.importorskip("pyarrow")

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpora" / "seeds"
EXTRACT = ROOT / "tests" / "data" / "extract"


def _own(stderr: str) -> list[str]:
    """vnterm's own lines on standard error (Ray's log lines, printed there as they come, left out)."""
    return [line for line in stderr.splitlines() if line.startswith(("vnterm: ", "fixed "))]


def _run(args):
    from vnterm.cli import cli

    result = CliRunner().invoke(cli, args)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.output
    return result


@pytest.fixture(scope="module")
def with_bad_file(tmp_path_factory):
    """A folder holding one seed article and one file that is not UTF-8 (checked alongside)."""
    out = tmp_path_factory.mktemp("bad")
    shutil.copy(next(SEEDS.glob("*.txt")), out / "good.txt")
    (out / "bad.txt").write_bytes(b"caf\xe9 Hanoi\n")
    return out


def test_check_reports_are_the_local_ones_in_every_format(local_ray, archive, with_bad_file):
    from vnterm.check import FORMATS, CheckConfig, Checker, render
    from vnterm.check.runner import run_check
    from vnterm.documents import find_inputs
    from vnterm.engines.check import check_files
    from vnterm.glossary import load_glossaries

    glossary, config = load_glossaries(None), CheckConfig()
    files = find_inputs([str(archive), str(with_bad_file)]).files
    local = run_check(Checker(glossary, config), files, jobs=2)
    remote = check_files(files, glossary, config, engine="ray")
    assert remote.files == local.files == len(files) - 1 and len(remote.errors) == 1
    assert remote.errors == local.errors
    for fmt in FORMATS:
        assert render(remote, fmt) == render(local, fmt), fmt


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_check_cli_output_and_exit_code_are_the_local_ones(local_ray, with_bad_file, fmt):
    args = ["check", str(SEEDS), str(with_bad_file), "--format", fmt, "--no-config"]
    local = _run([*args, "--engine", "local"])
    remote = _run([*args, "--engine", "ray"])
    assert (remote.exit_code, remote.stdout, _own(remote.stderr)) == (local.exit_code, local.stdout, _own(local.stderr))
    assert local.exit_code == 2 and "bad.txt:1: not valid UTF-8" in local.stderr


def test_check_fix_on_ray_writes_what_the_local_engine_writes(local_ray, tmp_path):
    here, there = tmp_path / "local", tmp_path / "ray"
    for d in (here, there):
        shutil.copytree(SEEDS, d)
    local = _run(["check", str(here), "--fix", "--format", "json", "--no-config"])
    remote = _run(["check", str(there), "--fix", "--format", "json", "--no-config", "--engine", "ray"])
    assert remote.exit_code == local.exit_code
    assert remote.stdout.replace(str(there), "<dir>") == local.stdout.replace(str(here), "<dir>")
    assert [l.replace(str(there), "<dir>") for l in _own(remote.stderr)] == \
        [l.replace(str(here), "<dir>") for l in _own(local.stderr)]
    assert "fixed" in local.stderr  # the seeds have something to fix: the test compares real writes
    for a in sorted(here.iterdir()):
        assert (there / a.name).read_bytes() == a.read_bytes(), a.name


def test_check_standard_input_with_engine_ray_is_a_usage_error():
    result = _run(["check", "-", "--engine", "ray", "--no-config"])
    assert result.exit_code == 2 and "--engine ray checks files and folders" in result.output


@pytest.fixture(scope="module")
def parallel(tmp_path_factory):
    """A generated parallel corpus (three chunks on Ray): every extract set's lines, interleaved."""
    out = tmp_path_factory.mktemp("parallel")
    vi, en = [], []
    for name in ("dev", "heldout", "heldout2", "heldout3"):
        vi += (EXTRACT / f"{name}.vi").read_text(encoding="utf-8").splitlines()
        en += (EXTRACT / f"{name}.en").read_text(encoding="utf-8").splitlines()
    order = sorted(range(len(vi)), key=lambda i: (i * 37) % len(vi))
    (out / "c.vi").write_text("".join(vi[i] + "\n" for i in order), encoding="utf-8")
    (out / "c.en").write_text("".join(en[i] + "\n" for i in order), encoding="utf-8")
    return out


@pytest.mark.parametrize("fmt", ["tsv", "json"])
def test_extract_output_is_the_local_one(local_ray, parallel, fmt):
    args = ["glossary", "extract", "--vi", str(parallel / "c.vi"), "--en", str(parallel / "c.en")]
    args += ["--json"] if fmt == "json" else []
    local = _run([*args, "--engine", "local"])
    remote = _run([*args, "--engine", "ray"])
    assert local.exit_code == 0 and local.stdout.count("\n") > 100
    assert (remote.exit_code, remote.stdout) == (local.exit_code, local.stdout)


def test_extract_line_too_long_is_the_same_error_on_ray(local_ray, tmp_path):
    vi = ["Thủ tướng dự họp."] * 70 + [" ".join(["từ"] * 500)]
    en = ["The Prime Minister attended."] * 70 + [" ".join(["word"] * 500)]
    (tmp_path / "a.vi").write_text("\n".join(vi) + "\n", encoding="utf-8")
    (tmp_path / "a.en").write_text("\n".join(en) + "\n", encoding="utf-8")
    args = ["glossary", "extract", "--vi", str(tmp_path / "a.vi"), "--en", str(tmp_path / "a.en")]
    local = _run([*args, "--engine", "local"])
    remote = _run([*args, "--engine", "ray"])
    assert (remote.exit_code, remote.stdout, _own(remote.stderr)) == (local.exit_code, local.stdout, _own(local.stderr))
    assert local.exit_code == 2 and "a.vi:71: line too long" in local.stderr


def _poisoned_check_task():
    from vnterm.engines.check import CheckTask

    class PoisonedCheck(CheckTask):
        """Kills its worker process whenever it reads a file named poison.txt (every try)."""

        def run(self, checker, path):
            if os.path.basename(path) == "poison.txt":
                os._exit(1)
            return super().run(checker, path)

    return PoisonedCheck


def test_a_document_that_always_kills_its_worker_is_a_file_error_and_the_run_completes(local_ray, tmp_path):
    from vnterm.check import CheckConfig, Checker, FileError, render
    from vnterm.check.runner import run_check
    from vnterm.cli.check import exit_code
    from vnterm.documents import find_inputs
    from vnterm.engines.check import check_files
    from vnterm.glossary import load_glossaries

    for p in sorted(SEEDS.glob("*.txt")):
        shutil.copy(p, tmp_path / p.name)
    shutil.copy(next(SEEDS.glob("*.txt")), tmp_path / "poison.txt")
    glossary, config = load_glossaries(None), CheckConfig()
    files = find_inputs([str(tmp_path)]).files
    task = _poisoned_check_task()(glossary, config)
    remote = check_files(files, glossary, config, engine="ray", task=task)
    poison = str(tmp_path / "poison.txt")
    assert [e.path for e in remote.errors] == [poison]
    assert "its worker process died on each of" in remote.errors[0].message
    assert exit_code(remote) == 2
    # everything else is exactly the local report without the poison document
    local = run_check(Checker(glossary, config), [f for f in files if f != poison], jobs=1)
    local.errors.append(FileError(poison, remote.errors[0].message))
    assert render(remote, "json") == render(local, "json")


def test_without_ray_check_and_extract_say_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    for args in (["check", str(SEEDS), "--engine", "ray", "--no-config"],
                 ["glossary", "extract", "--vi", str(EXTRACT / "small.vi"), "--en", str(EXTRACT / "small.en"),
                  "--engine", "ray"]):
        result = _run(args)
        assert result.exit_code == 2, args
        lines = _own(result.stderr)  # (a Ray still running for the other tests may log there too)
        assert result.stdout == "" and len(lines) == 1 and lines[0].startswith(
            "vnterm: error: the Ray engine needs the 'ray' extra: pip install 'vnterm[ray]'"), args
