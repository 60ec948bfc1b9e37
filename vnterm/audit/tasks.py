"""``audit``'s per-document work as an engine task (:mod:`vnterm.engines`): read, date and scan one
file with the checker's matcher, built once per worker."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..glossary.model import Glossary
from .scan import Scanned, read_document, scan_document

#: an unreadable file, carried back as a value: (message, path, line)
Failure = tuple[str, "str | None", "int | None"]


@dataclass(frozen=True)
class AuditTask:
    glossary: Glossary
    use_mtime: bool = True
    body_only: bool = False

    def setup(self) -> object:
        from ..check import Checker

        checker = Checker(self.glossary)
        checker.matcher  # build the automaton now, once per worker
        return checker

    def run(self, state: object, path: str) -> Scanned | Failure:
        try:
            doc = read_document(path, use_mtime=self.use_mtime, body_only=self.body_only)
        except InputError as exc:
            return (exc.message, exc.path or path, exc.line)
        return scan_document(state, doc)  # type: ignore[arg-type]


def raise_failure(result: Failure) -> None:
    message, path, line = result
    raise InputError(message, path, line)
