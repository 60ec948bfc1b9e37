"""``vnterm config``: the configuration in force and where each value came from."""

from __future__ import annotations

import json

import click

from .options import current_config, echo_json, json_option


@click.command("config")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="Configuration file (default: nearest vnterm.toml or pyproject.toml with [tool.vnterm]).")
@click.option("--no-config", is_flag=True, help="Ignore configuration files (the environment still counts).")
@json_option
def config(config_path: str | None, no_config: bool, as_json: bool) -> None:
    """Print the configuration in force: each value and where it came from (command line,
    environment variable, configuration file, or default).

    Precedence: command line > VNTERM_GLOSSARY / VNTERM_STYLE / VNTERM_JOBS > vnterm.toml or
    [tool.vnterm] in pyproject.toml > defaults (the bundled glossary).

    \b
    Examples:
      vnterm config
      VNTERM_STYLE=vna vnterm config --json
    """
    from ..config import ENVIRONMENT

    cfg = current_config(config_path, no_config)
    data = cfg.to_json()
    if as_json:
        data["environment"] = dict(ENVIRONMENT)
        echo_json(data)
        return
    click.echo(f"configuration file: {cfg.path or '(none)'}")
    values = data["values"]
    assert isinstance(values, dict)
    width = max(len(k) for k in values)
    for key, item in values.items():
        value = item["value"]
        shown = "(bundled glossary)" if key == "glossaries" and not value else json.dumps(value, ensure_ascii=False)
        click.echo(f"{key:<{width}} = {shown}  [{item['from']}]")
    for title, table in (("rules", data["rules"]), ("checker", data["checker"])):
        assert isinstance(table, dict)
        for key, value in table.items():
            click.echo(f"{title}.{key} = {json.dumps(value, ensure_ascii=False)}  [file]")
