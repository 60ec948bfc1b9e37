"""The exit codes of every ``vnterm`` command, named once."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """0: done, nothing to report; 1: findings (or drift, changes) at or above the threshold asked;
    2: usage, configuration or input error (nothing written)."""

    OK = 0
    FINDINGS = 1
    USAGE = 2


OK, FINDINGS, USAGE = ExitCode.OK, ExitCode.FINDINGS, ExitCode.USAGE
