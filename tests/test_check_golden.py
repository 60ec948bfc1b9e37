"""Golden files for lint output: ``tests/golden/check/NAME.in`` → ``NAME.{text,json,github}.out``.

Regenerate after an intended change with ``VNTERM_UPDATE_GOLDEN=1 pytest tests/test_check_golden.py``
and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

GOLDEN = Path(__file__).parent / "golden" / "check"
GLOSSARY = Path(__file__).parent / "data" / "check" / "glossary.tsv"
CASES = sorted(p.name[: -len(".in")] for p in GOLDEN.glob("*.in"))
FORMATS = ("text", "json", "github")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", CASES)
def test_golden(name, fmt, tmp_path, monkeypatch):
    shutil.copy(GOLDEN / f"{name}.in", tmp_path / name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", name, "-g", str(GLOSSARY), "--no-config", "--format", fmt])
    expected_file = GOLDEN / f"{name}.{fmt}.out"
    out = f"exit {result.exit_code}\n{result.output}"
    if os.environ.get("VNTERM_UPDATE_GOLDEN"):
        expected_file.write_text(out, encoding="utf-8")
    assert out == expected_file.read_text(encoding="utf-8")
