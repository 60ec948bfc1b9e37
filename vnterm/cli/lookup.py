"""``vnterm lookup``: find a concept by a Vietnamese or English term."""

from __future__ import annotations

import click

from .options import echo_json, glossary_option, json_option, load_glossary_option

_STATUS_MARK = {"preferred": "✓", "admitted": "~", "deprecated": "✗", "forbidden": "⛔"}


@click.command()
@click.argument("query")
@glossary_option
@json_option
@click.option("-n", "--limit", default=5, show_default=True, help="Most concepts to show.")
def lookup(query: str, glossaries: tuple[str, ...], as_json: bool, limit: int) -> None:
    """Look QUERY up in Vietnamese or English.

    Insensitive to case, diacritics, tone placement and Unicode form; when nothing matches exactly,
    suggests close terms. Exit code 1 when nothing is found.

    \b
    Examples:
      vnterm lookup "two-tiered local government"
      vnterm lookup "uy ban nhan dan" --json
    """
    from ..glossary.lookup import LookupIndex

    glossary = load_glossary_option(glossaries)
    results = LookupIndex(glossary).lookup(query, limit=limit)
    if as_json:
        echo_json([r.to_json() for r in results])
    elif not results:
        click.echo(f"no match for {query!r}")
    else:
        for i, r in enumerate(results):
            if i:
                click.echo("")
            head = f"{r.concept.id}" + ("" if r.exact else f"  (suggestion, score {r.score:.0f})")
            click.echo(head)
            for lang in r.concept.languages:
                for t in r.concept.terms_for(lang):
                    extra = f" [{t.type}]" if t.type != "fullForm" else ""
                    click.echo(f"  {lang}  {_STATUS_MARK.get(t.status, '?')} {t.status:<10} {t.text}{extra}")
            if r.concept.domain:
                click.echo(f"  domain: {r.concept.domain}")
            if r.concept.note:
                click.echo(f"  note:   {r.concept.note}")
            if r.concept.source:
                click.echo(f"  source: {r.concept.source}")
    if not results:
        raise SystemExit(1)
