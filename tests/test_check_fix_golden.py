"""Golden files for ``check --fix`` on real-style newsroom sentences: ``tests/golden/check_fix/NAME.in``
is fixed through the CLI and must equal ``NAME.fixed`` exactly; the findings left are in ``NAME.left``.

Each case names its style and glossary below. Regenerate after an intended change with
``VNTERM_UPDATE_GOLDEN=1 pytest tests/test_check_fix_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.cli import cli

GOLDEN = Path(__file__).parent / "golden" / "check_fix"
DATA = Path(__file__).parent / "data" / "check"
CASES = {
    "government.txt": ("government", DATA / "glossary.tsv"),
    "consistent.txt": ("consistent", DATA / "newsroom.tsv"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fix_golden(name, tmp_path, monkeypatch):
    style, glossary = CASES[name]
    shutil.copy(GOLDEN / f"{name}.in", tmp_path / name)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", name, "--fix", "--style", style, "-g", str(glossary), "--no-config",
                                      "--format", "github", "--fail-level", "none"])
    fixed = (tmp_path / name).read_text(encoding="utf-8")
    left = f"exit {result.exit_code}\n{result.stdout}"
    if os.environ.get("VNTERM_UPDATE_GOLDEN"):
        (GOLDEN / f"{name}.fixed").write_text(fixed, encoding="utf-8")
        (GOLDEN / f"{name}.left").write_text(left, encoding="utf-8")
    assert fixed == (GOLDEN / f"{name}.fixed").read_text(encoding="utf-8")
    assert left == (GOLDEN / f"{name}.left").read_text(encoding="utf-8")
    # nothing more to fix: a second run changes nothing
    again = CliRunner().invoke(cli, ["check", name, "--dry-run", "--style", style, "-g", str(glossary),
                                     "--no-config"])
    assert again.exit_code == 0 and again.stdout == ""
