"""``vnterm lookup``: find a concept by a Vietnamese or English term."""

from __future__ import annotations

import click

from .options import echo_json, glossary_option, json_option, load_glossary_option


@click.command()
@click.argument("query")
@glossary_option
@json_option
@click.option("-n", "--limit", default=5, show_default=True, help="Most concepts to show.")
@click.option(
    "--style",
    "style_name",
    metavar="STYLE",
    help="House style (government, vna, vns, nhandan, consistent): also show its preferred form.",
)
def lookup(query: str, glossaries: tuple[str, ...], as_json: bool, limit: int, style_name: str | None) -> None:
    """Look QUERY up in Vietnamese or English.

    Insensitive to case, diacritics, tone placement and Unicode form; when nothing matches exactly,
    suggests close terms. Exit code 1 when nothing is found.

    \b
    Examples:
      vnterm lookup "two-tiered local government"
      vnterm lookup "uy ban nhan dan" --json
      vnterm lookup "Thông tấn xã Việt Nam" --style vna
    """
    from ..errors import ConfigError
    from ..glossary.lookup import LookupIndex
    from ..glossary.model import STATUS_MARKS
    from ..styles import UnknownStyle, resolve_style

    style = None
    if style_name:
        try:
            style = resolve_style(style_name).id
        except UnknownStyle as exc:
            raise ConfigError(str(exc)) from None
    glossary = load_glossary_option(glossaries)
    results = LookupIndex(glossary).lookup(query, limit=limit)
    if as_json:
        echo_json([r.to_json(style) for r in results])
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
                    extra += f" (style: {', '.join(t.styles)})" if t.styles else ""
                    click.echo(f"  {lang}  {STATUS_MARKS.get(t.status, '?')} {t.status:<10} {t.text}{extra}")
            if style:
                for lang in r.concept.languages:
                    if lang == "vi":  # house styles are conventions of English copy
                        continue
                    best = r.concept.preferred(lang, style)
                    if best is not None:
                        click.echo(f"  {style} {lang}: {best.text}")
            validity = _validity(r.concept)
            if validity:
                click.echo(f"  valid:  {validity}")
            if r.concept.domain:
                click.echo(f"  domain: {r.concept.domain}")
            if r.concept.note:
                click.echo(f"  note:   {r.concept.note}")
            if r.concept.source:
                click.echo(f"  source: {r.concept.source}")
    if not results:
        raise SystemExit(1)


def _validity(concept) -> str:
    """"from 1992-10 to 2025-03-01, replaced by mof" (only the parts that are known)."""
    parts = []
    if concept.valid_from:
        parts.append(f"from {concept.valid_from}")
    if concept.valid_to:
        parts.append(f"to {concept.valid_to}")
    text = " ".join(parts)
    if concept.replaced_by:
        text += (", " if text else "") + f"replaced by {concept.replaced_by}"
    return text
