"""``vnterm translate``: Vietnamese→English with a local CTranslate2 model and enforced official terms."""

from __future__ import annotations

import json
import sys

import click

from ..errors import InputError
from .options import echo_json, glossary_option, json_option, load_glossary_option

#: Show a progress bar (on a terminal) from this many sentences on.
PROGRESS_MIN_SEGMENTS = 20


@click.command()
@click.argument("source", metavar="[FILE|-]", default="-", required=False)
@click.option("-m", "--model", "model_dir", required=True, type=click.Path(), help="CTranslate2 model directory.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the translation here (default: stdout).")
@click.option("--report", type=click.Path(dir_okay=False), help="Write a JSON term report, one item per input line.")
@glossary_option
@json_option
@click.option("--device", type=click.Choice(["cpu", "cuda", "auto"]), default="cpu", show_default=True)
@click.option("--threads", type=click.IntRange(min=0), default=0, show_default=True, help="CPU threads (0 = automatic).")
@click.option("--compute-type", default="default", show_default=True, help="int8, int8_float16, float16, float32 ...")
@click.option("--beam-size", type=click.IntRange(min=1), default=4, show_default=True)
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help="Sentences per batch.")
@click.option("--n-best", type=click.IntRange(min=1), default=4, show_default=True, help="Hypotheses reranked by term coverage (at most --beam-size).")
@click.option("--no-enforce", is_flag=True, help="Plain model output: no term enforcement (terms are still verified).")
@click.option("--no-entities", is_flag=True, help="Require glossary terms only, not names, titles and legal references.")
@click.option("--no-insert", is_flag=True, help="Report a term still missing at the end with its reason instead of inserting it.")
def translate(
    source: str,
    model_dir: str,
    output: str | None,
    report: str | None,
    glossaries: tuple[str, ...],
    as_json: bool,
    device: str,
    threads: int,
    compute_type: str,
    beam_size: int,
    batch_size: int,
    n_best: int,
    no_enforce: bool,
    no_entities: bool,
    no_insert: bool,
) -> None:
    """Translate Vietnamese FILE (or stdin) to English, one output line per input line.

    Official terms from the glossary, and names, titles and legal references found by the
    segmenter, are required in the output: n-best reranking, prefix re-decoding and post-editing
    put them in, and every line is verified; a term still missing is inserted as a marked
    post-edit (step "inserted"), or with --no-insert reported with its reason. Exit code 1 when a
    required term is reported missing (the translation is written anyway; see --report), 2 on bad
    input or a bad model directory.

    \b
    Examples:
      vnterm translate news.vi.txt --model models/opus-mt-vi-en -o news.en.txt --report terms.json
      echo "Bộ Ngoại giao thông báo." | vnterm translate --model models/opus-mt-vi-en
    """
    from ..textio import atomic_write_text, read_text, split_lines
    from ..translate.sentences import split_sentences
    from ..translate.translator import Translator

    from pathlib import Path

    for target in (output, report):  # fail before translating, not after
        if target and not Path(target).parent.is_dir():
            raise InputError("output folder does not exist", Path(target).parent)
    name = "<stdin>" if source == "-" else source
    text = read_text(source)
    lines = split_lines(text)
    if not any(line.strip() for line in lines):
        raise InputError("input is empty: nothing to translate", name)
    glossary = load_glossary_option(glossaries)
    translator = Translator(
        model_dir,
        glossary=glossary,
        device=device,
        threads=threads,
        compute_type=compute_type,
        beam_size=beam_size,
        batch_size=batch_size,
        n_best=min(n_best, beam_size),
        entities=None if no_entities else "auto",
        enforce=not no_enforce,
        insert=not no_insert,
    )
    total = sum(len(split_sentences(line.strip())) for line in lines if line.strip())
    if total >= PROGRESS_MIN_SEGMENTS and sys.stderr.isatty():
        with click.progressbar(length=total, label="translating", file=sys.stderr) as bar:
            results = translator.translate_detailed(lines, source_name=name, progress=bar.update)
    else:
        results = translator.translate_detailed(lines, source_name=name)
    if as_json:
        body = json.dumps([r.to_json() for r in results], ensure_ascii=False, indent=2) + "\n"
    else:
        body = "".join(r.text + "\n" for r in results)
    if report:
        report_text = json.dumps([r.report() for r in results], ensure_ascii=False, indent=2) + "\n"
    if output:
        atomic_write_text(output, body)
    elif as_json:
        echo_json([r.to_json() for r in results])
    else:
        click.echo(body, nl=False)
    if report:
        atomic_write_text(report, report_text)
    missing = sum(1 for r in results for t in r.required if not t.satisfied)
    if missing:
        click.echo(f"vnterm: {missing} required term(s) missing from the translation", err=True)
        raise SystemExit(1)

