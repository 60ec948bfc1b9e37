"""``--engine local|ray`` and ``--ray-address``, shared by ``audit``, ``check`` and ``glossary extract``."""

from __future__ import annotations

from typing import Callable, TypeVar

import click

F = TypeVar("F", bound=Callable)


def engine_options(func: F) -> F:
    """Add ``--engine`` and ``--ray-address`` (as ``engine`` and ``ray_address``)."""
    func = click.option("--ray-address", "ray_address", metavar="ADDRESS", default=None,
                        help="Ray cluster to run on with --engine ray (default: $RAY_ADDRESS, the configuration's "
                             "ray_address, else a local Ray started for the run).")(func)
    return click.option("--engine", type=click.Choice(["local", "ray"]), default=None,
                        help="Where the documents are processed: this machine's processes (local) or Ray Data (ray; "
                             "needs the 'ray' extra). Default: the configuration's engine, else local.")(func)


def resolve_engine(engine: str | None, ray_address: str | None, config) -> tuple[str, str | None]:
    """(engine, cluster address): the command line over the configuration; the address is only
    looked up for Ray (``--ray-address`` > ``$RAY_ADDRESS`` > ``ray_address``). Ray missing is an
    EngineError here, before any input is read."""
    from ..engines import resolve_address

    chosen = engine or getattr(config, "engine", "local") or "local"
    if chosen != "ray":
        return chosen, None
    from ..engines.ray import import_ray

    import_ray()
    return chosen, resolve_address(ray_address, getattr(config, "ray_address", None))
