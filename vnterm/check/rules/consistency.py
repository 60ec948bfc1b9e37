"""``term-inconsistent``: one glossary concept rendered two ways in one document."""

from __future__ import annotations

from collections import Counter, defaultdict
from operator import attrgetter

from ...glossary.matcher import Match
from .base import Context, RawFinding, RuleKind, match_case

_ABBREVIATIONS = frozenset({"abbreviation", "acronym", "shortForm"})
_term_text = attrgetter("term.text")


class TermConsistency(RuleKind):
    yields = ("term-inconsistent",)
    needs = frozenset({"hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        usage: dict[str, list[Match]] = defaultdict(list)  # per concept, its hits by full forms
        for m in ctx.hits.terms:
            if m.term.type not in _ABBREVIATIONS:
                usage[m.concept.id].append(m)
        style = ctx.config.style_id
        out: list[RawFinding] = []
        for cid, full in usage.items():
            forms = Counter(map(_term_text, full))
            if len(forms) < 2:
                continue
            pref = full[0].concept.preferred("en", style)
            target = pref.text if pref is not None and pref.text in forms else forms.most_common(1)[0][0]
            made: dict[tuple[int, str], tuple[str, str, str, str, bool]] = {}
            for m in full:
                term = m.term
                if term.text == target:
                    continue
                key = (id(term), m.text)
                fields = made.get(key)
                if fields is None:
                    expected = match_case(m.text, target)
                    msg = f"'{m.text}' and '{target}' both name concept '{cid}' in this document; use '{target}'"
                    fields = made[key] = (m.text, expected, cid, msg, not m.ambiguous)
                out.append(RawFinding(m.start, m.end, "term-inconsistent", *fields))
        return out
