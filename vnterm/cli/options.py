"""Option decorators shared by several commands (defined once, as sqlite-utils does)."""

from __future__ import annotations

import json
from typing import Any, Callable, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def glossary_option(func: F) -> F:
    """``-g/--glossary FILE`` (repeatable); given on the command line it replaces the bundled glossary."""
    return click.option(
        "-g",
        "--glossary",
        "glossaries",
        multiple=True,
        type=click.Path(),
        help="Glossary file (.tsv .csv .xlsx .tbx) or directory of .tsv files; repeatable. Replaces the bundled glossary.",
    )(func)


def json_option(func: F) -> F:
    """``--json``: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def load_glossary_option(glossaries: tuple[str, ...]):
    """Load the glossaries named by ``-g`` (or the bundled one); errors reach the CLI as VntermError."""
    from ..glossary import load_glossaries

    return load_glossaries(list(glossaries) or None)


def echo_json(data: object) -> None:
    """Print JSON (UTF-8, not ASCII-escaped, stable key order as built)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
