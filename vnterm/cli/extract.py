"""``vnterm glossary extract``: candidate term pairs from parallel text, and merging a reviewed file."""

from __future__ import annotations

import json

import click

from ..errors import InputError
from .engine_options import engine_options, resolve_engine
from .options import current_config, echo_json, glossary_option, json_option


@click.command()
@click.argument("review", required=False, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--vi", "vi_path", type=click.Path(dir_okay=False, allow_dash=True), help="Vietnamese side, one sentence per line.")
@click.option("--en", "en_path", type=click.Path(dir_okay=False, allow_dash=True), help="English side, line-aligned with --vi.")
@glossary_option
@click.option("--no-anchors", is_flag=True, help="Use no glossary entry as an anchor (pure alignment).")
@click.option("--top", default=3, show_default=True, type=click.IntRange(1, 50), help="English candidates kept per Vietnamese term.")
@click.option("--min-score", default=0.1, show_default=True, type=click.FloatRange(0, 1), help="Drop pairs scoring below this.")
@click.option("--min-count", default=1, show_default=True, type=click.IntRange(1), help="Drop pairs seen in fewer line pairs.")
@click.option("--include-known", is_flag=True, help="Also list pairs the glossary already holds (column 'known').")
@click.option(
    "--segmenter",
    type=click.Choice(["auto", "segmenter", "underthesea", "none"]),
    default="auto",
    show_default=True,
    help="Vietnamese word boundaries: vnterm's segmenter, underthesea, or none (every syllable).",
)
@json_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the review TSV (or JSON) to this file, atomically.")
@click.option("--merge", "merge_into", type=click.Path(dir_okay=False), metavar="GLOSSARY", help="Add the accepted rows of REVIEW to GLOSSARY (a .tsv).")
@click.option("--dry-run", is_flag=True, help="With --merge: validate and report, write nothing.")
@engine_options
def extract(
    review: str | None,
    vi_path: str | None,
    en_path: str | None,
    glossaries: tuple[str, ...],
    no_anchors: bool,
    top: int,
    min_score: float,
    min_count: int,
    include_known: bool,
    segmenter: str,
    as_json: bool,
    output: str | None,
    merge_into: str | None,
    dry_run: bool,
    engine: str | None,
    ray_address: str | None,
) -> None:
    """Find candidate Vietnamese→English term pairs in sentence-aligned files, or merge a review.

    Extraction aligns --vi and --en line by line and prints a review TSV: one row per candidate
    pair with its score, count and an example line pair. Glossary terms found on both sides of a
    line are anchors (-g, default the bundled glossary; --no-anchors for none); pairs the glossary
    already holds are left out unless --include-known. Mark rows to keep with 'y' in the accept
    column, then merge them: the glossary is validated with the new rows and written atomically,
    or left untouched on any error.

    \b
    Examples:
      vnterm glossary extract --vi news.vi --en news.en -o review.tsv
      vnterm glossary extract --vi news.vi --en news.en --no-anchors --json
      vnterm glossary extract --merge glossaries/official review.tsv
      vnterm glossary extract --vi corpus.vi --en corpus.en --engine ray -o review.tsv
    """
    if merge_into:
        if vi_path or en_path:
            raise click.UsageError("--merge takes a review file, not --vi/--en")
        if not review:
            raise click.UsageError("--merge needs the reviewed file: vnterm glossary extract --merge GLOSSARY REVIEW")
        _merge(merge_into, review, dry_run)
        return
    if review:
        raise click.UsageError(f"unexpected argument {review!r} (a review file goes with --merge GLOSSARY)")
    if dry_run:
        raise click.UsageError("--dry-run goes with --merge")
    if not vi_path or not en_path:
        raise click.UsageError("give both --vi FILE and --en FILE (or --merge GLOSSARY REVIEW)")
    if no_anchors and glossaries:
        raise click.UsageError("--no-anchors and -g/--glossary contradict each other")

    from ..extract import extract_pairs, read_parallel
    from ..extract.review import dumps_review
    from .options import load_glossary_option

    import sys

    engine, address = resolve_engine(engine, ray_address, current_config())
    vi_lines, en_lines = read_parallel(vi_path, en_path)
    glossary = None if no_anchors else load_glossary_option(glossaries)
    pairs = extract_pairs(
        vi_lines,
        en_lines,
        glossary,
        top=top,
        backend=segmenter,
        vi_name="<stdin>" if vi_path == "-" else vi_path,
        en_name="<stdin>" if en_path == "-" else en_path,
        engine=engine,
        ray_address=address,
        progress=sys.stderr.isatty(),
    )
    pairs = [
        p
        for p in pairs
        if p.score >= min_score and p.count >= min_count and (include_known or p.known is None)
    ]
    if as_json:
        text = json.dumps([p.to_json() for p in pairs], ensure_ascii=False, indent=2) + "\n"
    else:
        text = dumps_review(pairs)
    if output:
        from ..textio import atomic_write_text

        atomic_write_text(output, text)
        click.echo(f"{len(pairs)} candidate pairs written to {output}", err=True)
    elif as_json:
        echo_json([p.to_json() for p in pairs])
    else:
        click.echo(text, nl=False)


def _merge(glossary_path: str, review: str, dry_run: bool) -> None:
    from ..extract.review import merge_review

    if review == "-" and glossary_path == "-":
        raise InputError("the glossary cannot be standard input")
    result = merge_review(glossary_path, review, dry_run=dry_run)
    verb = "would add" if dry_run else "added"
    click.echo(
        f"{glossary_path}: {verb} {result.added} terms ({result.concepts} new concepts); "
        f"{result.skipped} accepted rows already present"
    )
