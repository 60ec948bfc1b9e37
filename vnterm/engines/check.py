"""``vnterm check`` on an engine: the per-file work as a :class:`CheckTask` (the checker built once
per worker, only file paths shipped), and :func:`check_files`, which gathers the results into the
same :class:`~vnterm.check.Report` as :func:`vnterm.check.runner.run_check`, in the order of the
paths, so every report format renders the same bytes.

Uses the public API of :mod:`vnterm.check` and :mod:`vnterm.documents` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..check import CheckConfig, Checker, FileError, Report
from ..documents import read_document
from ..errors import InputError
from ..glossary.model import Glossary
from . import WorkerLost, map_items

__all__ = ["CheckTask", "check_files"]


@dataclass(frozen=True)
class CheckTask:
    """Read and check one file; an unreadable one comes back as its :class:`FileError`."""

    glossary: Glossary
    config: CheckConfig
    body_only: bool = False

    def setup(self) -> Checker:
        checker = Checker(self.glossary, self.config)
        checker.matcher  # build the automaton now, once per worker
        return checker

    def run(self, checker: Checker, path: str) -> tuple[Any, list] | FileError:
        try:
            doc = read_document(path, body_only=self.body_only)
        except InputError as exc:
            return FileError(exc.path or path, str(exc), exc.line)
        return doc, checker.check(doc)


def check_files(paths: Sequence[str], glossary: Glossary, config: CheckConfig, *, body_only: bool = False,
                engine: str = "ray", ray_address: str | None = None, progress: bool = False,
                task: CheckTask | None = None) -> Report:
    """Check the files ``paths`` (no ``-``) on ``engine``; the report is the one
    :func:`~vnterm.check.runner.run_check` makes for them. A file whose worker died on every try
    (:class:`WorkerLost`) is one of the report's errors, like an unreadable file. ``task``: a
    :class:`CheckTask` (subclass) to run instead of the plain one."""
    report = Report()
    task = task or CheckTask(glossary, config, body_only)
    for path, result in zip(paths, map_items(list(paths), task, engine=engine, ray_address=ray_address,
                                             progress=progress)):
        if isinstance(result, FileError):
            report.errors.append(result)
        elif isinstance(result, WorkerLost):
            report.errors.append(FileError(path, str(InputError(result.message, path))))
        else:
            doc, findings = result
            report.files += 1
            report.documents[doc.path] = doc
            report.findings.extend(findings)
    return report
