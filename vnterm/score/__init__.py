"""Scoring translations: sacrebleu BLEU/chrF/TER, glossary term accuracy, document alignment.

Importing this package does not import sacrebleu; the metrics load it on first use.
"""

from __future__ import annotations

from .align import AlignParams, Bead, Sentence, align, split_sentences
from .core import AlignmentReport, ScoreResult, Segment, Threshold, align_documents, score_files
from .metrics import METRICS, MetricScore, check_streams, score_corpus
from .terms import TermAccuracy, TermCheck, TermScorer, term_accuracy

__all__ = [
    "AlignParams",
    "AlignmentReport",
    "Bead",
    "METRICS",
    "MetricScore",
    "ScoreResult",
    "Segment",
    "Sentence",
    "TermAccuracy",
    "TermCheck",
    "TermScorer",
    "Threshold",
    "align",
    "align_documents",
    "check_streams",
    "score_corpus",
    "score_files",
    "split_sentences",
    "term_accuracy",
]
