"""The public translator: lines in, lines out, official terms enforced and verified."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from ..errors import InputError
from ..glossary.model import Glossary
from .backend import Backend, CT2Backend
from .enforce import Enforcer, TermResult
from .sentences import split_sentences
from .terms import EntityProvider, TermFinder, segmenter_entities

#: A line longer than this many characters is refused (a runaway input, not a paragraph).
MAX_LINE_CHARS = 5000


@dataclass
class LineResult:
    """One input line: its translation and the outcome of every required term."""

    line: int
    source: str
    text: str
    required: list[TermResult] = field(default_factory=list)

    def report(self) -> dict[str, object]:
        """The ``--report`` item: ``{"line", "required": [{"source","target","satisfied","step","reason"}]}``."""
        return {"line": self.line, "required": [t.to_json() for t in self.required]}

    def to_json(self) -> dict[str, object]:
        return {"line": self.line, "source": self.source, "translation": self.text, "required": [t.to_json() for t in self.required]}


def _as_glossary(glossary: Glossary | str | Path | Sequence[str | Path] | None) -> Glossary:
    from ..glossary import load_glossaries

    if isinstance(glossary, Glossary):
        return glossary
    if glossary is None:
        return load_glossaries(None)
    if isinstance(glossary, (str, Path)):
        return load_glossaries([glossary])
    return load_glossaries(list(glossary) or None)


class Translator:
    """Vietnamese→English translation over a local CTranslate2 model, with enforced official terms.

    >>> Translator("models/opus-mt-vi-en", glossary="glossaries/official").translate(lines)  # doctest: +SKIP

    ``entities`` is ``"auto"`` (use ``vnterm.vi.Segmenter``), None (glossary terms
    only) or a callable returning entities for a segment. ``backend`` replaces the CTranslate2
    backend (tests use a scripted one). ``enforce=False`` gives the model's first hypothesis as it
    is and still verifies every required term (a missing one has reason ``unenforced``), exactly
    as ``vnterm translate --no-enforce``; ``prefix=False`` keeps n-best reranking and post-editing
    but never re-decodes; ``insert=False`` reports a term still missing at the end with its reason
    instead of inserting it (step ``inserted``).
    """

    def __init__(
        self,
        model_dir: str | Path | None = None,
        glossary: Glossary | str | Path | Sequence[str | Path] | None = None,
        *,
        backend: Backend | None = None,
        device: str = "cpu",
        threads: int = 0,
        compute_type: str = "default",
        beam_size: int = 4,
        batch_size: int = 32,
        n_best: int = 4,
        entities: EntityProvider | str | None = "auto",
        enforce: bool = True,
        prefix: bool = True,
        insert: bool = True,
        max_line_chars: int = MAX_LINE_CHARS,
    ):
        if backend is None:
            if model_dir is None:
                raise TypeError("Translator needs model_dir or backend")
            backend = CT2Backend(
                model_dir, device=device, threads=threads, compute_type=compute_type, beam_size=beam_size, batch_size=batch_size
            )
        self.backend = backend
        self.glossary = _as_glossary(glossary)
        provider: EntityProvider | None
        if entities == "auto":
            provider = segmenter_entities(self.glossary)
        elif isinstance(entities, str):
            raise ValueError(f"entities must be 'auto', None or a callable, not {entities!r}")
        else:
            provider = entities
        self.finder = TermFinder(self.glossary, provider)
        self.enforce = enforce
        self.enforcer = Enforcer(
            backend,
            self.finder.matcher_en,
            n_best=min(n_best, max(beam_size, 1)),
            use_prefix=prefix,
            enforce=enforce,
            insert=insert,
        )
        self.max_line_chars = max_line_chars

    def translate(self, lines: Iterable[str]) -> list[str]:
        """One English line per input line (empty lines stay empty)."""
        return [r.text for r in self.translate_detailed(lines)]

    def translate_detailed(
        self,
        lines: Iterable[str],
        *,
        source_name: str | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> list[LineResult]:
        """Translate ``lines`` and report every required term per line.

        Raises InputError (naming ``source_name`` and the line) for a line over ``max_line_chars``
        or a sentence longer than the model accepts.
        """
        lines = list(lines)
        segments: list[str] = []
        owners: list[tuple[int, str]] = []  # (line index, separator after the segment)
        for n, line in enumerate(lines):
            if "\n" in line or "\r" in line:
                raise InputError("a line may not contain a line break", source_name, n + 1)
            if len(line) > self.max_line_chars:
                raise InputError(
                    f"line is {len(line)} characters long (limit {self.max_line_chars}); split it into paragraphs",
                    source_name,
                    n + 1,
                )
            if not line.strip():
                continue
            for sentence, sep in split_sentences(line.strip()):
                segments.append(sentence)
                owners.append((n, sep))
        self._check_lengths(segments, owners, source_name)
        required = [self.finder.find(s) for s in segments]
        results = self.enforcer.run(segments, required, progress)
        out = [LineResult(n + 1, line, "") for n, line in enumerate(lines)]
        pieces: dict[int, list[str]] = {}
        for (n, sep), res in zip(owners, results):
            pieces.setdefault(n, []).append(res.text + (" " if sep else ""))
            out[n].required.extend(res.terms)
        for n, parts in pieces.items():
            out[n].text = "".join(parts).strip()
        return out

    def _check_lengths(self, segments: list[str], owners: list[tuple[int, str]], source_name: str | None) -> None:
        limit = getattr(self.backend, "max_input_tokens", None)
        count = getattr(self.backend, "count_tokens", None)
        if not limit or count is None:
            return
        for seg, (n, _sep) in zip(segments, owners):
            k = count(seg)
            if k > limit:
                raise InputError(
                    f"a sentence of {k} tokens is longer than the model accepts ({limit}); split it", source_name, n + 1
                )


def describe(translator: Translator) -> dict[str, Any]:
    """Model facts for signatures and logs."""
    backend = translator.backend
    model = getattr(backend, "model", None)
    return {
        "backend": getattr(backend, "name", type(backend).__name__),
        "model": str(model.path) if model is not None else None,
        "family": model.adapter.family if model is not None else None,
        "compute_type": getattr(backend, "compute_type", None),
        "glossary": translator.glossary.digest,
    }
