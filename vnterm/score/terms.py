"""Exact-match term accuracy (as in the WMT 2021 terminology task), driven by the glossary.

For every glossary term found in a Vietnamese source line (diacritics must match exactly), the
hypothesis line should contain the concept's *preferred* English term. Hypothesis matching ignores
case, diacritics and quote/dash variants and is token-bounded (the glossary matcher). Each source
occurrence counts once: a concept found twice in the source needs two occurrences in the hypothesis.

Only the preferred form counts as correct (WMT exact match). An *admitted* English term is reported
separately (``admitted``) and gives the lenient rate; a deprecated or forbidden term found in its
place is named in the miss.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..errors import AlignmentError
from ..glossary.matcher import Matcher
from ..glossary.model import Concept, Glossary


@dataclass(frozen=True, slots=True)
class TermCheck:
    """One source-term occurrence and what the hypothesis did with it."""

    line: int  #: 1-based segment number
    concept: str
    source: str  #: the Vietnamese surface in the source line
    start: int
    end: int
    expected: str  #: the preferred English term
    outcome: str  #: "preferred" | "admitted" | "missed"
    found: str | None = None  #: the hypothesis surface (admitted, or a flagged variant in a miss)
    found_status: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "concept": self.concept,
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "expected": self.expected,
            "outcome": self.outcome,
            "found": self.found,
            "found_status": self.found_status,
        }


@dataclass
class TermAccuracy:
    """Counts and per-occurrence outcomes; ``score`` is the exact-match rate in percent."""

    checks: list[TermCheck] = field(default_factory=list)
    glossary_digest: str = ""

    @property
    def total(self) -> int:
        return len(self.checks)

    def _count(self, outcome: str) -> int:
        return sum(1 for c in self.checks if c.outcome == outcome)

    @property
    def preferred(self) -> int:
        return self._count("preferred")

    @property
    def admitted(self) -> int:
        return self._count("admitted")

    @property
    def missed(self) -> int:
        return self._count("missed")

    @property
    def score(self) -> float | None:
        """Percent of source terms rendered with the preferred English term; None without terms."""
        return 100.0 * self.preferred / self.total if self.total else None

    @property
    def lenient_score(self) -> float | None:
        """Percent rendered with the preferred or an admitted term."""
        return 100.0 * (self.preferred + self.admitted) / self.total if self.total else None

    @property
    def misses(self) -> list[TermCheck]:
        return [c for c in self.checks if c.outcome != "preferred"]

    @property
    def signature(self) -> str:
        return f"glossary:{self.glossary_digest}|match:preferred-exact|src-marks:strict|hyp:fold"

    def to_json(self) -> dict[str, Any]:
        return {
            "score": self.score,
            "lenient_score": self.lenient_score,
            "terms": self.total,
            "preferred": self.preferred,
            "admitted": self.admitted,
            "missed": self.missed,
            "signature": self.signature,
            "misses": [c.to_json() for c in self.misses],
        }


class TermScorer:
    """Compiled matchers for one glossary; call :meth:`score` on aligned source/hypothesis lines."""

    def __init__(self, glossary: Glossary):
        self.glossary = glossary
        self._vi = Matcher(glossary, langs=["vi"])
        self._en: dict[str, Matcher] = {}

    def _en_matcher(self, concept: Concept) -> Matcher:
        m = self._en.get(concept.id)
        if m is None:
            m = Matcher(Glossary({concept.id: concept}), langs=["en"])
            self._en[concept.id] = m
        return m

    def check_line(self, number: int, source: str, hypothesis: str) -> list[TermCheck]:
        """Outcomes for the terms of one source line against its hypothesis line."""
        found: dict[str, list] = {}
        order: list[str] = []
        for m in self._vi.find(source, lang="vi", strict_marks=True):
            if m.concept.preferred("en") is None:
                continue  # a concept with no English term cannot be checked
            if m.concept.id not in found:
                order.append(m.concept.id)
            found.setdefault(m.concept.id, []).append(m)
        out: list[TermCheck] = []
        for cid in order:
            src_hits = found[cid]
            concept = src_hits[0].concept
            expected = concept.preferred("en").text  # type: ignore[union-attr]
            hyp_hits = self._en_matcher(concept).find(hypothesis, lang="en")
            pref = [h for h in hyp_hits if h.term.status == "preferred"]
            adm = [h for h in hyp_hits if h.term.status == "admitted"]
            flagged = [h for h in hyp_hits if h.term.is_flagged]
            for m in src_hits:
                if pref:
                    h = pref.pop(0)
                    out.append(TermCheck(number, cid, m.text, m.start, m.end, expected, "preferred", h.text, "preferred"))
                elif adm:
                    h = adm.pop(0)
                    out.append(TermCheck(number, cid, m.text, m.start, m.end, expected, "admitted", h.text, "admitted"))
                elif flagged:
                    h = flagged.pop(0)
                    out.append(TermCheck(number, cid, m.text, m.start, m.end, expected, "missed", h.text, h.term.status))
                else:
                    out.append(TermCheck(number, cid, m.text, m.start, m.end, expected, "missed"))
        return out

    def score(self, sources: Sequence[str], hypotheses: Sequence[str], *, source_name: str = "source") -> TermAccuracy:
        """Term accuracy over line-aligned ``sources`` and ``hypotheses``."""
        if len(sources) != len(hypotheses):
            raise AlignmentError(f"has {len(sources)} lines but the hypothesis has {len(hypotheses)}", source_name)
        result = TermAccuracy(glossary_digest=self.glossary.digest)
        for i, (src, hyp) in enumerate(zip(sources, hypotheses), 1):
            result.checks.extend(self.check_line(i, src, hyp))
        return result

    def score_document(self, source: str, hypothesis: str) -> TermAccuracy:
        """Term accuracy of two whole documents that are not line-aligned (``--align``).

        Every term of the source needs an occurrence in the hypothesis anywhere; ``line``,
        ``start`` and ``end`` of each check point into the source document's lines.
        """
        from ..textio import split_lines

        result = TermAccuracy(glossary_digest=self.glossary.digest)
        lines = split_lines(source)
        starts: list[int] = []
        pos = 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        joined_src = "\n".join(lines)
        joined_hyp = "\n".join(split_lines(hypothesis))
        import bisect

        for c in self.check_line(1, joined_src, joined_hyp):
            k = bisect.bisect_right(starts, c.start) - 1
            off = starts[k]
            result.checks.append(
                TermCheck(k + 1, c.concept, c.source, c.start - off, c.end - off, c.expected, c.outcome, c.found, c.found_status)
            )
        return result


def term_accuracy(glossary: Glossary, sources: Sequence[str], hypotheses: Sequence[str]) -> TermAccuracy:
    """Exact-match term accuracy of ``hypotheses`` for the glossary terms in ``sources``."""
    return TermScorer(glossary).score(sources, hypotheses)
