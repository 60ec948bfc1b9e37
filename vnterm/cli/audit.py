"""``vnterm audit``: which variant of each glossary concept an archive of English copy uses."""

from __future__ import annotations

import sys

import click

from .engine_options import engine_options, resolve_engine
from .exitcodes import ExitCode
from .options import current_config, echo_json, glossary_option, json_option, load_glossary_option


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@glossary_option
@json_option
@click.option("--csv", "csv_path", type=click.Path(dir_okay=False), help="Also write one CSV row per concept variant to this file.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Also write a self-contained HTML report with a chart per drifting concept.")
@click.option("--period", type=click.Choice(["day", "month", "year"]), default="month", show_default=True, help="Date buckets for the charts and by_period counts.")
@click.option("--drifting", "drifting_only", is_flag=True, help="Show only concepts with two or more variants in use (text output).")
@click.option("--no-mtime", is_flag=True, help="Leave documents without a date in their text undated instead of using the file's mtime.")
@click.option("-j", "--jobs", default=None, type=click.IntRange(0, 64),
              help="Worker processes (0: one per free CPU; default: the configuration's jobs, else 0).")
@click.option("--body-only", is_flag=True,
              help="HTML: count only the article body (menus, related-article lists and footers left out, by jusText).")
@click.option("--fail-on-drift", is_flag=True, help="Exit with code 1 when any concept drifts.")
@engine_options
def audit(
    paths: tuple[str, ...],
    glossaries: tuple[str, ...],
    as_json: bool,
    csv_path: str | None,
    html_path: str | None,
    period: str,
    drifting_only: bool,
    no_mtime: bool,
    jobs: int | None,
    body_only: bool,
    fail_on_drift: bool,
    engine: str | None,
    ray_address: str | None,
) -> None:
    """Audit English documents (files or folders of .txt .md .html .xlf .po): for each glossary concept,
    which variants are used, how often, where, and when.

    A concept drifts when two or more of its variants are in use. Dates come from Markdown front
    matter (date:), HTML <meta name="date"> or article:published_time, else the file's mtime.
    Exit code 0 (1 with --fail-on-drift when a concept drifts; 2 on unreadable input).

    \b
    Examples:
      vnterm audit corpora/seeds/
      vnterm audit archive/ --html audit.html --csv audit.csv --period year
      vnterm audit archive/ --json --drifting
      vnterm audit archive/ --engine ray --ray-address ray://head:10001 --json
    """
    from ..audit import audit_paths
    from ..audit.report import render_csv, render_html, render_text
    from ..textio import atomic_write_text

    config = current_config()
    engine, address = resolve_engine(engine, ray_address, config)
    glossary = load_glossary_option(glossaries, config)
    result = audit_paths(list(paths), glossary, period=period, jobs=config.jobs if jobs is None else jobs,
                         use_mtime=not no_mtime, include=config.include, exclude=config.exclude,
                         body_only=body_only, engine=engine, ray_address=address, progress=sys.stderr.isatty())
    if csv_path:
        atomic_write_text(csv_path, render_csv(result))
    if html_path:
        atomic_write_text(html_path, render_html(result))
    if as_json:
        data = result.to_json()
        if drifting_only:
            data["concepts"] = [c for c in data["concepts"] if c["drifting"]]  # type: ignore[index]
        echo_json(data)
    else:
        click.echo(render_text(result, drifting_only=drifting_only), nl=False)
    if fail_on_drift and result.drifting:
        raise SystemExit(ExitCode.FINDINGS)
