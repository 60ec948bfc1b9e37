"""Where per-document work runs: in this process and its forked workers (``local``) or on Ray Data
(``ray``), behind one small interface.

A command collects its input paths, wraps its per-document function in a :class:`Task` (picklable:
what each worker needs to build its glossary matcher once, then the function applied to each
item), and calls :func:`map_items`. Results come back in the order of the items, whichever engine
ran them, so the aggregation after it (polars, in the audit/check/extract code) is the same code.

>>> from vnterm.engines import map_items  # doctest: +SKIP
>>> for result in map_items(paths, task, engine="ray"): ...  # doctest: +SKIP

Importing this package never imports Ray; only :mod:`vnterm.engines.ray` does, when it runs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Iterator, Protocol, Sequence

from ..errors import ConfigError

__all__ = ["ENGINES", "Task", "WorkerLost", "map_items", "resolve_address", "check_engine"]

ENGINES = ("local", "ray")


@dataclass(frozen=True)
class WorkerLost:
    """The result for an item whose worker process died on every try (a poison document): the
    run went on without it; the command reports it as that item's error."""

    item: Any
    tries: int

    @property
    def message(self) -> str:
        return (f"its worker process died on each of {self.tries} tries (a crash in a native library, "
                "or memory); the run went on without it")


class Task(Protocol):
    """A per-item job: :meth:`setup` runs once per worker (build the matcher there), :meth:`run` once
    per item with what :meth:`setup` returned. A task must be picklable and cheap to pickle (paths,
    options, a glossary), and :meth:`run` must return its item's error as a value rather than raise
    it, so that one bad file does not stop the run (the caller decides what an error means)."""

    def setup(self) -> Any: ...

    def run(self, state: Any, item: Any) -> Any: ...


def check_engine(engine: str) -> str:
    """``engine`` if known, else ConfigError."""
    if engine not in ENGINES:
        raise ConfigError(f"engine {engine!r}: expected one of {', '.join(ENGINES)}")
    return engine


def resolve_address(given: str | None, configured: str | None = None, env: dict[str, str] | None = None) -> str | None:
    """The Ray cluster to join: ``--ray-address`` > ``$RAY_ADDRESS`` > ``ray_address`` in the
    configuration; None: start a local Ray for the run."""
    env = dict(os.environ) if env is None else env
    for value in (given, env.get("RAY_ADDRESS"), configured):
        if value and value.strip():
            return value.strip()
    return None


def map_items(items: Sequence[Any], task: Task, *, engine: str = "local", jobs: int = 0,
              ray_address: str | None = None, progress: bool = False) -> Iterator[Any]:
    """``task.run`` applied to every item, results yielded in the order of ``items``.

    ``engine``: ``local`` (``jobs`` forked workers; 0: one per usable CPU) or ``ray`` (Ray Data on
    the cluster at ``ray_address``, or a local Ray started and shut down for the run). ``progress``
    shows Ray Data's progress bars (on standard error). Raises EngineError when Ray is missing.
    """
    check_engine(engine)
    if engine == "ray":
        from .ray import map_items as ray_map

        return ray_map(items, task, address=ray_address, progress=progress)
    from .local import map_items as local_map

    return local_map(items, task, jobs=jobs)
