"""The one configuration (vnterm.config): file, environment, command line, and `vnterm config`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from vnterm.check.config import load_config as load_check_config
from vnterm.cli import cli
from vnterm.config import load_config
from vnterm.errors import ConfigError

DATA = Path(__file__).parent / "data"
SMALL = DATA / "small_glossary.tsv"
CHECK_GLOSSARY = DATA / "check" / "glossary.tsv"


@pytest.fixture
def project(tmp_path, monkeypatch):
    for var in ("VNTERM_GLOSSARY", "VNTERM_STYLE", "VNTERM_JOBS"):
        monkeypatch.delenv(var, raising=False)
    (tmp_path / "g").mkdir()
    (tmp_path / "g" / "small.tsv").write_bytes(SMALL.read_bytes())
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.vnterm]\nglossaries = ["g/small.tsv"]\nstyle = "mofa"\n'
        'exclude = ["drafts/**"]\nignore = ["old/**"]\njobs = 2\nengine = "local"\nray_address = "auto"\n'
        'spelling = "british"\n\n[tool.vnterm.rules]\nspelling = "off"\n', encoding="utf-8")
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    return tmp_path


def test_file_values_and_their_origins(project):
    cfg = load_config()
    assert cfg.path == str(project / "pyproject.toml")
    assert cfg.glossaries == (str(project / "g" / "small.tsv"),)
    assert cfg.style == "government"  # the alias resolved by vnterm.styles
    assert cfg.exclude == ("drafts/**", "old/**") and cfg.jobs == 2
    assert (cfg.engine, cfg.ray_address) == ("local", "auto")
    assert cfg.rules == {"spelling": "off"} and cfg.origin("style") == "file" and cfg.origin("include") == "default"


def test_environment_over_file_and_command_line_over_both(project, monkeypatch):
    monkeypatch.setenv("VNTERM_GLOSSARY", str(CHECK_GLOSSARY))
    monkeypatch.setenv("VNTERM_STYLE", "vna")
    monkeypatch.setenv("VNTERM_JOBS", "1")
    cfg = load_config()
    assert cfg.glossaries == (str(CHECK_GLOSSARY),) and cfg.origin("glossaries") == "env VNTERM_GLOSSARY"
    assert (cfg.style, cfg.jobs) == ("vna", 1)
    assert cfg.glossary_paths(["other.tsv"]) == ["other.tsv"]
    assert load_config(search=False).glossary_paths() == [str(CHECK_GLOSSARY)]


@pytest.mark.parametrize("text,message", [
    ('style = "bbc"', "unknown house style 'bbc'"),
    ('jobs = -1', "jobs must be a whole number"),
    ('engine = "spark"', "engine = 'spark'"),
    ('glossaries = [1]', "glossaries must be a list of strings"),
    ('jobs = ', "invalid TOML"),
])
def test_bad_values_name_the_file_and_key(tmp_path, text, message):
    (tmp_path / "vnterm.toml").write_text(text + "\n")
    with pytest.raises(ConfigError, match=message) as info:
        load_config(tmp_path / "vnterm.toml")
    assert str(tmp_path / "vnterm.toml") in str(info.value)


def test_checker_reads_the_same_file(project):
    cc = load_check_config()
    assert cc.spelling == "british" and cc.severity("spelling") == "off" and cc.ignore == ("old/**",)


def test_every_command_takes_its_glossary_from_the_configuration(project):
    # the configured glossary is the small one: "Haiphong" is a deprecated variant there
    result = CliRunner().invoke(cli, ["lookup", "Haiphong", "--json"])
    assert result.exit_code == 0, result.output
    assert "hai_phong" in result.output
    result = CliRunner().invoke(cli, ["glossary", "stats", "--json"])
    from vnterm.glossary import load_glossaries

    assert json.loads(result.output)["concepts"] == len(load_glossaries([str(SMALL)])) < len(load_glossaries())
    audit = CliRunner().invoke(cli, ["audit", "-", "--json"], input="Haiphong and Hai Phong.\n")
    assert audit.exit_code == 0 and json.loads(audit.output)["concepts"][0]["concept"] == "hai_phong"


def test_config_command_text_and_json(project, monkeypatch):
    monkeypatch.setenv("VNTERM_JOBS", "3")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"configuration file: {project / 'pyproject.toml'}"
    assert 'style       = "government"  [file]' in lines
    assert "jobs        = 3  [env VNTERM_JOBS]" in lines
    assert 'rules.spelling = "off"  [file]' in lines and 'checker.spelling = "british"  [file]' in lines
    data = json.loads(CliRunner().invoke(cli, ["config", "--json"]).output)
    assert data["values"]["jobs"] == {"value": 3, "from": "env VNTERM_JOBS"}
    assert data["values"]["include"] == {"value": [], "from": "default"}
    assert set(data["environment"]) == {"VNTERM_GLOSSARY", "VNTERM_STYLE", "VNTERM_JOBS", "VNTERM_NO_CACHE"}
    bare = CliRunner().invoke(cli, ["config", "--no-config"])
    assert bare.output.splitlines()[0] == "configuration file: (none)"
    assert "glossaries  = (bundled glossary)  [default]" in bare.output


def test_bad_environment_value_is_one_error_line(project, monkeypatch):
    monkeypatch.setenv("VNTERM_STYLE", "bbc")
    result = CliRunner().invoke(cli, ["config"])
    assert result.exit_code == 2 and result.output.startswith("vnterm: error: VNTERM_STYLE: unknown house style")
