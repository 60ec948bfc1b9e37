"""The Ray engine: items processed by Ray Data, each worker an actor that runs the task's setup once.

The items (file paths, or chunks of line pairs) become a dataset of (index, pickled item) rows;
``map_batches`` with a class-based UDF runs them on an actor pool as large as the cluster's CPUs,
so a glossary and its matcher are built once per actor, not per task. Results stream back to the
driver in the items' order (Ray Data's ``preserve_order``, checked by index here).

A worker process that dies is restarted and its batch retried: Ray Data's actor pools run with
``max_restarts=-1`` and ``max_task_retries=-1`` (Ray 2.60's defaults for ``map_batches``).
Without an address (``--ray-address``, ``$RAY_ADDRESS`` or ``ray_address``), a local Ray is
started for the run (one CPU per usable core, no dashboard) and shut down after it.
"""

from __future__ import annotations

import logging
import math
import pickle
from contextlib import contextmanager
from typing import Any, Iterator, Sequence

from ..errors import EngineError
from .local import usable_cpus

INSTALL_HINT = "the Ray engine needs the 'ray' extra: pip install 'vnterm[ray]' (ray, pandas, pyarrow)"

#: the most items per UDF call: large enough to hide Ray's per-task overhead, small enough to balance
MAX_BATCH = 256


def import_ray() -> Any:
    """The ``ray`` module with Ray Data, or EngineError saying how to install it."""
    try:
        import ray
        import ray.data  # noqa: F401  (needs pandas and pyarrow)
    except ImportError as exc:
        raise EngineError(f"{INSTALL_HINT} ({exc})") from None
    return ray


@contextmanager
def session(address: str | None = None) -> Iterator[Any]:
    """Ray for the length of the block: the running one, the cluster at ``address``, or a local
    one (shut down at the end)."""
    ray = import_ray()
    if ray.is_initialized():
        yield ray
        return
    try:
        if address:
            ray.init(address=address, logging_level=logging.WARNING, log_to_driver=True)
        else:
            ray.init(num_cpus=usable_cpus(), include_dashboard=False, logging_level=logging.WARNING)
    except Exception as exc:  # ConnectionError, RuntimeError, ValueError: Ray's own, all fatal here
        raise EngineError(f"cannot start or reach Ray{f' at {address}' if address else ''}: {exc}") from None
    try:
        yield ray
    finally:
        ray.shutdown()


class _TaskUDF:
    """Ray Data's class-based UDF: the task is unpickled and set up once per actor."""

    def __init__(self, task_blob: bytes):
        self.task = pickle.loads(task_blob)
        self.state = self.task.setup()

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = [pickle.dumps(self.task.run(self.state, pickle.loads(item)), protocol=pickle.HIGHEST_PROTOCOL)
                   for item in batch["item"]]
        out = np.empty(len(results), dtype=object)
        out[:] = results
        return {"i": batch["i"], "result": out}


def batch_size_for(n: int, workers: int) -> int:
    """Items per UDF call: about four calls per worker, at most :data:`MAX_BATCH`."""
    return max(1, min(MAX_BATCH, math.ceil(n / max(1, workers * 4))))


def map_items(items: Sequence[Any], task: Any, *, address: str | None = None, progress: bool = False,
              batch_size: int | None = None) -> Iterator[Any]:
    """``task.run`` over ``items`` on Ray Data, results yielded in the order of ``items``."""
    items = list(items)
    if not items:
        return
    with session(address) as ray:
        from ray.data import ActorPoolStrategy, DataContext

        ctx = DataContext.get_current()
        ctx.execution_options.preserve_order = True
        ctx.enable_progress_bars = progress
        ctx.print_on_execution_start = progress
        workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        size = batch_size or batch_size_for(len(items), workers)
        rows = [{"i": i, "item": pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)} for i, item in enumerate(items)]
        blocks = max(1, min(math.ceil(len(items) / size), 4 * workers * 8))
        ds = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            _TaskUDF,
            fn_constructor_kwargs={"task_blob": ray.cloudpickle.dumps(task)},
            batch_size=size,
            batch_format="numpy",
            compute=ActorPoolStrategy(min_size=1, max_size=min(workers, math.ceil(len(items) / size))),
            num_cpus=1,
        )
        pending: dict[int, bytes] = {}
        expected = 0
        for batch in ds.iter_batches(batch_format="numpy", batch_size=None):
            for i, blob in zip(batch["i"].tolist(), batch["result"]):
                pending[i] = blob
            while expected in pending:
                yield pickle.loads(pending.pop(expected))
                expected += 1
        if expected != len(items):  # pragma: no cover - Ray lost rows without raising
            raise EngineError(f"Ray returned {expected} of {len(items)} results")
