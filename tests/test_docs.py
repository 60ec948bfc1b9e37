"""Every command and option of the CLI is documented on its page under docs/ (and the architecture
contracts of pyproject.toml hold)."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from vnterm.cli import cli

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"

#: command path → the page that documents it
PAGES = {
    "lookup": "lookup.md",
    "glossary": "formats.md",
    "glossary extract": "extract.md",
    "segment": "segment.md",
    "check": "check.md",
    "score": "score.md",
    "translate": "translate.md",
    "model": "translate.md",
    "audit": "audit.md",
    "config": "config.md",
    "lsp": "lsp.md",
    "serve": "web.md",
}


def _commands(group: click.Group, ctx: click.Context, prefix: str = ""):
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        if cmd is None:
            continue
        path = f"{prefix}{name}"
        yield path, cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, ctx, path + " ")


def _page(path: str) -> str:
    parts = path.split()
    for n in range(len(parts), 0, -1):
        key = " ".join(parts[:n])
        if key in PAGES:
            return PAGES[key]
    raise AssertionError(f"no documentation page is assigned to `vnterm {path}`")


CTX = click.Context(cli)
COMMANDS = sorted(_commands(cli, CTX), key=lambda pc: pc[0])


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=[p for p, _ in COMMANDS])
def test_command_and_options_are_on_the_page(path, cmd):
    page = DOCS / _page(path)
    assert page.is_file(), f"{page.name} is missing"
    text = page.read_text(encoding="utf-8")
    assert f"vnterm {path}" in text, f"`vnterm {path}` is not mentioned in docs/{page.name}"
    missing = []
    for param in cmd.params:
        if not isinstance(param, click.Option) or param.hidden:
            continue
        names = [o for o in param.opts + param.secondary_opts if o.startswith("--")] or param.opts
        names = [n for n in names if n != "--help"]
        if names and not any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", text) for n in names):
            missing.append("/".join(names))
    assert not missing, f"options of `vnterm {path}` missing from docs/{page.name}: {', '.join(missing)}"


def test_every_page_named_exists_and_every_command_has_one():
    assert {p for p, _ in COMMANDS if " " not in p} >= {"check", "audit", "config", "lookup", "segment"}
    for name in set(PAGES.values()):
        assert (DOCS / name).is_file(), name


def test_import_contracts_hold():
    """import-linter's contracts in pyproject.toml: layers, independent faces, nothing imports the CLI."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0
