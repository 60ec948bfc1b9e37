"""Score a hypothesis file against reference files: inputs, thresholds, worst segments, signatures."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

from .. import __version__
from ..errors import AlignmentError, InputError
from ..glossary.model import Glossary
from ..textio import read_text, split_lines
from .metrics import METRICS, MetricScore, check_streams, score_corpus
from .terms import TermAccuracy, TermScorer

#: Threshold option name → (metric key, True when the score must be at least the bar).
THRESHOLDS: dict[str, tuple[str, bool]] = {
    "min-bleu": ("bleu", True),
    "min-chrf": ("chrf", True),
    "max-ter": ("ter", False),
    "min-term-accuracy": ("terms", True),
}


@dataclass(frozen=True, slots=True)
class Segment:
    """One scored unit: a line (line-aligned files) or an alignment bead (``--align``)."""

    index: int  #: 1-based
    label: str  #: "line 3" or "hyp s4 (line 5) ↔ ref s4–s5 (line 6)"
    hyp: str
    refs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Unaligned:
    """A sentence ``--align`` left without a counterpart."""

    side: str  #: "hyp" or "ref"
    sentence: int  #: 1-based sentence number in that document
    line: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"side": self.side, "sentence": self.sentence, "line": self.line, "text": self.text}


@dataclass
class AlignmentReport:
    """What ``--align`` did: sentence counts, bead kinds, what stayed unaligned."""

    hyp_sentences: int
    ref_sentences: int
    beads: dict[str, int]
    moved: int
    unaligned: list[Unaligned]

    @property
    def hyp_coverage(self) -> float:
        left = sum(1 for u in self.unaligned if u.side == "hyp")
        return 100.0 * (self.hyp_sentences - left) / self.hyp_sentences if self.hyp_sentences else 0.0

    @property
    def ref_coverage(self) -> float:
        left = sum(1 for u in self.unaligned if u.side == "ref")
        return 100.0 * (self.ref_sentences - left) / self.ref_sentences if self.ref_sentences else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "method": "gale-church+lexical",
            "hyp_sentences": self.hyp_sentences,
            "ref_sentences": self.ref_sentences,
            "beads": self.beads,
            "moved": self.moved,
            "hyp_coverage": self.hyp_coverage,
            "ref_coverage": self.ref_coverage,
            "unaligned": [u.to_json() for u in self.unaligned],
        }


@dataclass(frozen=True, slots=True)
class Threshold:
    """A CI bar and whether the run clears it (a metric with nothing to measure passes)."""

    option: str
    metric: str
    bar: float
    value: float | None
    passed: bool

    def to_json(self) -> dict[str, Any]:
        return {"option": self.option, "metric": self.metric, "bar": self.bar, "value": self.value, "passed": self.passed}


@dataclass
class ScoreResult:
    """Everything ``vnterm score`` reports."""

    metrics: dict[str, MetricScore]
    segments: list[Segment]
    terms: TermAccuracy | None = None
    alignment: AlignmentReport | None = None
    thresholds: list[Threshold] = field(default_factory=list)
    glossary_digest: str | None = None
    hyp_path: str = ""
    ref_paths: tuple[str, ...] = ()

    @property
    def signature(self) -> str:
        """vnterm's part of the signature, appended to each sacrebleu signature."""
        align = "gc+lex" if self.alignment is not None else "no"
        return f"glossary:{self.glossary_digest or 'none'}|align:{align}|vnterm:{__version__}"

    @property
    def passed(self) -> bool:
        return all(t.passed for t in self.thresholds)

    @property
    def failed_metrics(self) -> list[str]:
        return [t.metric for t in self.thresholds if not t.passed]

    def worst(self, key: str, n: int) -> list[tuple[Segment, float]]:
        """The ``n`` worst segments for metric ``key`` (lowest BLEU/chrF, highest TER)."""
        metric = self.metrics[key]
        scores = metric.segment_scores()
        order = sorted(range(len(scores)), key=lambda i: (scores[i] if metric.higher_is_better else -scores[i], i))
        return [(self.segments[i], scores[i]) for i in order[:n]]

    def to_json(self, *, worst: int = 5, segments: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in METRICS:
            if key in self.metrics:
                m = self.metrics[key].to_json()
                m["vnterm_signature"] = f"{m['signature']}|{self.signature}"
                out[key] = m
            else:
                out[key] = None
        out["term_accuracy"] = self.terms.to_json() if self.terms is not None else None
        out["signature"] = self.signature
        out["hypothesis"] = self.hyp_path
        out["references"] = list(self.ref_paths)
        out["segments"] = len(self.segments)
        out["alignment"] = self.alignment.to_json() if self.alignment is not None else None
        out["thresholds"] = [t.to_json() for t in self.thresholds]
        out["passed"] = self.passed
        worst_out: dict[str, Any] = {}
        if worst > 0:
            for key in self.failed_metrics:
                if key in self.metrics:
                    worst_out[key] = [_segment_json(s, score) for s, score in self.worst(key, worst)]
        out["worst_segments"] = worst_out
        if segments:
            per = {k: m.segment_scores() for k, m in self.metrics.items()}
            out["segment_scores"] = [
                {**_segment_json(s, None), **{k: per[k][i] for k in per}} for i, s in enumerate(self.segments)
            ]
        return out


def _segment_json(seg: Segment, score: float | None) -> dict[str, Any]:
    d: dict[str, Any] = {"segment": seg.index, "label": seg.label}
    if score is not None:
        d["score"] = score
    d["hyp"] = seg.hyp
    d["refs"] = list(seg.refs)
    return d


def read_segments(path: str | Path) -> list[str]:
    """Lines of a non-empty UTF-8 file, trailing whitespace removed (as the sacrebleu CLI reads them)."""
    return [line.rstrip() for line in split_lines(read_text(path, allow_empty=False))]


def _span(ids: Sequence[int], sents) -> str:
    first, last = sents[ids[0]], sents[ids[-1]]
    s = f"s{first.index}" if len(ids) == 1 else f"s{first.index}–s{last.index}"
    lines = f"line {first.line}" if first.line == last.line else f"lines {first.line}–{last.line}"
    return f"{s} ({lines})"


def align_documents(
    hyp_text: str, ref_text: str, *, hyp_name: str | None = None, ref_name: str | None = None
) -> tuple[list[Segment], AlignmentReport]:
    """Sentence-align two documents; aligned beads become segments, the rest is reported.

    Raises InputError for a sentence over :data:`~vnterm.score.metrics.MAX_SEGMENT_CHARS`."""
    from .align import align, split_sentences
    from .metrics import check_segment_lengths

    hs = split_sentences(hyp_text)
    rs = split_sentences(ref_text)
    check_segment_lengths([s.text for s in hs], hyp_name, "sentences", [s.line for s in hs])
    check_segment_lengths([s.text for s in rs], ref_name, "sentences", [s.line for s in rs])
    beads = align([s.text for s in hs], [s.text for s in rs])
    segments: list[Segment] = []
    unaligned: list[Unaligned] = []
    kinds: dict[str, int] = {}
    moved = 0
    for b in beads:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
        if b.aligned:
            moved += b.moved
            label = f"hyp {_span(b.left, hs)} ↔ ref {_span(b.right, rs)}" + (" (moved)" if b.moved else "")
            segments.append(
                Segment(
                    len(segments) + 1,
                    label,
                    " ".join(hs[i].text for i in b.left),
                    (" ".join(rs[j].text for j in b.right),),
                )
            )
        else:
            for i in b.left:
                unaligned.append(Unaligned("hyp", hs[i].index, hs[i].line, hs[i].text))
            for j in b.right:
                unaligned.append(Unaligned("ref", rs[j].index, rs[j].line, rs[j].text))
    report = AlignmentReport(len(hs), len(rs), dict(sorted(kinds.items())), moved, unaligned)
    return segments, report


def score_files(
    hyp_path: str,
    ref_paths: Sequence[str],
    *,
    source_path: str | None = None,
    glossary: Glossary | None = None,
    align: bool = False,
    tokenize: str = "13a",
    lowercase: bool = False,
    chrf_word_order: int = 0,
    thresholds: dict[str, float] | None = None,
) -> ScoreResult:
    """Read, check and score. Raises InputError/AlignmentError for unusable input (nothing scored)."""
    if not ref_paths:
        raise InputError("at least one reference is needed (--ref FILE)")
    paths = [hyp_path, *ref_paths] + ([source_path] if source_path else [])
    if sum(1 for p in paths if p == "-") > 1:
        raise InputError("only one input can be read from standard input ('-')")
    if align and len(ref_paths) > 1:
        raise InputError("--align takes one reference document (got {})".format(len(ref_paths)))
    if source_path is not None and glossary is None:
        raise InputError("term accuracy needs a glossary")
    for option in thresholds or {}:
        if option not in THRESHOLDS:
            raise InputError(f"unknown threshold {option!r} (choose from {', '.join(THRESHOLDS)})")
    if (thresholds or {}).get("min-term-accuracy") is not None and source_path is None:
        raise InputError("--min-term-accuracy needs --source (the Vietnamese source file)")
    alignment: AlignmentReport | None = None
    terms: TermAccuracy | None = None
    if align:
        hyp_text = read_text(hyp_path, allow_empty=False)
        ref_text = read_text(ref_paths[0], allow_empty=False)
        source_text = read_text(source_path, allow_empty=False) if source_path else None
        segments, alignment = align_documents(hyp_text, ref_text, hyp_name=_name(hyp_path), ref_name=_name(ref_paths[0]))
        if not segments:
            raise AlignmentError(
                f"no sentence of {hyp_path} could be aligned with {ref_paths[0]}: are they translations of the same text?"
            )
        hyps = [s.hyp for s in segments]
        refs = [[s.refs[0] for s in segments]]
        if source_text is not None:
            assert glossary is not None
            terms = TermScorer(glossary).score_document(source_text, hyp_text)
    else:
        hyps = read_segments(hyp_path)
        ref_streams = [read_segments(p) for p in ref_paths]
        check_streams(
            hyps,
            ref_streams,
            hyp_name=_name(hyp_path),
            ref_names=[_name(p) for p in ref_paths],
            unit="lines",
            hint=" (use --align to score documents that are segmented differently)",
        )
        refs = ref_streams
        segments = [
            Segment(i + 1, f"line {i + 1}", h, tuple(r[i] for r in ref_streams)) for i, h in enumerate(hyps)
        ]
        if source_path is not None:
            assert glossary is not None
            sources = read_segments(source_path)
            if len(sources) != len(hyps):
                raise AlignmentError(
                    f"has {len(sources)} lines but {_name(hyp_path)} has {len(hyps)}", _name(source_path)
                )
            terms = TermScorer(glossary).score(sources, hyps, source_name=_name(source_path))
    metrics = score_corpus(hyps, refs, tokenize=tokenize, lowercase=lowercase, chrf_word_order=chrf_word_order)
    result = ScoreResult(
        metrics=metrics,
        segments=segments,
        terms=terms,
        alignment=alignment,
        glossary_digest=glossary.digest if (glossary is not None and source_path) else None,
        hyp_path=_name(hyp_path),
        ref_paths=tuple(_name(p) for p in ref_paths),
    )
    result.thresholds = evaluate_thresholds(result, thresholds or {})
    return result


def evaluate_thresholds(result: ScoreResult, bars: dict[str, float]) -> list[Threshold]:
    """Check each bar (keys as in :data:`THRESHOLDS`); term accuracy needs ``--source``."""
    out: list[Threshold] = []
    for option, bar in bars.items():
        if bar is None:
            continue
        key, at_least = THRESHOLDS[option]
        if key == "terms":
            if result.terms is None:
                raise InputError("--min-term-accuracy needs --source (the Vietnamese source file)")
            value = result.terms.score
            passed = True if value is None else value >= bar
        else:
            value = result.metrics[key].score
            passed = value >= bar if at_least else value <= bar
        out.append(Threshold(option, key, float(bar), value, passed))
    return out


def _name(path: str) -> str:
    return "<stdin>" if path == "-" else str(path)
