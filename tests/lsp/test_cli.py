"""``vnterm lsp`` on the command line: listed, documented, and refusing bad options like any command."""

from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

from vnterm import __version__
from vnterm.cli import cli

from .helpers import server_env


def test_lsp_is_listed_and_has_help():
    runner = CliRunner()
    assert "lsp" in runner.invoke(cli, ["--help"]).output
    result = runner.invoke(cli, ["lsp", "--help"])
    assert result.exit_code == 0
    assert "Run the vnterm language server on standard input and output." in result.output
    assert "--debounce-ms" in result.output and "--no-completion" in result.output


def test_a_bad_option_is_a_usage_error():
    result = CliRunner().invoke(cli, ["lsp", "--debounce-ms", "-5"])
    assert result.exit_code == 2
    assert "Invalid value for '--debounce-ms'" in result.output


def test_python_dash_m_vnterm_runs_the_cli():
    out = subprocess.run([sys.executable, "-m", "vnterm", "--version"], capture_output=True, text=True,
                         env=server_env(), timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"vnterm, version {__version__}"


def test_without_pygls_one_error_line_and_exit_2(monkeypatch):
    for name in [m for m in sys.modules if m == "pygls" or m.startswith(("pygls.", "vnterm.lsp.server"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "pygls", None)  # import pygls now raises ImportError
    result = CliRunner().invoke(cli, ["lsp"])
    assert result.exit_code == 2
    assert result.output.startswith("vnterm: error: vnterm lsp needs pygls: pip install 'vnterm[lsp]'")
