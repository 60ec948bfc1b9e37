"""How many CPUs a run may use: those it may run on, less those other processes keep busy (issue 18:
workers forked onto cores that are already taken make a run slower than one process)."""

from __future__ import annotations

import os

__all__ = ["available_cpus", "busy_cpus", "free_cpus"]


def available_cpus() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def busy_cpus() -> float:
    """How many CPUs other processes keep busy: the larger of the one-minute load average and the
    runnable tasks at this instant other than this one (``/proc/loadavg``); 0 where neither is known.

    Both count every CPU of the machine, so on a machine whose CPUs are not all ours this errs
    towards fewer workers, which is the safe side: a worker on a taken CPU only adds a fork and
    the pickling of results to the same work."""
    busy = 0.0
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):
        pass
    try:
        with open("/proc/loadavg", encoding="ascii") as f:
            running = int(f.read().split()[3].split("/")[0])
        busy = max(busy, float(running - 1))
    except (OSError, ValueError, IndexError):
        pass
    return busy


def free_cpus(cpus: int | None = None, busy: float | None = None) -> int:
    """The CPUs this process may use that no other process is keeping busy (at least 1);
    ``cpus``/``busy``: :func:`available_cpus` and :func:`busy_cpus` when None."""
    if cpus is None:
        cpus = available_cpus()
    if busy is None:
        busy = busy_cpus()
    return max(1, min(cpus, cpus - int(busy + 0.5)))
