"""Corpus BLEU, chrF and TER through sacrebleu, with per-segment scores from the same statistics.

sacrebleu's ``corpus_score`` extracts one statistics vector per segment and sums them. We call the
same two steps (``_extract_corpus_statistics`` then ``_compute_score_from_stats``), so the corpus
figures and signatures are exactly sacrebleu's, and we keep the per-segment vectors: a segment's
score (sentence BLEU with effective order and the same smoothing, chrF, TER) is then computed from
them on demand, without tokenising or matching anything twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..errors import AlignmentError, InputError

#: Metric keys in output order.
METRICS: tuple[str, ...] = ("bleu", "chrf", "ter")

#: The longest segment scored, in characters. sacrebleu's TER is quadratic in memory on one segment
#: (about 3.2 GB at 100,000 characters; a 10 MB line exhausts the machine), so longer ones are refused.
MAX_SEGMENT_CHARS = 10_000

#: Tokenisers that work offline (``flores200``/``spm`` download a model; mecab ones need extras).
TOKENIZERS: tuple[str, ...] = ("13a", "none", "intl", "char", "zh")


@dataclass
class MetricScore:
    """One corpus-level metric with sacrebleu's signature and its per-segment statistics."""

    key: str
    name: str
    score: float
    signature: str
    verbose: str
    higher_is_better: bool
    _metric: Any = field(repr=False, default=None)
    _stats: list[Any] = field(repr=False, default_factory=list)
    _segments: list[float] | None = field(repr=False, default=None)

    def segment_scores(self) -> list[float]:
        """Per-segment scores (sentence BLEU uses effective order, as ``sacrebleu --sentence-level``)."""
        if self._segments is None:
            self._segments = _segment_scores(self.key, self._metric, self._stats)
        return self._segments

    def passes(self, bar: float) -> bool:
        """True when the corpus score is at or above (BLEU, chrF) or at or below (TER) ``bar``."""
        return self.score >= bar if self.higher_is_better else self.score <= bar

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "score": self.score, "signature": self.signature}
        if self.verbose:
            out["verbose_score"] = self.verbose
        return out


def check_streams(
    hyps: Sequence[str],
    refs: Sequence[Sequence[str]],
    *,
    hyp_name: str = "hypothesis",
    ref_names: Sequence[str] | None = None,
    unit: str = "segments",
    hint: str = "",
) -> None:
    """Refuse shapes sacrebleu would silently truncate (its issue #220).

    ``refs`` is a list of reference *streams*, one per reference file, each as long as ``hyps``.
    Raises InputError for an empty input and AlignmentError for a length or shape mismatch.
    """
    if isinstance(hyps, str) or not all(isinstance(h, str) for h in hyps):
        raise AlignmentError("hypotheses must be a list of strings (one per segment)", hyp_name)
    if not hyps:
        raise InputError("no segments to score", hyp_name)
    if isinstance(refs, str) or not refs:
        raise AlignmentError("references must be a list of reference streams, one list per reference file")
    names = list(ref_names) if ref_names is not None else [f"reference {i + 1}" for i in range(len(refs))]
    check_segment_lengths(hyps, hyp_name, unit)
    for i, stream in enumerate(refs):
        name = names[i] if i < len(names) else f"reference {i + 1}"
        if isinstance(stream, str):
            raise AlignmentError(
                "references must be a list of streams (a list of lists of strings), got a list of strings: "
                "wrap a single reference stream as [refs]",
                name,
            )
        if len(stream) != len(hyps):
            extra = hint
            if len(refs) == len(hyps) and all(not isinstance(s, str) and len(s) == len(refs[0]) for s in refs):
                extra = " (the references look transposed: pass one list per reference file, not one per segment)"
            raise AlignmentError(f"has {len(stream)} {unit} but {hyp_name} has {len(hyps)}{extra}", name)
        for j, seg in enumerate(stream):
            if not isinstance(seg, str):
                raise AlignmentError(
                    "each reference stream must hold strings"
                    + (" (the references look transposed: pass one list per reference file)" if isinstance(seg, (list, tuple)) else ""),
                    name,
                    j + 1,
                )
        check_segment_lengths(stream, name, unit)


def check_segment_lengths(segments: Sequence[str], name: str | None, unit: str = "segments", lines: Sequence[int] | None = None) -> None:
    """Raise InputError (naming ``name`` and the line) for the first segment over :data:`MAX_SEGMENT_CHARS`.

    ``lines`` gives each segment's line number when it is not its position (aligned sentences).
    """
    for j, seg in enumerate(segments):
        if len(seg) > MAX_SEGMENT_CHARS:
            what = "line" if unit == "lines" else "segment"
            raise InputError(
                f"{what} is {len(seg)} characters long (limit {MAX_SEGMENT_CHARS}); split it into sentences",
                name,
                lines[j] if lines is not None else j + 1,
            )


def make_metric(key: str, *, tokenize: str = "13a", lowercase: bool = False, chrf_word_order: int = 0) -> Any:
    """A sacrebleu metric object configured as the sacrebleu CLI would be with the same options."""
    from sacrebleu.metrics import BLEU, CHRF, TER

    if key == "bleu":
        if tokenize not in TOKENIZERS:
            raise InputError(f"unknown tokenizer {tokenize!r} (choose from {', '.join(TOKENIZERS)})")
        return BLEU(tokenize=tokenize, lowercase=lowercase)
    if key == "chrf":
        if chrf_word_order < 0:
            raise InputError("chrF word order must be 0 or more")
        return CHRF(word_order=chrf_word_order)
    if key == "ter":
        return TER()
    raise InputError(f"unknown metric {key!r} (choose from {', '.join(METRICS)})")


def score_corpus(
    hyps: Sequence[str],
    refs: Sequence[Sequence[str]],
    *,
    metrics: Sequence[str] = METRICS,
    tokenize: str = "13a",
    lowercase: bool = False,
    chrf_word_order: int = 0,
) -> dict[str, MetricScore]:
    """Score ``hyps`` against reference streams ``refs`` with each metric; same figures as sacrebleu."""
    check_streams(hyps, refs)
    out: dict[str, MetricScore] = {}
    for key in metrics:
        metric = make_metric(key, tokenize=tokenize, lowercase=lowercase, chrf_word_order=chrf_word_order)
        stats = metric._extract_corpus_statistics(hyps, refs)
        result = metric._aggregate_and_compute(stats)
        out[key] = MetricScore(
            key=key,
            name=result.name,
            score=float(result.score),
            signature=metric.get_signature().format(),
            verbose=getattr(result, "_verbose", "") or "",
            higher_is_better=key != "ter",
            _metric=metric,
            _stats=stats,
        )
    return out


def _segment_scores(key: str, metric: Any, stats: list[Any]) -> list[float]:
    if key == "bleu":
        from sacrebleu.metrics import BLEU

        order = metric.max_ngram_order
        return [
            BLEU.compute_bleu(
                correct=list(s[2 : 2 + order]),
                total=list(s[2 + order :]),
                sys_len=int(s[0]),
                ref_len=int(s[1]),
                smooth_method=metric.smooth_method,
                smooth_value=metric.smooth_value,
                effective_order=True,
                max_ngram_order=order,
            ).score
            for s in stats
        ]
    return [float(metric._compute_score_from_stats(s).score) for s in stats]
