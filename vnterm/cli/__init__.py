"""The ``vnterm`` command line. Each command lives in its own module and is imported on first use."""

from __future__ import annotations

import importlib
import sys

import click

from .. import __version__
from ..errors import VntermError
from .exitcodes import ExitCode

#: command name → "module:attribute"; modules are imported only when their command runs, so
#: ``vnterm lookup`` never imports underthesea or ctranslate2.
COMMANDS: dict[str, str] = {
    "lookup": "vnterm.cli.lookup:lookup",
    "glossary": "vnterm.cli.glossary:glossary",
    "segment": "vnterm.cli.segment:segment",
    "check": "vnterm.cli.check:check",
    "score": "vnterm.cli.score:score",
    "translate": "vnterm.cli.translate:translate",
    "model": "vnterm.cli.model:model",
    "audit": "vnterm.cli.audit:audit",
    "config": "vnterm.cli.config:config",
    "lsp": "vnterm.cli.lsp:lsp",
    "serve": "vnterm.cli.serve:serve",
}


class CliError(click.ClickException):
    """A user-facing error: one message, exit code 2."""

    exit_code = int(ExitCode.USAGE)

    def show(self, file=None) -> None:  # type: ignore[override]
        click.echo(f"vnterm: error: {self.format_message()}", err=True)


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on demand from ``lazy`` ("module:attr")."""

    def __init__(self, *args, lazy: dict[str, str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = dict(lazy or {})

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = set(super().list_commands(ctx)) | {n for n in self.lazy if self._available(n)}
        return sorted(names)

    def _available(self, name: str) -> bool:
        module = self.lazy[name].split(":")[0]
        return importlib.util.find_spec(module) is not None

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy and self._available(name):
            module, attr = self.lazy[name].split(":")
            return getattr(importlib.import_module(module), attr)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except VntermError as exc:
            raise CliError(str(exc)) from None
        except click.BadParameter as exc:
            # a file or folder that cannot be used is an input error like any other: one line
            if exc.param is not None and isinstance(exc.param.type, click.Path):
                names = "/".join(exc.param.opts) if exc.param.param_type_name == "option" \
                    else (exc.param.human_readable_name or "PATH")
                raise CliError(f"{names}: {exc.message}") from None
            raise


import importlib.util  # noqa: E402  (used by LazyGroup._available)

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="vnterm")
def cli() -> None:
    """Vietnamese→English official terminology: look up, segment, check, translate and score.

    \b
    Examples:
      vnterm lookup "Bộ Ngoại giao"
      vnterm segment corpora/vi/sample.txt --json
      vnterm check corpora/seeds/ --format json
    """


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    try:
        cli.main(args=argv, prog_name="vnterm", standalone_mode=True)
    except VntermError as exc:  # raised outside a group invoke (e.g. in result callbacks)
        click.echo(f"vnterm: error: {exc}", err=True)
        sys.exit(ExitCode.USAGE)
