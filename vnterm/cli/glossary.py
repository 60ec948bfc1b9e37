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
      vnterm glossary validate
      vnterm glossary stats --json
    """


@glossary.command()
@click.argument("files", nargs=-1, type=click.Path())
@click.option(
    "--require-source",
    is_flag=True,
    help="A concept without a source is an error (always on for the bundled glossary).",
)
@click.option(
    "--no-references",
    is_flag=True,
    help="Do not require replaced_by to name a concept of the same file (for one file of a directory).",
)
def validate(files: tuple[str, ...], require_source: bool, no_references: bool) -> None:
    """Validate glossary FILES (files, or directories of *.tsv loaded as one); default: the bundled one.

    Prints every problem as file:line: message. Exit code 0 when all are valid, 2 when any problem
    is found.

    \b
    Examples:
      vnterm glossary validate
      vnterm glossary validate glossaries/official my-terms.tsv
      vnterm glossary validate --no-references glossaries/official/party.tsv
    """
    from ..errors import GlossaryError
    from ..glossary import default_glossary_path, load_glossary
    from ..glossary.loader import is_bundled

    failed = False
    for name in files or (str(default_glossary_path()),):
        try:
            g = load_glossary(
                name, references=not no_references, require_source=require_source or is_bundled(name)
            )
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
