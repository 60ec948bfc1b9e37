"""``spelling``: British and American spelling mixed in one document, or against the house style."""

from __future__ import annotations

from collections import Counter, defaultdict

from ...glossary.matcher import Match
from .base import Context, RawFinding, RuleKind, match_case


class Spelling(RuleKind):
    yields = ("spelling",)
    needs = frozenset({"hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        table = self.checker.spelling
        spelled: dict[str, list[Match]] = defaultdict(list)  # per spelling family
        for m in ctx.hits.spelling:
            spelled[table[m.concept.id][0]].append(m)
        mode = ctx.config.spelling_policy
        hint = ctx.config.style_hint("spelling")
        out: list[RawFinding] = []
        for hits in spelled.values():
            if mode == "consistent":
                counts = Counter(m.term.note for m in hits)
                if len(counts) < 2:
                    continue
                first = hits[0].term.note
                keep = max(counts, key=lambda v: (counts[v], v == first))
                why = f"{'British' if keep == 'british' else 'American'} spelling is used elsewhere in this document"
            else:
                keep = mode
                why = f"house style uses {mode.capitalize()} spelling"
            made: dict[tuple[str, str], tuple[str, str]] = {}
            for m in hits:
                if m.term.note == keep:
                    continue
                key = (m.concept.id, m.text)
                fields = made.get(key)
                if fields is None:
                    _, british, american = table[m.concept.id]
                    expected = match_case(m.text, british if keep == "british" else american)
                    fields = made[key] = (expected, f"{why}: '{expected}' {hint}")
                out.append(RawFinding(m.start, m.end, "spelling", m.text, fields[0], None, fields[1], True))
        return out
