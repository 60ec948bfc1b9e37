"""``vnterm glossary``: validate, stats, convert, export, extract."""

from __future__ import annotations

import click

from ..errors import GlossaryValidationError
from . import LazyGroup
from .options import echo_json, glossary_option, json_option, load_glossary_option

SUBCOMMANDS = {
    "convert": "vnterm.cli.glossary_formats:convert",
    "export": "vnterm.cli.glossary_formats:export",
    "extract": "vnterm.cli.extract:extract",
}


@click.group(cls=LazyGroup, lazy=SUBCOMMANDS)
def glossary() -> None:
    """Validate, inspect, convert, export and grow glossaries.

    \b
    Examples:
      vnterm glossary validate glossaries/official.tsv
      vnterm glossary stats --json
    """


@glossary.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
def validate(files: tuple[str, ...]) -> None:
    """Validate glossary FILES; print every problem as file:line: message.

    Exit code 0 when all are valid, 2 when any problem is found.

    \b
    Example:
      vnterm glossary validate glossaries/official.tsv
    """
    from ..errors import GlossaryError
    from ..glossary import load_glossary

    failed = False
    for name in files:
        try:
            g = load_glossary(name)
        except GlossaryValidationError as exc:
            failed = True
            for problem in exc.problems:
                click.echo(str(problem), err=True)
        except GlossaryError as exc:
            failed = True
            click.echo(str(exc), err=True)
        else:
            s = g.stats()
            click.echo(f"{name}: ok ({s['concepts']} concepts, {s['terms']} terms)")
    if failed:
        raise SystemExit(2)


@glossary.command()
@glossary_option
@json_option
def stats(glossaries: tuple[str, ...], as_json: bool) -> None:
    """Count concepts and terms, by status, domain and language.

    \b
    Example:
      vnterm glossary stats --json
    """
    g = load_glossary_option(glossaries)
    s = g.stats()
    if as_json:
        echo_json(s)
        return
    click.echo(f"concepts  {s['concepts']}")
    click.echo(f"terms     {s['terms']}")
    for title in ("by_status", "by_domain", "by_lang"):
        click.echo(title.replace("_", " ") + ":")
        for k, v in s[title].items():  # type: ignore[union-attr]
            click.echo(f"  {k:<12} {v}")
