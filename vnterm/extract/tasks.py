"""``glossary extract``'s per-line work as an engine task (:mod:`vnterm.engines`): tokenise and
segment a chunk of line pairs with the analyzer, built once per worker. Training the alignment
model and counting the candidates need every line at once and stay on the driver."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..errors import InputError
from ..glossary.model import Glossary

#: line pairs per item shipped to a worker
CHUNK = 64

#: a line too long to align, carried back as a value: (message, path, line)
Failure = tuple[str, "str | None", "int | None"]


@dataclass(frozen=True)
class PrepareTask:
    glossary: Glossary
    backend: str = "auto"
    vi_name: str = "<vi>"
    en_name: str = "<en>"

    def setup(self) -> Any:
        from .segment import make_analyzer

        return make_analyzer(self.glossary, self.backend)

    def run(self, analyzer: Any, chunk: tuple[int, Sequence[str], Sequence[str]]) -> list | Failure:
        from .align import prepare

        first, vi, en = chunk
        try:
            return prepare(vi, en, analyzer, vi_name=self.vi_name, en_name=self.en_name, first=first)
        except InputError as exc:
            return (exc.message, exc.path, exc.line)


def chunks(vi_lines: Sequence[str], en_lines: Sequence[str], size: int = CHUNK) -> list[tuple[int, list[str], list[str]]]:
    """(first line number, Vietnamese lines, English lines) of at most ``size`` pairs each."""
    return [(i + 1, list(vi_lines[i : i + size]), list(en_lines[i : i + size])) for i in range(0, len(vi_lines), size)]
