"""``vnterm glossary convert`` and ``vnterm glossary export``: glossaries in other formats."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import GlossaryError, InputError
from .options import glossary_option, load_glossary_option

_WRITE_EXTENSIONS = (".tsv", ".csv", ".xlsx", ".tbx")
_EXPORT_TARGETS = ("deepl", "google", "amazon", "vale", "prh")


def _same_file(a: Path, b: Path) -> bool:
    """Whether writing ``b`` would overwrite glossary ``a`` (a file, or a member of a glossary directory)."""
    try:
        if a.is_dir():
            return any(_same_file(member, b) for member in a.glob("*.tsv"))
        return a.resolve() == b.resolve() or (b.exists() and a.exists() and a.samefile(b))
    except OSError:
        return False


@click.command()
@click.argument("src", type=click.Path())
@click.argument("dst", type=click.Path(dir_okay=False))
@click.option(
    "--tbx-version",
    type=click.Choice(["2", "3"]),
    default="3",
    show_default=True,
    help="TBX flavour to write: 2 = <martif type=\"TBX-Basic\">, 3 = ISO 30042:2019 <tbx>.",
)
def convert(src: str, dst: str, tbx_version: str) -> None:
    """Convert glossary SRC to DST; formats come from the extensions (.tsv .csv .xlsx .tbx).

    SRC may also be .xml (read as TBX). SRC is validated first; DST is written atomically and
    never over SRC. Exit code 2 (and nothing written) when SRC is invalid.

    \b
    Examples:
      vnterm glossary convert glossaries/official official.tbx
      vnterm glossary convert terms.xlsx terms.tsv
      vnterm glossary convert official.tbx official.csv --tbx-version 2
    """
    from ..glossary import load_glossary
    from ..glossary.formats import write_glossary

    src_path, dst_path = Path(src), Path(dst)
    if dst_path.suffix.lower() not in _WRITE_EXTENSIONS:
        raise InputError(
            f"cannot write glossary format {dst_path.suffix or '(no extension)'!r} "
            f"(expected one of {', '.join(_WRITE_EXTENSIONS)})",
            dst,
        )
    if _same_file(src_path, dst_path):
        raise InputError("refusing to overwrite the source glossary; choose another output file", dst)
    glossary = load_glossary(src_path)
    write_glossary(glossary, dst_path, tbx_version=int(tbx_version))
    stats = glossary.stats()
    click.echo(f"{dst}: {stats['concepts']} concepts, {stats['terms']} terms", err=True)


@click.command()
@click.option(
    "--to", "target", type=click.Choice(_EXPORT_TARGETS), required=True, help="Export format."
)
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Output file; '-' writes to standard output.",
)
@glossary_option
@click.option(
    "--include-admitted",
    is_flag=True,
    help="MT exports: also map admitted Vietnamese terms. Linter exports: also flag admitted English variants.",
)
@click.option(
    "--level",
    type=click.Choice(["suggestion", "warning", "error"]),
    default="error",
    show_default=True,
    help="Vale alert level (--to vale only).",
)
def export(target: str, output: str, glossaries: tuple[str, ...], include_admitted: bool, level: str) -> None:
    """Export the glossary for an MT service (deepl, google, amazon) or a linter (vale, prh).

    \b
    deepl   DeepL glossary entries, TSV (source<TAB>target), vi → preferred en
    google  Google Cloud Translation unidirectional glossary, CSV without header
    amazon  Amazon Translate custom terminology, CSV with a vi,en header
    vale    Vale substitution rule (YAML): deprecated/forbidden en → preferred
    prh     prh rules for textlint-rule-prh (YAML): deprecated/forbidden en → preferred

    \b
    Examples:
      vnterm glossary export --to deepl -o deepl.tsv
      vnterm glossary export --to vale -o styles/Vnterm/Terms.yml
      vnterm glossary export --to prh -g my.tsv --include-admitted -o prh.yml
    """
    from ..glossary.exports import EXPORTS, linter_rules, mt_pairs
    from ..textio import atomic_write_text

    glossary = load_glossary_option(glossaries)
    if target == "vale":
        text = EXPORTS[target](glossary, include_admitted=include_admitted, level=level)
    else:
        text = EXPORTS[target](glossary, include_admitted=include_admitted)
    if target in ("vale", "prh"):
        count, unit = len(linter_rules(glossary, include_admitted=include_admitted)), "replacements"
    else:
        count, unit = len(mt_pairs(glossary, include_admitted=include_admitted)), "entries"
    if output == "-":
        click.echo(text, nl=False)
        return
    from ..glossary import default_glossary_path

    inputs = [Path(g) for g in glossaries] or [default_glossary_path()]
    if any(_same_file(g, Path(output)) for g in inputs):
        raise GlossaryError("refusing to overwrite an input glossary; choose another output file", output)
    atomic_write_text(output, text)
    click.echo(f"{output}: {count} {unit} ({target})", err=True)
