"""``vnterm lsp``: the language server (findings, fixes, glossary hover) for editors, over stdio."""

from __future__ import annotations

import click

from .options import glossary_option


@click.command("lsp")
@glossary_option
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file for every document (default: the nearest one upward from each file).")
@click.option("--no-config", is_flag=True, help="Ignore configuration files.")
@click.option("--debounce-ms", type=click.IntRange(0, 10_000), default=250, show_default=True,
              help="Pause after the last keystroke before a document is checked again.")
@click.option("--no-completion", is_flag=True, help="Do not offer glossary terms as completions.")
@click.option("--stdio", is_flag=True, hidden=True, help="Accepted for clients that pass it; stdio is the only transport.")
def lsp(glossaries, config_path, no_config, debounce_ms, no_completion, stdio) -> None:
    """Run the vnterm language server on standard input and output.

    Diagnostics for .txt .md .html .xlf .po files (on open, change and save), quick fixes, "fix all",
    "disable this rule on this line", hover on glossary terms in English or Vietnamese, and completion
    of official terms. Editor set-up: docs/lsp.md. Needs the 'lsp' extra: pip install 'vnterm[lsp]'.

    \b
    Examples:
      vnterm lsp
      vnterm lsp -g glossaries/house.tsv --debounce-ms 150
    """
    from . import CliError

    try:
        from ..lsp.server import serve
    except ImportError as exc:  # pygls is an optional dependency
        raise CliError(f"vnterm lsp needs pygls: pip install 'vnterm[lsp]' ({exc})") from None
    from ..lsp.engine import Engine

    engine = Engine(glossaries=glossaries, config_path=config_path, no_config=no_config)
    serve(engine, debounce_ms=debounce_ms, completion=not no_completion)
