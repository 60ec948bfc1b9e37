"""``vnterm segment``: Vietnamese words, names, titles, organisations, places and legal references."""

from __future__ import annotations

import json

import click

from ..styles import STYLES
from .options import glossary_option, json_option, load_glossary_option

_STYLE_NAMES = [sid for sid in STYLES] + [a for st in STYLES.values() for a in st.aliases]


@click.command()
@click.argument("file", default="-", type=click.Path(dir_okay=True, allow_dash=True))
@glossary_option
@json_option
@click.option("--conll", is_flag=True, help="One token per line: index, form, start, end, BIO tag, English.")
@click.option(
    "--tone",
    type=click.Choice(["keep", "old", "new"]),
    default="keep",
    show_default=True,
    help="Tone-mark style of the printed words (offsets and --json text always keep the input).",
)
@click.option(
    "--style",
    type=click.Choice(_STYLE_NAMES, case_sensitive=False),
    default=None,
    help="House style of the English renderings (Viet Nam/Vietnam, Ha Noi/Hanoi, Chairwoman, ...); default: consistent.",
)
def segment(file: str, glossaries: tuple[str, ...], as_json: bool, conll: bool, tone: str, style: str | None) -> None:
    """Segment Vietnamese text in FILE (or - for standard input) into words and entities.

    One output record per input line, always (an empty line gives an empty record). Text output joins
    the syllables of a word with "_" and words with spaces; --json prints JSON Lines
    {"text", "tokens", "entities"} with offsets into each line as given; --conll prints a token per
    line (index, form, start, end, BIO entity tag, English rendering) and a blank line after each line.

    \b
    Examples:
      vnterm segment corpora/vi/sample.txt
      echo "Thứ trưởng Bộ Ngoại giao Ngô Lê Văn" | vnterm segment - --json
      vnterm segment news.txt --conll -g my_glossary.tsv
      vnterm segment news.txt --json --style vna
    """
    from ..errors import InputError
    from ..textio import read_text, split_lines
    from ..vi import Segmenter

    if as_json and conll:
        raise InputError("choose one of --json and --conll")
    text = read_text(file)
    glossary = load_glossary_option(glossaries)
    seg = Segmenter(glossary, style=style)
    for line in seg.segment_lines(split_lines(text)):
        if as_json:
            click.echo(json.dumps(line.to_json(), ensure_ascii=False))
        elif conll:
            click.echo(_conll(line, tone))
        else:
            click.echo(" ".join(_form(t.text, tone) for t in line.tokens))


def _form(text: str, tone: str) -> str:
    """A word as printed: its syllables joined by "_", optionally in one tone-mark style."""
    if tone != "keep":
        import unicodedata

        from ..text import to_tone_style

        text = to_tone_style(unicodedata.normalize("NFC", text), tone)  # type: ignore[arg-type]
    return "_".join(text.split())


def _conll(line, tone: str) -> str:
    """Tab-separated: index, form (syllables joined by "_"), start, end, BIO tag, English (or "_")."""
    tops = line.top_entities()
    rows: list[str] = []
    k = 0
    for idx, tok in enumerate(line.tokens, 1):
        while k < len(tops) and tops[k].end <= tok.start:
            k += 1
        tag, en = "O", "_"
        if k < len(tops) and tops[k].start <= tok.start and tok.end <= tops[k].end:
            e = tops[k]
            tag = ("B-" if tok.start == e.start else "I-") + e.type
            if tok.start == e.start and e.en:
                en = e.en
        form = _form(tok.text, tone)
        rows.append(f"{idx}\t{form}\t{tok.start}\t{tok.end}\t{tag}\t{en}\n")
    return "".join(rows)
