"""The pre-commit hook and the GitHub Action call vnterm check with options that exist."""

from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from vnterm.cli import cli

ROOT = Path(__file__).resolve().parents[1]


def _options() -> set[str]:
    from vnterm.cli.check import check

    return {opt for p in check.params for opt in getattr(p, "opts", []) + getattr(p, "secondary_opts", [])}


def test_pre_commit_hooks():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert [h["id"] for h in hooks] == ["vnterm-check", "vnterm-check-fix"]
    for hook in hooks:
        words = hook["entry"].split()
        assert words[:2] == ["vnterm", "check"]
        assert set(w for w in words[2:] if w.startswith("-")) <= _options()


def test_action_runs_check_with_github_format():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    script = action["runs"]["steps"][-1]["run"]
    assert "vnterm check" in script and "--format github" in script and "--fail-level" in script
    assert {"--format", "--fail-level", "-g"} <= _options()


def test_github_format_end_to_end(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.md").write_text("Deputy FM, 50% done,\nsee Decree 58/2022/NĐ-CP.\n")
    glossary = str(ROOT / "tests" / "data" / "check" / "glossary.tsv")
    result = CliRunner().invoke(cli, ["check", "a.md", "-g", glossary, "--no-config", "--format", "github",
                                      "--style", "government"])
    assert result.exit_code == 1
    assert result.output == (
        "::error file=a.md,line=1,col=1,endLine=1,endColumn=10,title=term-deprecated::Deputy FM → Deputy "
        "Minister of Foreign Affairs: 'Deputy FM' is a deprecated variant; use 'Deputy Minister of Foreign Affairs'\n"
        "::warning file=a.md,line=2,col=5,endLine=2,endColumn=25,title=legal-ref::Decree 58/2022/NĐ-CP → "
        "Decree No. 58/2022/ND-CP: house form of a legal reference is 'Decree No. 58/2022/ND-CP' "
        "(style 'government'; change with --style or --legal-ref-no)\n")
