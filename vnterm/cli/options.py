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
        help="Glossary file (.tsv .csv .xlsx .tbx) or directory of .tsv files; repeatable. Replaces the configured or bundled glossary.",
    )(func)


def json_option(func: F) -> F:
    """``--json``: machine-readable output."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")(func)


def current_config(config_path: str | None = None, no_config: bool = False):
    """The configuration in force (:func:`vnterm.config.load_config`), read once per command run:
    ``config_path`` names the file, ``no_config`` ignores files (the environment still counts)."""
    from ..config import load_config

    ctx = click.get_current_context(silent=True)
    key = ("vnterm.config", config_path, no_config)
    if ctx is not None and key in ctx.meta:
        return ctx.meta[key]
    config = load_config(config_path, search=not no_config) if (config_path or not no_config) \
        else load_config(None, search=False)
    if ctx is not None:
        ctx.meta[key] = config
    return config


def load_glossary_option(glossaries: tuple[str, ...], config=None):
    """Load the glossaries: ``-g`` > $VNTERM_GLOSSARY > the configuration file > the bundled one.
    Errors reach the CLI as VntermError."""
    from ..glossary import load_glossaries

    config = config if config is not None else current_config()
    return load_glossaries(config.glossary_paths(glossaries))


def echo_json(data: object) -> None:
    """Print JSON (UTF-8, not ASCII-escaped, stable key order as built)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
