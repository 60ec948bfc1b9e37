"""``vnterm model``: prepare local translation models (convert, inspect)."""

from __future__ import annotations

import click

from .options import echo_json, json_option


@click.group()
def model() -> None:
    """Prepare and inspect local CTranslate2 translation models.

    \b
    Examples:
      vnterm model convert Helsinki-NLP/opus-mt-vi-en models/opus-mt-vi-en
      vnterm model info models/opus-mt-vi-en
    """


@model.command()
@click.argument("source", metavar="MODEL")
@click.argument("out", metavar="OUT", type=click.Path(file_okay=False))
@click.option(
    "-q",
    "--quantization",
    default="int8",
    show_default=True,
    help="Weight type: int8, int8_float16, int16, float16, bfloat16, float32 ...",
)
@click.option("--force", is_flag=True, help="Replace OUT when it exists.")
def convert(source: str, out: str, quantization: str, force: bool) -> None:
    """Convert a Transformers model (hub id or local folder) to CTranslate2 in OUT.

    Needs transformers and torch (pip install 'vnterm[convert]') and, for a hub id, the network:
    run it once on a connected machine, then copy OUT anywhere. Marian (OPUS-MT), NLLB-200,
    M2M100 and mBART (VinAI Translate) models are supported; int8 by default.

    \b
    Example:
      vnterm model convert Helsinki-NLP/opus-mt-vi-en models/opus-mt-vi-en
      vnterm translate news.vi.txt --model models/opus-mt-vi-en -o news.en.txt
    """
    from ..translate.convert import convert_model

    result = convert_model(source, out, quantization=quantization, force=force)
    click.echo(f"converted {source} → {result.path} ({result.adapter.family}, {quantization})")


@model.command()
@click.argument("path", metavar="DIR", type=click.Path())
@json_option
def info(path: str, as_json: bool) -> None:
    """Validate a CTranslate2 model directory and show its family and files.

    \b
    Example:
      vnterm model info models/opus-mt-vi-en --json
    """
    from ..translate.models import inspect_model_dir

    found = inspect_model_dir(path)
    data = {
        "path": str(found.path),
        "family": found.adapter.family,
        "source_spm": found.adapter.source_spm,
        "target_spm": found.adapter.target_spm,
        "vocabulary_size": len(found.vocab),
        "tone": found.adapter.tone,
    }
    if as_json:
        echo_json(data)
    else:
        for key, value in data.items():
            click.echo(f"{key}: {value}")
