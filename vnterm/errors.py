"""Typed errors raised by the library. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations

from pathlib import Path


class VntermError(Exception):
    """Base class of every error vnterm raises on purpose."""


class InputError(VntermError):
    """A file or stream the user gave cannot be used (unreadable, not UTF-8, empty, malformed).

    ``path`` and ``line`` (1-based) say where, when known.
    """

    def __init__(self, message: str, path: str | Path | None = None, line: int | None = None):
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class GlossaryError(InputError):
    """A glossary file is malformed or fails validation."""


class GlossaryValidationError(GlossaryError):
    """Several validation problems at once; ``problems`` holds one GlossaryError each."""

    def __init__(self, problems: list[GlossaryError]):
        self.problems = problems
        first = problems[0]
        super().__init__(first.message, first.path, first.line)

    def __str__(self) -> str:
        return "\n".join(InputError.__str__(p) for p in self.problems)


class ModelError(VntermError):
    """A translation model directory is missing, incomplete or unsupported."""


class ConfigError(VntermError):
    """A configuration file or option is invalid."""


class AlignmentError(InputError):
    """Two files that must be line-aligned are not (different line counts, transposed shapes)."""


class EngineError(VntermError):
    """The execution engine asked for cannot run (Ray not installed, a cluster out of reach)."""
