"""``viet-nam``: "Viet Nam" or "Vietnam", as the house style says (or as the document mostly writes)."""

from __future__ import annotations

from collections import Counter

from .base import Context, RawFinding, RuleKind, cid_of, fold_cached, match_case


class CountryName(RuleKind):
    yields = ("viet-nam",)
    needs = frozenset({"hits"})

    def run(self, ctx: Context) -> list[RawFinding]:
        hits = ctx.hits.country
        if not hits:
            return []
        config = ctx.config
        style = config.country
        hint = config.style_hint("viet_nam")
        if style == "consistent":
            counts = Counter(fold_cached(m.text) for m in hits)
            if len(counts) < 2:
                return []
            first = fold_cached(hits[0].text)
            keep = max(counts, key=lambda k: (counts[k], k == first))
            style = "Viet Nam" if keep == "viet nam" else "Vietnam"
            why = f"this document mostly writes '{style}'"
        else:
            why = f"house style writes '{style}'"
        target = fold_cached(style)
        out: list[RawFinding] = []
        for m in hits:
            if fold_cached(m.text) == target:
                continue
            expected = match_case(m.text, style)
            out.append(RawFinding(m.start, m.end, "viet-nam", m.text, expected, cid_of(m.concept.id),
                                  f"{why}, not '{m.text}' {hint}", True))
        return out
