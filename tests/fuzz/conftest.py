"""The fuzz targets' bookkeeping: with VNTERM_FUZZ_STATS set, write per-target input counts and
outcomes there as JSON when the session ends (``scripts/fuzz.py`` reads it)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_OUTCOMES: dict[str, dict[str, str]] = {}


def pytest_runtest_logreport(report) -> None:
    if report.when != "call" and not (report.when == "setup" and report.outcome != "passed"):
        return
    name = report.nodeid.rsplit("::", 1)[-1]
    if hasattr(report, "wasxfail"):
        outcome = "known failure (xfail)" if report.outcome == "skipped" else "passed (xfail mark)"
    else:
        outcome = report.outcome
    first = ""
    if report.failed or hasattr(report, "wasxfail"):
        text = str(report.longrepr or "")
        lines = [ln for ln in text.splitlines() if ln.startswith("E ")]
        first = lines[0][1:].strip() if lines else text.splitlines()[-1:] and text.splitlines()[-1]
    _OUTCOMES[name] = {"outcome": outcome, "reason": getattr(report, "wasxfail", ""), "first_error": first,
                       "seconds": round(report.duration, 2)}


def pytest_sessionfinish(session, exitstatus) -> None:
    path = os.environ.get("VNTERM_FUZZ_STATS")
    if not path:
        return
    from fuzz_strategies import COUNTS, TARGETS

    rows = []
    for func, outcome in _OUTCOMES.items():
        name = TARGETS.get(func, func)
        rows.append({"target": name, "test": func, "inputs": COUNTS.get(name, 0), **outcome})
    Path(path).write_text(json.dumps(rows, indent=1), encoding="utf-8")
