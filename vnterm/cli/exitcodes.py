"""The exit codes of every command, named once."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """0: nothing to report; 1: findings (or changes, with ``--dry-run``); 2: usage, configuration or input error."""

    OK = 0
    FINDINGS = 1
    USAGE = 2
