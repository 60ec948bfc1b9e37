"""The local engine: this process, or forked worker processes that each run the task's setup once."""

from __future__ import annotations

import multiprocessing
import os
import sys
from typing import Any, Iterator, Sequence

#: Below this many items, worker processes cost more than they save.
PARALLEL_MIN_ITEMS = 200

_WORKER: dict[str, Any] = {}


def usable_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):  # pragma: no cover - platforms without affinity
        return os.cpu_count() or 1


def _init(task: Any) -> None:
    _WORKER["task"] = task
    _WORKER["state"] = task.setup()


def _run_chunk(items: list[Any]) -> list[Any]:
    task, state = _WORKER["task"], _WORKER["state"]
    return [task.run(state, item) for item in items]


def _can_fork() -> bool:
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() <= 1  # forking a threaded process is unsafe


def map_items(items: Sequence[Any], task: Any, *, jobs: int = 0, chunk: int = 64) -> Iterator[Any]:
    """``task.run`` over ``items`` in order: in ``jobs`` forked workers (0: one per usable CPU) from
    :data:`PARALLEL_MIN_ITEMS` items up, else here."""
    items = list(items)
    if jobs <= 0:
        jobs = usable_cpus()
    if jobs > 1 and len(items) >= PARALLEL_MIN_ITEMS and _can_fork():
        ctx = multiprocessing.get_context("fork")
        chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        with ctx.Pool(min(jobs, len(chunks)), initializer=_init, initargs=(task,)) as pool:
            for results in pool.imap(_run_chunk, chunks):
                yield from results
        return
    state = task.setup()
    for item in items:
        yield task.run(state, item)
