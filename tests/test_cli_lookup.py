"""`vnterm lookup`, `vnterm glossary validate|stats` and CLI conventions, through click's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys

import click
from click.testing import CliRunner

from vnterm.cli import COMMANDS, cli

RUN = CliRunner()


def run(*args: str, **kw):
    return RUN.invoke(cli, list(args), catch_exceptions=False, **kw)


def test_lookup_text_output_exact(small_glossary_path) -> None:
    r = run("lookup", "two-tiered local government", "-g", str(small_glossary_path))
    assert r.exit_code == 0
    assert r.output == (
        "two_tier_local_government\n"
        "  vi  ✓ preferred  chính quyền địa phương hai cấp\n"
        "  en  ✓ preferred  two-tier local government\n"
        "  en  ✗ deprecated two-tiered local government\n"
        "  domain: policy\n"
        "  source: seeds/002:1\n"
    )


def test_lookup_json_contract_is_insensitive_to_marks_case_and_tone(small_glossary_path) -> None:
    outputs = []
    for query in ("uy ban nhan dan", "UỶ BAN NHÂN DÂN", "Ủy ban nhân dân"):
        r = run("lookup", query, "--json", "-g", str(small_glossary_path))
        assert r.exit_code == 0
        outputs.append(json.loads(r.output))
    assert outputs[0] == outputs[1] == outputs[2]
    (item,) = outputs[0]
    assert item["concept"] == "people_committee"
    assert item["score"] == 100
    assert item["domain"] == "org"
    assert item["terms"] == {
        "vi": [{"term": "Ủy ban nhân dân", "status": "preferred"},
               {"term": "UBND", "status": "admitted", "type": "abbreviation"}],
        "en": [{"term": "People's Committee", "status": "preferred"}],
    }


def test_lookup_suggests_on_typos(small_glossary_path) -> None:
    r = run("lookup", "Minstry of Foreign Afairs", "--json", "-g", str(small_glossary_path))
    assert r.exit_code == 0
    data = json.loads(r.output)
    assert data[0]["concept"] == "mofa"
    assert 60 <= data[0]["score"] < 100
    assert data[0]["exact"] is False


def test_lookup_nothing_found_exits_1(small_glossary_path) -> None:
    r = run("lookup", "zzzz qqqq xxxx", "-g", str(small_glossary_path))
    assert (r.exit_code, r.output) == (1, "no match for 'zzzz qqqq xxxx'\n")


def test_bad_glossary_exit_2_with_one_message(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("# vnterm-glossary v7\nconcept\tlang\tstatus\tterm\n", encoding="utf-8")
    r = run("lookup", "x", "-g", str(bad))
    assert r.exit_code == 2
    assert r.output == f"vnterm: error: {bad}:1: unknown glossary schema version '7' (this vnterm reads v1, v2)\n"


def test_missing_glossary_file(tmp_path) -> None:
    r = run("lookup", "x", "-g", str(tmp_path / "nope.tsv"))
    assert (r.exit_code, r.output) == (2, f"vnterm: error: {tmp_path / 'nope.tsv'}: no such glossary file\n")


def test_validate_reports_every_problem(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(
        "# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\n"
        "a\ten\tpreferred\tX\na\ten\tpreferred\tY\nb\ten\tbest\tZ\n",
        encoding="utf-8",
    )
    r = run("glossary", "validate", str(bad))
    assert r.exit_code == 2
    assert r.output == (
        f"{bad}:5: unknown status 'best' (expected one of preferred, admitted, deprecated, forbidden)\n"
    )
    bad.write_text("# vnterm-glossary v1\nconcept\tlang\tstatus\tterm\na\ten\tpreferred\tX\na\ten\tpreferred\tY\n")
    r = run("glossary", "validate", str(bad))
    assert (r.exit_code, r.output) == (2, f"{bad}:4: concept 'a' has 2 preferred en terms ('X', 'Y'); mark all but one admitted\n")


def test_validate_ok(small_glossary_path) -> None:
    r = run("glossary", "validate", str(small_glossary_path))
    assert (r.exit_code, r.output) == (0, f"{small_glossary_path}: ok (7 concepts, 24 terms)\n")


def test_stats_json(small_glossary_path) -> None:
    r = run("glossary", "stats", "--json", "-g", str(small_glossary_path))
    data = json.loads(r.output)
    assert data["concepts"] == 7 and data["terms"] == 24
    assert data["by_status"] == {"preferred": 14, "admitted": 5, "deprecated": 5, "forbidden": 0}
    assert data["by_domain"] == {"org": 3, "place": 2, "policy": 1, "title": 1}


def _walk(group: click.Group, ctx: click.Context, prefix: tuple[str, ...] = ()):
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, click.Context(cmd, parent=ctx, info_name=name), prefix + (name,))


def test_every_command_has_help_with_an_example() -> None:
    ctx = click.Context(cli, info_name="vnterm")
    seen = []
    for path, cmd in _walk(cli, ctx):
        r = RUN.invoke(cli, [*path, "--help"])
        assert r.exit_code == 0, path
        assert "Example" in r.output, f"vnterm {' '.join(path)} --help lacks an example"
        assert RUN.invoke(cli, [*path, "-h"]).exit_code == 0
        seen.append(path)
    assert ("lookup",) in seen and ("glossary", "validate") in seen


def test_lookup_does_not_import_heavy_modules() -> None:
    code = (
        "import sys\n"
        "from vnterm.cli import main\n"
        "try:\n    main(['lookup', 'two-tier local government'])\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('underthesea', 'ctranslate2', 'sacrebleu', 'torch') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("HEAVY []")


def test_commands_table_is_consistent() -> None:
    assert set(COMMANDS) >= {"lookup", "glossary", "segment", "check", "score", "translate", "model", "audit"}
