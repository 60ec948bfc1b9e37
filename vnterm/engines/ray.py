"""The Ray engine: items processed by Ray Data, each worker an actor that runs the task's setup once.

The items (file paths, or chunks of line pairs) become a dataset of (index, pickled item) rows;
``map_batches`` with a class-based UDF runs them on an actor pool as large as the cluster's CPUs,
so a glossary and its matcher are built once per actor, not per task. Results stream back to the
driver as batches finish and are yielded in the items' order (by index, here: not Ray Data's
``preserve_order``, which waits forever for a batch that was set aside).

Workers that die: an actor whose process dies is restarted (``max_restarts=-1``) and its batch
retried, at most :data:`RETRIES` times (``max_task_retries``). A batch that still fails is set aside
(``DataContext.max_errored_blocks=-1``) and the rest of the run goes on; its items are then tried
again one at a time on a few actors (one item in flight per actor, so that a death fails only the
item that caused it), with the same bound, so that only the document that kills its worker every
time is lost. It comes back as a :class:`~vnterm.engines.WorkerLost` value, which the command
reports as that file's error. An exception raised by the task's code is a bug, not a lost worker:
it is carried back and raised on the driver.

Without an address (``--ray-address``, ``$RAY_ADDRESS`` or ``ray_address``), a local Ray is
started for the run (one CPU per usable core, no dashboard) and shut down after it.
"""

from __future__ import annotations

import logging
import math
import os
import pickle
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Sequence

from ..errors import EngineError
from . import WorkerLost
from .local import usable_cpus

INSTALL_HINT = "the Ray engine needs the 'ray' extra: pip install 'vnterm[ray]' (ray, pandas, pyarrow)"

#: the most items per UDF call: large enough to hide Ray's per-task overhead, small enough to balance
MAX_BATCH = 256

#: how many times a batch whose worker died is tried again (Ray's ``max_task_retries``)
RETRIES = 2

#: Ray's notices on standard error, turned off through its own settings (only where the user has
#: not set them): Ray Data's log level (its INFO line per dataset; warnings and errors still show).
#: Ray's notice that a local cluster gets token authentication stays: the only setting that
#: silences it without a token file is turning authentication off.
QUIET_ENV = {"RAY_DATA_LOG_LEVEL": "WARNING"}


def import_ray() -> Any:
    """The ``ray`` module with Ray Data, or EngineError saying how to install it."""
    for key, value in QUIET_ENV.items():
        os.environ.setdefault(key, value)
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
            # workers print nothing of ours; forwarding their logs would put Ray lines into a report on stdout
            ray.init(num_cpus=usable_cpus(), include_dashboard=False, logging_level=logging.WARNING, log_to_driver=False)
    except Exception as exc:  # ConnectionError, RuntimeError, ValueError: Ray's own, all fatal here
        raise EngineError(f"cannot start or reach Ray{f' at {address}' if address else ''}: {exc}") from None
    try:
        yield ray
    finally:
        ray.shutdown()


class _Raised:
    """An exception raised by the task's own code, carried back to the driver (a bug: re-raised)."""

    def __init__(self, exc: BaseException):
        import traceback

        self.text = "".join(traceback.format_exception(exc))
        try:
            pickle.dumps(exc)
            self.exc: BaseException | None = exc
        except Exception:
            self.exc = None


class _TaskUDF:
    """Ray Data's class-based UDF: the task is unpickled and set up once per actor."""

    def __init__(self, task_blob: bytes):
        self.task = pickle.loads(task_blob)
        self.state = self.task.setup()

    def run_one(self, item: bytes) -> bytes:
        """One pickled item's pickled result (or the exception its task raised)."""
        try:
            result: Any = self.task.run(self.state, pickle.loads(item))
        except Exception as exc:  # noqa: BLE001 - carried back and raised on the driver
            result = _Raised(exc)
        return pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        import numpy as np

        results = [self.run_one(item) for item in batch["item"]]
        out = np.empty(len(results), dtype=object)
        out[:] = results
        return {"i": batch["i"], "result": out}


def batch_size_for(n: int, workers: int) -> int:
    """Items per UDF call: about four calls per worker, at most :data:`MAX_BATCH`."""
    return max(1, min(MAX_BATCH, math.ceil(n / max(1, workers * 4))))


def _unpickle(blob: bytes) -> Any:
    result = pickle.loads(blob)
    if isinstance(result, _Raised):
        if result.exc is not None:
            raise result.exc
        raise EngineError(f"a task failed on a Ray worker:\n{result.text}")
    return result


def _run_pass(ray: Any, indexed: list[tuple[int, bytes]], task_blob: bytes, size: int, workers: int,
              retries: int) -> Iterable[tuple[int, bytes]]:
    """(index, pickled result) for the items of ``indexed`` whose batch completed, in any order;
    batches whose worker died more than ``retries`` times are left out (their indices missing)."""
    import warnings

    from ray.data import ActorPoolStrategy

    rows = [{"i": i, "item": blob} for i, blob in indexed]
    blocks = max(1, min(math.ceil(len(rows) / size), 4 * workers * 8))
    with warnings.catch_warnings():
        # Ray 2.60 has no named parameter for max_task_retries yet; only its deprecation notice
        # for the keyword form is filtered, by message
        warnings.filterwarnings("ignore", message="`ray_remote_args` is deprecated")
        ds = ray.data.from_items(rows, override_num_blocks=blocks).map_batches(
            _TaskUDF,
            fn_constructor_kwargs={"task_blob": task_blob},
            batch_size=size,
            batch_format="numpy",
            compute=ActorPoolStrategy(min_size=1, max_size=min(workers, math.ceil(len(rows) / size))),
            num_cpus=1,
            max_restarts=-1,  # a dead worker is replaced ...
            max_task_retries=retries,  # ... but its batch is tried only so many times more
        )
    for batch in ds.iter_batches(batch_format="numpy", batch_size=None):
        yield from zip(batch["i"].tolist(), batch["result"])


class _OneByOne:
    """The retry pass's actor: the task set up once, then one item per call."""

    def __init__(self, task_blob: bytes):
        self.udf = _TaskUDF(task_blob)

    def run(self, item: bytes) -> bytes:
        return self.udf.run_one(item)


def _retry_one_by_one(ray: Any, missing: list[tuple[int, bytes]], task_blob: bytes, workers: int, retries: int,
                      done: dict[int, bytes]) -> set[int]:
    """Run the items of the batches that were set aside on a few actors, one item in flight per
    actor (a death then fails only the item that caused it), each tried ``retries`` + 1 times;
    their results go into ``done``. Returns the indices of the items that killed their worker
    on every try."""
    from ray.exceptions import RayActorError

    # no CPU reserved: the first pass's actors may still hold every CPU while they wind down.
    # Restarts are bounded (each item may kill its actor retries + 1 times): an actor that cannot
    # even be built fails its calls instead of being restarted for ever while ray.wait waits.
    worker = ray.remote(_OneByOne).options(num_cpus=0, max_restarts=(retries + 1) * len(missing) + 1,
                                           max_task_retries=retries)
    # the task is put once and the reference held here until every actor is done: an argument
    # inlined in the constructor call can be freed while a restarted actor still needs it (Ray then
    # fails the restart with a ReferenceCountingAssertionError, seen as a hang in CI)
    task_ref = ray.put(task_blob)
    actors = [worker.remote(task_ref) for _ in range(max(1, min(workers, len(missing))))]
    queue = list(reversed(missing))
    running: dict[Any, tuple[int, Any]] = {}
    lost: set[int] = set()
    try:
        for actor in actors:
            if queue:
                i, blob = queue.pop()
                running[actor.run.remote(blob)] = (i, actor)
        while running:
            (ref,), _ = ray.wait(list(running), num_returns=1)
            i, actor = running.pop(ref)
            try:
                done[i] = ray.get(ref)
            except RayActorError:  # ActorDiedError, ActorUnavailableError: every try killed it
                lost.add(i)
            if queue:
                i, blob = queue.pop()
                running[actor.run.remote(blob)] = (i, actor)
    finally:
        for actor in actors:
            ray.kill(actor)
    return lost


def map_items(items: Sequence[Any], task: Any, *, address: str | None = None, progress: bool = False,
              batch_size: int | None = None, retries: int = RETRIES) -> Iterator[Any]:
    """``task.run`` over ``items`` on Ray Data, results yielded in the order of ``items``; an item
    whose worker died on every try (``retries`` + 1 times in its batch, as many again alone) yields
    :class:`WorkerLost`."""
    items = list(items)
    if not items:
        return
    with session(address) as ray:
        from ray.data import DataContext

        ctx = DataContext.get_current()
        saved = (ctx.execution_options.preserve_order, ctx.enable_progress_bars, ctx.print_on_execution_start,
                 ctx.max_errored_blocks)
        # blocks come back as they finish and are put in order here, by index: Ray Data's own
        # ordering waits forever for a block that was set aside (max_errored_blocks)
        ctx.execution_options.preserve_order = False
        ctx.enable_progress_bars = progress
        ctx.print_on_execution_start = progress
        ctx.max_errored_blocks = -1  # a batch that kept killing its worker is set aside, not fatal
        # a notice that progress bars are off, when we turned them off (a tty shows them)
        logging.getLogger("ray.data._internal.progress").setLevel(logging.WARNING if progress else logging.ERROR)
        try:
            workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
            size = batch_size or batch_size_for(len(items), workers)
            task_blob = ray.cloudpickle.dumps(task)
            indexed = [(i, pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)) for i, item in enumerate(items)]
            pending: dict[int, bytes] = {}
            expected = 0
            for i, blob in _run_pass(ray, indexed, task_blob, size, workers, retries):
                pending[i] = blob
                while expected in pending:
                    yield _unpickle(pending.pop(expected))
                    expected += 1
            missing = [(i, blob) for i, blob in indexed[expected:] if i not in pending]
            lost: set[int] = set()
            if missing:  # batches set aside: their items again, one at a time, to find the culprits
                lost = _retry_one_by_one(ray, missing, task_blob, workers, retries, pending)
            for i in range(expected, len(items)):
                if i in pending:
                    yield _unpickle(pending.pop(i))
                else:
                    assert i in lost
                    yield WorkerLost(items[i], 2 * (retries + 1))
        finally:
            (ctx.execution_options.preserve_order, ctx.enable_progress_bars, ctx.print_on_execution_start,
             ctx.max_errored_blocks) = saved
